"""Quick log: Ctrl+L from anywhere, keyboard only, messages at the field, nothing half-saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from partnerdesk.domain.vocabulary import Level
from partnerdesk.gui.main_window import MainWindow
from partnerdesk.gui.quick_log import QuickLogDialog
from partnerdesk.gui.sidebar import Place
from partnerdesk.store.connection import Store
from tests.conftest import TODAY
from tests.gui.keyboard import back_to, focused, press, tab, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def _open(qtbot, window: MainWindow) -> QuickLogDialog:
    press(qtbot, Qt.Key.Key_L, CTRL)
    dialog = window.quick_log
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    return dialog


def test_ctrl_l_from_every_place_opens_the_log(qtbot, window: MainWindow) -> None:
    for place in Place:
        window.show_place(place)
        back_to(qtbot, window)
        window.ui.placesView.setFocus()
        dialog = _open(qtbot, window)
        assert dialog.windowTitle() == "Log a Contact"
        press(qtbot, Qt.Key.Key_Escape)
        assert not dialog.isVisible()


def test_typed_partnership_with_tab_and_enter_saves(
    qtbot, window: MainWindow, sample_store: Store
) -> None:
    window.activateWindow()
    before = sample_store.scalar("SELECT count(*) FROM contact_logs")
    dialog = _open(qtbot, window)
    assert focused() in (dialog.ui.withCombo, dialog.ui.withCombo.lineEdit())
    type_text(qtbot, "bean there")
    tab(qtbot)
    assert dialog.ui.withCombo.currentText() == "Bean There Wholesale"
    # the partner's people come first
    offered = dialog.ui.peoplePicker._texts
    partners = {
        r["name"]
        for r in sample_store.query(
            "SELECT pe.name FROM people pe JOIN partnership_members m "
            "ON m.organisation_id = pe.organisation_id JOIN partnerships p "
            "ON p.id = m.partnership_id WHERE p.name = 'Bean There Wholesale'"
        )
    }
    assert {text.split(" — ")[0] for text in offered[: len(partners)]} == partners
    tab(qtbot)  # past people, to the first level
    press(qtbot, Qt.Key.Key_Space)
    assert dialog.level_boxes[Level.STRATEGIC].isChecked()
    dialog.ui.summaryEdit.setFocus()
    type_text(qtbot, "Called about the late order")
    press(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert sample_store.scalar("SELECT count(*) FROM contact_logs") == before + 1
    row = sample_store.query_one(
        "SELECT cl.*, p.name FROM contact_logs cl JOIN partnerships p ON p.id = cl.partnership_id "
        "ORDER BY cl.id DESC LIMIT 1"
    )
    assert row["name"] == "Bean There Wholesale"
    assert row["occurred_on"] == TODAY.isoformat()
    assert "Logged" in window.message_label.text()


def test_missing_summary_and_partnership_are_shown_at_the_field(
    qtbot, window: MainWindow, sample_store: Store
) -> None:
    window.activateWindow()
    before = sample_store.scalar("SELECT count(*) FROM contact_logs")
    dialog = _open(qtbot, window)
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "Choose the partnership" in dialog.messages.message("partnership_id")
    dialog.ui.withCombo.setEditText("Nothing like it")
    dialog.save()
    assert "Nothing is called “Nothing like it”" in dialog.messages.message("partnership_id")
    dialog.ui.withCombo.setCurrentIndex(dialog.ui.withCombo.findText("Flour Buying Co-op"))
    dialog.save()
    assert dialog.messages.message("summary") == "Is required."
    assert focused() is dialog.ui.summaryEdit
    dialog.ui.summaryEdit.setText("Order placed")
    dialog.ui.followUpEdit.setText("2026-02-30")
    dialog.save()
    assert "is not a date" in dialog.messages.message("follow_up_on")
    dialog.ui.followUpEdit.setText("2026-01-01")
    dialog.save()
    assert dialog.messages.message("follow_up_on") == "Cannot be before the date of the entry."
    assert sample_store.scalar("SELECT count(*) FROM contact_logs") == before, "nothing saved"
    dialog.ui.followUpEdit.setText("tomorrow")
    dialog.save()
    assert not dialog.isVisible()
    assert sample_store.scalar("SELECT follow_up_on FROM contact_logs ORDER BY id DESC") == (
        "2026-11-24"
    )


def _with_helen_in_heritage_grain(qtbot, window: MainWindow, store: Store) -> QuickLogDialog:  # type: ignore[no-untyped-def]
    """The quick log opened from Heritage Grain's view, Helen Marsh chosen by keyboard."""
    window.show_partnership(
        store.scalar("SELECT id FROM partnerships WHERE name = 'Heritage Grain Programme'")
    )
    window.activateWindow()
    dialog = _open(qtbot, window)
    assert focused() is dialog.ui.peoplePicker.edit, "the partnership is chosen already"
    type_text(qtbot, "helen")
    press(qtbot, Qt.Key.Key_Return)
    back_to(qtbot, dialog)
    return dialog


def test_backspace_removes_the_last_person_and_enter_in_details_is_a_new_line(
    qtbot, window: MainWindow, sample_store: Store
) -> None:
    dialog = _with_helen_in_heritage_grain(qtbot, window, sample_store)
    type_text(qtbot, "ravi")
    press(qtbot, Qt.Key.Key_Tab)
    back_to(qtbot, dialog)
    assert len(dialog.ui.peoplePicker.people()) == 2
    dialog.ui.peoplePicker.edit.setFocus()
    press(qtbot, Qt.Key.Key_Backspace)
    assert len(dialog.ui.peoplePicker.people()) == 1
    dialog.ui.summaryEdit.setText("Trial bake")
    dialog.ui.detailsEdit.setFocus()
    type_text(qtbot, "First line")
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "Second line")
    assert dialog.isVisible()
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert not dialog.isVisible()
    row = sample_store.query_one("SELECT * FROM contact_logs ORDER BY id DESC LIMIT 1")
    assert row["details"] == "First line\nSecond line"
    people = sample_store.query(
        "SELECT pe.name FROM contact_log_people cp JOIN people pe ON pe.id = cp.person_id "
        "WHERE cp.contact_log_id = ?",
        [row["id"]],
    )
    assert [p["name"] for p in people] == ["Helen Marsh"]


def test_tab_order_follows_the_form(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    dialog = _open(qtbot, window)
    ui = dialog.ui
    expected = [
        ui.withCombo,
        ui.peoplePicker.edit,
        *dialog.level_boxes.values(),
        ui.summaryEdit,
        ui.detailsEdit,
        ui.privateCheck,
        ui.followUpEdit,
        ui.whenEdit,
        ui.channelCombo,
    ]
    seen = []
    for _ in expected:
        current = focused()
        seen.append(ui.withCombo if current is ui.withCombo.lineEdit() else current)
        tab(qtbot)
    assert seen == expected


ALT = Qt.KeyboardModifier.AltModifier


def test_a_contact_with_an_accented_name_typed_plainly_by_keyboard_alone(
    qtbot, window: MainWindow, sample_store: Store
) -> None:
    """Alt+P reaches People, "zoe" finds Zoë Müller, "patis" the Pâtisserie, and a refused
    summary's message goes as soon as the summary is typed."""
    window.activateWindow()
    dialog = _open(qtbot, window)
    type_text(qtbot, "riverside")
    tab(qtbot)
    press(qtbot, Qt.Key.Key_P, ALT)
    assert focused() is dialog.ui.peoplePicker.edit
    type_text(qtbot, "zoe")
    press(qtbot, Qt.Key.Key_Return)
    zoe = sample_store.scalar("SELECT id FROM people WHERE name = 'Zoë Müller'")
    assert dialog.ui.peoplePicker.people() == [zoe]
    assert dialog.isVisible()  # Enter picked the person; it did not save
    press(qtbot, Qt.Key.Key_Return)  # nothing typed: Enter saves, and the summary is missing
    assert dialog.messages.message("summary") == "Is required."
    type_text(qtbot, "K")
    assert dialog.messages.message("summary") is None
    type_text(qtbot, "iosk rota for the winter")
    press(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    row = sample_store.query_one("SELECT id, summary FROM contact_logs ORDER BY id DESC LIMIT 1")
    assert row is not None and row["summary"] == "Kiosk rota for the winter"
    assert [
        r["person_id"]
        for r in sample_store.query(
            "SELECT person_id FROM contact_log_people WHERE contact_log_id = ?", [row["id"]]
        )
    ] == [zoe]


def test_the_with_field_finds_a_name_typed_without_its_accents(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    dialog = _open(qtbot, window)
    type_text(qtbot, "patis")
    popup = dialog.ui.withCombo.completer().popup()
    assert popup.isVisible()
    assert [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())] == [
        "Little Crumb Pâtisserie (organisation)"
    ]
    tab(qtbot)
    assert dialog.ui.withCombo.currentText() == "Little Crumb Pâtisserie (organisation)"
    press(qtbot, Qt.Key.Key_Escape)


def test_someone_already_chosen_is_not_offered_again(
    qtbot, window: MainWindow, sample_store: Store
) -> None:
    dialog = _with_helen_in_heritage_grain(qtbot, window, sample_store)
    picker = dialog.ui.peoplePicker
    assert len(picker.people()) == 1
    type_text(qtbot, "helen")
    offered = picker.completer.completionModel()
    assert [offered.index(r, 0).data() for r in range(offered.rowCount())] == []
    picker.edit.clear()
    press(qtbot, Qt.Key.Key_Backspace)
    assert picker.people() == []
    type_text(qtbot, "helen")
    assert [offered.index(r, 0).data() for r in range(offered.rowCount())] == [
        "Helen Marsh — Oakmill Flour, leader"
    ]
    press(qtbot, Qt.Key.Key_Escape)
