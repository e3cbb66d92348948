# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'organisations_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QFormLayout,
    QFrame, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSplitter, QStackedWidget, QTableView,
    QVBoxLayout, QWidget)

from partnerdesk.gui.widgets import TextEdit

class Ui_OrganisationsPage(object):
    def setupUi(self, OrganisationsPage):
        if not OrganisationsPage.objectName():
            OrganisationsPage.setObjectName(u"OrganisationsPage")
        OrganisationsPage.resize(1000, 660)
        self.pageLayout = QVBoxLayout(OrganisationsPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(12, 12, 12, 6)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(OrganisationsPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.filterEdit = QLineEdit(OrganisationsPage)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setMinimumSize(QSize(160, 0))
        self.filterEdit.setClearButtonEnabled(True)

        self.headerLayout.addWidget(self.filterEdit)

        self.newButton = QPushButton(OrganisationsPage)
        self.newButton.setObjectName(u"newButton")

        self.headerLayout.addWidget(self.newButton)


        self.pageLayout.addLayout(self.headerLayout)

        self.splitter = QSplitter(OrganisationsPage)
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

        self.sectorLabel = QLabel(self.detail)
        self.sectorLabel.setObjectName(u"sectorLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sectorLabel)

        self.sectorEdit = QLineEdit(self.detail)
        self.sectorEdit.setObjectName(u"sectorEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sectorEdit)

        self.countryLabel = QLabel(self.detail)
        self.countryLabel.setObjectName(u"countryLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.countryLabel)

        self.countryEdit = QLineEdit(self.detail)
        self.countryEdit.setObjectName(u"countryEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.countryEdit)

        self.websiteLabel = QLabel(self.detail)
        self.websiteLabel.setObjectName(u"websiteLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.websiteLabel)

        self.websiteEdit = QLineEdit(self.detail)
        self.websiteEdit.setObjectName(u"websiteEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.websiteEdit)

        self.notesLabel = QLabel(self.detail)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = TextEdit(self.detail)
        self.notesEdit.setObjectName(u"notesEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.selfCheck = QCheckBox(self.detail)
        self.selfCheck.setObjectName(u"selfCheck")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.selfCheck)


        self.detailLayout.addLayout(self.form)

        self.peopleHeader = QHBoxLayout()
        self.peopleHeader.setObjectName(u"peopleHeader")
        self.peopleTitle = QLabel(self.detail)
        self.peopleTitle.setObjectName(u"peopleTitle")

        self.peopleHeader.addWidget(self.peopleTitle)

        self.peopleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.peopleHeader.addItem(self.peopleSpacer)

        self.addPersonButton = QPushButton(self.detail)
        self.addPersonButton.setObjectName(u"addPersonButton")

        self.peopleHeader.addWidget(self.addPersonButton)


        self.detailLayout.addLayout(self.peopleHeader)

        self.peopleTable = QTableView(self.detail)
        self.peopleTable.setObjectName(u"peopleTable")
        self.peopleTable.setMinimumSize(QSize(0, 110))
        self.peopleTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.peopleTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.peopleTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.peopleTable.setShowGrid(False)
        self.peopleTable.setTabKeyNavigation(False)
        self.peopleTable.verticalHeader().setVisible(False)

        self.detailLayout.addWidget(self.peopleTable)

        self.partnershipsTitle = QLabel(self.detail)
        self.partnershipsTitle.setObjectName(u"partnershipsTitle")

        self.detailLayout.addWidget(self.partnershipsTitle)

        self.partnershipsTable = QTableView(self.detail)
        self.partnershipsTable.setObjectName(u"partnershipsTable")
        self.partnershipsTable.setMinimumSize(QSize(0, 110))
        self.partnershipsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.partnershipsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.partnershipsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.partnershipsTable.setShowGrid(False)
        self.partnershipsTable.setTabKeyNavigation(False)
        self.partnershipsTable.verticalHeader().setVisible(False)

        self.detailLayout.addWidget(self.partnershipsTable)

        self.detailScroll.setWidget(self.detail)
        self.detailStack.addWidget(self.detailScroll)
        self.splitter.addWidget(self.detailStack)

        self.pageLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.sectorLabel.setBuddy(self.sectorEdit)
        self.countryLabel.setBuddy(self.countryEdit)
        self.websiteLabel.setBuddy(self.websiteEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filterEdit, self.newButton)
        QWidget.setTabOrder(self.newButton, self.table)
        QWidget.setTabOrder(self.table, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.sectorEdit)
        QWidget.setTabOrder(self.sectorEdit, self.countryEdit)
        QWidget.setTabOrder(self.countryEdit, self.websiteEdit)
        QWidget.setTabOrder(self.websiteEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.selfCheck)
        QWidget.setTabOrder(self.selfCheck, self.addPersonButton)
        QWidget.setTabOrder(self.addPersonButton, self.peopleTable)
        QWidget.setTabOrder(self.peopleTable, self.partnershipsTable)
        QWidget.setTabOrder(self.partnershipsTable, self.deleteButton)

        self.retranslateUi(OrganisationsPage)
    # setupUi

    def retranslateUi(self, OrganisationsPage):
#if QT_CONFIG(accessibility)
        OrganisationsPage.setAccessibleName(QCoreApplication.translate("OrganisationsPage", u"Organisations", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("OrganisationsPage", u"Organisations", None))
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(QCoreApplication.translate("OrganisationsPage", u"Filter organisations", None))
#endif // QT_CONFIG(accessibility)
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("OrganisationsPage", u"Filter organisations\u2026", None))
        self.newButton.setText(QCoreApplication.translate("OrganisationsPage", u"&New Organisation\u2026", None))
#if QT_CONFIG(accessibility)
        self.newButton.setAccessibleName(QCoreApplication.translate("OrganisationsPage", u"New organisation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("OrganisationsPage", u"Organisations", None))
#endif // QT_CONFIG(accessibility)
        self.noneLabel.setText(QCoreApplication.translate("OrganisationsPage", u"Select an organisation to see its people and partnerships, or add one with New Organisation.", None))
        self.deleteButton.setText(QCoreApplication.translate("OrganisationsPage", u"&Delete\u2026", None))
#if QT_CONFIG(accessibility)
        self.deleteButton.setAccessibleName(QCoreApplication.translate("OrganisationsPage", u"Delete the organisation", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("OrganisationsPage", u"N&ame:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("OrganisationsPage", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.sectorLabel.setText(QCoreApplication.translate("OrganisationsPage", u"&What it does:", None))
#if QT_CONFIG(accessibility)
        self.sectorEdit.setAccessibleName(QCoreApplication.translate("OrganisationsPage", u"What it does", None))
#endif // QT_CONFIG(accessibility)
        self.sectorEdit.setPlaceholderText(QCoreApplication.translate("OrganisationsPage", u"e.g. mill, caf\u00e9 chain, software house", None))
        self.countryLabel.setText(QCoreApplication.translate("OrganisationsPage", u"Co&untry:", None))
#if QT_CONFIG(accessibility)
        self.countryEdit.setAccessibleName(QCoreApplication.translate("OrganisationsPage", u"Country", None))
#endif // QT_CONFIG(accessibility)
        self.websiteLabel.setText(QCoreApplication.translate("OrganisationsPage", u"Web&site:", None))
#if QT_CONFIG(accessibility)
        self.websiteEdit.setAccessibleName(QCoreApplication.translate("OrganisationsPage", u"Website", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("OrganisationsPage", u"N&otes:", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("OrganisationsPage", u"Private notes", None))
#endif // QT_CONFIG(accessibility)
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("OrganisationsPage", u"Private: never part of anything you share", None))
        self.selfCheck.setText(QCoreApplication.translate("OrganisationsPage", u"This is &my organisation", None))
#if QT_CONFIG(accessibility)
        self.selfCheck.setAccessibleName(QCoreApplication.translate("OrganisationsPage", u"This is my organisation", None))
#endif // QT_CONFIG(accessibility)
        self.peopleTitle.setText(QCoreApplication.translate("OrganisationsPage", u"People", None))
        self.addPersonButton.setText(QCoreApplication.translate("OrganisationsPage", u"Add Pe&rson\u2026", None))
#if QT_CONFIG(accessibility)
        self.addPersonButton.setAccessibleName(QCoreApplication.translate("OrganisationsPage", u"Add a person to the organisation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.peopleTable.setAccessibleName(QCoreApplication.translate("OrganisationsPage", u"People of the organisation", None))
#endif // QT_CONFIG(accessibility)
        self.partnershipsTitle.setText(QCoreApplication.translate("OrganisationsPage", u"Partnerships", None))
#if QT_CONFIG(accessibility)
        self.partnershipsTable.setAccessibleName(QCoreApplication.translate("OrganisationsPage", u"Partnerships the organisation takes part in", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

