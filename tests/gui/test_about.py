"""Help → About PartnerDesk: the version, where the data is, the licence and what it runs on."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pyqtgraph
import PySide6
import pytest
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QApplication

from partnerdesk import __version__, paths
from partnerdesk.gui import desktop
from partnerdesk.gui.about import AboutDialog
from partnerdesk.gui.main_window import MainWindow
from partnerdesk.store.backup import folder_for
from partnerdesk.store.connection import open_memory_store
from tests.gui.conftest import make_window


def _about(qtbot, window: MainWindow) -> AboutDialog:
    window.ui.actionAbout.trigger()
    dialog = next(d for d in window.findChildren(AboutDialog) if d.isVisible())
    qtbot.waitExposed(dialog)
    return dialog


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    folders: list[Path] = []
    monkeypatch.setattr(desktop, "open_folder", lambda folder: folders.append(folder) or True)
    return folders


def test_about_names_the_version_the_data_the_licence_and_the_software(
    qtbot, window: MainWindow, db_path: Path
) -> None:
    about = _about(qtbot, window)
    ui = about.ui
    assert about.windowTitle() == "About PartnerDesk"
    assert ui.nameLabel.text() == "PartnerDesk"
    assert __version__ in ui.versionLabel.text()
    assert not ui.iconLabel.pixmap().isNull()
    assert ui.databaseEdit.text() == str(db_path)
    assert ui.backupsEdit.text() == str(folder_for(db_path))
    assert ui.logsEdit.text() == str(paths.log_dir())
    assert "MIT" in ui.licenceLabel.text()
    for version in (
        __version__,
        qVersion(),
        PySide6.__version__,
        pyqtgraph.__version__,
        sqlite3.sqlite_version,
    ):
        assert version in ui.versionsLabel.text()


def test_about_opens_the_folders_of_the_database_the_backups_and_the_logs(
    qtbot, window: MainWindow, db_path: Path, opened: list[Path]
) -> None:
    ui = _about(qtbot, window).ui
    for button in (ui.databaseButton, ui.backupsButton, ui.logsButton):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened == [db_path.parent, folder_for(db_path), paths.log_dir()]


def test_about_shows_the_licence_and_copies_the_versions(qtbot, window: MainWindow) -> None:
    about = _about(qtbot, window)
    ui = about.ui
    assert not ui.licenceText.isVisible()
    ui.licenceButton.click()
    assert ui.licenceText.isVisible()
    assert "MIT License" in ui.licenceText.toPlainText()
    ui.copyButton.click()
    copied = QApplication.clipboard().text()
    assert f"PartnerDesk {__version__}" in copied
    assert f"SQLite {sqlite3.sqlite_version}" in copied


def test_escape_closes_about(qtbot, window: MainWindow) -> None:
    about = _about(qtbot, window)
    qtbot.keyClick(about, Qt.Key.Key_Escape)
    assert not about.isVisible()


def test_about_a_database_in_memory_offers_no_folder(qtbot, opened: list[Path]) -> None:
    window = make_window(qtbot, open_memory_store())
    ui = _about(qtbot, window).ui
    assert "in memory" in ui.databaseEdit.text()
    assert not ui.databaseButton.isEnabled()
