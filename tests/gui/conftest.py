"""Fixtures of the window tests: a main window on the sample portfolio or an empty database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication

from partnerdesk.domain.journal import log_contact
from partnerdesk.domain.organisations import create_organisation
from partnerdesk.domain.partnerships import create_partnership
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


def fill_journal(store: Store, entries: int) -> int:
    """One partnership with ``entries`` visits, a day apart back from TODAY; every tenth
    speaks of rye in its details. Returns the partnership's id."""
    organisation = create_organisation(store, "Oakmill Flour")
    partnership = create_partnership(
        store, "Heritage Grain", "value_chain", members=[(organisation.id, None)]
    )
    for number in range(entries):
        log_contact(
            store,
            occurred_on=TODAY - timedelta(days=number),
            summary=f"Visit number {number}",
            partnership_id=partnership.id,
            details="Talked about rye" if number % 10 == 0 else None,
        )
    return partnership.id
