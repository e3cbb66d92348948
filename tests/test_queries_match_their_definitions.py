"""Queries rewritten for speed still answer exactly what their definitions say.

Each test computes the answer the slow, obvious way (in Python, from every record) on the
generated small portfolio (ten years, every kind of record) and compares it with the store's
query. The portfolio is built once for the module and only read.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from partnerdesk.domain.journal import (
    MATCH_END,
    MATCH_START,
    JournalEntry,
    JournalFilter,
    journal,
    journal_count,
)
from partnerdesk.domain.organisations import list_organisations, list_people
from partnerdesk.domain.partnerships import list_partnerships, members
from partnerdesk.domain.vocabulary import Channel, Level, Seniority
from partnerdesk.store import queries
from partnerdesk.store.connection import Store, open_store
from tests.benchmarks.generate import LAST_DAY

EVERYTHING = 10**9


@pytest.fixture(scope="module")
def portfolio(generated_path: Path) -> Iterator[Store]:
    with open_store(generated_path, readonly=True) as store:
        yield store


def _all_entries(store: Store) -> list[JournalEntry]:
    return journal(store, JournalFilter(), limit=EVERYTHING)


def _leader_contacts_by_definition(store: Store) -> list[tuple[int, date]]:
    """Every (partnership, date) of a strategic contact with a leader of a partner."""
    people = {person.id: person for person in list_people(store)}
    own = {org.id for org in list_organisations(store) if org.is_self}
    member_orgs = {
        p.id: {m.organisation_id for m in members(store, p.id)} for p in list_partnerships(store)
    }
    found: list[tuple[int, date]] = []
    for item in _all_entries(store):
        entry = item.entry
        pid = entry.partnership_id
        if pid is None or entry.channel is Channel.NOTE:
            continue
        if Level.STRATEGIC not in entry.levels:
            continue
        leaders = [
            people[p]
            for p in entry.people_ids
            if people[p].seniority is Seniority.LEADER
            and people[p].organisation_id not in own
            and people[p].organisation_id in member_orgs[pid]
        ]
        if leaders:
            found.append((pid, entry.occurred_on))
    return found


def _latest_by(contacts: list[tuple[int, date]], on: date) -> dict[int, str]:
    latest: dict[int, str] = {}
    for pid, day in contacts:
        if day <= on:
            latest[pid] = max(latest.get(pid, ""), day.isoformat())
    return latest


def test_last_leader_contacts(portfolio: Store) -> None:
    contacts = _leader_contacts_by_definition(portfolio)
    assert contacts, "the portfolio should have leaders meeting"
    # Every month of the decade: the answer changes as contacts happen and partnerships start.
    for months_ago in range(0, 121):
        on = LAST_DAY - timedelta(days=30 * months_ago)
        expected = _latest_by(contacts, on)
        assert queries.last_leader_contacts(portfolio, on.isoformat()) == expected, on
    on = LAST_DAY - timedelta(days=365 * 4)
    expected = _latest_by(contacts, on)
    for partnership in list_partnerships(portfolio):
        one = queries.last_leader_contacts(portfolio, on.isoformat(), partnership.id)
        assert one == (
            {partnership.id: expected[partnership.id]} if partnership.id in expected else {}
        )


# --- the journal ----------------------------------------------------------------------------


def _journal_by_definition(store: Store, chosen: JournalFilter) -> list[int]:
    """The ids of the entries ``chosen`` selects, newest first, from every row read plainly."""
    rows = store.query("SELECT * FROM contact_logs")
    levels = queries.levels_of(store, [row["id"] for row in rows])
    people = queries.people_of(store, [row["id"] for row in rows])
    works_at = {row["id"]: row["organisation_id"] for row in store.query("SELECT * FROM people")}
    matching = None
    if chosen.text:
        match = chosen.query().match
        matching = {
            row["rowid"]
            for row in store.query(
                "SELECT rowid FROM contact_logs_fts WHERE contact_logs_fts MATCH ?", [match]
            )
        }

    def selected(row: dict[str, object]) -> bool:
        entry_id = row["id"]
        assert isinstance(entry_id, int)
        checks = [
            chosen.partnership_id is None or row["partnership_id"] == chosen.partnership_id,
            chosen.organisation_id is None
            or row["organisation_id"] == chosen.organisation_id
            or any(works_at[p] == chosen.organisation_id for p in people[entry_id]),
            chosen.person_id is None or chosen.person_id in people[entry_id],
            chosen.channel is None or row["channel"] == chosen.channel,
            chosen.level is None or chosen.level in levels[entry_id],
            chosen.private is None or row["private"] == int(chosen.private),
            chosen.since is None or str(row["occurred_on"]) >= chosen.since.isoformat(),
            chosen.until is None or str(row["occurred_on"]) <= chosen.until.isoformat(),
            matching is None or entry_id in matching,
        ]
        return all(checks)

    found = [row for row in rows if selected(row)]
    found.sort(key=lambda row: (row["occurred_on"], row["id"]), reverse=True)
    return [row["id"] for row in found]


def _busiest(store: Store, sql: str) -> int:
    value = store.scalar(sql)
    assert isinstance(value, int)
    return value


def _filters(store: Store) -> dict[str, JournalFilter]:
    partnerships = [p.id for p in list_partnerships(store)]
    busy_person = _busiest(
        store,
        "SELECT person_id FROM contact_log_people GROUP BY person_id ORDER BY count(*) DESC",
    )
    rare_person = _busiest(
        store, "SELECT person_id FROM contact_log_people GROUP BY person_id ORDER BY count(*)"
    )
    organisation = _busiest(
        store,
        "SELECT organisation_id FROM partnership_members WHERE organisation_id != 1 "
        "GROUP BY organisation_id ORDER BY count(*) DESC",
    )
    day = LAST_DAY - timedelta(days=1500)
    return {
        "everything": JournalFilter(),
        "first partnership": JournalFilter(partnership_id=partnerships[0]),
        "last partnership": JournalFilter(partnership_id=partnerships[-1]),
        "organisation": JournalFilter(organisation_id=organisation),
        "our own organisation": JournalFilter(organisation_id=1),
        "busy person": JournalFilter(person_id=busy_person),
        "rare person": JournalFilter(person_id=rare_person),
        "channel": JournalFilter(channel=Channel.WORKSHOP),
        "level": JournalFilter(level=Level.CULTURAL),
        "private": JournalFilter(private=True),
        "not private": JournalFilter(private=False),
        "dates": JournalFilter(since=day, until=day + timedelta(days=90)),
        "common word": JournalFilter(text="the"),
        "word being typed": JournalFilter(text="deliv"),
        "one letter": JournalFilter(text="s"),
        "two words": JournalFilter(text="late pay"),
        "rare word": JournalFilter(text="exclusivity greenway"),
        "no such word": JournalFilter(text="zzyzx"),
        "words in a partnership": JournalFilter(text="price", partnership_id=partnerships[0]),
        "words and a level": JournalFilter(text="order", level=Level.OPERATIONAL),
        "words of a person": JournalFilter(text="the", person_id=busy_person),
        "words about an organisation": JournalFilter(text="a", organisation_id=organisation),
        "person and channel": JournalFilter(person_id=busy_person, channel=Channel.CALL),
        "organisation, private": JournalFilter(organisation_id=organisation, private=True),
        "partnership, level, channel": JournalFilter(
            partnership_id=partnerships[0], level=Level.STRATEGIC, channel=Channel.MEETING
        ),
        "nothing at all": JournalFilter(channel=Channel.NOTE, private=False),
    }


@pytest.mark.parametrize("page_size", [7, 200])
def test_journal_pages_hold_exactly_the_filtered_entries_newest_first(
    portfolio: Store, page_size: int
) -> None:
    for name, chosen in _filters(portfolio).items():
        expected = _journal_by_definition(portfolio, chosen)
        seen: list[int] = []
        after = None
        while True:
            page = journal(portfolio, chosen, limit=page_size, after=after)
            seen += [item.entry.id for item in page]
            if len(page) < page_size:
                break
            after = page[-1]
        assert seen == expected, name
        assert journal_count(portfolio, chosen) == len(expected), name


def test_found_words_are_marked_in_every_entry_of_a_page(portfolio: Store) -> None:
    for text in ("the", "deliv", "s", "late pay", "exclusivity greenway"):
        page = journal(portfolio, JournalFilter(text=text), limit=50)
        assert page, text
        for item in page:
            marked = (item.summary_marked or "") + (item.details_marked or "")
            assert MATCH_START in marked, (text, item.entry.id)
            assert item.summary_marked is not None
            plain = item.summary_marked.replace(MATCH_START, "").replace(MATCH_END, "")
            assert plain == item.entry.summary
    unmarked = journal(portfolio, JournalFilter(partnership_id=1), limit=5)
    assert all(item.summary_marked is None for item in unmarked)
