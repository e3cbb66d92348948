"""People: who they are, where they work, how senior they are, and the contacts they were in."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QSignalBlocker, Qt
from PySide6.QtWidgets import QWidget

from partnerdesk.domain.journal import JournalFilter
from partnerdesk.domain.organisations import (
    delete_person,
    get_person,
    list_organisations,
    update_person,
)
from partnerdesk.domain.overview import PersonSummary, history_count, people_summaries
from partnerdesk.domain.vocabulary import Seniority
from partnerdesk.gui import dialogs
from partnerdesk.gui.entry_actions import edit_entry
from partnerdesk.gui.events import Topic
from partnerdesk.gui.forms.ui_people_page import Ui_PeoplePage
from partnerdesk.gui.page import Page
from partnerdesk.gui.portfolio_page import title_font
from partnerdesk.gui.record_dialogs import NewPersonDialog
from partnerdesk.gui.record_form import RecordForm
from partnerdesk.gui.table_model import RECORD_ROLE, Column, RecordsModel, WordsFilter
from partnerdesk.gui.text import label, meaning, translate
from partnerdesk.gui.undo import DeleteCommand
from partnerdesk.gui.widgets import filter_keys, say_when_nothing_matches, wrap_row
from partnerdesk.gui.workspace import Workspace


class PeopleModel(RecordsModel[PersonSummary]):
    """Everybody, with their organisation, seniority and role."""

    NAME, ORGANISATION, SENIORITY, ROLE = range(4)

    def make_columns(self) -> Sequence[Column[PersonSummary]]:
        return [
            Column(translate("PeopleModel", "Name"), lambda p: p.person.name),
            Column(translate("PeopleModel", "Organisation"), lambda p: p.organisation_name or ""),
            Column(
                translate("PeopleModel", "Seniority"),
                lambda p: label(p.person.seniority),
                sort=lambda p: list(Seniority).index(p.person.seniority),
                tooltip=lambda p: meaning(p.person.seniority),
            ),
            Column(translate("PeopleModel", "Role"), lambda p: p.person.role_title or ""),
        ]


class PeoplePage(Page):
    """Everybody on the left; the selected person's details and journal on the right."""

    topics = frozenset({Topic.PEOPLE, Topic.ORGANISATIONS, Topic.JOURNAL})

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.ui = Ui_PeoplePage()
        self.ui.setupUi(self)
        wrap_row(self.ui.headerLayout)
        ui = self.ui
        title_font(ui.titleLabel)
        title_font(ui.nameTitle, 1.2)
        font = ui.journalTitle.font()
        font.setBold(True)
        ui.journalTitle.setFont(font)
        self.model = PeopleModel(self)
        self.proxy = WordsFilter(self)
        self.proxy.setSourceModel(self.model)
        ui.table.setModel(self.proxy)
        ui.table.horizontalHeader().setStretchLastSection(True)
        self._sized = False
        ui.table.sortByColumn(PeopleModel.NAME, Qt.SortOrder.AscendingOrder)
        for seniority in Seniority:
            ui.seniorityCombo.addItem(label(seniority), seniority)
            ui.seniorityCombo.setItemData(
                ui.seniorityCombo.count() - 1, meaning(seniority), Qt.ItemDataRole.ToolTipRole
            )
        for column in (ui.journalTable.journal_model.PEOPLE, ui.journalTable.journal_model.CHANNEL):
            ui.journalTable.setColumnHidden(column, True)
        self.form = RecordForm(
            workspace,
            ui.form,
            {
                "name": ui.nameEdit,
                "organisation_id": ui.organisationCombo,
                "role_title": ui.roleEdit,
                "seniority": ui.seniorityCombo,
                "email": ui.emailEdit,
                "phone": ui.phoneEdit,
                "notes": ui.notesEdit,
            },
            update=lambda person_id, values: update_person(
                self.workspace.store, person_id, **values
            ),
            topics=frozenset({Topic.PEOPLE}),
            describe=lambda field: translate("PeoplePage", "Change person"),
        )
        ui.filterEdit.textChanged.connect(self.proxy.set_text)
        filter_keys(ui.filterEdit, ui.table)
        say_when_nothing_matches(
            ui.table,
            ui.filterEdit,
            translate("PeoplePage", "Nobody’s name, organisation or role has “%1” in it."),
        )
        ui.table.selectionModel().currentRowChanged.connect(self._show_selected)
        ui.newButton.clicked.connect(self.new_person)
        ui.deleteButton.clicked.connect(self.delete_selected)
        ui.journalTable.entry_activated.connect(
            lambda item: edit_entry(self.workspace, self, item.entry.id)
        )
        ui.splitter.setStretchFactor(0, 2)
        ui.splitter.setStretchFactor(1, 3)
        ui.splitter.setSizes([380, 560])
        self.restore_splitter(ui.splitter, "people_splitter")
        self._person_id: int | None = None

    def refresh(self) -> None:
        super().refresh()
        store = self.workspace.store
        combo = self.ui.organisationCombo
        with QSignalBlocker(combo):
            combo.clear()
            combo.addItem(translate("PeoplePage", "(none)"), None)
            for organisation in list_organisations(store):
                combo.addItem(organisation.name, organisation.id)
        keep = self._person_id
        self.model.set_items(people_summaries(store))
        if not self._sized and self.model.items:
            self._sized = True
            ui = self.ui
            ui.table.resizeColumnsToContents()
        if keep is None or not self.select_person(keep):
            self._show(None)

    def select_person(self, person_id: int) -> bool:
        """Select a person in the list and show them; False when they are not there."""
        if self._stale:
            self.refresh()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            summary = index.data(RECORD_ROLE)
            if summary is not None and summary.person.id == person_id:
                self.ui.table.setCurrentIndex(index)
                self.ui.table.scrollTo(index)
                self._show(person_id)
                return True
        return False

    def _show_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        summary = current.data(RECORD_ROLE) if current.isValid() else None
        self._show(None if summary is None else summary.person.id)

    def _show(self, person_id: int | None) -> None:
        ui = self.ui
        self._person_id = person_id
        if person_id is None:
            ui.detailStack.setCurrentWidget(ui.noneLabel)
            self.form.show_record(None, {})
            ui.journalTable.journal_model.clear()
            return
        store = self.workspace.store
        person = get_person(store, person_id)
        ui.detailStack.setCurrentWidget(ui.detailScroll)
        ui.nameTitle.setText(person.name)
        self.form.show_record(
            person_id,
            {
                "name": person.name,
                "organisation_id": person.organisation_id,
                "role_title": person.role_title,
                "seniority": person.seniority,
                "email": person.email,
                "phone": person.phone,
                "notes": person.notes,
            },
        )
        model = ui.journalTable.journal_model
        model.load(store, JournalFilter(person_id=person_id), self.workspace.today())
        shown = model.rowCount()
        ui.journalTitle.setText(
            (
                translate("PeoplePage", "Journal (%n entries)", None, shown)
                if model.complete
                else translate("PeoplePage", "Journal")
            )
            if shown
            else translate("PeoplePage", "Journal: no contact logged with them yet")
        )
        ui.journalTable.setVisible(bool(shown))

    def new_person(self) -> None:
        """Ask for a new person's details, add them and show them."""
        dialog = NewPersonDialog(self.workspace, self)
        dialog.created.connect(self.select_person)
        dialog.open()

    def delete_selected(self) -> None:
        """Delete the person shown, asking first when they took part in journal entries."""
        person_id = self._person_id
        if person_id is None:
            return
        store = self.workspace.store
        person = get_person(store, person_id)
        entries = history_count(store, person_id=person_id)
        if entries and not dialogs.confirm(
            self,
            translate("PeoplePage", "Delete Person"),
            translate("PeoplePage", "Delete “%1”?").replace("%1", person.name),
            translate(
                "PeoplePage",
                "They took part in %n journal entries; the entries stay, without them. "
                "You can undo this with Ctrl+Z.",
                None,
                entries,
            ),
            action=translate("PeoplePage", "Delete"),
            destructive=True,
        ):
            return
        command = DeleteCommand(
            translate("PeoplePage", "Delete “%1”").replace("%1", person.name),
            store,
            {Topic.PEOPLE, Topic.JOURNAL},
            delete=lambda: delete_person(store, person_id),
        )
        if self.workspace.perform(command, self):
            self.workspace.tell(
                translate("PeoplePage", "Deleted “%1”.").replace("%1", person.name), undoable=True
            )

    def focus_search(self) -> None:
        self.ui.filterEdit.setFocus()
        self.ui.filterEdit.selectAll()

    def save_state(self) -> None:
        self.keep_splitter(self.ui.splitter, "people_splitter")
