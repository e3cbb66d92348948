"""Every screen works on a laptop: at 1366×768 and 1280×720 nothing is cut off, and a window
narrower still scrolls rather than hiding what does not fit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from partnerdesk.gui.charts.base import Chart
from partnerdesk.gui.main_window import MainWindow
from partnerdesk.store.connection import Store

#: Window sizes on common laptop screens, less a window manager's title bar and panel.
LAPTOPS = [(1366, 720), (1280, 672)]


def _settle(qtbot) -> None:
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(20)


def _shown_rect(chart: Chart, item) -> QRect:
    return chart.mapFromScene(item.sceneBoundingRect()).boundingRect()


def _open_integration(qtbot, window: MainWindow, store: Store, size: tuple[int, int]) -> None:
    window.resize(*size)
    pid = int(
        store.scalar("SELECT id FROM partnerships WHERE name = 'Riverside Market Collective'")
    )
    window.show_partnership(pid)
    window.partnership_view.ui.tabs.setCurrentWidget(window.integration_panel)
    _settle(qtbot)


@pytest.mark.parametrize("size", [*LAPTOPS, (900, 600)])
def test_the_integration_charts_are_never_cut_off(
    qtbot, window: MainWindow, sample_store: Store, size: tuple[int, int]
) -> None:
    _open_integration(qtbot, window, sample_store, size)
    panel = window.integration_panel
    for chart in (
        panel.integration_chart,
        panel.activity_chart,
        panel.radar_chart,
        panel.observed_chart,
    ):
        needed = chart.ci.effectiveSizeHint(Qt.SizeHint.MinimumSize)
        assert chart.width() >= needed.width(), type(chart).__name__
    radar = panel.radar_chart
    for level, label in radar.level_labels.items():
        assert radar.rect().contains(_shown_rect(radar, label.textItem)), level
    observed = panel.observed_chart
    assert observed.summary is not None
    assert observed.rect().contains(_shown_rect(observed, observed.summary))


@pytest.mark.parametrize("size", LAPTOPS)
def test_on_a_laptop_the_integration_tab_needs_no_sideways_scrolling(
    qtbot, window: MainWindow, sample_store: Store, size: tuple[int, int]
) -> None:
    _open_integration(qtbot, window, sample_store, size)
    scroll = window.integration_panel.charts_scroll
    assert not scroll.horizontalScrollBar().isVisible()


def test_a_narrow_window_scrolls_the_charts_instead(
    qtbot, window: MainWindow, sample_store: Store
) -> None:
    _open_integration(qtbot, window, sample_store, (900, 600))
    scroll = window.integration_panel.charts_scroll
    content: QWidget = scroll.widget()
    assert content.width() >= content.minimumSizeHint().width()
    assert scroll.horizontalScrollBar().maximum() > 0


def test_the_assessment_editor_fits_a_720_pixel_screen(
    qtbot, window: MainWindow, sample_store: Store
) -> None:
    from partnerdesk.gui.assessment_editor import AssessmentEditor
    from partnerdesk.gui.text import short_date
    from tests.conftest import TODAY

    _open_integration(qtbot, window, sample_store, LAPTOPS[1])
    window.new_assessment()
    editor = next(d for d in window.findChildren(AssessmentEditor) if d.isVisible())
    for row in editor.rows.values():
        row.selector.set_value(3)  # every level shows what its score means
    _settle(qtbot)
    assert editor.height() <= 720 - 30
    assert editor.ui.dateEdit.text() == short_date(TODAY)
    editor.reject()


#: Half of a 1366-pixel laptop screen: a window snapped beside another.
HALF_A_LAPTOP = 683


def test_the_window_can_be_as_narrow_as_half_a_laptop_screen(
    qtbot, window: MainWindow, sample_store: Store
) -> None:
    assert window.minimumSizeHint().width() <= HALF_A_LAPTOP
    pid = int(sample_store.scalar("SELECT id FROM partnerships ORDER BY id LIMIT 1"))
    window.show_partnership(pid)
    _settle(qtbot)
    assert window.minimumSizeHint().width() <= HALF_A_LAPTOP


def test_in_half_a_laptop_screen_the_overview_needs_no_sideways_scrolling(
    qtbot, window: MainWindow, sample_store: Store
) -> None:
    window.resize(HALF_A_LAPTOP, 720)
    pid = int(sample_store.scalar("SELECT id FROM partnerships WHERE name LIKE 'Riverside%'"))
    window.show_partnership(pid)
    _settle(qtbot)
    ui = window.partnership_view.ui
    assert ui.overviewContent.width() <= ui.overviewScroll.viewport().width()
    assert ui.kindButton.isVisibleTo(window)
    right = ui.kindButton.mapTo(ui.overviewScroll.viewport(), ui.kindButton.rect().topRight())
    assert right.x() <= ui.overviewScroll.viewport().width()
    # The side pane has gone under the form.
    assert (
        ui.sidePane.y()
        > ui.kindButton.mapTo(ui.overviewContent, ui.kindButton.rect().topLeft()).y()
    )


def test_in_half_a_laptop_screen_the_journal_filters_wrap_instead_of_hiding(
    qtbot, window: MainWindow
) -> None:
    from partnerdesk.gui.sidebar import Place

    window.resize(HALF_A_LAPTOP, 720)
    window.show_place(Place.JOURNAL)
    _settle(qtbot)
    page = window.journal_page
    for combo in (page.ui.partnershipCombo, page.ui.levelCombo, page.ui.privateCombo):
        corner = combo.mapTo(page, combo.rect().bottomRight())
        assert corner.x() <= page.width(), combo.objectName()
    privacy = page.ui.privateCombo
    longest = max(privacy.itemText(i) for i in range(privacy.count()))
    assert privacy.width() > privacy.fontMetrics().horizontalAdvance(longest)
