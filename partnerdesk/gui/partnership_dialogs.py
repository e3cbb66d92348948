"""Dialogs of partnerships: a new partnership, and a dated move of kind or stage."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QSizePolicy, QWidget

from partnerdesk.domain.errors import ValidationError
from partnerdesk.domain.organisations import (
    create_organisation,
    delete_organisation,
    find_organisation,
    list_organisations,
)
from partnerdesk.domain.partnerships import (
    change_kind,
    change_stage,
    create_partnership,
    delete_kind_change,
    delete_partnership,
    get_partnership,
    undo_stage_change,
    update_kind_change,
    update_stage_change,
)
from partnerdesk.domain.records import KindChange, StageChange
from partnerdesk.domain.undo import combined
from partnerdesk.domain.vocabulary import Kind, Stage
from partnerdesk.gui.events import Topic
from partnerdesk.gui.forms.ui_change_dialog import Ui_ChangeDialog
from partnerdesk.gui.forms.ui_new_partnership_dialog import Ui_NewPartnershipDialog
from partnerdesk.gui.record_dialogs import add_button_text
from partnerdesk.gui.text import in_sentence, label, meaning, translate
from partnerdesk.gui.undo import ActionCommand, CreateCommand, EditCommand
from partnerdesk.gui.widgets import (
    FieldMessages,
    chosen_data,
    ctrl_enter,
    enum_data,
    make_type_ahead,
    resolve_typed,
    select_data,
)
from partnerdesk.gui.workspace import Workspace
from partnerdesk.store.rows import Removal

PARTNERSHIP_TOPICS = frozenset(
    {Topic.PARTNERSHIPS, Topic.MEMBERS, Topic.HISTORY, Topic.ORGANISATIONS}
)


def _muted(widget: QWidget) -> None:
    from partnerdesk.gui.widgets import mute

    mute(widget)


class NewPartnershipDialog(QDialog):
    """Name, kind (with what it means), stage, start, and the first partner organisation."""

    #: The new partnership's id, once it was made.
    created = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.workspace = workspace
        self.ui = Ui_NewPartnershipDialog()
        self.ui.setupUi(self)
        ui = self.ui
        add_button_text(ui.buttons, translate("NewPartnershipDialog", "&Add Partnership"))
        for kind in Kind:
            ui.kindCombo.addItem(label(kind), kind)
            ui.kindCombo.setItemData(
                ui.kindCombo.count() - 1, meaning(kind), Qt.ItemDataRole.ToolTipRole
            )
        for stage in Stage:
            ui.stageCombo.addItem(label(stage), stage)
            ui.stageCombo.setItemData(
                ui.stageCombo.count() - 1, meaning(stage), Qt.ItemDataRole.ToolTipRole
            )
        select_data(ui.stageCombo, Stage.EXPLORING)
        ui.startedEdit.set_today(workspace.today)
        ui.startedEdit.set_value(workspace.today())
        ui.partnerCombo.addItem("", None)
        for organisation in list_organisations(workspace.store):
            if not organisation.is_self:
                ui.partnerCombo.addItem(organisation.name, organisation.id)
        make_type_ahead(ui.partnerCombo)
        ui.partnerCombo.lineEdit().setPlaceholderText(
            translate("NewPartnershipDialog", "an organisation; a new name adds it (optional)")
        )
        _muted(ui.kindMeaning)
        ui.kindCombo.currentIndexChanged.connect(self._show_meaning)
        self._show_meaning()
        self.messages = FieldMessages(
            ui.form,
            {
                "name": ui.nameEdit,
                "kind": ui.kindCombo,
                "stage": ui.stageCombo,
                "started_on": ui.startedEdit,
                "organisation_id": ui.partnerCombo,
                "role": ui.roleEdit,
                "purpose": ui.purposeEdit,
            },
        )
        ui.buttons.accepted.connect(self.create)
        ctrl_enter(self, self.create)
        ui.buttons.rejected.connect(self.reject)

    def _show_meaning(self) -> None:
        kind = enum_data(self.ui.kindCombo, Kind)
        self.ui.kindMeaning.setText(meaning(kind) if kind else "")

    def create(self) -> None:
        """Add the partnership (and a new partner organisation if one was named)."""
        ui = self.ui
        self.messages.clear()
        try:
            started = ui.startedEdit.value()
        except ValueError as exc:
            self.messages.show_text("started_on", str(exc))
            return
        store = self.workspace.store
        name = ui.nameEdit.text()
        resolve_typed(ui.partnerCombo)
        partner_id = chosen_data(ui.partnerCombo)
        partner_name = ui.partnerCombo.currentText().strip()
        role = ui.roleEdit.text().strip() or None
        values: dict[str, Any] = {
            "stage": ui.stageCombo.currentData(),
            "started_on": started,
            "purpose": ui.purposeEdit.toPlainText() or None,
        }
        kind = ui.kindCombo.currentData()
        made_organisation: list[int] = []

        def create() -> Any:
            members: list[tuple[int, str | None]] = []
            if partner_id is not None:
                members.append((partner_id, role))
            elif partner_name:
                made_organisation.append(create_organisation(store, partner_name).id)
                members.append((made_organisation[-1], role))
            try:
                return create_partnership(
                    store, name, kind, members=members, today=self.workspace.today(), **values
                )
            except BaseException:
                for organisation_id in made_organisation:
                    delete_organisation(store, organisation_id)
                made_organisation.clear()
                raise

        def delete(partnership_id: int) -> Removal:
            removed = [delete_partnership(store, partnership_id)]
            removed += [delete_organisation(store, org) for org in made_organisation]
            return combined(*removed)

        command = CreateCommand(
            translate("NewPartnershipDialog", "Add partnership “%1”").replace("%1", name.strip()),
            store,
            PARTNERSHIP_TOPICS,
            create=create,
            delete=delete,
        )

        def invalid(error: ValidationError) -> bool:
            return self.messages.show(error)

        if self.workspace.perform(command, self, on_invalid=invalid):
            self.accept()
            self.created.emit(command.created.id)


class ChangeDialog(QDialog):
    """A move along the continuum or a change of stage: to what, on which date, and why.

    Given an existing change, only its date and note can be corrected.
    """

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None,
        partnership_id: int,
        *,
        what: type[Kind] | type[Stage],
        change: KindChange | StageChange | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.workspace = workspace
        self.partnership_id = partnership_id
        self.what = what
        self.change = change
        self.ui = Ui_ChangeDialog()
        self.ui.setupUi(self)
        # The question stays at the top, whatever room the dialog has below it.
        self.ui.introLabel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        ui = self.ui
        partnership = get_partnership(workspace.store, partnership_id)
        current = partnership.kind if what is Kind else partnership.stage
        for value in what:
            ui.toCombo.addItem(label(value), value)
            ui.toCombo.setItemData(
                ui.toCombo.count() - 1, meaning(value), Qt.ItemDataRole.ToolTipRole
            )
        _muted(ui.meaningLabel)
        ui.onEdit.set_today(workspace.today)
        if change is None:
            if what is Kind:
                self.setWindowTitle(translate("ChangeDialog", "Move Along the Continuum"))
                intro = translate("ChangeDialog", "“%1” is a %2 now. Where has it moved to?")
            else:
                self.setWindowTitle(translate("ChangeDialog", "Change Stage"))
                intro = translate("ChangeDialog", "“%1” is %2 now. Which stage is it in?")
            ui.introLabel.setText(
                intro.replace("%1", partnership.name).replace("%2", in_sentence(current))
            )
            following = list(what)
            nearest = following[min(following.index(current) + 1, len(following) - 1)]
            select_data(ui.toCombo, nearest if nearest != current else following[0])
            ui.onEdit.set_value(workspace.today())
            add_button_text(ui.buttons, translate("ChangeDialog", "&Record"))
        else:
            self.setWindowTitle(translate("ChangeDialog", "Correct the History"))
            ui.introLabel.setText(
                translate("ChangeDialog", "Correct the date or the note of this change.")
            )
            target = change.to_kind if isinstance(change, KindChange) else change.to_stage
            select_data(ui.toCombo, target)
            ui.toCombo.setEnabled(False)
            ui.onEdit.set_value(change.changed_on)
            ui.noteEdit.set_value(change.note)
            add_button_text(ui.buttons, translate("ChangeDialog", "&Save"))
        ui.toCombo.currentIndexChanged.connect(self._show_meaning)
        self._show_meaning()
        self.messages = FieldMessages(
            ui.form,
            {"kind": ui.toCombo, "stage": ui.toCombo, "changed_on": ui.onEdit, "note": ui.noteEdit},
        )
        ui.buttons.accepted.connect(self.save)
        ctrl_enter(self, self.save)
        ui.buttons.rejected.connect(self.reject)
        (ui.onEdit if change is not None else ui.toCombo).setFocus()

    def _show_meaning(self) -> None:
        value = enum_data(self.ui.toCombo, self.what)
        self.ui.meaningLabel.setText(meaning(value) if value is not None else "")

    def save(self) -> None:
        """Record the move (or the correction), undoably."""
        ui = self.ui
        self.messages.clear()
        try:
            on = ui.onEdit.value()
        except ValueError as exc:
            self.messages.show_text("changed_on", str(exc))
            return
        if on is None:
            self.messages.show_text("changed_on", translate("ChangeDialog", "Is required."))
            return
        note = ui.noteEdit.toPlainText().strip() or None
        command = self._command(on, note)

        def invalid(error: ValidationError) -> bool:
            return self.messages.show(error)

        if self.workspace.perform(command, self, on_invalid=invalid):
            self.accept()

    def _command(self, on: date, note: str | None) -> Any:
        store = self.workspace.store
        pid = self.partnership_id
        change = self.change
        if change is not None:
            update = update_kind_change if isinstance(change, KindChange) else update_stage_change
            return EditCommand(
                translate("ChangeDialog", "Correct the history"),
                store,
                {Topic.HISTORY, Topic.PARTNERSHIPS},
                apply=lambda values: update(store, change.id, **values),
                before={"changed_on": change.changed_on, "note": change.note},
                after={"changed_on": on, "note": note},
            )
        target = enum_data(self.ui.toCombo, self.what)
        made: list[int] = []
        if self.what is Kind:

            def do() -> None:
                made.append(change_kind(store, pid, target, on=on, note=note).id)

            def undo() -> None:
                delete_kind_change(store, made.pop())

            text = translate("ChangeDialog", "Move to %1").replace("%1", label(target))
        else:
            # Ending a partnership may give it an end date; undoing gives back the one it had.
            ended_on = get_partnership(store, pid).ended_on

            def do() -> None:
                made.append(change_stage(store, pid, target, on=on, note=note).id)

            def undo() -> None:
                undo_stage_change(store, made.pop(), ended_on=ended_on)

            text = translate("ChangeDialog", "Change stage to %1").replace("%1", label(target))
        return ActionCommand(text, store, {Topic.HISTORY, Topic.PARTNERSHIPS}, do=do, undo=undo)


def partner_named(workspace: Workspace, name: str) -> int | None:
    """The id of the organisation called ``name``, if there is exactly one."""
    try:
        return find_organisation(workspace.store, name).id
    except LookupError:
        return None
