"""The window's places, menus and shortcuts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QWidget,
)

from partnerdesk.gui.main_window import MainWindow
from partnerdesk.gui.sidebar import Place


def test_ctrl_numbers_and_sidebar_switch_places(qtbot, window: MainWindow) -> None:
    keys = {
        Qt.Key.Key_2: window.organisations_page,
        Qt.Key.Key_3: window.people_page,
        Qt.Key.Key_4: window.journal_page,
        Qt.Key.Key_5: window.follow_ups_page,
        Qt.Key.Key_1: window.portfolio_page,
    }
    for key, page in keys.items():
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.current_page() is page
    view = window.ui.placesView
    rect = view.visualRect(window.places.index(Place.JOURNAL))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page() is window.journal_page


def test_ctrl_f_focuses_the_search_of_the_screen_shown(qtbot, window: MainWindow) -> None:
    window.show_place(Place.JOURNAL)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.journal_page.ui.searchEdit
    window.show_place(Place.PORTFOLIO)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.portfolio_page.ui.filterEdit


def test_menus_have_mnemonics_and_the_frequent_actions_have_shortcuts(window: MainWindow) -> None:
    ui = window.ui
    for menu in (ui.menuFile, ui.menuEdit, ui.menuView, ui.menuPartnership, ui.menuHelp):
        assert "&" in menu.title()
        for action in menu.actions():
            if not action.isSeparator() and action.menu() is None:
                assert action.text().strip(), action.objectName()
    shortcuts = {
        ui.actionNewPartnership: "Ctrl+N",
        ui.actionLogContact: "Ctrl+L",
        ui.actionFind: "Ctrl+F",
        ui.actionExport: "Ctrl+E",
        ui.actionQuit: "Ctrl+Q",
    }
    for action, key in shortcuts.items():
        assert action.shortcut().toString() == key
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Shift+Z" in [k.toString() for k in window.redo_action.shortcuts()]
    assert ui.actionExport.isEnabled()
    assert isinstance(ui.menuRecent, QMenu)


def test_every_control_has_an_accessible_name(window: MainWindow) -> None:
    missing = []
    for page in window._all_pages():
        controls = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QAbstractItemView)
        for widget in page.findChildren(QWidget):
            if not isinstance(widget, controls):
                continue
            if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox):
                continue  # the editor inside a combo box speaks through the combo
            if widget.objectName().startswith("qt_") or not widget.objectName():
                continue
            if not widget.accessibleName():
                missing.append(f"{type(page).__name__}.{widget.objectName()}")
    assert missing == []


def test_ctrl_f_in_a_partnership_searches_its_journal(
    qtbot, window: MainWindow, sample_store
) -> None:
    pid = sample_store.scalar("SELECT id FROM partnerships WHERE name = 'Bean There Wholesale'")
    window.show_partnership(pid)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    page = window.journal_page
    assert window.current_page() is page
    assert QApplication.focusWidget() is page.ui.searchEdit
    assert page.ui.partnershipCombo.currentText() == "Bean There Wholesale"
    model = page.ui.table.journal_model
    assert {model.entry_at(r).partnership_name for r in range(model.rowCount())} == {
        "Bean There Wholesale"
    }
