"""The queries behind the charts: aggregates computed by SQLite, never row by row in Python.

A partnership can hold tens of thousands of journal entries; these queries group them by
month or by level inside SQLite, so a chart receives a few hundred numbers at most.
*Contacts* here are journal entries that are not private reflections (channel ``note``);
*partner people* are people of a member organisation other than the user's own, in the
contacts made while that organisation was a member (not after it left).
"""

from __future__ import annotations

from typing import Any

from partnerdesk.store.connection import Store
from partnerdesk.store.queries import LEVEL_BITS as LEVEL_BITS  # the bits of ``mask`` below

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
     AND (m.left_on IS NULL OR c.occurred_on <= m.left_on)
"""


def _range(partnership_id: int, since: str, until: str) -> dict[str, Any]:
    return {"partnership_id": partnership_id, "since": since, "until": until}


def monthly_contact_rows(store: Store, partnership_id: int, since: str, until: str) -> list[Row]:
    """A partnership's contacts between two dates, counted by month (``YYYY-MM``), by the
    levels they touched and by whether a partner organisation's leader took part.

    Each row has ``month``, ``mask`` (the levels touched, as bits in the order of
    :data:`LEVEL_BITS`; 0 for none), ``with_leader`` (0 or 1) and ``entries``. One pass over
    the partnership's index, which carries the levels, each entry looked up once among its
    people. (The ``+`` keeps SQLite from looking each entry up once per leader: an entry has a
    person or two, a co-op a dozen leaders; on fifty thousand entries, a third of the time.)
    """
    return store.query(
        """WITH leader(id, left_on) AS (
                SELECT pe.id, m.left_on FROM partnership_members m
                JOIN organisations o ON o.id = m.organisation_id AND o.is_self = 0
                JOIN people pe ON pe.organisation_id = m.organisation_id
                WHERE m.partnership_id = :partnership_id AND pe.seniority = 'leader')
            SELECT month, mask, with_leader, count(*) AS entries FROM (
                SELECT substr(cl.occurred_on, 1, 7) AS month, cl.level_bits AS mask,
                       EXISTS (SELECT 1 FROM contact_log_people cp
                               WHERE cp.contact_log_id = cl.id AND EXISTS (
                                   SELECT 1 FROM leader l WHERE l.id = +cp.person_id
                                   AND (l.left_on IS NULL OR cl.occurred_on <= l.left_on)))
                           AS with_leader
                FROM contact_logs cl
                WHERE cl.partnership_id = :partnership_id AND cl.channel != 'note'
                  AND cl.occurred_on >= :since AND cl.occurred_on <= :until)
            GROUP BY month, mask, with_leader
            ORDER BY month""",
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
    ``to_stage``), by date and id."""
    return store.query(
        """SELECT partnership_id, changed_on, to_stage FROM partnership_stage_changes
           ORDER BY changed_on, id"""
    )


def all_assessment_scores(
    store: Store,
) -> list[tuple[int, str, int | None, int | None, int | None, int | None, int | None]]:
    """Every assessment of every partnership as ``(partnership_id, assessed_on, strategic,
    tactical, operational, interpersonal, cultural)``, by date and id.

    Plain tuples of what the portfolio trend needs, read in the table's order and sorted by
    SQLite: forty thousand assessments with their notes, read as dicts through the
    partnership index, took a quarter of a second."""
    return list(
        store.conn.execute(
            """SELECT partnership_id, assessed_on,
                      strategic, tactical, operational, interpersonal, cultural
               FROM assessments ORDER BY assessed_on, id"""
        )
    )
