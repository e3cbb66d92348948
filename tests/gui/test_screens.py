"""Each screen on its own: what it shows, what editing it writes, and how undo puts it back."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from partnerdesk.gui.followups_page import FollowUpsModel
from partnerdesk.gui.main_window import MainWindow
from partnerdesk.gui.partnership_dialogs import ChangeDialog
from partnerdesk.gui.partnership_view import MembersModel
from partnerdesk.gui.sidebar import COUNT_ROLE, Place
from partnerdesk.store.connection import Store
from tests.conftest import TODAY


def _id(store: Store, table: str, name: str) -> int:
    return int(store.scalar(f"SELECT id FROM {table} WHERE name = ?", [name]))


# --- follow-ups --------------------------------------------------------------------------------


def test_follow_ups_overdue_first_and_space_marks_done(
    qtbot, window: MainWindow, sample_store: Store
) -> None:
    window.show_place(Place.FOLLOW_UPS)
    page = window.follow_ups_page
    open_rows = sample_store.query(
        "SELECT id, follow_up_on FROM contact_logs WHERE follow_up_on IS NOT NULL "
        "AND follow_up_done = 0 ORDER BY follow_up_on, id"
    )
    table = page.ui.table
    model = table.model()
    assert model.rowCount() == len(open_rows)
    first = model.index(0, FollowUpsModel.WHEN).data()
    late = (TODAY - date.fromisoformat(open_rows[0]["follow_up_on"])).days
    assert first == f"⚠ {late} days late"
    table.setFocus()
    table.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert (
        sample_store.scalar(
            "SELECT follow_up_done FROM contact_logs WHERE id = ?", [open_rows[0]["id"]]
        )
        == 1
    )
    assert model.rowCount() == len(open_rows) - 1
    due = window.places.index(Place.FOLLOW_UPS).data(COUNT_ROLE)
    assert due == str(sum(1 for r in open_rows[1:] if r["follow_up_on"] <= TODAY.isoformat()))
    window.workspace.undo_stack.undo()
    assert model.rowCount() == len(open_rows)
    assert (
        sample_store.scalar(
            "SELECT follow_up_done FROM contact_logs WHERE id = ?", [open_rows[0]["id"]]
        )
        == 0
    )


# --- organisations and people ------------------------------------------------------------------


def test_organisation_fields_save_when_left_and_undo(
    qtbot, window: MainWindow, sample_store: Store
) -> None:
    oakmill = _id(sample_store, "organisations", "Oakmill Flour")
    window.show_organisation(oakmill)
    ui = window.organisations_page.ui
    assert ui.nameEdit.text() == "Oakmill Flour"
    ui.sectorEdit.setFocus()
    ui.sectorEdit.selectAll()
    qtbot.keyClicks(ui.sectorEdit, "Heritage mill")
    qtbot.keyClick(ui.sectorEdit, Qt.Key.Key_Tab)
    assert sample_store.scalar("SELECT sector FROM organisations WHERE id = ?", [oakmill]) == (
        "Heritage mill"
    )
    # an empty name is refused at the field, and nothing is written
    ui.nameEdit.setFocus()
    ui.nameEdit.clear()
    qtbot.keyClick(ui.nameEdit, Qt.Key.Key_Return)
    assert window.organisations_page.form.messages.message("name") == "Is required."
    assert sample_store.scalar("SELECT name FROM organisations WHERE id = ?", [oakmill]) == (
        "Oakmill Flour"
    )
    window.workspace.undo_stack.undo()
    assert sample_store.scalar("SELECT sector FROM organisations WHERE id = ?", [oakmill]) != (
        "Heritage mill"
    )
    assert ui.sectorEdit.text() != "Heritage mill", "the form shows what was put back"


def test_deleting_an_organisation_with_history_asks_first(
    qtbot, window: MainWindow, sample_store: Store, monkeypatch
) -> None:
    oakmill = _id(sample_store, "organisations", "Oakmill Flour")
    window.show_organisation(oakmill)
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    window.organisations_page.delete_selected()
    assert asked == ["Delete “Oakmill Flour” with its people and memberships?"]
    assert sample_store.scalar("SELECT count(*) FROM organisations WHERE id = ?", [oakmill]) == 1

    def delete(box: QMessageBox) -> int:
        next(b for b in box.buttons() if b.text() == "Delete").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", delete)
    people = sample_store.scalar("SELECT count(*) FROM people WHERE organisation_id = ?", [oakmill])
    window.organisations_page.delete_selected()
    assert sample_store.scalar("SELECT count(*) FROM organisations WHERE id = ?", [oakmill]) == 0
    window.workspace.undo_stack.undo()
    assert sample_store.scalar("SELECT count(*) FROM organisations WHERE id = ?", [oakmill]) == 1
    assert (
        sample_store.scalar("SELECT count(*) FROM people WHERE organisation_id = ?", [oakmill])
        == people
    )


def test_person_edit_and_their_journal(qtbot, window: MainWindow, sample_store: Store) -> None:
    helen = _id(sample_store, "people", "Helen Marsh")
    window.show_person(helen)
    ui = window.people_page.ui
    entries = sample_store.scalar(
        "SELECT count(*) FROM contact_log_people WHERE person_id = ?", [helen]
    )
    assert ui.journalTable.journal_model.rowCount() == min(entries, 200)
    ui.seniorityCombo.setFocus()
    index = ui.seniorityCombo.findText("Manager")
    ui.seniorityCombo.setCurrentIndex(index)
    ui.seniorityCombo.activated.emit(index)
    assert sample_store.scalar("SELECT seniority FROM people WHERE id = ?", [helen]) == "manager"
    ui.emailEdit.setFocus()
    ui.emailEdit.clear()
    qtbot.keyClicks(ui.emailEdit, "helen.marsh@oakmill.example")
    qtbot.keyClick(ui.emailEdit, Qt.Key.Key_Return)
    assert sample_store.scalar("SELECT email FROM people WHERE id = ?", [helen]) == (
        "helen.marsh@oakmill.example"
    )
    window.workspace.undo_stack.undo()
    window.workspace.undo_stack.undo()
    assert sample_store.scalar("SELECT seniority FROM people WHERE id = ?", [helen]) == "leader"


# --- a partnership ----------------------------------------------------------------------------


def test_partnership_fields_and_a_bad_date(qtbot, window: MainWindow, sample_store: Store) -> None:
    pid = _id(sample_store, "partnerships", "Flour Buying Co-op")
    window.show_partnership(pid)
    view = window.partnership_view
    ui = view.ui
    assert ui.nameTitle.text() == "Flour Buying Co-op"
    assert ui.kindHeader.text() == "Mutual service consortium"
    ui.endedEdit.setFocus()
    qtbot.keyClicks(ui.endedEdit, "2026-13-40")
    qtbot.keyClick(ui.endedEdit, Qt.Key.Key_Return)
    assert "is not a date" in view.form.messages.message("ended_on")
    ui.endedEdit.setText("1999-01-01")
    qtbot.keyClick(ui.endedEdit, Qt.Key.Key_Return)
    assert view.form.messages.message("ended_on") == "Cannot be before the start date."
    assert sample_store.scalar("SELECT ended_on FROM partnerships WHERE id = ?", [pid]) is None
    ui.purposeEdit.setFocus()
    ui.purposeEdit.selectAll()
    qtbot.keyClicks(ui.purposeEdit, "Buying flour together")
    ui.nameEdit.setFocus()  # leaving the purpose saves it
    assert sample_store.scalar("SELECT purpose FROM partnerships WHERE id = ?", [pid]) == (
        "Buying flour together"
    )
    assert "Buying flour together" in ui.subtitle.text()


def test_members_role_edited_in_place_and_removed_with_undo(
    qtbot, window: MainWindow, sample_store: Store
) -> None:
    pid = _id(sample_store, "partnerships", "Flour Buying Co-op")
    window.show_partnership(pid)
    view = window.partnership_view
    model = view.members
    row = next(r for r, m in enumerate(model.items) if not m.is_self)
    member = model.items[row]
    assert model.setData(model.index(row, MembersModel.ROLE), "buyer")
    assert (
        sample_store.scalar("SELECT role FROM partnership_members WHERE id = ?", [member.id])
        == "buyer"
    )
    assert not model.setData(model.index(row, MembersModel.JOINED), "not a date")
    assert "is not a date" in window.message_label.text()
    view.ui.tabs.setCurrentWidget(view.ui.membersTab)
    view.ui.membersTable.selectRow(row)
    qtbot.mouseClick(view.ui.removeMemberButton, Qt.MouseButton.LeftButton)
    assert (
        sample_store.scalar("SELECT count(*) FROM partnership_members WHERE id = ?", [member.id])
        == 0
    )
    window.workspace.undo_stack.undo()
    window.workspace.undo_stack.undo()
    assert (
        sample_store.scalar("SELECT role FROM partnership_members WHERE id = ?", [member.id])
        == member.role
    )


def test_stage_change_with_date_and_note_then_corrected(
    qtbot, window: MainWindow, sample_store: Store
) -> None:
    pid = _id(sample_store, "partnerships", "Baking School Workshops")
    window.show_partnership(pid)
    view = window.partnership_view
    view.change_stage()
    dialog = next(d for d in view.findChildren(ChangeDialog) if d.isVisible())
    dialog.ui.toCombo.setCurrentIndex(dialog.ui.toCombo.findText("Active"))
    dialog.ui.onEdit.setText("2026-11-20")
    dialog.ui.noteEdit.setPlainText("Signed the agreement")
    dialog.save()
    change = sample_store.query_one(
        "SELECT * FROM partnership_stage_changes WHERE partnership_id = ? ORDER BY id DESC", [pid]
    )
    assert (change["to_stage"], change["changed_on"], change["note"]) == (
        "active",
        "2026-11-20",
        "Signed the agreement",
    )
    assert view.ui.stageChip.text() == "Active"
    row = next(r for r, item in enumerate(view.history.items) if item.change.id == change["id"])
    view._correct_change(view.history.index(row, 0))
    correcting = next(
        d for d in view.findChildren(ChangeDialog) if d.isVisible() and d.change is not None
    )
    assert not correcting.ui.toCombo.isEnabled()
    correcting.ui.onEdit.setText("2026-11-21")
    correcting.save()
    assert (
        sample_store.scalar(
            "SELECT changed_on FROM partnership_stage_changes WHERE id = ?", [change["id"]]
        )
        == "2026-11-21"
    )
    window.workspace.undo_stack.undo()
    window.workspace.undo_stack.undo()
    assert sample_store.scalar("SELECT stage FROM partnerships WHERE id = ?", [pid]) == "forming"


def test_deleting_a_partnership_asks_and_goes_back(
    qtbot, window: MainWindow, sample_store: Store, monkeypatch
) -> None:
    pid = _id(sample_store, "partnerships", "Compostable Packaging Pool")
    window.show_partnership(pid)

    def delete(box: QMessageBox) -> int:
        next(b for b in box.buttons() if b.text() == "Delete Partnership").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", delete)
    entries = sample_store.scalar(
        "SELECT count(*) FROM contact_logs WHERE partnership_id = ?", [pid]
    )
    window.ui.actionDeletePartnership.trigger()
    assert sample_store.scalar("SELECT count(*) FROM partnerships WHERE id = ?", [pid]) == 0
    assert window.current_page() is window.portfolio_page
    assert window.undo_hint.isVisible()
    window.undo_hint.click()
    assert (
        sample_store.scalar("SELECT count(*) FROM contact_logs WHERE partnership_id = ?", [pid])
        == entries
    )


def test_partnership_view_accepts_more_tabs(qtbot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QLabel

    class Tab(QLabel):
        def __init__(self, text: str) -> None:
            super().__init__(text)
            self.shown: list[int | None] = []

        def show_partnership(self, partnership_id: int | None) -> None:
            self.shown.append(partnership_id)

    tab = Tab("charts")
    window.partnership_view.add_tab(tab, "&Integration", position=2)
    window.show_partnership(3)
    assert window.partnership_view.ui.tabs.tabText(2) == "&Integration"
    assert tab.shown[-1] == 3


# --- the sidebar follows the preferences --------------------------------------------------------


def test_leader_threshold_preference_changes_what_needs_attention(
    qtbot, window: MainWindow
) -> None:
    from partnerdesk.gui.preferences import PreferencesDialog

    def names() -> list[str]:
        return [window.attention.index(r).data() for r in range(window.attention.rowCount())]

    assert "Bean There Wholesale" in names()
    dialog = PreferencesDialog(window)
    dialog.show()
    dialog.ui.leaderSpin.setValue(dialog.ui.leaderSpin.maximum())

    def reasons() -> str:
        return " ".join(
            window.attention.index(r).data(Qt.ItemDataRole.ToolTipRole)
            for r in range(window.attention.rowCount())
        )

    # What needs attention is read again once the change has been drawn.
    qtbot.waitUntil(lambda: "Leaders haven't met" not in reasons())
    dialog.ui.dateCombo.setCurrentIndex(dialog.ui.dateCombo.findData("iso"))
    window.show_place(Place.FOLLOW_UPS)
    assert window.follow_ups_page.ui.table.model().index(0, 0).data().count("-") == 2
    dialog.restore_defaults()
    qtbot.waitUntil(lambda: "Leaders haven't met" in reasons())
    dialog.close()


def test_dark_theme_switches_the_palette(qtbot, window: MainWindow) -> None:
    from partnerdesk.gui.theme import apply_theme

    apply_theme("dark")
    try:
        assert (
            QApplication.palette().color(QApplication.palette().ColorRole.Window).lightness() < 80
        )
    finally:
        apply_theme("system")


def test_delete_key_on_the_portfolio_deletes_the_selected_partnership(
    qtbot, window: MainWindow, sample_store: Store, monkeypatch
) -> None:
    def delete(box: QMessageBox) -> int:
        next(b for b in box.buttons() if b.text() == "Delete Partnership").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", delete)
    table = window.portfolio_page.ui.table
    table.setFocus()
    table.selectRow(0)
    name = table.model().index(0, 0).data()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert sample_store.scalar("SELECT count(*) FROM partnerships WHERE name = ?", [name]) == 0
    window.workspace.undo_stack.undo()
    assert sample_store.scalar("SELECT count(*) FROM partnerships WHERE name = ?", [name]) == 1


def test_organisations_list_my_own_first_then_by_name(
    window: MainWindow, sample_store: Store
) -> None:
    window.show_place(Place.ORGANISATIONS)
    model = window.organisations_page.ui.table.model()
    shown = [model.index(r, 0).data() for r in range(model.rowCount())]
    own = sample_store.scalar("SELECT name FROM organisations WHERE is_self = 1")
    others = sorted(
        (r["name"] for r in sample_store.query("SELECT name FROM organisations WHERE is_self = 0")),
        key=str.casefold,
    )
    assert shown == [own, *others]
