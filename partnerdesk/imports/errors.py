"""Why a file cannot be imported, in a sentence the user can act on; and how the import
layer words what it tells the user.

Every text the import layer gives a user is a :class:`~partnerdesk.domain.phrases.Phrase`
made by :func:`said` from a template marked in place with
``QT_TRANSLATE_NOOP("Import", "…%1…")``: English as it stands, and translated by the GUI.
"""

from __future__ import annotations

from collections.abc import Sequence

from partnerdesk.domain.errors import PartnerDeskError
from partnerdesk.domain.phrases import Phrase
from partnerdesk.domain.vocabulary import QT_TRANSLATE_NOOP

#: The translation context of the import layer's texts.
CONTEXT = "Import"


def said(template: str, *arguments: object, n: int | None = None, one: str | None = None) -> Phrase:
    """A text to show: ``template`` (marked with ``QT_TRANSLATE_NOOP("Import", …)`` where it
    is written) with its arguments; ``n`` and ``one`` as for :class:`Phrase`."""
    return Phrase(CONTEXT, template, *arguments, n=n, one=one)


def joined(parts: Sequence[object]) -> object:
    """Parts written one after the other with commas ("3 people, 2 organisations"), each
    still translatable."""
    if not parts:
        return ""
    text = parts[0]
    for part in parts[1:]:
        text = said(QT_TRANSLATE_NOOP("Import", "%1, %2"), text, part)
    return text


class UnreadableFileError(PartnerDeskError):
    """A file cannot be imported at all (wrong format, broken structure, undecodable text).

    ``where`` names the place in the file ("line 12", "card 3, line 40") when there is one;
    ``problem`` says what is wrong there. Both are :class:`Phrase`; ``str()`` is the whole
    sentence in English, naming the file once it is known. Nothing was written.
    """

    def __init__(
        self, problem: Phrase, *, where: Phrase | None = None, file_name: str | None = None
    ):
        self.problem = problem
        self.where = where
        self.file_name = file_name
        super().__init__(self._text())

    def _text(self) -> Phrase:
        if self.file_name and self.where:
            return said(
                QT_TRANSLATE_NOOP("Import", "%1, %2: %3."), self.file_name, self.where, self.problem
            )
        place = self.file_name or self.where
        if place:
            return said(QT_TRANSLATE_NOOP("Import", "%1: %2."), place, self.problem)
        return said(QT_TRANSLATE_NOOP("Import", "%1."), self.problem)

    def in_file(self, file_name: str) -> UnreadableFileError:
        """The same error, naming the file it is about."""
        self.file_name = file_name
        self.args = (self._text(),)
        return self


def cannot_read(exc: OSError, file_name: str | None = None) -> UnreadableFileError:
    """The error for a file the system would not let us read, with the system's reason."""
    return UnreadableFileError(
        said(QT_TRANSLATE_NOOP("Import", "the file cannot be read (%1)"), exc.strerror or exc),
        file_name=file_name,
    )


class ColumnsNotRecognisedError(UnreadableFileError):
    """A CSV file whose columns say nothing about names or organisations: it needs a mapping.

    ``columns`` are the file's column names, ``sample`` its first rows, so that the user can
    say which column holds what.
    """

    def __init__(self, columns: list[str], sample: list[list[str]], *, problem: Phrase):
        self.columns = columns
        self.sample = sample
        super().__init__(problem)


class RestoreRefusedError(PartnerDeskError):
    """A full export cannot be restored here (the target holds data, or a row was refused).

    Its one argument is a :class:`Phrase`. Nothing was written.
    """
