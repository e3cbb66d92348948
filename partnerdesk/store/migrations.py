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


STEPS: dict[int, Step] = {2: _journal_at_scale}
