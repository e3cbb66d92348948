"""The snapshot: one assessment as a radar of the five levels, another overlaid to show the
change."""

from __future__ import annotations

import math
from html import escape
from typing import ClassVar

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QBrush, QPolygonF
from PySide6.QtWidgets import QGraphicsPolygonItem, QWidget

from partnerdesk.domain.charts import Snapshot
from partnerdesk.domain.records import Assessment
from partnerdesk.domain.vocabulary import Level
from partnerdesk.gui.charts.base import Chart, Sample
from partnerdesk.gui.charts.style import ChartTheme
from partnerdesk.gui.text import label, short_date, strength_text, translate

_RINGS = range(1, 6)
_LABEL_RADIUS = 5.45


def spoke(level: Level, radius: float) -> QPointF:
    """Where ``radius`` lies on a level's spoke: strategic at the top, the others clockwise."""
    index = list(Level).index(level)
    angle = math.radians(90 - index * 360 / len(Level))
    return QPointF(radius * math.cos(angle), radius * math.sin(angle))


def outline(assessment: Assessment) -> QPolygonF:
    """The polygon of an assessment's rated levels (a level not rated is left out)."""
    return QPolygonF(
        [
            spoke(level, float(score))
            for level, score in assessment.scores.items()
            if score is not None
        ]
    )


def change_text(now: int | None, before: int | None) -> str:
    """The change of a score as "+1", "−2" or "=" (empty when either is not rated)."""
    if now is None or before is None:
        return ""
    difference = now - before
    if difference == 0:
        return "="
    return f"+{difference}" if difference > 0 else f"−{-difference}"


class RadarChart(Chart):
    """A radar (spider) chart of an assessment's five levels, with an earlier one dashed."""

    file_stem: ClassVar[str] = "snapshot"
    export_size: ClassVar[QSize] = QSize(760, 640)

    def __init__(self, parent: QWidget | None = None, *, theme: ChartTheme | None = None) -> None:
        self.shape: QGraphicsPolygonItem | None = None
        self.compared_shape: QGraphicsPolygonItem | None = None
        self.level_labels: dict[Level, pg.TextItem] = {}
        super().__init__(parent, theme=theme)
        self.setAccessibleName(translate("RadarChart", "Snapshot of the five levels"))
        self.setMinimumSize(220, 236)

    def is_empty(self) -> bool:
        return self.data is None or self.data.is_empty

    def draw(self) -> None:
        data: Snapshot = self.data
        theme = self.theme
        self.shape = None
        self.compared_shape = None
        self.level_labels = {}
        plot = self.new_plot(0)
        for side in ("left", "bottom"):
            plot.hideAxis(side)
        plot.setAspectLocked(True)
        plot.setRange(xRange=(-7.8, 7.8), yRange=(-6.2, 6.6), padding=0)

        grid = theme.pen(theme.muted, 0.8)
        for ring in _RINGS:
            pen = theme.pen(theme.muted, 1.2 if ring == 5 else 0.6)
            polygon = QPolygonF([spoke(level, ring) for level in Level])
            item = QGraphicsPolygonItem(polygon)
            item.setPen(pen)
            plot.addItem(item)
            number = pg.TextItem(str(ring), color=theme.muted, anchor=(-0.15, 0.5))
            number.setFont(theme.font(0.75))
            number.setPos(spoke(Level.STRATEGIC, ring))
            plot.addItem(number)
        for level in Level:
            line = pg.PlotCurveItem(
                [0.0, spoke(level, 5).x()], [0.0, spoke(level, 5).y()], pen=grid
            )
            plot.addItem(line)

        shown, compared = data.shown, data.compared
        if compared is not None:
            self.compared_shape = QGraphicsPolygonItem(outline(compared))
            self.compared_shape.setPen(theme.pen(theme.muted, 2.0, Qt.PenStyle.DashLine))
            self.compared_shape.setBrush(QBrush(theme.tint(theme.muted, 0.10)))
            self.compared_shape.setZValue(5)
            plot.addItem(self.compared_shape)
        if shown is not None:
            self.shape = QGraphicsPolygonItem(outline(shown))
            self.shape.setPen(theme.pen(theme.foreground, 2.5))
            self.shape.setBrush(QBrush(theme.tint(theme.level_colour(Level.STRATEGIC), 0.22)))
            self.shape.setZValue(10)
            plot.addItem(self.shape)
            rated = [(lv, s) for lv, s in shown.scores.items() if s is not None]
            dots = pg.ScatterPlotItem(
                [spoke(lv, s).x() for lv, s in rated],
                [spoke(lv, s).y() for lv, s in rated],
                symbol="o",
                size=theme.size(10),
                pen=theme.pen(theme.background, 1.5),
                brush=[QBrush(theme.level_colour(lv)) for lv, _ in rated],
            )
            dots.setZValue(12)
            plot.addItem(dots)

        for level in Level:
            self.level_labels[level] = self._level_label(plot, level, shown, compared)
        # The labels keep their size while the rings shrink with the chart: leave room for the
        # widest on each side, so none is cut off in a narrow window.
        sides = [
            item.textItem.boundingRect().width()
            for level, item in self.level_labels.items()
            if abs(spoke(level, _LABEL_RADIUS).x()) >= 0.5
        ]
        self.least_width = max(220, math.ceil(2 * max(sides, default=0.0)) + 110)

        if shown is None:
            self.show_notice(
                plot,
                translate("RadarChart", "No assessment yet — add one with “New Assessment…”."),
            )
            return
        legend = self.new_legend(1)
        self.legend_entry(
            legend,
            "shown",
            translate("RadarChart", "%1 · overall %2")
            .replace("%1", short_date(shown.assessed_on))
            .replace("%2", strength_text(shown.strength)),
            Sample(
                pen=theme.pen(theme.foreground, 2.5),
                brush=theme.tint(theme.level_colour(Level.STRATEGIC), 0.22),
            ),
        )
        if compared is not None:
            self.legend_entry(
                legend,
                "compared",
                translate("RadarChart", "%1 · overall %2")
                .replace("%1", short_date(compared.assessed_on))
                .replace("%2", strength_text(compared.strength)),
                Sample(pen=theme.pen(theme.muted, 2.0, Qt.PenStyle.DashLine)),
            )

    def _level_label(
        self,
        plot: pg.PlotItem,
        level: Level,
        shown: Assessment | None,
        compared: Assessment | None,
    ) -> pg.TextItem:
        theme = self.theme
        position = spoke(level, _LABEL_RADIUS)
        horizontal = 0.5 if abs(position.x()) < 0.5 else (0.0 if position.x() > 0 else 1.0)
        vertical = 1.0 if position.y() > 0.5 else (0.0 if position.y() < -0.5 else 0.5)
        parts = [f"<b>{escape(label(level))}</b>"]
        if shown is not None:
            score = shown.scores[level]
            if score is None:
                parts.append(escape(translate("RadarChart", "not rated")))
            else:
                before = None if compared is None else compared.scores[level]
                change = change_text(score, before)
                parts.append(f"{score} ({change})" if change else str(score))
        colour = theme.level_colour(level)
        item = pg.TextItem(anchor=(horizontal, vertical))
        # A label beside the rings puts its score under its name: the widest name sets how
        # narrow the chart can be, twice over ("Zwischenmenschlich 5 (+1)" in German).
        beside = horizontal != 0.5
        align = "center" if not beside else ("left" if horizontal == 0.0 else "right")
        item.setHtml(
            f"<div style='color:{theme.foreground.name()}; text-align:{align};"
            f" {self.label_font_css(0.95)}'>"
            f"<span style='color:{colour.name()}'>■</span> "
            + ("<br>" if beside else " ").join(parts)
            + "</div>"
        )
        item.setToolTip(translate("Level", level.meaning))
        item.setPos(position)
        plot.addItem(item)
        return item

    def describe(self) -> str:
        data: Snapshot | None = self.data
        if data is None or data.shown is None:
            return translate("RadarChart", "No assessment yet.")
        scores = ", ".join(
            f"{label(level)} {score if score is not None else '–'}"
            for level, score in data.shown.scores.items()
        )
        text = (
            translate("RadarChart", "Assessment of %1: %2.")
            .replace("%1", short_date(data.shown.assessed_on))
            .replace("%2", scores)
        )
        if data.compared is not None:
            text += " " + translate("RadarChart", "Compared with %1.").replace(
                "%1", short_date(data.compared.assessed_on)
            )
        return text
