"""Why an export could not be written, in a sentence the user can act on."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from partnerdesk.domain.errors import PartnerDeskError


class ExportFailedError(PartnerDeskError):
    """A file of an export could not be written; any earlier file there is unchanged."""


@contextmanager
def writing(target: Path) -> Iterator[None]:
    """Turn the operating system's refusal to write ``target`` into an ExportFailedError."""
    try:
        yield
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            why = "the disk is full"
        elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            why = "you may not write there"
        elif exc.errno in (errno.ENOTDIR, errno.EEXIST):
            why = "part of the path is a file, not a folder"
        else:
            why = exc.strerror or str(exc)
        raise ExportFailedError(
            f"{target} could not be written ({why}). Nothing there was changed."
        ) from exc
