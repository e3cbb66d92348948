"""The CSV export: files read back, the owner's private data marked, formulas made inert."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from partnerdesk.domain import journal, organisations, partnerships
from partnerdesk.exports.csv_tables import SHEETS, export_csv
from partnerdesk.exports.escaping import FORMULA_STARTS
from partnerdesk.progress import Cancelled
from partnerdesk.store import queries
from partnerdesk.store.connection import Store


def _read(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))


def test_one_file_per_kind_with_every_record(sample_store: Store, tmp_path: Path) -> None:
    written = export_csv(sample_store, tmp_path / "out")
    counts = queries.table_counts(sample_store)
    assert written == {
        "partnerships.csv": counts["partnerships"],
        "organisations.csv": counts["organisations"],
        "people.csv": counts["people"],
        "contact_log.csv": counts["contact_logs"],
        "assessments.csv": counts["assessments"],
    }
    for name, count in written.items():
        assert len(_read(tmp_path / "out" / name)) == count


def test_rows_say_things_in_words(sample_store: Store, tmp_path: Path) -> None:
    export_csv(sample_store, tmp_path)
    grain = next(
        row
        for row in _read(tmp_path / "partnerships.csv")
        if row["Name"] == "Heritage Grain Programme"
    )
    assert grain["Kind"] == "Value-chain partnership"
    assert grain["Stage"] in {"Exploring", "Forming", "Active", "Dormant", "Ended"}
    assert "Hearth & Grain Bakery" in grain["Members (role)"]
    own = _read(tmp_path / "organisations.csv")[0]
    assert (own["Name"], own["My organisation"]) == ("Hearth & Grain Bakery", "yes")
    entries = _read(tmp_path / "contact_log.csv")
    assert {row["Private"] for row in entries} == {"yes", "no"}
    assert all(row["Date"] == date.fromisoformat(row["Date"]).isoformat() for row in entries)
    with_levels = [row for row in entries if row["Levels"]]
    assert with_levels and all(
        set(row["Levels"].split("; "))
        <= {"Strategic", "Tactical", "Operational", "Interpersonal", "Cultural"}
        for row in with_levels
    )
    assessments = _read(tmp_path / "assessments.csv")
    assert all(row["Strength"] == "" or 0 <= float(row["Strength"]) <= 5 for row in assessments)


def test_private_text_is_included_for_the_owner_and_marked(store: Store, tmp_path: Path) -> None:
    org = organisations.create_organisation(store, "Oakmill", notes="Owner is selling up")
    journal.log_contact(
        store,
        occurred_on=date(2026, 11, 2),
        summary="Talked about the sale",
        organisation_id=org.id,
        private=True,
    )
    export_csv(store, tmp_path)
    assert _read(tmp_path / "organisations.csv")[0]["Notes"] == "Owner is selling up"
    entry = _read(tmp_path / "contact_log.csv")[0]
    assert (entry["Summary"], entry["Private"]) == ("Talked about the sale", "yes")


@pytest.mark.parametrize(
    "hostile",
    [
        '=HYPERLINK("http://evil.example","click")',
        "+SUM(1+1)*cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(A1:A2)",
        "\t=1+1",
        "\r=1+1",
        "\n=1+1",
    ],
)
def test_formulas_come_out_inert(store: Store, tmp_path: Path, hostile: str) -> None:
    org = organisations.create_organisation(store, "Oakmill" + hostile.strip(), sector=hostile)
    organisations.create_person(store, "Ana", organisation_id=org.id, role_title=hostile.strip())
    journal.log_contact(
        store,
        occurred_on=date(2026, 11, 2),
        summary="About " + hostile.strip(),
        details=hostile,
        organisation_id=org.id,
    )
    partnerships.create_partnership(store, "Mill", "value_chain", purpose=hostile)
    export_csv(store, tmp_path)
    cells = [
        cell
        for sheet in SHEETS
        for row in csv.reader(
            io.StringIO((tmp_path / sheet.file_name).read_text(encoding="utf-8"), newline="")
        )
        for cell in row
    ]
    assert not [cell for cell in cells if cell.startswith(FORMULA_STARTS)]
    # the text itself is all there, behind the apostrophe
    assert "'" + hostile in cells or "'" + hostile.strip() in cells


def test_plain_text_and_other_scripts_are_unchanged(store: Store, tmp_path: Path) -> None:
    names = ["Müller & Söhne", "Мельница «Заря»", "Αρτοποιείο", "山田製粉", 'O\'Brien, "Bakers"']
    for name in names:
        organisations.create_organisation(store, name, notes="line one\nline two")
    export_csv(store, tmp_path)
    rows = _read(tmp_path / "organisations.csv")
    assert sorted(row["Name"] for row in rows) == sorted(names)
    assert {row["Notes"] for row in rows} == {"line one\nline two"}


def test_byte_order_mark_only_when_asked(sample_store: Store, tmp_path: Path) -> None:
    export_csv(sample_store, tmp_path / "plain")
    export_csv(sample_store, tmp_path / "excel", bom=True)
    for sheet in SHEETS:
        assert not (tmp_path / "plain" / sheet.file_name).read_bytes().startswith(b"\xef\xbb\xbf")
        with_mark = (tmp_path / "excel" / sheet.file_name).read_bytes()
        assert with_mark.startswith(b"\xef\xbb\xbf")
        assert with_mark[3:] == (tmp_path / "plain" / sheet.file_name).read_bytes()
    assert (tmp_path / "plain" / "people.csv").read_bytes().count(b"\r\n") >= 2


def test_a_cancelled_export_keeps_the_earlier_files_whole(
    sample_store: Store, tmp_path: Path
) -> None:
    export_csv(sample_store, tmp_path)
    before = {sheet.file_name: (tmp_path / sheet.file_name).read_bytes() for sheet in SHEETS}
    organisations.create_organisation(sample_store, "A new organisation")
    checks = []

    def cancel_late() -> bool:
        checks.append(1)
        return len(checks) > 1  # after the first files are already written

    with pytest.raises(Cancelled):
        export_csv(sample_store, tmp_path, cancelled=cancel_late)
    after = {sheet.file_name: (tmp_path / sheet.file_name).read_bytes() for sheet in SHEETS}
    assert after == before
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]
