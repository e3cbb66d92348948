"""File → Export… (Ctrl+E): choosing, previewing and saving a summary or the portfolio report."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any, ClassVar

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QDialog, QLineEdit, QWidget

from partnerdesk.domain.partnerships import find_partnership
from partnerdesk.exports.document import Format, Heading, Paper, PrintLayout
from partnerdesk.gui import exchange
from partnerdesk.gui import export_dialog as dialog_module
from partnerdesk.gui.export_dialog import ExportDialog, file_name
from partnerdesk.gui.main_window import MainWindow
from partnerdesk.gui.sidebar import Place
from partnerdesk.store.connection import Store
from partnerdesk.store.errors import DamagedDatabaseError
from tests.conftest import TODAY
from tests.export_helpers import SECRETS, build_secret_partnership, pdf_text, squeezed
from tests.gui.boxes import answer_boxes
from tests.gui.conftest import make_window

NOTICE = "Owner's archive copy: not for sharing"


def _open(qtbot: Any, window: MainWindow) -> ExportDialog:
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.export_dialog
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.ready, timeout=10000)
    return dialog


def _settle(qtbot: Any, dialog: ExportDialog) -> None:
    """Let the preview follow the last change."""
    qtbot.waitUntil(lambda: not dialog._timer.isActive() and dialog.ready, timeout=10000)


def _choose(dialog: ExportDialog, fmt: Format) -> None:
    dialog.ui.formatCombo.setCurrentIndex(dialog.ui.formatCombo.findData(fmt.value))


def test_ctrl_e_on_a_partnership_previews_its_summary_as_pdf(
    qtbot: Any, window: MainWindow, sample_store: Store
) -> None:
    partnership = find_partnership(sample_store, "Heritage Grain Programme")
    window.show_partnership(partnership.id)
    dialog = _open(qtbot, window)
    ui = dialog.ui
    assert ui.summaryRadio.isChecked()
    assert ui.partnershipCombo.currentText() == "Heritage Grain Programme"
    assert not ui.privateCheck.isChecked()
    assert ui.previewStack.currentWidget() is ui.pagesView
    assert dialog.document is not None and dialog.document.title == "Heritage Grain Programme"
    assert ui.pagesView.page_count == dialog.pages.page_count >= 2
    assert f"{ui.pagesView.page_count} pages" in ui.previewInfo.text()
    assert "Left out" in ui.privateHint.text()


def test_without_a_partnership_at_hand_it_is_the_portfolio_report(
    qtbot: Any, window: MainWindow
) -> None:
    window.show_place(Place.JOURNAL)
    dialog = _open(qtbot, window)
    assert dialog.ui.portfolioRadio.isChecked()
    assert dialog.document is not None and dialog.document.title == "Partnership portfolio"
    assert not dialog.ui.sinceEdit.isEnabled() and not dialog.ui.privateCheck.isEnabled()
    markdown = dialog.ui.formatCombo.findData(Format.MARKDOWN.value)
    assert not dialog.ui.formatCombo.model().item(markdown).isEnabled()


def test_html_and_markdown_previews_show_the_text_the_file_gets(
    qtbot: Any, window: MainWindow, sample_store: Store
) -> None:
    window.show_partnership(find_partnership(sample_store, "Bean There Wholesale").id)
    dialog = _open(qtbot, window)
    ui = dialog.ui
    _choose(dialog, Format.HTML)
    _settle(qtbot, dialog)
    assert ui.previewStack.currentWidget() is ui.textView
    shown = ui.textView.toPlainText()
    assert "Bean There Wholesale" in shown and "Recent contacts" in shown
    assert not ui.paperCombo.isEnabled()
    _choose(dialog, Format.MARKDOWN)
    _settle(qtbot, dialog)
    assert "_files" in ui.previewInfo.text()
    assert "Who took part" in ui.textView.toPlainText()
    # the charts are there, at the size a Markdown viewer gives them
    images = ui.textView.document().allFormats()
    assert sum(1 for f in images if f.isImageFormat()) == 2


def test_private_entries_only_when_asked_and_then_with_the_notice(
    qtbot: Any, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pid = build_secret_partnership(store)
    window = make_window(qtbot, store)
    window.show_partnership(pid)
    dialog = _open(qtbot, window)
    _choose(dialog, Format.HTML)
    _settle(qtbot, dialog)
    shown = dialog.ui.textView.toPlainText()
    for secret in SECRETS:
        assert secret not in shown
    dialog.ui.privateCheck.setChecked(True)
    _settle(qtbot, dialog)
    shown = dialog.ui.textView.toPlainText()
    assert NOTICE in shown and "SECRET-PRIVATE-ENTRY" in shown
    assert "not for sharing" in dialog.ui.privateHint.text()
    target = tmp_path / "archive.html"
    monkeypatch.setattr(exchange, "choose_save_file", lambda *args: target)
    with qtbot.waitSignal(dialog.finished, timeout=10000):
        dialog.save_button.click()
    assert "SECRET-PRIVATE-ENTRY" in target.read_text(encoding="utf-8")


def test_save_writes_the_pdf_previewed_and_says_where(
    qtbot: Any, window: MainWindow, sample_store: Store, tmp_path: Path, monkeypatch: Any
) -> None:
    window.show_partnership(find_partnership(sample_store, "Riverside Market Collective").id)
    dialog = _open(qtbot, window)
    dialog.ui.paperCombo.setCurrentIndex(dialog.ui.paperCombo.findData(Paper.LETTER.value))
    _settle(qtbot, dialog)
    asked: list[tuple[Path, str]] = []

    def choose(parent: QWidget, title: str, suggested: Path, filters: str) -> Path:
        asked.append((suggested, filters))
        return tmp_path / "for Northside"  # the extension is added

    monkeypatch.setattr(exchange, "choose_save_file", choose)
    with qtbot.waitSignal(dialog.finished, timeout=10000) as closed:
        dialog.save_button.click()
    assert closed.args == [QDialog.DialogCode.Accepted.value]
    suggested, filters = asked[0]
    assert suggested.name == f"Riverside Market Collective summary {TODAY.isoformat()}.pdf"
    assert "*.pdf" in filters
    target = tmp_path / "for Northside.pdf"
    reader = PdfReader(target)
    assert len(reader.pages) == dialog.ui.pagesView.page_count
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert "RiversideMarketCollective" in squeezed(pdf_text(target))
    assert str(target) in window.message_label.text()


def test_saving_markdown_writes_the_charts_beside_it(
    qtbot: Any, window: MainWindow, sample_store: Store, tmp_path: Path, monkeypatch: Any
) -> None:
    window.show_partnership(find_partnership(sample_store, "Flour Buying Co-op").id)
    dialog = _open(qtbot, window)
    _choose(dialog, Format.MARKDOWN)
    _settle(qtbot, dialog)
    monkeypatch.setattr(exchange, "choose_save_file", lambda *args: tmp_path / "co-op.md")
    with qtbot.waitSignal(dialog.finished, timeout=10000):
        dialog.save_button.click()
    assert (tmp_path / "co-op.md").exists()
    assert sorted(p.name for p in (tmp_path / "co-op_files").iterdir()) == [
        "integration.png",
        "snapshot.png",
    ]
    assert "co-op_files" in window.message_label.text()


def test_a_date_that_is_not_one_is_said_so_and_nothing_can_be_saved(
    qtbot: Any, window: MainWindow, sample_store: Store
) -> None:
    window.show_partnership(find_partnership(sample_store, "Flour Buying Co-op").id)
    dialog = _open(qtbot, window)
    ui = dialog.ui
    ui.sinceEdit.setText("the other day")
    ui.sinceEdit.editingFinished.emit()
    qtbot.waitUntil(lambda: not dialog._timer.isActive(), timeout=5000)
    assert ui.sinceMessage.isVisible() and "not a date" in ui.sinceMessage.text()
    assert not dialog.save_button.isEnabled()
    ui.sinceEdit.setText("2026-01-01")
    ui.sinceEdit.editingFinished.emit()
    _settle(qtbot, dialog)
    assert not ui.sinceMessage.isVisible() and dialog.save_button.isEnabled()
    headings = [b.text for b in dialog.document.blocks if isinstance(b, Heading)]
    assert "Contacts from 1 January 2026 to 23 November 2026" in headings


def test_a_file_that_cannot_be_written_is_explained_and_the_dialog_stays(
    qtbot: Any, window: MainWindow, sample_store: Store, tmp_path: Path, monkeypatch: Any
) -> None:
    window.show_partnership(find_partnership(sample_store, "Flour Buying Co-op").id)
    dialog = _open(qtbot, window)
    blocker = tmp_path / "a file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setattr(exchange, "choose_save_file", lambda *args: blocker / "s.pdf")
    boxes = answer_boxes(monkeypatch)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=10000)
    assert boxes.last.text == "The file could not be written."
    assert "could not be written" in boxes.last.informative
    assert dialog.isVisible()


def test_choosing_no_file_writes_nothing(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open(qtbot, window)
    written: list[object] = []
    monkeypatch.setattr(exchange, "choose_save_file", lambda *args: None)
    monkeypatch.setattr(dialog_module, "write_document", lambda *args, **kw: written.append(args))
    dialog.save_button.click()
    assert dialog.isVisible() and written == []
    assert "Saved" not in window.message_label.text()


def test_the_partnership_view_offers_the_summary(
    qtbot: Any, window: MainWindow, sample_store: Store
) -> None:
    window.show_partnership(find_partnership(sample_store, "Baking School Workshops").id)
    button = window.partnership_view.ui.summaryButton
    assert button.isVisible() and button.accessibleName()
    button.click()
    dialog = window.export_dialog
    qtbot.waitUntil(lambda: dialog.ready, timeout=10000)
    assert dialog.ui.partnershipCombo.currentText() == "Baking School Workshops"


class SlowLayout(PrintLayout):
    """A layout that records the thread it ran on and takes its time, as a long document's
    does."""

    threads: ClassVar[list[bool]] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        SlowLayout.threads.append(threading.current_thread() is threading.main_thread())
        time.sleep(1.0)
        super().__init__(*args, **kwargs)


def _laying_out(dialog: ExportDialog) -> bool:
    ui = dialog.ui
    return ui.previewStack.currentWidget() is ui.workingPage and "Laying out" in (
        ui.workingLabel.text()
    )


@pytest.fixture
def slow_layout(monkeypatch: pytest.MonkeyPatch) -> type[SlowLayout]:
    SlowLayout.threads = []
    monkeypatch.setattr(dialog_module, "PrintLayout", SlowLayout)
    return SlowLayout


def test_the_document_is_read_laid_out_and_written_off_the_window_thread(
    qtbot: Any,
    window: MainWindow,
    sample_store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    slow_layout: type[SlowLayout],
) -> None:
    from partnerdesk.exports import summary

    on_main: dict[str, bool] = {}
    read, write = summary.read_summary, dialog_module.write_document

    def reading(*args: Any, **kwargs: Any) -> Any:
        on_main["read"] = threading.current_thread() is threading.main_thread()
        return read(*args, **kwargs)

    def writing(*args: Any, **kwargs: Any) -> Any:
        on_main["write"] = threading.current_thread() is threading.main_thread()
        return write(*args, **kwargs)

    monkeypatch.setattr(summary, "read_summary", reading)
    monkeypatch.setattr(dialog_module, "write_document", writing)
    window.show_partnership(find_partnership(sample_store, "Riverside Market Collective").id)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.export_dialog
    # While the pages are laid out the window answers, says so, and nothing can be saved yet.
    qtbot.waitUntil(lambda: _laying_out(dialog), timeout=10000)
    assert dialog.ui.workingBar.isVisible()
    assert not dialog.save_button.isEnabled() and not dialog.ready
    qtbot.waitUntil(lambda: dialog.ready, timeout=10000)
    assert dialog.save_button.isEnabled()
    target = tmp_path / "summary.pdf"
    monkeypatch.setattr(exchange, "choose_save_file", lambda *args: target)
    with qtbot.waitSignal(dialog.finished, timeout=10000):
        dialog.save_button.click()
    assert on_main == {"read": False, "write": False}
    assert slow_layout.threads == [False]
    assert len(PdfReader(target).pages) == dialog.ui.pagesView.page_count


def test_a_change_while_the_pages_are_laid_out_is_what_the_preview_then_shows(
    qtbot: Any, window: MainWindow, slow_layout: type[SlowLayout]
) -> None:
    window.show_place(Place.JOURNAL)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.export_dialog
    ui = dialog.ui
    qtbot.waitUntil(lambda: _laying_out(dialog), timeout=10000)
    letter = ui.paperCombo.findData(Paper.LETTER.value)
    a4 = ui.paperCombo.findData(Paper.A4.value)
    ui.paperCombo.setCurrentIndex(letter if ui.paperCombo.currentIndex() == a4 else a4)
    chosen = Paper(ui.paperCombo.currentData())
    dialog.refresh()  # at once, not after the pause for typing
    _settle(qtbot, dialog)
    assert dialog.pages is not None and dialog.pages.paper is chosen
    assert chosen.label in ui.previewInfo.text()


def test_closing_while_the_pages_are_laid_out_stops_the_work(
    qtbot: Any, window: MainWindow, slow_layout: type[SlowLayout]
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.export_dialog
    qtbot.waitUntil(lambda: _laying_out(dialog), timeout=10000)
    task = dialog._task
    assert task is not None and task.isRunning()
    ended: list[bool] = []
    task.finished.connect(lambda: ended.append(True))
    dialog.reject()
    # Closed at once, not after the work: the work is told to stop, and ends on its own.
    assert not dialog.isVisible() and task.isRunning() and task.is_cancelling()
    qtbot.waitUntil(lambda: bool(ended), timeout=10000)
    assert dialog.pages is None


def test_a_database_that_cannot_be_read_is_said_in_the_preview_and_nothing_saved(
    qtbot: Any, window: MainWindow, sample_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from partnerdesk.exports import summary

    def damaged(*args: Any, **kwargs: Any) -> Any:
        raise DamagedDatabaseError(
            sample_store.path or Path("shop.partnerdesk"),
            "Part of the database is damaged and cannot be read (disk I/O error).",
            "Restore a backup.",
        )

    monkeypatch.setattr(summary, "read_summary", damaged)
    window.show_partnership(find_partnership(sample_store, "Flour Buying Co-op").id)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.export_dialog
    ui = dialog.ui
    qtbot.waitUntil(lambda: "damaged" in ui.workingLabel.text(), timeout=10000)
    assert ui.previewStack.currentWidget() is ui.workingPage and not ui.workingBar.isVisible()
    assert not dialog.save_button.isEnabled() and dialog.document is None


def test_every_control_has_an_accessible_name(qtbot: Any, window: MainWindow) -> None:
    dialog = _open(qtbot, window)
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, QAbstractButton | QComboBox | QLineEdit) and widget.objectName():
            if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox):
                continue
            if widget.objectName().startswith("qt_"):
                continue
            assert widget.accessibleName() or widget.text(), widget.objectName()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Flour & Friends | Pool summary 2026-11-23", "Flour & Friends Pool summary 2026-11-23"),
        ("a/b\\c: d?*", "a b c d"),
        ("...", "PartnerDesk"),
    ],
)
def test_file_names_are_safe_everywhere(text: str, expected: str) -> None:
    assert file_name(text) == expected
