"""A save that returned survives the program being killed at any moment.

A writer process logs journal entries and prints each one as its save returns; it is killed
with SIGKILL at random moments (while opening, writing, committing, checkpointing the
write-ahead log, or making a backup), again and again on the same file. After every kill the
database must pass every integrity check, hold every entry whose save had returned, and hold
no torn entry. SIGKILL stops the program, not the operating system: what reached the kernel is
kept, which is the case the application controls (``synchronous=FULL`` takes care of the rest).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from partnerdesk.domain.journal import JournalFilter, journal, log_contact
from partnerdesk.domain.partnerships import create_partnership
from partnerdesk.domain.vocabulary import Kind
from partnerdesk.store import backup, queries
from partnerdesk.store.connection import examine, open_store
from tests.crash_writer import PARTNERSHIP, details, expected

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL"),
]

WRITER = Path(__file__).with_name("crash_writer.py")
KILLS = 24


class Writer:
    """A writer process and the lines it has printed so far."""

    def __init__(self, *arguments: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(WRITER), *arguments],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).resolve().parents[1],
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        self.lines: list[str] = []
        self.ready = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line.strip())
            if line.startswith("ready"):
                self.ready.set()

    def kill(self) -> str:
        """SIGKILL the writer; return what it wrote to stderr (empty unless it failed)."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)
        self._reader.join(10)
        assert self.process.stderr is not None
        return self.process.stderr.read()


def _check_entries(db_path: Path, reported: dict[int, int]) -> int:
    if examine(db_path) is None:  # killed before the new database was in place
        assert reported == {}
        assert not db_path.exists() or db_path.stat().st_size == 0
        return 0
    with open_store(db_path, readonly=True) as store:
        assert queries.integrity_problems(store) == []
        found = {
            item.entry.id: item.entry for item in journal(store, JournalFilter(), limit=1_000_000)
        }
    for number, entry_id in reported.items():
        assert entry_id in found, f"entry {number} was reported saved but is gone"
        assert found[entry_id].summary == f"entry {number}"
    for entry in found.values():
        number = int(entry.summary.split()[1])
        _summary, length, levels = expected(number)
        assert entry.levels == levels, f"entry {number} is torn: its levels differ"
        assert entry.details == details(number, length), f"entry {number} is torn"
    # At most the one save in flight at each kill may have landed without being reported.
    return len(found) - len(reported)


def test_saved_entries_survive_being_killed_at_random_moments(db_path: Path) -> None:
    chooser = random.Random(20261123)
    reported: dict[int, int] = {}
    unreported = 0
    next_number = 0
    for kill in range(KILLS):
        writer = Writer(str(db_path), str(next_number))
        if kill % 5 == 0:
            # Sometimes while it is still starting: opening, creating, configuring the journal.
            time.sleep(chooser.uniform(0.05, 0.4))
        else:
            assert writer.ready.wait(30), "the writer did not start"
            time.sleep(chooser.uniform(0.0, 0.6))
        errors = writer.kill()
        assert "Traceback" not in errors, errors
        for line in writer.lines:
            if line.startswith("saved "):
                _, number, entry_id = line.split()
                reported[int(number)] = int(entry_id)
        next_number = max(reported, default=-1) + 1 + 1000 * (kill + 1)
        unreported = _check_entries(db_path, reported)
        assert unreported <= kill + 1
    assert len(reported) > 50, "the writer was killed too early to prove anything"


def test_a_backup_interrupted_at_any_moment_is_never_taken_for_a_good_one(
    sample_store_file: Path,
) -> None:
    chooser = random.Random(7)
    for _ in range(8):
        writer = Writer(str(sample_store_file), "backup")
        assert writer.ready.wait(30)
        time.sleep(chooser.uniform(0.0, 0.3))
        assert "Traceback" not in writer.kill()
        for info in backup.list_backups(sample_store_file):
            assert backup.problems_in(info.path) == [], f"{info.path.name} is not a good backup"
    assert backup.list_backups(sample_store_file), "no backup was ever completed"
    with open_store(sample_store_file, readonly=True) as store:
        assert queries.integrity_problems(store) == []


@pytest.fixture
def sample_store_file(sample_store, db_path: Path) -> Path:  # type: ignore[no-untyped-def]
    sample_store.close()
    return db_path


def _interrupt_a_checkpoint(source: Path, copy: Path) -> None:
    """Leave ``copy`` as a checkpoint killed after writing page 1 leaves a database: the header
    already counts the pages still waiting in the write-ahead log."""
    copy.write_bytes(source.read_bytes())
    wal = Path(f"{source}-wal").read_bytes()
    Path(f"{copy}-wal").write_bytes(wal)
    page_size = int.from_bytes(wal[8:12], "big")
    frame = 24 + page_size
    latest_first_page = None
    for offset in range(32, len(wal) - frame + 1, frame):
        if int.from_bytes(wal[offset : offset + 4], "big") == 1:
            latest_first_page = wal[offset + 24 : offset + frame]
    assert latest_first_page is not None
    data = bytearray(copy.read_bytes())
    data[:page_size] = latest_first_page
    copy.write_bytes(bytes(data))


def test_a_checkpoint_cut_short_is_not_mistaken_for_a_truncated_file(tmp_path: Path) -> None:
    source = tmp_path / "live.partnerdesk"
    copy = tmp_path / "after-the-crash.partnerdesk"
    with open_store(source) as store:
        store.conn.execute("PRAGMA wal_autocheckpoint = 0")
        partnership_id = create_partnership(store, "Mill", Kind.VALUE_CHAIN).id
        for number in range(200):
            log_contact(
                store,
                occurred_on="2026-11-23",
                summary=f"entry {number}",
                details="x" * 3000,
                partnership_id=partnership_id,
            )
        # The store is still open: nothing has been checkpointed into the file yet.
        _interrupt_a_checkpoint(source, copy)
        header = copy.read_bytes()[:100]
        assert int.from_bytes(header[28:32], "big") * 4096 > copy.stat().st_size
    with open_store(copy) as recovered:
        assert queries.integrity_problems(recovered) == []
        assert recovered.scalar("SELECT count(*) FROM contact_logs") == 200


_KILLED_WHILE_CREATING = """
import os, signal, sys
from partnerdesk.store import connection

def killed_half_way(conn):
    conn.execute("PRAGMA cache_size = 1")  # pages spill into the file before the commit
    conn.executescript("BEGIN;\\n" + connection.schema_sql())
    os.kill(os.getpid(), signal.SIGKILL)

connection._initialise = killed_half_way
connection.open_store(sys.argv[1])
"""


def test_a_database_killed_while_being_made_leaves_nothing_half_made(db_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _KILLED_WHILE_CREATING, str(db_path)],
        capture_output=True,
        check=False,
    )
    assert result.returncode == -signal.SIGKILL
    assert not db_path.exists() or db_path.stat().st_size == 0
    with open_store(db_path) as store:
        assert store.scalar("SELECT count(*) FROM partnerships") == 0
        assert queries.integrity_problems(store) == []


def test_two_programs_writing_at_once_lose_nothing(db_path: Path) -> None:
    """Two writers on one file (a window and the command line, say) take turns."""
    with open_store(db_path) as store:
        create_partnership(store, PARTNERSHIP, Kind.CONSORTIUM, include_self=False)
    first = Writer(str(db_path), "0")
    second = Writer(str(db_path), "1000000")
    assert first.ready.wait(30) and second.ready.wait(30)
    time.sleep(1.5)
    errors = first.kill() + second.kill()
    assert "Traceback" not in errors, errors
    reported: dict[int, int] = {}
    for writer in (first, second):
        for line in writer.lines:
            if line.startswith("saved "):
                _, number, entry_id = line.split()
                reported[int(number)] = int(entry_id)
    assert any(n < 1_000_000 for n in reported) and any(n >= 1_000_000 for n in reported)
    assert _check_entries(db_path, reported) <= 2
