"""Started by measure_window.py in a process of its own: the real window, offscreen, timed.

    python tests/benchmarks/window_probe.py AREA DATABASE --today YYYY-MM-DD --repeat N

AREA is one of :data:`AREAS`. The probe opens PartnerDesk's main window on DATABASE (a copy the
caller may write to: the quick log saves entries, and undoes them), 1280 × 800 on Qt's
offscreen platform, does what a user does, and prints one JSON object: for each figure its
samples in milliseconds (or megabytes), the samples of its floor, and details.

A user's action is timed from the moment it is handed to the window (a key, a click, a call
the click would make) until its consequences have been processed and painted: every event it
posted has been delivered, including the paint of the widgets it changed. Each sample checks
that the widget that shows the result was painted, so nothing is timed that was not drawn.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QElapsedTimer,
    QEvent,
    QEventLoop,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

import partnerdesk.app as start_up
from partnerdesk.domain.portfolio import portfolio
from partnerdesk.gui.events import Topic, events
from partnerdesk.gui.journal_page import JournalPage
from partnerdesk.gui.main_window import MainWindow
from partnerdesk.gui.sidebar import Place
from partnerdesk.store.connection import Store, open_store
from tests.benchmarks.bench import replaying, statements_of
from tests.benchmarks.generate import BUSIEST, FLAGSHIP
from tests.benchmarks.startup_probe import peak_kb

Results = dict[str, dict[str, Any]]

#: What a user types into the portfolio's filter, one keystroke at a time: parts of
#: partnership names, of partners' names, two words, and something that matches nothing.
PORTFOLIO_PHRASES = [
    "bakery",
    "co-op",
    "Riverside",
    "flour mill",
    "Oakmill",
    "heritage grain",
    "energy pool",
    "zzyzx",
]


def peak_mb() -> float:
    """This process's peak resident memory so far, in MB."""
    return peak_kb() / 1024


def settle() -> None:
    """Deliver every event posted so far and those they post in turn (layouts, paints)."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)


class Paints(QObject):
    """Counts the paint events of some widgets and everything inside them (or of whatever
    ``wanted`` accepts), to check that a timed action was drawn."""

    def __init__(self, *widgets: QWidget, wanted: Callable[[QWidget], bool] | None = None) -> None:
        super().__init__()
        self.count = 0
        self._widgets = widgets
        self._wanted = wanted
        QCoreApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            inside = any(w is watched or w.isAncestorOf(watched) for w in self._widgets)
            if inside or (self._wanted is not None and self._wanted(watched)):
                self.count += 1
        return False

    def stop(self) -> None:
        QCoreApplication.instance().removeEventFilter(self)


@contextmanager
def no_collection() -> Iterator[None]:
    """Hold the garbage collector off while timing, as bench.timed() does."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def timed(
    action: Callable[[], object],
    *painted: QWidget,
    wanted: Callable[[QWidget], bool] | None = None,
) -> float:
    """Milliseconds from handing ``action`` to the window until everything it caused has been
    processed and painted; fails when nothing in ``painted`` (or that ``wanted`` accepts) was
    painted meanwhile."""
    paints = Paints(*painted, wanted=wanted)
    with no_collection():
        started = time.perf_counter()
        action()
        settle()
        elapsed = (time.perf_counter() - started) * 1000
    paints.stop()
    if (painted or wanted) and not paints.count:
        raise RuntimeError(f"{action} changed nothing that was painted")
    return elapsed


def bare_timed(function: Callable[[], object], repeat: int) -> list[float]:
    """Milliseconds of each of ``repeat`` calls, after one untimed call."""
    function()
    samples = []
    for _ in range(repeat):
        with no_collection():
            started = time.perf_counter()
            function()
            samples.append((time.perf_counter() - started) * 1000)
    return samples


def type_phrases(
    edit: QLineEdit,
    phrases: list[str],
    repeat: int,
    *painted: QWidget,
    time_spaces: bool = True,
) -> dict[str, list[float]]:
    """Type each phrase into ``edit`` a key at a time, ``repeat`` times over, from an empty
    field; the milliseconds of each keystroke by what was typed so far. The field is left
    empty."""
    edit.setFocus()
    per_query: dict[str, list[float]] = {}
    for _ in range(repeat):
        for phrase in phrases:
            edit.clear()
            settle()
            for end in range(1, len(phrase) + 1):
                key = phrase[end - 1]
                if key == " " and not time_spaces:
                    QTest.keyClicks(edit, key)
                    settle()
                    continue
                sample = timed(lambda k=key: QTest.keyClicks(edit, k), *painted)
                per_query.setdefault(phrase[:end], []).append(sample)
    edit.clear()
    settle()
    return per_query


def keystrokes(
    per_query: dict[str, list[float]],
    floor_of: Callable[[str], Callable[[], object]],
    floor_name: str,
) -> dict[str, Any]:
    """A per-keystroke figure: the median of each text typed so far, paired with the median
    of three calls of its bare query (``floor_of(text)``)."""
    typed = list(per_query)
    samples = [statistics.median(per_query[text]) for text in typed]
    floors = [statistics.median(bare_timed(floor_of(text), 3)) for text in typed]
    return {
        "samples": samples,
        "floor": floors,
        "paired": True,
        "details": {
            text: {"median": m, floor_name: f}
            for text, m, f in zip(typed, samples, floors, strict=True)
        },
    }


class Probe:
    """The window on one database, and what the areas share."""

    def __init__(self, database: Path, today: date, repeat: int) -> None:
        self.database = database
        self.today = today
        self.repeat = repeat
        self.app = start_up.application()
        self.store: Store = open_store(database)
        self.window = MainWindow(self.store, today=lambda: today)
        self.window.resize(1280, 800)
        self.window.show()
        settle()
        # As partnerdesk.app.run() does once the window is up.
        start_up.keep_start_up_objects()
        self.collector = start_up.IdleCollector(self.app)
        self.bare = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)

    def open_journal(self) -> JournalPage:
        """The journal, shown in the window and painted."""
        self.window.show_place(Place.JOURNAL)
        settle()
        return self.window.journal_page

    def partnership_id(self, name: str) -> int:
        row = self.bare.execute("SELECT id FROM partnerships WHERE name = ?", [name]).fetchone()
        return int(row[0])

    def replay_floor(self, action: Callable[[], object]) -> Callable[[], None]:
        """The SQL statements ``action`` runs on the window's database, as a function that
        runs them again on a bare connection."""
        with statements_of(self.store) as statements:
            action()
            settle()
        return replaying(self.bare, statements)


# --- the portfolio --------------------------------------------------------------------------


def _filter_floor(probe: Probe, text: str) -> Callable[[], None]:
    """The bare SQL that finds the partnerships the filter keeps: every typed word in the name
    or a current partner's name, sorted by name."""
    words = text.casefold().split()
    where = " AND ".join(["haystack LIKE ?"] * len(words)) or "1"
    sql = f"""SELECT id, name FROM (
            SELECT p.id, p.name, p.name || ' ' || coalesce((
                SELECT group_concat(o.name, ' ') FROM partnership_members m
                JOIN organisations o ON o.id = m.organisation_id
                WHERE m.partnership_id = p.id AND o.is_self = 0
                  AND (m.left_on IS NULL OR m.left_on > ?)), '') AS haystack
            FROM partnerships p)
        WHERE {where} ORDER BY name COLLATE NOCASE, id"""
    values = [probe.today.isoformat(), *(f"%{word}%" for word in words)]
    return lambda: probe.bare.execute(sql, values).fetchall() and None


def area_portfolio(probe: Probe) -> Results:
    window = probe.window
    page = window.portfolio_page
    table = page.ui.table
    header = table.horizontalHeader()
    viewport = table.viewport()
    window.show_place(Place.PORTFOLIO)
    settle()
    floor = probe.replay_floor(lambda: portfolio(probe.store, probe.today))

    # Opening: from the journal to the portfolio, as after a change made elsewhere (the
    # change itself, which the sidebar reads the portfolio again for, is not counted here).
    opening: list[float] = []
    refreshed: list[float] = []
    for _ in range(probe.repeat):
        window.show_place(Place.JOURNAL)
        settle()
        events.announce({Topic.PARTNERSHIPS})  # a change: the page reads it again when shown
        settle()
        opening.append(timed(lambda: window.show_place(Place.PORTFOLIO), viewport))
        # A change while the portfolio is shown: the sidebar and the table read it again.
        refreshed.append(timed(lambda: events.announce({Topic.PARTNERSHIPS}), viewport))
    open_floor = bare_timed(floor, probe.repeat)

    # Sorting by each column, both ways, by clicking its header.
    sorting: list[float] = []
    per_column: dict[str, float] = {}
    for _ in range(probe.repeat):
        for column in range(page.model.columnCount()):
            for _order in range(2):
                position = header.sectionViewportPosition(column) + 5
                sample = timed(
                    lambda x=position: QTest.mouseClick(
                        header.viewport(),
                        Qt.MouseButton.LeftButton,
                        Qt.KeyboardModifier.NoModifier,
                        QPoint(x, 5),
                    ),
                    viewport,
                )
                sorting.append(sample)
                title = str(page.model.headerData(column, Qt.Orientation.Horizontal))
                per_column.setdefault(title, 0.0)
                per_column[title] = max(per_column[title], sample)
    sort_floor = bare_timed(floor, len(sorting))
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    settle()

    # Filtering as the user types, a keystroke at a time.
    per_query = type_phrases(page.ui.filterEdit, PORTFOLIO_PHRASES, probe.repeat, viewport, page)
    return {
        "portfolio: open": {"samples": opening, "floor": open_floor},
        "portfolio: after a change": {"samples": refreshed, "floor": open_floor},
        "portfolio: sort by a column": {
            "samples": sorting,
            "floor": sort_floor,
            "details": {"slowest per column": per_column},
        },
        "portfolio: filter per keystroke": keystrokes(
            per_query, lambda text: _filter_floor(probe, text), "bare_sql"
        ),
    }


# --- the journal ----------------------------------------------------------------------------


def area_journal_search(probe: Probe) -> Results:
    from tests.benchmarks.measure_store import PHRASES, Cases

    page = probe.open_journal()
    cases = Cases.find(probe.bare)
    phrases = [*PHRASES, *cases.rare_words]
    # A space alone changes nothing the search shows: it is typed but not timed.
    per_query = type_phrases(page.ui.searchEdit, phrases, probe.repeat, page, time_spaces=False)
    from partnerdesk.domain.journal import fts_query

    def bare_fts(text: str) -> Callable[[], object]:
        match = fts_query(text)
        return lambda: probe.bare.execute(
            "SELECT rowid FROM contact_logs_fts WHERE contact_logs_fts MATCH ?", [match]
        ).fetchall()

    return {"journal: search per keystroke": keystrokes(per_query, bare_fts, "bare_fts")}


class Ticks(QObject):
    """A timer that ticks as often as the event loop lets it; the gaps between its ticks are
    how long the loop was held by anything else."""

    def __init__(self) -> None:
        super().__init__()
        self.clock = QElapsedTimer()
        self.gaps: list[float] = []
        self._last = 0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(1)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.clock.start()
        self._last = self.clock.nsecsElapsed()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = self.clock.nsecsElapsed()
        self.gaps.append((now - self._last) / 1e6)
        self._last = now


def drive_scroll(table: QTableView, step: Callable[[int], bool], until_s: float) -> dict[str, Any]:
    """Call ``step(n)`` from a timer, while another timer ticks, until it returns False;
    the longest gap between ticks, and how many steps and how long it took."""
    ticks = Ticks()
    loop = QEventLoop()
    count = [0]
    started = time.perf_counter()

    def drive() -> None:
        count[0] += 1
        if not step(count[0]) or time.perf_counter() - started > until_s:
            driver.stop()
            QTimer.singleShot(5, loop.quit)

    driver = QTimer()
    driver.setInterval(0)
    driver.timeout.connect(drive)
    ticks.start()
    driver.start()
    loop.exec()
    ticks.stop()
    gaps = ticks.gaps[1:] or [0.0]
    return {
        "longest": max(gaps),
        "steps": count[0],
        "seconds": time.perf_counter() - started,
        "rows": table.model().rowCount(),
        "over 16 ms": sum(g > 16 for g in gaps),
    }


class PlainRows(QAbstractTableModel):
    """The floor of scrolling: as many rows as the journal, all in memory, plain text."""

    def __init__(self, rows: int, columns: int) -> None:
        super().__init__()
        self._rows = rows
        self._columns = columns

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._columns

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"row {index.row()}, column {index.column()}"
        return None


def area_scrolling(probe: Probe) -> Results:
    page = probe.open_journal()
    table = page.ui.table
    bar = table.verticalScrollBar()
    runs: list[dict[str, Any]] = []
    floors: list[dict[str, Any]] = []
    limit = 600.0
    for _ in range(max(1, min(3, probe.repeat))):
        page.clear_filters()
        page.model.clear()
        page.apply_filter(force=True)
        settle()
        bar.setValue(0)
        settle()

        def to_bottom(_n: int) -> bool:
            # A drag of the scroll bar's thumb to the bottom, again and again: each time the
            # table reaches the last entry read, it reads the next page.
            if bar.value() >= bar.maximum() and not table.model().canFetchMore(QModelIndex()):
                return False
            bar.setValue(bar.maximum())
            return True

        runs.append(drive_scroll(table, to_bottom, limit))
        steps = runs[-1]["steps"]
        rows = table.model().rowCount()
        # The floor: the same table size, every row in memory, scrolled in as many steps.
        plain = QTableView()
        plain.setModel(PlainRows(rows, table.model().columnCount()))
        plain.verticalHeader().hide()
        plain.verticalHeader().setDefaultSectionSize(table.verticalHeader().defaultSectionSize())
        plain.resize(table.size())
        plain.show()
        settle()
        plain_bar = plain.verticalScrollBar()

        def evenly(n: int, plain_bar: Any = plain_bar, steps: int = steps) -> bool:
            plain_bar.setValue(plain_bar.maximum() * n // max(1, steps))
            return n < steps

        floors.append(drive_scroll(plain, evenly, limit))
        plain.close()
        plain.deleteLater()
        settle()
    page.model.clear()
    settle()
    return {
        "journal: scrolling top to bottom, longest pause": {
            "samples": [run["longest"] for run in runs],
            "floor": [run["longest"] for run in floors],
            "details": {"runs": runs, "floor runs": floors, "peak MB": peak_mb()},
        }
    }


# --- the quick log --------------------------------------------------------------------------

#: When a journal table finished painting, and the summary of its first entry then.
JOURNAL_PAINTS: list[tuple[float, QWidget, str | None]] = []


def clock_journal_paints() -> None:
    """Note when each journal table finishes a paint, and what its first row showed (set up
    before the window is made)."""
    from partnerdesk.gui.journal_model import JournalTable

    def paintEvent(self: JournalTable, event: Any) -> None:
        QTableView.paintEvent(self, event)
        model = self.journal_model
        first = model.entry_at(0).entry.summary if model.rowCount() else None
        JOURNAL_PAINTS.append((time.perf_counter(), self, first))

    JournalTable.paintEvent = paintEvent  # type: ignore[method-assign]


def area_quick_log(probe: Probe) -> Results:
    from partnerdesk.gui.quick_log import QuickLogDialog

    window = probe.window
    page = probe.open_journal()
    name = probe.bare.execute(
        "SELECT name FROM partnerships WHERE name = ?", [FLAGSHIP]
    ).fetchone()[0]
    opening: list[float] = []
    saving: list[float] = []
    idle: list[float] = []
    for number in range(probe.repeat):
        dialogs_before = set(window.findChildren(QuickLogDialog))
        window.activateWindow()  # as the user's window is, back from the dialog before
        page.ui.table.setFocus()
        settle()

        def ctrl_l() -> None:
            QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

        opening.append(
            timed(ctrl_l, wanted=lambda widget: isinstance(widget.window(), QuickLogDialog))
        )
        dialog = next(d for d in window.findChildren(QuickLogDialog) if d not in dialogs_before)
        focused = QApplication.focusWidget()
        if not dialog.isVisible() or focused is None or focused.window() is not dialog:
            raise RuntimeError("Ctrl+L did not leave the quick log ready for typing")
        # Typed, not timed: the partnership, a level, the summary.
        QTest.keyClicks(focused, name[:12])
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        QTest.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
        summary = f"Benchmark call number {number}"
        dialog.ui.summaryEdit.setFocus()
        QTest.keyClicks(dialog.ui.summaryEdit, summary)
        settle()
        JOURNAL_PAINTS.clear()
        with no_collection():
            started = time.perf_counter()
            QTest.keyClick(dialog.ui.summaryEdit, Qt.Key.Key_Return)
            settle()
            idle.append((time.perf_counter() - started) * 1000)
        shown = [
            at for at, table, first in JOURNAL_PAINTS if table is page.ui.table and first == summary
        ]
        if not shown:
            raise RuntimeError("the entry logged was not drawn first in the journal")
        saving.append((shown[0] - started) * 1000)
        window.workspace.undo_stack.undo()  # leave the database as it was
        settle()

    # The floors: what Qt alone takes to show a dialog ready for typing, and to close one
    # with Enter and show a new first row in a table of text.
    rows = QStandardItemModel(0, 6)
    for n in range(200):
        rows.appendRow([QStandardItem(f"entry {n}, column {c}") for c in range(6)])
    shown = QTableView()
    shown.setModel(rows)
    shown.resize(page.ui.table.size())
    shown.show()
    settle()
    floor_open: list[float] = []
    floor_save: list[float] = []
    for number in range(probe.repeat):
        plain = QDialog(window)
        layout = QVBoxLayout(plain)
        edit = QLineEdit(plain)
        layout.addWidget(edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save, plain)
        buttons.accepted.connect(plain.accept)
        layout.addWidget(buttons)
        plain.accepted.connect(
            lambda n=number: rows.insertRow(0, [QStandardItem(f"new {n}") for _ in range(6)])
        )
        floor_open.append(timed(lambda d=plain, e=edit: (d.open(), e.setFocus()), plain))
        QTest.keyClicks(edit, "A call about the spring order")
        settle()
        floor_save.append(
            timed(lambda e=edit: QTest.keyClick(e, Qt.Key.Key_Return), shown.viewport())
        )
        plain.deleteLater()
        settle()
    shown.close()
    return {
        "quick log: Ctrl+L to ready for typing": {"samples": opening, "floor": floor_open},
        "quick log: Enter to entry shown in the journal": {
            "samples": saving,
            "floor": floor_save,
            "details": {"until the window is idle again": idle},
        },
    }


# --- charts ---------------------------------------------------------------------------------


def area_charts(probe: Probe) -> Results:
    window = probe.window
    panel = window.integration_panel
    results: Results = {}
    for label, name in (("decade-long", FLAGSHIP), ("busiest", BUSIEST)):
        pid = probe.partnership_id(name)
        window.show_partnership(pid)
        window.partnership_view.ui.tabs.setCurrentWidget(panel)
        settle()
        charts = [
            panel.integration_chart,
            panel.activity_chart,
            panel.radar_chart,
            panel.observed_chart,
        ]

        def draw(pid: int = pid) -> None:
            panel.show_partnership(pid)

        def forget() -> None:
            # Shown nothing, and nothing counted is kept: the next draw reads everything.
            panel.set_store(probe.store)
            settle()

        forget()
        floor = probe.replay_floor(draw)
        samples = []
        for _ in range(probe.repeat):
            forget()
            samples.append(timed(draw, *charts))
        contacts = probe.bare.execute(
            "SELECT count(*) FROM contact_logs WHERE partnership_id = ?", [pid]
        ).fetchone()[0]
        assessed = probe.bare.execute(
            "SELECT count(*) FROM assessments WHERE partnership_id = ?", [pid]
        ).fetchone()[0]
        results[f"charts: a partnership ({label})"] = {
            "samples": samples,
            "floor": bare_timed(floor, probe.repeat),
            "details": {"journal entries": contacts, "assessments": assessed},
        }
    window.show_place(Place.PORTFOLIO)
    page = window.portfolio_page
    page.ui.chartsButton.setChecked(True)
    settle()
    panel_charts = page.charts
    from partnerdesk.domain.charts import portfolio_map

    def draw_map() -> None:
        panel_charts.map_chart.set_data(portfolio_map(probe.store, probe.today))

    map_floor = probe.replay_floor(draw_map)
    both_floor = probe.replay_floor(panel_charts.refresh)
    map_samples = [timed(draw_map, panel_charts.map_chart) for _ in range(probe.repeat)]
    both = [
        timed(panel_charts.refresh, panel_charts.map_chart, panel_charts.trend_chart)
        for _ in range(probe.repeat)
    ]
    partnerships = probe.bare.execute("SELECT count(*) FROM partnerships").fetchone()[0]
    results["charts: portfolio map"] = {
        "samples": map_samples,
        "floor": bare_timed(map_floor, probe.repeat),
        "details": {"partnerships": partnerships},
    }
    results["charts: portfolio map and trend"] = {
        "samples": both,
        "floor": bare_timed(both_floor, probe.repeat),
    }
    page.ui.listButton.setChecked(True)
    settle()
    return results


# --- the partner summary -------------------------------------------------------------------


def summary_available() -> bool:
    """Whether this PartnerDesk has the partner summary export."""
    import importlib.util

    return importlib.util.find_spec("partnerdesk.exports.summary") is not None


def area_summary(probe: Probe) -> Results:
    """A partnership's summary written as a PDF, as the export dialog's Save does (read, its
    charts drawn, its pages laid out and written), and the portfolio report."""
    from partnerdesk.exports.document import Format, Paper
    from partnerdesk.exports.portfolio_report import export_portfolio
    from partnerdesk.exports.summary import export_summary

    results: Results = {}
    folder = Path(probe.database).parent
    for label, name in (("decade-long", FLAGSHIP), ("busiest", BUSIEST)):
        pid = probe.partnership_id(name)
        target = folder / f"summary-{pid}.pdf"

        def write(pid: int = pid, target: Path = target) -> None:
            export_summary(probe.store, pid, target, Format.PDF, today=probe.today, paper=Paper.A4)

        floor = probe.replay_floor(write)
        samples = bare_timed(write, probe.repeat)
        results[f"summary: a partnership as PDF ({label})"] = {
            "samples": samples,
            "floor": bare_timed(floor, probe.repeat),
            "details": {"bytes": target.stat().st_size},
        }
        target.unlink(missing_ok=True)
    target = folder / "portfolio.pdf"

    def report() -> None:
        export_portfolio(probe.store, target, Format.PDF, today=probe.today, paper=Paper.A4)

    floor = probe.replay_floor(report)
    results["summary: the portfolio report as PDF"] = {
        "samples": bare_timed(report, probe.repeat),
        "floor": bare_timed(floor, probe.repeat),
        "details": {"bytes": target.stat().st_size},
    }
    target.unlink(missing_ok=True)
    for label, pid in (
        ("the busiest summary", probe.partnership_id(BUSIEST)),
        ("the portfolio report", None),
    ):
        results.update(_export_preview(probe, label, pid))
    return results


def _export_preview(probe: Probe, label: str, pid: int | None) -> Results:
    """File → Export… opened on a PDF: how long until its preview is ready to save, and the
    longest the window's event loop was held meanwhile."""
    from partnerdesk.gui.export_dialog import ExportDialog

    ready: list[float] = []
    pauses: list[float] = []
    for _ in range(probe.repeat):
        ticks = Ticks()
        ticks.start()
        started = time.perf_counter()
        dialog = ExportDialog(probe.window.workspace, probe.window, partnership_id=pid)
        dialog.open()
        while not dialog.ready:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        ready.append((time.perf_counter() - started) * 1000)
        ticks.stop()
        pauses.append(max(ticks.gaps[1:] or [0.0]))
        dialog.done(0)
        settle()
    return {
        f"export dialog: {label} previewed as PDF": {"samples": ready},
        f"export dialog: {label}, longest pause": {"samples": pauses},
    }


# --- a session, for memory ------------------------------------------------------------------


def area_session(probe: Probe) -> Results:
    """Open every screen and a partnership's charts, as a user looking around would; the peak
    resident memory at the end."""
    window = probe.window
    for place in Place:
        window.show_place(place)
        settle()
    page = window.portfolio_page
    page.ui.chartsButton.setChecked(True)
    settle()
    page.ui.listButton.setChecked(True)
    settle()
    for name in (FLAGSHIP, BUSIEST):
        window.show_partnership(probe.partnership_id(name))
        settle()
        tabs = window.partnership_view.ui.tabs
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            settle()
    window.show_place(Place.JOURNAL)
    settle()
    return {"memory: a session of every screen": {"samples": [peak_mb()], "unit": "MB"}}


AREAS: dict[str, Callable[[Probe], Results]] = {
    "portfolio": area_portfolio,
    "search": area_journal_search,
    "scrolling": area_scrolling,
    "quick-log": area_quick_log,
    "charts": area_charts,
    "session": area_session,
    "summary": area_summary,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("area", choices=sorted(AREAS))
    parser.add_argument("database", type=Path)
    parser.add_argument("--today", type=date.fromisoformat, required=True)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    if args.area == "quick-log":
        clock_journal_paints()
    probe = Probe(args.database, args.today, args.repeat)
    results = AREAS[args.area](probe)
    probe.window.close()
    probe.store.close()
    print(json.dumps(results))
    sys.stdout.flush()
    os._exit(0)  # skip tearing down every widget: nothing more is measured


if __name__ == "__main__":
    sys.exit(main())
