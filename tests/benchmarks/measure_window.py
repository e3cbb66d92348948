"""The real window, offscreen, in processes of its own: the portfolio as the user sorts and
filters it, the journal as they search and scroll it, the quick log, the charts, and the
memory of a session that opens every screen.

Each area runs ``window_probe.py`` in a fresh process on a copy of the database (the quick log
saves entries, and undoes them; the benchmark's databases stay as generated). The probe does
what a user does and times each action from the moment it reaches the window until it has
been processed and painted; see window_probe.py for how each figure and its floor are taken.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.benchmarks.bench import Bench, Figure, Floor, Target, measurement
from tests.benchmarks.measure_startup import memory_figure, probe

PROBE = Path(__file__).with_name("window_probe.py")


def _copy(bench: Bench) -> Path:
    """A copy of the database for the window to write to, made once per size and run."""
    key = f"window copy:{bench.size}"
    if key not in bench.shared:
        folder = Path(tempfile.mkdtemp(prefix="partnerdesk-window-"))
        target = folder / bench.path.name
        # The online backup copies a consistent database whatever its journal holds.
        with (
            sqlite3.connect(f"{bench.path.resolve().as_uri()}?mode=ro", uri=True) as source,
            sqlite3.connect(target) as copy,
        ):
            source.backup(copy)
        bench.shared[key] = target
        bench.shared.setdefault("cleanup", []).append(
            lambda: shutil.rmtree(folder, ignore_errors=True)
        )
    copied: Path = bench.shared[key]
    return copied


def run_probe(bench: Bench, area: str, *, repeat: int | None = None) -> Report:
    """Run one area of the window probe in a fresh process; its figures as reported."""
    with tempfile.TemporaryDirectory(prefix="partnerdesk-bench-") as home:
        environment = {
            **os.environ,
            "PARTNERDESK_HOME": home,
            "QT_QPA_PLATFORM": "offscreen",
            "PYQTGRAPH_QT_LIB": "PySide6",
        }
        done = subprocess.run(
            [
                sys.executable,
                str(PROBE),
                area,
                str(_copy(bench)),
                "--today",
                bench.today.isoformat(),
                "--repeat",
                str(repeat or bench.repeat),
            ],
            capture_output=True,
            text=True,
            env=environment,
            timeout=3600,
        )
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"the window probe ({area}) failed:\n{done.stderr[-4000:]}")
    return Report(bench, json.loads(lines[-1]))


@dataclass(frozen=True)
class Report:
    """What one area of the window probe reported, at one size."""

    bench: Bench
    found: dict[str, Any]

    def __getitem__(self, name: str) -> Any:
        return self.found[name]

    def figure(
        self,
        name: str,
        floor: str,
        *,
        statistic: str = "median",
        target: Target | None = None,
        note: str = "",
    ) -> Figure:
        """The figure ``name`` as reported, against the floor described by ``floor``."""
        found = self.found[name]
        return Figure(
            name,
            self.bench.size,
            found["samples"],
            unit=found.get("unit", "ms"),
            statistic=statistic,
            floor=Floor(floor, found["floor"]) if found.get("floor") else None,
            paired=bool(found.get("paired")),
            target=target,
            note=note,
            details=found.get("details", {}),
        )


@measurement("window portfolio")
def portfolio_window(bench: Bench) -> list[Figure]:
    reported = run_probe(bench, "portfolio")
    bare = "its SQL, bare (portfolio())"
    return [
        reported.figure(
            "portfolio: open",
            bare,
            target=Target(ratio=3),
            note="from the journal to the portfolio after a change, until painted",
        ),
        reported.figure(
            "portfolio: after a change",
            bare,
            target=Target(at_most=100, ratio=4, from_issue=False),
            note="a change announced while the portfolio is shown: sidebar, attention list and "
            "table read again and painted",
        ),
        reported.figure(
            "portfolio: sort by a column",
            bare,
            statistic="p95",
            target=Target(at_most=30, ratio=3),
            note="a click on each column's header, both ways, until painted",
        ),
        reported.figure(
            "portfolio: filter per keystroke",
            "SQL finding the same partnerships by name and partners (LIKE), bare",
            statistic="p95",
            target=Target(at_most=30, ratio=3),
            note="eight phrases typed a key at a time into the filter, until painted",
        ),
    ]


@measurement("window journal search")
def search_window(bench: Bench) -> list[Figure]:
    reported = run_probe(bench, "search")
    return [
        reported.figure(
            "journal: search per keystroke",
            "bare FTS5 query",
            statistic="p95",
            target=Target(at_most=30, ratio=3),
            note="the store figure's phrases typed a key at a time into the journal's search, "
            "until the first page, the count and the highlights are painted",
        )
    ]


@measurement("window scrolling")
def scrolling_window(bench: Bench) -> list[Figure]:
    reported = run_probe(bench, "scrolling", repeat=min(3, bench.repeat))
    return [
        reported.figure(
            "journal: scrolling top to bottom, longest pause",
            "the same scroll over as many plain rows in memory",
            target=Target(at_most=16),
            note="the scroll bar dragged to the bottom again and again until every entry is "
            "read; the longest gap between ticks of a 1 ms timer",
        )
    ]


@measurement("window quick log")
def quick_log_window(bench: Bench) -> list[Figure]:
    reported = run_probe(bench, "quick-log")
    return [
        reported.figure(
            "quick log: Ctrl+L to ready for typing",
            "a dialog with one field, opened",
            target=Target(at_most=50),
        ),
        reported.figure(
            "quick log: Enter to entry shown in the journal",
            "a dialog closed with Enter, a row added to a table",
            target=Target(at_most=50),
            note="the journal shown behind the dialog; until its first row is the new entry, "
            "painted",
        ),
    ]


@measurement("window charts")
def charts_window(bench: Bench) -> list[Figure]:
    reported = run_probe(bench, "charts")
    bare = "its SQL, bare"
    figures = []
    for label in ("decade-long", "busiest"):
        name = f"charts: a partnership ({label})"
        details = reported[name]["details"]
        figures.append(
            reported.figure(
                name,
                bare,
                target=Target(at_most=100),
                note=f"{details['journal entries']:,} journal entries, "
                f"{details['assessments']:,} assessments: the Integration tab read and drawn",
            )
        )
    figures.append(
        reported.figure(
            "charts: portfolio map",
            bare,
            target=Target(at_most=200),
            note="every partnership placed by kind and strength, read and drawn",
        )
    )
    figures.append(
        reported.figure(
            "charts: portfolio map and trend",
            bare,
            target=Target(at_most=200, from_issue=False),
            note="what the Charts button shows: the map and the trend, read and drawn",
        )
    )
    return figures


@measurement("window memory")
def memory_window(bench: Bench) -> list[Figure]:
    floor_key = "floor memory"
    if floor_key not in bench.shared:
        bench.shared[floor_key] = [
            probe(bench, "floor")[1]["painted"] for _ in range(min(3, bench.repeat))
        ]
    samples = [
        run_probe(bench, "session", repeat=1)["memory: a session of every screen"]["samples"][0]
        for _ in range(min(3, bench.repeat))
    ]
    return [
        memory_figure(
            "peak memory, a session of every screen",
            bench,
            samples,
            bench.shared[floor_key],
            "every place, the portfolio charts, and every tab of the two decade-long "
            "partnerships (charts included), in the window",
        )
    ]


@measurement("partner summary")
def summary_window(bench: Bench) -> list[Figure]:
    from tests.benchmarks.window_probe import summary_available

    names = [
        ("summary: a partnership as PDF (decade-long)", "decade-long"),
        ("summary: a partnership as PDF (busiest)", "busiest"),
    ]
    if not summary_available():
        return [
            Figure(
                name,
                bench.size,
                [],
                target=Target(at_most=1000),
                note="not yet available: this branch has no partner summary export "
                "(partnerdesk/exports/summary.py)",
            )
            for name, _ in names
        ]
    reported = run_probe(bench, "summary", repeat=min(3, bench.repeat))
    return (
        [
            reported.figure(
                name,
                "its SQL, bare",
                target=Target(at_most=1000),
                note=f"the {label} partnership's summary, shared parts only, A4: read, charts "
                "drawn, laid out and written",
            )
            for name, label in names
        ]
        + [
            reported.figure(
                "summary: the portfolio report as PDF",
                "its SQL, bare",
                note="every partnership, with the portfolio map and trend (no target: the issue "
                "sets none)",
            ),
        ]
        + [
            figure
            for label in ("the busiest summary", "the portfolio report")
            for figure in (
                reported.figure(
                    f"export dialog: {label} previewed as PDF",
                    "",
                    note="File → Export… opened until its pages are shown and Save can write them: "
                    "read on a worker, charts drawn in the window, pages laid out on a worker",
                ),
                reported.figure(
                    f"export dialog: {label}, longest pause",
                    "",
                    note="the longest the window could not answer meanwhile (no target: the "
                    "issue asks such work off the GUI thread; the charts are drawn on it, as Qt "
                    "requires)",
                ),
            )
        ]
    )
