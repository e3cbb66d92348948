"""The continuum marker: three steps, consortium → joint venture → value chain, one filled."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from partnerdesk.gui.portfolio_model import CONTINUUM_ROLE

STEPS = 3
DOT = 8  # diameter of a step, in device-independent pixels
GAP = 10  # line between two steps


def marker_width() -> int:
    return STEPS * DOT + (STEPS - 1) * GAP


def paint_marker(
    painter: QPainter, rect: QRect, position: int, palette: QPalette, selected: bool = False
) -> None:
    """Paint the marker at the left of ``rect``, centred in height, step ``position`` filled."""
    role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    colour = palette.color(role)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    y = rect.center().y() + 0.5
    x0 = rect.left() + DOT / 2 + 1
    line = QPen(colour)
    line.setWidthF(1.2)
    painter.setPen(line)
    painter.drawLine(QPointF(x0, y), QPointF(x0 + (STEPS - 1) * (DOT + GAP), y))
    for step in range(STEPS):
        centre = QPointF(x0 + step * (DOT + GAP), y)
        painter.setBrush(colour if step == position else palette.color(QPalette.ColorRole.Base))
        painter.drawEllipse(centre, DOT / 2, DOT / 2)
    painter.restore()


class ContinuumDelegate(QStyledItemDelegate):
    """Draws the continuum marker before the kind's name in a table cell."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        position = index.data(CONTINUUM_ROLE)
        if position is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        area = opt.rect.adjusted(6, 0, -4, 0)
        paint_marker(painter, area, int(position), opt.palette, selected)
        text_rect = area.adjusted(marker_width() + 8, 0, 0, 0)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(opt.palette.color(role))
        painter.setFont(opt.font)
        elided = opt.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(
            text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), elided
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + marker_width() + 14, hint.height())
