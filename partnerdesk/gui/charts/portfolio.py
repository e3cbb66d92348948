"""The portfolio charts: the map of every partnership by kind and strength, and the trend of
the active partnerships' mean integration over time."""

from __future__ import annotations

import math
import time
from datetime import date
from html import escape
from typing import Any, ClassVar

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QFocusEvent, QFontMetricsF, QKeyEvent
from PySide6.QtWidgets import QToolTip, QWidget

from partnerdesk.domain.charts import (
    MapPoint,
    PortfolioMap,
    PortfolioTrend,
    TrendPoint,
    expected_strength,
)
from partnerdesk.domain.vocabulary import Kind, Stage
from partnerdesk.gui.charts.activity import month_name
from partnerdesk.gui.charts.base import Chart, Sample, TextBlock, whole_number_ticks
from partnerdesk.gui.charts.style import (
    ChartTheme,
    day_of,
    html_colour,
    padded_range,
    stage_symbol,
    timestamp,
)
from partnerdesk.gui.text import in_sentence, label, short_label, strength_text, translate

#: Names are written beside the points up to this many partnerships (beyond, hover for them).
NAMED_POINTS = 30
#: Points of one kind spread across this much of the space between two kinds.
_SPREAD = 0.56


def point_size(contacts: int) -> float:
    """A point's diameter in pixels: larger with more recent contacts (by area), within limits."""
    return min(44.0, 9.0 + 5.0 * math.sqrt(contacts))


def spread(points: list[MapPoint]) -> dict[int, float]:
    """Where each partnership goes across the map: its kind's step along the continuum, with
    the partnerships of one kind spread evenly around it (in the order of their names)."""
    placed: dict[int, float] = {}
    for kind in Kind:
        same = sorted((p for p in points if p.kind is kind), key=lambda p: p.name.casefold())
        if len(same) == 1:
            placed[same[0].partnership_id] = float(kind.position)
            continue
        for index, point in enumerate(same):
            offset = (index / (len(same) - 1) - 0.5) * _SPREAD
            placed[point.partnership_id] = kind.position + offset
    return placed


class PortfolioMapChart(Chart):
    """Every partnership as a point: across, the continuum; up, the latest integration
    strength; colour and symbol by stage; size by recent contacts. The band is what Kanter's
    model leads one to expect of each kind; a point under it is less integrated than its kind
    needs. Clicking a point emits :attr:`partnership_activated` with its id.

    By keyboard: the arrow keys (or Home and End) go from point to point, from the consortia
    on the left to the value chains on the right; typing the first letters of a name goes to
    it; Enter or Space opens the partnership. The point at hand is ringed and described.
    """

    #: Emitted with a partnership's id when its point is clicked.
    partnership_activated = Signal(int)

    file_stem: ClassVar[str] = "portfolio-map"
    export_size: ClassVar[QSize] = QSize(1000, 680)

    def __init__(self, parent: QWidget | None = None, *, theme: ChartTheme | None = None) -> None:
        self.scatter: pg.ScatterPlotItem | None = None
        self.positions: dict[int, QPointF] = {}
        self.name_labels: dict[int, pg.TextItem] = {}
        #: The partnership at hand for the keyboard (None: none yet).
        self.current: int | None = None
        self._ring: pg.ScatterPlotItem | None = None
        self._typed = ""
        self._typed_at = 0.0
        super().__init__(parent, theme=theme)
        self.setAccessibleName(translate("PortfolioMapChart", "Portfolio map"))

    def is_empty(self) -> bool:
        return self.data is None or self.data.is_empty

    def draw(self) -> None:
        data: PortfolioMap = self.data
        theme = self.theme
        self.positions = {}
        self.name_labels = {}
        self._ring = None
        plot = self.new_plot(0)
        # Room either side for the names of the partnerships at the ends of the continuum.
        plot.setRange(xRange=(-0.95, 2.95), yRange=(-0.2, 5.35), padding=0)
        bottom = plot.getAxis("bottom")
        bottom.setTicks([[(float(k.position), short_label(k)) for k in Kind], []])
        bottom.setStyle(tickFont=theme.font(0.95, bold=True))
        left = plot.getAxis("left")
        left.setTicks([[(float(v), str(v)) for v in range(6)], []])
        left.setGrid(40 if not theme.printed else 60)
        self.axis_label(
            plot,
            "left",
            translate("PortfolioMapChart", "Integration strength (latest)"),
            translate("PortfolioMapChart", "Integration"),
        )
        self.axis_label(
            plot,
            "bottom",
            translate(
                "PortfolioMapChart", "The continuum: from pooling resources to linking value chains"
            ),
        )

        # Kanter's expectation: closer kinds need deeper integration.
        xs = np.array([-0.95, 2.95])
        low = pg.PlotCurveItem(xs, 1.0 + xs, pen=theme.pen(theme.muted, 1.0, Qt.PenStyle.DotLine))
        high = pg.PlotCurveItem(
            xs, np.minimum(5.3, 3.0 + xs), pen=theme.pen(theme.muted, 1.0, Qt.PenStyle.DotLine)
        )
        band = pg.FillBetweenItem(low, high, brush=QBrush(theme.tint(theme.muted, 0.14)))
        for item in (band, low, high):
            item.setZValue(-10)
            plot.addItem(item)

        placed = list(data.placed)
        across = spread(placed)
        # One brush per stage and one pen per outline, shared by the points: pyqtgraph draws a
        # symbol once for each size, pen and brush *object*, and a thousand points with pens
        # and brushes of their own took a tenth of a second to draw.
        brushes = {stage: QBrush(theme.tint(theme.stage_colour(stage), 0.9)) for stage in Stage}
        outlines = {warn: theme.pen(theme.foreground, 2.6 if warn else 1.0) for warn in (0, 1)}
        spots = []
        for point in placed:
            assert point.strength is not None
            position = QPointF(across[point.partnership_id], point.strength)
            self.positions[point.partnership_id] = position
            spots.append(
                {
                    "pos": (position.x(), position.y()),
                    "size": theme.size(point_size(point.contacts)),
                    "symbol": stage_symbol(point.stage),
                    "brush": brushes[point.stage],
                    "pen": outlines[point.below_expectation],
                    "data": point.partnership_id,
                }
            )
        self.scatter = pg.ScatterPlotItem(
            spots=spots,
            hoverable=not theme.printed,
            tip=self._tip,
            hoverPen=theme.pen(theme.foreground, 3.0),
        )
        self.scatter.setZValue(10)
        self.scatter.sigClicked.connect(self._clicked)
        plot.addItem(self.scatter)

        if len(placed) <= NAMED_POINTS:
            for point in placed:
                position = self.positions[point.partnership_id]
                text = point.name + ("  ⚠" if point.below_expectation else "")
                font = theme.font(0.88, bold=point.below_expectation)
                # Under the point, whatever the zoom: the anchor counts in heights of the text.
                below = (theme.size(point_size(point.contacts)) / 2 + 2) / (
                    QFontMetricsF(font).height() + 8
                )
                name = pg.TextItem(text, color=theme.foreground, anchor=(0.5, -below))
                name.setFont(font)
                name.setPos(position)
                name.setZValue(12)
                plot.addItem(name)
                self.name_labels[point.partnership_id] = name

        legend = self.new_legend(1)
        for stage in Stage:
            if any(p.stage is stage for p in placed):
                self.legend_entry(
                    legend,
                    stage,
                    label(stage),
                    Sample(
                        symbol=stage_symbol(stage),
                        symbol_size=11,
                        brush=theme.tint(theme.stage_colour(stage), 0.9),
                        pen=theme.pen(theme.foreground, 1.0 / theme.scale),
                        line=False,
                    ),
                )
        self.legend_entry(
            legend,
            "expected",
            translate("PortfolioMapChart", "What the kind needs (Kanter)"),
            Sample(brush=theme.tint(theme.muted, 0.3)),
        )
        self.legend_entry(
            legend,
            "size",
            translate(
                "PortfolioMapChart", "Size: contacts in the last %n days", None, data.window_days
            ),
            Sample(
                symbol="o",
                symbol_size=7,
                brush=theme.background,
                pen=theme.pen(theme.foreground, 1.0 / theme.scale),
                line=False,
            ),
        )
        unplaced = data.unplaced
        if unplaced:
            names = ", ".join(p.name for p in unplaced[:12])
            if len(unplaced) > 12:
                names += " …"
            note = translate(
                "PortfolioMapChart", "Not on the map until assessed (%n): ", None, len(unplaced)
            )
            block = TextBlock(
                f"<span style='color:{html_colour(theme.muted)}'>{escape(note + names)}</span>",
                theme,
            )
            self.ci.addItem(block, row=2, col=0)
        if data.is_empty:
            self.show_notice(
                plot,
                translate(
                    "PortfolioMapChart",
                    "No partnership has been assessed yet — assess one to place it on the map.",
                ),
            )
        if self.current not in self.positions:
            self.current = None
        self._show_current()

    # --- the keyboard ----------------------------------------------------------------------

    def order(self) -> list[int]:
        """The partnerships in the order the keyboard goes through them: across the map from
        left to right, and down where two stand one above the other."""
        return sorted(
            self.positions, key=lambda pid: (self.positions[pid].x(), -self.positions[pid].y())
        )

    def set_current(self, partnership_id: int | None) -> None:
        """Make a partnership the one at hand (ringed and described)."""
        self.current = partnership_id if partnership_id in self.positions else None
        self._show_current()

    def _show_current(self) -> None:
        if getattr(self, "closed", False):
            return  # closed for good: pyqtgraph has deleted what it showed
        plot = self._plots.get((0, 0))
        shown = self.current is not None and self.hasFocus() and plot is not None
        if self._ring is not None:
            self._ring.setVisible(shown)
        if not shown or plot is None or self.current is None:
            return
        position = self.positions[self.current]
        point = self.point(self.current)
        size = self.theme.size(point_size(point.contacts)) + 12
        if self._ring is None:
            self._ring = pg.ScatterPlotItem(
                symbol="o",
                brush=None,
                pen=self.theme.pen(self.theme.foreground, 2.0, Qt.PenStyle.DashLine),
            )
            self._ring.setZValue(11)
            plot.addItem(self._ring)
        self._ring.setData([position.x()], [position.y()], size=size)
        self._ring.setVisible(True)
        description = self._tip(0.0, 0.0, self.current).replace("\n", ". ")
        self.setAccessibleDescription(description)
        centre = plot.vb.mapViewToScene(position)
        QToolTip.showText(
            self.mapToGlobal(self.mapFromScene(centre)) + QPoint(int(size / 2), int(size / 2)),
            self._tip(0.0, 0.0, self.current).replace(
                translate("PortfolioMapChart", "Click to open it"),
                translate("PortfolioMapChart", "Enter opens it"),
            ),
            self,
        )

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.current is None and self.positions:
            self.current = self.order()[0]
        self._show_current()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        QToolTip.hideText()
        self._show_current()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        order = self.order()
        key = event.key()
        if not order:
            super().keyPressEvent(event)
            return
        at = order.index(self.current) if self.current in order else -1
        steps = {
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Up: -1,
        }
        if key in steps:
            step = steps[Qt.Key(key)]
            at = max(0, min(len(order) - 1, (0 if at < 0 else at + step)))
            self.set_current(order[at])
        elif key == Qt.Key.Key_Home:
            self.set_current(order[0])
        elif key == Qt.Key.Key_End:
            self.set_current(order[-1])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self.current is not None:
                self.partnership_activated.emit(self.current)
        elif event.text().strip() and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
            self._type_ahead(event.text(), order)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _type_ahead(self, text: str, order: list[int]) -> None:
        # Letters typed within a second add up ("he" for Heritage); a pause starts again.
        now = time.monotonic()
        self._typed = (self._typed if now - self._typed_at < 1.0 else "") + text.casefold()
        self._typed_at = now
        by_name = sorted(order, key=lambda pid: self.point(pid).name.casefold())
        for pid in by_name:
            if self.point(pid).name.casefold().startswith(self._typed):
                self.set_current(pid)
                return

    def point(self, partnership_id: int) -> MapPoint:
        return next(p for p in self.data.points if p.partnership_id == partnership_id)

    def _tip(self, x: float, y: float, data: Any) -> str:
        point = self.point(int(data))
        lines = [
            point.name,
            f"{label(point.kind)} · {label(point.stage)}",
            translate("PortfolioMapChart", "Integration %1 of 5").replace(
                "%1", strength_text(point.strength)
            ),
            translate(
                "PortfolioMapChart", "%n contacts in the last %1 days", None, point.contacts
            ).replace("%1", str(self.data.window_days)),
        ]
        if point.below_expectation:
            low, _ = expected_strength(point.kind)
            lines.append(
                translate("PortfolioMapChart", "⚠ Less integrated than a %1 needs (%2 or more)")
                .replace("%1", in_sentence(point.kind))
                .replace("%2", strength_text(low))
            )
        lines.append(translate("PortfolioMapChart", "Click to open it"))
        return "\n".join(lines)

    def _clicked(self, item: Any, points: Any, event: Any) -> None:
        if len(points):
            self.partnership_activated.emit(int(points[0].data()))

    def describe(self) -> str:
        data: PortfolioMap | None = self.data
        if data is None:
            return ""
        below = [p.name for p in data.points if p.below_expectation]
        text = translate("PortfolioMapChart", "%n partnerships on the map.", None, len(data.placed))
        if below:
            text += " " + translate(
                "PortfolioMapChart", "Less integrated than their kind needs: %1."
            ).replace("%1", ", ".join(below))
        return text


class PortfolioTrendChart(Chart):
    """The mean integration strength of the active partnerships at the end of every month,
    above bars of how many were active."""

    file_stem: ClassVar[str] = "portfolio-trend"
    export_size: ClassVar[QSize] = QSize(1200, 560)

    def __init__(self, parent: QWidget | None = None, *, theme: ChartTheme | None = None) -> None:
        self.mean_curve: pg.PlotDataItem | None = None
        self.count_bars: pg.BarGraphItem | None = None
        self.main_plot: pg.PlotItem | None = None
        self._readout: pg.TextItem | None = None
        super().__init__(parent, theme=theme)
        self.setAccessibleName(translate("PortfolioTrendChart", "Portfolio trend"))
        self.scene().sigMouseMoved.connect(self._hover)

    def is_empty(self) -> bool:
        return self.data is None or self.data.is_empty

    def draw(self) -> None:
        data: PortfolioTrend = self.data
        theme = self.theme
        live = not theme.printed
        mean_plot = self.new_plot(0, date_axis=True)
        count_plot = self.new_plot(1, date_axis=True)
        self.main_plot = mean_plot
        mean_plot.hideAxis("bottom")
        count_plot.setXLink(mean_plot)
        self.ci.layout.setRowStretchFactor(0, 3)
        self.ci.layout.setRowStretchFactor(1, 1)
        self.axis_label(mean_plot, "left", translate("PortfolioTrendChart", "Mean integration"))
        self.axis_label(count_plot, "left", translate("PortfolioTrendChart", "Active"))
        mean_plot.getAxis("left").setTicks([[(float(v), str(v)) for v in range(6)], []])
        mean_plot.getAxis("left").setGrid(40 if live else 60)
        mean_plot.setYRange(-0.1, 5.2, padding=0)
        # Both left axes as wide, so the two plots line up.
        mean_plot.getAxis("left").setWidth(62)
        count_plot.getAxis("left").setWidth(62)
        if not data.points:
            self.show_notice(
                mean_plot,
                translate(
                    "PortfolioTrendChart", "No partnership yet — add one to follow the trend."
                ),
            )
            return
        first, last = data.points[0].month, data.points[-1].on
        x_min, x_max = padded_range(first, last)
        mean_plot.setXRange(x_min, x_max, padding=0)
        if live:
            for plot in (mean_plot, count_plot):
                plot.vb.setMouseEnabled(x=True, y=False)
                plot.vb.setLimits(xMin=x_min, xMax=x_max, minXRange=90 * 86400.0)

        ends = np.array([timestamp(p.on) for p in data.points], dtype=float)
        means = np.array(
            [np.nan if p.mean_strength is None else p.mean_strength for p in data.points]
        )
        self.mean_curve = None
        if not np.isnan(means).all():
            self.mean_curve = pg.PlotDataItem(
                ends,
                means,
                pen=theme.pen(theme.foreground, 3.0),
                connect="finite",
                symbol="o",
                symbolSize=theme.size(5),
                symbolBrush=QBrush(theme.foreground),
                symbolPen=theme.pen(theme.background, 1.0),
            )
            mean_plot.addItem(self.mean_curve)
        starts = np.array([timestamp(p.month) for p in data.points], dtype=float)
        active = np.array([p.active for p in data.points], dtype=float)
        self.count_bars = pg.BarGraphItem(
            x0=starts + (ends - starts) * 0.1,
            width=(ends - starts) * 0.8,
            height=active,
            brush=QBrush(theme.tint(theme.muted, 0.55)),
            pen=pg.mkPen(None),
        )
        count_plot.addItem(self.count_bars)
        legend = self.new_legend(2)
        self.legend_entry(
            legend,
            "mean",
            translate("PortfolioTrendChart", "Mean integration of the active partnerships (0–5)"),
            Sample(
                pen=theme.pen(theme.foreground, 3.0),
                symbol="o",
                symbol_size=5,
                brush=theme.foreground,
            ),
        )
        self.legend_entry(
            legend,
            "active",
            translate("PortfolioTrendChart", "Active partnerships at the end of each month"),
            Sample(brush=theme.tint(theme.muted, 0.55)),
        )
        top = max(2.0, float(active.max()) * 1.15)
        count_plot.setYRange(0, top, padding=0)
        whole_number_ticks(count_plot.getAxis("left"), top, most=3)
        if data.is_empty:
            self.show_notice(
                mean_plot,
                translate(
                    "PortfolioTrendChart",
                    "No active partnership has been assessed yet — assess one to start the trend.",
                ),
            )
        if live:
            self._readout = pg.TextItem(
                anchor=(0, 0),
                fill=QBrush(theme.tint(theme.background, 0.92)),
                border=theme.pen(theme.muted, 1),
            )
            self._readout.setZValue(60)
            self._readout.hide()
            mean_plot.addItem(self._readout, ignoreBounds=True)

    def point_at(self, day: date) -> TrendPoint | None:
        """The month ``day`` falls in."""
        wanted = day.replace(day=1)
        return next((p for p in self.data.points if p.month == wanted), None)

    def readout_html(self, point: TrendPoint) -> str:
        theme = self.theme
        lines = [f"<b>{escape(month_name(point.month))}</b>"]
        if point.mean_strength is not None:
            lines.append(
                escape(
                    translate("PortfolioTrendChart", "Mean integration %1").replace(
                        "%1", strength_text(point.mean_strength)
                    )
                )
            )
        lines.append(
            escape(translate("PortfolioTrendChart", "%n active partnerships", None, point.active))
        )
        if point.assessed < point.active:
            lines.append(
                escape(
                    translate(
                        "PortfolioTrendChart",
                        "%n not assessed yet",
                        None,
                        point.active - point.assessed,
                    )
                )
            )
        return (
            f"<div style='color:{html_colour(theme.foreground)}; {self.label_font_css()}'>"
            + "<br>".join(lines)
            + "</div>"
        )

    def _hover(self, position: QPointF) -> None:
        plot = self.main_plot
        if plot is None or self._readout is None or not self.data or not self.data.points:
            return
        if not plot.vb.sceneBoundingRect().contains(position):
            self._readout.hide()
            return
        at = plot.vb.mapSceneToView(position)
        point = self.point_at(day_of(at.x()))
        if point is None:
            self._readout.hide()
            return
        x_min, x_max = plot.vb.viewRange()[0]
        right_half = at.x() > (x_min + x_max) / 2
        self._readout.setHtml(self.readout_html(point))
        self._readout.setAnchor((1.0, 0.0) if right_half else (0.0, 0.0))
        offset = (x_max - x_min) * 0.01
        self._readout.setPos(at.x() - offset if right_half else at.x() + offset, 5.1)
        self._readout.show()

    def leaveEvent(self, event: Any) -> None:
        if self._readout is not None:
            self._readout.hide()
        super().leaveEvent(event)

    def describe(self) -> str:
        data: PortfolioTrend | None = self.data
        if data is None or data.is_empty:
            return translate("PortfolioTrendChart", "No active partnership has been assessed yet.")
        last = data.points[-1]
        return (
            translate(
                "PortfolioTrendChart", "Mean integration of the %1 active partnerships now: %2."
            )
            .replace("%1", str(last.active))
            .replace("%2", strength_text(last.mean_strength))
        )
