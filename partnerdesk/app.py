"""Start-up: the QApplication and the main window. Only here is everything wired together."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

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
    icon = paths.resource("icons", "partnerdesk.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def run(path: Path | None = None, *, temporary: bool = False) -> int:
    """Open the window on ``path`` (the default database when None) and run until it closes.

    A ``temporary`` database (the demo) gets no daily backups.
    """
    from partnerdesk import logs
    from partnerdesk.gui import error_dialog, opening
    from partnerdesk.gui.main_window import MainWindow

    logs.start()
    app = application()
    error_dialog.install()
    store = opening.open_database(
        None, path or paths.default_database(), daily_backup=not temporary
    )
    if store is None:
        return 2
    window = MainWindow(store)
    opening.show_read_only_notice(window, store)
    window.show()
    try:
        return app.exec()
    finally:
        window.store.close()
        opening.wait_for_backups()


def main() -> int:
    """Entry point of the ``partnerdesk-gui`` launcher (no console on Windows)."""
    from partnerdesk.cli import main as cli_main

    return cli_main()
