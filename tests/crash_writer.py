"""A program that keeps saving journal entries, for the crash tests to kill at random moments.

``python crash_writer.py DB FIRST [COUNT]`` logs entries numbered FIRST, FIRST+1, ... (for ever
unless COUNT is given) and prints ``saved N ID`` after each save has returned, flushing at
once: every line printed is a save the user was told had succeeded. ``backup`` as FIRST makes
backups in a loop instead and prints ``backed-up PATH`` after each.

What entry N holds is a function of N (:func:`expected`), so whoever reads the database after
a crash can tell a whole entry from a torn one.
"""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path

from partnerdesk.domain.journal import log_contact
from partnerdesk.domain.partnerships import create_partnership, find_partnership
from partnerdesk.domain.vocabulary import Kind, Level
from partnerdesk.store.backup import make_backup
from partnerdesk.store.connection import Store, open_store

PARTNERSHIP = "Flour Buying Co-op"


def expected(number: int) -> tuple[str, int, frozenset[Level]]:
    """The summary, the length of the details and the levels of entry ``number``."""
    chooser = random.Random(number)
    # Mostly short entries, some of 20-200 kB: the write-ahead log fills up and is
    # checkpointed into the database file now and then, which is a moment worth killing too.
    length = chooser.choice([0, 40, 300, 2_000]) if chooser.random() < 0.9 else 0
    if chooser.random() < 0.08:
        length = chooser.randrange(20_000, 200_000)
    levels = frozenset(level for level in Level if chooser.random() < 0.4)
    return f"entry {number}", length, levels


def details(number: int, length: int) -> str | None:
    """The details text of entry ``number``: ``length`` characters, not all ASCII."""
    if length == 0:
        return None
    unit = f"Entry {number} — ümlaut, 漢字, שלום; "
    return (unit * (length // len(unit) + 1))[:length].rstrip() or None


def _partnership_id(store: Store) -> int:
    try:
        return find_partnership(store, PARTNERSHIP).id
    except LookupError:
        return create_partnership(store, PARTNERSHIP, Kind.CONSORTIUM, include_self=False).id


def write_entries(path: Path, first: int, count: int | None) -> None:
    """Log entries for ever (or ``count`` of them), reporting each save once it has returned."""
    with open_store(path) as store:
        partnership_id = _partnership_id(store)
        # What writing needs is loaded on the first write (the window loads it once it is up):
        # load it before saying ready, so that the writes begin at once.
        assert store.db is not None
        print("ready", flush=True)
        number = first
        while count is None or number < first + count:
            summary, length, levels = expected(number)
            entry = log_contact(
                store,
                occurred_on=date(2026, 1, 1) + timedelta(days=number % 300),
                summary=summary,
                details=details(number, length),
                partnership_id=partnership_id,
                levels=levels,
            )
            print(f"saved {number} {entry.id}", flush=True)
            number += 1


def write_backups(path: Path) -> None:
    """Back up the database again and again, reporting each backup once it is in place."""
    print("ready", flush=True)
    while True:
        info = make_backup(path)
        print(f"backed-up {info.path}", flush=True)


if __name__ == "__main__":
    database = Path(sys.argv[1])
    if sys.argv[2] == "backup":
        write_backups(database)
    else:
        write_entries(database, int(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else None)
