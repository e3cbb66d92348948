"""Why a file cannot be imported, in a sentence the user can act on."""

from __future__ import annotations

from partnerdesk.domain.errors import PartnerDeskError


class UnreadableFileError(PartnerDeskError):
    """A file cannot be imported at all (wrong format, broken structure, undecodable text).

    ``where`` names the place in the file ("line 12", "card 3, line 40") when there is one;
    ``problem`` says what is wrong there. Nothing was written.
    """

    def __init__(self, problem: str, *, where: str | None = None, file_name: str | None = None):
        self.problem = problem.rstrip(".") + "."
        self.where = where
        self.file_name = file_name
        super().__init__(self._text())

    def _text(self) -> str:
        place = ", ".join(part for part in (self.file_name, self.where) if part)
        return f"{place}: {self.problem}" if place else self.problem

    def in_file(self, file_name: str) -> UnreadableFileError:
        """The same error, naming the file it is about."""
        self.file_name = file_name
        self.args = (self._text(),)
        return self


class ColumnsNotRecognisedError(UnreadableFileError):
    """A CSV file whose columns say nothing about names or organisations: it needs a mapping.

    ``columns`` are the file's column names, ``sample`` its first rows, so that the user can
    say which column holds what.
    """

    def __init__(self, columns: list[str], sample: list[list[str]], *, problem: str):
        self.columns = columns
        self.sample = sample
        super().__init__(problem)


class RestoreRefusedError(PartnerDeskError):
    """A full export cannot be restored here (the target holds data, or a row was refused).

    Nothing was written.
    """
