"""The portfolio table: one row per partnership, computed once per change, never per paint."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from partnerdesk.domain.portfolio import DEFAULT_LEADER_THRESHOLD_DAYS, PortfolioRow
from partnerdesk.domain.vocabulary import Kind, Stage
from partnerdesk.gui.table_model import SORT_ROLE, WordsFilter
from partnerdesk.gui.text import (
    folded,
    label,
    meaning,
    relative_days,
    short_date,
    short_label,
    strength_text,
    translate,
)

Index = QModelIndex | QPersistentModelIndex

#: Item data role: the partnership's id.
ID_ROLE = Qt.ItemDataRole.UserRole + 2
#: Item data role (kind column): the step along the continuum, 0–2, for the continuum marker.
CONTINUUM_ROLE = Qt.ItemDataRole.UserRole + 3
#: Item data role: True when the cell needs the user's attention.
ATTENTION_ROLE = Qt.ItemDataRole.UserRole + 4


class PortfolioModel(QAbstractTableModel):
    """Partnerships with kind, stage, members, strength, contacts and follow-ups."""

    NAME, KIND, STAGE, MEMBERS, STRENGTH, LAST_CONTACT, LEADERS, FOLLOW_UP = range(8)
    COLUMN_COUNT = 8

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PortfolioRow] = []
        #: The rows in the order they were given, which sorting starts from each time.
        self._given: list[PortfolioRow] = []
        self._haystacks: dict[int, str] = {}
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None
        self._today = date.today()
        self.leader_threshold_days = DEFAULT_LEADER_THRESHOLD_DAYS

    def set_rows(self, rows: list[PortfolioRow], today: date) -> None:
        """Show these partnerships, as of ``today`` (in the order last sorted by, if any)."""
        self.beginResetModel()
        self._given = list(rows)
        self._today = today
        self._haystacks = {
            row.partnership_id: folded(" ".join([row.name, *row.partner_names]))
            for row in self._given
        }
        self._rows = self._in_order(self._given)
        self.endResetModel()

    def row_at(self, row: int) -> PortfolioRow:
        return self._rows[row]

    def haystack(self, row: int) -> str:
        """What the filter looks for words in: the name and the partners' names, folded."""
        return self._haystacks[self._rows[row].partnership_id]

    # Sorting happens here, from keys computed once per row, rather than in the proxy model:
    # the proxy compares rows two by two through data(), a Python call each, and took a
    # tenth of a second to sort a thousand partnerships, again after every keystroke of the
    # filter.

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by ``column``'s sort key, ascending or exactly backwards."""
        self._sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        shown = [self._rows[index.row()].partnership_id for index in before]
        self._rows = self._in_order(self._given)
        position = {row.partnership_id: number for number, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            before,
            [
                self.index(position[pid], index.column())
                for pid, index in zip(shown, before, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def _in_order(self, rows: list[PortfolioRow]) -> list[PortfolioRow]:
        if self._sorted_by is None:
            return list(rows)
        column, order = self._sorted_by
        ordered = sorted(rows, key=lambda row: self._sort_key(row, column))
        if order == Qt.SortOrder.DescendingOrder:
            # Exactly backwards, ties included, as Qt's own sorting gives it.
            ordered.reverse()
        return ordered

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
                translate("PortfolioModel", "Name"),
                translate("PortfolioModel", "Kind"),
                translate("PortfolioModel", "Stage"),
                translate("PortfolioModel", "Members"),
                translate("PortfolioModel", "Strength"),
                translate("PortfolioModel", "Last contact"),
                translate("PortfolioModel", "Leaders met"),
                translate("PortfolioModel", "Next follow-up"),
            ][section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return [
                None,
                translate(
                    "PortfolioModel",
                    "Where the partnership sits on the continuum: consortium → "
                    "joint venture → value chain",
                ),
                None,
                translate("PortfolioModel", "The partner organisations"),
                translate(
                    "PortfolioModel",
                    "Integration strength from the latest assessment (0–5), "
                    "with the change since the one before",
                ),
                translate("PortfolioModel", "The last contact with the partners"),
                translate(
                    "PortfolioModel",
                    "When the leaders last met (a contact at the strategic "
                    "level with a leader of a partner)",
                ),
                translate("PortfolioModel", "The next open follow-up"),
            ][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return row.partnership_id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == CONTINUUM_ROLE and column == self.KIND:
            return row.kind.position
        if role == ATTENTION_ROLE:
            return self._needs_attention(row, column)
        if role == Qt.ItemDataRole.FontRole and self._needs_attention(row, column):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.STRENGTH:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: PortfolioRow, column: int) -> str:
        today = self._today
        if column == self.NAME:
            return row.name
        if column == self.KIND:
            return short_label(row.kind)
        if column == self.STAGE:
            return label(row.stage)
        if column == self.MEMBERS:
            return ", ".join(row.partner_names)
        if column == self.STRENGTH:
            if row.strength is None:
                return "—"
            change = row.strength_change
            arrow = "" if change is None or abs(change) < 0.05 else (" ▲" if change > 0 else " ▼")
            return strength_text(row.strength.overall) + arrow
        if column == self.LAST_CONTACT:
            return relative_days(row.last_contact_on, today)
        if column == self.LEADERS:
            if row.last_leader_contact_on is None:
                text = translate("PortfolioModel", "never")
            else:
                text = relative_days(row.last_leader_contact_on, today)
            return f"⚠ {text}" if self._needs_attention(row, column) else text
        if column == self.FOLLOW_UP:
            text = short_date(row.next_follow_up_on)
            return f"⚠ {text}" if self._needs_attention(row, column) else text
        return ""

    def _sort_key(self, row: PortfolioRow, column: int) -> Any:
        if column == self.NAME:
            return row.name.casefold()
        if column == self.KIND:
            return row.kind.position
        if column == self.STAGE:
            return list(type(row.stage)).index(row.stage)
        if column == self.MEMBERS:
            return ", ".join(row.partner_names).casefold()
        if column == self.STRENGTH:
            overall = None if row.strength is None else row.strength.overall
            return -1.0 if overall is None else overall
        if column == self.LAST_CONTACT:
            return row.last_contact_on.isoformat() if row.last_contact_on else ""
        if column == self.LEADERS:
            return row.last_leader_contact_on.isoformat() if row.last_leader_contact_on else ""
        if column == self.FOLLOW_UP:
            return row.next_follow_up_on.isoformat() if row.next_follow_up_on else "9999"
        return None

    def _tooltip(self, row: PortfolioRow, column: int) -> str | None:
        if column == self.KIND:
            return f"{label(row.kind)}: {meaning(row.kind)}"
        if column == self.STAGE:
            return meaning(row.stage)
        if column == self.MEMBERS:
            return "\n".join(row.partner_names) or None
        if column == self.STRENGTH and row.strength is not None:
            assessed = short_date(row.strength.on)
            return translate("PortfolioModel", "Assessed on %1").replace("%1", assessed)
        if column == self.FOLLOW_UP and row.overdue_follow_ups:
            return translate(
                "PortfolioModel", "%n follow-ups overdue", None, row.overdue_follow_ups
            )
        return None

    def _needs_attention(self, row: PortfolioRow, column: int) -> bool:
        if not row.stage.is_live:
            return False
        if column == self.LEADERS:
            gap = row.days_since_leader_contact(self._today)
            return gap is None or gap > self.leader_threshold_days
        if column == self.FOLLOW_UP:
            return row.overdue_follow_ups > 0
        return False


class PortfolioFilter(WordsFilter):
    """Filters partnerships by name and members as typed; sorting is left to the portfolio
    model itself (see :meth:`PortfolioModel.sort`), whose order this keeps."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._kind: Kind | None = None
        self._stages: frozenset[Stage] | None = None

    def set_kind(self, kind: Kind | None) -> None:
        """Keep only partnerships of this kind (None: every kind)."""
        self.beginFilterChange()
        self._kind = kind
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_stages(self, stages: frozenset[Stage] | None) -> None:
        """Keep only partnerships in these stages (None: every stage)."""
        self.beginFilterChange()
        self._stages = stages
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the portfolio (by the view's header or :meth:`QTableView.sortByColumn`)."""
        model = self.sourceModel()
        assert isinstance(model, PortfolioModel)
        model.sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, PortfolioModel)
        row = model.row_at(source_row)
        if self._kind is not None and row.kind is not self._kind:
            return False
        if self._stages is not None and row.stage not in self._stages:
            return False
        return self.has_words(source_row)

    def haystack(self, source_row: int) -> str:
        """The partnership's name and its partners' names, folded once by the model."""
        model = self.sourceModel()
        assert isinstance(model, PortfolioModel)
        return model.haystack(source_row)
