"""The chart widgets plot what the database holds, react to the user, and save PNG and SVG."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from xml.etree import ElementTree

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QLocale, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from partnerdesk.domain import charts as data
from partnerdesk.domain import partnerships as ps
from partnerdesk.domain.partnerships import find_partnership
from partnerdesk.domain.vocabulary import Kind, Level
from partnerdesk.gui.charts import base
from partnerdesk.gui.charts.activity import LEADERS, ActivityChart
from partnerdesk.gui.charts.integration import OVERALL, IntegrationChart
from partnerdesk.gui.charts.observed import WARNING, ObservedChart
from partnerdesk.gui.charts.portfolio import PortfolioMapChart, PortfolioTrendChart
from partnerdesk.gui.charts.radar import RadarChart, spoke
from partnerdesk.gui.charts.style import ChartTheme, timestamp
from partnerdesk.store.connection import Store
from tests.conftest import TODAY

# pyqtgraph's view hands clicks to the items of its scene without accepting the widget's
# mouse event, which QTest reports; the items do receive the clicks.
CLICKS = pytest.mark.qt_log_ignore("Mouse event .* not accepted by receiving widget")


def _show(qtbot, chart, size: QSize | None = None):  # type: ignore[no-untyped-def]
    qtbot.addWidget(chart)
    chart.resize(size or QSize(1000, 520))
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def _assessment_rows(store: Store, partnership_id: int) -> list[dict]:
    return store.query(
        "SELECT * FROM assessments WHERE partnership_id = ? ORDER BY assessed_on, id",
        [partnership_id],
    )


def _view_point(chart, plot, x: float, y: float):  # type: ignore[no-untyped-def]
    """Where data coordinates (x, y) of ``plot`` are on the chart's viewport."""
    QApplication.processEvents()  # the layout of what was just drawn
    scene = plot.vb.mapViewToScene(QPointF(x, y))
    return chart.mapFromScene(scene)


# --- integration over time ------------------------------------------------------------------


def test_each_level_is_plotted_as_assessed(qtbot, sample_store: Store) -> None:
    collective = find_partnership(sample_store, "Riverside Market Collective")
    chart = _show(qtbot, IntegrationChart())
    chart.set_data(data.integration_history(sample_store, collective.id, TODAY))
    rows = _assessment_rows(sample_store, collective.id)
    times = [timestamp(date.fromisoformat(r["assessed_on"])) for r in rows]
    for index, level in enumerate(Level):
        x, y = chart.curves[level].getData()
        # each score holds from its date to the next: the even points are the assessments
        assert list(x[0::2]) == times
        # lines are drawn a hair apart so equal scores stay visible; no more than that
        assert np.allclose(y[0::2], [r[level.value] for r in rows], atol=0.12)
        assert np.allclose(y[0::2] - [r[level.value] for r in rows], (index - 2) * 0.055)
        assert x[-1] == timestamp(TODAY)
    overall_x, overall_y = chart.points.getData()
    assert list(overall_x) == times
    expected = [np.mean([r[lv.value] for lv in Level if r[lv.value] is not None]) for r in rows]
    assert np.allclose(overall_y, expected)
    assert [label.toPlainText() for label in chart.kind_labels] == ["Consortium", "Joint venture"]
    # one line for the move to a joint venture, one per stage change after the start
    assert len(chart.marker_lines) == 1 + 2


@CLICKS
def test_the_legend_hides_and_shows_a_level(qtbot, sample_store: Store) -> None:
    coop = find_partnership(sample_store, "Flour Buying Co-op")
    chart = _show(qtbot, IntegrationChart())
    chart.set_data(data.integration_history(sample_store, coop.id, TODAY))
    entry = chart.legend.entry(Level.TACTICAL)
    QApplication.processEvents()
    where = chart.mapFromScene(entry.sceneBoundingRect().center())
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert not chart.curves[Level.TACTICAL].isVisible()
    assert chart.curves[Level.STRATEGIC].isVisible()
    assert chart.hidden == {Level.TACTICAL}
    # a saved copy leaves the hidden level out too
    copy = chart.print_copy()
    assert not copy.curves[Level.TACTICAL].isVisible()
    base.dispose(copy)
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert chart.curves[Level.TACTICAL].isVisible()
    chart.set_shown(OVERALL, False)
    assert not chart.points.isVisible() and not chart.curves[OVERALL].isVisible()


def test_hovering_shows_the_date_and_the_values_in_effect(qtbot, sample_store: Store) -> None:
    bean = find_partnership(sample_store, "Bean There Wholesale")
    chart = _show(qtbot, IntegrationChart())
    history = data.integration_history(sample_store, bean.id, TODAY)
    chart.set_data(history)
    day = date(2026, 10, 1)  # after the last assessment, of 20 September 2026
    where = _view_point(chart, chart.main_plot, timestamp(day), 2.5)
    qtbot.mouseMove(chart.viewport(), where)
    qtbot.waitUntil(lambda: chart._readout.isVisible(), timeout=2000)
    text = chart._readout.textItem.toPlainText()
    latest = _assessment_rows(sample_store, bean.id)[-1]
    assert "Not assessed" not in text
    for level in Level:
        assert f"{level.label} {latest[level.value]}" in text
    assert "Overall 2.4" in text
    assert abs(chart._cursor.value() - timestamp(day)) < 2 * 86400
    chart.leaveEvent(QEvent(QEvent.Type.Leave))
    assert not chart._readout.isVisible()


def test_an_unassessed_partnership_says_what_to_do(qtbot, store: Store) -> None:
    pid = ps.create_partnership(store, "New Venture", Kind.JOINT_VENTURE, started_on=TODAY).id
    chart = _show(qtbot, IntegrationChart())
    chart.set_data(data.integration_history(store, pid, TODAY))
    assert chart.is_empty()
    assert "No assessment yet" in chart.notice.toPlainText()
    assert chart.curves == {}
    activity = _show(qtbot, ActivityChart())
    activity.set_data(data.contact_activity(store, pid, TODAY))
    assert "No contacts logged yet" in activity.notice.toPlainText()
    radar = _show(qtbot, RadarChart())
    radar.set_data(data.snapshot(store, pid))
    assert "No assessment yet" in radar.notice.toPlainText()


# --- contact activity -----------------------------------------------------------------------


def test_activity_bars_add_up_to_the_contacts_of_each_month(qtbot, sample_store: Store) -> None:
    bean = find_partnership(sample_store, "Bean There Wholesale")
    chart = _show(qtbot, ActivityChart())
    activity = data.contact_activity(sample_store, bean.id, TODAY)
    chart.set_data(activity)
    totals = np.zeros(len(activity.months))
    for bars in chart.bars.values():
        totals += np.asarray(bars.opts["height"])
    per_month = {
        row["month"]: row["n"]
        for row in sample_store.query(
            "SELECT substr(occurred_on, 1, 7) AS month, count(*) AS n FROM contact_logs "
            "WHERE partnership_id = ? AND channel != 'note' GROUP BY month",
            [bean.id],
        )
    }
    expected = [per_month.get(m.month.isoformat()[:7], 0) for m in activity.months]
    assert np.allclose(totals, expected)
    # stars over the months a partner's leader took part in: none in the last four months
    star_x, _ = chart.leader_marks.getData()
    led = {m.month for m in activity.months if m.with_leader}
    assert len(star_x) == len(led)
    assert all(m.month not in led for m in activity.months[-4:])
    chart.set_shown(LEADERS, False)
    assert chart.leader_marks is None


def test_activity_hover_names_the_people_on_their_side(qtbot, sample_store: Store) -> None:
    bean = find_partnership(sample_store, "Bean There Wholesale")
    chart = _show(qtbot, ActivityChart())
    chart.set_data(data.contact_activity(sample_store, bean.id, TODAY))
    asked = []

    def people_of(month):  # type: ignore[no-untyped-def]
        asked.append(month.month)
        return data.partner_people(sample_store, bean.id, month.month, month.end)

    chart.people_of = people_of
    month = chart.month_at(date(2026, 10, 15))
    assert month is not None
    text = chart.readout_html(month)
    assert "Marcus Bell" in text and "Sofia" not in text
    chart.readout_html(month)
    assert asked == [date(2026, 10, 1)]  # asked once, then remembered
    june = chart.month_at(date(2026, 6, 1))
    assert "Sofia Rossi ★" in chart.readout_html(june)


# --- snapshot and assessed vs observed ------------------------------------------------------


def test_the_radar_draws_the_latest_over_the_previous(qtbot, sample_store: Store) -> None:
    bean = find_partnership(sample_store, "Bean There Wholesale")
    chart = _show(qtbot, RadarChart(), QSize(600, 560))
    chart.set_data(data.snapshot(sample_store, bean.id))
    latest, previous = _assessment_rows(sample_store, bean.id)[-1:-3:-1]
    polygon = chart.shape.polygon()
    assert [(round(p.x(), 6), round(p.y(), 6)) for p in polygon] == [
        (round(spoke(lv, latest[lv.value]).x(), 6), round(spoke(lv, latest[lv.value]).y(), 6))
        for lv in Level
    ]
    assert chart.compared_shape.polygon().size() == len(Level)
    assert polygon.at(0).y() == pytest.approx(previous["strategic"])  # strategic on top, unchanged
    label = chart.level_labels[Level.INTERPERSONAL].textItem.toPlainText()
    assert label.endswith(f"{latest['interpersonal']} (−2)")


def test_a_level_not_rated_is_left_out_of_the_radar(qtbot, sample_store: Store) -> None:
    school = find_partnership(sample_store, "Baking School Workshops")
    chart = _show(qtbot, RadarChart(), QSize(600, 560))
    chart.set_data(data.snapshot(sample_store, school.id))
    assert chart.shape.polygon().size() == len(Level) - 1
    assert "not rated" in chart.level_labels[Level.OPERATIONAL].textItem.toPlainText()
    assert chart.compared_shape is None


def test_assessed_vs_observed_flags_the_drifting_partnership(qtbot, sample_store: Store) -> None:
    bean = find_partnership(sample_store, "Bean There Wholesale")
    chart = _show(qtbot, ObservedChart())
    observed = data.assessed_vs_observed(sample_store, bean.id, TODAY)
    chart.set_data(observed)
    latest = _assessment_rows(sample_store, bean.id)[-1]
    assert list(chart.score_bars.opts["width"]) == [latest[lv.value] for lv in Level]
    assert list(chart.contact_bars.opts["width"]) == [o.contacts for o in observed.levels]
    ticks = dict((text, y) for y, text in chart.level_ticks())
    assert f"{WARNING} Strategic" in ticks and "Tactical" in ticks
    assert "the leaders haven't met for" in chart.summary.text()


def test_a_full_bar_keeps_its_number_in_sight_in_a_narrow_chart(qtbot, sample_store: Store) -> None:
    heritage = find_partnership(sample_store, "Heritage Grain Programme")
    chart = _show(qtbot, ObservedChart(), QSize(260, 260))
    chart.set_data(data.assessed_vs_observed(sample_store, heritage.id, TODAY))
    QApplication.processEvents()
    assessed = chart.score_bars.getViewBox()
    shown = assessed.mapRectToScene(assessed.rect())
    numbers = [item for item in assessed.addedItems if hasattr(item, "textItem")]
    full = [n for n in numbers if n.textItem.toPlainText() == "5"]
    assert full, "the sample's Heritage Grain has a level rated 5"
    for number in full:
        margin = number.textItem.document().documentMargin()
        glyphs = number.boundingRect().adjusted(margin, margin, -margin, -margin)
        assert shown.contains(number.mapRectToScene(glyphs))


def _axis_name(axis) -> str | None:  # type: ignore[no-untyped-def]
    QApplication.processEvents()
    return axis.label.toPlainText().strip() if axis.label.isVisible() else None


def test_an_axis_too_short_for_its_name_says_a_shorter_one_or_none(
    qtbot, sample_store: Store
) -> None:
    heritage = find_partnership(sample_store, "Heritage Grain Programme")
    chart = _show(qtbot, ActivityChart(), QSize(700, 420))
    chart.setMinimumHeight(60)
    chart.set_data(data.contact_activity(sample_store, heritage.id, TODAY))
    left = chart.main_plot.getAxis("left")
    assert _axis_name(left) == "Contacts per month"
    chart.resize(700, 170)
    assert _axis_name(left) == "Contacts"
    chart.resize(700, 90)
    assert _axis_name(left) is None
    chart.resize(700, 420)
    assert _axis_name(left) == "Contacts per month"


# --- the portfolio --------------------------------------------------------------------------


@CLICKS
def test_clicking_a_partnership_on_the_map_opens_it(qtbot, sample_store: Store) -> None:
    chart = _show(qtbot, PortfolioMapChart(), QSize(900, 620))
    placed = data.portfolio_map(sample_store, TODAY)
    chart.set_data(placed)
    bean = find_partnership(sample_store, "Bean There Wholesale")
    for point in placed.points:
        assert chart.positions[point.partnership_id].y() == pytest.approx(point.strength)
    assert "⚠" in chart.name_labels[bean.id].toPlainText()
    heritage = find_partnership(sample_store, "Heritage Grain Programme")
    assert "⚠" not in chart.name_labels[heritage.id].toPlainText()
    position = chart.positions[bean.id]
    QApplication.processEvents()
    plot = chart.scatter.getViewBox()
    where = chart.mapFromScene(plot.mapViewToScene(position))
    with qtbot.waitSignal(chart.partnership_activated, timeout=2000) as opened:
        qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert opened.args == [bean.id]


def test_the_trend_plots_the_mean_of_the_active_partnerships(qtbot, sample_store: Store) -> None:
    chart = _show(qtbot, PortfolioTrendChart())
    trend = data.portfolio_trend(sample_store, TODAY)
    chart.set_data(trend)
    x, y = chart.mean_curve.getData()
    assert list(x) == [timestamp(p.on) for p in trend.points]
    assert np.allclose(
        y,
        [np.nan if p.mean_strength is None else p.mean_strength for p in trend.points],
        equal_nan=True,
    )
    assert list(chart.count_bars.opts["height"]) == [p.active for p in trend.points]


# --- saving ---------------------------------------------------------------------------------


def test_saving_writes_a_png_and_an_svg_drawn_for_print(
    qtbot, sample_store: Store, tmp_path: Path
) -> None:
    coop = find_partnership(sample_store, "Flour Buying Co-op")
    chart = _show(qtbot, IntegrationChart(theme=_dark()), QSize(900, 420))
    chart.set_data(data.integration_history(sample_store, coop.id, TODAY))
    png, svg = tmp_path / "coop.png", tmp_path / "coop.svg"
    chart.save(png, size=QSize(900, 420))
    chart.save(svg, size=QSize(900, 420))
    image = QImage(str(png))
    assert not image.isNull()
    assert (image.width(), image.height()) == (1800, 840)
    # black on white whatever the screen's colours
    assert QColor(image.pixel(2, 2)) == QColor("#FFFFFF")
    root = ElementTree.parse(svg).getroot()
    assert root.get("viewBox") == "0 0 900 420"
    texts = " ".join(" ".join(n.itertext()) for n in root.iter("{http://www.w3.org/2000/svg}text"))
    assert "Consortium" in texts and "Interpersonal" in texts
    # the chart on screen kept its own colours
    assert chart.theme.dark
    with pytest.raises(base.UnknownFormatError):
        chart.save(tmp_path / "coop.jpg")


def test_the_context_menu_saves_where_the_user_chooses(
    qtbot, sample_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    heritage = find_partnership(sample_store, "Heritage Grain Programme")
    chart = _show(qtbot, RadarChart(), QSize(500, 480))
    chart.set_data(data.snapshot(sample_store, heritage.id))
    menu = chart.context_menu()
    formats = [action.data() for action in menu.actions()]
    assert formats == ["png", "svg"]
    monkeypatch.setattr(base, "choose_save_path", lambda parent, fmt, name: tmp_path / name)
    menu.actions()[1].trigger()
    saved = tmp_path / "snapshot.svg"
    assert ElementTree.parse(saved).getroot().tag.endswith("svg")
    monkeypatch.setattr(base, "choose_save_path", lambda parent, fmt, name: None)
    assert chart.save_interactively("png") is None
    assert not (tmp_path / "snapshot.png").exists()


def test_charts_follow_the_window_from_light_to_dark(qtbot, sample_store: Store) -> None:
    chart = _show(qtbot, PortfolioMapChart())
    chart.set_data(data.portfolio_map(sample_store, TODAY))
    palette = QPalette(chart.palette())
    palette.setColor(QPalette.ColorRole.Base, QColor("#1E1E1E"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#EEEEEE"))
    chart.setPalette(palette)
    QApplication.processEvents()
    assert chart.theme.dark
    assert chart.theme.foreground == QColor("#EEEEEE")
    assert chart.backgroundBrush().color() == QColor("#1E1E1E")


def _dark() -> ChartTheme:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#202020"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#F0F0F0"))
    return ChartTheme.from_palette(palette)


def test_the_date_axis_names_months_and_keeps_days_clear_of_them(qapp) -> None:
    axis = base.DateAxis()
    axis.zoomLevel = base.MONTH_DAY_ZOOM_LEVEL  # months, with days between them
    day_spacing = 86400
    values = [timestamp(date(2026, 7, day)) for day in (1, 6, 29)]
    assert axis.tickStrings(values, 1.0, day_spacing) == ["", "6", ""]
    month_spacing = 30 * 86400
    assert axis.tickStrings([timestamp(date(2026, 3, 1))], 1.0, month_spacing) == [
        QLocale().standaloneMonthName(3, QLocale.FormatType.ShortFormat)
    ]


def test_date_ticks_are_those_pyqtgraph_places_without_moving_them_by_time_zone(qapp) -> None:
    from pyqtgraph.graphicsItems.DateAxisItem import MONTH_DAY_ZOOM_LEVEL, YEAR_MONTH_ZOOM_LEVEL

    from partnerdesk.gui.charts.base import DateAxis

    ours = list(DateAxis().zoomLevels.values())
    for mine, theirs in zip(ours, [YEAR_MONTH_ZOOM_LEVEL, MONTH_DAY_ZOOM_LEVEL], strict=True):
        mine.utcOffset = theirs.utcOffset = 0
        for start, end, spacing in [
            (1_480_000_000.0, 1_796_000_000.0, 2_000_000.0),  # 2016 to 2026
            (1_700_000_000.0, 1_703_500_000.0, 40_000.0),  # forty days
        ]:
            got = mine.tickValues(start, end, spacing)
            expected = theirs.tickValues(start, end, spacing)
            assert [level for level, _ in got] == [level for level, _ in expected]
            for (_, values), (_, wanted) in zip(got, expected, strict=True):
                assert values == pytest.approx(wanted)
