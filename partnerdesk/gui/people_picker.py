"""Choosing several people by typing: each one chosen becomes a chip with a remove button."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QObject,
    QPoint,
    QRect,
    QSize,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from partnerdesk.domain.overview import PersonSummary
from partnerdesk.domain.vocabulary import Seniority
from partnerdesk.gui.text import folded, in_sentence, label, translate
from partnerdesk.gui.widgets import FlowingLayout, FoldedCompleter


class FlowLayout(FlowingLayout):
    """Chips left to right, wrapping onto new lines like words; the typing field fills the
    rest of its line."""

    def insertWidget(self, index: int, widget: QWidget) -> None:
        self.addWidget(widget)
        item = self._items.pop()
        self._items.insert(index, item)
        self.invalidate()

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._shown():
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and line > 0:
                x, y, line = rect.x(), y + line + self._spacing, 0
            width = hint.width()
            if isinstance(item.widget(), QLineEdit):
                width = max(hint.width(), rect.right() + 1 - x)  # the typing field fills the line
            if move:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += width + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y()


class Chip(QFrame):
    """A chosen person: their name and a button that removes them."""

    removed = Signal(int)

    def __init__(self, person_id: int, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person_id = person_id
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(QLabel(text, self))
        close = QToolButton(self)
        close.setText("×")
        close.setAutoRaise(True)
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.setAccessibleName(translate("PeoplePicker", "Remove %1").replace("%1", text))
        close.setToolTip(translate("PeoplePicker", "Remove"))
        close.clicked.connect(lambda: self.removed.emit(self.person_id))
        layout.addWidget(close)


class PeoplePicker(QWidget):
    """Type part of a name, pick with Enter or Tab; Backspace in the empty field removes the
    last one. Enter in the empty field is left to the dialog (it saves)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people: list[PersonSummary] = []
        self._texts: list[str] = []
        self._chosen: list[int] = []
        self._chips: dict[int, Chip] = {}
        self.flow = FlowLayout(self, spacing=4)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(translate("PeoplePicker", "type a name to add…"))
        self.edit.setAccessibleName(translate("PeoplePicker", "Add a person"))
        self.edit.setMinimumWidth(160)
        self.flow.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        # Takes the focus (for its edit) so that a label's Alt+letter reaches it.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._model = QStringListModel(self)
        self.completer = FoldedCompleter(self._model, self.edit, self)
        self.completer.setMaxVisibleItems(10)
        self.edit.setCompleter(self.completer)
        self.completer.activated[str].connect(self._picked)
        self.edit.installEventFilter(self)
        popup = self.completer.popup()
        if popup is not None:
            popup.installEventFilter(self)

    @staticmethod
    def describe(person: PersonSummary) -> str:
        """How a person is offered: "Helen Marsh — Oakmill Flour, leader"."""
        where = person.organisation_name or ""
        if person.person.seniority is Seniority.LEADER:
            where = (
                f"{where}, {in_sentence(Seniority.LEADER)}" if where else label(Seniority.LEADER)
            )
        return f"{person.person.name} — {where}" if where else person.person.name

    def set_people(self, people: list[PersonSummary]) -> None:
        """The people who can be chosen, in the order they are offered."""
        self._people = list(people)
        self._texts = [self.describe(p) for p in people]
        self._offer()

    def _offer(self) -> None:
        """Suggest everyone who can be chosen and has not been yet."""
        chosen = set(self._chosen)
        self._model.setStringList(
            [
                text
                for text, person in zip(self._texts, self._people, strict=True)
                if person.person.id not in chosen
            ]
        )

    def people(self) -> list[int]:
        """The ids of the people chosen, in the order chosen."""
        return list(self._chosen)

    def set_chosen(self, person_ids: list[int], names: dict[int, str] | None = None) -> None:
        """Choose exactly these people."""
        for person_id in list(self._chosen):
            self._remove(person_id, announce=False)
        for person_id in person_ids:
            self._add(person_id, (names or {}).get(person_id))
        self.changed.emit()

    def _name_of(self, person_id: int) -> str:
        for person in self._people:
            if person.person.id == person_id:
                return person.person.name
        return str(person_id)

    def _picked(self, text: str) -> None:
        if text in self._texts:
            self._add(self._people[self._texts.index(text)].person.id)
            self.changed.emit()
        # The completer writes its choice into the field after this signal: clear it then.
        self.edit.clear()
        QTimer.singleShot(0, self.edit.clear)

    def _add(self, person_id: int, name: str | None = None) -> None:
        if person_id in self._chosen:
            return
        self._chosen.append(person_id)
        chip = Chip(person_id, name or self._name_of(person_id), self)
        chip.removed.connect(lambda pid: self._remove(pid))
        self._chips[person_id] = chip
        self.flow.insertWidget(self.flow.count() - 1, chip)
        chip.show()
        self.updateGeometry()
        self._offer()

    def _remove(self, person_id: int, *, announce: bool = True) -> None:
        chip = self._chips.pop(person_id, None)
        if chip is None:
            return
        self._chosen.remove(person_id)
        self.flow.removeWidget(chip)
        chip.deleteLater()
        self.updateGeometry()
        self._offer()
        if announce:
            self.changed.emit()

    def resolve_typed(self) -> bool:
        """Choose the first person whose description contains what was typed; True if one was."""
        typed = folded(self.edit.text().strip())
        if not typed:
            return False
        for text, person in zip(self._texts, self._people, strict=True):
            if typed in folded(text) and person.person.id not in self._chosen:
                self._add(person.person.id)
                self.edit.clear()
                self.changed.emit()
                return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        popup = self.completer.popup()
        if watched is popup and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            leaving = (Qt.Key.Key_Tab, Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if event.key() in leaving and not popup.currentIndex().isValid():
                # Tab or Enter while suggestions show, none picked: take the first one.
                popup.hide()
                self.resolve_typed()
                return event.key() != Qt.Key.Key_Tab  # Enter picks; it does not save
            return False
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            popup = self.completer.popup()
            popup_open = popup is not None and popup.isVisible()
            typing = bool(self.edit.text().strip())
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and typing:
                if popup_open:
                    popup.hide()
                self.resolve_typed()
                return True  # a name was being typed: Enter picks it, it does not save
            if key == Qt.Key.Key_Tab and typing:
                if popup_open:
                    popup.hide()
                self.resolve_typed()
            if key == Qt.Key.Key_Backspace and not self.edit.text() and self._chosen:
                self._remove(self._chosen[-1])
                return True
        return super().eventFilter(watched, event)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.flow.heightForWidth(width)

    def sizeHint(self) -> QSize:
        return QSize(300, max(self.edit.sizeHint().height(), self.heightForWidth(300)))

    def minimumSizeHint(self) -> QSize:
        return QSize(160, self.edit.sizeHint().height())
