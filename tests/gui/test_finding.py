"""Finding by typing: case and accents never stand in the way."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from partnerdesk.gui.main_window import MainWindow
from partnerdesk.gui.sidebar import Place
from partnerdesk.gui.text import folded


def test_folded_drops_case_and_accents() -> None:
    assert folded("Zoë Müller") == "zoe muller"
    assert folded("Chloé DUBOIS") == "chloe dubois"
    assert folded("Pâtisserie") == "patisserie"


def test_the_people_filter_finds_a_name_typed_without_its_accents(window: MainWindow) -> None:
    window.show_place(Place.PEOPLE)
    page = window.people_page
    page.ui.filterEdit.setText("zoe mul")
    table = page.ui.table
    shown = [table.model().index(r, 0).data() for r in range(table.model().rowCount())]
    assert shown == ["Zoë Müller"]


def test_the_portfolio_filter_finds_a_partner_typed_without_its_accents(
    window: MainWindow,
) -> None:
    page = window.portfolio_page
    page.ui.filterEdit.setText("patisserie")
    table = page.ui.table
    shown = [table.model().index(r, 0).data() for r in range(table.model().rowCount())]
    assert shown == ["Flour Buying Co-op"]


def test_a_filter_that_matches_nothing_says_so(qtbot, window: MainWindow) -> None:
    window.show_place(Place.PEOPLE)
    page = window.people_page
    page.ui.filterEdit.setText("qqq")
    shown = [
        label
        for label in page.ui.table.viewport().findChildren(QLabel)
        if label.isVisibleTo(window)
    ]
    assert [label.text() for label in shown] == [
        "Nobody’s name, organisation or role has “qqq” in it."
    ]
    page.ui.filterEdit.clear()
    assert not any(label.isVisibleTo(window) for label in shown)
