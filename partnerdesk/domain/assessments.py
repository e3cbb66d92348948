"""Assessments: the user's rating of a partnership's five levels of integration at a date."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from partnerdesk.domain._writing import not_found, refusals
from partnerdesk.domain.errors import ValidationError
from partnerdesk.domain.fields import a_date, clean, flag, reference, row_values, score, spec, text
from partnerdesk.domain.records import Assessment
from partnerdesk.domain.vocabulary import QT_TRANSLATE_NOOP, Level
from partnerdesk.store import queries, rows
from partnerdesk.store.connection import Store
from partnerdesk.store.errors import RowNotFoundError
from partnerdesk.store.rows import Removal

ASSESSMENT_FIELDS = spec(
    partnership_id=reference(),
    assessed_on=a_date(required=True),
    note=text(),
    private=flag,
    **{level.value: score for level in Level},
)


Scores = Mapping[Level, int | None] | Mapping[str, int | None]


def _scores(scores: Scores) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for key, value in scores.items():
        try:
            level = Level(key)
        except ValueError:
            raise ValidationError(
                "level", QT_TRANSLATE_NOOP("Validation", "“%1” is not a level of integration"), key
            ) from None
        values[level.value] = value
    return values


def add_assessment(
    store: Store,
    partnership_id: int,
    *,
    assessed_on: date | str,
    scores: Scores,
    note: str | None = None,
    private: bool = False,
) -> Assessment:
    """Record a rating of the five levels (0–5 each; a level left out or None is "not rated")."""
    values = clean(
        ASSESSMENT_FIELDS,
        {
            "partnership_id": partnership_id,
            "assessed_on": assessed_on,
            "note": note,
            "private": private,
            **_scores(scores),
        },
    )
    if not rows.exists(store, "partnerships", partnership_id):
        raise ValidationError("partnership_id", QT_TRANSLATE_NOOP("Validation", "does not exist"))
    with refusals():
        new_id = rows.insert(store, "assessments", row_values(values))
    return get_assessment(store, new_id)


def get_assessment(store: Store, assessment_id: int) -> Assessment:
    """The assessment with this id."""
    try:
        return Assessment.from_row(rows.get(store, "assessments", assessment_id))
    except RowNotFoundError:
        raise not_found("assessments", assessment_id) from None


def update_assessment(
    store: Store,
    assessment_id: int,
    *,
    scores: Scores | None = None,
    **changes: Any,
) -> Assessment:
    """Change an assessment's date, note, privacy or some of its ``scores``."""
    if "partnership_id" in changes:
        raise TypeError("an assessment cannot move to another partnership")
    values = clean(ASSESSMENT_FIELDS, {**changes, **_scores(scores or {})})
    with refusals():
        rows.update(store, "assessments", assessment_id, row_values(values))
    return get_assessment(store, assessment_id)


def delete_assessment(store: Store, assessment_id: int) -> Removal:
    """Delete an assessment."""
    with refusals():
        return rows.delete_rows(store, {"assessments": [assessment_id]})


def assessments(store: Store, partnership_id: int) -> list[Assessment]:
    """A partnership's assessments, oldest first."""
    return [Assessment.from_row(row) for row in queries.assessment_rows(store, partnership_id)]


def latest_assessments(store: Store, on: date, *, previous: bool = False) -> dict[int, Assessment]:
    """Each partnership's latest assessment up to ``on`` (or the one before it), by partnership."""
    return {
        row["partnership_id"]: Assessment.from_row(row)
        for row in queries.latest_assessment_rows(store, on.isoformat(), skip=int(previous))
    }
