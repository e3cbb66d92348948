"""Opening a database in the window: the one function the window uses, :func:`open_database`.

What can happen, and what the user is offered:

* A file that cannot be opened (not SQLite, damaged, truncated, another program's, a newer
  PartnerDesk's): what is wrong, in a sentence, with "Open the Newest Good Backup" (when there
  is one: the file is set aside unchanged under a new name and the backup takes its place) and
  "Choose Another File…". The file itself is never modified.
* The database is open in another PartnerDesk window (its lock file, a ``QLockFile`` beside
  it, is held by a live process): open it read-only here, or leave it.
* A read-only file or folder: it opens read-only, and :func:`show_read_only_notice` says so in
  the window for as long as it is open.
* An older database is upgraded after a backup; a failed backup stops the upgrade.
* Once open, a daily backup is made in the background if the newest is a day old; a failed one
  is reported.

A lock taken here is released when the store is closed (``Store.call_on_close``), whoever
closes it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal, Slot
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from partnerdesk.gui.dialogs import warn
from partnerdesk.gui.text import short_date_time, translate
from partnerdesk.lockfile import lock_path
from partnerdesk.store import backup
from partnerdesk.store.backup import BackupError, BackupInfo, Restored
from partnerdesk.store.connection import SCHEMA_VERSION, Store, open_store, writable
from partnerdesk.store.errors import CannotOpenError, NewerDatabaseError, StoreError

log = logging.getLogger(__name__)

#: The object name of the read-only notice in a window's status bar.
NOTICE_NAME = "readOnlyNotice"


# --- locks ----------------------------------------------------------------------------------


@dataclass
class _Held:
    lock: QLockFile
    count: int


_held: dict[Path, _Held] = {}


def _key(path: Path) -> Path:
    return Path(path).expanduser().resolve()


@dataclass(frozen=True)
class LockedElsewhere:
    """The database is open in another PartnerDesk."""

    pid: int
    host: str


def _take_lock(path: Path) -> LockedElsewhere | bool:
    """Take (or count once more) this process's lock on ``path``.

    Returns True when held, False when no lock can be made here (a read-only folder), or who
    holds it.
    """
    key = _key(path)
    if key in _held:
        _held[key].count += 1
        return True
    lock = QLockFile(str(lock_path(key)))
    # A lock is stale only when its process is gone, never merely because it is old: a
    # window may stay open for weeks.
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        _held[key] = _Held(lock, 1)
        return True
    if lock.error() == QLockFile.LockError.LockFailedError:
        info = lock.getLockInfo()  # (pid, host name, application name), or nothing
        if isinstance(info, tuple) and len(info) >= 2:
            return LockedElsewhere(int(info[0]), str(info[1]))
        return LockedElsewhere(0, "")
    log.warning("Could not make the lock file %s (%s)", lock_path(key), lock.error())
    return False


def _release_lock(path: Path) -> None:
    key = _key(path)
    held = _held.get(key)
    if held is None:
        return
    held.count -= 1
    if held.count <= 0:
        held.lock.unlock()
        del _held[key]


def holds_lock(path: Path) -> bool:
    """Tell whether this process holds the lock on ``path``."""
    return _key(path) in _held


def _attach_lock(store: Store) -> None:
    path = store.path
    if path is not None:
        store.call_on_close(lambda: _release_lock(path))


# --- asking the user ------------------------------------------------------------------------


def _ask(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    text: str,
    informative: str,
    choices: list[tuple[str, str]],
    cancel: str,
    details: str = "",
) -> str | None:
    """A message with a button per ``(key, label)`` choice; returns the chosen key or None."""
    box = QMessageBox(icon, "PartnerDesk", text, QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(informative)
    if details:
        box.setDetailedText(details)
    buttons = {}
    for key, label in choices:
        buttons[key] = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
    stop = box.addButton(cancel, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(buttons[choices[0][0]] if choices else stop)
    box.setEscapeButton(stop)
    box.exec()
    clicked = box.clickedButton()
    return next((key for key, button in buttons.items() if button is clicked), None)


def _when(info: BackupInfo) -> str:
    return short_date_time(info.taken_at)


def _cannot_open(parent: QWidget | None, error: CannotOpenError) -> Path | None:
    """Say what is wrong with a file and offer what can be done; returns a path to try next."""
    path = error.path
    good = None if isinstance(error, NewerDatabaseError) else backup.newest_good_backup(path)
    choices = []
    if good is not None:
        choices.append(("backup", translate("Opening", "Open the Newest Good Backup")))
    choices.append(("choose", translate("Opening", "Choose Another File…")))
    if good is not None:
        advice = translate(
            "Opening",
            "The newest good backup was made on %1. Opening it keeps this file, unchanged, "
            "under a new name beside it.",
        ).replace("%1", _when(good))
    elif isinstance(error, NewerDatabaseError):
        advice = translate(
            "Opening", "Update PartnerDesk to open it. The file has not been changed."
        )
    else:
        advice = translate("Opening", "There is no backup of it. The file has not been changed.")
    answer = _ask(
        parent,
        QMessageBox.Icon.Warning,
        translate("Opening", "PartnerDesk cannot open “%1”.").replace("%1", path.name)
        + "\n\n"
        + error.problem,
        f"{advice}\n\n{path}",
        choices,
        translate("Opening", "Cancel"),
    )
    if answer == "backup" and good is not None:
        return _restore_newest(parent, good, path)
    if answer == "choose":
        from partnerdesk.gui.database import choose_existing_database

        return choose_existing_database(parent)
    return None


def _restore_newest(parent: QWidget | None, good: BackupInfo, path: Path) -> Path | None:
    try:
        result = backup.restore_backup(good.path, path, set_aside_unreadable=True)
    except (BackupError, CannotOpenError, OSError) as exc:
        warn(
            parent,
            "PartnerDesk",
            translate("Opening", "The backup could not be restored."),
            str(exc),
        )
        return None
    if result.set_aside is not None:
        from partnerdesk.gui.dialogs import inform

        inform(
            parent,
            "PartnerDesk",
            translate("Opening", "The backup of %1 has taken the place of “%2”.")
            .replace("%1", _when(good))
            .replace("%2", path.name),
            translate(
                "Opening", "The file that could not be opened is kept, unchanged, as %1."
            ).replace("%1", str(result.set_aside)),
        )
    return path


def _open_elsewhere(parent: QWidget | None, path: Path, holder: LockedElsewhere) -> bool:
    """Ask whether to open read-only a database another PartnerDesk has open."""
    where = (
        translate("Opening", "process %1 on %2")
        .replace("%1", str(holder.pid))
        .replace("%2", holder.host)
        if holder.pid
        else translate("Opening", "another window")
    )
    answer = _ask(
        parent,
        QMessageBox.Icon.Information,
        translate("Opening", "“%1” is already open in PartnerDesk (%2).")
        .replace("%1", path.name)
        .replace("%2", where),
        translate(
            "Opening",
            "Changes are made in one window at a time, so that neither undoes the other's. "
            "You can look at it here read-only, or switch to the window that has it open.",
        ),
        [("readonly", translate("Opening", "Open Read-Only"))],
        translate("Opening", "Cancel"),
    )
    return answer == "readonly"


# --- opening --------------------------------------------------------------------------------


def open_database(
    parent: QWidget | None, path: Path, *, create: bool = True, daily_backup: bool = True
) -> Store | None:
    """Open ``path`` for the window, dealing with everything that can go wrong on the way.

    Returns the open store, or None when the user gave up (everything was explained). A
    missing file becomes a new database only with ``create``. Makes the daily backup in the
    background when one is due (``daily_backup``).
    """
    tried: Path | None = Path(path).expanduser()
    while tried is not None:
        outcome = _open_once(parent, tried, create=create)
        create = False  # a file chosen after a failure must exist
        if isinstance(outcome, Store):
            if daily_backup and outcome.path is not None:
                back_up_if_due(outcome.path, parent)
            return outcome
        tried = outcome
    return None


def _open_once(parent: QWidget | None, path: Path, *, create: bool) -> Store | Path | None:
    readonly = False
    locked = False
    if path.exists() and not writable(path):
        readonly = True
    elif writable(path):
        path.parent.mkdir(parents=True, exist_ok=True)
        taken = _take_lock(path)
        if isinstance(taken, LockedElsewhere):
            if not _open_elsewhere(parent, path, taken):
                return None
            readonly = True
        else:
            locked = taken
    try:
        store = open_store(path, readonly=readonly, create=create)
    except CannotOpenError as exc:
        _release(path, locked)
        log.warning("Cannot open %s: %s", path, exc.problem)
        return _cannot_open(parent, exc)
    except StoreError as exc:
        _release(path, locked)
        log.warning("Cannot open %s: %s", path, exc)
        warn(
            parent,
            "PartnerDesk",
            translate("Opening", "PartnerDesk cannot open “%1”.").replace("%1", path.name),
            str(exc),
        )
        return None
    except BaseException:
        _release(path, locked)
        raise
    if readonly and store.schema_version < SCHEMA_VERSION:
        store.close()
        warn(
            parent,
            "PartnerDesk",
            translate(
                "Opening", "“%1” needs to be upgraded, which cannot be done read-only."
            ).replace("%1", path.name),
            read_only_reason(store),
        )
        return None
    if locked:
        _attach_lock(store)
    log.info("Opened %s%s", path, " read-only" if readonly else "")
    return store


def _release(path: Path, locked: bool) -> None:
    if locked:
        _release_lock(path)


def restore_in_place(
    store: Store, backup_file: Path, replace_store: Callable[[Store], None]
) -> Restored:
    """Restore ``backup_file`` into the database of ``store``, which the window has open.

    The store is closed first (a damaged file may have to be renamed, and SQLite must not then
    tidy up the new file's journal under the old name), while this process keeps its lock on
    the file; the database is then opened again and handed to ``replace_store`` (the window's
    ``set_store``), also when the restore failed (:class:`BackupError` is raised after that).
    """
    assert store.path is not None
    path = store.path
    kept = holds_lock(path) and _take_lock(path) is True
    store.close()
    try:
        return backup.restore_backup(backup_file, path)
    finally:
        try:
            fresh = open_store(path)
        except BaseException:
            if kept:
                _release_lock(path)
            raise
        if kept:
            _attach_lock(fresh)
        replace_store(fresh)


# --- telling the user -----------------------------------------------------------------------


def read_only_reason(store: Store) -> str:
    """Why ``store`` is read-only, in a sentence (empty when it is not)."""
    if not store.readonly or store.path is None:
        return ""
    if not writable(store.path):
        return translate(
            "Opening",
            "The file or its folder is read-only: you can look, but changes cannot be saved. "
            "Copy the file somewhere you can write to in order to change it.",
        )
    return translate(
        "Opening",
        "It is open in another PartnerDesk window: you can look here, but changes are made there.",
    )


def show_read_only_notice(window: QMainWindow, store: Store) -> QLabel | None:
    """Show in the window's status bar, for as long as it is open, that ``store`` is read-only.

    Call it again after the window switches to another database: it removes an old notice.
    """
    old = window.statusBar().findChild(QLabel, NOTICE_NAME)
    if old is not None:
        window.statusBar().removeWidget(old)
        old.setParent(None)
        old.deleteLater()
    if not store.readonly:
        return None
    notice = QLabel(translate("Opening", "Read-only: changes cannot be saved"))
    notice.setObjectName(NOTICE_NAME)
    font = notice.font()
    font.setBold(True)
    notice.setFont(font)
    reason = read_only_reason(store)
    notice.setToolTip(reason)
    notice.setAccessibleName(translate("Opening", "Read-only"))
    notice.setAccessibleDescription(reason)
    window.statusBar().addPermanentWidget(notice)
    return notice


# --- the daily backup -----------------------------------------------------------------------


class BackupJob(QObject):
    """A backup made in a thread of its own; ``finished`` carries a BackupInfo or the error."""

    finished = Signal(object)

    def __init__(self, database: Path, reason: backup.Reason, parent: QObject | None = None):
        super().__init__(parent)
        self.database = database
        self.reason = reason
        self.thread = threading.Thread(target=self._run, name="backup", daemon=False)
        self.report: QObject | None = None

    def start(self) -> None:
        """Start making the backup."""
        _jobs.add(self)
        self.finished.connect(lambda _result: _jobs.discard(self))
        self.thread.start()

    def _run(self) -> None:
        try:
            result: object = backup.make_backup(self.database, self.reason)
        except (StoreError, OSError) as exc:
            result = exc
        self.finished.emit(result)


_jobs: set[BackupJob] = set()


def wait_for_backups(timeout: float = 60.0) -> None:
    """Wait for backups still being made (before the application exits)."""
    for job in list(_jobs):
        job.thread.join(timeout)


def back_up_if_due(database: Path, parent: QWidget | None = None) -> BackupJob | None:
    """Start the daily backup of ``database`` if the newest is a day old; report a failure."""
    try:
        due = backup.backup_due(database)
    except OSError:
        due = True
    if not due:
        return None
    job = BackupJob(database, backup.Reason.DAILY)
    job.report = _DailyReport(parent, database)  # kept alive by the job until it reports
    job.finished.connect(job.report.report)
    job.start()
    return job


class _DailyReport(QObject):
    def __init__(self, parent: QWidget | None, database: Path) -> None:
        super().__init__(parent)
        self.window = parent
        self.database = database

    @Slot(object)
    def report(self, result: object) -> None:
        if isinstance(result, BaseException):
            log.error("The daily backup of %s failed: %s", self.database, result)
            warn(
                self.window,
                "PartnerDesk",
                translate("Opening", "Today's backup of “%1” could not be made.").replace(
                    "%1", self.database.name
                ),
                translate(
                    "Opening",
                    "Your database is open and unchanged; PartnerDesk will try again the next "
                    "time you open it. File → Backups… shows the backups there are.",
                ),
                str(result),
            )
        self.deleteLater()
