"""A whole first session, driven through the widgets as a user would, checked in the database.

Set up "my organisation" from the welcome, add an organisation, a partnership with two members
and a person, log a contact with Ctrl+L by keyboard alone, find it with the journal search,
move the partnership along the continuum and see the history, undo and redo each step, and
reopen the database to find everything still there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from partnerdesk.domain.vocabulary import Level
from partnerdesk.gui.main_window import MainWindow
from partnerdesk.gui.partnership_dialogs import ChangeDialog, NewPartnershipDialog
from partnerdesk.gui.quick_log import QuickLogDialog
from partnerdesk.gui.record_dialogs import NewOrganisationDialog, NewPersonDialog
from partnerdesk.gui.sidebar import Place
from partnerdesk.store.connection import Store, open_store
from tests.conftest import TODAY
from tests.gui.conftest import make_window
from tests.gui.keyboard import back_to, focused, press, tab, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _open_dialog(qtbot, window: MainWindow, kind: type[QDialog]) -> QDialog:
    found = [d for d in window.findChildren(kind) if d.isVisible()]
    assert len(found) == 1, f"expected one open {kind.__name__}"
    qtbot.waitUntil(lambda: QApplication.activeWindow() is found[0], timeout=2000)
    return found[0]


def _counts(store: Store) -> dict[str, int]:
    return {
        table: store.scalar(f"SELECT count(*) FROM {table}")
        for table in (
            "organisations",
            "people",
            "partnerships",
            "partnership_members",
            "partnership_kind_changes",
            "contact_logs",
        )
    }


def test_first_session_by_keyboard_with_undo_redo_and_reopen(
    qtbot, store: Store, db_path: Path
) -> None:
    window = make_window(qtbot, store)
    window.activateWindow()
    history: list[dict[str, int]] = [_counts(store)]

    # 1. The welcome: set up my organisation.
    assert window.current_page() is window.welcome_page
    window.welcome_page.ui.nameEdit.setFocus()
    type_text(qtbot, "Hearth & Grain Bakery")
    press(qtbot, Qt.Key.Key_Return)
    own = store.query_one("SELECT * FROM organisations WHERE is_self = 1")
    assert own is not None and own["name"] == "Hearth & Grain Bakery"
    assert window.current_page() is window.portfolio_page, "the welcome made way"
    history.append(_counts(store))

    # 2. A new organisation (File → New Organisation, Ctrl+Shift+O).
    press(qtbot, Qt.Key.Key_O, CTRL | SHIFT)
    dialog = _open_dialog(qtbot, window, NewOrganisationDialog)
    assert focused() is dialog.ui.nameEdit
    type_text(qtbot, "Oakmill Flour")
    tab(qtbot)
    type_text(qtbot, "Mill")
    press(qtbot, Qt.Key.Key_Return)
    oakmill = store.query_one("SELECT * FROM organisations WHERE name = 'Oakmill Flour'")
    assert oakmill is not None and oakmill["sector"] == "Mill"
    back_to(qtbot, window)
    history.append(_counts(store))

    # 3. A person there (File → New Person, Ctrl+Shift+P), a leader.
    press(qtbot, Qt.Key.Key_P, CTRL | SHIFT)
    dialog = _open_dialog(qtbot, window, NewPersonDialog)
    type_text(qtbot, "Helen Marsh")
    tab(qtbot)
    type_text(qtbot, "Oakmill")
    tab(qtbot)
    type_text(qtbot, "Managing director")
    tab(qtbot)
    dialog.ui.seniorityCombo.setCurrentIndex(dialog.ui.seniorityCombo.findText("Leader"))
    press(qtbot, Qt.Key.Key_Return)
    helen = store.query_one("SELECT * FROM people WHERE name = 'Helen Marsh'")
    assert helen is not None
    assert (helen["organisation_id"], helen["seniority"]) == (oakmill["id"], "leader")
    back_to(qtbot, window)
    history.append(_counts(store))

    # 4. A partnership with Oakmill as a member (Ctrl+N); it opens when made.
    press(qtbot, Qt.Key.Key_N, CTRL)
    dialog = _open_dialog(qtbot, window, NewPartnershipDialog)
    type_text(qtbot, "Heritage Grain Programme")
    tab(qtbot)  # kind
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)  # value chain
    tab(qtbot)  # stage
    tab(qtbot)  # started on
    tab(qtbot)  # partner
    type_text(qtbot, "Oakmill Flour")
    tab(qtbot)
    type_text(qtbot, "supplier")
    press(qtbot, Qt.Key.Key_Return)
    back_to(qtbot, window)
    partnership = store.query_one("SELECT * FROM partnerships")
    assert partnership is not None
    assert (partnership["name"], partnership["kind"]) == ("Heritage Grain Programme", "value_chain")
    members = store.query(
        "SELECT o.name, m.role FROM partnership_members m JOIN organisations o "
        "ON o.id = m.organisation_id WHERE m.partnership_id = ? ORDER BY o.is_self DESC",
        [partnership["id"]],
    )
    assert [(m["name"], m["role"]) for m in members] == [
        ("Hearth & Grain Bakery", None),
        ("Oakmill Flour", "supplier"),
    ]
    assert window.current_page() is window.partnership_view
    history.append(_counts(store))

    # 5. A second partner, new to the database, added from the Members tab (Ctrl+M).
    press(qtbot, Qt.Key.Key_M, CTRL)
    assert focused() in (
        window.partnership_view.ui.memberCombo,
        window.partnership_view.ui.memberCombo.lineEdit(),
    )
    type_text(qtbot, "Riverside Millers")
    tab(qtbot)
    type_text(qtbot, "second mill")
    press(qtbot, Qt.Key.Key_Return)
    assert (
        store.scalar(
            "SELECT role FROM partnership_members m JOIN organisations o "
            "ON o.id = m.organisation_id "
            "WHERE o.name = 'Riverside Millers'"
        )
        == "second mill"
    )
    shown = window.partnership_view.members
    assert [m.organisation_name for m in shown.items] == [
        "Hearth & Grain Bakery",
        "Oakmill Flour",
        "Riverside Millers",
    ]
    history.append(_counts(store))

    # 6. Log a contact with Ctrl+L, keyboard only: the partnership is already chosen.
    press(qtbot, Qt.Key.Key_L, CTRL)
    log = _open_dialog(qtbot, window, QuickLogDialog)
    assert log.ui.withCombo.currentText() == "Heritage Grain Programme"
    assert focused() is log.ui.peoplePicker.edit
    type_text(qtbot, "helen")
    press(qtbot, Qt.Key.Key_Return)  # picks Helen, does not save
    back_to(qtbot, log)  # the suggestions' popup closed (a window manager's job offscreen)
    assert log.ui.peoplePicker.people() == [helen["id"]]
    assert log.isVisible()
    press(qtbot, Qt.Key.Key_S, ALT)  # strategic
    press(qtbot, Qt.Key.Key_I, ALT)  # interpersonal
    boxes = log.level_boxes
    qtbot.waitUntil(
        lambda: boxes[Level.STRATEGIC].isChecked() and boxes[Level.INTERPERSONAL].isChecked()
    )
    back_to(qtbot, log)
    press(qtbot, Qt.Key.Key_M, ALT)  # Summary
    assert focused() is log.ui.summaryEdit
    type_text(qtbot, "Walked the wheat fields together")
    press(qtbot, Qt.Key.Key_Return)
    assert not log.isVisible()
    back_to(qtbot, window)
    entry = store.query_one("SELECT * FROM contact_logs")
    assert entry is not None
    assert (entry["summary"], entry["occurred_on"], entry["partnership_id"]) == (
        "Walked the wheat fields together",
        TODAY.isoformat(),
        partnership["id"],
    )
    levels = {r["level"] for r in store.query("SELECT level FROM contact_log_levels")}
    assert levels == {"strategic", "interpersonal"}
    assert store.scalar("SELECT person_id FROM contact_log_people") == helen["id"]
    history.append(_counts(store))

    # 7. Find it in the journal (Ctrl+4, Ctrl+F).
    press(qtbot, Qt.Key.Key_4, CTRL)
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert focused() is window.journal_page.ui.searchEdit
    type_text(qtbot, "whea")
    table = window.journal_page.ui.table
    assert table.journal_model.rowCount() == 1
    assert table.journal_model.entry_at(0).entry.id == entry["id"]
    marked = table.journal_model.entry_at(0).summary_marked
    assert marked is not None and "\x02wheat\x03" in marked
    type_text(qtbot, "x")
    assert table.journal_model.rowCount() == 0

    # 8. Move it along the continuum (Ctrl+K) back to a joint venture, with a note.
    window.show_partnership(partnership["id"])
    press(qtbot, Qt.Key.Key_K, CTRL)
    change = _open_dialog(qtbot, window, ChangeDialog)
    change.ui.toCombo.setCurrentIndex(change.ui.toCombo.findText("Joint venture"))
    change.ui.noteEdit.setFocus()
    type_text(qtbot, "Building a bakery brand together")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    back_to(qtbot, window)
    assert store.scalar("SELECT kind FROM partnerships") == "joint_venture"
    moves = store.query(
        "SELECT from_kind, to_kind, note, changed_on FROM partnership_kind_changes ORDER BY id"
    )
    assert moves[-1] == {
        "from_kind": "value_chain",
        "to_kind": "joint_venture",
        "note": "Building a bakery brand together",
        "changed_on": TODAY.isoformat(),
    }
    shown_history = window.partnership_view.history
    assert shown_history.index(0, 1).data() == (
        "Moved along the continuum: Value-chain partnership → Joint venture"
    )
    assert window.partnership_view.ui.kindHeader.text() == "Joint venture"
    history.append(_counts(store))

    # 9. Undo every step (Ctrl+Z), then redo them all (Ctrl+Shift+Z).
    window.partnership_view.setFocus()
    for expected in reversed(history[:-1]):
        press(qtbot, Qt.Key.Key_Z, CTRL)
        assert _counts(store) == expected
    assert not window.workspace.undo_stack.canUndo()
    assert window.current_page() is not None
    for expected in history[1:]:
        press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
        assert _counts(store) == expected
    assert store.scalar("SELECT kind FROM partnerships") == "joint_venture"
    assert store.scalar("SELECT summary FROM contact_logs") == "Walked the wheat fields together"

    # 10. Close, reopen the file: everything is still there, as the screens show it.
    window.close()
    store.close()
    with open_store(db_path) as reopened:
        again = make_window(qtbot, reopened)
        assert again.current_page() is again.portfolio_page
        names = [
            again.portfolio_page.model.row_at(r).name
            for r in range(again.portfolio_page.model.rowCount())
        ]
        assert names == ["Heritage Grain Programme"]
        again.show_place(Place.JOURNAL)
        assert again.journal_page.ui.table.journal_model.rowCount() == 1
        again.show_partnership(partnership["id"])
        view = again.partnership_view
        assert [m.organisation_name for m in view.members.items] == [
            "Hearth & Grain Bakery",
            "Oakmill Flour",
            "Riverside Millers",
        ]
        assert view.history.rowCount() == 3  # started as, stage, the move
        assert view.ui.journalTable.journal_model.rowCount() == 1
        again.close()
    QApplication.processEvents()
