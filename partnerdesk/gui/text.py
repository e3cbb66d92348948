"""Words on screen: the model's vocabulary in the user's language, dates, numbers."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from partnerdesk.domain.errors import ValidationError, field_label, sentence
from partnerdesk.domain.phrases import Phrase, fill
from partnerdesk.domain.portfolio import Attention
from partnerdesk.domain.vocabulary import Channel, Kind, Level, Seniority, Stage


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` under ``context`` (``QCoreApplication.translate``).

    The name matters: ``pyside6-lupdate`` collects the texts of calls to ``translate(...)``.
    A counted text gives ``n`` and is written as the English plural ("%n partnerships"); each
    language's translation, English included, supplies its plural forms.
    """
    return QCoreApplication.translate(context, text, disambiguation, n)


def folded(text: str) -> str:
    """Text as searching compares it, without case or accents: whoever types "zoe" or
    "muller" finds Zoë Müller."""
    if text.isascii():
        return text.lower()  # nothing to take apart: the usual case, five times as quick
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def label(value: Kind | Stage | Level | Channel | Seniority) -> str:
    """A value's label in the user's language ("Joint venture")."""
    return translate(type(value).__name__, value.label)


def in_sentence(value: Kind | Stage | Seniority) -> str:
    """A value as it is written inside a sentence, in the user's language ("joint venture";
    German keeps its capitals: never lower-case a label instead)."""
    return translate(type(value).__name__, value.in_sentence)


def _argument(value: object) -> str:
    if isinstance(value, Phrase):
        return phrase(value)
    if isinstance(value, Kind | Stage | Seniority):
        return in_sentence(value)
    if isinstance(value, Level | Channel):
        return label(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return QLocale().toString(value)
    return str(value)


def phrase(text: str) -> str:
    """A text the code words as a :class:`~partnerdesk.domain.phrases.Phrase` (where a
    contact is in a file, why it is skipped, what is wrong with a file), in the user's
    language and number format; any other text as it is."""
    if not isinstance(text, Phrase):
        return text
    count = -1 if text.n is None else text.n
    return fill(translate(text.context, text.template, None, count), text.arguments, _argument)


def capitalised(text: str) -> str:
    """Text as it begins a sentence or a cell: its first letter a capital."""
    return text[:1].upper() + text[1:]


def error_text(error: BaseException) -> str:
    """What went wrong, in the user's language where the error words it as a Phrase."""
    said = error.args[0] if len(error.args) == 1 else None
    return phrase(said) if isinstance(said, Phrase) else str(error)


def refusal(error: ValidationError) -> str:
    """Why a value was refused, in the user's language, as a sentence shown at its field
    ("Is required.")."""
    return capitalised(phrase(error.message).rstrip(".")) + "."


def refusal_sentence(error: ValidationError) -> str:
    """Why a value was refused, naming the field, in the user's language ("Name is
    required."), for where it cannot be shown at the field."""
    label = translate("Field", field_label(error.field))
    return sentence(label, error.template, phrase(error.message))


def short_label(kind: Kind) -> str:
    """A kind's short label ("Value chain")."""
    return translate("Kind", kind.short_label)


def meaning(value: StrEnum) -> str:
    """A value's one-line meaning in the user's language."""
    text = getattr(value, "meaning", "")
    return translate(type(value).__name__, text) if text else ""


def date_format() -> str:
    """The Qt date format dates are written in: ISO, or the locale's short one with the
    full year (a two-digit year cannot be read back unambiguously)."""
    from partnerdesk.gui.settings import DATE_FORMAT

    if DATE_FORMAT.value == "iso" or QLocale().language() == QLocale.Language.C:
        # The C locale has no way of writing dates that a person would choose: use ISO.
        return "yyyy-MM-dd"
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def short_date(day: date | None) -> str:
    """A date as the user chose to see dates: the locale's way, or ISO (preferences)."""
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), date_format())


def short_date_time(moment: datetime) -> str:
    """A moment in local time: its date as :func:`short_date` writes dates, then the time as
    the locale writes it ("2026-11-23 09:30")."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    time = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return f"{short_date(local.date())} {time}"


def short_dates(days: Iterable[date]) -> list[str]:
    """Many dates as :func:`short_date` writes each (the format looked up once)."""
    locale, pattern = QLocale(), date_format()
    return [locale.toString(QDate(day.year, day.month, day.day), pattern) for day in days]


def read_date(text: str, today: date) -> date | None:
    """A date the user typed: ISO, the shown format, or today / yesterday / tomorrow.

    Returns None for empty text; raises ValueError with a sentence for anything else.
    """
    typed = text.strip()
    if not typed:
        return None
    words = {
        translate("Dates", "today").casefold(): 0,
        translate("Dates", "yesterday").casefold(): -1,
        translate("Dates", "tomorrow").casefold(): 1,
    }
    if typed.casefold() in words:
        return today + timedelta(days=words[typed.casefold()])
    try:
        return date.fromisoformat(typed) if len(typed) == 10 else _locale_date(typed)
    except ValueError:
        return _locale_date(typed)


def _locale_date(typed: str) -> date:
    parsed = QLocale().toDate(typed, date_format())
    if not parsed.isValid():
        example = short_date(date(2026, 3, 31))
        raise ValueError(
            translate("Dates", "“%1” is not a date; write it like %2 or 2026-03-31")
            .replace("%1", typed)
            .replace("%2", example)
        )
    return date(parsed.year(), parsed.month(), parsed.day())


def relative_days(day: date | None, today: date) -> str:
    """ "today", "yesterday", "3 days ago", "in 4 days" ."""
    if day is None:
        return ""
    delta = (day - today).days
    if delta == 0:
        return translate("Dates", "today")
    if delta == -1:
        return translate("Dates", "yesterday")
    if delta == 1:
        return translate("Dates", "tomorrow")
    if delta < 0:
        return translate("Dates", "%n days ago", None, -delta)
    return translate("Dates", "in %n days", None, delta)


def strength_text(value: float | None) -> str:
    """A strength with one decimal, as the locale writes numbers."""
    if value is None:
        return "—"
    return QLocale().toString(value, "f", 1)


def attention_reason(item: Attention) -> str:
    """Why a partnership needs attention, in the user's language and number format."""
    return item.reason(translate, strength_text)
