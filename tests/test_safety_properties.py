"""Whatever a user types, the domain layer stores it and gives it back as documented, or refuses
it with a ValidationError naming the field and writes nothing.

Generated values (any Unicode, including lone surrogates, control characters, line breaks of
every kind; dates from year 1 to 9999 and text that only looks like a date; enum keys and
junk; numbers, booleans and digits in other scripts) go through the domain functions. Each test
states the documented rules on its own, as the oracle:

* a one-line field: line breaks and tabs become spaces, the ends are trimmed, empty means none,
  at most 500 characters;
* a multi-line field: line endings become ``\\n``, trailing blank space is trimmed, blank means
  none;
* control characters (other than tab and line breaks) and text that is not valid Unicode are
  refused;
* a date is a date, or ``YYYY-MM-DD`` text of a real date; blank means none.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from partnerdesk.domain import assessments, journal, organisations, partnerships
from partnerdesk.domain.errors import ValidationError
from partnerdesk.domain.vocabulary import Channel, Kind, Level, Seniority, Stage
from partnerdesk.store import queries
from partnerdesk.store.connection import Store, open_memory_store
from tests.conftest import TODAY

settings.register_profile(
    "partnerdesk", max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("partnerdesk")

# --- what users type ------------------------------------------------------------------------

AWKWARD = [
    *"\n\r\t \x00\x07\x1b\x7f\x85\x9f\xa0\u2028\u2029\u200b\u200f\ufeff\u3000\ud800",
    *"😀🥖ا אé漢-_'\"%;*",
    "\r\n",
    "👩\u200d👩\u200d👧",
    "e\u0301",
    "٣",
    "' OR 1=1 --",
]
pieces = st.one_of(st.characters(), st.sampled_from(AWKWARD))
texts = st.one_of(st.none(), st.lists(pieces, max_size=20).map("".join))
characters = st.one_of(st.characters(), st.sampled_from([a for a in AWKWARD if len(a) == 1]))
long_lines = st.text(st.sampled_from(["a", " ", "漢", "\t"]), min_size=495, max_size=505)
lines = st.one_of(texts, long_lines)
iso_texts = st.dates().map(lambda d: f" {d.isoformat()} ")
dates = st.one_of(
    st.none(),
    st.dates(),
    iso_texts,
    st.sampled_from(["", "  ", "2026-02-30", "0000-01-01", "10000-01-01", "31/12/2026", "today"]),
    st.text(characters, max_size=12),
)


class Refused:
    """The oracle's answer for a value the domain must refuse."""

    def __repr__(self) -> str:
        return "REFUSED"


REFUSED: Any = Refused()
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _invalid(value: str) -> bool:
    return bool(_CONTROL.search(value)) or any(0xD800 <= ord(c) <= 0xDFFF for c in value)


def expect_line(value: Any, *, required: bool = False) -> Any:
    if value is not None and _invalid(value):
        return REFUSED
    text = "" if value is None else re.sub(r"\r\n|[\r\n\t\u2028\u2029]", " ", value).strip()
    if not text:
        return REFUSED if required else None
    return REFUSED if len(text) > 500 else text


def expect_text(value: Any) -> Any:
    if value is None:
        return None
    if _invalid(value):
        return REFUSED
    body = value.replace("\r\n", "\n").replace("\r", "\n").rstrip()
    return body if body.strip() else None


def expect_date(value: Any, *, required: bool = False) -> Any:
    if value is None or (isinstance(value, str) and not value.strip()):
        return REFUSED if required else None
    if isinstance(value, date):
        return value
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip(), re.ASCII):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return REFUSED
    return REFUSED


def expect_choice(value: Any, enum: type[Any]) -> Any:
    if value is None or value == "":
        return REFUSED
    try:
        return enum(value)
    except ValueError:
        return REFUSED


def expect_flag(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    return REFUSED


def expect_score(value: Any) -> Any:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return REFUSED
    if isinstance(value, str):
        if not value.strip().isdigit():
            return REFUSED
        try:
            value = int(value.strip())
        except ValueError:
            return REFUSED
    return value if 0 <= value <= 5 else REFUSED


def _first_refused(expected: dict[str, Any]) -> list[str]:
    return [field for field, value in expected.items() if value is REFUSED]


def _snapshot(store: Store) -> dict[str, list[dict[str, Any]]]:
    return {
        table: store.query(f"SELECT * FROM {table} ORDER BY rowid") for table in queries.DATA_TABLES
    }


def _refused(store: Store, refused: list[str], action: Any) -> None:
    """``action`` must raise a ValidationError for one of ``refused``, and write nothing."""
    before = _snapshot(store)
    with pytest.raises(ValidationError) as caught:
        action()
    assert caught.value.field in refused, (caught.value.field, refused)
    assert str(caught.value).endswith(".")
    assert _snapshot(store) == before


# --- organisations and people ---------------------------------------------------------------


@given(name=lines, sector=lines, country=texts, website=texts, notes=texts)
def test_organisations_are_stored_as_typed_or_refused(
    name: Any, sector: Any, country: Any, website: Any, notes: Any
) -> None:
    expected = {
        "name": expect_line(name, required=True),
        "sector": expect_line(sector),
        "country": expect_line(country),
        "website": expect_line(website),
        "notes": expect_text(notes),
    }
    fields = {"sector": sector, "country": country, "website": website, "notes": notes}
    with open_memory_store() as store:
        refused = _first_refused(expected)
        if refused:
            _refused(
                store, refused, lambda: organisations.create_organisation(store, name, **fields)
            )
            return
        made = organisations.create_organisation(store, name, **fields)
        got = organisations.get_organisation(store, made.id)
        assert {key: getattr(got, key) for key in expected} == expected
        assert organisations.find_organisation(store, expected["name"]).id == made.id


@given(name=lines, notes=texts, sector=lines)
def test_editing_an_organisation_changes_it_as_typed_or_not_at_all(
    name: Any, notes: Any, sector: Any
) -> None:
    expected = {
        "name": expect_line(name, required=True),
        "notes": expect_text(notes),
        "sector": expect_line(sector),
    }
    with open_memory_store() as store:
        made = organisations.create_organisation(store, "Oakmill", notes="Kept", sector="Milling")
        refused = _first_refused(expected)
        changes = {"name": name, "notes": notes, "sector": sector}
        if refused:
            _refused(
                store, refused, lambda: organisations.update_organisation(store, made.id, **changes)
            )
            return
        organisations.update_organisation(store, made.id, **changes)
        got = organisations.get_organisation(store, made.id)
        assert {key: getattr(got, key) for key in expected} == expected


seniorities = st.one_of(
    st.sampled_from(Seniority), st.sampled_from([s.value for s in Seniority]), texts
)


@given(name=lines, role_title=lines, seniority=seniorities, email=texts, phone=texts, notes=texts)
def test_people_are_stored_as_typed_or_refused(
    name: Any, role_title: Any, seniority: Any, email: Any, phone: Any, notes: Any
) -> None:
    expected = {
        "name": expect_line(name, required=True),
        "seniority": expect_choice(seniority, Seniority),
        "role_title": expect_line(role_title),
        "email": expect_line(email),
        "phone": expect_line(phone),
        "notes": expect_text(notes),
    }
    with open_memory_store() as store:
        organisation = organisations.create_organisation(store, "Oakmill")
        fields = {
            "organisation_id": organisation.id,
            "role_title": role_title,
            "seniority": seniority,
            "email": email,
            "phone": phone,
            "notes": notes,
        }
        refused = _first_refused(expected)
        if refused:
            _refused(store, refused, lambda: organisations.create_person(store, name, **fields))
            return
        made = organisations.create_person(store, name, **fields)
        got = organisations.get_person(store, made.id)
        assert {key: getattr(got, key) for key in expected} == expected
        assert got.organisation_id == organisation.id


# --- partnerships ---------------------------------------------------------------------------

kinds = st.one_of(st.sampled_from(Kind), st.sampled_from([k.value for k in Kind]), texts)
stages = st.one_of(st.sampled_from(Stage), st.sampled_from([s.value for s in Stage]), texts)


@given(
    name=lines,
    kind=kinds,
    stage=stages,
    purpose=texts,
    notes=texts,
    started_on=dates,
    ended_on=dates,
)
def test_partnerships_are_stored_with_their_history_or_refused(
    name: Any,
    kind: Any,
    stage: Any,
    purpose: Any,
    notes: Any,
    started_on: Any,
    ended_on: Any,
) -> None:
    expected = {
        "name": expect_line(name, required=True),
        "kind": expect_choice(kind, Kind),
        "stage": expect_choice(stage, Stage),
        "purpose": expect_text(purpose),
        "started_on": expect_date(started_on),
        "ended_on": expect_date(ended_on),
        "notes": expect_text(notes),
    }
    start, end = expected["started_on"], expected["ended_on"]
    if start not in (None, REFUSED) and end not in (None, REFUSED) and end < start:
        expected["ended_on"] = REFUSED
    fields = {
        "stage": stage,
        "purpose": purpose,
        "notes": notes,
        "started_on": started_on,
        "ended_on": ended_on,
    }
    with open_memory_store() as store:
        own = organisations.create_organisation(store, "Hearth & Grain", is_self=True)
        refused = _first_refused(expected)
        if refused:
            _refused(
                store,
                refused,
                lambda: partnerships.create_partnership(store, name, kind, today=TODAY, **fields),
            )
            return
        made = partnerships.create_partnership(store, name, kind, today=TODAY, **fields)
        got = partnerships.get_partnership(store, made.id)
        assert {key: getattr(got, key) for key in expected} == expected
        (first_move,) = partnerships.continuum_history(store, made.id)
        assert first_move.to_kind == expected["kind"]
        assert first_move.changed_on == (start or TODAY)
        assert [m.organisation_id for m in partnerships.members(store, made.id)] == [own.id]
        # The same name cannot be taken twice, whatever the case of its ASCII letters.
        taken = expected["name"]
        for again in {taken, taken.swapcase() if taken.isascii() else taken}:
            _refused(
                store,
                ["name"],
                lambda again=again: partnerships.create_partnership(store, again, Kind.CONSORTIUM),
            )


# --- the journal and assessments ------------------------------------------------------------

channels = st.one_of(st.sampled_from(Channel), st.sampled_from([c.value for c in Channel]), texts)
level_values = st.one_of(st.sampled_from(Level), st.sampled_from([lv.value for lv in Level]), texts)
flags = st.one_of(st.booleans(), st.integers(-1, 2), st.sampled_from(["yes", "", None]))


def expect_levels(values: list[Any]) -> Any:
    found = set()
    for value in values:
        if value is None or value == "":
            return REFUSED  # every item must name a level
        try:
            found.add(Level(value))
        except ValueError:
            return REFUSED
    return frozenset(found)


@given(
    summary=lines,
    details=texts,
    occurred_on=dates,
    follow_up_on=dates,
    channel=channels,
    levels=st.lists(level_values, max_size=6),
    private=flags,
)
def test_journal_entries_are_stored_as_typed_or_refused(
    summary: Any,
    details: Any,
    occurred_on: Any,
    follow_up_on: Any,
    channel: Any,
    levels: list[Any],
    private: Any,
) -> None:
    expected = {
        "occurred_on": expect_date(occurred_on, required=True),
        "channel": expect_choice(channel, Channel),
        "summary": expect_line(summary, required=True),
        "details": expect_text(details),
        "private": expect_flag(private),
        "follow_up_on": expect_date(follow_up_on),
        "levels": expect_levels(levels),
    }
    when, follow = expected["occurred_on"], expected["follow_up_on"]
    if when not in (None, REFUSED) and follow not in (None, REFUSED) and follow < when:
        expected["follow_up_on"] = REFUSED
    with open_memory_store() as store:
        partnership = partnerships.create_partnership(store, "Mill", Kind.VALUE_CHAIN)

        def log() -> Any:
            return journal.log_contact(
                store,
                occurred_on=occurred_on,
                summary=summary,
                partnership_id=partnership.id,
                channel=channel,
                details=details,
                levels=levels,
                private=private,
                follow_up_on=follow_up_on,
            )

        refused = _first_refused(expected)
        if refused:
            _refused(store, refused, log)
            return
        made = log()
        got = journal.get_contact_log(store, made.id)
        assert {key: getattr(got, key) for key in expected} == expected
        (listed,) = journal.journal(store, journal.JournalFilter(partnership_id=partnership.id))
        assert listed.entry == got


@given(
    assessed_on=dates,
    scores=st.fixed_dictionaries(
        {
            level: st.one_of(
                st.none(),
                st.integers(-2, 7),
                st.booleans(),
                st.sampled_from(["3", " 4 ", "7", "-1", "x", "", "٣", "²", "5.0"]),
            )
            for level in Level
        }
    ),
    note=texts,
    private=flags,
)
def test_assessments_are_stored_as_typed_or_refused(
    assessed_on: Any, scores: dict[Level, Any], note: Any, private: Any
) -> None:
    expected = {
        "assessed_on": expect_date(assessed_on, required=True),
        "note": expect_text(note),
        "private": expect_flag(private),
        **{level.value: expect_score(value) for level, value in scores.items()},
    }
    with open_memory_store() as store:
        partnership = partnerships.create_partnership(store, "Mill", Kind.VALUE_CHAIN)

        def add() -> Any:
            return assessments.add_assessment(
                store,
                partnership.id,
                assessed_on=assessed_on,
                scores=scores,
                note=note,
                private=private,
            )

        refused = _first_refused(expected)
        if refused:
            _refused(store, refused, add)
            return
        made = add()
        got = assessments.get_assessment(store, made.id)
        assert got.assessed_on == expected["assessed_on"]
        assert (got.note, got.private) == (expected["note"], expected["private"])
        assert {level.value: getattr(got, level.value) for level in Level} == {
            level.value: expected[level.value] for level in Level
        }
