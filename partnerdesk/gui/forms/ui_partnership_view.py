# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'partnership_view.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

from partnerdesk.gui.journal_model import JournalTable
from partnerdesk.gui.widgets import (DateEdit, KindMarker, StageChip, TextEdit)

class Ui_PartnershipView(object):
    def setupUi(self, PartnershipView):
        if not PartnershipView.objectName():
            PartnershipView.setObjectName(u"PartnershipView")
        PartnershipView.resize(960, 660)
        self.pageLayout = QVBoxLayout(PartnershipView)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(12, 12, 12, 12)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.nameTitle = QLabel(PartnershipView)
        self.nameTitle.setObjectName(u"nameTitle")
        self.nameTitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.addWidget(self.nameTitle)

        self.kindMarker = KindMarker(PartnershipView)
        self.kindMarker.setObjectName(u"kindMarker")

        self.headerLayout.addWidget(self.kindMarker)

        self.kindHeader = QLabel(PartnershipView)
        self.kindHeader.setObjectName(u"kindHeader")

        self.headerLayout.addWidget(self.kindHeader)

        self.stageChip = StageChip(PartnershipView)
        self.stageChip.setObjectName(u"stageChip")

        self.headerLayout.addWidget(self.stageChip)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.summaryButton = QPushButton(PartnershipView)
        self.summaryButton.setObjectName(u"summaryButton")

        self.headerLayout.addWidget(self.summaryButton)

        self.headerLogButton = QPushButton(PartnershipView)
        self.headerLogButton.setObjectName(u"headerLogButton")

        self.headerLayout.addWidget(self.headerLogButton)


        self.pageLayout.addLayout(self.headerLayout)

        self.subtitle = QLabel(PartnershipView)
        self.subtitle.setObjectName(u"subtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setTextFormat(Qt.TextFormat.RichText)
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.pageLayout.addWidget(self.subtitle)

        self.tabs = QTabWidget(PartnershipView)
        self.tabs.setObjectName(u"tabs")
        self.overviewTab = QWidget()
        self.overviewTab.setObjectName(u"overviewTab")
        self.overviewLayout = QHBoxLayout(self.overviewTab)
        self.overviewLayout.setObjectName(u"overviewLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(self.overviewTab)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.overviewTab)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.purposeLabel = QLabel(self.overviewTab)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purposeEdit = TextEdit(self.overviewTab)
        self.purposeEdit.setObjectName(u"purposeEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.purposeEdit)

        self.startedLabel = QLabel(self.overviewTab)
        self.startedLabel.setObjectName(u"startedLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.startedLabel)

        self.startedEdit = DateEdit(self.overviewTab)
        self.startedEdit.setObjectName(u"startedEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.startedEdit)

        self.endedLabel = QLabel(self.overviewTab)
        self.endedLabel.setObjectName(u"endedLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.endedLabel)

        self.endedEdit = DateEdit(self.overviewTab)
        self.endedEdit.setObjectName(u"endedEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.endedEdit)

        self.notesLabel = QLabel(self.overviewTab)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = TextEdit(self.overviewTab)
        self.notesEdit.setObjectName(u"notesEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.kindTitle = QLabel(self.overviewTab)
        self.kindTitle.setObjectName(u"kindTitle")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.kindTitle)

        self.kindRow = QHBoxLayout()
        self.kindRow.setObjectName(u"kindRow")
        self.kindRow.setContentsMargins(0, 0, 0, 0)
        self.kindText = QLabel(self.overviewTab)
        self.kindText.setObjectName(u"kindText")

        self.kindRow.addWidget(self.kindText)

        self.kindButton = QPushButton(self.overviewTab)
        self.kindButton.setObjectName(u"kindButton")

        self.kindRow.addWidget(self.kindButton)

        self.kindSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kindRow.addItem(self.kindSpacer)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.kindRow)

        self.stageTitle = QLabel(self.overviewTab)
        self.stageTitle.setObjectName(u"stageTitle")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.stageTitle)

        self.stageRow = QHBoxLayout()
        self.stageRow.setObjectName(u"stageRow")
        self.stageRow.setContentsMargins(0, 0, 0, 0)
        self.stageText = QLabel(self.overviewTab)
        self.stageText.setObjectName(u"stageText")

        self.stageRow.addWidget(self.stageText)

        self.stageButton = QPushButton(self.overviewTab)
        self.stageButton.setObjectName(u"stageButton")

        self.stageRow.addWidget(self.stageButton)

        self.stageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stageRow.addItem(self.stageSpacer)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.stageRow)


        self.overviewLayout.addLayout(self.form)

        self.sidePane = QWidget(self.overviewTab)
        self.sidePane.setObjectName(u"sidePane")
        self.sidePane.setMinimumSize(QSize(220, 0))
        self.sidePane.setMaximumSize(QSize(380, 16777215))
        self.sideLayout = QVBoxLayout(self.sidePane)
        self.sideLayout.setSpacing(6)
        self.sideLayout.setObjectName(u"sideLayout")
        self.sideLayout.setContentsMargins(0, 0, 0, 0)
        self.attentionHeading = QLabel(self.sidePane)
        self.attentionHeading.setObjectName(u"attentionHeading")

        self.sideLayout.addWidget(self.attentionHeading)

        self.attentionText = QLabel(self.sidePane)
        self.attentionText.setObjectName(u"attentionText")
        self.attentionText.setWordWrap(True)
        self.attentionText.setTextFormat(Qt.TextFormat.RichText)
        self.attentionText.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.sideLayout.addWidget(self.attentionText)

        self.assessmentHeading = QLabel(self.sidePane)
        self.assessmentHeading.setObjectName(u"assessmentHeading")

        self.sideLayout.addWidget(self.assessmentHeading)

        self.assessmentText = QLabel(self.sidePane)
        self.assessmentText.setObjectName(u"assessmentText")
        self.assessmentText.setWordWrap(True)
        self.assessmentText.setTextFormat(Qt.TextFormat.RichText)
        self.assessmentText.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.sideLayout.addWidget(self.assessmentText)

        self.followUpsHeading = QLabel(self.sidePane)
        self.followUpsHeading.setObjectName(u"followUpsHeading")

        self.sideLayout.addWidget(self.followUpsHeading)

        self.followUpsText = QLabel(self.sidePane)
        self.followUpsText.setObjectName(u"followUpsText")
        self.followUpsText.setWordWrap(True)
        self.followUpsText.setTextFormat(Qt.TextFormat.RichText)
        self.followUpsText.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.sideLayout.addWidget(self.followUpsText)

        self.sideSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sideLayout.addItem(self.sideSpacer)


        self.overviewLayout.addWidget(self.sidePane)

        self.tabs.addTab(self.overviewTab, "")
        self.journalTab = QWidget()
        self.journalTab.setObjectName(u"journalTab")
        self.journalLayout = QVBoxLayout(self.journalTab)
        self.journalLayout.setObjectName(u"journalLayout")
        self.journalStack = QStackedWidget(self.journalTab)
        self.journalStack.setObjectName(u"journalStack")
        self.journalTable = JournalTable()
        self.journalTable.setObjectName(u"journalTable")
        self.journalStack.addWidget(self.journalTable)
        self.journalEmpty = QLabel()
        self.journalEmpty.setObjectName(u"journalEmpty")
        self.journalEmpty.setWordWrap(True)
        self.journalEmpty.setTextFormat(Qt.TextFormat.RichText)
        self.journalEmpty.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.journalStack.addWidget(self.journalEmpty)

        self.journalLayout.addWidget(self.journalStack)

        self.journalButtons = QHBoxLayout()
        self.journalButtons.setObjectName(u"journalButtons")
        self.journalButtons.setContentsMargins(0, 0, 0, 0)
        self.journalCount = QLabel(self.journalTab)
        self.journalCount.setObjectName(u"journalCount")

        self.journalButtons.addWidget(self.journalCount)

        self.journalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.journalButtons.addItem(self.journalSpacer)

        self.logButton = QPushButton(self.journalTab)
        self.logButton.setObjectName(u"logButton")

        self.journalButtons.addWidget(self.logButton)

        self.editEntryButton = QPushButton(self.journalTab)
        self.editEntryButton.setObjectName(u"editEntryButton")

        self.journalButtons.addWidget(self.editEntryButton)

        self.deleteEntryButton = QPushButton(self.journalTab)
        self.deleteEntryButton.setObjectName(u"deleteEntryButton")

        self.journalButtons.addWidget(self.deleteEntryButton)


        self.journalLayout.addLayout(self.journalButtons)

        self.tabs.addTab(self.journalTab, "")
        self.membersTab = QWidget()
        self.membersTab.setObjectName(u"membersTab")
        self.membersLayout = QVBoxLayout(self.membersTab)
        self.membersLayout.setObjectName(u"membersLayout")
        self.membersTable = QTableView(self.membersTab)
        self.membersTable.setObjectName(u"membersTable")
        self.membersTable.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)
        self.membersTable.setAlternatingRowColors(True)
        self.membersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.membersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.membersTable.setShowGrid(False)
        self.membersTable.setWordWrap(False)
        self.membersTable.setTabKeyNavigation(False)
        self.membersTable.verticalHeader().setVisible(False)

        self.membersLayout.addWidget(self.membersTable)

        self.memberHintRow = QHBoxLayout()
        self.memberHintRow.setObjectName(u"memberHintRow")
        self.membersHint = QLabel(self.membersTab)
        self.membersHint.setObjectName(u"membersHint")

        self.memberHintRow.addWidget(self.membersHint)

        self.memberHintSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.memberHintRow.addItem(self.memberHintSpacer)

        self.showOrganisationButton = QPushButton(self.membersTab)
        self.showOrganisationButton.setObjectName(u"showOrganisationButton")

        self.memberHintRow.addWidget(self.showOrganisationButton)

        self.removeMemberButton = QPushButton(self.membersTab)
        self.removeMemberButton.setObjectName(u"removeMemberButton")

        self.memberHintRow.addWidget(self.removeMemberButton)


        self.membersLayout.addLayout(self.memberHintRow)

        self.memberButtons = QHBoxLayout()
        self.memberButtons.setObjectName(u"memberButtons")
        self.memberButtons.setContentsMargins(0, 0, 0, 0)
        self.addMemberRow = QHBoxLayout()
        self.addMemberRow.setObjectName(u"addMemberRow")
        self.addMemberRow.setContentsMargins(0, 0, 0, 0)
        self.addMemberLabel = QLabel(self.membersTab)
        self.addMemberLabel.setObjectName(u"addMemberLabel")

        self.addMemberRow.addWidget(self.addMemberLabel)

        self.memberCombo = QComboBox(self.membersTab)
        self.memberCombo.setObjectName(u"memberCombo")
        self.memberCombo.setMinimumSize(QSize(160, 0))

        self.addMemberRow.addWidget(self.memberCombo)

        self.roleLabel = QLabel(self.membersTab)
        self.roleLabel.setObjectName(u"roleLabel")

        self.addMemberRow.addWidget(self.roleLabel)

        self.roleEdit = QLineEdit(self.membersTab)
        self.roleEdit.setObjectName(u"roleEdit")

        self.addMemberRow.addWidget(self.roleEdit)

        self.addMemberButton = QPushButton(self.membersTab)
        self.addMemberButton.setObjectName(u"addMemberButton")

        self.addMemberRow.addWidget(self.addMemberButton)

        self.addMemberRow.setStretch(1, 3)
        self.addMemberRow.setStretch(3, 2)

        self.memberButtons.addLayout(self.addMemberRow)


        self.membersLayout.addLayout(self.memberButtons)

        self.tabs.addTab(self.membersTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyTable = QTableView(self.historyTab)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)
        self.historyTable.setAlternatingRowColors(True)
        self.historyTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyTable.setShowGrid(False)
        self.historyTable.setWordWrap(False)
        self.historyTable.setTabKeyNavigation(False)
        self.historyTable.verticalHeader().setVisible(False)

        self.historyLayout.addWidget(self.historyTable)

        self.historyButtons = QHBoxLayout()
        self.historyButtons.setObjectName(u"historyButtons")
        self.historyButtons.setContentsMargins(0, 0, 0, 0)
        self.historyHint = QLabel(self.historyTab)
        self.historyHint.setObjectName(u"historyHint")

        self.historyButtons.addWidget(self.historyHint)

        self.historySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.historyButtons.addItem(self.historySpacer)

        self.moveButton = QPushButton(self.historyTab)
        self.moveButton.setObjectName(u"moveButton")

        self.historyButtons.addWidget(self.moveButton)

        self.stageButton2 = QPushButton(self.historyTab)
        self.stageButton2.setObjectName(u"stageButton2")

        self.historyButtons.addWidget(self.stageButton2)

        self.deleteChangeButton = QPushButton(self.historyTab)
        self.deleteChangeButton.setObjectName(u"deleteChangeButton")

        self.historyButtons.addWidget(self.deleteChangeButton)


        self.historyLayout.addLayout(self.historyButtons)

        self.tabs.addTab(self.historyTab, "")

        self.pageLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.purposeLabel.setBuddy(self.purposeEdit)
        self.startedLabel.setBuddy(self.startedEdit)
        self.endedLabel.setBuddy(self.endedEdit)
        self.notesLabel.setBuddy(self.notesEdit)
        self.addMemberLabel.setBuddy(self.memberCombo)
        self.roleLabel.setBuddy(self.roleEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.purposeEdit)
        QWidget.setTabOrder(self.purposeEdit, self.startedEdit)
        QWidget.setTabOrder(self.startedEdit, self.endedEdit)
        QWidget.setTabOrder(self.endedEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.kindButton)
        QWidget.setTabOrder(self.kindButton, self.stageButton)
        QWidget.setTabOrder(self.stageButton, self.membersTable)
        QWidget.setTabOrder(self.membersTable, self.memberCombo)
        QWidget.setTabOrder(self.memberCombo, self.roleEdit)
        QWidget.setTabOrder(self.roleEdit, self.addMemberButton)
        QWidget.setTabOrder(self.addMemberButton, self.showOrganisationButton)
        QWidget.setTabOrder(self.showOrganisationButton, self.removeMemberButton)
        QWidget.setTabOrder(self.removeMemberButton, self.journalTable)
        QWidget.setTabOrder(self.journalTable, self.logButton)
        QWidget.setTabOrder(self.logButton, self.editEntryButton)
        QWidget.setTabOrder(self.editEntryButton, self.deleteEntryButton)
        QWidget.setTabOrder(self.deleteEntryButton, self.historyTable)
        QWidget.setTabOrder(self.historyTable, self.moveButton)
        QWidget.setTabOrder(self.moveButton, self.stageButton2)
        QWidget.setTabOrder(self.stageButton2, self.deleteChangeButton)
        QWidget.setTabOrder(self.deleteChangeButton, self.summaryButton)
        QWidget.setTabOrder(self.summaryButton, self.headerLogButton)

        self.retranslateUi(PartnershipView)
    # setupUi

    def retranslateUi(self, PartnershipView):
#if QT_CONFIG(accessibility)
        PartnershipView.setAccessibleName(QCoreApplication.translate("PartnershipView", u"Partnership", None))
#endif // QT_CONFIG(accessibility)
        self.kindHeader.setText("")
        self.summaryButton.setText(QCoreApplication.translate("PartnershipView", u"Export S&ummary\u2026", None))
#if QT_CONFIG(tooltip)
        self.summaryButton.setToolTip(QCoreApplication.translate("PartnershipView", u"A summary of this partnership to share with your partners, as PDF, HTML or Markdown (Ctrl+E)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.summaryButton.setAccessibleName(QCoreApplication.translate("PartnershipView", u"Export a summary of this partnership", None))
#endif // QT_CONFIG(accessibility)
        self.headerLogButton.setText(QCoreApplication.translate("PartnershipView", u"&Log a Contact\u2026", None))
#if QT_CONFIG(accessibility)
        self.headerLogButton.setAccessibleName(QCoreApplication.translate("PartnershipView", u"Log a contact", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.subtitle.setAccessibleName(QCoreApplication.translate("PartnershipView", u"About the partnership", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("PartnershipView", u"Partnership", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("PartnershipView", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("PartnershipView", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.purposeLabel.setText(QCoreApplication.translate("PartnershipView", u"&Purpose:", None))
#if QT_CONFIG(accessibility)
        self.purposeEdit.setAccessibleName(QCoreApplication.translate("PartnershipView", u"Purpose", None))
#endif // QT_CONFIG(accessibility)
        self.purposeEdit.setPlaceholderText(QCoreApplication.translate("PartnershipView", u"The value you create together", None))
        self.startedLabel.setText(QCoreApplication.translate("PartnershipView", u"&Started on:", None))
#if QT_CONFIG(accessibility)
        self.startedEdit.setAccessibleName(QCoreApplication.translate("PartnershipView", u"Started on", None))
#endif // QT_CONFIG(accessibility)
        self.endedLabel.setText(QCoreApplication.translate("PartnershipView", u"&Ended on:", None))
#if QT_CONFIG(accessibility)
        self.endedEdit.setAccessibleName(QCoreApplication.translate("PartnershipView", u"Ended on", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("PartnershipView", u"N&otes:", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("PartnershipView", u"Private notes", None))
#endif // QT_CONFIG(accessibility)
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("PartnershipView", u"Private: never part of anything you share", None))
        self.kindTitle.setText(QCoreApplication.translate("PartnershipView", u"Kind:", None))
        self.kindText.setText("")
        self.kindButton.setText(QCoreApplication.translate("PartnershipView", u"Move Along the &Continuum\u2026", None))
#if QT_CONFIG(accessibility)
        self.kindButton.setAccessibleName(QCoreApplication.translate("PartnershipView", u"Move along the continuum", None))
#endif // QT_CONFIG(accessibility)
        self.stageTitle.setText(QCoreApplication.translate("PartnershipView", u"Stage:", None))
        self.stageText.setText("")
        self.stageButton.setText(QCoreApplication.translate("PartnershipView", u"Change S&tage\u2026", None))
#if QT_CONFIG(accessibility)
        self.stageButton.setAccessibleName(QCoreApplication.translate("PartnershipView", u"Change stage", None))
#endif // QT_CONFIG(accessibility)
        self.attentionHeading.setText(QCoreApplication.translate("PartnershipView", u"Needs attention", None))
#if QT_CONFIG(accessibility)
        self.attentionText.setAccessibleName(QCoreApplication.translate("PartnershipView", u"What needs attention", None))
#endif // QT_CONFIG(accessibility)
        self.assessmentHeading.setText(QCoreApplication.translate("PartnershipView", u"Latest assessment", None))
#if QT_CONFIG(accessibility)
        self.assessmentText.setAccessibleName(QCoreApplication.translate("PartnershipView", u"Latest assessment", None))
#endif // QT_CONFIG(accessibility)
        self.followUpsHeading.setText(QCoreApplication.translate("PartnershipView", u"Open follow-ups", None))
#if QT_CONFIG(accessibility)
        self.followUpsText.setAccessibleName(QCoreApplication.translate("PartnershipView", u"Open follow-ups", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.overviewTab), QCoreApplication.translate("PartnershipView", u"&Overview", None))
#if QT_CONFIG(accessibility)
        self.journalTable.setAccessibleName(QCoreApplication.translate("PartnershipView", u"Journal of the partnership", None))
#endif // QT_CONFIG(accessibility)
        self.journalCount.setText("")
        self.logButton.setText(QCoreApplication.translate("PartnershipView", u"&Log a Contact\u2026", None))
#if QT_CONFIG(accessibility)
        self.logButton.setAccessibleName(QCoreApplication.translate("PartnershipView", u"Log a contact", None))
#endif // QT_CONFIG(accessibility)
        self.editEntryButton.setText(QCoreApplication.translate("PartnershipView", u"&Edit\u2026", None))
#if QT_CONFIG(accessibility)
        self.editEntryButton.setAccessibleName(QCoreApplication.translate("PartnershipView", u"Edit the entry", None))
#endif // QT_CONFIG(accessibility)
        self.deleteEntryButton.setText(QCoreApplication.translate("PartnershipView", u"&Delete", None))
#if QT_CONFIG(accessibility)
        self.deleteEntryButton.setAccessibleName(QCoreApplication.translate("PartnershipView", u"Delete the entry", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.journalTab), QCoreApplication.translate("PartnershipView", u"&Journal", None))
#if QT_CONFIG(accessibility)
        self.membersTable.setAccessibleName(QCoreApplication.translate("PartnershipView", u"Members", None))
#endif // QT_CONFIG(accessibility)
        self.membersHint.setText(QCoreApplication.translate("PartnershipView", u"Double-click a role or a date to change it.", None))
        self.showOrganisationButton.setText(QCoreApplication.translate("PartnershipView", u"Show &Organisation", None))
#if QT_CONFIG(accessibility)
        self.showOrganisationButton.setAccessibleName(QCoreApplication.translate("PartnershipView", u"Show the organisation", None))
#endif // QT_CONFIG(accessibility)
        self.removeMemberButton.setText(QCoreApplication.translate("PartnershipView", u"&Remove", None))
#if QT_CONFIG(accessibility)
        self.removeMemberButton.setAccessibleName(QCoreApplication.translate("PartnershipView", u"Remove the member", None))
#endif // QT_CONFIG(accessibility)
        self.addMemberLabel.setText(QCoreApplication.translate("PartnershipView", u"&Add:", None))
#if QT_CONFIG(accessibility)
        self.memberCombo.setAccessibleName(QCoreApplication.translate("PartnershipView", u"Organisation to add", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("PartnershipView", u"as &role:", None))
#if QT_CONFIG(accessibility)
        self.roleEdit.setAccessibleName(QCoreApplication.translate("PartnershipView", u"Role of the organisation to add", None))
#endif // QT_CONFIG(accessibility)
        self.roleEdit.setPlaceholderText(QCoreApplication.translate("PartnershipView", u"e.g. supplier, customer, co-op member", None))
        self.addMemberButton.setText(QCoreApplication.translate("PartnershipView", u"Add &Member", None))
#if QT_CONFIG(accessibility)
        self.addMemberButton.setAccessibleName(QCoreApplication.translate("PartnershipView", u"Add member", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.membersTab), QCoreApplication.translate("PartnershipView", u"&Members", None))
#if QT_CONFIG(accessibility)
        self.historyTable.setAccessibleName(QCoreApplication.translate("PartnershipView", u"History along the continuum and through the stages", None))
#endif // QT_CONFIG(accessibility)
        self.historyHint.setText(QCoreApplication.translate("PartnershipView", u"Double-click a date or a note to correct it.", None))
        self.moveButton.setText(QCoreApplication.translate("PartnershipView", u"Move Along the &Continuum\u2026", None))
#if QT_CONFIG(accessibility)
        self.moveButton.setAccessibleName(QCoreApplication.translate("PartnershipView", u"Move along the continuum", None))
#endif // QT_CONFIG(accessibility)
        self.stageButton2.setText(QCoreApplication.translate("PartnershipView", u"Change S&tage\u2026", None))
#if QT_CONFIG(accessibility)
        self.stageButton2.setAccessibleName(QCoreApplication.translate("PartnershipView", u"Change stage", None))
#endif // QT_CONFIG(accessibility)
        self.deleteChangeButton.setText(QCoreApplication.translate("PartnershipView", u"&Delete", None))
#if QT_CONFIG(accessibility)
        self.deleteChangeButton.setAccessibleName(QCoreApplication.translate("PartnershipView", u"Delete the change", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("PartnershipView", u"&History", None))
    # retranslateUi

