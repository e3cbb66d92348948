"""The store and domain layer at scale: the reads behind the portfolio, the journal (each
filter, first and next page), search as the user types, follow-ups and one partnership.

Each figure's floor replays the very SQL statements the domain function ran, on a plain
sqlite3 connection, fetching rows as tuples: what is left above it is the cost of PartnerDesk's
own layers (dicts, records, names, the extra queries for levels and people). The search floor
is the bare full-text query: the ids of every entry the words match, straight from FTS5.
"""

from __future__ import annotations

import sqlite3
import statistics
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from partnerdesk.domain.assessments import assessments
from partnerdesk.domain.followups import due_follow_ups, open_follow_ups
from partnerdesk.domain.integration import last_leader_contact
from partnerdesk.domain.journal import JournalFilter, fts_query, journal
from partnerdesk.domain.partnerships import continuum_history, members, stage_history
from partnerdesk.domain.portfolio import attention, portfolio
from partnerdesk.domain.vocabulary import Channel, Level
from partnerdesk.store.connection import Store
from tests.benchmarks.bench import (
    Bench,
    Figure,
    Floor,
    Target,
    against_bare_sql,
    measurement,
    timed,
)
from tests.benchmarks.generate import FLAGSHIP

#: How many pages of the journal the scrolling figure reads, one after another.
SCROLLED_PAGES = 10

#: What a user types into the journal's search box, one keystroke at a time.
PHRASES = [
    "flour",
    "Helen",
    "late payments",
    "sourdough",
    "invoice",
    "price list",
    "Riverside",
    "heritage wheat",
    "exclusivity",
    "Okafor",
    "zzyzx",  # finds nothing
]


@dataclass(frozen=True)
class Cases:
    """The records a run measures with, chosen the same way on every database."""

    flagship: int
    typical_partnership: int
    busy_organisation: int
    typical_organisation: int
    busy_person: int
    typical_person: int
    rare_words: tuple[str, ...]

    @classmethod
    def find(cls, connection: sqlite3.Connection) -> Cases:
        def median_of(sql: str) -> int:
            ids = [row[0] for row in connection.execute(sql)]
            return ids[len(ids) // 2]

        flagship = connection.execute(
            "SELECT id FROM partnerships WHERE name = ?", [FLAGSHIP]
        ).fetchone()[0]
        # Picking the cases is the benchmark's own business; it reads the file directly.
        connection.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.bench_terms "
            "USING fts5vocab(main, contact_logs_fts, row)"
        )
        rare = [
            row[0]
            for row in connection.execute(
                "SELECT term FROM temp.bench_terms WHERE doc BETWEEN 3 AND 12 "
                "AND term GLOB '[a-z]*' ORDER BY doc DESC, term LIMIT 2"
            )
        ]
        return cls(
            flagship=flagship,
            typical_partnership=median_of(
                "SELECT partnership_id FROM contact_logs WHERE partnership_id IS NOT NULL "
                "GROUP BY partnership_id ORDER BY count(*), partnership_id"
            ),
            busy_organisation=median_of(
                "SELECT m.organisation_id FROM partnership_members m "
                "JOIN organisations o ON o.id = m.organisation_id WHERE o.is_self = 0 "
                "GROUP BY m.organisation_id ORDER BY count(*) DESC, m.organisation_id LIMIT 1"
            ),
            typical_organisation=median_of(
                "SELECT m.organisation_id FROM partnership_members m "
                "JOIN organisations o ON o.id = m.organisation_id WHERE o.is_self = 0 "
                "GROUP BY m.organisation_id ORDER BY count(*), m.organisation_id"
            ),
            busy_person=median_of(
                "SELECT person_id FROM contact_log_people GROUP BY person_id "
                "ORDER BY count(*) DESC, person_id LIMIT 1"
            ),
            typical_person=median_of(
                "SELECT person_id FROM contact_log_people GROUP BY person_id "
                "ORDER BY count(*), person_id"
            ),
            rare_words=tuple(rare),
        )

    def journal_filters(self, today: date) -> dict[str, JournalFilter]:
        """Every journal filter a user can set, each on a busy and/or a typical record."""
        five_years = today - timedelta(days=5 * 365)
        return {
            "everything": JournalFilter(),
            "decade-long partnership": JournalFilter(partnership_id=self.flagship),
            "typical partnership": JournalFilter(partnership_id=self.typical_partnership),
            "busiest organisation": JournalFilter(organisation_id=self.busy_organisation),
            "typical organisation": JournalFilter(organisation_id=self.typical_organisation),
            "busiest person": JournalFilter(person_id=self.busy_person),
            "typical person": JournalFilter(person_id=self.typical_person),
            "channel: workshop": JournalFilter(channel=Channel.WORKSHOP),
            "level: cultural": JournalFilter(level=Level.CULTURAL),
            "private only": JournalFilter(private=True),
            "two months, five years ago": JournalFilter(
                since=five_years, until=five_years + timedelta(days=61)
            ),
            "level and channel": JournalFilter(level=Level.STRATEGIC, channel=Channel.VISIT),
            "words in a partnership": JournalFilter(text="price", partnership_id=self.flagship),
            "words and a level": JournalFilter(text="delivery", level=Level.OPERATIONAL),
        }

    def typed_queries(self) -> list[str]:
        """Every search as the user types the phrases, one keystroke after another."""
        typed: list[str] = []
        for phrase in [*PHRASES, *self.rare_words]:
            for end in range(1, len(phrase) + 1):
                text = phrase[:end]
                if not text.endswith(" ") and text not in typed:
                    typed.append(text)
        return typed


def _cases(bench: Bench) -> Cases:
    key = f"cases:{bench.size}"
    if key not in bench.shared:
        with bench.bare() as connection:
            bench.shared[key] = Cases.find(connection)
    found: Cases = bench.shared[key]
    return found


def _pages(store: Store, journal_filter: JournalFilter, pages: int) -> Callable[[], None]:
    """Read ``pages`` pages of 200 entries, each after the last entry of the one before."""

    def read() -> None:
        after = None
        for _ in range(pages):
            page = journal(store, journal_filter, after=after)
            if not page:
                break
            after = page[-1]

    return read


def _page(store: Store, journal_filter: JournalFilter, number: int) -> Callable[[], object]:
    """Read page ``number`` (1 = first) only, the pages before it read beforehand."""
    after = None
    for _ in range(number - 1):
        page = journal(store, journal_filter, after=after)
        after = page[-1] if page else after
    return lambda: journal(store, journal_filter, after=after)


@measurement("portfolio")
def portfolio_figures(bench: Bench) -> list[Figure]:
    with bench.open() as store, bench.bare() as bare:
        rows, floor = against_bare_sql(bench, store, bare, lambda: portfolio(store, bench.today))
        both, _ = against_bare_sql(
            bench, store, bare, lambda: attention(portfolio(store, bench.today), bench.today)
        )
    return [
        Figure(
            "portfolio rows (domain)",
            bench.size,
            rows,
            floor=Floor("its SQL, bare", floor),
            target=Target(ratio=3),
        ),
        Figure("portfolio rows and attention list", bench.size, both),
    ]


@measurement("journal paging")
def journal_figures(bench: Bench) -> list[Figure]:
    cases = _cases(bench)
    per_case: dict[str, dict[str, float]] = {}
    samples: list[float] = []
    floors: list[float] = []
    with bench.open() as store, bench.bare() as bare:
        for name, journal_filter in cases.journal_filters(bench.today).items():
            for number in (1, 2):
                read = _page(store, journal_filter, number)
                times, floor = against_bare_sql(bench, store, bare, read)
                label = f"{name}, page {number}"
                per_case[label] = {
                    "median": statistics.median(times),
                    "floor": statistics.median(floor),
                }
                samples.append(statistics.median(times))
                floors.append(statistics.median(floor))
    scrolled: list[float] = []
    scroll_floors: list[float] = []
    with bench.open() as store, bench.bare() as bare:
        # Scrolling fetches the next page when the last one comes into view: each fetch must
        # fit in a frame.
        for journal_filter in (JournalFilter(), JournalFilter(partnership_id=cases.flagship)):
            for number in range(1, SCROLLED_PAGES + 1):
                times, floor = against_bare_sql(
                    bench, store, bare, _page(store, journal_filter, number)
                )
                scrolled.append(statistics.median(times))
                scroll_floors.append(statistics.median(floor))
    return [
        Figure(
            "journal page of 200, each filter",
            bench.size,
            samples,
            statistic="p95",
            floor=Floor("its SQL, bare", floors),
            paired=True,
            target=Target(at_most=30, ratio=3, from_issue=False),
            details=per_case,
            note="p95 over filters and first/next pages, each the median of its repeats",
        ),
        Figure(
            "journal page of 200 while scrolling",
            bench.size,
            scrolled,
            statistic="p95",
            floor=Floor("its SQL, bare", scroll_floors),
            paired=True,
            target=Target(at_most=16),
            note=f"the first {SCROLLED_PAGES} pages of the whole journal and of the decade-long "
            "partnership's: one page per fetch within the 16 ms the event loop may be held",
        ),
    ]


@measurement("journal search")
def search_figures(bench: Bench) -> list[Figure]:
    cases = _cases(bench)
    per_query: dict[str, dict[str, float]] = {}
    samples: list[float] = []
    floors: list[float] = []
    with bench.open() as store, bench.bare() as bare:
        for text in cases.typed_queries():
            match = fts_query(text)

            def bare_fts(match: str | None = match) -> None:
                bare.execute(
                    "SELECT rowid FROM contact_logs_fts WHERE contact_logs_fts MATCH ?", [match]
                ).fetchall()

            search = JournalFilter(text=text)
            domain = statistics.median(timed(lambda f=search: journal(store, f), bench.repeat))
            floor = statistics.median(timed(bare_fts, bench.repeat))
            per_query[text] = {"median": domain, "bare_fts": floor}
            samples.append(domain)
            floors.append(floor)
    return [
        Figure(
            "journal search per keystroke",
            bench.size,
            samples,
            statistic="p95",
            floor=Floor("bare FTS5 query", floors),
            paired=True,
            target=Target(at_most=30, ratio=3),
            details=per_query,
            note=f"{len(samples)} queries: {len(PHRASES) + len(cases.rare_words)} phrases "
            "typed a keystroke at a time; first page of 200, newest first, with highlights",
        )
    ]


@measurement("follow-ups and one partnership")
def detail_figures(bench: Bench) -> list[Figure]:
    cases = _cases(bench)
    figures = []
    with bench.open() as store, bench.bare() as bare:
        follow, follow_floor = against_bare_sql(
            bench,
            store,
            bare,
            lambda: (open_follow_ups(store), due_follow_ups(store, bench.today)),
        )
        figures.append(
            Figure(
                "follow-ups (open and due)",
                bench.size,
                follow,
                floor=Floor("its SQL, bare", follow_floor),
                target=Target(at_most=30, ratio=3, from_issue=False),
            )
        )
        for label, pid in (
            ("decade-long", cases.flagship),
            ("typical", cases.typical_partnership),
        ):
            times, floor = against_bare_sql(
                bench, store, bare, lambda pid=pid: open_partnership(store, pid, bench.today)
            )
            figures.append(
                Figure(
                    f"one partnership's reads ({label})",
                    bench.size,
                    times,
                    floor=Floor("its SQL, bare", floor),
                    target=Target(at_most=30, ratio=3, from_issue=False),
                    note="members, history, first journal page, assessments, leaders' last contact",
                )
            )
    return figures


def open_partnership(store: Store, partnership_id: int, today: date) -> None:
    """What the partnership view reads when it opens."""
    members(store, partnership_id)
    continuum_history(store, partnership_id)
    stage_history(store, partnership_id)
    journal(store, JournalFilter(partnership_id=partnership_id))
    assessments(store, partnership_id)
    last_leader_contact(store, partnership_id, today)


def reading_session(store: Store, today: date) -> None:
    """What a user's session reads: for the memory figure (run inside the app's process)."""
    cases = Cases.find(store.conn)
    attention(portfolio(store, today), today)
    for journal_filter in cases.journal_filters(today).values():
        _pages(store, journal_filter, 5)()
    for text in cases.typed_queries():
        journal(store, JournalFilter(text=text))
    open_follow_ups(store)
    open_partnership(store, cases.flagship, today)
