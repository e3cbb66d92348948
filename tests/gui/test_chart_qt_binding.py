"""The Qt binding does not lose references to None while charts are drawn.

PySide6 6.12.0 dropped a reference to None on each ``setParent(None)`` and
``setParentItem(None)``. pyqtgraph does that hundreds of times per chart, so after a few
redraws the interpreter aborted with "Fatal Python error: deallocating None". pyproject.toml
excludes that release; this test fails on any binding with the same fault.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, QRectF
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QGraphicsObject

from partnerdesk.domain import charts as data
from partnerdesk.gui.charts.panels import IntegrationPanel
from partnerdesk.store.connection import Store
from tests.conftest import TODAY


class _Item(QGraphicsObject):
    def boundingRect(self) -> QRectF:
        return QRectF()

    def paint(self, *args: object) -> None:
        pass


def test_reparenting_keeps_the_references_to_none(qapp) -> None:
    parent, child = QObject(), QObject()
    item_parent, item = _Item(), _Item()
    gc.collect()
    gc.disable()
    try:
        before = sys.getrefcount(None)
        for _ in range(500):
            child.setParent(parent)
            child.setParent(None)
            item.setParentItem(item_parent)
            item.setParentItem(None)
        assert sys.getrefcount(None) >= before
    finally:
        gc.enable()


def test_redrawing_the_charts_again_and_again_is_safe(qtbot, sample_store: Store) -> None:
    panel = IntegrationPanel(sample_store, QUndoStack(), today=lambda: TODAY)
    qtbot.addWidget(panel)
    panel.show()
    # Garbage of earlier tests collected during the redraws would drop references to None
    # that are no fault of the binding.
    gc.collect()
    gc.disable()
    try:
        before = sys.getrefcount(None)
        for partnership_id in [1, 2, 3, 4, 5, 6] * 3:
            panel.show_partnership(partnership_id)
        assert sys.getrefcount(None) >= before
    finally:
        gc.enable()
    assert panel.integration_chart.data == data.integration_history(sample_store, 6, TODAY)
