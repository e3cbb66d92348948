"""A partnership's assessments as a list: date, five small bars, overall strength and its
change, and the note."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from partnerdesk.domain.records import Assessment
from partnerdesk.domain.vocabulary import Level
from partnerdesk.gui.text import label, short_date, strength_text, translate
from partnerdesk.gui.theme import is_dark, level_colour

Index = QModelIndex | QPersistentModelIndex

#: Item data role (scores column): the five scores, in Kanter's order, for the bars.
SCORES_ROLE = Qt.ItemDataRole.UserRole + 1
#: Item data role: the assessment's id.
ID_ROLE = Qt.ItemDataRole.UserRole + 2
#: Item data role: the value the column sorts by.
SORT_ROLE = Qt.ItemDataRole.UserRole + 3


def change_text(change: float | None) -> str:
    """A change of strength as "▲ 0.4", "▼ 1.0" or "" (none, or nothing to compare)."""
    if change is None or abs(change) < 0.05:
        return ""
    arrow = "▲" if change > 0 else "▼"
    return f"{arrow} {strength_text(abs(change))}"


class AssessmentModel(QAbstractTableModel):
    """A partnership's assessments, newest first."""

    DATE, SCORES, OVERALL, NOTE = range(4)
    COLUMN_COUNT = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Assessment] = []
        self._changes: list[float | None] = []

    def set_assessments(self, history: Sequence[Assessment]) -> None:
        """Show these assessments (given oldest first, as the domain lists them)."""
        self.beginResetModel()
        self._rows = list(reversed(history))
        self._changes = []
        for index, assessment in enumerate(self._rows):
            older = self._rows[index + 1] if index + 1 < len(self._rows) else None
            if older is None or assessment.strength is None or older.strength is None:
                self._changes.append(None)
            else:
                self._changes.append(assessment.strength - older.strength)
        self.endResetModel()

    def assessment_at(self, row: int) -> Assessment:
        return self._rows[row]

    def row_of(self, assessment_id: int) -> int | None:
        return next((i for i, a in enumerate(self._rows) if a.id == assessment_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                translate("AssessmentModel", "Date"),
                translate("AssessmentModel", "Levels"),
                translate("AssessmentModel", "Overall"),
                translate("AssessmentModel", "Note"),
            ][section]
        if role == Qt.ItemDataRole.ToolTipRole and section == self.SCORES:
            return translate(
                "AssessmentModel",
                "Strategic, tactical, operational, interpersonal and cultural, 0–5",
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        assessment = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DATE:
                return short_date(assessment.assessed_on)
            if column == self.SCORES:
                return _scores_text(assessment)
            if column == self.OVERALL:
                change = change_text(self._changes[index.row()])
                return f"{strength_text(assessment.strength)}  {change}".rstrip()
            if column == self.NOTE:
                first_line = (assessment.note or "").split("\n", 1)[0]
                if assessment.private:
                    return (
                        translate("AssessmentModel", "(private) %1")
                        .replace("%1", first_line)
                        .strip()
                    )
                return first_line
        if role == SCORES_ROLE:
            return tuple(assessment.scores.values())
        if role == ID_ROLE:
            return assessment.id
        if role == SORT_ROLE:
            if column == self.OVERALL:
                return -1.0 if assessment.strength is None else assessment.strength
            return assessment.assessed_on.isoformat()
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [
                translate("AssessmentModel", "Assessment of %1").replace(
                    "%1", short_date(assessment.assessed_on)
                ),
                *(
                    f"{label(level)}: {'–' if score is None else score}"
                    for level, score in assessment.scores.items()
                ),
            ]
            if assessment.note:
                lines += ["", assessment.note]
            if assessment.private:
                lines += [
                    "",
                    translate("AssessmentModel", "Private: never part of anything shared."),
                ]
            return "\n".join(lines)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.SCORES:
            return _scores_text(assessment)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.OVERALL:
            return int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        if role == Qt.ItemDataRole.FontRole and column == self.NOTE and assessment.private:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setItalic(True)
            return font
        return None


def _scores_text(assessment: Assessment) -> str:
    return ", ".join(
        f"{label(level)} {'–' if score is None else score}"
        for level, score in assessment.scores.items()
    )


class ScoresDelegate(QStyledItemDelegate):
    """Draws the five scores as small bars in the levels' colours (a dash where not rated)."""

    BAR = 7
    GAP = 3
    #: The width the five bars need, with room either side.
    WIDTH = len(Level) * (BAR + GAP) + 12

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        scores = index.data(SCORES_ROLE)
        if scores is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        baseline_colour = QColor(opt.palette.color(role))
        baseline_colour.setAlphaF(0.35)
        rect = opt.rect.adjusted(6, 4, -4, -4)
        height = rect.height()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for position, (level, score) in enumerate(zip(Level, scores, strict=True)):
            x = rect.left() + position * (self.BAR + self.GAP)
            painter.setPen(baseline_colour)
            painter.drawLine(x, rect.bottom(), x + self.BAR - 1, rect.bottom())
            if score is None:
                continue
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(level_colour(level, is_dark(option.palette)))
            top = rect.bottom() - height * max(score, 0.25) / 5
            painter.drawRect(QRectF(x, top, self.BAR, rect.bottom() - top))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(self.WIDTH, max(hint.height(), 26))
