"""The records of the partnership model, as frozen dataclasses read from the store."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from operator import attrgetter
from typing import Any

from partnerdesk.domain.vocabulary import Channel, Kind, Level, Seniority, Stage, member


def _date(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _required_date(value: str) -> date:
    return date.fromisoformat(value)


@dataclass(frozen=True, slots=True)
class Organisation:
    """An organisation the user deals with; ``is_self`` marks the user's own."""

    id: int
    name: str
    sector: str | None = None
    country: str | None = None
    website: str | None = None
    notes: str | None = None
    is_self: bool = False
    created_at: str = ""
    updated_at: str = ""

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Organisation:
        return cls(
            id=row["id"],
            name=row["name"],
            sector=row["sector"],
            country=row["country"],
            website=row["website"],
            notes=row["notes"],
            is_self=bool(row["is_self"]),
            created_at=row["created_at"],
            updated_at=row["updated_at"],
        )


@dataclass(frozen=True, slots=True)
class Person:
    """Somebody the user knows, in an organisation (or none yet)."""

    id: int
    name: str
    organisation_id: int | None = None
    role_title: str | None = None
    seniority: Seniority = Seniority.OTHER
    email: str | None = None
    phone: str | None = None
    notes: str | None = None
    created_at: str = ""
    updated_at: str = ""

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Person:
        return cls(
            id=row["id"],
            name=row["name"],
            organisation_id=row["organisation_id"],
            role_title=row["role_title"],
            seniority=member(Seniority, row["seniority"]),
            email=row["email"],
            phone=row["phone"],
            notes=row["notes"],
            created_at=row["created_at"],
            updated_at=row["updated_at"],
        )


@dataclass(frozen=True, slots=True)
class Partnership:
    """A partnership placed on Kanter's continuum."""

    id: int
    name: str
    kind: Kind
    stage: Stage = Stage.EXPLORING
    purpose: str | None = None
    started_on: date | None = None
    ended_on: date | None = None
    notes: str | None = None
    created_at: str = ""
    updated_at: str = ""

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Partnership:
        return cls(
            id=row["id"],
            name=row["name"],
            kind=member(Kind, row["kind"]),
            stage=member(Stage, row["stage"]),
            purpose=row["purpose"],
            started_on=_date(row["started_on"]),
            ended_on=_date(row["ended_on"]),
            notes=row["notes"],
            created_at=row["created_at"],
            updated_at=row["updated_at"],
        )


@dataclass(frozen=True, slots=True)
class Member:
    """An organisation's place in a partnership, with the role it plays there."""

    id: int
    partnership_id: int
    organisation_id: int
    organisation_name: str
    is_self: bool
    role: str | None = None
    joined_on: date | None = None
    left_on: date | None = None

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Member:
        return cls(
            id=row["id"],
            partnership_id=row["partnership_id"],
            organisation_id=row["organisation_id"],
            organisation_name=row["organisation_name"],
            is_self=bool(row["is_self"]),
            role=row["role"],
            joined_on=_date(row["joined_on"]),
            left_on=_date(row["left_on"]),
        )


@dataclass(frozen=True, slots=True)
class KindChange:
    """A move along the continuum; ``from_kind`` is None for the kind a partnership started as."""

    id: int
    partnership_id: int
    changed_on: date
    from_kind: Kind | None
    to_kind: Kind
    note: str | None = None

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> KindChange:
        return cls(
            id=row["id"],
            partnership_id=row["partnership_id"],
            changed_on=_required_date(row["changed_on"]),
            from_kind=None if row["from_kind"] is None else member(Kind, row["from_kind"]),
            to_kind=member(Kind, row["to_kind"]),
            note=row["note"],
        )


@dataclass(frozen=True, slots=True)
class StageChange:
    """A change of stage; ``from_stage`` is None for the stage a partnership started in."""

    id: int
    partnership_id: int
    changed_on: date
    from_stage: Stage | None
    to_stage: Stage
    note: str | None = None

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> StageChange:
        return cls(
            id=row["id"],
            partnership_id=row["partnership_id"],
            changed_on=_required_date(row["changed_on"]),
            from_stage=None if row["from_stage"] is None else member(Stage, row["from_stage"]),
            to_stage=member(Stage, row["to_stage"]),
            note=row["note"],
        )


@dataclass(frozen=True, slots=True)
class ContactLog:
    """A journal entry: a contact with a partner, or a private reflection (channel ``note``)."""

    id: int
    occurred_on: date
    summary: str
    channel: Channel = Channel.MEETING
    partnership_id: int | None = None
    organisation_id: int | None = None
    details: str | None = None
    private: bool = False
    follow_up_on: date | None = None
    follow_up_done: bool = False
    levels: frozenset[Level] = frozenset()
    people_ids: tuple[int, ...] = ()
    created_at: str = ""
    updated_at: str = ""

    @classmethod
    def from_row(
        cls, row: Mapping[str, Any], levels: frozenset[Level], people_ids: tuple[int, ...]
    ) -> ContactLog:
        return cls(
            id=row["id"],
            occurred_on=_required_date(row["occurred_on"]),
            summary=row["summary"],
            channel=member(Channel, row["channel"]),
            partnership_id=row["partnership_id"],
            organisation_id=row["organisation_id"],
            details=row["details"],
            private=bool(row["private"]),
            follow_up_on=_date(row["follow_up_on"]),
            follow_up_done=bool(row["follow_up_done"]),
            levels=levels,
            people_ids=people_ids,
            created_at=row["created_at"],
            updated_at=row["updated_at"],
        )

    @property
    def sorted_levels(self) -> list[Level]:
        """The levels it touched, in Kanter's order."""
        return [level for level in Level if level in self.levels]


@dataclass(frozen=True, slots=True)
class Assessment:
    """The user's rating of the five levels of a partnership at a date (None: not rated)."""

    id: int
    partnership_id: int
    assessed_on: date
    strategic: int | None = None
    tactical: int | None = None
    operational: int | None = None
    interpersonal: int | None = None
    cultural: int | None = None
    note: str | None = None
    private: bool = False
    created_at: str = ""
    updated_at: str = ""

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Assessment:
        return cls(
            id=row["id"],
            partnership_id=row["partnership_id"],
            assessed_on=_required_date(row["assessed_on"]),
            strategic=row["strategic"],
            tactical=row["tactical"],
            operational=row["operational"],
            interpersonal=row["interpersonal"],
            cultural=row["cultural"],
            note=row["note"],
            private=bool(row["private"]),
            created_at=row["created_at"],
            updated_at=row["updated_at"],
        )

    @property
    def scores(self) -> dict[Level, int | None]:
        """Each level's score, in Kanter's order."""
        return dict(zip(_LEVELS, self._scores(), strict=True))

    @property
    def strength(self) -> float | None:
        """Integration strength: the mean of the rated levels, or None if none was rated."""
        return strength_of(self._scores())

    def _scores(self) -> tuple[int | None, ...]:
        # Read in one call: the portfolio asks this of every partnership's assessments.
        scores: tuple[int | None, ...] = _SCORES_IN_ORDER(self)
        return scores


_LEVELS = tuple(Level)
#: Each level's score of an assessment, in Kanter's order.
_SCORES_IN_ORDER = attrgetter(*(level.value for level in _LEVELS))


def strength_of(scores: Iterable[int | None]) -> float | None:
    """Integration strength from the five levels' scores: the mean of those rated, or None
    if none was."""
    rated = [score for score in scores if score is not None]
    return sum(rated) / len(rated) if rated else None
