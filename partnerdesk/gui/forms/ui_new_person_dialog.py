# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_person_dialog.ui'
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

class Ui_NewPersonDialog(object):
    def setupUi(self, NewPersonDialog):
        if not NewPersonDialog.objectName():
            NewPersonDialog.setObjectName(u"NewPersonDialog")
        NewPersonDialog.resize(460, 220)
        self.dialogLayout = QVBoxLayout(NewPersonDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(NewPersonDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(NewPersonDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMinimumSize(QSize(280, 0))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.organisationLabel = QLabel(NewPersonDialog)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisationCombo = QComboBox(NewPersonDialog)
        self.organisationCombo.setObjectName(u"organisationCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.organisationCombo)

        self.roleLabel = QLabel(NewPersonDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleEdit = QLineEdit(NewPersonDialog)
        self.roleEdit.setObjectName(u"roleEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleEdit)

        self.seniorityLabel = QLabel(NewPersonDialog)
        self.seniorityLabel.setObjectName(u"seniorityLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.seniorityLabel)

        self.seniorityCombo = QComboBox(NewPersonDialog)
        self.seniorityCombo.setObjectName(u"seniorityCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.seniorityCombo)


        self.dialogLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(NewPersonDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.organisationLabel.setBuddy(self.organisationCombo)
        self.roleLabel.setBuddy(self.roleEdit)
        self.seniorityLabel.setBuddy(self.seniorityCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.organisationCombo)
        QWidget.setTabOrder(self.organisationCombo, self.roleEdit)
        QWidget.setTabOrder(self.roleEdit, self.seniorityCombo)

        self.retranslateUi(NewPersonDialog)
    # setupUi

    def retranslateUi(self, NewPersonDialog):
        NewPersonDialog.setWindowTitle(QCoreApplication.translate("NewPersonDialog", u"New Person", None))
        self.nameLabel.setText(QCoreApplication.translate("NewPersonDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("NewPersonDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.organisationLabel.setText(QCoreApplication.translate("NewPersonDialog", u"&Organisation:", None))
#if QT_CONFIG(accessibility)
        self.organisationCombo.setAccessibleName(QCoreApplication.translate("NewPersonDialog", u"Organisation", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("NewPersonDialog", u"&Role:", None))
#if QT_CONFIG(accessibility)
        self.roleEdit.setAccessibleName(QCoreApplication.translate("NewPersonDialog", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.roleEdit.setPlaceholderText(QCoreApplication.translate("NewPersonDialog", u"e.g. Head miller (optional)", None))
        self.seniorityLabel.setText(QCoreApplication.translate("NewPersonDialog", u"&Seniority:", None))
#if QT_CONFIG(accessibility)
        self.seniorityCombo.setAccessibleName(QCoreApplication.translate("NewPersonDialog", u"Seniority", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

