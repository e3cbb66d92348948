"""The file format: pragmas, the documented schema, and full-text search kept in step."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from partnerdesk.store import queries, rows
from partnerdesk.store.connection import APPLICATION_ID, SCHEMA_VERSION, Store, schema_sql

README = Path(__file__).resolve().parents[1] / "README.md"


def test_new_database_carries_identity_version_and_safety_settings(store: Store) -> None:
    assert store.scalar("PRAGMA application_id") == APPLICATION_ID
    assert store.scalar("PRAGMA user_version") == SCHEMA_VERSION
    assert store.scalar("PRAGMA journal_mode") == "wal"
    assert store.scalar("PRAGMA foreign_keys") == 1
    assert store.scalar("PRAGMA synchronous") == 2  # FULL


def test_identity_is_in_the_file_for_any_sqlite_tool(store: Store, db_path: Path) -> None:
    other = sqlite3.connect(db_path)
    try:
        assert other.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        tables = {r[0] for r in other.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        other.close()
    assert set(queries.DATA_TABLES) <= tables


def _column_lines(create_sql: str) -> list[str]:
    body = create_sql[create_sql.index("(") + 1 : create_sql.rindex(")")]
    lines = []
    for line in body.splitlines():
        stripped = line.strip()
        if re.match(r"^[a-z_]+ (INTEGER|TEXT)", stripped):
            lines.append(stripped)
    return lines


def test_every_table_and_column_is_commented_in_the_stored_schema(store: Store) -> None:
    tables = store.query(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name IN "
        "(SELECT value FROM json_each(?))",
        [__import__("json").dumps(list(queries.DATA_TABLES))],
    )
    assert len(tables) == len(queries.DATA_TABLES)
    for table in tables:
        sql = table["sql"]
        first_line = sql[sql.index("(") + 1 :].strip().splitlines()[0]
        assert first_line.startswith("--"), f"{table['name']} has no comment saying what it is"
        columns = {c["name"] for c in store.query(f"PRAGMA table_info({table['name']})")}
        commented = set()
        lines = sql.splitlines()
        for number, line in enumerate(lines):
            match = re.match(r"^\s*([a-z_]+) (INTEGER|TEXT)", line)
            if match:
                # the comment is on the column's line, or on the line with its constraint
                nearby = line + (lines[number + 1] if number + 1 < len(lines) else "")
                if "--" in nearby:
                    commented.add(match.group(1))
        assert columns <= commented, f"{table['name']}: uncommented {sorted(columns - commented)}"


def test_readme_describes_every_table() -> None:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## Your data") :]
    for table in queries.DATA_TABLES:
        assert f"`{table}`" in section, f"README's 'Your data' does not describe {table}"


def test_schema_file_is_the_one_used(store: Store) -> None:
    stored = {r["name"] for r in store.query("SELECT name FROM sqlite_master")}
    for name in re.findall(
        r"CREATE (?:VIRTUAL )?(?:TABLE|INDEX|UNIQUE INDEX|TRIGGER) (\w+)", schema_sql()
    ):
        assert name in stored


def _fts(store: Store, words: str) -> list[int]:
    found = queries.journal_rows(store, queries.JournalQuery(match=words), limit=50)
    return [row["id"] for row in found]


def test_full_text_search_follows_inserts_updates_and_deletes(store: Store) -> None:
    org = rows.insert(store, "organisations", {"name": "Oakmill"})
    entry = rows.insert(
        store,
        "contact_logs",
        {
            "organisation_id": org,
            "occurred_on": "2026-01-05",
            "summary": "Tasting the rye",
            "details": "The heritage wheat was excellent",
        },
    )
    assert _fts(store, '"heritage"') == [entry]
    rows.update(store, "contact_logs", entry, {"details": "Spelt this time"})
    assert _fts(store, '"heritage"') == []
    assert _fts(store, '"spelt"') == [entry]
    rows.delete_rows(store, {"contact_logs": [entry]})
    assert _fts(store, '"spelt"') == []
    assert queries.integrity_problems(store) == []


def test_names_and_notes_of_organisations_and_people_are_searchable(store: Store) -> None:
    org = rows.insert(store, "organisations", {"name": "Café Lumière", "notes": "sourdough fans"})
    rows.insert(store, "people", {"name": "Zoë Müller", "organisation_id": org})
    # accents are folded, so a user typing without them still finds them
    assert (
        store.scalar("SELECT count(*) FROM organisations_fts WHERE organisations_fts MATCH 'cafe'")
        == 1
    )
    assert store.scalar("SELECT count(*) FROM people_fts WHERE people_fts MATCH 'zoe'") == 1
    rows.update(store, "organisations", org, {"notes": "rye fans"})
    assert (
        store.scalar(
            "SELECT count(*) FROM organisations_fts WHERE organisations_fts MATCH 'sourdough'"
        )
        == 0
    )
    assert queries.integrity_problems(store) == []
