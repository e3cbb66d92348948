"""Small widgets the screens share: date fields, multi-line fields that save on leaving,
type-ahead combo boxes, inline messages at a field, and the stage chip."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QEvent,
    QObject,
    QPoint,
    QRect,
    QSignalBlocker,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFocusEvent,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
    QWidgetAction,
)

from partnerdesk import paths
from partnerdesk.domain.errors import ValidationError
from partnerdesk.domain.vocabulary import Kind, Stage
from partnerdesk.gui.continuum import marker_width, paint_marker
from partnerdesk.gui.events import Topic, events
from partnerdesk.gui.text import (
    date_format,
    folded,
    label,
    meaning,
    read_date,
    refusal,
    short_date,
    translate,
)

E = TypeVar("E", bound=StrEnum)


def ctrl_enter(dialog: QWidget, slot: Callable[[], Any]) -> None:
    """Ctrl+Enter does ``slot`` anywhere in ``dialog`` (in a multi-line field, Enter is a new
    line)."""
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        QShortcut(QKeySequence(keys), dialog, slot)


def icon(name: str) -> QIcon:
    """One of PartnerDesk's own icons (``resources/icons/<name>.svg``)."""
    return QIcon(str(paths.resource("icons", f"{name}.svg")))


def is_dark(palette: QPalette) -> bool:
    """Whether the palette draws light text on a dark background."""
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def error_colour(palette: QPalette) -> QColor:
    """A red that reads on the palette's background, light or dark."""
    return QColor("#ff8a80") if is_dark(palette) else QColor("#c62828")


def muted_colour(palette: QPalette) -> QColor:
    """The colour of secondary text (hints, counts)."""
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)


def mute(widget: QWidget) -> None:
    """Draw a label's text in the colour of secondary text, in light and dark colours alike.

    A role rather than a colour copied into the widget's palette: the colour then follows the
    palette when the user switches between light and dark.
    """
    widget.setForegroundRole(QPalette.ColorRole.PlaceholderText)


class DateEdit(QLineEdit):
    """A date typed as the user writes dates (or ISO, or "today"), with a calendar button.

    ``editingFinished`` is emitted after a date is picked from the calendar too.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today: Callable[[], date] = date.today
        self._format_hint = date_format().upper()
        self.setPlaceholderText(self._format_hint)
        events.changed.connect(self._settings_changed)
        self.setClearButtonEnabled(True)
        self._calendar = QCalendarWidget()
        self._calendar.setGridVisible(False)
        self._calendar.clicked.connect(self._picked)
        self._calendar.activated.connect(self._picked)
        self._menu = QMenu(self)
        holder = QWidgetAction(self._menu)
        holder.setDefaultWidget(self._calendar)
        self._menu.addAction(holder)
        pick = QAction(icon("calendar"), translate("DateEdit", "Choose from a calendar"), self)
        pick.triggered.connect(self.show_calendar)
        self.addAction(pick, QLineEdit.ActionPosition.TrailingPosition)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000-00-00") + 64)

    def _settings_changed(self, topics: frozenset[Topic]) -> None:
        # An empty field shows how to write a date: as the preference now says.
        if Topic.SETTINGS in topics:
            hint = date_format().upper()
            if self.placeholderText() == self._format_hint:
                self.setPlaceholderText(hint)
            self._format_hint = hint

    def set_today(self, today: Callable[[], date]) -> None:
        """Where "today" comes from (the window's, which tests fix)."""
        self._today = today

    def value(self) -> date | None:
        """The date typed; None when empty. Raises ValueError when it is not a date."""
        return read_date(self.text(), self._today())

    def set_value(self, day: date | None) -> None:
        """Show ``day`` (or nothing)."""
        self.setText(short_date(day))

    def show_calendar(self) -> None:
        """Open the calendar below the field, on the date typed (or today)."""
        try:
            day = self.value() or self._today()
        except ValueError:
            day = self._today()
        self._calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self._menu.popup(self.mapToGlobal(self.rect().bottomLeft()))
        self._calendar.setFocus()

    def _picked(self, picked: QDate) -> None:
        self._menu.close()
        self.set_value(date(picked.year(), picked.month(), picked.day()))
        self.setFocus()
        self.editingFinished.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Alt+Down opens the calendar, as it does in a combo box.
        if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.show_calendar()
            return
        super().keyPressEvent(event)


class TextEdit(QPlainTextEdit):
    """Multi-line text that saves when the user leaves it: emits ``editingFinished``."""

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMaximumHeight(self.fontMetrics().lineSpacing() * 9 + 12)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self.document().isModified():
            self.document().setModified(False)
            self.editingFinished.emit()

    def set_value(self, value: str | None) -> None:
        """Show ``value`` without counting it as an edit."""
        with QSignalBlocker(self):
            self.setPlainText(value or "")
        self.document().setModified(False)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.fontMetrics().lineSpacing() * 4 + 12)


def resolve_typed(combo: QComboBox) -> bool:
    """Choose the first item whose name contains what was typed (unless one has that very
    name); True when the text now names an item."""
    typed = combo.currentText().strip()
    if not typed:
        return False
    exact = combo.findText(typed, Qt.MatchFlag.MatchFixedString)
    if exact >= 0:
        if combo.currentIndex() != exact:
            combo.setCurrentIndex(exact)
        return True
    wanted = folded(typed)
    for index in range(combo.count()):
        if combo.itemData(index) is not None and wanted in folded(combo.itemText(index)):
            combo.setCurrentIndex(index)
            return True
    return False


class _FoldedMatches(QSortFilterProxyModel):
    """The items of a list that contain what was typed, ignoring case and accents."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._wanted = ""
        # Each item folded once, not on every keystroke (ten thousand people to go through).
        self._folded: dict[str, str] = {}

    def set_typed(self, text: str) -> None:
        self.beginFilterChange()
        self._wanted = folded(text.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Any) -> bool:
        model = self.sourceModel()
        text = str(model.index(source_row, 0, source_parent).data() or "")
        if not text:
            return False
        if not self._wanted:
            return True
        found = self._folded.get(text)
        if found is None:
            found = self._folded[text] = folded(text)
        return self._wanted in found


class FoldedCompleter(QCompleter):
    """Suggests, as the user types into ``edit``, every item of ``model`` that contains what
    was typed anywhere, ignoring case and accents: "zoe" finds Zoë Müller."""

    def __init__(self, model: QAbstractItemModel, edit: QLineEdit, parent: QObject) -> None:
        matches = _FoldedMatches(parent)
        # The list is looked through from the first keystroke on, not while the form that
        # holds it is being built: ten thousand people took a third of opening the quick log.
        self._source = model
        super().__init__(matches, parent)
        self.matches = matches
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._edit = edit
        edit.textEdited.connect(self._typed)

    def _typed(self, text: str) -> None:
        self.matches.set_typed(text)
        if self.matches.sourceModel() is not self._source:
            self.matches.setSourceModel(self._source)  # filtered once, by what was typed
        popup = self.popup()
        if text.strip() and self.matches.rowCount():
            self.complete()
        elif popup is not None:
            popup.hide()


def make_type_ahead(combo: QComboBox) -> None:
    """Let the user type any part of an item's name to find it; leaving the field (Tab or
    Enter) takes the first item that contains what was typed."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    edit = combo.lineEdit()
    assert edit is not None
    completer = FoldedCompleter(combo.model(), edit, combo)
    combo.setCompleter(completer)
    resolver = _ResolveOnLeave(combo, lambda: resolve_typed(combo))
    for watched in (combo, combo.lineEdit(), completer.popup()):
        if watched is not None:
            watched.installEventFilter(resolver)


#: Keys that leave a type-ahead field (or confirm it).
LEAVING_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _ResolveOnLeave(QObject):
    """Runs ``resolve`` when the user leaves a type-ahead field: Tab, Enter (also while its
    list of suggestions is open) or the focus moving elsewhere."""

    def __init__(self, parent: QObject, resolve: Callable[[], Any]) -> None:
        super().__init__(parent)
        self._resolve = resolve

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in LEAVING_KEYS:
                self._resolve()
        elif (
            kind == QEvent.Type.FocusOut
            and isinstance(event, QFocusEvent)
            and event.reason() != Qt.FocusReason.PopupFocusReason
        ):
            self._resolve()
        return False


class FlowingLayout(QLayout):
    """Items laid out left to right, onto more lines as the width runs out, as words flow.
    A subclass places them in :meth:`_arrange`, which returns the height they take."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size

    def _shown(self) -> list[QLayoutItem]:
        return [
            item
            for item in self._items
            if item.widget() is None or not item.widget().isHidden()  # type: ignore[union-attr]
        ]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        raise NotImplementedError


class WrappingRow(FlowingLayout):
    """A row of controls that wraps onto more lines when the window is too narrow for them,
    each line's controls centred on it. (A row that cannot wrap sets the window's minimum
    width; a laptop user with a narrow window must still reach every control.)"""

    def sizeHint(self) -> QSize:
        shown = [item.sizeHint() for item in self._shown()]
        width = sum(s.width() for s in shown) + self._spacing * max(0, len(shown) - 1)
        return QSize(width, max((s.height() for s in shown), default=0))

    @staticmethod
    def _hint(item: QLayoutItem, room: int) -> QSize:
        # A label that wraps its words asks for a guess of a width; give it its text's width
        # (or the whole line) and the height that takes.
        widget = item.widget()
        if isinstance(widget, QLabel) and widget.wordWrap():
            margins = widget.contentsMargins()
            natural = widget.fontMetrics().horizontalAdvance(widget.text())
            width = min(natural + margins.left() + margins.right() + 2, room)
            return QSize(width, widget.heightForWidth(width))
        return item.sizeHint()

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = 0
        for item in self._shown():
            hint = self._hint(item, rect.width())
            if lines[-1] and x + hint.width() > rect.width():
                lines.append([])
                x = 0
            lines[-1].append((item, hint))
            x += hint.width() + self._spacing
        y = rect.y()
        for line in lines:
            height = max((hint.height() for _, hint in line), default=0)
            x = rect.x()
            for item, hint in line:
                width = min(hint.width(), rect.width())
                if move:
                    top = y + (height - hint.height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), QSize(width, hint.height())))
                x += width + self._spacing
            y += height + self._spacing
        return max(0, y - self._spacing - rect.y())


def wrap_row(row: QBoxLayout) -> QWidget:
    """Put the controls of a row (an ``QHBoxLayout`` inside another layout) into a
    :class:`WrappingRow` in its place, a label staying beside the control it names."""
    outer = row.parent()
    assert isinstance(outer, QBoxLayout)
    place = outer.indexOf(row)
    widgets: list[QWidget] = []
    while row.count():
        item = row.takeAt(0)
        if item is not None and item.widget() is not None:
            widgets.append(item.widget())  # type: ignore[arg-type]
    outer.removeItem(row)
    holder = QWidget(outer.parentWidget())
    holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    wrapping = WrappingRow(holder, row.spacing() if row.spacing() >= 0 else 6)
    index = 0
    while index < len(widgets):
        widget = widgets[index]
        follower = widgets[index + 1] if index + 1 < len(widgets) else None
        if isinstance(widget, QLabel) and follower is not None and widget.buddy() is follower:
            pair = QWidget(holder)
            pair_layout = QHBoxLayout(pair)
            pair_layout.setContentsMargins(0, 0, 0, 0)
            pair_layout.setSpacing(4)
            pair_layout.addWidget(widget)
            pair_layout.addWidget(follower)
            # The label hides with its control (the portfolio hides its filters for charts).
            pair.setVisible(not follower.isHidden())
            follower.installEventFilter(_PairVisibility(pair, follower))
            wrapping.addWidget(pair)
            index += 2
            continue
        wrapping.addWidget(widget)
        index += 1
    outer.insertWidget(place, holder)
    return holder


class _StackWhenNarrow(QObject):
    def __init__(self, layout: QBoxLayout, watched: QWidget) -> None:
        super().__init__(watched)
        self.layout = layout

    def side_by_side_width(self) -> int:
        layout = self.layout
        items = [layout.itemAt(i) for i in range(layout.count())]
        widths = [item.minimumSize().width() for item in items if item is not None]
        margins = layout.contentsMargins()
        spacing = max(0, layout.spacing())
        return sum(widths) + spacing * max(0, len(widths) - 1) + margins.left() + margins.right()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            wanted = (
                QBoxLayout.Direction.LeftToRight
                if watched.width() >= self.side_by_side_width()
                else QBoxLayout.Direction.TopToBottom
            )
            if self.layout.direction() != wanted:
                self.layout.setDirection(wanted)
        return False


def stack_when_narrow(layout: QBoxLayout, watched: QWidget) -> None:
    """Lay out side by side what ``layout`` holds while ``watched`` (the area it has) is wide
    enough for that, and one under the other when it is not."""
    watched.installEventFilter(_StackWhenNarrow(layout, watched))


class _PairVisibility(QObject):
    """Shows and hides a label-and-control pair with its control."""

    def __init__(self, pair: QWidget, control: QWidget) -> None:
        super().__init__(pair)
        self.pair = pair
        self.control = control

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            self.pair.setVisible(not self.control.isHidden())
        return False


class _NoMatch(QObject):
    """The sentence a filtered list shows in place of rows when nothing matches."""

    def __init__(self, view: QAbstractItemView, edit: QLineEdit, sentence: str) -> None:
        super().__init__(view)
        self.view = view
        self.edit = edit
        self.sentence = sentence
        self.label = QLabel(view.viewport())
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        mute(self.label)
        self.label.hide()
        view.viewport().installEventFilter(self)
        edit.textChanged.connect(self.update)
        model = view.model()
        if model is not None:
            for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
                signal.connect(self.update)
            model.layoutChanged.connect(self.update)

    def update(self, *_: object) -> None:
        model = self.view.model()
        typed = self.edit.text().strip()
        empty = model is not None and model.rowCount() == 0
        self.label.setText(self.sentence.replace("%1", typed))
        self.label.setVisible(bool(typed) and empty)
        self._place()

    def _place(self) -> None:
        area = self.view.viewport().rect().adjusted(12, 12, -12, -12)
        self.label.setGeometry(area.x(), area.y(), area.width(), min(area.height(), 80))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False


def say_when_nothing_matches(view: QAbstractItemView, edit: QLineEdit, sentence: str) -> None:
    """While what is typed in ``edit`` leaves ``view`` empty, show ``sentence`` in it (with
    %1 for what was typed) instead of a blank list."""
    _NoMatch(view, edit, sentence).update()


class _FilterKeys(QObject):
    """The keys that go from a list's filter field into the list (see :func:`filter_keys`)."""

    def __init__(self, edit: QLineEdit, view: QAbstractItemView, *, enter_opens: bool) -> None:
        super().__init__(edit)
        self.edit = edit
        self.view = view
        self.enter_opens = enter_opens

    def enter_list(self) -> bool:
        """Put the keyboard in the list, on its current row or else its first; False when
        the list shows nothing."""
        model = self.view.model()
        if model is None or model.rowCount() == 0:
            return False
        if not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(model.index(0, 0))
        self.view.setFocus(Qt.FocusReason.TabFocusReason)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.edit or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if key == Qt.Key.Key_Down and not event.modifiers():
            self.enter_list()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            if self.enter_list() and self.enter_opens:
                self.view.activated.emit(self.view.currentIndex())
            return True
        if key == Qt.Key.Key_Escape and self.edit.text():
            self.edit.clear()
            return True
        return False


def filter_keys(edit: QLineEdit, view: QAbstractItemView, *, enter_opens: bool = False) -> None:
    """Keys a user expects of a filter above a list: Down moves into the list, Enter does so
    too (and, with ``enter_opens``, opens the first match), Esc clears the filter."""
    edit.installEventFilter(_FilterKeys(edit, view, enter_opens=enter_opens))


def chosen_data(combo: QComboBox) -> Any:
    """The data of the item whose text is in an editable combo box (None if none matches)."""
    text = combo.currentText().strip()
    if not text:
        return None
    found = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    return combo.itemData(found) if found >= 0 else None


def enum_data(combo: QComboBox, enum: type[E]) -> E | None:
    """The enumeration value of the current item (Qt hands item data back as plain text)."""
    value = combo.currentData()
    return None if value is None else enum(value)


def subject_key(kind: str, record_id: int | None) -> str:
    """Item data naming what an entry is about: "partnership:3" or "organisation:7".

    Text, because Qt hands Python tuples back from item data but cannot find them again.
    """
    return f"{kind}:{record_id}"


def subject_of(data: Any) -> tuple[str, int] | None:
    """The (kind, id) of item data made by :func:`subject_key`, or None."""
    if not isinstance(data, str) or ":" not in data:
        return None
    kind, _, number = data.partition(":")
    return (kind, int(number)) if number.isdigit() else None


def select_data(combo: QComboBox, value: Any) -> None:
    """Show the item with ``value`` as its data (the first item when none has it)."""
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)


class FieldMessages:
    """Messages shown under the fields of a form when a value is refused.

    ``fields`` maps the domain's field names (as ValidationError names them) to the widgets
    that edit them; each widget must sit in ``layout``.
    """

    def __init__(self, layout: QFormLayout, fields: dict[str, QWidget]) -> None:
        self.layout = layout
        self.fields = fields
        self._labels: dict[str, QLabel] = {}
        self._watching: dict[str, tuple[Any, Callable[..., None]]] = {}

    def show(self, error: ValidationError) -> bool:
        """Show the error at its field and focus it; False when no field here is the one."""
        widget = self.fields.get(error.field)
        if widget is None:
            return False
        self.show_text(error.field, refusal(error))
        widget.setFocus()
        return True

    def show_text(self, field: str, text: str) -> None:
        """Show ``text`` under ``field``'s widget."""
        self.clear(field)
        widget = self.fields[field]
        row, _ = self.layout.getWidgetPosition(widget)
        message = QLabel(text)
        message.setObjectName(f"{field}Message")
        message.setWordWrap(True)
        palette = message.palette()
        palette.setColor(QPalette.ColorRole.WindowText, error_colour(palette))
        message.setPalette(palette)
        message.setAccessibleName(translate("FieldMessages", "Problem"))
        message.setAccessibleDescription(text)
        widget.setAccessibleDescription(text)
        self.layout.insertRow(row + 1, "", message)
        self._labels[field] = message
        # The message goes as soon as the user changes what it was about.
        edited = _edited_signal(widget)
        if edited is not None:

            def changed(*_: object) -> None:
                self.clear(field)

            edited.connect(changed)
            self._watching[field] = (edited, changed)

    def clear(self, field: str | None = None) -> None:
        """Remove the message at ``field`` (or every message)."""
        for name in [field] if field is not None else list(self._labels):
            watched = self._watching.pop(name, None)
            if watched is not None:
                signal, slot = watched
                with contextlib.suppress(RuntimeError, TypeError):
                    signal.disconnect(slot)
            message = self._labels.pop(name, None)
            if message is not None:
                self.layout.removeRow(message)
                self.fields[name].setAccessibleDescription("")

    def message(self, field: str) -> str | None:
        """The message shown at ``field``, if any."""
        shown = self._labels.get(field)
        return None if shown is None else shown.text()


def _edited_signal(widget: QWidget) -> Any:
    """The signal a widget sends when the user changes its value (None: none known)."""
    if isinstance(widget, QLineEdit):
        return widget.textEdited
    if isinstance(widget, QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentTextChanged
    return getattr(widget, "changed", None)


class ElidedLabel(QLabel):
    """A one-line label that gives way in a narrow window: what does not fit is left out in
    the middle ("/home/…/portfolio.partnerdesk", or at the end with ``mode``), and the whole
    text is its tooltip."""

    def __init__(
        self,
        parent: QWidget | None = None,
        mode: Qt.TextElideMode = Qt.TextElideMode.ElideMiddle,
    ) -> None:
        super().__init__(parent)
        self.mode = mode

    def setText(self, text: str) -> None:  # type: ignore[override]
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(
            min(hint.width(), self.fontMetrics().horizontalAdvance("M" * 8)), hint.height()
        )

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        shown = self.fontMetrics().elidedText(self.text(), self.mode, self.contentsRect().width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(self.alignment()), shown)
        painter.end()


class KindMarker(QWidget):
    """The continuum marker on its own, for headers: three steps, the current one filled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind: Kind | None = None
        self.setFixedSize(marker_width() + 4, 14)

    def set_kind(self, kind: Kind | None) -> None:
        self._kind = kind
        self.setToolTip("" if kind is None else f"{label(kind)}: {meaning(kind)}")
        self.setAccessibleName(translate("KindMarker", "Place on the continuum"))
        self.setAccessibleDescription("" if kind is None else label(kind))
        self.update()

    def paintEvent(self, event: Any) -> None:
        if self._kind is None:
            return
        painter = QPainter(self)
        paint_marker(painter, self.rect().adjusted(1, 0, 0, 0), self._kind.position, self.palette())


class StageChip(QLabel):
    """The stage as a small rounded chip ("Active")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setContentsMargins(8, 1, 8, 1)

    def set_stage(self, stage: Stage | None) -> None:
        self.setText("" if stage is None else label(stage))
        self.setToolTip("" if stage is None else meaning(stage))
        self.setAccessibleName(translate("StageChip", "Stage"))
        self.setVisible(stage is not None)
        self.update()

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = self.palette().color(QPalette.ColorRole.Mid)
        painter.setPen(colour)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        radius = self.height() / 2 - 1
        painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), radius, radius)
        painter.end()
        super().paintEvent(event)
