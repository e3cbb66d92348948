"""Partnerships, their members, and their history along the continuum and through the stages.

A partnership's ``kind`` and ``stage`` are always those of its latest change (by date): they
are changed through :func:`change_kind` and :func:`change_stage`, which record the move, and
the history can be edited afterwards (a move's date or note) without the two disagreeing.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from partnerdesk.domain._writing import not_found, refusals
from partnerdesk.domain.errors import NotFoundError, ValidationError
from partnerdesk.domain.fields import a_date, choice, clean, line, reference, row_values, spec, text
from partnerdesk.domain.organisations import my_organisation
from partnerdesk.domain.records import KindChange, Member, Partnership, StageChange
from partnerdesk.domain.vocabulary import QT_TRANSLATE_NOOP, Kind, Stage
from partnerdesk.store import queries, rows
from partnerdesk.store.connection import Store
from partnerdesk.store.errors import RowNotFoundError
from partnerdesk.store.rows import Removal

PARTNERSHIP_FIELDS = spec(
    name=line(required=True),
    kind=choice(Kind),
    stage=choice(Stage),
    purpose=text(),
    started_on=a_date(),
    ended_on=a_date(),
    notes=text(),
)
#: Fields :func:`update_partnership` accepts: kind and stage change through their own functions.
EDITABLE_FIELDS = ("name", "purpose", "started_on", "ended_on", "notes")

MEMBER_FIELDS = spec(
    partnership_id=reference(),
    organisation_id=reference(),
    role=line(),
    joined_on=a_date(),
    left_on=a_date(),
)
CHANGE_FIELDS = spec(changed_on=a_date(required=True), note=text())


def _check_dates(start: date | None, end: date | None, field: str) -> None:
    """Refuse an end before a start; ``field`` is the one the user changed."""
    if start is not None and end is not None and end < start:
        if field.startswith(("started", "joined")):
            raise ValidationError(
                field, QT_TRANSLATE_NOOP("Validation", "cannot be after the end date")
            )
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Validation", "cannot be before the start date")
        )


def _check_name_free(store: Store, name: str, partnership_id: int | None = None) -> None:
    existing = queries.partnership_named(store, name)
    if existing is not None and existing["id"] != partnership_id:
        raise ValidationError(
            "name",
            QT_TRANSLATE_NOOP("Validation", "“%1” is already a partnership's name"),
            existing["name"],
        )


def create_partnership(
    store: Store,
    name: str,
    kind: Kind | str,
    *,
    stage: Stage | str = Stage.EXPLORING,
    members: Iterable[tuple[int, str | None]] = (),
    include_self: bool = True,
    today: date | None = None,
    **fields: Any,
) -> Partnership:
    """Add a partnership, with its members as ``(organisation_id, role)`` pairs.

    The user's own organisation joins it too unless ``include_self`` is false. Its starting kind
    and stage are recorded as the first entries of its history, dated ``started_on`` (or today).
    """
    values = clean(PARTNERSHIP_FIELDS, {"name": name, "kind": kind, "stage": stage, **fields})
    _check_dates(values.get("started_on"), values.get("ended_on"), "ended_on")
    _check_name_free(store, values["name"])
    member_list = list(members)
    own = my_organisation(store) if include_self else None
    if own is not None and own.id not in {org for org, _ in member_list}:
        member_list.insert(0, (own.id, None))
    since = values.get("started_on") or today or date.today()
    with refusals(), store.write():
        new_id = rows.insert(store, "partnerships", row_values(values))
        rows.insert(
            store,
            "partnership_kind_changes",
            {"partnership_id": new_id, "changed_on": since.isoformat(), "to_kind": values["kind"]},
        )
        rows.insert(
            store,
            "partnership_stage_changes",
            {
                "partnership_id": new_id,
                "changed_on": since.isoformat(),
                "to_stage": values["stage"],
            },
        )
        for organisation_id, role in member_list:
            add_member(store, new_id, organisation_id, role=role)
    return get_partnership(store, new_id)


def get_partnership(store: Store, partnership_id: int) -> Partnership:
    """The partnership with this id."""
    try:
        return Partnership.from_row(rows.get(store, "partnerships", partnership_id))
    except RowNotFoundError:
        raise not_found("partnerships", partnership_id) from None


def find_partnership(store: Store, name: str) -> Partnership:
    """The partnership called ``name`` (ignoring the case of ASCII letters)."""
    row = queries.partnership_named(store, name)
    if row is None:
        raise NotFoundError(f"There is no partnership called “{name}”.")
    return Partnership.from_row(row)


def list_partnerships(store: Store) -> list[Partnership]:
    """Every partnership, by name."""
    return [Partnership.from_row(row) for row in queries.partnership_rows(store)]


def update_partnership(store: Store, partnership_id: int, **changes: Any) -> Partnership:
    """Change a partnership's name, purpose, dates or notes; return it as it is now."""
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise TypeError(
            f"update_partnership cannot change {sorted(unknown)}; use change_kind or change_stage"
        )
    values = clean(PARTNERSHIP_FIELDS, changes)
    current = get_partnership(store, partnership_id)
    start = values.get("started_on", current.started_on)
    end = values.get("ended_on", current.ended_on)
    _check_dates(start, end, "started_on" if "started_on" in values else "ended_on")
    if "name" in values:
        _check_name_free(store, values["name"], partnership_id)
    with refusals():
        rows.update(store, "partnerships", partnership_id, row_values(values))
    return get_partnership(store, partnership_id)


def delete_partnership(store: Store, partnership_id: int) -> Removal:
    """Delete a partnership with its members, history, journal and assessments."""
    with refusals():
        return rows.delete_rows(store, {"partnerships": [partnership_id]})


# --- members --------------------------------------------------------------------------------


def add_member(store: Store, partnership_id: int, organisation_id: int, **fields: Any) -> Member:
    """Make an organisation a member of a partnership, with an optional ``role``."""
    values = clean(
        MEMBER_FIELDS,
        {"partnership_id": partnership_id, "organisation_id": organisation_id, **fields},
    )
    _check_dates(values.get("joined_on"), values.get("left_on"), "left_on")
    if not rows.exists(store, "partnerships", partnership_id):
        raise ValidationError("partnership_id", QT_TRANSLATE_NOOP("Validation", "does not exist"))
    if not rows.exists(store, "organisations", organisation_id):
        raise ValidationError("organisation_id", QT_TRANSLATE_NOOP("Validation", "does not exist"))
    if any(m.organisation_id == organisation_id for m in members(store, partnership_id)):
        raise ValidationError(
            "organisation_id",
            QT_TRANSLATE_NOOP("Validation", "is already a member of this partnership"),
        )
    with refusals():
        new_id = rows.insert(store, "partnership_members", row_values(values))
    return get_member(store, new_id)


def get_member(store: Store, member_id: int) -> Member:
    """One membership, with its organisation's name."""
    row = queries.member_row(store, member_id)
    if row is None:
        raise not_found("partnership_members", member_id)
    return Member.from_row(row)


def update_member(store: Store, member_id: int, **changes: Any) -> Member:
    """Change a member's ``role``, ``joined_on`` or ``left_on``."""
    if set(changes) - {"role", "joined_on", "left_on"}:
        raise TypeError("only role, joined_on and left_on of a member can change")
    values = clean(MEMBER_FIELDS, changes)
    current = get_member(store, member_id)
    joined = values.get("joined_on", current.joined_on)
    left = values.get("left_on", current.left_on)
    _check_dates(joined, left, "joined_on" if "joined_on" in values else "left_on")
    with refusals():
        rows.update(store, "partnership_members", member_id, row_values(values))
    return get_member(store, member_id)


def remove_member(store: Store, member_id: int) -> Removal:
    """Take an organisation out of a partnership."""
    with refusals():
        return rows.delete_rows(store, {"partnership_members": [member_id]})


def members(store: Store, partnership_id: int) -> list[Member]:
    """A partnership's members, the user's own organisation first."""
    return [Member.from_row(row) for row in queries.member_rows(store, partnership_id)]


def memberships(store: Store, organisation_id: int) -> list[tuple[Partnership, Member]]:
    """Every partnership an organisation takes part in, with its membership there."""
    return [
        (get_partnership(store, row["partnership_id"]), get_member(store, row["id"]))
        for row in queries.membership_rows(store, organisation_id)
    ]


# --- history: the continuum and the stages ----------------------------------------------------


def continuum_history(store: Store, partnership_id: int) -> list[KindChange]:
    """Every kind a partnership has had, oldest first; the first is the kind it started as."""
    return [KindChange.from_row(row) for row in queries.kind_change_rows(store, partnership_id)]


def stage_history(store: Store, partnership_id: int) -> list[StageChange]:
    """Every stage a partnership has been in, oldest first."""
    return [StageChange.from_row(row) for row in queries.stage_change_rows(store, partnership_id)]


def change_kind(
    store: Store,
    partnership_id: int,
    kind: Kind | str,
    *,
    on: date | str | None = None,
    note: str | None = None,
) -> KindChange:
    """Move a partnership along the continuum, recording the move (dated today by default)."""
    new_kind = clean(PARTNERSHIP_FIELDS, {"kind": kind})["kind"]
    values = clean(CHANGE_FIELDS, {"changed_on": on or date.today(), "note": note})
    current = get_partnership(store, partnership_id)
    if new_kind == current.kind:
        raise ValidationError("kind", QT_TRANSLATE_NOOP("Validation", "is already %1"), new_kind)
    with refusals(), store.write():
        change_id = rows.insert(
            store,
            "partnership_kind_changes",
            {
                "partnership_id": partnership_id,
                "from_kind": current.kind.value,
                "to_kind": new_kind.value,
                **row_values(values),
            },
        )
        sync_history(store, partnership_id)
    return next(c for c in continuum_history(store, partnership_id) if c.id == change_id)


def change_stage(
    store: Store,
    partnership_id: int,
    stage: Stage | str,
    *,
    on: date | str | None = None,
    note: str | None = None,
) -> StageChange:
    """Move a partnership to another stage, recording the change (dated today by default).

    Ending a partnership that has no end date gives it the date of the change.
    """
    new_stage = clean(PARTNERSHIP_FIELDS, {"stage": stage})["stage"]
    values = clean(CHANGE_FIELDS, {"changed_on": on or date.today(), "note": note})
    current = get_partnership(store, partnership_id)
    if new_stage == current.stage:
        raise ValidationError("stage", QT_TRANSLATE_NOOP("Validation", "is already %1"), new_stage)
    with refusals(), store.write():
        change_id = rows.insert(
            store,
            "partnership_stage_changes",
            {
                "partnership_id": partnership_id,
                "from_stage": current.stage.value,
                "to_stage": new_stage.value,
                **row_values(values),
            },
        )
        if new_stage is Stage.ENDED and current.ended_on is None:
            ended = values["changed_on"]
            if current.started_on is None or ended >= current.started_on:
                rows.update(store, "partnerships", partnership_id, {"ended_on": ended.isoformat()})
        sync_history(store, partnership_id)
    return next(c for c in stage_history(store, partnership_id) if c.id == change_id)


def undo_stage_change(store: Store, change_id: int, *, ended_on: date | None) -> Removal:
    """Take back a stage change just made: remove it, and give the partnership back the end
    date it had before (``ended_on``), which ending it may have set. Returns what was removed.
    """
    try:
        partnership_id = int(
            rows.get(store, "partnership_stage_changes", change_id)["partnership_id"]
        )
    except RowNotFoundError:
        raise not_found("partnership_stage_changes", change_id) from None
    with refusals(), store.write():
        removal = delete_stage_change(store, change_id)
        if get_partnership(store, partnership_id).ended_on != ended_on:
            rows.update(
                store,
                "partnerships",
                partnership_id,
                {"ended_on": None if ended_on is None else ended_on.isoformat()},
            )
    return removal


def update_kind_change(store: Store, change_id: int, **changes: Any) -> KindChange:
    """Correct the date or note of a move along the continuum."""
    pid = _update_change(store, "partnership_kind_changes", change_id, changes)
    return next(c for c in continuum_history(store, pid) if c.id == change_id)


def update_stage_change(store: Store, change_id: int, **changes: Any) -> StageChange:
    """Correct the date or note of a stage change."""
    pid = _update_change(store, "partnership_stage_changes", change_id, changes)
    return next(c for c in stage_history(store, pid) if c.id == change_id)


def _update_change(store: Store, table: str, change_id: int, changes: dict[str, Any]) -> int:
    """Update a change's date or note and return its partnership's id."""
    if set(changes) - {"changed_on", "note"}:
        raise TypeError("only the date and the note of a change can be corrected")
    values = clean(CHANGE_FIELDS, changes)
    try:
        partnership_id = int(rows.get(store, table, change_id)["partnership_id"])
    except RowNotFoundError:
        raise not_found(table, change_id) from None
    with refusals(), store.write():
        rows.update(store, table, change_id, row_values(values))
        sync_history(store, partnership_id)
    return partnership_id


def delete_kind_change(store: Store, change_id: int) -> Removal:
    """Remove a move along the continuum (not the kind a partnership started as)."""
    return _delete_change(store, "partnership_kind_changes", change_id)


def delete_stage_change(store: Store, change_id: int) -> Removal:
    """Remove a stage change (not the stage a partnership started in)."""
    return _delete_change(store, "partnership_stage_changes", change_id)


def _delete_change(store: Store, table: str, change_id: int) -> Removal:
    try:
        partnership_id = rows.get(store, table, change_id)["partnership_id"]
    except RowNotFoundError:
        raise not_found(table, change_id) from None
    history = (
        queries.kind_change_rows(store, partnership_id)
        if table == "partnership_kind_changes"
        else queries.stage_change_rows(store, partnership_id)
    )
    if history and history[0]["id"] == change_id:
        raise ValidationError(
            "changed_on",
            QT_TRANSLATE_NOOP("Validation", "cannot be removed: it is where the history starts"),
        )
    with refusals(), store.write():
        removal = rows.delete_rows(store, {table: [change_id]})
        sync_history(store, partnership_id)
    return removal


def sync_history(store: Store, partnership_id: int) -> None:
    """Make each recorded change start from the one before it (by date), and the partnership's
    kind and stage those of its latest changes."""
    current = rows.get(store, "partnerships", partnership_id)
    with store.write():
        for table, column, history in (
            ("partnership_kind_changes", "kind", queries.kind_change_rows(store, partnership_id)),
            (
                "partnership_stage_changes",
                "stage",
                queries.stage_change_rows(store, partnership_id),
            ),
        ):
            previous = None
            for change in history:
                if change[f"from_{column}"] != previous:
                    rows.update(store, table, change["id"], {f"from_{column}": previous})
                previous = change[f"to_{column}"]
            if previous is not None and previous != current[column]:
                rows.update(store, "partnerships", partnership_id, {column: previous})
