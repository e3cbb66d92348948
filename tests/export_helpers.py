"""A partnership full of secrets, hostile text and names in several scripts, shared by the
tests of the documents PartnerDesk writes to share (summaries and the portfolio report)."""

from __future__ import annotations

import io
import re
from datetime import date, timedelta
from pathlib import Path

from partnerdesk.domain.assessments import add_assessment
from partnerdesk.domain.journal import log_contact
from partnerdesk.domain.organisations import create_organisation, create_person
from partnerdesk.domain.partnerships import change_kind, change_stage, create_partnership
from partnerdesk.domain.vocabulary import Channel, Kind, Level, Seniority, Stage
from partnerdesk.store.connection import Store
from tests.conftest import TODAY

#: Text that only private entries, private assessments and notes hold: never in a shared
#: document.
SECRETS = (
    "SECRET-PARTNERSHIP-NOTES",
    "SECRET-ORGANISATION-NOTES",
    "SECRET-PERSON-NOTES",
    "SECRET-PRIVATE-ENTRY",
    "SECRET-PRIVATE-DETAILS",
    "SECRET-SHARED-DETAILS",
    "SECRET-REFLECTION",
    "SECRET-PRIVATE-FOLLOW-UP",
    "SECRET-ASSESSMENT-NOTE",
    "SECRET-PRIVATE-ASSESSMENT",
)
#: Text of the owner's archive copy: what --include-private adds.
ARCHIVE_ONLY = (
    "SECRET-PARTNERSHIP-NOTES",
    "SECRET-PRIVATE-ENTRY",
    "SECRET-PRIVATE-DETAILS",
    "SECRET-SHARED-DETAILS",
    "SECRET-REFLECTION",
    "SECRET-PRIVATE-FOLLOW-UP",
    "SECRET-ASSESSMENT-NOTE",
    "SECRET-PRIVATE-ASSESSMENT",
)

PARTNERSHIP = "Flour & Friends | Pool"
PURPOSE = "Buy flour <script>alert('purpose')</script> together; see [terms](javascript:alert(1))"
HOSTILE_SUMMARY = "Agreed | price <img src=x onerror=alert(2)> **now** ](javascript:alert(3))"
MOVE_NOTE = "<b>Moved</b> after the [kiosk](javascript:alert(4)) opened"
#: Names in Latin with accents, Cyrillic, Greek and Japanese.
PARTNER = "Кафе Ёлка"
GREEK_PERSON = "Γιώργος Παπαδόπουλος"
CYRILLIC_PERSON = "Ана Петрова"
CJK_PERSON = "山田太郎"
ACCENTED_PERSON = "Zoë Müller-Søren"


def day(days_ago: int) -> date:
    """A date that many days before TODAY."""
    return TODAY - timedelta(days=days_ago)


def build_secret_partnership(store: Store) -> int:
    """A value-chain partnership with shared and private entries and assessments; its id."""
    own = create_organisation(
        store, "Hearth & Grain Bakery", is_self=True, notes="SECRET-ORGANISATION-NOTES"
    )
    partner = create_organisation(store, PARTNER, notes="SECRET-ORGANISATION-NOTES")
    greek = create_organisation(store, "Φούρνος Ήλιος")
    maya = create_person(
        store,
        "Maya Lindqvist",
        organisation_id=own.id,
        seniority=Seniority.LEADER,
        role_title="Owner",
        notes="SECRET-PERSON-NOTES",
    )
    ana = create_person(
        store,
        CYRILLIC_PERSON,
        organisation_id=partner.id,
        seniority=Seniority.LEADER,
        role_title="Директор",
    )
    giorgos = create_person(
        store,
        GREEK_PERSON,
        organisation_id=greek.id,
        seniority=Seniority.MANAGER,
        role_title="Υπεύθυνος",
    )
    yamada = create_person(store, CJK_PERSON, organisation_id=partner.id, role_title="パン職人")
    zoe = create_person(store, ACCENTED_PERSON, organisation_id=partner.id)
    partnership = create_partnership(
        store,
        PARTNERSHIP,
        Kind.JOINT_VENTURE,
        purpose=PURPOSE,
        started_on=day(400),
        members=[(partner.id, "Café <partner>"), (greek.id, "Supplier | mill")],
        notes="SECRET-PARTNERSHIP-NOTES",
    )
    pid = partnership.id
    change_stage(store, pid, Stage.ACTIVE, on=day(380), note="Agreement signed.")
    change_kind(store, pid, Kind.VALUE_CHAIN, on=day(200), note=MOVE_NOTE)

    def log(days_ago: int, summary: str, **fields: object) -> None:
        log_contact(store, partnership_id=pid, occurred_on=day(days_ago), summary=summary, **fields)  # type: ignore[arg-type]

    log(390, "Tasting of the new rye", levels=[Level.OPERATIONAL], people=[yamada.id])
    log(
        120,
        HOSTILE_SUMMARY,
        channel=Channel.CALL,
        levels=[Level.TACTICAL],
        people=[giorgos.id, maya.id],
        details="SECRET-SHARED-DETAILS",
    )
    log(
        60,
        "Leaders' lunch",
        levels=[Level.STRATEGIC, Level.INTERPERSONAL],
        people=[ana.id, maya.id],
    )
    log(
        30,
        f"Visit with {ACCENTED_PERSON}",
        channel=Channel.VISIT,
        levels=[Level.CULTURAL],
        people=[zoe.id],
        follow_up_on=day(-10),
    )
    log(
        20,
        "SECRET-PRIVATE-ENTRY with the leader",
        private=True,
        levels=[Level.STRATEGIC],
        people=[ana.id],
        details="SECRET-PRIVATE-DETAILS",
    )
    log(
        15,
        "Call about SECRET-PRIVATE-FOLLOW-UP",
        private=True,
        channel=Channel.CALL,
        follow_up_on=day(-5),
    )
    log(10, "SECRET-REFLECTION after the call", channel=Channel.NOTE, private=True)
    strong = dict.fromkeys(Level, 4)
    add_assessment(
        store, pid, assessed_on=day(200), scores=dict.fromkeys(Level, 2), note="First look"
    )
    add_assessment(
        store,
        pid,
        assessed_on=day(90),
        scores=strong | {Level.CULTURAL: 3},
        note="SECRET-ASSESSMENT-NOTE",
    )
    add_assessment(
        store,
        pid,
        assessed_on=day(5),
        scores=dict.fromkeys(Level, 0),
        note="SECRET-PRIVATE-ASSESSMENT",
        private=True,
    )
    return pid


def pdf_text(source: bytes | Path) -> str:
    """The text of every page of a PDF, with runs of white space made single spaces."""
    from pypdf import PdfReader

    data = source.read_bytes() if isinstance(source, Path) else source
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def squeezed(text: str) -> str:
    """Text without any white space, to find words the PDF's layout may have split."""
    return re.sub(r"\s+", "", text)
