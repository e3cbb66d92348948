# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QMainWindow, QMenu,
    QMenuBar, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QStatusBar, QTableView, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1100, 680)
        self.actionOpen = QAction(MainWindow)
        self.actionOpen.setObjectName(u"actionOpen")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionQuit.setMenuRole(QAction.MenuRole.QuitRole)
        self.actionRefresh = QAction(MainWindow)
        self.actionRefresh.setObjectName(u"actionRefresh")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.actionAbout.setMenuRole(QAction.MenuRole.AboutRole)
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setSpacing(8)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(12, 12, 12, 6)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(self.centralWidget)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.filterEdit = QLineEdit(self.centralWidget)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setMinimumSize(QSize(260, 0))
        self.filterEdit.setClearButtonEnabled(True)

        self.headerLayout.addWidget(self.filterEdit)


        self.centralLayout.addLayout(self.headerLayout)

        self.portfolioStack = QStackedWidget(self.centralWidget)
        self.portfolioStack.setObjectName(u"portfolioStack")
        self.portfolioView = QTableView()
        self.portfolioView.setObjectName(u"portfolioView")
        self.portfolioView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.portfolioView.setAlternatingRowColors(True)
        self.portfolioView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.portfolioView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.portfolioView.setShowGrid(False)
        self.portfolioView.setSortingEnabled(True)
        self.portfolioView.setWordWrap(False)
        self.portfolioStack.addWidget(self.portfolioView)
        self.portfolioView.horizontalHeader().setStretchLastSection(True)
        self.portfolioView.verticalHeader().setVisible(False)
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyTopSpacer)

        self.emptyTitle = QLabel(self.emptyPage)
        self.emptyTitle.setObjectName(u"emptyTitle")
        self.emptyTitle.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.emptyLayout.addWidget(self.emptyTitle)

        self.emptyTextRow = QHBoxLayout()
        self.emptyTextRow.setObjectName(u"emptyTextRow")
        self.emptyTextLeft = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyTextRow.addItem(self.emptyTextLeft)

        self.emptyText = QLabel(self.emptyPage)
        self.emptyText.setObjectName(u"emptyText")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.emptyText.sizePolicy().hasHeightForWidth())
        self.emptyText.setSizePolicy(sizePolicy)
        self.emptyText.setMinimumSize(QSize(480, 0))
        self.emptyText.setMaximumSize(QSize(520, 16777215))
        self.emptyText.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyText.setWordWrap(True)

        self.emptyTextRow.addWidget(self.emptyText)

        self.emptyTextRight = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyTextRow.addItem(self.emptyTextRight)


        self.emptyLayout.addLayout(self.emptyTextRow)

        self.emptyButtons = QHBoxLayout()
        self.emptyButtons.setObjectName(u"emptyButtons")
        self.emptyLeftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyButtons.addItem(self.emptyLeftSpacer)

        self.sampleButton = QPushButton(self.emptyPage)
        self.sampleButton.setObjectName(u"sampleButton")

        self.emptyButtons.addWidget(self.sampleButton)

        self.emptyRightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyButtons.addItem(self.emptyRightSpacer)


        self.emptyLayout.addLayout(self.emptyButtons)

        self.emptyBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyBottomSpacer)

        self.portfolioStack.addWidget(self.emptyPage)

        self.centralLayout.addWidget(self.portfolioStack)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuView = QMenu(self.menuBar)
        self.menuView.setObjectName(u"menuView")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuView.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionOpen)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuView.addAction(self.actionRefresh)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"PartnerDesk", None))
        self.actionOpen.setText(QCoreApplication.translate("MainWindow", u"&Open Database\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionOpen.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+O", None))
#endif // QT_CONFIG(shortcut)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionRefresh.setText(QCoreApplication.translate("MainWindow", u"&Refresh", None))
#if QT_CONFIG(shortcut)
        self.actionRefresh.setShortcut(QCoreApplication.translate("MainWindow", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About PartnerDesk", None))
        self.titleLabel.setText(QCoreApplication.translate("MainWindow", u"Portfolio", None))
#if QT_CONFIG(accessibility)
        self.titleLabel.setAccessibleName(QCoreApplication.translate("MainWindow", u"Portfolio", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(QCoreApplication.translate("MainWindow", u"Filter partnerships", None))
#endif // QT_CONFIG(accessibility)
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Filter partnerships\u2026", None))
#if QT_CONFIG(accessibility)
        self.portfolioView.setAccessibleName(QCoreApplication.translate("MainWindow", u"Partnerships", None))
#endif // QT_CONFIG(accessibility)
        self.emptyTitle.setText(QCoreApplication.translate("MainWindow", u"Your portfolio is empty", None))
        self.emptyText.setText(QCoreApplication.translate("MainWindow", u"PartnerDesk keeps your partnerships with other organisations, the contacts you log with them, and how deeply each partnership is integrated. To see how it works before you enter your own, look around a sample portfolio: it opens as a separate file, so this one stays yours.", None))
        self.sampleButton.setText(QCoreApplication.translate("MainWindow", u"Open the &Sample Portfolio", None))
#if QT_CONFIG(accessibility)
        self.sampleButton.setAccessibleName(QCoreApplication.translate("MainWindow", u"Open the sample portfolio", None))
#endif // QT_CONFIG(accessibility)
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

