# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_organisation_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_NewOrganisationDialog(object):
    def setupUi(self, NewOrganisationDialog):
        if not NewOrganisationDialog.objectName():
            NewOrganisationDialog.setObjectName(u"NewOrganisationDialog")
        NewOrganisationDialog.resize(440, 170)
        self.dialogLayout = QVBoxLayout(NewOrganisationDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(NewOrganisationDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(NewOrganisationDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMinimumSize(QSize(280, 0))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.sectorLabel = QLabel(NewOrganisationDialog)
        self.sectorLabel.setObjectName(u"sectorLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sectorLabel)

        self.sectorEdit = QLineEdit(NewOrganisationDialog)
        self.sectorEdit.setObjectName(u"sectorEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sectorEdit)

        self.countryLabel = QLabel(NewOrganisationDialog)
        self.countryLabel.setObjectName(u"countryLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.countryLabel)

        self.countryEdit = QLineEdit(NewOrganisationDialog)
        self.countryEdit.setObjectName(u"countryEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.countryEdit)


        self.dialogLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(NewOrganisationDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.sectorLabel.setBuddy(self.sectorEdit)
        self.countryLabel.setBuddy(self.countryEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.sectorEdit)
        QWidget.setTabOrder(self.sectorEdit, self.countryEdit)

        self.retranslateUi(NewOrganisationDialog)
    # setupUi

    def retranslateUi(self, NewOrganisationDialog):
        NewOrganisationDialog.setWindowTitle(QCoreApplication.translate("NewOrganisationDialog", u"New Organisation", None))
        self.nameLabel.setText(QCoreApplication.translate("NewOrganisationDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("NewOrganisationDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.sectorLabel.setText(QCoreApplication.translate("NewOrganisationDialog", u"&What it does:", None))
#if QT_CONFIG(accessibility)
        self.sectorEdit.setAccessibleName(QCoreApplication.translate("NewOrganisationDialog", u"What it does", None))
#endif // QT_CONFIG(accessibility)
        self.sectorEdit.setPlaceholderText(QCoreApplication.translate("NewOrganisationDialog", u"e.g. mill, caf\u00e9 chain (optional)", None))
        self.countryLabel.setText(QCoreApplication.translate("NewOrganisationDialog", u"Co&untry:", None))
#if QT_CONFIG(accessibility)
        self.countryEdit.setAccessibleName(QCoreApplication.translate("NewOrganisationDialog", u"Country", None))
#endif // QT_CONFIG(accessibility)
        self.countryEdit.setPlaceholderText(QCoreApplication.translate("NewOrganisationDialog", u"optional", None))
    # retranslateUi

