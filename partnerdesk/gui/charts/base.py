"""What every chart shares: its theme, legend, empty state, date axis, and saving as PNG or SVG.

A chart is a :class:`pyqtgraph.GraphicsLayoutWidget` given plain data from
:mod:`partnerdesk.domain.charts` with :meth:`Chart.set_data`; it never reads the database.
Saving draws a copy of the chart in the print theme (black on white), offscreen, so what is
saved does not depend on the screen's colours and the chart on screen is left alone.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import (
    HOUR_SPACING,
    MONTH_DAY_ZOOM_LEVEL,
    YEAR_MONTH_ZOOM_LEVEL,
    ZoomLevel,
)
from pyqtgraph.graphicsItems.ScatterPlotItem import drawSymbol
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QContextMenuEvent,
    QFontMetricsF,
    QImage,
    QPainter,
    QPaintEvent,
    QPen,
    QPicture,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication, QFileDialog, QGraphicsTextItem, QMenu, QWidget

from partnerdesk.files import atomic_write
from partnerdesk.gui.charts.style import ChartTheme, day_of
from partnerdesk.gui.text import translate

pg.setConfigOptions(antialias=True)

#: The formats charts are saved in.
FORMATS = ("png", "svg")


class UnknownFormatError(ValueError):
    """A chart was asked for in a format other than PNG or SVG."""


def format_of(path: Path | str) -> str:
    """The format a file name asks for: ``png`` or ``svg`` (raises UnknownFormatError)."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise UnknownFormatError(
            translate("Chart", "Save the chart as a .png or .svg file (not “%1”).").replace(
                "%1", Path(path).name
            )
        )
    return suffix


# --- the date axis --------------------------------------------------------------------------


class _UtcZoomLevel(ZoomLevel):
    """A zoom level of an axis whose dates are placed in UTC, with ticks a day apart or more.

    pyqtgraph moves each tick to local time by converting it to a QDateTime and back, to add
    an offset that is 0 here: a tenth of a second for the months of ten years, at every paint.
    """

    def moveTicksToLocalTimeCoords(
        self, ticks: np.ndarray, spacing: int, skipFactor: int
    ) -> np.ndarray:
        if self.utcOffset == 0 and spacing > HOUR_SPACING:
            return ticks
        return super().moveTicksToLocalTimeCoords(ticks, spacing, skipFactor)


def _in_utc(level: ZoomLevel) -> _UtcZoomLevel:
    return _UtcZoomLevel(level.tickSpecs, level.exampleText)


class DateAxis(pg.DateAxisItem):
    """Dates on an axis, with month names in the user's language and no finer than days."""

    def __init__(self, orientation: str = "bottom", **options: Any) -> None:
        # utcOffset=0: charts place each date at midnight UTC, so no time zone shifts a day.
        super().__init__(orientation, utcOffset=0, **options)
        self.zoomLevels = OrderedDict(
            [(np.inf, _in_utc(YEAR_MONTH_ZOOM_LEVEL)), (5 * 86400, _in_utc(MONTH_DAY_ZOOM_LEVEL))]
        )
        # Month names under the years as long as they fit side by side.
        self.setStyle(textFillLimits=[(0, 0.9), (2, 0.82), (4, 0.6)])

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        from PySide6.QtCore import QLocale

        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        pattern = spec.format if spec is not None else "%Y"
        locale = QLocale()
        strings = []
        for value in values:
            try:
                day = day_of(value)
            except (OverflowError, OSError, ValueError):
                strings.append("")
                continue
            if "%Y" in pattern:
                strings.append(str(day.year))
            elif "%b" in pattern:
                strings.append(
                    locale.standaloneMonthName(day.month, QLocale.FormatType.ShortFormat)
                )
            elif day.day < 4 or day.day > 27:
                # Days next to the start of a month would run into the month's name.
                strings.append("")
            else:
                strings.append(str(day.day))
        return strings


def whole_number_ticks(axis: pg.AxisItem, top: float, most: int = 8) -> None:
    """Ticks at whole numbers only (counts), at most about ``most`` of them up to ``top``."""
    step = next((s for s in (1, 2, 5, 10, 20, 50, 100, 200, 500) if top / s <= most), 1000)
    axis.setTickSpacing(levels=[(float(step), 0.0)])


# --- the legend -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Sample:
    """What a legend entry shows before its text: a line, a filled box or a symbol."""

    pen: QPen | None = None
    brush: QColor | None = None
    symbol: str | None = None
    symbol_size: float = 9.0
    #: Whether a line is drawn through the sample (with ``pen``).
    line: bool = True


class LegendEntry(pg.GraphicsWidget):
    """One entry of a :class:`Legend`: a sample and its text; clicking it can hide what it
    stands for."""

    SAMPLE_WIDTH = 30.0
    GAP = 6.0
    PADDING = 14.0

    def __init__(
        self,
        key: Hashable,
        text: str,
        sample: Sample,
        theme: ChartTheme,
        on_toggle: Callable[[Hashable, bool], None] | None,
        *,
        tooltip: str = "",
    ) -> None:
        super().__init__()
        self.key = key
        self.text = text
        self.sample = sample
        self.theme = theme
        self.shown = True
        self._on_toggle = on_toggle
        self._font = theme.font(0.92)
        metrics = QFontMetricsF(self._font)
        width = self.SAMPLE_WIDTH + self.GAP + metrics.horizontalAdvance(text) + self.PADDING
        height = max(metrics.height() + 6, 18.0)
        self.setMinimumSize(width, height)
        self.setMaximumSize(width, height)
        self.resize(width, height)
        if on_toggle is not None:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setToolTip(
                tooltip or translate("Chart", "Click to hide or show “%1”").replace("%1", text)
            )
        elif tooltip:
            self.setToolTip(tooltip)

    def set_shown(self, shown: bool) -> None:
        self.shown = shown
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.size().width(), self.size().height())

    def paint(self, painter: QPainter, *args: Any) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        height = self.size().height()
        middle = height / 2
        painter.setOpacity(1.0 if self.shown else 0.35)
        sample = self.sample
        left, right = 2.0, self.SAMPLE_WIDTH - 2.0
        if sample.brush is not None and sample.symbol is None:
            painter.setPen(sample.pen or Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(sample.brush))
            painter.drawRect(QRectF(left + 6, middle - 6, right - left - 12, 12))
        elif sample.pen is not None and sample.line:
            painter.setPen(sample.pen)
            painter.drawLine(QPointF(left, middle), QPointF(right, middle))
        if sample.symbol is not None:
            painter.save()
            painter.translate((left + right) / 2, middle)
            drawSymbol(
                painter,
                sample.symbol,
                sample.symbol_size,
                sample.pen or QPen(self.theme.foreground),
                QBrush(sample.brush or self.theme.foreground),
            )
            painter.restore()
        painter.setPen(self.theme.foreground)
        painter.setFont(self._font)
        text_rect = QRectF(self.SAMPLE_WIDTH + self.GAP, 0, self.size().width(), height)
        font = painter.font()
        font.setStrikeOut(not self.shown)
        painter.setFont(font)
        painter.drawText(
            text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), self.text
        )

    def mouseClickEvent(self, event: Any) -> None:
        if self._on_toggle is None or event.button() != Qt.MouseButton.LeftButton:
            return
        event.accept()
        self.set_shown(not self.shown)
        self._on_toggle(self.key, self.shown)

    def hoverEvent(self, event: Any) -> None:
        if self._on_toggle is not None and not event.isExit():
            event.acceptClicks(Qt.MouseButton.LeftButton)


class Legend(pg.GraphicsWidget):
    """A row (or rows) of entries under a chart, flowing to the width it is given."""

    SPACING = 4.0

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[LegendEntry] = []
        self._width = 0.0

    def add(self, entry: LegendEntry) -> LegendEntry:
        entry.setParentItem(self)
        self.entries.append(entry)
        self.flow(self._width or 10_000)
        return entry

    def entry(self, key: Hashable) -> LegendEntry:
        return next(e for e in self.entries if e.key == key)

    def flow(self, width: float) -> None:
        """Lay the entries out in centred rows no wider than ``width``."""
        self._width = width
        rows: list[list[LegendEntry]] = [[]]
        used = 0.0
        for entry in self.entries:
            needed = entry.size().width() + (self.SPACING if rows[-1] else 0)
            if rows[-1] and used + needed > width:
                rows.append([])
                used = 0.0
                needed = entry.size().width()
            rows[-1].append(entry)
            used += needed
        y = 0.0
        for row in rows:
            row_width = sum(e.size().width() for e in row) + self.SPACING * max(0, len(row) - 1)
            x = max(0.0, (width - row_width) / 2) if width < 10_000 else 0.0
            height = max((e.size().height() for e in row), default=0.0)
            for entry in row:
                entry.setPos(x, y)
                x += entry.size().width() + self.SPACING
            y += height
        self.setMinimumHeight(y)
        self.setMaximumHeight(y)
        self.setPreferredHeight(y)
        self.updateGeometry()

    def setGeometry(self, rect: QRectF) -> None:  # type: ignore[override]
        super().setGeometry(rect)
        if abs(rect.width() - self._width) > 0.5:
            self.flow(rect.width())


class TextBlock(pg.GraphicsWidget):
    """Rich text in a chart's layout that wraps to the width it is given."""

    def __init__(self, html: str, theme: ChartTheme) -> None:
        super().__init__()
        self.item = QGraphicsTextItem(self)
        self.item.setDefaultTextColor(theme.foreground)
        self.item.setFont(theme.font(0.92))
        self.item.setHtml(html)
        self._width = -1.0
        self.wrap(480)

    def text(self) -> str:
        """The text shown, without markup."""
        return self.item.toPlainText()

    def wrap(self, width: float) -> None:
        self._width = width
        self.item.setTextWidth(max(80.0, width))
        height = self.item.boundingRect().height()
        self.setMinimumHeight(height)
        self.setMaximumHeight(height)
        self.setPreferredHeight(height)
        self.updateGeometry()

    def setGeometry(self, rect: QRectF) -> None:  # type: ignore[override]
        super().setGeometry(rect)
        if abs(rect.width() - self._width) > 0.5:
            self.wrap(rect.width())


# --- the empty state ------------------------------------------------------------------------


class Notice(QGraphicsTextItem):
    """A message in the middle of a plot (for example "No assessment yet — add one")."""

    def __init__(self, view: pg.ViewBox, text: str, theme: ChartTheme) -> None:
        super().__init__()
        self.setParentItem(view)
        self.view = view
        self.setDefaultTextColor(theme.muted if not theme.printed else theme.foreground)
        self.setFont(theme.font(1.1))
        self.setPlainText(text)
        self.setZValue(1000)
        view.sigResized.connect(self.centre)
        self.centre()

    def centre(self, *args: Any) -> None:
        area = self.view.boundingRect()
        self.setTextWidth(max(120.0, min(area.width() - 40, 460.0)))
        document = self.document()
        option = document.defaultTextOption()
        option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        document.setDefaultTextOption(option)
        box = self.boundingRect()
        self.setPos(area.center().x() - box.width() / 2, area.center().y() - box.height() / 2)


# --- the chart ------------------------------------------------------------------------------


def _gathered(_regions: object) -> None:
    """Listens to a chart's scene so that Qt gathers its updates (see :class:`Chart`)."""


class Chart(pg.GraphicsLayoutWidget):
    """A chart of some data from :mod:`partnerdesk.domain.charts`.

    Subclasses build their plots in :meth:`draw` from ``self.data`` and the theme, and say
    what to save under :attr:`file_stem` and :attr:`export_size`. The chart follows the
    window's light or dark colours unless it was given a fixed theme (as copies for saving are).
    """

    #: Offered as the file name when saving (translated through the "Chart" context).
    file_stem: ClassVar[str] = "chart"
    #: The size a saved copy is drawn at by default (device-independent pixels).
    export_size: ClassVar[QSize] = QSize(1200, 600)

    def __init__(self, parent: QWidget | None = None, *, theme: ChartTheme | None = None) -> None:
        super().__init__(parent)
        self._fixed_theme = theme
        self.theme = theme or ChartTheme.from_palette(self.palette())
        self.data: Any = None
        self.notice: Notice | None = None
        self._plots: dict[tuple[int, int], pg.PlotItem] = {}
        #: Each named axis: its name and shorter names, and the one it shows (None: none).
        self._axis_names: dict[pg.AxisItem, tuple[list[str], str | None]] = {}
        self.setBackground(self.theme.background)
        # With nothing listening to the scene's changes, Qt hands every item's update to the
        # view at once, and a chart drawn anew was painted twice over; listened to, the
        # updates are gathered and painted once, at the next turn of the event loop.
        self.scene().changed.connect(_gathered)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.ci.setContentsMargins(6, 8, 12, 4)
        self.ci.layout.setVerticalSpacing(4)
        #: The narrowest the chart is ever made, whatever it shows.
        self.least_width = 220
        self.setMinimumSize(self.least_width, 160)

    # --- data ------------------------------------------------------------------------------

    def set_data(self, data: Any) -> None:
        """Show ``data`` (the matching object of :mod:`partnerdesk.domain.charts`)."""
        self.data = data
        self.redraw()

    def redraw(self) -> None:
        """Draw the chart again from its data and theme.

        The plots are kept (emptied) from one drawing to the next: making a plot with its axes
        costs more than everything drawn in it.
        """
        self._clear()
        self.setBackground(self.theme.background)
        if self.data is not None:
            self.draw()
            # Laid out and placed in their views now rather than when first painted: what
            # moves during a paint is painted again, once or twice.
            self.ci.layout.activate()
            self.scene().prepareForPaint()
        self.setAccessibleDescription(self.describe())
        self._fit_minimum_width()

    def _needed_width(self) -> int:
        needed = self.ci.effectiveSizeHint(Qt.SizeHint.MinimumSize).width()
        return max(self.least_width, math.ceil(needed) + 2)

    def _fit_minimum_width(self) -> None:
        # pyqtgraph lays its plots out inside the scene, where a view narrower than they need
        # cuts them off at the right. Telling the widget what they need lets the window's
        # layout give it that room (or a scroll area around the chart scroll) instead.
        needed = self._needed_width()
        if needed != self.minimumWidth():
            self.setMinimumWidth(needed)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        # Axes measure their labels when they first draw them, which can widen the plots.
        if self._needed_width() != self.minimumWidth():
            QTimer.singleShot(0, self, self._fit_minimum_width)

    def _clear(self) -> None:
        if self.notice is not None:
            self.notice.view.sigResized.disconnect(self.notice.centre)
            scene = self.notice.scene()
            if scene is not None:
                scene.removeItem(self.notice)
            self.notice = None
        kept = set(self._plots.values())
        for item in list(self.ci.items):
            if item not in kept:
                self.ci.removeItem(item)
        for plot in kept:
            plot.clear()

    def draw(self) -> None:
        """Build the plots from ``self.data`` (which is not None)."""
        raise NotImplementedError

    def describe(self) -> str:
        """What the chart shows, in a sentence, for screen readers."""
        return ""

    def is_empty(self) -> bool:
        """Whether there is nothing to plot (the chart then says what to do instead)."""
        return self.data is None

    def view_state(self) -> dict[str, Any]:
        """What the user changed by hand (zoom, hidden series), for a copy to match."""
        return {}

    def restore_view_state(self, state: dict[str, Any]) -> None:
        """Apply what :meth:`view_state` returned."""

    # --- pieces subclasses use -------------------------------------------------------------

    def new_plot(
        self, row: int, col: int = 0, *, date_axis: bool = False, **options: Any
    ) -> pg.PlotItem:
        """The plot at ``row`` and ``col`` styled by the theme, without pyqtgraph's own menus
        and buttons: the one drawn there before, emptied, or a new one."""
        plot = self._plots.get((row, col))
        if plot is None:
            axes = {"bottom": DateAxis()} if date_axis else {}
            plot = self.ci.addPlot(row=row, col=col, axisItems=axes, **options)
            plot.setMenuEnabled(False)
            plot.hideButtons()
            plot.vb.setDefaultPadding(0.0)
            self._plots[(row, col)] = plot
        plot.vb.setMouseEnabled(x=False, y=False)
        # What the previous drawing limited must not clamp the ranges of this one.
        plot.vb.setLimits(
            xMin=None, xMax=None, yMin=None, yMax=None, minXRange=None, minYRange=None
        )
        self.style_plot(plot)
        return plot

    def style_plot(self, plot: pg.PlotItem) -> None:
        theme = self.theme
        for name in ("left", "bottom", "right", "top"):
            axis = plot.getAxis(name)
            axis.setPen(theme.pen(theme.muted, 1.0))
            axis.setTextPen(theme.pen(theme.foreground, 1.0))
            axis.setTickPen(theme.pen(theme.muted, 1.0))
            axis.setStyle(tickFont=theme.font(0.9), tickTextOffset=4)
            # Grid lines (drawn by the axes) go behind what is plotted, not over it.
            axis.setZValue(-100)

    def axis_label(self, plot: pg.PlotItem, side: str, text: str, short: str = "") -> None:
        """Name an axis. A left or right axis too short for ``text`` says ``short`` instead,
        or nothing: a name cut off reads worse than none (the legend still says it)."""
        axis = plot.getAxis(side)
        texts = [text, short] if short else [text]
        if side in ("left", "right") and axis not in self._axis_names:
            axis.geometryChanged.connect(lambda: self._fit_axis_name(axis))
        self._axis_names[axis] = (texts, None)
        self._fit_axis_name(axis)

    def _fit_axis_name(self, axis: pg.AxisItem) -> None:
        texts, shown = self._axis_names[axis]
        font = self.theme.font(0.92)
        room = axis.geometry().height() - 6 if axis.orientation in ("left", "right") else 0
        metrics = QFontMetricsF(font)
        fitting = (
            texts[0]
            if room <= 0
            else next((t for t in texts if metrics.horizontalAdvance(t) <= room), None)
        )
        if fitting == shown and (fitting is None) != axis.label.isVisible():
            return
        self._axis_names[axis] = (texts, fitting)
        if fitting is None:
            axis.showLabel(False)
            return
        axis.setLabel(
            fitting,
            **{"color": self.theme.foreground.name(), "font-size": f"{font.pointSizeF():.1f}pt"},
        )

    def title(self, plot: pg.PlotItem, text: str) -> None:
        """A title over ``plot``, in the theme's colours."""
        font = self.theme.font(0.9, bold=True)
        plot.setTitle(
            text,
            color=self.theme.foreground.name(),
            size=f"{font.pointSizeF():.1f}pt",
            bold=True,
        )

    def new_legend(self, row: int, col: int = 0, colspan: int = 1) -> Legend:
        legend = Legend()
        self.ci.addItem(legend, row=row, col=col, colspan=colspan)
        return legend

    def legend_entry(
        self,
        legend: Legend,
        key: Hashable,
        text: str,
        sample: Sample,
        *,
        toggle: Callable[[Hashable, bool], None] | None = None,
        shown: bool = True,
        tooltip: str = "",
    ) -> LegendEntry:
        entry = legend.add(LegendEntry(key, text, sample, self.theme, toggle, tooltip=tooltip))
        entry.set_shown(shown)
        return entry

    def show_notice(self, plot: pg.PlotItem, text: str) -> None:
        """Say in the middle of ``plot`` that there is nothing to show, and what to do."""
        self.notice = Notice(plot.vb, text, self.theme)

    def label_font_css(self, relative: float = 0.9) -> str:
        font = self.theme.font(relative)
        return f"font-size:{font.pointSizeF():.1f}pt"

    # --- following the window's colours ----------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # Qt sends palette changes while the view is being built: wait until it is. A view
        # closed for good (pyqtgraph empties its scene then) has nothing left to draw.
        if not hasattr(self, "theme") or getattr(self, "closed", False):
            return
        if event.type() == QEvent.Type.PaletteChange and self._fixed_theme is None:
            self.theme = ChartTheme.from_palette(self.palette())
            self.redraw()

    # --- saving ----------------------------------------------------------------------------

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())
        event.accept()

    def context_menu(self) -> QMenu:
        """The menu on a right click (or the menu key): save the chart as PNG or SVG."""
        menu = QMenu(self)
        for fmt, text in (
            ("png", translate("Chart", "Save as &PNG image…")),
            ("svg", translate("Chart", "Save as &SVG drawing…")),
        ):
            action = QAction(text, menu)
            action.setData(fmt)
            action.triggered.connect(lambda _=False, f=fmt: self.save_interactively(f))
            action.setEnabled(self.data is not None)
            menu.addAction(action)
        return menu

    def save_interactively(self, fmt: str) -> Path | None:
        """Ask where to save the chart as ``fmt`` and save it; the path, or None if cancelled."""
        from partnerdesk.gui.dialogs import warn

        name = translate("Chart", self.file_stem)
        path = choose_save_path(self, fmt, name)
        if path is None:
            return None
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(f"{path.name}.{fmt}")
        try:
            self.save(path, size=self.size() if self.isVisible() else None)
        except OSError as exc:
            warn(
                self,
                translate("Chart", "Save chart"),
                translate("Chart", "The chart could not be saved."),
                str(exc),
            )
            return None
        return path

    def save(self, path: Path, *, size: QSize | None = None) -> None:
        """Save a print copy of the chart to ``path`` (PNG or SVG by its extension), atomically."""
        fmt = format_of(path)
        data = self.render_bytes(fmt, size)
        with atomic_write(path, "wb") as stream:
            stream.write(data)

    def print_copy(self, scale: float = 1.0) -> Chart:
        """A copy of this chart in the print theme, with the same data and view."""
        copy = type(self)(theme=ChartTheme.for_print(scale))
        copy.set_data(self.data)
        copy.restore_view_state(self.view_state())
        return copy

    def render_bytes(
        self, fmt: str, size: QSize | None = None, *, scale: float | None = None
    ) -> bytes:
        """The chart drawn for print as PNG or SVG bytes, at ``size`` (by default
        :attr:`export_size`). PNG images are drawn at twice the density unless told."""
        size = size or self.export_size
        if scale is None:
            scale = 2.0 if fmt == "png" else 1.0
        copy = self.print_copy(scale if fmt == "png" else 1.0)
        try:
            return render_offscreen(copy, fmt, size, scale=scale)
        finally:
            dispose(copy)


def choose_save_path(parent: QWidget, fmt: str, name: str) -> Path | None:
    """Ask the user where to save a chart (tests replace this function)."""
    filters = {
        "png": translate("Chart", "PNG image (*.png)"),
        "svg": translate("Chart", "SVG drawing (*.svg)"),
    }
    dialog = QFileDialog(parent, translate("Chart", "Save chart"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(filters[fmt])
    dialog.setDefaultSuffix(fmt)
    dialog.selectFile(f"{name}.{fmt}")
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def render_offscreen(chart: Chart, fmt: str, size: QSize, *, scale: float = 1.0) -> bytes:
    """Draw ``chart`` at ``size`` without showing it on screen, as PNG or SVG bytes.

    The chart is laid out as a window that never reaches the screen: a widget that was never
    shown ignores the size it is given (the layout only happens when it is shown).
    """
    if fmt not in FORMATS:
        raise UnknownFormatError(fmt)
    _offscreen(chart, size)
    if fmt == "png":
        return png_bytes(_drawn(chart, size, scale))
    area = QRectF(0, 0, size.width(), size.height())
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(size)
    generator.setViewBox(area)
    # pyqtgraph caches axes and bars as QPictures, which replay scaled by the ratio of the
    # device's resolution to their own: the drawing must have the same resolution.
    generator.setResolution(QPicture().logicalDpiX())
    generator.setTitle(chart.accessibleName() or "PartnerDesk")
    generator.setDescription(chart.describe())
    painter = QPainter(generator)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(area, chart.theme.background)
    chart.scene().render(painter, area, area)
    painter.end()
    buffer.close()
    return bytes(buffer.data().data())


def image_offscreen(chart: Chart, size: QSize, *, scale: float = 1.0) -> QImage:
    """Draw ``chart`` at ``size`` without showing it on screen, as an image of ``scale`` times
    as many pixels (encoding it is left to whoever needs it, on any thread)."""
    _offscreen(chart, size)
    return _drawn(chart, size, scale)


def _offscreen(chart: Chart, size: QSize) -> None:
    chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    chart.resize(size)
    chart.show()
    # Only posted events (layout requests), never user input: safe in the middle of anything.
    QApplication.sendPostedEvents()
    QApplication.sendPostedEvents()


def _drawn(chart: Chart, size: QSize, scale: float) -> QImage:
    area = QRectF(0, 0, size.width(), size.height())
    image = QImage(
        round(size.width() * scale), round(size.height() * scale), QImage.Format.Format_ARGB32
    )
    image.setDevicePixelRatio(scale)
    image.fill(chart.theme.background)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    chart.scene().render(painter, area, area)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    """``image`` encoded as PNG (any thread)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def dispose(chart: QWidget) -> None:
    """Close and delete a chart drawn offscreen now, not at some later turn of the loop."""
    chart.close()
    chart.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
