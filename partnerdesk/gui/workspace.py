"""What every screen of the window shares: the open database, the undo stack and today's date.

Screens never keep their own reference to the store: the window may open another database at
any time (File → Open), and :class:`Workspace` is where the current one is found. Every change
a screen makes goes through :meth:`Workspace.perform`, which pushes an undoable command from
:mod:`partnerdesk.gui.undo` on the one undo stack and turns an expected error into a message.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from partnerdesk.domain.errors import EXPECTED_ERRORS, ValidationError
from partnerdesk.domain.organisations import list_organisations
from partnerdesk.domain.overview import PersonSummary, people_summaries
from partnerdesk.domain.partnerships import list_partnerships
from partnerdesk.domain.portfolio import PortfolioRow, portfolio
from partnerdesk.domain.records import Organisation, Partnership
from partnerdesk.gui import dialogs
from partnerdesk.gui.events import EVERYTHING, Topic, events
from partnerdesk.gui.text import refusal_sentence, translate
from partnerdesk.store.connection import Store

T = TypeVar("T")


class Workspace(QObject):
    """The open database and the undo stack of one window."""

    #: The data changed (a frozenset of :class:`~partnerdesk.gui.events.Topic`), relayed from
    #: :data:`~partnerdesk.gui.events.events` while the window is open.
    changed = Signal(object)
    #: Emitted with a short sentence for the status bar after a change ("Deleted …"), and
    #: whether to offer Undo beside it.
    message = Signal(str, bool)

    def __init__(
        self, store: Store, *, today: Callable[[], date] = date.today, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._today = today
        self.undo_stack = QUndoStack(self)
        self._generation = 0
        self._portfolio: tuple[int, date, list[PortfolioRow]] | None = None
        #: How many times each topic has changed: what :meth:`remembered` keys its reads on.
        self._changes: dict[Topic, int] = dict.fromkeys(Topic, 0)
        self._remembered: dict[str, tuple[tuple[int, ...], Any]] = {}
        self._attached = True
        events.changed.connect(self._relay)

    def _relay(self, topics: frozenset[Topic]) -> None:
        self._generation += 1
        for topic in EVERYTHING if Topic.DATABASE in topics else topics:
            self._changes[topic] += 1
        self.changed.emit(topics)

    def detach(self) -> None:
        """Stop relaying changes (the window closed; its database may be closed next)."""
        if self._attached:
            self._attached = False
            events.changed.disconnect(self._relay)

    def portfolio(self) -> list[PortfolioRow]:
        """Every partnership as the portfolio lists it, as of today.

        Read once after each change however many screens (the portfolio, the sidebar's
        attention list, a partnership's overview) ask for it.
        """
        today = self.today()
        cached = self._portfolio
        if cached is None or cached[0] != self._generation or cached[1] != today:
            cached = (self._generation, today, portfolio(self.store, today))
            self._portfolio = cached
        return cached[2]

    def remembered(self, name: str, topics: Iterable[Topic], read: Callable[[Store], T]) -> T:
        """What ``read`` returns for the open database, read again only once one of ``topics``
        has changed (or another database was opened) since it was last read.

        For lists that are long to read and rarely change, wanted again and again: every
        person for the quick log's people, every partnership and organisation for the choices
        of "With". Callers share what is returned and must not change it.
        """
        key = tuple(self._changes[topic] for topic in (*sorted(set(topics)), Topic.DATABASE))
        found = self._remembered.get(name)
        if found is None or found[0] != key:
            found = (key, read(self.store))
            self._remembered[name] = found
        value: T = found[1]
        return value

    def partnerships(self) -> list[Partnership]:
        """Every partnership, by name (read again after a change to partnerships)."""
        return self.remembered(
            "partnerships", {Topic.PARTNERSHIPS, Topic.HISTORY}, list_partnerships
        )

    def organisations(self) -> list[Organisation]:
        """Every organisation, by name (read again after a change to organisations)."""
        return self.remembered("organisations", {Topic.ORGANISATIONS}, list_organisations)

    def people(self) -> list[PersonSummary]:
        """Everybody with their organisation's name, by name (read again after a change to
        people or organisations)."""
        return self.remembered(
            "people", {Topic.PEOPLE, Topic.ORGANISATIONS}, lambda store: people_summaries(store)
        )

    def today(self) -> date:
        """Today's date (tests fix it)."""
        return self._today()

    def replace_store(self, store: Store) -> None:
        """Work on another database from now on; the previous one is closed, undo forgotten."""
        previous, self.store = self.store, store
        self._portfolio = None
        self._remembered.clear()
        self.undo_stack.clear()
        if previous is not store:
            previous.close()
        events.announce(EVERYTHING)

    def perform(
        self,
        command: QUndoCommand,
        parent: QWidget | None,
        *,
        on_invalid: Callable[[ValidationError], bool] | None = None,
    ) -> bool:
        """Do ``command`` (undoably); True when it was done.

        A refused value goes to ``on_invalid`` (which shows it at its field and returns True
        when it could); any other expected error is shown in a message. Either way nothing
        was written and the undo stack is as it was.
        """
        try:
            self.undo_stack.push(command)
        except ValidationError as exc:
            if on_invalid is None or not on_invalid(exc):
                dialogs.warn(parent, translate("Workspace", "PartnerDesk"), refusal_sentence(exc))
            return False
        except EXPECTED_ERRORS as exc:
            dialogs.warn(
                parent,
                translate("Workspace", "PartnerDesk"),
                translate("Workspace", "The change could not be saved."),
                str(exc),
            )
            return False
        return True

    def tell(self, text: str, *, undoable: bool = False) -> None:
        """Show a short sentence in the status bar (with an Undo button when ``undoable``)."""
        self.message.emit(text, undoable)
