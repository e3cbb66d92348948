"""Shared test set-up: no display, no real user data, a fresh database for every test."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

# Before anything imports Qt: tests run without a display, and never touch the user's files.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PARTNERDESK_HOME"] = tempfile.mkdtemp(prefix="partnerdesk-tests-")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pytest

from partnerdesk.domain.sample import build_sample_portfolio
from partnerdesk.store.connection import Store, open_store

#: The day the sample portfolio is built for in tests, so every figure is fixed.
TODAY = date(2026, 11, 23)


@pytest.fixture(scope="session")
def qapp(qapp_args: list[str]) -> object:
    """The application as PartnerDesk starts it: its names, icon and translations."""
    from partnerdesk.app import application

    return application(["partnerdesk", *qapp_args])


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where a test's database file goes (not created yet)."""
    return tmp_path / "test.partnerdesk"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    """A fresh, empty PartnerDesk database on disk."""
    with open_store(db_path) as opened:
        yield opened


@pytest.fixture
def sample_store(db_path: Path) -> Iterator[Store]:
    """A database holding the sample portfolio as of :data:`TODAY`."""
    with open_store(db_path) as opened:
        build_sample_portfolio(opened, TODAY)
        yield opened


@pytest.fixture(scope="session")
def generated_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The benchmark generator's small portfolio (ten years, a hundredth of the large one),
    written once per run; tests that use it only read it."""
    from tests.benchmarks.generate import generate

    path = tmp_path_factory.mktemp("generated") / "small.partnerdesk"
    generate(path, "small")
    return path


@pytest.fixture(autouse=True)
def _no_unpatched_modal_dialogs(request: pytest.FixtureRequest) -> Iterator[None]:
    """A modal ``exec()`` nobody answers would hang the run silently: make it fail loudly.

    Tests that open a dialog patch that dialog's ``exec`` themselves.
    """
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        yield
        return
    from PySide6.QtWidgets import QDialog, QMessageBox

    def refuse(self: object, *args: object) -> int:
        raise AssertionError(f"{type(self).__name__}.exec() was called without being patched")

    saved = (QDialog.exec, QMessageBox.exec)
    QDialog.exec = refuse  # type: ignore[method-assign]
    QMessageBox.exec = refuse  # type: ignore[method-assign]
    try:
        yield
    finally:
        QDialog.exec, QMessageBox.exec = saved  # type: ignore[method-assign]


def missing_on_this_machine(reason: str) -> None:
    """Skip a test that needs something this machine lacks (a font, a file attribute) and
    say what; under CI (``CI`` set, as ``.ci/run`` sets it) fail instead, so that a missing
    piece of the test machine never passes as a green run."""
    if os.environ.get("CI"):
        pytest.fail(f"the CI machine lacks what this test needs: {reason}")
    pytest.skip(reason)
