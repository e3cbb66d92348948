# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QProgressBar, QRadioButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QTextBrowser, QVBoxLayout,
    QWidget)

from partnerdesk.gui.page_preview import PagePreview
from partnerdesk.gui.widgets import DateEdit

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(1080, 760)
        self.dialogLayout = QVBoxLayout(ExportDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(14)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.optionsPanel = QWidget(ExportDialog)
        self.optionsPanel.setObjectName(u"optionsPanel")
        self.optionsPanel.setMinimumSize(QSize(300, 0))
        self.optionsPanel.setMaximumSize(QSize(340, 16777215))
        self.optionsLayout = QVBoxLayout(self.optionsPanel)
        self.optionsLayout.setSpacing(8)
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.optionsLayout.setContentsMargins(0, 0, 0, 0)
        self.whatHeading = QLabel(self.optionsPanel)
        self.whatHeading.setObjectName(u"whatHeading")

        self.optionsLayout.addWidget(self.whatHeading)

        self.summaryRadio = QRadioButton(self.optionsPanel)
        self.summaryRadio.setObjectName(u"summaryRadio")
        self.summaryRadio.setChecked(True)

        self.optionsLayout.addWidget(self.summaryRadio)

        self.partnershipLayout = QHBoxLayout()
        self.partnershipLayout.setObjectName(u"partnershipLayout")
        self.partnershipLayout.setContentsMargins(24, -1, -1, -1)
        self.partnershipCombo = QComboBox(self.optionsPanel)
        self.partnershipCombo.setObjectName(u"partnershipCombo")

        self.partnershipLayout.addWidget(self.partnershipCombo)


        self.optionsLayout.addLayout(self.partnershipLayout)

        self.portfolioRadio = QRadioButton(self.optionsPanel)
        self.portfolioRadio.setObjectName(u"portfolioRadio")

        self.optionsLayout.addWidget(self.portfolioRadio)

        self.whatHint = QLabel(self.optionsPanel)
        self.whatHint.setObjectName(u"whatHint")
        self.whatHint.setWordWrap(True)
        self.whatHint.setTextFormat(Qt.TextFormat.PlainText)

        self.optionsLayout.addWidget(self.whatHint)

        self.optionsForm = QFormLayout()
        self.optionsForm.setObjectName(u"optionsForm")
        self.optionsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.optionsForm.setContentsMargins(-1, 8, -1, -1)
        self.formatLabel = QLabel(self.optionsPanel)
        self.formatLabel.setObjectName(u"formatLabel")

        self.optionsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.formatLabel)

        self.formatCombo = QComboBox(self.optionsPanel)
        self.formatCombo.setObjectName(u"formatCombo")

        self.optionsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.formatCombo)

        self.paperLabel = QLabel(self.optionsPanel)
        self.paperLabel.setObjectName(u"paperLabel")

        self.optionsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paperCombo = QComboBox(self.optionsPanel)
        self.paperCombo.setObjectName(u"paperCombo")

        self.optionsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.paperCombo)

        self.sinceLabel = QLabel(self.optionsPanel)
        self.sinceLabel.setObjectName(u"sinceLabel")

        self.optionsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sinceLabel)

        self.sinceEdit = DateEdit(self.optionsPanel)
        self.sinceEdit.setObjectName(u"sinceEdit")

        self.optionsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sinceEdit)


        self.optionsLayout.addLayout(self.optionsForm)

        self.sinceMessage = QLabel(self.optionsPanel)
        self.sinceMessage.setObjectName(u"sinceMessage")
        self.sinceMessage.setWordWrap(True)
        self.sinceMessage.setTextFormat(Qt.TextFormat.PlainText)

        self.optionsLayout.addWidget(self.sinceMessage)

        self.privateCheck = QCheckBox(self.optionsPanel)
        self.privateCheck.setObjectName(u"privateCheck")

        self.optionsLayout.addWidget(self.privateCheck)

        self.privateHint = QLabel(self.optionsPanel)
        self.privateHint.setObjectName(u"privateHint")
        self.privateHint.setWordWrap(True)
        self.privateHint.setTextFormat(Qt.TextFormat.PlainText)
        self.privateHint.setIndent(24)

        self.optionsLayout.addWidget(self.privateHint)

        self.optionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.optionsLayout.addItem(self.optionsSpacer)

        self.previewInfo = QLabel(self.optionsPanel)
        self.previewInfo.setObjectName(u"previewInfo")
        self.previewInfo.setWordWrap(True)
        self.previewInfo.setTextFormat(Qt.TextFormat.PlainText)

        self.optionsLayout.addWidget(self.previewInfo)


        self.bodyLayout.addWidget(self.optionsPanel)

        self.previewStack = QStackedWidget(ExportDialog)
        self.previewStack.setObjectName(u"previewStack")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.previewStack.sizePolicy().hasHeightForWidth())
        self.previewStack.setSizePolicy(sizePolicy)
        self.pagesView = PagePreview()
        self.pagesView.setObjectName(u"pagesView")
        self.previewStack.addWidget(self.pagesView)
        self.textView = QTextBrowser()
        self.textView.setObjectName(u"textView")
        self.textView.setOpenLinks(False)
        self.previewStack.addWidget(self.textView)
        self.workingPage = QWidget()
        self.workingPage.setObjectName(u"workingPage")
        self.workingLayout = QVBoxLayout(self.workingPage)
        self.workingLayout.setObjectName(u"workingLayout")
        self.aboveWorking = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.workingLayout.addItem(self.aboveWorking)

        self.workingLabel = QLabel(self.workingPage)
        self.workingLabel.setObjectName(u"workingLabel")
        self.workingLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.workingLabel.setWordWrap(True)

        self.workingLayout.addWidget(self.workingLabel)

        self.workingBar = QProgressBar(self.workingPage)
        self.workingBar.setObjectName(u"workingBar")
        self.workingBar.setMinimumSize(QSize(240, 0))
        self.workingBar.setMaximum(0)
        self.workingBar.setTextVisible(False)

        self.workingLayout.addWidget(self.workingBar, 0, Qt.AlignmentFlag.AlignHCenter)

        self.belowWorking = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.workingLayout.addItem(self.belowWorking)

        self.previewStack.addWidget(self.workingPage)

        self.bodyLayout.addWidget(self.previewStack)


        self.dialogLayout.addLayout(self.bodyLayout)

        self.buttons = QDialogButtonBox(ExportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.formatLabel.setBuddy(self.formatCombo)
        self.paperLabel.setBuddy(self.paperCombo)
        self.sinceLabel.setBuddy(self.sinceEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.summaryRadio, self.partnershipCombo)
        QWidget.setTabOrder(self.partnershipCombo, self.portfolioRadio)
        QWidget.setTabOrder(self.portfolioRadio, self.formatCombo)
        QWidget.setTabOrder(self.formatCombo, self.paperCombo)
        QWidget.setTabOrder(self.paperCombo, self.sinceEdit)
        QWidget.setTabOrder(self.sinceEdit, self.privateCheck)
        QWidget.setTabOrder(self.privateCheck, self.pagesView)
        QWidget.setTabOrder(self.pagesView, self.textView)

        self.retranslateUi(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export", None))
#if QT_CONFIG(accessibility)
        ExportDialog.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export a summary or the portfolio report", None))
#endif // QT_CONFIG(accessibility)
        self.whatHeading.setText(QCoreApplication.translate("ExportDialog", u"What to export", None))
        self.summaryRadio.setText(QCoreApplication.translate("ExportDialog", u"&Summary of a partnership", None))
#if QT_CONFIG(accessibility)
        self.summaryRadio.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Summary of a partnership", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.partnershipCombo.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Partnership", None))
#endif // QT_CONFIG(accessibility)
        self.portfolioRadio.setText(QCoreApplication.translate("ExportDialog", u"&Portfolio report", None))
#if QT_CONFIG(accessibility)
        self.portfolioRadio.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Portfolio report", None))
#endif // QT_CONFIG(accessibility)
        self.formatLabel.setText(QCoreApplication.translate("ExportDialog", u"&Format:", None))
#if QT_CONFIG(accessibility)
        self.formatCombo.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Format", None))
#endif // QT_CONFIG(accessibility)
        self.paperLabel.setText(QCoreApplication.translate("ExportDialog", u"P&aper:", None))
#if QT_CONFIG(accessibility)
        self.paperCombo.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Paper", None))
#endif // QT_CONFIG(accessibility)
        self.sinceLabel.setText(QCoreApplication.translate("ExportDialog", u"Contacts &since:", None))
#if QT_CONFIG(accessibility)
        self.sinceEdit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Contacts since", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.sinceEdit.setToolTip(QCoreApplication.translate("ExportDialog", u"The summary counts and lists the contacts from this date on", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.sinceMessage.setAccessibleName(QCoreApplication.translate("ExportDialog", u"What is wrong with the date", None))
#endif // QT_CONFIG(accessibility)
        self.privateCheck.setText(QCoreApplication.translate("ExportDialog", u"&Include private entries and notes", None))
#if QT_CONFIG(accessibility)
        self.privateCheck.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Include private entries and notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.previewInfo.setAccessibleName(QCoreApplication.translate("ExportDialog", u"About the preview", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pagesView.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Preview of the pages", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.textView.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Preview", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.workingBar.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Preparing the preview", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

