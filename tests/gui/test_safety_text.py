"""Names in every script and direction are shown in the window exactly as they were typed."""

from __future__ import annotations

import pytest

from partnerdesk.domain import organisations, partnerships
from partnerdesk.domain.errors import ValidationError
from partnerdesk.domain.vocabulary import Kind
from partnerdesk.gui.main_window import MainWindow
from partnerdesk.gui.portfolio_model import PortfolioModel
from partnerdesk.store.connection import Store
from tests.conftest import TODAY

NAMES = [
    "شراكة المخابز التعاونية",
    "שותפות המאפייה",
    "面粉联合采购合作社",
    "Bakers 🥖 + family 👩\u200d👩\u200d👧",
    "Cafe\u0301 Zoe\u0308",
    "Bäckerei\u200f مخبز (Köln)",
]


def test_every_script_is_shown_as_typed(qtbot, store: Store) -> None:
    for name in NAMES:
        member = organisations.create_organisation(store, f"{name} Ltd")
        partnerships.create_partnership(
            store, name, Kind.JOINT_VENTURE, members=[(member.id, None)], started_on=TODAY
        )
    window = MainWindow(store, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    model = window.portfolio_page.proxy
    shown = {model.index(row, PortfolioModel.NAME).data() for row in range(model.rowCount())}
    members = {model.index(row, PortfolioModel.MEMBERS).data() for row in range(model.rowCount())}
    assert shown == set(NAMES)
    assert members == {f"{name} Ltd" for name in NAMES}
    # Typed through an input method (QTest can only simulate ASCII keys).
    window.portfolio_page.ui.filterEdit.setText("面粉")
    assert model.rowCount() == 1
    assert model.index(0, PortfolioModel.NAME).data() == NAMES[2]


@pytest.mark.parametrize("name", ["Oak\x00mill", "Oak\x1bmill"])
def test_control_characters_never_reach_the_window(store: Store, name: str) -> None:
    with pytest.raises(ValidationError):
        partnerships.create_partnership(store, name, Kind.CONSORTIUM)
    assert partnerships.list_partnerships(store) == []
