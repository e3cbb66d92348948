# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'change_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

from partnerdesk.gui.widgets import (DateEdit, TextEdit)

class Ui_ChangeDialog(object):
    def setupUi(self, ChangeDialog):
        if not ChangeDialog.objectName():
            ChangeDialog.setObjectName(u"ChangeDialog")
        ChangeDialog.resize(480, 280)
        self.dialogLayout = QVBoxLayout(ChangeDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ChangeDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.toLabel = QLabel(ChangeDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toCombo = QComboBox(ChangeDialog)
        self.toCombo.setObjectName(u"toCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.toCombo)

        self.meaningLabel = QLabel(ChangeDialog)
        self.meaningLabel.setObjectName(u"meaningLabel")
        self.meaningLabel.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.meaningLabel)

        self.onLabel = QLabel(ChangeDialog)
        self.onLabel.setObjectName(u"onLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.onLabel)

        self.onEdit = DateEdit(ChangeDialog)
        self.onEdit.setObjectName(u"onEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.onEdit)

        self.noteLabel = QLabel(ChangeDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = TextEdit(ChangeDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(ChangeDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.toLabel.setBuddy(self.toCombo)
        self.onLabel.setBuddy(self.onEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.toCombo, self.onEdit)
        QWidget.setTabOrder(self.onEdit, self.noteEdit)

        self.retranslateUi(ChangeDialog)
    # setupUi

    def retranslateUi(self, ChangeDialog):
        ChangeDialog.setWindowTitle(QCoreApplication.translate("ChangeDialog", u"Move Along the Continuum", None))
        self.toLabel.setText(QCoreApplication.translate("ChangeDialog", u"&To:", None))
#if QT_CONFIG(accessibility)
        self.toCombo.setAccessibleName(QCoreApplication.translate("ChangeDialog", u"New kind or stage", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.meaningLabel.setAccessibleName(QCoreApplication.translate("ChangeDialog", u"What it means", None))
#endif // QT_CONFIG(accessibility)
        self.onLabel.setText(QCoreApplication.translate("ChangeDialog", u"&On:", None))
#if QT_CONFIG(accessibility)
        self.onEdit.setAccessibleName(QCoreApplication.translate("ChangeDialog", u"Date of the change", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("ChangeDialog", u"&Why:", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("ChangeDialog", u"Why it changed", None))
#endif // QT_CONFIG(accessibility)
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("ChangeDialog", u"optional", None))
    # retranslateUi

