"""The pieces every screen builds on: settings, undoable commands, change events, dialogs."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from partnerdesk.domain import journal, organisations, partnerships
from partnerdesk.domain.errors import ValidationError
from partnerdesk.domain.vocabulary import Kind
from partnerdesk.gui import dialogs, settings
from partnerdesk.gui.events import Topic, events
from partnerdesk.gui.undo import ActionCommand, CreateCommand, DeleteCommand, EditCommand
from partnerdesk.store import queries
from partnerdesk.store.connection import Store


def test_settings_have_defaults_limits_and_persist(qapp) -> None:
    option = settings.LEADER_THRESHOLD_DAYS
    option.reset()
    assert option.value == 90
    option.value = 120
    assert settings.qsettings().value(option.key) in (120, "120")
    assert option.value == 120
    with pytest.raises(ValueError):
        option.value = 3
    settings.qsettings().setValue(option.key, "nonsense")
    assert option.value == 90  # a damaged value falls back to the default
    option.reset()
    settings.RECENT_DATABASES.value = [settings.settings_file(), settings.settings_file().parent]
    assert settings.RECENT_DATABASES.value[0] == settings.settings_file()
    settings.RECENT_DATABASES.reset()
    assert settings.settings_file().is_relative_to(settings.paths.config_dir())


def _counts(store: Store) -> dict[str, int]:
    return queries.table_counts(store)


def test_create_edit_delete_are_undone_and_redone(qapp, store: Store) -> None:
    stack = QUndoStack()
    announced: list[frozenset[Topic]] = []
    events.changed.connect(announced.append)
    try:
        create = CreateCommand(
            "Add organisation",
            store,
            {Topic.ORGANISATIONS},
            create=lambda: organisations.create_organisation(store, "Oakmill Flour"),
            delete=lambda org_id: organisations.delete_organisation(store, org_id),
        )
        stack.push(create)
        org = create.created
        assert organisations.get_organisation(store, org.id).name == "Oakmill Flour"
        assert announced[-1] == {Topic.ORGANISATIONS}

        stack.push(
            EditCommand(
                "Rename",
                store,
                {Topic.ORGANISATIONS},
                apply=lambda values: organisations.update_organisation(store, org.id, **values),
                before={"name": "Oakmill Flour"},
                after={"name": "Oakmill Mill"},
            )
        )
        assert organisations.get_organisation(store, org.id).name == "Oakmill Mill"

        stack.push(
            DeleteCommand(
                "Delete",
                store,
                {Topic.ORGANISATIONS},
                delete=lambda: organisations.delete_organisation(store, org.id),
            )
        )
        assert _counts(store)["organisations"] == 0

        stack.undo()
        assert organisations.get_organisation(store, org.id).name == "Oakmill Mill"
        stack.undo()
        assert organisations.get_organisation(store, org.id).name == "Oakmill Flour"
        stack.undo()
        assert _counts(store)["organisations"] == 0
        stack.redo()
        assert organisations.get_organisation(store, org.id).name == "Oakmill Flour"
        stack.redo()
        stack.redo()
        assert _counts(store)["organisations"] == 0
        assert len(announced) == 9
    finally:
        events.changed.disconnect(announced.append)


def test_a_refused_change_leaves_nothing_on_the_stack(qapp, store: Store) -> None:
    stack = QUndoStack()
    command = CreateCommand(
        "Add organisation",
        store,
        {Topic.ORGANISATIONS},
        create=lambda: organisations.create_organisation(store, "   "),
        delete=lambda org_id: organisations.delete_organisation(store, org_id),
    )
    with pytest.raises(ValidationError):
        stack.push(command)
    assert not stack.canUndo()
    assert _counts(store)["organisations"] == 0


def test_action_command_moves_along_the_continuum_and_back(qapp, store: Store) -> None:
    p = partnerships.create_partnership(
        store, "Market Collective", Kind.CONSORTIUM, started_on=date(2025, 1, 1)
    )
    moved: list[int] = []

    def do() -> None:
        moved.append(
            partnerships.change_kind(store, p.id, Kind.JOINT_VENTURE, on=date(2026, 1, 1)).id
        )

    stack = QUndoStack()
    stack.push(
        ActionCommand(
            "Move",
            store,
            {Topic.HISTORY},
            do=do,
            undo=lambda: partnerships.delete_kind_change(store, moved[-1]),
        )
    )
    assert partnerships.get_partnership(store, p.id).kind is Kind.JOINT_VENTURE
    stack.undo()
    assert partnerships.get_partnership(store, p.id).kind is Kind.CONSORTIUM
    assert len(partnerships.continuum_history(store, p.id)) == 1
    stack.redo()
    assert partnerships.get_partnership(store, p.id).kind is Kind.JOINT_VENTURE


def test_journal_entry_deleted_and_restored_keeps_its_levels(qapp, store: Store) -> None:
    org = organisations.create_organisation(store, "Oakmill Flour")
    entry = journal.log_contact(
        store,
        occurred_on=date(2026, 1, 1),
        summary="Visit",
        organisation_id=org.id,
        levels=["strategic", "cultural"],
    )
    stack = QUndoStack()
    stack.push(
        DeleteCommand(
            "Delete entry",
            store,
            {Topic.JOURNAL},
            delete=lambda: journal.delete_contact_log(store, entry.id),
        )
    )
    stack.undo()
    assert journal.get_contact_log(store, entry.id) == entry


def test_dialogs_go_through_exec_so_tests_can_answer_them(qapp, monkeypatch) -> None:
    shown: list[str] = []

    def answer(box: QMessageBox) -> int:
        shown.append(box.text())
        box.buttons()[0].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    dialogs.inform(None, "PartnerDesk", "Saved")
    assert dialogs.confirm(None, "PartnerDesk", "Delete it?", action="Delete") in (True, False)
    assert shown == ["Saved", "Delete it?"]


def test_an_unanswered_dialog_fails_the_test_instead_of_hanging(qapp) -> None:
    with pytest.raises(AssertionError, match="without being patched"):
        dialogs.warn(None, "PartnerDesk", "Something")
