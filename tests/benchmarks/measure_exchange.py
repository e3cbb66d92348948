"""Moving data in and out of the benchmark portfolios: the full JSON export and its restore into
a new database (rows a second), and 10,000 vCards imported into the portfolio (seconds).

Rates are figures where more is better: the table's ratio is then the share of the floor's
speed reached. Each floor is the same rows moved the barest way: read with plain SELECTs, or
written with executemany into a database of the same schema, no checks, no file.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from partnerdesk.exports.full_json import export_json
from partnerdesk.imports.full_json import restore_file
from partnerdesk.imports.plan import apply_plan, plan_import
from partnerdesk.imports.vcard import read_vcard
from partnerdesk.store import queries
from partnerdesk.store.connection import open_store, schema_sql
from tests.benchmarks.bench import Bench, Figure, Floor, Target, measurement

CARDS = 10_000


def cards(count: int) -> bytes:
    """``count`` vCards as address books write them: names, an organisation (seven hundred
    among them), a title, e-mail, phone and a note; some organisations are already known."""
    return "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {n} Smith\r\nN:Smith;Person {n};;;\r\n"
        f"ORG:Company {n % 700};Sales\r\nTITLE:Sales Manager\r\n"
        f"EMAIL;TYPE=WORK:person{n}@company{n % 700}.example\r\n"
        f"TEL;TYPE=WORK:+44 20 7946 {n:04d}\r\nNOTE:Met at the fair\\, spring.\r\nEND:VCARD\r\n"
        for n in range(count)
    ).encode()


@contextmanager
def _folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="partnerdesk-exchange-") as folder:
        yield Path(folder)


def _copy(source: Path, target: Path) -> None:
    with (
        sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True) as reading,
        sqlite3.connect(target) as writing,
    ):
        reading.backup(writing)


def _bare_read(bench: Bench) -> float:
    """Seconds to read every row of every data table with plain SELECTs."""
    with bench.bare() as bare:
        started = time.perf_counter()
        for table in queries.DATA_TABLES:
            bare.execute(f"SELECT * FROM {table}").fetchall()
        return time.perf_counter() - started


def _bare_write(tables: dict[str, list[dict[str, Any]]], target: Path) -> float:
    """Seconds to write the rows of an export with executemany into a new database of the
    same schema, in one transaction, nothing checked."""
    with sqlite3.connect(target, isolation_level=None) as bare:
        bare.executescript(schema_sql())
        started = time.perf_counter()
        bare.execute("BEGIN")
        for table in queries.DATA_TABLES:
            rows = tables[table]
            if not rows:
                continue
            names = list(rows[0])
            bare.executemany(
                f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                [tuple(row[name] for name in names) for row in rows],
            )
        bare.execute("COMMIT")
        return time.perf_counter() - started


def _rate(name: str, bench: Bench, samples: list[float], floor: Floor, note: str) -> Figure:
    """Rows a second moved, against the issue's 50,000 at least."""
    return Figure(
        name,
        bench.size,
        samples,
        unit="rows/s",
        floor=floor,
        target=Target(at_least=50_000),
        note=note,
    )


@measurement("exports and imports")
def exchange_figures(bench: Bench) -> list[Figure]:
    repeat = min(3, bench.repeat)
    with bench.open() as store:
        rows = sum(queries.table_counts(store).values())
    exports: list[float] = []
    restores: list[float] = []
    read_floor: list[float] = []
    write_floor: list[float] = []
    with _folder() as folder:
        exported = folder / "everything.json"
        for number in range(repeat):
            with open_store(bench.path, readonly=True) as store:
                started = time.perf_counter()
                export_json(store, exported)
                exports.append(rows / (time.perf_counter() - started))
            read_floor.append(rows / _bare_read(bench))
            target = folder / f"restored-{number}.partnerdesk"
            started = time.perf_counter()
            restore_file(exported, target)
            restores.append(rows / (time.perf_counter() - started))
            tables = json.loads(exported.read_bytes())["tables"]
            write_floor.append(rows / _bare_write(tables, folder / f"bare-{number}.sqlite"))
            del tables
            target.unlink()
        size_mb = exported.stat().st_size / 1e6

    imports: list[float] = []
    import_floor: list[float] = []
    data = cards(CARDS)
    with _folder() as folder:
        for number in range(repeat):
            copy = folder / f"contacts-{number}.partnerdesk"
            _copy(bench.path, copy)
            with open_store(copy) as store:
                started = time.perf_counter()
                result = apply_plan(store, plan_import(store, read_vcard(data)))
                imports.append(time.perf_counter() - started)
            with sqlite3.connect(copy, isolation_level=None) as bare:
                first = bare.execute("SELECT max(id) FROM people").fetchone()[0] + 1
                started = time.perf_counter()
                bare.execute("BEGIN")
                bare.executemany(
                    "INSERT INTO people (id, name, role_title, email, phone, notes) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    [
                        (
                            first + n,
                            f"Person {n} Smith",
                            "Sales Manager",
                            f"person{n}@company{n % 700}.example",
                            f"+44 20 7946 {n:04d}",
                            "Met at the fair, spring.",
                        )
                        for n in range(CARDS)
                    ],
                )
                bare.execute("COMMIT")
                import_floor.append(time.perf_counter() - started)
            copy.unlink()
    written = {name: getattr(result, name) for name in dir(result) if not name.startswith("_")}
    return [
        _rate(
            "full JSON export",
            bench,
            exports,
            Floor("every table read with SELECT *, bare", read_floor),
            f"{rows:,} rows, a {size_mb:,.0f} MB file",
        ),
        _rate(
            "full JSON restore into a new database",
            bench,
            restores,
            Floor("the same rows written with executemany, bare", write_floor),
            f"{rows:,} rows, from reading the file to the search indexes built",
        ),
        Figure(
            "10,000 vCards imported",
            bench.size,
            [seconds * 1000 for seconds in imports],
            floor=Floor(
                "10,000 people inserted with executemany, bare",
                [seconds * 1000 for seconds in import_floor],
            ),
            target=Target(at_most=5000),
            note="read, matched against the portfolio's people and organisations, and written "
            "in one transaction",
            details={"import": {k: v for k, v in written.items() if isinstance(v, int)}},
        ),
    ]
