"""The full JSON export and its restore: the file's content, exact round trips, refusals."""

from __future__ import annotations

import hashlib
import json
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from partnerdesk.domain import journal
from partnerdesk.domain.journal import JournalFilter
from partnerdesk.exports.full_json import FORMAT_NAME, FORMAT_VERSION, TABLES, export_json
from partnerdesk.imports.errors import RestoreRefusedError, UnreadableFileError
from partnerdesk.imports.full_json import read_full_export, restore, restore_file
from partnerdesk.progress import Cancelled
from partnerdesk.store import exchange, queries, rows
from partnerdesk.store.connection import SCHEMA_VERSION, Store, open_memory_store, open_store


def _everything(store: Store) -> dict[str, Any]:
    return {
        "tables": {table: list(exchange.table_rows(store, table)) for table in TABLES},
        "sequences": exchange.sequences(store),
    }


def test_export_holds_every_table_with_versions_and_sequences(
    sample_store: Store, tmp_path: Path
) -> None:
    target = tmp_path / "full.json"
    counts = export_json(sample_store, target)
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["format"] == FORMAT_NAME
    assert document["format_version"] == FORMAT_VERSION
    assert document["schema_version"] == SCHEMA_VERSION
    assert list(document["tables"]) == list(TABLES)
    assert counts == queries.table_counts(sample_store)
    for table in TABLES:
        assert len(document["tables"][table]) == counts[table]
    own = [row for row in document["tables"]["organisations"] if row["is_self"] == 1]
    assert [row["name"] for row in own] == ["Hearth & Grain Bakery"]
    assert document["sequences"]["contact_logs"] == counts["contact_logs"]
    # private entries are part of the owner's full copy
    assert any(row["private"] == 1 for row in document["tables"]["contact_logs"])


def test_export_of_unchanged_data_differs_only_in_its_date(
    sample_store: Store, tmp_path: Path
) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    export_json(sample_store, first)
    export_json(sample_store, second)

    def without_date(path: Path) -> list[str]:
        return [line for line in path.read_text().splitlines() if '"exported_at"' not in line]

    assert without_date(first) == without_date(second)


def test_sample_round_trip_is_exact_and_searchable(sample_store: Store, tmp_path: Path) -> None:
    # a deleted entry leaves a gap: the restored database must not give its id out again
    last = max(row["id"] for row in exchange.table_rows(sample_store, "contact_logs"))
    journal.delete_contact_log(sample_store, last)
    target = tmp_path / "full.json"
    export_json(sample_store, target)
    restored_path = tmp_path / "restored.partnerdesk"
    restore_file(target, restored_path)
    with open_store(restored_path) as restored:
        assert _everything(restored) == _everything(sample_store)
        assert queries.integrity_problems(restored) == []
        found = journal.journal_count(restored, JournalFilter(text="wheat"))
        assert found == journal.journal_count(sample_store, JournalFilter(text="wheat")) > 0
        assert exchange.next_id(restored, "contact_logs") == last + 1


# --- generated databases --------------------------------------------------------------------

# Any text SQLite keeps whole (it reads text only up to a zero byte); names start with a
# letter so that SQLite's trim() leaves something.
_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=30,
)
_NAME = st.builds(lambda first, rest: first + rest, st.sampled_from("AbÉжλ山"), _TEXT)
_OPTIONAL = st.none() | _TEXT
_DATE = st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31)).map(date.isoformat)
_KINDS = st.sampled_from(["consortium", "joint_venture", "value_chain"])
_STAGES = st.sampled_from(["exploring", "forming", "active", "dormant", "ended"])
_LEVELS = ["strategic", "tactical", "operational", "interpersonal", "cultural"]
_SCORE = st.none() | st.integers(0, 5)


@st.composite
def databases(draw: st.DrawFn) -> list[tuple[str, dict[str, Any]]]:
    """Rows for every table, in an order the foreign keys accept, with some deleted later."""
    out: list[tuple[str, dict[str, Any]]] = []
    orgs = draw(st.integers(1, 5))
    own = draw(st.none() | st.integers(1, orgs))
    for number in range(1, orgs + 1):
        out.append(
            (
                "organisations",
                {
                    "name": draw(_NAME),
                    "sector": draw(_OPTIONAL),
                    "country": draw(_OPTIONAL),
                    "website": draw(_OPTIONAL),
                    "notes": draw(st.none() | st.text(max_size=200)),
                    "is_self": int(number == own),
                    "created_at": draw(st.sampled_from(["2020-01-01T00:00:00.000Z", "x"])),
                },
            )
        )
    people = draw(st.integers(0, 5))
    for _ in range(people):
        out.append(
            (
                "people",
                {
                    "organisation_id": draw(st.none() | st.integers(1, orgs)),
                    "name": draw(_NAME),
                    "role_title": draw(_OPTIONAL),
                    "seniority": draw(
                        st.sampled_from(["leader", "manager", "professional", "other"])
                    ),
                    "email": draw(_OPTIONAL),
                    "phone": draw(_OPTIONAL),
                    "notes": draw(_OPTIONAL),
                },
            )
        )
    partnerships = draw(st.integers(0, 3))
    for number in range(1, partnerships + 1):
        out.append(
            (
                "partnerships",
                {
                    "name": f"P{number} " + draw(_TEXT),
                    "kind": draw(_KINDS),
                    "stage": draw(_STAGES),
                    "purpose": draw(_OPTIONAL),
                    "started_on": draw(st.none() | _DATE),
                    "notes": draw(_OPTIONAL),
                },
            )
        )
        members = draw(st.sets(st.integers(1, orgs), max_size=3))
        for org in sorted(members):
            out.append(
                (
                    "partnership_members",
                    {"partnership_id": number, "organisation_id": org, "role": draw(_OPTIONAL)},
                )
            )
        out.append(
            (
                "partnership_kind_changes",
                {"partnership_id": number, "changed_on": draw(_DATE), "to_kind": draw(_KINDS)},
            )
        )
        out.append(
            (
                "partnership_stage_changes",
                {"partnership_id": number, "changed_on": draw(_DATE), "to_stage": draw(_STAGES)},
            )
        )
        for _ in range(draw(st.integers(0, 2))):
            out.append(
                (
                    "assessments",
                    {
                        "partnership_id": number,
                        "assessed_on": draw(_DATE),
                        **{level: draw(_SCORE) for level in _LEVELS},
                        "note": draw(_OPTIONAL),
                        "private": draw(st.integers(0, 1)),
                    },
                )
            )
    entries = draw(st.integers(0, 6))
    for number in range(1, entries + 1):
        partnership = draw(st.none() | st.integers(1, partnerships)) if partnerships else None
        out.append(
            (
                "contact_logs",
                {
                    "partnership_id": partnership,
                    "organisation_id": draw(st.integers(1, orgs)),
                    "occurred_on": draw(_DATE),
                    "channel": draw(st.sampled_from(["meeting", "call", "note", "visit"])),
                    "summary": draw(_NAME),
                    "details": draw(st.none() | st.text(max_size=300)),
                    "private": draw(st.integers(0, 1)),
                    "follow_up_on": draw(st.none() | _DATE),
                    "follow_up_done": draw(st.integers(0, 1)),
                },
            )
        )
        for level in draw(st.sets(st.sampled_from(_LEVELS), max_size=3)):
            out.append(("contact_log_levels", {"contact_log_id": number, "level": level}))
        if people:
            for person in draw(st.sets(st.integers(1, people), max_size=2)):
                out.append(("contact_log_people", {"contact_log_id": number, "person_id": person}))
    return out


def _build(store: Store, rows_to_add: list[tuple[str, dict[str, Any]]], deletions: int) -> None:
    for table, values in rows_to_add:
        rows.insert(store, table, values)
    for table in ("contact_logs", "people", "partnerships")[:deletions]:
        last = exchange.next_id(store, table) - 1
        if last > 1 and rows.exists(store, table, last):
            rows.delete_rows(store, {table: [last]})


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(content=databases(), deletions=st.integers(0, 3))
def test_generated_databases_round_trip_exactly(
    content: list[tuple[str, dict[str, Any]]], deletions: int
) -> None:
    source = open_memory_store()
    target = open_memory_store()
    try:
        _build(source, content, deletions)
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "full.json"
            export_json(source, path)
            restore(target, read_full_export(path.read_bytes()))
        assert _everything(target) == _everything(source)
        assert queries.integrity_problems(target) == []
    finally:
        source.close()
        target.close()


# --- refusals, each leaving the target as it was --------------------------------------------


@pytest.fixture
def export_file(sample_store: Store, tmp_path: Path) -> Path:
    path = tmp_path / "full.json"
    export_json(sample_store, path)
    return path


def _edited(export_file: Path, change: Any) -> bytes:
    document = json.loads(export_file.read_text(encoding="utf-8"))
    change(document)
    return json.dumps(document).encode("utf-8")


def test_restore_refuses_a_database_holding_data(
    export_file: Path, sample_store: Store, db_path: Path
) -> None:
    before = _everything(sample_store)
    with pytest.raises(RestoreRefusedError, match="already holds data"):
        restore(sample_store, read_full_export(export_file.read_bytes()))
    assert _everything(sample_store) == before


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(format_version=FORMAT_VERSION + 1), "newer version of PartnerDesk"),
        (lambda d: d.update(schema_version=SCHEMA_VERSION + 1), "newer version of PartnerDesk"),
        (lambda d: d.update(format="something else"), "not a PartnerDesk full export"),
        (lambda d: d["tables"].pop("people"), "“people” is missing"),
        (lambda d: d["tables"].update(extra=[]), "does not know: “extra”"),
        (lambda d: d["tables"]["people"].append([1, 2]), "people, row 24"),
        (lambda d: d["tables"]["people"][0].pop("name"), "lacks the column “name”"),
        (lambda d: d["tables"]["people"][0].update(name=["x"]), "holds a list"),
    ],
)
def test_malformed_or_newer_exports_are_refused_with_nothing_written(
    export_file: Path, tmp_path: Path, change: Any, message: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(_edited(export_file, change))
    target = tmp_path / "new.partnerdesk"
    with pytest.raises(UnreadableFileError, match=message) as error:
        restore_file(bad, target)
    assert "bad.json" in str(error.value)
    assert not target.exists()


def test_a_cut_off_file_names_where_it_ends(export_file: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.json"
    data = export_file.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(UnreadableFileError, match=r"line \d+, column \d+: this is not valid JSON"):
        restore_file(cut, tmp_path / "new.partnerdesk")
    assert not (tmp_path / "new.partnerdesk").exists()


def test_a_refused_row_is_named_and_nothing_is_written(export_file: Path, tmp_path: Path) -> None:
    def break_reference(document: dict[str, Any]) -> None:
        document["tables"]["contact_logs"][5]["partnership_id"] = 999

    bad = tmp_path / "bad.json"
    bad.write_bytes(_edited(export_file, break_reference))
    existing = tmp_path / "empty.partnerdesk"
    open_store(existing).close()
    before = hashlib.sha256(existing.read_bytes()).hexdigest()
    with pytest.raises(RestoreRefusedError, match=r"contact_logs, row 6 \(id 6\).*refers to a row"):
        restore_file(bad, existing)
    with open_store(existing) as store:
        assert sum(queries.table_counts(store).values()) == 0
    assert existing.exists() and hashlib.sha256(existing.read_bytes()).hexdigest() == before


def test_a_cancelled_restore_writes_nothing(export_file: Path, tmp_path: Path) -> None:
    export = read_full_export(export_file.read_bytes())
    with open_store(tmp_path / "new.partnerdesk") as target:
        # the last look for a cancel comes after every row is written, before the commit
        with pytest.raises(Cancelled):
            restore(target, export, cancelled=lambda: True)
        assert sum(queries.table_counts(target).values()) == 0
        assert exchange.sequences(target) == {}


def test_a_cancelled_export_leaves_the_previous_file(sample_store: Store, tmp_path: Path) -> None:
    target = tmp_path / "full.json"
    target.write_text("the previous export")
    with pytest.raises(Cancelled):
        export_json(sample_store, target, cancelled=lambda: True)
    assert target.read_text() == "the previous export"
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_progress_is_reported_up_to_the_total(sample_store: Store, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export_json(sample_store, tmp_path / "full.json", progress=lambda d, t: seen.append((d, t)))
    total = sum(queries.table_counts(sample_store).values())
    assert seen[-1] == (total, total)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_a_file_that_cannot_be_written_is_an_explained_error(
    sample_store: Store, tmp_path: Path
) -> None:
    from partnerdesk.exports.errors import ExportFailedError

    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    with pytest.raises(ExportFailedError, match="part of the path is a file"):
        export_json(sample_store, blocker / "full.json")
    assert blocker.read_text() == "not a folder"


def _schema(store: Store) -> list[dict[str, Any]]:
    return store.query("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")


def test_a_restore_leaves_the_schema_as_a_new_database_has_it(
    export_file: Path, tmp_path: Path
) -> None:
    fresh = open_memory_store()
    try:
        restored = tmp_path / "restored.partnerdesk"
        restore_file(export_file, restored)
        with open_store(restored) as store:
            assert _schema(store) == _schema(fresh)
        refused = tmp_path / "refused.partnerdesk"
        open_store(refused).close()
        bad = tmp_path / "bad.json"
        bad.write_bytes(
            _edited(export_file, lambda d: d["tables"]["people"][3].update(seniority="boss"))
        )
        with pytest.raises(RestoreRefusedError, match=r"people, row 4 \(id 4\)"):
            restore_file(bad, refused)
        with open_store(refused) as store:
            assert _schema(store) == _schema(fresh)
            assert sum(queries.table_counts(store).values()) == 0
    finally:
        fresh.close()
