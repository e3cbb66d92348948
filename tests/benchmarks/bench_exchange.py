"""How fast data moves in and out: full JSON export and restore, and a 10,000-card vCard import.

    python tests/benchmarks/bench_exchange.py [--entries 100000]

Builds a database of synthetic rows (not the realistic portfolio of the main benchmark, just
volume), then prints, as the median of three runs: rows per second for the full JSON export and
for its restore into a new database (target: 50,000 rows a second or better), and the seconds to
read, plan and write 10,000 vCards (target: within 5 s). Not part of the test run.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from partnerdesk.exports.full_json import export_json  # noqa: E402
from partnerdesk.imports.full_json import restore_file  # noqa: E402
from partnerdesk.imports.plan import apply_plan, plan_import  # noqa: E402
from partnerdesk.imports.vcard import read_vcard  # noqa: E402
from partnerdesk.store import exchange, queries  # noqa: E402
from partnerdesk.store.connection import open_store  # noqa: E402

LEVELS = ("strategic", "tactical", "operational", "interpersonal", "cultural")


def build(path: Path, entries: int) -> int:
    """A database with ``entries`` journal entries and the records around them."""
    start = date(2016, 1, 1)
    with open_store(path) as store:
        with store.write():
            exchange.insert_rows(
                store,
                "organisations",
                ("id", "name", "sector", "notes"),
                [(n, f"Organisation {n}", "bakery", "A note " * 5) for n in range(1, 2001)],
            )
            exchange.insert_rows(
                store,
                "people",
                ("id", "organisation_id", "name", "role_title", "email"),
                [
                    (n, n % 2000 + 1, f"Person {n}", "Manager", f"p{n}@example.org")
                    for n in range(1, 10001)
                ],
            )
            exchange.insert_rows(
                store,
                "partnerships",
                ("id", "name", "kind", "stage", "purpose"),
                [
                    (n, f"Partnership {n}", "joint_venture", "active", "To grow")
                    for n in range(1, 1001)
                ],
            )
            exchange.insert_rows(
                store,
                "contact_logs",
                ("id", "partnership_id", "occurred_on", "summary", "details", "private"),
                [
                    (
                        n,
                        n % 1000 + 1,
                        (start + timedelta(days=n % 3650)).isoformat(),
                        f"Met about the spring order {n}",
                        "They brought samples and we tasted everything. " * 4,
                        int(n % 5 == 0),
                    )
                    for n in range(1, entries + 1)
                ],
            )
            exchange.insert_rows(
                store,
                "contact_log_levels",
                ("contact_log_id", "level"),
                [(n, LEVELS[n % 5]) for n in range(1, entries + 1)],
            )
            exchange.insert_rows(
                store,
                "contact_log_people",
                ("contact_log_id", "person_id"),
                [(n, n % 10000 + 1) for n in range(1, entries + 1)],
            )
        return sum(queries.table_counts(store).values())


def cards(count: int) -> bytes:
    return "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {n} Smith\r\nN:Smith;Person {n};;;\r\n"
        f"ORG:Company {n % 700};Sales\r\nTITLE:Sales Manager\r\n"
        f"EMAIL;TYPE=WORK:person{n}@company{n % 700}.example\r\n"
        f"TEL;TYPE=WORK:+44 20 7946 {n:04d}\r\nNOTE:Met at the fair\\, spring.\r\nEND:VCARD\r\n"
        for n in range(count)
    ).encode()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        rows = build(base / "source.partnerdesk", args.entries)
        exports, restores, imports = [], [], []
        for run in range(3):
            with open_store(base / "source.partnerdesk", readonly=True) as store:
                began = time.perf_counter()
                export_json(store, base / "full.json")
                exports.append(time.perf_counter() - began)
            began = time.perf_counter()
            restore_file(base / "full.json", base / f"restored{run}.partnerdesk")
            restores.append(time.perf_counter() - began)
            data = cards(10_000)
            with open_store(base / f"contacts{run}.partnerdesk") as store:
                began = time.perf_counter()
                apply_plan(store, plan_import(store, read_vcard(data)))
                imports.append(time.perf_counter() - began)
        export_rate = rows / statistics.median(exports)
        restore_rate = rows / statistics.median(restores)
        print(f"rows in the database         {rows:>10,}")
        print(f"full JSON export             {export_rate:>10,.0f} rows/s  (target ≥ 50,000)")
        print(f"restore into a new database  {restore_rate:>10,.0f} rows/s  (target ≥ 50,000)")
        print(
            f"10,000 vCards imported       {statistics.median(imports):>10.2f} s       (target ≤ 5)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
