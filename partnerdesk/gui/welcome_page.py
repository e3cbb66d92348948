"""The first thing a user sees on an empty database: three ways to begin."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from partnerdesk.domain.errors import ValidationError
from partnerdesk.domain.organisations import create_organisation, delete_organisation
from partnerdesk.gui.events import Topic
from partnerdesk.gui.forms.ui_welcome_page import Ui_WelcomePage
from partnerdesk.gui.page import Page
from partnerdesk.gui.portfolio_page import title_font
from partnerdesk.gui.text import translate
from partnerdesk.gui.undo import CreateCommand
from partnerdesk.gui.widgets import FieldMessages
from partnerdesk.gui.workspace import Workspace


class WelcomePage(Page):
    """Set up "my organisation", open the sample portfolio, or import contacts."""

    open_sample = Signal()
    import_contacts = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.ui = Ui_WelcomePage()
        self.ui.setupUi(self)
        title_font(self.ui.titleLabel, 1.6)
        self.messages = FieldMessages(self.ui.selfForm, {"name": self.ui.nameEdit})
        self.ui.selfButton.clicked.connect(self.set_up_organisation)
        self.ui.nameEdit.returnPressed.connect(self.set_up_organisation)
        self.ui.sectorEdit.returnPressed.connect(self.set_up_organisation)
        self.ui.sampleButton.clicked.connect(self.open_sample)
        self.ui.importButton.clicked.connect(self.import_contacts)

    def set_up_organisation(self) -> None:
        """Make the organisation typed the user's own."""
        self.messages.clear()
        store = self.workspace.store
        name, sector = self.ui.nameEdit.text(), self.ui.sectorEdit.text()
        command = CreateCommand(
            translate("WelcomePage", "Set up my organisation"),
            store,
            {Topic.ORGANISATIONS},
            create=lambda: create_organisation(
                self.workspace.store, name, sector=sector or None, is_self=True
            ),
            delete=lambda org_id: delete_organisation(self.workspace.store, org_id),
        )

        def invalid(error: ValidationError) -> bool:
            return self.messages.show(error)

        if self.workspace.perform(command, self, on_invalid=invalid):
            self.ui.nameEdit.clear()
            self.ui.sectorEdit.clear()
            self.workspace.tell(
                translate(
                    "WelcomePage", "“%1” is your organisation. Add a partnership with Ctrl+N."
                ).replace("%1", command.created.name)
            )

    def focus_search(self) -> None:
        self.ui.nameEdit.setFocus()
