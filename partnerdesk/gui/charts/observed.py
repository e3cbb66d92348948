"""Assessed versus observed: each level's latest score beside the contacts that touched it
lately, with the disagreements between the two spelt out."""

from __future__ import annotations

from html import escape
from typing import ClassVar

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSize
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QWidget

from partnerdesk.domain.charts import Observation
from partnerdesk.domain.vocabulary import Level, Seniority
from partnerdesk.gui.charts.base import Chart, TextBlock, whole_number_ticks
from partnerdesk.gui.charts.style import ChartTheme, html_colour
from partnerdesk.gui.text import label, short_date, translate

#: Marks a level whose score and contacts disagree.
WARNING = "⚠"


def _translate(context: str, text: str) -> str:
    return translate(context, text)


class ObservedChart(Chart):
    """Two bar charts side by side, one row per level: the latest score (0–5) and the number
    of contacts that touched the level in the window; under them, where the two disagree."""

    file_stem: ClassVar[str] = "assessed-vs-observed"
    export_size: ClassVar[QSize] = QSize(1000, 520)

    def __init__(self, parent: QWidget | None = None, *, theme: ChartTheme | None = None) -> None:
        self.score_bars: pg.BarGraphItem | None = None
        self.contact_bars: pg.BarGraphItem | None = None
        self.summary: TextBlock | None = None
        super().__init__(parent, theme=theme)
        self.setAccessibleName(translate("ObservedChart", "Assessed versus observed"))

    def is_empty(self) -> bool:
        return self.data is None or self.data.is_empty

    def level_ticks(self) -> list[tuple[float, str]]:
        """The levels down the side, strategic at the top, marked where there is a doubt."""
        data: Observation = self.data
        ticks = []
        for index, level in enumerate(Level):
            text = label(level)
            if data.disagreements_of(level):
                text = f"{WARNING} {text}"
            ticks.append((float(len(Level) - 1 - index), text))
        return ticks

    def draw(self) -> None:
        data: Observation = self.data
        theme = self.theme
        ys = np.array([float(len(Level) - 1 - i) for i in range(len(Level))])
        scores = [item.score for item in data.levels]
        contacts = np.array([item.contacts for item in data.levels], dtype=float)

        assessed = self.new_plot(0, 0)
        observed = self.new_plot(0, 1)
        for plot in (assessed, observed):
            plot.setYRange(-0.6, len(Level) - 0.4, padding=0)
            plot.getAxis("bottom").setGrid(40 if not theme.printed else 60)
        assessed.getAxis("left").setTicks([self.level_ticks(), []])
        assessed.getAxis("left").setStyle(tickFont=theme.font(0.92))
        observed.hideAxis("left")
        observed.setYLink(assessed)
        # Room beyond 5 for the number at the end of a full bar.
        assessed.setXRange(-0.2, 6.2, padding=0)
        assessed.getAxis("bottom").setTicks([[(float(v), str(v)) for v in range(6)], []])
        # Each title on two lines, so that both plots keep their room in a narrow window.
        when = (
            translate("ObservedChart", "not yet")
            if data.assessed_on is None
            else short_date(data.assessed_on)
        )
        self.title(assessed, f"{escape(translate('ObservedChart', 'Assessed'))}<br>{escape(when)}")
        top = max(5.0, float(contacts.max()) * 1.2 if len(contacts) else 5.0)
        observed.setXRange(-top * 0.01, top, padding=0)
        whole_number_ticks(observed.getAxis("bottom"), top)
        window = translate("ObservedChart", "last %n days", None, data.window_days)
        self.title(
            observed,
            f"{escape(translate('ObservedChart', 'Contacts'))}<br>{escape(window)}",
        )
        rated = np.array([s is not None for s in scores], dtype=bool)
        widths = np.array([0.0 if s is None else float(s) for s in scores])
        brushes = [QBrush(theme.level_colour(level)) for level in Level]
        self.score_bars = pg.BarGraphItem(
            x0=np.zeros(len(Level)),
            y=ys,
            height=0.56,
            width=widths,
            brushes=brushes,
            pen=theme.pen(theme.background, 0.8),
        )
        assessed.addItem(self.score_bars)
        self.contact_bars = pg.BarGraphItem(
            x0=np.zeros(len(Level)),
            y=ys,
            height=0.56,
            width=contacts,
            brushes=[QBrush(theme.tint(theme.level_colour(level), 0.45)) for level in Level],
            pens=[
                theme.pen(theme.level_colour(level), 1.2) if n else pg.mkPen(None)
                for level, n in zip(Level, contacts, strict=True)
            ],
        )
        observed.addItem(self.contact_bars)
        for index, (y, score) in enumerate(zip(ys, scores, strict=True)):
            text = str(score) if rated[index] else translate("ObservedChart", "not rated")
            value = pg.TextItem(text, color=theme.foreground, anchor=(-0.15, 0.5))
            value.setFont(theme.font(0.9, bold=True))
            value.setPos(widths[index], y)
            assessed.addItem(value)
            number = pg.TextItem(
                str(int(contacts[index])), color=theme.foreground, anchor=(-0.2, 0.5)
            )
            number.setFont(theme.font(0.9))
            number.setPos(contacts[index], y)
            observed.addItem(number)

        self.ci.layout.setColumnStretchFactor(0, 1)
        self.ci.layout.setColumnStretchFactor(1, 1)
        self.summary = TextBlock(self.summary_html(), theme)
        self.ci.addItem(self.summary, row=1, col=0, colspan=2)
        if data.is_empty:
            self.show_notice(
                assessed,
                translate(
                    "ObservedChart",
                    "Nothing to compare yet — add an assessment and log your contacts.",
                ),
            )

    def summary_html(self) -> str:
        """What the window's contacts were, and every disagreement in words."""
        data: Observation = self.data
        theme = self.theme
        muted = html_colour(theme.muted)
        window = str(data.window_days)
        contacts = translate("ObservedChart", "%n contacts", None, data.contacts)
        if data.contacts == 0:
            first = translate("ObservedChart", "No contact in the last %1 days.").replace(
                "%1", window
            )
        elif data.partner_people:
            names = ", ".join(
                p.name + (" ★" if p.seniority is Seniority.LEADER else "")
                for p in data.partner_people
            )
            first = (
                translate("ObservedChart", "In the last %1 days: %2 with %3 on their side.")
                .replace("%1", window)
                .replace("%2", contacts)
                .replace("%3", names)
            )
        else:
            first = (
                translate("ObservedChart", "In the last %1 days: %2, with nobody on their side.")
                .replace("%1", window)
                .replace("%2", contacts)
            )
        gap = data.days_since_leaders_met
        if gap is None:
            leaders = translate("ObservedChart", "The leaders have never met.")
        else:
            leaders = (
                translate("ObservedChart", "The leaders last met %n days ago.", None, gap)
                if gap != 0
                else translate("ObservedChart", "The leaders met today.")
            )
        lines = [f"<span style='color:{muted}'>{escape(first)} {escape(leaders)}</span>"]
        if data.disagreements:
            for item in data.disagreements:
                lines.append(f"<b>{WARNING}</b> {escape(item.reason(_translate))}")
        elif data.assessed_on is not None and data.contacts:
            lines.append(
                escape(
                    translate("ObservedChart", "The record of contacts bears the assessment out.")
                )
            )
        return "<br>".join(lines)

    def describe(self) -> str:
        data: Observation | None = self.data
        if data is None:
            return ""
        return " ".join(item.reason(_translate) for item in data.disagreements) or translate(
            "ObservedChart", "No disagreement between the assessment and the contacts."
        )
