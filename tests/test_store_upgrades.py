"""Every schema version ever released opens in this version with all of its data.

``tests/data/schema-v<N>.partnerdesk`` is a real database of schema version N (the sample
portfolio as of 2026-11-23). Add one for the previous version whenever the schema changes.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from partnerdesk.store import queries
from partnerdesk.store.connection import SCHEMA_VERSION, Store, examine, open_store

DATA = Path(__file__).parent / "data"
FILES = sorted(DATA.glob("schema-v*.partnerdesk"))


def test_there_is_a_file_of_every_schema_version() -> None:
    versions = sorted(int(p.stem.removeprefix("schema-v")) for p in FILES)
    assert versions == list(range(1, SCHEMA_VERSION + 1))


@pytest.mark.parametrize("original", FILES, ids=lambda p: p.stem)
def test_each_file_stands_alone_without_a_write_ahead_log(original: Path) -> None:
    # Bytes 18 and 19 of the header are 2 in a file left in WAL mode, whose last changes may
    # sit in a -wal file beside it that a checkout does not carry; 1 in a file that is whole.
    header = original.read_bytes()[:20]
    assert (header[18], header[19]) == (1, 1)


def _schema(store: Store) -> dict[tuple[str, str], str]:
    """Every object of the schema with its SQL, comments and spacing aside."""

    def plain(sql: str | None) -> str:
        return " ".join(re.sub(r"--[^\n]*", "", sql or "").split()).replace("( ", "(")

    return {
        (row["type"], row["name"]): plain(row["sql"])
        for row in store.query("SELECT type, name, sql FROM sqlite_master")
    }


@pytest.mark.parametrize("original", FILES, ids=lambda p: p.stem)
def test_old_file_opens_upgraded_with_all_its_data(original: Path, tmp_path: Path) -> None:
    copy = tmp_path / original.name
    shutil.copy(original, copy)
    version = int(original.stem.removeprefix("schema-v"))
    assert examine(copy) == version
    with open_store(original, readonly=True) as before:
        counts = queries.table_counts(before)
        journal = before.query(
            "SELECT id, occurred_on, summary, details, private FROM contact_logs ORDER BY id"
        )
    seen: list[int] = []
    with open_store(copy, before_upgrade=lambda path, old: seen.append(old)) as upgraded:
        assert upgraded.schema_version == SCHEMA_VERSION
        assert queries.table_counts(upgraded) == counts
        assert (
            upgraded.query(
                "SELECT id, occurred_on, summary, details, private FROM contact_logs ORDER BY id"
            )
            == journal
        )
        assert queries.integrity_problems(upgraded) == []
        with open_store(tmp_path / "new.partnerdesk") as new:
            assert _schema(upgraded) == _schema(new)
    assert seen == ([] if version == SCHEMA_VERSION else [version])
