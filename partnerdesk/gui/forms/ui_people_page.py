# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'people_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QFrame, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSplitter, QStackedWidget, QTableView,
    QVBoxLayout, QWidget)

from partnerdesk.gui.journal_model import JournalTable
from partnerdesk.gui.widgets import TextEdit

class Ui_PeoplePage(object):
    def setupUi(self, PeoplePage):
        if not PeoplePage.objectName():
            PeoplePage.setObjectName(u"PeoplePage")
        PeoplePage.resize(1000, 660)
        self.pageLayout = QVBoxLayout(PeoplePage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(12, 12, 12, 6)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(PeoplePage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.filterEdit = QLineEdit(PeoplePage)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setMinimumSize(QSize(160, 0))
        self.filterEdit.setClearButtonEnabled(True)

        self.headerLayout.addWidget(self.filterEdit)

        self.newButton = QPushButton(PeoplePage)
        self.newButton.setObjectName(u"newButton")

        self.headerLayout.addWidget(self.newButton)


        self.pageLayout.addLayout(self.headerLayout)

        self.splitter = QSplitter(PeoplePage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.table = QTableView(self.splitter)
        self.table.setObjectName(u"table")
        self.table.setMinimumSize(QSize(260, 0))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setShowGrid(False)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.splitter.addWidget(self.table)
        self.table.verticalHeader().setVisible(False)
        self.detailStack = QStackedWidget(self.splitter)
        self.detailStack.setObjectName(u"detailStack")
        self.noneLabel = QLabel()
        self.noneLabel.setObjectName(u"noneLabel")
        self.noneLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.noneLabel.setWordWrap(True)
        self.detailStack.addWidget(self.noneLabel)
        self.detailScroll = QScrollArea()
        self.detailScroll.setObjectName(u"detailScroll")
        self.detailScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detailScroll.setWidgetResizable(True)
        self.detail = QWidget()
        self.detail.setObjectName(u"detail")
        self.detailLayout = QVBoxLayout(self.detail)
        self.detailLayout.setSpacing(10)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailHeader = QHBoxLayout()
        self.detailHeader.setObjectName(u"detailHeader")
        self.nameTitle = QLabel(self.detail)
        self.nameTitle.setObjectName(u"nameTitle")

        self.detailHeader.addWidget(self.nameTitle)

        self.detailSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.detailHeader.addItem(self.detailSpacer)

        self.deleteButton = QPushButton(self.detail)
        self.deleteButton.setObjectName(u"deleteButton")

        self.detailHeader.addWidget(self.deleteButton)


        self.detailLayout.addLayout(self.detailHeader)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(self.detail)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.detail)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.organisationLabel = QLabel(self.detail)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisationCombo = QComboBox(self.detail)
        self.organisationCombo.setObjectName(u"organisationCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.organisationCombo)

        self.roleLabel = QLabel(self.detail)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleEdit = QLineEdit(self.detail)
        self.roleEdit.setObjectName(u"roleEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleEdit)

        self.seniorityLabel = QLabel(self.detail)
        self.seniorityLabel.setObjectName(u"seniorityLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.seniorityLabel)

        self.seniorityCombo = QComboBox(self.detail)
        self.seniorityCombo.setObjectName(u"seniorityCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.seniorityCombo)

        self.emailLabel = QLabel(self.detail)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.detail)
        self.emailEdit.setObjectName(u"emailEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.phoneLabel = QLabel(self.detail)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.detail)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.notesLabel = QLabel(self.detail)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = TextEdit(self.detail)
        self.notesEdit.setObjectName(u"notesEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.detailLayout.addLayout(self.form)

        self.journalTitle = QLabel(self.detail)
        self.journalTitle.setObjectName(u"journalTitle")

        self.detailLayout.addWidget(self.journalTitle)

        self.journalTable = JournalTable(self.detail)
        self.journalTable.setObjectName(u"journalTable")
        self.journalTable.setMinimumSize(QSize(0, 160))

        self.detailLayout.addWidget(self.journalTable)

        self.detailScroll.setWidget(self.detail)
        self.detailStack.addWidget(self.detailScroll)
        self.splitter.addWidget(self.detailStack)

        self.pageLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.organisationLabel.setBuddy(self.organisationCombo)
        self.roleLabel.setBuddy(self.roleEdit)
        self.seniorityLabel.setBuddy(self.seniorityCombo)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filterEdit, self.newButton)
        QWidget.setTabOrder(self.newButton, self.table)
        QWidget.setTabOrder(self.table, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.organisationCombo)
        QWidget.setTabOrder(self.organisationCombo, self.roleEdit)
        QWidget.setTabOrder(self.roleEdit, self.seniorityCombo)
        QWidget.setTabOrder(self.seniorityCombo, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.journalTable)
        QWidget.setTabOrder(self.journalTable, self.deleteButton)

        self.retranslateUi(PeoplePage)
    # setupUi

    def retranslateUi(self, PeoplePage):
#if QT_CONFIG(accessibility)
        PeoplePage.setAccessibleName(QCoreApplication.translate("PeoplePage", u"People", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("PeoplePage", u"People", None))
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(QCoreApplication.translate("PeoplePage", u"Filter people", None))
#endif // QT_CONFIG(accessibility)
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("PeoplePage", u"Filter people\u2026", None))
        self.newButton.setText(QCoreApplication.translate("PeoplePage", u"&New Person\u2026", None))
#if QT_CONFIG(accessibility)
        self.newButton.setAccessibleName(QCoreApplication.translate("PeoplePage", u"New person", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("PeoplePage", u"People", None))
#endif // QT_CONFIG(accessibility)
        self.noneLabel.setText(QCoreApplication.translate("PeoplePage", u"Select a person to see their details and the contacts they took part in, or add one with New Person.", None))
        self.deleteButton.setText(QCoreApplication.translate("PeoplePage", u"&Delete\u2026", None))
#if QT_CONFIG(accessibility)
        self.deleteButton.setAccessibleName(QCoreApplication.translate("PeoplePage", u"Delete the person", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("PeoplePage", u"N&ame:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("PeoplePage", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.organisationLabel.setText(QCoreApplication.translate("PeoplePage", u"&Organisation:", None))
#if QT_CONFIG(accessibility)
        self.organisationCombo.setAccessibleName(QCoreApplication.translate("PeoplePage", u"Organisation", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("PeoplePage", u"&Role:", None))
#if QT_CONFIG(accessibility)
        self.roleEdit.setAccessibleName(QCoreApplication.translate("PeoplePage", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.roleEdit.setPlaceholderText(QCoreApplication.translate("PeoplePage", u"e.g. Head miller", None))
        self.seniorityLabel.setText(QCoreApplication.translate("PeoplePage", u"&Seniority:", None))
#if QT_CONFIG(accessibility)
        self.seniorityCombo.setAccessibleName(QCoreApplication.translate("PeoplePage", u"Seniority", None))
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(QCoreApplication.translate("PeoplePage", u"E&mail:", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("PeoplePage", u"Email", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("PeoplePage", u"Phone:", None))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("PeoplePage", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("PeoplePage", u"No&tes:", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("PeoplePage", u"Private notes", None))
#endif // QT_CONFIG(accessibility)
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("PeoplePage", u"Private: never part of anything you share", None))
        self.journalTitle.setText(QCoreApplication.translate("PeoplePage", u"Journal", None))
#if QT_CONFIG(accessibility)
        self.journalTable.setAccessibleName(QCoreApplication.translate("PeoplePage", u"Journal entries the person took part in", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

