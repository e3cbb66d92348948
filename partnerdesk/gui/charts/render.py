"""Charts drawn to PNG or SVG without a window: for the ``chart`` command, summaries and
reports.

These functions need a QApplication (see :func:`ensure_application`) and must run on the thread
that owns it: Qt draws widgets on that thread only. Reading the data is quick (the store
aggregates it), so a worker thread that prepares a document can ask the GUI thread to draw.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Final

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from partnerdesk.domain import charts as chart_data
from partnerdesk.gui.charts.activity import ActivityChart
from partnerdesk.gui.charts.base import (
    FORMATS,
    Chart,
    UnknownFormatError,
    dispose,
    image_offscreen,
    render_offscreen,
)
from partnerdesk.gui.charts.integration import IntegrationChart
from partnerdesk.gui.charts.observed import ObservedChart
from partnerdesk.gui.charts.portfolio import PortfolioMapChart, PortfolioTrendChart
from partnerdesk.gui.charts.radar import RadarChart
from partnerdesk.gui.charts.style import ChartTheme
from partnerdesk.store.connection import Store

#: The charts of one partnership, by the name the ``chart`` command knows them by.
PARTNERSHIP_CHARTS: Final = {
    "integration": IntegrationChart,
    "activity": ActivityChart,
    "radar": RadarChart,
    "observed": ObservedChart,
}
#: The charts of the whole portfolio.
PORTFOLIO_CHARTS: Final = {"map": PortfolioMapChart, "trend": PortfolioTrendChart}


class UnknownChartError(ValueError):
    """A chart was asked for by a name that is not one of the known charts."""


def ensure_application() -> QApplication:
    """The running QApplication, or a new one that draws offscreen (no display needed)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from partnerdesk.app import application

    return application()


def _leader_threshold(value: int | None) -> int:
    if value is not None:
        return value
    from partnerdesk.gui.settings import LEADER_THRESHOLD_DAYS

    return LEADER_THRESHOLD_DAYS.value


def partnership_chart_data(
    store: Store,
    partnership_id: int,
    kind: str,
    *,
    today: date | None = None,
    leader_threshold_days: int | None = None,
    compare_with: int | None = None,
) -> object:
    """The data one of a partnership's charts shows (:mod:`partnerdesk.domain.charts`)."""
    today = today or date.today()
    if kind == "integration":
        return chart_data.integration_history(store, partnership_id, today)
    if kind == "activity":
        return chart_data.contact_activity(store, partnership_id, today)
    if kind == "radar":
        return chart_data.snapshot(store, partnership_id, compare_with=compare_with)
    if kind == "observed":
        return chart_data.assessed_vs_observed(
            store,
            partnership_id,
            today,
            leader_threshold_days=_leader_threshold(leader_threshold_days),
        )
    raise UnknownChartError(
        f"“{kind}” is not a chart of a partnership; choose one of {', '.join(PARTNERSHIP_CHARTS)}"
    )


def portfolio_chart_data(store: Store, kind: str, *, today: date | None = None) -> object:
    """The data one of the portfolio charts shows."""
    today = today or date.today()
    if kind == "map":
        return chart_data.portfolio_map(store, today)
    if kind == "trend":
        return chart_data.portfolio_trend(store, today)
    raise UnknownChartError(
        f"“{kind}” is not a chart of the portfolio; choose one of {', '.join(PORTFOLIO_CHARTS)}"
    )


def render_data(
    chart_class: type[Chart],
    data: object,
    fmt: str = "png",
    size: QSize | tuple[int, int] | None = None,
    *,
    scale: float | None = None,
) -> bytes:
    """Draw ``data`` as a ``chart_class`` chart for print (black on white), as PNG or SVG bytes.

    ``size`` is in device-independent pixels (the chart's own default if None); PNG images are
    drawn at ``scale`` times that many pixels (2 unless told), sharp enough for print.
    """
    if fmt not in FORMATS:
        raise UnknownFormatError(f"“{fmt}” is not a chart format; choose png or svg")
    if scale is None:
        scale = 2.0 if fmt == "png" else 1.0
    with _print_chart(chart_class, data, scale if fmt == "png" else 1.0) as chart:
        return render_offscreen(chart, fmt, _size(chart_class, size), scale=scale)


def render_image(
    chart_class: type[Chart], data: object, size: QSize | tuple[int, int], *, scale: float
) -> QImage:
    """Draw ``data`` as a ``chart_class`` chart for print (black on white), as an image of
    ``scale`` times ``size`` pixels, not yet encoded. GUI thread only, as every chart."""
    with _print_chart(chart_class, data, scale) as chart:
        return image_offscreen(chart, _size(chart_class, size), scale=scale)


def _size(chart_class: type[Chart], size: QSize | tuple[int, int] | None) -> QSize:
    if size is None:
        return chart_class.export_size
    return QSize(*size) if isinstance(size, tuple) else size


@contextmanager
def _print_chart(chart_class: type[Chart], data: object, scale: float) -> Iterator[Chart]:
    """A chart of ``data`` themed for print, disposed of after use."""
    ensure_application()
    chart = chart_class(theme=ChartTheme.for_print(scale))
    try:
        chart.set_data(data)
        yield chart
    finally:
        dispose(chart)


def render_partnership_chart(
    store: Store,
    partnership_id: int,
    kind: str,
    size: QSize | tuple[int, int] | None = None,
    fmt: str = "png",
    *,
    today: date | None = None,
    scale: float | None = None,
    leader_threshold_days: int | None = None,
    compare_with: int | None = None,
) -> bytes:
    """One of a partnership's charts — ``integration``, ``activity``, ``radar`` (the latest
    assessment over ``compare_with`` or the one before it) or ``observed`` — as PNG or SVG."""
    data = partnership_chart_data(
        store,
        partnership_id,
        kind,
        today=today,
        leader_threshold_days=leader_threshold_days,
        compare_with=compare_with,
    )
    return render_data(PARTNERSHIP_CHARTS[kind], data, fmt, size, scale=scale)


def render_portfolio_chart(
    store: Store,
    kind: str = "map",
    size: QSize | tuple[int, int] | None = None,
    fmt: str = "png",
    *,
    today: date | None = None,
    scale: float | None = None,
) -> bytes:
    """One of the portfolio charts — ``map`` or ``trend`` — as PNG or SVG."""
    data = portfolio_chart_data(store, kind, today=today)
    return render_data(PORTFOLIO_CHARTS[kind], data, fmt, size, scale=scale)
