"""The portfolio lists the partnerships of the open database, as the database holds them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from partnerdesk.domain.portfolio import portfolio
from partnerdesk.gui.main_window import MainWindow
from partnerdesk.gui.portfolio_model import ID_ROLE, PortfolioModel
from partnerdesk.gui.sidebar import COUNT_ROLE, REASON_ROLE, Place
from partnerdesk.store.connection import Store
from tests.conftest import TODAY


def _column(window: MainWindow, column: int) -> list[str]:
    model = window.portfolio_page.ui.table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_lists_each_partnership_with_kind_stage_members_and_strength(
    window: MainWindow, sample_store: Store
) -> None:
    expected = sample_store.query("SELECT id, name, kind, stage FROM partnerships ORDER BY name")
    assert window.current_page() is window.portfolio_page
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
        levels = ("strategic", "tactical", "operational", "interpersonal", "cultural")
        rated = [latest[k] for k in levels if latest[k] is not None]
        assert shown_strength.split()[0] == f"{sum(rated) / len(rated):.1f}"


def test_status_bar_and_title_name_the_file(window: MainWindow, sample_store: Store) -> None:
    summary = window.summary_label.text()
    assert "6 partnerships" in summary
    entries = sample_store.scalar("SELECT count(*) FROM contact_logs")
    assert f"{entries} journal entries" in summary
    assert str(sample_store.path) in summary
    assert window.windowTitle().startswith(sample_store.path.name)


def test_sidebar_counts_and_attention_with_reasons(window: MainWindow, sample_store: Store) -> None:
    places = window.places
    assert places.index(Place.PORTFOLIO).data(COUNT_ROLE) == "6"
    people = sample_store.scalar("SELECT count(*) FROM people")
    assert places.index(Place.PEOPLE).data(COUNT_ROLE) == str(people)
    due = sample_store.scalar(
        "SELECT count(*) FROM contact_logs WHERE follow_up_on <= ? AND follow_up_done = 0 "
        "AND follow_up_on IS NOT NULL",
        [TODAY.isoformat()],
    )
    assert places.index(Place.FOLLOW_UPS).data(COUNT_ROLE) == str(due)
    attention = window.attention
    names = [attention.index(r).data() for r in range(attention.rowCount())]
    assert "Bean There Wholesale" in names
    assert len(names) == len(set(names)), "each partnership is listed once"
    reasons = attention.index(names.index("Bean There Wholesale")).data(REASON_ROLE)
    assert "Leaders haven't met for" in reasons


def test_clicking_an_attention_item_opens_its_partnership(qtbot, window: MainWindow) -> None:
    view = window.ui.attentionView
    index = window.attention.index(0)
    name = index.data()
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page() is window.partnership_view
    assert window.partnership_view.ui.nameTitle.text() == name


def test_typing_in_the_filter_narrows_the_list(qtbot, window: MainWindow) -> None:
    qtbot.keyClicks(window.portfolio_page.ui.filterEdit, "oakmill")
    assert _column(window, PortfolioModel.NAME) == ["Heritage Grain Programme"]
    window.portfolio_page.ui.filterEdit.clear()
    assert len(_column(window, PortfolioModel.NAME)) == 6


def test_kind_and_stage_filters(window: MainWindow, sample_store: Store) -> None:
    ui = window.portfolio_page.ui
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findText("Consortium"))
    consortia = [
        r["name"]
        for r in sample_store.query(
            "SELECT name FROM partnerships WHERE kind = 'consortium' ORDER BY name"
        )
    ]
    assert _column(window, PortfolioModel.NAME) == consortia
    ui.stageCombo.setCurrentIndex(ui.stageCombo.findText("Dormant"))
    assert _column(window, PortfolioModel.NAME) == ["Compostable Packaging Pool"]
    ui.stageCombo.setCurrentIndex(ui.stageCombo.findText("Active"))
    assert "Compostable Packaging Pool" not in _column(window, PortfolioModel.NAME)
    ui.kindCombo.setCurrentIndex(0)
    ui.stageCombo.setCurrentIndex(1)  # live
    assert "Compostable Packaging Pool" not in _column(window, PortfolioModel.NAME)
    assert len(_column(window, PortfolioModel.NAME)) == 5


def test_sorting_by_strength_puts_the_strongest_first(
    window: MainWindow, sample_store: Store
) -> None:
    table = window.portfolio_page.ui.table
    table.sortByColumn(PortfolioModel.STRENGTH, Qt.SortOrder.DescendingOrder)
    model = table.model()
    shown = [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())]
    rows = portfolio(sample_store, TODAY)
    by_strength = sorted(rows, key=lambda r: r.strength.overall if r.strength else -1, reverse=True)
    assert shown == [r.partnership_id for r in by_strength]


def test_drifting_partnership_is_marked(window: MainWindow) -> None:
    names = _column(window, PortfolioModel.NAME)
    leaders = _column(window, PortfolioModel.LEADERS)
    assert leaders[names.index("Bean There Wholesale")].startswith("⚠")
    assert not leaders[names.index("Heritage Grain Programme")].startswith("⚠")


def test_enter_on_a_row_opens_the_partnership_and_back_returns(qtbot, window: MainWindow) -> None:
    table = window.portfolio_page.ui.table
    qtbot.keyClicks(window.portfolio_page.ui.filterEdit, "flour")
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.current_page() is window.partnership_view
    assert window.partnership_view.ui.nameTitle.text() == "Flour Buying Co-op"
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_page() is window.portfolio_page
    assert window.portfolio_page.ui.filterEdit.text() == "flour", "the filter is kept"
