"""No screen reads a big table whole: every query the screens run is planned through an index.

Each screen's reads are run on the generated ten-year portfolio with every SQL statement
recorded; SQLite's EXPLAIN QUERY PLAN then tells how it would run each one. A full scan of
the journal (or of another table that grows with it) is what makes a screen slow on a decade
of entries while it still feels instant on the sample, so it fails here, before any benchmark.
Plans do not depend on how much data the file holds (PartnerDesk never runs ANALYZE), so the
small portfolio gives the plans the large one gets.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from partnerdesk.domain.assessments import assessments, latest_assessments
from partnerdesk.domain.followups import due_follow_ups, open_follow_ups, overdue_follow_ups
from partnerdesk.domain.integration import integration_series, last_leader_contact
from partnerdesk.domain.journal import (
    JournalFilter,
    get_contact_log,
    journal,
    journal_count,
    partnership_journal,
)
from partnerdesk.domain.organisations import list_organisations, list_people
from partnerdesk.domain.partnerships import (
    continuum_history,
    list_partnerships,
    members,
    memberships,
    stage_history,
)
from partnerdesk.domain.portfolio import attention, portfolio
from partnerdesk.domain.vocabulary import Channel, Level
from partnerdesk.store.connection import Store, open_store
from tests.benchmarks.generate import LAST_DAY

#: Tables that grow with the journal: reading one whole is never acceptable for a screen.
BIG_TABLES = {
    "contact_logs",
    "contact_log_levels",
    "contact_log_people",
    "assessments",
    "partnership_members",
    "partnership_kind_changes",
    "partnership_stage_changes",
}

TODAY = LAST_DAY


@pytest.fixture(scope="module")
def store(generated_path: Path) -> Iterator[Store]:
    with open_store(generated_path, readonly=True) as opened:
        yield opened


def _journal_filters(store: Store) -> list[JournalFilter]:
    first = list_partnerships(store)[0].id
    organisation = members(store, first)[-1].organisation_id
    person = list_people(store, organisation)[0].id
    day = TODAY - timedelta(days=900)
    return [
        JournalFilter(),
        JournalFilter(partnership_id=first),
        JournalFilter(organisation_id=organisation),
        JournalFilter(organisation_id=1),
        JournalFilter(person_id=person),
        JournalFilter(person_id=1),
        JournalFilter(channel=Channel.WORKSHOP),
        JournalFilter(level=Level.CULTURAL),
        JournalFilter(private=True),
        JournalFilter(since=day, until=day + timedelta(days=60)),
        JournalFilter(text="the"),
        JournalFilter(text="s"),
        JournalFilter(text="deliv"),
        JournalFilter(text="zzyzx"),
        JournalFilter(text="price", partnership_id=first),
        JournalFilter(text="order", level=Level.OPERATIONAL, private=False),
        JournalFilter(text="the", person_id=1),
        JournalFilter(channel=Channel.NOTE, private=False),
    ]


def _portfolio(store: Store) -> None:
    attention(portfolio(store, TODAY), TODAY)
    latest_assessments(store, TODAY)


def _journal(store: Store) -> None:
    for chosen in _journal_filters(store):
        # Small pages take every path: rare picks, each window, and past the last window.
        for size in (7, 200):
            page = journal(store, chosen, limit=size)
            if page:
                journal(store, chosen, limit=size, after=page[-1])
        journal_count(store, chosen)


def _follow_ups(store: Store) -> None:
    open_follow_ups(store)
    due_follow_ups(store, TODAY)
    overdue_follow_ups(store, TODAY)


def _partnership(store: Store) -> None:
    for partnership in list_partnerships(store)[:3]:
        members(store, partnership.id)
        continuum_history(store, partnership.id)
        stage_history(store, partnership.id)
        partnership_journal(store, partnership.id)
        assessments(store, partnership.id)
        integration_series(store, partnership.id)
        last_leader_contact(store, partnership.id, TODAY)


def _organisation_and_people(store: Store) -> None:
    for organisation in list_organisations(store)[:3]:
        memberships(store, organisation.id)
        list_people(store, organisation.id)
    list_people(store)
    get_contact_log(store, 1)


SCREENS: dict[str, Callable[[Store], None]] = {
    "portfolio": _portfolio,
    "journal": _journal,
    "follow-ups": _follow_ups,
    "partnership": _partnership,
    "organisation and people": _organisation_and_people,
}


def statements_run(store: Store, screen: Callable[[Store], None]) -> list[str]:
    """Every query ``screen`` runs, with its values filled in."""
    captured: list[str] = []
    store.conn.set_trace_callback(captured.append)
    try:
        screen(store)
    finally:
        store.conn.set_trace_callback(None)
    return [s for s in captured if s.lstrip().upper().startswith(("SELECT", "WITH"))]


#: A table after FROM or JOIN, and the name it goes by in the statement.
_NAMED = re.compile(
    r"\b(?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?"
    r"(?!ON\b|WHERE\b|JOIN\b|LEFT\b|CROSS\b|INDEXED\b|ORDER\b|GROUP\b|LIMIT\b)(\w+))?",
    re.IGNORECASE,
)
#: Plan lines that read a table whole: a scan without an index, an index SQLite builds on the
#: spot (it reads the table to build it), or a Bloom filter (built the same way).
_WHOLE = re.compile(
    r"^(?:SCAN (\w+)(?!.* USING )|(?:SCAN|SEARCH) (\w+) USING AUTOMATIC|BLOOM FILTER ON (\w+))"
)


def full_scans(store: Store, sql: str) -> list[str]:
    """The big tables ``sql`` would read whole, by SQLite's plan."""
    tables = {}
    for table, alias in _NAMED.findall(sql):
        tables[table] = table
        if alias:
            tables[alias] = table
    found = []
    for row in store.conn.execute(f"EXPLAIN QUERY PLAN {sql}"):
        whole = _WHOLE.match(row[3])
        name = next((n for n in whole.groups() if n), None) if whole else None
        if name is not None and tables.get(name) in BIG_TABLES:
            found.append(tables[name])
    return found


@pytest.mark.parametrize("screen", SCREENS, ids=list(SCREENS))
def test_no_screen_reads_a_big_table_whole(store: Store, screen: str) -> None:
    statements = statements_run(store, SCREENS[screen])
    assert statements, "the screen ran no query"
    offenders = {
        " ".join(sql.split())[:300]: scans
        for sql in statements
        if (scans := full_scans(store, sql))
    }
    assert offenders == {}


def test_a_full_scan_of_the_journal_is_caught(store: Store) -> None:
    assert full_scans(store, "SELECT id FROM contact_logs WHERE summary LIKE '%flour%'") == [
        "contact_logs"
    ]
    assert full_scans(
        store,
        "SELECT cl.id FROM partnerships p JOIN contact_logs cl ON cl.channel = p.kind",
    ) == ["contact_logs"]
    assert full_scans(store, "SELECT * FROM contact_logs WHERE id = 3") == []
