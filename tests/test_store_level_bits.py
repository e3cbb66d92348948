"""Each journal entry's ``level_bits`` (schema 3) always says what its levels say.

The bits are a copy of ``contact_log_levels`` kept by triggers, so that the charts, the
portfolio and the journal's level filter read levels from the journal's indexes. Whatever
changes the levels (logging, editing, deleting and undoing, restoring a full export, an
upgrade) leaves the copy right; ``partnerdesk check`` notices a copy that is not.
"""

from __future__ import annotations

import json
from pathlib import Path

from partnerdesk.domain import journal
from partnerdesk.domain.partnerships import list_partnerships
from partnerdesk.domain.undo import restore
from partnerdesk.exports.full_json import export_json
from partnerdesk.imports.full_json import restore_file
from partnerdesk.store import queries
from partnerdesk.store.connection import Store, open_store
from tests.conftest import TODAY


def _bits(store: Store) -> dict[int, int]:
    return {row[0]: row[1] for row in store.conn.execute("SELECT id, level_bits FROM contact_logs")}


def _from_levels(store: Store) -> dict[int, int]:
    expected = dict.fromkeys(_bits(store), 0)
    for entry_id, level in store.conn.execute(
        "SELECT contact_log_id, level FROM contact_log_levels"
    ):
        expected[entry_id] |= queries.level_bit(level)
    return expected


def test_the_bits_follow_every_change_of_an_entrys_levels(sample_store: Store) -> None:
    assert _bits(sample_store) == _from_levels(sample_store)
    assert any(_bits(sample_store).values())
    partnership = list_partnerships(sample_store)[0]
    entry = journal.log_contact(
        sample_store,
        occurred_on=TODAY,
        summary="Met the leaders",
        partnership_id=partnership.id,
        levels=["strategic", "interpersonal"],
    )
    assert _bits(sample_store)[entry.id] == 1 + 8
    journal.update_contact_log(sample_store, entry.id, levels=["cultural"])
    assert _bits(sample_store)[entry.id] == 16
    journal.update_contact_log(sample_store, entry.id, levels=[])
    assert _bits(sample_store)[entry.id] == 0
    journal.update_contact_log(sample_store, entry.id, levels=["tactical", "operational"])
    removal = journal.delete_contact_log(sample_store, entry.id)
    assert entry.id not in _bits(sample_store)
    restore(sample_store, removal)
    assert _bits(sample_store)[entry.id] == 2 + 4
    with sample_store.write() as db:
        db.execute(
            "UPDATE contact_log_levels SET level = 'cultural' "
            "WHERE contact_log_id = ? AND level = 'tactical'",
            [entry.id],
        )
    assert _bits(sample_store)[entry.id] == 4 + 16
    assert _bits(sample_store) == _from_levels(sample_store)
    assert queries.integrity_problems(sample_store) == []


def test_a_full_export_leaves_the_bits_out_and_a_restore_makes_them_again(
    sample_store: Store, tmp_path: Path
) -> None:
    exported = tmp_path / "everything.json"
    export_json(sample_store, exported)
    rows = json.loads(exported.read_text("utf-8"))["tables"]["contact_logs"]
    assert rows and all("level_bits" not in row for row in rows)
    restore_file(exported, tmp_path / "restored.partnerdesk")
    with open_store(tmp_path / "restored.partnerdesk", readonly=True) as restored:
        assert _bits(restored) == _bits(sample_store)
        assert queries.integrity_problems(restored) == []


def test_the_check_of_the_file_notices_bits_unlike_the_levels(sample_store: Store) -> None:
    with sample_store.write() as db:
        db.execute("UPDATE contact_logs SET level_bits = 0")
    problems = queries.integrity_problems(sample_store)
    assert any("level_bits" in problem for problem in problems)
