"""The sidebar: the places of the window with their counts, and what needs attention."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from partnerdesk.domain.overview import PlaceCounts
from partnerdesk.domain.portfolio import Attention, Concern
from partnerdesk.gui.text import attention_reason, translate
from partnerdesk.gui.widgets import error_colour, muted_colour

Index = QModelIndex | QPersistentModelIndex

#: Item data role: the number shown at the right of a place ("" for none).
COUNT_ROLE = Qt.ItemDataRole.UserRole + 10
#: Item data role: True when the count is something late (overdue follow-ups).
URGENT_ROLE = Qt.ItemDataRole.UserRole + 11
#: Item data role (attention list): the partnership's id.
PARTNERSHIP_ROLE = Qt.ItemDataRole.UserRole + 12
#: Item data role (attention list): the reason, in words.
REASON_ROLE = Qt.ItemDataRole.UserRole + 13


class Place(IntEnum):
    """The places of the window, in the order the sidebar lists them."""

    PORTFOLIO = 0
    ORGANISATIONS = 1
    PEOPLE = 2
    JOURNAL = 3
    FOLLOW_UPS = 4

    def title(self) -> str:
        return [
            translate("Place", "Portfolio"),
            translate("Place", "Organisations"),
            translate("Place", "People"),
            translate("Place", "Journal"),
            translate("Place", "Follow-ups"),
        ][self]

    def description(self) -> str:
        return [
            translate("Place", "Every partnership at a glance"),
            translate("Place", "The organisations you deal with"),
            translate("Place", "The people you know in them"),
            translate("Place", "Every contact and note, newest first; search it"),
            translate("Place", "Follow-ups due and overdue"),
        ][self]


class PlacesModel(QAbstractListModel):
    """The five places with their counts."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.counts: PlaceCounts | None = None

    def set_counts(self, counts: PlaceCounts) -> None:
        self.counts = counts
        self.dataChanged.emit(self.index(0), self.index(len(Place) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Place)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        place = Place(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            count = self._count(place)
            if role == Qt.ItemDataRole.AccessibleTextRole and count:
                return f"{place.title()}, {count}"
            return place.title()
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return place.description()
        if role == COUNT_ROLE:
            return self._count(place)
        if role == URGENT_ROLE:
            return (
                place is Place.FOLLOW_UPS
                and self.counts is not None
                and self.counts.follow_ups_overdue > 0
            )
        return None

    def _count(self, place: Place) -> str:
        counts = self.counts
        if counts is None:
            return ""
        value = {
            Place.PORTFOLIO: counts.partnerships,
            Place.ORGANISATIONS: counts.organisations,
            Place.PEOPLE: counts.people,
            Place.JOURNAL: counts.journal,
            Place.FOLLOW_UPS: counts.follow_ups_due,
        }[place]
        return str(value) if value else ""


class PlacesDelegate(QStyledItemDelegate):
    """A place's name on the left and its count, muted, on the right."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        count = index.data(COUNT_ROLE) or ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        text = opt.text
        opt.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        area = opt.rect.adjusted(8, 0, -8, 0)
        painter.save()
        painter.setPen(opt.palette.color(role))
        painter.drawText(
            area, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text
        )
        if count:
            urgent = bool(index.data(URGENT_ROLE))
            if selected:
                colour = opt.palette.color(role)
            else:
                colour = error_colour(opt.palette) if urgent else muted_colour(opt.palette)
            painter.setPen(colour)
            if urgent:
                font = QFont(opt.font)
                font.setBold(True)
                painter.setFont(font)
            painter.drawText(
                area, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight), count
            )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + 40, max(hint.height(), option.fontMetrics.height() + 12))


class AttentionModel(QAbstractListModel):
    """What needs attention, most pressing first: each partnership once, with its reasons."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[list[Attention]] = []

    def set_items(self, items: list[Attention]) -> None:
        grouped: dict[int, list[Attention]] = {}
        for item in items:
            grouped.setdefault(item.partnership_id, []).append(item)
        self.beginResetModel()
        self.items = list(grouped.values())
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        group = self.items[index.row()]
        item = group[0]
        reason = "\n".join(attention_reason(each) for each in group)
        if role == Qt.ItemDataRole.DisplayRole:
            return item.partnership_name
        if role == REASON_ROLE:
            return reason
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{item.partnership_name}: " + "; ".join(
                attention_reason(each) for each in group
            )
        if role == PARTNERSHIP_ROLE:
            return item.partnership_id
        if role == URGENT_ROLE:
            return any(
                each.concern in (Concern.LEADERS_APART, Concern.FOLLOW_UPS_OVERDUE)
                for each in group
            )
        return None


class AttentionDelegate(QStyledItemDelegate):
    """The partnership's name on one line, the reason below it, wrapped."""

    MARGIN = 6

    def _reason_rect(self, option: QStyleOptionViewItem, width: int, reason: str) -> QRect:
        metrics = QFontMetrics(option.font)
        return metrics.boundingRect(
            QRect(0, 0, max(40, width - 2 * self.MARGIN - 14), 10_000),
            int(Qt.TextFlag.TextWordWrap),
            reason,
        )

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name = opt.text
        reason = index.data(REASON_ROLE) or ""
        opt.text = ""
        widget = opt.widget
        if widget is not None:
            widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = opt.rect.adjusted(self.MARGIN, self.MARGIN // 2, -self.MARGIN, -self.MARGIN // 2)
        painter.save()
        bold = QFont(opt.font)
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        mark_colour = (
            error_colour(opt.palette) if index.data(URGENT_ROLE) else muted_colour(opt.palette)
        )
        painter.setPen(opt.palette.color(role) if selected else mark_colour)
        painter.setFont(bold)
        painter.drawText(QRect(rect.left(), rect.top(), 14, metrics.height()), 0, "⚠")
        painter.setPen(opt.palette.color(role))
        line = QRect(rect.left() + 14, rect.top(), rect.width() - 14, metrics.height())
        painter.drawText(
            line,
            int(Qt.AlignmentFlag.AlignLeft),
            metrics.elidedText(name, Qt.TextElideMode.ElideRight, line.width()),
        )
        painter.setFont(opt.font)
        if not selected:
            painter.setPen(muted_colour(opt.palette))
        below = QRect(
            rect.left() + 14, rect.top() + metrics.height(), rect.width() - 14, rect.height()
        )
        painter.drawText(below, int(Qt.TextFlag.TextWordWrap), reason)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = option.rect.width() if option.rect.width() > 0 else 180
        widget = option.widget
        if widget is not None:
            width = widget.viewport().width() if hasattr(widget, "viewport") else widget.width()
        reason = self._reason_rect(option, width, index.data(REASON_ROLE) or "")
        bold = QFont(option.font)
        bold.setBold(True)
        height = QFontMetrics(bold).height() + reason.height() + self.MARGIN + 2
        return QSize(width, height)
