"""Integration over time: the five levels and the overall strength of one partnership, with its
moves along the continuum shaded behind and its stage changes marked."""

from __future__ import annotations

from collections.abc import Hashable
from datetime import date
from html import escape
from typing import Any, ClassVar

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QBrush, QPen
from PySide6.QtWidgets import QWidget

from partnerdesk.domain.charts import IntegrationHistory, MarkerKind
from partnerdesk.domain.vocabulary import Kind, Level, Stage
from partnerdesk.gui.charts.base import Chart, Legend, Sample
from partnerdesk.gui.charts.style import (
    ChartTheme,
    day_of,
    html_colour,
    padded_range,
    timestamp,
)
from partnerdesk.gui.text import label, short_date, short_label, strength_text, translate

#: The key of the overall strength among the series (the levels are the others).
OVERALL = "overall"
#: Levels drawn a hair apart, so that equal scores do not hide each other's lines.
_DODGE = 0.055
_TOP = 5.0


def holds(times: np.ndarray, values: np.ndarray, end: float) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of points, one pair per rated value, each a flat segment from the value's time to
    the next one (the last to ``end``): the strength at a date is that of the latest
    assessment up to it. Values that are NaN (not rated) have no segment."""
    x = np.empty(2 * len(times))
    y = np.empty(2 * len(times))
    x[0::2] = times
    x[1::2] = np.append(times[1:], end)
    y[0::2] = values
    y[1::2] = values
    rated = np.repeat(~np.isnan(values), 2)
    return x[rated], y[rated]


def risers(times: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of points, one vertical segment wherever a value changes from one rated value to
    the next."""
    changed = (values[1:] != values[:-1]) & ~np.isnan(values[1:]) & ~np.isnan(values[:-1])
    at = times[1:][changed]
    x = np.repeat(at, 2)
    y = np.empty(2 * len(at))
    y[0::2] = values[:-1][changed]
    y[1::2] = values[1:][changed]
    return x, y


def _as_float(values: list[int | None] | list[float | None]) -> np.ndarray:
    return np.array([np.nan if v is None else float(v) for v in values], dtype=float)


class IntegrationChart(Chart):
    """One line per level in its colour and line style, a thicker line for the overall
    strength, the kinds along the continuum as shaded bands and stage changes as markers.

    Hovering shows the date and the strength in effect then; clicking a legend entry hides
    or shows its line.
    """

    file_stem: ClassVar[str] = "integration"
    export_size: ClassVar[QSize] = QSize(1200, 560)

    def __init__(self, parent: QWidget | None = None, *, theme: ChartTheme | None = None) -> None:
        self.hidden: set[Hashable] = set()
        self.main_plot: pg.PlotItem | None = None
        #: Each series' flat holds, and its risers where it changes.
        self.curves: dict[Hashable, pg.PlotCurveItem] = {}
        self.risers: dict[Hashable, pg.PlotCurveItem] = {}
        self.points: pg.ScatterPlotItem | None = None
        self.marker_lines: list[pg.InfiniteLine] = []
        self.kind_labels: list[pg.TextItem] = []
        self.legend: Legend | None = None
        self._cursor: pg.InfiniteLine | None = None
        self._readout: pg.TextItem | None = None
        super().__init__(parent, theme=theme)
        self.setAccessibleName(translate("IntegrationChart", "Integration over time"))
        self.scene().sigMouseMoved.connect(self._hover)

    # --- state -----------------------------------------------------------------------------

    def is_empty(self) -> bool:
        return self.data is None or self.data.is_empty

    def view_state(self) -> dict[str, Any]:
        plot = self.main_plot
        x_range = None if plot is None else tuple(plot.vb.viewRange()[0])
        return {"hidden": set(self.hidden), "x_range": x_range}

    def restore_view_state(self, state: dict[str, Any]) -> None:
        self.hidden = set(state.get("hidden", ()))
        for key in self.curves:
            self._show_series(key, key not in self.hidden)
        if self.points is not None:
            self.points.setVisible(OVERALL not in self.hidden)
        x_range = state.get("x_range")
        if x_range is not None and self.main_plot is not None:
            self.main_plot.setXRange(*x_range, padding=0)

    def set_shown(self, key: Hashable, shown: bool) -> None:
        """Show or hide one series (a :class:`Level` or :data:`OVERALL`), as its legend does."""
        if shown:
            self.hidden.discard(key)
        else:
            self.hidden.add(key)
        self._show_series(key, shown)
        if key == OVERALL and self.points is not None:
            self.points.setVisible(shown)
        if self.legend is not None:
            for entry in self.legend.entries:
                if entry.key == key:
                    entry.set_shown(shown)

    def _show_series(self, key: Hashable, shown: bool) -> None:
        for items in (self.curves, self.risers):
            if key in items:
                items[key].setVisible(shown)

    # --- drawing ---------------------------------------------------------------------------

    def draw(self) -> None:
        data: IntegrationHistory = self.data
        theme = self.theme
        self.curves = {}
        self.risers = {}
        self.points = None
        self.marker_lines = []
        self.kind_labels = []
        plot = self.new_plot(0, date_axis=True)
        self.main_plot = plot
        self.axis_label(
            plot,
            "left",
            translate("IntegrationChart", "Integration (0–5)"),
            translate("IntegrationChart", "Integration"),
        )
        left = plot.getAxis("left")
        left.setTicks([[(float(v), str(v)) for v in range(6)], []])
        left.setGrid(40 if not theme.printed else 60)

        end = timestamp(data.period.end)
        x_min, x_max = padded_range(data.period.start, data.period.end)
        plot.setYRange(-0.25, _TOP + 0.75, padding=0)
        plot.setXRange(x_min, x_max, padding=0)
        live = not theme.printed
        if live:
            plot.vb.setMouseEnabled(x=True, y=False)
            plot.vb.setLimits(xMin=x_min, xMax=x_max, minXRange=45 * 86400.0, yMin=-0.25, yMax=5.75)

        self._draw_kinds(plot, data, x_max)
        self._draw_markers(plot, data, x_max - x_min)

        self.legend = self.new_legend(1)
        if data.is_empty:
            self.show_notice(
                plot,
                translate(
                    "IntegrationChart",
                    "No assessment yet — add one with “New Assessment…” to see how the "
                    "five levels grow.",
                ),
            )
        else:
            self._draw_series(plot, data, end)
        for level in Level:
            self.legend_entry(
                self.legend,
                level,
                label(level),
                Sample(pen=theme.level_pen(level, 2.0)),
                toggle=self.set_shown if live else None,
                shown=level not in self.hidden,
            )
        self.legend_entry(
            self.legend,
            OVERALL,
            translate("IntegrationChart", "Overall strength"),
            Sample(
                pen=theme.pen(theme.foreground, 3.5),
                symbol="o",
                symbol_size=7,
                brush=theme.foreground,
            ),
            toggle=self.set_shown if live else None,
            shown=OVERALL not in self.hidden,
        )
        if live:
            self._cursor = pg.InfiniteLine(angle=90, movable=False, pen=theme.pen(theme.muted, 1))
            self._cursor.setZValue(50)
            self._cursor.hide()
            plot.addItem(self._cursor, ignoreBounds=True)
            self._readout = pg.TextItem(
                anchor=(0, 0),
                fill=QBrush(theme.tint(theme.background, 0.92)),
                border=theme.pen(theme.muted, 1),
            )
            self._readout.setZValue(60)
            self._readout.hide()
            plot.addItem(self._readout, ignoreBounds=True)

    def _draw_kinds(self, plot: pg.PlotItem, data: IntegrationHistory, end: float) -> None:
        theme = self.theme
        for index, period in enumerate(data.kind_periods):
            left = timestamp(period.start)
            right = timestamp(period.end) if period.end < data.period.end else end
            band = pg.LinearRegionItem(
                values=(left, max(right, left + 86400)),
                orientation="vertical",
                brush=QBrush(theme.band(index)),
                pen=pg.mkPen(None),
                movable=False,
            )
            band.setZValue(-20)
            for line in band.lines:
                line.setPen(pg.mkPen(None))
            plot.addItem(band, ignoreBounds=True)
            text = pg.TextItem(
                short_label(period.kind),
                color=theme.foreground,
                anchor=(0, 0),
            )
            text.setFont(theme.font(0.9, bold=True))
            text.setPos(left, _TOP + 0.72)
            x_min, x_max = plot.vb.viewRange()[0]
            if end - left < (x_max - x_min) * 0.12:
                # A kind taken on lately: its name ends at the right edge instead of past it.
                text.setAnchor((1, 0))
                text.setPos(end, _TOP + 0.72)
            text.setToolTip(_kind_meaning(period.kind))
            plot.addItem(text, ignoreBounds=True)
            self.kind_labels.append(text)
            if index > 0:
                line = pg.InfiniteLine(
                    pos=left, angle=90, movable=False, pen=theme.pen(theme.foreground, 1.5)
                )
                line.setZValue(-5)
                move = next(
                    (m for m in data.markers if m.what is MarkerKind.KIND and m.on == period.start),
                    None,
                )
                tip = (
                    translate("IntegrationChart", "Moved to %1 on %2")
                    .replace("%1", label(period.kind))
                    .replace("%2", short_date(period.start))
                )
                if move is not None and move.note:
                    tip += f"\n{move.note}"
                line.setToolTip(tip)
                text.setToolTip(tip)
                plot.addItem(line, ignoreBounds=True)
                self.marker_lines.append(line)

    def _draw_markers(self, plot: pg.PlotItem, data: IntegrationHistory, span: float) -> None:
        theme = self.theme
        previous_x: float | None = None
        step = 0
        for marker in data.markers:
            if marker.what is not MarkerKind.STAGE:
                continue
            x = timestamp(marker.on)
            # Stagger labels of changes that fall close together, so they don't overwrite.
            step = step + 1 if previous_x is not None and x - previous_x < span * 0.09 else 0
            previous_x = x
            stage = marker.after
            assert isinstance(stage, Stage)
            line = pg.InfiniteLine(
                pos=x,
                angle=90,
                movable=False,
                pen=theme.pen(theme.muted, 1.2, Qt.PenStyle.DashLine),
                label=label(stage),
                labelOpts={
                    "position": 0.05 + 0.09 * (step % 3),
                    "color": theme.foreground,
                    "fill": QBrush(theme.tint(theme.background, 0.85)),
                    "anchors": [(0, 1), (0, 1)],
                },
            )
            line.label.setFont(theme.font(0.85))
            tip = (
                translate("IntegrationChart", "%1 from %2")
                .replace("%1", label(stage))
                .replace("%2", short_date(marker.on))
            )
            if marker.note:
                tip += f"\n{marker.note}"
            line.setToolTip(tip)
            line.label.setToolTip(tip)
            line.setZValue(-4)
            plot.addItem(line, ignoreBounds=True)
            self.marker_lines.append(line)

    def _draw_series(self, plot: pg.PlotItem, data: IntegrationHistory, end: float) -> None:
        # Each series is its flat holds, in the level's line style, and thin solid risers
        # where it changes. Styled strokes are costly along the risers of a long, changeable
        # history (years of weekly assessments); flat holds add up to the plot's width at most.
        # The lines are level or upright, so they need no antialiasing. Plain curves: a
        # PlotDataItem brings a curve and a scatter of its own, and twelve of them cost more
        # than the rest of the chart.
        theme = self.theme
        times = np.array([timestamp(p.on) for p in data.points], dtype=float)
        series: list[tuple[Hashable, np.ndarray, QPen, QPen, int]] = []
        for index, level in enumerate(Level):
            values = _as_float(data.scores(level)) + (index - 2) * _DODGE
            colour = theme.level_colour(level)
            series.append(
                (level, values, theme.level_pen(level, 2.0), theme.pen(colour, 1.0), 10 + index)
            )
        overall = _as_float(data.overall())
        series.append(
            (
                OVERALL,
                overall,
                theme.pen(theme.foreground, 3.5),
                theme.pen(theme.foreground, 2.0),
                30,
            )
        )
        for key, values, hold_pen, riser_pen, z in series:
            visible = key not in self.hidden
            x, y = holds(times, values, end)
            curve = pg.PlotCurveItem(x, y, pen=hold_pen, connect="pairs", antialias=False)
            curve.setZValue(z)
            curve.setVisible(visible)
            plot.addItem(curve)
            self.curves[key] = curve
            x, y = risers(times, values)
            steps = pg.PlotCurveItem(x, y, pen=riser_pen, connect="pairs", antialias=False)
            steps.setZValue(z)
            steps.setVisible(visible)
            plot.addItem(steps)
            self.risers[key] = steps
        rated = ~np.isnan(overall)
        self.points = pg.ScatterPlotItem(
            times[rated],
            overall[rated],
            symbol="o",
            size=theme.size(7),
            pen=theme.pen(theme.background, 1.5),
            brush=QBrush(theme.foreground),
        )
        self.points.setZValue(31)
        self.points.setVisible(OVERALL not in self.hidden)
        plot.addItem(self.points)

    # --- hovering --------------------------------------------------------------------------

    def readout_html(self, day: date) -> str:
        """What hovering over ``day`` shows: the date and the strength in effect then."""
        data: IntegrationHistory = self.data
        theme = self.theme
        strength = data.at(day)
        lines = [f"<b>{short_date(day)}</b>"]
        if strength is None:
            lines.append(translate("IntegrationChart", "Not assessed yet"))
        else:
            assessed = translate("IntegrationChart", "as assessed on %1").replace(
                "%1", short_date(strength.on)
            )
            overall = translate("IntegrationChart", "Overall")
            muted = html_colour(theme.muted)
            lines.append(f"<span style='color:{muted}'>{escape(assessed)}</span>")
            lines.append(f"<b>{escape(overall)} {strength_text(strength.overall)}</b>")
            for level in Level:
                score = strength.levels[level]
                value = (
                    str(score) if score is not None else translate("IntegrationChart", "not rated")
                )
                lines.append(
                    f"<span style='color:{html_colour(theme.level_colour(level))}'>■</span> "
                    f"{escape(label(level))} {escape(value)}"
                )
        kind = _kind_at(data, day)
        if kind is not None:
            lines.append(
                f"<span style='color:{html_colour(theme.muted)}'>{escape(short_label(kind))}</span>"
            )
        return (
            f"<div style='color:{html_colour(theme.foreground)}; {self.label_font_css()}'>"
            + "<br>".join(lines)
            + "</div>"
        )

    def _hover(self, position: QPointF) -> None:
        plot = self.main_plot
        if plot is None or self._cursor is None or self._readout is None or self.is_empty():
            return
        if not plot.vb.sceneBoundingRect().contains(position):
            self.hide_readout()
            return
        point = plot.vb.mapSceneToView(position)
        x_min, x_max = plot.vb.viewRange()[0]
        self._cursor.setPos(point.x())
        self._cursor.show()
        self._readout.setHtml(self.readout_html(day_of(point.x())))
        right_half = point.x() > (x_min + x_max) / 2
        self._readout.setAnchor((1.0, 0.0) if right_half else (0.0, 0.0))
        offset = (x_max - x_min) * 0.01
        self._readout.setPos(point.x() - offset if right_half else point.x() + offset, 5.4)
        self._readout.show()

    def hide_readout(self) -> None:
        if self._cursor is not None:
            self._cursor.hide()
        if self._readout is not None:
            self._readout.hide()

    def leaveEvent(self, event: Any) -> None:
        self.hide_readout()
        super().leaveEvent(event)

    def mouseDoubleClickEvent(self, event: Any) -> None:
        """A double click shows the whole history again after zooming."""
        if self.main_plot is not None and self.data is not None:
            period = self.data.period
            self.main_plot.setXRange(*padded_range(period.start, period.end), padding=0)
        super().mouseDoubleClickEvent(event)

    def describe(self) -> str:
        data: IntegrationHistory | None = self.data
        if data is None:
            return ""
        if data.is_empty:
            return translate("IntegrationChart", "%1 has not been assessed yet.").replace(
                "%1", data.name
            )
        first, last = data.points[0], data.points[-1]
        return (
            translate(
                "IntegrationChart",
                "Integration of %1: overall %2 of 5 on %3, from %4 on %5.",
            )
            .replace("%1", data.name)
            .replace("%2", strength_text(last.overall))
            .replace("%3", short_date(last.on))
            .replace("%4", strength_text(first.overall))
            .replace("%5", short_date(first.on))
        )


def _kind_at(data: IntegrationHistory, day: date) -> Kind | None:
    """The kind the partnership had on ``day`` (the latest period that began by then)."""
    found = None
    for period in data.kind_periods:
        if period.start <= day:
            found = period.kind
    return found


def _kind_meaning(kind: Kind) -> str:
    return translate("Kind", kind.meaning)


__all__ = ["OVERALL", "IntegrationChart", "holds", "risers"]
