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
    QPoint,
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
    QPixmap,
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
from partnerdesk.domain.records import ContactLog
from partnerdesk.domain.vocabulary import Channel, Level, member
from partnerdesk.gui.text import label, relative_days, short_date, translate
from partnerdesk.gui.theme import is_dark, level_colour
from partnerdesk.gui.widgets import muted_colour

Index = QModelIndex | QPersistentModelIndex

#: Item data role: the :class:`JournalEntry` of a row.
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 20
#: Item data role (levels column): the levels the entry touched.
LEVELS_ROLE = Qt.ItemDataRole.UserRole + 21
#: Item data role (summary column): the summary as HTML with the found words marked, if any.
MARKED_ROLE = Qt.ItemDataRole.UserRole + 22

#: The roles :meth:`JournalModel.data` answers. A view asks for seven roles of every cell it
#: paints; the others are turned away before any work.
_ANSWERED = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.FontRole,
        ENTRY_ROLE,
        LEVELS_ROLE,
        MARKED_ROLE,
    }
)

# How the model keeps each entry read: a plain tuple of text, numbers and dates. Python's
# garbage collector stops looking at such a tuple once it has seen it, while a JournalEntry with
# its ContactLog and its set of levels are three objects it looks at in every full collection:
# with a quarter of a million entries read while scrolling, each full collection held the
# window for a third of a second. A JournalEntry is made again when one is asked for.
(
    _ID,
    _ON,
    _SUMMARY,
    _CHANNEL,
    _PARTNERSHIP_ID,
    _ORGANISATION_ID,
    _DETAILS,
    _PRIVATE,
    _FOLLOW_UP_ON,
    _FOLLOW_UP_DONE,
    _LEVELS,
    _PEOPLE_IDS,
    _CREATED_AT,
    _UPDATED_AT,
    _PARTNERSHIP_NAME,
    _ORGANISATION_NAME,
    _SUMMARY_MARKED,
    _DETAILS_MARKED,
    _PEOPLE_NAMES,
) = range(19)
Packed = tuple[Any, ...]


def pack(item: JournalEntry) -> Packed:
    """An entry as the model keeps it (see above); :func:`unpack` gives it back."""
    entry = item.entry
    return (
        entry.id,
        entry.occurred_on,
        entry.summary,
        entry.channel.value,
        entry.partnership_id,
        entry.organisation_id,
        entry.details,
        entry.private,
        entry.follow_up_on,
        entry.follow_up_done,
        tuple(level.value for level in entry.sorted_levels),
        entry.people_ids,
        entry.created_at,
        entry.updated_at,
        item.partnership_name,
        item.organisation_name,
        item.summary_marked,
        item.details_marked,
        item.people_names,
    )


def unpack(row: Packed) -> JournalEntry:
    """The entry a packed row holds."""
    return JournalEntry(
        entry=ContactLog(
            id=row[_ID],
            occurred_on=row[_ON],
            summary=row[_SUMMARY],
            channel=member(Channel, row[_CHANNEL]),
            partnership_id=row[_PARTNERSHIP_ID],
            organisation_id=row[_ORGANISATION_ID],
            details=row[_DETAILS],
            private=row[_PRIVATE],
            follow_up_on=row[_FOLLOW_UP_ON],
            follow_up_done=row[_FOLLOW_UP_DONE],
            levels=frozenset(_levels(row)),
            people_ids=row[_PEOPLE_IDS],
            created_at=row[_CREATED_AT],
            updated_at=row[_UPDATED_AT],
        ),
        partnership_name=row[_PARTNERSHIP_NAME],
        organisation_name=row[_ORGANISATION_NAME],
        summary_marked=row[_SUMMARY_MARKED],
        details_marked=row[_DETAILS_MARKED],
        people_names=row[_PEOPLE_NAMES],
    )


def _levels(row: Packed) -> list[Level]:
    """The levels a packed entry touched, in Kanter's order."""
    return [member(Level, value) for value in row[_LEVELS]]


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
        self._entries: list[Packed] = []
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
        self._entries = [pack(item) for item in journal(store, journal_filter, limit=keep)]
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
        return unpack(self._entries[row])

    def row_of(self, entry_id: int) -> int | None:
        """The row of an entry already read, if it is."""
        return next((i for i, e in enumerate(self._entries) if e[_ID] == entry_id), None)

    # --- lazy reading -------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._complete and self._store is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._complete or not self._entries:
            return
        after = unpack(self._entries[-1])
        more = [
            pack(item) for item in journal(self._store, self._filter, limit=PAGE_SIZE, after=after)
        ]
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
        if role not in _ANSWERED or not index.isValid():
            return None
        row = self._entries[index.row()]
        column = index.column()
        if role == ENTRY_ROLE:
            return unpack(row)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DATE:
                return short_date(row[_ON])
            if column == self.ABOUT:
                return row[_PARTNERSHIP_NAME] or row[_ORGANISATION_NAME] or ""
            if column == self.CHANNEL:
                text = label(member(Channel, row[_CHANNEL]))
                return (
                    translate("JournalModel", "%1 · private").replace("%1", text)
                    if row[_PRIVATE]
                    else text
                )
            if column == self.SUMMARY:
                return row[_SUMMARY]
            if column == self.LEVELS:
                return ", ".join(label(level) for level in _levels(row))
            if column == self.PEOPLE:
                return ", ".join(row[_PEOPLE_NAMES])
        marked = row[_SUMMARY_MARKED]
        if role == MARKED_ROLE and column == self.SUMMARY and marked:
            return marked if MATCH_START in marked else None
        if role == LEVELS_ROLE and column == self.LEVELS:
            return _levels(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.DATE and self._today is not None:
                return relative_days(row[_ON], self._today)
            if column == self.SUMMARY:
                found = row[_DETAILS_MARKED]
                details = plain(found) if found else row[_DETAILS]
                return row[_SUMMARY] + (f"\n\n{details}" if details else "")
            if column == self.LEVELS:
                return ", ".join(label(level) for level in _levels(row)) or translate(
                    "JournalModel", "No level recorded"
                )
        if role == Qt.ItemDataRole.FontRole and column == self.CHANNEL and row[_PRIVATE]:
            font = QFont()
            font.setItalic(True)
            return font
        return None


class LevelsDelegate(QStyledItemDelegate):
    """Five small marks in Kanter's order, filled in each level's colour where touched."""

    SIZE = 9
    GAP = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The marks of each set of levels, drawn once (32 sets at most) and then copied: five
        # antialiased circles drawn by Python for every row took a third of each paint.
        self._marks: dict[tuple[frozenset[Level], int, float, bool], QPixmap] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        if widget is not None:
            widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        touched = frozenset(index.data(LEVELS_ROLE) or ())
        outline = muted_colour(opt.palette)
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        dark = is_dark(opt.palette)
        key = (touched, outline.rgba(), ratio, dark)
        marks = self._marks.get(key)
        if marks is None:
            marks = self._marks[key] = self._draw_marks(touched, outline, ratio, dark)
        # The marks start 6.5 px in and 4 px above the middle, as they always have; the picture
        # holds them a pixel and a half in, and is put down on whole pixels.
        painter.drawPixmap(QPoint(opt.rect.left() + 5, opt.rect.center().y() - 5), marks)

    def _draw_marks(
        self, touched: frozenset[Level], outline: QColor, ratio: float, dark: bool
    ) -> QPixmap:
        width = 5 * self.SIZE + 4 * self.GAP + 3
        marks = QPixmap(round(width * ratio), round((self.SIZE + 2) * ratio))
        marks.setDevicePixelRatio(ratio)
        marks.fill(Qt.GlobalColor.transparent)
        painter = QPainter(marks)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        x = 1.5
        for level in Level:
            rect = QRectF(x, 1.0, self.SIZE, self.SIZE)
            if level in touched:
                colour = level_colour(level, dark)
                painter.setPen(colour)
                painter.setBrush(colour)
            else:
                painter.setPen(outline)
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(rect)
            x += self.SIZE + self.GAP
        painter.end()
        return marks

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
