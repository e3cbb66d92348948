# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
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
    QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(600, 460)
        self.dialogLayout = QVBoxLayout(AboutDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(16)
        self.headerRow.setObjectName(u"headerRow")
        self.iconLabel = QLabel(AboutDialog)
        self.iconLabel.setObjectName(u"iconLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.iconLabel.sizePolicy().hasHeightForWidth())
        self.iconLabel.setSizePolicy(sizePolicy)
        self.iconLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.headerRow.addWidget(self.iconLabel)

        self.nameColumn = QVBoxLayout()
        self.nameColumn.setSpacing(4)
        self.nameColumn.setObjectName(u"nameColumn")
        self.nameLabel = QLabel(AboutDialog)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setText(u"PartnerDesk")

        self.nameColumn.addWidget(self.nameLabel)

        self.versionLabel = QLabel(AboutDialog)
        self.versionLabel.setObjectName(u"versionLabel")
        self.versionLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.nameColumn.addWidget(self.versionLabel)

        self.purposeLabel = QLabel(AboutDialog)
        self.purposeLabel.setObjectName(u"purposeLabel")
        self.purposeLabel.setWordWrap(True)

        self.nameColumn.addWidget(self.purposeLabel)


        self.headerRow.addLayout(self.nameColumn)


        self.dialogLayout.addLayout(self.headerRow)

        self.placesBox = QGroupBox(AboutDialog)
        self.placesBox.setObjectName(u"placesBox")
        self.placesGrid = QGridLayout(self.placesBox)
        self.placesGrid.setObjectName(u"placesGrid")
        self.databaseLabel = QLabel(self.placesBox)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.placesGrid.addWidget(self.databaseLabel, 0, 0, 1, 1)

        self.databaseEdit = QLineEdit(self.placesBox)
        self.databaseEdit.setObjectName(u"databaseEdit")
        self.databaseEdit.setMinimumSize(QSize(360, 0))
        self.databaseEdit.setReadOnly(True)

        self.placesGrid.addWidget(self.databaseEdit, 0, 1, 1, 1)

        self.databaseButton = QPushButton(self.placesBox)
        self.databaseButton.setObjectName(u"databaseButton")
        self.databaseButton.setAutoDefault(False)

        self.placesGrid.addWidget(self.databaseButton, 0, 2, 1, 1)

        self.backupsLabel = QLabel(self.placesBox)
        self.backupsLabel.setObjectName(u"backupsLabel")

        self.placesGrid.addWidget(self.backupsLabel, 1, 0, 1, 1)

        self.backupsEdit = QLineEdit(self.placesBox)
        self.backupsEdit.setObjectName(u"backupsEdit")
        self.backupsEdit.setReadOnly(True)

        self.placesGrid.addWidget(self.backupsEdit, 1, 1, 1, 1)

        self.backupsButton = QPushButton(self.placesBox)
        self.backupsButton.setObjectName(u"backupsButton")
        self.backupsButton.setAutoDefault(False)

        self.placesGrid.addWidget(self.backupsButton, 1, 2, 1, 1)

        self.logsLabel = QLabel(self.placesBox)
        self.logsLabel.setObjectName(u"logsLabel")

        self.placesGrid.addWidget(self.logsLabel, 2, 0, 1, 1)

        self.logsEdit = QLineEdit(self.placesBox)
        self.logsEdit.setObjectName(u"logsEdit")
        self.logsEdit.setReadOnly(True)

        self.placesGrid.addWidget(self.logsEdit, 2, 1, 1, 1)

        self.logsButton = QPushButton(self.placesBox)
        self.logsButton.setObjectName(u"logsButton")
        self.logsButton.setAutoDefault(False)

        self.placesGrid.addWidget(self.logsButton, 2, 2, 1, 1)


        self.dialogLayout.addWidget(self.placesBox)

        self.softwareBox = QGroupBox(AboutDialog)
        self.softwareBox.setObjectName(u"softwareBox")
        self.softwareForm = QFormLayout(self.softwareBox)
        self.softwareForm.setObjectName(u"softwareForm")
        self.licenceTitle = QLabel(self.softwareBox)
        self.licenceTitle.setObjectName(u"licenceTitle")

        self.softwareForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.licenceTitle)

        self.licenceLabel = QLabel(self.softwareBox)
        self.licenceLabel.setObjectName(u"licenceLabel")
        self.licenceLabel.setWordWrap(True)
        self.licenceLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.softwareForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.licenceLabel)

        self.versionsTitle = QLabel(self.softwareBox)
        self.versionsTitle.setObjectName(u"versionsTitle")

        self.softwareForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.versionsTitle)

        self.versionsLabel = QLabel(self.softwareBox)
        self.versionsLabel.setObjectName(u"versionsLabel")
        self.versionsLabel.setWordWrap(True)
        self.versionsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.softwareForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.versionsLabel)


        self.dialogLayout.addWidget(self.softwareBox)

        self.licenceText = QPlainTextEdit(AboutDialog)
        self.licenceText.setObjectName(u"licenceText")
        self.licenceText.setReadOnly(True)

        self.dialogLayout.addWidget(self.licenceText)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.licenceButton = QPushButton(AboutDialog)
        self.licenceButton.setObjectName(u"licenceButton")
        self.licenceButton.setCheckable(True)
        self.licenceButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.licenceButton)

        self.copyButton = QPushButton(AboutDialog)
        self.copyButton.setObjectName(u"copyButton")
        self.copyButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.copyButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.buttons = QDialogButtonBox(AboutDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonRow.addWidget(self.buttons)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.databaseLabel.setBuddy(self.databaseEdit)
        self.backupsLabel.setBuddy(self.backupsEdit)
        self.logsLabel.setBuddy(self.logsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.databaseEdit, self.databaseButton)
        QWidget.setTabOrder(self.databaseButton, self.backupsEdit)
        QWidget.setTabOrder(self.backupsEdit, self.backupsButton)
        QWidget.setTabOrder(self.backupsButton, self.logsEdit)
        QWidget.setTabOrder(self.logsEdit, self.logsButton)
        QWidget.setTabOrder(self.logsButton, self.licenceButton)
        QWidget.setTabOrder(self.licenceButton, self.copyButton)
        QWidget.setTabOrder(self.copyButton, self.licenceText)

        self.retranslateUi(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About PartnerDesk", None))
#if QT_CONFIG(accessibility)
        AboutDialog.setAccessibleName(QCoreApplication.translate("AboutDialog", u"About PartnerDesk", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.iconLabel.setAccessibleName(QCoreApplication.translate("AboutDialog", u"PartnerDesk's icon", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.versionLabel.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Version", None))
#endif // QT_CONFIG(accessibility)
        self.purposeLabel.setText(QCoreApplication.translate("AboutDialog", u"Look after your business's partnerships along Kanter's continuum, from a buying co-op to a value-chain partnership, and see how deeply each is integrated at her five levels.", None))
        self.placesBox.setTitle(QCoreApplication.translate("AboutDialog", u"Where your data is", None))
        self.databaseLabel.setText(QCoreApplication.translate("AboutDialog", u"&Database:", None))
#if QT_CONFIG(accessibility)
        self.databaseEdit.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Database file", None))
#endif // QT_CONFIG(accessibility)
        self.databaseButton.setText(QCoreApplication.translate("AboutDialog", u"Show in &Folder", None))
#if QT_CONFIG(accessibility)
        self.databaseButton.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Show the database in its folder", None))
#endif // QT_CONFIG(accessibility)
        self.backupsLabel.setText(QCoreApplication.translate("AboutDialog", u"&Backups:", None))
#if QT_CONFIG(accessibility)
        self.backupsEdit.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Backups folder", None))
#endif // QT_CONFIG(accessibility)
        self.backupsButton.setText(QCoreApplication.translate("AboutDialog", u"&Open", None))
#if QT_CONFIG(accessibility)
        self.backupsButton.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Open the backups folder", None))
#endif // QT_CONFIG(accessibility)
        self.logsLabel.setText(QCoreApplication.translate("AboutDialog", u"&Logs:", None))
#if QT_CONFIG(accessibility)
        self.logsEdit.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Logs folder", None))
#endif // QT_CONFIG(accessibility)
        self.logsButton.setText(QCoreApplication.translate("AboutDialog", u"O&pen", None))
#if QT_CONFIG(accessibility)
        self.logsButton.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Open the logs folder", None))
#endif // QT_CONFIG(accessibility)
        self.softwareBox.setTitle(QCoreApplication.translate("AboutDialog", u"Software", None))
        self.licenceTitle.setText(QCoreApplication.translate("AboutDialog", u"Licence:", None))
#if QT_CONFIG(accessibility)
        self.licenceLabel.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Licence", None))
#endif // QT_CONFIG(accessibility)
        self.versionsTitle.setText(QCoreApplication.translate("AboutDialog", u"Built with:", None))
#if QT_CONFIG(accessibility)
        self.versionsLabel.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Versions of the software PartnerDesk runs on", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.licenceText.setAccessibleName(QCoreApplication.translate("AboutDialog", u"The licence's text", None))
#endif // QT_CONFIG(accessibility)
        self.licenceButton.setText(QCoreApplication.translate("AboutDialog", u"Licence &Text", None))
        self.copyButton.setText(QCoreApplication.translate("AboutDialog", u"&Copy Versions", None))
#if QT_CONFIG(tooltip)
        self.copyButton.setToolTip(QCoreApplication.translate("AboutDialog", u"Copy the versions above, for a bug report", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

