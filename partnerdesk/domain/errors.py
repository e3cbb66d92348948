"""Errors of the domain layer. ``str()`` of each is a sentence a user can read."""

from __future__ import annotations

from partnerdesk.store.errors import StoreError


class PartnerDeskError(Exception):
    """Base class of every expected error raised by the domain layer."""


class ValidationError(PartnerDeskError, ValueError):
    """A value was refused. ``field`` names the field, ``message`` says why; nothing was written."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        label = field_label(field)
        joiner = " " if message.startswith(("is ", "must ", "contains ", "cannot ")) else ": "
        super().__init__(f"{label}{joiner}{message.rstrip('.')}.")


_FIELD_LABELS = {
    "occurred_on": "Date",
    "assessed_on": "Assessment date",
    "changed_on": "Date of the change",
    "follow_up_on": "Follow-up date",
    "started_on": "Start date",
    "ended_on": "End date",
    "joined_on": "Joined on",
    "left_on": "Left on",
    "partnership_id": "Partnership",
    "organisation_id": "Organisation",
    "person_id": "Person",
    "role_title": "Role",
    "is_self": "My organisation",
    "db": "Database",
}


def field_label(field: str) -> str:
    """The English name of a field as a user would say it ("Follow-up date")."""
    return _FIELD_LABELS.get(field, field.replace("_", " ").capitalize())


class NotFoundError(PartnerDeskError, LookupError):
    """The record asked for does not exist."""


class AmbiguousError(PartnerDeskError, LookupError):
    """A name matched more than one record."""

    def __init__(self, message: str, candidates: list[str]) -> None:
        self.candidates = candidates
        super().__init__(message)


#: Every error a user can cause, from the domain or from the store underneath.
EXPECTED_ERRORS: tuple[type[Exception], ...] = (PartnerDeskError, StoreError)
