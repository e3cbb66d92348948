"""Integration strength over time and the gap since leaders last met."""

from __future__ import annotations

from datetime import date

import pytest

from partnerdesk.domain import journal as jr
from partnerdesk.domain import organisations as orgs
from partnerdesk.domain import partnerships as ps
from partnerdesk.domain.assessments import add_assessment, delete_assessment, update_assessment
from partnerdesk.domain.integration import (
    days_since_leader_contact,
    integration_series,
    integration_strength,
    last_leader_contact,
)
from partnerdesk.domain.vocabulary import Channel, Kind, Level
from partnerdesk.store.connection import Store


@pytest.fixture
def pid(store: Store) -> int:
    orgs.create_organisation(store, "Hearth & Grain", is_self=True)
    mill = orgs.create_organisation(store, "Oakmill Flour")
    return ps.create_partnership(
        store, "Heritage Grain", Kind.VALUE_CHAIN, members=[(mill.id, "Supplier")]
    ).id


def test_strength_is_the_mean_of_rated_levels_of_the_latest_assessment(
    store: Store, pid: int
) -> None:
    add_assessment(
        store,
        pid,
        assessed_on=date(2026, 1, 1),
        scores={"strategic": 2, "tactical": 2, "operational": 3, "interpersonal": 1, "cultural": 2},
    )
    add_assessment(
        store,
        pid,
        assessed_on=date(2026, 4, 1),
        scores={"strategic": 4, "tactical": 3, "operational": None, "interpersonal": 5},
    )
    assert integration_strength(store, pid, date(2025, 12, 31)) is None
    january = integration_strength(store, pid, date(2026, 3, 31))
    assert january is not None and january.overall == pytest.approx(2.0)
    april = integration_strength(store, pid, date(2026, 4, 1))
    assert april is not None
    assert april.overall == pytest.approx(4.0)  # (4 + 3 + 5) / 3: unrated levels don't count
    assert april.levels[Level.OPERATIONAL] is None
    assert april.levels[Level.INTERPERSONAL] == 5
    assert april.on == date(2026, 4, 1)


def test_series_has_one_point_per_date_and_follows_edits(store: Store, pid: int) -> None:
    a = add_assessment(store, pid, assessed_on=date(2026, 1, 1), scores={"strategic": 1})
    add_assessment(store, pid, assessed_on=date(2026, 1, 1), scores={"strategic": 3})
    b = add_assessment(store, pid, assessed_on=date(2026, 7, 1), scores={"strategic": 5})
    series = integration_series(store, pid)
    assert [(s.on, s.overall) for s in series] == [(date(2026, 1, 1), 3.0), (date(2026, 7, 1), 5.0)]
    update_assessment(store, b.id, scores={"strategic": 2})
    delete_assessment(store, a.id)
    assert [s.overall for s in integration_series(store, pid)] == [3.0, 2.0]


def test_nothing_rated_means_no_strength(store: Store, pid: int) -> None:
    add_assessment(store, pid, assessed_on=date(2026, 1, 1), scores={}, note="Too early to say")
    strength = integration_strength(store, pid, date(2026, 2, 1))
    assert strength is not None and strength.overall is None


def test_days_since_leaders_met_counts_only_strategic_contacts_with_a_partner_leader(
    store: Store, pid: int
) -> None:
    us = orgs.my_organisation(store)
    assert us is not None
    mill = orgs.find_organisation(store, "Oakmill Flour")
    helen = orgs.create_person(store, "Helen Marsh", organisation_id=mill.id, seniority="leader")
    jamie = orgs.create_person(store, "Jamie Fox", organisation_id=mill.id, seniority="manager")
    maya = orgs.create_person(store, "Maya", organisation_id=us.id, seniority="leader")
    outsider_org = orgs.create_organisation(store, "Chamber of Commerce")
    outsider = orgs.create_person(
        store, "Joan", organisation_id=outsider_org.id, seniority="leader"
    )
    today = date(2026, 11, 23)
    assert days_since_leader_contact(store, pid, today) is None

    def log(day: date, levels: list[str], people: list[int], channel: str = "meeting") -> None:
        jr.log_contact(
            store,
            occurred_on=day,
            summary="x",
            partnership_id=pid,
            levels=levels,
            people=people,
            channel=channel,
        )

    log(date(2026, 6, 1), ["strategic"], [helen.id])  # counts
    log(date(2026, 9, 1), ["tactical"], [helen.id])  # not strategic
    log(date(2026, 10, 1), ["strategic"], [jamie.id])  # not a leader
    log(date(2026, 10, 5), ["strategic"], [maya.id])  # our own leader, not the partner's
    log(date(2026, 10, 9), ["strategic"], [outsider.id])  # a leader, but not of a member
    log(date(2026, 10, 12), ["strategic"], [helen.id], channel=Channel.NOTE)  # a reflection
    log(date(2026, 12, 1), ["strategic"], [helen.id])  # after today
    assert last_leader_contact(store, pid, today) == date(2026, 6, 1)
    assert days_since_leader_contact(store, pid, today) == 175
