"""How the domain layer hands writes to the store: store refusals become domain errors."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from partnerdesk.domain.errors import NotFoundError, ValidationError
from partnerdesk.domain.vocabulary import QT_TRANSLATE_NOOP
from partnerdesk.store.errors import ConstraintError, RowNotFoundError

_THINGS = {
    "organisations": "organisation",
    "people": "person",
    "partnerships": "partnership",
    "partnership_members": "membership",
    "partnership_kind_changes": "move along the continuum",
    "partnership_stage_changes": "stage change",
    "contact_logs": "journal entry",
    "assessments": "assessment",
}

#: The reasons the store gives when SQLite refuses a value (see ``constraint_error`` in
#: ``store/connection.py``), marked here for translation: the store layer knows nothing of it.
STORE_REASONS = (
    QT_TRANSLATE_NOOP("Validation", "is already taken"),
    QT_TRANSLATE_NOOP("Validation", "refers to a record that does not exist"),
    QT_TRANSLATE_NOOP("Validation", "is required"),
)


def not_found(table: str, row_id: int) -> NotFoundError:
    """The error for a record that does not exist."""
    return NotFoundError(f"There is no {_THINGS.get(table, table)} with id {row_id}.")


@contextmanager
def refusals() -> Iterator[None]:
    """Turn the store's refusal of a value into a :class:`ValidationError`."""
    try:
        yield
    except ConstraintError as exc:
        raise ValidationError(exc.field or "value", exc.reason) from exc
    except RowNotFoundError as exc:
        raise not_found(exc.table, exc.row_id) from exc
