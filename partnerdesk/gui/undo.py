"""Undoable changes to the database, for the window's QUndoStack.

Every create, edit and delete the user makes goes through one of these commands, pushed on the
window's :class:`~PySide6.QtGui.QUndoStack`. Each command calls domain functions only, and
after doing or undoing tells :data:`partnerdesk.gui.events.events` what changed, so every open
view refreshes from one place.

* :class:`CreateCommand` — undo deletes what was made (keeping a
  :class:`~partnerdesk.store.rows.Removal`), redo puts it back with the same id.
* :class:`EditCommand` — applies the "after" values, undo applies the "before" values.
* :class:`DeleteCommand` — undo restores exactly what the delete removed.
* :class:`ActionCommand` — any pair of do/undo callables (moves along the continuum, marks).

A domain error during ``redo()`` the first time propagates to the caller of
:meth:`QUndoStack.push`, after the command has made itself obsolete, so the stack is left as
it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtGui import QUndoCommand

from partnerdesk.domain.undo import restore
from partnerdesk.gui.events import Topic, events
from partnerdesk.store.connection import Store
from partnerdesk.store.rows import Removal


class _StoreCommand(QUndoCommand):
    def __init__(self, text: str, store: Store, topics: Iterable[Topic]) -> None:
        super().__init__(text)
        self.store = store
        self.topics = frozenset(topics)
        self.error: BaseException | None = None

    def _announce(self) -> None:
        events.announce(self.topics)

    def _guard(self, action: Callable[[], None]) -> None:
        # QUndoStack.push calls redo() from C++; an exception there must not leave a command on
        # the stack that never happened.
        try:
            action()
        except BaseException:
            self.setObsolete(True)
            raise
        self._announce()


class CreateCommand(_StoreCommand):
    """Create a record; undo deletes it, redo brings the very same record back."""

    def __init__(
        self,
        text: str,
        store: Store,
        topics: Iterable[Topic],
        create: Callable[[], Any],
        delete: Callable[[Any], Removal],
    ) -> None:
        super().__init__(text, store, topics)
        self._create = create
        self._delete = delete
        self.created: Any = None
        self._removal: Removal | None = None

    def redo(self) -> None:
        if self._removal is None:
            self._guard(self._do_create)
        else:
            removal = self._removal
            self._guard(lambda: restore(self.store, removal))

    def _do_create(self) -> None:
        self.created = self._create()

    def undo(self) -> None:
        record = self.created
        key = getattr(record, "id", record)

        def delete() -> None:
            self._removal = self._delete(key)

        self._guard(delete)


class EditCommand(_StoreCommand):
    """Change fields of a record: ``apply(values)`` with the after values, undo with the before."""

    def __init__(
        self,
        text: str,
        store: Store,
        topics: Iterable[Topic],
        apply: Callable[[dict[str, Any]], Any],
        before: dict[str, Any],
        after: dict[str, Any],
    ) -> None:
        super().__init__(text, store, topics)
        self._apply = apply
        self.before = dict(before)
        self.after = dict(after)

    def redo(self) -> None:
        self._guard(lambda: self._apply(self.after))

    def undo(self) -> None:
        self._guard(lambda: self._apply(self.before))


class DeleteCommand(_StoreCommand):
    """Delete a record with what depends on it; undo puts everything back with the same ids."""

    def __init__(
        self, text: str, store: Store, topics: Iterable[Topic], delete: Callable[[], Removal]
    ) -> None:
        super().__init__(text, store, topics)
        self._delete = delete
        self.removal: Removal | None = None

    def redo(self) -> None:
        def delete() -> None:
            self.removal = self._delete()

        self._guard(delete)

    def undo(self) -> None:
        removal = self.removal
        if removal is not None:
            self._guard(lambda: restore(self.store, removal))


class ActionCommand(_StoreCommand):
    """Any change given as a pair of callables: ``do`` and the ``undo`` that reverses it."""

    def __init__(
        self,
        text: str,
        store: Store,
        topics: Iterable[Topic],
        do: Callable[[], Any],
        undo: Callable[[], Any],
    ) -> None:
        super().__init__(text, store, topics)
        self._do = do
        self._undo = undo

    def redo(self) -> None:
        self._guard(lambda: self._do())

    def undo(self) -> None:
        self._guard(lambda: self._undo())
