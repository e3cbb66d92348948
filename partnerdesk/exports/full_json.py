"""The full export: everything in a database, in one documented, versioned JSON file.

The file is UTF-8 JSON, one object::

    {
      "format": "partnerdesk-full-export",
      "format_version": 1,
      "schema_version": 1,
      "exported_at": "2026-11-23T09:30:00.000Z",
      "exported_by": "PartnerDesk 0.1.0",
      "sequences": {"organisations": 14, "people": 40, ...},
      "tables": {
        "organisations": [
          {"id": 1, "name": "Hearth & Grain Bakery", "sector": "bakery", ..., "is_self": 1, ...},
          ...
        ],
        "people": [...],
        ...
      }
    }

* ``format`` says what the file is; ``format_version`` is the version of this envelope (raised
  when the layout of the file changes); ``schema_version`` is the database schema the rows
  follow (the database's ``user_version``, see ``partnerdesk/store/schema.sql``).
* ``tables`` holds every data table of the schema (``organisations``, ``people``,
  ``partnerships``, ``partnership_members``, ``partnership_kind_changes``,
  ``partnership_stage_changes``, ``contact_logs``, ``contact_log_levels``,
  ``contact_log_people``, ``assessments``), parents before children. Each row is an object
  with every column of the table, values exactly as stored: text, whole numbers, or null.
  Dates are ISO text, timestamps UTC, flags 0 or 1, ids as in the database. The one column
  left out is ``contact_logs.level_bits``, a copy of ``contact_log_levels`` that a restore
  makes again.
* ``sequences`` is the highest id each table has ever given, so a restored database never
  gives a deleted row's id to a new one either.
* The search indexes are not in the file: they are rebuilt from the rows.

Each row is written on a line of its own, so the file reads well in a text editor and diffs
well between two exports. Private entries and notes are included: this is the owner's own
copy of everything. :mod:`partnerdesk.imports.full_json` restores such a file into a new,
empty database, ids included.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from partnerdesk import __version__
from partnerdesk.exports.errors import writing
from partnerdesk.files import atomic_write
from partnerdesk.progress import CancelCheck, Progress, Steps
from partnerdesk.store import exchange
from partnerdesk.store.connection import Store
from partnerdesk.store.queries import DATA_TABLES

#: What the ``format`` field of every full export says.
FORMAT_NAME = "partnerdesk-full-export"
#: The version of the file's layout this code writes (and the newest it reads).
FORMAT_VERSION = 1
#: The tables in a full export, parents before children.
TABLES = DATA_TABLES


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def export_json(
    store: Store,
    target: Path,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> dict[str, int]:
    """Write everything in ``store`` to ``target`` as a full export; return rows per table.

    The file is written atomically: a failed or cancelled export leaves ``target`` as it was.
    """
    with exchange.snapshot(store):
        counts = {table: exchange.row_count(store, table) for table in TABLES}
        steps = Steps(sum(counts.values()), progress, cancelled, every=2000)
        steps.check()
        header = {
            "format": FORMAT_NAME,
            "format_version": FORMAT_VERSION,
            "schema_version": store.schema_version,
            "exported_at": _now(),
            "exported_by": f"PartnerDesk {__version__}",
            "sequences": exchange.sequences(store),
        }
        with writing(Path(target)), atomic_write(Path(target), newline="\n") as stream:
            _write(stream, header, store, steps)
        steps.finish()
    return counts


def _write(stream: IO[str], header: dict[str, Any], store: Store, steps: Steps) -> None:
    stream.write("{\n")
    for key, value in header.items():
        stream.write(f"  {_dumps(key)}: {_dumps(value)},\n")
    stream.write('  "tables": {')
    for number, table in enumerate(TABLES):
        stream.write(("," if number else "") + f"\n    {_dumps(table)}: [")
        first = True
        for row in exchange.table_rows(store, table):
            stream.write(("\n      " if first else ",\n      ") + _dumps(row))
            first = False
            steps.advance()
        stream.write("]" if first else "\n    ]")
    stream.write("\n  }\n}\n")
