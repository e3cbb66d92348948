"""Reading vCards as address books really write them, and refusing broken files clearly."""

from __future__ import annotations

import base64

import pytest
import vobject
from hypothesis import given, settings
from hypothesis import strategies as st

from partnerdesk.domain.vocabulary import Seniority
from partnerdesk.imports.contacts import Contact, ContactFile
from partnerdesk.imports.errors import UnreadableFileError
from partnerdesk.imports.vcard import read_vcard


def _crlf(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode("utf-8")


def _only(found: ContactFile) -> Contact:
    assert not found.skipped
    (contact,) = found.contacts
    return contact


def test_vcard_21_quoted_printable_with_charset_and_soft_breaks() -> None:
    data = _crlf(
        "BEGIN:VCARD\n"
        "VERSION:2.1\n"
        "N;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:M=C3=BCller;J=C3=BCrgen\n"
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BCller\n"
        "ORG;CHARSET=utf-8;ENCODING=QUOTED-PRINTABLE:M=C3=BChle Nord;Einkauf\n"
        "TITLE:Gesch=C3=A4ftsf=C3=BChrer\n"
        "NOTE;CHARSET=utf-8;ENCODING=QUOTED-PRINTABLE:Erste Zeile=0D=0AZweite =\n"
        "Zeile mit =C3=9F\n"
        "TEL;WORK;VOICE:+49 30 1234\n"
        "EMAIL;PREF;INTERNET:juergen@muehle.example\n"
        "EMAIL;INTERNET:privat@example.org\n"
        "END:VCARD\n"
    )
    contact = _only(read_vcard(data))
    assert contact.name == "Jürgen Müller"
    assert contact.organisation == "Mühle Nord"
    assert contact.notes == "Erste Zeile\nZweite Zeile mit ß"
    assert contact.emails == ("juergen@muehle.example", "privat@example.org")
    assert contact.phone == "+49 30 1234"


def test_quoted_printable_without_charset_is_guessed_and_said() -> None:
    data = _crlf(
        "BEGIN:VCARD\nVERSION:2.1\n"
        "N;ENCODING=QUOTED-PRINTABLE:Iksi=F1ski;Piotr\n"
        "FN;ENCODING=QUOTED-PRINTABLE:Piotr Iksi=F1ski\n"
        "END:VCARD\n"
    )
    guessed = read_vcard(data)
    assert _only(guessed).name == "Piotr Iksiñski"  # Windows-1252, the stated assumption
    assert any("Windows-1252" in note for note in guessed.notes)
    chosen = read_vcard(data, encoding="cp1250")
    assert _only(chosen).name == "Piotr Iksiński"
    assert any("Windows-1250" in note for note in chosen.notes)


def test_lowercase_names_bare_quoted_printable_version_last_and_blank_lines() -> None:
    data = _crlf(
        "begin:vcard\nfn:contact number one\nn:one;contact\nemail;internet:one@example.org\n"
        "version:2.1\nend:vcard\n\n"
        'begin:vcard\nfn:contact number two\nn:two;contact\ntitle:"Head of Purchasing"\n'
        "note;quoted-printable:unicode text=E2=80=A6\nversion:2.1\nend:vcard\n\n"
    )
    found = read_vcard(data)
    one, two = found.contacts
    assert (one.name, one.email) == ("contact number one", "one@example.org")
    assert two.role_title == "Head of Purchasing"
    assert two.seniority is Seniority.MANAGER
    assert two.notes == "unicode text…"
    assert two.where == "card 2, line 8"
    assert found.notes == ()


def test_folded_lines_and_escapes_of_vcard_30() -> None:
    data = _crlf(
        "BEGIN:VCARD\nVERSION:3.0\n"
        "N:Doe;John;Richter\\, James;Mr.;Sr.\n"
        "FN:Mr. John Richter\\, James Doe Sr.\n"
        "ORG:Inter\n national Mills;Accounting\n"
        "TITLE:Chief Fin\n ancial Officer\n"
        'EMAIL;TYPE=WORK;X-UUID="a;b":john.\n doe@mills.example\n'
        "NOTE:First\\nsecond\\; third\\, fourth\n"
        "END:VCARD"  # no line break at the very end
    )
    contact = _only(read_vcard(data))
    assert contact.name == "Mr. John Richter, James Doe Sr."
    assert contact.organisation == "International Mills"
    assert contact.role_title == "Chief Financial Officer"
    assert contact.seniority is Seniority.LEADER
    assert contact.email == "john.doe@mills.example"
    assert contact.notes == "First\nsecond; third, fourth"


def test_embedded_photo_company_card_and_escaped_url() -> None:
    photo = base64.b64encode(bytes(range(256)) * 8).decode()
    folded = "\n  ".join(photo[i : i + 72] for i in range(0, len(photo), 72))
    data = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:Apple Computer AG\r\n"
        "ORG:Apple Computer AG;\r\n"
        "item1.ADR;type=WORK;type=pref:;;Birgistrasse 4a;Wallisellen-Zürich;;8304;Switzerland\r\n"
        "item2.URL;type=pref:http\\://www.apple.ch\r\n"
        f"PHOTO;BASE64:\r\n  {folded}\n"  # the photo's lines end in LF only, as Apple wrote
        "X-ABShowAs:COMPANY\r\nEND:VCARD\r\n"
    ).encode()
    contact = _only(read_vcard(data))
    assert contact.is_organisation and contact.name is None
    assert contact.organisation == "Apple Computer AG"
    assert contact.website == "http://www.apple.ch"
    assert contact.country == "Switzerland"


def test_vcard_40_alternatives_kind_and_uri_values() -> None:
    data = (
        "BEGIN:VCARD\nVERSION:4.0\n"
        "FN;ALTID=1;LANGUAGE=en:Yamada Taro\nFN;ALTID=1;LANGUAGE=ja:山田太郎\n"
        "N;ALTID=1;LANGUAGE=en:Yamada;Taro;;;\n"
        'N;ALTID=1;LANGUAGE=ja;SORT-AS="yamada,taro":山田;太郎;;;\n'
        "TEL;VALUE=uri;TYPE=cell:tel:+81-3-1234-5678\n"
        "EMAIL;TYPE=work:taro@work.example\nEMAIL;TYPE=home;PREF=1:taro@home.example\n"
        "TITLE:CEO\nORG:Yamada Seifun\n"
        "END:VCARD\n"
        "BEGIN:VCARD\nVERSION:4.0\nKIND:org\nFN:Yamada Seifun\nURL:https://seifun.example\n"
        "END:VCARD\n"
    ).encode()
    person, company = read_vcard(data).contacts
    assert person.name == "Yamada Taro"
    assert person.phone == "+81-3-1234-5678"
    assert person.emails == ("taro@home.example", "taro@work.example")
    assert person.seniority is Seniority.LEADER
    assert company.is_organisation and company.organisation == "Yamada Seifun"
    assert company.website == "https://seifun.example"


def test_display_alias_gives_way_to_the_structured_name() -> None:
    data = b"BEGIN:VCARD\nVERSION:2.1\nN:Mustermann;Max;;Dr.\nFN:Maxl\nEND:VCARD\n"
    assert _only(read_vcard(data)).name == "Max Mustermann"


def test_cards_without_a_name_are_skipped_with_the_reason_and_the_rest_kept() -> None:
    data = (
        b"BEGIN:VCARD\nVERSION:3.0\nFN:Louis Fuller\nEND:VCARD\n"
        b"BEGIN:VCARD\nVERSION:3.0\nUID:6a39\nADR;TYPE=HOME:;;8 Forest Dale;;;;\n"
        b"EMAIL:nobody@example.org\nEND:VCARD\n"
        b"BEGIN:VCARD\nVERSION:3.0\nFN:Anne Rice\nTHIS LINE IS BROKEN\nEND:VCARD\n"
        b"BEGIN:VCARD\nVERSION:3.0\nFN:Walter Long\nEND:VCARD\n"
    )
    found = read_vcard(data)
    assert [c.name for c in found.contacts] == ["Louis Fuller", "Walter Long"]
    first, second = found.skipped
    assert first.where == "card 2, line 5"
    assert "no name and no organisation" in first.reason and "nobody@example.org" in first.reason
    assert second.where == "card 3, line 11" and "line 14" in second.reason


def test_a_nested_agent_card_is_passed_by() -> None:
    data = (
        b"BEGIN:VCARD\nVERSION:2.1\nFN:Boss\nAGENT:\nBEGIN:VCARD\nVERSION:2.1\nFN:Assistant\n"
        b"END:VCARD\nTEL:123\nEND:VCARD\n"
    )
    contact = _only(read_vcard(data))
    assert (contact.name, contact.phone) == ("Boss", "123")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        # the text "END:VCARD" inside a value must not pass for the end of the card
        (b"BEGIN:VCARD\nVERSION:3.0\nFN:Contact with missing END:VCARD\n", "card 1, line 1: "),
        (
            b"BEGIN:VCARD\nFN:One\nBEGIN:VCARD\nFN:Two\nEND:VCARD\n",
            "card 1, line 1: this card never ends: END:VCARD is missing before the next card "
            "begins on line 3",
        ),
        (b"BEGIN:VCARD\nFN:One\nEND:VCARD\nEND:VCARD\n", "line 4: this line ends a card"),
        (b"First Name,Last Name\nAna,Ruiz\n", "line 1: this is not a vCard file"),
        (b"\n\nBEGIN:VEVENT\nEND:VEVENT\n", "line 3: this is not a vCard file"),
        (b"  \r\n", "the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "not a text file"),
    ],
)
def test_broken_files_are_refused_naming_the_place(data: bytes, message: str) -> None:
    with pytest.raises(UnreadableFileError) as error:
        read_vcard(data)
    assert message in str(error.value)


def test_undecodable_text_in_a_chosen_encoding_names_the_line() -> None:
    data = "BEGIN:VCARD\nFN:Ana\nNOTE:caf\xe9\nEND:VCARD\n".encode("latin-1")
    assert _only(read_vcard(data)).notes == "café"  # not UTF-8: read as Windows-1252
    with pytest.raises(UnreadableFileError, match=r"line 3: the text cannot be read as UTF-8"):
        read_vcard(data, encoding="utf-8")


def test_utf16_and_byte_order_marks() -> None:
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Ångström\r\nEND:VCARD\r\n"
    for data in (
        text.encode("utf-16"),
        text.encode("utf-16-le"),
        b"\xef\xbb\xbf" + text.encode("utf-8"),
    ):
        assert _only(read_vcard(data)).name == "Zoë Ångström"


def test_many_cards_report_progress() -> None:
    cards = "".join(
        f"BEGIN:VCARD\nVERSION:3.0\nFN:Person {n}\nEND:VCARD\n" for n in range(1200)
    ).encode()
    seen: list[tuple[int, int]] = []
    found = read_vcard(cards, progress=lambda done, total: seen.append((done, total)))
    assert len(found.contacts) == 1200
    assert seen[-1] == (1200, 1200) and len(seen) > 2


# --- whatever a vCard writer writes is read back --------------------------------------------

_LETTERS = st.characters(
    blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\u0085\"'"
)
_VALUE = st.text(alphabet=_LETTERS, min_size=1, max_size=40).filter(
    lambda text: text == " ".join(text.split()) and text != ""
)
_NOTE = st.text(alphabet=st.one_of(_LETTERS, st.just("\n")), max_size=120)


@settings(max_examples=80, deadline=None)
@given(name=_VALUE, organisation=_VALUE, title=st.none() | _VALUE, note=st.none() | _NOTE)
def test_cards_written_by_vobject_are_read_back(
    name: str, organisation: str, title: str | None, note: str | None
) -> None:
    card = vobject.vCard()
    card.add("fn").value = name
    card.add("n").value = vobject.vcard.Name(family=name)
    card.add("org").value = [organisation]
    card.add("email").value = "someone@example.org"
    if title is not None:
        card.add("title").value = title
    if note is not None:
        card.add("note").value = note
    data = (card.serialize() * 2).encode("utf-8")
    found = read_vcard(data)
    assert len(found.contacts) == 2 and found.skipped == ()
    contact = found.contacts[0]
    assert (contact.name, contact.organisation, contact.role_title) == (name, organisation, title)
    assert contact.email == "someone@example.org"
    # notes lose the blank space at their ends, as everything typed into PartnerDesk does
    assert contact.notes == ((note or "").strip() or None)
