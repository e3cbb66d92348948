# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'error_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ErrorDialog(object):
    def setupUi(self, ErrorDialog):
        if not ErrorDialog.objectName():
            ErrorDialog.setObjectName(u"ErrorDialog")
        ErrorDialog.resize(520, 160)
        ErrorDialog.setMinimumSize(QSize(500, 0))
        self.dialogLayout = QVBoxLayout(ErrorDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.messageLayout = QHBoxLayout()
        self.messageLayout.setSpacing(16)
        self.messageLayout.setObjectName(u"messageLayout")
        self.iconLabel = QLabel(ErrorDialog)
        self.iconLabel.setObjectName(u"iconLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.iconLabel.sizePolicy().hasHeightForWidth())
        self.iconLabel.setSizePolicy(sizePolicy)
        self.iconLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.messageLayout.addWidget(self.iconLabel)

        self.textLayout = QVBoxLayout()
        self.textLayout.setSpacing(8)
        self.textLayout.setObjectName(u"textLayout")
        self.headingLabel = QLabel(ErrorDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.textLayout.addWidget(self.headingLabel)

        self.explanationLabel = QLabel(ErrorDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)
        self.explanationLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.textLayout.addWidget(self.explanationLabel)

        self.logLabel = QLabel(ErrorDialog)
        self.logLabel.setObjectName(u"logLabel")
        self.logLabel.setWordWrap(True)
        self.logLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.textLayout.addWidget(self.logLabel)

        self.textSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.textLayout.addItem(self.textSpacer)


        self.messageLayout.addLayout(self.textLayout)

        self.messageLayout.setStretch(1, 1)

        self.dialogLayout.addLayout(self.messageLayout)

        self.detailsEdit = QPlainTextEdit(ErrorDialog)
        self.detailsEdit.setObjectName(u"detailsEdit")
        self.detailsEdit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.detailsEdit.setReadOnly(True)

        self.dialogLayout.addWidget(self.detailsEdit)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.detailsButton = QPushButton(ErrorDialog)
        self.detailsButton.setObjectName(u"detailsButton")
        self.detailsButton.setCheckable(True)
        self.detailsButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.detailsButton)

        self.copyButton = QPushButton(ErrorDialog)
        self.copyButton.setObjectName(u"copyButton")
        self.copyButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.copyButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(ErrorDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonLayout)

        QWidget.setTabOrder(self.closeButton, self.copyButton)
        QWidget.setTabOrder(self.copyButton, self.detailsButton)
        QWidget.setTabOrder(self.detailsButton, self.detailsEdit)

        self.retranslateUi(ErrorDialog)

        self.closeButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ErrorDialog):
        ErrorDialog.setWindowTitle(QCoreApplication.translate("ErrorDialog", u"PartnerDesk", None))
#if QT_CONFIG(accessibility)
        ErrorDialog.setAccessibleName(QCoreApplication.translate("ErrorDialog", u"Something went wrong", None))
#endif // QT_CONFIG(accessibility)
        self.headingLabel.setText(QCoreApplication.translate("ErrorDialog", u"Something went wrong", None))
#if QT_CONFIG(accessibility)
        self.detailsEdit.setAccessibleName(QCoreApplication.translate("ErrorDialog", u"Error details", None))
#endif // QT_CONFIG(accessibility)
        self.detailsButton.setText(QCoreApplication.translate("ErrorDialog", u"Show &Details", None))
        self.copyButton.setText(QCoreApplication.translate("ErrorDialog", u"&Copy Details", None))
#if QT_CONFIG(tooltip)
        self.copyButton.setToolTip(QCoreApplication.translate("ErrorDialog", u"Copy what happened to the clipboard, to paste into a bug report", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("ErrorDialog", u"Close", None))
    # retranslateUi

