"""Documents to share: one model of a document, written as HTML, Markdown or PDF.

A :class:`Document` is a title and a sequence of blocks (headings, paragraphs, facts, tables,
figures, a notice). The documents PartnerDesk writes (:mod:`partnerdesk.exports.summary`,
:mod:`partnerdesk.exports.portfolio_report`) are built as such a model from plain text, and
only the writers here turn it into a format:

* :func:`to_html` — one self-contained HTML file: the style sheet inline, images as ``data:``
  URIs, no scripts, and a Content-Security-Policy that forbids fetching or running anything;
* :func:`to_markdown` — Markdown (CommonMark with GitHub's tables), images linked relatively
  to PNG files written beside it;
* :class:`PrintLayout` — the same HTML laid out by Qt on A4 or Letter pages, written to PDF
  with :class:`~PySide6.QtGui.QPdfWriter` and drawn page by page for the preview, so that the
  preview shows exactly the pages the PDF holds. A layout made on a worker thread reaches the
  window as :class:`PrintedPages`, its pages recorded.

Because builders never write markup, every piece of text a user typed reaches a file through
:mod:`partnerdesk.exports.escaping`, here and only here: a name holding ``<script>`` or
``](javascript:…)`` comes out as that text.
"""

from __future__ import annotations

import base64
import re
import statistics
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QDate,
    QIODevice,
    QLocale,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPicture,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextOption,
)

from partnerdesk import __version__
from partnerdesk.exports.errors import ExportFailedError, writing
from partnerdesk.exports.escaping import html_text, markdown_cell, markdown_text
from partnerdesk.files import atomic_path, atomic_write
from partnerdesk.gui.text import translate
from partnerdesk.progress import CancelCheck, Cancelled

if TYPE_CHECKING:
    from partnerdesk.gui.charts.base import Chart

# --- the model -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    """A piece of text within a line, shown strong (bold) or muted (grey) if asked."""

    text: str
    strong: bool = False
    muted: bool = False


#: A piece of a line: plain text, or a :class:`Run`.
Inline = str | Run
#: A line of text made of pieces.
Line = tuple[Inline, ...]


@dataclass(frozen=True)
class Heading:
    """A section heading (level 2) or a sub-heading (level 3 or 4). On printed pages a heading
    is never the last line of a page."""

    text: str
    level: int = 2


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of text."""

    parts: Line
    muted: bool = False


@dataclass(frozen=True)
class Facts:
    """Labelled facts, one a line: "Kind — Joint venture"."""

    rows: tuple[tuple[str, Line], ...]


@dataclass(frozen=True)
class Table:
    """A table with a header row; ``numeric`` columns are aligned right, and the last row is
    a total when ``total`` is set."""

    headers: tuple[str, ...]
    rows: tuple[tuple[Line, ...], ...]
    numeric: frozenset[int] = frozenset()
    total: bool = False
    #: Each column's share of the width, in per cent (empty: as their contents need).
    widths: tuple[int, ...] = ()


@dataclass(frozen=True)
class Image:
    """A picture, shown ``width`` × ``height`` CSS pixels large (its pixels may be more)."""

    #: Its file name without the extension, in the folder beside a Markdown file.
    name: str
    picture: QImage = field(repr=False)
    width: int
    height: int
    #: What it shows, for those who cannot see it.
    alt: str

    @cached_property
    def png(self) -> bytes:
        """The picture as PNG, encoded when first needed (pages printed never need it), on
        whichever thread needs it."""
        from partnerdesk.gui.charts.base import png_bytes

        return png_bytes(self.picture)

    def data_uri(self) -> str:
        """The image as a ``data:`` URI."""
        return "data:image/png;base64," + base64.b64encode(self.png).decode("ascii")


@dataclass(frozen=True)
class Figure:
    """An image with a caption under it."""

    image: Image
    caption: str


@dataclass(frozen=True)
class Notice:
    """A framed warning, such as the notice of an export that includes private entries."""

    title: str
    text: str


Block = Heading | Paragraph | Facts | Table | Figure | Notice


@dataclass(frozen=True)
class Document:
    """A document to write: a title, a line under it, its blocks, and what each printed
    page says at its foot."""

    title: str
    subtitle: str
    blocks: tuple[Block, ...]
    #: What the document is, at the foot of every printed page and at the end.
    footer: str
    #: Said at the foot of every printed page too, in red: the private-archive notice.
    warning: str | None = None

    @property
    def images(self) -> tuple[Image, ...]:
        """Every image of the document, in order."""
        return tuple(block.image for block in self.blocks if isinstance(block, Figure))


def cell(*parts: Inline) -> Line:
    """A table cell or a line from pieces of text."""
    return tuple(parts)


# --- words and pictures for documents --------------------------------------------------------


def _pattern(long_month: bool) -> str:
    """The locale's long date pattern without the weekday ("d MMMM yyyy", "MMMM d, yyyy")."""
    pattern = QLocale().dateFormat(QLocale.FormatType.LongFormat)
    pattern = re.sub(r"d{4}[,.]?\s*", "", pattern).strip(" ,")
    if "yy" not in pattern or "M" not in pattern:
        pattern = "d MMMM yyyy"
    return pattern if long_month else pattern.replace("MMMM", "MMM")


def long_date(day: date) -> str:
    """A date as a document's text writes it, in words: "23 November 2026"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), _pattern(True))


def table_date(day: date) -> str:
    """A date in a document's table, short but unambiguous anywhere: "23 Nov 2026"."""
    return _unbroken(QLocale().toString(QDate(day.year, day.month, day.day), _pattern(False)))


def month_name(month: date) -> str:
    """A month with its year: "Nov 2026"."""
    return _unbroken(QLocale().toString(QDate(month.year, month.month, 1), "MMM yyyy"))


def _unbroken(text: str) -> str:
    # A date in a narrow column must not break over two lines: no-break spaces.
    return text.replace(" ", "\u00a0")


def chart_image(
    chart_class: type[Chart],
    data: object,
    *,
    name: str,
    alt: str,
    size: tuple[int, int],
    width: int,
) -> Image:
    """A chart drawn for print (black on white) as an image ``width`` pixels wide in the
    document. It is drawn at ``size`` and three times that many pixels, so that its words are
    as large as a document's small print and it stays sharp on paper. GUI thread only."""
    from partnerdesk.gui.charts.render import render_image

    picture = render_image(chart_class, data, size, scale=3.0)
    return Image(name, picture, width, round(width * size[1] / size[0]), alt)


# --- HTML ------------------------------------------------------------------------------------

#: How the HTML file looks in a browser, on screen and printed. The centred column and the
#: unbroken numbers are for browsers only: the window's preview (Qt) reads a plain
#: "@media screen" but skips a block with a media feature, and would misplace its tables.
BROWSER_STYLE = """
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue",
  Arial, sans-serif; font-size: 15px; line-height: 1.45; color: #1f2328; background: #ffffff; }
@media screen and (min-width: 1px) {
  body { max-width: 50rem; margin: 2rem auto; padding: 0 1.25rem; }
  .num { white-space: nowrap; }
}
h1 { font-size: 1.9em; line-height: 1.2; margin: 0 0 0.2em; }
h2 { font-size: 1.3em; color: #17486e; margin: 1.8em 0 0.5em; padding-bottom: 0.2em;
  border-bottom: 1px solid #d0d7de; }
h3 { font-size: 1.05em; margin: 1.3em 0 0.4em; }
h4 { font-size: 1em; margin: 1em 0 0.3em; }
p { margin: 0.5em 0; }
.subtitle, .muted, .caption, .footer { color: #59636e; }
.subtitle { margin-bottom: 1.5em; }
table { border-collapse: collapse; width: 100%; margin-top: 0.5em; margin-bottom: 1em; }
th, td { text-align: left; vertical-align: top; padding: 0.35em 0.6em;
  border-bottom: 1px solid #e1e4e8; }
thead th { background: #f3f5f7; font-weight: 600; border-bottom: 1px solid #c9d1d9; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.total td { font-weight: 600; border-top: 1px solid #c9d1d9; }
table.compact th, table.compact td { font-size: 13px; padding: 0.3em 0.4em; }
table.facts th { width: 9em; font-weight: normal; color: #59636e; }
table.facts th, table.facts td { border: none; padding: 0.2em 0.6em 0.2em 0; }
.figure { text-align: center; margin: 1em 0 1.5em; }
.figure img { max-width: 100%; height: auto; }
.caption { font-size: 0.9em; margin-top: 0.3em; }
table.notice { border: 2px solid #b3261e; background: #fdecea; }
table.notice td { color: #6b1510; border: none; padding: 0.6em 0.9em; }
.footer { margin-top: 3em; padding-top: 0.6em; border-top: 1px solid #e1e4e8;
  font-size: 0.85em; }
@media print {
  body { font-size: 10pt; }
  h2, h3 { break-after: avoid; }
  tr, .figure { break-inside: avoid; }
}
"""

#: How Qt lays the same HTML out on the pages of a PDF (Qt reads a subset of CSS; its lengths
#: are CSS pixels, 96 to the inch).
PRINT_STYLE = """
body { font-size: 9.5pt; color: #1f2328; }
h1 { font-size: 19pt; margin-top: 0px; margin-bottom: 2px; }
h2 { font-size: 13pt; color: #17486e; margin-top: 22px; margin-bottom: 6px; }
h3 { font-size: 10.5pt; margin-top: 14px; margin-bottom: 4px; }
h4 { font-size: 9.5pt; margin-top: 10px; margin-bottom: 2px; }
p { margin-top: 4px; margin-bottom: 4px; }
.subtitle, .muted, .caption { color: #59636e; }
.subtitle { margin-bottom: 6px; }
table { border-collapse: collapse; margin-top: 4px; margin-bottom: 10px; }
th { text-align: left; background-color: #eef1f4; font-weight: 600; }
td { border-bottom: 1px solid #dde1e5; }
th.num, td.num { text-align: right; }
tr.total td { font-weight: 600; }
table.compact th, table.compact td { font-size: 8.5pt; }
table.facts th { background-color: #ffffff; font-weight: normal; color: #59636e; }
table.facts td { border-bottom: none; }
.figure { text-align: center; margin-top: 8px; margin-bottom: 2px; }
.caption { font-size: 8.5pt; margin-top: 2px; margin-bottom: 12px; }
table.notice { background-color: #fdecea; border: 2px solid #b3261e; margin-bottom: 6px; }
table.notice td { color: #6b1510; border-bottom: none; }
"""


def _inline_html(part: Inline) -> str:
    if isinstance(part, str):
        return html_text(part)
    text = html_text(part.text)
    if part.muted:
        text = f'<span class="muted">{text}</span>'
    return f"<strong>{text}</strong>" if part.strong else text


def _line_html(line: Line) -> str:
    return "".join(_inline_html(part) for part in line).replace("\n", "<br>")


@dataclass(frozen=True)
class PageBreaks:
    """Where printed pages break besides where they are full: before these blocks (by their
    index in the document), and inside tables before these rows (the table goes on with its
    header on the new page)."""

    before: frozenset[int] = frozenset()
    rows: frozenset[tuple[int, int]] = frozenset()

    def adding(self, *, block: int | None = None, row: tuple[int, int] | None = None) -> PageBreaks:
        """These breaks and one more."""
        return PageBreaks(
            self.before | ({block} if block is not None else set()),
            self.rows | ({row} if row is not None else set()),
        )


#: Anchor names that tie the laid-out printed text back to the document's blocks and rows.
ANCHOR = "pd-{block}-{row}"
_ANCHOR = re.compile(r"pd-(\d+)-(\d+)$")


def _image_name(index: int) -> str:
    """The name the printed pages give the image of the document's block ``index``."""
    return f"pd-image-{index}"


def _marks(block: QTextBlock) -> tuple[int, int] | None:
    """The (document block, table row) a laid-out block of text is the start of, if any."""
    fragments = block.begin()
    while not fragments.atEnd():
        char_format = fragments.fragment().charFormat()
        if char_format.isImageFormat():
            name = char_format.toImageFormat().name()
            if name.startswith("pd-image-"):
                return int(name.removeprefix("pd-image-")), 0
        for name in char_format.anchorNames():
            found = _ANCHOR.match(name)
            if found:
                return int(found[1]), int(found[2])
        fragments += 1
    return None


class _Html:
    """Writes the blocks of a document as HTML (see :func:`to_html`)."""

    def __init__(self, breaks: PageBreaks | None = None, *, printed: bool = False) -> None:
        self.breaks = breaks or PageBreaks()
        self.printed = printed

    def image_source(self, index: int, image: Image) -> str:
        return _image_name(index) if self.printed else image.data_uri()

    def anchor(self, block: int, row: int = 0) -> str:
        if not self.printed:
            return ""
        return f'<a name="{ANCHOR.format(block=block, row=row)}"></a>'

    def page_break(self, index: int) -> str:
        return ' style="page-break-before: always"' if index in self.breaks.before else ""

    def block(self, index: int, block: Block) -> str:
        mark, new_page = self.anchor(index), self.page_break(index)
        if isinstance(block, Heading):
            tag = f"h{min(4, max(2, block.level))}"
            return f"<{tag}{new_page}>{mark}{html_text(block.text)}</{tag}>"
        if isinstance(block, Paragraph):
            style = ' class="muted"' if block.muted else ""
            return f"<p{style}{new_page}>{mark}{_line_html(block.parts)}</p>"
        if isinstance(block, Facts):
            rows = "".join(
                f'<tr><th scope="row">{mark if number == 0 else ""}{html_text(name)}</th>'
                f"<td>{_line_html(value)}</td></tr>"
                for number, (name, value) in enumerate(block.rows)
            )
            return (
                f'<table class="facts" width="100%" cellspacing="0" cellpadding="2"{new_page}>'
                f"{rows}</table>"
            )
        if isinstance(block, Table):
            return self.table(index, block)
        if isinstance(block, Figure):
            image = block.image
            return (
                f'<div class="figure"{new_page}><img src="{self.image_source(index, image)}" '
                f'width="{image.width}" height="{image.height}" alt="{html_text(image.alt)}">'
                f'</div><p class="caption" align="center">{html_text(block.caption)}</p>'
            )
        return (
            f'<table class="notice" width="100%" cellspacing="0" cellpadding="8"{new_page}>'
            f"<tr><td>{mark}<strong>{html_text(block.title)}</strong><br>"
            f"{html_text(block.text)}</td></tr></table>"
        )

    def table(self, index: int, table: Table) -> str:
        def attributes(column: int) -> str:
            return ' class="num" align="right"' if column in table.numeric else ""

        def width(column: int) -> str:
            if column >= len(table.widths):
                return ""
            share = table.widths[column]
            return f' width="{share}%" style="width: {share}%"'

        def head(first_row: int) -> str:
            cells = "".join(
                f'<th scope="col"{attributes(i)}{width(i)}>'
                f"{self.anchor(index, first_row) if i == 0 else ''}{html_text(text)}</th>"
                for i, text in enumerate(table.headers)
            )
            return f"<thead><tr>{cells}</tr></thead>"

        # A table of many columns is set a little smaller, so that it keeps to the page.
        kind = "grid compact" if len(table.headers) > 5 else "grid"
        # A printed table split before a row goes on as a new table on the next page.
        starts = sorted({0} | {row for block, row in self.breaks.rows if block == index})
        parts = []
        for number, first in enumerate(starts):
            last = starts[number + 1] if number + 1 < len(starts) else len(table.rows)
            rows = []
            for row_number in range(first, last):
                total = table.total and row_number == len(table.rows) - 1
                cells = "".join(
                    f"<td{attributes(i)}>{_line_html(value)}</td>"
                    for i, value in enumerate(table.rows[row_number])
                )
                rows.append(f'<tr class="total">{cells}</tr>' if total else f"<tr>{cells}</tr>")
            styles = []
            if number > 0 or index in self.breaks.before:
                styles.append("page-break-before: always")
            if last < len(table.rows):
                # No margin under a part that a page break follows: a margin reaching past the
                # foot of the page would make Qt start the next part a page later still.
                styles.append("margin-bottom: 0px")
            style = f' style="{"; ".join(styles)}"' if styles else ""
            parts.append(
                f'<table class="{kind}" width="100%" cellspacing="0" cellpadding="4"{style}>'
                f"{head(first)}<tbody>{''.join(rows)}</tbody></table>"
            )
        return "\n".join(parts)


def _language() -> str:
    return QLocale().name().split("_")[0] if QLocale().language() != QLocale.Language.C else "en"


def to_html(document: Document) -> str:
    """The document as one self-contained HTML file."""
    return _page_html(document, _Html(), BROWSER_STYLE, footer=True)


def _print_html(document: Document, breaks: PageBreaks) -> str:
    """The HTML Qt lays out on printed pages: its own style sheet, no footer at the end (each
    page has its own), images by name, pages broken where ``breaks`` says, and every block
    marked with an anchor to find it on the pages."""
    return _page_html(document, _Html(breaks, printed=True), PRINT_STYLE, footer=False)


def _page_html(document: Document, writer: _Html, style: str, *, footer: bool) -> str:
    body = "\n".join(writer.block(index, block) for index, block in enumerate(document.blocks))
    end = f'<p class="footer">{html_text(document.footer)}</p>\n' if footer else ""
    # Defence in depth: even if markup ever slipped through, the browser would neither run
    # nor fetch anything.
    policy = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"
    return f"""<!DOCTYPE html>
<html lang="{_language()}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{policy}">
<meta name="generator" content="PartnerDesk {html_text(__version__)}">
<title>{html_text(document.title)}</title>
<style>{style}</style>
</head>
<body>
<h1>{html_text(document.title)}</h1>
<p class="subtitle">{html_text(document.subtitle)}</p>
{body}
{end}</body>
</html>
"""


# --- Markdown --------------------------------------------------------------------------------


def _inline_markdown(part: Inline, *, in_table: bool = False) -> str:
    escape = markdown_cell if in_table else markdown_text
    if isinstance(part, str):
        return escape(part)
    text = escape(part.text)
    if not text.strip() or not (part.strong or part.muted):
        return text
    # Emphasis must hug its text: spaces and line breaks stay outside the markers.
    core = text.strip()
    start = len(text) - len(text.lstrip())
    before, after = text[:start], text[start + len(core) :]
    marker = "**" if part.strong else "*"
    return f"{before}{marker}{core}{marker}{after}"


def _line_markdown(line: Line, *, in_table: bool = False) -> str:
    return "".join(_inline_markdown(part, in_table=in_table) for part in line)


def _table_markdown(table: Table) -> list[str]:
    def align(column: int) -> str:
        return "---:" if column in table.numeric else "---"

    lines = [
        "| " + " | ".join(markdown_cell(h) for h in table.headers) + " |",
        "| " + " | ".join(align(i) for i in range(len(table.headers))) + " |",
    ]
    for number, row in enumerate(table.rows):
        total = table.total and number == len(table.rows) - 1
        cells = [_line_markdown(value, in_table=True) for value in row]
        if total:
            cells = [f"**{c}**" if c.strip() else c for c in cells]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def to_markdown(document: Document, image_link: Callable[[Image], str]) -> str:
    """The document as Markdown; ``image_link(image)`` is where each image's file is, relative
    to the Markdown file."""
    out = [f"# {markdown_text(document.title)}", "", f"*{markdown_text(document.subtitle)}*", ""]
    for block in document.blocks:
        if isinstance(block, Heading):
            out += ["#" * min(4, max(2, block.level)) + " " + markdown_text(block.text), ""]
        elif isinstance(block, Paragraph):
            text = _line_markdown(block.parts)
            out += [f"*{text}*" if block.muted and text.strip() else text, ""]
        elif isinstance(block, Facts):
            out += [f"- **{markdown_text(name)}:** {_line_markdown(v)}" for name, v in block.rows]
            out.append("")
        elif isinstance(block, Table):
            out += [*_table_markdown(block), ""]
        elif isinstance(block, Figure):
            image = block.image
            out += [
                f"![{markdown_text(image.alt)}]({image_link(image)})",
                "",
                f"*{markdown_text(block.caption)}*",
                "",
            ]
        else:
            out += [f"> **{markdown_text(block.title)}**", ">", f"> {markdown_text(block.text)}"]
            out.append("")
    out += ["---", "", f"*{markdown_text(document.footer)}*", ""]
    return "\n".join(out)


def images_folder(target: Path) -> Path:
    """The folder beside a Markdown file that holds its images: ``NAME_files``."""
    return target.with_name(f"{target.stem}_files")


def markdown_image_link(target: Path, image: Image) -> str:
    """The relative link from the Markdown file ``target`` to one of its images."""
    return quote(f"{images_folder(target).name}/{image.name}.png")


# --- pages: PDF and preview ------------------------------------------------------------------


class Paper(StrEnum):
    """The paper a PDF is laid out for."""

    A4 = "a4"
    LETTER = "letter"

    @property
    def label(self) -> str:
        return translate("Paper", "A4") if self is Paper.A4 else translate("Paper", "Letter")

    @property
    def page_size(self) -> QPageSize:
        """Qt's page size of this paper."""
        return QPageSize(
            QPageSize.PageSizeId.A4 if self is Paper.A4 else QPageSize.PageSizeId.Letter
        )


#: Countries where Letter is the usual paper (the rest of the world uses A4).
_LETTER_COUNTRIES = frozenset(
    {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Philippines,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
        QLocale.Country.Venezuela,
        QLocale.Country.Guatemala,
        QLocale.Country.CostaRica,
        QLocale.Country.Panama,
        QLocale.Country.PuertoRico,
        QLocale.Country.ElSalvador,
        QLocale.Country.Nicaragua,
        QLocale.Country.DominicanRepublic,
    }
)


def locale_paper(locale: QLocale | None = None) -> Paper:
    """The paper usual where the user lives: Letter in the United States and the countries
    that follow it, A4 everywhere else."""
    locale = locale or QLocale()
    if locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return Paper.LETTER
    return Paper.LETTER if locale.territory() in _LETTER_COUNTRIES else Paper.A4


#: Qt lays the pages out in pixels of this many per inch (CSS pixels), whatever the screen.
LAYOUT_DPI = 96
#: Page margins, in millimetres.
MARGIN_MM = 17.0
#: The band at the foot of each page for its footer, in millimetres.
FOOTER_MM = 9.0


def _mm(value: float) -> float:
    return value * LAYOUT_DPI / 25.4


class _PrintedText(QTextDocument):
    """The text of the printed pages: its images come from the document, by name."""

    def __init__(self, images: dict[str, QImage]) -> None:
        super().__init__()
        self.images = images

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        found = self.images.get(name.toString() if isinstance(name, QUrl) else name)
        return found if found is not None else super().loadResource(kind, name)


@dataclass
class _Span:
    """Where one block of the document lies on the laid-out pages."""

    top: float
    bottom: float
    #: Each table row's top and bottom, by the row's index in the document's table.
    rows: dict[int, tuple[float, float]] = field(default_factory=dict)
    #: The height of each table cell's lines, by (row, column): a row's height wherever it
    #: lies, split over two pages or not.
    lines: dict[tuple[int, int], float] = field(default_factory=dict)

    def row_height(self, row: int) -> float:
        """The height of the lines of a table row's tallest cell."""
        return self._tallest.get(row, 0.0)

    @cached_property
    def _tallest(self) -> dict[int, float]:
        # Each row's tallest cell, found in one pass once the lines are all measured: looking
        # through every cell for each row took two seconds for a table of a thousand rows.
        tallest: dict[int, float] = {}
        for (row, _), height in self.lines.items():
            tallest[row] = max(tallest.get(row, 0.0), height)
        return tallest


#: How often the pages are laid out again at most, each time with more page breaks.
MAX_LAYOUTS = 40
#: Where, about, the first line of a table that starts a page lies below the page's top.
_PAGE_TOP = 8.0
#: How much space, about, Qt leaves free at the foot of a page under a table's last row there.
_PAGE_FOOT = 20.0
#: How tall, about, a table row of one line is: to guess where a long table's pages end.
_GUESSED_ROW_HEIGHT = 24.0


class Pages:
    """The printed pages of a document: drawn one by one to an image for the preview, or all
    to a PDF. :class:`PrintLayout` draws them from its layout, :class:`PrintedPages` from their
    recording."""

    document: Document
    paper: Paper
    page_size: QSizeF
    page_count: int
    #: The PDF's resolution, in dots per inch: its drawing is as precise as this.
    pdf_resolution = 1200

    def paint_page(self, painter: QPainter, index: int) -> None:
        """Draw page ``index`` (from 0) with ``painter`` in CSS pixels, its top left at 0, 0."""
        raise NotImplementedError

    def page_image(self, index: int, width: int, device_pixel_ratio: float = 1.0) -> QImage:
        """Page ``index`` as an image ``width`` (device-independent) pixels wide."""
        scale = width / self.page_size.width()
        height = round(self.page_size.height() * scale)
        image = QImage(
            round(width * device_pixel_ratio),
            round(height * device_pixel_ratio),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.setDevicePixelRatio(device_pixel_ratio)
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        painter.scale(scale, scale)
        self.paint_page(painter, index)
        painter.end()
        return image

    def _write(self, writer: QPdfWriter) -> None:
        writer.setTitle(self.document.title)
        writer.setCreator(f"PartnerDesk {__version__}")
        writer.setPageLayout(
            QPageLayout(
                self.paper.page_size,
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
            )
        )
        writer.setResolution(self.pdf_resolution)
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError("the PDF could not be started")
        try:
            scale = writer.resolution() / LAYOUT_DPI
            for index in range(self.page_count):
                if index:
                    writer.newPage()
                painter.save()
                painter.scale(scale, scale)
                self.paint_page(painter, index)
                painter.restore()
        finally:
            painter.end()

    def pdf_bytes(self) -> bytes:
        """The PDF, in memory."""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self._write(QPdfWriter(buffer))
        buffer.close()
        return bytes(data.data())

    def write_pdf(self, target: Path, cancelled: CancelCheck | None = None) -> None:
        """Write the PDF to ``target``, atomically; nothing, if ``cancelled()`` says so once
        the PDF is made."""
        data = self.pdf_bytes()
        if cancelled is not None and cancelled():
            raise Cancelled
        with writing(target), atomic_write(target, "wb") as stream:
            stream.write(data)


class PrintLayout(Pages):
    """A document laid out on pages, as its PDF holds them, for writing and for previewing.

    Qt lays the document out in CSS pixels (96 per inch, whatever the screen) on a page the
    size of the paper less its margins. Qt breaks pages wherever a page is full, so the layout
    is checked and done again with a page break before what should not be split: a heading
    (with the paragraph opening its section) is kept with what follows it, a figure with its
    caption, and a table row with itself (the table goes on, under its header, on the next
    page). Each page is then drawn with its footer, to the PDF writer or to an image for the
    preview.
    """

    def __init__(
        self,
        document: Document,
        paper: Paper = Paper.A4,
        *,
        font: QFont | None = None,
        cancelled: CancelCheck | None = None,
    ) -> None:
        """Lay ``document`` out on ``paper`` in ``font`` (the application's, by default).

        It may run on a worker thread: ask the application's font on the GUI thread then, and
        :meth:`record` the pages for the thread that will draw them. ``cancelled()`` is asked
        between layouts.
        """
        self.document = document
        self.paper = paper
        size = paper.page_size.size(QPageSize.Unit.Millimeter)
        self.page_size = QSizeF(_mm(size.width()), _mm(size.height()))
        self.body = QRectF(
            _mm(MARGIN_MM),
            _mm(MARGIN_MM),
            self.page_size.width() - 2 * _mm(MARGIN_MM),
            self.page_size.height() - 2 * _mm(MARGIN_MM) - _mm(FOOTER_MM),
        )
        # Laid out against a device of a fixed resolution, so that the pages are the same on
        # any screen (a Mac's 72 dpi or a Windows laptop's 144).
        self._device = QImage(1, 1, QImage.Format.Format_ARGB32)
        dots_per_metre = round(LAYOUT_DPI / 0.0254)
        self._device.setDotsPerMeterX(dots_per_metre)
        self._device.setDotsPerMeterY(dots_per_metre)
        images = {
            _image_name(index): block.image.picture
            for index, block in enumerate(document.blocks)
            if isinstance(block, Figure)
        }
        self.text = _PrintedText(images)
        self.text.documentLayout().setPaintDevice(self._device)
        self.text.setUseDesignMetrics(True)
        font = QFont(font if font is not None else QGuiApplication.font())
        font.setPointSizeF(9.5)
        self.text.setDefaultFont(font)
        self.text.setDocumentMargin(0)
        # Qt breaks a word that does not fit, even in a table whose columns could make room;
        # break lines between words only, so that columns are as wide as their longest word.
        option = self.text.defaultTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        self.text.setDefaultTextOption(option)
        self.text.setPageSize(self.body.size())
        self.breaks = self._first_guess()
        self._cancelled = cancelled
        self._lay_out()
        for _attempt in range(MAX_LAYOUTS):
            more = self._needed_break()
            if more is None:
                break
            self.breaks = more
            self._lay_out()
        self.page_count = max(1, self.text.pageCount())

    def record(self) -> PrintedPages:
        """The pages, recorded to be drawn on any thread: how a layout made on a worker
        reaches the window."""
        pictures = []
        for index in range(self.page_count):
            if self._cancelled is not None and self._cancelled():
                raise Cancelled
            picture = QPicture()
            painter = QPainter(picture)
            self.paint_page(painter, index)
            painter.end()
            pictures.append(picture)
        return PrintedPages(self, pictures)

    def _first_guess(self) -> PageBreaks:
        """Breaks in every table longer than a page, about where its pages will end.

        Qt lays a table out whole, in one step that keeps the window's Python code waiting
        (a second for a table of a thousand rows): the parts of a table broken up are laid
        out one by one, in short steps. Where each part really has to end is found once laid
        out, and the guesses replaced (:meth:`_row_breaks`).
        """
        per_page = max(1, int(self.body.height() // _GUESSED_ROW_HEIGHT))
        rows = {
            (index, row)
            for index, block in enumerate(self.document.blocks)
            if isinstance(block, Table)
            for row in range(per_page, len(block.rows), per_page)
        }
        return PageBreaks(rows=frozenset(rows))

    def _lay_out(self) -> None:
        """Give the text the HTML with the breaks found so far. Qt lays it out as it is
        looked at, block by block (see :meth:`_spans`): on a worker thread each step is short,
        and the window's Python code, which Qt's layout keeps waiting while it runs, gets its
        turn between steps."""
        if self._cancelled is not None and self._cancelled():
            raise Cancelled
        self.text.setHtml(_print_html(self.document, self.breaks))

    def _page(self, y: float) -> int:
        # Half a pixel of slack: a block at the very top of a page is on that page, whatever
        # the rounding of the page's height.
        return int((y + 0.5) // self.body.height())

    def _at_page_top(self, y: float) -> bool:
        return y % self.body.height() < 30

    def _spans(self) -> dict[int, _Span]:
        """Where each block of the document lies, found by the anchors the HTML marks."""
        layout = self.text.documentLayout()
        spans: dict[int, _Span] = {}
        current: _Span | None = None
        table_rows: tuple[int, int] | None = None  # (block, first row) of the table read
        block = self.text.begin()
        while block.isValid():
            rect = layout.blockBoundingRect(block)
            found = _marks(block)
            if found is not None and (found[1] == 0 or found[0] not in spans):
                current = spans.setdefault(found[0], _Span(rect.top(), rect.bottom()))
            if found is not None:
                table_rows = found
            if current is not None:
                current.top = min(current.top, rect.top())
                current.bottom = max(current.bottom, rect.bottom())
            table = QTextCursor(block).currentTable()
            if table is not None and table_rows is not None and current is not None:
                cell = table.cellAt(QTextCursor(block))
                row = cell.row() - table.format().headerRowCount()
                if row >= 0:
                    key = table_rows[1] + row
                    top, bottom = current.rows.get(key, (rect.top(), rect.bottom()))
                    current.rows[key] = (min(top, rect.top()), max(bottom, rect.bottom()))
                    lines = block.layout()
                    height = sum(lines.lineAt(i).height() for i in range(lines.lineCount()))
                    place = (key, cell.column())
                    current.lines[place] = current.lines.get(place, 0.0) + height
            block = block.next()
        return spans

    def _needed_break(self) -> PageBreaks | None:
        """The breaks with more that the layout needs; None when it needs no more."""
        spans = self._spans()
        blocks = self.document.blocks

        def keeps_with_next(index: int) -> bool:
            block = blocks[index]
            opening = isinstance(block, Paragraph) and index > 0
            return isinstance(block, Heading) or (
                opening and isinstance(blocks[index - 1], Heading)
            )

        def split(top: float, bottom: float) -> bool:
            return self._page(top) != self._page(bottom - 1) and not self._at_page_top(top)

        for index, block in enumerate(blocks):
            span = spans.get(index)
            if span is None:
                continue
            whole_block = False
            if isinstance(block, Table):
                rows = self._row_breaks(index, span)
                mine = frozenset(b for b in self.breaks.rows if b[0] == index)
                if rows is None:
                    whole_block = True
                elif rows != mine:
                    return PageBreaks(self.breaks.before, (self.breaks.rows - mine) | rows)
                else:
                    # Where the estimate was wrong and a row is split all the same.
                    for row, (top, bottom) in sorted(span.rows.items()):
                        if split(top, bottom) and (index, row) not in mine and row:
                            return self.breaks.adding(row=(index, row))
            elif isinstance(block, Figure):
                whole_block = split(span.top, span.bottom)
            else:
                following = spans.get(index + 1)
                whole_block = (
                    following is not None
                    and keeps_with_next(index)
                    and self._page(span.top) != self._page(following.top)
                )
            if not whole_block:
                continue
            # Start the page with the headings (and opening paragraph) that lead to it.
            first = index
            while first > 0 and keeps_with_next(first - 1):
                first -= 1
            top = spans[first].top if first in spans else span.top
            if first in self.breaks.before or self._at_page_top(top):
                continue
            if self._page(top) != self._page(span.top):
                continue
            return self.breaks.adding(block=first)
        return None

    def _row_breaks(self, index: int, span: _Span) -> frozenset[tuple[int, int]] | None:
        """Where table ``index`` must go on to a new page so that no row is split, all at once;
        None when its first row would be split, so that the whole table had better start on
        the next page.

        The rows are laid out again here, from the first one's place and each one's height:
        a row that would not end on the page it starts on goes on to the next one, under the
        table's header. Qt lays the pages out the same way, so the breaks found are where they
        are needed, whatever breaks the layout measured had.
        """
        height = self.body.height()
        rows = sorted(span.rows)
        if not rows:
            return frozenset()
        tops = [span.rows[row][0] for row in rows]
        # The space between one row's lines and the next row's (cell padding and border),
        # measured between two rows on one page.
        gaps = [
            tops[n + 1] - tops[n] - span.row_height(rows[n])
            for n in range(len(rows) - 1)
            if self._page(tops[n]) == self._page(tops[n + 1])
            and self._page(tops[n]) == self._page(span.rows[rows[n]][1] - 1)
        ]
        gap = statistics.median(gaps) if gaps else 8.0
        # How far below the top of its header a table's first row starts: so far below the top
        # of a new page does a row start that goes on there.
        below_header = tops[0] - span.top + _PAGE_TOP
        found: set[tuple[int, int]] = set()
        y = tops[0]
        for row in rows:
            need = span.row_height(row)
            # Qt keeps the table's bottom margin and a row's padding free at a page's foot.
            end = (self._page(y) + 1) * height - _PAGE_FOOT
            if y + need > end and not self._at_page_top(y):
                if row == rows[0]:
                    return None
                found.add((index, row))
                y = (self._page(y) + 1) * height + below_header
            y += need + gap
        return frozenset(found)

    def paint_page(self, painter: QPainter, index: int) -> None:
        """Draw page ``index`` (from 0) with ``painter`` in CSS pixels, its top left at 0, 0."""
        painter.save()
        painter.fillRect(QRectF(QPointF(0, 0), self.page_size), QColor("#ffffff"))
        height = self.body.height()
        painter.translate(self.body.left(), self.body.top() - index * height)
        self.text.drawContents(painter, QRectF(0, index * height, self.body.width(), height))
        painter.restore()
        self._paint_footer(painter, index)

    def _paint_footer(self, painter: QPainter, index: int) -> None:
        painter.save()
        font = QFont(self.text.defaultFont())
        # In pixels: a size in points would be taken at the PDF's resolution, then scaled.
        font.setPixelSize(10)
        painter.setFont(font)
        metrics = QFontMetricsF(font, self._device)
        left, width = self.body.left(), self.body.width()
        top = self.page_size.height() - _mm(MARGIN_MM) - _mm(FOOTER_MM) + _mm(3)
        painter.setPen(QColor("#c9d1d9"))
        painter.drawLine(QPointF(left, top), QPointF(left + width, top))
        page = translate("PrintLayout", "Page %1 of %2")
        page = page.replace("%1", str(index + 1)).replace("%2", str(self.page_count))
        page_width = metrics.horizontalAdvance(page) + 4
        line = QRectF(left, top + _mm(1.2), width, metrics.height())
        painter.setPen(QColor("#59636e"))
        painter.drawText(line, Qt.AlignmentFlag.AlignRight, page)
        footer = metrics.elidedText(
            self.document.footer, Qt.TextElideMode.ElideMiddle, width - page_width - 12
        )
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft, footer)
        if self.document.warning:
            bold = QFont(font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(QColor("#b3261e"))
            warning = QFontMetricsF(bold, self._device).elidedText(
                self.document.warning, Qt.TextElideMode.ElideRight, width
            )
            below = line.translated(0, metrics.height() + 1)
            painter.drawText(below, Qt.AlignmentFlag.AlignLeft, warning)
        painter.restore()


class PrintedPages(Pages):
    """The pages of a :class:`PrintLayout` recorded as pictures (see :meth:`PrintLayout.record`).

    Text laid out on one thread cannot be drawn on another once that thread has ended (its
    fonts end with it); a recording holds the words and where they go, and can be drawn on
    any thread, one at a time. It draws the very pages of the layout.
    """

    def __init__(self, layout: PrintLayout, pictures: list[QPicture]) -> None:
        self.document = layout.document
        self.paper = layout.paper
        self.page_size = QSizeF(layout.page_size)
        self.page_count = len(pictures)
        # Kept as bytes: a picture being played is read through a buffer of its own, which two
        # threads (the preview and a PDF being written) must not share.
        # (PySide6 gives a picture's data as a memoryview, though its stubs say object.)
        self._recordings = [bytes(cast(memoryview, picture.data())) for picture in pictures]

    #: A recording replays its words in the size they had where they were recorded (CSS
    #: pixels); on a device of another resolution Qt would scale them once more.
    pdf_resolution = LAYOUT_DPI

    def paint_page(self, painter: QPainter, index: int) -> None:
        picture = QPicture()
        picture.setData(self._recordings[index])
        picture.play(painter)


# --- writing files ---------------------------------------------------------------------------


class Format(StrEnum):
    """The formats a document can be written in."""

    PDF = "pdf"
    HTML = "html"
    MARKDOWN = "md"

    @property
    def suffix(self) -> str:
        """The file name extension, with its dot."""
        return "." + self.value

    @property
    def label(self) -> str:
        return {
            Format.PDF: translate("Format", "PDF document"),
            Format.HTML: translate("Format", "Web page (HTML)"),
            Format.MARKDOWN: translate("Format", "Markdown"),
        }[self]


def write_document(
    document: Document,
    target: Path,
    fmt: Format,
    *,
    paper: Paper | None = None,
    pages: Pages | None = None,
    cancelled: CancelCheck | None = None,
) -> list[Path]:
    """Write ``document`` to ``target`` as ``fmt``; return the files written.

    A Markdown file gets its images in a folder beside it (:func:`images_folder`). Each file is
    written atomically: a failure leaves any earlier file at its place as it was. The pages of a
    PDF already laid out for the preview can be passed as ``pages``. When ``cancelled()`` says
    so before anything is put in place, nothing is written (:class:`Cancelled`).
    """
    target = Path(target)
    if cancelled is not None and cancelled():
        raise Cancelled
    if fmt is Format.PDF:
        (pages or PrintLayout(document, paper or locale_paper())).write_pdf(target, cancelled)
        return [target]
    if fmt is Format.HTML:
        with writing(target), atomic_write(target, newline="\n") as stream:
            stream.write(to_html(document))
        return [target]
    written = list(_write_images(target, document.images))
    text = to_markdown(document, lambda image: markdown_image_link(target, image))
    with writing(target), atomic_write(target, newline="\n") as stream:
        stream.write(text)
    return [target, *written]


def _write_images(target: Path, images: Sequence[Image]) -> Iterator[Path]:
    folder = images_folder(target)
    if images and folder.exists() and not folder.is_dir():
        raise ExportFailedError(
            f"{folder} is a file; the images of {target.name} go into a folder of that name. "
            "Nothing was written."
        )
    for image in images:
        path = folder / f"{image.name}.png"
        with writing(path), atomic_path(path) as temporary:
            temporary.write_bytes(image.png)
        yield path
