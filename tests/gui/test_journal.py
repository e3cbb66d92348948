"""The journal: lazy pages, search with highlighted matches, filters, edit and delete with undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from partnerdesk.domain.journal import JournalFilter
from partnerdesk.domain.organisations import create_organisation
from partnerdesk.gui.journal_model import PAGE_SIZE, JournalModel, marked_html
from partnerdesk.gui.main_window import MainWindow
from partnerdesk.gui.quick_log import QuickLogDialog
from partnerdesk.gui.sidebar import Place
from partnerdesk.store.connection import Store
from tests.conftest import TODAY
from tests.gui.conftest import fill_journal, make_window


def test_model_reads_a_page_at_a_time(qapp, store: Store) -> None:
    fill_journal(store, PAGE_SIZE * 2 + 5)
    model = JournalModel()
    model.load(store, JournalFilter(), TODAY)
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == PAGE_SIZE * 2
    model.fetchMore()
    assert model.rowCount() == PAGE_SIZE * 2 + 5
    assert not model.canFetchMore()
    summaries = [model.entry_at(r).entry.summary for r in range(model.rowCount())]
    expected = [
        row["summary"]
        for row in store.query(
            "SELECT summary FROM contact_logs ORDER BY occurred_on DESC, id DESC"
        )
    ]
    assert summaries == expected, "newest first, nothing twice, nothing missed"


def test_scrolling_the_view_fetches_more(qtbot, store: Store) -> None:
    fill_journal(store, PAGE_SIZE + 50)
    window = make_window(qtbot, store)
    window.show_place(Place.JOURNAL)
    table = window.journal_page.ui.table
    assert table.journal_model.rowCount() == PAGE_SIZE
    assert window.journal_page.ui.countLabel.text() == f"{PAGE_SIZE + 50} entries"
    table.scrollToBottom()
    QApplication.processEvents()
    qtbot.waitUntil(lambda: table.journal_model.rowCount() == PAGE_SIZE + 50)


def test_search_highlights_and_shows_the_entry(qtbot, window: MainWindow, sample_store) -> None:
    window.show_place(Place.JOURNAL)
    page = window.journal_page
    qtbot.keyClicks(page.ui.searchEdit, "heritage whea")
    model = page.ui.table.journal_model
    expected = sample_store.scalar(
        'SELECT count(*) FROM contact_logs_fts WHERE contact_logs_fts MATCH \'"heritage" "whea"*\''
    )
    assert model.rowCount() == expected > 0
    assert page.ui.countLabel.text() == f"{expected} found"
    page.ui.table.selectRow(0)
    shown = page.ui.entryView.toHtml()
    assert "background-color:#fff0a8" in shown.replace(" ", "")
    assert "wheat" in page.ui.entryView.toPlainText()
    page.clear_filters()
    assert model.rowCount() == min(
        sample_store.scalar("SELECT count(*) FROM contact_logs"), PAGE_SIZE
    )


def test_user_text_is_escaped_in_the_highlight(qapp) -> None:
    html = marked_html("<b>\x02rye\x03</b> & co", None)
    assert "&lt;b&gt;" in html and "&amp; co" in html
    assert "<b>" not in html


def test_filters_by_partnership_channel_level_and_privacy(
    qtbot, window: MainWindow, sample_store: Store
) -> None:
    window.show_place(Place.JOURNAL)
    ui = window.journal_page.ui
    model = ui.table.journal_model
    ui.partnershipCombo.setCurrentIndex(ui.partnershipCombo.findText("Bean There Wholesale"))
    bean = sample_store.scalar(
        "SELECT count(*) FROM contact_logs cl JOIN partnerships p ON p.id = cl.partnership_id "
        "WHERE p.name = 'Bean There Wholesale'"
    )
    assert model.rowCount() == bean
    ui.channelCombo.setCurrentIndex(ui.channelCombo.findText("Email"))
    ui.levelCombo.setCurrentIndex(ui.levelCombo.findText("Strategic"))
    ui.privateCombo.setCurrentIndex(ui.privateCombo.findText("Shared only"))
    expected = sample_store.scalar(
        "SELECT count(*) FROM contact_logs cl JOIN partnerships p ON p.id = cl.partnership_id "
        "WHERE p.name = 'Bean There Wholesale' AND cl.channel = 'email' AND cl.private = 0 "
        "AND EXISTS (SELECT 1 FROM contact_log_levels l WHERE l.contact_log_id = cl.id "
        "AND l.level = 'strategic')"
    )
    assert model.rowCount() == expected
    for row in range(model.rowCount()):
        item = model.entry_at(row)
        assert item.partnership_name == "Bean There Wholesale"
        assert not item.entry.private


def test_delete_shows_undo_and_undo_brings_it_back(qtbot, window: MainWindow, sample_store) -> None:
    window.show_place(Place.JOURNAL)
    page = window.journal_page
    page.ui.table.selectRow(0)
    entry = page.ui.table.selected_entry().entry
    before = sample_store.scalar("SELECT count(*) FROM contact_logs")
    qtbot.mouseClick(page.ui.deleteButton, Qt.MouseButton.LeftButton)
    assert sample_store.scalar("SELECT count(*) FROM contact_logs") == before - 1
    assert window.undo_hint.isVisible()
    assert "Deleted the entry" in window.message_label.text()
    qtbot.mouseClick(window.undo_hint, Qt.MouseButton.LeftButton)
    assert sample_store.scalar("SELECT summary FROM contact_logs WHERE id = ?", [entry.id]) == (
        entry.summary
    )


def test_editing_an_entry_changes_it_undoably(qtbot, window: MainWindow, sample_store) -> None:
    window.show_place(Place.JOURNAL)
    page = window.journal_page
    page.ui.table.selectRow(0)
    entry = page.ui.table.selected_entry().entry
    qtbot.mouseClick(page.ui.editButton, Qt.MouseButton.LeftButton)
    dialog = next(d for d in window.findChildren(QuickLogDialog) if d.isVisible())
    assert dialog.windowTitle() == "Edit Journal Entry"
    assert dialog.ui.summaryEdit.text() == entry.summary
    dialog.ui.summaryEdit.setText("Corrected summary")
    dialog.level_boxes[next(iter(dialog.level_boxes))].setChecked(True)
    dialog.save()
    assert sample_store.scalar("SELECT summary FROM contact_logs WHERE id = ?", [entry.id]) == (
        "Corrected summary"
    )
    assert "strategic" in {
        r["level"]
        for r in sample_store.query(
            "SELECT level FROM contact_log_levels WHERE contact_log_id = ?", [entry.id]
        )
    }
    window.workspace.undo_stack.undo()
    assert sample_store.scalar("SELECT summary FROM contact_logs WHERE id = ?", [entry.id]) == (
        entry.summary
    )
    levels = {
        r["level"]
        for r in sample_store.query(
            "SELECT level FROM contact_log_levels WHERE contact_log_id = ?", [entry.id]
        )
    }
    assert levels == {level.value for level in entry.levels}


def test_empty_journal_teaches(qtbot, store: Store) -> None:
    create_organisation(store, "Oakmill Flour")
    window = make_window(qtbot, store)
    window.show_place(Place.JOURNAL)
    ui = window.journal_page.ui
    assert ui.stack.currentWidget() is ui.emptyLabel
    assert "Ctrl+L" in ui.emptyLabel.text()
