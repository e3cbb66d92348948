"""The summary of a partnership as it is written: PDF, HTML and Markdown, read back."""

from __future__ import annotations

import base64
import io
import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale, QThread
from PySide6.QtGui import QFontDatabase, QGuiApplication, QTextDocument

from partnerdesk.domain.organisations import create_organisation
from partnerdesk.domain.partnerships import create_partnership
from partnerdesk.domain.vocabulary import Kind
from partnerdesk.exports.document import (
    Format,
    Paper,
    PrintedPages,
    PrintLayout,
    images_folder,
    locale_paper,
)
from partnerdesk.exports.errors import ExportFailedError
from partnerdesk.exports.summary import export_summary, summary_document
from partnerdesk.store.connection import Store
from tests.conftest import TODAY, missing_on_this_machine
from tests.export_helpers import (
    ACCENTED_PERSON,
    ARCHIVE_ONLY,
    CJK_PERSON,
    CYRILLIC_PERSON,
    GREEK_PERSON,
    HOSTILE_SUMMARY,
    MOVE_NOTE,
    PARTNER,
    PARTNERSHIP,
    PURPOSE,
    SECRETS,
    build_secret_partnership,
    pdf_text,
    squeezed,
)

PNG = b"\x89PNG\r\n\x1a\n"
NOTICE = "Owner's archive copy: not for sharing"
SECTIONS = (
    "The partnership",
    "Members and their roles",
    "Along the continuum",
    "Integration",
    "Who took part",
    "Recent contacts",
    "Open follow-ups",
)


@pytest.fixture
def partnership(qapp: Any, store: Store) -> int:
    return build_secret_partnership(store)


def _write(store: Store, pid: int, target: Path, fmt: Format, **options: Any) -> list[Path]:
    return export_summary(store, pid, target, fmt, today=TODAY, **options)


# --- HTML ----------------------------------------------------------------------------------


class _Page(HTMLParser):
    """What a browser would make of a page: its elements, attributes and text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str, str]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes += [(tag, name, value or "") for name, value in attrs]

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    @property
    def words(self) -> str:
        return " ".join("".join(self.text).split())


def _read_html(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def test_the_html_summary_is_one_inert_self_contained_file(
    store: Store, partnership: int, tmp_path: Path
) -> None:
    target = tmp_path / "summary.html"
    assert _write(store, partnership, target, Format.HTML) == [target]
    page = _read_html(target)
    assert "script" not in page.tags and "iframe" not in page.tags and "object" not in page.tags
    assert "a" not in page.tags  # no links at all, hence none to javascript:
    assert "link" not in page.tags  # nothing fetched: the style sheet is inline
    for tag, name, value in page.attributes:
        assert not name.startswith("on"), (tag, name)
        if name in ("src", "href"):
            assert value.startswith("data:image/png;base64,"), (tag, value[:40])
    images = [value for tag, name, value in page.attributes if tag == "img" and name == "src"]
    assert len(images) == 2
    for source in images:
        assert base64.b64decode(source.split(",", 1)[1]).startswith(PNG)
    policy = [v for t, n, v in page.attributes if t == "meta" and n == "content" and "src" in v]
    assert policy and "default-src 'none'" in policy[0]
    # what the user typed is shown as it was typed, markup and all
    for text in (PARTNERSHIP, PURPOSE, HOSTILE_SUMMARY, MOVE_NOTE, PARTNER, GREEK_PERSON):
        assert " ".join(text.split()) in page.words
    for section in SECTIONS:
        assert section in page.words


def test_a_shared_summary_holds_no_private_text(
    store: Store, partnership: int, tmp_path: Path
) -> None:
    for fmt in Format:
        written = _write(store, partnership, tmp_path / f"summary{fmt.suffix}", fmt)
        text = pdf_text(written[0]) if fmt is Format.PDF else written[0].read_text("utf-8")
        for secret in SECRETS:
            assert secret not in text, (fmt, secret)
        assert NOTICE not in text


def test_the_owners_archive_holds_everything_and_says_so_first(
    store: Store, partnership: int, tmp_path: Path
) -> None:
    html = _write(store, partnership, tmp_path / "archive.html", Format.HTML, include_private=True)
    words = _read_html(html[0]).words
    for secret in ARCHIVE_ONLY:
        assert secret in words, secret
    assert words.index(NOTICE) < words.index("The partnership")

    pdf = _write(store, partnership, tmp_path / "archive.pdf", Format.PDF, include_private=True)
    pages = PdfReader(pdf[0]).pages
    assert squeezed(NOTICE) in squeezed(pages[0].extract_text())
    for page in pages:  # and at the foot of every page
        assert "notforsharing" in squeezed(page.extract_text())
    text = pdf_text(pdf[0])
    for secret in ARCHIVE_ONLY:
        assert secret in squeezed(text), secret


# --- PDF -----------------------------------------------------------------------------------


def test_the_pdf_summary_reads_back_whole(store: Store, partnership: int, tmp_path: Path) -> None:
    target = tmp_path / "summary.pdf"
    _write(store, partnership, target, Format.PDF, paper=Paper.A4)
    reader = PdfReader(target)
    assert reader.metadata is not None and reader.metadata.title == PARTNERSHIP
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 in points
    text = pdf_text(target)
    flat = squeezed(text)
    for section in SECTIONS:  # every heading is on a page (none lost in the layout)
        assert squeezed(section) in flat, section
    for name in (PARTNERSHIP, PARTNER, CYRILLIC_PERSON, GREEK_PERSON, ACCENTED_PERSON):
        assert squeezed(name) in flat, name
    assert "Page1of" in flat
    images = [
        item
        for page in reader.pages
        for item in page["/Resources"].get_object().get("/XObject", {}).values()
        if item.get_object()["/Subtype"] == "/Image"
    ]
    assert len(images) == 2


def test_letter_paper(store: Store, partnership: int, tmp_path: Path) -> None:
    target = tmp_path / "summary.pdf"
    _write(store, partnership, target, Format.PDF, paper=Paper.LETTER)
    box = PdfReader(target).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


@pytest.mark.parametrize(
    ("locale", "paper"),
    [("en_US", Paper.LETTER), ("en_CA", Paper.LETTER), ("en_GB", Paper.A4), ("de_DE", Paper.A4)],
)
def test_the_paper_follows_the_locale(qapp: Any, locale: str, paper: Paper) -> None:
    assert locale_paper(QLocale(locale)) is paper


def _fonts(path: Path) -> set[str]:
    found = set()
    for page in PdfReader(path).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for font in fonts.values():
            found.add(str(font.get_object()["/BaseFont"]).lstrip("/"))
    return found


def _plain(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.lower())


def test_the_pdf_embeds_fonts_that_have_every_glyph(
    store: Store, partnership: int, tmp_path: Path
) -> None:
    japanese = QFontDatabase.families(QFontDatabase.WritingSystem.Japanese)
    if not japanese:
        missing_on_this_machine(
            "no font with Japanese glyphs is installed (e.g. Debian's fonts-noto-cjk)"
        )
    target = tmp_path / "summary.pdf"
    _write(store, partnership, target, Format.PDF, since=TODAY.replace(year=TODAY.year - 2))
    reader = PdfReader(target)
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for font in fonts.values():
            descriptor = font.get_object()["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
    # the Japanese name comes back as its characters, drawn with a font that has them (Qt maps
    # some glyphs back to their Kangxi radicals, which NFKC folds into the same ideographs)
    assert CJK_PERSON in unicodedata.normalize("NFKC", squeezed(pdf_text(target)))
    embedded = {_plain(name) for name in _fonts(target)}
    assert any(_plain(family)[:8] in name for family in japanese for name in embedded), embedded


def test_the_preview_draws_the_pages_the_pdf_holds(
    store: Store, partnership: int, tmp_path: Path
) -> None:
    document = summary_document(store, partnership, today=TODAY)
    layout = PrintLayout(document, Paper.A4)
    pdf = PdfReader(io.BytesIO(layout.pdf_bytes()))
    assert len(pdf.pages) == layout.page_count >= 2
    image = layout.page_image(0, 420)
    assert image.width() == 420 and abs(image.height() - 594) <= 1
    # a page is not blank: there is ink on it
    dark = sum(
        1
        for y in range(0, image.height(), 6)
        for x in range(0, image.width(), 6)
        if image.pixelColor(x, y).lightness() < 128
    )
    assert dark > 50


def test_pages_laid_out_on_a_worker_are_drawn_and_printed_here_as_laid_out(
    store: Store, partnership: int
) -> None:
    # The window lays pages out on a worker thread, whose fonts end with it: what reaches the
    # window is their recording, which must draw and print the same pages.
    document = summary_document(store, partnership, today=TODAY)
    here = PrintLayout(document, Paper.A4)
    recorded: list[PrintedPages] = []
    font = QGuiApplication.font()

    class Worker(QThread):
        def run(self) -> None:
            recorded.append(PrintLayout(document, Paper.A4, font=font).record())

    worker = Worker()
    worker.start()
    assert worker.wait(30000)
    pages = recorded[0]
    assert pages.page_count == here.page_count >= 2
    for index in range(pages.page_count):
        drawn, expected = pages.page_image(index, 420), here.page_image(index, 420)
        assert (drawn.width(), drawn.height()) == (expected.width(), expected.height())
        differing = sum(
            1
            for y in range(0, drawn.height(), 3)
            for x in range(0, drawn.width(), 3)
            if abs(drawn.pixelColor(x, y).lightness() - expected.pixelColor(x, y).lightness()) > 64
        )
        assert differing < 0.01 * (drawn.width() // 3) * (drawn.height() // 3), index
    printed = PdfReader(io.BytesIO(pages.pdf_bytes()))
    assert len(printed.pages) == pages.page_count
    assert pdf_text(pages.pdf_bytes()) == pdf_text(here.pdf_bytes())
    # The words are printed as large as the layout's (not scaled again by the PDF's
    # resolution, which would put them off the page).
    assert _text_sizes(pages.pdf_bytes()) == _text_sizes(here.pdf_bytes())


def _text_sizes(pdf: bytes) -> list[float]:
    """The size each piece of text on the first page is printed at, in points."""
    sizes: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if text.strip():
            sizes.append(round(size * tm[0] * cm[0], 1))

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    assert sizes
    return sizes


# --- Markdown ------------------------------------------------------------------------------


def test_markdown_with_its_images_beside_it(store: Store, partnership: int, tmp_path: Path) -> None:
    target = tmp_path / "For the partners.md"
    written = _write(store, partnership, target, Format.MARKDOWN)
    folder = images_folder(target)
    assert folder == tmp_path / "For the partners_files"
    assert written == [target, folder / "integration.png", folder / "snapshot.png"]
    text = target.read_text(encoding="utf-8")
    links = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
    assert len(links) == 2
    for link in links:
        assert not link.startswith(("/", "http", "file:"))
        assert (tmp_path / unquote(link)).read_bytes().startswith(PNG)


def test_markdown_reads_back_as_the_same_text_with_no_links(
    store: Store, partnership: int, tmp_path: Path
) -> None:
    target = tmp_path / "summary.md"
    _write(store, partnership, target, Format.MARKDOWN)
    document = QTextDocument()
    document.setMarkdown(target.read_text(encoding="utf-8"))
    shown = " ".join(document.toPlainText().split())
    for text in (PARTNERSHIP, PURPOSE, HOSTILE_SUMMARY, MOVE_NOTE, PARTNER):
        assert " ".join(text.split()) in shown, text
    block = document.begin()
    anchors = []
    images = []
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            char_format = fragments.fragment().charFormat()
            if char_format.isAnchor():
                anchors.append(char_format.anchorHref())
            if char_format.isImageFormat():
                images.append(char_format.toImageFormat().name())
            fragments += 1
        block = block.next()
    assert anchors == []
    assert sorted(images) == ["summary_files/integration.png", "summary_files/snapshot.png"]
    # the journal table still has four columns: the pipes of a summary stayed in their cell
    row = next(line for line in target.read_text("utf-8").splitlines() if "Agreed" in line)
    assert row.count("|") - row.count("\\|") == 5


def test_a_failed_write_leaves_what_was_there(
    store: Store, partnership: int, tmp_path: Path
) -> None:
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    target = tmp_path / "summary.md"
    target.write_text("the earlier summary", encoding="utf-8")
    images_folder(target).write_text("a file where the images would go", encoding="utf-8")
    with pytest.raises(ExportFailedError, match="Nothing was written"):
        _write(store, partnership, target, Format.MARKDOWN)
    assert target.read_text(encoding="utf-8") == "the earlier summary"

    blocked = tmp_path / "a file" / "summary.pdf"
    blocked.parent.write_text("not a folder", encoding="utf-8")
    with pytest.raises(ExportFailedError, match="could not be written"):
        _write(store, partnership, blocked, Format.PDF)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a file", "summary.md", "summary_files"]


def test_a_new_partnership_gets_a_short_summary(qapp: Any, store: Store, tmp_path: Path) -> None:
    ours = create_organisation(store, "Hearth & Grain Bakery", is_self=True)
    partner = create_organisation(store, "Oakmill Flour")
    new = create_partnership(store, "Just Met", Kind.CONSORTIUM, members=[(partner.id, None)])
    assert ours.id != partner.id
    target = tmp_path / "new.html"
    _write(store, new.id, target, Format.HTML)
    page = _read_html(target)
    assert "Not assessed yet." in page.words
    assert "No contacts in this period." in page.words
    assert "Nothing logged in this period." in page.words
    assert "img" not in page.tags
    pdf = tmp_path / "new.pdf"
    _write(store, new.id, pdf, Format.PDF)
    assert len(PdfReader(pdf).pages) == 1


@pytest.mark.parametrize("paper", list(Paper))
def test_pages_break_where_a_reader_expects(qapp: Any, sample_store: Store, paper: Paper) -> None:
    """No heading ends a page, no figure is parted from its caption, no table row is split."""
    from partnerdesk.domain.partnerships import list_partnerships
    from partnerdesk.exports.document import Figure, Heading, Table

    for partnership in list_partnerships(sample_store):
        document = summary_document(sample_store, partnership.id, today=TODAY)
        layout = PrintLayout(document, paper)
        assert layout._needed_break() is None
        spans = layout._spans()
        page = layout._page
        for index, block in enumerate(document.blocks):
            span = spans[index]
            if isinstance(block, Heading):
                assert page(span.top) == page(spans[index + 1].top), (partnership.name, block)
            if isinstance(block, Figure):
                assert page(span.top) == page(span.bottom - 1), (partnership.name, block)
            if isinstance(block, Table):
                for top, bottom in span.rows.values():
                    assert page(top) == page(bottom - 1), (partnership.name, block.headers)
