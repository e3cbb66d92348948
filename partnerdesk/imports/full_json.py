"""Restoring a full export (see :mod:`partnerdesk.exports.full_json`) into a new database.

A full export is restored only into a database that holds no data, so that the result is
exactly the database that was exported, ids and all. The whole file is read and checked
before anything is written, and the rows are written in one transaction: a malformed file, a
file from a newer PartnerDesk, a row the schema refuses or a cancel leaves the target as it
was (and a target file made for the restore is removed again).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import Any, TypeGuard

from partnerdesk.domain.phrases import Phrase
from partnerdesk.domain.vocabulary import QT_TRANSLATE_NOOP
from partnerdesk.exports.full_json import FORMAT_NAME, FORMAT_VERSION, TABLES
from partnerdesk.imports.errors import (
    RestoreRefusedError,
    UnreadableFileError,
    cannot_read,
    joined,
    said,
)
from partnerdesk.imports.textfile import line_number
from partnerdesk.progress import CancelCheck, Progress, Steps
from partnerdesk.store import exchange
from partnerdesk.store.connection import SCHEMA_VERSION, Store, open_store
from partnerdesk.store.errors import StoreError

Tables = dict[str, list[dict[str, Any]]]


def _same_rows(tables: Tables) -> None:
    """A version that changed indexes, search and derived columns only: the rows are alike."""


#: ``UPGRADES[n]`` turns the tables of an export of schema version ``n - 1`` into those of
#: version ``n`` (as :mod:`partnerdesk.store.migrations` does for database files). Versions
#: 2 (search and indexes) and 3 (the levels of each entry as bits, which exports leave out)
#: changed nothing an export holds.
UPGRADES: dict[int, Callable[[Tables], None]] = {2: _same_rows, 3: _same_rows}


@dataclass(frozen=True)
class FullExport:
    """A full export read from a file and checked for shape (not yet against a database)."""

    format_version: int
    schema_version: int
    exported_at: str | None
    exported_by: str | None
    sequences: dict[str, int]
    tables: Tables

    @property
    def row_count(self) -> int:
        """How many rows the export holds in all."""
        return sum(len(rows) for rows in self.tables.values())


def _whole_number(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _row(table: str, number: int) -> Phrase:
    return said(QT_TRANSLATE_NOOP("Import", "%1, row %2"), table, number)


def _newer(what: str, version: int, readable: int) -> UnreadableFileError:
    return UnreadableFileError(
        said(
            QT_TRANSLATE_NOOP(
                "Import",
                "this export was made by a newer version of PartnerDesk (%1 %2; this version "
                "reads up to %3); update PartnerDesk to restore it",
            ),
            said(what),
            version,
            readable,
        )
    )


def read_full_export(data: bytes) -> FullExport:
    """Read and check a full export; raise :class:`UnreadableFileError` saying what is wrong."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise UnreadableFileError(
            said(
                QT_TRANSLATE_NOOP(
                    "Import", "this is not a PartnerDesk full export: it is not UTF-8 text"
                )
            ),
            where=line_number(line),
        ) from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UnreadableFileError(
            said(
                QT_TRANSLATE_NOOP(
                    "Import", "this is not valid JSON (%1); the file may be damaged or cut short"
                ),
                exc.msg,
            ),
            where=said(QT_TRANSLATE_NOOP("Import", "line %1, column %2"), exc.lineno, exc.colno),
        ) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise UnreadableFileError(
            said(
                QT_TRANSLATE_NOOP(
                    "Import",
                    'this is not a PartnerDesk full export (it does not say "format": "%1")',
                ),
                FORMAT_NAME,
            )
        )
    format_version = document.get("format_version")
    if not _whole_number(format_version) or format_version < 1:
        raise UnreadableFileError(
            said(
                QT_TRANSLATE_NOOP(
                    "Import", "the export does not say which version of the format it is"
                )
            )
        )
    if format_version > FORMAT_VERSION:
        raise _newer(QT_TRANSLATE_NOOP("Import", "format version"), format_version, FORMAT_VERSION)
    schema_version = document.get("schema_version")
    if not _whole_number(schema_version) or schema_version < 1:
        raise UnreadableFileError(
            said(
                QT_TRANSLATE_NOOP(
                    "Import", "the export does not say which schema version its rows follow"
                )
            )
        )
    if schema_version > SCHEMA_VERSION:
        raise _newer(QT_TRANSLATE_NOOP("Import", "schema version"), schema_version, SCHEMA_VERSION)
    tables = _check_tables(document.get("tables"))
    sequences = document.get("sequences", {})
    if not isinstance(sequences, dict) or not all(
        name in TABLES and _whole_number(value) and value >= 0 for name, value in sequences.items()
    ):
        raise UnreadableFileError(
            said(
                QT_TRANSLATE_NOOP(
                    "Import", '"sequences" must name tables of the export with whole numbers'
                )
            )
        )
    for version in range(schema_version + 1, SCHEMA_VERSION + 1):
        UPGRADES[version](tables)
    return FullExport(
        format_version=format_version,
        schema_version=schema_version,
        exported_at=_optional_text(document.get("exported_at")),
        exported_by=_optional_text(document.get("exported_by")),
        sequences=dict(sequences),
        tables=tables,
    )


def _optional_text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


#: What a value in a full export may be (JSON true and false arrive as bool).
_VALUE_TYPES = frozenset({str, int, float, bool, type(None)})


def _check_tables(tables: Any) -> Tables:
    if not isinstance(tables, dict):
        raise UnreadableFileError(said(QT_TRANSLATE_NOOP("Import", 'the export has no "tables"')))
    unknown = sorted(set(tables) - set(TABLES))
    if unknown:
        raise UnreadableFileError(
            said(
                QT_TRANSLATE_NOOP(
                    "Import", "the export holds a table PartnerDesk does not know: “%1”"
                ),
                unknown[0],
            )
        )
    missing = [table for table in TABLES if table not in tables]
    if missing:
        raise UnreadableFileError(
            said(
                QT_TRANSLATE_NOOP("Import", "the table “%1” is missing from the export"), missing[0]
            )
        )
    for table in TABLES:
        rows = tables[table]
        if not isinstance(rows, list):
            raise UnreadableFileError(
                said(QT_TRANSLATE_NOOP("Import", "“%1” must be a list of rows"), table)
            )
        # Checked in bulk first (hundreds of thousands of rows), row by row only to say where.
        if not all(type(row) is dict for row in rows):
            number = next(n for n, row in enumerate(rows, start=1) if type(row) is not dict)
            raise UnreadableFileError(
                said(
                    QT_TRANSLATE_NOOP(
                        "Import", "each row must be an object of column names and values"
                    )
                ),
                where=_row(table, number),
            )
        if {type(value) for row in rows for value in row.values()} - _VALUE_TYPES:
            for number, row in enumerate(rows, start=1):
                for column, value in row.items():
                    if type(value) not in _VALUE_TYPES:
                        raise UnreadableFileError(
                            said(
                                QT_TRANSLATE_NOOP(
                                    "Import",
                                    "the column “%1” holds a list or an object; "
                                    "values must be text, numbers or null",
                                ),
                                column,
                            ),
                            where=_row(table, number),
                        )
    return {table: tables[table] for table in TABLES}


#: The tables a user knows by name, with the words for how many rows they hold (in English
#: as it always was: "1 organisations").
_WORDS = {
    "organisations": QT_TRANSLATE_NOOP("Import", "%n organisations"),
    "people": QT_TRANSLATE_NOOP("Import", "%n people"),
    "partnerships": QT_TRANSLATE_NOOP("Import", "%n partnerships"),
    "contact_logs": QT_TRANSLATE_NOOP("Import", "%n journal entries"),
    "assessments": QT_TRANSLATE_NOOP("Import", "%n assessments"),
}


def restore(
    store: Store,
    export: FullExport,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> dict[str, int]:
    """Write a full export into ``store``, which must hold no data; return rows per table.

    One transaction: a refused row or a cancel leaves ``store`` as it was.
    """
    held = {table: exchange.row_count(store, table) for table in TABLES}
    if any(held.values()):
        described = joined(
            [said(words, n=held[table]) for table, words in _WORDS.items() if held[table]]
        ) or said(QT_TRANSLATE_NOOP("Import", "history records"))
        raise RestoreRefusedError(
            said(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "This database already holds data (%1). A full export is restored only "
                    "into a new, empty database; choose a new file.",
                ),
                described,
            )
        )
    columns = {table: exchange.table_columns(store, table) for table in TABLES}
    for table, rows in export.tables.items():
        wanted = set(columns[table])
        for number, row in enumerate(rows, start=1):
            if row.keys() != wanted:
                missing = sorted(wanted - set(row))
                extra = sorted(set(row) - wanted)
                what = (
                    said(QT_TRANSLATE_NOOP("Import", "lacks the column “%1”"), missing[0])
                    if missing
                    else said(
                        QT_TRANSLATE_NOOP("Import", "has a column this schema does not know: “%1”"),
                        extra[0],
                    )
                )
                raise UnreadableFileError(what, where=_row(table, number))
    steps = Steps(export.row_count, progress, cancelled, every=5000)
    with store.write(), exchange.bulk_load(store):
        for table in TABLES:
            names = columns[table]
            rows = export.tables[table]
            # A row's values in column order; every data table has at least two columns, so
            # itemgetter gives a tuple.
            values = itemgetter(*names)
            for start in range(0, len(rows), 5000):
                chunk = [values(row) for row in rows[start : start + 5000]]
                try:
                    exchange.insert_rows(store, table, names, chunk)
                except StoreError as exc:
                    raise _refused(store, table, names, rows, start, chunk, exc) from exc
                steps.advance(len(chunk))
        exchange.raise_sequences(store, export.sequences)
        steps.check()
    steps.finish()
    return {table: len(rows) for table, rows in export.tables.items()}


def _refused(
    store: Store,
    table: str,
    names: list[str],
    rows: list[dict[str, Any]],
    start: int,
    chunk: list[Any],
    error: StoreError,
) -> RestoreRefusedError:
    found = exchange.first_refused_row(store, table, names, chunk)
    if found is None:
        return RestoreRefusedError(
            said(QT_TRANSLATE_NOOP("Import", "The export could not be restored: %1"), error)
        )
    position, exc = found
    row = rows[start + position]
    number = start + position + 1
    label = (
        said(QT_TRANSLATE_NOOP("Import", "%1, row %2 (id %3)"), table, number, row["id"])
        if "id" in row
        else _row(table, number)
    )
    reason: object = str(exc)
    if "FOREIGN KEY" in str(exc):
        reason = said(QT_TRANSLATE_NOOP("Import", "it refers to a row that is not in the export"))
    elif "UNIQUE" in str(exc):
        reason = said(QT_TRANSLATE_NOOP("Import", "it repeats a row that is already there"))
    return RestoreRefusedError(
        said(
            QT_TRANSLATE_NOOP(
                "Import",
                "The export could not be restored: %1 was refused (%2). Nothing was written.",
            ),
            label,
            reason,
        )
    )


def restore_file(
    source: Path,
    target: Path,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> dict[str, int]:
    """Restore the full export at ``source`` into the database at ``target``.

    ``target`` must be a new file or a database with no data. When the restore fails, a
    target file made for it is removed again; an existing one is left as it was.
    """
    try:
        export = read_full_export(Path(source).read_bytes())
    except UnreadableFileError as exc:
        raise exc.in_file(Path(source).name) from None
    except OSError as exc:
        raise cannot_read(exc) from None
    target = Path(target).expanduser()
    made = not target.exists()
    try:
        with open_store(target) as store:
            return restore(store, export, progress=progress, cancelled=cancelled)
    except UnreadableFileError as exc:
        _remove(target, made)
        raise exc.in_file(Path(source).name) from None
    except BaseException:
        _remove(target, made)
        raise


def _remove(target: Path, made: bool) -> None:
    if made:
        for leftover in (target, *(Path(f"{target}{end}") for end in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
