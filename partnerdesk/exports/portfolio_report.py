"""The portfolio report, as PDF or HTML: every partnership at a glance.

``export_portfolio(store, target, fmt)`` writes it; :func:`portfolio_document` builds the
document (for the window's preview). It holds the portfolio map (every assessed partnership by
kind and latest strength, against what its kind calls for), what needs attention and why, and a
table of every partnership with its partners, kind, stage, integration strength and its change,
last contact, when the leaders last met and what needs attention.

The report holds no notes and no journal text: only names, the model's words, dates and
figures. Its strengths are those of the latest assessments, private ones included, as in the
window. As with the summary, :func:`read_portfolio` reads it on any thread and
:func:`portfolio_from` draws its chart on the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from partnerdesk.domain.charts import PortfolioMap, portfolio_map
from partnerdesk.domain.organisations import my_organisation
from partnerdesk.domain.portfolio import (
    DEFAULT_ASSESSMENT_INTERVAL_DAYS,
    DEFAULT_LEADER_THRESHOLD_DAYS,
    Attention,
    PortfolioRow,
    attention,
    portfolio,
)
from partnerdesk.domain.records import Organisation
from partnerdesk.domain.vocabulary import Stage
from partnerdesk.exports.document import (
    Block,
    Document,
    Figure,
    Format,
    Heading,
    Inline,
    Paper,
    Paragraph,
    Run,
    Table,
    cell,
    chart_image,
    long_date,
    table_date,
    write_document,
)
from partnerdesk.gui.text import label, relative_days, short_label, strength_text, translate
from partnerdesk.store.connection import Store


@dataclass(frozen=True)
class PortfolioReading:
    """What the portfolio report shows, as read from the database."""

    today: date
    #: Every partnership, by name.
    rows: list[PortfolioRow]
    concerns: list[Attention]
    own: Organisation | None
    map: PortfolioMap


def read_portfolio(
    store: Store,
    *,
    today: date | None = None,
    leader_threshold_days: int = DEFAULT_LEADER_THRESHOLD_DAYS,
    assessment_interval_days: int = DEFAULT_ASSESSMENT_INTERVAL_DAYS,
) -> PortfolioReading:
    """Read what the portfolio report shows. Any thread, with its own ``store``.

    The thresholds are the user's preferences: when leaders count as apart, and when an
    active partnership is due an assessment."""
    today = today or date.today()
    rows = sorted(portfolio(store, today), key=lambda r: (r.name.casefold(), r.partnership_id))
    concerns = attention(
        rows,
        today,
        leader_threshold_days=leader_threshold_days,
        assessment_interval_days=assessment_interval_days,
    )
    return PortfolioReading(
        today, rows, concerns, my_organisation(store), portfolio_map(store, today)
    )


def portfolio_document(
    store: Store,
    *,
    today: date | None = None,
    leader_threshold_days: int = DEFAULT_LEADER_THRESHOLD_DAYS,
    assessment_interval_days: int = DEFAULT_ASSESSMENT_INTERVAL_DAYS,
) -> Document:
    """The portfolio report as a document, ready to write as PDF or HTML. Must run on the GUI
    thread: it draws a chart."""
    return portfolio_from(
        read_portfolio(
            store,
            today=today,
            leader_threshold_days=leader_threshold_days,
            assessment_interval_days=assessment_interval_days,
        )
    )


def portfolio_from(reading: PortfolioReading) -> Document:
    """The portfolio report as a document, from what :func:`read_portfolio` read. GUI thread
    only: it draws the chart."""
    from partnerdesk.gui.charts.portfolio import PortfolioMapChart

    today, rows, concerns, own = reading.today, reading.rows, reading.concerns, reading.own
    if own is not None:
        subtitle = translate("PortfolioReport", "Prepared by %1 on %2").replace("%1", own.name)
    else:
        subtitle = translate("PortfolioReport", "Prepared on %2")
    subtitle = subtitle.replace("%2", long_date(today))
    subtitle += " · " + translate("PortfolioReport", "%n partnerships", None, len(rows))
    blocks: list[Block] = [
        Paragraph(
            cell(
                translate(
                    "PortfolioReport",
                    "Each partnership sits somewhere between a mutual service consortium "
                    "(similar organisations pooling resources), a joint venture (combining "
                    "different capabilities for an opportunity) and a value-chain partnership "
                    "(organisations from different sectors linking complementary skills). Its "
                    "integration strength is the mean of five levels rated from 0 to 5 now and "
                    "then: strategic, tactical, operational, interpersonal and cultural.",
                )
            ),
            muted=True,
        )
    ]
    if not rows:
        blocks.append(Paragraph(cell(translate("PortfolioReport", "No partnerships yet."))))
    else:
        blocks += _map(reading.map, PortfolioMapChart)
        blocks += _attention(concerns)
        blocks += _table(rows, concerns, today)
    return Document(
        title=translate("PortfolioReport", "Partnership portfolio"),
        subtitle=subtitle,
        blocks=tuple(blocks),
        footer=translate("PortfolioReport", "Partnership portfolio · %1").replace(
            "%1", long_date(today)
        ),
    )


def _map(data: PortfolioMap, chart_class: type) -> list[Block]:
    blocks: list[Block] = [Heading(translate("PortfolioReport", "The portfolio map"))]
    if data.is_empty:
        blocks.append(
            Paragraph(
                cell(
                    translate(
                        "PortfolioReport",
                        "No partnership has been assessed yet, so none can be placed on the map.",
                    )
                )
            )
        )
        return blocks
    caption = translate(
        "PortfolioReport",
        "Each assessed partnership by its kind (across) and latest integration strength (up), "
        "its colour and shape showing its stage and its size its contacts in the last %n "
        "days. The shaded band is what each kind calls for: the closer the kind, the deeper "
        "the integration it needs. A partnership below the band is less integrated than its "
        "kind needs.",
        None,
        data.window_days,
    )
    unplaced = [p.name for p in data.unplaced]
    if unplaced:
        caption += " " + translate(
            "PortfolioReport", "Not yet assessed, so not shown: %1."
        ).replace("%1", ", ".join(unplaced))
    blocks.append(
        Figure(
            chart_image(
                chart_class,
                data,
                name="portfolio-map",
                alt=translate("PortfolioReport", "Map of the partnerships by kind and strength"),
                size=(760, 500),
                width=640,
            ),
            caption,
        )
    )
    return blocks


def _attention(concerns: list[Attention]) -> list[Block]:
    blocks: list[Block] = [Heading(translate("PortfolioReport", "What needs attention"))]
    if not concerns:
        blocks.append(Paragraph(cell(translate("PortfolioReport", "Nothing needs attention now."))))
        return blocks
    # One row for each partnership, its reasons one a line, most pressing first.
    grouped: dict[int, list[Attention]] = {}
    for item in concerns:
        grouped.setdefault(item.partnership_id, []).append(item)
    rows = tuple(
        (
            cell(Run(items[0].partnership_name, strong=True)),
            cell("\n".join(item.reason(translate) for item in items)),
        )
        for items in grouped.values()
    )
    headers = (
        translate("PortfolioReport", "Partnership"),
        translate("PortfolioReport", "Why"),
    )
    blocks.append(Table(headers, rows, widths=(35, 65)))
    return blocks


def _days_ago(day: date | None, today: date, never: str) -> tuple[Inline, ...]:
    if day is None:
        return cell(Run(never, muted=True))
    return cell(table_date(day), Run("\n" + relative_days(day, today), muted=True))


def _strength(row: PortfolioRow) -> tuple[Inline, ...]:
    if row.strength is None or row.strength.overall is None:
        return cell(Run(translate("PortfolioReport", "not assessed"), muted=True))
    change = row.strength_change
    text = strength_text(row.strength.overall)
    if change is None or round(change, 1) == 0:
        return cell(text)
    step = strength_text(abs(change))
    return cell(text, Run(f"\n{'+' if change > 0 else '−'}{step}", muted=True))


def _table(rows: list[PortfolioRow], concerns: list[Attention], today: date) -> list[Block]:
    reasons: dict[int, list[str]] = {}
    for item in concerns:
        reasons.setdefault(item.partnership_id, []).append(item.reason(translate))
    body = []
    for row in rows:
        partners = ", ".join(row.partner_names)
        name: list[Inline] = [Run(row.name, strong=True)]
        if partners:
            name.append(Run("\n" + partners, muted=True))
        stage: list[Inline] = [label(row.stage)]
        if row.stage is Stage.ENDED or row.stage is Stage.DORMANT:
            stage = [Run(label(row.stage), muted=True)]
        body.append(
            (
                cell(*name),
                cell(short_label(row.kind)),
                cell(*stage),
                _strength(row),
                _days_ago(row.last_contact_on, today, translate("PortfolioReport", "none yet")),
                _days_ago(row.last_leader_contact_on, today, translate("PortfolioReport", "never")),
                cell("\n".join(reasons.get(row.partnership_id, []))),
            )
        )
    headers = (
        translate("PortfolioReport", "Partnership and partners"),
        translate("PortfolioReport", "Kind"),
        translate("PortfolioReport", "Stage"),
        translate("PortfolioReport", "Strength"),
        translate("PortfolioReport", "Last contact"),
        translate("PortfolioReport", "Leaders last met"),
        translate("PortfolioReport", "Needs attention"),
    )
    return [
        Heading(translate("PortfolioReport", "Every partnership")),
        Table(headers, tuple(body), numeric=frozenset({3}), widths=(22, 11, 8, 8, 13, 13, 25)),
        Paragraph(
            cell(
                translate(
                    "PortfolioReport",
                    "Strength is the latest assessment's, with its change since the one before. "
                    "Leaders last met: the last contact on the strategic level in which a leader "
                    "of a partner organisation took part.",
                )
            ),
            muted=True,
        ),
    ]


def export_portfolio(
    store: Store,
    target: Path,
    fmt: Format,
    *,
    today: date | None = None,
    leader_threshold_days: int = DEFAULT_LEADER_THRESHOLD_DAYS,
    assessment_interval_days: int = DEFAULT_ASSESSMENT_INTERVAL_DAYS,
    paper: Paper | None = None,
) -> list[Path]:
    """Write the portfolio report to ``target`` as PDF or HTML; return the files written.
    Must run on the GUI thread."""
    if fmt is Format.MARKDOWN:
        raise ValueError("the portfolio report is written as PDF or HTML")
    document = portfolio_document(
        store,
        today=today,
        leader_threshold_days=leader_threshold_days,
        assessment_interval_days=assessment_interval_days,
    )
    return write_document(document, Path(target), fmt, paper=paper)
