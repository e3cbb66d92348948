"""The main window: the places in a sidebar, the thing at hand in the main area.

Everything the user changes goes through the window's one undo stack
(:attr:`Workspace.undo_stack`); every screen refreshes through :mod:`partnerdesk.gui.events`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QListView,
    QMainWindow,
    QPlainTextEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)

from partnerdesk import paths
from partnerdesk.domain.overview import PlaceCounts, place_counts
from partnerdesk.domain.portfolio import attention
from partnerdesk.domain.sample import build_sample_portfolio
from partnerdesk.gui import database, dialogs, exchange, opening, settings
from partnerdesk.gui.backups_dialog import add_backups_action
from partnerdesk.gui.charts.panels import IntegrationPanel
from partnerdesk.gui.events import Topic, events
from partnerdesk.gui.followups_page import FollowUpsPage
from partnerdesk.gui.forms.ui_main_window import Ui_MainWindow
from partnerdesk.gui.journal_page import JournalPage
from partnerdesk.gui.organisations_page import OrganisationsPage
from partnerdesk.gui.page import Page
from partnerdesk.gui.partnership_view import PartnershipView
from partnerdesk.gui.people_page import PeoplePage
from partnerdesk.gui.portfolio_page import PortfolioPage
from partnerdesk.gui.sidebar import (
    PARTNERSHIP_ROLE,
    AttentionDelegate,
    AttentionModel,
    Place,
    PlacesDelegate,
    PlacesModel,
)
from partnerdesk.gui.text import translate
from partnerdesk.gui.welcome_page import WelcomePage
from partnerdesk.gui.widgets import ElidedLabel, mute
from partnerdesk.gui.workspace import Workspace
from partnerdesk.store.connection import Store, open_store


def shortcuts(main: str, standard: QKeySequence.StandardKey) -> list[QKeySequence]:
    """``main`` and the platform's own keys for the same command, each once (a key given
    twice to one action would be ambiguous, and then it does nothing)."""
    keys = [QKeySequence(main)]
    for key in QKeySequence.keyBindings(standard):
        if key not in keys:
            keys.append(key)
    return keys


class MainWindow(QMainWindow):
    """One open database: its places in the sidebar, the thing at hand in the main area."""

    def __init__(
        self, store: Store, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.workspace = Workspace(store, today=today, parent=self)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._history: list[QWidget] = []
        self._counts: PlaceCounts | None = None
        # What needs attention is read from the whole portfolio: after a change, once the
        # change itself has been shown, and once for several changes in a row.
        self._attention_timer = QTimer(self)
        self._attention_timer.setSingleShot(True)
        self._attention_timer.setInterval(0)
        self._attention_timer.timeout.connect(self.refresh_attention)
        self._build_pages()
        self._build_sidebar()
        self._build_actions()
        add_backups_action(self)
        self._build_status_bar()
        self.workspace.changed.connect(self._data_changed)
        self.workspace.message.connect(self.show_message)
        self._restore_layout()
        # Ctrl+Z in a field with nothing of its own to undo reaches the window's undo.
        for field in (*self.findChildren(QLineEdit), *self.findChildren(QPlainTextEdit)):
            field.installEventFilter(self)
        self.refresh_sidebar()
        self.show_place(Place.PORTFOLIO, remember=False)
        self._show_title()
        if self.current_page() is self.welcome_page:
            self.welcome_page.ui.nameEdit.setFocus()

    # --- the parts of the window ----------------------------------------------------------

    @property
    def store(self) -> Store:
        """The open database."""
        return self.workspace.store

    def _build_pages(self) -> None:
        ws = self.workspace
        self.portfolio_page = PortfolioPage(ws)
        self.welcome_page = WelcomePage(ws)
        self.organisations_page = OrganisationsPage(ws)
        self.people_page = PeoplePage(ws)
        self.journal_page = JournalPage(ws)
        self.follow_ups_page = FollowUpsPage(ws)
        self.partnership_view = PartnershipView(ws)
        self._build_partnership_tabs()
        self.place_pages: dict[Place, Page] = {
            Place.PORTFOLIO: self.portfolio_page,
            Place.ORGANISATIONS: self.organisations_page,
            Place.PEOPLE: self.people_page,
            Place.JOURNAL: self.journal_page,
            Place.FOLLOW_UPS: self.follow_ups_page,
        }
        for page in (*self.place_pages.values(), self.welcome_page, self.partnership_view):
            self.ui.pages.addWidget(page)
            page.selection_changed.connect(self._update_actions)
        for page in (
            self.portfolio_page,
            self.organisations_page,
            self.journal_page,
            self.follow_ups_page,
            self.people_page,
        ):
            page.open_partnership.connect(self.show_partnership)
        self.organisations_page.open_person.connect(self.show_person)
        self.partnership_view.open_organisation.connect(self.show_organisation)
        self.partnership_view.closed.connect(self.go_back)
        self.partnership_view.search_journal.connect(self.search_journal)
        self.partnership_view.ui.summaryButton.clicked.connect(self.export)
        self.portfolio_page.new_partnership.connect(self.new_partnership)
        self.welcome_page.open_sample.connect(self.open_sample)
        self.welcome_page.import_contacts.connect(self.import_contacts)
        self.ui.pages.currentChanged.connect(self._page_changed)

    def _build_partnership_tabs(self) -> None:
        """The partnership view's Integration tab: its charts and its assessments."""
        ws = self.workspace
        self.integration_panel = IntegrationPanel(ws.store, ws.undo_stack, today=ws.today)
        self.partnership_view.add_tab(
            self.integration_panel, translate("MainWindow", "&Integration"), position=2
        )

    def _build_sidebar(self) -> None:
        ui = self.ui
        self.places = PlacesModel(self)
        ui.placesView.setModel(self.places)
        ui.placesView.setItemDelegate(PlacesDelegate(ui.placesView))
        ui.placesView.setFixedHeight(
            sum(ui.placesView.sizeHintForRow(row) for row in range(len(Place))) + 4
        )
        ui.placesView.selectionModel().currentChanged.connect(self._place_clicked)
        self.attention = AttentionModel(self)
        ui.attentionView.setModel(self.attention)
        ui.attentionView.setItemDelegate(AttentionDelegate(ui.attentionView))
        ui.attentionView.setResizeMode(QListView.ResizeMode.Adjust)
        ui.attentionView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        ui.attentionView.activated.connect(self._attention_activated)
        ui.attentionView.clicked.connect(self._attention_activated)
        font = ui.attentionTitle.font()
        font.setBold(True)
        ui.attentionTitle.setFont(font)
        mute(ui.attentionEmpty)
        for view in (ui.placesView, ui.attentionView):
            # The sidebar lies on the window's background, in light and dark colours alike.
            view.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        ui.mainSplitter.setStretchFactor(0, 0)
        ui.mainSplitter.setStretchFactor(1, 1)
        ui.mainSplitter.setSizes([220, 960])

    def _build_actions(self) -> None:
        ui = self.ui
        stack = self.workspace.undo_stack
        self.undo_action = stack.createUndoAction(self, translate("MainWindow", "&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, translate("MainWindow", "&Redo"))
        self.redo_action.setShortcuts(shortcuts("Ctrl+Shift+Z", QKeySequence.StandardKey.Redo))
        first = ui.menuEdit.actions()[0]
        ui.menuEdit.insertActions(first, [self.undo_action, self.redo_action])
        ui.menuEdit.insertSeparator(first)

        connections: dict[QAction, Callable[[], Any]] = {
            ui.actionNewPartnership: self.new_partnership,
            ui.actionNewOrganisation: self.new_organisation,
            ui.actionNewPerson: self.new_person,
            ui.actionNewDatabase: self.new_database,
            ui.actionOpen: self.choose_database,
            ui.actionOpenSample: self.open_sample,
            ui.actionImport: self.import_contacts,
            ui.actionRestoreExport: self.restore_export,
            ui.actionExport: self.export,
            ui.actionExportJson: lambda: exchange.export_everything(self, self.store),
            ui.actionExportCsv: lambda: exchange.export_spreadsheets(self, self.store),
            ui.actionExportIcs: lambda: exchange.export_follow_ups(self, self.store),
            ui.actionQuit: self.close,
            ui.actionFind: self.find,
            ui.actionDelete: self.delete_selected,
            ui.actionPreferences: self.show_preferences,
            ui.actionBack: self.go_back,
            ui.actionRefresh: lambda: events.announce({Topic.DATABASE}),
            ui.actionLogContact: self.log_contact,
            ui.actionOpenPartnership: self._open_selected_partnership,
            ui.actionChangeKind: lambda: self._on_partnership("change_kind"),
            ui.actionChangeStage: lambda: self._on_partnership("change_stage"),
            ui.actionAddMember: lambda: self._on_partnership("add_member"),
            ui.actionNewAssessment: self.new_assessment,
            ui.actionDeletePartnership: lambda: self._on_partnership("delete_partnership"),
            ui.actionModel: self.show_model_help,
            ui.actionAbout: self.show_about,
        }
        for action, slot in connections.items():
            action.triggered.connect(slot)
        for place, action in (
            (Place.PORTFOLIO, ui.actionPortfolio),
            (Place.ORGANISATIONS, ui.actionOrganisations),
            (Place.PEOPLE, ui.actionPeople),
            (Place.JOURNAL, ui.actionJournal),
            (Place.FOLLOW_UPS, ui.actionFollowUps),
        ):
            action.triggered.connect(lambda _=False, p=place: self.show_place(p))
        ui.actionQuit.setShortcuts(shortcuts("Ctrl+Q", QKeySequence.StandardKey.Quit))
        ui.actionPreferences.setShortcuts(shortcuts("Ctrl+,", QKeySequence.StandardKey.Preferences))
        ui.menuRecent.aboutToShow.connect(self._fill_recent_menu)
        for action in self.findChildren(QAction):
            action.setShortcutVisibleInContextMenu(True)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        # Our own label rather than showMessage(): a temporary message would be drawn over
        # the Undo button beside it.
        self.message_label = ElidedLabel(self, Qt.TextElideMode.ElideRight)
        self.message_label.setAccessibleName(translate("MainWindow", "Last change"))
        bar.addWidget(self.message_label)
        self.undo_hint = QToolButton(self)
        self.undo_hint.setText(translate("MainWindow", "Undo"))
        self.undo_hint.setToolTip(translate("MainWindow", "Undo (Ctrl+Z)"))
        self.undo_hint.setAutoRaise(False)
        self.undo_hint.setAccessibleName(translate("MainWindow", "Undo"))
        self.undo_hint.clicked.connect(self.workspace.undo_stack.undo)
        self.undo_hint.clicked.connect(self.undo_hint.hide)
        self.undo_hint.hide()
        bar.addWidget(self.undo_hint)
        # Shortened in the middle when the window is narrow; Help → About shows the path whole.
        self.summary_label = ElidedLabel(self)
        self.summary_label.setAccessibleName(translate("MainWindow", "Open database"))
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bar.addPermanentWidget(self.summary_label)
        self._hint_timer = QTimer(self)
        self._hint_timer.setSingleShot(True)
        self._hint_timer.timeout.connect(self.undo_hint.hide)
        self._hint_timer.timeout.connect(self.message_label.clear)

    # --- remembered layout ----------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = settings.WINDOW_GEOMETRY.value
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 720)
        state = settings.WINDOW_STATE.value
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        self._splitter_restored = False
        self.ui.mainSplitter.installEventFilter(self)

    def _save_layout(self) -> None:
        settings.WINDOW_GEOMETRY.value = self.saveGeometry()
        settings.WINDOW_STATE.value = self.saveState()
        Page.keep_view(self.ui.mainSplitter, "main_splitter")
        for page in self._all_pages():
            page.save_state()

    def _all_pages(self) -> list[Page]:
        return [
            page
            for page in (self.ui.pages.widget(i) for i in range(self.ui.pages.count()))
            if isinstance(page, Page)
        ]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._undo_passes_through(watched, event)
        ):
            # Taken from the field: Qt then runs the window's Undo or Redo.
            return True
        splitter = self.ui.mainSplitter
        if (
            watched is splitter
            and event.type() == QEvent.Type.Resize
            and not self._splitter_restored
            and splitter.width() > splitter.minimumSizeHint().width()
        ):
            # Restored once the splitter has its real width: before, the sidebar would be
            # squeezed to its minimum and stay there.
            self._splitter_restored = True
            Page.restore_view(splitter, "main_splitter")
        return super().eventFilter(watched, event)

    def _undo_passes_through(self, watched: QObject, event: QKeyEvent) -> bool:
        """Whether Ctrl+Z (or redo) pressed in a text field of this window should undo the
        window's last change: when the field itself has nothing to undo (or redo), as after
        a dialog closes and leaves the cursor in a field. A field with typing of its own
        undoes that first."""
        undo = event.matches(QKeySequence.StandardKey.Undo)
        redo = any(
            QKeySequence(event.keyCombination()) == key for key in self.redo_action.shortcuts()
        )
        if not (undo or redo) or not isinstance(watched, QWidget) or watched.window() is not self:
            return False
        if isinstance(watched, QLineEdit) and not watched.isReadOnly():
            return not (watched.isUndoAvailable() if undo else watched.isRedoAvailable())
        if isinstance(watched, (QPlainTextEdit, QTextEdit)) and not watched.isReadOnly():
            document = watched.document()
            return not (document.isUndoAvailable() if undo else document.isRedoAvailable())
        return False

    def closeEvent(self, event: QCloseEvent) -> None:
        # A field being edited saves when it loses focus: make it lose it before closing.
        focused = QApplication.focusWidget()
        if focused is not None:
            focused.clearFocus()
        self._save_layout()
        self.workspace.detach()
        self._attention_timer.stop()  # the database may be closed next
        super().closeEvent(event)

    # --- places and navigation ------------------------------------------------------------

    def current_page(self) -> QWidget:
        return self.ui.pages.currentWidget()

    def show_place(self, place: Place, *, remember: bool = True) -> None:
        """Show one of the sidebar's places."""
        page: QWidget = self.place_pages[place]
        if place is Place.PORTFOLIO and self._counts is not None and self._counts.is_empty:
            page = self.welcome_page
        self._show_page(page, remember=remember)

    def _show_page(self, page: QWidget, *, remember: bool = True) -> None:
        current = self.current_page()
        if remember and current is not page and current is not None:
            self._history.append(current)
            del self._history[:-20]
        self.ui.pages.setCurrentWidget(page)
        self._select_place_of(page)

    def _select_place_of(self, page: QWidget) -> None:
        place = next((p for p, shown in self.place_pages.items() if shown is page), None)
        if page is self.welcome_page:
            place = Place.PORTFOLIO
        selection = self.ui.placesView.selectionModel()
        if place is None:
            selection.clearSelection()
            return
        index = self.places.index(int(place))
        if self.ui.placesView.currentIndex() != index or not selection.isSelected(index):
            selection.blockSignals(True)
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            selection.blockSignals(False)
            self.ui.placesView.viewport().update()

    def _place_clicked(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.show_place(Place(current.row()))

    def go_back(self) -> None:
        """Return to the screen shown before (Alt+Left)."""
        while self._history:
            page = self._history.pop()
            if page is self.partnership_view and self.partnership_view.partnership_id is None:
                continue
            self._show_page(page, remember=False)
            return
        self.show_place(Place.PORTFOLIO, remember=False)

    def show_partnership(self, partnership_id: int) -> None:
        """Open a partnership in the main area."""
        if self.partnership_view.show_partnership(partnership_id):
            self._show_page(self.partnership_view)
            self.partnership_view.setFocus()

    def search_journal(self, partnership_id: int) -> None:
        """Show the journal of one partnership with the cursor in its search."""
        self.show_place(Place.JOURNAL)
        self.journal_page.show_filter(partnership_id=partnership_id)
        self.journal_page.focus_search()

    def show_organisation(self, organisation_id: int) -> None:
        """Show an organisation among the organisations."""
        self.show_place(Place.ORGANISATIONS)
        self.organisations_page.select_organisation(organisation_id)

    def show_person(self, person_id: int) -> None:
        """Show a person among the people."""
        self.show_place(Place.PEOPLE)
        self.people_page.select_person(person_id)

    def _attention_activated(self, index: QModelIndex) -> None:
        partnership_id = index.data(PARTNERSHIP_ROLE)
        if partnership_id is not None:
            self.show_partnership(int(partnership_id))

    def _page_changed(self) -> None:
        self._update_actions()

    def _selected_partnership(self) -> int | None:
        page = self.current_page()
        return page.selected_partnership() if isinstance(page, Page) else None

    def _update_actions(self) -> None:
        chosen = self._selected_partnership() is not None
        in_view = self.current_page() is self.partnership_view
        ui = self.ui
        ui.actionOpenPartnership.setEnabled(chosen and not in_view)
        for action in (
            ui.actionChangeKind,
            ui.actionChangeStage,
            ui.actionAddMember,
            ui.actionNewAssessment,
            ui.actionDeletePartnership,
        ):
            action.setEnabled(chosen)
        ui.actionBack.setEnabled(bool(self._history))

    def _open_selected_partnership(self) -> None:
        partnership_id = self._selected_partnership()
        if partnership_id is not None:
            self.show_partnership(partnership_id)

    def _on_partnership(self, what: str) -> None:
        partnership_id = self._selected_partnership()
        if partnership_id is None:
            return
        if self.current_page() is not self.partnership_view:
            self.show_partnership(partnership_id)
        getattr(self.partnership_view, what)()

    def new_assessment(self) -> None:
        """Partnership → New Assessment…: the partnership's Integration tab, and the editor."""
        partnership_id = self._selected_partnership()
        if partnership_id is None:
            return
        if self.current_page() is not self.partnership_view:
            self.show_partnership(partnership_id)
        self.partnership_view.ui.tabs.setCurrentWidget(self.integration_panel)
        self.integration_panel.new_assessment()

    # --- refreshing -----------------------------------------------------------------------

    def _data_changed(self, topics: frozenset[Topic]) -> None:
        if Topic.DATABASE in topics:
            self._show_title()
        self.refresh_sidebar(attention_later=True)
        if (self.current_page() is self.welcome_page and not self._counts_empty()) or (
            self.current_page() is self.portfolio_page and self._counts_empty()
        ):
            self.show_place(Place.PORTFOLIO, remember=False)
        self._update_actions()

    def _counts_empty(self) -> bool:
        return self._counts is not None and self._counts.is_empty

    def refresh_sidebar(self, *, attention_later: bool = False) -> None:
        """Read the counts and what needs attention again (``attention_later``: what needs
        attention at the next turn of the event loop, after what changed has been drawn)."""
        self._counts = place_counts(self.store, self.workspace.today())
        self.places.set_counts(self._counts)
        if attention_later:
            self._attention_timer.start()
        else:
            self.refresh_attention()
        counts = self._counts
        path = self.store.path
        self.summary_label.setText(
            " · ".join(
                part
                for part in (
                    translate("MainWindow", "%n partnerships", None, counts.partnerships),
                    translate("MainWindow", "%n journal entries", None, counts.journal),
                    str(path) if path else translate("MainWindow", "in memory"),
                )
                if part
            )
        )

    def refresh_attention(self) -> None:
        """Read what needs attention again (from the whole portfolio)."""
        self._attention_timer.stop()
        today = self.workspace.today()
        items = attention(
            self.workspace.portfolio(),
            today,
            leader_threshold_days=settings.LEADER_THRESHOLD_DAYS.value,
            assessment_interval_days=settings.ASSESSMENT_INTERVAL_DAYS.value,
        )
        self.attention.set_items(items)
        partnerships = self._counts.partnerships if self._counts is not None else 0
        self.ui.attentionView.setVisible(bool(items))
        self.ui.attentionEmpty.setVisible(not items and partnerships > 0)
        self.ui.attentionTitle.setVisible(partnerships > 0)

    def _show_title(self) -> None:
        path = self.store.path
        self.setWindowFilePath(str(path) if path else "")
        self.setWindowTitle(f"{path.name} — PartnerDesk" if path else "PartnerDesk")

    def show_message(self, text: str, undoable: bool = False) -> None:
        """A sentence in the status bar; after a delete, with an Undo button beside it."""
        self.message_label.setText(text)
        self.undo_hint.setVisible(undoable)
        self._hint_timer.start(12_000)

    # --- databases ------------------------------------------------------------------------

    def open_database(self, path: Path, *, create: bool = False, remember: bool = True) -> bool:
        """Show the database at ``path`` instead of the open one; False when it cannot be."""
        store = database.open_database(self, path, create=create, remember=remember)
        if store is None:
            return False
        self.set_store(store)
        return True

    def set_store(self, store: Store) -> None:
        """Show ``store`` instead of the open database, which is closed (releasing its lock)."""
        self._history.clear()
        self.partnership_view.show_partnership(None)
        self.integration_panel.set_store(store)
        self.portfolio_page.charts.set_store(store)
        self.workspace.replace_store(store)
        opening.show_read_only_notice(self, store)
        self.show_place(Place.PORTFOLIO, remember=False)

    def choose_database(self) -> None:
        """File → Open Database…"""
        path = database.choose_existing_database(self)
        if path is not None:
            self.open_database(path, create=False)

    def new_database(self) -> None:
        """File → New Database…"""
        path = database.choose_new_database(self)
        if path is None:
            return
        if path.exists() and path.stat().st_size > 0:
            dialogs.warn(
                self,
                translate("MainWindow", "New Database"),
                translate("MainWindow", "A file called “%1” is already there.").replace(
                    "%1", path.name
                ),
                translate(
                    "MainWindow",
                    "PartnerDesk never replaces a file. Choose another name, or open the "
                    "file with File → Open Database.",
                ),
            )
            return
        self.open_database(path, create=True)

    def open_sample(self) -> None:
        """Open the sample portfolio, kept in its own file beside the user's database."""
        path = paths.sample_database()
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            with open_store(path) as sample:
                build_sample_portfolio(sample, self.workspace.today())
        self.open_database(path)

    def _fill_recent_menu(self) -> None:
        menu = self.ui.menuRecent
        menu.clear()
        recent = settings.RECENT_DATABASES.value
        current = self.store.path.resolve() if self.store.path else None
        for number, path in enumerate(recent, start=1):
            text = f"&{number} {path.name}" if number < 10 else path.name
            action = menu.addAction(text)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.setCheckable(True)
            action.setChecked(path == current)
            action.triggered.connect(lambda _=False, p=path: self.open_database(p))
        if not recent:
            empty = menu.addAction(translate("MainWindow", "No recent databases"))
            empty.setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(
                translate("MainWindow", "&Clear This List"), settings.RECENT_DATABASES.reset
            )

    # --- commands -------------------------------------------------------------------------

    def new_partnership(self) -> None:
        """Partnership → New Partnership… (Ctrl+N)."""
        from partnerdesk.gui.partnership_dialogs import NewPartnershipDialog

        dialog = NewPartnershipDialog(self.workspace, self)
        dialog.created.connect(self.show_partnership)
        dialog.open()

    def new_organisation(self) -> None:
        """File → New Organisation…"""
        self.show_place(Place.ORGANISATIONS)
        self.organisations_page.new_organisation()

    def new_person(self) -> None:
        """File → New Person…"""
        self.show_place(Place.PEOPLE)
        self.people_page.new_person()

    def log_contact(self) -> None:
        """Partnership → Log a Contact… (Ctrl+L), about the partnership at hand if there is one."""
        from partnerdesk.gui.quick_log import QuickLogDialog

        dialog = QuickLogDialog(self.workspace, self, partnership_id=self._selected_partnership())
        dialog.open()
        self.quick_log = dialog

    def find(self) -> None:
        """Edit → Find (Ctrl+F): the search of the screen shown."""
        page = self.current_page()
        if isinstance(page, Page):
            page.focus_search()

    def delete_selected(self) -> None:
        """Edit → Delete: what is selected on the screen shown."""
        page = self.current_page()
        if isinstance(page, Page):
            page.delete_selected()

    def import_contacts(self) -> None:
        """File → Import Contacts…: a vCard or CSV file, previewed before anything is written."""
        exchange.open_import_dialog(self, self.store, undo_stack=self.workspace.undo_stack)

    def export(self) -> None:
        """File → Export… (Ctrl+E): the summary of the partnership at hand, previewed before
        it is saved; with no partnership at hand, the portfolio report."""
        from partnerdesk.gui.export_dialog import ExportDialog

        dialog = ExportDialog(self.workspace, self, partnership_id=self._selected_partnership())
        dialog.open()
        self.export_dialog = dialog

    def restore_export(self) -> None:
        """File → Restore a Full Export…: a new database made from it, then opened."""
        exchange.restore_into_new_database(self, opened=self.open_database)

    def show_preferences(self) -> None:
        """Edit → Preferences…"""
        from partnerdesk.gui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self)
        dialog.open()

    def show_model_help(self) -> None:
        """Help → The Partnership Model."""
        from partnerdesk.gui.model_help import ModelHelpDialog

        dialog = ModelHelpDialog(self)
        dialog.show()

    def show_about(self) -> None:
        """Help → About PartnerDesk."""
        from partnerdesk.gui.about import AboutDialog

        dialog = AboutDialog(self.store.path, self)
        dialog.open()
        self.about_dialog = dialog
