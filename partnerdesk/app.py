"""Start-up: the QApplication and the main window. Only here is everything wired together."""

from __future__ import annotations

import gc
import importlib
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QAbstractEventDispatcher, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow

from partnerdesk import APP_NAME, __version__, paths

ORGANISATION_NAME = "PartnerDesk"
DESKTOP_FILE_NAME = "org.partnerdesk.PartnerDesk"


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, created once with PartnerDesk's names and icon."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANISATION_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    from partnerdesk.gui.language import install_translations

    install_translations(app)
    icon = paths.resource("icons", "partnerdesk.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def keep_start_up_objects() -> None:
    """Tell Python's garbage collector that what start-up made (modules, classes, the
    window's widgets: a hundred thousand objects) is there to stay.

    Otherwise every full collection looks at all of them again: 50 ms at a time, at moments
    nobody chooses, such as in the middle of scrolling the journal. Called once the window
    is up; objects made later are collected as before.
    """
    gc.freeze()


#: A full collection is due after this many collections of the younger generations (Python's
#: own default)...
FULL_COLLECTION_DUE = 10
#: ...and is made even while the window stays busy once this many more have passed.
FULL_COLLECTION_OVERDUE = 100
#: The window counts as idle once its event loop has waited this long for an event.
IDLE_SECONDS = 0.1


class IdleCollector(QObject):
    """Lets Python's full garbage collections wait until the window has nothing to do.

    Python starts one on its own in the middle of whatever allocates: a few milliseconds of
    looking at every object, enough to make a frame late while the journal scrolls. The young
    generations are still collected as they fill; a full collection that is due is made once
    the event loop has waited for events a while with none coming (the window rests), or, in
    a window that never rests, once it is long overdue.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        dispatcher = QAbstractEventDispatcher.instance()
        if dispatcher is None:
            return
        young, middle, _ = gc.get_threshold()
        gc.set_threshold(young, middle, 1_000_000_000)  # never, in practice: see below
        # Started again each time the loop begins to wait: it fires only after a wait with
        # nothing else to do, not after work that merely took as long.
        self._rest = QTimer(self)
        self._rest.setSingleShot(True)
        self._rest.setInterval(round(IDLE_SECONDS * 1000))
        self._rest.timeout.connect(gc.collect)
        dispatcher.aboutToBlock.connect(self._about_to_wait)

    def _about_to_wait(self) -> None:
        due = gc.get_count()[2]
        if due >= FULL_COLLECTION_OVERDUE:
            gc.collect()
        elif due >= FULL_COLLECTION_DUE:
            self._rest.start()


def load_for_writing() -> None:
    """Load sqlite-utils, which the store needs for its first write, in the background once
    the window is up: not before the first paint, nor when the user first saves something."""
    threading.Thread(
        target=importlib.import_module, args=("sqlite_utils",), name="load", daemon=True
    ).start()


def start_database(path: Path | None) -> Path:
    """The database to open at start: the one asked for, else the last one, else the default."""
    if path is not None:
        return path
    from partnerdesk.gui import settings

    last = settings.LAST_DATABASE.value
    if last is not None and last.exists():
        return last
    return paths.default_database()


def run(path: Path | None = None, *, temporary: bool = False, smoke_test: bool = False) -> int:
    """Open the window on ``path`` (else the last database, else the default one) and run
    until it closes. A ``temporary`` database (the demo) is neither remembered nor backed up.

    ``smoke_test`` (for packagers) closes the window again as soon as it has been drawn,
    after printing what it showed, so a build can be checked without a person.
    """
    from partnerdesk import logs
    from partnerdesk.gui import error_dialog, opening, settings
    from partnerdesk.gui.database import open_database
    from partnerdesk.gui.main_window import MainWindow
    from partnerdesk.gui.theme import apply_theme

    logs.start()
    app = application()
    error_dialog.install()
    apply_theme(settings.THEME.value)
    database = start_database(path)
    options = {"create": True, "remember": not temporary, "daily_backup": not temporary}
    store = open_database(None, database, **options)
    if store is None and path is None and database != paths.default_database():
        # The last database cannot be opened any more: that was explained; go on with the
        # default one rather than not starting at all.
        store = open_database(None, paths.default_database(), **options)
    if store is None:
        return 2
    window = MainWindow(store)
    opening.show_read_only_notice(window, store)
    window.show()
    QTimer.singleShot(0, keep_start_up_objects)
    _collector = IdleCollector(app)  # for as long as the application runs
    # A second later: by then the window has been painted, and a user has not yet written.
    QTimer.singleShot(1000, load_for_writing)
    if smoke_test:
        QTimer.singleShot(0, lambda: _report_and_close(window))
    try:
        return app.exec()
    finally:
        window.workspace.store.close()
        opening.wait_for_backups()


def _report_and_close(window: QMainWindow) -> None:
    picture = window.grab()  # draws every visible widget, as the screen would
    shown = window.portfolio_page.model.rowCount()  # type: ignore[attr-defined]
    print(
        f"PartnerDesk {__version__}: the window was drawn ({picture.width()}×{picture.height()}) "
        f"with {shown} partnerships; {window.windowTitle()}",
        flush=True,
    )
    window.close()


def main() -> int:
    """Entry point of the ``partnerdesk-gui`` launcher (no console on Windows)."""
    from partnerdesk.cli import main as cli_main

    return cli_main()
