"""The journal: every contact and note, newest first, searched and filtered as the user types."""

from __future__ import annotations

import html

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QWidget

from partnerdesk.domain.journal import JournalEntry, JournalFilter, journal_count
from partnerdesk.domain.records import Organisation, Partnership
from partnerdesk.domain.vocabulary import Channel, Level
from partnerdesk.gui.entry_actions import delete_entry, edit_entry, mark_follow_up
from partnerdesk.gui.events import Topic
from partnerdesk.gui.forms.ui_journal_page import Ui_JournalPage
from partnerdesk.gui.journal_model import highlight_colour, marked_html
from partnerdesk.gui.page import Page
from partnerdesk.gui.portfolio_page import title_font
from partnerdesk.gui.text import label, meaning, relative_days, short_date, translate
from partnerdesk.gui.theme import level_colour
from partnerdesk.gui.widgets import (
    chosen_data,
    enum_data,
    filter_keys,
    make_type_ahead,
    mute,
    muted_colour,
    subject_key,
    subject_of,
    wrap_row,
)
from partnerdesk.gui.workspace import Workspace

PARTNERSHIP, ORGANISATION = "partnership", "organisation"


def entry_html(item: JournalEntry, today: object, highlight: object, muted: str) -> str:
    """One entry in full, as HTML (all user text escaped; found words highlighted)."""
    entry = item.entry

    def text(marked: str | None, plain: str | None) -> str:
        if marked:
            return marked_html(marked, highlight)  # type: ignore[arg-type]
        return html.escape(plain or "")

    about = item.partnership_name or item.organisation_name or ""
    when = f"{short_date(entry.occurred_on)} ({relative_days(entry.occurred_on, today)})"  # type: ignore[arg-type]
    facts = [when, html.escape(label(entry.channel)), html.escape(about)]
    if entry.private:
        facts.append(f"<i>{html.escape(translate('JournalPage', 'private'))}</i>")
    parts = [
        f'<p style="color:{muted}">' + " · ".join(facts) + "</p>",
        f"<h3>{text(item.summary_marked, entry.summary)}</h3>",
    ]
    details = text(item.details_marked, entry.details)
    if details:
        parts.append("<p>" + details.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>")
    rows = []
    if item.people_names:
        rows.append((translate("JournalPage", "People"), html.escape(", ".join(item.people_names))))
    if entry.levels:
        levels = ", ".join(
            f'<span style="color:{level_colour(level).name()}">●</span> {html.escape(label(level))}'
            for level in entry.sorted_levels
        )
        rows.append((translate("JournalPage", "Levels"), levels))
    if entry.follow_up_on is not None:
        state = (
            translate("JournalPage", "done")
            if entry.follow_up_done
            else translate("JournalPage", "open")
        )
        rows.append(
            (
                translate("JournalPage", "Follow up"),
                f"{short_date(entry.follow_up_on)} ({html.escape(state)})",
            )
        )
    if rows:
        parts.append(
            "<table cellspacing=0 cellpadding=2>"
            + "".join(
                f'<tr><td style="color:{muted}; padding-right:12px">{html.escape(name)}</td>'
                f"<td>{value}</td></tr>"
                for name, value in rows
            )
            + "</table>"
        )
    return "".join(parts)


class JournalPage(Page):
    """Every journal entry, with full-text search and filters."""

    topics = frozenset(
        {Topic.JOURNAL, Topic.FOLLOW_UPS, Topic.PARTNERSHIPS, Topic.ORGANISATIONS, Topic.PEOPLE}
    )

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.ui = Ui_JournalPage()
        self.ui.setupUi(self)
        wrap_row(self.ui.headerLayout)
        wrap_row(self.ui.filterLayout)
        ui = self.ui
        title_font(ui.titleLabel)
        mute(ui.countLabel)
        self.model = ui.table.journal_model
        self._about: tuple[str, int] | None = None
        self._about_lists: tuple[list[Partnership], list[Organisation]] | None = None
        self._total: int | None = None
        make_type_ahead(ui.partnershipCombo)
        ui.channelCombo.addItem(translate("JournalPage", "Any way"), None)
        for channel in Channel:
            ui.channelCombo.addItem(label(channel), channel)
        ui.levelCombo.addItem(translate("JournalPage", "Any level"), None)
        for level in Level:
            ui.levelCombo.addItem(label(level), level)
            ui.levelCombo.setItemData(
                ui.levelCombo.count() - 1, meaning(level), Qt.ItemDataRole.ToolTipRole
            )
        # Short lists show their words whole; the list of partnerships and organisations is
        # as wide as a usual name (the filter row wraps in a narrow window instead).
        for combo in (ui.channelCombo, ui.levelCombo, ui.privateCombo):
            combo.setSizeAdjustPolicy(combo.SizeAdjustPolicy.AdjustToContents)
        ui.partnershipCombo.setSizeAdjustPolicy(
            ui.partnershipCombo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        ui.partnershipCombo.setMinimumContentsLength(24)
        ui.privateCombo.addItem(translate("JournalPage", "Private and shared"), None)
        ui.privateCombo.addItem(translate("JournalPage", "Private only"), True)
        ui.privateCombo.addItem(translate("JournalPage", "Shared only"), False)
        ui.searchEdit.textChanged.connect(self.apply_filter)
        filter_keys(ui.searchEdit, ui.table)
        ui.partnershipCombo.currentTextChanged.connect(self._about_changed)
        for combo in (ui.channelCombo, ui.levelCombo, ui.privateCombo):
            combo.currentIndexChanged.connect(self.apply_filter)
        ui.clearButton.clicked.connect(self.clear_filters)
        ui.table.selectionModel().selectionChanged.connect(self._show_entry)
        ui.table.entry_activated.connect(lambda item: self._edit(item))
        ui.editButton.clicked.connect(lambda: self._edit(ui.table.selected_entry()))
        ui.deleteButton.clicked.connect(self.delete_selected)
        ui.doneButton.clicked.connect(self._mark_done)
        ui.logButton.clicked.connect(self._log)
        self.model.loaded.connect(self._show_count)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([420, 160])
        self.restore_splitter(ui.splitter, "journal_splitter")
        self.restore_view(ui.table.horizontalHeader(), "journal_header")
        self._show_entry()

    # --- reading ----------------------------------------------------------------------

    def refresh(self) -> None:
        super().refresh()
        self._fill_about()
        self.apply_filter(force=True)

    def _fill_about(self) -> None:
        combo = self.ui.partnershipCombo
        partnerships = self.workspace.partnerships()
        organisations = self.workspace.organisations()
        if self._about_lists == (partnerships, organisations):
            # The same lists as shown (a new entry changes neither): three thousand choices
            # need not be made again.
            return
        self._about_lists = (partnerships, organisations)
        with QSignalBlocker(combo):
            current = combo.currentText()
            combo.clear()
            combo.addItem(translate("JournalPage", "Everyone"), None)
            for partnership in partnerships:
                combo.addItem(partnership.name, subject_key(PARTNERSHIP, partnership.id))
            for organisation in organisations:
                if organisation.is_self:
                    continue
                combo.addItem(
                    translate("JournalPage", "%1 (organisation)").replace("%1", organisation.name),
                    subject_key(ORGANISATION, organisation.id),
                )
            found = combo.findText(current, Qt.MatchFlag.MatchFixedString)
            combo.setCurrentIndex(max(found, 0))
        self._about = subject_of(chosen_data(combo))

    def current_filter(self) -> JournalFilter:
        """The filter the controls describe."""
        ui = self.ui
        about = self._about
        return JournalFilter(
            partnership_id=about[1] if about and about[0] == PARTNERSHIP else None,
            organisation_id=about[1] if about and about[0] == ORGANISATION else None,
            channel=enum_data(ui.channelCombo, Channel),
            level=enum_data(ui.levelCombo, Level),
            private=ui.privateCombo.currentData(),
            text=ui.searchEdit.text(),
        )

    def _about_changed(self) -> None:
        combo = self.ui.partnershipCombo
        chosen = subject_of(chosen_data(combo))
        if chosen is None and combo.currentText().strip():
            return  # still typing a name: keep the filter until it names something
        if chosen != self._about:
            self._about = chosen
            self.apply_filter()

    def apply_filter(self, *_: object, force: bool = False) -> None:
        """Read the entries the filter selects (the first page)."""
        wanted = self.current_filter()
        if not force and wanted == self.model.journal_filter and self.model.rowCount():
            return
        selected = self.ui.table.selected_entry()
        self._total = None  # counted again: the filter or the journal changed
        self.model.load(self.workspace.store, wanted, self.workspace.today())
        if selected is not None:
            self.ui.table.select_entry(selected.entry.id)
        self._show_entry()

    def _show_count(self) -> None:
        ui = self.ui
        wanted = self.model.journal_filter
        shown = self.model.rowCount()
        if self.model.complete:
            total = shown
        else:
            # Counted once per reading of the first page: the pages read while scrolling
            # change nothing in it, and counting a decade of entries takes longer than a frame.
            if self._total is None:
                self._total = journal_count(self.workspace.store, wanted)
            total = self._total
        filtered = wanted != JournalFilter()
        if filtered:
            text = translate("JournalPage", "%n found", None, total)
        else:
            text = translate("JournalPage", "%n entries", None, total)
        ui.countLabel.setText(text)
        ui.clearButton.setEnabled(filtered)
        if shown:
            ui.stack.setCurrentWidget(ui.table)
        else:
            ui.stack.setCurrentWidget(ui.emptyLabel)
            ui.emptyLabel.setText(
                translate("JournalPage", "No entry matches. Try fewer words, or Show All.")
                if filtered
                else translate(
                    "JournalPage",
                    "The journal keeps every meeting, call and note with your partners. "
                    "Log the first one with Ctrl+L.",
                )
            )

    def _show_entry(self, *_: object) -> None:
        item = self.ui.table.selected_entry()
        ui = self.ui
        for button in (ui.editButton, ui.deleteButton):
            button.setEnabled(item is not None)
        has_follow_up = (
            item is not None
            and item.entry.follow_up_on is not None
            and not item.entry.follow_up_done
        )
        ui.doneButton.setVisible(has_follow_up)
        if item is None:
            ui.entryView.setHtml(
                f'<p style="color:{muted_colour(self.palette()).name()}">'
                + html.escape(translate("JournalPage", "Select an entry to read it in full."))
                + "</p>"
            )
        else:
            ui.entryView.setHtml(
                entry_html(
                    item,
                    self.workspace.today(),
                    highlight_colour(self.palette()),
                    muted_colour(self.palette()).name(),
                )
            )
        self.selection_changed.emit()

    # --- actions ----------------------------------------------------------------------

    def _edit(self, item: JournalEntry | None) -> None:
        if item is not None:
            edit_entry(self.workspace, self, item.entry.id)

    def _mark_done(self) -> None:
        item = self.ui.table.selected_entry()
        if item is not None:
            mark_follow_up(self.workspace, self, item.entry.id, True)

    def _log(self) -> None:
        window = self.window()
        log = getattr(window, "log_contact", None)
        if callable(log):
            log()

    def clear_filters(self) -> None:
        """Show every entry again."""
        ui = self.ui
        for widget in (ui.searchEdit, ui.partnershipCombo, ui.channelCombo, ui.levelCombo):
            widget.blockSignals(True)
        ui.searchEdit.clear()
        ui.partnershipCombo.setCurrentIndex(0)
        ui.channelCombo.setCurrentIndex(0)
        ui.levelCombo.setCurrentIndex(0)
        for widget in (ui.searchEdit, ui.partnershipCombo, ui.channelCombo, ui.levelCombo):
            widget.blockSignals(False)
        self._about = None
        ui.privateCombo.setCurrentIndex(0)
        self.apply_filter(force=True)

    def delete_selected(self) -> None:
        item = self.ui.table.selected_entry()
        if item is not None:
            delete_entry(self.workspace, self, item.entry)

    def selected_partnership(self) -> int | None:
        item = self.ui.table.selected_entry()
        return None if item is None else item.entry.partnership_id

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def show_filter(self, *, partnership_id: int | None = None, text: str = "") -> None:
        """Show the entries of one partnership, or those with some words."""
        self.refresh()
        combo = self.ui.partnershipCombo
        index = combo.findData(subject_key(PARTNERSHIP, partnership_id)) if partnership_id else 0
        combo.setCurrentIndex(max(index, 0))
        self._about = subject_of(chosen_data(combo))
        self.ui.searchEdit.setText(text)
        self.apply_filter(force=True)

    def save_state(self) -> None:
        self.keep_splitter(self.ui.splitter, "journal_splitter")
        self.keep_view(self.ui.table.horizontalHeader(), "journal_header")
