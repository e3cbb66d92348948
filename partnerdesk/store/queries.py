"""Every read query the application runs, and the few writes that are more than one row.

Functions return plain dicts (one per row) keyed by column name; the domain layer turns them
into records. Dates come back as ISO text.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from partnerdesk.store.connection import Store

Row = dict[str, Any]

#: The tables a user's data lives in, in the order a person would list them.
DATA_TABLES = (
    "organisations",
    "people",
    "partnerships",
    "partnership_members",
    "partnership_kind_changes",
    "partnership_stage_changes",
    "contact_logs",
    "contact_log_levels",
    "contact_log_people",
    "assessments",
)


def _json(values: Iterable[Any]) -> str:
    return json.dumps(list(values))


# --- organisations and people ---------------------------------------------------------------


def organisation_rows(store: Store) -> list[Row]:
    """All organisations, the user's own first, then by name."""
    return store.query("SELECT * FROM organisations ORDER BY is_self DESC, name COLLATE NOCASE, id")


def self_organisation_row(store: Store) -> Row | None:
    """The user's own organisation, if one is set."""
    return store.query_one("SELECT * FROM organisations WHERE is_self = 1")


def organisations_named(store: Store, name: str) -> list[Row]:
    """Organisations whose name is ``name``, ignoring case and surrounding space."""
    return store.query(
        "SELECT * FROM organisations WHERE lower(trim(name)) = lower(trim(?)) ORDER BY id",
        [name],
    )


def clear_self_flag(store: Store) -> None:
    """Make no organisation the user's own (before another one becomes it)."""
    with store.write() as db:
        db.execute(
            "UPDATE organisations SET is_self = 0, "
            "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE is_self = 1"
        )


def people_rows(store: Store, organisation_id: int | None = None) -> list[Row]:
    """People with the name of their organisation, by name; only one organisation's if given."""
    where = "" if organisation_id is None else "WHERE pe.organisation_id = :org"
    return store.query(
        f"""SELECT pe.*, o.name AS organisation_name
            FROM people pe LEFT JOIN organisations o ON o.id = pe.organisation_id
            {where}
            ORDER BY pe.name COLLATE NOCASE, pe.id""",
        {"org": organisation_id},
    )


def people_named(store: Store, name: str) -> list[Row]:
    """People whose name is ``name`` (ignoring case), with their organisation's name."""
    return store.query(
        """SELECT pe.*, o.name AS organisation_name
           FROM people pe LEFT JOIN organisations o ON o.id = pe.organisation_id
           WHERE lower(trim(pe.name)) = lower(trim(?)) ORDER BY pe.id""",
        [name],
    )


def person_names(store: Store, person_ids: Iterable[int]) -> dict[int, str]:
    """The names of the given people, by id."""
    ids = sorted(set(person_ids))
    if not ids:
        return {}
    return {
        row["id"]: row["name"]
        for row in store.query(
            "SELECT id, name FROM people WHERE id IN (SELECT value FROM json_each(?))",
            [_json(ids)],
        )
    }


def orphaned_contact_log_ids(store: Store, organisation_id: int) -> list[int]:
    """Entries about this organisation and no partnership: they go when the organisation goes."""
    return [
        row["id"]
        for row in store.query(
            "SELECT id FROM contact_logs WHERE organisation_id = ? AND partnership_id IS NULL",
            [organisation_id],
        )
    ]


# --- partnerships ---------------------------------------------------------------------------


def partnership_rows(store: Store) -> list[Row]:
    """All partnerships by name."""
    return store.query("SELECT * FROM partnerships ORDER BY name COLLATE NOCASE, id")


def partnership_named(store: Store, name: str) -> Row | None:
    """The partnership called ``name`` (names are unique, ignoring ASCII case)."""
    return store.query_one("SELECT * FROM partnerships WHERE name = trim(?) COLLATE NOCASE", [name])


def member_rows(store: Store, partnership_id: int) -> list[Row]:
    """A partnership's members with their organisations' names; the user's own first."""
    return store.query(
        """SELECT m.*, o.name AS organisation_name, o.is_self
           FROM partnership_members m JOIN organisations o ON o.id = m.organisation_id
           WHERE m.partnership_id = ?
           ORDER BY o.is_self DESC, o.name COLLATE NOCASE, m.id""",
        [partnership_id],
    )


def member_row(store: Store, member_id: int) -> Row | None:
    """One membership with its organisation's name."""
    return store.query_one(
        """SELECT m.*, o.name AS organisation_name, o.is_self
           FROM partnership_members m JOIN organisations o ON o.id = m.organisation_id
           WHERE m.id = ?""",
        [member_id],
    )


def membership_rows(store: Store, organisation_id: int) -> list[Row]:
    """Every partnership an organisation takes part in, with its role there."""
    return store.query(
        """SELECT m.*, p.name AS partnership_name, p.kind, p.stage
           FROM partnership_members m JOIN partnerships p ON p.id = m.partnership_id
           WHERE m.organisation_id = ?
           ORDER BY p.name COLLATE NOCASE""",
        [organisation_id],
    )


def kind_change_rows(store: Store, partnership_id: int) -> list[Row]:
    """A partnership's moves along the continuum, oldest first."""
    return store.query(
        "SELECT * FROM partnership_kind_changes WHERE partnership_id = ? ORDER BY changed_on, id",
        [partnership_id],
    )


def stage_change_rows(store: Store, partnership_id: int) -> list[Row]:
    """A partnership's stage changes, oldest first."""
    return store.query(
        "SELECT * FROM partnership_stage_changes WHERE partnership_id = ? ORDER BY changed_on, id",
        [partnership_id],
    )


# --- journal --------------------------------------------------------------------------------


def levels_of(store: Store, contact_log_ids: Sequence[int]) -> dict[int, set[str]]:
    """The levels each entry touched."""
    found: dict[int, set[str]] = {i: set() for i in contact_log_ids}
    for row in store.query(
        "SELECT contact_log_id, level FROM contact_log_levels "
        "WHERE contact_log_id IN (SELECT value FROM json_each(?))",
        [_json(contact_log_ids)],
    ):
        found[row["contact_log_id"]].add(row["level"])
    return found


def people_of(store: Store, contact_log_ids: Sequence[int]) -> dict[int, list[int]]:
    """The ids of the people who took part in each entry."""
    found: dict[int, list[int]] = {i: [] for i in contact_log_ids}
    for row in store.query(
        "SELECT contact_log_id, person_id FROM contact_log_people "
        "WHERE contact_log_id IN (SELECT value FROM json_each(?)) "
        "ORDER BY contact_log_id, person_id",
        [_json(contact_log_ids)],
    ):
        found[row["contact_log_id"]].append(row["person_id"])
    return found


def replace_levels(store: Store, contact_log_id: int, levels: Iterable[str]) -> None:
    """Make ``levels`` the levels an entry touched."""
    with store.write() as db:
        db.execute("DELETE FROM contact_log_levels WHERE contact_log_id = ?", [contact_log_id])
        db.conn.executemany(
            "INSERT INTO contact_log_levels (contact_log_id, level) VALUES (?, ?)",
            [(contact_log_id, level) for level in levels],
        )


def replace_people(store: Store, contact_log_id: int, person_ids: Iterable[int]) -> None:
    """Make ``person_ids`` the people who took part in an entry."""
    with store.write() as db:
        db.execute("DELETE FROM contact_log_people WHERE contact_log_id = ?", [contact_log_id])
        db.conn.executemany(
            "INSERT INTO contact_log_people (contact_log_id, person_id) VALUES (?, ?)",
            [(contact_log_id, person_id) for person_id in person_ids],
        )


@dataclass(frozen=True)
class JournalQuery:
    """What part of the journal to read. Every field narrows it; None means any."""

    partnership_id: int | None = None
    organisation_id: int | None = None
    person_id: int | None = None
    channel: str | None = None
    level: str | None = None
    private: bool | None = None
    since: str | None = None
    until: str | None = None
    #: An FTS5 query (already quoted for safety by the caller).
    match: str | None = None


#: Marks around the words a search found, in ``summary_marked`` and ``details_marked``.
#: Stored text never holds control characters, so these cannot clash with it.
MATCH_START = "\x02"
MATCH_END = "\x03"


def _journal_where(query: JournalQuery) -> tuple[str, dict[str, Any]]:
    clauses: list[str] = []
    params: dict[str, Any] = {}
    if query.partnership_id is not None:
        clauses.append("cl.partnership_id = :partnership_id")
        params["partnership_id"] = query.partnership_id
    if query.organisation_id is not None:
        clauses.append(
            "(cl.organisation_id = :organisation_id OR cl.id IN ("
            "SELECT cp.contact_log_id FROM contact_log_people cp "
            "JOIN people pe ON pe.id = cp.person_id WHERE pe.organisation_id = :organisation_id))"
        )
        params["organisation_id"] = query.organisation_id
    if query.person_id is not None:
        clauses.append(
            "cl.id IN (SELECT contact_log_id FROM contact_log_people WHERE person_id = :person_id)"
        )
        params["person_id"] = query.person_id
    if query.channel is not None:
        clauses.append("cl.channel = :channel")
        params["channel"] = query.channel
    if query.level is not None:
        clauses.append(
            "EXISTS (SELECT 1 FROM contact_log_levels lv "
            "WHERE lv.contact_log_id = cl.id AND lv.level = :level)"
        )
        params["level"] = query.level
    if query.private is not None:
        clauses.append("cl.private = :private")
        params["private"] = int(query.private)
    if query.since is not None:
        clauses.append("cl.occurred_on >= :since")
        params["since"] = query.since
    if query.until is not None:
        clauses.append("cl.occurred_on <= :until")
        params["until"] = query.until
    if query.match is not None:
        clauses.append("contact_logs_fts MATCH :match")
        params["match"] = query.match
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def journal_rows(
    store: Store,
    query: JournalQuery,
    *,
    limit: int,
    after: tuple[str, int] | None = None,
) -> list[Row]:
    """A page of journal entries, newest first, with partnership and organisation names.

    ``after`` is the ``(occurred_on, id)`` of the last entry of the previous page. With a
    ``match``, ``summary_marked`` and ``details_marked`` carry the text with the found words
    between :data:`MATCH_START` and :data:`MATCH_END`.
    """
    where, params = _journal_where(query)
    if after is not None:
        where += (
            " AND " if where else "WHERE "
        ) + "(cl.occurred_on, cl.id) < (:after_on, :after_id)"
        params.update(after_on=after[0], after_id=after[1])
    params["limit"] = limit
    if query.match is not None:
        source = "contact_logs_fts JOIN contact_logs cl ON cl.id = contact_logs_fts.rowid"
        marked = (
            f", highlight(contact_logs_fts, 0, '{MATCH_START}', '{MATCH_END}') AS summary_marked"
            f", highlight(contact_logs_fts, 1, '{MATCH_START}', '{MATCH_END}') AS details_marked"
        )
    else:
        source = "contact_logs cl"
        marked = ", NULL AS summary_marked, NULL AS details_marked"
    return store.query(
        f"""SELECT cl.*, p.name AS partnership_name, o.name AS organisation_name {marked}
            FROM {source}
            LEFT JOIN partnerships p ON p.id = cl.partnership_id
            LEFT JOIN organisations o ON o.id = cl.organisation_id
            {where}
            ORDER BY cl.occurred_on DESC, cl.id DESC
            LIMIT :limit""",
        params,
    )


def journal_count(store: Store, query: JournalQuery) -> int:
    """How many journal entries the query selects."""
    where, params = _journal_where(query)
    source = (
        "contact_logs_fts JOIN contact_logs cl ON cl.id = contact_logs_fts.rowid"
        if query.match is not None
        else "contact_logs cl"
    )
    return int(store.scalar(f"SELECT count(*) FROM {source} {where}", params))


def open_follow_up_rows(store: Store, *, until: str | None = None) -> list[Row]:
    """Entries with a follow-up not yet done, soonest first (only those due by ``until``)."""
    where = "" if until is None else "AND cl.follow_up_on <= :until"
    return store.query(
        f"""SELECT cl.*, p.name AS partnership_name, o.name AS organisation_name
            FROM contact_logs cl
            LEFT JOIN partnerships p ON p.id = cl.partnership_id
            LEFT JOIN organisations o ON o.id = cl.organisation_id
            WHERE cl.follow_up_on IS NOT NULL AND cl.follow_up_done = 0 {where}
            ORDER BY cl.follow_up_on, cl.id""",
        {"until": until},
    )


# --- assessments and the computations behind the portfolio ----------------------------------


def assessment_rows(store: Store, partnership_id: int) -> list[Row]:
    """A partnership's assessments, oldest first."""
    return store.query(
        "SELECT * FROM assessments WHERE partnership_id = ? ORDER BY assessed_on, id",
        [partnership_id],
    )


def latest_assessment_rows(store: Store, on: str, *, skip: int = 0) -> list[Row]:
    """For each partnership, its latest assessment made on or before ``on``.

    ``skip=1`` gives the one before the latest instead (to show the change).
    """
    return store.query(
        """SELECT a.* FROM partnerships p
           JOIN assessments a ON a.id = (
               SELECT a2.id FROM assessments a2
               WHERE a2.partnership_id = p.id AND a2.assessed_on <= :on
               ORDER BY a2.assessed_on DESC, a2.id DESC LIMIT 1 OFFSET :skip)""",
        {"on": on, "skip": skip},
    )


_LEADER_CONTACTS = """
    SELECT cl.partnership_id, max(cl.occurred_on) AS last_on
    FROM contact_log_levels lv
    JOIN contact_logs cl ON cl.id = lv.contact_log_id
    JOIN contact_log_people cp ON cp.contact_log_id = cl.id
    JOIN people pe ON pe.id = cp.person_id
    JOIN organisations o ON o.id = pe.organisation_id
    JOIN partnership_members m
      ON m.partnership_id = cl.partnership_id AND m.organisation_id = pe.organisation_id
     AND (m.left_on IS NULL OR cl.occurred_on <= m.left_on)
    WHERE lv.level = 'strategic' AND pe.seniority = 'leader' AND o.is_self = 0
      AND cl.channel != 'note' AND cl.occurred_on <= :on {only}
    GROUP BY cl.partnership_id
"""


def last_leader_contacts(
    store: Store, on: str, partnership_id: int | None = None
) -> dict[int, str]:
    """The date of each partnership's last contact that touched the strategic level with a
    leader of a partner organisation (a member that is not the user's own), up to ``on``."""
    only = "" if partnership_id is None else "AND cl.partnership_id = :partnership_id"
    return {
        row["partnership_id"]: row["last_on"]
        for row in store.query(
            _LEADER_CONTACTS.format(only=only), {"on": on, "partnership_id": partnership_id}
        )
    }


def portfolio_rows(store: Store, today: str) -> list[Row]:
    """One row per partnership with what the portfolio shows besides strength and leader gap:
    its current members, the last contact, the next open follow-up and how many are overdue."""
    return store.query(
        """SELECT p.id, p.name, p.kind, p.stage, p.started_on, p.ended_on,
              (SELECT count(*) FROM partnership_members m WHERE m.partnership_id = p.id
                   AND (m.left_on IS NULL OR m.left_on > :today)) AS member_count,
              (SELECT json_group_array(name) FROM (
                   SELECT o.name FROM partnership_members m
                   JOIN organisations o ON o.id = m.organisation_id
                   WHERE m.partnership_id = p.id AND o.is_self = 0
                     AND (m.left_on IS NULL OR m.left_on > :today)
                   ORDER BY o.name COLLATE NOCASE)) AS partner_names,
              (SELECT cl.occurred_on FROM contact_logs cl
                   WHERE cl.partnership_id = p.id AND cl.channel != 'note'
                     AND cl.occurred_on <= :today
                   ORDER BY cl.occurred_on DESC LIMIT 1) AS last_contact_on,
              (SELECT min(cl.follow_up_on) FROM contact_logs cl
                   WHERE cl.partnership_id = p.id AND cl.follow_up_on IS NOT NULL
                     AND cl.follow_up_done = 0) AS next_follow_up_on,
              (SELECT count(*) FROM contact_logs cl
                   WHERE cl.partnership_id = p.id AND cl.follow_up_on IS NOT NULL
                     AND cl.follow_up_done = 0 AND cl.follow_up_on < :today) AS overdue_follow_ups
           FROM partnerships p
           ORDER BY p.name COLLATE NOCASE, p.id""",
        {"today": today},
    )


# --- the state of the file ------------------------------------------------------------------


def table_counts(store: Store) -> dict[str, int]:
    """How many rows each data table holds."""
    return {table: int(store.scalar(f"SELECT count(*) FROM {table}")) for table in DATA_TABLES}


def integrity_problems(store: Store) -> list[str]:
    """SQLite's integrity check, foreign-key check and FTS consistency; empty when all is well."""
    problems = [row[0] for row in store.conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
    for row in store.conn.execute("PRAGMA foreign_key_check"):
        problems.append(f"{row[0]} row {row[1]} refers to a missing {row[2]} row")
    for fts, table in _FTS_TABLES.items():
        if store.readonly:
            # The full FTS check needs a write transaction; read-only, compare the number of
            # indexed documents with the number of rows instead.
            indexed = store.scalar(f"SELECT count(*) FROM {fts}_docsize")
            rows = store.scalar(f"SELECT count(*) FROM {table}")
            if indexed != rows:
                problems.append(f"search index {fts} holds {indexed} rows for {rows}")
            continue
        try:
            store.conn.execute(f"INSERT INTO {fts} ({fts}, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError as exc:
            problems.append(f"search index {fts}: {exc}")
    return problems


_FTS_TABLES = {
    "contact_logs_fts": "contact_logs",
    "organisations_fts": "organisations",
    "people_fts": "people",
}
