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

from partnerdesk import __version__, paths
from partnerdesk.domain.errors import EXPECTED_ERRORS, AmbiguousError, ValidationError
from partnerdesk.domain.vocabulary import Channel, Level
from partnerdesk.store.connection import SCHEMA_VERSION, Store, open_store
from partnerdesk.store.errors import CannotOpenError

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
        return EXIT_PROBLEMS
    print("Integrity check: ok")
    return EXIT_OK


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
            return run(path)
    return run(Path(args.open_db).expanduser() if args.open_db else None)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.verb is None:
            return _run_gui(args)
        command: Command = args.run
        return command(args)
    except AmbiguousError as exc:
        print(f"partnerdesk: {exc} Which one: {'; '.join(exc.candidates)}?", file=sys.stderr)
        return EXIT_USAGE
    except EXPECTED_ERRORS as exc:
        print(f"partnerdesk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
