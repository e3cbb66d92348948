"""The journal: logging contacts and reflections, reading and searching them, follow-ups."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from partnerdesk.domain._writing import not_found, refusals
from partnerdesk.domain.errors import Refusal, ValidationError
from partnerdesk.domain.fields import (
    a_date,
    choice,
    clean,
    flag,
    line,
    reference,
    row_values,
    spec,
    text,
)
from partnerdesk.domain.records import ContactLog
from partnerdesk.domain.vocabulary import QT_TRANSLATE_NOOP, Channel, Level, member
from partnerdesk.store import queries, rows
from partnerdesk.store.connection import Store
from partnerdesk.store.errors import RowNotFoundError
from partnerdesk.store.queries import MATCH_END, MATCH_START, JournalQuery
from partnerdesk.store.rows import Removal

CONTACT_LOG_FIELDS = spec(
    partnership_id=reference(required=False),
    organisation_id=reference(required=False),
    occurred_on=a_date(required=True),
    channel=choice(Channel),
    summary=line(required=True),
    details=text(),
    private=flag,
    follow_up_on=a_date(),
    follow_up_done=flag,
)
_LEVEL = choice(Level)

__all__ = ["MATCH_END", "MATCH_START", "JournalEntry", "JournalFilter"]


def _clean_levels(levels: Iterable[Level | str]) -> frozenset[Level]:
    found = set()
    for value in levels:
        try:
            level = _LEVEL(value)
        except Refusal as exc:
            raise ValidationError("levels", exc.template, *exc.arguments) from None
        if level is not None:
            found.add(level)
    return frozenset(found)


def _clean_people(store: Store, people: Iterable[int]) -> tuple[int, ...]:
    ids = tuple(sorted(set(people)))
    for person_id in ids:
        if isinstance(person_id, bool) or not isinstance(person_id, int):
            raise ValidationError(
                "people", QT_TRANSLATE_NOOP("Validation", "must be people in the database")
            )
        if not rows.exists(store, "people", person_id):
            raise ValidationError(
                "people", QT_TRANSLATE_NOOP("Validation", "person %1 does not exist"), person_id
            )
    return ids


def _check_entry(store: Store, entry: dict[str, Any]) -> None:
    partnership_id = entry.get("partnership_id")
    organisation_id = entry.get("organisation_id")
    if partnership_id is None and organisation_id is None:
        raise ValidationError(
            "partnership_id",
            QT_TRANSLATE_NOOP("Validation", "is required: choose a partnership or an organisation"),
        )
    if partnership_id is not None and not rows.exists(store, "partnerships", partnership_id):
        raise ValidationError("partnership_id", QT_TRANSLATE_NOOP("Validation", "does not exist"))
    if organisation_id is not None and not rows.exists(store, "organisations", organisation_id):
        raise ValidationError("organisation_id", QT_TRANSLATE_NOOP("Validation", "does not exist"))
    follow_up = entry.get("follow_up_on")
    if follow_up is not None and follow_up < entry["occurred_on"]:
        raise ValidationError(
            "follow_up_on",
            QT_TRANSLATE_NOOP("Validation", "cannot be before the date of the entry"),
        )


def log_contact(
    store: Store,
    *,
    occurred_on: date | str,
    summary: str,
    partnership_id: int | None = None,
    organisation_id: int | None = None,
    channel: Channel | str = Channel.MEETING,
    details: str | None = None,
    levels: Iterable[Level | str] = (),
    people: Iterable[int] = (),
    private: bool = False,
    follow_up_on: date | str | None = None,
) -> ContactLog:
    """Add a journal entry about a partnership and/or an organisation, in one transaction.

    ``levels`` are the levels of integration it touched, ``people`` the ids of who took part.
    """
    values = clean(
        CONTACT_LOG_FIELDS,
        {
            "partnership_id": partnership_id,
            "organisation_id": organisation_id,
            "occurred_on": occurred_on,
            "channel": channel,
            "summary": summary,
            "details": details,
            "private": private,
            "follow_up_on": follow_up_on,
        },
    )
    level_set = _clean_levels(levels)
    person_ids = _clean_people(store, people)
    _check_entry(store, values)
    with refusals(), store.write():
        new_id = rows.insert(store, "contact_logs", row_values(values))
        queries.replace_levels(store, new_id, sorted(level_set))
        queries.replace_people(store, new_id, person_ids)
    return get_contact_log(store, new_id)


def get_contact_log(store: Store, contact_log_id: int) -> ContactLog:
    """The journal entry with this id, with its levels and people."""
    try:
        row = rows.get(store, "contact_logs", contact_log_id)
    except RowNotFoundError:
        raise not_found("contact_logs", contact_log_id) from None
    return _entry(store, [row])[0]


def _entry(store: Store, found: list[dict[str, Any]]) -> list[ContactLog]:
    ids = [row["id"] for row in found]
    levels = queries.levels_of(store, ids)
    people = queries.people_of(store, ids)
    return [
        ContactLog.from_row(
            row,
            frozenset(member(Level, level) for level in levels[row["id"]]),
            tuple(people[row["id"]]),
        )
        for row in found
    ]


def update_contact_log(store: Store, contact_log_id: int, **changes: Any) -> ContactLog:
    """Change fields of an entry; ``levels`` and ``people`` replace the entry's sets."""
    level_set = _clean_levels(changes.pop("levels")) if "levels" in changes else None
    person_ids = _clean_people(store, changes.pop("people")) if "people" in changes else None
    values = clean(CONTACT_LOG_FIELDS, changes)
    current = get_contact_log(store, contact_log_id)
    merged = {
        "partnership_id": current.partnership_id,
        "organisation_id": current.organisation_id,
        "occurred_on": current.occurred_on,
        "follow_up_on": current.follow_up_on,
        **values,
    }
    _check_entry(store, merged)
    with refusals(), store.write():
        if values:
            rows.update(store, "contact_logs", contact_log_id, row_values(values))
        if level_set is not None:
            queries.replace_levels(store, contact_log_id, sorted(level_set))
        if person_ids is not None:
            queries.replace_people(store, contact_log_id, person_ids)
        if (level_set is not None or person_ids is not None) and not values:
            rows.update(store, "contact_logs", contact_log_id, {})
    return get_contact_log(store, contact_log_id)


def set_follow_up_done(store: Store, contact_log_id: int, done: bool = True) -> ContactLog:
    """Mark an entry's follow-up as done (or not done again)."""
    return update_contact_log(store, contact_log_id, follow_up_done=done)


def delete_contact_log(store: Store, contact_log_id: int) -> Removal:
    """Delete a journal entry (with its levels and people)."""
    with refusals():
        return rows.delete_rows(store, {"contact_logs": [contact_log_id]})


# --- reading the journal --------------------------------------------------------------------


@dataclass(frozen=True)
class JournalFilter:
    """Which entries to show. Every field narrows the journal; None (or empty) means any."""

    partnership_id: int | None = None
    organisation_id: int | None = None
    person_id: int | None = None
    channel: Channel | None = None
    level: Level | None = None
    private: bool | None = None
    since: date | None = None
    until: date | None = None
    #: Words to find in summaries and details (every word must appear; the last may be the
    #: start of a word, as when typing).
    text: str = ""

    def query(self) -> JournalQuery:
        """The store query for this filter."""
        return JournalQuery(
            partnership_id=self.partnership_id,
            organisation_id=self.organisation_id,
            person_id=self.person_id,
            channel=None if self.channel is None else self.channel.value,
            level=None if self.level is None else self.level.value,
            private=self.private,
            since=None if self.since is None else self.since.isoformat(),
            until=None if self.until is None else self.until.isoformat(),
            match=fts_query(self.text),
        )


def fts_query(words: str) -> str | None:
    """An FTS5 query finding entries with all ``words``, the last one possibly unfinished.

    Every word is quoted, so nothing the user types is read as FTS syntax.
    """
    tokens = [token for token in words.replace('"', " ").split() if token]
    if not tokens:
        return None
    quoted = [f'"{token}"' for token in tokens]
    quoted[-1] += "*"
    return " ".join(quoted)


@dataclass(frozen=True)
class JournalEntry:
    """A journal entry as the journal lists it, with names and the words a search found."""

    entry: ContactLog
    partnership_name: str | None
    organisation_name: str | None
    #: The summary and details with found words between MATCH_START and MATCH_END, when searching.
    summary_marked: str | None = None
    details_marked: str | None = None
    people_names: tuple[str, ...] = field(default=())


def journal(
    store: Store,
    journal_filter: JournalFilter = JournalFilter(),
    *,
    limit: int = 200,
    after: JournalEntry | None = None,
) -> list[JournalEntry]:
    """A page of the journal, newest first; pass the last entry of a page as ``after`` for the
    next one."""
    key = None if after is None else (after.entry.occurred_on.isoformat(), after.entry.id)
    found = queries.journal_rows(store, journal_filter.query(), limit=limit, after=key)
    entries = _entry(store, found)
    names = _people_names(store, entries)
    return [
        JournalEntry(
            entry=entry,
            partnership_name=row["partnership_name"],
            organisation_name=row["organisation_name"],
            summary_marked=row["summary_marked"],
            details_marked=row["details_marked"],
            people_names=tuple(names[p] for p in entry.people_ids if p in names),
        )
        for entry, row in zip(entries, found, strict=True)
    ]


def _people_names(store: Store, entries: list[ContactLog]) -> dict[int, str]:
    return queries.person_names(store, {p for entry in entries for p in entry.people_ids})


def journal_count(store: Store, journal_filter: JournalFilter = JournalFilter()) -> int:
    """How many entries the filter selects."""
    return queries.journal_count(store, journal_filter.query())


def partnership_journal(store: Store, partnership_id: int, *, limit: int = 200) -> list[ContactLog]:
    """A partnership's entries, newest first."""
    return [
        item.entry
        for item in journal(store, JournalFilter(partnership_id=partnership_id), limit=limit)
    ]
