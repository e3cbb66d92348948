"""Help → About PartnerDesk: what it is, its version, where the user's data is kept (with a
button to open each folder), its licence, and the versions of what it runs on."""

from __future__ import annotations

import platform
import sqlite3
from importlib import metadata
from pathlib import Path

import pyqtgraph
import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLayout, QLineEdit, QWidget

from partnerdesk import APP_NAME, __version__, paths
from partnerdesk.gui import desktop
from partnerdesk.gui.forms.ui_about_dialog import Ui_AboutDialog
from partnerdesk.gui.text import translate
from partnerdesk.gui.widgets import icon, mute
from partnerdesk.store.backup import folder_for


def versions() -> list[tuple[str, str]]:
    """PartnerDesk's version and those of what it runs on, as (name, version)."""
    return [
        (APP_NAME, __version__),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("pyqtgraph", pyqtgraph.__version__),
        ("SQLite", sqlite3.sqlite_version),
        ("Python", platform.python_version()),
    ]


def licence_text() -> str | None:
    """The licence's full text as shipped with the package, if it can be found."""
    try:
        distribution = metadata.distribution("partnerdesk")
    except metadata.PackageNotFoundError:
        return None
    for name in ("licenses/LICENSE", "LICENSE"):
        text = distribution.read_text(name)
        if text:
            return text
    return None


class AboutDialog(QDialog):
    """About PartnerDesk, for the database at ``database`` (None: a database in memory)."""

    def __init__(self, database: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.iconLabel.setPixmap(icon("partnerdesk").pixmap(72, 72))
        title = ui.nameLabel.font()
        title.setPointSizeF(title.pointSizeF() * 1.6)
        title.setBold(True)
        ui.nameLabel.setFont(title)
        ui.versionLabel.setText(translate("AboutDialog", "Version %1").replace("%1", __version__))
        mute(ui.versionLabel)

        self.database = database
        self.backups = folder_for(database) if database is not None else paths.backups_dir()
        self.logs = paths.log_dir()
        if database is None:
            ui.databaseEdit.setText(translate("AboutDialog", "in memory: nothing is saved"))
            ui.databaseButton.setEnabled(False)
        else:
            self._show_path(ui.databaseEdit, database)
        self._show_path(ui.backupsEdit, self.backups)
        self._show_path(ui.logsEdit, self.logs)
        ui.databaseButton.clicked.connect(self.show_database)
        ui.backupsButton.clicked.connect(lambda: desktop.open_folder(self.backups))
        ui.logsButton.clicked.connect(lambda: desktop.open_folder(self.logs))

        ui.licenceLabel.setText(
            translate(
                "AboutDialog",
                "MIT Licence: free to use, copy, change and share, without warranty. "
                "© 2026 The PartnerDesk team.",
            )
        )
        ui.versionsLabel.setText(" · ".join(f"{name} {number}" for name, number in versions()))
        text = licence_text()
        ui.licenceText.setPlainText(text or "")
        ui.licenceText.hide()
        ui.licenceButton.setVisible(bool(text))
        ui.licenceButton.toggled.connect(self._show_licence)
        ui.copyButton.clicked.connect(self.copy_versions)
        ui.buttons.rejected.connect(self.reject)
        ui.buttons.accepted.connect(self.accept)
        close = ui.buttons.buttons()[0]
        close.setDefault(True)
        close.setFocus()
        # As tall as what it shows, growing with the licence's text when that is shown.
        self.layout().setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)

    @staticmethod
    def _show_path(edit: QLineEdit, path: Path) -> None:
        edit.setText(str(path))
        edit.setToolTip(str(path))
        edit.setCursorPosition(0)

    def show_database(self) -> None:
        """Open the folder holding the database."""
        if self.database is not None:
            desktop.open_folder(self.database.parent)

    def copy_versions(self) -> None:
        """Put the versions (and the system) on the clipboard, for a bug report."""
        lines = [f"{name} {number}" for name, number in versions()]
        lines.append(platform.platform())
        QGuiApplication.clipboard().setText("\n".join(lines))

    def _show_licence(self, shown: bool) -> None:
        self.ui.licenceText.setVisible(shown)
