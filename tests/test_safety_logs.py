"""The log: unexpected errors end up in a rotating file, crashes in the crash file beside it."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from partnerdesk import logs, paths


@pytest.fixture
def logging_started(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv(paths.HOME_VARIABLE, str(tmp_path / "home"))
    path = logs.start()
    try:
        yield path
    finally:
        logs.uninstall_excepthook()
        logs.stop()


def _raise(message: str) -> BaseException:
    try:
        raise ValueError(message)
    except ValueError as exc:
        return exc


def test_the_log_lives_in_the_log_folder_and_says_what_started(logging_started: Path) -> None:
    assert logging_started == paths.log_dir() / "partnerdesk.log"
    text = logging_started.read_text(encoding="utf-8")
    assert "PartnerDesk" in text and "started" in text and "SQLite" in text


def test_an_unexpected_error_is_logged_with_its_traceback_then_shown(
    logging_started: Path,
) -> None:
    shown: list[tuple[BaseException, str]] = []
    logs.install_excepthook(lambda error, text: shown.append((error, text)))
    error = _raise("the partnership table fell over")
    sys.excepthook(type(error), error, error.__traceback__)
    ((seen, text),) = shown
    assert seen is error
    assert "ValueError: the partnership table fell over" in text
    assert "_raise" in text, "the traceback names where it happened"
    assert "PartnerDesk" in text and "Python" in text
    logged = logging_started.read_text(encoding="utf-8")
    assert "CRITICAL" in logged and "the partnership table fell over" in logged
    assert "Traceback" in logged


def test_an_error_in_another_thread_is_logged_too(logging_started: Path) -> None:
    shown: list[BaseException] = []
    logs.install_excepthook(lambda error, text: shown.append(error))

    def work() -> None:
        raise RuntimeError("a worker thread failed")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert [str(e) for e in shown] == ["a worker thread failed"]
    assert "a worker thread failed" in logging_started.read_text(encoding="utf-8")


def test_the_previous_hooks_come_back(logging_started: Path) -> None:
    before = (sys.excepthook, threading.excepthook)
    logs.install_excepthook(lambda error, text: None)
    assert sys.excepthook is not before[0]
    logs.uninstall_excepthook()
    assert (sys.excepthook, threading.excepthook) == before


def test_the_log_rotates(logging_started: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    logs.start()
    for n in range(400):
        logging.getLogger("partnerdesk.test").info("line %d %s", n, "x" * 50)
    files = sorted(p.name for p in paths.log_dir().glob("partnerdesk.log*"))
    assert files == ["partnerdesk.log", *(f"partnerdesk.log.{n}" for n in range(1, 6))]
    assert all(p.stat().st_size <= 2_200 for p in paths.log_dir().glob("partnerdesk.log*"))


_CRASH = """
import faulthandler
from partnerdesk import logs
logs.start()
faulthandler._sigsegv()
"""


def test_a_hard_crash_leaves_a_traceback_in_the_crash_file(tmp_path: Path) -> None:
    home = tmp_path / "home"
    result = subprocess.run(
        [sys.executable, "-c", _CRASH],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, paths.HOME_VARIABLE: str(home)},
    )
    assert result.returncode != 0
    crashes = (home / "logs" / "crashes.log").read_text(encoding="utf-8")
    assert "--- PartnerDesk" in crashes
    assert "Segmentation fault" in crashes
    assert 'File "<string>", line 5' in crashes


def test_a_log_folder_that_cannot_be_written_sends_the_log_to_stderr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "home"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv(paths.HOME_VARIABLE, str(blocker))
    try:
        logs.start()
        logging.getLogger("partnerdesk").warning("still works")
    finally:
        logs.stop()
    assert "still works" in capsys.readouterr().err
