# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'quick_log.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from partnerdesk.gui.people_picker import PeoplePicker
from partnerdesk.gui.widgets import (DateEdit, TextEdit)

class Ui_QuickLogDialog(object):
    def setupUi(self, QuickLogDialog):
        if not QuickLogDialog.objectName():
            QuickLogDialog.setObjectName(u"QuickLogDialog")
        QuickLogDialog.resize(620, 560)
        self.dialogLayout = QVBoxLayout(QuickLogDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.whenLabel = QLabel(QuickLogDialog)
        self.whenLabel.setObjectName(u"whenLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.whenLabel)

        self.whenRow = QHBoxLayout()
        self.whenRow.setObjectName(u"whenRow")
        self.whenEdit = DateEdit(QuickLogDialog)
        self.whenEdit.setObjectName(u"whenEdit")

        self.whenRow.addWidget(self.whenEdit)

        self.channelLabel = QLabel(QuickLogDialog)
        self.channelLabel.setObjectName(u"channelLabel")

        self.whenRow.addWidget(self.channelLabel)

        self.channelCombo = QComboBox(QuickLogDialog)
        self.channelCombo.setObjectName(u"channelCombo")

        self.whenRow.addWidget(self.channelCombo)

        self.whenSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.whenRow.addItem(self.whenSpacer)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.whenRow)

        self.withLabel = QLabel(QuickLogDialog)
        self.withLabel.setObjectName(u"withLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.withLabel)

        self.withCombo = QComboBox(QuickLogDialog)
        self.withCombo.setObjectName(u"withCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.withCombo)

        self.peopleLabel = QLabel(QuickLogDialog)
        self.peopleLabel.setObjectName(u"peopleLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.peopleLabel)

        self.peoplePicker = PeoplePicker(QuickLogDialog)
        self.peoplePicker.setObjectName(u"peoplePicker")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.peoplePicker)

        self.levelsLabel = QLabel(QuickLogDialog)
        self.levelsLabel.setObjectName(u"levelsLabel")
        self.levelsLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.levelsLabel)

        self.levelsGrid = QGridLayout()
        self.levelsGrid.setObjectName(u"levelsGrid")
        self.levelsGrid.setHorizontalSpacing(12)
        self.levelsGrid.setVerticalSpacing(2)

        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.levelsGrid)

        self.summaryLabel = QLabel(QuickLogDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryEdit = QLineEdit(QuickLogDialog)
        self.summaryEdit.setObjectName(u"summaryEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.summaryEdit)

        self.detailsLabel = QLabel(QuickLogDialog)
        self.detailsLabel.setObjectName(u"detailsLabel")
        self.detailsLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.detailsLabel)

        self.detailsEdit = TextEdit(QuickLogDialog)
        self.detailsEdit.setObjectName(u"detailsEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.detailsEdit)

        self.optionsRow = QHBoxLayout()
        self.optionsRow.setObjectName(u"optionsRow")
        self.privateCheck = QCheckBox(QuickLogDialog)
        self.privateCheck.setObjectName(u"privateCheck")

        self.optionsRow.addWidget(self.privateCheck)

        self.optionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.optionsRow.addItem(self.optionsSpacer)

        self.followUpLabel = QLabel(QuickLogDialog)
        self.followUpLabel.setObjectName(u"followUpLabel")

        self.optionsRow.addWidget(self.followUpLabel)

        self.followUpEdit = DateEdit(QuickLogDialog)
        self.followUpEdit.setObjectName(u"followUpEdit")

        self.optionsRow.addWidget(self.followUpEdit)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.optionsRow)


        self.dialogLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(QuickLogDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.whenLabel.setBuddy(self.whenEdit)
        self.channelLabel.setBuddy(self.channelCombo)
        self.withLabel.setBuddy(self.withCombo)
        self.peopleLabel.setBuddy(self.peoplePicker)
        self.summaryLabel.setBuddy(self.summaryEdit)
        self.detailsLabel.setBuddy(self.detailsEdit)
        self.followUpLabel.setBuddy(self.followUpEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.withCombo, self.summaryEdit)
        QWidget.setTabOrder(self.summaryEdit, self.detailsEdit)
        QWidget.setTabOrder(self.detailsEdit, self.privateCheck)
        QWidget.setTabOrder(self.privateCheck, self.followUpEdit)
        QWidget.setTabOrder(self.followUpEdit, self.whenEdit)
        QWidget.setTabOrder(self.whenEdit, self.channelCombo)

        self.retranslateUi(QuickLogDialog)
    # setupUi

    def retranslateUi(self, QuickLogDialog):
        QuickLogDialog.setWindowTitle(QCoreApplication.translate("QuickLogDialog", u"Log a Contact", None))
        self.whenLabel.setText(QCoreApplication.translate("QuickLogDialog", u"Wh&en:", None))
#if QT_CONFIG(accessibility)
        self.whenEdit.setAccessibleName(QCoreApplication.translate("QuickLogDialog", u"When it happened", None))
#endif // QT_CONFIG(accessibility)
        self.channelLabel.setText(QCoreApplication.translate("QuickLogDialog", u"C&hannel:", None))
#if QT_CONFIG(accessibility)
        self.channelCombo.setAccessibleName(QCoreApplication.translate("QuickLogDialog", u"Channel", None))
#endif // QT_CONFIG(accessibility)
        self.withLabel.setText(QCoreApplication.translate("QuickLogDialog", u"&With:", None))
#if QT_CONFIG(accessibility)
        self.withCombo.setAccessibleName(QCoreApplication.translate("QuickLogDialog", u"Partnership or organisation", None))
#endif // QT_CONFIG(accessibility)
        self.peopleLabel.setText(QCoreApplication.translate("QuickLogDialog", u"&People:", None))
#if QT_CONFIG(accessibility)
        self.peoplePicker.setAccessibleName(QCoreApplication.translate("QuickLogDialog", u"People who took part", None))
#endif // QT_CONFIG(accessibility)
        self.levelsLabel.setText(QCoreApplication.translate("QuickLogDialog", u"Levels:", None))
        self.summaryLabel.setText(QCoreApplication.translate("QuickLogDialog", u"Su&mmary:", None))
#if QT_CONFIG(accessibility)
        self.summaryEdit.setAccessibleName(QCoreApplication.translate("QuickLogDialog", u"Summary", None))
#endif // QT_CONFIG(accessibility)
        self.summaryEdit.setPlaceholderText(QCoreApplication.translate("QuickLogDialog", u"One line: what happened", None))
        self.detailsLabel.setText(QCoreApplication.translate("QuickLogDialog", u"&Details:", None))
#if QT_CONFIG(accessibility)
        self.detailsEdit.setAccessibleName(QCoreApplication.translate("QuickLogDialog", u"Details", None))
#endif // QT_CONFIG(accessibility)
        self.detailsEdit.setPlaceholderText(QCoreApplication.translate("QuickLogDialog", u"The longer account (optional; Ctrl+Enter saves)", None))
        self.privateCheck.setText(QCoreApplication.translate("QuickLogDialog", u"Pri&vate", None))
#if QT_CONFIG(accessibility)
        self.privateCheck.setAccessibleName(QCoreApplication.translate("QuickLogDialog", u"Private", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.privateCheck.setToolTip(QCoreApplication.translate("QuickLogDialog", u"Kept out of anything you share with partners", None))
#endif // QT_CONFIG(tooltip)
        self.followUpLabel.setText(QCoreApplication.translate("QuickLogDialog", u"&Follow up on:", None))
#if QT_CONFIG(accessibility)
        self.followUpEdit.setAccessibleName(QCoreApplication.translate("QuickLogDialog", u"Follow up on", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

