"""What the user can do to a journal entry from any list that shows it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from partnerdesk.domain.journal import delete_contact_log, set_follow_up_done
from partnerdesk.domain.records import ContactLog
from partnerdesk.gui.events import Topic
from partnerdesk.gui.text import translate
from partnerdesk.gui.undo import ActionCommand, DeleteCommand
from partnerdesk.gui.workspace import Workspace

JOURNAL_TOPICS = frozenset({Topic.JOURNAL, Topic.FOLLOW_UPS})


def edit_entry(workspace: Workspace, parent: QWidget, entry_id: int) -> None:
    """Open an entry in the log dialog to change it."""
    from partnerdesk.gui.quick_log import QuickLogDialog

    dialog = QuickLogDialog(workspace, parent, entry_id=entry_id)
    dialog.open()


def delete_entry(workspace: Workspace, parent: QWidget, entry: ContactLog) -> None:
    """Delete an entry; the status bar offers to undo it."""
    store = workspace.store
    command = DeleteCommand(
        translate("EntryActions", "Delete “%1”").replace("%1", entry.summary),
        store,
        JOURNAL_TOPICS,
        delete=lambda: delete_contact_log(store, entry.id),
    )
    if workspace.perform(command, parent):
        workspace.tell(
            translate("EntryActions", "Deleted the entry “%1”.").replace("%1", entry.summary),
            undoable=True,
        )


def mark_follow_up(workspace: Workspace, parent: QWidget, entry_id: int, done: bool) -> None:
    """Mark an entry's follow-up done (or not done again), undoably."""
    store = workspace.store
    text = (
        translate("EntryActions", "Mark follow-up done")
        if done
        else translate("EntryActions", "Mark follow-up not done")
    )
    command = ActionCommand(
        text,
        store,
        JOURNAL_TOPICS,
        do=lambda: set_follow_up_done(store, entry_id, done),
        undo=lambda: set_follow_up_done(store, entry_id, not done),
    )
    if workspace.perform(command, parent) and done:
        workspace.tell(translate("EntryActions", "Follow-up done."), undoable=True)
