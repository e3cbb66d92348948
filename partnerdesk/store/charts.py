"""The queries behind the charts: aggregates computed by SQLite, never row by row in Python.

A partnership can hold tens of thousands of journal entries; these queries group them by
month or by level inside SQLite, so a chart receives a few hundred numbers at most.
*Contacts* here are journal entries that are not private reflections (channel ``note``);
*partner people* are people of a member organisation other than the user's own.
"""

from __future__ import annotations

from typing import Any

from partnerdesk.store.connection import Store

Row = dict[str, Any]

# A partnership's contacts between two dates (the index on (partnership_id, occurred_on)
# reads exactly these).
_CONTACTS = """
    SELECT cl.id, cl.occurred_on FROM contact_logs cl
    WHERE cl.partnership_id = :partnership_id AND cl.channel != 'note'
      AND cl.occurred_on >= :since AND cl.occurred_on <= :until
"""

# Partner people taking part in those contacts.
_PARTNER_PEOPLE = """
    SELECT c.id AS contact_log_id, c.occurred_on, pe.id AS person_id, pe.name, pe.seniority
    FROM contact c
    JOIN contact_log_people cp ON cp.contact_log_id = c.id
    JOIN people pe ON pe.id = cp.person_id
    JOIN organisations o ON o.id = pe.organisation_id AND o.is_self = 0
    JOIN partnership_members m
      ON m.partnership_id = :partnership_id AND m.organisation_id = pe.organisation_id
"""


def _range(partnership_id: int, since: str, until: str) -> dict[str, Any]:
    return {"partnership_id": partnership_id, "since": since, "until": until}


def monthly_level_rows(store: Store, partnership_id: int, since: str, until: str) -> list[Row]:
    """A partnership's contacts per month (``YYYY-MM``) and level, between two dates.

    Each row has ``month``, ``level``, ``entries`` (how many contacts touched the level) and
    ``share`` (the same contacts, each counted as one over the number of levels it touched,
    so the shares of a month add up to the number of its contacts that touched any level).
    """
    return store.query(
        f"""WITH contact AS ({_CONTACTS}),
                touched AS (
                    SELECT substr(c.occurred_on, 1, 7) AS month, lv.contact_log_id, lv.level
                    FROM contact c JOIN contact_log_levels lv ON lv.contact_log_id = c.id),
                breadth AS (
                    SELECT contact_log_id, count(*) AS levels FROM touched
                    GROUP BY contact_log_id)
            SELECT t.month, t.level, count(*) AS entries, sum(1.0 / b.levels) AS share
            FROM touched t JOIN breadth b ON b.contact_log_id = t.contact_log_id
            GROUP BY t.month, t.level
            ORDER BY t.month, t.level""",
        _range(partnership_id, since, until),
    )


def monthly_contact_rows(store: Store, partnership_id: int, since: str, until: str) -> list[Row]:
    """A partnership's contacts per month (``YYYY-MM``) between two dates: ``entries``,
    ``unlevelled`` (contacts that touched no level) and ``with_leader`` (contacts a partner
    organisation's leader took part in)."""
    return store.query(
        f"""WITH contact AS ({_CONTACTS}),
                leader_contact AS (
                    SELECT DISTINCT contact_log_id FROM ({_PARTNER_PEOPLE})
                    WHERE seniority = 'leader')
            SELECT substr(c.occurred_on, 1, 7) AS month, count(*) AS entries,
                   sum(NOT EXISTS (SELECT 1 FROM contact_log_levels lv
                                   WHERE lv.contact_log_id = c.id)) AS unlevelled,
                   sum(c.id IN leader_contact) AS with_leader
            FROM contact c
            GROUP BY month
            ORDER BY month""",
        _range(partnership_id, since, until),
    )


def monthly_partner_people_rows(
    store: Store, partnership_id: int, since: str, until: str
) -> list[Row]:
    """Which partner people took part in a partnership's contacts each month (``YYYY-MM``):
    ``month``, ``name``, ``seniority`` and ``entries`` (how many contacts)."""
    return store.query(
        f"""WITH contact AS ({_CONTACTS})
            SELECT substr(occurred_on, 1, 7) AS month, name, seniority, count(*) AS entries
            FROM ({_PARTNER_PEOPLE})
            GROUP BY month, person_id
            ORDER BY month, name COLLATE NOCASE""",
        _range(partnership_id, since, until),
    )


def level_contact_counts(
    store: Store, partnership_id: int, since: str, until: str
) -> dict[str, int]:
    """How many of a partnership's contacts between two dates touched each level."""
    return {
        row["level"]: row["entries"]
        for row in store.query(
            f"""WITH contact AS ({_CONTACTS})
                SELECT lv.level, count(*) AS entries
                FROM contact c JOIN contact_log_levels lv ON lv.contact_log_id = c.id
                GROUP BY lv.level""",
            _range(partnership_id, since, until),
        )
    }


def contact_count(store: Store, partnership_id: int, since: str, until: str) -> int:
    """How many contacts a partnership had between two dates."""
    return int(
        store.scalar(
            f"SELECT count(*) FROM ({_CONTACTS})",
            _range(partnership_id, since, until),
        )
    )


def partner_people_rows(store: Store, partnership_id: int, since: str, until: str) -> list[Row]:
    """The partner people who took part in a partnership's contacts between two dates, with
    ``name``, ``seniority`` and ``entries`` (how many contacts), most involved first."""
    return store.query(
        f"""WITH contact AS ({_CONTACTS})
            SELECT person_id, name, seniority, count(*) AS entries
            FROM ({_PARTNER_PEOPLE})
            GROUP BY person_id
            ORDER BY entries DESC, name COLLATE NOCASE""",
        _range(partnership_id, since, until),
    )


def first_contact_on(store: Store, partnership_id: int) -> str | None:
    """The date of a partnership's first journal entry, if it has any."""
    value = store.scalar(
        "SELECT min(occurred_on) FROM contact_logs WHERE partnership_id = ?", [partnership_id]
    )
    return None if value is None else str(value)


# --- the portfolio --------------------------------------------------------------------------


def recent_contact_counts(store: Store, since: str, until: str) -> dict[int, int]:
    """How many contacts each partnership had between two dates (only those with any)."""
    return {
        row["partnership_id"]: row["entries"]
        for row in store.query(
            """SELECT partnership_id, count(*) AS entries FROM contact_logs
               WHERE occurred_on >= :since AND occurred_on <= :until
                 AND partnership_id IS NOT NULL AND channel != 'note'
               GROUP BY partnership_id""",
            {"since": since, "until": until},
        )
    }


def all_stage_change_rows(store: Store) -> list[Row]:
    """Every stage change of every partnership (``partnership_id``, ``changed_on``,
    ``to_stage``), by partnership and date."""
    return store.query(
        """SELECT partnership_id, changed_on, to_stage FROM partnership_stage_changes
           ORDER BY partnership_id, changed_on, id"""
    )


def all_assessment_rows(store: Store) -> list[Row]:
    """Every assessment of every partnership, by partnership, date and id."""
    return store.query("SELECT * FROM assessments ORDER BY partnership_id, assessed_on, id")
