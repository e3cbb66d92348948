"""The Integration panel of a partnership and the portfolio charts panel, against the database."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QUndoStack

from partnerdesk.domain import journal as jr
from partnerdesk.domain import partnerships as ps
from partnerdesk.domain.assessments import add_assessment, assessments
from partnerdesk.domain.partnerships import find_partnership
from partnerdesk.domain.vocabulary import Kind, Level, Stage
from partnerdesk.gui import settings
from partnerdesk.gui.assessment_list import AssessmentModel
from partnerdesk.gui.charts.panels import IntegrationPanel, PortfolioChartsPanel
from partnerdesk.gui.events import Topic, events
from partnerdesk.store.connection import Store
from tests.conftest import TODAY


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


def _panel(qtbot, store: Store, stack: QUndoStack) -> IntegrationPanel:  # type: ignore[no-untyped-def]
    panel = IntegrationPanel(store, stack, today=lambda: TODAY)
    qtbot.addWidget(panel)
    panel.resize(QSize(1280, 800))
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_a_partnership_shows_its_charts_and_assessments(
    qtbot, sample_store: Store, stack: QUndoStack
) -> None:
    panel = _panel(qtbot, sample_store, stack)
    assert panel.stack.currentWidget() is panel.nothing
    assert not panel.new_assessment_action.isEnabled()
    bean = find_partnership(sample_store, "Bean There Wholesale")
    panel.show_partnership(bean.id)
    history = assessments(sample_store, bean.id)
    assert panel.model.rowCount() == len(history)
    # newest first, with the change since the one before
    assert panel.model.assessment_at(0) == history[-1]
    overall = panel.model.index(0, AssessmentModel.OVERALL).data()
    assert overall.startswith("2.4") and "▼ 1.0" in overall
    assert panel.integration_chart.data.partnership_id == bean.id
    assert panel.activity_chart.data.period == panel.integration_chart.data.period
    assert panel.radar_chart.data.shown == history[-1]
    assert panel.radar_chart.data.compared == history[-2]
    assert panel.observed_chart.data.disagreements
    assert not panel.reminder.isVisible()
    # the two charts over time share their dates: zooming one zooms the other
    panel.integration_chart.main_plot.setXRange(1.75e9, 1.76e9, padding=0)
    low, high = panel.activity_chart.main_plot.vb.viewRange()[0]
    assert low == pytest.approx(1.75e9, rel=1e-4) and high == pytest.approx(1.76e9, rel=1e-4)


def test_choosing_an_assessment_shows_it_in_the_snapshot(
    qtbot, sample_store: Store, stack: QUndoStack
) -> None:
    panel = _panel(qtbot, sample_store, stack)
    coop = find_partnership(sample_store, "Flour Buying Co-op")
    panel.show_partnership(coop.id)
    history = assessments(sample_store, coop.id)
    panel.table.selectRow(3)
    assert panel.radar_chart.data.shown == history[-4]
    assert panel.radar_chart.data.compared == history[-5]
    first = panel.compare_box.findData(history[0].id)
    panel.compare_box.setCurrentIndex(first)
    assert panel.radar_chart.data.compared == history[0]


def test_new_assessment_from_the_panel_is_saved_and_drawn(
    qtbot, sample_store: Store, stack: QUndoStack
) -> None:
    panel = _panel(qtbot, sample_store, stack)
    heritage = find_partnership(sample_store, "Heritage Grain Programme")
    panel.show_partnership(heritage.id)
    before = len(panel.integration_chart.data.points)
    editor = panel.new_assessment()
    assert editor is not None and editor.isVisible()
    assert editor.rows[Level.STRATEGIC].previous.text() == "was 5"
    editor.copy_previous()
    editor.rows[Level.CULTURAL].selector.set_value(5)
    qtbot.keyClick(editor.rows[Level.CULTURAL].selector, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(panel.integration_chart.data.points) == before + 1, timeout=2000)
    saved = assessments(sample_store, heritage.id)[-1]
    assert saved.assessed_on == TODAY and saved.cultural == 5 and saved.strategic == 5
    assert panel.model.assessment_at(0) == saved
    assert panel.radar_chart.data.shown == saved
    stack.undo()
    qtbot.waitUntil(lambda: len(panel.integration_chart.data.points) == before, timeout=2000)
    assert saved not in assessments(sample_store, heritage.id)


def test_delete_with_the_key_and_undo_from_the_hint(
    qtbot, sample_store: Store, stack: QUndoStack
) -> None:
    panel = _panel(qtbot, sample_store, stack)
    bean = find_partnership(sample_store, "Bean There Wholesale")
    panel.show_partnership(bean.id)
    latest = assessments(sample_store, bean.id)[-1]
    panel.table.selectRow(0)
    panel.table.setFocus()
    panel.delete_assessment_action.trigger()
    assert latest not in assessments(sample_store, bean.id)
    qtbot.waitUntil(lambda: panel.model.assessment_at(0) != latest, timeout=2000)
    assert panel.undo_hint.isVisible()
    assert "Deleted the assessment of" in panel.undo_hint_text.text()
    undo = next(b for b in panel.undo_hint.findChildren(type(panel.new_button)))
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert assessments(sample_store, bean.id)[-1] == latest
    assert not panel.undo_hint.isVisible()
    qtbot.waitUntil(lambda: panel.model.assessment_at(0) == latest, timeout=2000)


def test_the_panel_follows_what_others_change(
    qtbot, sample_store: Store, stack: QUndoStack
) -> None:
    panel = _panel(qtbot, sample_store, stack)
    school = find_partnership(sample_store, "Baking School Workshops")
    panel.show_partnership(school.id)
    contacts = panel.activity_chart.data.contacts
    jr.log_contact(
        sample_store,
        partnership_id=school.id,
        occurred_on=TODAY,
        summary="Planned the spring programme",
        levels=[Level.TACTICAL],
    )
    events.announce({Topic.JOURNAL})
    qtbot.waitUntil(lambda: panel.activity_chart.data.contacts == contacts + 1, timeout=2000)
    # a hidden panel catches up when it is shown again
    panel.hide()
    add_assessment(sample_store, school.id, assessed_on=TODAY, scores={"tactical": 3})
    events.announce({Topic.ASSESSMENTS})
    assert panel.model.rowCount() == 1
    panel.show()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=2000)


def test_a_partnership_that_is_deleted_leaves_the_panel_empty(
    qtbot, sample_store: Store, stack: QUndoStack
) -> None:
    panel = _panel(qtbot, sample_store, stack)
    pool = find_partnership(sample_store, "Compostable Packaging Pool")
    panel.show_partnership(pool.id)
    ps.delete_partnership(sample_store, pool.id)
    events.announce({Topic.PARTNERSHIPS})
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.nothing, timeout=2000)
    assert panel.partnership_id is None


def test_the_reminder_shows_when_an_assessment_is_due(
    qtbot, store: Store, stack: QUndoStack
) -> None:
    pid = ps.create_partnership(
        store, "Heritage Grain", Kind.VALUE_CHAIN, stage=Stage.ACTIVE, started_on=date(2025, 1, 1)
    ).id
    add_assessment(store, pid, assessed_on=TODAY - timedelta(days=200), scores={"strategic": 3})
    settings.ASSESSMENT_INTERVAL_DAYS.reset()
    panel = _panel(qtbot, store, stack)
    panel.show_partnership(pid)
    assert panel.reminder.isVisible()
    assert "Not assessed for 200 days" in panel.reminder_text.text()
    # the interval is the user's preference
    settings.ASSESSMENT_INTERVAL_DAYS.value = 365
    try:
        events.announce({Topic.SETTINGS})
        qtbot.waitUntil(lambda: not panel.reminder.isVisible(), timeout=2000)
    finally:
        settings.ASSESSMENT_INTERVAL_DAYS.reset()


def test_a_partnership_never_assessed_invites_the_first_assessment(
    qtbot, store: Store, stack: QUndoStack
) -> None:
    pid = ps.create_partnership(store, "Market Stall", Kind.CONSORTIUM, started_on=TODAY).id
    panel = _panel(qtbot, store, stack)
    panel.show_partnership(pid)
    assert panel.side_stack.currentWidget() is panel.no_assessments
    assert "No assessment yet" in panel.no_assessments.text()
    assert panel.new_button.isEnabled() and not panel.edit_button.isEnabled()
    assert "No assessment yet" in panel.integration_chart.notice.toPlainText()
    assert not panel.compare_box.isEnabled()


def test_portfolio_panel_opens_a_partnership_from_the_map(qtbot, sample_store: Store) -> None:
    panel = PortfolioChartsPanel(sample_store, today=lambda: TODAY)
    qtbot.addWidget(panel)
    panel.resize(1200, 600)
    panel.show()
    qtbot.waitExposed(panel)
    assert len(panel.map_chart.data.points) == 6
    assert panel.trend_chart.data.points[-1].on == TODAY
    heritage = find_partnership(sample_store, "Heritage Grain Programme")
    with qtbot.waitSignal(panel.partnership_activated, timeout=1000) as opened:
        panel.map_chart.partnership_activated.emit(heritage.id)
    assert opened.args == [heritage.id]
    add_assessment(sample_store, heritage.id, assessed_on=TODAY, scores={"strategic": 1})
    events.announce({Topic.ASSESSMENTS})
    qtbot.waitUntil(
        lambda: (
            next(p.strength for p in panel.map_chart.data.points if p.partnership_id == heritage.id)
            == 1.0
        ),
        timeout=2000,
    )


def test_contacts_are_counted_again_only_when_they_may_have_changed(
    qtbot, sample_store: Store, stack: QUndoStack, monkeypatch: pytest.MonkeyPatch
) -> None:
    from partnerdesk.domain import charts as chart_data

    counted: list[int] = []
    real = chart_data.contact_activity

    def counting(store, partnership_id, today, **options):  # type: ignore[no-untyped-def]
        counted.append(partnership_id)
        return real(store, partnership_id, today, **options)

    monkeypatch.setattr(chart_data, "contact_activity", counting)
    panel = _panel(qtbot, sample_store, stack)
    coop = find_partnership(sample_store, "Flour Buying Co-op")
    panel.show_partnership(coop.id)
    assert counted == [coop.id]
    add_assessment(sample_store, coop.id, assessed_on=TODAY, scores={"cultural": 4})
    events.announce({Topic.ASSESSMENTS})
    qtbot.waitUntil(lambda: panel.model.assessment_at(0).cultural == 4, timeout=2000)
    assert counted == [coop.id]
    events.announce({Topic.JOURNAL})
    qtbot.waitUntil(lambda: len(counted) == 2, timeout=2000)


def test_the_assessments_note_shows_only_when_there_is_room_for_it(
    qtbot, sample_store: Store, stack: QUndoStack
) -> None:
    panel = _panel(qtbot, sample_store, stack)
    panel.show_partnership(find_partnership(sample_store, "Heritage Grain Programme").id)
    table = panel.table
    panel.splitter.setSizes([10_000, 1])
    qtbot.waitUntil(lambda: table.isColumnHidden(AssessmentModel.NOTE))
    # the date, the levels and the overall are whole, without a scroll bar to reach them
    assert not table.horizontalScrollBar().isVisible()
    assert all(not table.isColumnHidden(c) for c in range(AssessmentModel.NOTE))
    panel.splitter.setSizes([1, 10_000])
    qtbot.waitUntil(lambda: not table.isColumnHidden(AssessmentModel.NOTE))
    assert table.columnWidth(AssessmentModel.NOTE) > 60


def test_the_charts_fit_beside_the_assessments_in_a_laptop_window(
    qtbot, sample_store: Store, stack: QUndoStack
) -> None:
    # The Integration tab of a 1180-pixel-wide window: the radar's side labels put each
    # score under its level's name, so the rings and the comparison fit without scrolling.
    panel = _panel(qtbot, sample_store, stack)
    panel.resize(QSize(930, 570))
    panel.show_partnership(find_partnership(sample_store, "Heritage Grain Programme").id)
    qtbot.wait(50)  # painted once: the charts measure what they need as they paint
    assert not panel.charts_scroll.horizontalScrollBar().isVisible()
