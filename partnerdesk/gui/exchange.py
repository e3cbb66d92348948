"""Moving data in and out from the window: what the menus call.

Each action asks where (through a small chooser function that tests replace), runs the work
on a worker thread with its own Store behind a progress dialog with Cancel, and tells the user
how it went: in the window's status bar when it went well, in a message box when it did not.

* :func:`open_import_dialog` — import contacts from a vCard or CSV file (the preview dialog);
* :func:`export_everything` — the full export to one JSON file;
* :func:`export_spreadsheets` — one CSV file per kind of record, into a folder;
* :func:`export_follow_ups` — open follow-ups as an iCalendar file;
* :func:`restore_into_new_database` — a full export into a new database file.

Each returns the running :class:`~partnerdesk.gui.background.Task` (None when the user chose
no file), whose signals say when and how it ended.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QMainWindow, QWidget

from partnerdesk import paths
from partnerdesk.gui.background import Task, Work, run_with_progress
from partnerdesk.gui.dialogs import inform, warn
from partnerdesk.gui.text import error_text, translate
from partnerdesk.store.connection import Store

# --- choosing files (replaced in tests: the native dialogs block inside C++) -----------------


def documents_folder() -> Path:
    """The user's documents folder, where files are suggested to go (else their home)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def choose_save_file(
    parent: QWidget | None, title: str, suggested: Path, filters: str
) -> Path | None:
    """Ask where to save a file; None when the user cancels."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    return Path(chosen) if chosen else None


def choose_folder(parent: QWidget | None, title: str, start: Path) -> Path | None:
    """Ask for a folder; None when the user cancels."""
    chosen = QFileDialog.getExistingDirectory(parent, title, str(start))
    return Path(chosen) if chosen else None


def choose_open_file(parent: QWidget | None, title: str, filters: str) -> Path | None:
    """Ask for a file to read; None when the user cancels."""
    chosen, _ = QFileDialog.getOpenFileName(parent, title, str(documents_folder()), filters)
    return Path(chosen) if chosen else None


def _contacts_filter() -> str:
    return ";;".join(
        [
            translate("Exchange", "Contacts (*.vcf *.vcard *.csv *.tsv *.txt)"),
            translate("Exchange", "vCard files (*.vcf *.vcard)"),
            translate("Exchange", "CSV files (*.csv *.tsv *.txt)"),
            translate("Exchange", "All files (*)"),
        ]
    )


# --- telling how it went -------------------------------------------------------------------


def _tell(parent: QWidget | None, title: str, message: str) -> None:
    window = parent.window() if parent is not None else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(message, 15000)
    else:
        inform(parent, title, message)


def _start(
    parent: QWidget | None,
    work: Work,
    *,
    store: Store | None,
    readonly: bool,
    title: str,
    label: str,
    success: Callable[[Any], str],
    failure: str,
) -> Task:
    task = Task(work, store=store, readonly=readonly, parent=parent)
    task.succeeded.connect(lambda result: _tell(parent, title, success(result)))
    task.failed.connect(lambda error: warn(parent, title, failure, error_text(error)))
    task.cancelled.connect(
        lambda: _tell(parent, title, translate("Exchange", "Stopped: nothing was written."))
    )
    task.crashed.connect(_crash)
    task.done.connect(task.deleteLater)
    run_with_progress(parent, task, title=title, label=label)
    return task


def _crash(details: str) -> None:
    # A bug, not a bad file: let the application's exception handling report it.
    raise RuntimeError(details)


# --- exports -------------------------------------------------------------------------------


def export_everything(parent: QWidget | None, store: Store) -> Task | None:
    """Ask for a file and write the full JSON export of ``store`` there."""
    from partnerdesk.exports.full_json import export_json

    title = translate("Exchange", "Export Everything")
    target = choose_save_file(
        parent,
        title,
        documents_folder() / f"PartnerDesk {date.today().isoformat()}.json",
        translate("Exchange", "PartnerDesk full export (*.json)"),
    )
    if target is None:
        return None
    if not target.suffix:
        target = target.with_suffix(".json")

    def work(source: Store | None, progress: Any, cancelled: Any) -> dict[str, int]:
        assert source is not None
        return export_json(source, target, progress=progress, cancelled=cancelled)

    return _start(
        parent,
        work,
        store=store,
        readonly=True,
        title=title,
        label=translate("Exchange", "Writing everything to %1…").replace("%1", target.name),
        success=lambda counts: (
            translate("Exchange", "Exported %1 records to %2.")
            .replace("%1", str(sum(counts.values())))
            .replace("%2", str(target))
        ),
        failure=translate("Exchange", "The export could not be written."),
    )


def export_spreadsheets(parent: QWidget | None, store: Store, *, bom: bool = True) -> Task | None:
    """Ask for a folder and write one CSV file per kind of record into it.

    ``bom`` (on by default from the window) lets Excel read the files as UTF-8.
    """
    from partnerdesk.exports.csv_tables import export_csv

    title = translate("Exchange", "Export for Spreadsheets")
    folder = choose_folder(parent, title, documents_folder())
    if folder is None:
        return None

    def work(source: Store | None, progress: Any, cancelled: Any) -> dict[str, int]:
        assert source is not None
        return export_csv(source, folder, bom=bom, progress=progress, cancelled=cancelled)

    return _start(
        parent,
        work,
        store=store,
        readonly=True,
        title=title,
        label=translate("Exchange", "Writing CSV files to %1…").replace("%1", folder.name),
        success=lambda written: (
            translate("Exchange", "Wrote %1 to %2.")
            .replace("%1", ", ".join(written))
            .replace("%2", str(folder))
        ),
        failure=translate("Exchange", "The CSV files could not be written."),
    )


def export_follow_ups(
    parent: QWidget | None, store: Store, *, include_private: bool = False
) -> Task | None:
    """Ask for a file and write the open follow-ups there as an iCalendar file."""
    from partnerdesk.exports.ics import export_ics

    title = translate("Exchange", "Export Follow-ups to a Calendar")
    target = choose_save_file(
        parent,
        title,
        documents_folder() / "PartnerDesk follow-ups.ics",
        translate("Exchange", "Calendar files (*.ics)"),
    )
    if target is None:
        return None
    if not target.suffix:
        target = target.with_suffix(".ics")

    def work(source: Store | None, progress: Any, cancelled: Any) -> int:
        assert source is not None
        return export_ics(
            source,
            target,
            include_private=include_private,
            progress=progress,
            cancelled=cancelled,
        )

    return _start(
        parent,
        work,
        store=store,
        readonly=True,
        title=title,
        label=translate("Exchange", "Writing follow-ups to %1…").replace("%1", target.name),
        success=lambda written: translate(
            "Exchange", "Wrote %n follow-ups to %1.", None, written
        ).replace("%1", str(target)),
        failure=translate("Exchange", "The calendar file could not be written."),
    )


# --- imports -------------------------------------------------------------------------------


def open_import_dialog(
    parent: QWidget | None,
    store: Store,
    path: Path | None = None,
    *,
    undo_stack: QUndoStack | None = None,
) -> Any:
    """Ask for a vCard or CSV file (unless ``path`` is given) and open the import dialog.

    The dialog is window-modal and returns at once; nothing is written until the user
    confirms in it. With ``undo_stack``, the import can be undone. Returns the
    :class:`~partnerdesk.gui.import_dialog.ImportDialog`, or None if no file was chosen.
    """
    from partnerdesk.gui.import_dialog import ImportDialog

    source = path or choose_open_file(
        parent, translate("Exchange", "Import Contacts"), _contacts_filter()
    )
    if source is None:
        return None
    dialog = ImportDialog(store, source, parent, undo_stack=undo_stack)
    dialog.open()
    return dialog


def restore_into_new_database(
    parent: QWidget | None,
    source: Path | None = None,
    *,
    opened: Callable[[Path], None] | None = None,
) -> Task | None:
    """Ask for a full export (unless given) and a new database file, and restore into it.

    ``opened`` is called with the new database's path once it holds the export.
    """
    from partnerdesk.imports.full_json import restore_file

    title = translate("Exchange", "Restore a Full Export")
    source = source or choose_open_file(
        parent, title, translate("Exchange", "PartnerDesk full export (*.json)")
    )
    if source is None:
        return None
    target = choose_save_file(
        parent,
        translate("Exchange", "Save the restored database as"),
        paths.data_dir() / f"{source.stem}{paths.DATABASE_SUFFIX}",
        translate("Exchange", "PartnerDesk database (*%1)").replace("%1", paths.DATABASE_SUFFIX),
    )
    if target is None:
        return None
    if not target.suffix:
        target = target.with_suffix(paths.DATABASE_SUFFIX)

    def work(_store: Store | None, progress: Any, cancelled: Any) -> dict[str, int]:
        return restore_file(source, target, progress=progress, cancelled=cancelled)

    task = _start(
        parent,
        work,
        store=None,
        readonly=False,
        title=title,
        label=translate("Exchange", "Restoring %1…").replace("%1", source.name),
        success=lambda counts: (
            translate("Exchange", "Restored %1 records into %2.")
            .replace("%1", str(sum(counts.values())))
            .replace("%2", str(target))
        ),
        failure=translate("Exchange", "The export could not be restored."),
    )
    if opened is not None:
        task.succeeded.connect(lambda _counts: opened(target))
    return task
