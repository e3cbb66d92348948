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


# Every character Markdown (CommonMark and GitHub's tables) may read as syntax.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~&=:])")


def markdown_text(text: str) -> str:
    """Text for a Markdown paragraph: every character Markdown could read as syntax is
    backslash-escaped, so ``[x](javascript:…)``, ``<script>``, ``*`` and ``|`` stay text.

    Line breaks are kept as hard breaks (a backslash at the end of the line).
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\\\n".join(_MARKDOWN_SPECIAL.sub(r"\\\1", line) for line in lines)


def markdown_cell(text: str) -> str:
    """Text for one cell of a Markdown table: escaped, on one line."""
    one_line = " ".join(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return _MARKDOWN_SPECIAL.sub(r"\\\1", one_line)
