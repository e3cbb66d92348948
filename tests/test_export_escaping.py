"""The escaping every export shares: hostile text comes out as text."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from partnerdesk.exports.escaping import (
    html_paragraphs,
    html_text,
    markdown_cell,
    markdown_text,
    spreadsheet_cell,
)

HOSTILE = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "[click](javascript:alert(1))",
    "![x](http://tracker.example/p.gif)",
    "| a | b |",
    "**bold** _it_ `code` # heading",
    '=HYPERLINK("x")',
    "Müller & Söhne — 山田",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_html_text_is_only_text(text: str) -> None:
    class Collect(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.tags: list[str] = []
            self.data = ""

        def handle_starttag(self, tag: str, attrs: object) -> None:
            self.tags.append(tag)

        def handle_data(self, data: str) -> None:
            self.data += data

    parser = Collect()
    parser.feed(f'<p title="{html_text(text)}">{html_text(text)}</p>')
    assert parser.tags == ["p"]
    assert parser.data == text


def test_html_paragraphs_keep_line_breaks() -> None:
    assert html_paragraphs("a <b>\r\nc") == "a &lt;b&gt;<br>\nc"


@pytest.mark.parametrize("text", HOSTILE)
def test_markdown_leaves_no_syntax(text: str) -> None:
    escaped = markdown_text(text)
    # every special character is preceded by a backslash, so none starts a link, tag or cell
    for position, char in enumerate(escaped):
        if char in "[]()<>|*_`#!":
            assert escaped[position - 1] == "\\", (text, escaped)
    assert escaped.replace("\\", "") == text.replace("\\", "")


def test_markdown_cell_is_one_line_without_pipes() -> None:
    cell = markdown_cell("a | b\nc")
    assert "\n" not in cell and "\\|" in cell


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+44 20 7946 0000", "'+44 20 7946 0000"),
        ("-", "'-"),
        ("@home", "'@home"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Plain text = fine", "Plain text = fine"),
        ("", ""),
    ],
)
def test_spreadsheet_cells(text: str, expected: str) -> None:
    assert spreadsheet_cell(text) == expected
