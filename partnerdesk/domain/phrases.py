"""A text to show a user, kept apart from its particulars so that it can be translated.

A :class:`Phrase` is the English text itself (it *is* a ``str``: printed on the command line,
logged, compared in tests, it reads exactly as it always did) and it also keeps what made it:
the template as written in the code, marked for translation with ``QT_TRANSLATE_NOOP``, the
context it was marked in, and the arguments that fill its ``%1``, ``%2``… The GUI translates
the template and fills it with the arguments written for the user's locale; an argument may
itself be a Phrase ("row 3" inside "it repeats row 3 (the same e-mail address)").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from enum import StrEnum

_PLACE = re.compile(r"%([1-9])")


def in_english(value: object) -> str:
    """How a value reads in an English message: a vocabulary member by its label."""
    label = getattr(value, "label", None)
    return label if isinstance(value, StrEnum) and isinstance(label, str) else str(value)


def fill(
    template: str, arguments: Sequence[object], show: Callable[[object], str] = in_english
) -> str:
    """``template`` with ``%1``, ``%2``… replaced by the arguments, each written by ``show``."""

    def argument(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return show(arguments[number - 1]) if number <= len(arguments) else match.group(0)

    return _PLACE.sub(argument, template)


class Phrase(str):
    """English text that knows its untranslated template, context and arguments.

    ``n``, when given, is the number a counted template speaks of: the template says
    ``%n`` for it and each language's translation gives its plural forms; ``one`` is the
    English template for a count of one (English, without Qt, has no plural forms of its own).
    """

    context: str
    template: str
    arguments: tuple[object, ...]
    n: int | None

    def __new__(
        cls,
        context: str,
        template: str,
        *arguments: object,
        n: int | None = None,
        one: str | None = None,
    ) -> Phrase:
        english = one if one is not None and n == 1 else template
        if n is not None:
            english = english.replace("%n", str(n))
        made = super().__new__(cls, fill(english, arguments))
        made.context = context
        made.template = template
        made.arguments = arguments
        made.n = n
        return made

    def __reduce__(self) -> tuple[object, ...]:
        # Kept whole when copied or pickled, not as the plain text.
        return (_rebuild, (self.context, self.template, self.arguments, self.n, str(self)))


def _rebuild(
    context: str, template: str, arguments: tuple[object, ...], n: int | None, english: str
) -> Phrase:
    made = str.__new__(Phrase, english)
    made.context, made.template, made.arguments, made.n = context, template, arguments, n
    return made
