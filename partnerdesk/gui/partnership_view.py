"""One partnership: its details and latest assessment, journal, members and roles, and history
along the continuum and through the stages.

Further tabs (the Integration tab: charts and assessments) are added with
:meth:`PartnershipView.add_tab`; a tab is told which partnership to show through its
``show_partnership(partnership_id)`` method.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from partnerdesk.domain.assessments import assessments
from partnerdesk.domain.errors import ValidationError
from partnerdesk.domain.followups import open_follow_ups
from partnerdesk.domain.journal import JournalFilter
from partnerdesk.domain.organisations import (
    create_organisation,
    delete_organisation,
    list_organisations,
)
from partnerdesk.domain.overview import history_count
from partnerdesk.domain.partnerships import (
    add_member,
    continuum_history,
    delete_kind_change,
    delete_partnership,
    delete_stage_change,
    get_partnership,
    members,
    remove_member,
    stage_history,
    update_member,
    update_partnership,
)
from partnerdesk.domain.portfolio import attention
from partnerdesk.domain.records import Assessment, KindChange, Member, Partnership, StageChange
from partnerdesk.domain.undo import combined
from partnerdesk.domain.vocabulary import Kind, Level, Stage
from partnerdesk.gui import dialogs, settings
from partnerdesk.gui.entry_actions import delete_entry, edit_entry
from partnerdesk.gui.events import Topic
from partnerdesk.gui.forms.ui_partnership_view import Ui_PartnershipView
from partnerdesk.gui.page import Page
from partnerdesk.gui.partnership_dialogs import ChangeDialog
from partnerdesk.gui.portfolio_page import title_font
from partnerdesk.gui.record_form import RecordForm
from partnerdesk.gui.table_model import RECORD_ROLE, Column, RecordsModel
from partnerdesk.gui.text import (
    attention_reason,
    in_sentence,
    label,
    meaning,
    read_date,
    refusal_sentence,
    relative_days,
    short_date,
    strength_text,
    translate,
)
from partnerdesk.gui.theme import level_colour
from partnerdesk.gui.undo import CreateCommand, DeleteCommand, EditCommand
from partnerdesk.gui.widgets import (
    chosen_data,
    make_type_ahead,
    mute,
    muted_colour,
    resolve_typed,
    stack_when_narrow,
    wrap_row,
)
from partnerdesk.gui.workspace import Workspace

Index = QModelIndex | QPersistentModelIndex

EVERYTHING_ABOUT_IT = frozenset(
    {
        Topic.PARTNERSHIPS,
        Topic.MEMBERS,
        Topic.HISTORY,
        Topic.JOURNAL,
        Topic.FOLLOW_UPS,
        Topic.ASSESSMENTS,
        Topic.ORGANISATIONS,
        Topic.PEOPLE,
        Topic.SETTINGS,
    }
)


# --- members ----------------------------------------------------------------------------------


class MembersModel(RecordsModel[Member]):
    """The members with their roles; the role and dates can be edited in place."""

    ORGANISATION, ROLE, JOINED, LEFT = range(4)
    #: Called with (member, field, text typed) when the user edits a cell.
    edited: Callable[[Member, str, str], bool] | None = None

    def make_columns(self) -> Sequence[Column[Member]]:
        return [
            Column(
                translate("MembersModel", "Organisation"),
                lambda m: (
                    m.organisation_name + (translate("MembersModel", " (you)") if m.is_self else "")
                ),
                bold=lambda m: m.is_self,
            ),
            Column(translate("MembersModel", "Role"), lambda m: m.role or ""),
            Column(translate("MembersModel", "Joined"), lambda m: short_date(m.joined_on)),
            Column(translate("MembersModel", "Left"), lambda m: short_date(m.left_on)),
        ]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() != self.ORGANISATION:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole and index.isValid():
            return self.columns[index.column()].display(self.items[index.row()])
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.edited is None:
            return False
        field = {self.ROLE: "role", self.JOINED: "joined_on", self.LEFT: "left_on"}.get(
            index.column()
        )
        if field is None:
            return False
        return self.edited(self.items[index.row()], field, str(value))


# --- history ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class HistoryItem:
    """A recorded move along the continuum or change of stage."""

    change: KindChange | StageChange

    @property
    def is_kind(self) -> bool:
        return isinstance(self.change, KindChange)

    @property
    def is_start(self) -> bool:
        change = self.change
        return (change.from_kind if isinstance(change, KindChange) else change.from_stage) is None

    def describe(self) -> str:
        change = self.change
        if isinstance(change, KindChange):
            if change.from_kind is None:
                return translate("HistoryModel", "Started as a %1").replace(
                    "%1", in_sentence(change.to_kind)
                )
            return (
                translate("HistoryModel", "Moved along the continuum: %1 → %2")
                .replace("%1", label(change.from_kind))
                .replace("%2", label(change.to_kind))
            )
        if change.from_stage is None:
            return translate("HistoryModel", "Began in the stage %1").replace(
                "%1", label(change.to_stage)
            )
        return (
            translate("HistoryModel", "Stage: %1 → %2")
            .replace("%1", label(change.from_stage))
            .replace("%2", label(change.to_stage))
        )


class HistoryModel(RecordsModel[HistoryItem]):
    """Moves along the continuum and stage changes together, newest first."""

    DATE, WHAT, NOTE = range(3)

    def make_columns(self) -> Sequence[Column[HistoryItem]]:
        return [
            Column(translate("HistoryModel", "Date"), lambda h: short_date(h.change.changed_on)),
            Column(
                translate("HistoryModel", "What changed"),
                lambda h: h.describe(),
                bold=lambda h: h.is_kind and not h.is_start,
                tooltip=lambda h: meaning(
                    h.change.to_kind if isinstance(h.change, KindChange) else h.change.to_stage
                ),
            ),
            Column(
                translate("HistoryModel", "Why"),
                lambda h: (h.change.note or "").replace("\n", " "),
                tooltip=lambda h: h.change.note,
            ),
        ]


def _score(value: int | None) -> str:
    return "—" if value is None else str(value)


# --- the view ---------------------------------------------------------------------------------


class PartnershipView(Page):
    """Everything about one partnership, in tabs."""

    topics = EVERYTHING_ABOUT_IT
    #: The user asked to see an organisation (its id).
    open_organisation = Signal(int)
    #: The partnership shown was deleted.
    closed = Signal()
    #: The user asked to search this partnership's journal (its id).
    search_journal = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.ui = Ui_PartnershipView()
        self.ui.setupUi(self)
        # In a narrow window the header wraps and the overview's side pane goes under the form.
        wrap_row(self.ui.headerLayout)
        wrap_row(self.ui.historyButtons)
        stack_when_narrow(self.ui.overviewLayout, self.ui.overviewScroll.viewport())
        for area in (self.ui.overviewScroll, self.ui.overviewScroll.viewport()):
            area.setAutoFillBackground(False)
        self.ui.overviewContent.setAutoFillBackground(False)
        self.partnership_id: int | None = None
        self.partnership: Partnership | None = None
        self._extra_tabs: list[QWidget] = []
        ui = self.ui
        title_font(ui.nameTitle, 1.5)
        for heading in (ui.attentionHeading, ui.assessmentHeading, ui.followUpsHeading):
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
        for muted in (ui.subtitle, ui.membersHint, ui.historyHint, ui.journalCount):
            mute(muted)
        ui.subtitle.installEventFilter(self)
        for edit in (ui.startedEdit, ui.endedEdit):
            edit.set_today(workspace.today)
        # The two buttons line up after the kind and the stage, and in a narrow window the
        # kind's name takes two lines rather than pushing its button out of sight.
        widest = max(ui.kindText.fontMetrics().horizontalAdvance(label(k)) for k in Kind)
        self._value_width = min(widest + 12, 170)
        for text in (ui.kindText, ui.stageText):
            text.setWordWrap(True)
            text.setMinimumWidth(self._value_width)
        ui.overviewScroll.viewport().installEventFilter(self)
        self.form = RecordForm(
            workspace,
            ui.form,
            {
                "name": ui.nameEdit,
                "purpose": ui.purposeEdit,
                "started_on": ui.startedEdit,
                "ended_on": ui.endedEdit,
                "notes": ui.notesEdit,
            },
            update=lambda pid, values: update_partnership(self.workspace.store, pid, **values),
            topics=frozenset({Topic.PARTNERSHIPS}),
            describe=lambda field: translate("PartnershipView", "Change partnership"),
        )
        # members
        self.members = MembersModel(self)
        self.members.edited = self._member_edited
        ui.membersTable.setModel(self.members)
        header = ui.membersTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MembersModel.ROLE, QHeaderView.ResizeMode.Stretch)
        make_type_ahead(ui.memberCombo)
        ui.memberCombo.lineEdit().setPlaceholderText(
            translate("PartnershipView", "an organisation; a new name adds it")
        )
        ui.addMemberButton.clicked.connect(self._add_member)
        ui.roleEdit.returnPressed.connect(self._add_member)
        ui.removeMemberButton.clicked.connect(self._remove_member)
        ui.showOrganisationButton.clicked.connect(self._show_organisation)
        ui.membersTable.selectionModel().selectionChanged.connect(self._member_selection)
        # journal
        ui.journalTable.setColumnHidden(ui.journalTable.journal_model.ABOUT, True)
        ui.journalTable.entry_activated.connect(
            lambda item: edit_entry(self.workspace, self, item.entry.id)
        )
        ui.editEntryButton.clicked.connect(self._edit_entry)
        ui.deleteEntryButton.clicked.connect(self._delete_entry)
        ui.journalTable.selectionModel().selectionChanged.connect(self._entry_selection)
        for button in (ui.logButton, ui.headerLogButton):
            button.clicked.connect(self._log)
        # history
        self.history = HistoryModel(self)
        ui.historyTable.setModel(self.history)
        ui.historyTable.setEditTriggers(ui.historyTable.EditTrigger.NoEditTriggers)
        header = ui.historyTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HistoryModel.NOTE, QHeaderView.ResizeMode.Stretch)
        ui.historyTable.activated.connect(self._correct_change)
        ui.historyTable.selectionModel().selectionChanged.connect(self._history_selection)
        ui.kindButton.clicked.connect(self.change_kind)
        ui.moveButton.clicked.connect(self.change_kind)
        ui.stageButton.clicked.connect(self.change_stage)
        ui.stageButton2.clicked.connect(self.change_stage)
        ui.deleteChangeButton.clicked.connect(self._delete_change)
        self._member_selection()
        self._entry_selection()
        self._history_selection()

    # --- extension point ------------------------------------------------------------------

    def add_tab(self, tab: QWidget, title: str, *, position: int | None = None) -> None:
        """Add a tab (for example the integration charts) after the others or at ``position``.

        ``tab.show_partnership(partnership_id)`` is called whenever the view shows another
        partnership or reads the shown one again.
        """
        tabs = self.ui.tabs
        if position is None:
            tabs.addTab(tab, title)
        else:
            tabs.insertTab(position, tab, title)
        self._extra_tabs.append(tab)
        if self.partnership_id is not None:
            self._tell_tab(tab)

    def _tell_tab(self, tab: QWidget) -> None:
        show = getattr(tab, "show_partnership", None)
        if callable(show):
            show(self.partnership_id)

    # --- showing --------------------------------------------------------------------------

    def show_partnership(self, partnership_id: int | None) -> bool:
        """Show a partnership (None: none); False when it does not exist."""
        if partnership_id is not None and partnership_id != self.partnership_id:
            self.ui.tabs.setCurrentIndex(0)
        self.partnership_id = partnership_id
        self.refresh()
        return self.partnership_id is not None or partnership_id is None

    def refresh(self) -> None:
        super().refresh()
        pid = self.partnership_id
        store = self.workspace.store
        if pid is not None:
            try:
                self.partnership = get_partnership(store, pid)
            except LookupError:
                self.partnership = None
                self.partnership_id = pid = None
        else:
            self.partnership = None
        if pid is None or self.partnership is None:
            self.form.show_record(None, {})
            for model in (self.members, self.history):
                model.set_items([])
            self.ui.journalTable.journal_model.clear()
            self.selection_changed.emit()
            return
        p = self.partnership
        self._show_header(p)
        self.form.show_record(
            pid,
            {
                "name": p.name,
                "purpose": p.purpose,
                "started_on": p.started_on,
                "ended_on": p.ended_on,
                "notes": p.notes,
            },
        )
        self.ui.kindText.setText(label(p.kind))
        self.ui.kindText.setToolTip(meaning(p.kind))
        self.ui.stageText.setText(label(p.stage))
        self.ui.stageText.setToolTip(meaning(p.stage))
        self.members.set_items(members(store, pid))
        self._show_journal(pid)
        changes: list[HistoryItem] = [
            *(HistoryItem(c) for c in continuum_history(store, pid)),
            *(HistoryItem(c) for c in stage_history(store, pid)),
        ]
        changes.sort(key=lambda h: (h.change.changed_on, h.is_kind, h.change.id), reverse=True)
        self.history.set_items(changes)
        self._show_side(pid, list(reversed(assessments(store, pid))))
        self._fill_member_choices()
        for tab in self._extra_tabs:
            self._tell_tab(tab)
        self.selection_changed.emit()

    def _show_header(self, p: Partnership) -> None:
        ui = self.ui
        ui.nameTitle.setText(p.name)
        ui.kindMarker.set_kind(p.kind)
        ui.kindHeader.setText(label(p.kind))
        ui.kindHeader.setToolTip(meaning(p.kind))
        ui.stageChip.set_stage(p.stage)
        current = [m for m in members(self.workspace.store, p.id) if m.left_on is None]
        facts = [translate("PartnershipView", "%n members", None, len(current))]
        if p.started_on:
            facts.append(
                translate("PartnershipView", "since %1").replace("%1", short_date(p.started_on))
            )
        if p.ended_on:
            facts.append(
                translate("PartnershipView", "ended %1").replace("%1", short_date(p.ended_on))
            )
        self._subtitle = (p.purpose.strip().splitlines()[0] if p.purpose else "", " · ".join(facts))
        self._fit_subtitle()

    def _fit_subtitle(self) -> None:
        """The purpose's first line, shortened so that the facts after it stay on the same
        line (they go onto the next line only when the window is too narrow for both)."""
        purpose, facts = getattr(self, "_subtitle", ("", ""))
        label = self.ui.subtitle
        if purpose:
            metrics = label.fontMetrics()
            room = label.width() - metrics.horizontalAdvance(f" · {facts}") - 4
            if room >= metrics.horizontalAdvance("M" * 12):
                purpose = metrics.elidedText(purpose, Qt.TextElideMode.ElideRight, room)
            elif len(purpose) > 60:
                purpose = purpose[:59] + "…"
        text = " · ".join(part for part in (purpose, facts) if part)
        label.setText(html.escape(text))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.subtitle and event.type() == QEvent.Type.Resize:
            self._fit_subtitle()
        elif watched is self.ui.overviewScroll.viewport() and event.type() == QEvent.Type.Resize:
            narrow = self.ui.overviewScroll.viewport().width() < 3 * self._value_width + 40
            for text in (self.ui.kindText, self.ui.stageText):
                text.setMinimumWidth(self._value_width // 2 if narrow else self._value_width)
        return super().eventFilter(watched, event)

    def _show_journal(self, pid: int) -> None:
        ui = self.ui
        model = ui.journalTable.journal_model
        model.load(self.workspace.store, JournalFilter(partnership_id=pid), self.workspace.today())
        shown = model.rowCount()
        ui.journalStack.setCurrentWidget(ui.journalTable if shown else ui.journalEmpty)
        ui.journalEmpty.setText(
            translate(
                "PartnershipView",
                "Nothing logged yet. Log each meeting, call or visit with Ctrl+L: who took part, "
                "what happened and which levels of integration it touched.",
            )
        )
        if shown:
            ui.journalCount.setText(
                translate("PartnershipView", "%n entries, newest first", None, shown)
                if model.complete
                else translate("PartnershipView", "Newest first; scroll for more")
            )
        else:
            ui.journalCount.setText("")

    def _show_side(self, pid: int, rated: list[Assessment]) -> None:
        ui = self.ui
        store = self.workspace.store
        today = self.workspace.today()
        muted = muted_colour(self.palette()).name()
        reasons = [
            attention_reason(item)
            for item in attention(
                [row for row in self.workspace.portfolio() if row.partnership_id == pid],
                today,
                leader_threshold_days=settings.LEADER_THRESHOLD_DAYS.value,
                assessment_interval_days=settings.ASSESSMENT_INTERVAL_DAYS.value,
            )
        ]
        ui.attentionText.setText(
            "<br>".join(f"⚠ {html.escape(reason)}" for reason in reasons)
            if reasons
            else f'<span style="color:{muted}">'
            f"{html.escape(translate('PartnershipView', 'Nothing.'))}</span>"
        )
        if rated:
            latest = rated[0]
            previous = rated[1] if len(rated) > 1 else None
            rows = []
            for level in Level:
                score = latest.scores[level]
                bar = "■" * (score or 0) + "□" * (5 - (score or 0))
                change = ""
                if previous is not None and score is not None:
                    before = previous.scores[level]
                    if before is not None and before != score:
                        change = f" {'▲' if score > before else '▼'}{abs(score - before)}"
                rows.append(
                    f"<tr><td>{html.escape(label(level))}</td>"
                    f'<td style="color:{level_colour(level).name()}; padding-left:8px">{bar}</td>'
                    f"<td style='padding-left:6px'>{_score(score)}{change}</td></tr>"
                )
            ui.assessmentText.setText(
                f'<span style="color:{muted}">'
                + html.escape(
                    translate("PartnershipView", "%1 · strength %2")
                    .replace("%1", short_date(latest.assessed_on))
                    .replace("%2", strength_text(latest.strength))
                )
                + "</span><table cellspacing=0 cellpadding=1>"
                + "".join(rows)
                + "</table>"
            )
        else:
            ui.assessmentText.setText(
                f'<span style="color:{muted}">'
                + html.escape(translate("PartnershipView", "Not assessed yet."))
                + "</span>"
            )
        due = [f for f in open_follow_ups(store) if f.partnership_id == pid]
        if due:
            ui.followUpsText.setText(
                "<br>".join(
                    f"{html.escape(short_date(f.due_on))} "
                    f'<span style="color:{muted}">({html.escape(relative_days(f.due_on, today))})'
                    f"</span> {html.escape(f.summary)}"
                    for f in due[:6]
                )
            )
        else:
            ui.followUpsText.setText(
                f'<span style="color:{muted}">'
                f"{html.escape(translate('PartnershipView', 'None.'))}</span>"
            )

    # --- members ----------------------------------------------------------------------

    def _fill_member_choices(self) -> None:
        combo = self.ui.memberCombo
        taken = {m.organisation_id for m in self.members.items}
        typed = combo.currentText()
        combo.blockSignals(True)
        combo.clear()
        for organisation in list_organisations(self.workspace.store):
            if organisation.id not in taken:
                combo.addItem(organisation.name, organisation.id)
        combo.setEditText(typed)
        combo.blockSignals(False)

    def add_member(self) -> None:
        """Partnership → Add Member: go to the members and the organisation to add."""
        self.ui.tabs.setCurrentWidget(self.ui.membersTab)
        self.ui.memberCombo.setFocus()
        self.ui.memberCombo.lineEdit().selectAll()

    def _add_member(self) -> None:
        pid = self.partnership_id
        if pid is None:
            return
        ui = self.ui
        store = self.workspace.store
        name = ui.memberCombo.currentText().strip()
        if not name:
            ui.memberCombo.setFocus()
            return
        resolve_typed(ui.memberCombo)
        name = ui.memberCombo.currentText().strip()
        organisation_id = chosen_data(ui.memberCombo)
        role = ui.roleEdit.text().strip() or None
        made: list[int] = []

        def create() -> Any:
            org = organisation_id
            if org is None:
                org = create_organisation(store, name).id
                made.append(org)
            try:
                return add_member(store, pid, org, role=role)
            except BaseException:
                for new in made:
                    delete_organisation(store, new)
                made.clear()
                raise

        def delete(member_id: int) -> Any:
            removed = [remove_member(store, member_id)]
            removed += [delete_organisation(store, org) for org in made]
            return combined(*removed)

        command = CreateCommand(
            translate("PartnershipView", "Add member “%1”").replace("%1", name),
            store,
            {Topic.MEMBERS, Topic.ORGANISATIONS, Topic.PARTNERSHIPS},
            create=create,
            delete=delete,
        )
        if self.workspace.perform(command, self):
            ui.memberCombo.setEditText("")
            ui.roleEdit.clear()
            ui.memberCombo.setFocus()
            if organisation_id is None:
                self.workspace.tell(
                    translate(
                        "PartnershipView", "Added the new organisation “%1” as a member."
                    ).replace("%1", name),
                    undoable=True,
                )

    def _selected_member(self) -> Member | None:
        index = self.ui.membersTable.currentIndex()
        if not index.isValid() or not self.ui.membersTable.selectionModel().isSelected(index):
            return None
        member = index.data(RECORD_ROLE)
        return member if isinstance(member, Member) else None

    def _member_selection(self) -> None:
        member = self._selected_member()
        self.ui.removeMemberButton.setEnabled(member is not None)
        self.ui.showOrganisationButton.setEnabled(member is not None)

    def _remove_member(self) -> None:
        member = self._selected_member()
        if member is None:
            return
        store = self.workspace.store
        command = DeleteCommand(
            translate("PartnershipView", "Remove “%1”").replace("%1", member.organisation_name),
            store,
            {Topic.MEMBERS, Topic.PARTNERSHIPS, Topic.ORGANISATIONS},
            delete=lambda: remove_member(store, member.id),
        )
        if self.workspace.perform(command, self):
            self.workspace.tell(
                translate("PartnershipView", "Removed “%1” from the partnership.").replace(
                    "%1", member.organisation_name
                ),
                undoable=True,
            )

    def _member_edited(self, member: Member, field: str, typed: str) -> bool:
        store = self.workspace.store
        value: Any
        if field == "role":
            value = typed.strip() or None
        else:
            try:
                value = read_date(typed, self.workspace.today())
            except ValueError as exc:
                self.workspace.tell(str(exc))
                return False
        before = getattr(member, field)
        if value == before:
            return False
        command = EditCommand(
            translate("PartnershipView", "Change the member “%1”").replace(
                "%1", member.organisation_name
            ),
            store,
            {Topic.MEMBERS, Topic.ORGANISATIONS},
            apply=lambda values: update_member(store, member.id, **values),
            before={field: before},
            after={field: value},
        )

        def invalid(error: ValidationError) -> bool:
            self.workspace.tell(refusal_sentence(error))
            return True

        return self.workspace.perform(command, self, on_invalid=invalid)

    def _show_organisation(self) -> None:
        member = self._selected_member()
        if member is not None:
            self.open_organisation.emit(member.organisation_id)

    # --- journal ----------------------------------------------------------------------

    def _entry_selection(self) -> None:
        selected = self.ui.journalTable.selected_entry() is not None
        self.ui.editEntryButton.setEnabled(selected)
        self.ui.deleteEntryButton.setEnabled(selected)

    def _edit_entry(self) -> None:
        item = self.ui.journalTable.selected_entry()
        if item is not None:
            edit_entry(self.workspace, self, item.entry.id)

    def _delete_entry(self) -> None:
        item = self.ui.journalTable.selected_entry()
        if item is not None:
            delete_entry(self.workspace, self, item.entry)

    def _log(self) -> None:
        log = getattr(self.window(), "log_contact", None)
        if callable(log):
            log()

    # --- history ----------------------------------------------------------------------

    def change_kind(self) -> None:
        """Record a move along the continuum (Ctrl+K)."""
        if self.partnership_id is not None:
            ChangeDialog(self.workspace, self, self.partnership_id, what=Kind).open()

    def change_stage(self) -> None:
        """Record a change of stage (Ctrl+T)."""
        if self.partnership_id is not None:
            ChangeDialog(self.workspace, self, self.partnership_id, what=Stage).open()

    def _selected_change(self) -> HistoryItem | None:
        index = self.ui.historyTable.currentIndex()
        if not index.isValid() or not self.ui.historyTable.selectionModel().isSelected(index):
            return None
        item = index.data(RECORD_ROLE)
        return item if isinstance(item, HistoryItem) else None

    def _history_selection(self) -> None:
        item = self._selected_change()
        self.ui.deleteChangeButton.setEnabled(item is not None and not item.is_start)

    def _correct_change(self, index: QModelIndex) -> None:
        item = index.data(RECORD_ROLE)
        if isinstance(item, HistoryItem) and self.partnership_id is not None:
            what = Kind if item.is_kind else Stage
            ChangeDialog(
                self.workspace, self, self.partnership_id, what=what, change=item.change
            ).open()

    def _delete_change(self) -> None:
        item = self._selected_change()
        if item is None or item.is_start:
            return
        store = self.workspace.store
        change = item.change
        remove = delete_kind_change if item.is_kind else delete_stage_change
        command = DeleteCommand(
            translate("PartnershipView", "Delete “%1”").replace("%1", item.describe()),
            store,
            {Topic.HISTORY, Topic.PARTNERSHIPS},
            delete=lambda: remove(store, change.id),
        )
        if self.workspace.perform(command, self):
            self.workspace.tell(
                translate("PartnershipView", "Deleted “%1” from the history.").replace(
                    "%1", item.describe()
                ),
                undoable=True,
            )

    # --- the partnership as a whole -----------------------------------------------------

    def delete_partnership(self) -> None:
        """Delete the partnership shown, after asking when it has any history."""
        if self.partnership is not None and delete_partnership_asking(
            self.workspace, self, self.partnership
        ):
            self.closed.emit()

    def delete_selected(self) -> None:
        """Edit → Delete: what is selected on the tab shown (never the whole partnership)."""
        current = self.ui.tabs.currentWidget()
        if current is self.ui.journalTab:
            self._delete_entry()
        elif current is self.ui.membersTab:
            self._remove_member()
        elif current is self.ui.historyTab:
            self._delete_change()
        elif current is self.ui.assessmentsTab:
            self._delete_assessment()

    def selected_partnership(self) -> int | None:
        return self.partnership_id

    def focus_search(self) -> None:
        """Edit → Find: search this partnership's journal."""
        if self.partnership_id is not None:
            self.search_journal.emit(self.partnership_id)


def delete_partnership_asking(workspace: Workspace, parent: QWidget, p: Partnership) -> bool:
    """Delete a partnership (undoably), after asking when it has any history; True if done."""
    store = workspace.store
    history = history_count(store, partnership_id=p.id)
    if history and not dialogs.confirm(
        parent,
        translate("PartnershipView", "Delete Partnership"),
        translate("PartnershipView", "Delete “%1” with its whole history?").replace("%1", p.name),
        translate(
            "PartnershipView",
            "Its members, journal, assessments and history along the continuum go with "
            "it. You can undo this with Ctrl+Z.",
        ),
        action=translate("PartnershipView", "Delete Partnership"),
        destructive=True,
    ):
        return False
    pid = p.id
    command = DeleteCommand(
        translate("PartnershipView", "Delete “%1”").replace("%1", p.name),
        store,
        EVERYTHING_ABOUT_IT - {Topic.SETTINGS},
        delete=lambda: delete_partnership(store, pid),
    )
    if not workspace.perform(command, parent):
        return False
    workspace.tell(
        translate("PartnershipView", "Deleted the partnership “%1”.").replace("%1", p.name),
        undoable=True,
    )
    return True
