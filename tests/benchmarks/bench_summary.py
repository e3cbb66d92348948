"""How fast summaries and the portfolio report are made: the target is a summary PDF within 1 s.

    python tests/benchmarks/bench_summary.py [--entries 20000] [--partnerships 300]

Builds the sample portfolio, then adds a ten-year partnership with ``--entries`` journal
entries (a contact every few hours, each touching a level, with people on both sides) and
quarterly assessments, and ``--partnerships`` more partnerships for the portfolio report.
Prints, as the median of five runs after a first one (whose time is printed too: it sets up
Qt's fonts and charts), the seconds from nothing to a written file: reading the database,
drawing the charts, laying out the pages and writing them, as the window's Save does when the
preview has not been built yet. Not part of the test run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from partnerdesk.domain.assessments import add_assessment  # noqa: E402
from partnerdesk.domain.organisations import create_organisation, my_organisation  # noqa: E402
from partnerdesk.domain.partnerships import create_partnership, find_partnership  # noqa: E402
from partnerdesk.domain.sample import build_sample_portfolio  # noqa: E402
from partnerdesk.domain.vocabulary import Kind, Level  # noqa: E402
from partnerdesk.exports.document import Format, Paper  # noqa: E402
from partnerdesk.store import exchange  # noqa: E402
from partnerdesk.store.connection import Store, open_store  # noqa: E402

TODAY = date(2026, 11, 23)
LEVELS = [level.value for level in Level]
CHANNELS = ("meeting", "call", "email", "visit", "workshop")


def build(path: Path, entries: int, partnerships: int) -> int:
    """The sample portfolio, a busy ten-year partnership and many more; the busy one's id."""
    with open_store(path) as store:
        build_sample_portfolio(store, TODAY)
        own = my_organisation(store)
        assert own is not None
        partner = create_organisation(store, "Harbour Mills Ltd")
        busy = create_partnership(
            store,
            "Ten Years of Flour",
            Kind.VALUE_CHAIN,
            stage="active",
            purpose="Milling and baking together since 2016.",
            started_on=TODAY - timedelta(days=3650),
            members=[(partner.id, "Supplier")],
        )
        first_person = 100_000
        exchange.insert_rows(
            store,
            "people",
            ("id", "organisation_id", "name", "role_title", "seniority"),
            [
                (
                    first_person + n,
                    partner.id if n % 3 else own.id,
                    f"Person {n}",
                    "Manager",
                    "leader" if n % 10 == 0 else "manager",
                )
                for n in range(30)
            ],
        )
        first_entry = 1_000_000
        exchange.insert_rows(
            store,
            "contact_logs",
            ("id", "partnership_id", "occurred_on", "channel", "summary", "private"),
            [
                (
                    first_entry + n,
                    busy.id,
                    (TODAY - timedelta(days=(n * 3650) // entries)).isoformat(),
                    CHANNELS[n % len(CHANNELS)],
                    f"Talked about the spring order, batch {n}",
                    int(n % 11 == 0),
                )
                for n in range(entries)
            ],
        )
        exchange.insert_rows(
            store,
            "contact_log_levels",
            ("contact_log_id", "level"),
            [(first_entry + n, LEVELS[n % 5]) for n in range(entries)],
        )
        exchange.insert_rows(
            store,
            "contact_log_people",
            ("contact_log_id", "person_id"),
            [(first_entry + n, first_person + n % 30) for n in range(entries)],
        )
        for quarter in range(40):
            add_assessment(
                store,
                busy.id,
                assessed_on=TODAY - timedelta(days=91 * quarter),
                scores={level: (quarter + i) % 6 for i, level in enumerate(Level)},
                private=quarter % 7 == 3,
            )
        exchange.insert_rows(
            store,
            "partnerships",
            ("id", "name", "kind", "stage", "purpose", "started_on"),
            [
                (
                    10_000 + n,
                    f"Partnership {n:03d}",
                    list(Kind)[n % 3].value,
                    ("exploring", "forming", "active", "dormant")[n % 4],
                    "Working together",
                    (TODAY - timedelta(days=200 + n)).isoformat(),
                )
                for n in range(partnerships)
            ],
        )
        exchange.insert_rows(
            store,
            "assessments",
            ("partnership_id", "assessed_on", *LEVELS),
            [
                (
                    10_000 + n,
                    (TODAY - timedelta(days=30 + 90 * q)).isoformat(),
                    *((n + q + i) % 6 for i in range(5)),
                )
                for n in range(partnerships)
                for q in range(3)
            ],
        )
        return busy.id


def timed(run: Callable[[], object], repeats: int = 5) -> tuple[float, float]:
    """The first run's seconds, and the median of the ``repeats`` runs after it."""
    began = time.perf_counter()
    run()
    first = time.perf_counter() - began
    times = []
    for _ in range(repeats):
        began = time.perf_counter()
        run()
        times.append(time.perf_counter() - began)
    return first, statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=20_000)
    parser.add_argument("--partnerships", type=int, default=300)
    args = parser.parse_args()
    from partnerdesk.gui.charts.render import ensure_application

    ensure_application()
    from partnerdesk.exports.portfolio_report import export_portfolio
    from partnerdesk.exports.summary import export_summary

    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        busy = build(base / "bench.partnerdesk", args.entries, args.partnerships)
        with open_store(base / "bench.partnerdesk", readonly=True) as store:
            sample = find_partnership(store, "Heritage Grain Programme").id

            def summary(pid: int, fmt: Format, **options: object) -> Callable[[], object]:
                target = base / f"summary{fmt.suffix}"
                return lambda: export_summary(
                    store,
                    pid,
                    target,
                    fmt,
                    today=TODAY,
                    paper=Paper.A4,
                    **options,  # type: ignore[arg-type]
                )

            def report(store: Store = store) -> object:
                return export_portfolio(store, base / "portfolio.pdf", Format.PDF, today=TODAY)

            rows = [
                ("sample summary, PDF", summary(sample, Format.PDF)),
                ("sample summary, HTML", summary(sample, Format.HTML)),
                ("sample summary, Markdown", summary(sample, Format.MARKDOWN)),
                (f"{args.entries:,}-entry summary, PDF", summary(busy, Format.PDF)),
                (
                    f"{args.entries:,}-entry archive copy, PDF",
                    summary(busy, Format.PDF, include_private=True),
                ),
                (f"portfolio report, {args.partnerships + 7} partnerships, PDF", report),
            ]
            print(f"{'':44} {'first':>7} {'median':>7}   (target: a summary PDF ≤ 1 s)")
            for name, run in rows:
                first, median = timed(run)
                print(f"{name:44} {first:>6.2f}s {median:>6.2f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
