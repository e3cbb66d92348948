# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'assessment_editor.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_AssessmentEditor(object):
    def setupUi(self, AssessmentEditor):
        if not AssessmentEditor.objectName():
            AssessmentEditor.setObjectName(u"AssessmentEditor")
        AssessmentEditor.resize(860, 680)
        self.dialogLayout = QVBoxLayout(AssessmentEditor)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.titleLabel = QLabel(AssessmentEditor)
        self.titleLabel.setObjectName(u"titleLabel")

        self.dialogLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(AssessmentEditor)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.dateForm = QFormLayout()
        self.dateForm.setObjectName(u"dateForm")
        self.dateForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.dateLabel = QLabel(AssessmentEditor)
        self.dateLabel.setObjectName(u"dateLabel")

        self.dateForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateRow = QHBoxLayout()
        self.dateRow.setObjectName(u"dateRow")
        self.dateEdit = QDateEdit(AssessmentEditor)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.dateRow.addWidget(self.dateEdit)

        self.dateMessage = QLabel(AssessmentEditor)
        self.dateMessage.setObjectName(u"dateMessage")
        self.dateMessage.setWordWrap(True)

        self.dateRow.addWidget(self.dateMessage)


        self.dateForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.dateRow)


        self.dialogLayout.addLayout(self.dateForm)

        self.levelsBox = QGroupBox(AssessmentEditor)
        self.levelsBox.setObjectName(u"levelsBox")
        self.levelsGrid = QGridLayout(self.levelsBox)
        self.levelsGrid.setObjectName(u"levelsGrid")
        self.levelsGrid.setHorizontalSpacing(14)
        self.levelsGrid.setVerticalSpacing(2)

        self.dialogLayout.addWidget(self.levelsBox)

        self.previousRow = QHBoxLayout()
        self.previousRow.setObjectName(u"previousRow")
        self.previousSummary = QLabel(AssessmentEditor)
        self.previousSummary.setObjectName(u"previousSummary")
        self.previousSummary.setWordWrap(True)

        self.previousRow.addWidget(self.previousSummary)

        self.copyPreviousButton = QPushButton(AssessmentEditor)
        self.copyPreviousButton.setObjectName(u"copyPreviousButton")
        self.copyPreviousButton.setAutoDefault(False)

        self.previousRow.addWidget(self.copyPreviousButton)


        self.dialogLayout.addLayout(self.previousRow)

        self.noteLabel = QLabel(AssessmentEditor)
        self.noteLabel.setObjectName(u"noteLabel")

        self.dialogLayout.addWidget(self.noteLabel)

        self.noteEdit = QPlainTextEdit(AssessmentEditor)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaximumSize(QSize(16777215, 90))
        self.noteEdit.setTabChangesFocus(True)

        self.dialogLayout.addWidget(self.noteEdit)

        self.privateCheck = QCheckBox(AssessmentEditor)
        self.privateCheck.setObjectName(u"privateCheck")

        self.dialogLayout.addWidget(self.privateCheck)

        self.formMessage = QLabel(AssessmentEditor)
        self.formMessage.setObjectName(u"formMessage")
        self.formMessage.setWordWrap(True)

        self.dialogLayout.addWidget(self.formMessage)

        self.buttons = QDialogButtonBox(AssessmentEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.copyPreviousButton)
        QWidget.setTabOrder(self.copyPreviousButton, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.privateCheck)

        self.retranslateUi(AssessmentEditor)
    # setupUi

    def retranslateUi(self, AssessmentEditor):
        AssessmentEditor.setWindowTitle(QCoreApplication.translate("AssessmentEditor", u"Assessment", None))
#if QT_CONFIG(accessibility)
        AssessmentEditor.setAccessibleName(QCoreApplication.translate("AssessmentEditor", u"Assessment", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("AssessmentEditor", u"Assess the partnership", None))
        self.introLabel.setText(QCoreApplication.translate("AssessmentEditor", u"Rate how deeply the partnership is integrated at each level, from 0 (none) to 5 (deeply embedded). Hover over a number for what it looks like; leave a level not rated when you cannot tell.", None))
        self.dateLabel.setText(QCoreApplication.translate("AssessmentEditor", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("AssessmentEditor", u"Date of the assessment", None))
#endif // QT_CONFIG(accessibility)
        self.dateMessage.setText("")
        self.levelsBox.setTitle(QCoreApplication.translate("AssessmentEditor", u"The five levels of integration", None))
        self.previousSummary.setText("")
        self.copyPreviousButton.setText(QCoreApplication.translate("AssessmentEditor", u"Start from the &previous ratings", None))
#if QT_CONFIG(accessibility)
        self.copyPreviousButton.setAccessibleName(QCoreApplication.translate("AssessmentEditor", u"Start from the previous ratings", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("AssessmentEditor", u"&Note: what lies behind the ratings", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("AssessmentEditor", u"Note", None))
#endif // QT_CONFIG(accessibility)
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("AssessmentEditor", u"For example: the leaders signed a three-year deal; since then only their buyer answers.", None))
        self.privateCheck.setText(QCoreApplication.translate("AssessmentEditor", u"P&rivate: keep this assessment out of anything shared with partners", None))
#if QT_CONFIG(accessibility)
        self.privateCheck.setAccessibleName(QCoreApplication.translate("AssessmentEditor", u"Private", None))
#endif // QT_CONFIG(accessibility)
        self.formMessage.setText("")
    # retranslateUi

