"""The summary of a partnership to share with a partner, as PDF, HTML or Markdown.

``export_summary(store, partnership_id, target, fmt)`` writes it; :func:`summary_document`
builds the document (for the window's preview, which shows the same document the file gets).

What it holds, in order: the partnership (kind with its meaning, stage, purpose, since when,
members and their roles); its history along the continuum and through the stages; its
integration over time and the latest assessment as charts, with each level's change since the
assessment before; its contacts of the period counted by month and by level, and who took part
on each side; its recent journal entries (date, channel, summary, who); its open follow-ups.
It explains the partnership model in a sentence wherever it is used, for readers who have
never heard of Kanter.

What it leaves out is decided by :func:`partnerdesk.domain.summary.partnership_summary`: by
default private entries and assessments, notes, and the details of entries. With
``include_private`` it is the owner's archive copy, and says so in a framed notice on its first
page and at the foot of every printed page.

Building it has two steps: :func:`read_summary` reads what it shows from the database, on
any thread with a connection of its own; :func:`summary_from` turns that into the document and
draws its charts, which Qt allows only on the thread that runs the QApplication (see
:mod:`partnerdesk.gui.charts.render`). The window reads on a worker and draws here;
:func:`summary_document` does both at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from partnerdesk.domain.charts import IntegrationHistory, Snapshot, integration_history, snapshot
from partnerdesk.domain.records import KindChange, StageChange
from partnerdesk.domain.summary import PartnershipSummary, partnership_summary
from partnerdesk.domain.vocabulary import Kind, Level
from partnerdesk.exports.document import (
    Block,
    Document,
    Facts,
    Figure,
    Format,
    Heading,
    Line,
    Notice,
    Paper,
    Paragraph,
    Run,
    Table,
    cell,
    chart_image,
    long_date,
    month_name,
    table_date,
    write_document,
)
from partnerdesk.gui.text import in_sentence, label, meaning, short_label, strength_text, translate
from partnerdesk.store.connection import Store

#: Where a zero would only add noise to a table of counts.
NONE = "–"


def _count(value: int) -> str:
    return str(value) if value else NONE


@dataclass(frozen=True)
class SummaryReading:
    """What a partnership's summary shows, as read from the database."""

    data: PartnershipSummary
    #: The levels over time and the latest assessment beside the one before; None when the
    #: partnership has not been assessed.
    history: IntegrationHistory | None
    radar: Snapshot | None


def read_summary(
    store: Store,
    partnership_id: int,
    *,
    today: date | None = None,
    since: date | None = None,
    include_private: bool = False,
) -> SummaryReading:
    """Read what the summary of a partnership shows. Any thread, with its own ``store``."""
    today = today or date.today()
    data = partnership_summary(
        store, partnership_id, today, since=since, include_private=include_private
    )
    if data.latest is None:
        return SummaryReading(data, None, None)
    history = integration_history(store, partnership_id, today, include_private=include_private)
    radar = snapshot(store, partnership_id, include_private=include_private)
    return SummaryReading(data, history, radar)


def summary_document(
    store: Store,
    partnership_id: int,
    *,
    today: date | None = None,
    since: date | None = None,
    include_private: bool = False,
) -> Document:
    """The summary of a partnership as a document, ready to write in any format.

    Must run on the GUI thread: it draws the charts.
    """
    return summary_from(
        read_summary(
            store, partnership_id, today=today, since=since, include_private=include_private
        )
    )


def summary_from(reading: SummaryReading) -> Document:
    """The summary as a document, from what :func:`read_summary` read. GUI thread only: it
    draws the charts."""
    data = reading.data
    include_private = data.include_private
    today = data.today
    blocks: list[Block] = []
    if include_private:
        blocks.append(
            Notice(
                translate("Summary", "Owner's archive copy: not for sharing"),
                translate(
                    "Summary",
                    "This copy includes private journal entries, private assessments and "
                    "notes. To share the summary with a partner, export it again without "
                    "private entries.",
                ),
            )
        )
    blocks += _partnership(data)
    blocks += _continuum(data)
    blocks += _integration(reading)
    blocks += _activity(data)
    blocks += _entries(data)
    blocks += _follow_ups(data)
    name = data.partnership.name
    footer = translate("Summary", "Summary of %1 · %2").replace("%1", name)
    return Document(
        title=name,
        subtitle=_subtitle(data),
        blocks=tuple(blocks),
        footer=footer.replace("%2", long_date(today)),
        warning=translate("Summary", "Owner's archive copy with private entries: not for sharing")
        if include_private
        else None,
    )


def _subtitle(data: PartnershipSummary) -> str:
    if data.prepared_by:
        text = translate("Summary", "Partnership summary prepared by %1 on %2")
        return text.replace("%1", data.prepared_by).replace("%2", long_date(data.today))
    return translate("Summary", "Partnership summary prepared on %1").replace(
        "%1", long_date(data.today)
    )


# --- the partnership ---------------------------------------------------------------------


def _partnership(data: PartnershipSummary) -> list[Block]:
    p = data.partnership
    facts: list[tuple[str, Line]] = [
        (
            translate("Summary", "Kind"),
            cell(Run(label(p.kind), strong=True), " — ", meaning(p.kind)),
        ),
        (
            translate("Summary", "Stage"),
            cell(Run(label(p.stage), strong=True), " — ", meaning(p.stage)),
        ),
    ]
    if p.purpose:
        facts.append((translate("Summary", "Purpose"), cell(p.purpose)))
    if p.started_on:
        facts.append((translate("Summary", "Since"), cell(long_date(p.started_on))))
    if p.ended_on:
        facts.append((translate("Summary", "Ended"), cell(long_date(p.ended_on))))
    if p.notes:
        facts.append((translate("Summary", "Notes (private)"), cell(p.notes)))
    blocks: list[Block] = [Heading(translate("Summary", "The partnership")), Facts(tuple(facts))]
    if data.members:
        # The dates are often not recorded: a column of them only where there are some.
        joined = any(m.joined_on for m in data.members)
        left = any(m.left_on for m in data.members)
        headers = [translate("Summary", "Member"), translate("Summary", "Role in the partnership")]
        if joined:
            headers.append(translate("Summary", "Joined"))
        if left:
            headers.append(translate("Summary", "Left"))
        rows = []
        for member in data.members:
            row = [cell(member.organisation_name), cell(member.role or "")]
            if joined:
                row.append(cell(table_date(member.joined_on) if member.joined_on else ""))
            if left:
                row.append(cell(table_date(member.left_on) if member.left_on else ""))
            rows.append(tuple(row))
        blocks += [
            Heading(translate("Summary", "Members and their roles"), level=3),
            Table(tuple(headers), tuple(rows)),
        ]
    return blocks


# --- the continuum -----------------------------------------------------------------------


def _continuum(data: PartnershipSummary) -> list[Block]:
    current = data.partnership.kind
    line: list[str | Run] = []
    for kind in Kind:
        if line:
            line.append(" → ")
        line.append(Run(short_label(kind), strong=kind is current))
    blocks: list[Block] = [
        Heading(translate("Summary", "Along the continuum")),
        Paragraph(
            cell(
                translate(
                    "Summary",
                    "Partnerships range from loose to close: a mutual service consortium "
                    "(similar organisations pooling resources), a joint venture (combining "
                    "different capabilities for an opportunity) and a value-chain partnership "
                    "(organisations from different sectors linking complementary skills to "
                    "create more value for customers). A partnership can move along this "
                    "line as it grows.",
                )
            ),
            muted=True,
        ),
        Paragraph(cell(translate("Summary", "Now: "), *line)),
    ]
    if data.history:
        rows = tuple(
            (cell(table_date(change.changed_on)), cell(_change(change)), cell(change.note or ""))
            for change in data.history
        )
        headers = (
            translate("Summary", "Date"),
            translate("Summary", "What changed"),
            translate("Summary", "Why"),
        )
        blocks.append(Table(headers, rows, widths=(14, 43, 43)))
    return blocks


def _change(change: KindChange | StageChange) -> str:
    if isinstance(change, KindChange):
        if change.from_kind is None:
            return translate("Summary", "Started as a %1").replace(
                "%1", in_sentence(change.to_kind)
            )
        return (
            translate("Summary", "Moved along the continuum from %1 to %2")
            .replace("%1", in_sentence(change.from_kind))
            .replace("%2", in_sentence(change.to_kind))
        )
    if change.from_stage is None:
        return translate("Summary", "Stage: %1").replace("%1", label(change.to_stage))
    return (
        translate("Summary", "Stage: %1 → %2")
        .replace("%1", label(change.from_stage))
        .replace("%2", label(change.to_stage))
    )


# --- integration -------------------------------------------------------------------------


def _integration(reading: SummaryReading) -> list[Block]:
    from partnerdesk.gui.charts.integration import IntegrationChart
    from partnerdesk.gui.charts.radar import RadarChart, change_text

    blocks: list[Block] = [
        Heading(translate("Summary", "Integration")),
        Paragraph(
            cell(
                translate(
                    "Summary",
                    "How closely the organisations work together, rated now and then from 0 "
                    "(not at all) to 5 (deeply embedded) at five levels: strategic (the "
                    "leaders stay in contact), tactical (managers plan joint work), "
                    "operational (people share resources and information), interpersonal "
                    "(personal ties) and cultural (bridging differences). The overall strength "
                    "is the mean of the levels rated.",
                )
            ),
            muted=True,
        ),
    ]
    data, history, radar = reading.data, reading.history, reading.radar
    latest, previous = data.latest, data.previous
    if latest is None or history is None or radar is None:
        blocks.append(Paragraph(cell(translate("Summary", "Not assessed yet."))))
        return blocks
    private = data.include_private
    blocks.append(
        Figure(
            chart_image(
                IntegrationChart,
                history,
                name="integration",
                alt=translate("Summary", "Chart of the five levels of integration over time"),
                size=(720, 300),
                width=640,
            ),
            translate(
                "Summary",
                "Integration over time: each level in its own colour and line style, the "
                "overall strength as the thick line with a dot at each assessment. The shading "
                "shows the kind of partnership, the dashed lines its changes of stage.",
            ),
        )
    )
    if previous is None:
        heading = translate("Summary", "The latest assessment, %1")
    else:
        heading = translate("Summary", "The latest assessment, %1, beside the one of %2")
        heading = heading.replace("%2", long_date(previous.assessed_on))
    blocks.append(Heading(heading.replace("%1", long_date(latest.assessed_on)), level=3))
    blocks.append(
        Figure(
            chart_image(
                RadarChart,
                radar,
                name="snapshot",
                alt=translate("Summary", "Radar chart of the latest assessment's five levels"),
                size=(600, 440),
                width=440,
            ),
            translate("Summary", "The latest assessment (filled) over the one before (dashed).")
            if previous is not None
            else translate("Summary", "The latest assessment."),
        )
    )
    rows = []
    for item in data.level_scores():
        rows.append(
            (
                cell(Run(label(item.level), strong=True)),
                cell(meaning(item.level)),
                cell(NONE if item.score is None else str(item.score)),
                cell(change_text(item.score, item.previous) or NONE),
            )
        )
    rows.append(
        (
            cell(translate("Summary", "Overall strength")),
            cell(""),
            cell(strength_text(latest.strength)),
            cell(_strength_change(latest.strength, previous.strength if previous else None)),
        )
    )
    blocks.append(
        Table(
            (
                translate("Summary", "Level"),
                translate("Summary", "What it means"),
                translate("Summary", "Score"),
                translate("Summary", "Change"),
            ),
            tuple(rows),
            numeric=frozenset({2, 3}),
            total=True,
        )
    )
    if private and latest.note:
        blocks.append(
            Paragraph(cell(Run(translate("Summary", "Note: "), strong=True), latest.note))
        )
    if private and len(data.assessments) > 1:
        blocks += _all_assessments(data)
    return blocks


def _strength_change(now: float | None, before: float | None) -> str:
    if now is None or before is None:
        return NONE
    difference = round(now - before, 1)
    if difference == 0:
        return "="
    text = strength_text(abs(difference))
    return f"+{text}" if difference > 0 else f"−{text}"


def _all_assessments(data: PartnershipSummary) -> list[Block]:
    headers = (
        translate("Summary", "Date"),
        *(label(level) for level in Level),
        translate("Summary", "Strength"),
        translate("Summary", "Note"),
    )
    rows = []
    for assessment in reversed(data.assessments):
        note: list[str | Run] = []
        if assessment.private:
            note.append(Run(translate("Summary", "Private. "), strong=True))
        note.append(assessment.note or "")
        rows.append(
            (
                cell(table_date(assessment.assessed_on)),
                *(
                    cell(NONE if score is None else str(score))
                    for score in assessment.scores.values()
                ),
                cell(strength_text(assessment.strength)),
                cell(*note),
            )
        )
    return [
        Heading(translate("Summary", "Every assessment"), level=3),
        Table(headers, tuple(rows), numeric=frozenset(range(1, 7))),
    ]


# --- contacts ----------------------------------------------------------------------------


def _period(data: PartnershipSummary) -> str:
    return (
        translate("Summary", "%1 to %2")
        .replace("%1", long_date(data.since))
        .replace("%2", long_date(data.today))
    )


def _activity(data: PartnershipSummary) -> list[Block]:
    heading = translate("Summary", "Contacts from %1").replace("%1", _period(data))
    blocks: list[Block] = [Heading(heading)]
    if data.contacts == 0:
        blocks.append(Paragraph(cell(translate("Summary", "No contacts in this period."))))
        return blocks
    total = translate("Summary", "%n contacts", None, data.contacts)
    leaders = translate(
        "Summary",
        "%n of them with a leader of a partner organisation.",
        None,
        data.contacts_with_leaders,
    )
    blocks.append(Paragraph(cell(Run(total, strong=True), ", ", leaders)))
    headers = (
        translate("Summary", "Month"),
        translate("Summary", "Contacts"),
        *(label(level) for level in Level),
        translate("Summary", "With their leaders"),
    )
    rows = [
        (
            cell(month_name(month.month)),
            cell(_count(month.contacts)),
            *(cell(_count(month.by_level.get(level, 0))) for level in Level),
            cell(_count(month.with_leader)),
        )
        for month in data.months
    ]
    by_level = data.contacts_by_level()
    rows.append(
        (
            cell(translate("Summary", "In all")),
            cell(str(data.contacts)),
            *(cell(_count(by_level[level])) for level in Level),
            cell(_count(data.contacts_with_leaders)),
        )
    )
    blocks += [
        Table(headers, tuple(rows), numeric=frozenset(range(1, len(headers))), total=True),
        Paragraph(
            cell(
                translate(
                    "Summary",
                    "The levels are those each contact touched; a contact that touched two "
                    "levels counts under both.",
                )
            ),
            muted=True,
        ),
    ]
    blocks += _people(data)
    return blocks


def _people(data: PartnershipSummary) -> list[Block]:
    if not data.people:
        return []
    blocks: list[Block] = [Heading(translate("Summary", "Who took part"), level=3)]
    headers = (
        translate("Summary", "Name"),
        translate("Summary", "Organisation"),
        translate("Summary", "Role"),
        translate("Summary", "Contacts"),
    )
    for people, title in (
        (data.own_people, _own_side(data)),
        (data.partner_people, translate("Summary", "From the partners")),
    ):
        if not people:
            continue
        rows = tuple(
            (
                cell(person.name),
                cell(person.organisation or ""),
                cell(person.role_title or ""),
                cell(str(person.contacts)),
            )
            for person in people
        )
        blocks += [
            Heading(title, level=4),
            Table(headers, rows, numeric=frozenset({3})),
        ]
    return blocks


def _own_side(data: PartnershipSummary) -> str:
    if data.prepared_by:
        return translate("Summary", "From %1").replace("%1", data.prepared_by)
    return translate("Summary", "From our side")


# --- the journal and follow-ups ----------------------------------------------------------


def _entries(data: PartnershipSummary) -> list[Block]:
    blocks: list[Block] = [Heading(translate("Summary", "Recent contacts"))]
    if not data.entries:
        blocks.append(Paragraph(cell(translate("Summary", "Nothing logged in this period."))))
        return blocks
    if len(data.entries) < data.entry_count:
        intro = (
            translate(
                "Summary",
                "The %1 most recent of %n entries since %2, newest first.",
                None,
                data.entry_count,
            )
            .replace("%1", str(len(data.entries)))
            .replace("%2", long_date(data.since))
        )
    else:
        intro = translate("Summary", "Every entry since %1, newest first.", None).replace(
            "%1", long_date(data.since)
        )
    blocks.append(Paragraph(cell(intro), muted=True))
    rows = []
    for item in data.entries:
        entry = item.entry
        what: list[str | Run] = []
        if entry.private:
            what.append(Run(translate("Summary", "Private. "), strong=True))
        what.append(entry.summary)
        if entry.details:
            what.append(Run("\n" + entry.details, muted=True))
        rows.append(
            (
                cell(table_date(entry.occurred_on)),
                cell(label(entry.channel)),
                cell(*what),
                cell(", ".join(item.people_names)),
            )
        )
    headers = (
        translate("Summary", "Date"),
        translate("Summary", "How"),
        translate("Summary", "What happened"),
        translate("Summary", "Who took part"),
    )
    blocks.append(Table(headers, tuple(rows), widths=(14, 11, 45, 30)))
    return blocks


def _follow_ups(data: PartnershipSummary) -> list[Block]:
    blocks: list[Block] = [
        Heading(translate("Summary", "Open follow-ups")),
    ]
    if not data.follow_ups:
        blocks.append(Paragraph(cell(translate("Summary", "None open."))))
        return blocks
    blocks.append(
        Paragraph(
            cell(translate("Summary", "What was agreed and is still to be done.")), muted=True
        )
    )
    rows = []
    for follow_up in data.follow_ups:
        due: list[str | Run] = [table_date(follow_up.due_on)]
        if follow_up.due_on < data.today:
            due.append(Run(" " + translate("Summary", "(overdue)"), muted=True))
        what: list[str | Run] = []
        if follow_up.private:
            what.append(Run(translate("Summary", "Private. "), strong=True))
        what.append(follow_up.summary)
        rows.append((cell(*due), cell(*what), cell(table_date(follow_up.occurred_on))))
    headers = (
        translate("Summary", "Due"),
        translate("Summary", "What"),
        translate("Summary", "Agreed on"),
    )
    blocks.append(Table(headers, tuple(rows), widths=(18, 64, 18)))
    return blocks


# --- writing -----------------------------------------------------------------------------


def export_summary(
    store: Store,
    partnership_id: int,
    target: Path,
    fmt: Format,
    *,
    today: date | None = None,
    since: date | None = None,
    include_private: bool = False,
    paper: Paper | None = None,
) -> list[Path]:
    """Write the summary of a partnership to ``target`` as ``fmt``; return the files written
    (a Markdown file's images go into a folder beside it). Must run on the GUI thread."""
    document = summary_document(
        store, partnership_id, today=today, since=since, include_private=include_private
    )
    return write_document(document, Path(target), fmt, paper=paper)
