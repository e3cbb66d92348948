"""The portfolio: every partnership at a glance, filtered as the user types."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from partnerdesk.domain.partnerships import get_partnership
from partnerdesk.domain.portfolio import PortfolioRow
from partnerdesk.domain.vocabulary import Kind, Stage
from partnerdesk.gui import settings
from partnerdesk.gui.charts.panels import PortfolioChartsPanel
from partnerdesk.gui.continuum import ContinuumDelegate
from partnerdesk.gui.events import Topic
from partnerdesk.gui.forms.ui_portfolio_page import Ui_PortfolioPage
from partnerdesk.gui.page import Page
from partnerdesk.gui.portfolio_model import ID_ROLE, PortfolioFilter, PortfolioModel
from partnerdesk.gui.text import label, meaning, short_label, translate
from partnerdesk.gui.widgets import enum_data, filter_keys, wrap_row
from partnerdesk.gui.workspace import Workspace

#: The stage filter's "live" choice: partnerships that are still being tended.
LIVE = "live"


def title_font(widget: QWidget, scale: float = 1.4) -> None:
    """Make a label a page title."""
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    widget.setFont(font)


class PortfolioPage(Page):
    """The table of partnerships, with filters by text, kind and stage."""

    topics = frozenset(
        {
            Topic.PARTNERSHIPS,
            Topic.MEMBERS,
            Topic.HISTORY,
            Topic.JOURNAL,
            Topic.FOLLOW_UPS,
            Topic.ASSESSMENTS,
            Topic.ORGANISATIONS,
            Topic.SETTINGS,
        }
    )
    #: The user asked for a new partnership.
    new_partnership = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.ui = Ui_PortfolioPage()
        self.ui.setupUi(self)
        wrap_row(self.ui.headerLayout)
        title_font(self.ui.titleLabel)
        title_font(self.ui.emptyTitle, 1.25)
        self.model = PortfolioModel(self)
        self.proxy = PortfolioFilter(self)
        self.proxy.setSourceModel(self.model)
        table = self.ui.table
        table.setModel(self.proxy)
        table.setItemDelegateForColumn(PortfolioModel.KIND, ContinuumDelegate(table))
        header = table.horizontalHeader()
        # Columns are sized to their contents: a hundred rows show what the contents are like,
        # and measuring every row of a large portfolio took a quarter of a second at start-up.
        header.setResizeContentsPrecision(100)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PortfolioModel.MEMBERS, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        table.sortByColumn(PortfolioModel.NAME, Qt.SortOrder.AscendingOrder)
        self._sized = False
        self.restore_view(header, "portfolio_header")

        self.ui.kindCombo.addItem(translate("PortfolioPage", "All kinds"), None)
        for kind in Kind:
            self.ui.kindCombo.addItem(short_label(kind), kind)
            self.ui.kindCombo.setItemData(
                self.ui.kindCombo.count() - 1,
                f"{label(kind)}: {meaning(kind)}",
                Qt.ItemDataRole.ToolTipRole,
            )
        self.ui.stageCombo.addItem(translate("PortfolioPage", "All stages"), None)
        self.ui.stageCombo.addItem(translate("PortfolioPage", "Live"), LIVE)
        self.ui.stageCombo.setItemData(
            1,
            translate("PortfolioPage", "Exploring, forming or active: not dormant or ended"),
            Qt.ItemDataRole.ToolTipRole,
        )
        for stage in Stage:
            self.ui.stageCombo.addItem(label(stage), stage)
        self.ui.filterEdit.textChanged.connect(self._filter_changed)
        filter_keys(self.ui.filterEdit, table, enter_opens=True)
        self.ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        self.ui.stageCombo.currentIndexChanged.connect(self._stage_changed)
        table.activated.connect(self._activated)
        table.selectionModel().selectionChanged.connect(self.selection_changed)
        self.ui.newButton.clicked.connect(self.new_partnership)
        self.rows: list[PortfolioRow] = []
        # The portfolio map and trend, in place of the table while "Charts" is chosen.
        self.charts = PortfolioChartsPanel(workspace.store, today=workspace.today)
        self.ui.stack.addWidget(self.charts)
        self.charts.partnership_activated.connect(self.open_partnership)
        self.ui.listButton.toggled.connect(self._show_state)
        self.ui.chartsButton.toggled.connect(self._show_state)
        self.ui.chartsButton.clicked.connect(self.charts.map_chart.setFocus)
        self.ui.listButton.clicked.connect(self.ui.table.setFocus)
        QWidget.setTabOrder(self.ui.chartsButton, self.charts.map_chart)
        QWidget.setTabOrder(self.charts.map_chart, self.charts.trend_chart)

    def refresh(self) -> None:
        super().refresh()
        today = self.workspace.today()
        self.rows = self.workspace.portfolio()
        self.model.leader_threshold_days = settings.LEADER_THRESHOLD_DAYS.value
        selected = self.selected_partnership()
        self.model.set_rows(self.rows, today)
        if not self._sized and self.rows:
            self._size_columns()
        if selected is not None:
            self.select_partnership(selected)
        self._show_state()

    def _size_columns(self) -> None:
        self._sized = True
        if not settings.view_state("portfolio_header").value.isEmpty():
            return
        for column in range(PortfolioModel.COLUMN_COUNT):
            if column != PortfolioModel.MEMBERS:
                self.ui.table.resizeColumnToContents(column)
        name = PortfolioModel.NAME
        self.ui.table.setColumnWidth(name, min(self.ui.table.columnWidth(name) + 12, 320))

    def showing_charts(self) -> bool:
        """Whether the portfolio charts are shown rather than the table."""
        return self.ui.chartsButton.isChecked()

    def _show_state(self) -> None:
        ui = self.ui
        charts = self.showing_charts()
        if not self.rows:
            ui.stack.setCurrentWidget(ui.emptyPage)
        elif charts:
            ui.stack.setCurrentWidget(self.charts)
        elif self.proxy.rowCount() == 0:
            ui.stack.setCurrentWidget(ui.noMatch)
        else:
            ui.stack.setCurrentWidget(ui.table)
        for widget in (ui.filterEdit, ui.kindLabel, ui.kindCombo, ui.stageLabel, ui.stageCombo):
            # The filters narrow the table; the charts show the whole portfolio.
            widget.setVisible(bool(self.rows) and not charts)
        for widget in (ui.listButton, ui.chartsButton):
            widget.setVisible(bool(self.rows))

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._show_state()

    def _kind_changed(self) -> None:
        self.proxy.set_kind(enum_data(self.ui.kindCombo, Kind))
        self._show_state()

    def _stage_changed(self) -> None:
        chosen = self.ui.stageCombo.currentData()
        if chosen == LIVE:
            self.proxy.set_stages(frozenset(s for s in Stage if s.is_live))
        else:
            self.proxy.set_stages(None if chosen is None else frozenset({Stage(chosen)}))
        self._show_state()

    def _activated(self, index: QModelIndex) -> None:
        partnership_id = index.data(ID_ROLE)
        if partnership_id is not None:
            self.open_partnership.emit(int(partnership_id))

    def focus_search(self) -> None:
        self.ui.listButton.setChecked(True)  # searching is in the list
        self.ui.filterEdit.setFocus()
        self.ui.filterEdit.selectAll()

    def selected_partnership(self) -> int | None:
        index = self.ui.table.currentIndex()
        if not index.isValid() or not self.ui.table.selectionModel().isSelected(index):
            return None
        value = index.data(ID_ROLE)
        return None if value is None else int(value)

    def select_partnership(self, partnership_id: int) -> None:
        """Select the row of a partnership (when it is shown)."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, PortfolioModel.NAME)
            if index.data(ID_ROLE) == partnership_id:
                self.ui.table.setCurrentIndex(index)
                self.ui.table.scrollTo(index)
                return

    def delete_selected(self) -> None:
        """Edit → Delete: the selected partnership, asking first when it has history."""
        from partnerdesk.gui.partnership_view import delete_partnership_asking

        partnership_id = self.selected_partnership()
        if partnership_id is not None:
            delete_partnership_asking(
                self.workspace, self, get_partnership(self.workspace.store, partnership_id)
            )

    def save_state(self) -> None:
        self.keep_view(self.ui.table.horizontalHeader(), "portfolio_header")
