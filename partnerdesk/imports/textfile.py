"""Turning an imported file's bytes into text, and saying which encoding was assumed.

Automatic detection, in this order:

1. a byte-order mark says UTF-8, UTF-16 or UTF-32;
2. a file full of zero bytes between ASCII letters is UTF-16 without a mark (as some
   Windows programs write it);
3. text that is valid UTF-8 is UTF-8 (nearly every program writes it today, and a legacy
   file is hardly ever valid UTF-8 by accident);
4. anything else is read in a legacy encoding, Windows-1252 (Western European) unless the
   caller chooses another, because that is what Outlook and Excel write on most Windows
   systems in Europe and the Americas. The result says it was assumed, so the preview can show
   it and the user can pick another encoding.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from partnerdesk.domain.phrases import Phrase
from partnerdesk.domain.vocabulary import QT_TRANSLATE_NOOP
from partnerdesk.imports.errors import UnreadableFileError, said

#: The legacy encoding assumed for text that is not UTF-8.
LEGACY_DEFAULT = "cp1252"

#: Encodings a user can choose, by codec name, with the name a person knows them by.
ENCODINGS: dict[str, str] = {
    "utf-8": QT_TRANSLATE_NOOP("Encodings", "UTF-8"),
    "utf-16": QT_TRANSLATE_NOOP("Encodings", "UTF-16"),
    "cp1252": QT_TRANSLATE_NOOP("Encodings", "Western European (Windows-1252)"),
    "iso-8859-1": QT_TRANSLATE_NOOP("Encodings", "Western European (ISO 8859-1)"),
    "iso-8859-15": QT_TRANSLATE_NOOP("Encodings", "Western European (ISO 8859-15)"),
    "mac-roman": QT_TRANSLATE_NOOP("Encodings", "Western European (Mac OS Roman)"),
    "cp1250": QT_TRANSLATE_NOOP("Encodings", "Central European (Windows-1250)"),
    "iso-8859-2": QT_TRANSLATE_NOOP("Encodings", "Central European (ISO 8859-2)"),
    "cp1251": QT_TRANSLATE_NOOP("Encodings", "Cyrillic (Windows-1251)"),
    "koi8-r": QT_TRANSLATE_NOOP("Encodings", "Cyrillic (KOI8-R)"),
    "cp1253": QT_TRANSLATE_NOOP("Encodings", "Greek (Windows-1253)"),
    "cp1254": QT_TRANSLATE_NOOP("Encodings", "Turkish (Windows-1254)"),
    "cp1257": QT_TRANSLATE_NOOP("Encodings", "Baltic (Windows-1257)"),
    "shift_jis": QT_TRANSLATE_NOOP("Encodings", "Japanese (Shift JIS)"),
    "gb18030": QT_TRANSLATE_NOOP("Encodings", "Chinese Simplified (GB 18030)"),
    "big5": QT_TRANSLATE_NOOP("Encodings", "Chinese Traditional (Big5)"),
    "euc-kr": QT_TRANSLATE_NOOP("Encodings", "Korean (EUC-KR)"),
}

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def encoding_label(encoding: str) -> Phrase:
    """The name a person knows an encoding by ("Central European (Windows-1250)"),
    translatable in the "Encodings" context."""
    key = codecs.lookup(encoding).name
    if key == "utf-8-sig":
        key = "utf-8"
    for name, label in ENCODINGS.items():
        if codecs.lookup(name).name == key:
            return Phrase("Encodings", label)
    return Phrase("Encodings", encoding)


def not_utf8_note(label: Phrase) -> Phrase:
    """The note that a file was read in an assumed legacy encoding, which the user may change."""
    return said(
        QT_TRANSLATE_NOOP(
            "Import",
            "The file is not UTF-8; it was read as %1. "
            "If names look wrong, choose the file's encoding.",
        ),
        label,
    )


def line_number(number: int) -> Phrase:
    """Where in a file: "line 12"."""
    return said(QT_TRANSLATE_NOOP("Import", "line %1"), number)


def known_encoding(encoding: str) -> str:
    """Check that Python knows ``encoding``; raise UnreadableFileError if it does not."""
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise UnreadableFileError(
            said(
                QT_TRANSLATE_NOOP("Import", "“%1” is not a text encoding this program knows"),
                encoding,
            )
        ) from None


@dataclass(frozen=True)
class DecodedText:
    """A file's text, with the encoding it was read in."""

    text: str
    #: The Python codec used.
    encoding: str
    #: True when the encoding was guessed (a legacy encoding for text that is not UTF-8).
    assumed: bool = False

    @property
    def label(self) -> Phrase:
        """The encoding as a person says it."""
        return encoding_label("utf-8" if self.encoding == "utf-8-sig" else self.encoding)


def _line_of(data: bytes, offset: int) -> int:
    return data[:offset].count(b"\n") + 1


def _undecodable(data: bytes, exc: UnicodeDecodeError, label: Phrase) -> UnreadableFileError:
    byte = data[exc.start] if exc.start < len(data) else 0
    return UnreadableFileError(
        said(
            QT_TRANSLATE_NOOP(
                "Import",
                "the text cannot be read as %1: byte 0x%2 is not valid there; "
                "choose the file's text encoding",
            ),
            label,
            f"{byte:02X}",
        ),
        where=line_number(_line_of(data, exc.start)),
    )


def _utf16_without_mark(head: bytes) -> str | None:
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    half = len(head) // 2
    if half and odd > half * 0.3 and even == 0:
        return "utf-16-le"
    if half and even > half * 0.3 and odd == 0:
        return "utf-16-be"
    return None


def decode_text(
    data: bytes, encoding: str | None = None, *, legacy: str = LEGACY_DEFAULT
) -> DecodedText:
    """The text of ``data``: in ``encoding`` when given, else detected (see the module).

    Raises :class:`UnreadableFileError` naming the line when the text cannot be decoded, or
    when the file is not text at all.
    """
    if encoding is not None:
        codec = known_encoding(encoding)
        if codec == "utf-8":
            codec = "utf-8-sig"
        try:
            return DecodedText(data.decode(codec), codec)
        except UnicodeDecodeError as exc:
            raise _undecodable(data, exc, encoding_label(codec)) from None
    for mark, codec in _BOMS:
        if data.startswith(mark):
            try:
                return DecodedText(data.decode(codec), codec)
            except UnicodeDecodeError as exc:
                raise _undecodable(data, exc, encoding_label(codec)) from None
    head = data[:4096]
    if b"\x00" in head:
        wide = _utf16_without_mark(head[: len(head) // 2 * 2])
        if wide is None:
            raise UnreadableFileError(
                said(QT_TRANSLATE_NOOP("Import", "this is not a text file (it holds binary data)"))
            )
        try:
            return DecodedText(data.decode(wide), wide, assumed=True)
        except UnicodeDecodeError as exc:
            raise _undecodable(data, exc, encoding_label("utf-16")) from None
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    codec = known_encoding(legacy)
    try:
        return DecodedText(data.decode(codec), codec, assumed=True)
    except UnicodeDecodeError as exc:
        raise UnreadableFileError(
            said(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "the text is neither UTF-8 nor %1: byte 0x%2 cannot be read; "
                    "choose the file's text encoding",
                ),
                encoding_label(codec),
                f"{data[exc.start]:02X}",
            ),
            where=line_number(_line_of(data, exc.start)),
        ) from None
