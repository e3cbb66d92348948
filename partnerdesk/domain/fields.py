"""Checking and normalising the values a user gives, one field at a time.

Every record type has a field spec (a dict of :class:`Field`). :func:`clean` runs each given
value through its field and raises :class:`~partnerdesk.domain.errors.ValidationError` naming
the first field it refuses, before anything is written. The GUI uses the same fields to show a
message next to the control being edited.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any, TypeVar

from partnerdesk.domain.errors import Refusal, ValidationError
from partnerdesk.domain.vocabulary import QT_TRANSLATE_NOOP

#: The longest single-line text (names, summaries, roles) accepted.
MAX_LINE = 500
#: The longest multi-line text (details, notes) accepted: 10 MB of characters.
MAX_TEXT = 10_000_000

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f]")
_LINE_BREAKS = re.compile(r"\r\n|[\r\n\t\u2028\u2029\x85]")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

E = TypeVar("E", bound=StrEnum)


@dataclass(frozen=True)
class Field:
    """One field of a record: how a given value is checked and normalised."""

    name: str
    normalise: Callable[[Any], Any]


def clean(spec: Mapping[str, Field], values: Mapping[str, Any]) -> dict[str, Any]:
    """Normalise ``values`` by ``spec``; raise ValidationError naming the first bad field.

    A key that is not in ``spec`` is a programming error and raises :class:`TypeError`.
    """
    cleaned: dict[str, Any] = {}
    for key, value in values.items():
        field = spec.get(key)
        if field is None:
            raise TypeError(f"unknown field {key!r}")
        try:
            cleaned[key] = field.normalise(value)
        except ValidationError:
            raise
        except Refusal as exc:
            raise ValidationError(key, exc.template, *exc.arguments) from None
        except (ValueError, TypeError) as exc:
            raise ValidationError(key, str(exc)) from None
    return cleaned


def to_db(value: Any) -> Any:
    """The database form of a normalised value: ISO dates, 0/1 flags, enum keys."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    return value


def row_values(cleaned: Mapping[str, Any]) -> dict[str, Any]:
    """All of a cleaned record's values in their database form."""
    return {key: to_db(value) for key, value in cleaned.items()}


def _check_text(value: Any) -> str:
    if not isinstance(value, str):
        raise Refusal(QT_TRANSLATE_NOOP("Validation", "must be text"))
    if _CONTROL.search(value):
        raise Refusal(
            QT_TRANSLATE_NOOP(
                "Validation", "contains control characters that cannot be stored; remove them"
            )
        )
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise Refusal(
            QT_TRANSLATE_NOOP("Validation", "contains characters that are not valid text")
        ) from None
    return value


def line(*, required: bool = False, max_length: int = MAX_LINE) -> Callable[[Any], str | None]:
    """A single line of text: line breaks and tabs become spaces, ends are trimmed."""

    def normalise(value: Any) -> str | None:
        text = "" if value is None else _LINE_BREAKS.sub(" ", _check_text(value)).strip()
        if not text:
            if required:
                raise Refusal(QT_TRANSLATE_NOOP("Validation", "is required"))
            return None
        if len(text) > max_length:
            raise Refusal(
                QT_TRANSLATE_NOOP("Validation", "is too long (%1 characters; at most %2)"),
                len(text),
                max_length,
            )
        return text

    return normalise


def text(*, max_length: int = MAX_TEXT) -> Callable[[Any], str | None]:
    """Multi-line text: line endings become ``\\n``, trailing blank space is trimmed."""

    def normalise(value: Any) -> str | None:
        if value is None:
            return None
        body = _check_text(value).replace("\r\n", "\n").replace("\r", "\n").rstrip()
        if not body.strip():
            return None
        if len(body) > max_length:
            raise Refusal(
                QT_TRANSLATE_NOOP("Validation", "is too long (%1 characters; at most %2)"),
                len(body),
                max_length,
            )
        return body

    return normalise


def parse_date(value: Any) -> date:
    """A date from a :class:`datetime.date` or ISO ``YYYY-MM-DD`` text."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        candidate = value.strip()
        if _ISO_DATE.fullmatch(candidate):
            try:
                return date.fromisoformat(candidate)
            except ValueError:
                pass
        raise Refusal(
            QT_TRANSLATE_NOOP(
                "Validation", "“%1” is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31"
            ),
            value,
        )
    raise Refusal(QT_TRANSLATE_NOOP("Validation", "must be a date"))


def a_date(*, required: bool = False) -> Callable[[Any], date | None]:
    """A calendar date; empty means none unless ``required``."""

    def normalise(value: Any) -> date | None:
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                raise Refusal(QT_TRANSLATE_NOOP("Validation", "is required"))
            return None
        return parse_date(value)

    return normalise


def choice(enum: type[E], *, required: bool = True) -> Callable[[Any], E | None]:
    """One of an enumeration's values, given as the enum or its key."""

    def normalise(value: Any) -> E | None:
        if value is None or value == "":
            if required:
                raise Refusal(QT_TRANSLATE_NOOP("Validation", "is required"))
            return None
        try:
            return enum(value)
        except ValueError:
            known = ", ".join(member.value for member in enum)
            raise Refusal(
                QT_TRANSLATE_NOOP("Validation", "“%1” is not one of: %2"), value, known
            ) from None

    return normalise


def flag(value: Any) -> bool:
    """A yes/no value: a bool, or 0/1."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    raise Refusal(QT_TRANSLATE_NOOP("Validation", "must be yes or no"))


def score(value: Any) -> int | None:
    """A rating from 0 to 5, or None for "not rated"."""
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, str) and value.strip().isdigit():
            value = int(value.strip())
        else:
            raise Refusal(
                QT_TRANSLATE_NOOP("Validation", "“%1” is not a whole number from 0 to 5"), value
            )
    if not 0 <= value <= 5:
        raise Refusal(QT_TRANSLATE_NOOP("Validation", "%1 is outside 0–5"), value)
    return int(value)


def reference(*, required: bool = True) -> Callable[[Any], int | None]:
    """The id of another record (its existence is checked by the caller and the schema)."""

    def normalise(value: Any) -> int | None:
        if value is None:
            if required:
                raise Refusal(QT_TRANSLATE_NOOP("Validation", "is required"))
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            raise Refusal(QT_TRANSLATE_NOOP("Validation", "must refer to an existing record"))
        return value

    return normalise


def spec(**fields: Callable[[Any], Any]) -> dict[str, Field]:
    """Build a field spec from ``name=normaliser`` pairs."""
    return {name: Field(name, normalise) for name, normalise in fields.items()}
