"""Ordered steps that upgrade an older PartnerDesk database to the newest schema.

``STEPS[n]`` turns a version ``n - 1`` database into version ``n``. Each step runs inside its
own transaction together with the change of ``PRAGMA user_version``, so a step either happens
whole or not at all (see :func:`partnerdesk.store.connection.upgrade`).

How to change the schema:

1. Edit ``schema.sql`` so that it creates the new schema from scratch.
2. Raise ``SCHEMA_VERSION`` in ``connection.py`` and add ``STEPS[new_version]`` here, turning a
   database of the previous version into one that matches ``schema.sql``.
3. Save a database of the previous version under ``tests/data/`` (``schema-v<N>.partnerdesk``):
   the tests upgrade every such file and compare the result with a new database.

Version 1 is the first schema; it has no step because new files are made from ``schema.sql``.
Each step keeps its own SQL, as the schema was at that version: later changes to
``schema.sql`` must not change what an old step does.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

Step = Callable[[sqlite_utils.Database], None]

_JOURNAL_SEARCH_TRIGGERS = (
    "contact_logs_fts_insert",
    "contact_logs_fts_delete",
    "contact_logs_fts_update",
)

_V2_JOURNAL_SEARCH = [
    """CREATE VIRTUAL TABLE contact_logs_fts USING fts5 (
    summary, details,
    content = 'contact_logs', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
)""",
    """CREATE TRIGGER contact_logs_fts_insert AFTER INSERT ON contact_logs BEGIN
    INSERT INTO contact_logs_fts (rowid, summary, details)
        VALUES (new.id, new.summary, new.details);
END""",
    """CREATE TRIGGER contact_logs_fts_delete AFTER DELETE ON contact_logs BEGIN
    INSERT INTO contact_logs_fts (contact_logs_fts, rowid, summary, details)
        VALUES ('delete', old.id, old.summary, old.details);
END""",
    """CREATE TRIGGER contact_logs_fts_update AFTER UPDATE OF summary, details ON contact_logs BEGIN
    INSERT INTO contact_logs_fts (contact_logs_fts, rowid, summary, details)
        VALUES ('delete', old.id, old.summary, old.details);
    INSERT INTO contact_logs_fts (rowid, summary, details)
        VALUES (new.id, new.summary, new.details);
END""",
]  # fmt: skip


def _journal_at_scale(db: sqlite_utils.Database) -> None:
    """Version 2: a decade of journal entries stays quick to search, filter and count.

    The search index also indexes the first one, two and three letters of every word, so
    searching as the user types reads one list per keystroke. FTS5 cannot add prefix indexes
    to an existing index: it is made again, with its triggers, and rebuilt from the journal
    (the journal itself is not touched). The journal's date and partnership indexes also carry
    channel and privacy, so filtering and counting by them never reads the entries themselves.
    """
    db.execute("DROP INDEX contact_logs_occurred")
    db.execute(
        "CREATE INDEX contact_logs_occurred ON contact_logs (occurred_on, id, channel, private)"
    )
    db.execute("DROP INDEX contact_logs_partnership")
    db.execute(
        "CREATE INDEX contact_logs_partnership"
        " ON contact_logs (partnership_id, occurred_on, id, channel, private)"
    )
    for trigger in _JOURNAL_SEARCH_TRIGGERS:
        db.execute(f"DROP TRIGGER {trigger}")
    db.execute("DROP TABLE contact_logs_fts")
    for statement in _V2_JOURNAL_SEARCH:
        db.execute(statement)
    db.execute("INSERT INTO contact_logs_fts (contact_logs_fts) VALUES ('rebuild')")


_V3_BIT = (
    "(CASE {0}.level WHEN 'strategic' THEN 1 WHEN 'tactical' THEN 2 WHEN 'operational' THEN 4"
    " WHEN 'interpersonal' THEN 8 WHEN 'cultural' THEN 16 ELSE 0 END)"
)

_V3_LEVEL_TRIGGERS = [
    f"""CREATE TRIGGER contact_log_levels_bits_insert AFTER INSERT ON contact_log_levels BEGIN
    UPDATE contact_logs SET level_bits = level_bits | {_V3_BIT.format("new")}
        WHERE id = new.contact_log_id;
END""",
    f"""CREATE TRIGGER contact_log_levels_bits_delete AFTER DELETE ON contact_log_levels BEGIN
    UPDATE contact_logs SET level_bits = level_bits & ~{_V3_BIT.format("old")}
        WHERE id = old.contact_log_id;
END""",
    f"""CREATE TRIGGER contact_log_levels_bits_update AFTER UPDATE ON contact_log_levels BEGIN
    UPDATE contact_logs SET level_bits = level_bits & ~{_V3_BIT.format("old")}
        WHERE id = old.contact_log_id;
    UPDATE contact_logs SET level_bits = level_bits | {_V3_BIT.format("new")}
        WHERE id = new.contact_log_id;
END""",
]


def _levels_as_bits(db: sqlite_utils.Database) -> None:
    """Version 3: each journal entry carries the levels it touched as bits (``level_bits``),
    kept in step with ``contact_log_levels`` by triggers, and the journal's date and
    partnership indexes carry them.

    Counting a partnership's contacts by month and level (its charts), finding its leaders'
    last strategic contact (the portfolio) and filtering the journal by level then read the
    indexes alone instead of looking every entry up among the levels: on fifty thousand
    entries, a third of the time. The journal itself is not otherwise touched.
    """
    db.execute(
        "ALTER TABLE contact_logs ADD COLUMN level_bits INTEGER NOT NULL DEFAULT 0"
        " CONSTRAINT level_bits_range CHECK (level_bits BETWEEN 0 AND 31)"
    )
    db.execute(
        f"""UPDATE contact_logs SET level_bits = (
                SELECT sum({_V3_BIT.format("lv")}) FROM contact_log_levels lv
                WHERE lv.contact_log_id = contact_logs.id)
            WHERE id IN (SELECT contact_log_id FROM contact_log_levels)"""
    )
    for statement in _V3_LEVEL_TRIGGERS:
        db.execute(statement)
    db.execute("DROP INDEX contact_logs_partnership")
    db.execute(
        "CREATE INDEX contact_logs_partnership"
        " ON contact_logs (partnership_id, occurred_on, id, channel, private, level_bits)"
    )
    db.execute("DROP INDEX contact_logs_occurred")
    db.execute(
        "CREATE INDEX contact_logs_occurred"
        " ON contact_logs (occurred_on, id, channel, private, level_bits)"
    )


STEPS: dict[int, Step] = {2: _journal_at_scale, 3: _levels_as_bits}
