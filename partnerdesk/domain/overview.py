"""What the window's sidebar and lists show about the whole database at a glance."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from partnerdesk.domain.records import Organisation, Person
from partnerdesk.store import queries, views
from partnerdesk.store.connection import Store


@dataclass(frozen=True)
class PlaceCounts:
    """How much each place of the window holds."""

    partnerships: int
    organisations: int
    people: int
    journal: int
    #: Open follow-ups due today or earlier.
    follow_ups_due: int
    #: Open follow-ups whose date has passed.
    follow_ups_overdue: int

    @property
    def is_empty(self) -> bool:
        """Whether the database holds nothing yet (a first start)."""
        return not (self.partnerships or self.organisations or self.people or self.journal)


def place_counts(store: Store, today: date) -> PlaceCounts:
    """The counts the sidebar shows, as of ``today``."""
    row = views.place_counts(store, today.isoformat())
    return PlaceCounts(**{name: int(row[name]) for name in PlaceCounts.__dataclass_fields__})


@dataclass(frozen=True)
class OrganisationSummary:
    """An organisation as the organisations list shows it."""

    organisation: Organisation
    people: int
    partnerships: int


def organisation_summaries(store: Store) -> list[OrganisationSummary]:
    """Every organisation with its number of people and partnerships; the user's own first."""
    return [
        OrganisationSummary(Organisation.from_row(row), row["people"], row["partnerships"])
        for row in views.organisation_list_rows(store)
    ]


@dataclass(frozen=True)
class PersonSummary:
    """A person as the people list shows them, with their organisation's name."""

    person: Person
    organisation_name: str | None


def people_summaries(store: Store, organisation_id: int | None = None) -> list[PersonSummary]:
    """Everybody (or one organisation's people) with their organisation's name, by name."""
    return [
        PersonSummary(Person.from_row(row), row["organisation_name"])
        for row in queries.people_rows(store, organisation_id)
    ]


def people_around_partnership(store: Store, partnership_id: int) -> list[PersonSummary]:
    """The people of a partnership's member organisations: partners' people first."""
    return [
        PersonSummary(Person.from_row(row), row["organisation_name"])
        for row in views.member_people_rows(store, partnership_id)
    ]


def history_count(
    store: Store,
    *,
    partnership_id: int | None = None,
    organisation_id: int | None = None,
    person_id: int | None = None,
) -> int:
    """How much recorded history a delete would take with it (entries, memberships, moves).

    The window asks before deleting anything with history; without history, undo is enough.
    """
    if partnership_id is not None:
        return views.partnership_history_count(store, partnership_id)
    if organisation_id is not None:
        return views.organisation_history_count(store, organisation_id)
    if person_id is not None:
        return views.person_entry_count(store, person_id)
    raise TypeError("name the partnership, organisation or person")
