"""Which files are opened, created, upgraded or refused, and that refused files stay untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from partnerdesk.store import connection, migrations, rows
from partnerdesk.store.connection import APPLICATION_ID, SCHEMA_VERSION, examine, open_store
from partnerdesk.store.errors import (
    DamagedDatabaseError,
    ForeignDatabaseError,
    NewerDatabaseError,
    NotADatabaseError,
    ReadOnlyError,
)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_missing_file_becomes_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "folder" / "new.partnerdesk"
    with open_store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
    assert examine(path) == SCHEMA_VERSION


def test_empty_file_becomes_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.partnerdesk"
    path.touch()
    with open_store(path) as store:
        assert store.schema_version == SCHEMA_VERSION


def test_text_file_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "notes.partnerdesk"
    path.write_text("These are not the droids you are looking for.\n" * 20)
    before = _digest(path)
    with pytest.raises(NotADatabaseError) as caught:
        open_store(path)
    assert "not an SQLite database" in str(caught.value)
    assert _digest(path) == before


def test_another_programs_sqlite_file_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "photos.db"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, file TEXT)")
    other.execute("INSERT INTO photos (file) VALUES ('beach.jpg')")
    other.commit()
    other.close()
    before = _digest(path)
    with pytest.raises(ForeignDatabaseError) as caught:
        open_store(path)
    assert "another program" in str(caught.value)
    assert _digest(path) == before
    assert not Path(f"{path}-wal").exists()


def test_database_from_a_newer_partnerdesk_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.partnerdesk"
    open_store(path).close()
    future = sqlite3.connect(path)
    future.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    future.close()
    before = _digest(path)
    with pytest.raises(NewerDatabaseError) as caught:
        open_store(path)
    assert caught.value.found == SCHEMA_VERSION + 1
    assert "newer version of PartnerDesk" in str(caught.value)
    assert _digest(path) == before


def test_truncated_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "cut.partnerdesk"
    with open_store(path) as store:
        for n in range(300):
            rows.insert(store, "organisations", {"name": f"Organisation {n}", "notes": "x" * 500})
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    before = _digest(path)
    with pytest.raises(DamagedDatabaseError) as caught:
        open_store(path)
    assert "truncated" in str(caught.value)
    assert "backup" in caught.value.advice
    assert _digest(path) == before


def test_database_with_a_damaged_header_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "garbled.partnerdesk"
    open_store(path).close()
    data = bytearray(path.read_bytes())
    data[16:24] = b"\xff" * 8  # page size and format bytes
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabaseError):
        open_store(path)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NotADatabaseError):
        open_store(tmp_path)


def test_read_only_open_never_writes(tmp_path: Path) -> None:
    path = tmp_path / "ro.partnerdesk"
    open_store(path).close()
    with open_store(path, readonly=True) as store:
        with pytest.raises(ReadOnlyError):
            rows.insert(store, "organisations", {"name": "Nope"})
        assert store.scalar("SELECT count(*) FROM organisations") == 0


def test_read_only_open_of_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NotADatabaseError):
        open_store(tmp_path / "absent.partnerdesk", readonly=True)
    assert not (tmp_path / "absent.partnerdesk").exists()


#: The schema version this code writes, and the one a later release would.
CURRENT = connection.SCHEMA_VERSION
NEXT = CURRENT + 1


@pytest.fixture
def version_next(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pretend the code knows a next schema version that adds a column."""

    def step(db: object) -> None:
        db.execute("ALTER TABLE organisations ADD COLUMN vat_number TEXT")  # type: ignore[attr-defined]

    monkeypatch.setattr(connection, "SCHEMA_VERSION", NEXT)
    monkeypatch.setitem(migrations.STEPS, NEXT, step)


def test_older_database_is_upgraded_after_the_before_upgrade_hook(
    tmp_path: Path, version_next: None
) -> None:
    path = tmp_path / "old.partnerdesk"
    conn = sqlite3.connect(path)
    conn.executescript(connection.schema_sql())
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {CURRENT}")
    conn.execute("INSERT INTO organisations (name) VALUES ('Kept')")
    conn.commit()
    conn.close()
    seen: list[tuple[Path, int]] = []
    with open_store(path, before_upgrade=lambda p, v: seen.append((p, v))) as store:
        assert store.schema_version == NEXT
        assert store.query("SELECT name, vat_number FROM organisations") == [
            {"name": "Kept", "vat_number": None}
        ]
    assert seen == [(path, CURRENT)]


def test_a_failing_upgrade_step_leaves_the_database_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.partnerdesk"
    with open_store(path) as store:
        rows.insert(store, "organisations", {"name": "Kept"})

    def broken(db: object) -> None:
        db.execute("ALTER TABLE organisations ADD COLUMN half_done TEXT")  # type: ignore[attr-defined]
        raise RuntimeError("step failed half-way")

    monkeypatch.setattr(connection, "SCHEMA_VERSION", NEXT)
    monkeypatch.setitem(migrations.STEPS, NEXT, broken)
    with pytest.raises(RuntimeError):
        open_store(path)
    monkeypatch.setattr(connection, "SCHEMA_VERSION", CURRENT)
    with open_store(path, readonly=True) as store:
        assert store.schema_version == CURRENT
        columns = {c["name"] for c in store.query("PRAGMA table_info(organisations)")}
        assert "half_done" not in columns
        assert store.scalar("SELECT name FROM organisations") == "Kept"
