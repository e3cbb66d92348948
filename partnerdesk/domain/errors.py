"""Errors of the domain layer. ``str()`` of each is a sentence a user can read."""

from __future__ import annotations

from partnerdesk.domain.phrases import Phrase
from partnerdesk.domain.vocabulary import QT_TRANSLATE_NOOP
from partnerdesk.store.errors import StoreError


class PartnerDeskError(Exception):
    """Base class of every expected error raised by the domain layer."""


class ValidationError(PartnerDeskError, ValueError):
    """A value was refused. ``field`` names the field, ``message`` says why; nothing was written.

    ``message`` is a :class:`~partnerdesk.domain.phrases.Phrase` in the "Validation" context:
    English, and translatable from its template (marked where it is written) and its
    arguments (texts, numbers or vocabulary members).
    """

    def __init__(self, field: str, template: str, *arguments: object) -> None:
        self.field = field
        self.message = Phrase("Validation", template, *arguments)
        super().__init__(sentence(field_label(field), template, self.message))

    @property
    def template(self) -> str:
        return self.message.template

    @property
    def arguments(self) -> tuple[object, ...]:
        return self.message.arguments


class Refusal(ValueError):
    """A value refused by a field's check before the field is known: :func:`~partnerdesk.
    domain.fields.clean` turns it into a :class:`ValidationError` naming the field."""

    def __init__(self, template: str, *arguments: object) -> None:
        self.template = template
        self.arguments = arguments
        super().__init__(Phrase("Validation", template, *arguments))


def sentence(label: str, template: str, message: str) -> str:
    """A refusal as a whole sentence: "Name is required.", "Date: “x” is not a date…".
    Whether the field's name joins with a space or a colon follows the untranslated
    ``template``; ``message`` is what the user reads."""
    joined = template.startswith(("is ", "must ", "contains ", "cannot ", "does "))
    return f"{label}{' ' if joined else ': '}{message.rstrip('.')}."


_FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("Field", "Name"),
    "kind": QT_TRANSLATE_NOOP("Field", "Kind"),
    "stage": QT_TRANSLATE_NOOP("Field", "Stage"),
    "purpose": QT_TRANSLATE_NOOP("Field", "Purpose"),
    "notes": QT_TRANSLATE_NOOP("Field", "Notes"),
    "note": QT_TRANSLATE_NOOP("Field", "Note"),
    "sector": QT_TRANSLATE_NOOP("Field", "Sector"),
    "country": QT_TRANSLATE_NOOP("Field", "Country"),
    "website": QT_TRANSLATE_NOOP("Field", "Website"),
    "email": QT_TRANSLATE_NOOP("Field", "Email"),
    "phone": QT_TRANSLATE_NOOP("Field", "Phone"),
    "seniority": QT_TRANSLATE_NOOP("Field", "Seniority"),
    "role": QT_TRANSLATE_NOOP("Field", "Role"),
    "role_title": QT_TRANSLATE_NOOP("Field", "Role"),
    "summary": QT_TRANSLATE_NOOP("Field", "Summary"),
    "details": QT_TRANSLATE_NOOP("Field", "Details"),
    "channel": QT_TRANSLATE_NOOP("Field", "Channel"),
    "private": QT_TRANSLATE_NOOP("Field", "Private"),
    "levels": QT_TRANSLATE_NOOP("Field", "Levels"),
    "level": QT_TRANSLATE_NOOP("Field", "Level"),
    "people": QT_TRANSLATE_NOOP("Field", "People"),
    "since": QT_TRANSLATE_NOOP("Field", "Since"),
    "occurred_on": QT_TRANSLATE_NOOP("Field", "Date"),
    "assessed_on": QT_TRANSLATE_NOOP("Field", "Assessment date"),
    "changed_on": QT_TRANSLATE_NOOP("Field", "Date of the change"),
    "follow_up_on": QT_TRANSLATE_NOOP("Field", "Follow-up date"),
    "follow_up_done": QT_TRANSLATE_NOOP("Field", "Follow-up done"),
    "started_on": QT_TRANSLATE_NOOP("Field", "Start date"),
    "ended_on": QT_TRANSLATE_NOOP("Field", "End date"),
    "joined_on": QT_TRANSLATE_NOOP("Field", "Joined on"),
    "left_on": QT_TRANSLATE_NOOP("Field", "Left on"),
    "partnership_id": QT_TRANSLATE_NOOP("Field", "Partnership"),
    "organisation_id": QT_TRANSLATE_NOOP("Field", "Organisation"),
    "person_id": QT_TRANSLATE_NOOP("Field", "Person"),
    "is_self": QT_TRANSLATE_NOOP("Field", "My organisation"),
    "database": QT_TRANSLATE_NOOP("Field", "Database"),
    "db": QT_TRANSLATE_NOOP("Field", "Database"),
}


def field_label(field: str) -> str:
    """The English name of a field as a user would say it ("Follow-up date"), marked for
    translation in the "Field" context."""
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
