"""The journal: logging, editing, deleting, searching, and follow-ups."""

from __future__ import annotations

from datetime import date

import pytest

from partnerdesk.domain import journal as jr
from partnerdesk.domain import organisations as orgs
from partnerdesk.domain import partnerships as ps
from partnerdesk.domain.followups import Due, due_follow_ups, open_follow_ups, overdue_follow_ups
from partnerdesk.domain.vocabulary import Channel, Kind, Level
from partnerdesk.store.connection import Store


@pytest.fixture
def setting(store: Store) -> tuple[int, int, int]:
    us = orgs.create_organisation(store, "Hearth & Grain", is_self=True)
    mill = orgs.create_organisation(store, "Oakmill Flour")
    helen = orgs.create_person(store, "Helen Marsh", organisation_id=mill.id, seniority="leader")
    p = ps.create_partnership(
        store, "Heritage Grain", Kind.VALUE_CHAIN, members=[(mill.id, "Supplier")]
    )
    assert us.is_self
    return p.id, mill.id, helen.id


def test_logging_a_contact_stores_everything_in_one_entry(
    store: Store, setting: tuple[int, int, int]
) -> None:
    pid, _, helen = setting
    entry = jr.log_contact(
        store,
        occurred_on="2026-11-20",
        summary="Agreed the spring sowing plan",
        partnership_id=pid,
        channel=Channel.VISIT,
        details="At the mill.\nTasted the flour.",
        levels=[Level.STRATEGIC, "tactical"],
        people=[helen],
        private=True,
        follow_up_on="2026-12-01",
    )
    again = jr.get_contact_log(store, entry.id)
    assert again == entry
    assert entry.occurred_on == date(2026, 11, 20)
    assert entry.levels == {Level.STRATEGIC, Level.TACTICAL}
    assert entry.sorted_levels == [Level.STRATEGIC, Level.TACTICAL]
    assert entry.people_ids == (helen,)
    assert entry.private and entry.channel is Channel.VISIT
    assert entry.follow_up_on == date(2026, 12, 1) and not entry.follow_up_done


def test_editing_an_entry_replaces_levels_and_people(
    store: Store, setting: tuple[int, int, int]
) -> None:
    pid, mill, helen = setting
    ravi = orgs.create_person(store, "Ravi Nair", organisation_id=mill).id
    entry = jr.log_contact(
        store,
        occurred_on=date(2026, 1, 1),
        summary="Call",
        partnership_id=pid,
        levels=["operational"],
        people=[helen],
    )
    edited = jr.update_contact_log(
        store,
        entry.id,
        summary="Call about milling",
        levels=["operational", "interpersonal"],
        people=[ravi],
    )
    assert edited.summary == "Call about milling"
    assert edited.levels == {Level.OPERATIONAL, Level.INTERPERSONAL}
    assert edited.people_ids == (ravi,)
    assert edited.updated_at >= entry.updated_at


def test_search_finds_words_as_typed_and_marks_them(
    store: Store, setting: tuple[int, int, int]
) -> None:
    pid, _, _ = setting
    jr.log_contact(
        store,
        occurred_on=date(2026, 1, 1),
        summary="Tasted the heritage flour",
        partnership_id=pid,
        details="Spelt next season",
    )
    jr.log_contact(store, occurred_on=date(2026, 1, 2), summary="Invoice query", partnership_id=pid)
    found = jr.journal(store, jr.JournalFilter(text="herit"))
    assert [f.entry.summary for f in found] == ["Tasted the heritage flour"]
    assert found[0].summary_marked == f"Tasted the {jr.MATCH_START}heritage{jr.MATCH_END} flour"
    # words that mean something to FTS5 are taken as plain words
    assert jr.journal(store, jr.JournalFilter(text='NOT "flour OR')) == []
    assert jr.journal_count(store, jr.JournalFilter(text="spelt")) == 1
    assert jr.journal_count(store, jr.JournalFilter(text="")) == 2


def test_search_stays_in_step_after_edits_and_deletes(
    store: Store, setting: tuple[int, int, int]
) -> None:
    pid, _, _ = setting
    entry = jr.log_contact(
        store, occurred_on=date(2026, 1, 1), summary="About rye", partnership_id=pid
    )
    jr.update_contact_log(store, entry.id, summary="About barley")
    assert jr.journal_count(store, jr.JournalFilter(text="rye")) == 0
    assert jr.journal_count(store, jr.JournalFilter(text="barley")) == 1
    jr.delete_contact_log(store, entry.id)
    assert jr.journal_count(store, jr.JournalFilter(text="barley")) == 0


def test_journal_filters_and_pages_newest_first(
    store: Store, setting: tuple[int, int, int]
) -> None:
    pid, mill, helen = setting
    for day in range(1, 8):
        jr.log_contact(
            store,
            occurred_on=date(2026, 3, day),
            summary=f"Day {day}",
            partnership_id=pid,
            private=day % 2 == 0,
            levels=["strategic"] if day == 3 else [],
            people=[helen] if day == 5 else [],
            channel=Channel.CALL if day == 7 else Channel.MEETING,
        )
    first = jr.journal(store, limit=3)
    assert [e.entry.summary for e in first] == ["Day 7", "Day 6", "Day 5"]
    second = jr.journal(store, limit=3, after=first[-1])
    assert [e.entry.summary for e in second] == ["Day 4", "Day 3", "Day 2"]
    assert jr.journal_count(store, jr.JournalFilter(private=True)) == 3
    assert [
        e.entry.summary for e in jr.journal(store, jr.JournalFilter(level=Level.STRATEGIC))
    ] == ["Day 3"]
    by_person = jr.journal(store, jr.JournalFilter(person_id=helen))
    assert [(e.entry.summary, e.people_names) for e in by_person] == [("Day 5", ("Helen Marsh",))]
    assert jr.journal_count(store, jr.JournalFilter(organisation_id=mill)) == 1
    assert jr.journal_count(store, jr.JournalFilter(channel=Channel.CALL)) == 1
    assert jr.journal_count(store, jr.JournalFilter(since=date(2026, 3, 6))) == 2


def test_follow_ups_due_overdue_and_done(store: Store, setting: tuple[int, int, int]) -> None:
    pid, _, _ = setting
    today = date(2026, 11, 23)
    late = jr.log_contact(
        store,
        occurred_on=date(2026, 11, 1),
        summary="Send prices",
        partnership_id=pid,
        follow_up_on=date(2026, 11, 10),
    )
    jr.log_contact(
        store,
        occurred_on=date(2026, 11, 20),
        summary="Book the visit",
        partnership_id=pid,
        follow_up_on=today,
    )
    jr.log_contact(
        store,
        occurred_on=date(2026, 11, 20),
        summary="Next quarter",
        partnership_id=pid,
        follow_up_on=date(2027, 2, 1),
    )
    assert [f.summary for f in open_follow_ups(store)] == [
        "Send prices",
        "Book the visit",
        "Next quarter",
    ]
    due = due_follow_ups(store, today)
    assert [(f.summary, f.due(today)) for f in due] == [
        ("Send prices", Due.OVERDUE),
        ("Book the visit", Due.TODAY),
    ]
    assert due[0].days_overdue(today) == 13
    assert [f.summary for f in overdue_follow_ups(store, today)] == ["Send prices"]
    jr.set_follow_up_done(store, late.id)
    assert overdue_follow_ups(store, today) == []
