"""How charts look: colours from the system palette (or paper white for print), the level
colours and line styles, stage colours and symbols, and the conversion of dates for the axes.

The five levels keep the colours and line styles of :mod:`partnerdesk.domain.vocabulary`
everywhere, so they read the same in every chart and without colour too.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette, QPen

from partnerdesk.domain.vocabulary import Level, Stage
from partnerdesk.gui.theme import is_dark, level_colour

_DASHES = {
    "solid": Qt.PenStyle.SolidLine,
    "dash": Qt.PenStyle.DashLine,
    "dot": Qt.PenStyle.DotLine,
    "dashdot": Qt.PenStyle.DashDotLine,
    "dashdotdot": Qt.PenStyle.DashDotDotLine,
}

#: Stages on the portfolio map: a colour that is not one of the levels' and a symbol, so the
#: stage reads without colour too. Okabe–Ito's sky blue and yellow, and greys.
_STAGE_STYLE = {
    Stage.EXPLORING: ("#FFFFFF", "t"),
    Stage.FORMING: ("#F0E442", "d"),
    Stage.ACTIVE: ("#56B4E9", "o"),
    Stage.DORMANT: ("#999999", "s"),
    Stage.ENDED: ("#4D4D4D", "x"),
}


@dataclass(frozen=True)
class ChartTheme:
    """The colours and sizes a chart is drawn with."""

    background: QColor
    foreground: QColor
    #: Secondary text, grid lines and guides.
    muted: QColor
    #: Whether the background is dark (level colours are lightened a little on it).
    dark: bool
    #: Multiplies every line width and symbol size: exports drawn at twice the pixel density
    #: use 2, because lines are measured in device pixels.
    scale: float = 1.0
    #: Drawn for paper (exports): a white background whatever the screen's colours.
    printed: bool = False

    @classmethod
    def from_palette(cls, palette: QPalette | None = None) -> ChartTheme:
        """The theme of the window's current colours (light or dark)."""
        palette = palette or QGuiApplication.palette()
        background = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Base)
        foreground = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if contrast(muted, background) < 2.0:
            muted = _mix(foreground, background, 0.45)
        return cls(
            background=background,
            foreground=foreground,
            muted=muted,
            dark=is_dark(palette),
        )

    @classmethod
    def for_print(cls, scale: float = 1.0) -> ChartTheme:
        """Black on white, for exported images and documents."""
        return cls(
            background=QColor("#FFFFFF"),
            foreground=QColor("#1A1A1A"),
            muted=QColor("#6B6B6B"),
            dark=False,
            scale=scale,
            printed=True,
        )

    def scaled(self, scale: float) -> ChartTheme:
        """The same theme with lines and symbols ``scale`` times as large."""
        return replace(self, scale=scale)

    # --- colours ---------------------------------------------------------------------------

    def level_colour(self, level: Level) -> QColor:
        """A level's colour, a little lighter on a dark background, as the forms show it."""
        return level_colour(level, self.dark)

    def stage_colour(self, stage: Stage) -> QColor:
        """A stage's colour on the portfolio map."""
        colour = QColor(_STAGE_STYLE[stage][0])
        if stage is Stage.EXPLORING:
            return QColor(self.background)
        return colour

    def grid(self) -> QColor:
        """Grid lines: the muted colour, faint."""
        colour = QColor(self.muted)
        colour.setAlphaF(0.25)
        return colour

    def tint(self, colour: QColor | str, alpha: float) -> QColor:
        """``colour`` made transparent to ``alpha``."""
        tinted = QColor(colour)
        tinted.setAlphaF(alpha)
        return tinted

    def band(self, index: int) -> QColor:
        """The fill of the ``index``-th shaded band (alternating, faint)."""
        colour = QColor(self.foreground)
        colour.setAlphaF(0.035 if index % 2 == 0 else 0.085)
        return colour

    # --- pens ------------------------------------------------------------------------------

    def pen(
        self,
        colour: QColor | str,
        width: float = 1.0,
        style: Qt.PenStyle = Qt.PenStyle.SolidLine,
    ) -> QPen:
        """A cosmetic pen ``width`` (device-independent) pixels wide at this theme's scale."""
        pen = QPen(QColor(colour))
        pen.setWidthF(width * self.scale)
        pen.setStyle(style)
        pen.setCosmetic(True)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        return pen

    def level_pen(self, level: Level, width: float = 2.0) -> QPen:
        """A level's pen: its colour and its line style."""
        return self.pen(self.level_colour(level), width, _DASHES[level.dash])

    def size(self, pixels: float) -> float:
        """A symbol size at this theme's scale."""
        return pixels * self.scale

    def font(self, relative: float = 1.0, *, bold: bool = False) -> QFont:
        """The application font, ``relative`` times its size."""
        font = QFont(QGuiApplication.font())
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * relative)
        else:
            font.setPixelSize(max(1, round(font.pixelSize() * relative)))
        font.setBold(bold)
        return font


def stage_symbol(stage: Stage) -> str:
    """A stage's symbol on the portfolio map (pyqtgraph's symbol names)."""
    return _STAGE_STYLE[stage][1]


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The contrast ratio of two colours as WCAG defines it: 1 (the same) to 21 (black on
    white); text wants 4.5, large text and lines 3."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _mix(a: QColor, b: QColor, share_of_a: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() * share_of_a + b.redF() * (1 - share_of_a),
        a.greenF() * share_of_a + b.greenF() * (1 - share_of_a),
        a.blueF() * share_of_a + b.blueF() * (1 - share_of_a),
    )


def html_colour(colour: QColor) -> str:
    """A colour as ``#rrggbb`` for rich text."""
    return colour.name(QColor.NameFormat.HexRgb)


# --- dates on the axes ----------------------------------------------------------------------

SECONDS_PER_DAY = 86400


def timestamp(day: date) -> float:
    """A date as Unix seconds at midnight UTC (what DateAxisItem expects, with utcOffset=0)."""
    return datetime.combine(day, time(0), tzinfo=UTC).timestamp()


def day_of(seconds: float) -> date:
    """The date of Unix seconds (UTC)."""
    return datetime.fromtimestamp(seconds, tz=UTC).date()


def padded_range(start: date, end: date) -> tuple[float, float]:
    """The x range, in Unix seconds, that shows ``start`` to ``end`` with a little room on
    either side; charts over the same dates share it, so their axes line up."""
    first, last = timestamp(start), timestamp(end)
    # A partnership only days old still gets two months of axis, ending today.
    first = min(first, last - 60 * SECONDS_PER_DAY)
    pad = (last - first) * 0.015
    return first - pad, last + pad
