"""The journal as a lazy table: pages of entries are read as the user scrolls.

:class:`JournalModel` holds the entries read so far and reads the next page (newest first,
by keyset paging in :func:`partnerdesk.domain.journal.journal`) only when the view asks for
more, so the journal opens at once with hundreds of thousands of entries. ``data()`` only
formats what was read.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from partnerdesk.domain.journal import (
    MATCH_END,
    MATCH_START,
    JournalEntry,
    JournalFilter,
    journal,
)
from partnerdesk.domain.vocabulary import Level
from partnerdesk.gui.text import label, relative_days, short_date, translate
from partnerdesk.gui.widgets import muted_colour

Index = QModelIndex | QPersistentModelIndex

#: Item data role: the :class:`JournalEntry` of a row.
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 20
#: Item data role (levels column): the levels the entry touched.
LEVELS_ROLE = Qt.ItemDataRole.UserRole + 21
#: Item data role (summary column): the summary as HTML with the found words marked, if any.
MARKED_ROLE = Qt.ItemDataRole.UserRole + 22

#: How many entries are read at a time.
PAGE_SIZE = 200


def marked_html(text: str, highlight: QColor | None) -> str:
    """Text with search marks as HTML: everything escaped, the found words highlighted (or,
    with no highlight colour, in a selected row, underlined)."""
    escaped = html.escape(text)
    if highlight is None:
        style = "text-decoration: underline; font-weight: 600"
    else:
        style = f"background-color: {highlight.name()}; color: #000000; font-weight: 600"
    return escaped.replace(MATCH_START, f'<span style="{style}">').replace(MATCH_END, "</span>")


def plain(text: str | None) -> str:
    """Text without search marks."""
    return (text or "").replace(MATCH_START, "").replace(MATCH_END, "")


def highlight_colour(palette: QPalette) -> QColor:
    """The background of found words: a soft yellow in light mode, a dark amber in dark."""
    dark = palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5
    return QColor("#6b5200") if dark else QColor("#fff0a8")


class JournalModel(QAbstractTableModel):
    """Journal entries, newest first, read a page at a time."""

    DATE, ABOUT, CHANNEL, SUMMARY, LEVELS, PEOPLE = range(6)
    COLUMN_COUNT = 6

    #: Emitted after a (re)load with the number of entries read so far.
    loaded = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._store: Any = None
        self._filter = JournalFilter()
        self._entries: list[JournalEntry] = []
        self._complete = True
        self._today: Any = None

    def load(self, store: Any, journal_filter: JournalFilter, today: Any) -> None:
        """Show the entries ``journal_filter`` selects, reading the first page now.

        After a change elsewhere, as many entries as were shown are read again, so the view
        keeps its place.
        """
        keep = max(PAGE_SIZE, len(self._entries)) if journal_filter == self._filter else PAGE_SIZE
        self.beginResetModel()
        self._store = store
        self._filter = journal_filter
        self._today = today
        self._entries = journal(store, journal_filter, limit=keep)
        self._complete = len(self._entries) < keep
        self.endResetModel()
        self.loaded.emit()

    def clear(self) -> None:
        """Show nothing."""
        self.beginResetModel()
        self._entries = []
        self._complete = True
        self.endResetModel()

    @property
    def journal_filter(self) -> JournalFilter:
        return self._filter

    def entry_at(self, row: int) -> JournalEntry:
        return self._entries[row]

    def row_of(self, entry_id: int) -> int | None:
        """The row of an entry already read, if it is."""
        return next((i for i, e in enumerate(self._entries) if e.entry.id == entry_id), None)

    # --- lazy reading -------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._complete and self._store is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._complete or not self._entries:
            return
        more = journal(self._store, self._filter, limit=PAGE_SIZE, after=self._entries[-1])
        self._complete = len(more) < PAGE_SIZE
        if more:
            first = len(self._entries)
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self._entries.extend(more)
            self.endInsertRows()
        self.loaded.emit()

    @property
    def complete(self) -> bool:
        """Whether every selected entry has been read."""
        return self._complete

    # --- the table ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                translate("JournalModel", "Date"),
                translate("JournalModel", "With"),
                translate("JournalModel", "How"),
                translate("JournalModel", "Summary"),
                translate("JournalModel", "Levels"),
                translate("JournalModel", "People"),
            ][section]
        if role == Qt.ItemDataRole.ToolTipRole and section == self.LEVELS:
            return translate(
                "JournalModel",
                "The levels of integration the contact touched: strategic, tactical, "
                "operational, interpersonal, cultural",
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._entries[index.row()]
        entry = item.entry
        column = index.column()
        if role == ENTRY_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DATE:
                return short_date(entry.occurred_on)
            if column == self.ABOUT:
                return item.partnership_name or item.organisation_name or ""
            if column == self.CHANNEL:
                text = label(entry.channel)
                return (
                    translate("JournalModel", "%1 · private").replace("%1", text)
                    if entry.private
                    else text
                )
            if column == self.SUMMARY:
                return entry.summary
            if column == self.LEVELS:
                return ", ".join(label(level) for level in entry.sorted_levels)
            if column == self.PEOPLE:
                return ", ".join(item.people_names)
        if role == MARKED_ROLE and column == self.SUMMARY and item.summary_marked:
            return item.summary_marked if MATCH_START in item.summary_marked else None
        if role == LEVELS_ROLE and column == self.LEVELS:
            return entry.sorted_levels
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.DATE and self._today is not None:
                return relative_days(entry.occurred_on, self._today)
            if column == self.SUMMARY:
                details = plain(item.details_marked) if item.details_marked else entry.details
                return entry.summary + (f"\n\n{details}" if details else "")
            if column == self.LEVELS:
                return ", ".join(label(level) for level in entry.sorted_levels) or translate(
                    "JournalModel", "No level recorded"
                )
        if role == Qt.ItemDataRole.FontRole and column == self.CHANNEL and entry.private:
            font = QFont()
            font.setItalic(True)
            return font
        return None


class LevelsDelegate(QStyledItemDelegate):
    """Five small marks in Kanter's order, filled in each level's colour where touched."""

    SIZE = 9
    GAP = 4

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        if widget is not None:
            widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        touched = set(index.data(LEVELS_ROLE) or ())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        y = opt.rect.center().y() - self.SIZE / 2 + 0.5
        x = opt.rect.left() + 6.5
        outline = muted_colour(opt.palette)
        for level in Level:
            rect = QRectF(x, y, self.SIZE, self.SIZE)
            if level in touched:
                painter.setPen(QColor(level.colour))
                painter.setBrush(QColor(level.colour))
            else:
                painter.setPen(outline)
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(rect)
            x += self.SIZE + self.GAP
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(12 + 5 * self.SIZE + 4 * self.GAP, hint.height())


class MarkedTextDelegate(QStyledItemDelegate):
    """Draws text with the words a search found highlighted (from ``MARKED_ROLE``)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        marked = index.data(MARKED_ROLE)
        if not marked:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        if widget is not None:
            widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        document = QTextDocument()
        document.setDefaultFont(opt.font)
        document.setDocumentMargin(0)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        shown = marked_html(marked, None if selected else highlight_colour(opt.palette))
        document.setHtml(f'<span style="white-space: pre">{shown}</span>')
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        text_rect = opt.rect.adjusted(4, 0, -4, 0)
        painter.setClipRect(text_rect)
        top = text_rect.top() + (text_rect.height() - document.size().height()) / 2
        painter.translate(QPointF(text_rect.left(), top))
        document.documentLayout().draw(painter, context)
        painter.restore()


class JournalTable(QTableView):
    """A table of journal entries with the levels drawn and search matches highlighted."""

    #: The user asked to open an entry (Enter or double-click): the entry.
    entry_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, hide: tuple[int, ...] = ()) -> None:
        super().__init__(parent)
        self.journal_model = JournalModel(self)
        self.setModel(self.journal_model)
        self.setItemDelegateForColumn(JournalModel.LEVELS, LevelsDelegate(self))
        self.setItemDelegateForColumn(JournalModel.SUMMARY, MarkedTextDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(JournalModel.SUMMARY, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        metrics = self.fontMetrics()
        widths = {
            JournalModel.DATE: metrics.horizontalAdvance("00/00/0000") + 24,
            JournalModel.ABOUT: metrics.horizontalAdvance("Riverside Market Collective") + 16,
            JournalModel.CHANNEL: metrics.horizontalAdvance("Workshop · private") + 16,
            JournalModel.LEVELS: 12 + 5 * LevelsDelegate.SIZE + 4 * LevelsDelegate.GAP + 8,
            JournalModel.PEOPLE: metrics.horizontalAdvance("Helen Marsh, Tomás Ruiz") + 16,
        }
        for column, width in widths.items():
            self.setColumnWidth(column, width)
        for column in hide:
            self.setColumnHidden(column, True)
        self.activated.connect(self._activated)

    def _activated(self, index: QModelIndex) -> None:
        entry = index.data(ENTRY_ROLE)
        if entry is not None:
            self.entry_activated.emit(entry)

    def selected_entry(self) -> JournalEntry | None:
        """The entry selected, if any."""
        rows = self.selectionModel().selectedRows()
        if not rows:
            return None
        entry = rows[0].data(ENTRY_ROLE)
        return entry if isinstance(entry, JournalEntry) else None

    def select_entry(self, entry_id: int) -> bool:
        """Select an entry when it has been read; True when it was."""
        row = self.journal_model.row_of(entry_id)
        if row is None:
            return False
        index = self.journal_model.index(row, JournalModel.SUMMARY)
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True
