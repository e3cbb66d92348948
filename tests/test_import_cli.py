"""``partnerdesk import FILE`` from the terminal: contacts, mappings, dry runs, restores."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from partnerdesk.cli import main
from partnerdesk.domain import organisations
from partnerdesk.store import queries
from partnerdesk.store.connection import open_store
from tests.conftest import TODAY

CARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Ruiz\r\nORG:Oakmill Flour\r\nTITLE:Owner\r\n"
    "EMAIL:ana@oakmill.example\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:only-an-id\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben Carter\r\nORG:Oakmill Flour\r\n"
    "TEL;TYPE=WORK:+44 1632 960000\r\nEND:VCARD\r\n"
)


@pytest.fixture
def cards(tmp_path: Path) -> Path:
    path = tmp_path / "contacts.vcf"
    path.write_text(CARDS, encoding="utf-8", newline="")
    return path


def _people(db: Path) -> dict[str, dict]:
    with open_store(db, readonly=True) as store:
        return {row["name"]: row for row in queries.people_rows(store)}


def test_dry_run_shows_the_preview_and_writes_nothing(
    cards: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    open_store(db_path).close()
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    assert main(["import", str(cards), "--db", str(db_path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Read 3 cards from contacts.vcf (vCard)." in out
    assert "Will create 2 people and 1 organisation, merge 0 matches, skip 1." in out
    assert "skip    card 2, line 8: it has no name and no organisation" in out
    assert "create  card 1, line 1: Ana Ruiz (Oakmill Flour) (new person)" in out
    assert "Dry run: nothing was written." in out
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


def test_import_then_import_again_merges_what_is_new(
    cards: Path, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", str(cards), "--db", str(db_path)]) == 0
    assert "Imported: 2 people and 1 organisation created, 0 records merged, 1 skipped." in (
        capsys.readouterr().out
    )
    people = _people(db_path)
    assert people["Ana Ruiz"]["organisation_name"] == "Oakmill Flour"
    assert people["Ana Ruiz"]["seniority"] == "leader"

    again = tmp_path / "again.vcf"
    again.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Someone Else\nEMAIL:ANA@oakmill.example\n"
        "TEL:+44 1632 960001\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ben Carter\nORG:oakmill flour\nEND:VCARD\n",
        encoding="utf-8",
    )
    assert main(["import", str(again), "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "merge   card 1, line 1: Someone Else into Ana Ruiz (Oakmill Flour)" in out
    assert "(same e-mail address); adds phone" in out
    assert "skip    card 2, line 7: Ben Carter (oakmill flour): it is already there" in out
    assert _people(db_path)["Ana Ruiz"]["phone"] == "+44 1632 960001"
    assert len(_people(db_path)) == 2


def test_on_match_skip_leaves_matches_alone(
    cards: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_store(db_path) as store:
        organisations.create_person(store, "Ana", email="ana@oakmill.example")
    assert main(["import", str(cards), "--db", str(db_path), "--on-match", "skip"]) == 0
    assert "matches Ana (same e-mail address); not merged" in capsys.readouterr().out
    assert _people(db_path)["Ana"]["role_title"] is None


def test_unknown_csv_columns_need_a_map(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "list.csv"
    source.write_text("Who;Works at;Job\nAna Ruiz;Oakmill;Head of Sales\n", encoding="utf-8")
    assert main(["import", str(source), "--db", str(db_path)]) == 2
    err = capsys.readouterr().err
    assert "list.csv: no column could be recognised" in err and '--map "Name=Full name"' in err
    assert not db_path.exists()
    code = main(
        [
            "import",
            str(source),
            "--db",
            str(db_path),
            "--map",
            "Name=Who",
            "--map",
            "organisation=works at",
            "--map",
            "Role=Job",
        ]
    )
    assert code == 0
    ana = _people(db_path)["Ana Ruiz"]
    assert (ana["organisation_name"], ana["role_title"], ana["seniority"]) == (
        "Oakmill",
        "Head of Sales",
        "manager",
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--map", "Name=Who"], "--map is for CSV files"),
        (["--encoding", "klingon"], "“klingon” is not a text encoding"),
    ],
)
def test_option_mistakes(
    cards: Path,
    db_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    assert main(["import", str(cards), "--db", str(db_path), *args]) == 2
    assert message in capsys.readouterr().err
    assert not db_path.exists()


def test_a_broken_file_names_the_card_and_writes_nothing(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.vcf"
    broken.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Contact with missing END:VCARD\n")
    assert main(["import", str(broken), "--db", str(db_path)]) == 2
    err = capsys.readouterr().err
    assert "broken.vcf, card 1, line 1: this card never ends" in err
    assert "Traceback" not in err
    assert not db_path.exists()
    assert main(["import", str(tmp_path / "nowhere.vcf"), "--db", str(db_path)]) == 2
    assert "nowhere.vcf: the file cannot be read" in capsys.readouterr().err


def test_a_full_export_restores_only_into_an_empty_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sample = tmp_path / "sample.partnerdesk"
    assert main(["demo", "--db", str(sample), "--today", TODAY.isoformat()]) == 0
    export = tmp_path / "everything.json"
    assert main(["export", "json", "--db", str(sample), "--out", str(export)]) == 0
    capsys.readouterr()
    restored = tmp_path / "restored.partnerdesk"
    assert main(["import", str(export), "--db", str(restored), "--dry-run"]) == 0
    assert "Dry run: nothing was written." in capsys.readouterr().out
    assert not restored.exists()
    assert main(["import", str(export), "--db", str(restored)]) == 0
    assert "Restored " in capsys.readouterr().out
    with open_store(sample, readonly=True) as a, open_store(restored, readonly=True) as b:
        assert queries.table_counts(a) == queries.table_counts(b)
    before = hashlib.sha256(sample.read_bytes()).hexdigest()
    assert main(["import", str(export), "--db", str(sample)]) == 2
    assert "already holds data" in capsys.readouterr().err
    assert hashlib.sha256(sample.read_bytes()).hexdigest() == before
