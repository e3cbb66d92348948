"""Which reader a file needs: vCard, CSV, or a full export to restore."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from partnerdesk.domain.vocabulary import QT_TRANSLATE_NOOP
from partnerdesk.imports.contacts import ContactFile
from partnerdesk.imports.csv_contacts import ColumnMapping, read_csv
from partnerdesk.imports.errors import UnreadableFileError, cannot_read, said
from partnerdesk.imports.vcard import read_vcard
from partnerdesk.progress import CancelCheck, Progress


class FileKind(StrEnum):
    """What an imported file holds."""

    VCARD = "vcard"
    CSV = "csv"
    FULL_EXPORT = "full_export"


_SUFFIXES = {
    ".vcf": FileKind.VCARD,
    ".vcard": FileKind.VCARD,
    ".csv": FileKind.CSV,
    ".tsv": FileKind.CSV,
    ".json": FileKind.FULL_EXPORT,
}


def kind_of(path: Path, head: bytes = b"") -> FileKind:
    """Tell by its name, or else by its first bytes, what a file holds."""
    known = _SUFFIXES.get(Path(path).suffix.lower())
    if known is not None:
        return known
    start = head.replace(b"\x00", b"").lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n").upper()
    if start.startswith(b"BEGIN:VCARD"):
        return FileKind.VCARD
    if start.startswith(b"{"):
        return FileKind.FULL_EXPORT
    return FileKind.CSV


def read_file(path: Path) -> bytes:
    """A file's bytes, or an UnreadableFileError saying why they cannot be had."""
    try:
        return Path(path).read_bytes()
    except IsADirectoryError:
        raise UnreadableFileError(
            said(QT_TRANSLATE_NOOP("Import", "this is a folder, not a file")), file_name=path.name
        ) from None
    except OSError as exc:
        raise cannot_read(exc, Path(path).name) from None


def read_contacts(
    path: Path,
    *,
    mapping: ColumnMapping | None = None,
    encoding: str | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ContactFile:
    """Read the contacts of a vCard or CSV file.

    Raises :class:`UnreadableFileError` (naming the file) when it cannot be read, and for a
    full export, which is restored into a new database rather than imported.
    """
    path = Path(path)
    data = read_file(path)
    try:
        kind = kind_of(path, data[:64])
        if kind is FileKind.FULL_EXPORT:
            raise UnreadableFileError(
                said(
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "this is a full PartnerDesk export, not an address book; it is restored "
                        "into a new, empty database instead of being imported",
                    )
                )
            )
        if kind is FileKind.VCARD:
            return read_vcard(data, encoding=encoding, progress=progress, cancelled=cancelled)
        return read_csv(
            data, mapping=mapping, encoding=encoding, progress=progress, cancelled=cancelled
        )
    except UnreadableFileError as exc:
        raise exc.in_file(path.name) from None
