"""The whole portfolio at a glance, and what in it needs the user's attention, with the reason."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from partnerdesk.domain.assessments import latest_assessments
from partnerdesk.domain.integration import Strength
from partnerdesk.domain.vocabulary import QT_TRANSLATE_NOOP, Kind, Stage, member
from partnerdesk.store import queries
from partnerdesk.store.connection import Store

#: Leaders who have not met for longer than this many days draw attention (a preference).
DEFAULT_LEADER_THRESHOLD_DAYS = 90
#: An active partnership not assessed for longer than this many days draws attention.
DEFAULT_ASSESSMENT_INTERVAL_DAYS = 182
#: A fall in overall strength of at least this much between two assessments draws attention.
STRENGTH_FALL = 0.5


def _date(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


@dataclass(frozen=True)
class PortfolioRow:
    """One partnership as the portfolio lists it."""

    partnership_id: int
    name: str
    kind: Kind
    stage: Stage
    started_on: date | None
    member_count: int
    #: Names of the members other than the user's own organisation.
    partner_names: tuple[str, ...]
    strength: Strength | None
    previous_strength: Strength | None
    last_contact_on: date | None
    last_leader_contact_on: date | None
    next_follow_up_on: date | None
    overdue_follow_ups: int

    @property
    def strength_change(self) -> float | None:
        """The change in overall strength since the assessment before the latest."""
        if self.strength is None or self.previous_strength is None:
            return None
        if self.strength.overall is None or self.previous_strength.overall is None:
            return None
        return self.strength.overall - self.previous_strength.overall

    def days_since_contact(self, today: date) -> int | None:
        """Days since the last contact (not counting private reflections)."""
        return None if self.last_contact_on is None else (today - self.last_contact_on).days

    def days_since_leader_contact(self, today: date) -> int | None:
        """Days since the partners' leaders last met; None if they never have."""
        last = self.last_leader_contact_on
        return None if last is None else (today - last).days


def portfolio(store: Store, today: date) -> list[PortfolioRow]:
    """Every partnership with its latest strength, contacts and follow-ups as of ``today``."""
    latest = latest_assessments(store, today)
    previous = latest_assessments(store, today, previous=True)
    leaders = queries.last_leader_contacts(store, today.isoformat())
    result = []
    for row in queries.portfolio_rows(store, today.isoformat()):
        pid = row["id"]
        result.append(
            PortfolioRow(
                partnership_id=pid,
                name=row["name"],
                kind=member(Kind, row["kind"]),
                stage=member(Stage, row["stage"]),
                started_on=_date(row["started_on"]),
                member_count=row["member_count"],
                partner_names=tuple(json.loads(row["partner_names"] or "[]")),
                strength=Strength.of(latest[pid]) if pid in latest else None,
                previous_strength=Strength.of(previous[pid]) if pid in previous else None,
                last_contact_on=_date(row["last_contact_on"]),
                last_leader_contact_on=_date(leaders.get(pid)),
                next_follow_up_on=_date(row["next_follow_up_on"]),
                overdue_follow_ups=row["overdue_follow_ups"],
            )
        )
    return result


class Concern(StrEnum):
    """Why a partnership needs attention."""

    LEADERS_APART = "leaders_apart"
    FOLLOW_UPS_OVERDUE = "follow_ups_overdue"
    ASSESSMENT_DUE = "assessment_due"
    STRENGTH_FALLING = "strength_falling"


_TEMPLATES = {
    (Concern.LEADERS_APART, "days"): QT_TRANSLATE_NOOP(
        "Attention", "Leaders haven't met for {days} days"
    ),
    (Concern.LEADERS_APART, "never"): QT_TRANSLATE_NOOP(
        "Attention", "Leaders haven't met since it started {days} days ago"
    ),
    (Concern.FOLLOW_UPS_OVERDUE, "one"): QT_TRANSLATE_NOOP("Attention", "1 follow-up overdue"),
    (Concern.FOLLOW_UPS_OVERDUE, "many"): QT_TRANSLATE_NOOP(
        "Attention", "{count} follow-ups overdue"
    ),
    (Concern.ASSESSMENT_DUE, "days"): QT_TRANSLATE_NOOP(
        "Attention", "Not assessed for {days} days"
    ),
    (Concern.ASSESSMENT_DUE, "never"): QT_TRANSLATE_NOOP("Attention", "Never assessed"),
    (Concern.STRENGTH_FALLING, "fall"): QT_TRANSLATE_NOOP(
        "Attention", "Integration fell from {before} to {after}"
    ),
}

Translate = Callable[[str, str], str]


def _untranslated(context: str, text: str) -> str:
    return text


def _one_decimal(value: float) -> str:
    return f"{value:.1f}"


@dataclass(frozen=True)
class Attention:
    """Something about a partnership that needs the user's attention."""

    partnership_id: int
    partnership_name: str
    concern: Concern
    #: Which wording applies ("days", "never", "one", "many", "fall").
    variant: str
    days: int = 0
    count: int = 0
    before: float = 0.0
    after: float = 0.0

    def reason(
        self, translate: Translate = _untranslated, number: Callable[[float], str] = _one_decimal
    ) -> str:
        """The reason in words, e.g. "Leaders haven't met for 97 days".

        The GUI passes ``QCoreApplication.translate`` to get it in the user's language, and
        ``number`` to write strengths as the user's locale does ("3,4" in German).
        """
        template = translate("Attention", _TEMPLATES[(self.concern, self.variant)])
        return template.format(
            days=self.days, count=self.count, before=number(self.before), after=number(self.after)
        )


def attention(
    rows: Iterable[PortfolioRow],
    today: date,
    *,
    leader_threshold_days: int = DEFAULT_LEADER_THRESHOLD_DAYS,
    assessment_interval_days: int = DEFAULT_ASSESSMENT_INTERVAL_DAYS,
) -> list[Attention]:
    """What needs attention across the partnerships that are still live (not dormant or ended),
    most pressing first: leaders apart, overdue follow-ups, falling strength, assessments due."""
    found: list[Attention] = []
    for row in rows:
        if not row.stage.is_live:
            continue
        name, pid = row.name, row.partnership_id
        gap = row.days_since_leader_contact(today)
        age = None if row.started_on is None else (today - row.started_on).days
        if gap is not None and gap > leader_threshold_days:
            found.append(Attention(pid, name, Concern.LEADERS_APART, "days", days=gap))
        elif gap is None and age is not None and age > leader_threshold_days:
            found.append(Attention(pid, name, Concern.LEADERS_APART, "never", days=age))
        if row.overdue_follow_ups:
            variant = "one" if row.overdue_follow_ups == 1 else "many"
            found.append(
                Attention(
                    pid, name, Concern.FOLLOW_UPS_OVERDUE, variant, count=row.overdue_follow_ups
                )
            )
        change = row.strength_change
        if change is not None and change <= -STRENGTH_FALL:
            assert row.strength is not None and row.previous_strength is not None
            found.append(
                Attention(
                    pid,
                    name,
                    Concern.STRENGTH_FALLING,
                    "fall",
                    before=row.previous_strength.overall or 0.0,
                    after=row.strength.overall or 0.0,
                )
            )
        reminder = assessment_reminder(
            pid,
            name,
            row.stage,
            row.started_on,
            None if row.strength is None else row.strength.on,
            today,
            interval_days=assessment_interval_days,
        )
        if reminder is not None:
            found.append(reminder)
    order = list(Concern)
    found.sort(key=lambda item: (order.index(item.concern), -item.days, item.partnership_name))
    return found


def assessment_reminder(
    partnership_id: int,
    name: str,
    stage: Stage,
    started_on: date | None,
    last_assessed_on: date | None,
    today: date,
    *,
    interval_days: int = DEFAULT_ASSESSMENT_INTERVAL_DAYS,
) -> Attention | None:
    """The reminder to assess an active partnership that has had no assessment for longer than
    ``interval_days``; None when none is due.

    A partnership never assessed is due once it has run for longer than the interval since its
    start (at once when its start is not known); dormant, ended and not yet active ones never are.
    """
    if stage is not Stage.ACTIVE:
        return None
    if last_assessed_on is None:
        if started_on is not None and (today - started_on).days <= interval_days:
            return None
        return Attention(partnership_id, name, Concern.ASSESSMENT_DUE, "never")
    since = (today - last_assessed_on).days
    if since <= interval_days:
        return None
    return Attention(partnership_id, name, Concern.ASSESSMENT_DUE, "days", days=since)
