"""The SQL behind moving data in and out: full dumps and restores, contact imports, CSV rows.

Bulk writes use ``executemany`` inside the caller's transaction; reads that feed an export
stream rows one at a time so a large database never has to fit in memory, and run inside one
read transaction (:func:`snapshot`) so every file of an export sees the same moment.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from partnerdesk.store.connection import Store
from partnerdesk.store.queries import DATA_TABLES, LEVEL_BITS, level_bit

Row = dict[str, Any]

_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _known(table: str) -> str:
    # Table names reach SQL text only from this fixed list, never from a file being imported.
    if table not in DATA_TABLES:
        raise ValueError(f"{table!r} is not a PartnerDesk table")
    return _quote(table)


def _rows(store: Store, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> Iterator[Row]:
    cursor = store.conn.execute(sql, params)
    names = [column[0] for column in cursor.description]
    for values in cursor:
        yield dict(zip(names, values, strict=True))


@contextmanager
def snapshot(store: Store) -> Iterator[None]:
    """Read inside one transaction, so that everything read belongs to the same moment.

    Another connection may write meanwhile (the window, while an export runs in the
    background); with the WAL journal the reader keeps seeing the state it started from.
    """
    if store.conn.in_transaction:
        yield
        return
    store.conn.execute("BEGIN")
    try:
        yield
    finally:
        store.conn.execute("ROLLBACK")


# --- whole tables ---------------------------------------------------------------------------


#: Columns that copy what other tables hold, for speed, and are kept by the schema's triggers:
#: a full export leaves them out, and a restore has them made again.
DERIVED_COLUMNS = {"contact_logs": ("level_bits",)}


def table_columns(store: Store, table: str) -> list[str]:
    """The columns of a data table a full export holds, in the order the schema declares them
    (every column but those in :data:`DERIVED_COLUMNS`)."""
    derived = DERIVED_COLUMNS.get(table, ())
    return [
        row[1]
        for row in store.conn.execute(f"PRAGMA table_info({_known(table)})")
        if row[1] not in derived
    ]


def _key_columns(store: Store, table: str) -> list[str]:
    info = sorted(
        (row[5], row[1]) for row in store.conn.execute(f"PRAGMA table_info({_known(table)})")
    )
    return [name for position, name in info if position > 0]


def table_rows(store: Store, table: str) -> Iterator[Row]:
    """Every row of a data table (its :func:`table_columns`), ordered by its primary key, one
    at a time."""
    order = ", ".join(map(_quote, _key_columns(store, table))) or "rowid"
    columns = ", ".join(map(_quote, table_columns(store, table)))
    return _rows(store, f"SELECT {columns} FROM {_known(table)} ORDER BY {order}")


def row_count(store: Store, table: str) -> int:
    """How many rows a data table holds."""
    return int(store.scalar(f"SELECT count(*) FROM {_known(table)}"))


def sequences(store: Store) -> dict[str, int]:
    """The highest id each table has ever given (SQLite's AUTOINCREMENT record)."""
    return {
        name: int(seq)
        for name, seq in store.conn.execute("SELECT name, seq FROM sqlite_sequence ORDER BY name")
        if name in DATA_TABLES
    }


def raise_sequences(store: Store, values: Mapping[str, int]) -> None:
    """Make sure no table gives an id at or below ``values[table]`` again."""
    with store.write() as db:
        for table, seq in values.items():
            _known(table)
            updated = db.execute(
                "UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?", [seq, table]
            ).rowcount
            if not updated:
                db.execute("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", [table, seq])


def next_id(store: Store, table: str) -> int:
    """The id the next new row of ``table`` would get (ids are never reused)."""
    given = store.scalar("SELECT seq FROM sqlite_sequence WHERE name = ?", [table]) or 0
    highest = store.scalar(f"SELECT max(id) FROM {_known(table)}") or 0
    return int(max(given, highest)) + 1


def insert_rows(
    store: Store, table: str, columns: Sequence[str], values: Iterable[Sequence[Any]]
) -> int:
    """Insert many rows given as value sequences in ``columns`` order; return how many."""
    sql = (
        f"INSERT INTO {_known(table)} ({', '.join(map(_quote, columns))}) "
        f"VALUES ({', '.join('?' for _ in columns)})"
    )
    with store.write() as db:
        return int(db.conn.executemany(sql, values).rowcount)


_SEARCH_INDEXES = ("contact_logs_fts", "organisations_fts", "people_fts")
#: The trigger that keeps ``contact_logs.level_bits`` as new levels are written (schema 3):
#: set aside while loading, the bits are then counted in one pass.
_LEVEL_BITS_TRIGGER = "contact_log_levels_bits_insert"


def _recount_level_bits(store: Store) -> None:
    bit = " ".join(f"WHEN '{level}' THEN {level_bit(level)}" for level in LEVEL_BITS)
    store.conn.execute(
        f"""UPDATE contact_logs SET level_bits = (
                SELECT sum(CASE lv.level {bit} ELSE 0 END) FROM contact_log_levels lv
                WHERE lv.contact_log_id = contact_logs.id)
            WHERE id IN (SELECT contact_log_id FROM contact_log_levels)"""
    )


@contextmanager
def bulk_load(store: Store) -> Iterator[None]:
    """Load many rows faster: inside the block the search indexes and the (non-unique) lookup
    indexes are not kept up to date row by row; at its end they are built again in one pass.

    Must run inside the caller's write transaction, so that what is set aside and rebuilt
    belongs to it: if the load fails and the transaction rolls back, the database, triggers
    and indexes included, is exactly as it was. Unique indexes stay, so a repeated name is
    still refused at its row. Building once costs a fraction of keeping up row by row (a
    restore of hundreds of thousands of rows runs about twice as fast).
    """
    conn = store.conn
    if not conn.in_transaction:
        raise RuntimeError("bulk_load needs an open write transaction")
    schema = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'index') "
        "AND sql IS NOT NULL ORDER BY type, name"
    ).fetchall()
    set_aside = [
        (kind, name, sql)
        for kind, name, sql in schema
        if (kind == "trigger" and name.endswith("_fts_insert"))
        or (kind == "trigger" and name == _LEVEL_BITS_TRIGGER)
        or (kind == "index" and not sql.upper().startswith("CREATE UNIQUE"))
    ]
    for kind, name, _ in set_aside:
        conn.execute(f"DROP {kind.upper()} {_quote(name)}")
    try:
        yield
        for index in _SEARCH_INDEXES:
            conn.execute(f"INSERT INTO {index} ({index}) VALUES ('rebuild')")
        if any(name == _LEVEL_BITS_TRIGGER for _, name, _ in set_aside):
            _recount_level_bits(store)
    finally:
        # After a failure SQLite may already have rolled the transaction back, which put
        # everything back by itself.
        if conn.in_transaction:
            for _, _, sql in set_aside:
                conn.execute(sql)


def first_refused_row(
    store: Store, table: str, columns: Sequence[str], values: Iterable[Sequence[Any]]
) -> tuple[int, sqlite3.Error] | None:
    """Find which row SQLite refuses: its position and the error, or None.

    Used after a bulk insert failed, to tell the user which row was wrong. Tries the rows
    one at a time inside a savepoint that is always rolled back, so nothing stays written.
    """
    sql = (
        f"INSERT INTO {_known(table)} ({', '.join(map(_quote, columns))}) "
        f"VALUES ({', '.join('?' for _ in columns)})"
    )
    conn = store.conn
    conn.execute("SAVEPOINT find_refused_row")
    try:
        for position, row in enumerate(values):
            try:
                conn.execute(sql, row)
            except sqlite3.Error as exc:
                return position, exc
        return None
    finally:
        conn.execute("ROLLBACK TO find_refused_row")
        conn.execute("RELEASE find_refused_row")


# --- contact import -------------------------------------------------------------------------


def organisations_for_matching(store: Store) -> list[Row]:
    """What an import compares organisations by: id, name and the fields it may fill in."""
    return store.query(
        "SELECT id, name, website, country, notes, is_self FROM organisations ORDER BY id"
    )


def people_for_matching(store: Store) -> list[Row]:
    """What an import compares people by: name, organisation, e-mail, and fields it may fill."""
    return store.query(
        "SELECT id, name, organisation_id, role_title, seniority, email, phone, notes "
        "FROM people ORDER BY id"
    )


#: Columns an import writes for a new organisation and for a new person.
ORGANISATION_IMPORT_COLUMNS = ("id", "name", "website", "country", "notes")
PERSON_IMPORT_COLUMNS = (
    "id",
    "organisation_id",
    "name",
    "role_title",
    "seniority",
    "email",
    "phone",
    "notes",
)


def fill_in_organisations(store: Store, values: Sequence[Mapping[str, Any]]) -> int:
    """Fill in the empty website, country and notes of organisations; return rows touched.

    Each mapping holds ``id`` and the three fields (None for nothing to add). Values already
    there are never overwritten, even if they were typed after the import was previewed.
    """
    with store.write() as db:
        return int(
            db.conn.executemany(
                f"""UPDATE organisations SET
                        website = coalesce(website, :website),
                        country = coalesce(country, :country),
                        notes = coalesce(notes, :notes),
                        updated_at = {_NOW}
                    WHERE id = :id""",
                values,
            ).rowcount
        )


def fill_in_people(store: Store, values: Sequence[Mapping[str, Any]]) -> int:
    """Fill in what people lack (organisation, role, e-mail, phone, notes, a known
    seniority instead of ``other``); return rows touched. Nothing present is overwritten."""
    with store.write() as db:
        return int(
            db.conn.executemany(
                f"""UPDATE people SET
                        organisation_id = coalesce(organisation_id, :organisation_id),
                        role_title = coalesce(role_title, :role_title),
                        email = coalesce(email, :email),
                        phone = coalesce(phone, :phone),
                        notes = coalesce(notes, :notes),
                        seniority = CASE WHEN seniority = 'other' AND :seniority IS NOT NULL
                                         THEN :seniority ELSE seniority END,
                        updated_at = {_NOW}
                    WHERE id = :id""",
                values,
            ).rowcount
        )


def clear_filled_in(store: Store, table: str, values: Sequence[Mapping[str, Any]]) -> None:
    """Put back the values an import filled in: each mapping holds ``id`` and, for each field
    that was filled in, the value it had before (None, or ``other`` for seniority)."""
    allowed = {
        "organisations": {"website", "country", "notes"},
        "people": {"organisation_id", "role_title", "email", "phone", "notes", "seniority"},
    }[table]
    with store.write() as db:
        for row in values:
            fields = [name for name in row if name != "id"]
            if not fields:
                continue
            if not set(fields) <= allowed:
                raise ValueError(f"cannot put back {fields} in {table}")
            db.execute(
                f"UPDATE {_known(table)} SET "
                + ", ".join(f"{_quote(name)} = :{name}" for name in fields)
                + f", updated_at = {_NOW} WHERE id = :id",
                dict(row),
            )


# --- rows for the CSV export ----------------------------------------------------------------


def organisation_csv_rows(store: Store) -> Iterator[Row]:
    """Organisations, the user's own first, then by name."""
    return _rows(
        store,
        "SELECT id, name, is_self, sector, country, website, notes, created_at, updated_at "
        "FROM organisations ORDER BY is_self DESC, name COLLATE NOCASE, id",
    )


def person_csv_rows(store: Store) -> Iterator[Row]:
    """People with their organisation's name, by name."""
    return _rows(
        store,
        """SELECT pe.id, pe.name, pe.organisation_id, o.name AS organisation_name,
                  pe.role_title, pe.seniority, pe.email, pe.phone, pe.notes,
                  pe.created_at, pe.updated_at
           FROM people pe LEFT JOIN organisations o ON o.id = pe.organisation_id
           ORDER BY pe.name COLLATE NOCASE, pe.id""",
    )


def partnership_csv_rows(store: Store) -> Iterator[Row]:
    """Partnerships with their members as a JSON array of [name, role] pairs, by name."""
    return _rows(
        store,
        """SELECT p.id, p.name, p.kind, p.stage, p.purpose, p.started_on, p.ended_on,
                  (SELECT json_group_array(json_array(name, role)) FROM (
                       SELECT o.name, m.role FROM partnership_members m
                       JOIN organisations o ON o.id = m.organisation_id
                       WHERE m.partnership_id = p.id
                       ORDER BY o.is_self DESC, o.name COLLATE NOCASE, m.id)) AS members,
                  p.notes, p.created_at, p.updated_at
           FROM partnerships p ORDER BY p.name COLLATE NOCASE, p.id""",
    )


def contact_log_csv_rows(store: Store) -> Iterator[Row]:
    """Every journal entry, oldest first, with names, levels and people as JSON arrays."""
    return _rows(
        store,
        """SELECT cl.id, cl.occurred_on, cl.channel,
                  cl.partnership_id, p.name AS partnership_name,
                  cl.organisation_id, o.name AS organisation_name,
                  cl.summary, cl.details,
                  (SELECT json_group_array(level) FROM contact_log_levels lv
                       WHERE lv.contact_log_id = cl.id) AS levels,
                  (SELECT json_group_array(name) FROM (
                       SELECT pe.name FROM contact_log_people cp
                       JOIN people pe ON pe.id = cp.person_id
                       WHERE cp.contact_log_id = cl.id
                       ORDER BY pe.name COLLATE NOCASE)) AS people,
                  cl.private, cl.follow_up_on, cl.follow_up_done, cl.created_at, cl.updated_at
           FROM contact_logs cl
           LEFT JOIN partnerships p ON p.id = cl.partnership_id
           LEFT JOIN organisations o ON o.id = cl.organisation_id
           ORDER BY cl.occurred_on, cl.id""",
    )


def assessment_csv_rows(store: Store) -> Iterator[Row]:
    """Every assessment with its partnership's name, by partnership and date."""
    return _rows(
        store,
        """SELECT a.id, a.partnership_id, p.name AS partnership_name, a.assessed_on,
                  a.strategic, a.tactical, a.operational, a.interpersonal, a.cultural,
                  a.note, a.private, a.created_at, a.updated_at
           FROM assessments a JOIN partnerships p ON p.id = a.partnership_id
           ORDER BY p.name COLLATE NOCASE, a.assessed_on, a.id""",
    )


def open_follow_up_rows(store: Store) -> Iterator[Row]:
    """Journal entries with a follow-up not yet done, soonest first, with what a calendar
    entry needs: the entry's text, names, and when it was made and last changed."""
    return _rows(
        store,
        """SELECT cl.id, cl.occurred_on, cl.channel, cl.summary, cl.details, cl.private,
                  cl.follow_up_on, cl.created_at, cl.updated_at,
                  p.name AS partnership_name, o.name AS organisation_name
           FROM contact_logs cl
           LEFT JOIN partnerships p ON p.id = cl.partnership_id
           LEFT JOIN organisations o ON o.id = cl.organisation_id
           WHERE cl.follow_up_on IS NOT NULL AND cl.follow_up_done = 0
           ORDER BY cl.follow_up_on, cl.id""",
    )
