"""Cold start and memory: a fresh process until the first painted main window, against the floor
of a script that imports PySide6 and pyqtgraph and paints an empty QMainWindow.

Each sample is a new process (the operating system's file cache stays warm, as it is when a
user opens the app a second time); the first pair is a warm-up and is not counted.
"""

from __future__ import annotations

import compileall
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.bench import Bench, Figure, Floor, Target, measurement

PROBE = Path(__file__).with_name("startup_probe.py")
FLOOR_NAME = "empty QMainWindow, PySide6 + pyqtgraph"


def probe(bench: Bench, *args: str) -> tuple[float, dict[str, float]]:
    """Run the start-up probe once: milliseconds to the first paint, and what it reported
    (peak memory in MB at "painted" and, with --session, at "session")."""
    platform = bench.options.get("platform", "offscreen")
    with tempfile.TemporaryDirectory(prefix="partnerdesk-bench-") as home:
        environment = {
            **os.environ,
            "PARTNERDESK_HOME": home,
            "QT_QPA_PLATFORM": platform,
            "PYQTGRAPH_QT_LIB": "PySide6",
            "PARTNERDESK_BENCH_TODAY": bench.today.isoformat(),
        }
        started = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, str(PROBE), *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=environment,
        )
        assert process.stdout is not None
        first = process.stdout.readline()
        elapsed = (time.perf_counter() - started) * 1000
        rest, errors = process.communicate(timeout=600)
    reports: dict[str, float] = {}
    for line in (first + rest).splitlines():
        word, _, value = line.partition(" ")
        if value.isdigit():
            reports[word] = int(value) / 1024
    if "painted" not in reports:
        raise RuntimeError(f"the start-up probe {args} failed:\n{errors}")
    return elapsed, reports


def memory_figure(
    name: str, bench: Bench, samples: list[float], floor: list[float], note: str = ""
) -> Figure:
    """Peak resident memory in MB against the empty window's, within the issue's 150 MB."""
    return Figure(
        name,
        bench.size,
        samples,
        unit="MB",
        floor=Floor(FLOOR_NAME, floor),
        target=Target(above_floor=150),
        note=note,
    )


@measurement("cold start")
def cold_start(bench: Bench) -> list[Figure]:
    # An installed PartnerDesk starts from compiled bytecode (pip compiles it), as the floor's
    # libraries do; a source checkout under PYTHONDONTWRITEBYTECODE would compile every
    # module on every start instead.
    import partnerdesk

    compileall.compile_dir(Path(partnerdesk.__file__).parent, quiet=1)
    floor_ms: list[float] = []
    app_ms: list[float] = []
    floor_mb: list[float] = []
    app_mb: list[float] = []
    for round_ in range(bench.repeat + 1):
        # Alternate, so that drift in the machine's speed hits both alike.
        f_ms, f_reports = probe(bench, "floor")
        a_ms, a_reports = probe(bench, "app", str(bench.path))
        if round_:
            floor_ms.append(f_ms)
            app_ms.append(a_ms)
            floor_mb.append(f_reports["painted"])
            app_mb.append(a_reports["painted"])
    session_mb = [
        probe(bench, "app", str(bench.path), "--session")[1]["session"]
        for _ in range(min(3, bench.repeat))
    ]
    return [
        Figure(
            "cold start to first painted window",
            bench.size,
            app_ms,
            floor=Floor(FLOOR_NAME, floor_ms),
            target=Target(ratio=1.5),
        ),
        memory_figure("peak memory at first paint", bench, app_mb, floor_mb),
        memory_figure(
            "peak memory after a session of reads",
            bench,
            session_mb,
            floor_mb,
            "portfolio, five pages of every journal filter, every search, follow-ups, "
            "the decade-long partnership",
        ),
    ]
