"""``partnerdesk backup`` and ``partnerdesk restore``, and what the command line says about a
file it cannot use: what is wrong, and the newest good backup with the command to restore it."""

from __future__ import annotations

import shlex
import subprocess
import sys
import time
from pathlib import Path

import pytest

from partnerdesk.cli import main
from partnerdesk.lockfile import holder, lock_path
from partnerdesk.store import backup, queries
from partnerdesk.store.connection import SCHEMA_VERSION, open_store
from tests.conftest import TODAY
from tests.safety_helpers import (
    damage_inside,
    digest,
    foreign_database,
    newer_database,
    read_only,
    truncate,
)


@pytest.fixture
def sample_file(tmp_path: Path) -> Path:
    path = tmp_path / "portfolio.partnerdesk"
    assert main(["demo", "--db", str(path), "--today", TODAY.isoformat()]) == 0
    return path


def _log(path: Path, summary: str) -> int:
    return main(
        ["log", "--db", str(path), "--partnership", "Flour Buying Co-op", "--summary", summary]
    )


def _summaries(path: Path) -> set[str]:
    with open_store(path, readonly=True) as store:
        return {row["summary"] for row in store.query("SELECT summary FROM contact_logs")}


def test_backup_writes_a_checked_backup_into_the_databases_folder(
    sample_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["backup", "--db", str(sample_file)]) == 0
    out = capsys.readouterr().out
    (made,) = backup.list_backups(sample_file)
    assert str(made.path) in out and "integrity check" in out
    assert made.reason == "by-hand"
    assert backup.problems_in(made.path) == []
    assert main(["backup", "--db", str(sample_file), "--list"]) == 0
    listing = capsys.readouterr().out
    assert str(made.path) in listing and "by-hand" in listing


def test_backup_to_a_chosen_file(
    sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "usb stick" / "copy.partnerdesk"
    assert main(["backup", "--db", str(sample_file), "--out", str(out)]) == 0
    with open_store(out, readonly=True) as copy, open_store(sample_file, readonly=True) as live:
        assert queries.table_counts(copy) == queries.table_counts(live)
    # Replacing an earlier backup is fine; another program's file or the database is not.
    assert main(["backup", "--db", str(sample_file), "--out", str(out)]) == 0
    other = tmp_path / "photos.db"
    foreign_database(other)
    before = digest(other)
    capsys.readouterr()
    assert main(["backup", "--db", str(sample_file), "--out", str(other)]) == 2
    assert "not a PartnerDesk database" in capsys.readouterr().err
    assert digest(other) == before
    assert main(["backup", "--db", str(sample_file), "--out", str(sample_file)]) == 2
    assert "database itself" in capsys.readouterr().err


def test_backup_of_nothing_says_so_and_makes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "absent.partnerdesk"
    assert main(["backup", "--db", str(missing)]) == 2
    err = capsys.readouterr().err
    assert "no PartnerDesk database" in err and "Traceback" not in err
    assert not missing.exists()


def test_restore_brings_back_a_backup_after_backing_up_the_database(
    sample_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["backup", "--db", str(sample_file)]) == 0
    (earlier,) = backup.list_backups(sample_file)
    assert _log(sample_file, "Logged after the backup") == 0
    capsys.readouterr()
    assert main(["restore", str(earlier.path), "--db", str(sample_file)]) == 0
    out = capsys.readouterr().out
    assert "Logged after the backup" not in _summaries(sample_file)
    safety = next(b for b in backup.list_backups(sample_file) if b.reason == "before-restore")
    assert str(safety.path) in out
    assert "Logged after the backup" in _summaries(safety.path)


def test_restore_refuses_a_missing_or_bad_backup(
    sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(sample_file)
    assert main(["restore", str(tmp_path / "nope.partnerdesk"), "--db", str(sample_file)]) == 2
    assert "does not exist" in capsys.readouterr().err
    text = tmp_path / "notes.txt"
    text.write_text("not a backup\n" * 20)
    assert main(["restore", str(text), "--db", str(sample_file)]) == 2
    assert "not a usable backup" in capsys.readouterr().err
    assert digest(sample_file) == before


_HOLD_LOCK = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
assert lock.tryLock(0)
print("locked", flush=True)
time.sleep(60)
"""


def test_restore_is_refused_while_a_window_has_the_database_open(
    sample_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["backup", "--db", str(sample_file)]) == 0
    (earlier,) = backup.list_backups(sample_file)
    window = subprocess.Popen(
        [sys.executable, "-c", _HOLD_LOCK, str(lock_path(sample_file))],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert window.stdout is not None and window.stdout.readline().strip() == "locked"
        found = holder(sample_file)
        assert found is not None and found.pid == window.pid
        before = digest(sample_file)
        capsys.readouterr()
        assert main(["restore", str(earlier.path), "--db", str(sample_file)]) == 2
        err = capsys.readouterr().err
        assert f"process {window.pid}" in err and "close that window first" in err
        assert digest(sample_file) == before
    finally:
        window.kill()
        window.wait()
    # The window is gone (killed, so its lock file is still there): the lock is stale.
    assert lock_path(sample_file).exists()
    assert holder(sample_file) is None
    assert main(["restore", str(earlier.path), "--db", str(sample_file)]) == 0


@pytest.mark.parametrize("harm", [damage_inside, truncate], ids=["damaged", "truncated"])
def test_a_damaged_database_is_reported_with_the_backup_that_restores_it(
    sample_file: Path, capsys: pytest.CaptureFixture[str], harm
) -> None:  # type: ignore[no-untyped-def]
    assert main(["backup", "--db", str(sample_file)]) == 0
    (good,) = backup.list_backups(sample_file)
    harm(sample_file)
    before = digest(sample_file)
    capsys.readouterr()
    assert main(["check", "--db", str(sample_file)]) == 1
    err = capsys.readouterr().err
    assert f"Its newest good backup is {good.path}" in err
    if harm is truncate:
        assert "truncated" in err
        assert _log(sample_file, "x") == 2
        err = capsys.readouterr().err
        assert "truncated" in err and "Traceback" not in err and str(good.path) in err
    assert digest(sample_file) == before
    # The command it suggests works.
    command = err.split("Restore it with: ")[1].strip()
    assert main(shlex.split(command)[1:]) == 0
    assert main(["check", "--db", str(sample_file)]) == 0


@pytest.mark.parametrize("kind", ["foreign", "newer", "text"])
def test_files_that_are_not_ours_are_explained_in_one_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    path = tmp_path / "file.partnerdesk"
    if kind == "foreign":
        foreign_database(path)
        words = "another program"
    elif kind == "newer":
        newer_database(path, SCHEMA_VERSION + 1)
        words = "newer version of PartnerDesk"
    else:
        path.write_text("hello\n" * 100)
        words = "not an SQLite database"
    before = digest(path)
    assert _log(path, "x") == 2
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err
    assert "There is no backup of it." in err
    assert digest(path) == before


_WINDOW_WRITING = """
import sys, time
from partnerdesk.store.connection import open_store
from partnerdesk.store import rows
with open_store(sys.argv[1]) as store:
    with store.write():
        rows.insert(store, "organisations", {"name": "Saved by the window"})
        print("writing", flush=True)
        time.sleep(float(sys.argv[2]))
    print("saved", flush=True)
    time.sleep(60)
"""


def test_the_command_line_waits_for_a_window_that_is_saving(sample_file: Path) -> None:
    window = subprocess.Popen(
        [sys.executable, "-c", _WINDOW_WRITING, str(sample_file), "1.0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert window.stdout is not None and window.stdout.readline().strip() == "writing"
        started = time.monotonic()
        assert _log(sample_file, "Logged from the terminal meanwhile") == 0
        assert time.monotonic() - started > 0.3, "the terminal's write waited for the window's"
        assert window.stdout.readline().strip() == "saved"
    finally:
        window.kill()
        window.wait()
    with open_store(sample_file, readonly=True) as store:
        assert queries.integrity_problems(store) == []
        assert (
            store.scalar("SELECT count(*) FROM organisations WHERE name = 'Saved by the window'")
            == 1
        )
    assert "Logged from the terminal meanwhile" in _summaries(sample_file)


def test_a_window_saving_for_too_long_gets_a_clear_message_and_no_damage(
    sample_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from partnerdesk.store import connection

    monkeypatch.setattr(connection, "_BUSY_TIMEOUT_MS", 200)
    before = _summaries(sample_file)
    window = subprocess.Popen(
        [sys.executable, "-c", _WINDOW_WRITING, str(sample_file), "30"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert window.stdout is not None and window.stdout.readline().strip() == "writing"
        capsys.readouterr()
        assert _log(sample_file, "Could not wait") == 2
        err = capsys.readouterr().err
        assert "busy in another program" in err and "Traceback" not in err
    finally:
        window.kill()
        window.wait()
    assert _summaries(sample_file) == before
    with open_store(sample_file, readonly=True) as store:
        assert queries.integrity_problems(store) == []


def test_a_read_only_database_is_read_but_never_written(
    sample_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(sample_file)
    with read_only(sample_file.parent):
        capsys.readouterr()
        assert _log(sample_file, "Cannot be saved") == 2
        err = capsys.readouterr().err
        assert "read-only" in err and "Traceback" not in err
        assert main(["check", "--db", str(sample_file)]) == 0
        assert "Integrity check: ok" in capsys.readouterr().out
        assert main(["backup", "--db", str(sample_file)]) == 0
    assert digest(sample_file) == before
    assert len(backup.list_backups(sample_file)) == 1
