"""File → Backups…: the list, a backup now, and a restore that backs up the database first."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog

from partnerdesk.domain import organisations
from partnerdesk.domain.sample import build_sample_portfolio
from partnerdesk.gui import opening
from partnerdesk.gui.backups_dialog import BACKUP_ROLE, BackupsDialog, BackupsModel
from partnerdesk.gui.events import Topic, events
from partnerdesk.gui.main_window import MainWindow
from partnerdesk.lockfile import holder
from partnerdesk.store import backup
from partnerdesk.store.backup import Reason
from partnerdesk.store.connection import Store, open_store
from tests.conftest import TODAY
from tests.gui.boxes import answer_boxes
from tests.safety_helpers import damage_inside, digest

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


@pytest.fixture
def window(qtbot, db_path: Path) -> Iterator[MainWindow]:
    with open_store(db_path) as store:
        build_sample_portfolio(store, TODAY)
    opened = opening.open_database(None, db_path, daily_backup=False)
    assert opened is not None
    shown = MainWindow(opened, today=lambda: TODAY)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.store.close()
    opening.wait_for_backups()


def _dialog(qtbot, window: MainWindow) -> BackupsDialog:  # type: ignore[no-untyped-def]
    dialog = BackupsDialog(window.store, window, replace_store=window.set_store, now=lambda: NOW)
    qtbot.addWidget(dialog)
    return dialog


def _rows(dialog: BackupsDialog) -> list[list[str]]:
    model = dialog.model
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def _names(store: Store) -> set[str]:
    return {row["name"] for row in store.query("SELECT name FROM organisations")}


def test_the_file_menu_has_backups_before_quit(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    actions = window.ui.menuFile.actions()
    names = [action.objectName() for action in actions]
    assert "actionBackups" in names
    assert names.index("actionBackups") < names.index("actionQuit")
    action = actions[names.index("actionBackups")]
    assert action.text() == "&Backups…"
    seen: list[BackupsDialog] = []

    def opened(dialog: BackupsDialog) -> int:
        seen.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(BackupsDialog, "exec", opened)
    action.trigger()
    assert len(seen) == 1 and seen[0].store is window.store


def test_an_empty_list_says_what_backups_are_for(qtbot, window: MainWindow) -> None:
    dialog = _dialog(qtbot, window)
    assert dialog.ui.backupsStack.currentWidget() is dialog.ui.emptyPage
    assert "no backups of this database yet" in dialog.ui.emptyLabel.text()
    assert not dialog.ui.restoreButton.isEnabled()
    assert dialog.ui.backUpButton.isEnabled()
    assert dialog.ui.headingLabel.text() == "Backups of “test.partnerdesk”"
    assert str(backup.folder_for(window.store.path)) in dialog.ui.statusLabel.text()


def test_backups_are_listed_newest_first_with_why_and_size(
    qtbot, window: MainWindow, db_path: Path
) -> None:
    backup.make_backup(db_path, Reason.DAILY, now=NOW - timedelta(days=3))
    backup.make_backup(db_path, Reason.BEFORE_UPGRADE, now=NOW - timedelta(minutes=70))
    newest = backup.make_backup(db_path, Reason.BY_HAND, now=NOW - timedelta(seconds=20))
    dialog = _dialog(qtbot, window)
    rows = _rows(dialog)
    assert [row[BackupsModel.REASON] for row in rows] == [
        "Made by hand",
        "Before an upgrade",
        "Daily",
    ]
    assert [row[BackupsModel.AGE] for row in rows] == ["just now", "1 hour ago", "3 days ago"]
    assert all(row[BackupsModel.SIZE].endswith("KiB") for row in rows)
    assert dialog.selected() == newest
    assert dialog.model.index(0, 0).data(BACKUP_ROLE) == newest
    assert dialog.ui.restoreButton.isEnabled()


def test_back_up_now_adds_a_checked_backup(qtbot, window: MainWindow, db_path: Path) -> None:
    dialog = _dialog(qtbot, window)
    qtbot.mouseClick(dialog.ui.backUpButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=10_000)
    assert "Backed up and checked" in dialog.ui.statusLabel.text()
    (made,) = backup.list_backups(db_path)
    assert made.reason == "by-hand" and backup.problems_in(made.path) == []
    assert dialog.ui.backupsStack.currentWidget() is dialog.ui.backupsView
    assert _rows(dialog)[0][BackupsModel.REASON] == "Made by hand"


def test_restore_backs_up_first_and_shows_the_restored_database(
    qtbot, window: MainWindow, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    earlier = backup.make_backup(db_path, Reason.DAILY, now=NOW - timedelta(days=1))
    organisations.create_organisation(window.store, "Added after the backup")
    events.announce({Topic.ORGANISATIONS})
    old_store = window.store
    announced: list[frozenset[Topic]] = []
    events.changed.connect(announced.append)
    dialog = _dialog(qtbot, window)
    boxes = answer_boxes(monkeypatch, "Restore")
    try:
        dialog.restore_selected()
    finally:
        events.changed.disconnect(announced.append)
    (question,) = boxes.shown
    assert "Replace the database with the backup made" in question.text
    assert "backed up first" in question.informative
    assert window.store is not old_store and window.store is dialog.store
    assert "Added after the backup" not in _names(window.store)
    assert frozenset({Topic.DATABASE}) in announced
    safety = backup.list_backups(db_path)[0]
    assert safety.reason == "before-restore"
    with open_store(safety.path, readonly=True) as kept:
        assert "Added after the backup" in _names(kept)
    assert _rows(dialog)[0][BackupsModel.REASON] == "Before a restore"
    assert "Restored the backup made" in dialog.ui.statusLabel.text()
    assert earlier in backup.list_backups(db_path)
    # The window still holds its lock, and the new store works.
    found = holder(db_path)
    assert found is not None and opening.holds_lock(db_path)
    organisations.create_organisation(window.store, "After the restore")
    assert window.portfolio_page.model.rowCount() == 6


def test_restore_over_a_database_damaged_inside(
    qtbot, window: MainWindow, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup.make_backup(db_path, Reason.DAILY, now=NOW - timedelta(days=1))
    window.store.close()
    damage_inside(db_path)
    damaged = digest(db_path)
    window.workspace.store = open_store(db_path)
    dialog = _dialog(qtbot, window)
    answer_boxes(monkeypatch, "Restore")
    dialog.restore_selected()
    assert "damaged file is kept, unchanged" in dialog.ui.statusLabel.text()
    aside = next(db_path.parent.glob("test.unreadable-*.partnerdesk"))
    assert digest(aside) == damaged
    assert backup.problems_in(db_path) == []
    assert window.store.scalar("SELECT count(*) FROM partnerships") == 6


def test_a_cancelled_restore_changes_nothing(
    qtbot, window: MainWindow, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup.make_backup(db_path, Reason.DAILY, now=NOW - timedelta(days=1))
    organisations.create_organisation(window.store, "Kept")
    store = window.store
    dialog = _dialog(qtbot, window)
    answer_boxes(monkeypatch, "Cancel")
    dialog.restore_selected()
    assert window.store is store and "Kept" in _names(store)
    assert len(backup.list_backups(db_path)) == 1


def test_a_damaged_backup_is_refused_and_the_window_carries_on(
    qtbot, window: MainWindow, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = backup.make_backup(db_path, Reason.DAILY, now=NOW - timedelta(days=1))
    damage_inside(bad.path)
    organisations.create_organisation(window.store, "Kept")
    dialog = _dialog(qtbot, window)
    boxes = answer_boxes(monkeypatch, "Restore")
    dialog.restore_selected()
    assert boxes.last.text == "Nothing was restored."
    assert "damaged" in boxes.last.informative
    assert "Kept" in _names(window.store)
    organisations.create_organisation(window.store, "Still works")


def test_a_read_only_database_cannot_be_restored_into(qtbot, db_path: Path) -> None:
    with open_store(db_path) as store:
        build_sample_portfolio(store, TODAY)
    backup.make_backup(db_path)
    with open_store(db_path, readonly=True) as readonly:
        dialog = BackupsDialog(readonly, None, replace_store=lambda store: None)
        qtbot.addWidget(dialog)
        assert dialog.selected() is not None
        assert not dialog.ui.restoreButton.isEnabled()
        assert "read-only" in dialog.ui.restoreButton.toolTip()


def test_show_in_folder_opens_the_backups_folder(
    qtbot, window: MainWindow, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = _dialog(qtbot, window)
    dialog.ui.folderButton.click()
    assert [url.toLocalFile() for url in opened] == [str(backup.folder_for(db_path))]
    assert backup.folder_for(db_path).is_dir()
