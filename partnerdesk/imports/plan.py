"""From contacts read from a file to what the import will do, and then doing exactly that.

:func:`plan_import` compares every contact with the database and with the contacts before it
in the file, and decides what would happen to it:

* **create** a new person (and their organisation, if it is not there yet) or, for a company
  card, a new organisation;
* **merge** it into the record it matches: a person with the same e-mail address, or with the
  same name in the same organisation; an organisation with the same name. Merging only fills
  in what the record lacks (organisation, role, e-mail, phone, notes, a seniority other than
  "other"); it never overwrites what the user typed;
* **skip** it: the user chose to, it matches a record and adds nothing new, or it repeats a
  contact earlier in the same file.

The user may change the action of each item in the preview (:meth:`ImportPlan.set_action`).
:func:`apply_plan` then writes the plan in one transaction, in bulk (``executemany``): all of
it or, when anything fails or the user cancels, nothing. :func:`undo_import` and
:func:`redo_import` take a finished import back and bring it back, ids included.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from partnerdesk.domain.errors import PartnerDeskError
from partnerdesk.domain.phrases import Phrase
from partnerdesk.domain.vocabulary import QT_TRANSLATE_NOOP, Seniority
from partnerdesk.imports.contacts import Contact, ContactFile, Skipped
from partnerdesk.imports.errors import said
from partnerdesk.progress import CancelCheck, Progress, Steps
from partnerdesk.store import exchange, rows
from partnerdesk.store.connection import Store
from partnerdesk.store.rows import Removal

_CHUNK = 1000


class Action(StrEnum):
    """What the import does with one contact."""

    CREATE = "create"
    MERGE = "merge"
    SKIP = "skip"

    @property
    def label(self) -> str:
        return _ACTION_LABELS[self]


_ACTION_LABELS = {
    Action.CREATE: QT_TRANSLATE_NOOP("Action", "Create"),
    Action.MERGE: QT_TRANSLATE_NOOP("Action", "Merge"),
    Action.SKIP: QT_TRANSLATE_NOOP("Action", "Skip"),
}


class Match(StrEnum):
    """Why a contact is taken to be a record already in the database."""

    EMAIL = "email"
    NAME = "name"
    ORGANISATION = "organisation"

    @property
    def label(self) -> str:
        return _MATCH_LABELS[self]


_MATCH_LABELS = {
    Match.EMAIL: QT_TRANSLATE_NOOP("Match", "same e-mail address"),
    Match.NAME: QT_TRANSLATE_NOOP("Match", "same name in the same organisation"),
    Match.ORGANISATION: QT_TRANSLATE_NOOP("Match", "an organisation of the same name"),
}

#: The fields a merge may fill in, in the order they are shown.
PERSON_FIELDS = ("organisation", "role_title", "seniority", "email", "phone", "notes")
ORGANISATION_FIELDS = ("website", "country", "notes")


class ImportConflictError(PartnerDeskError):
    """The database changed between the preview and the import; nothing was written.

    Its one argument is a :class:`Phrase`."""


#: Why the plan skips a contact the database already holds in full.
_NOTHING_NEW = QT_TRANSLATE_NOOP("Import", "it is already there, with nothing new to add")


@dataclass
class PlanItem:
    """One contact of the file and what the import does with it."""

    contact: Contact
    action: Action
    #: Why it matches a record already there (None when it does not).
    match: Match | None = None
    #: The id and name of the record it matches.
    existing_id: int | None = None
    existing_name: str | None = None
    #: What a merge would fill in, field by field (see PERSON_FIELDS / ORGANISATION_FIELDS).
    additions: dict[str, Any] = field(default_factory=dict)
    #: Why it is skipped when the plan itself skips it (a repeat, nothing new to add).
    reason: Phrase | str = ""
    #: For a person: the id of the existing organisation they belong to (None if new or none).
    organisation_id: int | None = None

    @property
    def is_organisation(self) -> bool:
        """True for a company card: an organisation on its own."""
        return self.contact.is_organisation

    @property
    def choices(self) -> tuple[Action, ...]:
        """The actions the user may choose for it."""
        if self.reason and self.match is None:
            return (Action.SKIP,)  # a repeat within the file
        if self.match is None:
            return (Action.CREATE, Action.SKIP)
        return (Action.MERGE, Action.SKIP) if self.additions else (Action.SKIP,)


@dataclass
class ImportPlan:
    """What an import will do, item by item; the preview shows it and the user adjusts it."""

    source: ContactFile
    items: list[PlanItem]

    @property
    def skipped(self) -> tuple[Skipped, ...]:
        """Records of the file that could not be used at all, with the reason."""
        return self.source.skipped

    def set_action(self, index: int, action: Action) -> None:
        """Choose what happens to item ``index``; refuses an action it does not allow."""
        item = self.items[index]
        if action not in item.choices:
            raise ValueError(f"{item.contact.where} cannot be set to {action.value}")
        item.action = action

    def set_matches(self, action: Action) -> None:
        """Merge (where there is something to add) or skip every match at once."""
        for item in self.items:
            if item.match is not None and action in item.choices:
                item.action = action

    def new_organisations(self) -> dict[str, dict[str, Any]]:
        """The organisations the import will create, by name in lower case, with their values."""
        made: dict[str, dict[str, Any]] = {}
        for item in self.items:
            contact = item.contact
            if item.is_organisation and item.action is Action.CREATE:
                made[_folded(contact.organisation)] = {
                    "name": contact.organisation,
                    "website": contact.website,
                    "country": contact.country,
                    "notes": contact.notes,
                }
        for item in self.items:
            if item.is_organisation or item.organisation_id is not None:
                continue
            joins = item.action is Action.CREATE or (
                item.action is Action.MERGE and "organisation" in item.additions
            )
            name = item.contact.organisation
            if joins and name and _folded(name) not in made:
                made[_folded(name)] = {
                    "name": name,
                    "website": None,
                    "country": None,
                    "notes": None,
                }
        return made

    def counts(self) -> dict[str, int]:
        """How many people and organisations are created and merged, and how many skipped."""
        people = [item for item in self.items if not item.is_organisation]
        companies = [item for item in self.items if item.is_organisation]
        return {
            "people_created": sum(item.action is Action.CREATE for item in people),
            "organisations_created": len(self.new_organisations()),
            "people_merged": sum(item.action is Action.MERGE for item in people),
            "organisations_merged": sum(item.action is Action.MERGE for item in companies),
            "skipped": sum(item.action is Action.SKIP for item in self.items)
            + len(self.source.skipped),
        }

    @property
    def writes_anything(self) -> bool:
        """Whether applying the plan would change the database."""
        return any(item.action is not Action.SKIP for item in self.items)


def _folded(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def _person_label(name: str, organisation: str | None) -> str:
    return f"{name} ({organisation})" if organisation else name


def plan_import(store: Store, source: ContactFile) -> ImportPlan:
    """Decide what to do with every contact of ``source``, comparing with the database."""
    organisations: dict[str, dict[str, Any]] = {}
    organisation_names: dict[int, str] = {}
    for row in exchange.organisations_for_matching(store):
        organisations.setdefault(_folded(row["name"]), row)
        organisation_names[row["id"]] = row["name"]
    by_email: dict[str, dict[str, Any]] = {}
    by_name: dict[tuple[str, int | None], dict[str, Any]] = {}
    for row in exchange.people_for_matching(store):
        if row["email"]:
            by_email.setdefault(row["email"].casefold(), row)
        by_name.setdefault((_folded(row["name"]), row["organisation_id"]), row)

    seen_emails: dict[str, Contact] = {}
    seen_names: dict[tuple[str, str], Contact] = {}
    seen_organisations: dict[str, Contact] = {}
    items: list[PlanItem] = []
    for contact in source.contacts:
        if contact.is_organisation:
            items.append(_organisation_item(contact, organisations, seen_organisations))
            continue
        org_row = organisations.get(_folded(contact.organisation)) if contact.organisation else None
        earlier = next(
            (seen_emails[e.casefold()] for e in contact.emails if e.casefold() in seen_emails),
            None,
        )
        why = QT_TRANSLATE_NOOP("Import", "it repeats %1 (the same e-mail address)")
        if earlier is None:
            earlier = seen_names.get((_folded(contact.name), _folded(contact.organisation)))
            why = QT_TRANSLATE_NOOP("Import", "it repeats %1 (the same name and organisation)")
        for email in contact.emails:
            seen_emails.setdefault(email.casefold(), contact)
        seen_names.setdefault((_folded(contact.name), _folded(contact.organisation)), contact)
        org_id = None if org_row is None else int(org_row["id"])
        if earlier is not None:
            items.append(
                PlanItem(
                    contact,
                    Action.SKIP,
                    reason=said(why, earlier.where),
                    organisation_id=org_id,
                )
            )
            continue
        existing = next(
            (by_email[e.casefold()] for e in contact.emails if e.casefold() in by_email), None
        )
        match = Match.EMAIL
        if existing is None and (org_row is not None or not contact.organisation):
            existing = by_name.get((_folded(contact.name), org_id))
            match = Match.NAME
        if existing is None:
            items.append(PlanItem(contact, Action.CREATE, organisation_id=org_id))
            continue
        additions = _person_additions(contact, existing, org_id)
        items.append(
            PlanItem(
                contact,
                Action.MERGE if additions else Action.SKIP,
                match=match,
                existing_id=int(existing["id"]),
                existing_name=_person_label(
                    existing["name"], organisation_names.get(existing["organisation_id"])
                ),
                additions=additions,
                reason="" if additions else said(_NOTHING_NEW),
                organisation_id=org_id,
            )
        )
    return ImportPlan(source, items)


def _person_additions(
    contact: Contact, existing: dict[str, Any], organisation_id: int | None
) -> dict[str, Any]:
    found: dict[str, Any] = {}
    if existing["organisation_id"] is None and contact.organisation:
        found["organisation"] = contact.organisation
    for name, value in (
        ("role_title", contact.role_title),
        ("email", contact.email),
        ("phone", contact.phone),
        ("notes", contact.notes),
    ):
        if value and not existing[name]:
            found[name] = value
    if existing["seniority"] == Seniority.OTHER and contact.seniority is not Seniority.OTHER:
        found["seniority"] = contact.seniority
    return {name: found[name] for name in PERSON_FIELDS if name in found}


def _organisation_item(
    contact: Contact,
    organisations: dict[str, dict[str, Any]],
    seen: dict[str, Contact],
) -> PlanItem:
    key = _folded(contact.organisation)
    earlier = seen.get(key)
    seen.setdefault(key, contact)
    if earlier is not None:
        return PlanItem(
            contact,
            Action.SKIP,
            reason=said(QT_TRANSLATE_NOOP("Import", "it repeats %1"), earlier.where),
        )
    existing = organisations.get(key)
    if existing is None:
        return PlanItem(contact, Action.CREATE)
    additions = {
        name: value
        for name in ORGANISATION_FIELDS
        if (value := getattr(contact, name)) and not existing[name]
    }
    return PlanItem(
        contact,
        Action.MERGE if additions else Action.SKIP,
        match=Match.ORGANISATION,
        existing_id=int(existing["id"]),
        existing_name=existing["name"],
        additions=additions,
        reason="" if additions else said(_NOTHING_NEW),
        organisation_id=int(existing["id"]),
    )


# --- writing the plan -----------------------------------------------------------------------


@dataclass(frozen=True)
class ImportResult:
    """What an import wrote, so that it can be reported, undone and redone."""

    created_organisations: tuple[int, ...]
    created_people: tuple[int, ...]
    #: For each merged record, its id and the values it had before in the fields filled in.
    merged_organisations: tuple[dict[str, Any], ...]
    merged_people: tuple[dict[str, Any], ...]
    #: The values the merges filled in, to write again on redo.
    organisation_fill_ins: tuple[dict[str, Any], ...]
    person_fill_ins: tuple[dict[str, Any], ...]
    skipped: int

    @property
    def changed_anything(self) -> bool:
        """Whether the import wrote anything."""
        return bool(
            self.created_organisations
            or self.created_people
            or self.merged_organisations
            or self.merged_people
        )


def _chunks(values: list[Any]) -> list[list[Any]]:
    return [values[start : start + _CHUNK] for start in range(0, len(values), _CHUNK)]


def apply_plan(
    store: Store,
    plan: ImportPlan,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ImportResult:
    """Write the plan in one transaction: everything it shows, or (on any failure or a
    cancel) nothing."""
    new_organisations = plan.new_organisations()
    creating = [i for i in plan.items if i.action is Action.CREATE and not i.is_organisation]
    merging = [i for i in plan.items if i.action is Action.MERGE]
    steps = Steps(len(new_organisations) + len(creating) + len(merging), progress, cancelled)
    steps.check()
    with store.write():
        first_org = exchange.next_id(store, "organisations")
        org_ids = {key: first_org + n for n, key in enumerate(new_organisations)}
        org_rows = [
            [org_ids[key], *(values[c] for c in exchange.ORGANISATION_IMPORT_COLUMNS[1:])]
            for key, values in new_organisations.items()
        ]
        for chunk in _chunks(org_rows):
            exchange.insert_rows(
                store, "organisations", exchange.ORGANISATION_IMPORT_COLUMNS, chunk
            )
            steps.advance(len(chunk))

        def organisation_of(item: PlanItem) -> int | None:
            if item.organisation_id is not None:
                return item.organisation_id
            return org_ids.get(_folded(item.contact.organisation))

        first_person = exchange.next_id(store, "people")
        people_rows = [
            [
                first_person + n,
                organisation_of(item),
                item.contact.name,
                item.contact.role_title,
                item.contact.seniority.value,
                item.contact.email,
                item.contact.phone,
                item.contact.notes,
            ]
            for n, item in enumerate(creating)
        ]
        for chunk in _chunks(people_rows):
            exchange.insert_rows(store, "people", exchange.PERSON_IMPORT_COLUMNS, chunk)
            steps.advance(len(chunk))

        person_fill, person_before, org_fill, org_before = _merges(merging, organisation_of)
        for gone, fill, fill_in in (
            (
                QT_TRANSLATE_NOOP(
                    "Import",
                    "Some people the preview matched are no longer in the database. "
                    "Nothing was imported; preview the import again.",
                ),
                person_fill,
                exchange.fill_in_people,
            ),
            (
                QT_TRANSLATE_NOOP(
                    "Import",
                    "Some organisations the preview matched are no longer in the database. "
                    "Nothing was imported; preview the import again.",
                ),
                org_fill,
                exchange.fill_in_organisations,
            ),
        ):
            for chunk in _chunks(fill):
                if fill_in(store, chunk) != len(chunk):
                    raise ImportConflictError(said(gone))
                steps.advance(len(chunk))
        steps.check()
    steps.finish()
    return ImportResult(
        created_organisations=tuple(org_ids.values()),
        created_people=tuple(range(first_person, first_person + len(people_rows))),
        merged_organisations=tuple(org_before),
        merged_people=tuple(person_before),
        organisation_fill_ins=tuple(org_fill),
        person_fill_ins=tuple(person_fill),
        skipped=plan.counts()["skipped"],
    )


def _merges(
    merging: list[PlanItem], organisation_of: Any
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    person_fill: list[dict[str, Any]] = []
    person_before: list[dict[str, Any]] = []
    org_fill: list[dict[str, Any]] = []
    org_before: list[dict[str, Any]] = []
    for item in merging:
        adds = item.additions
        if item.is_organisation:
            org_fill.append(
                {"id": item.existing_id, **{f: adds.get(f) for f in ORGANISATION_FIELDS}}
            )
            org_before.append({"id": item.existing_id, **{f: None for f in adds}})
            continue
        fill = {
            "id": item.existing_id,
            "organisation_id": organisation_of(item) if "organisation" in adds else None,
            "role_title": adds.get("role_title"),
            "seniority": adds["seniority"].value if "seniority" in adds else None,
            "email": adds.get("email"),
            "phone": adds.get("phone"),
            "notes": adds.get("notes"),
        }
        person_fill.append(fill)
        before: dict[str, Any] = {"id": item.existing_id}
        for name in adds:
            column = "organisation_id" if name == "organisation" else name
            before[column] = Seniority.OTHER.value if name == "seniority" else None
        person_before.append(before)
    return person_fill, person_before, org_fill, org_before


def undo_import(store: Store, result: ImportResult) -> Removal:
    """Take an import back: what it created is deleted, what it filled in is emptied again.

    Returns the :class:`Removal` that :func:`redo_import` needs to bring it back.
    """
    with store.write():
        exchange.clear_filled_in(store, "people", result.merged_people)
        exchange.clear_filled_in(store, "organisations", result.merged_organisations)
        return rows.delete_rows(
            store,
            {
                "people": result.created_people,
                "organisations": result.created_organisations,
            },
        )


def redo_import(store: Store, result: ImportResult, removal: Removal) -> None:
    """Bring back an import taken back by :func:`undo_import`, with the same ids."""
    with store.write():
        rows.restore(store, removal)
        exchange.fill_in_people(store, result.person_fill_ins)
        exchange.fill_in_organisations(store, result.organisation_fill_ins)
