"""Opening a database for the window: the one place that does it, with clear messages.

Start-up, File → Open, File → New, the recent files and the sample portfolio all open their
file through :func:`open_database`, so whatever must happen when a database is opened (a lock
against a second window, read-only files, refusing files that are not PartnerDesk databases
with what to do about it, the daily backup) happens the same way for each.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from partnerdesk import paths
from partnerdesk.gui import dialogs, opening, settings
from partnerdesk.gui.text import translate
from partnerdesk.store.connection import Store


def open_database(
    parent: QWidget | None,
    path: Path,
    *,
    create: bool = False,
    remember: bool = True,
    daily_backup: bool = True,
) -> Store | None:
    """Open the database at ``path`` for the window, or say why not and return None.

    ``create`` makes a new database where there is no file. ``remember`` records it as the
    last and most recent database, and ``daily_backup`` backs it up when a backup is due (not
    for a temporary file such as ``--demo``'s). Locks, read-only files, damaged files and the
    offer of a backup are handled by :func:`partnerdesk.gui.opening.open_database`.
    """
    try:
        store = opening.open_database(parent, path, create=create, daily_backup=daily_backup)
    except OSError as exc:
        dialogs.warn(
            parent,
            translate("Database", "Cannot open database"),
            translate("Database", "The file could not be read or made: %1").replace(
                "%1", exc.strerror or str(exc)
            ),
            translate("Database", "Check that the folder exists and that you may write to it."),
            details=str(path),
        )
        return None
    if store is not None and remember and store.path is not None:
        settings.remember_database(store.path)
    return store


def _file_filter() -> str:
    return translate("Database", "PartnerDesk databases (*%1);;All files (*)").replace(
        "%1", paths.DATABASE_SUFFIX
    )


def _start_folder() -> str:
    last = settings.LAST_DATABASE.value
    folder = last.parent if last is not None and last.parent.is_dir() else paths.data_dir()
    return str(folder)


def choose_existing_database(parent: QWidget | None) -> Path | None:
    """Ask which database file to open (tests replace this function)."""
    name, _ = QFileDialog.getOpenFileName(
        parent, translate("Database", "Open Database"), _start_folder(), _file_filter()
    )
    return Path(name) if name else None


def choose_new_database(parent: QWidget | None) -> Path | None:
    """Ask where to make a new database file (tests replace this function)."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        translate("Database", "New Database"),
        str(Path(_start_folder()) / f"partnerships{paths.DATABASE_SUFFIX}"),
        _file_filter(),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(paths.DATABASE_SUFFIX)
