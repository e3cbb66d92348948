"""The benchmark's framework: what a measurement is, how figures are timed, compared and shown.

A *measurement* is a function registered with :func:`measurement`; it receives a :class:`Bench`
(one database size) and returns :class:`Figure` objects. A figure holds its samples, the
statistic its target is judged on (median, or 95th percentile where the issue asks), and
usually a *floor*: the same work done the barest way possible, measured in the same run, so
the ratio stays meaningful on a shared machine whose absolute speed drifts.

Modules named ``measure_*.py`` beside this file are imported by ``run.py``; adding a figure
means adding a function to one of them (or a new module), nothing else.
"""

from __future__ import annotations

import contextlib
import gc
import math
import sqlite3
import statistics
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from partnerdesk.store.connection import Store, open_store

SIZE_ORDER = ("small", "medium", "large")


@dataclass(frozen=True)
class Target:
    """What a figure must achieve, judged on the sizes listed (the issue's targets are for the
    large database; smaller ones are shown to see what grows)."""

    #: At most this much, in the figure's unit.
    at_most: float | None = None
    #: At least this much, in the figure's unit (rates: rows a second).
    at_least: float | None = None
    #: At most this many times the floor.
    ratio: float | None = None
    #: At most this much above the floor, in the figure's unit (memory).
    above_floor: float | None = None
    sizes: tuple[str, ...] = ("large",)
    #: True when the issue sets this target; False when it is the benchmark's own (marked †),
    #: for figures the issue names without a number.
    from_issue: bool = True

    def describe(self) -> str:
        parts = []
        if self.at_most is not None:
            parts.append(f"≤ {self.at_most:g}")
        if self.at_least is not None:
            parts.append(f"≥ {self.at_least:,g}")
        if self.ratio is not None:
            parts.append(f"≤ {self.ratio:g}× floor")
        if self.above_floor is not None:
            parts.append(f"≤ floor + {self.above_floor:g}")
        return ", ".join(parts) + ("" if self.from_issue else " †")


@dataclass
class Floor:
    """The barest way of doing the same work, measured alongside."""

    name: str
    samples: list[float]


@dataclass
class Figure:
    """One measured figure at one size."""

    name: str
    size: str
    samples: list[float]
    unit: str = "ms"
    #: The statistic the target and the ratio are judged on: "median" or "p95".
    statistic: str = "median"
    floor: Floor | None = None
    #: True when each sample has its own floor (same query, same page): the ratio is then the
    #: statistic of the per-sample ratios, not the ratio of the two statistics.
    paired: bool = False
    target: Target | None = None
    note: str = ""
    #: Finer results (for example per filter or per query), kept in the JSON file.
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def median(self) -> float:
        return statistics.median(self.samples) if self.samples else math.nan

    @property
    def p95(self) -> float:
        return percentile(self.samples, 95) if self.samples else math.nan

    @property
    def value(self) -> float:
        return self.p95 if self.statistic == "p95" else self.median

    @property
    def floor_value(self) -> float | None:
        if self.floor is None or not self.floor.samples:
            return None
        samples = self.floor.samples
        return percentile(samples, 95) if self.statistic == "p95" else statistics.median(samples)

    @property
    def ratio(self) -> float | None:
        if not self.samples:
            return None
        if self.paired and self.floor is not None:
            ratios = [s / f for s, f in zip(self.samples, self.floor.samples, strict=True) if f > 0]
            if not ratios:
                return None
            return percentile(ratios, 95) if self.statistic == "p95" else statistics.median(ratios)
        floor = self.floor_value
        return None if floor is None or floor <= 0 else self.value / floor

    def result(self) -> str:
        """ "met", "MISSED", "not measured" (no samples), or "" where no target applies at this
        size."""
        target = self.target
        if target is None or self.size not in target.sizes:
            return ""
        ok = True
        if not self.samples:
            return "not measured"
        if target.at_most is not None:
            ok &= self.value <= target.at_most
        if target.at_least is not None:
            ok &= self.value >= target.at_least
        if target.ratio is not None and self.ratio is not None:
            ok &= self.ratio <= target.ratio
        if target.above_floor is not None and self.floor_value is not None:
            ok &= self.value - self.floor_value <= target.above_floor
        return "met" if ok else "MISSED"

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "size": self.size,
            "unit": self.unit,
            "statistic": self.statistic,
            "median": self.median if self.samples else None,
            "p95": self.p95 if self.samples else None,
            "samples": self.samples,
            "floor": None
            if self.floor is None
            else {
                "name": self.floor.name,
                "value": self.floor_value,
                "samples": self.floor.samples,
            },
            "ratio": self.ratio,
            "paired": self.paired,
            "target": None
            if self.target is None
            else {
                "at_most": self.target.at_most,
                "ratio": self.target.ratio,
                "above_floor": self.target.above_floor,
                "sizes": list(self.target.sizes),
                "from_issue": self.target.from_issue,
            },
            "result": self.result(),
            "note": self.note,
            "details": self.details,
        }


@dataclass
class Bench:
    """One database size, and what measurements share during a run."""

    size: str
    path: Path
    #: How many times each figure is measured.
    repeat: int
    #: The generated portfolio's last day: "today" for everything measured on it.
    today: date
    #: Results worth measuring once per run (a floor that does not depend on the size).
    shared: dict[str, Any] = field(default_factory=dict)
    #: Extra options from the command line (``--platform`` for the start-up probe).
    options: dict[str, Any] = field(default_factory=dict)

    def open(self) -> Store:
        """Open the database as the application does."""
        return open_store(self.path)

    def bare(self) -> sqlite3.Connection:
        """A plain sqlite3 connection with nothing of PartnerDesk on top (for floors)."""
        return sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)


@dataclass(frozen=True)
class Measurement:
    name: str
    run: Callable[[Bench], list[Figure]]
    sizes: tuple[str, ...]


REGISTRY: list[Measurement] = []


def measurement(
    name: str, *, sizes: Sequence[str] = SIZE_ORDER
) -> Callable[[Callable[[Bench], list[Figure]]], Callable[[Bench], list[Figure]]]:
    """Register a function that measures figures on one database size."""

    def register(function: Callable[[Bench], list[Figure]]) -> Callable[[Bench], list[Figure]]:
        REGISTRY.append(Measurement(name, function, tuple(sizes)))
        return function

    return register


# --- timing ---------------------------------------------------------------------------------


def percentile(samples: Sequence[float], share: float) -> float:
    """The nearest-rank percentile (``share`` of 100) of the samples."""
    ordered = sorted(samples)
    rank = max(1, math.ceil(share / 100 * len(ordered)))
    return ordered[rank - 1]


def timed(function: Callable[[], object], repeat: int, *, warm_up: int = 1) -> list[float]:
    """Milliseconds each of ``repeat`` calls took, after ``warm_up`` untimed calls.

    The garbage collector is held off during each call, as it would be by luck in most calls
    of the application; collections between calls are not counted.
    """
    for _ in range(warm_up):
        function()
    samples = []
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            started = time.perf_counter()
            function()
            samples.append((time.perf_counter() - started) * 1000)
        finally:
            gc.enable()
    return samples


@contextlib.contextmanager
def statements_of(store: Store) -> Iterator[list[str]]:
    """The SQL statements (with their values filled in) run on ``store`` inside the block."""
    captured: list[str] = []
    store.conn.set_trace_callback(captured.append)
    try:
        yield captured
    finally:
        store.conn.set_trace_callback(None)


def replaying(connection: sqlite3.Connection, statements: Sequence[str]) -> Callable[[], None]:
    """A function that runs ``statements`` on a bare connection and fetches every row: the
    floor of a domain function that ran them."""
    reads = [s for s in statements if s.lstrip().upper().startswith(("SELECT", "WITH"))]

    def run() -> None:
        for statement in reads:
            connection.execute(statement).fetchall()

    return run


def against_bare_sql(
    bench: Bench, store: Store, connection: sqlite3.Connection, function: Callable[[], object]
) -> tuple[list[float], list[float]]:
    """Time ``function`` and the replay of the SQL it runs, alternating so drift hits both."""
    with statements_of(store) as statements:
        function()
    floor = replaying(connection, statements)
    floor()
    samples: list[float] = []
    floor_samples: list[float] = []
    for _ in range(bench.repeat):
        samples += timed(function, 1, warm_up=0)
        floor_samples += timed(floor, 1, warm_up=0)
    return samples, floor_samples


# --- reporting ------------------------------------------------------------------------------


def _number(value: float | None, unit: str) -> str:
    if value is None or math.isnan(value):
        return "—"
    if unit != "ms" and value >= 10_000:
        return f"{value:,.0f} {unit}"
    if unit == "ms" and value < 10:
        return f"{value:.2f} {unit}"
    return f"{value:.1f} {unit}" if value < 1000 else f"{value:,.0f} {unit}"


def table(figures: Sequence[Figure]) -> str:
    """The figures as one Markdown table."""
    head = ["Figure", "Size", "Median", "p95", "Floor", "Ratio", "Target", "Result"]
    lines = [
        "| " + " | ".join(head) + " |",
        "|" + "|".join(["---"] * 2 + ["---:"] * 4 + ["---"] * 2) + "|",
    ]
    for figure in figures:
        floor = figure.floor_value
        floor_text = "—" if floor is None else _number(floor, figure.unit)
        ratio = figure.ratio
        name = figure.name + (f" ({figure.statistic})" if figure.statistic != "median" else "")
        lines.append(
            "| "
            + " | ".join(
                [
                    name,
                    figure.size,
                    _number(figure.median, figure.unit),
                    _number(figure.p95, figure.unit),
                    floor_text,
                    "—" if ratio is None else f"{ratio:.2f}×",
                    figure.target.describe() if figure.target else "",
                    figure.result(),
                ]
            )
            + " |"
        )
    return "\n".join(lines)
