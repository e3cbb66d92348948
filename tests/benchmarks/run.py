"""Measure PartnerDesk on portfolios of three sizes; print one table and write a JSON file.

    python tests/benchmarks/run.py                 # everything, at every size
    python tests/benchmarks/run.py --sizes large --only search --repeat 3

The databases are built (tests/benchmarks/generate.py) under tests/benchmarks/data/ when
missing. Every figure is measured several times; the table shows the median and the 95th
percentile, the floor measured in the same run, the ratio to it, the target and whether it
was met. Measurements live in the ``measure_*.py`` modules beside this file (see bench.py).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sqlite3
import subprocess
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks import bench, generate

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"


def load_measurements() -> None:
    """Import every ``measure_*.py`` module, which registers its measurements."""
    for module in sorted(HERE.glob("measure_*.py")):
        importlib.import_module(f"tests.benchmarks.{module.stem}")


def database(size: str, folder: Path) -> Path:
    """The benchmark database of ``size``, generated first if it is missing."""
    path = folder / f"{size}.partnerdesk"
    if not path.exists():
        print(f"Generating the {size} portfolio in {path} …", file=sys.stderr, flush=True)
        started = time.perf_counter()
        generate.generate(path, size)
        print(f"… done in {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    return path


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        import PySide6

        qt = PySide6.__version__
    except ImportError:
        qt = None
    return {
        "system": f"{platform.system()} {platform.release()}",
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "pyside6": qt,
    }


def commit() -> str | None:
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
            cwd=HERE,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark from the command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes",
        default=",".join(bench.SIZE_ORDER),
        help="comma-separated sizes to measure (default: small,medium,large)",
    )
    parser.add_argument(
        "--only", action="append", default=[], metavar="WORDS", help="measurements to run"
    )
    parser.add_argument("--repeat", type=int, default=7, help="samples per figure (default 7)")
    parser.add_argument("--data", type=Path, default=DATA, help="where the databases live")
    parser.add_argument(
        "--json",
        type=Path,
        default=DATA / "results.json",
        help="where to write the results (default tests/benchmarks/data/results.json)",
    )
    parser.add_argument(
        "--platform",
        default="offscreen",
        help="Qt platform for the start-up probe (default offscreen; xcb, wayland, …)",
    )
    args = parser.parse_args(argv)
    sizes = [s for s in bench.SIZE_ORDER if s in args.sizes.split(",")]
    load_measurements()
    chosen = [
        m
        for m in bench.REGISTRY
        if not args.only or any(word.lower() in m.name.lower() for word in args.only)
    ]
    started = datetime.now(UTC)
    figures: list[bench.Figure] = []
    shared: dict[str, Any] = {}
    for size in sizes:
        path = database(size, args.data)
        context = bench.Bench(
            size=size,
            path=path,
            repeat=args.repeat,
            today=generate.LAST_DAY,
            shared=shared,
            options={"platform": args.platform},
        )
        try:
            for item in chosen:
                if size not in item.sizes:
                    continue
                print(f"[{size}] {item.name} …", file=sys.stderr, flush=True)
                figures.extend(item.run(context))
        finally:
            # Measurements leave what they made for the run (copies of a database) here.
            for clean_up in shared.pop("cleanup", []):
                clean_up()
    # One table, each figure's sizes together so growth reads down the rows.
    order = {name: index for index, name in enumerate(dict.fromkeys(f.name for f in figures))}
    figures.sort(key=lambda f: (order[f.name], bench.SIZE_ORDER.index(f.size)))
    print(bench.table(figures))
    report = {
        "started": started.isoformat(timespec="seconds"),
        "commit": commit(),
        "machine": machine(),
        "repeat": args.repeat,
        "figures": [figure.as_json() for figure in figures],
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"\nMachine: {report['machine']}", file=sys.stderr)
    print(f"Results written to {args.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
