# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_partnership_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from partnerdesk.gui.widgets import (DateEdit, TextEdit)

class Ui_NewPartnershipDialog(object):
    def setupUi(self, NewPartnershipDialog):
        if not NewPartnershipDialog.objectName():
            NewPartnershipDialog.setObjectName(u"NewPartnershipDialog")
        NewPartnershipDialog.resize(540, 380)
        self.dialogLayout = QVBoxLayout(NewPartnershipDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(NewPartnershipDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(NewPartnershipDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMinimumSize(QSize(320, 0))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.kindLabel = QLabel(NewPartnershipDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(NewPartnershipDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.kindMeaning = QLabel(NewPartnershipDialog)
        self.kindMeaning.setObjectName(u"kindMeaning")
        self.kindMeaning.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindMeaning)

        self.stageLabel = QLabel(NewPartnershipDialog)
        self.stageLabel.setObjectName(u"stageLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.stageLabel)

        self.stageCombo = QComboBox(NewPartnershipDialog)
        self.stageCombo.setObjectName(u"stageCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.stageCombo)

        self.startedLabel = QLabel(NewPartnershipDialog)
        self.startedLabel.setObjectName(u"startedLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.startedLabel)

        self.startedEdit = DateEdit(NewPartnershipDialog)
        self.startedEdit.setObjectName(u"startedEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.startedEdit)

        self.partnerLabel = QLabel(NewPartnershipDialog)
        self.partnerLabel.setObjectName(u"partnerLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.partnerLabel)

        self.partnerCombo = QComboBox(NewPartnershipDialog)
        self.partnerCombo.setObjectName(u"partnerCombo")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.partnerCombo)

        self.roleLabel = QLabel(NewPartnershipDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleEdit = QLineEdit(NewPartnershipDialog)
        self.roleEdit.setObjectName(u"roleEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.roleEdit)

        self.purposeLabel = QLabel(NewPartnershipDialog)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purposeEdit = TextEdit(NewPartnershipDialog)
        self.purposeEdit.setObjectName(u"purposeEdit")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.purposeEdit)


        self.dialogLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(NewPartnershipDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.stageLabel.setBuddy(self.stageCombo)
        self.startedLabel.setBuddy(self.startedEdit)
        self.partnerLabel.setBuddy(self.partnerCombo)
        self.roleLabel.setBuddy(self.roleEdit)
        self.purposeLabel.setBuddy(self.purposeEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.stageCombo)
        QWidget.setTabOrder(self.stageCombo, self.startedEdit)
        QWidget.setTabOrder(self.startedEdit, self.partnerCombo)
        QWidget.setTabOrder(self.partnerCombo, self.roleEdit)
        QWidget.setTabOrder(self.roleEdit, self.purposeEdit)

        self.retranslateUi(NewPartnershipDialog)
    # setupUi

    def retranslateUi(self, NewPartnershipDialog):
        NewPartnershipDialog.setWindowTitle(QCoreApplication.translate("NewPartnershipDialog", u"New Partnership", None))
        self.nameLabel.setText(QCoreApplication.translate("NewPartnershipDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("NewPartnershipDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("NewPartnershipDialog", u"e.g. Flour Buying Co-op", None))
        self.kindLabel.setText(QCoreApplication.translate("NewPartnershipDialog", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("NewPartnershipDialog", u"Kind", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.kindMeaning.setAccessibleName(QCoreApplication.translate("NewPartnershipDialog", u"What the kind means", None))
#endif // QT_CONFIG(accessibility)
        self.stageLabel.setText(QCoreApplication.translate("NewPartnershipDialog", u"&Stage:", None))
#if QT_CONFIG(accessibility)
        self.stageCombo.setAccessibleName(QCoreApplication.translate("NewPartnershipDialog", u"Stage", None))
#endif // QT_CONFIG(accessibility)
        self.startedLabel.setText(QCoreApplication.translate("NewPartnershipDialog", u"S&tarted on:", None))
#if QT_CONFIG(accessibility)
        self.startedEdit.setAccessibleName(QCoreApplication.translate("NewPartnershipDialog", u"Started on", None))
#endif // QT_CONFIG(accessibility)
        self.partnerLabel.setText(QCoreApplication.translate("NewPartnershipDialog", u"&Partner:", None))
#if QT_CONFIG(accessibility)
        self.partnerCombo.setAccessibleName(QCoreApplication.translate("NewPartnershipDialog", u"Partner organisation", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("NewPartnershipDialog", u"Its &role:", None))
#if QT_CONFIG(accessibility)
        self.roleEdit.setAccessibleName(QCoreApplication.translate("NewPartnershipDialog", u"Role of the partner", None))
#endif // QT_CONFIG(accessibility)
        self.roleEdit.setPlaceholderText(QCoreApplication.translate("NewPartnershipDialog", u"e.g. supplier, customer, co-op member", None))
        self.purposeLabel.setText(QCoreApplication.translate("NewPartnershipDialog", u"P&urpose:", None))
#if QT_CONFIG(accessibility)
        self.purposeEdit.setAccessibleName(QCoreApplication.translate("NewPartnershipDialog", u"Purpose", None))
#endif // QT_CONFIG(accessibility)
        self.purposeEdit.setPlaceholderText(QCoreApplication.translate("NewPartnershipDialog", u"The value you create together (optional)", None))
    # retranslateUi

