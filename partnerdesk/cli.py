"""The ``partnerdesk`` command: opens the window, or runs a verb from the terminal.

Verbs call the same domain functions as the window. Expected errors (a bad value, a file that
cannot be opened) are printed to stderr as one sentence and exit with status 2; ``check`` exits
with 1 when the database has problems.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from partnerdesk import __version__, paths
from partnerdesk.domain.errors import EXPECTED_ERRORS, AmbiguousError, ValidationError
from partnerdesk.domain.vocabulary import Channel, Level
from partnerdesk.store.connection import SCHEMA_VERSION, Store, open_store
from partnerdesk.store.errors import CannotOpenError

if TYPE_CHECKING:
    from partnerdesk.imports.plan import ImportPlan
    from partnerdesk.imports.reading import FileKind

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2

Command = Callable[[argparse.Namespace], int]


def parse_day(text: str, field: str = "date") -> date:
    """A date from ``YYYY-MM-DD``, ``today``, ``yesterday`` or ``tomorrow``."""
    words = {"today": 0, "yesterday": -1, "tomorrow": 1}
    key = text.strip().lower()
    if key in words:
        return date.today() + timedelta(days=words[key])
    from partnerdesk.domain.fields import parse_date

    try:
        return parse_date(text)
    except ValueError as exc:
        raise ValidationError(field, str(exc)) from None


def _database(args: argparse.Namespace) -> Path:
    chosen = getattr(args, "db", None) or args.open_db
    return Path(chosen).expanduser() if chosen else paths.default_database()


def _open(args: argparse.Namespace, *, readonly: bool = False) -> Store:
    path = _database(args)
    return open_store(path, readonly=readonly, create=not readonly)


# --- verbs ----------------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    """Write the sample portfolio into a new database file."""
    from partnerdesk.domain.sample import build_sample_portfolio
    from partnerdesk.store import queries

    path = Path(args.db).expanduser()
    if path.exists() and path.stat().st_size > 0:
        raise ValidationError(
            "db", f"{path} already exists; the sample portfolio is written to a new file"
        )
    with open_store(path) as store:
        build_sample_portfolio(store, args.today)
        counts = queries.table_counts(store)
    print(
        f"Wrote the sample portfolio to {path}: {counts['organisations']} organisations, "
        f"{counts['partnerships']} partnerships, {counts['contact_logs']} journal entries, "
        f"{counts['assessments']} assessments."
    )
    return EXIT_OK


def cmd_log(args: argparse.Namespace) -> int:
    """Add a journal entry from the terminal."""
    from partnerdesk.domain.journal import log_contact
    from partnerdesk.domain.organisations import find_organisation, find_person
    from partnerdesk.domain.partnerships import find_partnership, members

    occurred = parse_day(args.on, "occurred_on") if args.on else date.today()
    follow_up = parse_day(args.follow_up, "follow_up_on") if args.follow_up else None
    with _open(args) as store:
        partnership = find_partnership(store, args.partnership) if args.partnership else None
        organisation = find_organisation(store, args.organisation) if args.organisation else None
        if partnership is None and organisation is None:
            raise ValidationError(
                "partnership", "is required: give --partnership or --organisation"
            )
        around = set()
        if partnership is not None:
            around = {m.organisation_id for m in members(store, partnership.id)}
        if organisation is not None:
            around.add(organisation.id)
        people = [find_person(store, name, around).id for name in args.person]
        entry = log_contact(
            store,
            occurred_on=occurred,
            summary=args.summary,
            partnership_id=partnership.id if partnership else None,
            organisation_id=organisation.id if organisation else None,
            channel=args.channel,
            details=args.details,
            levels=args.level,
            people=people,
            private=args.private,
            follow_up_on=follow_up,
        )
    about = partnership.name if partnership else organisation.name if organisation else ""
    extras = []
    if entry.levels:
        extras.append("levels: " + ", ".join(level.label for level in entry.sorted_levels))
    if entry.private:
        extras.append("private")
    if entry.follow_up_on:
        extras.append(f"follow up on {entry.follow_up_on.isoformat()}")
    tail = f" ({'; '.join(extras)})" if extras else ""
    print(
        f"Logged #{entry.id}: {entry.occurred_on.isoformat()} · {entry.channel.label} · "
        f"{about} — {entry.summary}{tail}"
    )
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    """Report the schema version, what the database holds and SQLite's integrity check."""
    from partnerdesk.store import queries

    path = _database(args)
    try:
        store = open_store(path, readonly=True)
    except CannotOpenError as exc:
        print(f"Database: {path}", file=sys.stderr)
        print(f"Problem: {exc.problem} {exc.advice}", file=sys.stderr)
        _print_backup_hint(path)
        return EXIT_PROBLEMS
    with store:
        version = store.schema_version
        counts = queries.table_counts(store)
        problems = queries.integrity_problems(store)
    state = (
        "current"
        if version == SCHEMA_VERSION
        else f"older; it is upgraded to {SCHEMA_VERSION} when opened"
    )
    print(f"Database: {path}")
    print(f"Schema version: {version} ({state})")
    width = max(len(name) for name in counts)
    for table, count in counts.items():
        print(f"  {table.replace('_', ' '):<{width}}  {count:>8}")
    if problems:
        print(f"Integrity check: {len(problems)} problem(s)")
        for problem in problems[:50]:
            print(f"  {problem}")
        _print_backup_hint(path)
        return EXIT_PROBLEMS
    print("Integrity check: ok")
    return EXIT_OK


# --- backups --------------------------------------------------------------------------------


def _size(size: int) -> str:
    value = float(size)
    for unit in ("kB", "MB"):
        value /= 1000
        if round(value, 1) < 1000:
            return f"{size} bytes" if unit == "kB" and size < 1000 else f"{value:.1f} {unit}"
    return f"{value / 1000:.1f} GB"


def _quote(path: Path) -> str:
    import shlex

    return shlex.quote(str(path)) if sys.platform != "win32" else f'"{path}"'


def _print_backup_hint(database: Path) -> None:
    """Name the newest good backup of a database that cannot be used, and how to restore it."""
    from partnerdesk.store.backup import newest_good_backup

    found = newest_good_backup(database)
    if found is None:
        print("There is no backup of it.", file=sys.stderr)
        return
    print(
        f"Its newest good backup is {found.path} ({found.taken_at:%Y-%m-%d %H:%M} UTC). "
        f"Restore it with: partnerdesk restore {_quote(found.path)} --db {_quote(database)}",
        file=sys.stderr,
    )


def cmd_backup(args: argparse.Namespace) -> int:
    """Back up a database (into its backups folder, or into ``--out``), checked; or list them."""
    from partnerdesk.store import backup
    from partnerdesk.store.connection import examine

    path = _database(args)
    if args.list:
        found = backup.list_backups(path)
        print(
            f"Backups of {path} in {backup.folder_for(path)}:"
            if found
            else f"No backups of {path}."
        )
        for info in found:
            print(
                f"  {info.taken_at:%Y-%m-%d %H:%M} UTC  {info.reason:<15} "
                f"{_size(info.size):>9}  {info.path}"
            )
        return EXIT_OK
    if args.out:
        out = Path(args.out).expanduser()
        if out.exists() and out.resolve() == path.resolve():
            raise ValidationError("out", "is the database itself; choose another file")
        if out.exists() and out.stat().st_size > 0:
            try:
                examine(out)
            except CannotOpenError:
                raise ValidationError(
                    "out", f"{out} exists and is not a PartnerDesk database; choose a new file"
                ) from None
        info = backup.write_backup(path, out)
    else:
        info = backup.make_backup(path, backup.Reason.BY_HAND)
    print(
        f"Backed up {path} to {info.path} ({_size(info.size)}); "
        "the copy passed SQLite's integrity check."
    )
    return EXIT_OK


# --- moving data in and out ------------------------------------------------------------------


def _plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


def cmd_export_csv(args: argparse.Namespace) -> int:
    """Write one CSV file per kind of record into a folder."""
    from partnerdesk.exports.csv_tables import export_csv

    folder = Path(args.out).expanduser()
    if folder.exists() and not folder.is_dir():
        raise ValidationError("out", f"{folder} is a file; give a folder for the CSV files")
    with _open(args, readonly=True) as store:
        written = export_csv(store, folder, bom=args.bom)
    rows = ", ".join(f"{name} ({count})" for name, count in written.items())
    print(f"Wrote {len(written)} CSV files to {folder}: {rows}.")
    return EXIT_OK


def cmd_export_json(args: argparse.Namespace) -> int:
    """Write everything in the database to one JSON file (a full export)."""
    from partnerdesk.exports.full_json import export_json

    target = Path(args.out).expanduser()
    if target.is_dir():
        raise ValidationError("out", f"{target} is a folder; give a file name ending in .json")
    with _open(args, readonly=True) as store:
        counts = export_json(store, target)
    print(
        f"Wrote a full export of {_plural(sum(counts.values()), 'row')} to {target}: "
        f"{counts['organisations']} organisations, {counts['people']} people, "
        f"{counts['partnerships']} partnerships, {counts['contact_logs']} journal entries, "
        f"{counts['assessments']} assessments."
    )
    return EXIT_OK


def cmd_export_ics(args: argparse.Namespace) -> int:
    """Write the open follow-ups as an iCalendar (.ics) file."""
    from partnerdesk.exports.ics import export_ics

    target = Path(args.out).expanduser()
    if target.is_dir():
        raise ValidationError("out", f"{target} is a folder; give a file name ending in .ics")
    with _open(args, readonly=True) as store:
        count = export_ics(store, target, include_private=args.include_private)
    print(f"Wrote {_plural(count, 'open follow-up')} to {target}.")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    """Import contacts from a vCard or CSV file, or restore a full export into a new
    database."""
    from partnerdesk.imports.reading import FileKind, kind_of, read_file

    source = Path(args.file).expanduser()
    kind = kind_of(source, read_file(source)[:64])
    if kind is FileKind.FULL_EXPORT:
        return _restore(args, source)
    return _import_contacts(args, source, kind)


def _restore(args: argparse.Namespace, source: Path) -> int:
    from partnerdesk.imports.full_json import read_full_export, restore_file

    if args.map or args.encoding:
        raise ValidationError("map", "--map and --encoding are for contact files, not full exports")
    target = _database(args)
    if args.dry_run:
        from partnerdesk.imports.reading import read_file

        export = read_full_export(read_file(source))
        print(
            f"{source.name} is a full export of {_plural(export.row_count, 'row')} "
            f"(schema version {export.schema_version}); it can be restored into a new, empty "
            "database. Dry run: nothing was written."
        )
        return EXIT_OK
    counts = restore_file(source, target)
    print(
        f"Restored {_plural(sum(counts.values()), 'row')} from {source.name} into {target}: "
        f"{counts['organisations']} organisations, {counts['people']} people, "
        f"{counts['partnerships']} partnerships, {counts['contact_logs']} journal entries, "
        f"{counts['assessments']} assessments."
    )
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    """Replace a database with a backup, after backing up the database as it is."""
    from partnerdesk.lockfile import holder
    from partnerdesk.store import backup

    path = _database(args)
    source = Path(args.backup).expanduser()
    if not source.is_file():
        raise ValidationError("backup", f"{source} does not exist")
    running = holder(path)
    if running is not None:
        raise ValidationError(
            "db", f"is open in {running.describe()}; close that window first, then restore"
        )
    result = backup.restore_backup(source, path)
    if result.safety_backup is not None:
        print(f"Backed up the database as it was to {result.safety_backup.path}.")
    if result.set_aside is not None:
        print(f"The unreadable file was kept, unchanged, as {result.set_aside}.")
    print(f"Restored {source} into {path}.")
    return EXIT_OK


def _add_backup_verbs(verbs: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    backup = verbs.add_parser(
        "backup",
        help="back up a database (checked with SQLite's integrity check), or list its backups",
        description="Back up a database into its backups folder, or into FILE with --out. "
        "The copy is made with SQLite's backup API, so the database may be open meanwhile.",
    )
    _add_db(backup)
    backup.add_argument(
        "--out",
        metavar="FILE",
        help="write the backup to FILE (replaced only by a good copy, never another program's)",
    )
    backup.add_argument("--list", action="store_true", help="list the database's backups instead")
    backup.set_defaults(run=cmd_backup)

    restore = verbs.add_parser(
        "restore",
        help="replace a database with a backup (the database is backed up first)",
        description="Replace a database with BACKUP. The database as it is now is backed up "
        "first; a damaged one is kept under a new name. Close PartnerDesk's window on it first.",
    )
    restore.add_argument("backup", metavar="BACKUP", help="the backup file to restore")
    _add_db(restore)
    restore.set_defaults(run=cmd_restore)


def _import_contacts(args: argparse.Namespace, source: Path, kind: FileKind) -> int:
    from partnerdesk.imports.csv_contacts import Field, layout, mapping_from_names
    from partnerdesk.imports.errors import ColumnsNotRecognisedError
    from partnerdesk.imports.plan import Action, apply_plan, plan_import
    from partnerdesk.imports.reading import FileKind, read_contacts, read_file

    mapping = None
    if args.map:
        if kind is not FileKind.CSV:
            raise ValidationError("map", "--map is for CSV files; vCards name their own fields")
        columns = layout(read_file(source), encoding=args.encoding).headers
        mapping = mapping_from_names(columns, args.map)
    try:
        contacts = read_contacts(source, mapping=mapping, encoding=args.encoding)
    except ColumnsNotRecognisedError as exc:
        fields = ", ".join(field.label for field in Field)
        raise ValidationError(
            "map",
            f'{exc} (for example --map "Name=Full name"; the fields are {fields})',
        ) from None
    with _open(args) as store:
        plan = plan_import(store, contacts)
        if args.on_match == "skip":
            plan.set_matches(Action.SKIP)
        records = "cards" if kind is FileKind.VCARD else "rows"
        found = len(contacts.contacts) + len(contacts.skipped)
        print(f"Read {_plural(found, records[:-1])} from {source.name} ({contacts.file_format}).")
        for note in contacts.notes:
            print(f"Note: {note}")
        _print_plan(plan, every=args.dry_run)
        if args.dry_run:
            print("Dry run: nothing was written.")
            return EXIT_OK
        if not plan.writes_anything:
            print("Nothing to import.")
            return EXIT_OK
        result = apply_plan(store, plan)
    print(
        f"Imported: {_plural(len(result.created_people), 'person', 'people')} and "
        f"{_plural(len(result.created_organisations), 'organisation')} created, "
        f"{_plural(len(result.merged_people) + len(result.merged_organisations), 'record')} "
        f"merged, {result.skipped} skipped."
    )
    return EXIT_OK


def _print_plan(plan: ImportPlan, *, every: bool) -> None:
    from partnerdesk.imports.plan import Action

    counts = plan.counts()
    print(
        f"Will create {_plural(counts['people_created'], 'person', 'people')} and "
        f"{_plural(counts['organisations_created'], 'organisation')}, merge "
        f"{_plural(counts['people_merged'] + counts['organisations_merged'], 'match', 'matches')}"
        f", skip {counts['skipped']}."
    )
    for skipped in plan.skipped:
        print(f"  skip    {skipped.where}: {skipped.reason}")
    for item in plan.items:
        contact = item.contact
        what = contact.label + (
            f" ({contact.organisation})" if contact.name and contact.organisation else ""
        )
        if item.action is Action.MERGE:
            added = ", ".join(name.replace("_", " ") for name in item.additions)
            print(
                f"  merge   {contact.where}: {what} into {item.existing_name} "
                f"({item.match.label if item.match else ''}); adds {added}"
            )
        elif item.action is Action.SKIP:
            reason = item.reason or "you chose to skip it"
            if item.match is not None and not item.reason:
                reason = f"matches {item.existing_name} ({item.match.label}); not merged"
            print(f"  skip    {contact.where}: {what}: {reason}")
        elif every:
            kind = "organisation" if item.is_organisation else "person"
            print(f"  create  {contact.where}: {what} (new {kind})")


def cmd_chart(args: argparse.Namespace) -> int:
    """Draw a chart of a partnership or of the portfolio to a PNG or SVG file."""
    out = Path(args.out).expanduser()
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in ("png", "svg"):
        raise ValidationError("file", f"must end in .png or .svg (not “{out.name}”)")
    if args.portfolio:
        kind = args.kind or "map"
        if kind not in PORTFOLIO_CHART_KINDS:
            raise ValidationError(
                "kind", f"must be {' or '.join(PORTFOLIO_CHART_KINDS)} for the portfolio"
            )
    else:
        kind = args.kind or "integration"
        if kind not in PARTNERSHIP_CHART_KINDS:
            raise ValidationError(
                "kind", f"must be one of {', '.join(PARTNERSHIP_CHART_KINDS)} for a partnership"
            )
    size = None
    if args.width or args.height:
        if not (args.width and args.height):
            raise ValidationError("size", "needs both --width and --height")
        if not (100 <= args.width <= 8000 and 100 <= args.height <= 8000):
            raise ValidationError("size", "must be between 100 and 8000 pixels each way")
        size = (args.width, args.height)
    today = args.today or date.today()
    with _open(args, readonly=True) as store:
        from partnerdesk.domain.partnerships import find_partnership

        partnership = None if args.portfolio else find_partnership(store, args.partnership)
        # Qt is loaded only now: every other verb runs without it.
        from partnerdesk.gui.charts.render import (
            ensure_application,
            render_partnership_chart,
            render_portfolio_chart,
        )

        ensure_application()
        if partnership is None:
            data = render_portfolio_chart(store, kind, size, fmt, today=today)
            what = f"the {CHART_NAMES[kind]}"
        else:
            data = render_partnership_chart(store, partnership.id, kind, size, fmt, today=today)
            what = f"the {CHART_NAMES[kind]} of {partnership.name}"
    from partnerdesk.files import atomic_write

    try:
        with atomic_write(out, "wb") as stream:
            stream.write(data)
    except OSError as exc:
        raise ValidationError("file", f"{out} cannot be written ({exc.strerror or exc})") from None
    print(f"Wrote {what} to {out} ({fmt.upper()}, {len(data):,} bytes).")
    return EXIT_OK


# --- the parser -----------------------------------------------------------------------------


def _add_db(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        required=required,
        help="the database file" + ("" if required else " (default: your default database)"),
    )


def _lower(text: str) -> str:
    return text.strip().lower().replace(" ", "_").replace("-", "_")


def _add_export_csv(formats: Any) -> None:
    csv_format = formats.add_parser(
        "csv", help="one CSV file per kind of record (partnerships, people…) in a folder"
    )
    _add_db(csv_format)
    csv_format.add_argument("--out", required=True, metavar="FOLDER", help="the folder to write")
    csv_format.add_argument(
        "--bom",
        action="store_true",
        help="start each file with a byte-order mark, for spreadsheet programs such as Excel",
    )
    csv_format.set_defaults(run=cmd_export_csv)


def _add_export_json(formats: Any) -> None:
    json_format = formats.add_parser(
        "json", help="everything in the database, in one documented JSON file"
    )
    _add_db(json_format)
    json_format.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    json_format.set_defaults(run=cmd_export_json)


def _add_export_ics(formats: Any) -> None:
    ics_format = formats.add_parser(
        "ics", help="open follow-ups as an iCalendar file for your calendar"
    )
    _add_db(ics_format)
    ics_format.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    ics_format.add_argument(
        "--include-private",
        action="store_true",
        help="include the text of private entries (by default only the partnership is named)",
    )
    ics_format.set_defaults(run=cmd_export_ics)


# --- documents to share: summaries and the portfolio report ---------------------------------

#: The file name extensions of the formats documents are written in.
DOCUMENT_SUFFIXES = {".pdf": "pdf", ".html": "html", ".htm": "html", ".md": "md", ".markdown": "md"}


def _either(choices: Sequence[str]) -> str:
    return ", ".join(choices[:-1]) + " or " + choices[-1] if len(choices) > 1 else choices[0]


def _document_target(args: argparse.Namespace, formats: Sequence[str]) -> tuple[Path, str]:
    """The file to write and its format: ``--format``, or else the extension of ``--out``
    (a name without one gets the format's)."""
    target = Path(args.out).expanduser()
    if target.is_dir():
        raise ValidationError("out", f"{target} is a folder; give a file name")
    fmt = args.format_name or DOCUMENT_SUFFIXES.get(target.suffix.lower())
    if fmt is None:
        raise ValidationError(
            "format", f"is needed: give --format {_either(formats)}, or end --out in one"
        )
    if fmt not in formats:
        raise ValidationError("format", f"must be {_either(formats)} (not “{fmt}”)")
    if not target.suffix:
        target = target.with_suffix("." + fmt)
    return target, fmt


def _paper(args: argparse.Namespace) -> Any:
    from partnerdesk.exports.document import Paper, locale_paper

    return Paper(args.paper) if args.paper else locale_paper()


def cmd_export_summary(args: argparse.Namespace) -> int:
    """Write the summary of a partnership to share with a partner (PDF, HTML or Markdown)."""
    from partnerdesk.domain.partnerships import find_partnership
    from partnerdesk.exports.document import Format

    target, fmt = _document_target(args, ("pdf", "html", "md"))
    since = parse_day(args.since, "since") if args.since else None
    today = args.today or date.today()
    with _open(args, readonly=True) as store:
        partnership = find_partnership(store, args.partnership)
        # Qt is loaded only now: the charts and the PDF are drawn with it.
        from partnerdesk.gui.charts.render import ensure_application

        ensure_application()
        from partnerdesk.exports.summary import export_summary

        written = export_summary(
            store,
            partnership.id,
            target,
            Format(fmt),
            today=today,
            since=since,
            include_private=args.include_private,
            paper=_paper(args),
        )
    extra = (
        f" and {_plural(len(written) - 1, 'image')} in {written[1].parent}"
        if len(written) > 1
        else ""
    )
    print(f"Wrote the summary of {partnership.name} to {target}{extra}.")
    if args.include_private:
        print("It includes private entries and notes, and says so: it is your own archive copy.")
    else:
        print("Private entries, private assessments and notes were left out.")
    return EXIT_OK


def cmd_export_portfolio(args: argparse.Namespace) -> int:
    """Write the portfolio report (PDF or HTML): the portfolio map and every partnership."""
    from partnerdesk.exports.document import Format

    target, fmt = _document_target(args, ("pdf", "html"))
    today = args.today or date.today()
    with _open(args, readonly=True) as store:
        from partnerdesk.gui import settings
        from partnerdesk.gui.charts.render import ensure_application

        ensure_application()
        from partnerdesk.exports.portfolio_report import export_portfolio

        export_portfolio(
            store,
            target,
            Format(fmt),
            today=today,
            leader_threshold_days=settings.LEADER_THRESHOLD_DAYS.value,
            assessment_interval_days=settings.ASSESSMENT_INTERVAL_DAYS.value,
            paper=_paper(args),
        )
    print(f"Wrote the portfolio report to {target}.")
    return EXIT_OK


def _add_document_options(parser: argparse.ArgumentParser, formats: Sequence[str]) -> None:
    _add_db(parser)
    parser.add_argument(
        "--format",
        dest="format_name",
        type=str.lower,
        choices=formats,
        help=f"{', '.join(formats)} (default: from the extension of --out)",
    )
    parser.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    parser.add_argument(
        "--paper",
        type=str.lower,
        choices=["a4", "letter"],
        help="the paper of a PDF (default: the one usual where you live)",
    )
    parser.add_argument(
        "--today", type=lambda t: parse_day(t, "today"), default=None, help=argparse.SUPPRESS
    )


def _add_export_summary(formats: Any) -> None:
    summary = formats.add_parser(
        "summary",
        help="a summary of a partnership to share with a partner (PDF, HTML or Markdown)",
        description="Write a summary of a partnership to share with a partner: its kind and "
        "stage, members, history along the continuum, integration charts, contacts, recent "
        "journal entries and open follow-ups. Private entries, private assessments and notes "
        "are left out unless you ask for them.",
    )
    _add_document_options(summary, ("pdf", "html", "md"))
    summary.add_argument("--partnership", required=True, metavar="NAME", help="the partnership")
    summary.add_argument(
        "--since",
        metavar="DATE",
        help="summarise contacts and journal entries from DATE (default: the last 12 months)",
    )
    summary.add_argument(
        "--include-private",
        action="store_true",
        help="include private entries, private assessments and notes, for your own archive "
        "(the document says so on its first page)",
    )
    summary.set_defaults(run=cmd_export_summary)


def _add_export_portfolio(formats: Any) -> None:
    portfolio = formats.add_parser(
        "portfolio",
        help="the portfolio report: the map and every partnership at a glance (PDF or HTML)",
        description="Write the portfolio report: the portfolio map, what needs attention, and "
        "every partnership with its kind, stage, strength, last contact and when the leaders "
        "last met.",
    )
    _add_document_options(portfolio, ("pdf", "html"))
    portfolio.set_defaults(run=cmd_export_portfolio)


#: The formats of ``partnerdesk export``, each adding its own sub-parser.
EXPORT_FORMATS: list[Callable[[Any], None]] = [
    _add_export_csv,
    _add_export_json,
    _add_export_ics,
    _add_export_summary,
    _add_export_portfolio,
]


def _add_exchange_verbs(verbs: Any) -> None:
    export = verbs.add_parser(
        "export",
        help="write your data to files (CSV, JSON, iCalendar), a partnership's summary or the "
        "portfolio report",
    )
    formats = export.add_subparsers(dest="format", required=True)
    for add_format in EXPORT_FORMATS:
        add_format(formats)

    imports = verbs.add_parser(
        "import",
        help="import contacts (.vcf, .csv), or restore a full export (.json) into a new database",
    )
    _add_db(imports)
    imports.add_argument("file", metavar="FILE", help="a .vcf, .csv or full-export .json file")
    imports.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help='which CSV column holds what, e.g. --map "Name=Full name" --map '
        '"Organisation=Company" (repeat for several; FIELD= leaves a field out)',
    )
    imports.add_argument(
        "--encoding",
        metavar="NAME",
        help="the file's text encoding, e.g. cp1250 (default: UTF-8, else Windows-1252)",
    )
    imports.add_argument(
        "--on-match",
        choices=["merge", "skip"],
        default="merge",
        help="what to do with contacts already in the database (default: merge, which only "
        "fills in what is missing)",
    )
    imports.add_argument(
        "--dry-run", action="store_true", help="show what would happen and write nothing"
    )
    imports.set_defaults(run=cmd_import)


def build_parser() -> argparse.ArgumentParser:
    """The command-line parser, with every verb."""
    parser = argparse.ArgumentParser(
        prog="partnerdesk",
        description="Look after your partnerships. Without a verb, opens the PartnerDesk window.",
        epilog=f"Your default database: {paths.default_database()}",
    )
    parser.add_argument("--version", action="version", version=f"PartnerDesk {__version__}")
    parser.add_argument(
        "--db",
        dest="open_db",
        metavar="PATH",
        help="open this database file instead of the default one",
    )
    parser.add_argument(
        "--demo", action="store_true", help="open a fresh sample portfolio in a temporary file"
    )
    # For packagers: check that a build starts and draws its window, then closes it.
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    verbs = parser.add_subparsers(dest="verb", metavar="VERB")

    demo = verbs.add_parser("demo", help="write the sample portfolio into a new database file")
    _add_db(demo, required=True)
    demo.add_argument(
        "--today", type=lambda t: parse_day(t, "today"), default=None, help=argparse.SUPPRESS
    )
    demo.set_defaults(run=cmd_demo)

    log = verbs.add_parser("log", help="add a journal entry (a contact or a private note)")
    _add_db(log)
    log.add_argument("--partnership", metavar="NAME", help="the partnership it concerns")
    log.add_argument(
        "--organisation",
        metavar="NAME",
        help="the organisation it concerns (with or instead of a partnership)",
    )
    log.add_argument("--summary", required=True, metavar="TEXT", help="one line: what happened")
    log.add_argument("--details", metavar="TEXT", help="the longer account")
    log.add_argument(
        "--channel",
        type=_lower,
        default=Channel.MEETING.value,
        choices=[c.value for c in Channel],
        help="how (default: meeting)",
    )
    log.add_argument(
        "--level",
        type=_lower,
        action="append",
        default=[],
        choices=[lv.value for lv in Level],
        help="a level of integration it touched (repeat for several)",
    )
    log.add_argument(
        "--person",
        action="append",
        default=[],
        metavar="NAME",
        help="somebody who took part (repeat for several)",
    )
    log.add_argument(
        "--private", action="store_true", help="keep it out of anything shared with partners"
    )
    log.add_argument(
        "--on",
        metavar="DATE",
        help="when it happened: YYYY-MM-DD, today or yesterday (default: today)",
    )
    log.add_argument("--follow-up", metavar="DATE", help="when to follow up (YYYY-MM-DD)")
    log.set_defaults(run=cmd_log)

    check = verbs.add_parser(
        "check", help="show the schema version, what the database holds and its integrity"
    )
    _add_db(check)
    check.set_defaults(run=cmd_check)
    _add_backup_verbs(verbs)
    _add_exchange_verbs(verbs)
    _add_chart_verbs(verbs)
    return parser


#: The charts of one partnership the ``chart`` verb draws (the first is the default).
PARTNERSHIP_CHART_KINDS = ("integration", "activity", "radar", "observed")
#: The charts of the whole portfolio (the first is the default).
PORTFOLIO_CHART_KINDS = ("map", "trend")
CHART_NAMES = {
    "integration": "integration chart",
    "activity": "contact activity chart",
    "radar": "snapshot",
    "observed": "assessed-versus-observed chart",
    "map": "portfolio map",
    "trend": "portfolio trend",
}


def _add_chart_verbs(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    chart = verbs.add_parser(
        "chart",
        help="draw a chart of a partnership or of the portfolio to a PNG or SVG file",
        description="Draw a chart to a PNG or SVG file, black on white for print.",
    )
    _add_db(chart)
    which = chart.add_mutually_exclusive_group(required=True)
    which.add_argument("--partnership", metavar="NAME", help="a partnership's chart")
    which.add_argument("--portfolio", action="store_true", help="a chart of the whole portfolio")
    chart.add_argument(
        "--kind",
        type=_lower,
        choices=[*PARTNERSHIP_CHART_KINDS, *PORTFOLIO_CHART_KINDS],
        help="which chart: integration (default), activity, radar or observed for a "
        "partnership; map (default) or trend for the portfolio",
    )
    chart.add_argument(
        "--out", required=True, metavar="FILE", help="the file to write: FILE.png or FILE.svg"
    )
    chart.add_argument("--width", type=int, metavar="PIXELS", help="width (with --height)")
    chart.add_argument("--height", type=int, metavar="PIXELS", help="height (with --width)")
    chart.add_argument(
        "--today", type=lambda t: parse_day(t, "today"), default=None, help=argparse.SUPPRESS
    )
    chart.set_defaults(run=cmd_chart)


def _run_gui(args: argparse.Namespace) -> int:
    from partnerdesk.app import run

    if args.demo:
        from partnerdesk.domain.sample import build_sample_portfolio

        with tempfile.TemporaryDirectory(prefix="partnerdesk-demo-") as folder:
            path = Path(folder) / f"sample{paths.DATABASE_SUFFIX}"
            with open_store(path) as store:
                build_sample_portfolio(store)
            return run(path, temporary=True, smoke_test=args.smoke_test)
    return run(
        Path(args.open_db).expanduser() if args.open_db else None, smoke_test=args.smoke_test
    )


def _tolerate_any_console() -> None:
    """Never fail on printing a name the console cannot show (Arabic in a Latin-1 terminal)."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    _tolerate_any_console()
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.verb is None:
            return _run_gui(args)
        command: Command = args.run
        return command(args)
    except CannotOpenError as exc:
        print(f"partnerdesk: {exc}", file=sys.stderr)
        _print_backup_hint(exc.path)
        return EXIT_USAGE
    except AmbiguousError as exc:
        print(f"partnerdesk: {exc} Which one: {'; '.join(exc.candidates)}?", file=sys.stderr)
        return EXIT_USAGE
    except EXPECTED_ERRORS as exc:
        print(f"partnerdesk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
