"""What a partnership summary holds, and what it leaves out unless the owner asks."""

from __future__ import annotations

from datetime import date

import pytest

from partnerdesk.domain.charts import integration_history, snapshot
from partnerdesk.domain.errors import ValidationError
from partnerdesk.domain.journal import JournalFilter, journal
from partnerdesk.domain.partnerships import find_partnership
from partnerdesk.domain.summary import default_since, partnership_summary
from partnerdesk.domain.vocabulary import Channel, Level
from partnerdesk.store.connection import Store
from tests.conftest import TODAY
from tests.export_helpers import (
    ACCENTED_PERSON,
    CJK_PERSON,
    CYRILLIC_PERSON,
    GREEK_PERSON,
    SECRETS,
    build_secret_partnership,
    day,
)


def _everything_said(summary: object) -> str:
    """Every value a summary holds, as text, to look for secrets in."""
    return repr(summary)


def test_a_summary_to_share_leaves_out_private_entries_assessments_and_notes(
    store: Store,
) -> None:
    pid = build_secret_partnership(store)
    summary = partnership_summary(store, pid, TODAY)
    said = _everything_said(summary)
    for secret in SECRETS:
        assert secret not in said
    assert summary.partnership.notes is None
    assert [a.note for a in summary.assessments] == [None, None]
    assert all(not item.entry.private and item.entry.details is None for item in summary.entries)
    assert [f.summary for f in summary.follow_ups] == [f"Visit with {ACCENTED_PERSON}"]
    # private entries are not even counted
    assert summary.contacts == 3
    assert summary.contacts_by_level()[Level.STRATEGIC] == 1
    assert summary.entry_count == len(summary.entries) == 3


def test_the_owners_archive_keeps_everything(store: Store) -> None:
    pid = build_secret_partnership(store)
    summary = partnership_summary(store, pid, TODAY, include_private=True)
    said = _everything_said(summary)
    for secret in SECRETS:
        if secret not in ("SECRET-ORGANISATION-NOTES", "SECRET-PERSON-NOTES"):
            assert secret in said, secret
    assert summary.include_private
    assert summary.contacts == 5  # the private reflection is a note, not a contact
    assert summary.entry_count == 6
    assert len(summary.follow_ups) == 2
    assert summary.latest is not None and summary.latest.private


def test_the_latest_shared_assessment_and_its_changes(store: Store) -> None:
    pid = build_secret_partnership(store)
    summary = partnership_summary(store, pid, TODAY)
    assert summary.latest is not None and summary.latest.assessed_on == day(90)
    assert summary.previous is not None and summary.previous.assessed_on == day(200)
    changes = {score.level: (score.score, score.change) for score in summary.level_scores()}
    assert changes[Level.STRATEGIC] == (4, 2)
    assert changes[Level.CULTURAL] == (3, 1)


def test_contacts_by_month_and_the_people_on_each_side(store: Store) -> None:
    pid = build_secret_partnership(store)
    summary = partnership_summary(store, pid, TODAY)
    assert summary.since == date(2025, 12, 1)
    assert summary.months[0].month == date(2025, 12, 1)
    assert summary.months[-1].month == date(2026, 11, 1)
    assert len(summary.months) == 12
    by_month = {m.month: m for m in summary.months}
    lunch = by_month[day(60).replace(day=1)]
    assert lunch.contacts == 1 and lunch.with_leader == 1
    assert lunch.by_level == {Level.STRATEGIC: 1, Level.INTERPERSONAL: 1}
    assert [p.name for p in summary.own_people] == ["Maya Lindqvist"]
    assert {p.name for p in summary.partner_people} == {
        CYRILLIC_PERSON,
        GREEK_PERSON,
        ACCENTED_PERSON,
    }
    # the tasting 390 days ago is before the period
    assert CJK_PERSON not in {p.name for p in summary.people}


def test_since_widens_the_period(store: Store) -> None:
    pid = build_secret_partnership(store)
    summary = partnership_summary(store, pid, TODAY, since=day(395))
    assert summary.contacts == 4
    assert CJK_PERSON in {p.name for p in summary.partner_people}
    assert summary.months[0].month == day(395).replace(day=1)


def test_since_cannot_be_after_today(store: Store) -> None:
    pid = build_secret_partnership(store)
    with pytest.raises(ValidationError, match="after today"):
        partnership_summary(store, pid, TODAY, since=day(-1))


@pytest.mark.parametrize(
    ("today", "since"),
    [
        (date(2026, 11, 23), date(2025, 12, 1)),
        (date(2026, 1, 31), date(2025, 2, 1)),
        (date(2026, 12, 1), date(2026, 1, 1)),
    ],
)
def test_the_default_period_is_twelve_whole_months(today: date, since: date) -> None:
    assert default_since(today) == since


def test_the_sample_summary_agrees_with_the_journal(sample_store: Store) -> None:
    partnership = find_partnership(sample_store, "Bean There Wholesale")
    summary = partnership_summary(sample_store, partnership.id, TODAY)
    shared = [
        item.entry
        for item in journal(
            sample_store,
            JournalFilter(partnership_id=partnership.id, private=False, since=summary.since),
            limit=10_000,
        )
        if item.entry.occurred_on <= TODAY
    ]
    contacts = [e for e in shared if e.channel is not Channel.NOTE]
    assert summary.contacts == len(contacts)
    assert summary.entry_count == len(shared)
    for level in Level:
        touched = sum(1 for e in contacts if level in e.levels)
        assert summary.contacts_by_level()[level] == touched


def test_charts_to_share_leave_private_assessments_out(store: Store) -> None:
    pid = build_secret_partnership(store)
    everything = integration_history(store, pid, TODAY)
    shared = integration_history(store, pid, TODAY, include_private=False)
    assert [p.on for p in everything.points] == [day(200), day(90), day(5)]
    assert [p.on for p in shared.points] == [day(200), day(90)]
    radar = snapshot(store, pid, include_private=False)
    assert radar.shown is not None and radar.shown.assessed_on == day(90)
    assert radar.compared is not None and radar.compared.assessed_on == day(200)
    assert all(not a.private for a in radar.choices)
