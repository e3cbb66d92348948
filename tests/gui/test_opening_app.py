"""Start-up wiring: the window is opened through the safety pieces (log, error hooks, opening,
daily backup, read-only notice)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from partnerdesk import app, logs, paths
from partnerdesk.domain.sample import build_sample_portfolio
from partnerdesk.gui import error_dialog, main_window, opening
from partnerdesk.lockfile import lock_path
from partnerdesk.store import backup
from partnerdesk.store.connection import open_store
from tests.conftest import TODAY
from tests.gui.boxes import answer_boxes
from tests.safety_helpers import read_only, truncate


@pytest.fixture
def started(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[list[main_window.MainWindow]]:  # type: ignore[no-untyped-def]
    """Run app.run without entering the event loop; the windows it made."""
    monkeypatch.setenv(paths.HOME_VARIABLE, str(tmp_path / "home"))
    windows: list[main_window.MainWindow] = []

    class Recorded(main_window.MainWindow):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            windows.append(self)

    monkeypatch.setattr(main_window, "MainWindow", Recorded)
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    hook = sys.excepthook
    try:
        yield windows
    finally:
        error_dialog.uninstall()
        logs.stop()
        for window in windows:
            window.close()
            window.deleteLater()
    assert sys.excepthook is hook


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "portfolio.partnerdesk"
    with open_store(path) as store:
        build_sample_portfolio(store, TODAY)
    return path


def test_the_window_starts_with_the_log_the_error_hooks_and_a_daily_backup(
    started: list[main_window.MainWindow], database: Path
) -> None:
    assert app.run(database) == 0
    (window,) = started
    assert "started" in logs.log_file().read_text(encoding="utf-8")
    assert sys.excepthook.__qualname__ == "install_excepthook.<locals>.hook"
    (daily,) = backup.list_backups(database)
    assert daily.reason == "daily"
    assert window.findChild(QLabel, opening.NOTICE_NAME) is None
    assert not lock_path(database).exists(), "closing the window released the lock"


def test_the_demo_makes_no_backups(started: list[main_window.MainWindow], database: Path) -> None:
    assert app.run(database, temporary=True) == 0
    assert backup.list_backups(database) == []


def test_a_damaged_database_at_start_is_explained_and_nothing_starts(
    started: list[main_window.MainWindow], database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    truncate(database)
    boxes = answer_boxes(monkeypatch, "Cancel")
    assert app.run(database) == 2
    assert started == []
    assert "truncated" in boxes.last.text


def test_a_read_only_database_starts_with_the_notice(
    started: list[main_window.MainWindow], database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes = answer_boxes(monkeypatch)
    with read_only(database):
        assert app.run(database) == 0
    (window,) = started
    notice = window.statusBar().findChild(QLabel, opening.NOTICE_NAME)
    assert notice is not None and "read-only" in notice.toolTip()
    assert boxes.shown == []
