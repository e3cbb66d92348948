"""The queries behind a partnership summary: its contacts counted by month and level, and who
took part on each side.

*Contacts* are journal entries that are not private reflections (channel ``note``), as in the
charts. Every query takes ``include_private``: a summary meant for a partner leaves private
entries out of its counts too, so that nothing about them (not even that they happened) is
shared.
"""

from __future__ import annotations

from typing import Any

from partnerdesk.store.connection import Store

Row = dict[str, Any]

# A partnership's contacts between two dates, private ones only when asked for.
_CONTACTS = """
    SELECT cl.id, cl.occurred_on FROM contact_logs cl
    WHERE cl.partnership_id = :partnership_id AND cl.channel != 'note'
      AND cl.occurred_on >= :since AND cl.occurred_on <= :until
      AND (:include_private OR cl.private = 0)
"""


def _range(partnership_id: int, since: str, until: str, include_private: bool) -> dict[str, Any]:
    return {
        "partnership_id": partnership_id,
        "since": since,
        "until": until,
        "include_private": int(include_private),
    }


def monthly_contact_rows(
    store: Store, partnership_id: int, since: str, until: str, *, include_private: bool
) -> list[Row]:
    """A partnership's contacts between two dates by month: ``month`` (``YYYY-MM``),
    ``contacts`` and ``with_leader`` (how many a leader of a partner organisation took part in).
    Only months with contacts are listed."""
    return store.query(
        f"""WITH contact AS ({_CONTACTS}),
                 leader(id) AS (
                    SELECT pe.id FROM partnership_members m
                    JOIN organisations o ON o.id = m.organisation_id AND o.is_self = 0
                    JOIN people pe ON pe.organisation_id = m.organisation_id
                    WHERE m.partnership_id = :partnership_id AND pe.seniority = 'leader')
            SELECT substr(c.occurred_on, 1, 7) AS month, count(*) AS contacts,
                   sum(EXISTS (SELECT 1 FROM contact_log_people cp
                               WHERE cp.contact_log_id = c.id AND cp.person_id IN leader))
                       AS with_leader
            FROM contact c
            GROUP BY month
            ORDER BY month""",
        _range(partnership_id, since, until, include_private),
    )


def monthly_level_rows(
    store: Store, partnership_id: int, since: str, until: str, *, include_private: bool
) -> list[Row]:
    """How many of a partnership's contacts between two dates touched each level, by month:
    ``month``, ``level`` and ``contacts`` (a contact touching two levels counts in both)."""
    return store.query(
        f"""WITH contact AS ({_CONTACTS})
            SELECT substr(c.occurred_on, 1, 7) AS month, lv.level, count(*) AS contacts
            FROM contact c JOIN contact_log_levels lv ON lv.contact_log_id = c.id
            GROUP BY month, lv.level
            ORDER BY month""",
        _range(partnership_id, since, until, include_private),
    )


def involved_people_rows(
    store: Store, partnership_id: int, since: str, until: str, *, include_private: bool
) -> list[Row]:
    """Everybody who took part in a partnership's contacts between two dates, with ``name``,
    ``role_title``, ``seniority``, ``organisation_name``, ``is_self`` (1 for the user's own
    people) and ``contacts``; the user's own people first, then the most involved."""
    return store.query(
        f"""WITH contact AS ({_CONTACTS})
            SELECT pe.id, pe.name, pe.role_title, pe.seniority,
                   o.name AS organisation_name, coalesce(o.is_self, 0) AS is_self,
                   count(*) AS contacts
            FROM contact c
            JOIN contact_log_people cp ON cp.contact_log_id = c.id
            JOIN people pe ON pe.id = cp.person_id
            LEFT JOIN organisations o ON o.id = pe.organisation_id
            GROUP BY pe.id
            ORDER BY is_self DESC, contacts DESC, pe.name COLLATE NOCASE, pe.id""",
        _range(partnership_id, since, until, include_private),
    )
