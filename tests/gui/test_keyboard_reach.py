"""What the mouse reaches, the keyboard reaches too."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from partnerdesk.gui.main_window import MainWindow
from partnerdesk.store.connection import Store
from tests.gui.keyboard import press, type_text


def _names_by_id(store: Store) -> dict[int, str]:
    return {row["id"]: row["name"] for row in store.query("SELECT id, name FROM partnerships")}


def test_points_of_the_portfolio_map_are_reached_and_opened_by_keyboard(
    qtbot, window: MainWindow, sample_store: Store
) -> None:
    names = _names_by_id(sample_store)
    page = window.portfolio_page
    page.ui.chartsButton.setFocus()
    press(qtbot, Qt.Key.Key_Space)  # the Charts button: the map takes the keyboard
    chart = page.charts.map_chart
    qtbot.waitUntil(lambda: chart.positions != {} and chart.hasFocus(), timeout=3000)
    order = chart.order()
    assert chart.current == order[0]
    # From the consortia on the left to the value chains on the right.
    xs = [chart.positions[pid].x() for pid in order]
    assert xs == sorted(xs)
    press(qtbot, Qt.Key.Key_Right)
    assert chart.current == order[1]
    press(qtbot, Qt.Key.Key_End)
    assert chart.current == order[-1]
    assert names[order[-1]] in chart.accessibleDescription()
    type_text(qtbot, "her")
    assert names[chart.current] == "Heritage Grain Programme"
    press(qtbot, Qt.Key.Key_Return)
    assert window.current_page() is window.partnership_view
    assert window.partnership_view.partnership_id == chart.current


def test_tab_goes_from_the_charts_button_to_the_map(qtbot, window: MainWindow) -> None:
    page = window.portfolio_page
    page.ui.chartsButton.click()
    page.ui.chartsButton.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert page.charts.map_chart.hasFocus()


def test_the_map_rings_the_point_at_hand_only_while_it_has_the_focus(
    qtbot, window: MainWindow
) -> None:
    page = window.portfolio_page
    page.ui.chartsButton.click()
    chart = page.charts.map_chart
    qtbot.waitUntil(lambda: chart.positions != {}, timeout=3000)
    chart.setFocus()
    qtbot.waitUntil(chart.hasFocus, timeout=2000)
    ring = chart._ring
    assert ring is not None and ring.isVisible()
    x, y = ring.getData()
    assert (x[0], y[0]) == (chart.positions[chart.current].x(), chart.positions[chart.current].y())
    page.ui.listButton.setFocus()
    QApplication.processEvents()
    assert not ring.isVisible()
