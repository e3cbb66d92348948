"""The data behind every chart: plain values computed from the store, nothing drawn.

One partnership:

* :func:`integration_history` — its five levels and overall strength over time, with the
  periods it spent at each kind along the continuum and its stage changes as markers.
* :func:`contact_activity` — its contacts per month, by the levels they touched, with how
  many a partner organisation's leader took part in; over the same dates as the history.
* :func:`snapshot` — one assessment (the latest by default) and another to compare it with.
* :func:`assessed_vs_observed` — each level's latest score beside the contacts that touched
  it lately, and where the two disagree (:class:`Disagreement`).

The portfolio:

* :func:`portfolio_map` — every partnership by kind and strength, with Kanter's expectation
  that closer kinds need deeper integration (:func:`expected_strength`).
* :func:`portfolio_trend` — the mean strength of the active partnerships month by month.

Every figure is aggregated by the store; these functions only shape it. Dates are
:class:`datetime.date`; the window turns them into whatever its axes need.
"""

from __future__ import annotations

import bisect
import heapq
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from operator import itemgetter
from typing import TypeVar

from partnerdesk.domain.assessments import assessments, latest_assessments
from partnerdesk.domain.errors import NotFoundError
from partnerdesk.domain.integration import Strength, last_leader_contact, strength_series
from partnerdesk.domain.partnerships import continuum_history, get_partnership, stage_history
from partnerdesk.domain.portfolio import DEFAULT_LEADER_THRESHOLD_DAYS
from partnerdesk.domain.records import Assessment, Partnership, strength_of
from partnerdesk.domain.vocabulary import (
    QT_TRANSLATE_NOOP,
    Kind,
    Level,
    Seniority,
    Stage,
    member,
)
from partnerdesk.store import charts as queries
from partnerdesk.store import queries as common_queries
from partnerdesk.store.connection import Store

#: How far back "lately" reaches when contacts are compared with an assessment, in days.
OBSERVATION_WINDOW_DAYS = 90

Translate = Callable[[str, str], str]


def _untranslated(context: str, text: str) -> str:
    return text


def month_start(day: date) -> date:
    """The first day of the month ``day`` falls in."""
    return day.replace(day=1)


def next_month(month: date) -> date:
    """The first day of the month after ``month``."""
    return date(month.year + month.month // 12, month.month % 12 + 1, 1)


def months_between(first: date, last: date) -> list[date]:
    """The first day of every month from the month of ``first`` to that of ``last``."""
    months = []
    month = month_start(first)
    while month <= last:
        months.append(month)
        month = next_month(month)
    return months


def window_start(today: date, days: int) -> date:
    """The first day of the last ``days`` days up to and including ``today``."""
    return today - timedelta(days=days - 1)


# --- one partnership: the period its charts cover -------------------------------------------


@dataclass(frozen=True)
class ChartPeriod:
    """The dates a partnership's charts over time span: from its start until today."""

    start: date
    end: date


def chart_period(
    store: Store,
    partnership: Partnership,
    today: date,
    *,
    history: Sequence[Assessment] = (),
) -> ChartPeriod:
    """From the earliest of the partnership's start, first recorded kind, first assessment and
    first journal entry, to ``today`` (or a later assessment's date)."""
    candidates = [today]
    if partnership.started_on is not None:
        candidates.append(partnership.started_on)
    kinds = continuum_history(store, partnership.id)
    if kinds:
        candidates.append(kinds[0].changed_on)
    if history:
        candidates.append(history[0].assessed_on)
    first_contact = queries.first_contact_on(store, partnership.id)
    if first_contact is not None:
        candidates.append(date.fromisoformat(first_contact))
    end = max([today, *(a.assessed_on for a in history[-1:])])
    return ChartPeriod(start=min(candidates), end=end)


def _assessments(
    store: Store,
    partnership_id: int,
    include_private: bool,
    history: Sequence[Assessment] | None = None,
) -> Sequence[Assessment]:
    if history is None:
        history = assessments(store, partnership_id)
    return history if include_private else [a for a in history if not a.private]


# --- integration over time ------------------------------------------------------------------


class MarkerKind(StrEnum):
    """What a marker on the time axis records."""

    KIND = "kind"  # a move along the continuum
    STAGE = "stage"  # a change of stage


@dataclass(frozen=True)
class Marker:
    """A dated event in a partnership's history, drawn as a labelled vertical line."""

    on: date
    what: MarkerKind
    before: Kind | Stage | None
    after: Kind | Stage
    note: str | None = None


@dataclass(frozen=True)
class KindPeriod:
    """A stretch of time a partnership spent at one kind along the continuum."""

    kind: Kind
    start: date
    end: date


@dataclass(frozen=True)
class IntegrationHistory:
    """A partnership's integration strength over time, with its history along the continuum.

    ``points`` has one :class:`Strength` per assessment date, oldest first; a strength holds
    from its date until the next one (the strength at a date is that of the latest assessment
    up to it).
    """

    partnership_id: int
    name: str
    kind: Kind
    stage: Stage
    period: ChartPeriod
    points: tuple[Strength, ...]
    kind_periods: tuple[KindPeriod, ...]
    markers: tuple[Marker, ...]

    @property
    def is_empty(self) -> bool:
        """True when the partnership has never been assessed."""
        return not self.points

    def scores(self, level: Level) -> list[int | None]:
        """One level's score at each point (None where it was not rated)."""
        return [point.levels[level] for point in self.points]

    def overall(self) -> list[float | None]:
        """The overall strength at each point."""
        return [point.overall for point in self.points]

    def at(self, day: date) -> Strength | None:
        """The strength in effect on ``day`` (None before the first assessment)."""
        index = bisect.bisect_right([p.on for p in self.points], day)
        return self.points[index - 1] if index else None


def integration_history(
    store: Store,
    partnership_id: int,
    today: date,
    *,
    include_private: bool = True,
    history: Sequence[Assessment] | None = None,
) -> IntegrationHistory:
    """A partnership's five levels and overall strength over time, with its kinds and stages.

    ``include_private=False`` leaves private assessments out, for documents to share.
    ``history`` is its assessments, oldest first, when the caller has just read them.
    """
    partnership = get_partnership(store, partnership_id)
    history = _assessments(store, partnership_id, include_private, history)
    period = chart_period(store, partnership, today, history=history)
    kinds = continuum_history(store, partnership_id)
    stages = stage_history(store, partnership_id)

    periods: list[KindPeriod] = []
    for index, change in enumerate(kinds):
        start = period.start if index == 0 else change.changed_on
        end = kinds[index + 1].changed_on if index + 1 < len(kinds) else period.end
        if end > start or index == len(kinds) - 1:
            periods.append(KindPeriod(change.to_kind, start, max(start, end)))
    if not periods:
        periods.append(KindPeriod(partnership.kind, period.start, period.end))

    markers = [
        Marker(c.changed_on, MarkerKind.KIND, c.from_kind, c.to_kind, c.note) for c in kinds[1:]
    ] + [
        Marker(c.changed_on, MarkerKind.STAGE, c.from_stage, c.to_stage, c.note) for c in stages[1:]
    ]
    markers.sort(key=lambda m: (m.on, m.what != MarkerKind.KIND))
    return IntegrationHistory(
        partnership_id=partnership_id,
        name=partnership.name,
        kind=partnership.kind,
        stage=partnership.stage,
        period=period,
        points=tuple(strength_series(history)),
        kind_periods=tuple(periods),
        markers=tuple(markers),
    )


# --- contact activity -----------------------------------------------------------------------


@dataclass(frozen=True)
class PartnerPerson:
    """Somebody of a partner organisation who took part in contacts."""

    name: str
    seniority: Seniority
    contacts: int


@dataclass(frozen=True)
class MonthActivity:
    """A partnership's contacts in one month."""

    #: The first day of the month.
    month: date
    contacts: int = 0
    #: Contacts that touched each level (a contact touching two levels counts in both).
    by_level: dict[Level, int] = field(default_factory=dict)
    #: The contacts split between the levels they touched (one touching two counts half in
    #: each), so that the shares and ``unlevelled`` add up to ``contacts``.
    shares: dict[Level, float] = field(default_factory=dict)
    #: Contacts that touched no level.
    unlevelled: int = 0
    #: Contacts a leader of a partner organisation took part in.
    with_leader: int = 0

    @property
    def end(self) -> date:
        """The last day of the month."""
        return next_month(self.month) - timedelta(days=1)


@dataclass(frozen=True)
class ContactActivity:
    """A partnership's contacts month by month over its chart period (every month listed)."""

    partnership_id: int
    period: ChartPeriod
    months: tuple[MonthActivity, ...]

    @property
    def contacts(self) -> int:
        """All contacts in the period."""
        return sum(m.contacts for m in self.months)

    @property
    def is_empty(self) -> bool:
        """True when there was no contact at all."""
        return self.contacts == 0


#: Each level's bit in the level masks the store counts contacts by.
_LEVEL_OF_BIT = tuple(Level(name) for name in common_queries.LEVEL_BITS)


def contact_activity(
    store: Store, partnership_id: int, today: date, *, period: ChartPeriod | None = None
) -> ContactActivity:
    """A partnership's contacts per month, by level and with leaders marked, over ``period``
    (by default the same dates as :func:`integration_history`)."""
    if period is None:
        partnership = get_partnership(store, partnership_id)
        period = chart_period(store, partnership, today, history=assessments(store, partnership_id))
    rows = queries.monthly_contact_rows(
        store, partnership_id, period.start.isoformat(), period.end.isoformat()
    )
    by_month: dict[str, list[dict[str, int | str | None]]] = defaultdict(list)
    for row in rows:
        by_month[row["month"]].append(row)
    months = []
    for month in months_between(period.start, period.end):
        contacts = unlevelled = with_leader = 0
        by_level: dict[Level, int] = {}
        shares: dict[Level, float] = {}
        for row in by_month.get(month.isoformat()[:7], []):
            entries = int(row["entries"] or 0)
            contacts += entries
            if row["with_leader"]:
                with_leader += entries
            mask = row["mask"]
            if not mask:
                unlevelled += entries
                continue
            touched = [lv for bit, lv in enumerate(_LEVEL_OF_BIT) if int(mask) & (1 << bit)]
            for level in touched:
                by_level[level] = by_level.get(level, 0) + entries
                shares[level] = shares.get(level, 0.0) + entries / len(touched)
        months.append(
            MonthActivity(
                month=month,
                contacts=contacts,
                by_level=_in_level_order(by_level),
                shares=_in_level_order(shares),
                unlevelled=unlevelled,
                with_leader=with_leader,
            )
        )
    return ContactActivity(partnership_id, period, tuple(months))


T = TypeVar("T")


def _in_level_order(values: dict[Level, T]) -> dict[Level, T]:
    return {level: values[level] for level in Level if level in values}


def partner_people(
    store: Store, partnership_id: int, since: date, until: date
) -> tuple[PartnerPerson, ...]:
    """The people of partner organisations who took part in a partnership's contacts from
    ``since`` to ``until``, most involved first."""
    return tuple(
        PartnerPerson(row["name"], Seniority(row["seniority"]), row["entries"])
        for row in queries.partner_people_rows(
            store, partnership_id, since.isoformat(), until.isoformat()
        )
    )


# --- the snapshot ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Snapshot:
    """One assessment to show (the latest by default) and another to compare it with."""

    shown: Assessment | None
    compared: Assessment | None
    #: Every assessment of the partnership, newest first, to choose from.
    choices: tuple[Assessment, ...]

    @property
    def is_empty(self) -> bool:
        """True when the partnership has never been assessed."""
        return self.shown is None


def snapshot(
    store: Store,
    partnership_id: int,
    *,
    shown: int | None = None,
    compare_with: int | None = None,
    include_private: bool = True,
    history: Sequence[Assessment] | None = None,
) -> Snapshot:
    """The assessment ``shown`` (by id; the latest by default) with ``compare_with`` (by id; by
    default the one before it) to compare it with; ``include_private=False`` leaves private
    assessments out, for documents to share. ``history`` is the partnership's assessments,
    oldest first, when the caller has just read them."""
    history = _assessments(store, partnership_id, include_private, history)
    newest_first = tuple(reversed(history))
    by_id = {a.id: a for a in history}
    for wanted in (shown, compare_with):
        if wanted is not None and wanted not in by_id:
            raise NotFoundError(f"This partnership has no assessment with id {wanted}.")
    if not history:
        return Snapshot(None, None, ())
    main = by_id[shown] if shown is not None else history[-1]
    if compare_with is not None:
        other: Assessment | None = by_id[compare_with]
    else:
        index = history.index(main)
        other = history[index - 1] if index > 0 else None
    if other is not None and other.id == main.id:
        other = None
    return Snapshot(main, other, newest_first)


# --- assessed versus observed ---------------------------------------------------------------

#: A level rated at least this much claims real integration.
HIGH_SCORE = 3
#: A level rated this much or more claims deep integration.
DEEP_SCORE = 4
#: A level rated at most this much claims little integration...
LOW_SCORE = 1
#: ...which this many contacts touching it in the window contradict.
BUSY_CONTACTS = 6


class Contradiction(StrEnum):
    """How an assessment and the record of contacts disagree."""

    #: Strategic rated high while the partners' leaders have not met for long (or ever).
    LEADERS_APART = "leaders_apart"
    #: Interpersonal rated high while only one person (or nobody) on their side took part.
    FEW_PEOPLE = "few_people"
    #: A level rated deep while no contact touched it lately.
    UNTOUCHED = "untouched"
    #: A level rated low while many contacts touched it lately.
    BUSY = "busy"


_REASONS = {
    (Contradiction.LEADERS_APART, "days"): QT_TRANSLATE_NOOP(
        "Observed", "{level} is rated {score}, but the leaders haven't met for {days} days"
    ),
    (Contradiction.LEADERS_APART, "never"): QT_TRANSLATE_NOOP(
        "Observed", "{level} is rated {score}, but the leaders have never met"
    ),
    (Contradiction.FEW_PEOPLE, "one"): QT_TRANSLATE_NOOP(
        "Observed",
        "{level} is rated {score}, but only one person on their side took part in the last "
        "{window} days",
    ),
    (Contradiction.FEW_PEOPLE, "none"): QT_TRANSLATE_NOOP(
        "Observed",
        "{level} is rated {score}, but nobody on their side took part in the last {window} days",
    ),
    (Contradiction.UNTOUCHED, "none"): QT_TRANSLATE_NOOP(
        "Observed", "{level} is rated {score}, but no contact touched it in the last {window} days"
    ),
    (Contradiction.BUSY, "many"): QT_TRANSLATE_NOOP(
        "Observed",
        "{level} is rated only {score}, yet {count} contacts touched it in the last {window} days",
    ),
}


@dataclass(frozen=True)
class Disagreement:
    """Where the latest assessment of a level and the record of contacts disagree."""

    level: Level
    contradiction: Contradiction
    #: Which wording applies ("days", "never", "one", "none", "many").
    variant: str
    score: int
    window_days: int
    days: int = 0
    count: int = 0

    def reason(self, translate: Translate = _untranslated) -> str:
        """The disagreement in words, e.g. "Strategic is rated 4, but the leaders haven't met
        for 160 days". The GUI passes ``QCoreApplication.translate``."""
        template = translate("Observed", _REASONS[(self.contradiction, self.variant)])
        return template.format(
            level=translate("Level", self.level.label),
            score=self.score,
            days=self.days,
            count=self.count,
            window=self.window_days,
        )


@dataclass(frozen=True)
class LevelObservation:
    """One level: what the latest assessment says, and how many recent contacts touched it."""

    level: Level
    score: int | None
    #: The score in the assessment before the latest, to show the change.
    previous_score: int | None
    contacts: int


@dataclass(frozen=True)
class Observation:
    """A partnership's latest assessment beside what its contacts show, level by level."""

    partnership_id: int
    #: The window of "lately": the contacts counted happened from ``since`` to ``until``.
    since: date
    until: date
    window_days: int
    assessed_on: date | None
    levels: tuple[LevelObservation, ...]
    #: Contacts in the window (each counted once, whatever levels it touched).
    contacts: int
    #: The partner people who took part in the window's contacts, most involved first.
    partner_people: tuple[PartnerPerson, ...]
    last_leader_contact: date | None
    disagreements: tuple[Disagreement, ...]

    @property
    def is_empty(self) -> bool:
        """True when there is neither an assessment nor a contact in the window to compare."""
        return self.assessed_on is None and self.contacts == 0

    @property
    def days_since_leaders_met(self) -> int | None:
        """Days from the leaders' last contact to the end of the window; None if never."""
        last = self.last_leader_contact
        return None if last is None else (self.until - last).days

    def disagreements_of(self, level: Level) -> list[Disagreement]:
        """The disagreements about one level."""
        return [d for d in self.disagreements if d.level is level]


def assessed_vs_observed(
    store: Store,
    partnership_id: int,
    today: date,
    *,
    window_days: int = OBSERVATION_WINDOW_DAYS,
    leader_threshold_days: int = DEFAULT_LEADER_THRESHOLD_DAYS,
    history: Sequence[Assessment] | None = None,
) -> Observation:
    """Each level's latest score beside the contacts that touched it in the last
    ``window_days``, and the disagreements between them.

    The disagreements: strategic rated 3 or more while the partners' leaders have not met for
    longer than ``leader_threshold_days``; interpersonal rated 3 or more while at most one
    person on their side took part in the window's contacts; any other level rated 4 or more
    that no contact touched in the window; any level rated 1 or less that six or more contacts
    touched in the window. ``history`` is the partnership's assessments, oldest first, when the
    caller has just read them.
    """
    if history is None:
        history = assessments(store, partnership_id)
    past = [a for a in history if a.assessed_on <= today]
    latest = past[-1] if past else None
    previous = past[-2] if len(past) > 1 else None
    since = window_start(today, window_days)
    window = (since.isoformat(), today.isoformat())
    touched = queries.level_contact_counts(store, partnership_id, *window)
    contacts = queries.contact_count(store, partnership_id, *window)
    people = partner_people(store, partnership_id, since, today)
    leaders_met = last_leader_contact(store, partnership_id, today)
    levels = tuple(
        LevelObservation(
            level=level,
            score=None if latest is None else latest.scores[level],
            previous_score=None if previous is None else previous.scores[level],
            contacts=touched.get(level.value, 0),
        )
        for level in Level
    )
    found: list[Disagreement] = []
    for item in levels:
        score = item.score
        if score is None:
            continue
        level = item.level
        if level is Level.STRATEGIC and score >= HIGH_SCORE:
            if leaders_met is None:
                found.append(
                    Disagreement(level, Contradiction.LEADERS_APART, "never", score, window_days)
                )
            elif (gap := (today - leaders_met).days) > leader_threshold_days:
                found.append(
                    Disagreement(
                        level, Contradiction.LEADERS_APART, "days", score, window_days, days=gap
                    )
                )
        if level is Level.INTERPERSONAL and score >= HIGH_SCORE and len(people) <= 1:
            variant = "one" if people else "none"
            found.append(
                Disagreement(
                    level, Contradiction.FEW_PEOPLE, variant, score, window_days, count=len(people)
                )
            )
        # One disagreement per level is enough: the more specific one above says it already.
        if score >= DEEP_SCORE and item.contacts == 0 and not any(d.level is level for d in found):
            found.append(Disagreement(level, Contradiction.UNTOUCHED, "none", score, window_days))
        if score <= LOW_SCORE and item.contacts >= BUSY_CONTACTS:
            found.append(
                Disagreement(
                    level, Contradiction.BUSY, "many", score, window_days, count=item.contacts
                )
            )
    return Observation(
        partnership_id=partnership_id,
        since=since,
        until=today,
        window_days=window_days,
        assessed_on=None if latest is None else latest.assessed_on,
        levels=levels,
        contacts=contacts,
        partner_people=people,
        last_leader_contact=leaders_met,
        disagreements=tuple(found),
    )


# --- the portfolio map ----------------------------------------------------------------------


def expected_strength(kind: Kind) -> tuple[float, float]:
    """The range of integration strength Kanter's model leads one to expect of a kind.

    Closer kinds need deeper integration: a consortium does well from 1 to 3, a joint venture
    from 2 to 4, a value-chain partnership from 3 to 5.
    """
    low = 1.0 + kind.position
    return low, low + 2.0


@dataclass(frozen=True)
class MapPoint:
    """One partnership on the portfolio map."""

    partnership_id: int
    name: str
    kind: Kind
    stage: Stage
    #: Its latest overall strength; None when it was never assessed (or nothing was rated).
    strength: float | None
    #: Its contacts in the map's window.
    contacts: int

    @property
    def below_expectation(self) -> bool:
        """Whether it is less integrated than its kind calls for."""
        return self.strength is not None and self.strength < expected_strength(self.kind)[0]


@dataclass(frozen=True)
class PortfolioMap:
    """Every partnership placed by kind and strength."""

    points: tuple[MapPoint, ...]
    window_days: int
    today: date

    @property
    def placed(self) -> tuple[MapPoint, ...]:
        """The partnerships that have a strength to place."""
        return tuple(p for p in self.points if p.strength is not None)

    @property
    def unplaced(self) -> tuple[MapPoint, ...]:
        """The partnerships never assessed, which the map cannot place."""
        return tuple(p for p in self.points if p.strength is None)

    @property
    def is_empty(self) -> bool:
        """True when no partnership can be placed."""
        return not self.placed


def portfolio_map(
    store: Store, today: date, *, window_days: int = OBSERVATION_WINDOW_DAYS
) -> PortfolioMap:
    """Every partnership with its kind, stage, latest strength and recent contacts."""
    latest = latest_assessments(store, today)
    since = window_start(today, window_days).isoformat()
    recent = queries.recent_contact_counts(store, since, today.isoformat())
    points = []
    for row in common_queries.partnership_rows(store):
        pid = row["id"]
        assessment = latest.get(pid)
        points.append(
            MapPoint(
                partnership_id=pid,
                name=row["name"],
                kind=Kind(row["kind"]),
                stage=Stage(row["stage"]),
                strength=None if assessment is None else assessment.strength,
                contacts=recent.get(pid, 0),
            )
        )
    return PortfolioMap(tuple(points), window_days, today)


# --- the portfolio trend --------------------------------------------------------------------


@dataclass(frozen=True)
class TrendPoint:
    """The active partnerships at the end of one month (or today, for this month)."""

    month: date
    on: date
    #: How many partnerships were active.
    active: int
    #: How many of those had been assessed by then.
    assessed: int
    #: The mean strength of those assessed; None when none was.
    mean_strength: float | None


@dataclass(frozen=True)
class PortfolioTrend:
    """The mean integration of the active partnerships, month by month."""

    points: tuple[TrendPoint, ...]

    @property
    def is_empty(self) -> bool:
        """True when no partnership was ever active and assessed."""
        return all(p.mean_strength is None for p in self.points)


def portfolio_trend(store: Store, today: date) -> PortfolioTrend:
    """For every month from the first partnership's start to today: how many partnerships were
    active at its end and their mean integration strength (from the latest assessment of
    each up to then)."""
    # One sweep through every stage change and assessment in date order (stage changes first
    # on a day), keeping each partnership's stage and strength as of the sweep's date: linear
    # in the records, which the store reads already in date order.
    changes = [
        (row["changed_on"], 0, row["partnership_id"], member(Stage, row["to_stage"]))
        for row in queries.all_stage_change_rows(store)
    ]
    assessed = [
        (assessed_on, 1, pid, strength_of(scores))
        for pid, assessed_on, *scores in queries.all_assessment_scores(store)
    ]
    if not changes and not assessed:
        return PortfolioTrend(())
    events = list(heapq.merge(changes, assessed, key=itemgetter(0, 1)))
    first = date.fromisoformat(events[0][0])
    stage: dict[int, Stage] = {}
    strength: dict[int, float | None] = {}
    points = []
    position = 0
    for month in months_between(first, today):
        end = min(next_month(month) - timedelta(days=1), today)
        limit = end.isoformat()
        while position < len(events) and events[position][0] <= limit:
            _, what, pid, value = events[position]
            if what == 0:
                assert isinstance(value, Stage)
                stage[pid] = value
            else:
                assert value is None or isinstance(value, float)
                strength[pid] = value
            position += 1
        active = [pid for pid, current in stage.items() if current is Stage.ACTIVE]
        rated = [s for pid in active if (s := strength.get(pid)) is not None]
        points.append(
            TrendPoint(
                month=month,
                on=end,
                active=len(active),
                assessed=len(rated),
                mean_strength=sum(rated) / len(rated) if rated else None,
            )
        )
    return PortfolioTrend(tuple(points))
