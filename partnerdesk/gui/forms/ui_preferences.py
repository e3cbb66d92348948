# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'preferences.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_PreferencesDialog(object):
    def setupUi(self, PreferencesDialog):
        if not PreferencesDialog.objectName():
            PreferencesDialog.setObjectName(u"PreferencesDialog")
        PreferencesDialog.resize(520, 300)
        self.dialogLayout = QVBoxLayout(PreferencesDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.attentionBox = QGroupBox(PreferencesDialog)
        self.attentionBox.setObjectName(u"attentionBox")
        self.attentionForm = QFormLayout(self.attentionBox)
        self.attentionForm.setObjectName(u"attentionForm")
        self.leaderLabel = QLabel(self.attentionBox)
        self.leaderLabel.setObjectName(u"leaderLabel")

        self.attentionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.leaderLabel)

        self.leaderSpin = QSpinBox(self.attentionBox)
        self.leaderSpin.setObjectName(u"leaderSpin")

        self.attentionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.leaderSpin)

        self.assessmentLabel = QLabel(self.attentionBox)
        self.assessmentLabel.setObjectName(u"assessmentLabel")

        self.attentionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.assessmentLabel)

        self.assessmentSpin = QSpinBox(self.attentionBox)
        self.assessmentSpin.setObjectName(u"assessmentSpin")

        self.attentionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.assessmentSpin)


        self.dialogLayout.addWidget(self.attentionBox)

        self.lookBox = QGroupBox(PreferencesDialog)
        self.lookBox.setObjectName(u"lookBox")
        self.lookForm = QFormLayout(self.lookBox)
        self.lookForm.setObjectName(u"lookForm")
        self.dateLabel = QLabel(self.lookBox)
        self.dateLabel.setObjectName(u"dateLabel")

        self.lookForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateCombo = QComboBox(self.lookBox)
        self.dateCombo.setObjectName(u"dateCombo")

        self.lookForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateCombo)

        self.themeLabel = QLabel(self.lookBox)
        self.themeLabel.setObjectName(u"themeLabel")

        self.lookForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.themeLabel)

        self.themeCombo = QComboBox(self.lookBox)
        self.themeCombo.setObjectName(u"themeCombo")

        self.lookForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.themeCombo)


        self.dialogLayout.addWidget(self.lookBox)

        self.savedLabel = QLabel(PreferencesDialog)
        self.savedLabel.setObjectName(u"savedLabel")

        self.dialogLayout.addWidget(self.savedLabel)

        self.buttons = QDialogButtonBox(PreferencesDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.RestoreDefaults)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.leaderLabel.setBuddy(self.leaderSpin)
        self.assessmentLabel.setBuddy(self.assessmentSpin)
        self.dateLabel.setBuddy(self.dateCombo)
        self.themeLabel.setBuddy(self.themeCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.leaderSpin, self.assessmentSpin)
        QWidget.setTabOrder(self.assessmentSpin, self.dateCombo)
        QWidget.setTabOrder(self.dateCombo, self.themeCombo)

        self.retranslateUi(PreferencesDialog)
    # setupUi

    def retranslateUi(self, PreferencesDialog):
        PreferencesDialog.setWindowTitle(QCoreApplication.translate("PreferencesDialog", u"Preferences", None))
        self.attentionBox.setTitle(QCoreApplication.translate("PreferencesDialog", u"What needs attention", None))
        self.leaderLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Leaders apart for more than:", None))
#if QT_CONFIG(accessibility)
        self.leaderSpin.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Leader-contact threshold in days", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.leaderSpin.setToolTip(QCoreApplication.translate("PreferencesDialog", u"A live partnership whose partners' leaders have not met at the strategic level for longer than this is marked", None))
#endif // QT_CONFIG(tooltip)
        self.assessmentLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Remind to assess after:", None))
#if QT_CONFIG(accessibility)
        self.assessmentSpin.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Assessment reminder interval in days", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.assessmentSpin.setToolTip(QCoreApplication.translate("PreferencesDialog", u"An active partnership not assessed for longer than this is marked", None))
#endif // QT_CONFIG(tooltip)
        self.lookBox.setTitle(QCoreApplication.translate("PreferencesDialog", u"Appearance", None))
        self.dateLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Dates:", None))
#if QT_CONFIG(accessibility)
        self.dateCombo.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Date format", None))
#endif // QT_CONFIG(accessibility)
        self.themeLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Colours:", None))
#if QT_CONFIG(accessibility)
        self.themeCombo.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Colour scheme", None))
#endif // QT_CONFIG(accessibility)
        self.savedLabel.setText(QCoreApplication.translate("PreferencesDialog", u"Changes apply at once and are kept.", None))
    # retranslateUi

