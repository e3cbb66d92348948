"""Switching between light and dark colours while the window is open: everything follows."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from partnerdesk.gui.charts.style import contrast
from partnerdesk.gui.main_window import MainWindow
from partnerdesk.gui.theme import apply_theme
from partnerdesk.store.connection import Store


@pytest.fixture
def dark() -> Iterator[None]:
    apply_theme("dark")
    QApplication.processEvents()
    try:
        yield
    finally:
        apply_theme("system")


def _background(widget: QWidget) -> QColor:
    """The colour a widget's empty corner is painted in, as the user sees it."""
    image = widget.grab().toImage()
    return image.pixelColor(image.width() - 3, image.height() - 3)


def test_contrast_runs_from_one_to_twenty_one() -> None:
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21)
    assert contrast(QColor("white"), QColor("black")) == pytest.approx(21)
    assert contrast(QColor("#767676"), QColor("white")) == pytest.approx(4.54, abs=0.01)
    assert contrast(QColor("#336699"), QColor("#336699")) == pytest.approx(1)


def test_the_sidebar_turns_dark_with_the_window(qtbot, window: MainWindow, dark: None) -> None:
    window_colour = QApplication.palette().color(QPalette.ColorRole.Window)
    text = QApplication.palette().color(QPalette.ColorRole.Text)
    for view in (window.ui.placesView, window.ui.attentionView):
        background = _background(view.viewport())
        assert background.lightness() < 80, view.objectName()
        assert contrast(background, text) > 7
        assert abs(background.lightness() - window_colour.lightness()) < 8


def test_secondary_text_stays_readable_after_switching_to_dark(
    qtbot, window: MainWindow, sample_store: Store, dark: None
) -> None:
    pid = int(sample_store.scalar("SELECT id FROM partnerships ORDER BY id LIMIT 1"))
    window.show_partnership(pid)
    view = window.partnership_view
    background = QApplication.palette().color(QPalette.ColorRole.Window)
    for label in (
        view.ui.subtitle,
        window.journal_page.ui.countLabel,
        window.follow_ups_page.ui.hintLabel,
        window.ui.attentionEmpty,
    ):
        shown = label.palette().color(label.foregroundRole())
        assert contrast(shown, background) > 3, label.objectName()


def test_a_level_has_the_colour_of_its_chart_lines_in_forms_too(qtbot, dark: None) -> None:
    from partnerdesk.domain.vocabulary import Level
    from partnerdesk.gui.charts.style import ChartTheme
    from partnerdesk.gui.quick_log import level_icon

    chart = ChartTheme.from_palette()
    for level in Level:
        dot = level_icon(level).pixmap(12, 12).toImage().pixelColor(6, 6)
        assert dot.name() == chart.level_colour(level).name(), level
        assert dot.name() != QColor(level.colour).name(), "lighter on a dark ground"
