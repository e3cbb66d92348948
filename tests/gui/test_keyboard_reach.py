"""What the mouse reaches, the keyboard reaches too."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QTabWidget,
    QWidget,
)

from partnerdesk.gui.main_window import MainWindow
from partnerdesk.gui.sidebar import Place
from partnerdesk.store.connection import Store
from tests.gui.keyboard import focused, press, type_text


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


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).casefold() if match else None


def _shown_mnemonics(window: MainWindow) -> dict[str, list[str]]:
    """The Alt+letter keys of what the window shows now, with the texts that have each."""
    found: dict[str, list[str]] = {}
    page = window.current_page()
    for child in page.findChildren(QWidget):
        if not child.isVisibleTo(window):
            continue
        texts: list[str] = []
        if isinstance(child, (QLabel, QAbstractButton)):
            texts.append(child.text())
        if isinstance(child, QGroupBox):
            texts.append(child.title())
        if isinstance(child, QTabWidget):
            texts += [child.tabText(i) for i in range(child.count())]
        for text in texts:
            key = _mnemonic(text)
            if key is not None:
                found.setdefault(key, []).append(text)
    return found


def _screens(window: MainWindow, store: Store):  # type: ignore[no-untyped-def]
    for place in Place:
        window.show_place(place)
        yield place.name
    pid = int(store.scalar("SELECT id FROM partnerships ORDER BY id LIMIT 1"))
    window.show_partnership(pid)
    tabs = window.partnership_view.ui.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        yield f"partnership, {tabs.tabText(index)}"


def test_no_alt_key_of_a_screen_takes_a_menu_or_another_control(
    qtbot, window: MainWindow, sample_store: Store
) -> None:
    menus = {_mnemonic(action.text()): action.text() for action in window.menuBar().actions()}
    problems = []
    for screen in _screens(window, sample_store):
        for key, texts in _shown_mnemonics(window).items():
            if key in menus:
                problems.append(f"{screen}: {texts} take Alt+{key} from {menus[key]}")
            if len(set(texts)) > 1 or len(texts) > 1:
                problems.append(f"{screen}: {texts} share Alt+{key}")
    assert problems == []


def test_no_two_commands_of_a_menu_share_a_letter(window: MainWindow) -> None:
    for menu in window.findChildren(QMenu):
        keys = [_mnemonic(action.text()) for action in menu.actions() if action.text()]
        taken = [key for key in keys if key is not None]
        assert len(taken) == len(set(taken)), (menu.title(), keys)


CTRL = Qt.KeyboardModifier.ControlModifier


def test_type_a_name_in_the_portfolio_and_press_enter_to_open_it(
    qtbot, window: MainWindow, sample_store: Store
) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    press(qtbot, Qt.Key.Key_F, CTRL)
    type_text(qtbot, "heritage")
    press(qtbot, Qt.Key.Key_Return)
    assert window.current_page() is window.partnership_view
    pid = sample_store.scalar("SELECT id FROM partnerships WHERE name LIKE 'Heritage%'")
    assert window.partnership_view.partnership_id == pid


def test_down_from_a_filter_goes_into_its_list_and_esc_clears_it(qtbot, window: MainWindow) -> None:
    window.show_place(Place.PEOPLE)
    page = window.people_page
    page.focus_search()
    type_text(qtbot, "zoe")
    press(qtbot, Qt.Key.Key_Down)
    assert focused() is page.ui.table
    assert page.ui.nameEdit.text() == "Zoë Müller"  # the person is shown at once
    page.focus_search()
    press(qtbot, Qt.Key.Key_Escape)
    assert page.ui.filterEdit.text() == ""
    assert page.ui.table.model().rowCount() > 1
