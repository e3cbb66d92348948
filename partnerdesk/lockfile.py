"""Which PartnerDesk window has a database open: the lock file beside the database.

The window holds a Qt ``QLockFile`` at :func:`lock_path` while a database is open, so a second
window on the same file is noticed. The command line does not load Qt; :func:`holder` reads
the same file to refuse a restore under a running window. ``QLockFile`` writes the process id,
the application name and the host name on the first three lines, and a lock whose process is
gone is stale.
"""

from __future__ import annotations

import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path


def lock_path(database: Path) -> Path:
    """The lock file of ``database``: a hidden file beside it."""
    database = Path(database).expanduser().absolute()
    return database.with_name(f".{database.name}.lock")


@dataclass(frozen=True)
class Holder:
    """The program holding a database's lock."""

    pid: int
    application: str
    host: str

    def describe(self) -> str:
        """Who holds it, in words: "PartnerDesk (process 4242 on laptop)"."""
        name = self.application or "PartnerDesk"
        return f"{name} (process {self.pid} on {self.host or 'this computer'})"


def holder(database: Path) -> Holder | None:
    """The live program holding ``database``'s lock, or None when it is free or stale."""
    try:
        lines = lock_path(database).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    try:
        pid = int(lines[0])
    except (IndexError, ValueError):
        return None
    application = lines[1] if len(lines) > 1 else ""
    host = lines[2] if len(lines) > 2 else ""
    if (not host or host == socket.gethostname()) and not _running(pid):
        return None
    return Holder(pid, application, host)


def _running(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        kernel = ctypes.windll.kernel32
        handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            kernel.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # somebody else's process: alive
    return True
