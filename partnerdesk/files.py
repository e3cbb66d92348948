"""Writing files so that nobody ever finds half of one.

Every file PartnerDesk writes for the user (exports, backups, charts) is first written to a
temporary file in the same folder, flushed to disk, and then renamed over the target in one
step. An interrupted or failed write leaves the previous file, if any, exactly as it was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


def _sync_folder(folder: Path) -> None:
    # The rename itself must reach the disk too; folders cannot be opened on Windows.
    if os.name == "posix":
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def _mode_for(target: Path) -> int:
    if target.exists():
        return target.stat().st_mode & 0o7777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path beside ``target`` to write to; it replaces ``target`` on success.

    For writers that need a file name (SQLite's backup, Qt's PDF writer). The caller's writer
    must have closed the file before the block ends. On an exception the temporary file is
    removed and ``target`` is untouched.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(handle)
    temporary = Path(name)
    # mkstemp makes the file readable by its owner only; the file written here should have
    # the permissions any other new file gets (or keep those of the file it replaces).
    temporary.chmod(_mode_for(target))
    try:
        yield temporary
        with temporary.open("rb+") as written:
            os.fsync(written.fileno())
        temporary.replace(target)
        _sync_folder(target.parent)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def atomic_write(
    target: Path, mode: str = "w", *, encoding: str | None = "utf-8", newline: str | None = None
) -> Iterator[IO]:  # type: ignore[type-arg]
    """Open a temporary file beside ``target`` for writing; it replaces ``target`` on success."""
    binary = "b" in mode
    with (
        atomic_path(target) as temporary,
        temporary.open(
            mode, encoding=None if binary else encoding, newline=None if binary else newline
        ) as stream,
    ):
        yield stream
        stream.flush()
        os.fsync(stream.fileno())
