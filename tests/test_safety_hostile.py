"""Hostile conditions: a full disk in the middle of a save, and the text and dates users paste."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from partnerdesk.domain import journal, organisations, partnerships
from partnerdesk.domain.errors import ValidationError
from partnerdesk.domain.followups import open_follow_ups
from partnerdesk.domain.journal import JournalFilter, log_contact
from partnerdesk.domain.portfolio import portfolio
from partnerdesk.domain.vocabulary import Kind, Level
from partnerdesk.store import queries
from partnerdesk.store.connection import Store, open_store
from partnerdesk.store.errors import WriteFailedError
from tests.conftest import TODAY

# --- a full disk ----------------------------------------------------------------------------


def _fill_the_disk(store: Store) -> None:
    """From now on the database cannot grow by a single page: a full disk, as SQLite sees it."""
    store.conn.execute(f"PRAGMA max_page_count = {store.scalar('PRAGMA page_count')}")


def _room_again(store: Store) -> None:
    store.conn.execute("PRAGMA max_page_count = 1073741823")


def test_a_full_disk_refuses_the_save_whole_and_keeps_what_was_saved(
    sample_store: Store,
) -> None:
    heritage = partnerships.find_partnership(sample_store, "Heritage Grain Programme")
    before = queries.table_counts(sample_store)
    latest = journal.journal(sample_store, JournalFilter(partnership_id=heritage.id), limit=1)
    _fill_the_disk(sample_store)
    with pytest.raises(WriteFailedError, match="disk is full: the change was not saved"):
        log_contact(
            sample_store,
            occurred_on=TODAY,
            summary="A long visit report",
            details="The wheat fields in detail. " * 20_000,
            partnership_id=heritage.id,
            levels=[Level.STRATEGIC, Level.OPERATIONAL],
        )
    # Nothing of it was kept: no entry, no levels, no search index rows.
    assert queries.table_counts(sample_store) == before
    assert queries.integrity_problems(sample_store) == []
    assert journal.journal(sample_store, JournalFilter(text="visit report")) == []
    assert (
        journal.journal(sample_store, JournalFilter(partnership_id=heritage.id), limit=1) == latest
    )
    # Still usable: reading works now, and saving works once there is room again.
    assert len(portfolio(sample_store, TODAY)) == 6
    _room_again(sample_store)
    saved = log_contact(
        sample_store, occurred_on=TODAY, summary="Short note", partnership_id=heritage.id
    )
    assert journal.get_contact_log(sample_store, saved.id).summary == "Short note"


def test_a_full_disk_during_an_edit_changes_nothing(sample_store: Store) -> None:
    oakmill = organisations.find_organisation(sample_store, "Oakmill Flour")

    def snapshot() -> dict[str, list[dict[str, object]]]:
        return {
            table: sample_store.query(f"SELECT * FROM {table} ORDER BY rowid")
            for table in queries.DATA_TABLES
        }

    before = snapshot()
    _fill_the_disk(sample_store)
    with pytest.raises(WriteFailedError):
        organisations.update_organisation(sample_store, oakmill.id, notes="n" * 500_000)
    assert not sample_store.conn.in_transaction
    assert snapshot() == before
    _room_again(sample_store)
    assert queries.integrity_problems(sample_store) == []


# --- what users paste -----------------------------------------------------------------------

SCRIPTS = {
    "Arabic": "شراكة المخابز التعاونية",
    "Hebrew": "שותפות המאפייה — ירושלים",
    "mixed direction": "Bäckerei‏ مخبز ‎(Köln) אפייה 2026",
    "Chinese": "面粉联合采购合作社",
    "Japanese": "小麦粉の共同購入・東京",
    "Korean": "제빵 협동조합",
    "emoji": "Bakers 🥖🍞 + family 👩‍👩‍👧‍👦 + flag 🇺🇦",
    "combining marks": "Cafe\u0301 Zoe\u0308 — Ǆ ﬁ",
    "Devanagari": "आटा सहकारी समिति",
    "zero width": "Oak\u200bmill\u2060 Flour\ufeff",
}


@pytest.mark.parametrize("script", SCRIPTS)
def test_names_and_notes_in_every_script_come_back_exactly(store: Store, script: str) -> None:
    text = SCRIPTS[script]
    organisation = organisations.create_organisation(store, text, notes=f"{text}\n{text}")
    partnership = partnerships.create_partnership(
        store, f"{text} partnership", Kind.JOINT_VENTURE, members=[(organisation.id, text)]
    )
    entry = log_contact(
        store,
        occurred_on=TODAY,
        summary=text,
        details=f"{text}\n\n{text}",
        partnership_id=partnership.id,
        organisation_id=organisation.id,
    )
    assert organisations.get_organisation(store, organisation.id).name == text
    assert organisations.get_organisation(store, organisation.id).notes == f"{text}\n{text}"
    assert partnerships.find_partnership(store, f"{text} partnership").id == partnership.id
    assert [m.role for m in partnerships.members(store, partnership.id)] == [text]
    found = journal.get_contact_log(store, entry.id)
    assert (found.summary, found.details) == (text, f"{text}\n\n{text}")
    (row,) = portfolio(store, TODAY)
    assert row.name == f"{text} partnership"


def test_a_megabyte_of_notes_is_kept_whole_and_found(store: Store) -> None:
    paragraph = "Meeting at the mill — ümlaut, 漢字, שלום, 🥖. " * 20 + "\n"
    huge = (paragraph * (1_000_000 // len(paragraph) + 1))[:1_000_000].rstrip()
    huge += "\nThe one word to find: sourdough-starter."
    organisation = organisations.create_organisation(store, "Oakmill", notes=huge)
    entry = log_contact(
        store, occurred_on=TODAY, summary="Long one", details=huge, organisation_id=organisation.id
    )
    assert len(huge) > 1_000_000
    assert organisations.get_organisation(store, organisation.id).notes == huge
    assert journal.get_contact_log(store, entry.id).details == huge
    (hit,) = journal.journal(store, JournalFilter(text="sourdough"))
    assert hit.entry.id == entry.id


@pytest.mark.parametrize(
    "bad",
    ["nul\x00byte", "bell\x07", "escape \x1b[31m red", "delete\x7f", "c1 \x85 control", "\ud800"],
    ids=["NUL", "bell", "escape", "DEL", "C1", "lone surrogate"],
)
def test_control_characters_are_refused_with_a_message_and_nothing_is_written(
    store: Store, bad: str
) -> None:
    organisation = organisations.create_organisation(store, "Oakmill")
    before = queries.table_counts(store)
    with pytest.raises(ValidationError) as caught:
        organisations.create_organisation(store, bad)
    assert caught.value.field == "name"
    with pytest.raises(ValidationError) as caught:
        log_contact(
            store, occurred_on=TODAY, summary="ok", details=bad, organisation_id=organisation.id
        )
    assert caught.value.field == "details"
    assert "control characters" in str(caught.value) or "not valid text" in str(caught.value)
    assert queries.table_counts(store) == before


def test_line_breaks_and_tabs_pasted_into_a_one_line_field_become_spaces(store: Store) -> None:
    organisation = organisations.create_organisation(store, "  Oak\tmill\r\nFlour\u2028Ltd  ")
    assert organisation.name == "Oak mill Flour Ltd"


@pytest.mark.parametrize("day", [date(1, 1, 1), date(1066, 10, 14), date(9999, 12, 31)])
def test_dates_far_in_the_past_and_future_are_kept(store: Store, day: date) -> None:
    organisation = organisations.create_organisation(store, "Oakmill")
    partnership = partnerships.create_partnership(
        store, "Long haul", Kind.VALUE_CHAIN, members=[(organisation.id, None)], started_on=day
    )
    entry = log_contact(
        store,
        occurred_on=day,
        summary="Then",
        partnership_id=partnership.id,
        follow_up_on=day,
        levels=[Level.STRATEGIC],
    )
    assert journal.get_contact_log(store, entry.id).occurred_on == day
    assert partnerships.get_partnership(store, partnership.id).started_on == day
    assert [item.entry.id for item in journal.journal(store)] == [entry.id]
    assert [f.contact_log_id for f in open_follow_ups(store)] == [entry.id]
    (row,) = portfolio(store, TODAY)
    if day < TODAY:
        assert row.last_contact_on == day
    else:  # an entry in the future is no contact yet, but its follow-up is the next one
        assert row.last_contact_on is None and row.next_follow_up_on == day


@pytest.mark.parametrize("text", ["0000-01-01", "10000-01-01", "2026-02-30", "-0001-01-01"])
def test_impossible_dates_are_refused_with_a_message(store: Store, text: str) -> None:
    organisation = organisations.create_organisation(store, "Oakmill")
    before = queries.table_counts(store)
    with pytest.raises(ValidationError) as caught:
        log_contact(store, occurred_on=text, summary="x", organisation_id=organisation.id)
    assert caught.value.field == "occurred_on" and "YYYY-MM-DD" in str(caught.value)
    assert queries.table_counts(store) == before


def test_the_command_line_takes_any_script_even_on_a_console_that_cannot_show_it(
    tmp_path: Path,
) -> None:
    path = tmp_path / "portfolio.partnerdesk"
    with open_store(path) as store:
        partnerships.create_partnership(store, SCRIPTS["Arabic"], Kind.CONSORTIUM)
    summary = SCRIPTS["emoji"] + " " + SCRIPTS["Hebrew"]
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "partnerdesk",
            "log",
            "--db",
            str(path),
            "--partnership",
            SCRIPTS["Arabic"],
            "--summary",
            summary,
        ],
        capture_output=True,
        text=True,
        encoding="ascii",
        errors="replace",
        check=False,
        env={**os.environ, "PYTHONIOENCODING": "ascii"},
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    with open_store(path, readonly=True) as store:
        assert store.scalar("SELECT summary FROM contact_logs") == summary
