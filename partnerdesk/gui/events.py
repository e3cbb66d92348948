"""One place that says "the data changed", so every open view refreshes.

Whatever writes to the database from the window (normally an undo command) calls
``events.announce({Topic.JOURNAL, ...})`` afterwards; views connect to ``events.changed`` and
refresh when a topic they show is in the set.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from PySide6.QtCore import QObject, Signal


class Topic(StrEnum):
    """What kind of data changed."""

    ORGANISATIONS = "organisations"
    PEOPLE = "people"
    PARTNERSHIPS = "partnerships"
    MEMBERS = "members"
    HISTORY = "history"  # moves along the continuum and stage changes
    JOURNAL = "journal"
    FOLLOW_UPS = "follow_ups"
    ASSESSMENTS = "assessments"
    DATABASE = "database"  # another database was opened: everything changed
    SETTINGS = "settings"


#: Every topic: what to announce when everything may have changed.
EVERYTHING = frozenset(Topic)


class DataEvents(QObject):
    """Carries the announcement of what changed to every view."""

    #: Emitted with a frozenset of :class:`Topic`.
    changed = Signal(object)

    def announce(self, topics: Iterable[Topic]) -> None:
        """Tell every view that these topics changed."""
        self.changed.emit(frozenset(topics))


#: The application's one announcer.
events = DataEvents()
