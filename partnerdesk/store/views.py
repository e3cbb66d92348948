"""Read queries behind the window's lists and sidebar (people, organisations, follow-ups)."""

from __future__ import annotations

from typing import Any

from partnerdesk.store.connection import Store

Row = dict[str, Any]


def place_counts(store: Store, today: str) -> Row:
    """How many partnerships, organisations, people and journal entries there are, and how
    many open follow-ups are due by ``today`` (and how many of those are late)."""
    row = store.query_one(
        """SELECT (SELECT count(*) FROM partnerships) AS partnerships,
                  (SELECT count(*) FROM organisations) AS organisations,
                  (SELECT count(*) FROM people) AS people,
                  (SELECT count(*) FROM contact_logs) AS journal,
                  (SELECT count(*) FROM contact_logs WHERE follow_up_on IS NOT NULL
                       AND follow_up_done = 0 AND follow_up_on <= :today) AS follow_ups_due,
                  (SELECT count(*) FROM contact_logs WHERE follow_up_on IS NOT NULL
                       AND follow_up_done = 0 AND follow_up_on < :today) AS follow_ups_overdue""",
        {"today": today},
    )
    assert row is not None
    return row


def organisation_list_rows(store: Store) -> list[Row]:
    """Every organisation with how many people and partnerships it has; the user's own first."""
    return store.query(
        """SELECT o.*,
                  (SELECT count(*) FROM people pe WHERE pe.organisation_id = o.id) AS people,
                  (SELECT count(*) FROM partnership_members m
                       WHERE m.organisation_id = o.id) AS partnerships
           FROM organisations o
           ORDER BY o.is_self DESC, o.name COLLATE NOCASE, o.id"""
    )


def organisation_history_count(store: Store, organisation_id: int) -> int:
    """How many memberships and journal entries an organisation's delete would take with it."""
    return int(
        store.scalar(
            """SELECT (SELECT count(*) FROM partnership_members WHERE organisation_id = :org)
                    + (SELECT count(*) FROM contact_logs WHERE organisation_id = :org)
                    + (SELECT count(*) FROM contact_log_people cp JOIN people pe
                           ON pe.id = cp.person_id WHERE pe.organisation_id = :org)""",
            {"org": organisation_id},
        )
    )


def person_entry_count(store: Store, person_id: int) -> int:
    """How many journal entries a person took part in."""
    return int(
        store.scalar("SELECT count(*) FROM contact_log_people WHERE person_id = ?", [person_id])
    )


def partnership_history_count(store: Store, partnership_id: int) -> int:
    """How many journal entries, assessments and recorded moves a partnership has."""
    return int(
        store.scalar(
            """SELECT (SELECT count(*) FROM contact_logs WHERE partnership_id = :p)
                    + (SELECT count(*) FROM assessments WHERE partnership_id = :p)
                    + (SELECT count(*) FROM partnership_kind_changes WHERE partnership_id = :p)
                    + (SELECT count(*) FROM partnership_stage_changes WHERE partnership_id = :p)
                    - 2""",
            {"p": partnership_id},
        )
    )


def member_people_rows(store: Store, partnership_id: int) -> list[Row]:
    """People of a partnership's member organisations (the user's own included), by name."""
    return store.query(
        """SELECT pe.*, o.name AS organisation_name, o.is_self
           FROM people pe
           JOIN organisations o ON o.id = pe.organisation_id
           JOIN partnership_members m
             ON m.organisation_id = pe.organisation_id AND m.partnership_id = ?
           ORDER BY o.is_self, pe.name COLLATE NOCASE, pe.id""",
        [partnership_id],
    )
