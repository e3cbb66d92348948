"""Follow-ups as iCalendar: parsed back with the icalendar library."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from icalendar import Calendar

from partnerdesk.domain import followups, journal, organisations, partnerships
from partnerdesk.exports.ics import export_ics
from partnerdesk.store.connection import Store


def _events(path: Path) -> list:
    calendar = Calendar.from_ical(path.read_bytes())
    return list(calendar.walk("VEVENT"))


def test_one_all_day_event_per_open_follow_up(sample_store: Store, tmp_path: Path) -> None:
    target = tmp_path / "follow-ups.ics"
    count = export_ics(sample_store, target)
    open_ones = followups.open_follow_ups(sample_store)
    events = _events(target)
    assert count == len(events) == len(open_ones) > 0
    by_uid = {str(event["UID"]): event for event in events}
    assert len(by_uid) == len(events)
    for follow_up, event in zip(open_ones, events, strict=True):
        start = event.decoded("DTSTART")
        assert start == follow_up.due_on and not hasattr(start, "hour")
        assert event.decoded("DTEND") == follow_up.due_on + timedelta(days=1)
        assert str(event["TRANSP"]) == "TRANSPARENT"
        assert str(follow_up.contact_log_id) in str(event["UID"])


def test_uids_are_stable_and_an_edit_raises_the_sequence(store: Store, tmp_path: Path) -> None:
    org = organisations.create_organisation(store, "Oakmill")
    entry = journal.log_contact(
        store,
        occurred_on=date(2026, 11, 2),
        summary="Price list, sent; more; to follow",
        details="Ask about rye\nand spelt",
        organisation_id=org.id,
        follow_up_on=date(2026, 11, 20),
    )
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    export_ics(store, first)
    export_ics(store, second)
    assert first.read_bytes() == second.read_bytes()
    (event,) = _events(first)
    assert str(event["SUMMARY"]) == "Follow up: Price list, sent; more; to follow (Oakmill)"
    assert "Ask about rye\nand spelt" in str(event["DESCRIPTION"])

    journal.update_contact_log(store, entry.id, follow_up_on=date(2026, 11, 27))
    export_ics(store, second)
    (moved,) = _events(second)
    assert moved["UID"] == event["UID"]
    assert moved.decoded("DTSTART") == date(2026, 11, 27)
    assert int(moved["SEQUENCE"]) >= int(event["SEQUENCE"])
    assert moved.decoded("LAST-MODIFIED") >= event.decoded("LAST-MODIFIED")

    journal.set_follow_up_done(store, entry.id)
    assert export_ics(store, second) == 0
    assert _events(second) == []


def test_private_entries_show_only_who_unless_asked(store: Store, tmp_path: Path) -> None:
    mill = partnerships.create_partnership(store, "Heritage Grain", "value_chain")
    journal.log_contact(
        store,
        occurred_on=date(2026, 11, 2),
        summary="Their owner is ill",
        details="Keep this quiet",
        partnership_id=mill.id,
        private=True,
        follow_up_on=date(2026, 11, 30),
    )
    target = tmp_path / "f.ics"
    export_ics(store, target)
    text = target.read_bytes().decode("utf-8")
    assert "ill" not in text and "quiet" not in text
    (event,) = _events(target)
    assert str(event["SUMMARY"]) == "Follow up: Heritage Grain"
    assert str(event["CLASS"]) == "PRIVATE"

    export_ics(store, target, include_private=True)
    (event,) = _events(target)
    assert "Their owner is ill" in str(event["SUMMARY"])
    assert "Keep this quiet" in str(event["DESCRIPTION"])
    assert str(event["CLASS"]) == "PRIVATE"


def test_no_follow_ups_is_an_empty_calendar(store: Store, tmp_path: Path) -> None:
    target = tmp_path / "f.ics"
    assert export_ics(store, target) == 0
    calendar = Calendar.from_ical(target.read_bytes())
    assert str(calendar["X-WR-CALNAME"]) == "PartnerDesk follow-ups"
