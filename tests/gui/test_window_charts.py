"""The charts in the window: a partnership's Integration tab and the portfolio charts."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt

from partnerdesk.domain import partnerships
from partnerdesk.domain.sample import build_sample_portfolio
from partnerdesk.domain.vocabulary import Level
from partnerdesk.gui.assessment_editor import AssessmentEditor
from partnerdesk.gui.main_window import MainWindow
from partnerdesk.store.connection import Store, open_store
from tests.conftest import TODAY


def test_integration_tab_draws_the_partnership_shown(qtbot, window: MainWindow) -> None:
    heritage = partnerships.find_partnership(window.store, "Heritage Grain Programme")
    window.show_partnership(heritage.id)
    tabs = window.partnership_view.ui.tabs
    assert tabs.tabText(2) == "&Integration"
    tabs.setCurrentIndex(2)
    panel = window.integration_panel
    assert panel.partnership_id == heritage.id
    # what is drawn comes from this partnership's assessments (each score holds until the
    # next one, so every other point is an assessment; lines sit a hair apart)
    strategic = panel.integration_chart.curves[Level.STRATEGIC].getData()[1]
    rated = [
        row["strategic"]
        for row in window.store.query(
            "SELECT strategic FROM assessments WHERE partnership_id = ? ORDER BY assessed_on, id",
            [heritage.id],
        )
    ]
    assert np.allclose(strategic[0::2], rated, atol=0.12)


def test_new_assessment_from_the_menu_opens_the_editor_on_the_integration_tab(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    opened: list[AssessmentEditor] = []
    monkeypatch.setattr(AssessmentEditor, "open", lambda editor: opened.append(editor))
    bean = partnerships.find_partnership(window.store, "Bean There Wholesale")
    window.show_partnership(bean.id)
    window.ui.actionNewAssessment.trigger()
    assert window.partnership_view.ui.tabs.currentWidget() is window.integration_panel
    assert len(opened) == 1 and opened[0].partnership_id == bean.id


def test_portfolio_charts_replace_the_table_and_open_a_partnership(
    qtbot, window: MainWindow
) -> None:
    page = window.portfolio_page
    qtbot.mouseClick(page.ui.chartsButton, Qt.MouseButton.LeftButton)
    assert page.ui.stack.currentWidget() is page.charts
    assert not page.ui.filterEdit.isVisible()
    coop = partnerships.find_partnership(window.store, "Flour Buying Co-op")
    page.charts.partnership_activated.emit(coop.id)
    assert window.current_page() is window.partnership_view
    assert window.partnership_view.partnership_id == coop.id
    window.go_back()
    assert page.showing_charts()
    window.ui.actionFind.trigger()  # searching goes back to the list
    assert page.ui.stack.currentWidget() is page.ui.table


def test_charts_follow_the_window_to_another_database(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    other = tmp_path / "other.partnerdesk"
    with open_store(other) as made:
        build_sample_portfolio(made, TODAY)
    assert window.open_database(other)
    store: Store = window.store
    assert window.integration_panel.store is store
    assert window.portfolio_page.charts.store is store
    window.workspace.store.close()
