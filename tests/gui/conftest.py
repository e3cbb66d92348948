"""Fixtures of the window tests: a main window on the sample portfolio or an empty database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from partnerdesk.gui import settings
from partnerdesk.gui.main_window import MainWindow
from partnerdesk.store.connection import Store
from tests.conftest import TODAY


@pytest.fixture(autouse=True)
def _fresh_settings(qapp) -> Iterator[None]:
    """Each test starts with default preferences and no remembered window state."""
    settings.qsettings().clear()
    settings.qsettings().sync()
    yield
    settings.qsettings().clear()


def make_window(qtbot, store: Store) -> MainWindow:
    """A shown main window on ``store``, as of TODAY."""
    window = MainWindow(store, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    return window


@pytest.fixture
def window(qtbot, sample_store: Store) -> MainWindow:
    """The window on the sample portfolio."""
    return make_window(qtbot, sample_store)


@pytest.fixture
def empty_window(qtbot, store: Store) -> MainWindow:
    """The window on an empty database."""
    return make_window(qtbot, store)
