"""A partnership summary: what may be shown to a partner about a partnership, in one place.

:func:`partnership_summary` gathers the partnership (kind, stage, purpose, members and their
roles), its history along the continuum and through the stages, its assessments, its contacts
counted by month and by level with the people who took part on each side, its recent journal
entries and its open follow-ups. Documents (:mod:`partnerdesk.exports.summary`) are written
from this and nothing else, so what is private is decided here, once:

* by default (a summary to share) private journal entries and private assessments are left
  out, of the lists and of every count; so are the partnership's notes, every assessment's
  note and the details of journal entries: a partner sees the date, channel and summary of
  each contact;
* with ``include_private`` (the owner's own archive) everything is kept, and
  :attr:`PartnershipSummary.include_private` tells the document to say so on its first page.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from partnerdesk.domain.assessments import assessments
from partnerdesk.domain.charts import months_between
from partnerdesk.domain.errors import ValidationError
from partnerdesk.domain.followups import FollowUp, open_follow_ups
from partnerdesk.domain.journal import JournalEntry, JournalFilter, journal, journal_count
from partnerdesk.domain.organisations import my_organisation
from partnerdesk.domain.partnerships import (
    continuum_history,
    get_partnership,
    members,
    stage_history,
)
from partnerdesk.domain.records import Assessment, KindChange, Member, Partnership, StageChange
from partnerdesk.domain.vocabulary import QT_TRANSLATE_NOOP, Level, Seniority
from partnerdesk.store import summary as queries
from partnerdesk.store.connection import Store

#: How many months of contacts a summary covers unless told otherwise (this month included).
DEFAULT_MONTHS = 12
#: How many of the recent journal entries a summary lists at most, newest first.
ENTRY_LIMIT = 40


def default_since(today: date, months: int = DEFAULT_MONTHS) -> date:
    """The first day of the period a summary covers by default: the start of the month
    ``months - 1`` months before ``today``'s, so that ``months`` whole months are shown."""
    index = today.year * 12 + today.month - 1 - (months - 1)
    return date(index // 12, index % 12 + 1, 1)


@dataclass(frozen=True)
class MonthContacts:
    """A partnership's contacts in one month of the summary's period."""

    #: The first day of the month.
    month: date
    contacts: int
    #: How many contacts touched each level (a contact touching two levels counts in both).
    by_level: dict[Level, int]
    #: How many contacts a leader of a partner organisation took part in.
    with_leader: int


@dataclass(frozen=True)
class Involvement:
    """Somebody who took part in the partnership's contacts during the period."""

    name: str
    organisation: str | None
    role_title: str | None
    seniority: Seniority
    contacts: int
    #: True for the user's own people, False for the partners' (and anybody else's).
    own_side: bool


@dataclass(frozen=True)
class LevelScore:
    """One level of the latest assessment, with its score in the assessment before."""

    level: Level
    score: int | None
    previous: int | None

    @property
    def change(self) -> int | None:
        """The change since the previous assessment; None when either was not rated."""
        if self.score is None or self.previous is None:
            return None
        return self.score - self.previous


@dataclass(frozen=True)
class PartnershipSummary:
    """Everything a summary of a partnership shows, already stripped of what is private
    unless :attr:`include_private` is set."""

    partnership: Partnership
    today: date
    #: The first day of the period whose contacts and journal entries are summarised.
    since: date
    include_private: bool
    #: The user's own organisation, which prepared the summary (None if not set).
    prepared_by: str | None
    members: tuple[Member, ...]
    #: Moves along the continuum and changes of stage, oldest first.
    history: tuple[KindChange | StageChange, ...]
    #: The assessments, oldest first.
    assessments: tuple[Assessment, ...]
    #: Every month of the period, oldest first (months without contacts too).
    months: tuple[MonthContacts, ...]
    #: Who took part in the period's contacts: the user's own people first.
    people: tuple[Involvement, ...]
    #: The most recent journal entries of the period, newest first (at most ``ENTRY_LIMIT``).
    entries: tuple[JournalEntry, ...]
    #: How many journal entries the period holds in all.
    entry_count: int
    #: The open follow-ups, soonest first.
    follow_ups: tuple[FollowUp, ...]

    @property
    def latest(self) -> Assessment | None:
        """The latest assessment, if any."""
        return self.assessments[-1] if self.assessments else None

    @property
    def previous(self) -> Assessment | None:
        """The assessment before the latest, if any."""
        return self.assessments[-2] if len(self.assessments) > 1 else None

    def level_scores(self) -> tuple[LevelScore, ...]:
        """Each level of the latest assessment beside the one before (empty if none)."""
        latest, previous = self.latest, self.previous
        if latest is None:
            return ()
        return tuple(
            LevelScore(
                level,
                latest.scores[level],
                None if previous is None else previous.scores[level],
            )
            for level in Level
        )

    @property
    def contacts(self) -> int:
        """How many contacts the period holds."""
        return sum(month.contacts for month in self.months)

    @property
    def contacts_with_leaders(self) -> int:
        """How many of them a leader of a partner organisation took part in."""
        return sum(month.with_leader for month in self.months)

    def contacts_by_level(self) -> dict[Level, int]:
        """How many of the period's contacts touched each level, in Kanter's order."""
        return {level: sum(m.by_level.get(level, 0) for m in self.months) for level in Level}

    @property
    def own_people(self) -> tuple[Involvement, ...]:
        """The user's own people who took part."""
        return tuple(p for p in self.people if p.own_side)

    @property
    def partner_people(self) -> tuple[Involvement, ...]:
        """The partners' people who took part."""
        return tuple(p for p in self.people if not p.own_side)


def partnership_summary(
    store: Store,
    partnership_id: int,
    today: date,
    *,
    since: date | None = None,
    include_private: bool = False,
    entry_limit: int = ENTRY_LIMIT,
) -> PartnershipSummary:
    """What a summary of a partnership shows, as of ``today``, with its contacts and journal
    entries from ``since`` (by default the last :data:`DEFAULT_MONTHS` months).

    Without ``include_private`` private entries and assessments, notes and the details of
    entries are left out (see the module's description).
    """
    since = default_since(today) if since is None else since
    if since > today:
        raise ValidationError("since", QT_TRANSLATE_NOOP("Validation", "cannot be after today"))
    partnership = get_partnership(store, partnership_id)
    rated = assessments(store, partnership_id)
    history: list[KindChange | StageChange] = [
        *continuum_history(store, partnership_id),
        *stage_history(store, partnership_id),
    ]
    # On one day, the move along the continuum reads before the change of stage.
    history.sort(key=lambda c: (c.changed_on, isinstance(c, StageChange), c.id))
    window = (partnership_id, since.isoformat(), today.isoformat())
    entries_filter = JournalFilter(
        partnership_id=partnership_id,
        private=None if include_private else False,
        since=since,
        until=today,
    )
    entries = journal(store, entries_filter, limit=entry_limit)
    follow_ups = [
        f
        for f in open_follow_ups(store)
        if f.partnership_id == partnership_id and (include_private or not f.private)
    ]
    own = my_organisation(store)
    if not include_private:
        partnership = replace(partnership, notes=None)
        rated = [replace(a, note=None) for a in rated if not a.private]
        entries = [replace(e, entry=replace(e.entry, details=None)) for e in entries]
    return PartnershipSummary(
        partnership=partnership,
        today=today,
        since=since,
        include_private=include_private,
        prepared_by=None if own is None else own.name,
        members=tuple(members(store, partnership_id)),
        history=tuple(history),
        assessments=tuple(rated),
        months=_months(store, window, since, today, include_private),
        people=tuple(
            Involvement(
                name=row["name"],
                organisation=row["organisation_name"],
                role_title=row["role_title"],
                seniority=Seniority(row["seniority"]),
                contacts=row["contacts"],
                own_side=bool(row["is_self"]),
            )
            for row in queries.involved_people_rows(store, *window, include_private=include_private)
        ),
        entries=tuple(entries),
        entry_count=journal_count(store, entries_filter),
        follow_ups=tuple(follow_ups),
    )


def _months(
    store: Store,
    window: tuple[int, str, str],
    since: date,
    today: date,
    include_private: bool,
) -> tuple[MonthContacts, ...]:
    counts = {
        row["month"]: row
        for row in queries.monthly_contact_rows(store, *window, include_private=include_private)
    }
    levels: dict[str, dict[Level, int]] = {}
    for level_row in queries.monthly_level_rows(store, *window, include_private=include_private):
        levels.setdefault(level_row["month"], {})[Level(level_row["level"])] = level_row["contacts"]
    months = []
    for month in months_between(since, today):
        key = month.isoformat()[:7]
        counted = counts.get(key)
        found = levels.get(key, {})
        months.append(
            MonthContacts(
                month=month,
                contacts=0 if counted is None else int(counted["contacts"]),
                by_level={level: found[level] for level in Level if level in found},
                with_leader=0 if counted is None else int(counted["with_leader"] or 0),
            )
        )
    return tuple(months)
