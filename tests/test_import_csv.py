"""Reading contacts from the CSV files address books write, and from any other through a
mapping."""

from __future__ import annotations

import pytest

from partnerdesk.domain.vocabulary import Seniority
from partnerdesk.imports.csv_contacts import (
    Field,
    field_named,
    layout,
    mapping_from_names,
    read_csv,
)
from partnerdesk.imports.errors import ColumnsNotRecognisedError, UnreadableFileError

GOOGLE = (
    "First Name,Middle Name,Last Name,Organization Name,Organization Title,"
    "E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,"
    "Phone 1 - Label,Phone 1 - Value,Address 1 - Country,Website 1 - Value,Labels,Notes\n"
    "Erika,,Beispiel,Muster GmbH,Geschäftsführerin,Work,erika@muster.example ::: e@home.example,"
    "Home,erika2@home.example,Mobile,+49 170 1234567,Germany,,* myContacts ::: * Kunden,"
    '"Kennt sich aus, ""sehr"" hilfsbereit"\n'
    ",,,Stadtverwaltung Beispielstadt,,,,,,,,DE,https://beispielstadt.example,,\n"
    ",,,,,,,,,,,,,,\n"
)

GOOGLE_AS_OUTLOOK = (
    "First Name,Middle Name,Last Name,Title,Suffix,Nickname,E-mail Address,E-mail 2 Address,"
    "Home Phone,Business Phone,Mobile Phone,Job Title,Department,Company,Home Street,"
    "Home City,Home Country/Region,Notes,Categories\n"
    "Kari,,Nordmann,,,,kari@example.no,,+47 22 00 00 00,,,Innkjøper,,Vardåslia Bakeri,"
    '"Vardåslia 3\nLeilighet 2",Oslo,Norway,,myContacts;starred\n'
    ",,,,,,lonely@example.org,,,,,,,,,,,,Restored from Samsung - SM-G950F;myContacts\n"
    "Ola,,,,,,,,,,(+47) 900 00 000,,,,,,,,myContacts\n"
)

OUTLOOK_COM = (
    "First Name,Middle Name,Last Name,Title,Suffix,Nickname,Given Yomi,Surname Yomi,"
    "E-mail Address,E-mail 2 Address,E-mail 3 Address,Home Phone,Business Phone,Mobile Phone,"
    "Company,Job Title,Notes\n"
    "Mononym,,,,,,,,,,,,,555-0100,,,\n"
    "Jane,Q,Doe,Dr,,,,,,,,,,555-0101,,,\n"
)

OUTLOOK_RAGGED = (
    '"Title","First Name","Middle Name","Last Name","Suffix","Company","Department",'
    '"Job Title","Business Phone","Mobile Phone","E-mail Address","E-mail Type",'
    '"E-mail Display Name","Notes","Private","Sensitivity","Web Page"\n'
    '"Mr","Tom","P","Jerry","","Acme","","Purchasing Manager","(000) 000-0000",,'
    '"tom@acme.example","SMTP","Tom P Jerry (tom@acme.example)","Met at the fair\n'
    'in May","False","Normal","http://acme.example"\n'
    '"","Ada","","Lovelace","","Analytical Engines","","Engineer",,,"ada@ae.example"\n'
)


def test_google_contacts_columns_and_multi_values() -> None:
    found = read_csv(GOOGLE.encode("utf-8"))
    assert found.file_format == "Google Contacts CSV"
    erika, town = found.contacts
    assert erika.name == "Erika Beispiel"
    assert erika.organisation == "Muster GmbH"
    assert erika.role_title == "Geschäftsführerin"
    assert erika.seniority is Seniority.LEADER
    assert erika.emails == ("erika@muster.example", "e@home.example", "erika2@home.example")
    assert erika.phone == "+49 170 1234567"
    assert erika.notes == 'Kennt sich aus, "sehr" hilfsbereit'
    assert town.is_organisation and town.organisation == "Stadtverwaltung Beispielstadt"
    assert (town.website, town.country) == ("https://beispielstadt.example", "DE")
    assert found.skipped == ()  # the empty row is passed by, not reported


def test_googles_outlook_variant_with_multiline_cells_and_an_email_only_row() -> None:
    found = read_csv(GOOGLE_AS_OUTLOOK.encode("utf-8"))
    kari, ola = found.contacts
    assert (kari.name, kari.organisation, kari.role_title) == (
        "Kari Nordmann",
        "Vardåslia Bakeri",
        "Innkjøper",
    )
    assert kari.phone == "+47 22 00 00 00"
    assert (ola.name, ola.phone, ola.where) == ("Ola", "(+47) 900 00 000", "row 4, line 5")
    (skipped,) = found.skipped
    assert skipped.where == "row 3, line 4"
    assert "no name" in skipped.reason and "lonely@example.org" in skipped.reason


def test_outlook_com_title_is_a_prefix_not_a_role() -> None:
    found = read_csv(OUTLOOK_COM.encode("utf-8"))
    mononym, jane = found.contacts
    assert (mononym.name, mononym.phone) == ("Mononym", "555-0100")
    assert (jane.name, jane.role_title) == ("Jane Q Doe", None)


def test_outlook_desktop_ragged_rows_and_quoted_line_breaks() -> None:
    found = read_csv(OUTLOOK_RAGGED.encode("utf-8"))
    assert found.file_format == "Outlook CSV"
    tom, ada = found.contacts
    assert (tom.name, tom.organisation, tom.seniority) == ("Tom P Jerry", "Acme", Seniority.MANAGER)
    assert tom.notes == "Met at the fair\nin May"
    assert tom.email == "tom@acme.example"
    assert (ada.name, ada.email, ada.seniority) == (
        "Ada Lovelace",
        "ada@ae.example",
        Seniority.PROFESSIONAL,
    )
    assert ada.where == "row 3, line 4"


def test_semicolons_and_a_legacy_encoding_are_recognised_and_said() -> None:
    text = (
        "Vorname;Nachname;Firma;Position;E-Mail-Adresse\n"
        "Jürgen;Müller;Mühle Süd;Einkäufer;j@m.example\n"
    )
    found = read_csv(text.encode("cp1252"))
    (contact,) = found.contacts
    assert (contact.name, contact.organisation) == ("Jürgen Müller", "Mühle Süd")
    assert any("Windows-1252" in note for note in found.notes)
    with_mark = read_csv(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert with_mark.contacts[0].name == "Jürgen Müller" and with_mark.notes == ()


def test_tab_separated_utf16_as_spreadsheets_save_unicode_text() -> None:
    text = "Name\tCompany\tEmail\r\nΕλένη Παππά\tΑρτοποιείο\teleni@example.gr\r\n"
    (contact,) = read_csv(text.encode("utf-16")).contacts
    assert (contact.name, contact.organisation) == ("Ελένη Παππά", "Αρτοποιείο")


def test_unknown_columns_ask_for_a_mapping_then_read() -> None:
    data = b"Who,Where they work,Reach them\nAna Ruiz,Oakmill,ana@oakmill.example\n"
    with pytest.raises(ColumnsNotRecognisedError) as error:
        read_csv(data)
    assert error.value.columns == ["Who", "Where they work", "Reach them"]
    assert error.value.sample == [["Ana Ruiz", "Oakmill", "ana@oakmill.example"]]
    assert "“Who”" in str(error.value)
    shape = layout(data)
    assert shape.recognised == {} and shape.headers == error.value.columns
    mapping = mapping_from_names(
        shape.headers, ["Name=who", "Organization=Where they work", "E-mail=Reach them"]
    )
    (contact,) = read_csv(data, mapping=mapping).contacts
    assert (contact.name, contact.organisation, contact.email) == (
        "Ana Ruiz",
        "Oakmill",
        "ana@oakmill.example",
    )


def test_a_mapping_overrides_and_can_leave_a_field_out() -> None:
    shape = layout(OUTLOOK_RAGGED.encode("utf-8"))
    mapping = mapping_from_names(shape.headers, ["Role=", "Notes=E-mail Display Name"])
    tom = read_csv(OUTLOOK_RAGGED.encode("utf-8"), mapping=mapping).contacts[0]
    assert tom.role_title is None
    assert tom.notes == "Tom P Jerry (tom@acme.example)"


@pytest.mark.parametrize(
    ("pair", "message"),
    [
        ("Nickname=Who", "“Nickname” is not something PartnerDesk imports"),
        ("Name=Nobody", "the file has no column “Nobody”; its columns are “Who”"),
        ("Name", "should be written FIELD=COLUMN"),
    ],
)
def test_mapping_mistakes_are_explained(pair: str, message: str) -> None:
    with pytest.raises(UnreadableFileError, match=message):
        mapping_from_names(["Who", "Where"], [pair])


def test_field_names_in_the_users_words() -> None:
    assert field_named("organization") is Field.ORGANISATION
    assert field_named("Job title") is Field.ROLE
    assert field_named("e-mail") is Field.EMAIL
    assert field_named("First name") is Field.FIRST_NAME


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b'Name,Notes\nAna,"never closed\nBen,x\n', r"line 2: a quoted cell never ends"),
        (b"", "the file is empty"),
        (b"Name,Email\nAna,\x00\x01\x02\x03garbage", "not a text file"),
    ],
)
def test_unreadable_csv_names_the_line(data: bytes, message: str) -> None:
    with pytest.raises(UnreadableFileError, match=message):
        read_csv(data)


def test_plain_csv_names_the_columns_it_leaves_out() -> None:
    data = b"Contact;Business;Mail;Tel;Shoe size\nJonas Berg;Berg Muehle;j@b.example;+49 1;44\n"
    found = read_csv(data)
    (jonas,) = found.contacts
    assert (jonas.organisation, jonas.email, jonas.phone) == ("Berg Muehle", "j@b.example", "+49 1")
    assert any("“Shoe size”" in note and "Columns" in note for note in found.notes)
    google = read_csv(GOOGLE.encode("utf-8"))
    assert google.notes == ()  # its many other columns are left out on purpose
