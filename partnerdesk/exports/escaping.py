"""Making user text inert in the format it goes into.

Every export writes text the user typed (or imported from somewhere else) into a format that
gives some characters a meaning: a spreadsheet runs a cell that starts with ``=``, a browser
runs ``<script>``, Markdown turns ``[x](javascript:…)`` into a link. Each function here takes
any text and returns it so that it is shown as the same text and does nothing else. Exports
never put user text into a file without one of them (the CSV writer applies
:func:`spreadsheet_cell` to every cell; the iCalendar library escapes its own syntax).
"""

from __future__ import annotations

import html
import re

#: The characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection"),
#: including the tab and line breaks some programs skip before looking.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def spreadsheet_cell(text: str) -> str:
    """A CSV cell that a spreadsheet program shows as text and never runs as a formula.

    A cell that starts with ``= + - @``, a tab or a line break gets an apostrophe in front, as
    OWASP recommends: spreadsheets then read it as text. Everything else is unchanged, so a
    phone number written ``+44 …`` comes out as ``'+44 …``, a small price for never running
    ``=HYPERLINK(…)`` from a partner's name.
    """
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def html_text(text: str) -> str:
    """Text for an HTML element or attribute: ``& < > " '`` become entities."""
    return html.escape(text, quote=True)


def html_paragraphs(text: str) -> str:
    """Multi-line text as HTML: escaped, with line breaks kept as ``<br>``."""
    return "<br>\n".join(html_text(line) for line in text.replace("\r\n", "\n").split("\n"))


# Characters that are Markdown syntax wherever they stand (CommonMark and GitHub's tables):
# escapes, code, emphasis, links and images, raw HTML and autolinks, headings, cells,
# strikethrough.
_MARKDOWN_ANYWHERE = re.compile(r"([\\`*_{}\[\]()<>#!|~])")
# An entity or character reference ("&lt;", "&#60;"), which Markdown shows as its character.
_MARKDOWN_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# What starts a block at the beginning of a line, even inside a paragraph: a bullet (- +), a
# heading underline or thematic break (=== ---), an ordered list item (1. ).
_MARKDOWN_BULLET = re.compile(r"^(\s*)([-+=])")
_MARKDOWN_NUMBER = re.compile(r"^(\s*\d+)\.")


def _markdown_inline(text: str) -> str:
    return _MARKDOWN_ENTITY.sub("\\\\&", _MARKDOWN_ANYWHERE.sub(r"\\\1", text))


def markdown_text(text: str) -> str:
    """Text for a Markdown paragraph: every character Markdown could read as syntax is
    backslash-escaped, so ``[x](javascript:…)``, ``<script>``, ``*`` and ``|`` stay text.

    Characters that are syntax only at the start of a line (``-``, ``+``, ``=``, ``1.``) are
    escaped there only, and ``&`` only where it would start an entity, so that ordinary text
    (``Hearth & Grain``, ``value-chain``, ``3.5``) reads as it is in the file too. Line breaks
    are kept as hard breaks (a backslash at the end of the line).
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    escaped = []
    for line in lines:
        line = _markdown_inline(line)
        line = _MARKDOWN_BULLET.sub(r"\1\\\2", line)
        escaped.append(_MARKDOWN_NUMBER.sub(r"\1\\.", line))
    return "\\\n".join(escaped)


def markdown_cell(text: str) -> str:
    """Text for one cell of a Markdown table: escaped, on one line."""
    one_line = " ".join(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return _markdown_inline(one_line)
