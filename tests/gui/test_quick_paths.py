"""What the window keeps or does differently to stay quick on a decade of data stays true.

Each shortcut here (a list read once and kept, rows sorted by keys computed once, a count not
made again while scrolling) gives exactly what the plain way gives, before and after changes.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QApplication

from partnerdesk.domain.journal import log_contact
from partnerdesk.domain.organisations import create_organisation
from partnerdesk.domain.overview import people_summaries
from partnerdesk.domain.partnerships import create_partnership, list_partnerships
from partnerdesk.gui.events import Topic, events
from partnerdesk.gui.journal_model import PAGE_SIZE
from partnerdesk.gui.main_window import MainWindow
from partnerdesk.gui.portfolio_model import ID_ROLE, PortfolioModel
from partnerdesk.gui.sidebar import Place
from partnerdesk.gui.table_model import SORT_ROLE
from partnerdesk.gui.workspace import Workspace
from partnerdesk.store.connection import Store, open_memory_store
from tests.conftest import TODAY
from tests.gui.conftest import fill_journal, make_window

# --- the portfolio's order --------------------------------------------------------------


def _shown_ids(window: MainWindow) -> list[int]:
    model = window.portfolio_page.ui.table.model()
    return [model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())]


def _as_qt_sorts(window: MainWindow, column: int, order: Qt.SortOrder) -> list[int]:
    """The order Qt's own sorting proxy gives the same rows, from their sort keys."""
    reference = QSortFilterProxyModel()
    reference.setSortRole(SORT_ROLE)
    fresh = PortfolioModel()
    fresh.set_rows(window.portfolio_page.rows, TODAY)
    reference.setSourceModel(fresh)
    reference.sort(column, order)
    return [reference.index(row, 0).data(ID_ROLE) for row in range(reference.rowCount())]


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_every_column_sorts_as_qt_would(window: MainWindow, order: Qt.SortOrder) -> None:
    table = window.portfolio_page.ui.table
    for column in range(PortfolioModel.COLUMN_COUNT):
        table.sortByColumn(column, order)
        assert _shown_ids(window) == _as_qt_sorts(window, column, order), column


def test_sorting_keeps_the_selection_and_the_filter(qtbot, window: MainWindow) -> None:
    page = window.portfolio_page
    table = page.ui.table
    qtbot.keyClicks(page.ui.filterEdit, "ba")
    kept = set(_shown_ids(window))
    assert 1 < len(kept) < len(page.rows)
    table.selectRow(1)
    chosen = page.selected_partnership()
    table.sortByColumn(PortfolioModel.LAST_CONTACT, Qt.SortOrder.DescendingOrder)
    assert set(_shown_ids(window)) == kept
    assert page.selected_partnership() == chosen
    assert _shown_ids(window) == [
        pid
        for pid in _as_qt_sorts(window, PortfolioModel.LAST_CONTACT, Qt.SortOrder.DescendingOrder)
        if pid in kept
    ]


def test_the_order_chosen_holds_when_the_portfolio_is_read_again(
    window: MainWindow, sample_store: Store
) -> None:
    table = window.portfolio_page.ui.table
    table.sortByColumn(PortfolioModel.STRENGTH, Qt.SortOrder.DescendingOrder)
    create_partnership(sample_store, "Aardvark Test Partnership", "consortium")
    events.announce({Topic.PARTNERSHIPS})
    shown = _shown_ids(window)
    assert len(shown) == len(list_partnerships(sample_store))
    assert shown == _as_qt_sorts(window, PortfolioModel.STRENGTH, Qt.SortOrder.DescendingOrder)


# --- lists read once and kept -----------------------------------------------------------


def test_a_list_is_read_again_only_after_a_change_to_what_it_shows(
    qapp, sample_store: Store
) -> None:
    workspace = Workspace(sample_store, today=lambda: TODAY)
    try:
        people = workspace.people()
        assert people == people_summaries(sample_store)
        events.announce({Topic.JOURNAL, Topic.FOLLOW_UPS})
        assert workspace.people() is people, "a journal entry changes nobody"
        organisation = create_organisation(sample_store, "Zebra Mills")
        events.announce({Topic.ORGANISATIONS})
        again = workspace.people()
        assert again is not people
        assert again == people_summaries(sample_store)
        assert organisation.id in {o.id for o in workspace.organisations()}
        assert workspace.partnerships() == list_partnerships(sample_store)
        partnerships = workspace.partnerships()
        events.announce({Topic.DATABASE})
        assert workspace.partnerships() is not partnerships, "F5 reads everything again"
    finally:
        workspace.detach()


def test_another_database_is_read_afresh(qapp, sample_store: Store) -> None:
    workspace = Workspace(sample_store, today=lambda: TODAY)
    try:
        assert workspace.partnerships()
        workspace.replace_store(open_memory_store())
        assert workspace.partnerships() == []
    finally:
        workspace.detach()


def test_the_quick_log_offers_a_partnership_made_since_it_was_last_opened(
    qtbot, window: MainWindow, sample_store: Store, monkeypatch
) -> None:
    from partnerdesk.gui.quick_log import QuickLogDialog

    def open_log() -> QuickLogDialog:
        window.log_contact()
        dialog = window.quick_log
        assert isinstance(dialog, QuickLogDialog)
        return dialog

    first = open_log()
    texts = {first.ui.withCombo.itemText(i) for i in range(first.ui.withCombo.count())}
    assert "Brand New Bakery Venture" not in texts
    first.reject()
    create_partnership(sample_store, "Brand New Bakery Venture", "joint_venture")
    events.announce({Topic.PARTNERSHIPS})
    second = open_log()
    texts = {second.ui.withCombo.itemText(i) for i in range(second.ui.withCombo.count())}
    assert "Brand New Bakery Venture" in texts
    second.reject()


def test_the_journal_names_a_new_partnership_among_its_choices(
    window: MainWindow, sample_store: Store
) -> None:
    window.show_place(Place.JOURNAL)
    combo = window.journal_page.ui.partnershipCombo
    before = combo.count()
    partnership = list_partnerships(sample_store)[0]
    log_contact(sample_store, occurred_on=TODAY, summary="A call", partnership_id=partnership.id)
    events.announce({Topic.JOURNAL})
    assert combo.count() == before
    assert window.journal_page.model.entry_at(0).entry.summary == "A call"
    create_partnership(sample_store, "Brand New Bakery Venture", "joint_venture")
    events.announce({Topic.PARTNERSHIPS})
    assert combo.findText("Brand New Bakery Venture") >= 0


# --- the journal's count ----------------------------------------------------------------


def test_the_journal_is_counted_once_per_reading_not_per_page(
    qtbot, store: Store, monkeypatch
) -> None:
    fill_journal(store, PAGE_SIZE * 2 + 5)
    window = make_window(qtbot, store)
    window.show_place(Place.JOURNAL)
    page = window.journal_page
    counted: list[object] = []
    import partnerdesk.gui.journal_page as journal_page

    real = journal_page.journal_count

    def counting(*args: object) -> int:
        counted.append(args)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(journal_page, "journal_count", counting)
    page.refresh()
    assert len(counted) == 1
    assert page.ui.countLabel.text() == f"{PAGE_SIZE * 2 + 5} entries"
    page.model.fetchMore()
    assert page.model.rowCount() == PAGE_SIZE * 2
    assert len(counted) == 1, "a page read while scrolling is not counted again"
    assert page.ui.countLabel.text() == f"{PAGE_SIZE * 2 + 5} entries"
    partnership = list_partnerships(store)[0]
    log_contact(store, occurred_on=TODAY, summary="One more", partnership_id=partnership.id)
    events.announce({Topic.JOURNAL})
    assert len(counted) == 2, "a change is counted again"
    assert page.ui.countLabel.text() == f"{PAGE_SIZE * 2 + 6} entries"
    page.model.fetchMore()
    page.model.fetchMore()
    assert page.ui.countLabel.text() == f"{PAGE_SIZE * 2 + 6} entries"


# --- what needs attention ---------------------------------------------------------------


def test_what_needs_attention_follows_a_change_once_it_is_drawn(
    qtbot, window: MainWindow, sample_store: Store
) -> None:
    def names() -> list[str]:
        return [window.attention.index(r).data() for r in range(window.attention.rowCount())]

    assert "Bean There Wholesale" in names()
    sample_store.conn.execute("DELETE FROM partnerships WHERE name = 'Bean There Wholesale'")
    events.announce({Topic.PARTNERSHIPS})
    # The counts at once; the list read from the whole portfolio at the next turn of the loop.
    assert window.summary_label.text().startswith("5 partnerships")
    qtbot.waitUntil(lambda: "Bean There Wholesale" not in names())
    QApplication.processEvents()


# --- the journal's rows -----------------------------------------------------------------


def test_an_entry_kept_by_the_journal_model_comes_back_as_it_was_read(qapp, generated_path) -> None:
    import gc

    from partnerdesk.domain.journal import JournalFilter, journal
    from partnerdesk.gui.journal_model import JournalModel, pack, unpack
    from partnerdesk.store.connection import open_store

    with open_store(generated_path, readonly=True) as decade:
        for wanted in (JournalFilter(), JournalFilter(text="price"), JournalFilter(private=True)):
            page = journal(decade, wanted, limit=PAGE_SIZE)
            assert page
            assert [unpack(pack(item)) for item in page] == page
            model = JournalModel()
            model.load(decade, wanted, TODAY)
            assert [model.entry_at(row) for row in range(model.rowCount())] == page
            assert model.row_of(page[-1].entry.id) == len(page) - 1
        # What the model keeps is left alone by the garbage collector once it has seen it
        # (a row whose parts were seen in an older generation is let go at the next pass).
        gc.collect()
        gc.collect()
        assert not any(gc.is_tracked(row) for row in model._entries)
