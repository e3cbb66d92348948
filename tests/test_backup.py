"""Backups: consistent snapshots made through SQLite, checked, kept apart per database, rotated,
and restored only after the database as it was has been backed up."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from partnerdesk.domain import journal, organisations
from partnerdesk.domain.sample import build_sample_portfolio
from partnerdesk.store import backup, connection, migrations, queries, rows
from partnerdesk.store.backup import BackupError, BackupInfo, Reason, Retention
from partnerdesk.store.connection import APPLICATION_ID, SCHEMA_VERSION, Store, open_store
from partnerdesk.store.errors import CannotOpenError
from tests.conftest import TODAY
from tests.safety_helpers import damage_inside, digest, foreign_database, newer_database

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


#: A schema version after the current one, for tests of upgrading.
NEXT = SCHEMA_VERSION + 1


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return tmp_path / "backups"


def _names(store: Store) -> list[str]:
    return [row["name"] for row in store.query("SELECT name FROM organisations ORDER BY id")]


def test_a_backup_is_a_checked_standalone_copy_with_what_was_just_saved(
    sample_store: Store, db_path: Path, root: Path
) -> None:
    organisations.create_organisation(sample_store, "Saved a moment ago")
    # The new row is still only in the write-ahead log: a copy of the file alone would miss it.
    assert Path(f"{db_path}-wal").stat().st_size > 0
    info = backup.make_backup(db_path, root=root, now=NOW)
    assert info.path.parent == backup.folder_for(db_path, root)
    assert info.path.name == "2026-11-23T09-30-00.000Z-by-hand.partnerdesk"
    assert info.reason == "by-hand" and info.taken_at == NOW
    assert info.size == info.path.stat().st_size > 0
    assert not Path(f"{info.path}-wal").exists()
    assert info.path.read_bytes()[18] == 1, "a backup must not need a -wal file beside it"
    with open_store(info.path, readonly=True) as copy:
        assert _names(copy) == _names(sample_store)
        assert queries.table_counts(copy) == queries.table_counts(sample_store)
        assert copy.scalar("PRAGMA application_id") == APPLICATION_ID
    assert backup.problems_in(info.path) == []
    note = info.path.parent / backup.ORIGIN_NOTE
    assert note.read_text(encoding="utf-8").strip() == str(db_path.resolve())


def test_a_backup_never_holds_half_of_a_transaction(
    sample_store: Store, db_path: Path, root: Path
) -> None:
    before = queries.table_counts(sample_store)
    with sample_store.write():
        organisations.create_organisation(sample_store, "Not yet committed")
        info = backup.make_backup(db_path, root=root, now=NOW)
    with open_store(info.path, readonly=True) as copy:
        assert queries.table_counts(copy) == before
        assert "Not yet committed" not in _names(copy)


def test_databases_with_the_same_name_keep_their_backups_apart(tmp_path: Path, root: Path) -> None:
    first, second = (
        tmp_path / "a" / "portfolio.partnerdesk",
        tmp_path / "b" / "portfolio.partnerdesk",
    )
    for path, name in ((first, "First"), (second, "Second")):
        with open_store(path) as store:
            organisations.create_organisation(store, name)
        backup.make_backup(path, root=root, now=NOW)
    assert backup.folder_for(first, root) != backup.folder_for(second, root)
    for path, name in ((first, "First"), (second, "Second")):
        (only,) = backup.list_backups(path, root)
        with open_store(only.path, readonly=True) as copy:
            assert _names(copy) == [name]


def test_a_damaged_database_gives_no_backup_and_keeps_the_good_ones(
    sample_store: Store, db_path: Path, root: Path
) -> None:
    good = backup.make_backup(db_path, root=root, now=NOW - timedelta(days=2))
    sample_store.close()
    damage_inside(db_path)
    before = digest(db_path)
    with pytest.raises(BackupError, match="integrity check"):
        backup.make_backup(db_path, root=root, now=NOW)
    assert backup.list_backups(db_path, root) == [good]
    assert sorted(p.name for p in good.path.parent.iterdir()) == sorted(
        [good.path.name, backup.ORIGIN_NOTE]
    ), "nothing half-written is left behind"
    assert digest(db_path) == before


def test_a_backup_that_cannot_be_written_is_reported_and_not_kept(
    sample_store: Store, db_path: Path, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(source: sqlite3.Connection, target: Path) -> None:
        target.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup, "_copy", full_disk)
    with pytest.raises(BackupError, match="disk is full"):
        backup.make_backup(db_path, root=root, now=NOW)
    folder = backup.folder_for(db_path, root)
    assert not folder.exists() or not any(folder.iterdir())


def test_a_backup_of_something_that_is_not_a_partnerdesk_database_is_refused(
    tmp_path: Path, root: Path
) -> None:
    other = tmp_path / "photos.db"
    foreign_database(other)
    before = digest(other)
    with pytest.raises(CannotOpenError):
        backup.make_backup(other, root=root)
    assert digest(other) == before
    assert backup.list_backups(other, root) == []


def test_a_backup_is_due_when_the_newest_is_a_day_old(
    store: Store, db_path: Path, root: Path
) -> None:
    assert backup.backup_due(db_path, NOW, root)
    backup.make_backup(db_path, Reason.DAILY, root=root, now=NOW)
    assert not backup.backup_due(db_path, NOW + timedelta(hours=23), root)
    assert backup.backup_due(db_path, NOW + timedelta(hours=24), root)


def test_newest_good_backup_passes_over_a_damaged_one(
    sample_store: Store, db_path: Path, root: Path
) -> None:
    older = backup.make_backup(db_path, root=root, now=NOW - timedelta(days=1))
    newer = backup.make_backup(db_path, root=root, now=NOW)
    assert backup.newest_good_backup(db_path, root) == newer
    damage_inside(newer.path)
    assert backup.problems_in(newer.path)
    assert backup.newest_good_backup(db_path, root) == older


def test_temporary_files_are_not_backups(store: Store, db_path: Path, root: Path) -> None:
    info = backup.make_backup(db_path, root=root, now=NOW)
    (info.path.parent / f".{info.path.name}.abc.part").write_bytes(b"half")
    (info.path.parent / "notes.txt").write_text("mine")
    assert backup.list_backups(db_path, root) == [info]


# --- rotation -------------------------------------------------------------------------------


def _fake(taken_at: datetime, reason: str = "daily") -> BackupInfo:
    return BackupInfo(Path(f"/b/{taken_at.isoformat()}-{reason}"), taken_at, reason, 1)


def _kept_times(backups: list[BackupInfo]) -> set[datetime]:
    kept = backup.to_keep(backups)
    return {info.taken_at for info in backups if info.path in kept}


def test_rotation_keeps_newest_days_weeks_months_and_every_upgrade() -> None:
    # Two backups a day for nearly two years, and one made before an upgrade long ago.
    start = date(2025, 1, 1)
    backups = []
    for offset in range((TODAY - start).days + 1):
        day = start + timedelta(days=offset)
        for hour in (9, 18):
            backups.append(_fake(datetime(day.year, day.month, day.day, hour, tzinfo=UTC)))
    upgrade = _fake(datetime(2025, 3, 3, 12, tzinfo=UTC), "before-upgrade")
    backups.append(upgrade)

    def at(day: date, hour: int = 18) -> datetime:
        return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)

    expected = {at(TODAY, 9), at(TODAY, 18), at(TODAY - timedelta(days=1))}  # the 3 newest
    expected |= {at(TODAY - timedelta(days=n)) for n in range(7)}  # 7 days
    # 4 ISO weeks: 2026-11-23 is a Monday, so the others end on Sundays
    expected |= {at(date(2026, 11, 22)), at(date(2026, 11, 15)), at(date(2026, 11, 8))}
    # 12 months: the last backup of each month
    expected |= {at(date(2026, month, 1) - timedelta(days=1)) for month in range(1, 12)}
    expected |= {upgrade.taken_at}
    assert _kept_times(backups) == expected
    # 3 newest, 5 more days, 2 more weeks, 11 more months and the upgrade
    assert len(expected) == 22


def test_one_bad_day_cannot_push_the_good_days_out() -> None:
    good = [_fake(datetime(2026, 11, day, 9, tzinfo=UTC)) for day in range(1, 23)]
    bad_day = [_fake(datetime(2026, 11, 23, 9, minute, tzinfo=UTC)) for minute in range(60)]
    kept = _kept_times(good + bad_day)
    assert {datetime(2026, 11, day, 9, tzinfo=UTC) for day in range(17, 23)} <= kept
    assert len([t for t in kept if t.day == 23]) == 3


def test_rotation_removes_files_and_make_backup_rotates(
    store: Store, db_path: Path, root: Path
) -> None:
    small = Retention(newest=1, daily=2, weekly=0, monthly=0)
    for days in (5, 4, 3, 2):
        backup.make_backup(db_path, Reason.DAILY, root=root, now=NOW - timedelta(days=days))
    latest = backup.make_backup(db_path, Reason.DAILY, root=root, now=NOW, retention=small)
    kept = backup.list_backups(db_path, root)
    assert [info.taken_at for info in kept] == [NOW, NOW - timedelta(days=2)]
    assert kept[0] == latest
    assert len(list(backup.folder_for(db_path, root).glob("*.partnerdesk"))) == 2


# --- restoring ------------------------------------------------------------------------------


def test_restore_backs_up_the_database_as_it_is_first(
    sample_store: Store, db_path: Path, root: Path
) -> None:
    taken = backup.make_backup(db_path, root=root, now=NOW - timedelta(days=1))
    organisations.create_organisation(sample_store, "Added after the backup")
    before_restore = _names(sample_store)
    sample_store.close()
    result = backup.restore_backup(taken.path, db_path, root=root)
    assert result.safety_backup is not None
    assert result.safety_backup.reason == "before-restore"
    with open_store(result.safety_backup.path, readonly=True) as safety:
        assert _names(safety) == before_restore
    with open_store(db_path) as restored:
        assert "Added after the backup" not in _names(restored)
        assert queries.integrity_problems(restored) == []
        assert restored.scalar("PRAGMA journal_mode") == "wal"


def test_another_connection_sees_the_restored_database_whole(
    sample_store: Store, db_path: Path, root: Path
) -> None:
    taken = backup.make_backup(db_path, root=root, now=NOW)
    entry_count = journal.journal_count(sample_store)
    organisations.create_organisation(sample_store, "Gone after the restore")
    sample_store.close()
    with open_store(db_path, readonly=True) as reader:
        assert "Gone after the restore" in _names(reader)
        backup.restore_backup(taken.path, db_path, root=root)
        assert "Gone after the restore" not in _names(reader)
        assert journal.journal_count(reader) == entry_count
    with open_store(db_path) as reopened:
        organisations.create_organisation(reopened, "Still usable")
        assert queries.integrity_problems(reopened) == []


def test_restore_over_a_database_damaged_inside_sets_it_aside(
    sample_store: Store, db_path: Path, root: Path
) -> None:
    taken = backup.make_backup(db_path, root=root, now=NOW)
    sample_store.close()
    damage_inside(db_path)
    damaged = digest(db_path)
    result = backup.restore_backup(taken.path, db_path, root=root)
    assert result.safety_backup is None and result.set_aside is not None
    assert digest(result.set_aside) == damaged
    assert backup.problems_in(db_path) == []
    assert len(backup.list_backups(db_path, root)) == 1, "no damaged backup was kept"


def test_a_failed_restore_puts_a_set_aside_file_back(
    sample_store: Store, db_path: Path, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    taken = backup.make_backup(db_path, root=root, now=NOW)
    sample_store.close()
    damage_inside(db_path)
    damaged = digest(db_path)

    def full_disk(source: sqlite3.Connection, target: Path) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup, "_copy", full_disk)
    with pytest.raises(BackupError, match="disk is full"):
        backup.restore_backup(taken.path, db_path, root=root)
    assert digest(db_path) == damaged
    assert sorted(p.name for p in db_path.parent.iterdir() if "unreadable" in p.name) == []


def test_restore_is_refused_when_the_safety_backup_cannot_be_made(
    sample_store: Store, db_path: Path, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    taken = backup.make_backup(db_path, root=root, now=NOW)
    organisations.create_organisation(sample_store, "Only in the database")
    sample_store.close()
    before = digest(db_path)

    def full_disk(source: sqlite3.Connection, target: Path) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup, "_copy", full_disk)
    with pytest.raises(BackupError, match="disk is full"):
        backup.restore_backup(taken.path, db_path, root=root)
    assert digest(db_path) == before


def test_restore_sets_a_damaged_database_aside_with_its_journal(
    sample_store: Store, db_path: Path, root: Path
) -> None:
    taken = backup.make_backup(db_path, root=root, now=NOW)
    sample_store.close()
    damage_inside(db_path)
    # A damaged file whose header is unreadable, with a stray write-ahead log beside it.
    data = bytearray(db_path.read_bytes())
    data[28:32] = (10_000).to_bytes(4, "big")  # claims more pages than it has: truncated
    db_path.write_bytes(bytes(data))
    Path(f"{db_path}-wal").write_bytes(b"stale log")
    damaged = digest(db_path)
    result = backup.restore_backup(taken.path, db_path, root=root)
    assert result.set_aside is not None and result.safety_backup is None
    assert ".unreadable-" in result.set_aside.name
    assert digest(result.set_aside) == damaged, "the damaged file is kept exactly as it was"
    assert Path(f"{result.set_aside}-wal").read_bytes() == b"stale log"
    with open_store(db_path) as restored:
        assert queries.integrity_problems(restored) == []
        assert restored.scalar("SELECT count(*) FROM partnerships") == 6


@pytest.mark.parametrize("kind", ["foreign", "newer"])
def test_restore_never_replaces_another_programs_or_a_newer_file(
    tmp_path: Path, root: Path, sample_store: Store, db_path: Path, kind: str
) -> None:
    taken = backup.make_backup(db_path, root=root, now=NOW)
    target = tmp_path / "target.partnerdesk"
    if kind == "foreign":
        foreign_database(target)
    else:
        newer_database(target, SCHEMA_VERSION + 1)
    before = digest(target)
    with pytest.raises(BackupError):
        backup.restore_backup(taken.path, target, root=root)
    assert digest(target) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("target")] == [target.name]


def test_a_damaged_backup_is_refused_and_the_database_left_alone(
    sample_store: Store, db_path: Path, root: Path
) -> None:
    taken = backup.make_backup(db_path, root=root, now=NOW)
    damage_inside(taken.path)
    sample_store.close()
    before = digest(db_path)
    with pytest.raises(BackupError, match="damaged"):
        backup.restore_backup(taken.path, db_path, root=root)
    assert digest(db_path) == before
    assert len(backup.list_backups(db_path, root)) == 1, "no safety backup for a refused restore"


def test_restore_into_a_missing_file_makes_it(
    sample_store: Store, db_path: Path, tmp_path: Path, root: Path
) -> None:
    taken = backup.make_backup(db_path, root=root, now=NOW)
    target = tmp_path / "elsewhere" / "copy.partnerdesk"
    target.parent.mkdir()
    result = backup.restore_backup(taken.path, target, root=root)
    assert result.safety_backup is None and result.set_aside is None
    with open_store(target) as restored:
        assert _names(restored) == _names(sample_store)


# --- upgrades -------------------------------------------------------------------------------


@pytest.fixture
def version_two(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pretend the code knows a schema version after this one, which adds a column."""

    def step(db: object) -> None:
        db.execute("ALTER TABLE organisations ADD COLUMN vat_number TEXT")  # type: ignore[attr-defined]

    monkeypatch.setattr(connection, "SCHEMA_VERSION", NEXT)
    monkeypatch.setattr(backup, "SCHEMA_VERSION", NEXT)
    monkeypatch.setitem(migrations.STEPS, NEXT, step)


@pytest.fixture
def version_one_file(tmp_path: Path) -> Path:
    path = tmp_path / "old.partnerdesk"
    with open_store(path) as store:
        build_sample_portfolio(store, TODAY)
    return path


def test_an_upgrade_is_preceded_by_a_backup_of_the_old_version(
    version_one_file: Path, version_two: None
) -> None:
    with open_store(version_one_file, readonly=True) as old:
        counts = queries.table_counts(old)
    with open_store(version_one_file) as upgraded:
        assert upgraded.schema_version == NEXT
    (taken,) = backup.list_backups(version_one_file)
    assert taken.reason == "before-upgrade"
    with open_store(taken.path, readonly=True) as copy:
        assert copy.schema_version == SCHEMA_VERSION
        assert queries.table_counts(copy) == counts


def test_no_upgrade_without_a_good_backup(
    version_one_file: Path, version_two: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(source: sqlite3.Connection, target: Path) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup, "_copy", full_disk)
    with pytest.raises(BackupError, match="not been upgraded"):
        open_store(version_one_file)
    monkeypatch.undo()
    with open_store(version_one_file, readonly=True) as still:
        assert still.schema_version == SCHEMA_VERSION
        assert "vat_number" not in {
            c["name"] for c in still.query("PRAGMA table_info(organisations)")
        }


def test_restoring_an_older_backup_upgrades_it(
    version_one_file: Path, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    taken = backup.make_backup(version_one_file, root=root, now=NOW)

    def step(db: object) -> None:
        db.execute("ALTER TABLE organisations ADD COLUMN vat_number TEXT")  # type: ignore[attr-defined]

    monkeypatch.setattr(connection, "SCHEMA_VERSION", NEXT)
    monkeypatch.setattr(backup, "SCHEMA_VERSION", NEXT)
    monkeypatch.setitem(migrations.STEPS, NEXT, step)
    with open_store(version_one_file, before_upgrade=None) as current:
        rows.insert(
            current, "organisations", {"name": "Made in the next version", "vat_number": "GB1"}
        )
    backup.restore_backup(taken.path, version_one_file, root=root)
    with open_store(version_one_file, before_upgrade=None) as restored:
        assert restored.schema_version == NEXT
        assert "Made in the next version" not in _names(restored)
        assert restored.scalar("SELECT count(*) FROM organisations WHERE vat_number IS NULL") > 0
