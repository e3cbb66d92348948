"""Exceptions raised by the store layer.

Every error a user can cause (opening the wrong file, a value the schema refuses) has its own
class carrying a message written for that user; anything else is a bug and surfaces as is.
"""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """Base class of every expected error from the store; ``str()`` is a user-facing sentence."""


class CannotOpenError(StoreError):
    """The file cannot be opened as a PartnerDesk database. It has not been modified.

    ``advice`` says what the user can do about it.
    """

    def __init__(self, path: Path, problem: str, advice: str) -> None:
        self.path = path
        self.problem = problem
        self.advice = advice
        super().__init__(f"{path}: {problem} {advice}".strip())


class NotADatabaseError(CannotOpenError):
    """The file is not an SQLite database at all (or its header is damaged)."""


class DamagedDatabaseError(CannotOpenError):
    """The file is an SQLite database, but SQLite cannot read it: it is damaged or truncated."""


class ForeignDatabaseError(CannotOpenError):
    """The file is an SQLite database of another program."""


class NewerDatabaseError(CannotOpenError):
    """The file was written by a newer PartnerDesk, with a schema this version does not know."""

    def __init__(self, path: Path, found: int, supported: int) -> None:
        self.found = found
        self.supported = supported
        super().__init__(
            path,
            f"This database was made by a newer version of PartnerDesk "
            f"(schema version {found}; this version reads up to {supported}).",
            "Update PartnerDesk to open it; the file has not been changed.",
        )


class ReadOnlyError(StoreError):
    """A write was attempted on a database opened read-only."""


class WriteFailedError(StoreError):
    """A write could not be completed (disk full, I/O error, file locked).

    Nothing of the failed write was kept; what was saved before is intact.
    """


class ConstraintError(StoreError):
    """The schema refused a value. ``field`` names the column when it can be told."""

    def __init__(self, table: str, field: str | None, reason: str) -> None:
        self.table = table
        self.field = field
        #: Why, as the end of a sentence that starts with the field's name ("is required").
        self.reason = reason
        super().__init__(f"{field or 'A value'} {reason}.")


class RowNotFoundError(StoreError):
    """No row has the given id."""

    def __init__(self, table: str, row_id: int) -> None:
        self.table = table
        self.row_id = row_id
        super().__init__(f"No row {row_id} in {table}.")
