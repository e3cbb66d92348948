"""The portfolio report: the map, what needs attention and every partnership, as PDF or HTML."""

from __future__ import annotations

import base64
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from partnerdesk.cli import main
from partnerdesk.domain.portfolio import attention, portfolio
from partnerdesk.domain.vocabulary import Kind
from partnerdesk.exports.document import Format, Paper
from partnerdesk.exports.portfolio_report import export_portfolio
from partnerdesk.store.connection import Store, open_store
from tests.conftest import TODAY
from tests.export_helpers import PARTNERSHIP, SECRETS, build_secret_partnership, pdf_text, squeezed


class _Cells(HTMLParser):
    """The rows of every table of a page, as lists of cell texts; and its images."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self.images: list[str] = []
        self.tags: set[str] = set()
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = []
        elif tag == "br" and self._cell is not None:
            self._cell.append("\n")
        elif tag == "img":
            self.images.append(dict(attrs).get("src") or "")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append("".join(self._cell).strip())
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def _read(path: Path) -> _Cells:
    page = _Cells()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def test_every_partnership_with_its_figures(qapp: Any, sample_store: Store, tmp_path: Path) -> None:
    target = tmp_path / "portfolio.html"
    assert export_portfolio(sample_store, target, Format.HTML, today=TODAY) == [target]
    page = _read(target)
    assert "script" not in page.tags and "a" not in page.tags
    assert len(page.images) == 1
    assert base64.b64decode(page.images[0].split(",", 1)[1]).startswith(b"\x89PNG")
    rows = {row[0].split("\n")[0]: row for row in page.rows if row}
    for expected in portfolio(sample_store, TODAY):
        row = rows[expected.name]
        assert row[1] == expected.kind.short_label
        assert row[2] == expected.stage.label
        if expected.strength is not None and expected.strength.overall is not None:
            assert row[3].startswith(f"{expected.strength.overall:.1f}")
        for partner in expected.partner_names:
            assert partner in row[0]
    drifting = rows["Bean There Wholesale"]
    assert "151 days ago" in drifting[5]
    assert "Leaders haven't met for 151 days" in drifting[6]


def test_what_needs_attention_is_listed_with_its_reasons(
    qapp: Any, sample_store: Store, tmp_path: Path
) -> None:
    target = tmp_path / "portfolio.pdf"
    export_portfolio(sample_store, target, Format.PDF, today=TODAY, paper=Paper.A4)
    text = pdf_text(target)
    flat = squeezed(text)
    for item in attention(portfolio(sample_store, TODAY), TODAY):
        assert squeezed(item.reason()) in flat
    for section in ("Partnershipportfolio", "Theportfoliomap", "Whatneedsattention"):
        assert section in flat
    assert squeezed(Kind.VALUE_CHAIN.short_label) in flat
    assert len(PdfReader(target).pages) >= 2


def test_the_report_holds_no_private_text(qapp: Any, store: Store, tmp_path: Path) -> None:
    build_secret_partnership(store)
    for fmt in (Format.HTML, Format.PDF):
        target = tmp_path / f"portfolio{fmt.suffix}"
        export_portfolio(store, target, fmt, today=TODAY)
        written = pdf_text(target) if fmt is Format.PDF else unescape(target.read_text("utf-8"))
        text = squeezed(written)
        assert squeezed(PARTNERSHIP) in text
        for secret in SECRETS:
            assert secret not in text


def test_an_empty_portfolio(qapp: Any, store: Store, tmp_path: Path) -> None:
    target = tmp_path / "empty.html"
    export_portfolio(store, target, Format.HTML, today=TODAY)
    page = target.read_text(encoding="utf-8")
    assert "No partnerships yet." in page and "<img" not in page


def test_not_as_markdown(qapp: Any, store: Store, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="PDF or HTML"):
        export_portfolio(store, tmp_path / "p.md", Format.MARKDOWN, today=TODAY)


def test_from_the_terminal(qapp: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database = tmp_path / "sample.partnerdesk"
    assert main(["demo", "--db", str(database), "--today", TODAY.isoformat()]) == 0
    target = tmp_path / "report.pdf"
    command = ["export", "portfolio", "--db", str(database), "--today", TODAY.isoformat()]
    assert main([*command, "--out", str(target)]) == 0
    assert f"Wrote the portfolio report to {target}." in capsys.readouterr().out
    with open_store(database, readonly=True) as store:
        names = [row.name for row in portfolio(store, TODAY)]
    flat = squeezed(pdf_text(target))
    assert all(squeezed(name) in flat for name in names)
    assert main([*command, "--format", "html", "--out", str(tmp_path / "report")]) == 0
    assert (tmp_path / "report.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    with pytest.raises(SystemExit):
        main([*command, "--format", "md", "--out", str(tmp_path / "report.md")])
    assert main([*command, "--out", str(tmp_path / "report.md")]) == 2
    assert "must be pdf or html" in capsys.readouterr().err
