"""The CSV export: one spreadsheet-ready file per kind of record, for the owner's own use.

``export_csv(store, folder)`` writes ``partnerships.csv``, ``organisations.csv``,
``people.csv``, ``contact_log.csv`` and ``assessments.csv``. It is a full export for the
owner: notes and private entries are included, and ``contact_log.csv`` and
``assessments.csv`` have a ``Private`` column so they can be filtered out before sharing.

* UTF-8, optionally with a byte-order mark (``bom=True``) so that spreadsheet programs that
  otherwise assume a legacy encoding (Excel) read accents and other scripts correctly.
* Comma-separated, every cell quoted where needed (RFC 4180), CRLF line ends; line breaks
  inside notes stay inside their quoted cell.
* Headers and values in words a person reads: ``Joint venture``, ``Leader``, ``yes``/``no``;
  dates ISO (``2026-11-23``), timestamps UTC. Each row carries its id, and rows that refer to
  another record carry its id as well as its name, so the files can be joined.
* Every text cell goes through :func:`partnerdesk.exports.escaping.spreadsheet_cell`: a cell
  starting with ``= + - @``, a tab or a line break gets an apostrophe in front, so nothing a
  partner's name or an imported note holds ever runs as a formula.
* The files are written atomically (:mod:`partnerdesk.files`), all of them from one snapshot
  of the database, and replace an earlier export's files only once all are complete.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from partnerdesk.domain.vocabulary import Channel, Kind, Level, Seniority, Stage
from partnerdesk.exports.errors import writing
from partnerdesk.exports.escaping import spreadsheet_cell
from partnerdesk.files import atomic_path
from partnerdesk.progress import CancelCheck, Progress, Steps
from partnerdesk.store import exchange
from partnerdesk.store.connection import Store

Row = dict[str, Any]


def _yes_no(value: Any) -> str:
    return "yes" if value else "no"


def _names(value: str | None) -> str:
    return "; ".join(json.loads(value)) if value else ""


def _levels(value: str | None) -> str:
    found = set(json.loads(value)) if value else set()
    return "; ".join(level.label for level in Level if level.value in found)


def _members(value: str | None) -> str:
    pairs = json.loads(value) if value else []
    return "; ".join(f"{name} ({role})" if role else name for name, role in pairs)


def _strength(row: Row) -> str:
    rated = [row[level.value] for level in Level if row[level.value] is not None]
    return f"{sum(rated) / len(rated):.1f}" if rated else ""


@dataclass(frozen=True)
class Column:
    """A column of a CSV file: its header and how a row's value is written."""

    header: str
    value: Callable[[Row], Any]


def _field(name: str) -> Callable[[Row], Any]:
    return lambda row: row[name]


def _col(header: str, name: str, convert: Callable[[Any], Any] | None = None) -> Column:
    if convert is None:
        return Column(header, _field(name))
    return Column(header, lambda row: None if row[name] is None else convert(row[name]))


_CREATED = _col("Created (UTC)", "created_at")
_CHANGED = _col("Last changed (UTC)", "updated_at")


@dataclass(frozen=True)
class Sheet:
    """One CSV file of the export."""

    file_name: str
    table: str
    rows: Callable[[Store], Iterator[Row]]
    columns: tuple[Column, ...]


SHEETS = (
    Sheet(
        "partnerships.csv",
        "partnerships",
        exchange.partnership_csv_rows,
        (
            _col("ID", "id"),
            _col("Name", "name"),
            _col("Kind", "kind", lambda key: Kind(key).label),
            _col("Stage", "stage", lambda key: Stage(key).label),
            _col("Purpose", "purpose"),
            _col("Started on", "started_on"),
            _col("Ended on", "ended_on"),
            Column("Members (role)", lambda row: _members(row["members"])),
            _col("Notes", "notes"),
            _CREATED,
            _CHANGED,
        ),
    ),
    Sheet(
        "organisations.csv",
        "organisations",
        exchange.organisation_csv_rows,
        (
            _col("ID", "id"),
            _col("Name", "name"),
            _col("My organisation", "is_self", _yes_no),
            _col("Sector", "sector"),
            _col("Country", "country"),
            _col("Website", "website"),
            _col("Notes", "notes"),
            _CREATED,
            _CHANGED,
        ),
    ),
    Sheet(
        "people.csv",
        "people",
        exchange.person_csv_rows,
        (
            _col("ID", "id"),
            _col("Name", "name"),
            _col("Organisation ID", "organisation_id"),
            _col("Organisation", "organisation_name"),
            _col("Role", "role_title"),
            _col("Seniority", "seniority", lambda key: Seniority(key).label),
            _col("E-mail", "email"),
            _col("Phone", "phone"),
            _col("Notes", "notes"),
            _CREATED,
            _CHANGED,
        ),
    ),
    Sheet(
        "contact_log.csv",
        "contact_logs",
        exchange.contact_log_csv_rows,
        (
            _col("ID", "id"),
            _col("Date", "occurred_on"),
            _col("Channel", "channel", lambda key: Channel(key).label),
            _col("Partnership ID", "partnership_id"),
            _col("Partnership", "partnership_name"),
            _col("Organisation ID", "organisation_id"),
            _col("Organisation", "organisation_name"),
            _col("Summary", "summary"),
            _col("Details", "details"),
            Column("Levels", lambda row: _levels(row["levels"])),
            Column("People", lambda row: _names(row["people"])),
            _col("Private", "private", _yes_no),
            _col("Follow up on", "follow_up_on"),
            Column(
                "Follow-up done",
                lambda row: _yes_no(row["follow_up_done"]) if row["follow_up_on"] else "",
            ),
            _CREATED,
            _CHANGED,
        ),
    ),
    Sheet(
        "assessments.csv",
        "assessments",
        exchange.assessment_csv_rows,
        (
            _col("ID", "id"),
            _col("Partnership ID", "partnership_id"),
            _col("Partnership", "partnership_name"),
            _col("Date", "assessed_on"),
            *(_col(level.label, level.value) for level in Level),
            Column("Strength", _strength),
            _col("Note", "note"),
            _col("Private", "private", _yes_no),
            _CREATED,
            _CHANGED,
        ),
    ),
)


def cell(value: Any) -> str:
    """How one value is written into a cell: text made inert, numbers as digits, None empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return _yes_no(value)
    if isinstance(value, int | float):
        return str(value)
    return spreadsheet_cell(str(value))


def export_csv(
    store: Store,
    folder: Path,
    *,
    bom: bool = False,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> dict[str, int]:
    """Write one CSV file per kind of record into ``folder``; return rows written per file.

    ``bom`` starts each file with a UTF-8 byte-order mark for spreadsheet programs. The files
    replace those of an earlier export only once all are written: a cancel or a failure leaves
    the earlier files as they were.
    """
    folder = Path(folder)
    written: dict[str, int] = {}
    # Every file goes to a temporary file first; only when all are complete do they replace
    # the files of an earlier export, so a cancel never leaves a mix of old and new files.
    with writing(folder), exchange.snapshot(store), ExitStack() as replace_all:
        total = sum(exchange.row_count(store, sheet.table) for sheet in SHEETS)
        steps = Steps(total, progress, cancelled, every=2000)
        steps.check()
        for sheet in SHEETS:
            temporary = replace_all.enter_context(atomic_path(folder / sheet.file_name))
            written[sheet.file_name] = _write_sheet(store, temporary, sheet, bom, steps)
            steps.check()
    steps.finish()
    return written


def _write_sheet(store: Store, path: Path, sheet: Sheet, bom: bool, steps: Steps) -> int:
    count = 0
    encoding = "utf-8-sig" if bom else "utf-8"
    with path.open("w", encoding=encoding, newline="") as stream:
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow([column.header for column in sheet.columns])
        for row in sheet.rows(store):
            writer.writerow([cell(column.value(row)) for column in sheet.columns])
            count += 1
            steps.advance()
    return count
