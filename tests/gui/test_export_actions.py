"""Exports and the restore from the window: chosen file, worker thread, outcome told."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from PySide6.QtWidgets import QMainWindow, QMessageBox

from partnerdesk.gui import exchange
from partnerdesk.store import queries
from partnerdesk.store.connection import Store, open_store


@pytest.fixture
def window(qtbot: Any) -> QMainWindow:
    main = QMainWindow()
    qtbot.addWidget(main)
    main.show()
    return main


def _finish(qtbot: Any, task: Any) -> None:
    assert task is not None
    with qtbot.waitSignal(task.done, timeout=20000):
        pass


def test_export_everything_runs_in_the_background_and_tells_the_status_bar(
    qtbot: Any, window: QMainWindow, sample_store: Store, tmp_path: Path, monkeypatch: Any
) -> None:
    target = tmp_path / "backup"
    monkeypatch.setattr(exchange, "choose_save_file", lambda *args: target)
    task = exchange.export_everything(window, sample_store)
    _finish(qtbot, task)
    written = target.with_suffix(".json")
    document = json.loads(written.read_text(encoding="utf-8"))
    assert len(document["tables"]["people"]) == queries.table_counts(sample_store)["people"]
    assert "Exported" in window.statusBar().currentMessage()
    assert str(written) in window.statusBar().currentMessage()


def test_spreadsheets_and_follow_ups(
    qtbot: Any, window: QMainWindow, sample_store: Store, tmp_path: Path, monkeypatch: Any
) -> None:
    monkeypatch.setattr(exchange, "choose_folder", lambda *args: tmp_path / "sheets")
    _finish(qtbot, exchange.export_spreadsheets(window, sample_store))
    people = (tmp_path / "sheets" / "people.csv").read_bytes()
    assert people.startswith(b"\xef\xbb\xbf")  # from the window: ready for Excel
    assert "people.csv" in window.statusBar().currentMessage()

    monkeypatch.setattr(exchange, "choose_save_file", lambda *args: tmp_path / "f.ics")
    _finish(qtbot, exchange.export_follow_ups(window, sample_store))
    events = list(Calendar.from_ical((tmp_path / "f.ics").read_bytes()).walk("VEVENT"))
    assert events and f"Wrote {len(events)} follow-ups" in window.statusBar().currentMessage()


def test_choosing_nothing_does_nothing(window: QMainWindow, store: Store, monkeypatch: Any) -> None:
    monkeypatch.setattr(exchange, "choose_save_file", lambda *args: None)
    monkeypatch.setattr(exchange, "choose_folder", lambda *args: None)
    assert exchange.export_everything(window, store) is None
    assert exchange.export_spreadsheets(window, store) is None
    assert exchange.export_follow_ups(window, store) is None


def test_a_failed_export_is_explained(
    qtbot: Any, window: QMainWindow, sample_store: Store, tmp_path: Path, monkeypatch: Any
) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("x")
    monkeypatch.setattr(exchange, "choose_save_file", lambda *args: blocker / "full.json")
    shown: list[str] = []

    def answer(box: QMessageBox) -> int:
        shown.append(box.text() + " " + box.informativeText())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    _finish(qtbot, exchange.export_everything(window, sample_store))
    qtbot.waitUntil(lambda: bool(shown))
    assert "could not be written" in shown[0] and "part of the path is a file" in shown[0]


def test_restore_into_a_new_database(
    qtbot: Any, window: QMainWindow, sample_store: Store, tmp_path: Path, monkeypatch: Any
) -> None:
    export = tmp_path / "everything.json"
    monkeypatch.setattr(exchange, "choose_save_file", lambda *args: export)
    _finish(qtbot, exchange.export_everything(window, sample_store))
    restored = tmp_path / "restored.partnerdesk"
    monkeypatch.setattr(exchange, "choose_open_file", lambda *args: export)
    monkeypatch.setattr(exchange, "choose_save_file", lambda *args: restored)
    opened: list[Path] = []
    _finish(qtbot, exchange.restore_into_new_database(window, opened=opened.append))
    assert opened == [restored]
    with open_store(restored, readonly=True) as copy:
        assert queries.table_counts(copy) == queries.table_counts(sample_store)
    assert "Restored" in window.statusBar().currentMessage()
