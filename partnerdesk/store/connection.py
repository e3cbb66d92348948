"""Opening, creating and upgrading PartnerDesk database files.

The rules, in the order they are applied:

* A missing or empty file becomes a new PartnerDesk database.
* A file is inspected read-only before anything is written to it. A file that is not SQLite,
  a damaged or truncated one, another program's SQLite file and a file from a newer
  PartnerDesk are refused with :class:`~partnerdesk.store.errors.CannotOpenError` and are
  never modified.
* An older PartnerDesk file is upgraded by ordered migration steps, each in its own
  transaction, after an optional ``before_upgrade`` callback (which makes a backup).
* Every connection runs with foreign keys on, the WAL journal and ``synchronous=FULL``, so a
  write that returned is on disk and survives a crash or power cut. Write transactions take
  the write lock when they begin (``BEGIN IMMEDIATE``) and wait up to five seconds for another
  program to finish its own, so two programs on one file take turns instead of failing.
* A file that cannot be written to (a read-only file, or a file in a read-only folder) opens
  read-only on request and is refused with :class:`ReadOnlyError` otherwise; it is never
  mistaken for a damaged one.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from partnerdesk.files import atomic_path
from partnerdesk.store.errors import (
    ConstraintError,
    DamagedDatabaseError,
    ForeignDatabaseError,
    NewerDatabaseError,
    NotADatabaseError,
    ReadOnlyError,
    StoreError,
    WriteFailedError,
)

if TYPE_CHECKING:
    import sqlite_utils

#: ``PRAGMA application_id`` of every PartnerDesk file: "PDsk" in ASCII.
APPLICATION_ID = 0x5044736B
#: The schema version this code writes. Older files are upgraded, newer ones refused.
SCHEMA_VERSION = 3

_SQLITE_MAGIC = b"SQLite format 3\x00"
_BUSY_TIMEOUT_MS = 5000

#: Called with the database path and its schema version before an upgrade changes it.
BeforeUpgrade = Callable[[Path, int], None]


def schema_sql() -> str:
    """Return the SQL text that creates the newest schema, with its comments."""
    return resources.files("partnerdesk.store").joinpath("schema.sql").read_text("utf-8")


def _column_names(cursor: sqlite3.Cursor) -> list[str]:
    """The names of a query's columns, a repeated one numbered as sqlite-utils numbers it
    ("id", "id_2")."""
    if cursor.description is None:
        raise ValueError("a query must return rows")
    names: list[str] = []
    for name, *_rest in cursor.description:
        unique, number = name, 2
        while unique in names:
            unique, number = f"{name}_{number}", number + 1
        names.append(unique)
    return names


class Store:
    """An open PartnerDesk database.

    ``conn`` is its SQLite connection, and ``db`` the same connection as a
    :class:`sqlite_utils.Database` for writing; only code in :mod:`partnerdesk.store` uses
    them. A store belongs to the thread that opened it: a worker thread opens its own.

    Reading needs no more than the connection: sqlite-utils (and what it imports, a tenth of a
    second) is loaded when the store first writes, not when the window starts.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path | None, *, readonly: bool) -> None:
        self.conn = conn
        self.path = path
        self.readonly = readonly
        self._db: sqlite_utils.Database | None = None
        self._on_close: list[Callable[[], None]] = []

    @property
    def db(self) -> sqlite_utils.Database:
        """The connection as a :class:`sqlite_utils.Database`."""
        if self._db is None:
            import sqlite_utils

            # recursive_triggers is set on every connection already (see _prepare).
            self._db = sqlite_utils.Database(
                self.conn, recursive_triggers=False, execute_plugins=False
            )
        return self._db

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection; SQLite checkpoints the WAL on the last close.

        Then runs what :meth:`call_on_close` registered (releasing a lock on the file).
        """
        try:
            self.conn.close()
        finally:
            callbacks, self._on_close = self._on_close, []
            for callback in reversed(callbacks):
                callback()

    def call_on_close(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once, after the connection has been closed."""
        self._on_close.append(callback)

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite_utils.Database]:
        """Group writes into one transaction (nested calls become savepoints).

        The outermost call takes SQLite's write lock at once (``BEGIN IMMEDIATE``), waiting
        for another program's write to finish, so what the group reads cannot change before it
        writes. SQLite's errors are turned into the store's own: a refused value into
        :class:`ConstraintError`, a full disk or I/O failure into :class:`WriteFailedError`.
        Either way nothing of the group was written.
        """
        if self.readonly:
            raise ReadOnlyError("This database is open read-only; nothing can be changed.")
        try:
            if self.conn.in_transaction:
                with self.db.atomic():
                    yield self.db
            else:
                with self._transaction():
                    yield self.db
        except sqlite3.IntegrityError as exc:
            raise constraint_error(exc) from exc
        except sqlite3.DatabaseError as exc:
            raise write_failed(exc) from exc

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
            self.conn.execute("COMMIT")
        except BaseException:
            # SQLite may already have rolled back (a full disk does that); rolling back again
            # would hide the real error behind "no transaction is active".
            if self.conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
            raise

    @contextlib.contextmanager
    def reading(self) -> Iterator[None]:
        """Read, turning SQLite's report of a damaged file into :class:`DamagedDatabaseError`
        (a damaged page is found only when something reads it)."""
        try:
            yield
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.IntegrityError) or not _is_damage(exc):
                raise
            raise DamagedDatabaseError(
                self.path or Path(":memory:"),
                f"Part of the database is damaged and cannot be read ({exc}).",
                _DAMAGED_ADVICE,
            ) from exc

    def query(self, sql: str, params: Any = None) -> list[dict[str, Any]]:
        """Run a read-only query and return every row as a dict."""
        with self.reading():
            cursor = self.conn.execute(sql, params if params is not None else ())
            names = _column_names(cursor)
            return [dict(zip(names, row, strict=True)) for row in cursor]

    def query_one(self, sql: str, params: Any = None) -> dict[str, Any] | None:
        """Run a read-only query and return its first row, or None."""
        with self.reading():
            cursor = self.conn.execute(sql, params if params is not None else ())
            names = _column_names(cursor)
            row = cursor.fetchone()
        return None if row is None else dict(zip(names, row, strict=True))

    def scalar(self, sql: str, params: Any = None) -> Any:
        """Run a read-only query and return the first column of its first row, or None."""
        with self.reading():
            row = self.conn.execute(sql, params or ()).fetchone()
        return None if row is None else row[0]

    @property
    def schema_version(self) -> int:
        return int(self.scalar("PRAGMA user_version"))


def _is_damage(exc: sqlite3.DatabaseError) -> bool:
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text or "corrupt" in text


def constraint_error(exc: sqlite3.IntegrityError) -> ConstraintError:
    """Turn SQLite's refusal of a value into a :class:`ConstraintError` naming the field."""
    text = str(exc)
    table: str | None = None
    field: str | None = None
    if text.startswith("CHECK constraint failed: "):
        field = _field_of_constraint(text.removeprefix("CHECK constraint failed: "))
    elif text.startswith(("NOT NULL constraint failed: ", "UNIQUE constraint failed: ")):
        target = text.split(": ", 1)[1].split(",")[0].strip()
        if target.startswith("index '"):
            table, field = _UNIQUE_INDEXES.get(target[7:].rstrip("'"), (None, None))
        elif "." in target:
            table, field = target.split(".", 1)
    if text.startswith("UNIQUE"):
        reason = "is already taken"
    elif text.startswith("FOREIGN KEY"):
        reason = "refers to a record that does not exist"
    elif text.startswith("NOT NULL") or field in ("name", "summary"):
        reason = "is required"
    else:
        reason = f"was refused by the database ({text})"
    return ConstraintError(table or "", field, reason)


_UNIQUE_INDEXES = {
    "partnerships_name": ("partnerships", "name"),
    "organisations_one_self": ("organisations", "is_self"),
}
_CONSTRAINT_SUFFIXES = ("_required", "_known", "_date", "_order", "_flag", "_score", "_once")


def _field_of_constraint(name: str) -> str:
    if name == "partnership_id_or_organisation":
        return "partnership_id"
    for suffix in _CONSTRAINT_SUFFIXES:
        if name.endswith(suffix):
            return name.removesuffix(suffix)
    return name


def write_failed(exc: sqlite3.DatabaseError) -> StoreError:
    """Describe a failed write in the user's words."""
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text:
        return ReadOnlyError("The database file cannot be written to (it is read-only).")
    if "full" in text:
        return WriteFailedError("The disk is full: the change was not saved.")
    if "locked" in text or "busy" in text:
        return WriteFailedError(
            "The database is busy in another program: the change was not saved. Try again."
        )
    if "i/o" in text or "disk" in text:
        return WriteFailedError("The disk reported an error: the change was not saved.")
    return WriteFailedError(f"The change was not saved: {exc}.")


_DAMAGED_ADVICE = (
    "Open the newest good backup (File → Backups…), or choose another file. "
    "The damaged file has not been changed."
)
_OTHER_FILE_ADVICE = "Choose another file; this one has not been changed."


def writable(path: Path) -> bool:
    """Tell whether the database at ``path`` can be written: the file and its folder.

    SQLite writes its journal files (``-wal``, ``-shm``) beside the database, so a writable
    file in a read-only folder cannot be written either.
    """
    path = Path(path).absolute()
    if path.exists() and not os.access(path, os.W_OK):
        return False
    folder = path.parent
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent  # a folder still to be made: whether its parent can take it
    return os.access(folder, os.W_OK)


def _readonly_uri(path: Path, *, immutable: bool = False) -> str:
    # ``immutable`` is for files in read-only folders, where SQLite cannot make the shared
    # memory file it needs to read a WAL database; nobody can write there, so nothing changes.
    return f"{path.resolve().as_uri()}?{'immutable=1' if immutable else 'mode=ro'}"


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A connection that can only read ``path``, also when its folder is read-only."""
    conn = sqlite3.connect(_readonly_uri(path), uri=True, isolation_level=None)
    if os.access(path.parent, os.W_OK):
        return conn
    try:
        conn.execute("PRAGMA user_version").fetchone()
    except sqlite3.OperationalError:
        conn.close()
        return sqlite3.connect(_readonly_uri(path, immutable=True), uri=True, isolation_level=None)
    return conn


def _connect_to_examine(path: Path) -> sqlite3.Connection:
    # Without a write-ahead log beside it the file holds everything, and reading it as
    # immutable leaves no -wal or -shm files behind beside a file that is about to be refused.
    if not Path(f"{path}-wal").exists():
        return sqlite3.connect(_readonly_uri(path, immutable=True), uri=True, isolation_level=None)
    return connect_readonly(path)


def examine(path: Path) -> int | None:
    """Tell what kind of file ``path`` is, without changing it.

    Returns the schema version of a PartnerDesk database, or ``None`` when the file is missing,
    empty, or an SQLite database with nothing in it (all of which become new databases).
    Raises a :class:`CannotOpenError` for anything that must not be opened.
    """
    if not path.exists():
        return None
    if path.is_dir():
        raise NotADatabaseError(path, "This is a folder, not a database file.", "Choose a file.")
    if path.stat().st_size == 0:
        return None
    if not _open_here(path):
        # Only a file this process has not opened through SQLite is read directly: closing
        # any handle on a file drops every lock the process holds on it (POSIX), SQLite's
        # included, and another program might then take the write-ahead log away from under
        # an open store. A file open here was examined when it was opened.
        with path.open("rb") as handle:
            header = handle.read(100)
        if not header.startswith(_SQLITE_MAGIC) or len(header) < 100:
            raise NotADatabaseError(
                path,
                "This file is not a PartnerDesk database (it is not an SQLite database at all).",
                _OTHER_FILE_ADVICE,
            )
        _check_not_truncated(path, header)
    try:
        conn = _connect_to_examine(path)
    except sqlite3.Error as exc:
        raise DamagedDatabaseError(
            path, f"The file cannot be read ({exc}).", _DAMAGED_ADVICE
        ) from exc
    try:
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabaseError(
            path, f"The database is damaged and cannot be read ({exc}).", _DAMAGED_ADVICE
        ) from exc
    finally:
        conn.close()
    if application_id == 0 and version == 0 and tables == 0:
        return None
    if application_id != APPLICATION_ID:
        raise ForeignDatabaseError(
            path,
            "This is an SQLite database of another program, not a PartnerDesk database.",
            _OTHER_FILE_ADVICE,
        )
    if version > SCHEMA_VERSION:
        raise NewerDatabaseError(path, version, SCHEMA_VERSION)
    if version < 1:
        raise DamagedDatabaseError(path, "The database carries no schema version.", _DAMAGED_ADVICE)
    return int(version)


def _check_not_truncated(path: Path, header: bytes) -> None:
    # The header records the database size in pages (valid when the "version-valid-for" number
    # matches the change counter). A file shorter than that has lost its end, unless a
    # write-ahead log is beside it: a checkpoint cut short by a crash writes the new first page
    # before the pages after it, which are still in the log and are put back when SQLite opens.
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    change_counter = int.from_bytes(header[24:28], "big")
    pages = int.from_bytes(header[28:32], "big")
    valid_for = int.from_bytes(header[92:96], "big")
    if pages and valid_for == change_counter and path.stat().st_size < pages * page_size:
        raise DamagedDatabaseError(
            path, "The database file is truncated: its end is missing.", _DAMAGED_ADVICE
        )


# The database files this process has open through a Store, by (device, inode), with how many
# stores have each open. Stores of worker threads count too.
_open_files: dict[tuple[int, int], int] = {}
_open_files_lock = threading.Lock()


def _file_key(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return (status.st_dev, status.st_ino)


def _open_here(path: Path) -> bool:
    key = _file_key(path)
    with _open_files_lock:
        return key is not None and key in _open_files


def _count_open(store: Store) -> None:
    """Count ``store``'s file as open in this process until the store is closed."""
    key = _file_key(store.path) if store.path is not None else None
    if key is None:
        return
    with _open_files_lock:
        _open_files[key] = _open_files.get(key, 0) + 1

    def closed() -> None:
        with _open_files_lock:
            left = _open_files.get(key, 1) - 1
            if left > 0:
                _open_files[key] = left
            else:
                _open_files.pop(key, None)

    store.call_on_close(closed)


def backup_before_upgrade(path: Path, version: int) -> None:
    """The usual ``before_upgrade``: a checked backup in the backups folder (see backup.py)."""
    from partnerdesk.store.backup import backup_before_upgrade as make_backup

    make_backup(path, version)


def open_store(
    path: Path | str,
    *,
    readonly: bool = False,
    create: bool = True,
    before_upgrade: BeforeUpgrade | None = backup_before_upgrade,
) -> Store:
    """Open (creating or upgrading it when needed) the PartnerDesk database at ``path``.

    ``readonly`` opens without ever writing; a missing file is then an error. ``create=False``
    refuses to make a new database where there is none. ``before_upgrade`` runs before an
    upgrade changes the file: by default it makes a checked backup, and if that fails nothing
    is upgraded. Raises :class:`~partnerdesk.store.errors.CannotOpenError` for files that must
    not be opened, and :class:`ReadOnlyError` when a file that cannot be written to is opened
    for writing.
    """
    path = Path(path).expanduser()
    version = examine(path)
    if not readonly:
        _check_writable(path, exists=version is not None)
    if version is None:
        if readonly or not create:
            raise NotADatabaseError(
                path, "There is no PartnerDesk database here.", "Choose an existing file."
            )
        _create(path)
        version = SCHEMA_VERSION
    if readonly:
        store = Store(_prepare(connect_readonly(path)), path, readonly=True)
        store.conn.execute("PRAGMA query_only = ON")
        _count_open(store)
        return store
    conn = sqlite3.connect(str(path), isolation_level=None)
    store = Store(_prepare(conn), path, readonly=False)
    _count_open(store)
    try:
        _configure(conn)
        if version < SCHEMA_VERSION:
            if before_upgrade is not None:
                before_upgrade(path, version)
            upgrade(store, version)
    except BaseException:
        store.close()
        raise
    return store


def _check_writable(path: Path, *, exists: bool) -> None:
    if writable(path):
        return
    if not exists:
        raise ReadOnlyError(
            f"The folder {path.parent} cannot be written to, so no database can be made there."
        )
    if not os.access(path, os.W_OK):
        raise ReadOnlyError(
            "The database file is read-only: it can be opened to read, but nothing can be saved."
        )
    raise ReadOnlyError(
        "The folder holding the database is read-only (SQLite keeps its journal beside the "
        "file): it can be opened to read, but nothing can be saved."
    )


def open_memory_store() -> Store:
    """A new, empty PartnerDesk database in memory (for tests and previews)."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    _initialise(conn)
    return Store(_prepare(conn), None, readonly=False)


def _prepare(conn: sqlite3.Connection) -> sqlite3.Connection:
    # Foreign keys are enforced per connection; recursive triggers as sqlite-utils sets them.
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA recursive_triggers = ON")
    conn.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
    return conn


def _configure(conn: sqlite3.Connection) -> None:
    try:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.DatabaseError as exc:
        raise write_failed(exc) from exc
    if str(mode).lower() != "wal":
        raise WriteFailedError(f"The database could not switch to the WAL journal ({mode}).")


def _create(path: Path) -> None:
    # Made whole beside its place, then renamed into it: a crash while the schema is written
    # leaves no half-made database (with a journal to roll back) where the user's file goes.
    with atomic_path(path) as temporary:
        conn = sqlite3.connect(str(temporary), isolation_level=None)
        try:
            _initialise(conn)
            conn.execute("PRAGMA journal_mode = WAL")
        except sqlite3.DatabaseError as exc:
            raise write_failed(exc) from exc
        finally:
            conn.close()


def _initialise(conn: sqlite3.Connection) -> None:
    # One transaction: the schema, the application id and the version arrive together or not
    # at all. It runs before the switch to WAL, so the header lands in the main file at once.
    conn.executescript(
        "BEGIN;\n"
        + schema_sql()
        + f"\nPRAGMA application_id = {APPLICATION_ID};"
        + f"\nPRAGMA user_version = {SCHEMA_VERSION};\nCOMMIT;"
    )


def upgrade(store: Store, from_version: int) -> None:
    """Apply every migration step after ``from_version``, each in its own transaction."""
    from partnerdesk.store.migrations import STEPS

    for target in range(from_version + 1, SCHEMA_VERSION + 1):
        with store.write() as db:
            STEPS[target](db)
            db.execute(f"PRAGMA user_version = {target}")
