"""The log: a rotating log file and a crash report file, both in the log folder.

:func:`start` sends every message of PartnerDesk's loggers (``partnerdesk.*``) to
``partnerdesk.log`` in :func:`partnerdesk.paths.log_dir`, which is rotated at 1 MB keeping five
older files, and points :mod:`faulthandler` at ``crashes.log`` beside it, so a crash inside Qt
or SQLite that takes the whole process down still leaves a Python traceback of every thread.
:func:`install_excepthook` writes every unexpected exception to the log before anything else
happens to it (the window shows it in a dialog). Nothing here uses Qt.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import logging.handlers
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import IO

from partnerdesk import __version__, paths

LOG_NAME = "partnerdesk.log"
CRASH_NAME = "crashes.log"
MAX_BYTES = 1_000_000
KEEP = 5

log = logging.getLogger("partnerdesk")

#: Shows an unexpected exception to the user: called with the exception and its details text.
Show = Callable[[BaseException, str], None]

_handler: logging.Handler | None = None
_crash_stream: IO[str] | None = None
_faulthandler_was_enabled = False
_previous_hooks: tuple[object, object] | None = None


def log_file() -> Path:
    """The current log file."""
    return paths.log_dir() / LOG_NAME


def crash_file() -> Path:
    """Where :mod:`faulthandler` writes when the process crashes."""
    return paths.log_dir() / CRASH_NAME


def start(level: int = logging.INFO) -> Path:
    """Write PartnerDesk's log to the rotating log file and crashes to the crash file.

    Calling it again first stops what an earlier call started. Returns the log file's path.
    When the log folder cannot be written, logging goes to stderr instead.
    """
    global _handler, _crash_stream, _faulthandler_was_enabled
    stop()
    folder = paths.log_dir()
    handler: logging.Handler
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            log_file(), maxBytes=MAX_BYTES, backupCount=KEEP, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(process)d] %(message)s")
    )
    log.addHandler(handler)
    log.setLevel(level)
    _handler = handler
    _faulthandler_was_enabled = faulthandler.is_enabled()
    with contextlib.suppress(OSError):
        _crash_stream = _open_crash_file()
        faulthandler.enable(file=_crash_stream, all_threads=True)
    log.info(
        "PartnerDesk %s started (Python %s, SQLite %s, %s)",
        __version__,
        platform.python_version(),
        _sqlite_version(),
        platform.platform(),
    )
    return log_file()


def _sqlite_version() -> str:
    import sqlite3

    return sqlite3.sqlite_version


def _open_crash_file() -> IO[str]:
    path = crash_file()
    if path.exists() and path.stat().st_size > MAX_BYTES:
        path.replace(path.with_name(CRASH_NAME + ".1"))
    stream = path.open("a", encoding="utf-8")
    # faulthandler writes bare tracebacks: this line says which run each one belongs to.
    stream.write(
        f"--- PartnerDesk {__version__} started {datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC\n"
    )
    stream.flush()
    return stream


def stop() -> None:
    """Undo :func:`start`: close the log file and the crash file."""
    global _handler, _crash_stream
    if _handler is not None:
        log.removeHandler(_handler)
        _handler.close()
        _handler = None
    if _crash_stream is not None:
        faulthandler.disable()
        if _faulthandler_was_enabled:
            faulthandler.enable(file=sys.__stderr__ or sys.stderr)
        _crash_stream.close()
        _crash_stream = None


def details(error: BaseException) -> str:
    """What a bug report needs about ``error``: versions, the time and the whole traceback."""
    lines = [
        f"PartnerDesk {__version__}",
        f"Python {platform.python_version()} · SQLite {_sqlite_version()} · {platform.platform()}",
        f"{datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC",
        "",
        *traceback.format_exception(type(error), error, error.__traceback__),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)


def install_excepthook(show: Show | None = None) -> None:
    """Log every uncaught exception (also in other threads), then hand it to ``show``.

    Without ``show`` Python's own hook prints it as usual. :func:`uninstall_excepthook` puts
    the previous hooks back.
    """
    global _previous_hooks
    if _previous_hooks is None:
        _previous_hooks = (sys.excepthook, threading.excepthook)

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        if error.__traceback__ is None and trace is not None:
            error = error.with_traceback(trace)
        text = details(error)
        log.critical("Unexpected error\n%s", text)
        if show is None:
            sys.__excepthook__(kind, error, trace)
        else:
            show(error, text)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook


def uninstall_excepthook() -> None:
    """Put back the exception hooks that were there before :func:`install_excepthook`."""
    global _previous_hooks
    if _previous_hooks is not None:
        sys.excepthook, threading.excepthook = _previous_hooks  # type: ignore[assignment]
        _previous_hooks = None
