"""Forms that save each field when the user leaves it, undoably, with messages at the field.

A :class:`RecordForm` ties the widgets of a form to the fields of one record. When the user
finishes editing a field (leaves it, or presses Enter) and its value differs from the
record's, the change is pushed on the undo stack as an :class:`~partnerdesk.gui.undo.EditCommand`.
A refused value stays in the field with a message under it, and nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, QSignalBlocker
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QWidget

from partnerdesk.domain.errors import ValidationError
from partnerdesk.gui.events import Topic
from partnerdesk.gui.text import translate
from partnerdesk.gui.undo import EditCommand
from partnerdesk.gui.widgets import DateEdit, FieldMessages, TextEdit, select_data
from partnerdesk.gui.workspace import Workspace

#: ``update(record_id, values)``: writes changed fields through the domain layer.
Update = Callable[[int, dict[str, Any]], Any]
# ``command(record_id, before, after)``: the undoable change of a field that needs more than
# its own value put back on undo.
FieldCommand = Callable[[int, Any, Any], QUndoCommand]


def widget_value(widget: QWidget) -> Any:
    """The value a widget holds, as the domain takes it (empty text is None).

    Raises ValueError for a date that cannot be read.
    """
    if isinstance(widget, DateEdit):
        return widget.value()
    if isinstance(widget, TextEdit):
        return widget.toPlainText().rstrip() or None
    if isinstance(widget, QLineEdit):
        return widget.text().strip() or None
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    raise TypeError(f"no value for {type(widget).__name__}")


def set_widget_value(widget: QWidget, value: Any) -> None:
    """Show ``value`` in a widget without it counting as an edit."""
    with QSignalBlocker(widget):
        if isinstance(widget, DateEdit):
            widget.set_value(value if isinstance(value, date) else None)
        elif isinstance(widget, TextEdit):
            widget.set_value(value)
        elif isinstance(widget, QLineEdit):
            widget.setText(value or "")
            widget.setCursorPosition(0)
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QComboBox):
            select_data(widget, value)


class RecordForm(QObject):
    """Saves each field of one record as the user finishes editing it."""

    def __init__(
        self,
        workspace: Workspace,
        layout: QFormLayout,
        fields: dict[str, QWidget],
        *,
        update: Update,
        topics: frozenset[Topic],
        describe: Callable[[str], str],
        commands: dict[str, FieldCommand] | None = None,
    ) -> None:
        super().__init__(layout.parentWidget())
        self.workspace = workspace
        self.fields = fields
        self.messages = FieldMessages(layout, fields)
        self._update = update
        self._topics = topics
        self._describe = describe
        self._commands = dict(commands or {})
        self.record_id: int | None = None
        self.values: dict[str, Any] = {}
        for name, widget in fields.items():
            self._connect(name, widget)

    def _connect(self, name: str, widget: QWidget) -> None:
        def finished(*_: object) -> None:
            self.commit(name)

        if isinstance(widget, (QLineEdit, TextEdit)):
            widget.editingFinished.connect(finished)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(finished)
        elif isinstance(widget, QComboBox):
            widget.activated.connect(finished)

    def show_record(self, record_id: int | None, values: dict[str, Any]) -> None:
        """Show a record's values (or clear the form when ``record_id`` is None)."""
        self.record_id = record_id
        self.values = dict(values)
        self.messages.clear()
        for name, widget in self.fields.items():
            set_widget_value(widget, values.get(name))
            widget.setEnabled(record_id is not None)

    def commit(self, name: str) -> bool:
        """Save field ``name`` if it changed; False when its value was refused."""
        if self.record_id is None:
            return True
        widget = self.fields[name]
        try:
            value = widget_value(widget)
        except ValueError as exc:
            self.messages.show_text(name, str(exc))
            return False
        before = self.values.get(name)
        if value == before:
            self.messages.clear(name)
            return True
        record_id = self.record_id
        special = self._commands.get(name)
        command = (
            special(record_id, before, value)
            if special is not None
            else EditCommand(
                self._describe(name),
                self.workspace.store,
                self._topics,
                apply=lambda values: self._update(record_id, values),
                before={name: before},
                after={name: value},
            )
        )

        def invalid(error: ValidationError) -> bool:
            if error.field not in self.fields:
                error = ValidationError(name, error.template, *error.arguments)
            return self.messages.show(error)

        if not self.workspace.perform(command, widget, on_invalid=invalid):
            return False
        self.messages.clear(name)
        self.values[name] = value
        return True


def change_text(what: str) -> Callable[[str], str]:
    """Undo texts such as "Change the sector of Oakmill Flour"."""

    def describe(field: str) -> str:
        return translate("RecordForm", "Change %1").replace("%1", what)

    return describe
