"""``partnerdesk export csv|json|ics`` from the terminal."""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

import pytest
from icalendar import Calendar

from partnerdesk.cli import main
from partnerdesk.store import queries
from partnerdesk.store.connection import open_store
from tests.conftest import TODAY


@pytest.fixture
def sample_file(tmp_path: Path) -> Path:
    path = tmp_path / "sample.partnerdesk"
    assert main(["demo", "--db", str(path), "--today", TODAY.isoformat()]) == 0
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_export_csv_json_and_ics_leave_the_database_untouched(
    sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _digest(sample_file)
    capsys.readouterr()
    assert main(["export", "csv", "--db", str(sample_file), "--out", str(tmp_path / "csv")]) == 0
    assert "Wrote 5 CSV files" in capsys.readouterr().out
    assert (
        main(["export", "json", "--db", str(sample_file), "--out", str(tmp_path / "a.json")]) == 0
    )
    assert "Wrote a full export of" in capsys.readouterr().out
    assert main(["export", "ics", "--db", str(sample_file), "--out", str(tmp_path / "f.ics")]) == 0
    out = capsys.readouterr().out
    assert _digest(sample_file) == before

    with open_store(sample_file, readonly=True) as store:
        counts = queries.table_counts(store)
    with (tmp_path / "csv" / "people.csv").open(encoding="utf-8", newline="") as people:
        assert len(list(csv.DictReader(people))) == counts["people"]
    document = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert len(document["tables"]["contact_logs"]) == counts["contact_logs"]
    events = list(Calendar.from_ical((tmp_path / "f.ics").read_bytes()).walk("VEVENT"))
    assert f"Wrote {len(events)} open follow-ups" in out


def test_bom_for_spreadsheets(sample_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "csv"
    assert main(["export", "csv", "--db", str(sample_file), "--out", str(out), "--bom"]) == 0
    assert (out / "partnerships.csv").read_bytes().startswith(b"\xef\xbb\xbf")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export", "json", "--out", "{tmp}"], "is a folder"),
        (["export", "csv", "--out", "{tmp}/a.json"], "is a file; give a folder"),
        (["export", "ics", "--out", "{tmp}/f.ics", "--db", "{tmp}/missing.partnerdesk"], "no"),
    ],
)
def test_mistakes_are_one_sentence_and_exit_2(
    sample_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    (tmp_path / "a.json").write_text("{}")
    filled = [arg.replace("{tmp}", str(tmp_path)) for arg in args]
    if "--db" not in filled:
        filled += ["--db", str(sample_file)]
    capsys.readouterr()
    assert main(filled) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not (tmp_path / "missing.partnerdesk").exists()


def test_export_needs_a_format(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["export"])
    assert exit_.value.code == 2
    assert "{csv,json,ics,summary,portfolio}" in capsys.readouterr().err
