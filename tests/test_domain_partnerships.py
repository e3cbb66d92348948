"""Partnerships, their members, and their history along the continuum."""

from __future__ import annotations

from datetime import date

import pytest

from partnerdesk.domain import organisations as orgs
from partnerdesk.domain import partnerships as ps
from partnerdesk.domain.errors import NotFoundError, ValidationError
from partnerdesk.domain.vocabulary import Kind, Stage
from partnerdesk.store.connection import Store


@pytest.fixture
def us(store: Store) -> orgs.Organisation:
    return orgs.create_organisation(store, "Hearth & Grain Bakery", is_self=True)


def test_partnership_with_members_and_roles(store: Store, us: orgs.Organisation) -> None:
    mill = orgs.create_organisation(store, "Oakmill Flour")
    cafe = orgs.create_organisation(store, "Bean There Cafés")
    p = ps.create_partnership(
        store,
        "Heritage Grain",
        Kind.VALUE_CHAIN,
        stage=Stage.ACTIVE,
        purpose="Heritage wheat grown to our specification",
        started_on="2025-03-01",
        members=[(mill.id, "Supplier"), (cafe.id, "Customer")],
    )
    members = ps.members(store, p.id)
    assert [(m.organisation_name, m.role, m.is_self) for m in members] == [
        ("Hearth & Grain Bakery", None, True),
        ("Bean There Cafés", "Customer", False),
        ("Oakmill Flour", "Supplier", False),
    ]
    assert ps.find_partnership(store, "heritage grain").id == p.id
    # an organisation can take part in several partnerships, in different roles
    other = ps.create_partnership(
        store, "Café Supply", Kind.VALUE_CHAIN, members=[(mill.id, "Co-supplier")]
    )
    assert [(pp.name, m.role) for pp, m in ps.memberships(store, mill.id)] == [
        ("Café Supply", "Co-supplier"),
        ("Heritage Grain", "Supplier"),
    ]
    assert other.stage is Stage.EXPLORING


def test_member_roles_change_and_members_leave(store: Store, us: orgs.Organisation) -> None:
    mill = orgs.create_organisation(store, "Oakmill Flour")
    p = ps.create_partnership(
        store, "Heritage Grain", Kind.VALUE_CHAIN, members=[(mill.id, "Supplier")]
    )
    member = next(m for m in ps.members(store, p.id) if m.organisation_id == mill.id)
    changed = ps.update_member(
        store, member.id, role="Supplier and co-developer", joined_on=date(2025, 1, 1)
    )
    assert changed.role == "Supplier and co-developer"
    with pytest.raises(ValidationError) as caught:
        ps.update_member(store, member.id, left_on=date(2024, 12, 1))
    assert caught.value.field == "left_on"
    with pytest.raises(ValidationError):
        ps.add_member(store, p.id, mill.id)
    ps.remove_member(store, member.id)
    assert [m.organisation_id for m in ps.members(store, p.id)] == [us.id]


def test_moves_along_the_continuum_make_a_history(store: Store, us: orgs.Organisation) -> None:
    p = ps.create_partnership(
        store, "Market Collective", Kind.CONSORTIUM, started_on=date(2024, 5, 1)
    )
    ps.change_kind(
        store, p.id, Kind.JOINT_VENTURE, on=date(2025, 9, 1), note="Opened the kiosk together"
    )
    assert ps.get_partnership(store, p.id).kind is Kind.JOINT_VENTURE
    history = ps.continuum_history(store, p.id)
    assert [(h.changed_on, h.from_kind, h.to_kind, h.note) for h in history] == [
        (date(2024, 5, 1), None, Kind.CONSORTIUM, None),
        (date(2025, 9, 1), Kind.CONSORTIUM, Kind.JOINT_VENTURE, "Opened the kiosk together"),
    ]
    with pytest.raises(ValidationError):
        ps.change_kind(store, p.id, Kind.JOINT_VENTURE)


def test_history_stays_consistent_when_a_move_is_redated_or_removed(
    store: Store, us: orgs.Organisation
) -> None:
    p = ps.create_partnership(
        store, "Market Collective", Kind.CONSORTIUM, started_on=date(2024, 1, 1)
    )
    first = ps.change_kind(store, p.id, Kind.JOINT_VENTURE, on=date(2024, 6, 1))
    ps.change_kind(store, p.id, Kind.VALUE_CHAIN, on=date(2025, 1, 1))
    # the move to joint venture really happened after the move to value chain
    ps.update_kind_change(store, first.id, changed_on=date(2025, 6, 1))
    history = ps.continuum_history(store, p.id)
    assert [(h.from_kind, h.to_kind) for h in history] == [
        (None, Kind.CONSORTIUM),
        (Kind.CONSORTIUM, Kind.VALUE_CHAIN),
        (Kind.VALUE_CHAIN, Kind.JOINT_VENTURE),
    ]
    assert ps.get_partnership(store, p.id).kind is Kind.JOINT_VENTURE
    ps.delete_kind_change(store, first.id)
    assert ps.get_partnership(store, p.id).kind is Kind.VALUE_CHAIN
    with pytest.raises(ValidationError, match="where the history starts"):
        ps.delete_kind_change(store, ps.continuum_history(store, p.id)[0].id)


def test_stage_changes_and_ending(store: Store, us: orgs.Organisation) -> None:
    p = ps.create_partnership(store, "Packaging Pool", Kind.CONSORTIUM, started_on=date(2024, 1, 1))
    ps.change_stage(store, p.id, Stage.ACTIVE, on=date(2024, 3, 1))
    ps.change_stage(store, p.id, Stage.ENDED, on=date(2026, 2, 1), note="Wound up")
    ended = ps.get_partnership(store, p.id)
    assert ended.stage is Stage.ENDED
    assert ended.ended_on == date(2026, 2, 1)
    assert [s.to_stage for s in ps.stage_history(store, p.id)] == [
        Stage.EXPLORING,
        Stage.ACTIVE,
        Stage.ENDED,
    ]


def test_update_partnership_refuses_kind_and_checks_dates(store: Store) -> None:
    p = ps.create_partnership(
        store, "Packaging Pool", Kind.CONSORTIUM, started_on=date(2024, 1, 1), include_self=False
    )
    with pytest.raises(TypeError):
        ps.update_partnership(store, p.id, kind=Kind.VALUE_CHAIN)
    with pytest.raises(ValidationError) as caught:
        ps.update_partnership(store, p.id, ended_on=date(2023, 1, 1))
    assert caught.value.field == "ended_on"
    updated = ps.update_partnership(store, p.id, purpose="Cheaper boxes", name="Box Pool")
    assert (updated.name, updated.purpose) == ("Box Pool", "Cheaper boxes")
    assert ps.get_partnership(store, p.id).updated_at >= p.updated_at


def test_missing_records_are_reported_by_name(store: Store) -> None:
    with pytest.raises(NotFoundError, match="no partnership called “Nope”"):
        ps.find_partnership(store, "Nope")
    with pytest.raises(NotFoundError):
        ps.get_partnership(store, 42)
