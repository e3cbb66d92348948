"""The portfolio at a glance and what needs attention, on the sample portfolio."""

from __future__ import annotations

from datetime import date

from partnerdesk.domain.portfolio import Concern, attention, portfolio
from partnerdesk.domain.vocabulary import Kind, Stage
from partnerdesk.store.connection import Store
from tests.conftest import TODAY


def test_portfolio_lists_every_partnership_with_its_figures(sample_store: Store) -> None:
    rows = {row.name: row for row in portfolio(sample_store, TODAY)}
    assert len(rows) == sample_store.scalar("SELECT count(*) FROM partnerships")
    heritage = rows["Heritage Grain Programme"]
    assert heritage.kind is Kind.VALUE_CHAIN and heritage.stage is Stage.ACTIVE
    assert heritage.partner_names == ("Oakmill Flour",)
    assert heritage.member_count == 2
    latest = sample_store.query_one(
        "SELECT * FROM assessments WHERE partnership_id = ? ORDER BY assessed_on DESC, id DESC",
        [heritage.partnership_id],
    )
    assert latest is not None and heritage.strength is not None
    rated = [
        latest[k]
        for k in ("strategic", "tactical", "operational", "interpersonal", "cultural")
        if latest[k] is not None
    ]
    assert heritage.strength.overall == sum(rated) / len(rated)
    assert heritage.last_contact_on == date.fromisoformat(
        sample_store.scalar(
            "SELECT max(occurred_on) FROM contact_logs "
            "WHERE partnership_id = ? AND channel != 'note'",
            [heritage.partnership_id],
        )
    )
    # a member that left is no longer listed
    assert rows["Riverside Market Collective"].partner_names == ("Northside Coffee Roasters",)


def test_attention_names_the_drifting_partnership_with_reasons(sample_store: Store) -> None:
    items = attention(portfolio(sample_store, TODAY), TODAY)
    reasons = [(a.partnership_name, a.concern) for a in items]
    assert ("Bean There Wholesale", Concern.LEADERS_APART) in reasons
    assert ("Bean There Wholesale", Concern.STRENGTH_FALLING) in reasons
    leaders = next(a for a in items if a.concern is Concern.LEADERS_APART)
    assert leaders.days > 90
    assert leaders.reason() == f"Leaders haven't met for {leaders.days} days"
    falling = next(a for a in items if a.concern is Concern.STRENGTH_FALLING)
    assert falling.reason().startswith("Integration fell from ")
    # dormant partnerships are not nagged about
    assert "Compostable Packaging Pool" not in {name for name, _ in reasons}
    # the threshold is the user's: with a year's patience, the leaders' gap is fine
    relaxed = attention(portfolio(sample_store, TODAY), TODAY, leader_threshold_days=365)
    assert Concern.LEADERS_APART not in {a.concern for a in relaxed}


def test_reasons_can_be_translated(sample_store: Store) -> None:
    items = attention(portfolio(sample_store, TODAY), TODAY)
    german = {
        "Leaders haven't met for {days} days": "Die Leitungen trafen sich seit {days} Tagen nicht"
    }
    translated = items[0].reason(lambda context, text: german.get(text, text))
    assert translated == f"Die Leitungen trafen sich seit {items[0].days} Tagen nicht"


def test_strengths_in_reasons_are_written_as_the_caller_writes_numbers(
    sample_store: Store,
) -> None:
    falling = next(
        a
        for a in attention(portfolio(sample_store, TODAY), TODAY)
        if a.concern is Concern.STRENGTH_FALLING
    )
    assert falling.reason() == "Integration fell from 3.4 to 2.4"
    german = falling.reason(number=lambda value: f"{value:.1f}".replace(".", ","))
    assert german == "Integration fell from 3,4 to 2,4"
