"""Every delete can be undone exactly: the same rows come back with the same ids."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from partnerdesk.domain import journal, organisations, partnerships
from partnerdesk.domain.assessments import delete_assessment
from partnerdesk.domain.portfolio import portfolio
from partnerdesk.domain.undo import restore
from partnerdesk.store import queries
from partnerdesk.store.connection import Store
from partnerdesk.store.rows import Removal
from tests.conftest import TODAY


def _everything(store: Store) -> dict[str, list[tuple]]:
    """Every row of every table, as sorted tuples (link tables have no meaningful row order),
    without ``updated_at``: putting a partnership's kind back is itself a change."""
    return {
        table: sorted(
            tuple(v for k, v in row.items() if k != "updated_at")
            for row in store.query(f"SELECT * FROM {table}")
        )
        for table in queries.DATA_TABLES
    }


def _first_id(store: Store, sql: str) -> int:
    return int(store.scalar(sql))


DELETES: list[tuple[str, Callable[[Store], Removal]]] = [
    (
        "organisation",
        lambda s: organisations.delete_organisation(
            s, _first_id(s, "SELECT id FROM organisations WHERE name = 'Oakmill Flour'")
        ),
    ),
    (
        "organisation only networked with",
        lambda s: organisations.delete_organisation(
            s, _first_id(s, "SELECT id FROM organisations WHERE name LIKE 'Riverside Chamber%'")
        ),
    ),
    (
        "person",
        lambda s: organisations.delete_person(
            s, _first_id(s, "SELECT id FROM people WHERE name = 'Helen Marsh'")
        ),
    ),
    (
        "partnership",
        lambda s: partnerships.delete_partnership(
            s, _first_id(s, "SELECT id FROM partnerships WHERE name = 'Flour Buying Co-op'")
        ),
    ),
    (
        "member",
        lambda s: partnerships.remove_member(
            s, _first_id(s, "SELECT max(id) FROM partnership_members")
        ),
    ),
    (
        "journal entry",
        lambda s: journal.delete_contact_log(s, _first_id(s, "SELECT max(id) FROM contact_logs")),
    ),
    ("assessment", lambda s: delete_assessment(s, _first_id(s, "SELECT min(id) FROM assessments"))),
    (
        "move along the continuum",
        lambda s: partnerships.delete_kind_change(
            s, _first_id(s, "SELECT id FROM partnership_kind_changes WHERE from_kind IS NOT NULL")
        ),
    ),
]


@pytest.mark.parametrize(("what", "delete"), DELETES, ids=[d[0] for d in DELETES])
def test_delete_then_restore_gives_back_the_same_database(
    sample_store: Store, what: str, delete: Callable[[Store], Removal]
) -> None:
    before = _everything(sample_store)
    before_portfolio = portfolio(sample_store, TODAY)
    removal = delete(sample_store)
    assert _everything(sample_store) != before, f"deleting a {what} changed nothing"
    assert queries.integrity_problems(sample_store) == []
    restore(sample_store, removal)
    assert _everything(sample_store) == before
    assert portfolio(sample_store, TODAY) == before_portfolio
    assert queries.integrity_problems(sample_store) == []


def test_deleting_an_organisation_keeps_partnership_journals(sample_store: Store) -> None:
    oakmill = organisations.find_organisation(sample_store, "Oakmill Flour")
    heritage = partnerships.find_partnership(sample_store, "Heritage Grain Programme")
    entries = journal.journal_count(sample_store, journal.JournalFilter(partnership_id=heritage.id))
    removal = organisations.delete_organisation(sample_store, oakmill.id)
    assert removal.count("people") == 3
    assert (
        journal.journal_count(sample_store, journal.JournalFilter(partnership_id=heritage.id))
        == entries
    )
