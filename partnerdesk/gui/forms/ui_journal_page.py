# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'journal_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QStackedWidget, QTextBrowser,
    QVBoxLayout, QWidget)

from partnerdesk.gui.journal_model import JournalTable

class Ui_JournalPage(object):
    def setupUi(self, JournalPage):
        if not JournalPage.objectName():
            JournalPage.setObjectName(u"JournalPage")
        JournalPage.resize(960, 640)
        self.pageLayout = QVBoxLayout(JournalPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(12, 12, 12, 6)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(JournalPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerLayout.addWidget(self.titleLabel)

        self.countLabel = QLabel(JournalPage)
        self.countLabel.setObjectName(u"countLabel")

        self.headerLayout.addWidget(self.countLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.searchEdit = QLineEdit(JournalPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(240, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.headerLayout.addWidget(self.searchEdit)

        self.logButton = QPushButton(JournalPage)
        self.logButton.setObjectName(u"logButton")

        self.headerLayout.addWidget(self.logButton)


        self.pageLayout.addLayout(self.headerLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(6)
        self.filterLayout.setObjectName(u"filterLayout")
        self.partnershipLabel = QLabel(JournalPage)
        self.partnershipLabel.setObjectName(u"partnershipLabel")

        self.filterLayout.addWidget(self.partnershipLabel)

        self.partnershipCombo = QComboBox(JournalPage)
        self.partnershipCombo.setObjectName(u"partnershipCombo")
        self.partnershipCombo.setMinimumSize(QSize(110, 0))

        self.filterLayout.addWidget(self.partnershipCombo)

        self.channelLabel = QLabel(JournalPage)
        self.channelLabel.setObjectName(u"channelLabel")

        self.filterLayout.addWidget(self.channelLabel)

        self.channelCombo = QComboBox(JournalPage)
        self.channelCombo.setObjectName(u"channelCombo")

        self.filterLayout.addWidget(self.channelCombo)

        self.levelLabel = QLabel(JournalPage)
        self.levelLabel.setObjectName(u"levelLabel")

        self.filterLayout.addWidget(self.levelLabel)

        self.levelCombo = QComboBox(JournalPage)
        self.levelCombo.setObjectName(u"levelCombo")

        self.filterLayout.addWidget(self.levelCombo)

        self.privateLabel = QLabel(JournalPage)
        self.privateLabel.setObjectName(u"privateLabel")

        self.filterLayout.addWidget(self.privateLabel)

        self.privateCombo = QComboBox(JournalPage)
        self.privateCombo.setObjectName(u"privateCombo")

        self.filterLayout.addWidget(self.privateCombo)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.clearButton = QPushButton(JournalPage)
        self.clearButton.setObjectName(u"clearButton")

        self.filterLayout.addWidget(self.clearButton)


        self.pageLayout.addLayout(self.filterLayout)

        self.splitter = QSplitter(JournalPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.stack = QStackedWidget(self.splitter)
        self.stack.setObjectName(u"stack")
        self.table = JournalTable()
        self.table.setObjectName(u"table")
        self.stack.addWidget(self.table)
        self.emptyLabel = QLabel()
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)
        self.stack.addWidget(self.emptyLabel)
        self.splitter.addWidget(self.stack)
        self.detailPane = QWidget(self.splitter)
        self.detailPane.setObjectName(u"detailPane")
        self.detailLayout = QVBoxLayout(self.detailPane)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.entryView = QTextBrowser(self.detailPane)
        self.entryView.setObjectName(u"entryView")
        self.entryView.setOpenLinks(False)

        self.detailLayout.addWidget(self.entryView)

        self.entryButtons = QHBoxLayout()
        self.entryButtons.setObjectName(u"entryButtons")
        self.entrySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.entryButtons.addItem(self.entrySpacer)

        self.doneButton = QPushButton(self.detailPane)
        self.doneButton.setObjectName(u"doneButton")

        self.entryButtons.addWidget(self.doneButton)

        self.editButton = QPushButton(self.detailPane)
        self.editButton.setObjectName(u"editButton")

        self.entryButtons.addWidget(self.editButton)

        self.deleteButton = QPushButton(self.detailPane)
        self.deleteButton.setObjectName(u"deleteButton")

        self.entryButtons.addWidget(self.deleteButton)


        self.detailLayout.addLayout(self.entryButtons)

        self.splitter.addWidget(self.detailPane)

        self.pageLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.partnershipLabel.setBuddy(self.partnershipCombo)
        self.channelLabel.setBuddy(self.channelCombo)
        self.levelLabel.setBuddy(self.levelCombo)
        self.privateLabel.setBuddy(self.privateCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.logButton)
        QWidget.setTabOrder(self.logButton, self.partnershipCombo)
        QWidget.setTabOrder(self.partnershipCombo, self.channelCombo)
        QWidget.setTabOrder(self.channelCombo, self.levelCombo)
        QWidget.setTabOrder(self.levelCombo, self.privateCombo)
        QWidget.setTabOrder(self.privateCombo, self.clearButton)
        QWidget.setTabOrder(self.clearButton, self.table)
        QWidget.setTabOrder(self.table, self.entryView)
        QWidget.setTabOrder(self.entryView, self.doneButton)
        QWidget.setTabOrder(self.doneButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.deleteButton)

        self.retranslateUi(JournalPage)
    # setupUi

    def retranslateUi(self, JournalPage):
#if QT_CONFIG(accessibility)
        JournalPage.setAccessibleName(QCoreApplication.translate("JournalPage", u"Journal", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("JournalPage", u"Journal", None))
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("JournalPage", u"Number of entries", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("JournalPage", u"Search the journal", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("JournalPage", u"Search summaries and details\u2026", None))
        self.logButton.setText(QCoreApplication.translate("JournalPage", u"Log a &Contact\u2026", None))
#if QT_CONFIG(accessibility)
        self.logButton.setAccessibleName(QCoreApplication.translate("JournalPage", u"Log a contact", None))
#endif // QT_CONFIG(accessibility)
        self.partnershipLabel.setText(QCoreApplication.translate("JournalPage", u"&With:", None))
#if QT_CONFIG(accessibility)
        self.partnershipCombo.setAccessibleName(QCoreApplication.translate("JournalPage", u"Show entries about", None))
#endif // QT_CONFIG(accessibility)
        self.channelLabel.setText(QCoreApplication.translate("JournalPage", u"H&ow:", None))
#if QT_CONFIG(accessibility)
        self.channelCombo.setAccessibleName(QCoreApplication.translate("JournalPage", u"Show channel", None))
#endif // QT_CONFIG(accessibility)
        self.levelLabel.setText(QCoreApplication.translate("JournalPage", u"&Level:", None))
#if QT_CONFIG(accessibility)
        self.levelCombo.setAccessibleName(QCoreApplication.translate("JournalPage", u"Show level of integration", None))
#endif // QT_CONFIG(accessibility)
        self.privateLabel.setText(QCoreApplication.translate("JournalPage", u"P&rivacy:", None))
#if QT_CONFIG(accessibility)
        self.privateCombo.setAccessibleName(QCoreApplication.translate("JournalPage", u"Show private or shared entries", None))
#endif // QT_CONFIG(accessibility)
        self.clearButton.setText(QCoreApplication.translate("JournalPage", u"Show &All", None))
#if QT_CONFIG(accessibility)
        self.clearButton.setAccessibleName(QCoreApplication.translate("JournalPage", u"Clear the search and filters", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("JournalPage", u"Journal entries", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.entryView.setAccessibleName(QCoreApplication.translate("JournalPage", u"The selected entry", None))
#endif // QT_CONFIG(accessibility)
        self.doneButton.setText(QCoreApplication.translate("JournalPage", u"Follow-up Do&ne", None))
#if QT_CONFIG(accessibility)
        self.doneButton.setAccessibleName(QCoreApplication.translate("JournalPage", u"Mark the follow-up done", None))
#endif // QT_CONFIG(accessibility)
        self.editButton.setText(QCoreApplication.translate("JournalPage", u"Ed&it\u2026", None))
#if QT_CONFIG(accessibility)
        self.editButton.setAccessibleName(QCoreApplication.translate("JournalPage", u"Edit the entry", None))
#endif // QT_CONFIG(accessibility)
        self.deleteButton.setText(QCoreApplication.translate("JournalPage", u"&Delete", None))
#if QT_CONFIG(accessibility)
        self.deleteButton.setAccessibleName(QCoreApplication.translate("JournalPage", u"Delete the entry", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

