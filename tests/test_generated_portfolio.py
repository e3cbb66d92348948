"""The benchmark portfolio is exactly what the domain would have written, and realistic.

The generator (tests/benchmarks/generate.py) writes rows in bulk instead of through the domain
functions; these tests hold it to the same rules, on the small size (a hundredth of the large).
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from partnerdesk.domain.assessments import ASSESSMENT_FIELDS
from partnerdesk.domain.fields import Field, clean, row_values
from partnerdesk.domain.journal import CONTACT_LOG_FIELDS
from partnerdesk.domain.organisations import ORGANISATION_FIELDS, PERSON_FIELDS
from partnerdesk.domain.partnerships import (
    CHANGE_FIELDS,
    MEMBER_FIELDS,
    PARTNERSHIP_FIELDS,
    continuum_history,
    list_partnerships,
    stage_history,
    sync_history,
)
from partnerdesk.domain.vocabulary import Channel, Kind, Level, Stage
from partnerdesk.store import queries
from partnerdesk.store.connection import Store, open_store
from tests.benchmarks.generate import (
    BUSIEST,
    BUSIEST_LOG_SHARE,
    FLAGSHIP,
    LARGE,
    LAST_DAY,
    SIZES,
    generate,
)


@pytest.fixture
def small(generated_path: Path, tmp_path: Path) -> Any:
    # Each test gets its own copy: some of them write (and must find nothing to change).
    copy = tmp_path / "copy.partnerdesk"
    copy.write_bytes(generated_path.read_bytes())
    with open_store(copy) as store:
        yield store


def _all(store: Store, table: str) -> list[dict[str, Any]]:
    return store.query(f"SELECT * FROM {table} ORDER BY id")


def test_the_sizes_are_the_ones_asked_for(small: Store) -> None:
    assert SIZES["large"] == LARGE
    assert (LARGE.organisations, LARGE.people, LARGE.partnerships) == (2000, 10_000, 1000)
    assert (LARGE.contact_logs, LARGE.assessments) == (250_000, 40_000)
    size = SIZES["small"]
    counts = queries.table_counts(small)
    assert counts["organisations"] == size.organisations == 20
    assert counts["people"] == size.people == 100
    assert counts["partnerships"] == size.partnerships == 10
    assert counts["contact_logs"] == size.contact_logs == 2500
    assert counts["assessments"] == size.assessments == 400


def test_the_database_passes_every_check_of_the_file(small: Store) -> None:
    # Integrity, foreign keys, and the full-text indexes in step with their tables.
    assert queries.integrity_problems(small) == []


_SPECS: list[tuple[str, dict[str, Field]]] = [
    ("organisations", ORGANISATION_FIELDS),
    ("people", PERSON_FIELDS),
    ("partnerships", PARTNERSHIP_FIELDS),
    ("partnership_members", MEMBER_FIELDS),
    ("partnership_kind_changes", CHANGE_FIELDS),
    ("partnership_stage_changes", CHANGE_FIELDS),
    ("contact_logs", CONTACT_LOG_FIELDS),
    ("assessments", ASSESSMENT_FIELDS),
]


@pytest.mark.parametrize(("table", "spec"), _SPECS, ids=[t for t, _ in _SPECS])
def test_every_value_is_one_the_domain_would_have_stored(
    small: Store, table: str, spec: dict[str, Field]
) -> None:
    for row in _all(small, table):
        given = {key: row[key] for key in spec if key in row}
        # Cleaning normalises (trims, re-dates, maps flags); unchanged means the domain would
        # have written exactly this value.
        assert row_values(clean(spec, given)) == given, f"{table} row {row['id']}"


def test_each_partnership_is_what_its_history_says(small: Store) -> None:
    before = {
        table: _all(small, table)
        for table in ("partnerships", "partnership_kind_changes", "partnership_stage_changes")
    }
    for partnership in list_partnerships(small):
        kinds = continuum_history(small, partnership.id)
        stages = stage_history(small, partnership.id)
        assert kinds[0].from_kind is None and stages[0].from_stage is None
        assert (kinds[-1].to_kind, stages[-1].to_stage) == (partnership.kind, partnership.stage)
        assert stages[0].changed_on == kinds[0].changed_on == partnership.started_on
        if partnership.stage is Stage.ENDED:
            assert partnership.ended_on == stages[-1].changed_on
        sync_history(small, partnership.id)
    after = {table: _all(small, table) for table in before}
    assert after == before, "sync_history found something to put right"


def test_journal_entries_keep_the_rules_of_logging_a_contact(small: Store) -> None:
    members: dict[int, set[int]] = {}
    for row in _all(small, "partnership_members"):
        members.setdefault(row["partnership_id"], set()).add(row["organisation_id"])
    people_org = {row["id"]: row["organisation_id"] for row in _all(small, "people")}
    entries = _all(small, "contact_logs")
    people = queries.people_of(small, [row["id"] for row in entries])
    outsiders = 0
    for row in entries:
        assert row["partnership_id"] is not None or row["organisation_id"] is not None
        if row["follow_up_on"] is not None:
            assert row["follow_up_on"] >= row["occurred_on"]
        if row["channel"] == Channel.NOTE:
            assert row["private"] == 1 and len(people[row["id"]]) <= 1
        around = members.get(row["partnership_id"], set()) | {row["organisation_id"]}
        outsiders += not {people_org[p] for p in people[row["id"]]} <= around
    # Now and then somebody from outside the partnership comes along, but rarely.
    assert 0 < outsiders < len(entries) * 0.05


def test_it_looks_like_ten_years_of_a_real_portfolio(small: Store) -> None:
    partnerships = list_partnerships(small)
    assert {p.kind for p in partnerships} == set(Kind)
    assert {p.stage for p in partnerships} == set(Stage)
    member_counts = Counter(row["partnership_id"] for row in _all(small, "partnership_members"))
    assert all(2 <= n <= 12 for n in member_counts.values())
    entries = _all(small, "contact_logs")
    days = sorted(row["occurred_on"] for row in entries)
    assert days[0] >= (LAST_DAY - timedelta(days=3653)).isoformat()
    assert days[-1] <= LAST_DAY.isoformat()
    assert date.fromisoformat(days[-1]) - date.fromisoformat(days[0]) > timedelta(days=9 * 365)
    assert 0.17 < sum(row["private"] for row in entries) / len(entries) < 0.23
    # Ids follow the order entries were written in: mostly, not always, the order of dates.
    by_id = [row["occurred_on"] for row in entries]
    out_of_order = sum(later < earlier for earlier, later in pairwise(by_id))
    assert 0.02 * len(entries) < out_of_order < 0.3 * len(entries)
    assessments = _all(small, "assessments")
    assert 0.15 < sum(row["private"] for row in assessments) / len(assessments) < 0.25
    details = [len(row["details"]) for row in entries if row["details"]]
    assert min(details) < 300 and max(details) > 2000
    levels = {row["level"] for row in small.query("SELECT level FROM contact_log_levels")}
    assert levels == {level.value for level in Level}
    flagship = queries.partnership_named(small, FLAGSHIP)
    assert flagship is not None
    assert len(queries.assessment_rows(small, flagship["id"])) == SIZES["small"].assessments // 4
    busiest = queries.partnership_named(small, BUSIEST)
    assert busiest is not None
    assert len(queries.assessment_rows(small, busiest["id"])) == SIZES["small"].assessments // 8
    own_entries = sum(row["partnership_id"] == busiest["id"] for row in entries)
    assert own_entries == round(len(entries) * BUSIEST_LOG_SHARE)


def test_the_same_seed_gives_the_same_database(generated_path: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.partnerdesk"
    generate(again, "small")
    with (
        open_store(generated_path, readonly=True) as one,
        open_store(again, readonly=True) as two,
    ):
        assert list(one.conn.iterdump()) == list(two.conn.iterdump())


def test_the_schema_is_exactly_that_of_a_new_database(small: Store, tmp_path: Path) -> None:
    # The search index is built in one pass after loading; its triggers must be back, word
    # for word, so the file goes on keeping the index in step like any other.
    def schema(store: Store) -> dict[str, str]:
        return {
            row["name"]: row["sql"] for row in store.query("SELECT name, sql FROM sqlite_master")
        }

    with open_store(tmp_path / "new.partnerdesk") as new:
        assert schema(small) == schema(new)
