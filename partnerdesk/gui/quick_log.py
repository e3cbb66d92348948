"""Quick log (Ctrl+L from anywhere): a contact logged in seconds, by keyboard alone.

The cursor starts in "With"; typing any part of a partnership's (or organisation's) name and
Tab picks it. People are added the same way (Enter or Tab picks, Backspace removes the last).
Each level of integration has a check box with its one-line meaning and a mnemonic
(Alt+S, T, O, I, C). Enter saves from any one-line field, Ctrl+Enter from the details, and Esc
cancels. The same dialog edits an entry that exists.
"""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QLabel, QWidget

from partnerdesk.domain.errors import ValidationError
from partnerdesk.domain.journal import (
    delete_contact_log,
    get_contact_log,
    log_contact,
    update_contact_log,
)
from partnerdesk.domain.overview import people_around_partnership, people_summaries
from partnerdesk.domain.records import ContactLog
from partnerdesk.domain.vocabulary import Channel, Level
from partnerdesk.gui.entry_actions import JOURNAL_TOPICS
from partnerdesk.gui.forms.ui_quick_log import Ui_QuickLogDialog
from partnerdesk.gui.text import label, meaning, translate
from partnerdesk.gui.theme import level_colour
from partnerdesk.gui.undo import CreateCommand, EditCommand
from partnerdesk.gui.widgets import (
    FieldMessages,
    ctrl_enter,
    make_type_ahead,
    mute,
    resolve_typed,
    select_data,
    subject_key,
    subject_of,
)
from partnerdesk.gui.workspace import Workspace

PARTNERSHIP, ORGANISATION = "partnership", "organisation"


def level_icon(level: Level) -> QIcon:
    """A dot in the level's colour, so the five levels look the same everywhere."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(level_colour(level))
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


def with_mnemonic(text: str) -> str:
    """A label with its first letter as the mnemonic ("&Strategic")."""
    return "&" + text.replace("&", "&&")


class QuickLogDialog(QDialog):
    """Log a contact or a note; or, given ``entry_id``, change an entry."""

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        partnership_id: int | None = None,
        entry_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.workspace = workspace
        self.entry: ContactLog | None = (
            get_contact_log(workspace.store, entry_id) if entry_id is not None else None
        )
        self.ui = Ui_QuickLogDialog()
        self.ui.setupUi(self)
        ui = self.ui
        for edit in (ui.whenEdit, ui.followUpEdit):
            edit.set_today(workspace.today)
        ui.followUpEdit.setPlaceholderText(translate("QuickLogDialog", "no follow-up"))
        for channel in Channel:
            ui.channelCombo.addItem(label(channel), channel)
        ui.channelCombo.setItemData(
            ui.channelCombo.count() - 1,
            translate("QuickLogDialog", "A private reflection rather than a contact"),
            Qt.ItemDataRole.ToolTipRole,
        )
        # Made editable before it holds a thousand partnerships and more organisations, and
        # sized without measuring each of them: both took longer than the rest of the dialog.
        make_type_ahead(ui.withCombo)
        ui.withCombo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        ui.withCombo.setMinimumContentsLength(24)
        ui.withCombo.addItem("", None)
        for partnership in workspace.partnerships():
            ui.withCombo.addItem(partnership.name, subject_key(PARTNERSHIP, partnership.id))
        organisation_text = translate("QuickLogDialog", "%1 (organisation)")
        for organisation in workspace.organisations():
            if not organisation.is_self:
                ui.withCombo.addItem(
                    organisation_text.replace("%1", organisation.name),
                    subject_key(ORGANISATION, organisation.id),
                )
        ui.withCombo.lineEdit().setPlaceholderText(
            translate("QuickLogDialog", "type part of a partnership's or organisation's name")
        )
        ui.withCombo.lineEdit().editingFinished.connect(self._resolve_with)
        ui.withCombo.currentIndexChanged.connect(self._with_changed)
        self.level_boxes: dict[Level, QCheckBox] = {}
        for row, level in enumerate(Level):
            box = QCheckBox(with_mnemonic(label(level)), self)
            box.setIcon(level_icon(level))
            box.setToolTip(meaning(level))
            box.setAccessibleName(label(level))
            box.setAccessibleDescription(meaning(level))
            hint = QLabel(meaning(level), self)
            mute(hint)
            font = hint.font()
            font.setPointSizeF(font.pointSizeF() * 0.9)
            hint.setFont(font)
            ui.levelsGrid.addWidget(box, row, 0)
            ui.levelsGrid.addWidget(hint, row, 1)
            self.level_boxes[level] = box
        ui.levelsGrid.setColumnStretch(1, 1)
        order: list[QWidget] = [
            ui.withCombo,
            ui.peoplePicker.edit,
            *self.level_boxes.values(),
            ui.summaryEdit,
            ui.detailsEdit,
            ui.privateCheck,
            ui.followUpEdit,
            ui.whenEdit,
            ui.channelCombo,
            *ui.buttons.buttons(),
            ui.withCombo,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

        self.messages = FieldMessages(
            ui.form,
            {
                "partnership_id": ui.withCombo,
                "organisation_id": ui.withCombo,
                "occurred_on": ui.whenEdit,
                "channel": ui.channelCombo,
                "people": ui.peoplePicker,
                "summary": ui.summaryEdit,
                "details": ui.detailsEdit,
                "follow_up_on": ui.followUpEdit,
            },
        )
        save = ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        # Enter saves; Alt+S belongs to the strategic level, so the button has no mnemonic.
        save.setText(translate("QuickLogDialog", "Save"))
        save.setToolTip(translate("QuickLogDialog", "Enter (Ctrl+Enter in the details)"))
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        ctrl_enter(self, self.save)
        self._fill(partnership_id)
        self.setMinimumWidth(self.sizeHint().width())
        self.resize(self.sizeHint())

    # --- filling --------------------------------------------------------------------------

    def _fill(self, partnership_id: int | None) -> None:
        ui = self.ui
        entry = self.entry
        if entry is None:
            self.setWindowTitle(translate("QuickLogDialog", "Log a Contact"))
            ui.whenEdit.set_value(self.workspace.today())
            select_data(ui.channelCombo, Channel.MEETING)
            if partnership_id is not None:
                select_data(ui.withCombo, subject_key(PARTNERSHIP, partnership_id))
            self._with_changed()
            (ui.peoplePicker if partnership_id is not None else ui.withCombo).setFocus()
            return
        self.setWindowTitle(translate("QuickLogDialog", "Edit Journal Entry"))
        ui.whenEdit.set_value(entry.occurred_on)
        select_data(ui.channelCombo, entry.channel)
        if entry.partnership_id is not None:
            select_data(ui.withCombo, subject_key(PARTNERSHIP, entry.partnership_id))
        else:
            select_data(ui.withCombo, subject_key(ORGANISATION, entry.organisation_id))
        self._with_changed()
        names = {s.person.id: s.person.name for s in self.workspace.people()}
        ui.peoplePicker.set_chosen(list(entry.people_ids), names)
        for level, box in self.level_boxes.items():
            box.setChecked(level in entry.levels)
        ui.summaryEdit.setText(entry.summary)
        ui.detailsEdit.set_value(entry.details)
        ui.privateCheck.setChecked(entry.private)
        ui.followUpEdit.set_value(entry.follow_up_on)
        ui.summaryEdit.setFocus()

    def chosen_about(self) -> tuple[str, int] | None:
        """What the entry is about: ("partnership", id), ("organisation", id) or None."""
        combo = self.ui.withCombo
        text = combo.currentText().strip()
        index = combo.findText(text, Qt.MatchFlag.MatchFixedString) if text else -1
        data = combo.itemData(index) if index >= 0 else None
        return subject_of(data)

    def _resolve_with(self) -> None:
        """Take the first partnership or organisation whose name contains what was typed."""
        resolve_typed(self.ui.withCombo)

    def _with_changed(self) -> None:
        """Offer first the people of the organisations the entry is about."""
        store = self.workspace.store
        about = self.chosen_about()
        near = []
        if about is not None and about[0] == PARTNERSHIP:
            near = people_around_partnership(store, about[1])
        elif about is not None:
            near = people_summaries(store, about[1])
        near_ids = {p.person.id for p in near}
        others = [p for p in self.workspace.people() if p.person.id not in near_ids]
        self.ui.peoplePicker.set_people([*near, *others])

    # --- keys -----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if focused is self.ui.withCombo or focused is self.ui.withCombo.lineEdit():
                self._resolve_with()
            self.save()
            return
        super().keyPressEvent(event)

    # --- saving ---------------------------------------------------------------------------

    def values(self) -> dict[str, Any] | None:
        """What the form says, as log_contact takes it; None (with a message) if a date or the
        partnership cannot be read."""
        ui = self.ui
        self.messages.clear()
        self.ui.peoplePicker.resolve_typed()
        try:
            occurred = ui.whenEdit.value()
        except ValueError as exc:
            self.messages.show_text("occurred_on", str(exc))
            ui.whenEdit.setFocus()
            return None
        try:
            follow_up = ui.followUpEdit.value()
        except ValueError as exc:
            self.messages.show_text("follow_up_on", str(exc))
            ui.followUpEdit.setFocus()
            return None
        about = self.chosen_about()
        typed = ui.withCombo.currentText().strip()
        if about is None:
            self.messages.show_text(
                "partnership_id",
                translate(
                    "QuickLogDialog", "Nothing is called “%1”; choose from the list."
                ).replace("%1", typed)
                if typed
                else translate(
                    "QuickLogDialog", "Choose the partnership or organisation it was with."
                ),
            )
            ui.withCombo.setFocus()
            return None
        return {
            "occurred_on": occurred or self.workspace.today(),
            "channel": ui.channelCombo.currentData(),
            "partnership_id": about[1] if about[0] == PARTNERSHIP else None,
            "organisation_id": about[1] if about[0] == ORGANISATION else None,
            "summary": ui.summaryEdit.text(),
            "details": ui.detailsEdit.toPlainText() or None,
            "levels": frozenset(
                level for level, box in self.level_boxes.items() if box.isChecked()
            ),
            "people": tuple(ui.peoplePicker.people()),
            "private": ui.privateCheck.isChecked(),
            "follow_up_on": follow_up,
        }

    def save(self) -> None:
        """Save the entry (undoably) and close; or show what is wrong at its field."""
        values = self.values()
        if values is None:
            return
        store = self.workspace.store
        if self.entry is None:
            command: Any = CreateCommand(
                translate("QuickLogDialog", "Log “%1”").replace("%1", values["summary"].strip()),
                store,
                JOURNAL_TOPICS,
                create=lambda: log_contact(store, **values),
                delete=lambda entry_id: delete_contact_log(store, entry_id),
            )
        else:
            entry = self.entry
            before = {
                "occurred_on": entry.occurred_on,
                "channel": entry.channel,
                "partnership_id": entry.partnership_id,
                "organisation_id": entry.organisation_id,
                "summary": entry.summary,
                "details": entry.details,
                "levels": entry.levels,
                "people": entry.people_ids,
                "private": entry.private,
                "follow_up_on": entry.follow_up_on,
            }
            changed = {k: v for k, v in values.items() if v != before[k]}
            if not changed:
                self.accept()
                return
            command = EditCommand(
                translate("QuickLogDialog", "Change “%1”").replace("%1", entry.summary),
                store,
                JOURNAL_TOPICS,
                apply=lambda v: update_contact_log(store, entry.id, **v),
                before={k: before[k] for k in changed},
                after=changed,
            )

        def invalid(error: ValidationError) -> bool:
            return self.messages.show(error)

        if self.workspace.perform(command, self, on_invalid=invalid):
            summary = values["summary"].strip()
            self.workspace.tell(
                translate("QuickLogDialog", "Logged “%1”.").replace("%1", summary)
                if self.entry is None
                else translate("QuickLogDialog", "Saved “%1”.").replace("%1", summary)
            )
            self.accept()
