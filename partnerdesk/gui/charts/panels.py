"""The panels that hold the charts in the window.

* :class:`IntegrationPanel` — a partnership's "Integration" tab: its levels over time with its
  contacts underneath on the same dates, the snapshot and where assessment and record
  disagree, and its assessments beside them with "New Assessment…".
* :class:`PortfolioChartsPanel` — the portfolio map and trend.

Both read the database through the domain layer, refresh themselves when
:data:`partnerdesk.gui.events.events` announces a change they show (only while visible; a
hidden panel catches up when shown), and take the window's open store, which the window
replaces with :meth:`set_store` when another database is opened.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partnerdesk.domain import charts as chart_data
from partnerdesk.domain.assessments import assessments
from partnerdesk.domain.errors import NotFoundError
from partnerdesk.domain.partnerships import get_partnership
from partnerdesk.domain.portfolio import Attention, assessment_reminder
from partnerdesk.domain.records import Assessment
from partnerdesk.gui import settings
from partnerdesk.gui.assessment_editor import AssessmentEditor, delete_assessment_command
from partnerdesk.gui.assessment_list import AssessmentModel, ScoresDelegate
from partnerdesk.gui.charts.activity import ActivityChart
from partnerdesk.gui.charts.integration import IntegrationChart
from partnerdesk.gui.charts.observed import ObservedChart
from partnerdesk.gui.charts.portfolio import PortfolioMapChart, PortfolioTrendChart
from partnerdesk.gui.charts.radar import RadarChart
from partnerdesk.gui.events import Topic, events
from partnerdesk.gui.text import short_date, short_dates, strength_text, translate
from partnerdesk.store.connection import Store

#: What a partnership's charts show: a change in any of these redraws them.
PARTNERSHIP_TOPICS = frozenset(
    {
        Topic.ASSESSMENTS,
        Topic.JOURNAL,
        Topic.HISTORY,
        Topic.PARTNERSHIPS,
        Topic.MEMBERS,
        Topic.PEOPLE,
        Topic.ORGANISATIONS,
        Topic.DATABASE,
        Topic.SETTINGS,
    }
)
#: What the contacts per month count: a change in any of these counts them again.
CONTACT_TOPICS = frozenset(
    {
        Topic.JOURNAL,
        Topic.PEOPLE,
        Topic.MEMBERS,
        Topic.ORGANISATIONS,
        Topic.PARTNERSHIPS,
        Topic.DATABASE,
    }
)
#: What the portfolio charts show.
PORTFOLIO_TOPICS = PARTNERSHIP_TOPICS
#: Both charts over time keep their date axes aligned by giving their left axes this width.
_AXIS_WIDTH = 58


class _Refreshing(QWidget):
    """Refreshes on announcements of what it shows, at once when visible, else when shown."""

    topics: frozenset[Topic] = frozenset()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stale = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._refresh_now)
        events.changed.connect(self._announced)

    def _announced(self, topics: frozenset[Topic]) -> None:
        if topics & self.topics:
            self._stale = True
            if self.isVisible():
                # Several announcements in one turn of the loop redraw once.
                self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._refresh_now()

    def _refresh_now(self) -> None:
        self._stale = False
        self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError


def _heading(text: str, parent: QWidget) -> QLabel:
    heading = QLabel(text, parent)
    font = heading.font()
    font.setBold(True)
    heading.setFont(font)
    return heading


class IntegrationPanel(_Refreshing):
    """A partnership's integration: charts, assessments, and the reminder to assess.

    ``IntegrationPanel(store, undo_stack)``, then :meth:`show_partnership` with an id. Every
    change goes through ``undo_stack`` (the window's). Its three actions (new, edit, delete
    assessment) can be put in the window's menus too.
    """

    topics = PARTNERSHIP_TOPICS

    def __init__(
        self,
        store: Store,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack
        self.today = today
        self.partnership_id: int | None = None
        self.history: list[Assessment] = []
        #: The assessment the snapshot shows (None: the latest).
        self.shown_assessment: int | None = None
        self.editor: AssessmentEditor | None = None
        self._activity_cache: dict[
            tuple[int, date, chart_data.ChartPeriod], chart_data.ContactActivity
        ] = {}
        self.setAccessibleName(translate("IntegrationPanel", "Integration"))

        self.new_assessment_action = QAction(
            translate("IntegrationPanel", "&New Assessment…"), self
        )
        self.new_assessment_action.setToolTip(
            translate("IntegrationPanel", "Rate the five levels of integration as they are now")
        )
        self.new_assessment_action.triggered.connect(self.new_assessment)
        self.edit_assessment_action = QAction(
            translate("IntegrationPanel", "&Edit Assessment…"), self
        )
        self.edit_assessment_action.triggered.connect(self.edit_assessment)
        self.delete_assessment_action = QAction(
            translate("IntegrationPanel", "&Delete Assessment"), self
        )
        self.delete_assessment_action.triggered.connect(self.delete_assessment)

        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.nothing = QLabel(
            translate("IntegrationPanel", "Choose a partnership to see how it is integrated."), self
        )
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.nothing)

        page = QWidget(self)
        self.stack.addWidget(page)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(6)

        self.reminder = QFrame(page)
        self.reminder.setFrameShape(QFrame.Shape.StyledPanel)
        reminder_layout = QHBoxLayout(self.reminder)
        reminder_layout.setContentsMargins(10, 6, 10, 6)
        reminder_icon = QLabel(self.reminder)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        reminder_icon.setPixmap(
            self.style()
            .standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            .pixmap(size, size)
        )
        reminder_layout.addWidget(reminder_icon)
        self.reminder_text = QLabel(self.reminder)
        self.reminder_text.setWordWrap(True)
        reminder_button = QPushButton(translate("IntegrationPanel", "Assess Now…"), self.reminder)
        reminder_button.clicked.connect(self.new_assessment)
        reminder_layout.addWidget(self.reminder_text, 1)
        reminder_layout.addWidget(reminder_button)
        self.reminder.hide()
        page_layout.addWidget(self.reminder)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, page)
        self.splitter.setChildrenCollapsible(False)
        page_layout.addWidget(self.splitter, 1)

        # The charts scroll, never cut off, when the window is smaller than they need.
        self.charts_scroll = QScrollArea(self.splitter)
        self.charts_scroll.setWidgetResizable(True)
        self.charts_scroll.setFrameShape(QFrame.Shape.NoFrame)
        charts = QSplitter(Qt.Orientation.Vertical)
        charts.setChildrenCollapsible(False)
        self.charts_splitter = charts
        self.integration_chart = IntegrationChart(charts)
        self.activity_chart = ActivityChart(charts)
        # Small enough for the three rows to fit a 1280×720 screen, tall enough for the
        # activity's axis title.
        self.integration_chart.setMinimumHeight(124)
        self.activity_chart.setMinimumHeight(148)
        bottom = QSplitter(Qt.Orientation.Horizontal, charts)
        bottom.setChildrenCollapsible(False)
        snapshot = QWidget(bottom)
        snapshot_layout = QVBoxLayout(snapshot)
        snapshot_layout.setContentsMargins(0, 0, 0, 0)
        snapshot_layout.setSpacing(2)
        compare_row = QHBoxLayout()
        compare_row.setContentsMargins(6, 0, 0, 0)
        self.compare_label = QLabel(translate("IntegrationPanel", "Compare &with"), snapshot)
        self.compare_box = QComboBox(snapshot)
        self.compare_box.setAccessibleName(
            translate("IntegrationPanel", "Compare the snapshot with")
        )
        self.compare_label.setBuddy(self.compare_box)
        self.compare_box.currentIndexChanged.connect(self._compare_changed)
        compare_row.addWidget(self.compare_label)
        compare_row.addWidget(self.compare_box, 1)
        snapshot_layout.addLayout(compare_row)
        self.radar_chart = RadarChart(snapshot)
        snapshot_layout.addWidget(self.radar_chart, 1)
        self.observed_chart = ObservedChart(bottom)
        bottom.addWidget(snapshot)
        bottom.addWidget(self.observed_chart)
        bottom.setStretchFactor(0, 2)
        bottom.setStretchFactor(1, 3)
        bottom.setSizes([400, 600])
        charts.setStretchFactor(0, 8)
        charts.setStretchFactor(1, 5)
        charts.setStretchFactor(2, 7)
        charts.setSizes([400, 250, 350])

        side = QWidget(self.splitter)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 0, 0, 0)
        heading_row = QHBoxLayout()
        heading_row.addWidget(_heading(translate("IntegrationPanel", "Assessments"), side), 1)
        self.new_button = QPushButton(self.new_assessment_action.text(), side)
        self.new_button.setToolTip(self.new_assessment_action.toolTip())
        self.new_button.clicked.connect(self.new_assessment)
        heading_row.addWidget(self.new_button)
        side_layout.addLayout(heading_row)

        self.model = AssessmentModel(self)
        self.table = QTableView(side)
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("IntegrationPanel", "Assessments"))
        self.table.setItemDelegateForColumn(AssessmentModel.SCORES, ScoresDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        # Widths from the font, not from the rows: years of weekly assessments must not be
        # measured one by one whenever the list is filled.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(AssessmentModel.NOTE, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        sample_day = short_date(date(2026, 12, 28))
        padding = 3 * metrics.averageCharWidth()
        widths = {
            AssessmentModel.DATE: metrics.horizontalAdvance(sample_day) + padding,
            AssessmentModel.SCORES: ScoresDelegate.WIDTH,
            AssessmentModel.OVERALL: metrics.horizontalAdvance("4.8  ▲ 0.8") + padding,
        }
        for column, width in widths.items():
            header.resizeSection(
                column,
                max(
                    width,
                    metrics.horizontalAdvance(
                        str(self.model.headerData(column, Qt.Orientation.Horizontal))
                    )
                    + padding,
                ),
            )
        # The date, the levels and the overall always show whole; the note shows when the
        # user gives the list room for it (a column cut to a few letters reads as nothing).
        self._fixed_columns = sum(header.sectionSize(column) for column in widths)
        scroll_bar = self.table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.table.setMinimumWidth(self._fixed_columns + scroll_bar + 2 * self.table.frameWidth())
        self.table.installEventFilter(self)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(max(26, metrics.height() + 8))
        self.table.doubleClicked.connect(lambda *_: self.edit_assessment())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (
            self.new_assessment_action,
            self.edit_assessment_action,
            self.delete_assessment_action,
        ):
            self.table.addAction(action)
        # Enter edits and Delete deletes the selected assessment while the list has the focus.
        self.edit_assessment_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        )
        self.delete_assessment_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        for action in (self.edit_assessment_action, self.delete_assessment_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.side_stack = QStackedWidget(side)
        self.side_stack.addWidget(self.table)
        self.no_assessments = QLabel(
            translate(
                "IntegrationPanel",
                "No assessment yet.\n\nRate the five levels now and again — every few "
                "months — to see the partnership grow or drift.",
            ),
            side,
        )
        self.no_assessments.setWordWrap(True)
        self.no_assessments.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.side_stack.addWidget(self.no_assessments)
        side_layout.addWidget(self.side_stack, 1)

        buttons = QHBoxLayout()
        self.edit_button = QPushButton(translate("IntegrationPanel", "Edi&t…"), side)
        self.edit_button.clicked.connect(self.edit_assessment)
        self.delete_button = QPushButton(translate("IntegrationPanel", "Delete"), side)
        self.delete_button.clicked.connect(self.delete_assessment)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        side_layout.addLayout(buttons)

        self.undo_hint = QFrame(side)
        hint_layout = QHBoxLayout(self.undo_hint)
        hint_layout.setContentsMargins(0, 0, 0, 0)
        self.undo_hint_text = QLabel(self.undo_hint)
        self.undo_hint_text.setWordWrap(True)
        undo_button = QPushButton(translate("IntegrationPanel", "&Undo"), self.undo_hint)
        undo_button.clicked.connect(self._undo_delete)
        hint_layout.addWidget(self.undo_hint_text, 1)
        hint_layout.addWidget(undo_button)
        self.undo_hint.hide()
        side_layout.addWidget(self.undo_hint)

        self.charts_scroll.setWidget(charts)
        self.splitter.addWidget(self.charts_scroll)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 320])
        self._update_actions()

    # --- the public API --------------------------------------------------------------------

    def set_store(self, store: Store) -> None:
        """Read from another open database (the window's, after it opened another file)."""
        self.store = store
        self._activity_cache.clear()
        self.partnership_id = None
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Resize:
            # The widths the table's own layout will give its viewport: it runs after this.
            room = self.table.width() - self.table.minimumWidth()
            self.table.setColumnHidden(
                AssessmentModel.NOTE, room < 8 * self.table.fontMetrics().averageCharWidth()
            )
        return super().eventFilter(watched, event)

    def show_partnership(self, partnership_id: int | None) -> None:
        """Show this partnership's integration (None: none); drawn now if visible, else when
        the tab is shown (the partnership view tells every tab whenever it shows one)."""
        if partnership_id != self.partnership_id:
            self.shown_assessment = None
            self.undo_hint.hide()
        self.partnership_id = partnership_id
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def refresh(self) -> None:
        """Read everything shown again from the database."""
        self._stale = False
        pid = self.partnership_id
        if pid is None:
            self.stack.setCurrentWidget(self.nothing)
            self._update_actions()
            return
        today = self.today()
        try:
            partnership = get_partnership(self.store, pid)
        except NotFoundError:
            self.partnership_id = None
            self.stack.setCurrentWidget(self.nothing)
            self._update_actions()
            return
        self.stack.setCurrentIndex(1)
        self.history = assessments(self.store, pid)
        if self.shown_assessment is not None and all(
            a.id != self.shown_assessment for a in self.history
        ):
            self.shown_assessment = None
        # Read once, for every chart and list of the tab.
        history = chart_data.integration_history(self.store, pid, today, history=self.history)
        self.integration_chart.set_data(history)
        store = self.store
        self.activity_chart.people_of = lambda month: chart_data.partner_people(
            store, pid, month.month, month.end
        )
        self.activity_chart.set_data(self._activity(pid, today, history.period))
        self._align_time_axes()
        self.observed_chart.set_data(
            chart_data.assessed_vs_observed(
                self.store,
                pid,
                today,
                leader_threshold_days=settings.LEADER_THRESHOLD_DAYS.value,
                history=self.history,
            )
        )
        self.model.set_assessments(self.history)
        self.side_stack.setCurrentWidget(self.table if self.history else self.no_assessments)
        self._fill_compare_box()
        self._show_snapshot()
        self._select_shown()
        past = [a for a in self.history if a.assessed_on <= today]
        self.show_reminder(
            assessment_reminder(
                pid,
                partnership.name,
                partnership.stage,
                partnership.started_on,
                past[-1].assessed_on if past else None,
                today,
                interval_days=settings.ASSESSMENT_INTERVAL_DAYS.value,
            )
        )
        self._update_actions()

    def _activity(
        self, pid: int, today: date, period: chart_data.ChartPeriod
    ) -> chart_data.ContactActivity:
        # Counting years of contacts is the costliest part of a refresh, and most refreshes
        # (an assessment saved, a setting changed) leave the contacts as they were.
        key = (pid, today, period)
        if key not in self._activity_cache:
            self._activity_cache[key] = chart_data.contact_activity(
                self.store, pid, today, period=period
            )
        return self._activity_cache[key]

    def _announced(self, topics: frozenset[Topic]) -> None:
        if topics & CONTACT_TOPICS:
            self._activity_cache.clear()
        super()._announced(topics)

    def new_assessment(self) -> AssessmentEditor | None:
        """Open the editor for a new assessment (dated today, the previous one beside it)."""
        if self.partnership_id is None:
            return None
        return self._open_editor(None)

    def edit_assessment(self) -> AssessmentEditor | None:
        """Open the editor on the selected assessment."""
        selected = self.selected_assessment()
        if selected is None or self.partnership_id is None:
            return None
        return self._open_editor(selected.id)

    def delete_assessment(self) -> None:
        """Delete the selected assessment; undo brings it back (a hint offers to)."""
        selected = self.selected_assessment()
        if selected is None:
            return
        self.undo_stack.push(delete_assessment_command(self.store, selected))
        self.undo_hint_text.setText(
            translate("IntegrationPanel", "Deleted the assessment of %1.").replace(
                "%1", short_date(selected.assessed_on)
            )
        )
        self.undo_hint.show()

    def selected_assessment(self) -> Assessment | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.assessment_at(rows[0].row()) if rows else None

    def show_reminder(self, reminder: Attention | None) -> None:
        """Show (or hide) the reminder that an assessment is due."""
        if reminder is None:
            self.reminder.hide()
            return
        self.reminder_text.setText(
            reminder.reason(translate)
            + " — "
            + translate(
                "IntegrationPanel",
                "a fresh assessment keeps the picture of this partnership true.",
            )
        )
        self.reminder.show()

    # --- inside ----------------------------------------------------------------------------

    def _open_editor(self, assessment_id: int | None) -> AssessmentEditor:
        assert self.partnership_id is not None
        editor = AssessmentEditor(
            self.store,
            self.undo_stack,
            self.partnership_id,
            assessment_id=assessment_id,
            today=self.today,
            parent=self,
        )
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self._saved)
        self.editor = editor
        editor.open()
        return editor

    def _saved(self, assessment_id: int) -> None:
        self.shown_assessment = None
        self.undo_hint.hide()
        self.refresh()
        row = self.model.row_of(assessment_id)
        if row is not None:
            self.table.selectRow(row)

    def _undo_delete(self) -> None:
        if self.undo_stack.canUndo():
            self.undo_stack.undo()
        self.undo_hint.hide()

    def _align_time_axes(self) -> None:
        integration = self.integration_chart.main_plot
        activity = self.activity_chart.main_plot
        if integration is None or activity is None:
            return
        for plot in (integration, activity):
            plot.getAxis("left").setWidth(_AXIS_WIDTH)
        # Each follows the other, so zooming either moves both.
        activity.setXLink(integration)
        integration.setXLink(activity)

    def _fill_compare_box(self) -> None:
        box = self.compare_box
        wanted = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(translate("IntegrationPanel", "the one before"), None)
        # Years of weekly assessments: the words are looked up once, not once for each.
        choice = translate("IntegrationPanel", "%1 (overall %2)")
        newest_first = list(reversed(self.history))
        days = short_dates(a.assessed_on for a in newest_first)
        for assessment, day in zip(newest_first, days, strict=True):
            box.addItem(
                choice.replace("%1", day).replace("%2", strength_text(assessment.strength)),
                assessment.id,
            )
        index = box.findData(wanted) if wanted is not None else 0
        box.setCurrentIndex(max(index, 0))
        box.blockSignals(False)
        enabled = len(self.history) > 1
        box.setEnabled(enabled)
        self.compare_label.setEnabled(enabled)

    def _compare_changed(self, *args: object) -> None:
        self._show_snapshot()

    def _show_snapshot(self) -> None:
        if self.partnership_id is None:
            return
        compare_with = self.compare_box.currentData()
        if compare_with == self.shown_assessment and compare_with is not None:
            compare_with = None
        self.radar_chart.set_data(
            chart_data.snapshot(
                self.store,
                self.partnership_id,
                shown=self.shown_assessment,
                compare_with=compare_with,
                history=self.history,
            )
        )

    def _select_shown(self) -> None:
        if not self.history:
            return
        wanted = self.shown_assessment or self.history[-1].id
        row = self.model.row_of(wanted)
        if row is None:
            return
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        selection.select(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        selection.setCurrentIndex(
            self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
        )
        selection.blockSignals(False)

    def _selection_changed(self, *args: object) -> None:
        selected = self.selected_assessment()
        latest = self.history[-1].id if self.history else None
        chosen = None if selected is None or selected.id == latest else selected.id
        if chosen != self.shown_assessment:
            self.shown_assessment = chosen
            self._show_snapshot()
        self._update_actions()

    def _update_actions(self) -> None:
        has_partnership = self.partnership_id is not None
        has_selection = has_partnership and self.selected_assessment() is not None
        self.new_assessment_action.setEnabled(has_partnership)
        self.new_button.setEnabled(has_partnership)
        for action in (self.edit_assessment_action, self.delete_assessment_action):
            action.setEnabled(has_selection)
        self.edit_button.setEnabled(has_selection)
        self.delete_button.setEnabled(has_selection)


class PortfolioChartsPanel(_Refreshing):
    """The portfolio map beside the trend of the active partnerships' mean integration.

    Clicking a partnership on the map emits :attr:`partnership_activated` with its id.
    """

    #: Emitted with a partnership's id when it is clicked on the map.
    partnership_activated = Signal(int)

    topics = PORTFOLIO_TOPICS

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.today = today
        self.setAccessibleName(translate("PortfolioChartsPanel", "Portfolio charts"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter)
        self.map_chart = PortfolioMapChart(self.splitter)
        self.trend_chart = PortfolioTrendChart(self.splitter)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.map_chart.partnership_activated.connect(self.partnership_activated)

    def set_store(self, store: Store) -> None:
        """Read from another open database."""
        self.store = store
        self.refresh()

    def refresh(self) -> None:
        """Read the portfolio again from the database."""
        self._stale = False
        today = self.today()
        self.map_chart.set_data(chart_data.portfolio_map(self.store, today))
        self.trend_chart.set_data(chart_data.portfolio_trend(self.store, today))
