"""Backups of PartnerDesk databases: taken with SQLite's online backup API, checked, rotated.

* A backup is a complete PartnerDesk database of its own (no ``-wal`` file beside it), made
  with SQLite's online backup API, so it is a consistent snapshot even while the database is
  open and being written. It is never a plain copy of the file, which could catch a write
  half-done or miss what is still in the write-ahead log.
* It is written to a temporary file, checked with SQLite's integrity check (and the checks of
  :func:`~partnerdesk.store.queries.integrity_problems`), and only then renamed into place. A
  backup that fails is removed and reported with :class:`BackupError`; it is never kept as if
  it were good, and a failed backup never rotates good ones away.
* Each database has a folder of its own under the backups folder, named after the file and a
  fingerprint of its full path, so backups of different databases never mix. A backup's name
  says when (UTC) and why it was made: ``2026-11-23T09-41-07.120Z-daily.partnerdesk``.
* Rotation keeps the newest backup of each of the last 7 days, 4 weeks and 12 months that have
  one, the 3 newest whatever their age, and every backup made before an upgrade.
* Restoring first backs up the database as it is now; a damaged file is set aside under a new
  name rather than overwritten. Nothing is ever deleted except by rotation.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import re
import sqlite3
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path

from partnerdesk import paths
from partnerdesk.files import atomic_path, atomic_write
from partnerdesk.store.connection import (
    SCHEMA_VERSION,
    Store,
    connect_readonly,
    examine,
    open_store,
    writable,
    write_failed,
)
from partnerdesk.store.errors import (
    CannotOpenError,
    DamagedDatabaseError,
    NewerDatabaseError,
    StoreError,
)

log = logging.getLogger(__name__)

#: The name of the note in each backup folder that says which database it belongs to.
ORIGIN_NOTE = "database.txt"
#: How old the newest backup may be before the next start makes another.
DAILY = timedelta(days=1)
#: A temporary file left by an interrupted backup is removed once it is this old.
_STALE_PART = timedelta(hours=1)

_NAME = re.compile(
    r"^(?P<when>\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{3}Z)-(?P<reason>[a-z-]+)"
    + re.escape(paths.DATABASE_SUFFIX)
    + "$"
)
_TIME_FORMAT = "%Y-%m-%dT%H-%M-%S"


class Reason(StrEnum):
    """Why a backup was made; part of its file name."""

    DAILY = "daily"
    BEFORE_UPGRADE = "before-upgrade"
    BEFORE_RESTORE = "before-restore"
    BY_HAND = "by-hand"


class BackupError(StoreError):
    """A backup or a restore could not be made; nothing was left behind as if it were good."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where it is, when (UTC) and why it was made, and its size in bytes."""

    path: Path
    taken_at: datetime
    reason: str
    size: int


@dataclass(frozen=True)
class Retention:
    """How many backups rotation keeps: the newest of each of the last N days, weeks, months."""

    newest: int = 3
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


@dataclass(frozen=True)
class Restored:
    """What a restore did: the backup of the database as it was, and where a damaged file went."""

    safety_backup: BackupInfo | None
    set_aside: Path | None
    schema_version: int


# --- where backups go -----------------------------------------------------------------------


def folder_for(database: Path, root: Path | None = None) -> Path:
    """The folder holding the backups of ``database`` (under ``root``, the backups folder)."""
    resolved = Path(database).expanduser().resolve()
    fingerprint = hashlib.sha256(str(resolved).encode("utf-8")).hexdigest()[:10]
    return (root or paths.backups_dir()) / f"{resolved.stem}-{fingerprint}"


def _name(taken_at: datetime, reason: str) -> str:
    stamp = taken_at.astimezone(UTC)
    millis = stamp.microsecond // 1000
    return f"{stamp.strftime(_TIME_FORMAT)}.{millis:03d}Z-{reason}{paths.DATABASE_SUFFIX}"


def _info(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    when = datetime.strptime(match["when"], _TIME_FORMAT + ".%fZ").replace(tzinfo=UTC)
    try:
        size = path.stat().st_size
    except OSError:
        return None
    return BackupInfo(path, when, match["reason"], size)


def list_backups(database: Path, root: Path | None = None) -> list[BackupInfo]:
    """The backups of ``database``, newest first."""
    return backups_in(folder_for(database, root))


def backups_in(folder: Path) -> list[BackupInfo]:
    """The backups in one backup folder, newest first (temporary files are not backups)."""
    if not folder.is_dir():
        return []
    found = [info for path in folder.iterdir() if (info := _info(path)) is not None]
    return sorted(found, key=lambda info: (info.taken_at, info.path.name), reverse=True)


def backup_due(database: Path, now: datetime | None = None, root: Path | None = None) -> bool:
    """Tell whether the newest backup of ``database`` is more than a day old (or missing)."""
    now = now or datetime.now(UTC)
    found = list_backups(database, root)
    return not found or now - found[0].taken_at >= DAILY


# --- checking -------------------------------------------------------------------------------


def problems_in(path: Path) -> list[str]:
    """What is wrong with a backup file (or any database file); empty when it is good."""
    from partnerdesk.store.queries import integrity_problems

    try:
        with open_store(path, readonly=True) as opened:
            return integrity_problems(opened)
    except CannotOpenError as exc:
        return [exc.problem]
    except sqlite3.DatabaseError as exc:
        return [f"SQLite cannot read it ({exc})"]


def newest_good_backup(database: Path, root: Path | None = None) -> BackupInfo | None:
    """The newest backup of ``database`` that passes every check, if there is one."""
    for info in list_backups(database, root):
        if not problems_in(info.path):
            return info
    return None


# --- making backups -------------------------------------------------------------------------


def _copy(source: sqlite3.Connection, target: Path) -> None:
    """Copy the database open on ``source`` into the new file ``target`` (SQLite's backup)."""
    destination = sqlite3.connect(str(target), isolation_level=None)
    try:
        source.backup(destination)
        # A standalone file: the backup must not depend on a -wal file beside it.
        destination.execute("PRAGMA journal_mode = DELETE")
    finally:
        destination.close()


def _check(temporary: Path, what: str) -> None:
    found = problems_in(temporary)
    if found:
        raise BackupError(
            f"The {what} failed SQLite's integrity check and was not kept "
            f"({'; '.join(found[:3])}). The database itself may be damaged: "
            "run “partnerdesk check” on it."
        )


def _source(database: Path) -> sqlite3.Connection:
    # Refuses what is not a PartnerDesk database, without changing it.
    if examine(database) is None:
        raise BackupError(f"There is no PartnerDesk database at {database} to back up.")
    # A read-write connection that only reads: unlike a read-only one, it removes the -wal and
    # -shm files it needed when it closes, as PartnerDesk itself does.
    if writable(database):
        conn = sqlite3.connect(str(database), isolation_level=None)
    else:
        conn = connect_readonly(database)
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def make_backup(
    database: Path,
    reason: Reason | str = Reason.BY_HAND,
    *,
    root: Path | None = None,
    now: datetime | None = None,
    retention: Retention | None = Retention(),
) -> BackupInfo:
    """Back up ``database`` into its backup folder, check the copy, then rotate the folder.

    ``retention=None`` keeps every backup. Raises :class:`BackupError` when the backup cannot
    be written or fails its check (nothing is kept then), and
    :class:`~partnerdesk.store.errors.CannotOpenError` when ``database`` cannot be read.
    """
    database = Path(database).expanduser()
    folder = folder_for(database, root)
    taken_at = (now or datetime.now(UTC)).astimezone(UTC)
    target = folder / _name(taken_at, str(reason))
    while target.exists():  # two backups in one millisecond: the later one moves on by one
        taken_at += timedelta(milliseconds=1)
        target = folder / _name(taken_at, str(reason))
    _write_backup(database, target)
    _note_origin(folder, database)
    info = _info(target)
    assert info is not None
    log.info("Backed up %s to %s (%d bytes, %s)", database, target, info.size, reason)
    if retention is not None:
        try:
            rotate(folder, retention)
        except OSError:
            log.exception("Could not remove old backups from %s", folder)
    return info


def write_backup(database: Path, target: Path) -> BackupInfo:
    """Back up ``database`` into the file ``target`` (replaced only when the copy is good).

    Raises :class:`BackupError` as :func:`make_backup` does.
    """
    database = Path(database).expanduser()
    target = Path(target).expanduser()
    _write_backup(database, target)
    return BackupInfo(target, datetime.now(UTC), str(Reason.BY_HAND), target.stat().st_size)


def _write_backup(database: Path, target: Path) -> None:
    source = _source(database)
    try:
        _remove_stale_parts(target.parent)
        with atomic_path(target) as temporary:
            try:
                _copy(source, temporary)
            except sqlite3.DatabaseError as exc:
                raise BackupError(f"The backup could not be written: {write_failed(exc)}") from exc
            _check(temporary, "backup")
    except OSError as exc:
        raise BackupError(f"The backup could not be written to {target.parent}: {exc}.") from exc
    finally:
        source.close()


def _note_origin(folder: Path, database: Path) -> None:
    note = folder / ORIGIN_NOTE
    text = f"{database.resolve()}\n"
    with contextlib.suppress(OSError):
        if not note.exists() or note.read_text(encoding="utf-8") != text:
            with atomic_write(note) as stream:
                stream.write(text)


def _remove_stale_parts(folder: Path) -> None:
    # A backup interrupted by a crash leaves its temporary file; it was never a backup.
    if not folder.is_dir():
        return
    limit = datetime.now().timestamp() - _STALE_PART.total_seconds()
    for part in folder.glob(".*.part"):
        with contextlib.suppress(OSError):
            if part.stat().st_mtime < limit:
                part.unlink()


def backup_before_upgrade(database: Path, version: int, root: Path | None = None) -> BackupInfo:
    """The backup :func:`~partnerdesk.store.connection.open_store` makes before an upgrade.

    Raises :class:`BackupError` when it fails, which stops the upgrade.
    """
    try:
        return make_backup(database, Reason.BEFORE_UPGRADE, root=root)
    except (BackupError, CannotOpenError) as exc:
        raise BackupError(
            f"PartnerDesk could not back up the database before upgrading it from schema "
            f"version {version}, so it has not been upgraded or changed. {exc}"
        ) from exc


# --- rotation -------------------------------------------------------------------------------


def _keep_newest_per_period(
    backups: list[BackupInfo], count: int, period: Callable[[datetime], Hashable]
) -> set[Path]:
    kept: set[Path] = set()
    last: Hashable = None
    for info in backups:  # newest first: the first seen of each period is its newest
        key = period(info.taken_at)
        if key != last:
            if len(kept) == count:
                break
            kept.add(info.path)
            last = key
    return kept


def to_keep(backups: Iterable[BackupInfo], retention: Retention = Retention()) -> set[Path]:
    """Which of ``backups`` rotation keeps."""
    ordered = sorted(backups, key=lambda info: info.taken_at, reverse=True)
    kept = {info.path for info in ordered[: retention.newest]}
    kept |= {info.path for info in ordered if info.reason == Reason.BEFORE_UPGRADE}
    kept |= _keep_newest_per_period(ordered, retention.daily, lambda t: t.date())
    kept |= _keep_newest_per_period(ordered, retention.weekly, lambda t: t.isocalendar()[:2])
    kept |= _keep_newest_per_period(ordered, retention.monthly, lambda t: (t.year, t.month))
    return kept


def rotate(folder: Path, retention: Retention = Retention()) -> list[Path]:
    """Remove the backups in ``folder`` that rotation does not keep; return what was removed."""
    backups = backups_in(folder)
    kept = to_keep(backups, retention)
    removed = []
    for info in backups:
        if info.path not in kept:
            info.path.unlink()
            removed.append(info.path)
            log.info("Rotated away backup %s", info.path)
    return removed


# --- restoring ------------------------------------------------------------------------------


def _checked_backup(backup: Path) -> int:
    try:
        version = examine(backup)
    except NewerDatabaseError as exc:
        raise BackupError(
            f"{backup.name} was made by a newer version of PartnerDesk; update PartnerDesk "
            "to restore it."
        ) from exc
    except CannotOpenError as exc:
        raise BackupError(f"{backup.name} is not a usable backup: {exc.problem}") from exc
    if version is None:
        raise BackupError(f"{backup.name} is empty: there is nothing in it to restore.")
    found = problems_in(backup)
    if found:
        raise BackupError(
            f"{backup.name} is damaged ({'; '.join(found[:3])}); choose another backup."
        )
    return version


def set_aside(database: Path, now: datetime | None = None) -> Path:
    """Rename a database that cannot be opened (with its journal files) so a backup can take
    its place; returns its new name. The file itself is not changed."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime(_TIME_FORMAT)
    target = database.with_name(f"{database.stem}.unreadable-{stamp}Z{database.suffix}")
    counter = 1
    while target.exists():
        counter += 1
        target = database.with_name(
            f"{database.stem}.unreadable-{stamp}Z-{counter}{database.suffix}"
        )
    # The journal files go with it: a -wal file left behind would be applied to the restored
    # database and ruin it.
    for suffix in ("-wal", "-shm", "-journal"):
        companion = Path(f"{database}{suffix}")
        if companion.exists():
            companion.replace(Path(f"{target}{suffix}"))
    database.replace(target)
    log.warning("Set aside %s as %s", database, target)
    return target


def restore_backup(
    backup: Path,
    database: Path,
    *,
    root: Path | None = None,
    set_aside_unreadable: bool = False,
) -> Restored:
    """Replace the contents of the database file ``database`` with ``backup``.

    The backup is checked first. The database as it is now is backed up before anything
    changes (reason ``before-restore``); a damaged database is set aside under a new name
    instead, unchanged (so is any file that cannot be opened, when ``set_aside_unreadable``).
    Another program's file or a newer PartnerDesk's is refused otherwise. A restored backup of
    an older schema is upgraded. Close every store open on ``database`` first. Raises
    :class:`BackupError` when anything is wrong; the database is as it was then.
    """
    backup = Path(backup).expanduser()
    path = Path(database).expanduser()
    if path.exists() and backup.resolve() == path.resolve():
        raise BackupError("A database cannot be restored from itself.")
    _checked_backup(backup)  # refuses a damaged, foreign, empty or newer backup
    current = _current_version(path, set_aside_unreadable)
    safety: BackupInfo | None = None
    aside: Path | None = None
    if current is None and path.exists() and path.stat().st_size > 0:
        aside = set_aside(path)
    elif current is not None:
        try:
            safety = make_backup(path, Reason.BEFORE_RESTORE, root=root)
        except BackupError:
            if not problems_in(path):
                raise  # the database is sound: the backup failed for another reason (disk full)
            aside = set_aside(path)  # damaged inside: kept whole under another name
    try:
        if aside is None and current is not None:
            with open_store(path, before_upgrade=None) as opened:
                _copy_into(backup, opened)
        else:
            _restore_as_new_file(backup, path)
        # Opening upgrades an older backup and keeps the file in the WAL journal.
        open_store(path, before_upgrade=None).close()
    except BaseException:
        if aside is not None and not path.exists():
            set_back(aside, path)
        raise
    log.info("Restored %s into %s", backup, path)
    return Restored(safety, aside, SCHEMA_VERSION)


def _current_version(path: Path, set_aside_unreadable: bool) -> int | None:
    """The schema version of the file to restore into; None when it is to be set aside."""
    try:
        return examine(path)
    except DamagedDatabaseError:
        return None
    except NewerDatabaseError as exc:
        if set_aside_unreadable:
            return None
        raise BackupError(
            f"{path.name} was written by a newer version of PartnerDesk; restoring an older "
            "backup over it would lose what that version saved. Update PartnerDesk, or restore "
            "into another file."
        ) from exc
    except CannotOpenError as exc:
        if set_aside_unreadable:
            return None
        raise BackupError(
            f"{path.name} is not a PartnerDesk database ({exc.problem}); it has not been "
            "replaced. Restore into another file."
        ) from exc


def _restore_as_new_file(backup: Path, path: Path) -> None:
    with atomic_path(path) as temporary:
        source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
        try:
            _copy(source, temporary)
        except sqlite3.DatabaseError as exc:
            raise BackupError(f"The backup could not be restored: {write_failed(exc)}") from exc
        finally:
            source.close()
        _check(temporary, "restored copy")


def set_back(aside: Path, path: Path) -> None:
    """Undo :func:`set_aside`: give the file (and its journal files) its old name again."""
    for suffix in ("-wal", "-shm", "-journal"):
        companion = Path(f"{aside}{suffix}")
        if companion.exists():
            companion.replace(Path(f"{path}{suffix}"))
    aside.replace(path)


def _copy_into(backup: Path, store: Store) -> None:
    # Through SQLite's backup API into the open connection, so the change is one transaction
    # that any other connection to the file sees whole, and the write-ahead log stays right.
    source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        source.backup(store.conn)
        store.conn.execute("PRAGMA journal_mode = WAL")
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"The backup could not be restored: {write_failed(exc)}") from exc
    finally:
        source.close()
