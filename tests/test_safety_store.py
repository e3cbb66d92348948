"""The store under pressure: read-only files and folders, two writers, refused files left alone."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from partnerdesk.domain import organisations
from partnerdesk.store import rows
from partnerdesk.store.connection import SCHEMA_VERSION, Store, examine, open_store, writable
from partnerdesk.store.errors import CannotOpenError, ReadOnlyError
from tests.safety_helpers import (
    damage_inside,
    digest,
    foreign_database,
    newer_database,
    read_only,
    truncate,
)


def _names(store: Store) -> set[str]:
    return {row["name"] for row in store.query("SELECT name FROM organisations")}


@pytest.fixture
def saved(db_path: Path) -> Path:
    with open_store(db_path) as store:
        organisations.create_organisation(store, "Oakmill")
    return db_path


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_database_opens_read_only_and_is_never_called_damaged(
    saved: Path, what: str
) -> None:
    before = digest(saved)
    with read_only(saved if what == "file" else saved.parent):
        assert not writable(saved)
        with pytest.raises(ReadOnlyError, match="read-only"):
            open_store(saved)
        with open_store(saved, readonly=True) as store:
            assert _names(store) == {"Oakmill"}
            with pytest.raises(ReadOnlyError):
                organisations.create_organisation(store, "Not saved")
    assert digest(saved) == before


def test_no_database_is_made_in_a_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    with read_only(folder), pytest.raises(ReadOnlyError, match="cannot be written to"):
        open_store(folder / "new.partnerdesk")
    assert list(folder.iterdir()) == []


def test_a_writable_database_is_writable(saved: Path, tmp_path: Path) -> None:
    assert writable(saved)
    assert writable(tmp_path / "not" / "made" / "yet.partnerdesk")


@pytest.mark.parametrize("kind", ["text", "foreign", "newer", "truncated", "damaged header"])
def test_a_refused_file_is_left_exactly_as_it_was_with_nothing_beside_it(
    tmp_path: Path, kind: str
) -> None:
    path = tmp_path / "file.partnerdesk"
    if kind == "text":
        path.write_text("Dear partner,\n" * 50)
    elif kind == "foreign":
        foreign_database(path)
    elif kind == "newer":
        newer_database(path, SCHEMA_VERSION + 1)
    else:
        with open_store(path) as store:
            for n in range(200):
                organisations.create_organisation(store, f"Organisation {n}", notes="x" * 400)
        if kind == "truncated":
            truncate(path)
        else:
            data = bytearray(path.read_bytes())
            data[16:24] = b"\xff" * 8
            path.write_bytes(bytes(data))
    before = digest(path)
    for readonly in (False, True):
        with pytest.raises(CannotOpenError):
            open_store(path, readonly=readonly)
    assert digest(path) == before
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_a_database_damaged_inside_still_opens_so_that_it_can_be_checked(db_path: Path) -> None:
    with open_store(db_path) as store:
        for n in range(300):
            organisations.create_organisation(store, f"Organisation {n}", notes="x" * 400)
    damage_inside(db_path)
    assert examine(db_path) == SCHEMA_VERSION


def test_a_write_that_reads_first_waits_for_another_writer_instead_of_failing(
    db_path: Path,
) -> None:
    """Two programs writing one file take turns: neither write is lost or refused."""
    first = open_store(db_path)
    other_started = threading.Event()
    other_finished = threading.Event()
    errors: list[BaseException] = []

    def other_program() -> None:
        try:
            with open_store(db_path) as second:
                other_started.set()
                organisations.create_organisation(second, "Written by the other program")
        except BaseException as exc:
            errors.append(exc)
        finally:
            other_finished.set()

    try:
        with first.write():
            # What this transaction read must still be true when it writes.
            assert first.scalar("SELECT count(*) FROM organisations") == 0
            thread = threading.Thread(target=other_program)
            thread.start()
            other_started.wait(5)
            # Give the other program every chance to write in between.
            other_finished.wait(0.5)
            rows.insert(first, "organisations", {"name": "Written here"})
        thread.join(10)
        assert errors == []
        assert _names(first) == {"Written here", "Written by the other program"}
    finally:
        first.close()


def test_close_runs_what_was_registered_once(db_path: Path) -> None:
    store = open_store(db_path)
    calls: list[str] = []
    store.call_on_close(lambda: calls.append("released"))
    store.close()
    store.close()
    assert calls == ["released"]


_OTHER_PROGRAM = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
print(",".join(sorted(row[0] for row in conn.execute("SELECT name FROM organisations"))))
conn.close()
"""


def _read_by_another_program(path: Path) -> set[str]:
    """What a program such as the sqlite3 shell sees in the file (it opens and closes it)."""
    done = subprocess.run(
        [sys.executable, "-c", _OTHER_PROGRAM, str(path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return set(filter(None, done.stdout.strip().split(",")))


@pytest.mark.parametrize("how", ["examined", "opened again", "opened read-only"])
def test_another_program_reading_the_file_never_cuts_off_the_open_window(
    saved: Path, how: str
) -> None:
    # The window keeps its store open while workers (backups, imports, exports) examine and
    # open the same file in the same process. Another program that then reads the file must
    # not believe it is the file's last user and take the write-ahead log away: whatever the
    # window saves next has to be in the file that every other program reads.
    with open_store(saved) as window:
        organisations.create_organisation(window, "Rye & Co.")
        if how == "examined":
            examine(saved)
        else:
            open_store(saved, readonly=how == "opened read-only", create=False).close()
        assert _read_by_another_program(saved) == {"Oakmill", "Rye & Co."}
        organisations.create_organisation(window, "Little Crumb")
        assert _read_by_another_program(saved) == {"Oakmill", "Rye & Co.", "Little Crumb"}
        assert Path(f"{saved}-wal").exists()
    assert _read_by_another_program(saved) == {"Oakmill", "Rye & Co.", "Little Crumb"}
