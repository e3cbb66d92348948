"""Dates are written one way everywhere: as the user's language writes them, or ISO, as chosen
in Preferences, and a change of that choice reaches every screen at once."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from partnerdesk.gui import settings
from partnerdesk.gui.backups_dialog import BackupsDialog, BackupsModel
from partnerdesk.gui.events import Topic, events
from partnerdesk.gui.main_window import MainWindow
from partnerdesk.gui.text import short_date
from partnerdesk.store import backup
from partnerdesk.store.backup import Reason
from partnerdesk.store.connection import Store

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


@pytest.fixture
def british() -> Iterator[None]:
    """The user's language writes dates day first (23/11/2026)."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        yield
    finally:
        QLocale.setDefault(before)


@pytest.mark.parametrize(("choice", "written"), [("locale", "23/11/2026"), ("iso", "2026-11-23")])
def test_the_backups_list_writes_dates_as_chosen(
    qtbot, window: MainWindow, db_path: Path, british: None, choice: str, written: str
) -> None:
    settings.DATE_FORMAT.value = choice
    made = backup.make_backup(db_path, Reason.BY_HAND, now=NOW)
    dialog = BackupsDialog(window.store, window, replace_store=window.set_store, now=lambda: NOW)
    qtbot.addWidget(dialog)
    shown = dialog.model.index(0, BackupsModel.TAKEN).data()
    local_day = made.taken_at.astimezone().date()
    assert shown.startswith(short_date(local_day))
    if local_day == NOW.date():
        assert shown.startswith(written)


def test_an_empty_date_field_shows_the_chosen_way_of_writing_dates(
    qtbot, window: MainWindow, sample_store: Store, british: None
) -> None:
    settings.DATE_FORMAT.value = "locale"
    events.announce({Topic.SETTINGS})
    pid = int(sample_store.scalar("SELECT id FROM partnerships WHERE ended_on IS NULL LIMIT 1"))
    window.show_partnership(pid)
    ended = window.partnership_view.ui.endedEdit
    assert ended.text() == ""
    assert ended.placeholderText() == "DD/MM/YYYY"
    settings.DATE_FORMAT.value = "iso"
    events.announce({Topic.SETTINGS})
    assert ended.placeholderText() == "YYYY-MM-DD"


def test_a_week_old_backup_in_iso(qtbot, window: MainWindow, db_path: Path) -> None:
    settings.DATE_FORMAT.value = "iso"
    backup.make_backup(db_path, Reason.DAILY, now=NOW - timedelta(days=7))
    dialog = BackupsDialog(window.store, window, replace_store=window.set_store, now=lambda: NOW)
    qtbot.addWidget(dialog)
    shown = dialog.model.index(0, BackupsModel.TAKEN).data()
    assert shown[:10].count("-") == 2 and shown[:4].isdigit()
