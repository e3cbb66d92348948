"""Bad values are refused with the field and the reason, by the domain and by the schema; nothing
is written."""

from __future__ import annotations

import sqlite3
import sys
from datetime import date
from pathlib import Path

import pytest

from partnerdesk.domain import journal, organisations, partnerships
from partnerdesk.domain._writing import STORE_REASONS
from partnerdesk.domain.assessments import add_assessment
from partnerdesk.domain.errors import ValidationError
from partnerdesk.domain.vocabulary import Kind
from partnerdesk.store import queries, rows
from partnerdesk.store.connection import Store
from partnerdesk.store.errors import ConstraintError

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "packaging"))
import translations

#: Every text marked for translation in the code.
MARKED = set(translations.code_texts())


def _counts(store: Store) -> dict[str, int]:
    return queries.table_counts(store)


@pytest.fixture
def partnership(store: Store) -> partnerships.Partnership:
    org = organisations.create_organisation(store, "Oakmill Flour")
    return partnerships.create_partnership(
        store, "Heritage Grain", Kind.VALUE_CHAIN, members=[(org.id, "Supplier")]
    )


@pytest.mark.parametrize(
    ("make", "field", "words"),
    [
        (lambda s, p: organisations.create_organisation(s, "   "), "name", "required"),
        (lambda s, p: organisations.create_person(s, ""), "name", "required"),
        (
            lambda s, p: organisations.create_person(s, "Ann", seniority="boss"),
            "seniority",
            "not one of",
        ),
        (
            lambda s, p: organisations.create_person(s, "Ann", organisation_id=999),
            "organisation_id",
            "does not exist",
        ),
        (lambda s, p: partnerships.create_partnership(s, "X", "alliance"), "kind", "not one of"),
        (
            lambda s, p: partnerships.create_partnership(s, "X", Kind.CONSORTIUM, stage="asleep"),
            "stage",
            "not one of",
        ),
        (
            lambda s, p: partnerships.create_partnership(s, "heritage grain", Kind.CONSORTIUM),
            "name",
            "already",
        ),
        (
            lambda s, p: partnerships.create_partnership(
                s, "X", Kind.CONSORTIUM, started_on="2026-02-30"
            ),
            "started_on",
            "not a date",
        ),
        (
            lambda s, p: partnerships.create_partnership(
                s, "X", Kind.CONSORTIUM, started_on="2026-03-01", ended_on="2026-01-01"
            ),
            "ended_on",
            "before the start",
        ),
        (lambda s, p: partnerships.add_member(s, p.id, 999), "organisation_id", "does not exist"),
        (
            lambda s, p: journal.log_contact(
                s, occurred_on="yesterday", summary="x", partnership_id=p.id
            ),
            "occurred_on",
            "not a date",
        ),
        (
            lambda s, p: journal.log_contact(
                s, occurred_on=date(2026, 1, 1), summary="  ", partnership_id=p.id
            ),
            "summary",
            "required",
        ),
        (
            lambda s, p: journal.log_contact(s, occurred_on=date(2026, 1, 1), summary="x"),
            "partnership_id",
            "required",
        ),
        (
            lambda s, p: journal.log_contact(
                s, occurred_on=date(2026, 1, 1), summary="x", partnership_id=999
            ),
            "partnership_id",
            "does not exist",
        ),
        (
            lambda s, p: journal.log_contact(
                s, occurred_on=date(2026, 1, 1), summary="x", partnership_id=p.id, channel="fax"
            ),
            "channel",
            "not one of",
        ),
        (
            lambda s, p: journal.log_contact(
                s,
                occurred_on=date(2026, 1, 1),
                summary="x",
                partnership_id=p.id,
                levels=["spiritual"],
            ),
            "levels",
            "not one of",
        ),
        (
            lambda s, p: journal.log_contact(
                s, occurred_on=date(2026, 1, 1), summary="x", partnership_id=p.id, people=[999]
            ),
            "people",
            "does not exist",
        ),
        (
            lambda s, p: journal.log_contact(
                s,
                occurred_on=date(2026, 1, 5),
                summary="x",
                partnership_id=p.id,
                follow_up_on=date(2026, 1, 1),
            ),
            "follow_up_on",
            "before",
        ),
        (
            lambda s, p: journal.log_contact(
                s, occurred_on=date(2026, 1, 5), summary="a\x00b", partnership_id=p.id
            ),
            "summary",
            "control characters",
        ),
        (
            lambda s, p: add_assessment(
                s, p.id, assessed_on=date(2026, 1, 1), scores={"strategic": 6}
            ),
            "strategic",
            "outside 0–5",
        ),
        (
            lambda s, p: add_assessment(
                s, p.id, assessed_on=date(2026, 1, 1), scores={"tactical": -1}
            ),
            "tactical",
            "outside 0–5",
        ),
        (
            lambda s, p: add_assessment(
                s, p.id, assessed_on=date(2026, 1, 1), scores={"cultural": 2.5}
            ),
            "cultural",
            "whole number",
        ),
        (
            lambda s, p: add_assessment(
                s, p.id, assessed_on=date(2026, 1, 1), scores={"spiritual": 3}
            ),
            "level",
            "not a level",
        ),
        (
            lambda s, p: add_assessment(s, 999, assessed_on=date(2026, 1, 1), scores={}),
            "partnership_id",
            "does not exist",
        ),
    ],
)
def test_domain_refuses_bad_values_naming_the_field(
    store: Store, partnership: partnerships.Partnership, make, field: str, words: str
) -> None:
    before = _counts(store)
    with pytest.raises(ValidationError) as caught:
        make(store, partnership)
    assert caught.value.field == field
    assert words in str(caught.value)
    assert _counts(store) == before
    # The reason is a text translators see, its particulars (names, numbers) set apart.
    assert ("Validation", caught.value.template, "") in MARKED


@pytest.mark.parametrize(
    ("table", "values", "field"),
    [
        ("organisations", {"name": ""}, "name"),
        ("organisations", {"name": "A", "is_self": 2}, "is_self"),
        ("people", {"name": "Ann", "seniority": "boss"}, "seniority"),
        ("partnerships", {"name": "X", "kind": "alliance"}, "kind"),
        ("partnerships", {"name": "X", "kind": "consortium", "stage": "asleep"}, "stage"),
        (
            "partnerships",
            {"name": "X", "kind": "consortium", "started_on": "2026-02-30"},
            "started_on",
        ),
        (
            "partnerships",
            {
                "name": "X",
                "kind": "consortium",
                "started_on": "2026-05-01",
                "ended_on": "2026-04-01",
            },
            "ended_on",
        ),
        ("contact_logs", {"occurred_on": "2026-01-01", "summary": "x"}, "partnership_id"),
        (
            "contact_logs",
            {"organisation_id": 1, "occurred_on": "someday", "summary": "x"},
            "occurred_on",
        ),
        (
            "contact_logs",
            {"organisation_id": 1, "occurred_on": "2026-01-01", "summary": "x", "channel": "fax"},
            "channel",
        ),
        (
            "contact_logs",
            {"organisation_id": 1, "occurred_on": "2026-01-01", "summary": "x", "private": 7},
            "private",
        ),
        (
            "assessments",
            {"partnership_id": 1, "assessed_on": "2026-01-01", "strategic": 6},
            "strategic",
        ),
        ("assessments", {"partnership_id": 1, "assessed_on": "2026-01-01", "tactical": "3"}, None),
        (
            "assessments",
            {"partnership_id": 1, "assessed_on": "2026-01-01", "cultural": 2.5},
            "cultural",
        ),
        ("contact_log_levels", {"contact_log_id": 1, "level": "spiritual"}, "level"),
        ("partnership_members", {"partnership_id": 1, "organisation_id": 999}, None),
    ],
)
def test_schema_refuses_bad_values_written_around_the_domain(
    store: Store, partnership: partnerships.Partnership, table: str, values: dict, field: str | None
) -> None:
    rows.insert(
        store,
        "contact_logs",
        {"partnership_id": partnership.id, "occurred_on": "2026-01-01", "summary": "seed"},
    )
    before = _counts(store)
    if table == "assessments" and values.get("tactical") == "3":
        # text that looks like a number is converted by SQLite's affinity: stored as 3
        new_id = rows.insert(store, table, values)
        assert (
            store.scalar("SELECT typeof(tactical) FROM assessments WHERE id = ?", [new_id])
            == "integer"
        )
        return
    with pytest.raises(ConstraintError) as caught:
        rows.insert(store, table, values)
    assert caught.value.field == field
    assert _counts(store) == before
    if not caught.value.reason.startswith("was refused by the database"):
        assert caught.value.reason in STORE_REASONS


def test_only_one_organisation_is_the_users_own(store: Store) -> None:
    first = organisations.create_organisation(store, "Hearth & Grain", is_self=True)
    second = organisations.create_organisation(store, "New Us Ltd", is_self=True)
    assert organisations.my_organisation(store) == organisations.get_organisation(store, second.id)
    assert not organisations.get_organisation(store, first.id).is_self
    with pytest.raises(ConstraintError):
        rows.update(store, "organisations", first.id, {"is_self": 1})


def test_schema_itself_refuses_a_second_own_organisation(db_path, store: Store) -> None:
    rows.insert(store, "organisations", {"name": "Us", "is_self": 1})
    raw = sqlite3.connect(db_path)
    with pytest.raises(sqlite3.IntegrityError):
        raw.execute("INSERT INTO organisations (name, is_self) VALUES ('Also us', 1)")
    raw.close()


def test_text_is_normalised_not_mangled(store: Store) -> None:
    org = organisations.create_organisation(
        store, "  Café\tLumière\n ", notes="Line one\r\nLine two\n\n", website=""
    )
    assert org.name == "Café Lumière"
    assert org.notes == "Line one\nLine two"
    assert org.website is None
