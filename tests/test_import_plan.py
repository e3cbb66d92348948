"""What an import does with each contact, and that it writes exactly that, in one piece."""

from __future__ import annotations

from typing import Any

import pytest

from partnerdesk.domain import organisations
from partnerdesk.domain.vocabulary import Seniority
from partnerdesk.imports.contacts import Contact, ContactFile, Skipped, make_contact
from partnerdesk.imports.plan import (
    Action,
    ImportConflictError,
    Match,
    apply_plan,
    plan_import,
    redo_import,
    undo_import,
)
from partnerdesk.progress import Cancelled
from partnerdesk.store import exchange, queries
from partnerdesk.store.connection import Store
from partnerdesk.store.errors import WriteFailedError
from partnerdesk.store.queries import DATA_TABLES


def _contact(where: str, name: str | None, **values: Any) -> Contact:
    found = make_contact(where, name=name, **values)
    assert isinstance(found, Contact)
    return found


def _file(*contacts: Contact, skipped: tuple[Skipped, ...] = ()) -> ContactFile:
    return ContactFile("vCard", contacts, skipped)


def _state(store: Store, *, ignore: tuple[str, ...] = ()) -> dict[str, Any]:
    tables = {
        table: [
            {k: v for k, v in row.items() if k not in ignore}
            for row in exchange.table_rows(store, table)
        ]
        for table in DATA_TABLES
    }
    return {"tables": tables, "sequences": exchange.sequences(store)}


def _people(store: Store) -> dict[str, dict[str, Any]]:
    return {row["name"]: row for row in queries.people_rows(store)}


def test_new_contacts_become_people_in_their_organisations(store: Store) -> None:
    plan = plan_import(
        store,
        _file(
            _contact("card 1", "Ana Ruiz", organisation="Oakmill", role_title="Managing Director"),
            _contact("card 2", "Ben Carter", organisation="oakmill ", emails=["ben@oak.example"]),
            _contact("card 3", None, organisation="Riverside Market", website="river.example"),
            _contact("card 4", "Cleo Park", organisation="Riverside Market", phone="0161 0000"),
            _contact("card 5", "Dan Loner"),
            skipped=(Skipped("card 6", "it has no name and no organisation"),),
        ),
    )
    assert [item.action for item in plan.items] == [Action.CREATE] * 5
    assert plan.counts() == {
        "people_created": 4,
        "organisations_created": 2,
        "people_merged": 0,
        "organisations_merged": 0,
        "skipped": 1,
    }
    result = apply_plan(store, plan)
    assert len(result.created_people) == 4 and len(result.created_organisations) == 2
    orgs = {row["name"]: row for row in queries.organisation_rows(store)}
    assert set(orgs) == {"Oakmill", "Riverside Market"}
    assert orgs["Riverside Market"]["website"] == "river.example"
    people = _people(store)
    assert people["Ana Ruiz"]["organisation_id"] == orgs["Oakmill"]["id"]
    assert people["Ana Ruiz"]["seniority"] == "leader"
    assert people["Ben Carter"]["organisation_id"] == orgs["Oakmill"]["id"]
    assert people["Cleo Park"]["organisation_id"] == orgs["Riverside Market"]["id"]
    assert people["Dan Loner"]["organisation_id"] is None
    assert people["Dan Loner"]["seniority"] == "other"
    assert queries.integrity_problems(store) == []


def test_same_email_merges_by_filling_in_only_what_is_missing(store: Store) -> None:
    mill = organisations.create_organisation(store, "Oakmill")
    ana = organisations.create_person(
        store, "Ana Ruiz", organisation_id=mill.id, email="Ana@Oakmill.example", notes="Mine"
    )
    plan = plan_import(
        store,
        _file(
            _contact(
                "card 1",
                "Ana R.",
                organisation="Somewhere Else",
                emails=["ana@oakmill.example"],
                role_title="Head of Sales",
                phone="+44 1",
                notes="From the address book",
            )
        ),
    )
    (item,) = plan.items
    assert (item.action, item.match, item.existing_id) == (Action.MERGE, Match.EMAIL, ana.id)
    assert item.existing_name == "Ana Ruiz (Oakmill)"
    assert item.additions == {
        "role_title": "Head of Sales",
        "seniority": Seniority.MANAGER,
        "phone": "+44 1",
    }
    apply_plan(store, plan)
    after = organisations.get_person(store, ana.id)
    assert (after.name, after.email, after.notes) == ("Ana Ruiz", "Ana@Oakmill.example", "Mine")
    assert (after.role_title, after.phone, after.seniority) == (
        "Head of Sales",
        "+44 1",
        Seniority.MANAGER,
    )
    assert after.organisation_id == mill.id
    assert [row["name"] for row in queries.organisation_rows(store)] == ["Oakmill"]


def test_same_name_matches_only_in_the_same_organisation(store: Store) -> None:
    mill = organisations.create_organisation(store, "Oakmill")
    organisations.create_person(store, "Sam Patel", organisation_id=mill.id)
    organisations.create_person(store, "Lee Free")
    plan = plan_import(
        store,
        _file(
            _contact("card 1", "sam  patel", organisation="OAKMILL", phone="1"),
            _contact("card 2", "Sam Patel", organisation="Other Mill", phone="2"),
            _contact("card 3", "Lee Free", phone="3"),
            _contact("card 4", "Lee Free", organisation="Oakmill", phone="4"),
        ),
    )
    actions = [(item.action, item.match) for item in plan.items]
    assert actions == [
        (Action.MERGE, Match.NAME),
        (Action.CREATE, None),
        (Action.MERGE, Match.NAME),
        (Action.CREATE, None),
    ]


def test_a_match_with_nothing_new_is_skipped_with_the_reason(store: Store) -> None:
    organisations.create_person(store, "Ana Ruiz", email="ana@oak.example")
    plan = plan_import(store, _file(_contact("card 1", "Ana Ruiz", emails=["ana@oak.example"])))
    (item,) = plan.items
    assert item.action is Action.SKIP and item.choices == (Action.SKIP,)
    assert "nothing new" in item.reason
    assert not plan.writes_anything


def test_repeats_within_the_file_are_skipped_naming_the_first(store: Store) -> None:
    plan = plan_import(
        store,
        _file(
            _contact("card 1", "Ana Ruiz", emails=["ana@oak.example"]),
            _contact("card 2", "Ana Ruiz-Lopez", emails=["x@y.example", "ANA@oak.example"]),
            _contact("card 3", "Ben Carter", organisation="Oakmill"),
            _contact("card 4", "Ben Carter", organisation="Oakmill"),
            _contact("card 5", None, organisation="Oakmill"),
            _contact("card 6", None, organisation="Oakmill"),
        ),
    )
    reasons = [(item.action, item.reason) for item in plan.items]
    assert reasons[1] == (Action.SKIP, "it repeats card 1 (the same e-mail address)")
    assert reasons[3] == (Action.SKIP, "it repeats card 3 (the same name and organisation)")
    assert reasons[5] == (Action.SKIP, "it repeats card 5")
    apply_plan(store, plan)
    assert sorted(_people(store)) == ["Ana Ruiz", "Ben Carter"]
    assert [row["name"] for row in queries.organisation_rows(store)] == ["Oakmill"]


def test_company_card_matching_an_organisation_fills_in_its_website(store: Store) -> None:
    mill = organisations.create_organisation(store, "Oakmill", country="UK")
    plan = plan_import(
        store,
        _file(_contact("card 1", None, organisation="oakmill", website="oak.example", country="X")),
    )
    (item,) = plan.items
    assert (item.action, item.match, item.additions) == (
        Action.MERGE,
        Match.ORGANISATION,
        {"website": "oak.example"},
    )
    apply_plan(store, plan)
    after = organisations.get_organisation(store, mill.id)
    assert (after.website, after.country) == ("oak.example", "UK")


def test_the_user_chooses_per_item_and_for_all_matches(store: Store) -> None:
    organisations.create_person(store, "Ana Ruiz", email="ana@oak.example")
    plan = plan_import(
        store,
        _file(
            _contact("card 1", "Ana Ruiz", emails=["ana@oak.example"], phone="1"),
            _contact("card 2", "Ben Carter", organisation="Oakmill"),
            _contact("card 3", "Cleo Park", organisation="Oakmill"),
        ),
    )
    with pytest.raises(ValueError, match="card 2 cannot be set to merge"):
        plan.set_action(1, Action.MERGE)
    plan.set_action(1, Action.SKIP)
    plan.set_matches(Action.SKIP)
    assert [item.action for item in plan.items] == [Action.SKIP, Action.SKIP, Action.CREATE]
    assert plan.counts()["organisations_created"] == 1
    apply_plan(store, plan)
    assert sorted(_people(store)) == ["Ana Ruiz", "Cleo Park"]
    assert _people(store)["Ana Ruiz"]["phone"] is None


def _big_plan(store: Store) -> Any:
    organisations.create_person(store, "Ana Ruiz", email="ana@oak.example")
    contacts = [
        _contact(f"card {n}", f"Person {n}", organisation=f"Org {n % 30}") for n in range(2500)
    ]
    contacts.append(_contact("card x", "Ana", emails=["ana@oak.example"], phone="9"))
    return plan_import(store, _file(*contacts))


def test_a_failing_write_leaves_the_database_as_it_was(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = _big_plan(store)
    before = _state(store)

    def disk_full(*args: object) -> int:
        raise WriteFailedError("The disk is full: the change was not saved.")

    monkeypatch.setattr(exchange, "fill_in_people", disk_full)
    with pytest.raises(WriteFailedError):
        apply_plan(store, plan)
    assert _state(store) == before


def test_a_record_gone_since_the_preview_stops_the_whole_import(store: Store) -> None:
    plan = _big_plan(store)
    (ana,) = [p for p in organisations.list_people(store) if p.name == "Ana Ruiz"]
    organisations.delete_person(store, ana.id)
    before = _state(store)
    with pytest.raises(ImportConflictError, match="preview the import again"):
        apply_plan(store, plan)
    assert _state(store) == before


def test_a_cancelled_import_writes_nothing(store: Store) -> None:
    plan = _big_plan(store)
    before = _state(store)
    reports: list[int] = []

    def cancel_midway() -> bool:
        reports.append(1)
        return len(reports) > 2

    with pytest.raises(Cancelled):
        apply_plan(store, plan, cancelled=cancel_midway)
    assert _state(store) == before


def test_undo_and_redo_of_an_import_are_exact(store: Store) -> None:
    plan = _big_plan(store)
    before = _state(store, ignore=("updated_at",))
    result = apply_plan(store, plan)
    after = _state(store, ignore=("updated_at",))
    assert len(result.created_people) == 2500 and len(result.merged_people) == 1
    removal = undo_import(store, result)
    undone = _state(store, ignore=("updated_at",))
    assert undone["tables"] == before["tables"]
    redo_import(store, result, removal)
    assert _state(store, ignore=("updated_at",)) == after
    assert queries.integrity_problems(store) == []
