"""Integration strength: how deeply a partnership is integrated, by assessment and by contact.

The integration strength of a partnership at a date comes from its latest assessment up to
that date: each level's score on its own, and overall the mean of the levels that were rated.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from partnerdesk.domain.assessments import assessments
from partnerdesk.domain.records import Assessment
from partnerdesk.domain.vocabulary import Level
from partnerdesk.store import queries
from partnerdesk.store.connection import Store


@dataclass(frozen=True)
class Strength:
    """Integration strength as of an assessment: each level, and overall."""

    #: The date of the assessment it comes from.
    on: date
    levels: dict[Level, int | None]
    #: The mean of the rated levels; None when no level was rated.
    overall: float | None
    assessment_id: int

    @classmethod
    def of(cls, assessment: Assessment) -> Strength:
        """The strength an assessment gives."""
        return cls(
            on=assessment.assessed_on,
            levels=assessment.scores,
            overall=assessment.strength,
            assessment_id=assessment.id,
        )


def strength_at(history: Sequence[Assessment], on: date) -> Strength | None:
    """The strength at ``on`` from assessments sorted oldest first (None before the first)."""
    latest = None
    for assessment in history:
        if assessment.assessed_on > on:
            break
        latest = assessment
    return None if latest is None else Strength.of(latest)


def integration_strength(store: Store, partnership_id: int, on: date) -> Strength | None:
    """A partnership's integration strength at ``on``, from its latest assessment up to then."""
    return strength_at(assessments(store, partnership_id), on)


def integration_series(store: Store, partnership_id: int) -> list[Strength]:
    """How a partnership's strength changed: one point per assessment date, oldest first.

    Where two assessments share a date, the later one recorded counts.
    """
    return strength_series(assessments(store, partnership_id))


def strength_series(history: Sequence[Assessment]) -> list[Strength]:
    """One strength per assessment date from assessments sorted oldest first; where two share
    a date, the later one recorded counts."""
    by_date: dict[date, Strength] = {}
    for assessment in history:
        by_date[assessment.assessed_on] = Strength.of(assessment)
    return list(by_date.values())


def last_leader_contact(store: Store, partnership_id: int, on: date) -> date | None:
    """The date, up to ``on``, of the last contact that touched the strategic level with a
    leader of a partner organisation; None if there has been none."""
    found = queries.last_leader_contacts(store, on.isoformat(), partnership_id)
    value = found.get(partnership_id)
    return None if value is None else date.fromisoformat(value)


def days_since_leader_contact(store: Store, partnership_id: int, today: date) -> int | None:
    """Days since leaders last met (Kanter: leaders must not form a partnership and leave it
    to others); None if they never have."""
    last = last_leader_contact(store, partnership_id, today)
    return None if last is None else (today - last).days
