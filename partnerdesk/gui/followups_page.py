"""Follow-ups: what the user promised to do after a contact, overdue first; mark them done."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from partnerdesk.domain.followups import Due, FollowUp, open_follow_ups
from partnerdesk.gui.entry_actions import edit_entry, mark_follow_up
from partnerdesk.gui.events import Topic
from partnerdesk.gui.forms.ui_follow_ups_page import Ui_FollowUpsPage
from partnerdesk.gui.page import Page
from partnerdesk.gui.portfolio_page import title_font
from partnerdesk.gui.table_model import SORT_ROLE, WordsFilter
from partnerdesk.gui.text import folded, relative_days, short_date, translate
from partnerdesk.gui.widgets import error_colour, filter_keys, mute, say_when_nothing_matches
from partnerdesk.gui.workspace import Workspace

Index = QModelIndex | QPersistentModelIndex
#: Item data role: the :class:`FollowUp` of a row.
FOLLOW_UP_ROLE = Qt.ItemDataRole.UserRole + 30


class FollowUpsModel(QAbstractTableModel):
    """Open follow-ups with when they are due and what they are about."""

    DUE, WHEN, ABOUT, SUMMARY, LOGGED = range(5)
    COLUMN_COUNT = 5

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[FollowUp] = []
        self.today = date.today()

    def set_items(self, items: list[FollowUp], today: date) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.today = today
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [
                translate("FollowUpsModel", "Due"),
                translate("FollowUpsModel", "When"),
                translate("FollowUpsModel", "With"),
                translate("FollowUpsModel", "What was said"),
                translate("FollowUpsModel", "Logged"),
            ][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        column = index.column()
        due = item.due(self.today)
        if role == FOLLOW_UP_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DUE:
                return short_date(item.due_on)
            if column == self.WHEN:
                if due is Due.OVERDUE:
                    late = item.days_overdue(self.today)
                    return translate("FollowUpsModel", "⚠ %n days late", None, late)
                return relative_days(item.due_on, self.today)
            if column == self.ABOUT:
                return item.partnership_name or item.organisation_name or ""
            if column == self.SUMMARY:
                return item.summary
            if column == self.LOGGED:
                return short_date(item.occurred_on)
        if role == SORT_ROLE:
            if column in (self.DUE, self.WHEN):
                return item.due_on.isoformat()
            if column == self.ABOUT:
                return (item.partnership_name or item.organisation_name or "").casefold()
            if column == self.SUMMARY:
                return item.summary.casefold()
            return item.occurred_on.isoformat()
        if role == Qt.ItemDataRole.FontRole and due is Due.OVERDUE and column == self.WHEN:
            font = QFont()
            font.setBold(True)
            return font
        late = due is Due.OVERDUE
        if role == Qt.ItemDataRole.ForegroundRole and column == self.WHEN and late:
            # Read at each paint: the reds of light and dark colours differ.
            return error_colour(QGuiApplication.palette())
        if role == Qt.ItemDataRole.ToolTipRole and column == self.SUMMARY:
            return item.summary
        return None


class FollowUpsFilter(WordsFilter):
    """Keeps follow-ups whose partnership, organisation or summary has every typed word."""

    def haystack(self, source_row: int) -> str:
        model = self.sourceModel()
        assert isinstance(model, FollowUpsModel)
        item = model.items[source_row]
        return folded(
            " ".join([item.summary, item.partnership_name or "", item.organisation_name or ""])
        )


class FollowUpsPage(Page):
    """Open follow-ups, soonest first; Space marks the selected one done."""

    topics = frozenset({Topic.JOURNAL, Topic.FOLLOW_UPS, Topic.PARTNERSHIPS, Topic.SETTINGS})

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.ui = Ui_FollowUpsPage()
        self.ui.setupUi(self)
        ui = self.ui
        title_font(ui.titleLabel)
        for muted in (ui.countLabel, ui.hintLabel):
            mute(muted)
        self.model = FollowUpsModel(self)
        self.proxy = FollowUpsFilter(self)
        self.proxy.setSourceModel(self.model)
        ui.table.setModel(self.proxy)
        header = ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FollowUpsModel.SUMMARY, QHeaderView.ResizeMode.Stretch)
        ui.table.sortByColumn(FollowUpsModel.DUE, Qt.SortOrder.AscendingOrder)
        ui.table.installEventFilter(self)
        ui.table.activated.connect(lambda _: self._edit())
        ui.table.selectionModel().selectionChanged.connect(self._selection)
        ui.filterEdit.textChanged.connect(self._filter)
        filter_keys(ui.filterEdit, ui.table)
        say_when_nothing_matches(
            ui.table, ui.filterEdit, translate("FollowUpsPage", "No open follow-up has “%1” in it.")
        )
        ui.doneButton.clicked.connect(self.mark_done)
        ui.editButton.clicked.connect(self._edit)
        ui.partnershipButton.clicked.connect(self._open_partnership)
        self._selection()

    def refresh(self) -> None:
        super().refresh()
        selected = self.selected()
        self.model.set_items(open_follow_ups(self.workspace.store), self.workspace.today())
        today = self.workspace.today()
        late = sum(1 for item in self.model.items if item.due(today) is Due.OVERDUE)
        total = len(self.model.items)
        text = translate("FollowUpsPage", "%n open", None, total)
        if late:
            text += " · " + translate("FollowUpsPage", "%n overdue", None, late)
        self.ui.countLabel.setText(text if total else "")
        if selected is not None:
            self.select(selected.contact_log_id)
        self._show_state()

    def _show_state(self) -> None:
        ui = self.ui
        ui.stack.setCurrentWidget(ui.table if self.model.items else ui.emptyLabel)
        ui.filterEdit.setVisible(bool(self.model.items))
        ui.hintLabel.setVisible(bool(self.model.items))

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)

    def selected(self) -> FollowUp | None:
        index = self.ui.table.currentIndex()
        if not index.isValid() or not self.ui.table.selectionModel().isSelected(index):
            return None
        item = index.data(FOLLOW_UP_ROLE)
        return item if isinstance(item, FollowUp) else None

    def select(self, contact_log_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, FollowUpsModel.SUMMARY)
            item = index.data(FOLLOW_UP_ROLE)
            if item is not None and item.contact_log_id == contact_log_id:
                self.ui.table.setCurrentIndex(index)
                return

    def _selection(self) -> None:
        item = self.selected()
        ui = self.ui
        ui.doneButton.setEnabled(item is not None)
        ui.editButton.setEnabled(item is not None)
        ui.partnershipButton.setEnabled(item is not None and item.partnership_id is not None)
        self.selection_changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.ui.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
        ):
            self.mark_done()
            return True
        return super().eventFilter(watched, event)

    def mark_done(self) -> None:
        """Mark the selected follow-up done (undoable); the next one is selected."""
        item = self.selected()
        if item is None:
            return
        row = self.ui.table.currentIndex().row()
        mark_follow_up(self.workspace, self, item.contact_log_id, True)
        if self.proxy.rowCount():
            self.ui.table.setCurrentIndex(
                self.proxy.index(min(row, self.proxy.rowCount() - 1), FollowUpsModel.SUMMARY)
            )

    def _edit(self) -> None:
        item = self.selected()
        if item is not None:
            edit_entry(self.workspace, self, item.contact_log_id)

    def _open_partnership(self) -> None:
        item = self.selected()
        if item is not None and item.partnership_id is not None:
            self.open_partnership.emit(item.partnership_id)

    def selected_partnership(self) -> int | None:
        item = self.selected()
        return None if item is None else item.partnership_id

    def focus_search(self) -> None:
        self.ui.filterEdit.setFocus()
        self.ui.filterEdit.selectAll()
