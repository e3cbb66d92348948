"""What a contact file holds, whatever its format: contacts, skipped records, assumptions.

The vCard and CSV readers turn each card or row into a :class:`Contact` through
:func:`make_contact`, which applies the same rules to both: text is cleaned as the database
expects it (one line for names, control characters removed), a record with neither a
person's name nor an organisation is :class:`Skipped` with the reason, and a person's
seniority is read from their job title only when the title says it clearly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from partnerdesk.domain.fields import MAX_LINE, line, text
from partnerdesk.domain.phrases import Phrase
from partnerdesk.domain.vocabulary import QT_TRANSLATE_NOOP, Seniority
from partnerdesk.imports.errors import said

# Lengths are checked by the caller, which says which value was too long.
_one_line = line(max_length=MAX_LINE * 4)
_many_lines = text()
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f]")


@dataclass(frozen=True)
class Contact:
    """A person (with their organisation, if known) or an organisation on its own."""

    #: Where it is in the file: "card 3, line 17" or "row 2, line 3".
    where: Phrase
    #: The person's name; None for an organisation on its own (a company card).
    name: str | None
    organisation: str | None = None
    role_title: str | None = None
    seniority: Seniority = Seniority.OTHER
    #: Every e-mail address, the preferred one first; the first is the one stored.
    emails: tuple[str, ...] = ()
    phone: str | None = None
    notes: str | None = None
    website: str | None = None
    country: str | None = None
    #: Values that could not be kept, in words ("the role was longer than 500 characters").
    warnings: tuple[Phrase, ...] = ()

    @property
    def is_organisation(self) -> bool:
        """True for an organisation on its own, with no person."""
        return self.name is None

    @property
    def email(self) -> str | None:
        """The e-mail address stored for the person."""
        return self.emails[0] if self.emails else None

    @property
    def label(self) -> str:
        """The name to show for it."""
        return self.name or self.organisation or ""


@dataclass(frozen=True)
class Skipped:
    """A card or row that is not imported, with why."""

    where: Phrase
    reason: Phrase


@dataclass(frozen=True)
class ContactFile:
    """Everything read from one contact file."""

    #: What kind of file it was, in words ("vCard", "Google Contacts CSV").
    file_format: str
    contacts: tuple[Contact, ...]
    skipped: tuple[Skipped, ...] = ()
    #: What the reader assumed and the user may want to know ("read as Windows-1252…").
    notes: tuple[Phrase, ...] = field(default=())


def clean_text(value: str | None, *, multiline: bool = False) -> str | None:
    """Imported text as the database keeps it: control characters gone, ends trimmed, and
    on one line unless ``multiline``; None when nothing is left."""
    if value is None:
        return None
    kept = _CONTROL.sub(" ", value)
    return _many_lines(kept) if multiline else _one_line(kept[: MAX_LINE * 4])


#: The values that may be left out of a contact for being too long, as a sentence names them.
_VALUES = {
    "organisation": QT_TRANSLATE_NOOP("Import", "the organisation"),
    "role": QT_TRANSLATE_NOOP("Import", "the role"),
    "phone": QT_TRANSLATE_NOOP("Import", "the phone"),
    "website": QT_TRANSLATE_NOOP("Import", "the website"),
    "country": QT_TRANSLATE_NOOP("Import", "the country"),
}


def _fits(value: str | None, what: str, warnings: list[Phrase]) -> str | None:
    if value is not None and len(value) > MAX_LINE:
        warnings.append(
            said(
                QT_TRANSLATE_NOOP("Import", "%1 was left out: it is longer than %2 characters"),
                said(_VALUES[what]),
                MAX_LINE,
            )
        )
        return None
    return value


_LEADER = re.compile(
    r"\b(ceo|cfo|coo|cto|cio|cmo|chief\b.*\bofficer|chief executive|managing director|"
    r"executive director|founder|co-?founder|(?<!product )owner|co-?owner|proprietor|"
    r"chair|chairman|chairwoman|chairperson|(?<!vice )(?<!vice-)president|"
    r"gesch[äa]ftsf[üu]hrer(in)?|inhaber(in)?|g[ée]rant|pdg|directeur g[ée]n[ée]ral)\b",
    re.IGNORECASE,
)
_MANAGER = re.compile(
    r"\b(manager|head of|\w+ director|director of|directrice|vice[- ]president|vp|"
    r"supervisor|team lead|team leader|leiter(in)?|abteilungsleiter(in)?|responsable)\b",
    re.IGNORECASE,
)
_PROFESSIONAL = re.compile(
    r"\b(engineer|developer|programmer|accountant|analyst|consultant|designer|architect|"
    r"specialist|scientist|researcher|lawyer|solicitor|attorney|advis[eo]r|technician|"
    r"buyer|planner|economist|pharmacist|physician|doctor|nurse|teacher|baker|chef|"
    r"ingenieur(in)?|entwickler(in)?|berater(in)?|ing[ée]nieur|d[ée]veloppeur)\b",
    re.IGNORECASE,
)


def seniority_from_title(title: str | None) -> Seniority:
    """How senior a job title says its holder is, when it says so clearly; else ``other``.

    Leaders run the organisation (chief executive or any chief officer, managing or executive
    director, founder, owner, president, chair); managers lead a team or function (manager,
    head of, sales director, director of…, vice president, team lead); professionals do
    specialist work (engineer, accountant, consultant…). A title that matches none of these,
    or is ambiguous, stays ``other`` for the user to set: "Partner", "Money Counter", and a
    bare "Director" (a board member in one company, a department head in another).
    """
    if not title:
        return Seniority.OTHER
    if _LEADER.search(title):
        return Seniority.LEADER
    if _MANAGER.search(title):
        return Seniority.MANAGER
    if _PROFESSIONAL.search(title):
        return Seniority.PROFESSIONAL
    return Seniority.OTHER


def _unquoted(value: str | None) -> str | None:
    # Thunderbird writes titles wrapped in literal double quotes.
    if value and len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def _email(value: str) -> str | None:
    cleaned = clean_text(value.strip().removeprefix("mailto:").removeprefix("MAILTO:"))
    return cleaned if cleaned and len(cleaned) <= MAX_LINE else None


def make_contact(
    where: Phrase,
    *,
    name: str | None,
    organisation: str | None = None,
    role_title: str | None = None,
    emails: Iterable[str] = (),
    phone: str | None = None,
    notes: str | None = None,
    website: str | None = None,
    country: str | None = None,
) -> Contact | Skipped:
    """Clean one record's values into a Contact, or say why it is skipped."""
    warnings: list[Phrase] = []
    person = clean_text(name)
    company = clean_text(organisation)
    addresses: list[str] = []
    for value in emails:
        address = _email(value)
        if address and address.lower() not in {a.lower() for a in addresses}:
            addresses.append(address)
    if person is not None and len(person) > MAX_LINE:
        return Skipped(
            where,
            said(QT_TRANSLATE_NOOP("Import", "the name is longer than %1 characters"), MAX_LINE),
        )
    company = _fits(company, "organisation", warnings)
    if person is None and company is None:
        if addresses:
            return Skipped(
                where,
                said(
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "it has no name and no organisation (it has the e-mail address %1)",
                    ),
                    addresses[0],
                ),
            )
        return Skipped(
            where, said(QT_TRANSLATE_NOOP("Import", "it has no name and no organisation"))
        )
    title = _fits(clean_text(_unquoted(clean_text(role_title))), "role", warnings)
    return Contact(
        where=where,
        name=person,
        organisation=company,
        role_title=title,
        seniority=seniority_from_title(title),
        emails=tuple(addresses),
        phone=_fits(clean_text((phone or "").strip().removeprefix("tel:")), "phone", warnings),
        notes=clean_text(notes, multiline=True),
        website=_fits(clean_text(website), "website", warnings),
        country=_fits(clean_text(country), "country", warnings),
        warnings=tuple(warnings),
    )
