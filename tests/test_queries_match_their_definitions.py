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

from partnerdesk.domain.journal import JournalEntry, JournalFilter, journal
from partnerdesk.domain.organisations import list_organisations, list_people
from partnerdesk.domain.partnerships import list_partnerships, members
from partnerdesk.domain.vocabulary import Channel, Level, Seniority
from partnerdesk.store import queries
from partnerdesk.store.connection import Store, open_store
from tests.benchmarks.generate import LAST_DAY, generate

EVERYTHING = 10**9


@pytest.fixture(scope="module")
def portfolio(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path: Path = tmp_path_factory.mktemp("generated") / "small.partnerdesk"
    generate(path, "small")
    with open_store(path, readonly=True) as store:
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
