# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QTableView, QVBoxLayout, QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(940, 600)
        self.dialogLayout = QVBoxLayout(ImportDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(14, 14, 14, 12)
        self.titleLabel = QLabel(ImportDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.dialogLayout.addWidget(self.titleLabel)

        self.sourceLabel = QLabel(ImportDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")
        self.sourceLabel.setWordWrap(True)
        self.sourceLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.sourceLabel)

        self.stack = QStackedWidget(ImportDialog)
        self.stack.setObjectName(u"stack")
        self.busyPage = QWidget()
        self.busyPage.setObjectName(u"busyPage")
        self.busyLayout = QVBoxLayout(self.busyPage)
        self.busyLayout.setObjectName(u"busyLayout")
        self.busyTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.busyLayout.addItem(self.busyTopSpacer)

        self.busyLabel = QLabel(self.busyPage)
        self.busyLabel.setObjectName(u"busyLabel")
        self.busyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.busyLabel.setWordWrap(True)

        self.busyLayout.addWidget(self.busyLabel)

        self.busyBarLayout = QHBoxLayout()
        self.busyBarLayout.setObjectName(u"busyBarLayout")
        self.busyLeftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.busyBarLayout.addItem(self.busyLeftSpacer)

        self.busyBar = QProgressBar(self.busyPage)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMinimumSize(QSize(360, 0))
        self.busyBar.setMaximum(0)

        self.busyBarLayout.addWidget(self.busyBar)

        self.busyRightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.busyBarLayout.addItem(self.busyRightSpacer)


        self.busyLayout.addLayout(self.busyBarLayout)

        self.busyBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.busyLayout.addItem(self.busyBottomSpacer)

        self.stack.addWidget(self.busyPage)
        self.columnsPage = QWidget()
        self.columnsPage.setObjectName(u"columnsPage")
        self.columnsLayout = QVBoxLayout(self.columnsPage)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.columnsLayout.setContentsMargins(0, -1, 0, -1)
        self.columnsIntro = QLabel(self.columnsPage)
        self.columnsIntro.setObjectName(u"columnsIntro")
        self.columnsIntro.setWordWrap(True)

        self.columnsLayout.addWidget(self.columnsIntro)

        self.columnsBody = QHBoxLayout()
        self.columnsBody.setSpacing(12)
        self.columnsBody.setObjectName(u"columnsBody")
        self.fieldsGroup = QGroupBox(self.columnsPage)
        self.fieldsGroup.setObjectName(u"fieldsGroup")
        self.fieldsForm = QFormLayout(self.fieldsGroup)
        self.fieldsForm.setObjectName(u"fieldsForm")
        self.fieldsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.columnsBody.addWidget(self.fieldsGroup)

        self.sampleGroup = QGroupBox(self.columnsPage)
        self.sampleGroup.setObjectName(u"sampleGroup")
        self.sampleLayout = QVBoxLayout(self.sampleGroup)
        self.sampleLayout.setObjectName(u"sampleLayout")
        self.sampleView = QTableView(self.sampleGroup)
        self.sampleView.setObjectName(u"sampleView")
        self.sampleView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sampleView.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.sampleView.setWordWrap(False)

        self.sampleLayout.addWidget(self.sampleView)


        self.columnsBody.addWidget(self.sampleGroup)


        self.columnsLayout.addLayout(self.columnsBody)

        self.stack.addWidget(self.columnsPage)
        self.previewPage = QWidget()
        self.previewPage.setObjectName(u"previewPage")
        self.previewLayout = QVBoxLayout(self.previewPage)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, -1, 0, -1)
        self.summaryLabel = QLabel(self.previewPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.previewLayout.addWidget(self.summaryLabel)

        self.notesLabel = QLabel(self.previewPage)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setWordWrap(True)

        self.previewLayout.addWidget(self.notesLabel)

        self.previewTools = QHBoxLayout()
        self.previewTools.setObjectName(u"previewTools")
        self.showLabel = QLabel(self.previewPage)
        self.showLabel.setObjectName(u"showLabel")

        self.previewTools.addWidget(self.showLabel)

        self.showCombo = QComboBox(self.previewPage)
        self.showCombo.setObjectName(u"showCombo")
        self.showCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.previewTools.addWidget(self.showCombo)

        self.previewToolsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.previewTools.addItem(self.previewToolsSpacer)

        self.mergeCheck = QCheckBox(self.previewPage)
        self.mergeCheck.setObjectName(u"mergeCheck")
        self.mergeCheck.setChecked(True)

        self.previewTools.addWidget(self.mergeCheck)

        self.columnsButton = QPushButton(self.previewPage)
        self.columnsButton.setObjectName(u"columnsButton")

        self.previewTools.addWidget(self.columnsButton)


        self.previewLayout.addLayout(self.previewTools)

        self.planView = QTableView(self.previewPage)
        self.planView.setObjectName(u"planView")
        self.planView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.planView.setAlternatingRowColors(True)
        self.planView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.planView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.planView.setWordWrap(False)
        self.planView.verticalHeader().setVisible(False)

        self.previewLayout.addWidget(self.planView)

        self.detailLabel = QLabel(self.previewPage)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setMinimumSize(QSize(0, 40))
        self.detailLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.previewLayout.addWidget(self.detailLabel)

        self.stack.addWidget(self.previewPage)
        self.problemPage = QWidget()
        self.problemPage.setObjectName(u"problemPage")
        self.problemLayout = QVBoxLayout(self.problemPage)
        self.problemLayout.setObjectName(u"problemLayout")
        self.problemTopSpacer = QSpacerItem(0, 24, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.problemLayout.addItem(self.problemTopSpacer)

        self.problemTitle = QLabel(self.problemPage)
        self.problemTitle.setObjectName(u"problemTitle")

        self.problemLayout.addWidget(self.problemTitle)

        self.problemText = QLabel(self.problemPage)
        self.problemText.setObjectName(u"problemText")
        self.problemText.setWordWrap(True)
        self.problemText.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.problemLayout.addWidget(self.problemText)

        self.problemAdvice = QLabel(self.problemPage)
        self.problemAdvice.setObjectName(u"problemAdvice")
        self.problemAdvice.setWordWrap(True)

        self.problemLayout.addWidget(self.problemAdvice)

        self.problemBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.problemLayout.addItem(self.problemBottomSpacer)

        self.stack.addWidget(self.problemPage)

        self.dialogLayout.addWidget(self.stack)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.encodingLabel = QLabel(ImportDialog)
        self.encodingLabel.setObjectName(u"encodingLabel")

        self.bottomLayout.addWidget(self.encodingLabel)

        self.encodingCombo = QComboBox(ImportDialog)
        self.encodingCombo.setObjectName(u"encodingCombo")
        self.encodingCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.bottomLayout.addWidget(self.encodingCombo)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.bottomLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.showLabel.setBuddy(self.showCombo)
        self.encodingLabel.setBuddy(self.encodingCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.showCombo, self.mergeCheck)
        QWidget.setTabOrder(self.mergeCheck, self.columnsButton)
        QWidget.setTabOrder(self.columnsButton, self.planView)
        QWidget.setTabOrder(self.planView, self.sampleView)
        QWidget.setTabOrder(self.sampleView, self.encodingCombo)

        self.retranslateUi(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Import Contacts", None))
#if QT_CONFIG(accessibility)
        ImportDialog.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Import Contacts", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("ImportDialog", u"Import Contacts", None))
#if QT_CONFIG(accessibility)
        self.titleLabel.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Import Contacts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sourceLabel.setAccessibleName(QCoreApplication.translate("ImportDialog", u"The file being imported", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Progress", None))
#endif // QT_CONFIG(accessibility)
        self.fieldsGroup.setTitle(QCoreApplication.translate("ImportDialog", u"Which column holds what", None))
        self.sampleGroup.setTitle(QCoreApplication.translate("ImportDialog", u"The first rows of the file", None))
#if QT_CONFIG(accessibility)
        self.sampleView.setAccessibleName(QCoreApplication.translate("ImportDialog", u"The first rows of the file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.summaryLabel.setAccessibleName(QCoreApplication.translate("ImportDialog", u"What the import will do", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.notesLabel.setAccessibleName(QCoreApplication.translate("ImportDialog", u"What was assumed", None))
#endif // QT_CONFIG(accessibility)
        self.showLabel.setText(QCoreApplication.translate("ImportDialog", u"&Show:", None))
#if QT_CONFIG(accessibility)
        self.showCombo.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Which contacts to show", None))
#endif // QT_CONFIG(accessibility)
        self.mergeCheck.setText(QCoreApplication.translate("ImportDialog", u"&Merge matches", None))
#if QT_CONFIG(tooltip)
        self.mergeCheck.setToolTip(QCoreApplication.translate("ImportDialog", u"Contacts that match a person or organisation already in PartnerDesk fill in only what it lacks; nothing you typed is overwritten.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.mergeCheck.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Merge matches", None))
#endif // QT_CONFIG(accessibility)
        self.columnsButton.setText(QCoreApplication.translate("ImportDialog", u"C&olumns\u2026", None))
#if QT_CONFIG(tooltip)
        self.columnsButton.setToolTip(QCoreApplication.translate("ImportDialog", u"Say which column of the file holds what", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.columnsButton.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Columns", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.planView.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Contacts in the file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailLabel.setAccessibleName(QCoreApplication.translate("ImportDialog", u"What happens to the selected contact", None))
#endif // QT_CONFIG(accessibility)
        self.problemTitle.setText(QCoreApplication.translate("ImportDialog", u"This file cannot be imported", None))
#if QT_CONFIG(accessibility)
        self.problemText.setAccessibleName(QCoreApplication.translate("ImportDialog", u"What is wrong with the file", None))
#endif // QT_CONFIG(accessibility)
        self.encodingLabel.setText(QCoreApplication.translate("ImportDialog", u"Text &encoding:", None))
#if QT_CONFIG(accessibility)
        self.encodingCombo.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Text encoding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

