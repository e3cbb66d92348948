"""Long work off the GUI thread: a worker thread with its own Store, progress and Cancel.

SQLite connections never cross threads, so a :class:`Task` opens its own connection to the
database file, runs ``work(store, progress, cancelled)`` and reports back through signals,
which Qt delivers on the GUI thread. Work written for :mod:`partnerdesk.progress` stops with
:class:`~partnerdesk.progress.Cancelled` when asked and keeps nothing of what it did (imports
and restores are one transaction; exports write atomically).

:func:`run_with_progress` adds the usual window-modal progress dialog with a Cancel button.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from partnerdesk.domain.errors import EXPECTED_ERRORS
from partnerdesk.gui.text import translate
from partnerdesk.progress import CancelCheck, Cancelled, Progress
from partnerdesk.store.connection import Store, open_store

#: ``work(store, progress, cancelled)``; ``store`` is None for work that needs no database.
Work = Callable[[Store | None, Progress, CancelCheck], Any]


class Task(QThread):
    """Runs ``work`` on a thread of its own, with a Store of its own on ``database``.

    Without a database file, work that needs no database still runs on its own thread; work
    on a store that has no file (a memory store, in tests and previews) runs on the GUI thread.
    Exactly one of ``succeeded``, ``failed``, ``cancelled`` or ``crashed`` is emitted, then
    ``done``.
    """

    #: (done, total) now and then; total 0 when unknown.
    progressed = Signal(int, int)
    #: The work's result.
    succeeded = Signal(object)
    #: An expected error (a bad file, a full disk…), whose ``str()`` is a sentence for the
    #: user. Nothing was kept.
    failed = Signal(object)
    #: The user stopped it; nothing was kept.
    cancelled = Signal()
    #: A bug: the formatted traceback.
    crashed = Signal(str)
    #: After any of the above: the work is over.
    done = Signal()

    def __init__(
        self,
        work: Work,
        *,
        database: Path | None = None,
        store: Store | None = None,
        readonly: bool = False,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.work = work
        self.database = database if database is not None else (store.path if store else None)
        # A store the window opened read-only stays read-only on the worker's connection too.
        self.readonly = readonly or bool(store is not None and store.readonly)
        #: A store with no file to open a second connection to: the work runs inline.
        self.inline_store = store if store is not None and self.database is None else None
        self._stop = threading.Event()
        # QThread.finished arrives on the GUI thread (this object lives there); ``done`` follows
        # once the thread has really ended, so whoever hears it may delete the task.
        self.finished.connect(self._ended)

    def cancel(self) -> None:
        """Ask the work to stop at its next look."""
        self._stop.set()

    def is_cancelling(self) -> bool:
        return self._stop.is_set()

    def begin(self) -> None:
        """Start the work: on its own thread, or at once for a store without a file."""
        if self.inline_store is not None:
            self.run()
            self.done.emit()
        else:
            self.start()

    def _ended(self) -> None:
        self.wait()
        self.done.emit()

    def run(self) -> None:
        try:
            if self.database is not None:
                with open_store(self.database, readonly=self.readonly, create=False) as store:
                    result = self.work(store, self._report, self._stop.is_set)
            else:
                result = self.work(self.inline_store, self._report, self._stop.is_set)
        except Cancelled:
            self.cancelled.emit()
        except EXPECTED_ERRORS as exc:
            self.failed.emit(exc)
        except Exception:
            self.crashed.emit(traceback.format_exc())
        else:
            self.succeeded.emit(result)

    def _report(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)


def run_with_progress(
    parent: QWidget | None,
    task: Task,
    *,
    title: str,
    label: str,
) -> QProgressDialog:
    """Start ``task`` behind a window-modal progress dialog with a Cancel button.

    The dialog appears only if the work takes longer than a moment, and closes itself when the
    task ends; the caller connects to the task's signals for the outcome.
    """
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setMinimumWidth(400)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    dialog.setAccessibleName(title)
    dialog.setCancelButtonText(translate("Background", "Cancel"))
    dialog.canceled.connect(task.cancel)

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)

    task.progressed.connect(progressed)
    task.done.connect(dialog.reset)
    task.done.connect(dialog.deleteLater)
    QTimer.singleShot(0, task.begin)
    return dialog
