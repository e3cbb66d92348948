"""Organisations, the people in them, and which one is the user's own."""

from __future__ import annotations

from typing import Any

from partnerdesk.domain._writing import not_found, refusals
from partnerdesk.domain.errors import AmbiguousError, NotFoundError, ValidationError
from partnerdesk.domain.fields import choice, clean, flag, line, reference, row_values, spec, text
from partnerdesk.domain.records import Organisation, Person
from partnerdesk.domain.vocabulary import QT_TRANSLATE_NOOP, Seniority
from partnerdesk.store import queries, rows
from partnerdesk.store.connection import Store
from partnerdesk.store.errors import RowNotFoundError
from partnerdesk.store.rows import Removal

ORGANISATION_FIELDS = spec(
    name=line(required=True),
    sector=line(),
    country=line(),
    website=line(),
    notes=text(),
    is_self=flag,
)

PERSON_FIELDS = spec(
    organisation_id=reference(required=False),
    name=line(required=True),
    role_title=line(),
    seniority=choice(Seniority),
    email=line(),
    phone=line(),
    notes=text(),
)


# --- organisations --------------------------------------------------------------------------


def create_organisation(store: Store, name: str, **fields: Any) -> Organisation:
    """Add an organisation. ``is_self=True`` makes it the user's own (and no other one)."""
    values = clean(ORGANISATION_FIELDS, {"name": name, **fields})
    with refusals(), store.write():
        if values.get("is_self"):
            queries.clear_self_flag(store)
        new_id = rows.insert(store, "organisations", row_values(values))
    return get_organisation(store, new_id)


def get_organisation(store: Store, organisation_id: int) -> Organisation:
    """The organisation with this id."""
    try:
        return Organisation.from_row(rows.get(store, "organisations", organisation_id))
    except RowNotFoundError:
        raise not_found("organisations", organisation_id) from None


def update_organisation(store: Store, organisation_id: int, **changes: Any) -> Organisation:
    """Change some fields of an organisation and return it as it is now."""
    values = clean(ORGANISATION_FIELDS, changes)
    with refusals(), store.write():
        if values.get("is_self"):
            queries.clear_self_flag(store)
        rows.update(store, "organisations", organisation_id, row_values(values))
    return get_organisation(store, organisation_id)


def set_my_organisation(store: Store, organisation_id: int | None) -> Organisation | None:
    """Make this organisation the user's own (no other one is), or none when ``None``."""
    with refusals(), store.write():
        queries.clear_self_flag(store)
        if organisation_id is not None:
            try:
                rows.update(store, "organisations", organisation_id, {"is_self": 1})
            except RowNotFoundError:
                raise not_found("organisations", organisation_id) from None
    return None if organisation_id is None else get_organisation(store, organisation_id)


def list_organisations(store: Store) -> list[Organisation]:
    """Every organisation, the user's own first, then by name."""
    return [Organisation.from_row(row) for row in queries.organisation_rows(store)]


def my_organisation(store: Store) -> Organisation | None:
    """The user's own organisation, if it has been set."""
    row = queries.self_organisation_row(store)
    return None if row is None else Organisation.from_row(row)


def find_organisation(store: Store, name: str) -> Organisation:
    """The one organisation called ``name`` (ignoring case)."""
    found = queries.organisations_named(store, name)
    if not found:
        raise NotFoundError(f"There is no organisation called “{name}”.")
    if len(found) > 1:
        raise AmbiguousError(
            f"{len(found)} organisations are called “{name}”.", [row["name"] for row in found]
        )
    return Organisation.from_row(found[0])


def delete_organisation(store: Store, organisation_id: int) -> Removal:
    """Delete an organisation with its people, memberships and the entries only about it.

    Entries about a partnership keep their place in its journal. Returns what was removed, for
    :func:`partnerdesk.domain.undo.restore`.
    """
    with refusals():
        return rows.delete_rows(
            store,
            {
                "organisations": [organisation_id],
                "contact_logs": queries.orphaned_contact_log_ids(store, organisation_id),
            },
        )


# --- people ---------------------------------------------------------------------------------


def _check_organisation(store: Store, values: dict[str, Any]) -> None:
    org = values.get("organisation_id")
    if org is not None and not rows.exists(store, "organisations", org):
        raise ValidationError("organisation_id", QT_TRANSLATE_NOOP("Validation", "does not exist"))


def create_person(store: Store, name: str, **fields: Any) -> Person:
    """Add a person, usually with their ``organisation_id`` and ``seniority``."""
    values = clean(PERSON_FIELDS, {"name": name, "seniority": Seniority.OTHER, **fields})
    _check_organisation(store, values)
    with refusals():
        new_id = rows.insert(store, "people", row_values(values))
    return get_person(store, new_id)


def get_person(store: Store, person_id: int) -> Person:
    """The person with this id."""
    try:
        return Person.from_row(rows.get(store, "people", person_id))
    except RowNotFoundError:
        raise not_found("people", person_id) from None


def update_person(store: Store, person_id: int, **changes: Any) -> Person:
    """Change some fields of a person and return them as they are now."""
    values = clean(PERSON_FIELDS, changes)
    _check_organisation(store, values)
    with refusals():
        rows.update(store, "people", person_id, row_values(values))
    return get_person(store, person_id)


def list_people(store: Store, organisation_id: int | None = None) -> list[Person]:
    """Everybody (or the people of one organisation), by name."""
    return [Person.from_row(row) for row in queries.people_rows(store, organisation_id)]


def find_person(store: Store, name: str, among_organisations: set[int] | None = None) -> Person:
    """The one person called ``name``; among several, the one in ``among_organisations``."""
    found = queries.people_named(store, name)
    if among_organisations is not None and len(found) > 1:
        found = [row for row in found if row["organisation_id"] in among_organisations] or found
    if not found:
        raise NotFoundError(f"There is no person called “{name}”.")
    if len(found) > 1:
        raise AmbiguousError(
            f"{len(found)} people are called “{name}”.",
            [f"{row['name']} ({row['organisation_name'] or 'no organisation'})" for row in found],
        )
    return Person.from_row(found[0])


def delete_person(store: Store, person_id: int) -> Removal:
    """Delete a person (the journal entries they took part in stay)."""
    with refusals():
        return rows.delete_rows(store, {"people": [person_id]})
