# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'portfolio_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QTableView,
    QToolButton, QVBoxLayout, QWidget)

class Ui_PortfolioPage(object):
    def setupUi(self, PortfolioPage):
        if not PortfolioPage.objectName():
            PortfolioPage.setObjectName(u"PortfolioPage")
        PortfolioPage.resize(900, 600)
        self.pageLayout = QVBoxLayout(PortfolioPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(12, 12, 12, 6)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(8)
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(PortfolioPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.filterEdit = QLineEdit(PortfolioPage)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setMinimumSize(QSize(220, 0))
        self.filterEdit.setClearButtonEnabled(True)

        self.headerLayout.addWidget(self.filterEdit)

        self.kindLabel = QLabel(PortfolioPage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.headerLayout.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(PortfolioPage)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.headerLayout.addWidget(self.kindCombo)

        self.stageLabel = QLabel(PortfolioPage)
        self.stageLabel.setObjectName(u"stageLabel")

        self.headerLayout.addWidget(self.stageLabel)

        self.stageCombo = QComboBox(PortfolioPage)
        self.stageCombo.setObjectName(u"stageCombo")
        self.stageCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.headerLayout.addWidget(self.stageCombo)

        self.listButton = QToolButton(PortfolioPage)
        self.listButton.setObjectName(u"listButton")
        self.listButton.setCheckable(True)
        self.listButton.setChecked(True)
        self.listButton.setAutoExclusive(True)

        self.headerLayout.addWidget(self.listButton)

        self.chartsButton = QToolButton(PortfolioPage)
        self.chartsButton.setObjectName(u"chartsButton")
        self.chartsButton.setCheckable(True)
        self.chartsButton.setAutoExclusive(True)

        self.headerLayout.addWidget(self.chartsButton)


        self.pageLayout.addLayout(self.headerLayout)

        self.stack = QStackedWidget(PortfolioPage)
        self.stack.setObjectName(u"stack")
        self.table = QTableView()
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setShowGrid(False)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.stack.addWidget(self.table)
        self.table.verticalHeader().setVisible(False)
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyTop = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyTop)

        self.emptyTitle = QLabel(self.emptyPage)
        self.emptyTitle.setObjectName(u"emptyTitle")
        self.emptyTitle.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.emptyLayout.addWidget(self.emptyTitle)

        self.emptyText = QLabel(self.emptyPage)
        self.emptyText.setObjectName(u"emptyText")
        self.emptyText.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyText.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyText)

        self.emptyButtons = QHBoxLayout()
        self.emptyButtons.setObjectName(u"emptyButtons")
        self.emptyLeft = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyButtons.addItem(self.emptyLeft)

        self.newButton = QPushButton(self.emptyPage)
        self.newButton.setObjectName(u"newButton")

        self.emptyButtons.addWidget(self.newButton)

        self.emptyRight = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyButtons.addItem(self.emptyRight)


        self.emptyLayout.addLayout(self.emptyButtons)

        self.emptyBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyBottom)

        self.stack.addWidget(self.emptyPage)
        self.noMatch = QLabel()
        self.noMatch.setObjectName(u"noMatch")
        self.noMatch.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.noMatch)

        self.pageLayout.addWidget(self.stack)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.stageLabel.setBuddy(self.stageCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filterEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.stageCombo)
        QWidget.setTabOrder(self.stageCombo, self.table)
        QWidget.setTabOrder(self.table, self.newButton)

        self.retranslateUi(PortfolioPage)
    # setupUi

    def retranslateUi(self, PortfolioPage):
#if QT_CONFIG(accessibility)
        PortfolioPage.setAccessibleName(QCoreApplication.translate("PortfolioPage", u"Portfolio", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("PortfolioPage", u"Portfolio", None))
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(QCoreApplication.translate("PortfolioPage", u"Filter partnerships", None))
#endif // QT_CONFIG(accessibility)
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("PortfolioPage", u"Filter partnerships\u2026", None))
        self.kindLabel.setText(QCoreApplication.translate("PortfolioPage", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("PortfolioPage", u"Show kind", None))
#endif // QT_CONFIG(accessibility)
        self.stageLabel.setText(QCoreApplication.translate("PortfolioPage", u"S&tage:", None))
#if QT_CONFIG(accessibility)
        self.stageCombo.setAccessibleName(QCoreApplication.translate("PortfolioPage", u"Show stage", None))
#endif // QT_CONFIG(accessibility)
        self.listButton.setText(QCoreApplication.translate("PortfolioPage", u"&List", None))
#if QT_CONFIG(tooltip)
        self.listButton.setToolTip(QCoreApplication.translate("PortfolioPage", u"The partnerships as a table", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.listButton.setAccessibleName(QCoreApplication.translate("PortfolioPage", u"Show the partnerships as a list", None))
#endif // QT_CONFIG(accessibility)
        self.chartsButton.setText(QCoreApplication.translate("PortfolioPage", u"&Charts", None))
#if QT_CONFIG(tooltip)
        self.chartsButton.setToolTip(QCoreApplication.translate("PortfolioPage", u"The portfolio map and how integration has moved over time", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.chartsButton.setAccessibleName(QCoreApplication.translate("PortfolioPage", u"Show the portfolio charts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("PortfolioPage", u"Partnerships", None))
#endif // QT_CONFIG(accessibility)
        self.emptyTitle.setText(QCoreApplication.translate("PortfolioPage", u"No partnerships yet", None))
        self.emptyText.setText(QCoreApplication.translate("PortfolioPage", u"A partnership is any lasting cooperation with other organisations: a buying co-op, a joint venture, a supplier you work closely with. Add the first one and PartnerDesk keeps its members, its history along the continuum and every contact you log.", None))
        self.newButton.setText(QCoreApplication.translate("PortfolioPage", u"&New Partnership\u2026", None))
#if QT_CONFIG(accessibility)
        self.newButton.setAccessibleName(QCoreApplication.translate("PortfolioPage", u"New partnership", None))
#endif // QT_CONFIG(accessibility)
        self.noMatch.setText(QCoreApplication.translate("PortfolioPage", u"No partnership matches the filter.", None))
    # retranslateUi

