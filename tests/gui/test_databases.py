"""Opening databases for the window: File → Open, New, recent files, the sample, start-up."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from partnerdesk import paths
from partnerdesk.app import start_database
from partnerdesk.domain.organisations import create_organisation
from partnerdesk.gui import database, exchange, settings
from partnerdesk.gui.import_dialog import ImportDialog
from partnerdesk.gui.main_window import MainWindow
from partnerdesk.gui.sidebar import Place
from partnerdesk.store.connection import Store, open_store
from tests.gui.conftest import make_window


def _answer(monkeypatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []

    def answer(box: QMessageBox) -> int:
        shown.append((box.text(), box.informativeText()))
        box.buttons()[0].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return shown


def test_a_file_that_is_not_a_database_is_refused_with_advice(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    stranger = tmp_path / "notes.partnerdesk"
    stranger.write_bytes(b"just some text, not a database at all" * 100)
    before = stranger.read_bytes()
    shown: list[tuple[str, str, list[str]]] = []

    def cancel(box: QMessageBox) -> int:
        shown.append((box.text(), box.informativeText(), [b.text() for b in box.buttons()]))
        box.escapeButton().click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", cancel)
    monkeypatch.setattr(database, "choose_existing_database", lambda parent: stranger)
    opened = window.store
    window.ui.actionOpen.trigger()
    assert len(shown) == 1
    problem, advice, buttons = shown[0]
    assert "not" in problem.lower() and advice
    assert "Choose Another File…" in buttons
    assert window.store is opened, "the open database stays open"
    assert stranger.read_bytes() == before, "the file is not touched"
    assert settings.RECENT_DATABASES.value == []


def test_open_and_recent_files(qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    other = tmp_path / "other.partnerdesk"
    with open_store(other) as made:
        create_organisation(made, "Greenleaf Grocers", is_self=True)
    monkeypatch.setattr(database, "choose_existing_database", lambda parent: other)
    window.ui.actionOpen.trigger()
    assert window.store.path == other
    assert window.current_page() is window.portfolio_page
    assert window.windowTitle().startswith("other.partnerdesk")
    assert settings.LAST_DATABASE.value == other.resolve()
    assert settings.RECENT_DATABASES.value[0] == other.resolve()
    assert not window.workspace.undo_stack.canUndo()
    window.ui.menuRecent.aboutToShow.emit()
    texts = [action.text() for action in window.ui.menuRecent.actions()]
    assert texts[0] == "&1 other.partnerdesk"
    window.workspace.store.close()


def test_new_database_never_replaces_a_file(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    existing = tmp_path / "taken.partnerdesk"
    existing.write_text("mine")
    shown = _answer(monkeypatch)
    monkeypatch.setattr(database, "choose_new_database", lambda parent: existing)
    window.ui.actionNewDatabase.trigger()
    assert existing.read_text() == "mine"
    assert "already there" in shown[0][0]
    fresh = tmp_path / "fresh.partnerdesk"
    monkeypatch.setattr(database, "choose_new_database", lambda parent: fresh)
    window.ui.actionNewDatabase.trigger()
    assert window.store.path == fresh and fresh.exists()
    assert window.current_page() is window.welcome_page
    window.workspace.store.close()


def test_sample_opens_in_a_file_of_its_own(qtbot, store: Store, db_path: Path) -> None:
    window = make_window(qtbot, store)
    assert window.current_page() is window.welcome_page
    qtbot.mouseClick(window.welcome_page.ui.sampleButton, Qt.MouseButton.LeftButton)
    assert window.store.path == paths.sample_database()
    assert window.current_page() is window.portfolio_page
    assert window.portfolio_page.model.rowCount() == 6
    with open_store(db_path, readonly=True) as own:
        assert own.scalar("SELECT count(*) FROM partnerships") == 0
    window.close()
    window.workspace.store.close()


def test_import_from_the_welcome_previews_writes_and_undoes(
    qtbot, empty_window: MainWindow, monkeypatch, tmp_path: Path
) -> None:
    cards = tmp_path / "contacts.vcf"
    cards.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Helen Marsh\nORG:Oakmill Flour\n"
        "TITLE:Managing director\nEMAIL:helen@oakmill.example\nEND:VCARD\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(exchange, "choose_open_file", lambda *args: cards)
    qtbot.mouseClick(empty_window.welcome_page.ui.importButton, Qt.MouseButton.LeftButton)
    dialog = empty_window.findChild(ImportDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.ui.stack.currentIndex() == ImportDialog.PREVIEW, timeout=10000)
    store = empty_window.store
    assert store.scalar("SELECT count(*) FROM people") == 0, "nothing before the user agrees"
    qtbot.mouseClick(dialog.primary_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.import_result is not None, timeout=10000)
    assert store.query(
        "SELECT p.name, o.name AS org FROM people p JOIN organisations o "
        "ON o.id = p.organisation_id"
    ) == [{"name": "Helen Marsh", "org": "Oakmill Flour"}]
    empty_window.workspace.undo_stack.undo()
    assert store.scalar("SELECT count(*) FROM people") == 0


def test_start_up_reopens_the_last_database_unless_told_otherwise(tmp_path: Path, qapp) -> None:
    last = tmp_path / "last.partnerdesk"
    asked = tmp_path / "asked.partnerdesk"
    assert start_database(None) == paths.default_database()
    settings.LAST_DATABASE.value = last
    assert start_database(None) == paths.default_database(), "a vanished file is not reopened"
    last.write_bytes(b"")
    assert start_database(None) == last
    assert start_database(asked) == asked


def test_window_size_and_splitters_are_remembered(qtbot, sample_store: Store) -> None:
    window = make_window(qtbot, sample_store)
    total = sum(window.ui.mainSplitter.sizes())
    window.ui.mainSplitter.setSizes([240, total - 240])
    geometry, splitter = window.saveGeometry(), window.ui.mainSplitter.saveState()
    window.show_place(Place.JOURNAL)
    journal_splitter = window.journal_page.ui.splitter
    journal_splitter.setSizes([300, sum(journal_splitter.sizes()) - 300])
    journal = journal_splitter.saveState()
    window.close()
    assert settings.WINDOW_GEOMETRY.value == geometry
    assert settings.view_state("main_splitter").value == splitter
    assert settings.view_state("journal_splitter").value == journal
    # The offscreen screen is smaller than a real one, so sizes cannot be compared after a
    # restore; a new window does read the state back (and does not lose it on close).
    again = make_window(qtbot, sample_store)
    again.close()
    assert settings.view_state("journal_splitter").value == journal


def test_file_menu_exports_everything_to_a_file_that_restores(
    qtbot, window: MainWindow, monkeypatch, tmp_path: Path
) -> None:
    target = tmp_path / "everything.json"
    monkeypatch.setattr(exchange, "choose_save_file", lambda *args: target)
    shown = _answer(monkeypatch)
    window.ui.actionExportJson.trigger()
    qtbot.waitUntil(lambda: target.exists(), timeout=10000)
    restored = tmp_path / "restored.partnerdesk"
    from partnerdesk.imports.full_json import restore_file

    restore_file(target, restored)
    with open_store(restored, readonly=True) as copy:
        assert copy.scalar("SELECT count(*) FROM contact_logs") == window.store.scalar(
            "SELECT count(*) FROM contact_logs"
        )
    assert all("could not" not in text for text, _ in shown)
