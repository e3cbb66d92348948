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


#: The levels of integration in the order of their bits in ``contact_logs.level_bits``: an
#: entry that touched the strategic and interpersonal levels has the bits 1 + 8 = 9.
LEVEL_BITS = ("strategic", "tactical", "operational", "interpersonal", "cultural")


def level_bit(level: str) -> int:
    """The bit of ``level`` in ``contact_logs.level_bits``."""
    return 1 << LEVEL_BITS.index(level)


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


# How a page of the journal is read. The journal is shown newest first, a page at a time, under
# any mix of filters. On a decade of entries, three things keep every page cheap:
#
# 1. The ids of the page are found first, walking an index in date order (the partnership's
#    when one is chosen) and stopping at the page's last entry; whole rows are read only for
#    the entries shown, and found words are marked only in them.
# 2. Words, a person or an organisation *pick* entries through an index of their own. When a
#    pick is rare (fewer than a few pages' worth, counted up to that many and no further),
#    its entries are read and sorted by date: cheaper than walking the whole journal to find
#    them. When every pick is common, the page is looked for in a window of the newest
#    entries: those dated on or after the window's first day, which all have an id from the
#    lowest of them up. Entries are mostly written in date order, so the window is a short
#    range of ids, and the search index, the people index and the organisation index each
#    read only that range. A window that holds less than a page grows fourfold; past the
#    last one, SQLite reads the picks whole.
# 3. Counting reads every entry the filters select.
#
# Before, a common word meant reading and sorting 200,000 entries for a page of 200 and
# marking the words in every one of them: 1.5 s on a decade of entries instead of a few ms.

#: How many pages' worth of the newest entries each window holds, before the whole journal.
_WINDOWS = (4, 16, 64, 256)
#: A pick with fewer entries than this many pages' worth is read whole and sorted.
_FEW_PAGES = 8


@dataclass(frozen=True)
class _Window:
    """Entries dated ``since`` or later; all of them have an id of at least ``low_id``."""

    since: str
    low_id: int


def _picks(query: JournalQuery, window: _Window | None = None) -> dict[str, str]:
    """SQL selecting (as ``id``) the entries the words, the person or the organisation pick,
    limited to ``window``; its values are named as in :func:`_journal_where`'s parameters."""
    low = "" if window is None else " AND {} >= :low_id"
    picks: dict[str, str] = {}
    if query.organisation_id is not None:
        # Entries about the organisation, and entries its people took part in.
        dated = "" if window is None else " AND occurred_on >= :since"
        picks["organisation"] = (
            "SELECT id FROM contact_logs WHERE organisation_id = :organisation_id"
            + dated
            + " UNION SELECT cp.contact_log_id AS id FROM people pe"
            " JOIN contact_log_people cp ON cp.person_id = pe.id"
            " WHERE pe.organisation_id = :organisation_id" + low.format("cp.contact_log_id")
        )
    if query.person_id is not None:
        picks["person"] = (
            "SELECT contact_log_id AS id FROM contact_log_people"
            " WHERE person_id = :person_id" + low.format("contact_log_id")
        )
    if query.match is not None:
        picks["match"] = (
            "SELECT rowid AS id FROM contact_logs_fts WHERE contact_logs_fts MATCH :match"
            + low.format("rowid")
        )
    return picks


def _journal_where(
    query: JournalQuery, window: _Window | None = None, *, driver: str | None = None
) -> tuple[list[str], dict[str, Any]]:
    """The conditions on ``cl`` (contact_logs) that select the query's entries in ``window``,
    but for the pick named ``driver`` (the query reads its entries to begin with)."""
    clauses: list[str] = []
    params: dict[str, Any] = {}
    if window is not None:
        clauses += ["cl.occurred_on >= :since", "cl.id >= :low_id"]
        params.update(since=window.since, low_id=window.low_id)
    for name, sql in _picks(query, window).items():
        if name != driver:
            clauses.append(f"cl.id IN ({sql})")
    for name, value in (
        ("organisation_id", query.organisation_id),
        ("person_id", query.person_id),
        ("match", query.match),
    ):
        if value is not None:
            params[name] = value
    if query.partnership_id is not None:
        clauses.append("cl.partnership_id = :partnership_id")
        params["partnership_id"] = query.partnership_id
    if query.channel is not None:
        clauses.append("cl.channel = :channel")
        params["channel"] = query.channel
    if query.level is not None:
        # Every level is common (a sixth of the journal or more): checked entry by entry, in
        # the bits the journal's indexes carry.
        clauses.append("cl.level_bits & :level_bit")
        params["level_bit"] = level_bit(query.level)
    if query.private is not None:
        clauses.append("cl.private = :private")
        params["private"] = int(query.private)
    if query.since is not None:
        clauses.append("cl.occurred_on >= :from_day")
        params["from_day"] = query.since
    if query.until is not None:
        clauses.append("cl.occurred_on <= :until_day")
        params["until_day"] = query.until
    return clauses, params


def _page_ids(
    store: Store,
    query: JournalQuery,
    limit: int,
    after: tuple[str, int] | None,
    *,
    window: _Window | None = None,
    walk: bool = False,
    driver: str | None = None,
) -> list[int]:
    """The ids of a page, newest first. ``walk`` reads the journal in date order through its
    index; ``driver`` starts from the entries of that pick and sorts them; with neither,
    SQLite chooses."""
    clauses, params = _journal_where(query, window, driver=driver)
    if after is not None:
        clauses.append("(cl.occurred_on, cl.id) < (:after_on, :after_id)")
        params.update(after_on=after[0], after_id=after[1])
    params["limit"] = limit
    source = "contact_logs cl"
    if walk:
        by_partnership = query.partnership_id is not None
        source += " INDEXED BY " + (
            "contact_logs_partnership" if by_partnership else "contact_logs_occurred"
        )
    elif driver is not None:
        # CROSS JOIN keeps this order: the few picked entries first, then their rows.
        source = (
            f"({_picks(query)[driver]}) AS picked CROSS JOIN contact_logs cl ON cl.id = picked.id"
        )
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    return [
        row[0]
        for row in store.conn.execute(
            f"""SELECT cl.id FROM {source} {where}
                ORDER BY cl.occurred_on DESC, cl.id DESC LIMIT :limit""",
            params,
        )
    ]


def _fewest(store: Store, query: JournalQuery, few: int) -> str | None:
    """The pick with the fewest entries, if it has fewer than ``few`` (counting stops there)."""
    _, params = _journal_where(query)
    counts = {
        name: int(store.scalar(f"SELECT count(*) FROM ({sql} LIMIT :few)", {**params, "few": few}))
        for name, sql in _picks(query).items()
    }
    name = min(counts, key=counts.__getitem__, default=None)
    return name if name is not None and counts[name] < few else None


def _window(
    store: Store, query: JournalQuery, after: tuple[str, int] | None, size: int
) -> _Window | None:
    """The window of the ``size`` newest entries (of the partnership, if one is chosen) before
    ``after``; None when there are no more entries than that."""
    clauses: list[str] = []
    params: dict[str, Any] = {"offset": size - 1}
    index = "contact_logs_occurred"
    if query.partnership_id is not None:
        clauses.append("partnership_id = :partnership_id")
        params["partnership_id"] = query.partnership_id
        index = "contact_logs_partnership"
    if after is not None:
        clauses.append("(occurred_on, id) < (:after_on, :after_id)")
        params.update(after_on=after[0], after_id=after[1])
    where = " AND ".join(clauses) or "1"
    # Both halves read the window through the date index; left to itself, SQLite looks for
    # the lowest id by reading the journal in id order from its oldest entry.
    row = store.conn.execute(
        f"""WITH edge AS (
                SELECT occurred_on FROM contact_logs INDEXED BY {index} WHERE {where}
                ORDER BY occurred_on DESC, id DESC LIMIT 1 OFFSET :offset)
            SELECT edge.occurred_on, (
                SELECT min(id) FROM contact_logs INDEXED BY {index}
                WHERE {where} AND occurred_on >= edge.occurred_on)
            FROM edge""",
        params,
    ).fetchone()
    return None if row is None else _Window(since=row[0], low_id=row[1])


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
    if limit <= 0:
        return []
    if not _picks(query):
        ids = _page_ids(store, query, limit, after, walk=True)
        return _journal_page(store, ids, query.match)
    few = _fewest(store, query, _FEW_PAGES * limit)
    if few is not None:
        ids = _page_ids(store, query, limit, after, driver=few)
        return _journal_page(store, ids, query.match)
    for pages in _WINDOWS:
        window = _window(store, query, after, pages * limit)
        if window is None:
            break
        ids = _page_ids(store, query, limit, after, window=window, walk=True)
        if len(ids) == limit:
            return _journal_page(store, ids, query.match)
    ids = _page_ids(store, query, limit, after)
    return _journal_page(store, ids, query.match)


def _journal_page(store: Store, ids: list[int], match: str | None) -> list[Row]:
    """The rows of the entries ``ids``, in that order, with found words marked."""
    if not ids:
        return []
    found = {
        row["id"]: row
        for row in store.query(
            """SELECT cl.*, p.name AS partnership_name, o.name AS organisation_name
               FROM contact_logs cl
               LEFT JOIN partnerships p ON p.id = cl.partnership_id
               LEFT JOIN organisations o ON o.id = cl.organisation_id
               WHERE cl.id IN (SELECT value FROM json_each(:ids))""",
            {"ids": _json(ids)},
        )
    }
    marked: dict[int, tuple[str | None, str | None]] = {}
    if match is not None:
        # The id range lets FTS5 read only the matches around the page; the list keeps the
        # (costly) marking to the page's own entries.
        for row in store.conn.execute(
            """SELECT rowid,
                  highlight(contact_logs_fts, 0, :start, :end),
                  highlight(contact_logs_fts, 1, :start, :end)
               FROM contact_logs_fts
               WHERE contact_logs_fts MATCH :match AND rowid BETWEEN :low AND :high
                 AND +rowid IN (SELECT value FROM json_each(:ids))""",
            {
                "match": match,
                "low": min(ids),
                "high": max(ids),
                "ids": _json(ids),
                "start": MATCH_START,
                "end": MATCH_END,
            },
        ):
            marked[row[0]] = (row[1], row[2])
    page = []
    for entry_id in ids:
        row = found[entry_id]
        row["summary_marked"], row["details_marked"] = marked.get(entry_id, (None, None))
        page.append(row)
    return page


def journal_count(store: Store, query: JournalQuery) -> int:
    """How many journal entries the query selects."""
    clauses, params = _journal_where(query)
    if query.match is not None and query == JournalQuery(match=query.match):
        # Words alone: the search index counts its matches without reading the journal.
        return int(
            store.scalar(
                "SELECT count(*) FROM contact_logs_fts WHERE contact_logs_fts MATCH :match", params
            )
        )
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    return int(store.scalar(f"SELECT count(*) FROM contact_logs cl {where}", params))


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


# Each partnership's journal is read newest first and the search stops at the first entry
# that qualifies, which for a tended partnership is among the last few; partnerships with no
# leader among their partners are skipped without reading their journal at all. (Joining the
# whole journal to levels, people and members and then grouping took twenty times longer on
# a decade of entries.)
_LEADER_CONTACTS = """
    SELECT p.id AS partnership_id, CASE WHEN EXISTS (
        SELECT 1 FROM partnership_members m
        JOIN organisations o ON o.id = m.organisation_id
        JOIN people pe ON pe.organisation_id = m.organisation_id
        WHERE m.partnership_id = p.id AND o.is_self = 0 AND pe.seniority = 'leader'
    ) THEN (
        SELECT cl.occurred_on FROM contact_logs cl
        WHERE cl.partnership_id = p.id AND cl.occurred_on <= :on AND cl.channel != 'note'
          AND cl.level_bits & 1 -- strategic
          AND EXISTS (
            SELECT 1 FROM contact_log_people cp
            JOIN people pe ON pe.id = cp.person_id
            JOIN organisations o ON o.id = pe.organisation_id
            JOIN partnership_members m
              ON m.partnership_id = cl.partnership_id AND m.organisation_id = pe.organisation_id
             AND (m.left_on IS NULL OR cl.occurred_on <= m.left_on)
            WHERE cp.contact_log_id = cl.id AND pe.seniority = 'leader' AND o.is_self = 0)
        ORDER BY cl.occurred_on DESC LIMIT 1
    ) END AS last_on
    FROM partnerships p {only}
"""


def last_leader_contacts(
    store: Store, on: str, partnership_id: int | None = None
) -> dict[int, str]:
    """The date of each partnership's last contact that touched the strategic level with a
    leader of a partner organisation (a member that is not the user's own), up to ``on``."""
    only = "" if partnership_id is None else "WHERE p.id = :partnership_id"
    return {
        row["partnership_id"]: row["last_on"]
        for row in store.query(
            _LEADER_CONTACTS.format(only=only), {"on": on, "partnership_id": partnership_id}
        )
        if row["last_on"] is not None
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
    """SQLite's integrity check, foreign-key check and FTS consistency; empty when all is well.

    A check that trips over the damage it looks for reports it as a problem too.
    """
    problems: list[str] = []
    try:
        problems += [
            row[0] for row in store.conn.execute("PRAGMA integrity_check") if row[0] != "ok"
        ]
    except sqlite3.DatabaseError as exc:
        return [f"the integrity check could not run: {exc}"]
    try:
        for row in store.conn.execute("PRAGMA foreign_key_check"):
            problems.append(f"{row[0]} row {row[1]} refers to a missing {row[2]} row")
    except sqlite3.DatabaseError as exc:
        problems.append(f"the foreign-key check could not run: {exc}")
    problems += _level_bits_problems(store)
    for fts, table in _FTS_TABLES.items():
        try:
            if store.readonly:
                # The full FTS check needs a write transaction; read-only, compare the number
                # of indexed documents with the number of rows instead.
                indexed = store.scalar(f"SELECT count(*) FROM {fts}_docsize")
                rows = store.scalar(f"SELECT count(*) FROM {table}")
                if indexed != rows:
                    problems.append(f"search index {fts} holds {indexed} rows for {rows}")
            else:
                store.conn.execute(f"INSERT INTO {fts} ({fts}, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError as exc:
            problems.append(f"search index {fts}: {exc}")
    return problems


def _level_bits_problems(store: Store) -> list[str]:
    """Journal entries whose ``level_bits`` differ from their levels (schema 3 and later)."""
    columns = {row[1] for row in store.conn.execute("PRAGMA table_info(contact_logs)")}
    if "level_bits" not in columns:
        return []
    bit = " ".join(f"WHEN '{level}' THEN {level_bit(level)}" for level in LEVEL_BITS)
    try:
        wrong = int(
            store.scalar(
                f"""SELECT count(*) FROM contact_logs cl WHERE cl.level_bits IS NOT (
                        SELECT coalesce(sum(CASE lv.level {bit} END), 0)
                        FROM contact_log_levels lv WHERE lv.contact_log_id = cl.id)"""
            )
        )
    except sqlite3.DatabaseError as exc:
        return [f"the levels of the journal could not be checked: {exc}"]
    if not wrong:
        return []
    return [f"{wrong} journal entries carry levels (level_bits) unlike their contact_log_levels"]


_FTS_TABLES = {
    "contact_logs_fts": "contact_logs",
    "organisations_fts": "organisations",
    "people_fts": "people",
}
