"""Table models for the window's smaller lists, declared as columns over a list of records.

Each list (organisations, people, members, history…) is a subclass of :class:`RecordsModel`
that names its column constants and says how each column shows a record. The records are
read once per refresh by the page; ``data()`` only formats them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from partnerdesk.gui.text import folded

#: Item data role: the value columns sort by (numbers and ISO dates, never display text).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

#: Item data role: the record a row shows.
RECORD_ROLE = Qt.ItemDataRole.UserRole + 40


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: its title and how it shows, sorts and explains a record."""

    title: str
    display: Callable[[T], str]
    sort: Callable[[T], Any] | None = None
    tooltip: Callable[[T], str | None] | None = None
    right: bool = False
    bold: Callable[[T], bool] | None = None


class RecordsModel(QAbstractTableModel, Generic[T]):
    """A list of records shown through :class:`Column` declarations."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[T] = []
        self.columns: Sequence[Column[T]] = self.make_columns()

    def make_columns(self) -> Sequence[Column[T]]:
        """The columns, in the order of the subclass's column constants."""
        raise NotImplementedError

    def set_items(self, items: Sequence[T]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def item_at(self, row: int) -> T:
        return self.items[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(item)
        if role == RECORD_ROLE:
            return item
        if role == SORT_ROLE:
            if column.sort is not None:
                return column.sort(item)
            return column.display(item).casefold()
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(item)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column.bold is not None and column.bold(item):
            font = QFont()
            font.setBold(True)
            return font
        return None


class WordsFilter(QSortFilterProxyModel):
    """Sorts by each column's sort key; keeps rows whose text has every typed word, ignoring
    case and accents. The text is every shown column unless a subclass says otherwise in
    :meth:`haystack`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        """Keep the rows that contain every word of ``text``."""
        self.beginFilterChange()
        self._words = folded(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def haystack(self, source_row: int) -> str:
        """The folded text of a row of the source model that typed words are looked for in."""
        model = self.sourceModel()
        return folded(
            " ".join(
                str(model.index(source_row, column).data() or "")
                for column in range(model.columnCount())
            )
        )

    def has_words(self, source_row: int) -> bool:
        """Whether the row contains every typed word (any row when nothing is typed)."""
        if not self._words:
            return True
        haystack = self.haystack(source_row)
        return all(word in haystack for word in self._words)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        return self.has_words(source_row)
