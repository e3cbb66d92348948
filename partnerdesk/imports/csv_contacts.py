"""Reading contacts from CSV files: Google Contacts, Outlook, and any other through a mapping.

The first row names the columns. Columns are recognised by name: the columns Google Contacts
writes (both its own format and its "Outlook CSV"), those of Outlook (desktop and
Outlook.com, in English, German and French), and plain names such as "Name", "Email",
"Company". Anything else is given a :data:`ColumnMapping` by the user (the mapping step of the
import dialog, or ``--map "Name=Full name"`` on the command line). Outlook's "Title" column
is a name prefix ("Mr"), so it is never read as a role.

Cells are separated by commas, semicolons (as Outlook writes in many European locales),
tabs or bars, whichever the first row uses most. Rows may be ragged (Outlook leaves out empty
trailing cells) and cells may hold line breaks inside quotes. Empty rows are passed by; a row
with data but no name and no organisation is skipped with the reason.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum

from partnerdesk.domain.phrases import Phrase
from partnerdesk.domain.vocabulary import QT_TRANSLATE_NOOP
from partnerdesk.imports.contacts import Contact, ContactFile, Skipped, make_contact
from partnerdesk.imports.errors import (
    ColumnsNotRecognisedError,
    UnreadableFileError,
    joined,
    said,
)
from partnerdesk.imports.textfile import decode_text, line_number, not_utf8_note
from partnerdesk.progress import CancelCheck, Progress, Steps

#: Cells longer than this are refused (Python's csv module stops at 128 KB by default).
MAX_CELL = 10_000_000


class Field(StrEnum):
    """What a column can hold for PartnerDesk."""

    NAME = "name"
    FIRST_NAME = "first_name"
    MIDDLE_NAME = "middle_name"
    LAST_NAME = "last_name"
    ORGANISATION = "organisation"
    ROLE = "role"
    EMAIL = "email"
    PHONE = "phone"
    NOTES = "notes"
    WEBSITE = "website"
    COUNTRY = "country"

    @property
    def label(self) -> str:
        return _FIELD_LABELS[self]


_FIELD_LABELS = {
    Field.NAME: QT_TRANSLATE_NOOP("Field", "Name"),
    Field.FIRST_NAME: QT_TRANSLATE_NOOP("Field", "First name"),
    Field.MIDDLE_NAME: QT_TRANSLATE_NOOP("Field", "Middle name"),
    Field.LAST_NAME: QT_TRANSLATE_NOOP("Field", "Last name"),
    Field.ORGANISATION: QT_TRANSLATE_NOOP("Field", "Organisation"),
    Field.ROLE: QT_TRANSLATE_NOOP("Field", "Role"),
    Field.EMAIL: QT_TRANSLATE_NOOP("Field", "E-mail"),
    Field.PHONE: QT_TRANSLATE_NOOP("Field", "Phone"),
    Field.NOTES: QT_TRANSLATE_NOOP("Field", "Notes"),
    Field.WEBSITE: QT_TRANSLATE_NOOP("Field", "Website"),
    Field.COUNTRY: QT_TRANSLATE_NOOP("Field", "Country"),
}

#: Which columns each field reads, as indexes into the header; several columns of one field
#: are tried in order (the first non-empty cell wins; every e-mail address is kept).
ColumnMapping = dict[Field, tuple[int, ...]]


def _key(header: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", header.casefold()).split())


# Column names by field, as patterns over the header in lower case with punctuation turned
# into single spaces ("E-mail 1 - Value" → "e mail 1 value"); the order is the preference.
_PATTERNS: dict[Field, tuple[str, ...]] = {
    Field.NAME: (
        r"name",
        r"full name",
        r"display name",
        r"contact name",
        r"contact",
        r"vollständiger name",
        r"nom complet",
    ),
    Field.FIRST_NAME: (
        r"first name",
        r"given name",
        r"firstname",
        r"forename",
        r"vorname",
        r"prénom",
    ),
    Field.MIDDLE_NAME: (r"middle name", r"additional name", r"weitere vornamen"),
    Field.LAST_NAME: (r"last name", r"family name", r"surname", r"lastname", r"nachname", r"nom"),
    Field.ORGANISATION: (
        r"company",
        r"organization name",
        r"organization 1 name",
        r"organisation",
        r"organization",
        r"company name",
        r"organisation name",
        r"business",
        r"employer",
        r"firma",
        r"société",
        r"entreprise",
    ),
    Field.ROLE: (
        r"job title",
        r"organization title",
        r"organization 1 title",
        r"role",
        r"position",
        r"fonction",
    ),
    Field.EMAIL: (
        r"e ?mail",
        r"e ?mail address",
        r"e ?mail \d+ address",
        r"e ?mail \d+ value",
        r"e ?mail adresse",
        r"mail",
        r"email address \d+",
        r"e ?mail \d+ adresse",
        r"adresse de messagerie",
        r"adresse de messagerie \d+",
    ),
    Field.PHONE: (
        r"business phone",
        r"mobile phone",
        r"primary phone",
        r"company main phone",
        r"phone \d+ value",
        r"phone",
        r"phone number",
        r"telephone",
        r"telephone number",
        r"tel",
        r"mobile",
        r"mobile number",
        r"cell",
        r"home phone",
        r"other phone",
        r"telefon geschäftlich",
        r"mobiltelefon",
        r"téléphone bureau",
        r"téléphone",
    ),
    Field.NOTES: (r"notes", r"note", r"comments", r"comment", r"remarks", r"notizen"),
    Field.WEBSITE: (
        r"web page",
        r"website \d+ value",
        r"website",
        r"web site",
        r"url",
        r"webseite",
    ),
    Field.COUNTRY: (
        r"business country",
        r"business country region",
        r"address \d+ country",
        r"country",
        r"country region",
        r"land",
        r"pays",
    ),
}
_COMPILED = {
    field: tuple(re.compile(pattern) for pattern in patterns)
    for field, patterns in _PATTERNS.items()
}


def recognise(headers: Sequence[str]) -> ColumnMapping:
    """The fields the column names say, each with its columns in order of preference."""
    keys = [_key(header) for header in headers]
    taken: set[int] = set()
    found: ColumnMapping = {}
    for field in Field:
        columns: list[int] = []
        for pattern in _COMPILED[field]:
            for index, key in enumerate(keys):
                if index not in taken and index not in columns and pattern.fullmatch(key):
                    columns.append(index)
        if columns:
            found[field] = tuple(columns)
            taken.update(columns)
    return found


def file_format(headers: Sequence[str]) -> str:
    """What produced the file, going by its columns ("Google Contacts CSV", "Outlook CSV")."""
    keys = {_key(header) for header in headers}
    if keys & {"e mail 1 value", "organization name", "organization 1 name", "given name"}:
        return "Google Contacts CSV"
    if "e mail address" in keys and keys & {"company", "job title"}:
        return "Outlook CSV"
    return "CSV"


def usable(mapping: ColumnMapping) -> bool:
    """Whether a mapping says where names or organisations are."""
    return any(
        mapping.get(field)
        for field in (Field.NAME, Field.FIRST_NAME, Field.LAST_NAME, Field.ORGANISATION)
    )


def field_named(text: str) -> Field:
    """The field a user means by ``text`` ("Name", "organization", "E-mail", "job title")."""
    wanted = _key(text).replace(" ", "")
    aliases = {
        "organization": Field.ORGANISATION,
        "company": Field.ORGANISATION,
        "title": Field.ROLE,
        "jobtitle": Field.ROLE,
        "roletitle": Field.ROLE,
        "mail": Field.EMAIL,
        "emailaddress": Field.EMAIL,
        "telephone": Field.PHONE,
        "note": Field.NOTES,
        "givenname": Field.FIRST_NAME,
        "familyname": Field.LAST_NAME,
        "surname": Field.LAST_NAME,
        "fullname": Field.NAME,
        "web": Field.WEBSITE,
        "url": Field.WEBSITE,
    }
    for field in Field:
        if wanted in (field.value.replace("_", ""), _key(field.label).replace(" ", "")):
            return field
    if wanted in aliases:
        return aliases[wanted]
    known = ", ".join(field.label for field in Field)
    raise UnreadableFileError(
        said(
            QT_TRANSLATE_NOOP(
                "Import", "“%1” is not something PartnerDesk imports; choose from %2"
            ),
            text,
            known,
        )
    )


@dataclass(frozen=True)
class CsvLayout:
    """The shape of a CSV file: its columns, first rows and what was recognised."""

    headers: list[str]
    sample: list[list[str]]
    recognised: ColumnMapping
    file_format: str
    delimiter: str
    encoding_label: Phrase
    encoding_assumed: bool


def _delimiter(first_line: str) -> str:
    counts: dict[str, int] = {}
    quoted = False
    for char in first_line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in ",;\t|":
            counts[char] = counts.get(char, 0) + 1
    return max(counts, key=lambda d: counts[d]) if counts else ","


def _records(text: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """Rows with the line each begins on."""
    if csv.field_size_limit() < MAX_CELL:
        csv.field_size_limit(MAX_CELL)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    line = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise UnreadableFileError(_csv_problem(str(exc)), where=line_number(line)) from None
        yield line, row
        line = reader.line_num + 1


def _csv_problem(problem: str) -> Phrase:
    if "unexpected end of data" in problem:
        return said(
            QT_TRANSLATE_NOOP(
                "Import", "a quoted cell never ends (its closing quote mark is missing)"
            )
        )
    if "field larger" in problem:
        return said(QT_TRANSLATE_NOOP("Import", "a cell is longer than %1 characters"), MAX_CELL)
    # Python's own words for what else is wrong: they name the character at fault.
    return said(QT_TRANSLATE_NOOP("Import", "the row cannot be read as CSV (%1)"), problem)


def _split_text(data: bytes, encoding: str | None) -> tuple[str, Phrase, bool]:
    decoded = decode_text(data, encoding)
    if not decoded.text.strip():
        raise UnreadableFileError(said(QT_TRANSLATE_NOOP("Import", "the file is empty")))
    return decoded.text, decoded.label, decoded.assumed


def layout(data: bytes, *, encoding: str | None = None, sample_rows: int = 5) -> CsvLayout:
    """Read the columns and first rows of a CSV file, and what its column names say."""
    text, label, assumed = _split_text(data, encoding)
    delimiter = _delimiter(text.lstrip("\ufeff").split("\n", 1)[0])
    records = _records(text, delimiter)
    _, headers = next(records)
    headers = [header.strip() for header in headers]
    sample = []
    for _, row in records:
        if any(cell.strip() for cell in row):
            sample.append(row + [""] * (len(headers) - len(row)))
        if len(sample) >= sample_rows:
            break
    return CsvLayout(
        headers, sample, recognise(headers), file_format(headers), delimiter, label, assumed
    )


def mapping_from_names(headers: Sequence[str], pairs: Sequence[str]) -> ColumnMapping:
    """A mapping from ``FIELD=COLUMN`` pairs as written on the command line.

    ``COLUMN`` is a column's name (any case); an empty one means "do not import this field".
    """
    mapping: ColumnMapping = {}
    lowered = {header.strip().casefold(): index for index, header in enumerate(headers)}
    for pair in pairs:
        field_text, sep, column = pair.partition("=")
        if not sep:
            raise UnreadableFileError(
                said(
                    QT_TRANSLATE_NOOP(
                        "Import", "“%1” should be written FIELD=COLUMN, e.g. Name=Full name"
                    ),
                    pair,
                )
            )
        field = field_named(field_text)
        column = column.strip()
        if not column:
            mapping[field] = ()
            continue
        index = lowered.get(column.casefold())
        if index is None:
            shown = _quoted(headers)
            raise UnreadableFileError(
                said(
                    QT_TRANSLATE_NOOP("Import", "the file has no column “%1”; its columns are %2"),
                    column,
                    shown,
                )
            )
        mapping[field] = (*mapping.get(field, ()), index)
    return mapping


def read_csv(
    data: bytes,
    *,
    mapping: ColumnMapping | None = None,
    encoding: str | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ContactFile:
    """Read every row of a CSV file of contacts.

    ``mapping`` replaces what the column names say, field by field (a field mapped to no
    column is not imported). Raises :class:`ColumnsNotRecognisedError` when no column holds
    names or organisations, and :class:`UnreadableFileError` for a file that is not CSV text.
    """
    text, label, assumed = _split_text(data, encoding)
    delimiter = _delimiter(text.lstrip("\ufeff").split("\n", 1)[0])
    records = _records(text, delimiter)
    _, headers = next(records)
    headers = [header.strip() for header in headers]
    columns = {**recognise(headers), **(mapping or {})}
    if not usable(columns):
        shown = _quoted(headers, at_most=12)
        raise ColumnsNotRecognisedError(
            headers,
            [row for _, row in zip(range(5), (r for _, r in records), strict=False)],
            problem=said(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "no column could be recognised as a name or an organisation "
                    "(the columns are %1); say which column holds what",
                ),
                shown,
            ),
        )
    steps = Steps(max(1, text.count("\n")), progress, cancelled, every=500)
    contacts: list[Contact] = []
    skipped: list[Skipped] = []
    for row_number, (line, row) in enumerate(records, start=2):
        steps.advance()
        if not any(cell.strip() for cell in row):
            continue
        where = (
            said(QT_TRANSLATE_NOOP("Import", "row %1"), row_number)
            if line == row_number
            else said(QT_TRANSLATE_NOOP("Import", "row %1, line %2"), row_number, line)
        )
        found = _row_contact(where, row, columns)
        if isinstance(found, Contact):
            contacts.append(found)
        else:
            skipped.append(found)
    steps.finish()
    notes = []
    if assumed:
        notes.append(not_utf8_note(label))
    kind = file_format(headers)
    used = {index for indexes in columns.values() for index in indexes}
    unused = [header for index, header in enumerate(headers) if index not in used and header]
    if unused and kind == "CSV":
        shown = _quoted(unused, at_most=8)
        notes.append(
            said(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "These columns are not imported: %1. If one holds a name, organisation, "
                    "role, e-mail or phone, say so under Columns.",
                ),
                shown,
            )
        )
    return ContactFile(kind, tuple(contacts), tuple(skipped), tuple(notes))


def _quoted(headers: Sequence[str], *, at_most: int | None = None) -> object:
    """Column names in quotation marks, one after the other ("“Name”, “Shoe size”"), and an
    ellipsis after the first ``at_most`` when there are more."""
    shown = joined(
        [
            said(QT_TRANSLATE_NOOP("Import", "“%1”"), header)
            for header in headers[:at_most]
            if header
        ]
    )
    if at_most is not None and len(headers) > at_most:
        return said(QT_TRANSLATE_NOOP("Import", "%1…"), shown)
    return shown


def _cells(row: list[str], columns: tuple[int, ...]) -> list[str]:
    found: list[str] = []
    for index in columns:
        if index < len(row):
            # Google writes several values of one kind into a cell, separated by " ::: ".
            found.extend(part.strip() for part in row[index].split(" ::: ") if part.strip())
    return found


def _row_contact(where: Phrase, row: list[str], columns: ColumnMapping) -> Contact | Skipped:
    def first(field: Field) -> str | None:
        values = _cells(row, columns.get(field, ()))
        return values[0] if values else None

    name = first(Field.NAME)
    if not name:
        parts = [first(field) for field in (Field.FIRST_NAME, Field.MIDDLE_NAME, Field.LAST_NAME)]
        name = " ".join(part for part in parts if part) or None
    organisation = first(Field.ORGANISATION)
    return make_contact(
        where,
        name=name,
        organisation=organisation,
        role_title=first(Field.ROLE),
        emails=_cells(row, columns.get(Field.EMAIL, ())),
        phone=first(Field.PHONE),
        notes="\n\n".join(_cells(row, columns.get(Field.NOTES, ()))) or None,
        website=first(Field.WEBSITE) if name is None else None,
        country=first(Field.COUNTRY) if name is None else None,
    )
