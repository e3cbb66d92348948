"""The sample portfolio: believable, complete, and the same every time."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from partnerdesk.domain import partnerships
from partnerdesk.domain.errors import ValidationError
from partnerdesk.domain.sample import build_sample_portfolio
from partnerdesk.domain.vocabulary import Kind, Stage
from partnerdesk.store import queries
from partnerdesk.store.connection import Store, open_store
from tests.conftest import TODAY


def _dump(store: Store) -> dict[str, list[dict]]:
    return {
        t: [
            {k: v for k, v in row.items() if k not in ("created_at", "updated_at")}
            for row in store.query(f"SELECT * FROM {t} ORDER BY rowid")
        ]
        for t in queries.DATA_TABLES
    }


def test_same_day_same_portfolio(sample_store: Store, tmp_path: Path) -> None:
    with open_store(tmp_path / "again.partnerdesk") as again:
        build_sample_portfolio(again, TODAY)
        assert _dump(again) == _dump(sample_store)


def test_sample_covers_the_model(sample_store: Store) -> None:
    counts = queries.table_counts(sample_store)
    assert 10 <= counts["organisations"] <= 15
    assert 5 <= counts["partnerships"] <= 6
    all_partnerships = partnerships.list_partnerships(sample_store)
    assert {p.kind for p in all_partnerships} == set(Kind)
    assert any(p.stage is Stage.DORMANT for p in all_partnerships)
    moved = [
        p
        for p in all_partnerships
        if [(c.from_kind, c.to_kind) for c in partnerships.continuum_history(sample_store, p.id)]
        == [(None, Kind.CONSORTIUM), (Kind.CONSORTIUM, Kind.JOINT_VENTURE)]
    ]
    assert len(moved) == 1
    first, last = sample_store.query_one(
        "SELECT min(occurred_on) AS first, max(occurred_on) AS last FROM contact_logs"
    ).values()
    assert str(TODAY - timedelta(days=2 * 365)) > first and last <= str(TODAY)
    assert sample_store.scalar("SELECT count(DISTINCT level) FROM contact_log_levels") == 5
    assert {
        r["seniority"]
        for r in sample_store.query(
            "SELECT DISTINCT p.seniority FROM contact_log_people c JOIN people p "
            "ON p.id = c.person_id"
        )
    } >= {"leader", "manager", "professional"}
    assert sample_store.scalar("SELECT count(*) FROM contact_logs WHERE private = 1") > 5
    assert sample_store.scalar("SELECT count(*) FROM assessments WHERE private = 1") > 0
    assert (
        sample_store.scalar(
            "SELECT count(*) FROM contact_logs WHERE follow_up_on > ? AND follow_up_done = 0",
            [TODAY.isoformat()],
        )
        >= 3
    )
    # quarterly assessments for every partnership
    per_partnership = sample_store.query(
        "SELECT partnership_id, count(*) AS n FROM assessments GROUP BY partnership_id"
    )
    assert len(per_partnership) == counts["partnerships"]
    assert queries.integrity_problems(sample_store) == []


def test_sample_goes_only_into_an_empty_database(sample_store: Store) -> None:
    with pytest.raises(ValidationError):
        build_sample_portfolio(sample_store, TODAY)


def test_names_keep_their_capitals_in_summaries(sample_store: Store) -> None:
    names = [row["name"].split()[0] for row in sample_store.query("SELECT name FROM people")]
    summaries = [row["summary"] for row in sample_store.query("SELECT summary FROM contact_logs")]
    for name in names:
        lowered = f" {name.lower()} "
        assert not any(lowered in f" {summary} " for summary in summaries), name
