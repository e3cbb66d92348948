"""Contact activity: a partnership's contacts per month, stacked by the levels they touched,
with the months a partner's leader took part marked."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from datetime import date, timedelta
from html import escape
from typing import Any, ClassVar

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QSize
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QWidget

from partnerdesk.domain.charts import ContactActivity, MonthActivity, PartnerPerson, next_month
from partnerdesk.domain.vocabulary import Level, Seniority
from partnerdesk.gui.charts.base import Chart, Legend, Sample, whole_number_ticks
from partnerdesk.gui.charts.style import (
    SECONDS_PER_DAY,
    ChartTheme,
    day_of,
    html_colour,
    padded_range,
    timestamp,
)
from partnerdesk.gui.text import label, translate

#: The key of the contacts that touched no level among the stacked series.
UNLEVELLED = "unlevelled"
#: The key of the marks of months a partner's leader took part in.
LEADERS = "leaders"


def month_name(month: date) -> str:
    """A month as "March 2026" in the user's language."""
    from PySide6.QtCore import QDate, QLocale

    return QLocale().toString(QDate(month.year, month.month, 1), "MMMM yyyy")


class ActivityChart(Chart):
    """Bars of contacts per month, stacked by level (a contact touching two levels counts
    half in each, so a bar is as tall as the month's contacts), with a star over the months
    a partner organisation's leader took part in."""

    file_stem: ClassVar[str] = "activity"
    export_size: ClassVar[QSize] = QSize(1200, 460)

    def __init__(self, parent: QWidget | None = None, *, theme: ChartTheme | None = None) -> None:
        self.hidden: set[Hashable] = set()
        self.main_plot: pg.PlotItem | None = None
        self.bars: dict[Hashable, pg.BarGraphItem] = {}
        self.leader_marks: pg.ScatterPlotItem | None = None
        self.legend: Legend | None = None
        self._readout: pg.TextItem | None = None
        #: Who on the partners' side took part in a month's contacts, for hovering; the panel
        #: that shows the chart gives it (the chart itself never reads the database).
        self.people_of: Callable[[MonthActivity], Sequence[PartnerPerson]] | None = None
        self._people: dict[date, Sequence[PartnerPerson]] = {}
        super().__init__(parent, theme=theme)
        self.setAccessibleName(translate("ActivityChart", "Contacts per month"))
        self.scene().sigMouseMoved.connect(self._hover)

    def is_empty(self) -> bool:
        return self.data is None or self.data.is_empty

    def view_state(self) -> dict[str, Any]:
        plot = self.main_plot
        x_range = None if plot is None else tuple(plot.vb.viewRange()[0])
        return {"hidden": set(self.hidden), "x_range": x_range}

    def restore_view_state(self, state: dict[str, Any]) -> None:
        self.hidden = set(state.get("hidden", ()))
        if self.data is not None:
            self.redraw()
        x_range = state.get("x_range")
        if x_range is not None and self.main_plot is not None:
            self.main_plot.setXRange(*x_range, padding=0)

    def set_shown(self, key: Hashable, shown: bool) -> None:
        """Show or hide one level's share of the bars (the others close up), as the legend does."""
        if shown:
            self.hidden.discard(key)
        else:
            self.hidden.add(key)
        x_range = self.view_state()["x_range"]
        self.redraw()
        if x_range is not None and self.main_plot is not None:
            self.main_plot.setXRange(*x_range, padding=0)

    # --- drawing ---------------------------------------------------------------------------

    def draw(self) -> None:
        data: ContactActivity = self.data
        theme = self.theme
        self._people = {}
        live = not theme.printed
        self.bars = {}
        self.leader_marks = None
        plot = self.new_plot(0, date_axis=True)
        self.main_plot = plot
        self.axis_label(
            plot,
            "left",
            translate("ActivityChart", "Contacts per month"),
            translate("ActivityChart", "Contacts"),
        )
        plot.getAxis("left").setGrid(40 if live else 60)
        x_min, x_max = padded_range(data.period.start, data.period.end)
        plot.setXRange(x_min, x_max, padding=0)
        if live:
            plot.vb.setMouseEnabled(x=True, y=False)
            plot.vb.setLimits(xMin=x_min, xMax=x_max, minXRange=45 * SECONDS_PER_DAY)

        months = data.months
        # The first and last months are drawn only as far as the chart's dates go.
        first_day, day_after = data.period.start, data.period.end + timedelta(days=1)
        starts = np.array([timestamp(max(m.month, first_day)) for m in months], dtype=float)
        ends = np.array(
            [timestamp(min(next_month(m.month), day_after)) for m in months], dtype=float
        )
        centres = (starts + ends) / 2
        widths = (ends - starts) * 0.78
        bottom = np.zeros(len(months))
        series: list[tuple[Hashable, np.ndarray]] = [
            (level, np.array([m.shares.get(level, 0.0) for m in months], dtype=float))
            for level in Level
        ]
        series.append((UNLEVELLED, np.array([m.unlevelled for m in months], dtype=float)))
        outline = theme.pen(theme.background, 0.8)
        for key, heights in series:
            if key in self.hidden or not heights.any():
                continue
            colour = theme.level_colour(key) if isinstance(key, Level) else theme.muted
            bars = pg.BarGraphItem(
                x=centres,
                width=widths,
                y0=bottom.copy(),
                height=heights,
                brush=QBrush(colour),
                pen=outline,
            )
            plot.addItem(bars)
            self.bars[key] = bars
            bottom = bottom + heights

        tallest = float(bottom.max()) if len(bottom) else 0.0
        top = max(4.0, np.ceil(tallest * 1.18) + 0.5)
        plot.setYRange(-top * 0.01, top, padding=0)
        whole_number_ticks(plot.getAxis("left"), top)
        if live:
            plot.vb.setLimits(yMin=-top * 0.01, yMax=top)

        with_leader = np.array([m.with_leader > 0 for m in months], dtype=bool)
        if with_leader.any() and LEADERS not in self.hidden:
            self.leader_marks = pg.ScatterPlotItem(
                centres[with_leader],
                bottom[with_leader] + top * 0.05,
                symbol="star",
                size=theme.size(11),
                pen=theme.pen(theme.foreground, 1.0),
                brush=QBrush(theme.level_colour(Level.STRATEGIC)),
            )
            self.leader_marks.setZValue(20)
            plot.addItem(self.leader_marks)

        if data.is_empty:
            self.show_notice(
                plot,
                translate(
                    "ActivityChart",
                    "No contacts logged yet — log one (Ctrl+L) to see how often you meet.",
                ),
            )

        self.legend = self.new_legend(1)
        toggle = self.set_shown if live else None
        for level in Level:
            self.legend_entry(
                self.legend,
                level,
                label(level),
                Sample(brush=theme.level_colour(level), pen=outline),
                toggle=toggle,
                shown=level not in self.hidden,
            )
        if any(m.unlevelled for m in months):
            self.legend_entry(
                self.legend,
                UNLEVELLED,
                translate("ActivityChart", "No level noted"),
                Sample(brush=theme.muted, pen=outline),
                toggle=toggle,
                shown=UNLEVELLED not in self.hidden,
            )
        self.legend_entry(
            self.legend,
            LEADERS,
            translate("ActivityChart", "A partner's leader took part"),
            Sample(
                symbol="star",
                symbol_size=12,
                line=False,
                brush=theme.level_colour(Level.STRATEGIC),
                pen=theme.pen(theme.foreground, 1.0 / theme.scale),
            ),
            toggle=toggle,
            shown=LEADERS not in self.hidden,
        )
        if live:
            self._readout = pg.TextItem(
                anchor=(0, 0),
                fill=QBrush(theme.tint(theme.background, 0.92)),
                border=theme.pen(theme.muted, 1),
            )
            self._readout.setZValue(60)
            self._readout.hide()
            plot.addItem(self._readout, ignoreBounds=True)

    # --- hovering --------------------------------------------------------------------------

    def month_at(self, day: date) -> MonthActivity | None:
        """The month of the chart ``day`` falls in."""
        data: ContactActivity | None = self.data
        if data is None:
            return None
        wanted = day.replace(day=1)
        return next((m for m in data.months if m.month == wanted), None)

    def people_in(self, month: MonthActivity) -> Sequence[PartnerPerson]:
        """Who on the partners' side took part in a month's contacts (if the chart can tell)."""
        if self.people_of is None or not month.contacts:
            return ()
        if month.month not in self._people:
            self._people[month.month] = self.people_of(month)
        return self._people[month.month]

    def readout_html(self, month: MonthActivity) -> str:
        """What hovering over a month's bar shows."""
        theme = self.theme
        lines = [f"<b>{escape(month_name(month.month))}</b>"]
        lines.append(escape(translate("ActivityChart", "%n contacts", None, month.contacts)))
        if month.with_leader:
            lines.append(
                escape(
                    translate(
                        "ActivityChart", "%n with a partner's leader", None, month.with_leader
                    )
                )
            )
        for level in Level:
            touched = month.by_level.get(level)
            if touched:
                lines.append(
                    f"<span style='color:{html_colour(theme.level_colour(level))}'>■</span> "
                    f"{escape(label(level))} {touched}"
                )
        if month.unlevelled:
            lines.append(
                f"<span style='color:{html_colour(theme.muted)}'>■</span> "
                f"{escape(translate('ActivityChart', 'No level noted'))} {month.unlevelled}"
            )
        people = self.people_in(month)
        if people:
            names = ", ".join(
                escape(p.name) + (" ★" if p.seniority is Seniority.LEADER else "") for p in people
            )
            lines.append(
                f"<span style='color:{html_colour(theme.muted)}'>"
                f"{escape(translate('ActivityChart', 'With'))}</span> {names}"
            )
        return (
            f"<div style='color:{html_colour(theme.foreground)}; {self.label_font_css()}'>"
            + "<br>".join(lines)
            + "</div>"
        )

    def _hover(self, position: QPointF) -> None:
        plot = self.main_plot
        if plot is None or self._readout is None or self.is_empty():
            return
        if not plot.vb.sceneBoundingRect().contains(position):
            self._readout.hide()
            return
        point = plot.vb.mapSceneToView(position)
        month = self.month_at(day_of(point.x()))
        if month is None or month.contacts == 0:
            self._readout.hide()
            return
        x_min, x_max = plot.vb.viewRange()[0]
        y_top = plot.vb.viewRange()[1][1]
        right_half = point.x() > (x_min + x_max) / 2
        self._readout.setHtml(self.readout_html(month))
        self._readout.setAnchor((1.0, 0.0) if right_half else (0.0, 0.0))
        offset = (x_max - x_min) * 0.01
        self._readout.setPos(point.x() - offset if right_half else point.x() + offset, y_top)
        self._readout.show()

    def leaveEvent(self, event: Any) -> None:
        if self._readout is not None:
            self._readout.hide()
        super().leaveEvent(event)

    def mouseDoubleClickEvent(self, event: Any) -> None:
        """A double click shows the whole period again after zooming."""
        if self.main_plot is not None and self.data is not None:
            period = self.data.period
            self.main_plot.setXRange(*padded_range(period.start, period.end), padding=0)
        super().mouseDoubleClickEvent(event)

    def describe(self) -> str:
        data: ContactActivity | None = self.data
        if data is None:
            return ""
        led = sum(1 for m in data.months if m.with_leader)
        return (
            translate(
                "ActivityChart", "%1 contacts over %2 months; a partner's leader took part in %3."
            )
            .replace("%1", str(data.contacts))
            .replace("%2", str(len(data.months)))
            .replace("%3", translate("ActivityChart", "%n months", None, led))
        )
