"""Undo puts back everything a change did, not only the field the user touched."""

from __future__ import annotations

from PySide6.QtCore import Qt

from partnerdesk.gui.main_window import MainWindow
from partnerdesk.gui.partnership_dialogs import ChangeDialog
from partnerdesk.gui.sidebar import Place
from partnerdesk.store.connection import Store
from tests.conftest import TODAY


def _id(store: Store, table: str, name: str) -> int:
    return int(store.scalar(f"SELECT id FROM {table} WHERE name = ?", [name]))


def _own(store: Store) -> list[str]:
    return [row["name"] for row in store.query("SELECT name FROM organisations WHERE is_self")]


def test_undoing_my_organisation_gives_the_flag_back_to_the_one_that_had_it(
    qtbot, window: MainWindow, sample_store: Store
) -> None:
    assert _own(sample_store) == ["Hearth & Grain Bakery"]
    window.show_place(Place.ORGANISATIONS)
    page = window.organisations_page
    assert page.select_organisation(_id(sample_store, "organisations", "Oakmill Flour"))
    page.ui.selfCheck.setFocus()
    qtbot.keyClick(page.ui.selfCheck, Qt.Key.Key_Space)
    assert _own(sample_store) == ["Oakmill Flour"]

    window.undo_action.trigger()
    assert _own(sample_store) == ["Hearth & Grain Bakery"]
    assert not page.ui.selfCheck.isChecked()

    window.redo_action.trigger()
    assert _own(sample_store) == ["Oakmill Flour"]


def test_undoing_the_end_of_a_partnership_takes_back_the_end_date_it_set(
    qtbot, window: MainWindow, sample_store: Store
) -> None:
    pid = _id(sample_store, "partnerships", "Riverside Market Collective")

    def stage_and_end() -> tuple[str, str | None]:
        row = sample_store.query_one("SELECT stage, ended_on FROM partnerships WHERE id = ?", [pid])
        assert row is not None
        return row["stage"], row["ended_on"]

    assert stage_and_end() == ("active", None)
    window.show_partnership(pid)
    view = window.partnership_view
    view.change_stage()
    dialog = next(d for d in view.findChildren(ChangeDialog) if d.isVisible())
    dialog.ui.toCombo.setCurrentIndex(dialog.ui.toCombo.findText("Ended"))
    dialog.save()
    assert stage_and_end() == ("ended", TODAY.isoformat())

    window.undo_action.trigger()
    assert stage_and_end() == ("active", None)
    assert view.ui.endedEdit.text() == ""

    window.redo_action.trigger()
    assert stage_and_end() == ("ended", TODAY.isoformat())


def test_ctrl_z_in_a_field_with_nothing_to_undo_undoes_the_last_change(
    qtbot, window: MainWindow, sample_store: Store
) -> None:
    pid = _id(sample_store, "partnerships", "Riverside Market Collective")
    window.show_partnership(pid)
    view = window.partnership_view
    purpose = view.ui.purposeEdit
    purpose.setFocus()  # where the cursor is left when a dialog closes
    view.change_stage()
    dialog = next(d for d in view.findChildren(ChangeDialog) if d.isVisible())
    dialog.ui.toCombo.setCurrentIndex(dialog.ui.toCombo.findText("Dormant"))
    dialog.save()
    stage = "SELECT stage FROM partnerships WHERE id = ?"
    assert sample_store.scalar(stage, [pid]) == "dormant"
    purpose.setFocus()
    qtbot.keyClick(purpose, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert sample_store.scalar(stage, [pid]) == "active"
    qtbot.keyClick(
        purpose,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert sample_store.scalar(stage, [pid]) == "dormant"


def test_ctrl_z_in_a_field_being_typed_in_undoes_the_typing_first(
    qtbot, window: MainWindow, sample_store: Store
) -> None:
    pid = _id(sample_store, "partnerships", "Riverside Market Collective")
    window.show_partnership(pid)
    name = window.partnership_view.ui.nameEdit
    name.setFocus()
    name.end(False)
    qtbot.keyClicks(name, " Co")
    qtbot.keyClick(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert name.text() == "Riverside Market Collective"
    assert window.workspace.undo_stack.count() == 0
