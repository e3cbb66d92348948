"""Reading contacts from vCard files (versions 2.1, 3.0 and 4.0; many cards per file).

vobject parses each property (its name, parameters and group) and decodes its value
(backslash escapes; the fields of ``N``, ``ORG`` and ``ADR``). Around it, this module keeps
track of where each card begins and ends, which lets it

* name the card and line of every problem ("card 3, line 17"), as vobject's own line numbers
  are off after blank lines;
* read vCard 2.1 quoted-printable text however it is marked (``ENCODING=QUOTED-PRINTABLE``,
  a bare ``quoted-printable``, any case) and whatever its bytes are: with the ``CHARSET`` it
  names, else as UTF-8 when it is valid UTF-8, else in the legacy encoding assumed for the
  file (Windows-1252 unless the user chooses another), which the preview reports;
* skip a card it cannot use (no name and no organisation, a property vobject cannot read)
  with the reason, while the others are imported;
* refuse a file whose structure is broken (not a vCard file, a card that never ends, an end
  without a beginning) with a message naming the card and line.

Only the properties PartnerDesk keeps are decoded (names, organisation, title, e-mail,
telephone, note, web address, country), so embedded photos cost nothing.
"""

from __future__ import annotations

import codecs
import quopri
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import vobject

from partnerdesk.domain.phrases import Phrase
from partnerdesk.domain.vocabulary import QT_TRANSLATE_NOOP
from partnerdesk.imports.contacts import Contact, ContactFile, Skipped, make_contact
from partnerdesk.imports.errors import UnreadableFileError, said
from partnerdesk.imports.textfile import (
    LEGACY_DEFAULT,
    decode_text,
    encoding_label,
    line_number,
    not_utf8_note,
)
from partnerdesk.progress import CancelCheck, Progress, Steps

#: The properties read from each card; everything else (photos, keys, sounds…) is passed by.
WANTED = frozenset(
    {"FN", "N", "ORG", "TITLE", "ROLE", "EMAIL", "TEL", "NOTE", "URL", "ADR", "KIND", "X-ABSHOWAS"}
)


@dataclass
class _Card:
    number: int
    line: int
    properties: list[tuple[str, list[list[str]], str, str | None, int]] = field(
        default_factory=list
    )
    problem: Phrase | None = None
    nested: int = 0
    previous_property: str = ""

    @property
    def where(self) -> Phrase:
        return said(QT_TRANSLATE_NOOP("Import", "card %1, line %2"), self.number, self.line)


def _logical_lines(text: str) -> Iterator[tuple[str, int]]:
    """Unfold the physical lines of a vCard file into properties, with their first line.

    A line starting with a space or tab continues the one before (vCard 3.0 and 4.0 folding).
    In vCard 2.1 quoted-printable values a line ending with ``=`` continues on the next; the
    line break is kept for the quoted-printable decoder, which drops it as a soft break.
    """
    current: list[str] = []
    start = 0
    soft_break = False
    for number, physical in enumerate(text.split("\n"), start=1):
        if current and soft_break:
            current.append("\n" + physical)
        elif current and physical[:1] in (" ", "\t"):
            current.append(physical[1:])
        else:
            if current:
                yield "".join(current), start
            current = [physical] if physical.strip() else []
            start = number
        soft_break = bool(
            current
            and physical.endswith("=")
            and "quoted-printable" in current[0].split(":", 1)[0].lower()
        )
    if current:
        yield "".join(current), start


def _parse(logical: str, number: int) -> tuple[str, list[list[str]], str, str | None]:
    """A property's name (in upper case), parameters, value and group; ValueError when the
    line is not a vCard property (NAME:value)."""
    try:
        name, params, value, group = vobject.base.parseLine(logical, number)
    except vobject.base.ParseError:
        raise ValueError(logical) from None
    return name.upper(), params, value, group


@dataclass(frozen=True)
class _Property:
    """One decoded property of a card."""

    #: Parameter names and values in upper case ("TYPE", "WORK", "PREF"…): what it is for.
    marks: frozenset[str]
    #: Text, or for structured properties (N, ORG, ADR) the list of fields.
    value: str | list[Any]


_STRUCTURED = frozenset({"N", "ORG", "ADR"})
_NAME_FIELDS = ("family", "given", "additional", "prefix", "suffix")
_ADDRESS_COUNTRY = 6  # post office box, extended, street, city, region, code, country


class _Reader:
    def __init__(self, legacy: str) -> None:
        self.legacy = legacy
        #: Cards holding quoted-printable text with no character set, read as ``legacy``.
        self.guessed_charset: set[int] = set()

    def _qp(self, card: int, params: list[list[str]], value: str) -> str:
        encoded = False
        charset: str | None = None
        for param in params:
            key = param[0].upper()
            if key == "QUOTED-PRINTABLE" or (
                key == "ENCODING" and "QUOTED-PRINTABLE" in (v.upper() for v in param[1:])
            ):
                encoded = True
            elif key == "CHARSET" and param[1:]:
                charset = param[1]
        if not encoded:
            return value
        raw = quopri.decodestring(value.encode("utf-8"))
        if charset:
            try:
                return raw.decode(codecs.lookup(charset).name)
            except (LookupError, UnicodeDecodeError):
                pass
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            self.guessed_charset.add(card)
            return raw.decode(self.legacy, errors="replace")

    def contact(self, card: _Card) -> Contact | Skipped:
        """The contact a card describes, or why it is skipped."""
        if card.problem is not None:
            return Skipped(card.where, card.problem)
        contents: dict[str, list[_Property]] = {}
        for name, params, value, _group, number in card.properties:
            marks = {param[0].upper() for param in params}
            marks.update(v.upper() for param in params for v in param[1:])
            try:
                text = self._qp(card.number, params, value)
                # vobject's decoders: backslash escapes, and fields split at unescaped ";"
                # (and lists at ",") for structured values.
                decoded: str | list[Any] = (
                    vobject.vcard.splitFields(text)
                    if name in _STRUCTURED
                    else vobject.icalendar.stringToTextValues(text)[0]
                )
            except (vobject.base.VObjectError, ValueError, IndexError):
                return Skipped(
                    card.where, said(QT_TRANSLATE_NOOP("Import", "line %1 cannot be read"), number)
                )
            contents.setdefault(name, []).append(_Property(frozenset(marks), decoded))
        return _to_contact(card.where, contents)


def _text(value: Any) -> str:
    if isinstance(value, list):
        return " ".join(text for item in value if (text := _text(item)))
    return str(value).strip() if value is not None else ""


def _field(value: str | list[Any], index: int) -> str:
    fields = value if isinstance(value, list) else [value]
    return _text(fields[index]) if index < len(fields) else ""


def _preferred(
    found: list[_Property], *, order: tuple[str, ...] = (), avoid: tuple[str, ...] = ()
) -> list[_Property]:
    """Properties in the order to choose from: never the avoided kinds first, then those
    marked preferred (2.1 ``PREF``, 3.0 ``TYPE=pref``, 4.0 ``PREF=1``), then by ``order``."""

    def rank(item: tuple[int, _Property]) -> tuple[int, int, int, int]:
        position, prop = item
        preferred = 0 if "PREF" in prop.marks else 1
        kind = next((i for i, mark in enumerate(order) if mark in prop.marks), len(order))
        return (1 if prop.marks & set(avoid) else 0, preferred, kind, position)

    return [prop for _, prop in sorted(enumerate(found), key=rank)]


def _to_contact(where: Phrase, contents: dict[str, list[_Property]]) -> Contact | Skipped:
    def first(key: str) -> str:
        return next((text for prop in contents.get(key, []) if (text := _text(prop.value))), "")

    full_name = first("FN")
    n_name = family = ""
    if "N" in contents:
        parts = {key: _field(contents["N"][0].value, i) for i, key in enumerate(_NAME_FIELDS)}
        family = parts["family"]
        n_name = " ".join(part for part in (parts["given"], parts["additional"], family) if part)
    organisation = next(
        (org for prop in contents.get("ORG", []) if (org := _field(prop.value, 0))), ""
    )
    kind = first("KIND").lower()
    company = kind in ("org", "organization") or first("X-ABSHOWAS").upper() == "COMPANY"
    if not company and not n_name and organisation:
        company = not full_name or full_name.casefold() == organisation.casefold()
    person: str | None
    if company:
        person = None
        organisation = organisation or full_name
    elif full_name and not (family and family.casefold() not in full_name.casefold()):
        person = full_name
    else:
        # FN holds a nickname or a display alias ("Maxl" for Max Mustermann): the structured
        # name says who it is.
        person = n_name or full_name or None
    emails = [_text(p.value) for p in _preferred(contents.get("EMAIL", []), order=("WORK",))]
    phones = _preferred(
        contents.get("TEL", []), order=("WORK", "CELL", "MAIN", "VOICE"), avoid=("FAX", "PAGER")
    )
    urls = _preferred(contents.get("URL", []), order=("WORK",))
    addresses = _preferred(contents.get("ADR", []), order=("WORK",))
    notes = "\n\n".join(text for prop in contents.get("NOTE", []) if (text := _text(prop.value)))
    return make_contact(
        where,
        name=person,
        organisation=organisation or None,
        role_title=first("TITLE") or first("ROLE") or None,
        emails=[email for email in emails if email],
        phone=next((text for prop in phones if (text := _text(prop.value))), None),
        notes=notes or None,
        # Apple and Google escape the colon of a web address ("http\\://"), which vCard 3.0
        # does not ask for and vobject keeps.
        website=next((_text(p.value).replace("\\:", ":") for p in urls), None) if company else None,
        country=next((text for p in addresses if (text := _field(p.value, _ADDRESS_COUNTRY))), None)
        if company
        else None,
    )


def read_vcard(
    data: bytes,
    *,
    encoding: str | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ContactFile:
    """Read every card of a vCard file.

    ``encoding`` is the text encoding when the user chose one (also used for quoted-printable
    text that names no character set); otherwise it is detected. Raises
    :class:`UnreadableFileError` for a file that is not a vCard file or whose structure is
    broken; cards that cannot be used are returned as skipped, with the reason.
    """
    decoded = decode_text(data, encoding)
    legacy = decoded.encoding if decoded.assumed or encoding else LEGACY_DEFAULT
    if codecs.lookup(legacy).name in ("utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32"):
        legacy = LEGACY_DEFAULT
    text = decoded.text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise UnreadableFileError(said(QT_TRANSLATE_NOOP("Import", "the file is empty")))
    reader = _Reader(legacy)
    steps = Steps(text.upper().count("BEGIN:VCARD"), progress, cancelled, every=250)
    contacts: list[Contact] = []
    skipped: list[Skipped] = []
    card: _Card | None = None
    count = 0
    for logical, number in _logical_lines(text):
        try:
            name, params, value, group = _parse(logical, number)
        except ValueError:
            if card is None:
                raise _not_vcard(number, logical) from None
            card.problem = card.problem or said(
                QT_TRANSLATE_NOOP(
                    "Import", "line %1 cannot be read: it is not a vCard property (NAME:value)"
                ),
                number,
            )
            continue
        if name == "BEGIN":
            if card is None:
                if value.strip().upper() != "VCARD":
                    raise _not_vcard(number, logical)
                count += 1
                card = _Card(count, number)
            elif card.previous_property == "AGENT" or value.strip().upper() != "VCARD":
                card.nested += 1  # a card inside a card (vCard 2.1 AGENT), passed by
            else:
                raise UnreadableFileError(
                    said(
                        QT_TRANSLATE_NOOP(
                            "Import",
                            "this card never ends: END:VCARD is missing before the next card "
                            "begins on line %1",
                        ),
                        number,
                    ),
                    where=card.where,
                )
        elif name == "END":
            if card is None:
                raise UnreadableFileError(
                    said(
                        QT_TRANSLATE_NOOP(
                            "Import",
                            "this line ends a card that never began (BEGIN:VCARD is missing)",
                        )
                    ),
                    where=line_number(number),
                )
            if card.nested:
                card.nested -= 1
                continue
            found = reader.contact(card)
            if isinstance(found, Contact):
                contacts.append(found)
            else:
                skipped.append(found)
            card = None
            steps.advance()
        elif card is None:
            raise _not_vcard(number, logical)
        elif not card.nested:
            card.previous_property = name
            if name in WANTED:
                card.properties.append((name, params, value, group, number))
    if card is not None:
        raise UnreadableFileError(
            said(
                QT_TRANSLATE_NOOP(
                    "Import", "this card never ends: END:VCARD is missing at the end of the file"
                )
            ),
            where=card.where,
        )
    if count == 0:
        raise UnreadableFileError(said(QT_TRANSLATE_NOOP("Import", "the file holds no vCards")))
    steps.finish()
    notes = []
    if decoded.assumed:
        notes.append(not_utf8_note(decoded.label))
    if reader.guessed_charset:
        notes.append(
            said(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "%n cards hold quoted-printable text that names no character set; it was "
                    "read as %1. If names look wrong, choose the encoding the address book used.",
                ),
                encoding_label(legacy),
                n=len(reader.guessed_charset),
                one="%n card holds quoted-printable text that names no character set; it was "
                "read as %1. If names look wrong, choose the encoding the address book used.",
            )
        )
    return ContactFile("vCard", tuple(contacts), tuple(skipped), tuple(notes))


def _not_vcard(number: int, logical: str) -> UnreadableFileError:
    shown = logical.strip()
    shown = shown if len(shown) <= 40 else shown[:40] + "…"
    return UnreadableFileError(
        said(
            QT_TRANSLATE_NOOP(
                "Import",
                "this is not a vCard file: a card should begin here with BEGIN:VCARD, "
                "but the line reads “%1”",
            ),
            shown,
        ),
        where=line_number(number),
    )
