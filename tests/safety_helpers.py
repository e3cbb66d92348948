"""Ways to hurt a database file on purpose, shared by the data-safety tests."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

from partnerdesk.store.connection import open_store
from tests.conftest import missing_on_this_machine


def digest(path: Path) -> str:
    """A fingerprint of a file's bytes (and of its -wal file, if there is one)."""
    hashed = hashlib.sha256(path.read_bytes())
    wal = Path(f"{path}-wal")
    if wal.exists():
        hashed.update(wal.read_bytes())
    return hashed.hexdigest()


def checkpoint(path: Path) -> None:
    """Move everything from the write-ahead log into the database file itself."""
    with open_store(path) as store:
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def damage_inside(path: Path) -> None:
    """Overwrite a page in the middle of the file: SQLite opens it, the integrity check fails."""
    checkpoint(path)
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    middle = (len(data) // page_size // 2) * page_size
    data[middle + 8 : middle + page_size - 8] = b"\x5a" * (page_size - 16)
    path.write_bytes(bytes(data))


def truncate(path: Path) -> None:
    """Cut the file in half, as an interrupted copy would."""
    checkpoint(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def foreign_database(path: Path) -> None:
    """Write another program's SQLite database at ``path``."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, file TEXT)")
    conn.execute("INSERT INTO photos (file) VALUES ('beach.jpg')")
    conn.commit()
    conn.close()


def newer_database(path: Path, version: int) -> None:
    """Make ``path`` look as if a newer PartnerDesk (schema ``version``) wrote it."""
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.close()


def _immutable(path: Path, on: bool) -> bool:
    if shutil.which("chattr") is None:
        return False
    result = subprocess.run(
        ["chattr", "+i" if on else "-i", str(path)], capture_output=True, check=False
    )
    return result.returncode == 0


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[None]:
    """Make a file or folder read-only for this process for the duration of the block.

    An ordinary user is stopped by file permissions; the superuser is not, so for them the
    file is marked immutable (Linux ``chattr +i``), or the test is skipped where that cannot
    be done.
    """
    mode = path.stat().st_mode
    superuser = hasattr(os, "geteuid") and os.geteuid() == 0
    if superuser:
        if not _immutable(path, True):
            missing_on_this_machine("cannot make a file read-only for the superuser here")
        try:
            yield
        finally:
            _immutable(path, False)
        return
    path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        yield
    finally:
        path.chmod(mode)
