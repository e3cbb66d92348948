"""Small dialogs that add an organisation or a person (undoably)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from partnerdesk.domain.errors import ValidationError
from partnerdesk.domain.organisations import (
    create_organisation,
    create_person,
    delete_organisation,
    delete_person,
    list_organisations,
)
from partnerdesk.domain.vocabulary import Seniority
from partnerdesk.gui.events import Topic
from partnerdesk.gui.forms.ui_new_organisation_dialog import Ui_NewOrganisationDialog
from partnerdesk.gui.forms.ui_new_person_dialog import Ui_NewPersonDialog
from partnerdesk.gui.text import label, meaning, translate
from partnerdesk.gui.undo import CreateCommand
from partnerdesk.gui.widgets import (
    FieldMessages,
    chosen_data,
    make_type_ahead,
    resolve_typed,
    select_data,
)
from partnerdesk.gui.workspace import Workspace


class _CreateDialog(QDialog):
    """A dialog whose OK creates a record through a CreateCommand; emits ``created(id)``."""

    created = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.messages: FieldMessages

    def _create(self, command: CreateCommand, check: Callable[[], bool] = lambda: True) -> None:
        self.messages.clear()
        if not check():
            return

        def invalid(error: ValidationError) -> bool:
            return self.messages.show(error)

        if self.workspace.perform(command, self, on_invalid=invalid):
            self.accept()
            self.created.emit(command.created.id)


class NewOrganisationDialog(_CreateDialog):
    """Name (and optionally sector and country) of a new organisation."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(workspace, parent)
        self.ui = Ui_NewOrganisationDialog()
        self.ui.setupUi(self)
        self.ui.nameEdit.setText(name)
        add_button_text(self.ui.buttons, translate("NewOrganisationDialog", "&Add"))
        self.messages = FieldMessages(self.ui.form, {"name": self.ui.nameEdit})
        self.ui.buttons.accepted.connect(self.create)
        self.ui.buttons.rejected.connect(self.reject)

    def create(self) -> None:
        ui = self.ui
        values: dict[str, Any] = {
            "sector": ui.sectorEdit.text() or None,
            "country": ui.countryEdit.text() or None,
        }
        name = ui.nameEdit.text()
        self._create(
            CreateCommand(
                translate("NewOrganisationDialog", "Add organisation “%1”").replace(
                    "%1", name.strip()
                ),
                self.workspace.store,
                {Topic.ORGANISATIONS},
                create=lambda: create_organisation(self.workspace.store, name, **values),
                delete=lambda org_id: delete_organisation(self.workspace.store, org_id),
            )
        )


class NewPersonDialog(_CreateDialog):
    """A new person: name, organisation, role and seniority."""

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        organisation_id: int | None = None,
    ) -> None:
        super().__init__(workspace, parent)
        self.ui = Ui_NewPersonDialog()
        self.ui.setupUi(self)
        ui = self.ui
        add_button_text(ui.buttons, translate("NewPersonDialog", "&Add"))
        ui.organisationCombo.addItem(translate("NewPersonDialog", "(none yet)"), None)
        for organisation in list_organisations(workspace.store):
            ui.organisationCombo.addItem(organisation.name, organisation.id)
        make_type_ahead(ui.organisationCombo)
        select_data(ui.organisationCombo, organisation_id)
        for seniority in Seniority:
            ui.seniorityCombo.addItem(label(seniority), seniority)
            ui.seniorityCombo.setItemData(
                ui.seniorityCombo.count() - 1, meaning(seniority), Qt.ItemDataRole.ToolTipRole
            )
        select_data(ui.seniorityCombo, Seniority.OTHER)
        self.messages = FieldMessages(
            ui.form, {"name": ui.nameEdit, "organisation_id": ui.organisationCombo}
        )
        ui.buttons.accepted.connect(self.create)
        ui.buttons.rejected.connect(self.reject)

    def create(self) -> None:
        ui = self.ui
        resolve_typed(ui.organisationCombo)
        organisation_id = chosen_data(ui.organisationCombo)
        typed = ui.organisationCombo.currentText().strip()

        def check() -> bool:
            known = ui.organisationCombo.findText(typed, Qt.MatchFlag.MatchFixedString) >= 0
            if typed and not known:
                self.messages.show_text(
                    "organisation_id",
                    translate(
                        "NewPersonDialog",
                        "There is no organisation called “%1”; add it first, or choose one "
                        "from the list.",
                    ).replace("%1", typed),
                )
                return False
            return True

        name = ui.nameEdit.text()
        values: dict[str, Any] = {
            "organisation_id": organisation_id,
            "role_title": ui.roleEdit.text() or None,
            "seniority": ui.seniorityCombo.currentData(),
        }
        self._create(
            CreateCommand(
                translate("NewPersonDialog", "Add “%1”").replace("%1", name.strip()),
                self.workspace.store,
                {Topic.PEOPLE},
                create=lambda: create_person(self.workspace.store, name, **values),
                delete=lambda person_id: delete_person(self.workspace.store, person_id),
            ),
            check,
        )


def add_button_text(box: QDialogButtonBox, text: str) -> None:
    """Name the OK button of a dialog after what it does ("Add")."""
    button = box.button(QDialogButtonBox.StandardButton.Ok)
    if button is not None:
        button.setText(text)
