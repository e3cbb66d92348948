"""The reminder to assess an active partnership that has gone too long without an assessment."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from partnerdesk.domain import organisations as orgs
from partnerdesk.domain import partnerships as ps
from partnerdesk.domain.assessments import add_assessment
from partnerdesk.domain.portfolio import (
    DEFAULT_ASSESSMENT_INTERVAL_DAYS,
    Concern,
    assessment_reminder,
    attention,
    portfolio,
)
from partnerdesk.domain.vocabulary import Kind, Stage
from partnerdesk.store.connection import Store
from tests.conftest import TODAY


def _due(store: Store, today: date, **options: int) -> dict[str, str]:
    return {
        item.partnership_name: item.reason()
        for item in attention(portfolio(store, today), today, **options)
        if item.concern is Concern.ASSESSMENT_DUE
    }


@pytest.fixture
def mill(store: Store) -> int:
    orgs.create_organisation(store, "Hearth & Grain", is_self=True)
    return ps.create_partnership(
        store, "Heritage Grain", Kind.VALUE_CHAIN, stage=Stage.ACTIVE, started_on=date(2025, 1, 1)
    ).id


def test_the_default_interval_is_six_months() -> None:
    assert 180 <= DEFAULT_ASSESSMENT_INTERVAL_DAYS <= 184


def test_due_only_after_the_interval_since_the_last_assessment(store: Store, mill: int) -> None:
    add_assessment(store, mill, assessed_on=date(2026, 1, 1), scores={"strategic": 3})
    interval = DEFAULT_ASSESSMENT_INTERVAL_DAYS
    on_time = date(2026, 1, 1) + timedelta(days=interval)
    assert _due(store, on_time) == {}
    late = on_time + timedelta(days=1)
    assert _due(store, late) == {"Heritage Grain": f"Not assessed for {interval + 1} days"}
    # the user's own interval applies
    assert _due(store, late, assessment_interval_days=interval + 30) == {}
    assert _due(store, date(2026, 3, 1), assessment_interval_days=30) == {
        "Heritage Grain": "Not assessed for 59 days"
    }


def test_a_fresh_assessment_clears_it_and_a_future_one_does_not(store: Store, mill: int) -> None:
    add_assessment(store, mill, assessed_on=date(2025, 3, 1), scores={"tactical": 2})
    today = date(2026, 1, 1)
    add_assessment(store, mill, assessed_on=date(2026, 3, 1), scores={"tactical": 3})
    assert "Heritage Grain" in _due(store, today)  # an assessment dated later doesn't count yet
    add_assessment(store, mill, assessed_on=today, scores={"tactical": 3})
    assert _due(store, today) == {}


def test_never_assessed_is_due_once_it_has_run_longer_than_the_interval(
    store: Store, mill: int
) -> None:
    started = date(2025, 1, 1)
    interval = DEFAULT_ASSESSMENT_INTERVAL_DAYS
    assert _due(store, started + timedelta(days=interval)) == {}
    assert _due(store, started + timedelta(days=interval + 1)) == {
        "Heritage Grain": "Never assessed"
    }
    # without a start date nobody can tell how long it has run: it is due at once
    ps.create_partnership(store, "Market Stall", Kind.CONSORTIUM, stage=Stage.ACTIVE)
    assert "Market Stall" in _due(store, date.today())


@pytest.mark.parametrize("stage", [Stage.EXPLORING, Stage.FORMING, Stage.DORMANT, Stage.ENDED])
def test_only_active_partnerships_are_reminded(store: Store, mill: int, stage: Stage) -> None:
    ps.change_stage(store, mill, stage, on=date(2025, 6, 1))
    assert _due(store, date(2027, 1, 1)) == {}
    assert assessment_reminder(mill, "x", stage, None, None, date(2027, 1, 1)) is None


def test_the_sample_portfolio_is_up_to_date(sample_store: Store) -> None:
    # every active sample partnership was assessed within the last quarter...
    assert _due(sample_store, TODAY) == {}
    # ...and half a year later all of them are due, but not the dormant or forming ones
    later = TODAY + timedelta(days=200)
    assert set(_due(sample_store, later)) == {
        "Flour Buying Co-op",
        "Riverside Market Collective",
        "Heritage Grain Programme",
        "Bean There Wholesale",
    }
