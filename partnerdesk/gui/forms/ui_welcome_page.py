# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_WelcomePage(object):
    def setupUi(self, WelcomePage):
        if not WelcomePage.objectName():
            WelcomePage.setObjectName(u"WelcomePage")
        WelcomePage.resize(900, 640)
        self.outerLayout = QHBoxLayout(WelcomePage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outerLayout.addItem(self.leftSpacer)

        self.column = QWidget(WelcomePage)
        self.column.setObjectName(u"column")
        self.column.setMinimumSize(QSize(360, 0))
        self.column.setMaximumSize(QSize(640, 16777215))
        self.columnLayout = QVBoxLayout(self.column)
        self.columnLayout.setSpacing(14)
        self.columnLayout.setObjectName(u"columnLayout")
        self.columnLayout.setContentsMargins(0, 0, 0, 0)
        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.columnLayout.addItem(self.topSpacer)

        self.titleLabel = QLabel(self.column)
        self.titleLabel.setObjectName(u"titleLabel")

        self.columnLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(self.column)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.columnLayout.addWidget(self.introLabel)

        self.selfBox = QGroupBox(self.column)
        self.selfBox.setObjectName(u"selfBox")
        self.selfLayout = QVBoxLayout(self.selfBox)
        self.selfLayout.setObjectName(u"selfLayout")
        self.selfText = QLabel(self.selfBox)
        self.selfText.setObjectName(u"selfText")
        self.selfText.setWordWrap(True)

        self.selfLayout.addWidget(self.selfText)

        self.selfForm = QFormLayout()
        self.selfForm.setObjectName(u"selfForm")
        self.nameLabel = QLabel(self.selfBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.selfForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.selfBox)
        self.nameEdit.setObjectName(u"nameEdit")

        self.selfForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.sectorLabel = QLabel(self.selfBox)
        self.sectorLabel.setObjectName(u"sectorLabel")

        self.selfForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sectorLabel)

        self.sectorEdit = QLineEdit(self.selfBox)
        self.sectorEdit.setObjectName(u"sectorEdit")

        self.selfForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sectorEdit)


        self.selfLayout.addLayout(self.selfForm)

        self.selfButtons = QHBoxLayout()
        self.selfButtons.setObjectName(u"selfButtons")
        self.selfSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.selfButtons.addItem(self.selfSpacer)

        self.selfButton = QPushButton(self.selfBox)
        self.selfButton.setObjectName(u"selfButton")

        self.selfButtons.addWidget(self.selfButton)


        self.selfLayout.addLayout(self.selfButtons)


        self.columnLayout.addWidget(self.selfBox)

        self.sampleBox = QGroupBox(self.column)
        self.sampleBox.setObjectName(u"sampleBox")
        self.sampleLayout = QHBoxLayout(self.sampleBox)
        self.sampleLayout.setObjectName(u"sampleLayout")
        self.sampleText = QLabel(self.sampleBox)
        self.sampleText.setObjectName(u"sampleText")
        self.sampleText.setWordWrap(True)

        self.sampleLayout.addWidget(self.sampleText)

        self.sampleButton = QPushButton(self.sampleBox)
        self.sampleButton.setObjectName(u"sampleButton")

        self.sampleLayout.addWidget(self.sampleButton)

        self.sampleLayout.setStretch(0, 1)

        self.columnLayout.addWidget(self.sampleBox)

        self.importBox = QGroupBox(self.column)
        self.importBox.setObjectName(u"importBox")
        self.importLayout = QHBoxLayout(self.importBox)
        self.importLayout.setObjectName(u"importLayout")
        self.importText = QLabel(self.importBox)
        self.importText.setObjectName(u"importText")
        self.importText.setWordWrap(True)

        self.importLayout.addWidget(self.importText)

        self.importButton = QPushButton(self.importBox)
        self.importButton.setObjectName(u"importButton")

        self.importLayout.addWidget(self.importButton)

        self.importLayout.setStretch(0, 1)

        self.columnLayout.addWidget(self.importBox)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.columnLayout.addItem(self.bottomSpacer)


        self.outerLayout.addWidget(self.column)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outerLayout.addItem(self.rightSpacer)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.sectorLabel.setBuddy(self.sectorEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.sectorEdit)
        QWidget.setTabOrder(self.sectorEdit, self.selfButton)
        QWidget.setTabOrder(self.selfButton, self.sampleButton)
        QWidget.setTabOrder(self.sampleButton, self.importButton)

        self.retranslateUi(WelcomePage)

        self.selfButton.setDefault(True)

    # setupUi

    def retranslateUi(self, WelcomePage):
#if QT_CONFIG(accessibility)
        WelcomePage.setAccessibleName(QCoreApplication.translate("WelcomePage", u"Welcome", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("WelcomePage", u"Welcome to PartnerDesk", None))
        self.introLabel.setText(QCoreApplication.translate("WelcomePage", u"PartnerDesk keeps your partnerships with other organisations, the contacts you have with them, and how deeply each one is integrated, in one file on this computer. Start in one of three ways:", None))
        self.selfBox.setTitle(QCoreApplication.translate("WelcomePage", u"Set up your organisation", None))
        self.selfText.setText(QCoreApplication.translate("WelcomePage", u"Your own business takes part in every partnership you add; PartnerDesk adds it for you.", None))
        self.nameLabel.setText(QCoreApplication.translate("WelcomePage", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("WelcomePage", u"Name of your organisation", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("WelcomePage", u"e.g. Hearth & Grain Bakery", None))
        self.sectorLabel.setText(QCoreApplication.translate("WelcomePage", u"&What it does:", None))
#if QT_CONFIG(accessibility)
        self.sectorEdit.setAccessibleName(QCoreApplication.translate("WelcomePage", u"What your organisation does", None))
#endif // QT_CONFIG(accessibility)
        self.sectorEdit.setPlaceholderText(QCoreApplication.translate("WelcomePage", u"e.g. bakery (optional)", None))
        self.selfButton.setText(QCoreApplication.translate("WelcomePage", u"&Set Up My Organisation", None))
#if QT_CONFIG(accessibility)
        self.selfButton.setAccessibleName(QCoreApplication.translate("WelcomePage", u"Set up my organisation", None))
#endif // QT_CONFIG(accessibility)
        self.sampleBox.setTitle(QCoreApplication.translate("WelcomePage", u"Look around a sample portfolio", None))
        self.sampleText.setText(QCoreApplication.translate("WelcomePage", u"A bakery's six partnerships over three years. It opens as a separate file, so this one stays yours.", None))
        self.sampleButton.setText(QCoreApplication.translate("WelcomePage", u"&Open the Sample Portfolio", None))
#if QT_CONFIG(accessibility)
        self.sampleButton.setAccessibleName(QCoreApplication.translate("WelcomePage", u"Open the sample portfolio", None))
#endif // QT_CONFIG(accessibility)
        self.importBox.setTitle(QCoreApplication.translate("WelcomePage", u"Bring in your contacts", None))
        self.importText.setText(QCoreApplication.translate("WelcomePage", u"Bring in the organisations and people of an address book: vCard and CSV files from Outlook, Google, Apple Contacts, Thunderbird and phones. You see what will happen before anything is written.", None))
        self.importButton.setText(QCoreApplication.translate("WelcomePage", u"&Import Contacts\u2026", None))
#if QT_CONFIG(accessibility)
        self.importButton.setAccessibleName(QCoreApplication.translate("WelcomePage", u"Import contacts", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

