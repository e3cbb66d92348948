"""The command line: demo, log, check, --version, and clear errors without tracebacks."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from partnerdesk import __version__
from partnerdesk.cli import main
from partnerdesk.domain import journal
from partnerdesk.domain.vocabulary import Channel, Level
from partnerdesk.store import queries
from partnerdesk.store.connection import SCHEMA_VERSION, open_store
from tests.conftest import TODAY


@pytest.fixture
def sample_file(tmp_path: Path) -> Path:
    path = tmp_path / "sample.partnerdesk"
    assert main(["demo", "--db", str(path), "--today", TODAY.isoformat()]) == 0
    return path


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"PartnerDesk {__version__}"


def test_python_dash_m_runs_the_same_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "partnerdesk", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"PartnerDesk {__version__}"


def test_demo_writes_the_sample_portfolio(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "new" / "demo.partnerdesk"
    assert main(["demo", "--db", str(path)]) == 0
    with open_store(path, readonly=True) as store:
        counts = queries.table_counts(store)
    assert counts["partnerships"] == 6 and counts["contact_logs"] > 200
    assert f"{counts['partnerships']} partnerships" in capsys.readouterr().out


def test_demo_never_overwrites_a_file(
    sample_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    before = hashlib.sha256(sample_file.read_bytes()).hexdigest()
    assert main(["demo", "--db", str(sample_file)]) == 2
    err = capsys.readouterr().err
    assert "already exists" in err and "Traceback" not in err
    assert hashlib.sha256(sample_file.read_bytes()).hexdigest() == before


def test_log_adds_an_entry_with_levels_people_and_follow_up(
    sample_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "log",
            "--db",
            str(sample_file),
            "--partnership",
            "heritage grain programme",
            "--summary",
            "Walked the wheat fields",
            "--details",
            "Ears are filling well.",
            "--channel",
            "Visit",
            "--level",
            "strategic",
            "--level",
            "interpersonal",
            "--person",
            "Helen Marsh",
            "--person",
            "ravi nair",
            "--on",
            "2026-11-20",
            "--follow-up",
            "2026-12-04",
            "--private",
        ]
    )
    assert code == 0
    out = capsys.readouterr().out
    assert "Walked the wheat fields" in out and "Heritage Grain Programme" in out
    with open_store(sample_file, readonly=True) as store:
        found = journal.journal(store, journal.JournalFilter(text="wheat fields"))
        assert len(found) == 1
        entry = found[0]
        assert entry.partnership_name == "Heritage Grain Programme"
        assert entry.entry.channel is Channel.VISIT
        assert entry.entry.levels == {Level.STRATEGIC, Level.INTERPERSONAL}
        assert set(entry.people_names) == {"Helen Marsh", "Ravi Nair"}
        assert entry.entry.occurred_on == date(2026, 11, 20)
        assert entry.entry.follow_up_on == date(2026, 12, 4)
        assert entry.entry.private and entry.entry.details == "Ears are filling well."


def test_log_defaults_to_a_meeting_today(sample_file: Path) -> None:
    assert (
        main(
            [
                "log",
                "--db",
                str(sample_file),
                "--partnership",
                "Flour Buying Co-op",
                "--summary",
                "Quick word at the market",
            ]
        )
        == 0
    )
    with open_store(sample_file, readonly=True) as store:
        entry = journal.journal(store, journal.JournalFilter(text="quick word"))[0].entry
    assert entry.occurred_on == date.today() and entry.channel is Channel.MEETING
    assert not entry.private and entry.levels == frozenset()


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--partnership", "Nope", "--summary", "x"], "no partnership called “Nope”"),
        (
            ["--partnership", "Flour Buying Co-op", "--summary", "x", "--on", "31/12/2026"],
            "not a date",
        ),
        (["--partnership", "Flour Buying Co-op", "--summary", "  "], "Summary is required"),
        (
            ["--partnership", "Flour Buying Co-op", "--summary", "x", "--person", "Nobody"],
            "no person called “Nobody”",
        ),
        (["--summary", "x"], "give --partnership or --organisation"),
        (
            [
                "--partnership",
                "Flour Buying Co-op",
                "--summary",
                "x",
                "--on",
                "2026-11-20",
                "--follow-up",
                "2026-11-01",
            ],
            "before the date of the entry",
        ),
    ],
)
def test_log_refuses_bad_input_in_one_sentence_and_writes_nothing(
    sample_file: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], message: str
) -> None:
    with open_store(sample_file, readonly=True) as store:
        before = queries.table_counts(store)
    capsys.readouterr()
    assert main(["log", "--db", str(sample_file), *arguments]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    with open_store(sample_file, readonly=True) as store:
        assert queries.table_counts(store) == before


def test_log_rejects_unknown_levels_as_usage_errors(
    sample_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(
            [
                "log",
                "--db",
                str(sample_file),
                "--partnership",
                "Flour Buying Co-op",
                "--summary",
                "x",
                "--level",
                "spiritual",
            ]
        )
    assert exit_.value.code == 2
    assert "invalid choice: 'spiritual'" in capsys.readouterr().err


def test_check_reports_version_counts_and_integrity(
    sample_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["check", "--db", str(sample_file)]) == 0
    out = capsys.readouterr().out
    assert f"Schema version: {SCHEMA_VERSION} (current)" in out
    assert "partnerships" in out and "Integrity check: ok" in out


def test_check_fails_on_foreign_and_damaged_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    foreign = tmp_path / "other.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    assert main(["check", "--db", str(foreign)]) == 1
    assert "another program" in capsys.readouterr().err
    text = tmp_path / "notes.txt"
    text.write_text("hello\n" * 100)
    assert main(["check", "--db", str(text)]) == 1
    assert "not an SQLite database" in capsys.readouterr().err


def test_check_finds_damage_inside_the_file(
    sample_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_store(sample_file) as store:
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(sample_file.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    middle = (len(data) // page_size // 2) * page_size
    data[middle + 8 : middle + page_size - 8] = b"\x5a" * (page_size - 16)
    sample_file.write_bytes(bytes(data))
    capsys.readouterr()
    assert main(["check", "--db", str(sample_file)]) == 1
    captured = capsys.readouterr()
    assert "Integrity check: ok" not in captured.out
    assert "Traceback" not in captured.err


def test_a_missing_database_is_not_created_by_check(tmp_path: Path) -> None:
    missing = tmp_path / "absent.partnerdesk"
    assert main(["check", "--db", str(missing)]) == 1
    assert not missing.exists()


def test_the_window_starts_draws_and_closes_for_a_smoke_test(tmp_path: Path) -> None:
    import os

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PARTNERDESK_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "partnerdesk", "--demo", "--smoke-test"],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "the window was drawn" in result.stdout and "with 6 partnerships" in result.stdout
    assert "Traceback" not in result.stderr


def test_check_explains_damage_wherever_it_is_without_a_traceback(
    sample_file: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with open_store(sample_file) as store:
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = sample_file.read_bytes()
    page_size = int.from_bytes(data[16:18], "big")
    damaged = tmp_path / "damaged.partnerdesk"
    found_damage = 0
    for page in range(1, len(data) // page_size):
        broken = bytearray(data)
        start = page * page_size
        broken[start + 8 : start + page_size - 8] = b"\x5a" * (page_size - 16)
        damaged.write_bytes(bytes(broken))
        for leftover in (Path(f"{damaged}-wal"), Path(f"{damaged}-shm")):
            leftover.unlink(missing_ok=True)
        capsys.readouterr()
        code = main(["check", "--db", str(damaged)])  # raises if anything escapes
        captured = capsys.readouterr()
        assert "Traceback" not in captured.err + captured.out
        if code == 1:
            found_damage += 1
            assert "Integrity check: ok" not in captured.out
    assert found_damage > 10
