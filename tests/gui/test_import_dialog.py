"""The import dialog, driven as a user drives it: preview, choices, columns, import, undo."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from partnerdesk.gui import import_dialog as dialog_module
from partnerdesk.gui.background import Task
from partnerdesk.gui.events import Topic, events
from partnerdesk.gui.import_dialog import ImportDialog, PlanModel
from partnerdesk.store import queries
from partnerdesk.store.connection import Store

ADDRESS_BOOK = """BEGIN:VCARD
VERSION:3.0
FN:Helen Marsh
ORG:Oakmill Flour
EMAIL;TYPE=WORK:HELEN@oakmill.example
TEL;TYPE=WORK:+44 1632 960123
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Ravi Nair
ORG:Oakmill Flour
EMAIL:ravi@oakmill.example
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Ingrid Holm
ORG:Nordic Grain Cooperative
TITLE:Chief Executive
EMAIL:ingrid@nordicgrain.example
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:;;;;
FN:Harbour Street Market
ORG:Harbour Street Market
URL:https://harbourstreet.example
X-ABShowAs:COMPANY
END:VCARD
BEGIN:VCARD
VERSION:3.0
UID:only-an-address
ADR;TYPE=HOME:;;12 Quay Lane;Bristol;;BS1;UK
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Kenji Watanabe
ORG:Sakura Tea House
TITLE:Tea Buyer
END:VCARD
"""


@pytest.fixture
def address_book(tmp_path: Path) -> Path:
    path = tmp_path / "address-book.vcf"
    path.write_text(ADDRESS_BOOK, encoding="utf-8")
    return path


def _open(qtbot: Any, store: Store, path: Path, **options: Any) -> ImportDialog:
    dialog = ImportDialog(store, path, **options)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.ui.stack.currentIndex() != ImportDialog.BUSY, timeout=10000)
    return dialog


def _row_of(dialog: ImportDialog, name: str) -> int:
    model = dialog.model
    for row in range(model.rowCount()):
        if model.index(row, PlanModel.NAME).data() == name:
            return row
    raise AssertionError(f"{name} is not in the preview")


def _cell(dialog: ImportDialog, name: str, column: int) -> str:
    return str(dialog.model.index(_row_of(dialog, name), column).data())


def _counts(store: Store) -> dict[str, int]:
    return queries.table_counts(store)


def test_preview_shows_what_will_happen_and_writes_nothing(
    qtbot: Any, sample_store: Store, address_book: Path
) -> None:
    before = _counts(sample_store)
    dialog = _open(qtbot, sample_store, address_book)
    assert dialog.ui.stack.currentIndex() == ImportDialog.PREVIEW
    assert dialog.model.rowCount() == 6
    assert _cell(dialog, "Helen Marsh", PlanModel.OUTCOME) == "Merge: adds phone"
    assert _cell(dialog, "Ravi Nair", PlanModel.OUTCOME) == "Already there, nothing new"
    assert _cell(dialog, "Ingrid Holm", PlanModel.OUTCOME) == "New person and organisation"
    assert _cell(dialog, "Kenji Watanabe", PlanModel.IMPORT) == "Create"
    skipped = _row_of(dialog, "(no usable name)")
    assert "Card 5, line 29" in dialog.model.details_at(skipped)
    assert "no name and no organisation" in dialog.model.details_at(skipped)
    summary = dialog.ui.summaryLabel.text()
    assert "2 new people, 3 new organisations, 1 merged, 2 skipped" in summary
    assert "Nothing is written until you press Import" in summary

    dialog.ui.showCombo.setCurrentIndex(dialog.ui.showCombo.findData("skipped"))
    assert dialog.proxy.rowCount() == 1
    assert dialog.ui.showCombo.currentText() == "Skipped (1)"
    dialog.ui.planView.setCurrentIndex(dialog.proxy.index(0, 0))
    assert "cannot be imported" in dialog.ui.detailLabel.text()
    assert _counts(sample_store) == before


def test_untick_with_the_keyboard_import_then_undo_and_redo(
    qtbot: Any, sample_store: Store, address_book: Path
) -> None:
    stack = QUndoStack()
    announced: list[frozenset[Topic]] = []
    events.changed.connect(announced.append)
    try:
        dialog = _open(qtbot, sample_store, address_book, undo_stack=stack)
        view = dialog.ui.planView
        view.setFocus()
        view.setCurrentIndex(dialog.proxy.index(_row_of(dialog, "Kenji Watanabe"), 0))
        qtbot.keyClick(view, Qt.Key.Key_Space)
        assert _cell(dialog, "Kenji Watanabe", PlanModel.IMPORT) == "Skip"
        assert "1 new person, 2 new organisations" in dialog.ui.summaryLabel.text()
        assert "unticked" in dialog.ui.detailLabel.text()

        qtbot.mouseClick(dialog.primary_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.import_result is not None, timeout=10000)
        assert dialog.isHidden() and dialog.result() == QDialog.DialogCode.Accepted
        assert dialog.summary == (
            "Imported from address-book.vcf: 1 new person, 2 new organisations, 1 merged."
        )
        people = {row["name"]: row for row in queries.people_rows(sample_store)}
        assert "Kenji Watanabe" not in people
        assert people["Ingrid Holm"]["organisation_name"] == "Nordic Grain Cooperative"
        assert people["Ingrid Holm"]["seniority"] == "leader"
        assert people["Helen Marsh"]["phone"] == "+44 1632 960123"
        organisations = {row["name"]: row for row in queries.organisation_rows(sample_store)}
        assert organisations["Harbour Street Market"]["website"] == "https://harbourstreet.example"
        assert announced and {Topic.PEOPLE, Topic.ORGANISATIONS} <= announced[-1]

        stack.undo()
        names = {row["name"] for row in queries.people_rows(sample_store)}
        assert "Ingrid Holm" not in names
        helen = next(r for r in queries.people_rows(sample_store) if r["name"] == "Helen Marsh")
        assert helen["phone"] is None
        stack.redo()
        helen = next(r for r in queries.people_rows(sample_store) if r["name"] == "Helen Marsh")
        assert helen["phone"] == "+44 1632 960123"
        assert "Ingrid Holm" in {row["name"] for row in queries.people_rows(sample_store)}
    finally:
        events.changed.disconnect(announced.append)


def test_not_merging_matches(qtbot: Any, sample_store: Store, address_book: Path) -> None:
    dialog = _open(qtbot, sample_store, address_book)
    dialog.ui.mergeCheck.setChecked(False)
    assert _cell(dialog, "Helen Marsh", PlanModel.OUTCOME) == "Matches; not merged"
    assert "merged" not in dialog.ui.summaryLabel.text().split("skipped")[0]


def test_unknown_columns_are_chosen_then_previewed(
    qtbot: Any, store: Store, tmp_path: Path
) -> None:
    source = tmp_path / "list.csv"
    source.write_text("Who|Works for|Note\nJonas Berg|Berg Mühle|Rye\n", encoding="utf-8")
    dialog = _open(qtbot, store, source)
    assert dialog.ui.stack.currentIndex() == ImportDialog.COLUMNS
    assert not dialog.primary_button.isEnabled()
    assert dialog.sample.index(0, 1).data() == "Berg Mühle"
    from partnerdesk.imports.csv_contacts import Field

    assert dialog._combos[Field.NOTES].currentText() == "Note"  # recognised anyway
    dialog._combos[Field.NAME].setCurrentIndex(dialog._combos[Field.NAME].findText("Who"))
    organisation = dialog._combos[Field.ORGANISATION]
    organisation.setCurrentIndex(organisation.findText("Works for"))
    assert dialog.primary_button.isEnabled() and dialog.primary_button.text() == "&Preview"
    qtbot.mouseClick(dialog.primary_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.stack.currentIndex() == ImportDialog.PREVIEW, timeout=10000)
    assert _cell(dialog, "Jonas Berg", PlanModel.ORGANISATION) == "Berg Mühle"
    assert dialog.ui.columnsButton.isVisible()
    qtbot.mouseClick(dialog.primary_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.import_result is not None, timeout=10000)
    (jonas,) = queries.people_rows(store)
    assert (jonas["name"], jonas["organisation_name"], jonas["notes"]) == (
        "Jonas Berg",
        "Berg Mühle",
        "Rye",
    )


def test_a_broken_file_is_explained_and_nothing_written(
    qtbot: Any, store: Store, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.vcf"
    broken.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Contact with missing END:VCARD\n")
    dialog = _open(qtbot, store, broken)
    assert dialog.ui.stack.currentIndex() == ImportDialog.PROBLEM
    assert dialog.ui.problemText.text().startswith("Card 1, line 1: this card never ends")
    assert not dialog.primary_button.isVisible()
    close = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
    assert close.text() == "&Close"
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert sum(_counts(store).values()) == 0


def test_cancel_while_importing_keeps_nothing_and_returns_to_the_preview(
    qtbot: Any, sample_store: Store, address_book: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = dialog_module.apply_plan

    def slow(store: Store, plan: Any, *, progress: Any, cancelled: Any) -> Any:
        deadline = time.monotonic() + 10
        while not cancelled() and time.monotonic() < deadline:
            time.sleep(0.01)
        return real(store, plan, progress=progress, cancelled=cancelled)

    monkeypatch.setattr(dialog_module, "apply_plan", slow)
    before = _counts(sample_store)
    dialog = _open(qtbot, sample_store, address_book)
    qtbot.mouseClick(dialog.primary_button, Qt.MouseButton.LeftButton)
    assert dialog.ui.stack.currentIndex() == ImportDialog.BUSY
    # the end of the reading task, announced late, must not be taken for the import's
    importing = dialog.task
    dialog._task_done(Task(lambda *args: None))
    assert dialog.task is importing and importing is not None
    cancel = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.stack.currentIndex() == ImportDialog.PREVIEW, timeout=10000)
    assert dialog.isVisible() and dialog.import_result is None
    assert "nothing was written" in dialog.ui.notesLabel.text()
    assert _counts(sample_store) == before


def test_choosing_the_encoding_reads_the_file_again(
    qtbot: Any, store: Store, tmp_path: Path
) -> None:
    source = tmp_path / "thebat.vcf"
    source.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;ENCODING=QUOTED-PRINTABLE:Iksi=F1ski;Piotr\r\n"
        b"FN;ENCODING=QUOTED-PRINTABLE:Piotr Iksi=F1ski\r\nEND:VCARD\r\n"
    )
    dialog = _open(qtbot, store, source)
    assert dialog.model.index(0, PlanModel.NAME).data() == "Piotr Iksiñski"
    assert "Windows-1252" in dialog.ui.notesLabel.text() and dialog.ui.notesLabel.isVisible()
    combo = dialog.ui.encodingCombo
    combo.setCurrentIndex(combo.findData("cp1250"))
    qtbot.waitUntil(
        lambda: (
            dialog.ui.stack.currentIndex() == ImportDialog.PREVIEW
            and dialog.model.index(0, PlanModel.NAME).data() == "Piotr Iksiński"
        ),
        timeout=10000,
    )


def test_open_import_dialog_asks_for_the_file(
    qtbot: Any, store: Store, address_book: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from partnerdesk.gui import exchange

    monkeypatch.setattr(exchange, "choose_open_file", lambda *args: None)
    assert exchange.open_import_dialog(None, store) is None
    monkeypatch.setattr(exchange, "choose_open_file", lambda *args: address_book)
    dialog = exchange.open_import_dialog(None, store)
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.isModal()
    qtbot.waitUntil(lambda: dialog.ui.stack.currentIndex() == ImportDialog.PREVIEW, timeout=10000)
    dialog.reject()


def test_a_read_only_database_is_not_written_behind_its_back(
    qtbot: Any, sample_store: Store, address_book: Path, db_path: Path
) -> None:
    from partnerdesk.store.connection import open_store

    before = _counts(sample_store)
    with open_store(db_path, readonly=True) as readonly:
        dialog = _open(qtbot, readonly, address_book)
        assert dialog.ui.stack.currentIndex() == ImportDialog.PREVIEW
        qtbot.mouseClick(dialog.primary_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: dialog.ui.stack.currentIndex() == ImportDialog.PROBLEM, timeout=10000
        )
        assert "read-only" in dialog.ui.problemText.text()
        assert dialog.back_button.isVisible()
    assert _counts(sample_store) == before


def test_a_value_too_long_to_keep_is_said_when_its_contact_is_chosen(
    qtbot: Any, store: Store, tmp_path: Path
) -> None:
    source = tmp_path / "long-role.csv"
    role = "Head of " + "everything " * 60
    source.write_text(f"Name,Job Title\nAsha Rao,{role}\n", encoding="utf-8")
    dialog = _open(qtbot, store, source)
    assert dialog.ui.stack.currentIndex() == ImportDialog.PREVIEW
    view = dialog.ui.planView
    view.setCurrentIndex(dialog.proxy.index(_row_of(dialog, "Asha Rao"), 0))
    detail = dialog.ui.detailLabel.text()
    assert "Asha Rao will be added as a new person" in detail
    assert "The role was left out: it is longer than 500 characters." in detail
