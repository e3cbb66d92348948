"""The main window lists the partnerships of the open database, as the database holds them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from partnerdesk import paths
from partnerdesk.domain.portfolio import portfolio
from partnerdesk.gui.main_window import MainWindow
from partnerdesk.gui.portfolio_model import ID_ROLE, PortfolioModel
from partnerdesk.store.connection import Store, open_store
from tests.conftest import TODAY


@pytest.fixture
def window(qtbot, sample_store: Store) -> MainWindow:
    shown = MainWindow(sample_store, today=lambda: TODAY)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _column(window: MainWindow, column: int) -> list[str]:
    view = window.ui.portfolioView
    model = view.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_window_lists_each_partnership_with_kind_stage_members_and_strength(
    window: MainWindow, sample_store: Store
) -> None:
    expected = sample_store.query(
        """SELECT p.id, p.name, p.kind, p.stage FROM partnerships p ORDER BY p.name"""
    )
    assert _column(window, PortfolioModel.NAME) == [row["name"] for row in expected]
    kinds = {
        "consortium": "Consortium",
        "joint_venture": "Joint venture",
        "value_chain": "Value chain",
    }
    assert _column(window, PortfolioModel.KIND) == [kinds[row["kind"]] for row in expected]
    assert _column(window, PortfolioModel.STAGE) == [row["stage"].capitalize() for row in expected]
    members = _column(window, PortfolioModel.MEMBERS)
    strengths = _column(window, PortfolioModel.STRENGTH)
    for row, shown_members, shown_strength in zip(expected, members, strengths, strict=True):
        partners = sample_store.query(
            "SELECT o.name FROM partnership_members m JOIN organisations o "
            "ON o.id = m.organisation_id WHERE m.partnership_id = ? AND o.is_self = 0 "
            "AND (m.left_on IS NULL OR m.left_on > ?) ORDER BY o.name",
            [row["id"], TODAY.isoformat()],
        )
        assert shown_members == ", ".join(p["name"] for p in partners)
        latest = sample_store.query_one(
            "SELECT * FROM assessments WHERE partnership_id = ? AND assessed_on <= ? "
            "ORDER BY assessed_on DESC, id DESC",
            [row["id"], TODAY.isoformat()],
        )
        assert latest is not None
        rated = [
            latest[k]
            for k in ("strategic", "tactical", "operational", "interpersonal", "cultural")
            if latest[k] is not None
        ]
        assert shown_strength.split()[0] == f"{sum(rated) / len(rated):.1f}"


def test_status_bar_names_the_file_and_counts(window: MainWindow, sample_store: Store) -> None:
    message = window.statusBar().currentMessage()
    assert "6 partnerships" in message
    entries = sample_store.scalar("SELECT count(*) FROM contact_logs")
    assert f"{entries} journal entries" in message
    assert str(sample_store.path) in message
    assert window.windowTitle() == f"PartnerDesk — {sample_store.path.name}"


def test_typing_in_the_filter_narrows_the_list(qtbot, window: MainWindow) -> None:
    qtbot.keyClicks(window.ui.filterEdit, "oakmill")
    assert _column(window, PortfolioModel.NAME) == ["Heritage Grain Programme"]
    window.ui.filterEdit.clear()
    assert len(_column(window, PortfolioModel.NAME)) == 6


def test_sorting_by_strength_puts_the_strongest_first(
    window: MainWindow, sample_store: Store
) -> None:
    window.ui.portfolioView.sortByColumn(PortfolioModel.STRENGTH, Qt.SortOrder.DescendingOrder)
    model = window.ui.portfolioView.model()
    shown = [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())]
    rows = portfolio(sample_store, TODAY)
    by_strength = sorted(rows, key=lambda r: r.strength.overall if r.strength else -1, reverse=True)
    assert shown == [r.partnership_id for r in by_strength]


def test_drifting_partnership_is_marked(window: MainWindow) -> None:
    names = _column(window, PortfolioModel.NAME)
    leaders = _column(window, PortfolioModel.LEADERS)
    assert leaders[names.index("Bean There Wholesale")].startswith("⚠")
    assert not leaders[names.index("Heritage Grain Programme")].startswith("⚠")


def test_empty_database_offers_the_sample_in_a_file_of_its_own(
    qtbot, store: Store, db_path
) -> None:
    empty = MainWindow(store, today=lambda: TODAY)
    qtbot.addWidget(empty)
    assert empty.ui.portfolioStack.currentWidget() is empty.ui.emptyPage
    empty.show()
    qtbot.waitExposed(empty)
    text = empty.ui.emptyText
    assert text.height() >= text.heightForWidth(text.width()), "the explanation is clipped"
    qtbot.mouseClick(empty.ui.sampleButton, Qt.MouseButton.LeftButton)
    assert empty.ui.portfolioStack.currentWidget() is empty.ui.portfolioView
    assert empty.store.path == paths.sample_database()
    assert len(_column(empty, PortfolioModel.NAME)) == 6
    assert "sample.partnerdesk" in empty.windowTitle()
    # the user's own database stays empty
    with open_store(db_path, readonly=True) as own:
        assert own.scalar("SELECT count(*) FROM partnerships") == 0
