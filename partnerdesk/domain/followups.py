"""Follow-ups: what the user promised to do after a contact, and when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from partnerdesk.store import queries
from partnerdesk.store.connection import Store


class Due(StrEnum):
    """Where a follow-up stands on a given day."""

    OVERDUE = "overdue"
    TODAY = "today"
    UPCOMING = "upcoming"


@dataclass(frozen=True)
class FollowUp:
    """An open follow-up of a journal entry."""

    contact_log_id: int
    due_on: date
    summary: str
    occurred_on: date
    partnership_id: int | None
    partnership_name: str | None
    organisation_name: str | None
    private: bool

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> FollowUp:
        return cls(
            contact_log_id=row["id"],
            due_on=date.fromisoformat(row["follow_up_on"]),
            summary=row["summary"],
            occurred_on=date.fromisoformat(row["occurred_on"]),
            partnership_id=row["partnership_id"],
            partnership_name=row["partnership_name"],
            organisation_name=row["organisation_name"],
            private=bool(row["private"]),
        )

    def due(self, today: date) -> Due:
        """Overdue, due today, or upcoming."""
        if self.due_on < today:
            return Due.OVERDUE
        return Due.TODAY if self.due_on == today else Due.UPCOMING

    def days_overdue(self, today: date) -> int:
        """How many days late it is (0 when not late)."""
        return max(0, (today - self.due_on).days)


def open_follow_ups(store: Store) -> list[FollowUp]:
    """Every follow-up not yet done, soonest first."""
    return [FollowUp.from_row(row) for row in queries.open_follow_up_rows(store)]


def due_follow_ups(store: Store, today: date, *, days_ahead: int = 7) -> list[FollowUp]:
    """Follow-ups that are overdue, due today, or due within ``days_ahead`` days."""
    until = (today + timedelta(days=days_ahead)).isoformat()
    return [FollowUp.from_row(row) for row in queries.open_follow_up_rows(store, until=until)]


def overdue_follow_ups(store: Store, today: date) -> list[FollowUp]:
    """Follow-ups whose date has passed."""
    return [f for f in due_follow_ups(store, today, days_ahead=-1)]
