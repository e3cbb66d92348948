"""Organisations: their details, their people, and every partnership they take part in."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from partnerdesk.domain.organisations import (
    delete_organisation,
    get_organisation,
    my_organisation,
    set_my_organisation,
    update_organisation,
)
from partnerdesk.domain.overview import (
    OrganisationSummary,
    PersonSummary,
    history_count,
    organisation_summaries,
    people_summaries,
)
from partnerdesk.domain.partnerships import memberships
from partnerdesk.domain.records import Member, Partnership
from partnerdesk.gui import dialogs
from partnerdesk.gui.events import Topic
from partnerdesk.gui.forms.ui_organisations_page import Ui_OrganisationsPage
from partnerdesk.gui.page import Page
from partnerdesk.gui.portfolio_page import title_font
from partnerdesk.gui.record_dialogs import NewOrganisationDialog, NewPersonDialog
from partnerdesk.gui.record_form import RecordForm
from partnerdesk.gui.table_model import RECORD_ROLE, Column, RecordsModel, WordsFilter
from partnerdesk.gui.text import label, meaning, short_label, translate
from partnerdesk.gui.undo import ActionCommand, DeleteCommand
from partnerdesk.gui.widgets import filter_keys, say_when_nothing_matches, wrap_row
from partnerdesk.gui.workspace import Workspace


class OrganisationsModel(RecordsModel[OrganisationSummary]):
    """Organisations with their sector and how many people and partnerships they have."""

    NAME, SECTOR, PEOPLE, PARTNERSHIPS = range(4)

    def make_columns(self) -> Sequence[Column[OrganisationSummary]]:
        return [
            Column(
                translate("OrganisationsModel", "Name"),
                lambda o: o.organisation.name,
                # text, not a tuple: Qt compares sort keys it knows, and a tuple it does not
                sort=lambda o: (
                    ("1" if o.organisation.is_self else "2") + o.organisation.name.casefold()
                ),
                tooltip=lambda o: (
                    translate("OrganisationsModel", "Your organisation")
                    if o.organisation.is_self
                    else None
                ),
                bold=lambda o: o.organisation.is_self,
            ),
            Column(
                translate("OrganisationsModel", "What it does"),
                lambda o: o.organisation.sector or "",
            ),
            Column(
                translate("OrganisationsModel", "People"),
                lambda o: str(o.people) if o.people else "",
                sort=lambda o: o.people,
                right=True,
            ),
            Column(
                translate("OrganisationsModel", "Partnerships"),
                lambda o: str(o.partnerships) if o.partnerships else "",
                sort=lambda o: o.partnerships,
                right=True,
            ),
        ]


class OrganisationPeopleModel(RecordsModel[PersonSummary]):
    """The people of one organisation."""

    NAME, ROLE, SENIORITY, EMAIL = range(4)

    def make_columns(self) -> Sequence[Column[PersonSummary]]:
        return [
            Column(translate("OrganisationPeopleModel", "Name"), lambda p: p.person.name),
            Column(
                translate("OrganisationPeopleModel", "Role"), lambda p: p.person.role_title or ""
            ),
            Column(
                translate("OrganisationPeopleModel", "Seniority"),
                lambda p: label(p.person.seniority),
                tooltip=lambda p: meaning(p.person.seniority),
            ),
            Column(translate("OrganisationPeopleModel", "Email"), lambda p: p.person.email or ""),
        ]


class MembershipsModel(RecordsModel[tuple[Partnership, Member]]):
    """The partnerships an organisation takes part in, with its role in each."""

    PARTNERSHIP, ROLE, KIND, STAGE = range(4)

    def make_columns(self) -> Sequence[Column[tuple[Partnership, Member]]]:
        return [
            Column(translate("MembershipsModel", "Partnership"), lambda pm: pm[0].name),
            Column(translate("MembershipsModel", "Its role"), lambda pm: pm[1].role or ""),
            Column(
                translate("MembershipsModel", "Kind"),
                lambda pm: short_label(pm[0].kind),
                tooltip=lambda pm: meaning(pm[0].kind),
            ),
            Column(
                translate("MembershipsModel", "Stage"),
                lambda pm: label(pm[0].stage),
                tooltip=lambda pm: meaning(pm[0].stage),
            ),
        ]


def _stretch(header: QHeaderView, column: int) -> None:
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


class OrganisationsPage(Page):
    """The organisations on the left; the selected one's details, people and partnerships."""

    topics = frozenset({Topic.ORGANISATIONS, Topic.PEOPLE, Topic.MEMBERS, Topic.PARTNERSHIPS})
    #: The user asked to see a person (their id).
    open_person = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.ui = Ui_OrganisationsPage()
        self.ui.setupUi(self)
        wrap_row(self.ui.headerLayout)
        ui = self.ui
        title_font(ui.titleLabel)
        title_font(ui.nameTitle, 1.2)
        for heading in (ui.peopleTitle, ui.partnershipsTitle):
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
        self.model = OrganisationsModel(self)
        self.proxy = WordsFilter(self)
        self.proxy.setSourceModel(self.model)
        ui.table.setModel(self.proxy)
        ui.table.horizontalHeader().setStretchLastSection(True)
        self._sized = False
        ui.table.sortByColumn(OrganisationsModel.NAME, Qt.SortOrder.AscendingOrder)
        self.people = OrganisationPeopleModel(self)
        ui.peopleTable.setModel(self.people)
        _stretch(ui.peopleTable.horizontalHeader(), OrganisationPeopleModel.NAME)
        self.memberships = MembershipsModel(self)
        ui.partnershipsTable.setModel(self.memberships)
        _stretch(ui.partnershipsTable.horizontalHeader(), MembershipsModel.PARTNERSHIP)
        self.form = RecordForm(
            workspace,
            ui.form,
            {
                "name": ui.nameEdit,
                "sector": ui.sectorEdit,
                "country": ui.countryEdit,
                "website": ui.websiteEdit,
                "notes": ui.notesEdit,
                "is_self": ui.selfCheck,
            },
            update=lambda org_id, values: update_organisation(
                self.workspace.store, org_id, **values
            ),
            topics=frozenset({Topic.ORGANISATIONS}),
            describe=lambda field: translate("OrganisationsPage", "Change organisation"),
            commands={"is_self": self._my_organisation_command},
        )
        ui.filterEdit.textChanged.connect(self.proxy.set_text)
        filter_keys(ui.filterEdit, ui.table)
        say_when_nothing_matches(
            ui.table,
            ui.filterEdit,
            translate("OrganisationsPage", "No organisation has “%1” in its name or what it does."),
        )
        ui.table.selectionModel().currentRowChanged.connect(self._show_selected)
        ui.newButton.clicked.connect(self.new_organisation)
        ui.deleteButton.clicked.connect(self.delete_selected)
        ui.addPersonButton.clicked.connect(self._add_person)
        ui.peopleTable.activated.connect(self._person_activated)
        ui.partnershipsTable.activated.connect(self._partnership_activated)
        ui.splitter.setStretchFactor(0, 2)
        ui.splitter.setStretchFactor(1, 3)
        ui.splitter.setSizes([470, 510])
        self.restore_splitter(ui.splitter, "organisations_splitter")
        self._organisation_id: int | None = None

    def _my_organisation_command(
        self, organisation_id: int, _before: Any, mine: Any
    ) -> ActionCommand:
        """Making an organisation one's own takes the flag from another one: undo gives it back."""
        store = self.workspace.store
        previous = my_organisation(store)
        previous_id = None if previous is None else previous.id
        return ActionCommand(
            translate("OrganisationsPage", "Change my organisation"),
            store,
            {Topic.ORGANISATIONS, Topic.MEMBERS},
            do=lambda: set_my_organisation(store, organisation_id if mine else None),
            undo=lambda: set_my_organisation(store, previous_id),
        )

    def refresh(self) -> None:
        super().refresh()
        keep = self._organisation_id
        self.model.set_items(organisation_summaries(self.workspace.store))
        if not self._sized and self.model.items:
            self._sized = True
            self.ui.table.resizeColumnsToContents()
        if keep is not None and not self.select_organisation(keep):
            keep = None
        if keep is None:
            self._show(None)

    def select_organisation(self, organisation_id: int) -> bool:
        """Select an organisation in the list and show it; False when it is not there."""
        if self._stale:
            self.refresh()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            summary = index.data(RECORD_ROLE)
            if summary is not None and summary.organisation.id == organisation_id:
                self.ui.table.setCurrentIndex(index)
                self.ui.table.scrollTo(index)
                self._show(organisation_id)
                return True
        return False

    def _show_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        summary = current.data(RECORD_ROLE) if current.isValid() else None
        self._show(None if summary is None else summary.organisation.id)

    def _show(self, organisation_id: int | None) -> None:
        ui = self.ui
        self._organisation_id = organisation_id
        if organisation_id is None:
            ui.detailStack.setCurrentWidget(ui.noneLabel)
            self.form.show_record(None, {})
            self.people.set_items([])
            self.memberships.set_items([])
            self.selection_changed.emit()
            return
        store = self.workspace.store
        organisation = get_organisation(store, organisation_id)
        ui.detailStack.setCurrentWidget(ui.detailScroll)
        ui.nameTitle.setText(organisation.name)
        self.form.show_record(
            organisation_id,
            {
                "name": organisation.name,
                "sector": organisation.sector,
                "country": organisation.country,
                "website": organisation.website,
                "notes": organisation.notes,
                "is_self": organisation.is_self,
            },
        )
        people = people_summaries(store, organisation_id)
        self.people.set_items(people)
        ui.peopleTitle.setText(
            translate("OrganisationsPage", "People (%n)", None, len(people))
            if people
            else translate("OrganisationsPage", "People")
        )
        taking_part = memberships(store, organisation_id)
        self.memberships.set_items(taking_part)
        ui.partnershipsTitle.setText(
            translate("OrganisationsPage", "Partnerships (%n)", None, len(taking_part))
            if taking_part
            else translate("OrganisationsPage", "Partnerships: none yet")
        )
        ui.partnershipsTable.setVisible(bool(taking_part))
        self.selection_changed.emit()

    def new_organisation(self) -> None:
        """Ask for a new organisation's name, add it and show it."""
        dialog = NewOrganisationDialog(self.workspace, self)
        dialog.created.connect(self.select_organisation)
        dialog.open()

    def _add_person(self) -> None:
        if self._organisation_id is None:
            return
        dialog = NewPersonDialog(self.workspace, self, organisation_id=self._organisation_id)
        dialog.open()

    def _person_activated(self, index: QModelIndex) -> None:
        summary = index.data(RECORD_ROLE)
        if summary is not None:
            self.open_person.emit(summary.person.id)

    def _partnership_activated(self, index: QModelIndex) -> None:
        pair = index.data(RECORD_ROLE)
        if pair is not None:
            self.open_partnership.emit(pair[0].id)

    def delete_selected(self) -> None:
        """Delete the organisation shown, asking first when it has history."""
        organisation_id = self._organisation_id
        if organisation_id is None:
            return
        store = self.workspace.store
        organisation = get_organisation(store, organisation_id)
        history = history_count(store, organisation_id=organisation_id)
        people = len(people_summaries(store, organisation_id))
        if (history or people) and not dialogs.confirm(
            self,
            translate("OrganisationsPage", "Delete Organisation"),
            translate("OrganisationsPage", "Delete “%1” with its people and memberships?").replace(
                "%1", organisation.name
            ),
            translate(
                "OrganisationsPage",
                "Its people and its place in every partnership go with it, and journal "
                "entries about it alone. Entries about a partnership stay in its journal. "
                "You can undo this with Ctrl+Z.",
            ),
            action=translate("OrganisationsPage", "Delete"),
            destructive=True,
        ):
            return
        command = DeleteCommand(
            translate("OrganisationsPage", "Delete “%1”").replace("%1", organisation.name),
            store,
            {Topic.ORGANISATIONS, Topic.PEOPLE, Topic.MEMBERS, Topic.JOURNAL, Topic.FOLLOW_UPS},
            delete=lambda: delete_organisation(store, organisation_id),
        )
        if self.workspace.perform(command, self):
            self.workspace.tell(
                translate("OrganisationsPage", "Deleted “%1”.").replace("%1", organisation.name),
                undoable=True,
            )

    def focus_search(self) -> None:
        self.ui.filterEdit.setFocus()
        self.ui.filterEdit.selectAll()

    def save_state(self) -> None:
        self.keep_splitter(self.ui.splitter, "organisations_splitter")
