"""Opening a database in the window: damaged, foreign, newer, read-only and locked files get a
clear message and a way forward, and the file itself is never changed."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMainWindow

from partnerdesk.domain import organisations
from partnerdesk.domain.errors import EXPECTED_ERRORS
from partnerdesk.domain.sample import build_sample_portfolio
from partnerdesk.gui import database, opening
from partnerdesk.lockfile import holder, lock_path
from partnerdesk.store import backup, connection, migrations
from partnerdesk.store.backup import BackupError
from partnerdesk.store.connection import SCHEMA_VERSION, Store, open_store
from tests.conftest import TODAY
from tests.gui.boxes import answer_boxes
from tests.safety_helpers import (
    damage_inside,
    digest,
    foreign_database,
    newer_database,
    read_only,
    truncate,
)


@pytest.fixture
def sample_file(db_path: Path) -> Path:
    with open_store(db_path) as store:
        build_sample_portfolio(store, TODAY)
    return db_path


@pytest.fixture
def opened() -> Iterator[list[Store]]:
    """Stores a test opened, closed at its end (which releases their locks)."""
    stores: list[Store] = []
    yield stores
    for store in stores:
        store.close()
    opening.wait_for_backups()


def _open(qapp, path: Path, opened: list[Store], **options) -> Store | None:  # type: ignore[no-untyped-def]
    store = opening.open_database(None, path, daily_backup=False, **options)
    if store is not None:
        opened.append(store)
    return store


_HOLD_LOCK = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
assert lock.tryLock(0)
print("locked", flush=True)
time.sleep(60)
"""


@pytest.fixture
def other_window(sample_file: Path) -> Iterator[subprocess.Popen[str]]:
    """Another PartnerDesk holding the database's lock."""
    process = subprocess.Popen(
        [sys.executable, "-c", _HOLD_LOCK, str(lock_path(sample_file))],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "locked"
    yield process
    process.kill()
    process.wait()


def test_a_good_database_opens_and_is_locked_until_it_is_closed(
    qapp, sample_file: Path, opened: list[Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes = answer_boxes(monkeypatch)
    store = _open(qapp, sample_file, opened)
    assert store is not None and not store.readonly
    assert boxes.shown == []
    assert lock_path(sample_file).exists()
    found = holder(sample_file)
    assert found is not None and found.pid == os.getpid()
    store.close()
    assert not lock_path(sample_file).exists()


def test_a_second_partnerdesk_offers_read_only_and_never_writes(
    qapp,
    sample_file: Path,
    other_window: subprocess.Popen[str],
    opened: list[Store],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    boxes = answer_boxes(monkeypatch, "Open Read-Only")
    store = _open(qapp, sample_file, opened)
    assert store is not None and store.readonly
    (shown,) = boxes.shown
    assert "already open in PartnerDesk" in shown.text
    assert f"process {other_window.pid}" in shown.text
    assert shown.buttons == ["Open Read-Only", "Cancel"]
    with pytest.raises(EXPECTED_ERRORS):
        organisations.create_organisation(store, "Not from this window")
    window = QMainWindow()
    notice = opening.show_read_only_notice(window, store)
    assert notice is not None and notice.text() == "Read-only: changes cannot be saved"
    assert "another PartnerDesk window" in notice.toolTip()
    assert window.statusBar().findChild(QLabel, opening.NOTICE_NAME) is notice


def test_a_second_partnerdesk_can_be_left_alone(
    qapp,
    sample_file: Path,
    other_window: subprocess.Popen[str],
    opened: list[Store],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answer_boxes(monkeypatch, "Cancel")
    assert _open(qapp, sample_file, opened) is None


def test_a_lock_left_by_a_crashed_partnerdesk_does_not_stand_in_the_way(
    qapp, sample_file: Path, opened: list[Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    crashed = subprocess.Popen(
        [sys.executable, "-c", _HOLD_LOCK, str(lock_path(sample_file))],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert crashed.stdout is not None and crashed.stdout.readline().strip() == "locked"
    crashed.kill()
    crashed.wait()
    assert lock_path(sample_file).exists()
    boxes = answer_boxes(monkeypatch)
    store = _open(qapp, sample_file, opened)
    assert store is not None and not store.readonly
    assert boxes.shown == []


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_file_or_folder_opens_read_only_with_a_notice(
    qapp, sample_file: Path, opened: list[Store], monkeypatch: pytest.MonkeyPatch, what: str
) -> None:
    boxes = answer_boxes(monkeypatch)
    before = digest(sample_file)
    with read_only(sample_file if what == "file" else sample_file.parent):
        store = _open(qapp, sample_file, opened)
        assert store is not None and store.readonly
        assert store.scalar("SELECT count(*) FROM partnerships") == 6
        window = QMainWindow()
        notice = opening.show_read_only_notice(window, store)
        assert notice is not None and "read-only" in notice.toolTip()
        store.close()
    assert boxes.shown == []
    assert digest(sample_file) == before


def test_the_notice_goes_when_a_writable_database_is_shown(
    qapp, sample_file: Path, opened: list[Store], db_path: Path
) -> None:
    window = QMainWindow()
    with open_store(sample_file, readonly=True) as readonly:
        opening.show_read_only_notice(window, readonly)
    with open_store(sample_file) as writable:
        assert opening.show_read_only_notice(window, writable) is None
    qapp.processEvents()
    assert window.statusBar().findChild(QLabel, opening.NOTICE_NAME) is None


@pytest.mark.parametrize("harm", [truncate, "header"], ids=["truncated", "damaged header"])
def test_a_damaged_file_offers_the_newest_good_backup_and_keeps_the_file(
    qapp, sample_file: Path, opened: list[Store], monkeypatch: pytest.MonkeyPatch, harm
) -> None:  # type: ignore[no-untyped-def]
    good = backup.make_backup(sample_file)
    if harm == "header":
        data = bytearray(sample_file.read_bytes())
        data[16:24] = b"\xff" * 8
        sample_file.write_bytes(bytes(data))
    else:
        harm(sample_file)
    damaged = digest(sample_file)
    boxes = answer_boxes(monkeypatch, "Open the Newest Good Backup", "OK")
    store = _open(qapp, sample_file, opened)
    assert store is not None and store.path == sample_file
    question, told = boxes.shown
    assert "cannot open “test.partnerdesk”" in question.text
    assert question.buttons == ["Open the Newest Good Backup", "Choose Another File…", "Cancel"]
    assert "newest good backup was made on" in question.informative
    assert "Traceback" not in question.text + question.informative + question.detailed
    assert "kept, unchanged, as" in told.informative
    kept = Path(told.informative.split(" as ", 1)[1].rstrip("."))
    assert digest(kept) == damaged
    assert store.scalar("SELECT count(*) FROM partnerships") == 6
    assert backup.problems_in(good.path) == []


def test_a_damaged_file_without_backups_offers_another_file(
    qapp,
    sample_file: Path,
    tmp_path: Path,
    opened: list[Store],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    truncate(sample_file)
    damaged = digest(sample_file)
    other = tmp_path / "other.partnerdesk"
    with open_store(other) as store:
        organisations.create_organisation(store, "In the other file")
    monkeypatch.setattr(database, "choose_existing_database", lambda parent: other)
    boxes = answer_boxes(monkeypatch, "Choose Another File…")
    store = _open(qapp, sample_file, opened)
    assert store is not None and store.path == other
    assert boxes.shown[0].buttons == ["Choose Another File…", "Cancel"]
    assert "no backup" in boxes.shown[0].informative
    assert digest(sample_file) == damaged


@pytest.mark.parametrize("kind", ["foreign", "newer", "text"])
def test_files_that_are_not_ours_are_explained_and_left_alone(
    qapp,
    sample_file: Path,
    opened: list[Store],
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
) -> None:
    backup.make_backup(sample_file)
    sample_file.unlink()
    if kind == "foreign":
        foreign_database(sample_file)
        words = "another program"
    elif kind == "newer":
        newer_database(sample_file, SCHEMA_VERSION + 1)
        words = "newer version of PartnerDesk"
    else:
        sample_file.write_text("Dear partner,\n" * 40)
        words = "not an SQLite database"
    before = digest(sample_file)
    boxes = answer_boxes(monkeypatch, "Cancel")
    assert _open(qapp, sample_file, opened) is None
    (shown,) = boxes.shown
    assert words in shown.text
    if kind == "newer":
        assert "Open the Newest Good Backup" not in shown.buttons
        assert "Update PartnerDesk" in shown.informative
    else:
        assert "Open the Newest Good Backup" in shown.buttons
    assert digest(sample_file) == before
    assert not lock_path(sample_file).exists(), "a refused file keeps no lock"


def test_an_older_database_is_backed_up_then_upgraded(
    qapp,
    sample_file: Path,
    opened: list[Store],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def step(db: object) -> None:
        db.execute("ALTER TABLE organisations ADD COLUMN vat_number TEXT")  # type: ignore[attr-defined]

    monkeypatch.setattr(connection, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setitem(migrations.STEPS, SCHEMA_VERSION + 1, step)
    store = _open(qapp, sample_file, opened)
    assert store is not None and store.schema_version == SCHEMA_VERSION + 1
    (made,) = backup.list_backups(sample_file)
    assert made.reason == "before-upgrade"


def test_no_upgrade_when_the_backup_before_it_fails(
    qapp,
    sample_file: Path,
    opened: list[Store],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def step(db: object) -> None:
        db.execute("ALTER TABLE organisations ADD COLUMN vat_number TEXT")  # type: ignore[attr-defined]

    def no_room(*args: object, **kwargs: object) -> None:
        raise BackupError("The backup could not be written: the disk is full.")

    monkeypatch.setattr(connection, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setitem(migrations.STEPS, SCHEMA_VERSION + 1, step)
    monkeypatch.setattr(backup, "make_backup", no_room)
    before = digest(sample_file)
    boxes = answer_boxes(monkeypatch)
    assert _open(qapp, sample_file, opened) is None
    assert "not been upgraded" in boxes.last.informative
    assert "disk is full" in boxes.last.informative
    assert digest(sample_file) == before
    assert not lock_path(sample_file).exists()


def test_the_daily_backup_is_made_once_a_day_in_the_background(
    qtbot, sample_file: Path, opened: list[Store]
) -> None:
    store = opening.open_database(None, sample_file)
    assert store is not None
    opened.append(store)
    opening.wait_for_backups()
    (daily,) = backup.list_backups(sample_file)
    assert daily.reason == "daily" and backup.problems_in(daily.path) == []
    assert opening.back_up_if_due(sample_file) is None, "one a day is enough"


def test_a_failed_daily_backup_is_reported_and_the_database_stays_open(
    qtbot, sample_file: Path, opened: list[Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_room(*args: object, **kwargs: object) -> None:
        raise BackupError("The backup could not be written: the disk is full.")

    monkeypatch.setattr(backup, "make_backup", no_room)
    boxes = answer_boxes(monkeypatch)
    store = opening.open_database(None, sample_file)
    assert store is not None
    opened.append(store)
    qtbot.waitUntil(lambda: len(boxes.shown) == 1, timeout=5000)
    assert "could not be made" in boxes.last.text
    assert "disk is full" in boxes.last.detailed
    assert backup.list_backups(sample_file) == []
    assert store.scalar("SELECT count(*) FROM partnerships") == 6


def test_a_database_damaged_inside_opens_so_that_a_backup_can_be_restored(
    qapp, sample_file: Path, opened: list[Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    # SQLite can read it: the window opens it, and the integrity check (partnerdesk check)
    # and File → Backups… are the way out.
    damage_inside(sample_file)
    boxes = answer_boxes(monkeypatch)
    store = _open(qapp, sample_file, opened)
    assert store is not None
    assert boxes.shown == []
