"""Open follow-ups as an iCalendar file, so that they appear in the user's calendar.

Each open follow-up becomes an **all-day event** (VEVENT with a DATE start and the next day
as its end) on the day it is due. A to-do (VTODO) would say "task" more exactly, but Google
Calendar, Outlook and several phone calendars ignore to-dos in an imported file, while every
calendar shows all-day events; the events are marked TRANSPARENT so they never make the user
look busy.

* **Stable identities.** An event's UID is made from the journal entry's id and the moment the
  entry was made (``follow-up-42-20261120T101530123Z@partnerdesk``), so importing a newer
  export updates the events of an older one instead of adding them twice, and a restored
  database keeps the same UIDs. SEQUENCE and LAST-MODIFIED follow the entry's last change, so
  a calendar takes an edited follow-up as the newer version. An export of unchanged data is
  byte for byte the same file.
* **Private entries.** A calendar is often shared or synced to a server, so a private entry's
  follow-up is exported as ``CLASS:PRIVATE`` with only the partnership's (or organisation's)
  name and no text from the entry, unless ``include_private`` asks for its text.
* Follow-ups already done are not exported.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from icalendar import Calendar, Event

from partnerdesk import __version__
from partnerdesk.domain.vocabulary import Channel
from partnerdesk.exports.errors import writing
from partnerdesk.files import atomic_write
from partnerdesk.progress import CancelCheck, Progress, Steps
from partnerdesk.store import exchange
from partnerdesk.store.connection import Store

#: The domain part of every follow-up's UID.
UID_DOMAIN = "partnerdesk"


def _timestamp(value: str) -> datetime:
    return datetime.fromisoformat(value).astimezone(UTC)


def follow_up_uid(row: dict[str, Any]) -> str:
    """The calendar identity of a journal entry's follow-up (stable across exports)."""
    made = "".join(ch for ch in row["created_at"] if ch.isalnum())
    return f"follow-up-{row['id']}-{made}@{UID_DOMAIN}"


def _about(row: dict[str, Any]) -> str:
    names = [row["partnership_name"], row["organisation_name"]]
    return " · ".join(name for name in names if name)


def follow_up_event(row: dict[str, Any], *, include_private: bool = False) -> Event:
    """The all-day event of one open follow-up (a row of ``open_follow_up_rows``)."""
    due = date.fromisoformat(row["follow_up_on"])
    created = _timestamp(row["created_at"])
    changed = _timestamp(row["updated_at"])
    about = _about(row)
    hidden = bool(row["private"]) and not include_private
    event = Event()
    event.add("uid", follow_up_uid(row))
    event.add("dtstamp", changed)
    event.add("last-modified", changed)
    # Whole seconds since the entry was made: grows with every edit, unchanged otherwise.
    event.add("sequence", max(0, int((changed - created).total_seconds())))
    event.add("dtstart", due)
    event.add("dtend", due + timedelta(days=1))
    event.add("transp", "TRANSPARENT")
    event.add("categories", ["PartnerDesk"])
    if hidden:
        event.add("summary", f"Follow up: {about}" if about else "Follow up")
        event.add("class", "PRIVATE")
        return event
    event.add("summary", f"Follow up: {row['summary']}" + (f" ({about})" if about else ""))
    channel = Channel(row["channel"]).label.lower()
    lines = [f"From the {channel} on {row['occurred_on']}: {row['summary']}"]
    if row["details"]:
        lines += ["", row["details"]]
    if about:
        lines += ["", f"With: {about}"]
    event.add("description", "\n".join(lines))
    event.add("class", "PRIVATE" if row["private"] else "PUBLIC")
    return event


def _calendar() -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", f"-//PartnerDesk//PartnerDesk {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "PartnerDesk follow-ups")
    return calendar


def export_ics(
    store: Store,
    target: Path,
    *,
    include_private: bool = False,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> int:
    """Write every open follow-up to ``target`` as an .ics file; return how many.

    Written atomically: a failed or cancelled export leaves ``target`` as it was.
    """
    calendar = _calendar()
    with exchange.snapshot(store):
        rows = list(exchange.open_follow_up_rows(store))
    steps = Steps(len(rows), progress, cancelled, every=200)
    steps.check()
    for row in rows:
        calendar.add_component(follow_up_event(row, include_private=include_private))
        steps.advance()
    with writing(Path(target)), atomic_write(Path(target), "wb") as stream:
        stream.write(calendar.to_ical())
    steps.finish()
    return len(rows)
