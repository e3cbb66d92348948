"""Unexpected errors: logged, explained in a dialog with Copy Details, and the window carries on.
Expected errors that reach the top are shown as the plain messages they are."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, qWarning
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from partnerdesk import logs, paths
from partnerdesk.domain import organisations
from partnerdesk.gui import error_dialog
from partnerdesk.gui.error_dialog import ErrorDialog, ErrorReporter
from partnerdesk.gui.events import Topic, events
from partnerdesk.gui.main_window import MainWindow
from partnerdesk.store.connection import Store
from partnerdesk.store.errors import WriteFailedError
from tests.conftest import TODAY
from tests.gui.boxes import answer_boxes


@pytest.fixture
def log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv(paths.HOME_VARIABLE, str(tmp_path / "home"))
    path = logs.start()
    yield path
    logs.stop()


@pytest.fixture
def installed(qapp, log_file: Path) -> Iterator[ErrorReporter]:  # type: ignore[no-untyped-def]
    reporter = error_dialog.install()
    yield reporter
    error_dialog.uninstall()


@pytest.fixture
def dialogs_shown(monkeypatch: pytest.MonkeyPatch) -> list[ErrorDialog]:
    shown: list[ErrorDialog] = []

    def show(dialog: ErrorDialog) -> int:
        shown.append(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ErrorDialog, "exec", show)
    return shown


def _error(message: str) -> BaseException:
    def find_partner() -> None:
        raise LookupError(message)

    try:
        find_partner()
    except LookupError as exc:
        return exc
    raise AssertionError


def test_the_dialog_explains_shows_details_on_request_and_copies_them(
    qtbot, log_file: Path
) -> None:
    error = _error("the journal index went missing")
    dialog = ErrorDialog(error, logs.details(error))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.headingLabel.text() == "Something went wrong"
    assert "What you saved before is safe" in dialog.ui.explanationLabel.text()
    assert "LookupError: the journal index went missing" in dialog.ui.logLabel.text()
    assert str(log_file) in dialog.ui.logLabel.text()
    assert not dialog.ui.detailsEdit.isVisible()
    dialog.ui.detailsButton.click()
    assert dialog.ui.detailsEdit.isVisible()
    assert "find_partner" in dialog.ui.detailsEdit.toPlainText()
    dialog.ui.copyButton.click()
    copied = QGuiApplication.clipboard().text()
    assert "Traceback" in copied and "the journal index went missing" in copied
    assert "PartnerDesk" in copied and "SQLite" in copied
    assert dialog.ui.copyButton.text() == "Copied"
    text = dialog.ui.explanationLabel
    assert text.height() >= text.heightForWidth(text.width()), "the explanation is clipped"


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_shown_and_the_window_carries_on(
    qtbot, installed: ErrorReporter, dialogs_shown: list[ErrorDialog], log_file: Path
) -> None:
    def broken_slot() -> None:
        raise KeyError("partnership_name")

    later: list[str] = []
    QTimer.singleShot(0, broken_slot)
    QTimer.singleShot(20, lambda: later.append("still running"))
    qtbot.waitUntil(lambda: later == ["still running"], timeout=5000)
    assert len(dialogs_shown) == 1
    assert "broken_slot" in dialogs_shown[0].details
    logged = log_file.read_text(encoding="utf-8")
    assert "KeyError: 'partnership_name'" in logged and "broken_slot" in logged


@pytest.mark.qt_no_exception_capture
def test_a_full_disk_during_a_save_is_a_message_and_the_window_stays_usable(
    qtbot,
    installed: ErrorReporter,
    dialogs_shown: list[ErrorDialog],
    sample_store: Store,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = MainWindow(sample_store, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    sample_store.conn.execute(f"PRAGMA max_page_count = {sample_store.scalar('PRAGMA page_count')}")
    boxes = answer_boxes(monkeypatch)

    def save_big_notes() -> None:
        oakmill = organisations.find_organisation(sample_store, "Oakmill Flour")
        organisations.update_organisation(sample_store, oakmill.id, notes="n" * 400_000)

    QTimer.singleShot(0, save_big_notes)
    qtbot.waitUntil(lambda: len(boxes.shown) == 1, timeout=5000)
    assert boxes.last.text == "The disk is full: the change was not saved."
    assert dialogs_shown == [], "an expected error is a message, not a crash report"
    events.announce({Topic.ORGANISATIONS})
    assert window.portfolio_page.model.rowCount() == 6


def test_errors_in_a_burst_show_one_dialog_and_are_all_logged(
    qapp, installed: ErrorReporter, monkeypatch: pytest.MonkeyPatch, log_file: Path
) -> None:
    seen: list[str] = []

    def show(dialog: ErrorDialog) -> int:
        seen.append(dialog.details)
        for n in range(3):  # more errors while the first dialog is open
            error = _error(f"again {n}")
            installed.show(error, logs.details(error))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ErrorDialog, "exec", show)
    first = _error("first")
    installed.show(first, logs.details(first))
    assert len(seen) == 1 and installed.missed == 3
    assert not installed.showing


def test_an_error_in_another_thread_reaches_the_window(
    qtbot, installed: ErrorReporter, dialogs_shown: list[ErrorDialog], log_file: Path
) -> None:
    import threading

    def worker() -> None:
        raise RuntimeError("the export thread failed")

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(dialogs_shown) == 1, timeout=5000)
    assert "the export thread failed" in dialogs_shown[0].details
    assert "the export thread failed" in log_file.read_text(encoding="utf-8")


def test_an_expected_error_is_shown_as_its_message(
    qapp, installed: ErrorReporter, dialogs_shown: list[ErrorDialog], monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    boxes = answer_boxes(monkeypatch)
    installed.show(WriteFailedError("The disk is full: the change was not saved."), "")
    assert boxes.last.text == "The disk is full: the change was not saved."
    assert dialogs_shown == []


@pytest.mark.qt_log_level_fail("CRITICAL")
def test_qt_warnings_go_to_the_log_and_still_reach_earlier_handlers(
    qtbot, installed: ErrorReporter, log_file: Path, caplog: pytest.LogCaptureFixture, qtlog
) -> None:  # type: ignore[no-untyped-def]
    with caplog.at_level(logging.WARNING, logger="partnerdesk.qt"):
        qWarning("QPainter::begin: Paint device returned engine == 0")
    assert "QPainter::begin" in log_file.read_text(encoding="utf-8")
    assert any("QPainter::begin" in record.message for record in qtlog.records)


def test_uninstall_puts_the_hooks_back(qapp, log_file: Path) -> None:  # type: ignore[no-untyped-def]
    import sys

    before = sys.excepthook
    error_dialog.install()
    assert sys.excepthook is not before
    error_dialog.uninstall()
    assert sys.excepthook is before
