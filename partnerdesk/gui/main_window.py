"""The main window: the portfolio of the open database."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHeaderView, QMainWindow, QMessageBox

from partnerdesk import __version__, paths
from partnerdesk.domain.journal import journal_count
from partnerdesk.domain.portfolio import portfolio
from partnerdesk.domain.sample import build_sample_portfolio
from partnerdesk.gui.continuum import ContinuumDelegate
from partnerdesk.gui.forms.ui_main_window import Ui_MainWindow
from partnerdesk.gui.portfolio_model import PortfolioFilter, PortfolioModel
from partnerdesk.gui.text import count, tr
from partnerdesk.store.connection import Store, open_store


class MainWindow(QMainWindow):
    """Lists the partnerships of one open database."""

    def __init__(
        self, store: Store, parent: Any = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.today = today
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.model = PortfolioModel(self)
        self.proxy = PortfolioFilter(self)
        self.proxy.setSourceModel(self.model)
        view = self.ui.portfolioView
        view.setModel(self.proxy)
        view.setItemDelegateForColumn(PortfolioModel.KIND, ContinuumDelegate(view))
        header = view.horizontalHeader()
        # Columns are sized to their contents: a hundred rows show what the contents are like,
        # and measuring every row of a large portfolio took a quarter of a second at start-up.
        header.setResizeContentsPrecision(100)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PortfolioModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PortfolioModel.MEMBERS, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        view.sortByColumn(PortfolioModel.NAME, Qt.SortOrder.AscendingOrder)
        font = self.ui.titleLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.ui.titleLabel.setFont(font)

        title = self.ui.emptyTitle.font()
        title.setPointSizeF(title.pointSizeF() * 1.3)
        self.ui.emptyTitle.setFont(title)
        self.ui.sampleButton.clicked.connect(self.open_sample)

        self.ui.filterEdit.textChanged.connect(self.proxy.set_text)
        self.ui.actionRefresh.triggered.connect(self.refresh)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionAbout.triggered.connect(self.show_about)
        self.ui.actionOpen.setEnabled(
            False
        )  # choosing another file arrives with the desktop screens
        self.ui.actionQuit.setShortcut(QKeySequence.StandardKey.Quit)
        self.refresh()
        view.setFocus()

    def set_store(self, store: Store) -> None:
        """Show another open database; the one shown before is closed."""
        previous, self.store = self.store, store
        if previous is not store:
            previous.close()
        self.refresh()

    def open_sample(self) -> None:
        """Open the sample portfolio, kept in its own file beside the user's database."""
        path = paths.sample_database()
        if not path.exists():
            with open_store(path) as sample:
                build_sample_portfolio(sample, self.today())
        self.set_store(open_store(path))

    def refresh(self) -> None:
        """Read the portfolio again from the database."""
        today = self.today()
        rows = portfolio(self.store, today)
        self.model.set_rows(rows, today)
        view = self.ui.portfolioView
        for column in range(PortfolioModel.COLUMN_COUNT):
            if column not in (PortfolioModel.NAME, PortfolioModel.MEMBERS):
                view.resizeColumnToContents(column)
        self.ui.portfolioStack.setCurrentWidget(view if rows else self.ui.emptyPage)
        self.ui.filterEdit.setVisible(bool(rows))
        entries = journal_count(self.store)
        path = self.store.path
        self.setWindowTitle(f"PartnerDesk — {path.name}" if path else "PartnerDesk")
        self.statusBar().showMessage(
            count("MainWindow", "%n partnerships", len(rows), one="%n partnership")
            + " · "
            + count("MainWindow", "%n journal entries", entries, one="%n journal entry")
            + (f" · {path}" if path else "")
        )

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            tr("MainWindow", "About PartnerDesk"),
            tr(
                "MainWindow",
                "<b>PartnerDesk</b> %1<br>Look after your partnerships along Kanter's continuum.",
            ).replace("%1", __version__),
        )
