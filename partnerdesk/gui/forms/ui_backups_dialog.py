# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backups_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_BackupsDialog(object):
    def setupUi(self, BackupsDialog):
        if not BackupsDialog.objectName():
            BackupsDialog.setObjectName(u"BackupsDialog")
        BackupsDialog.resize(680, 440)
        self.dialogLayout = QVBoxLayout(BackupsDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(BackupsDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.headingLabel)

        self.explanationLabel = QLabel(BackupsDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.explanationLabel)

        self.backupsStack = QStackedWidget(BackupsDialog)
        self.backupsStack.setObjectName(u"backupsStack")
        self.backupsView = QTableView()
        self.backupsView.setObjectName(u"backupsView")
        self.backupsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backupsView.setAlternatingRowColors(True)
        self.backupsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backupsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backupsView.setShowGrid(False)
        self.backupsView.setWordWrap(False)
        self.backupsStack.addWidget(self.backupsView)
        self.backupsView.verticalHeader().setVisible(False)
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyTopSpacer)

        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.emptyBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyBottomSpacer)

        self.backupsStack.addWidget(self.emptyPage)

        self.dialogLayout.addWidget(self.backupsStack)

        self.statusLabel = QLabel(BackupsDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.statusLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.backUpButton = QPushButton(BackupsDialog)
        self.backUpButton.setObjectName(u"backUpButton")
        self.backUpButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.backUpButton)

        self.restoreButton = QPushButton(BackupsDialog)
        self.restoreButton.setObjectName(u"restoreButton")
        self.restoreButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.restoreButton)

        self.folderButton = QPushButton(BackupsDialog)
        self.folderButton.setObjectName(u"folderButton")
        self.folderButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.folderButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(BackupsDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonLayout)

        QWidget.setTabOrder(self.backupsView, self.restoreButton)
        QWidget.setTabOrder(self.restoreButton, self.backUpButton)
        QWidget.setTabOrder(self.backUpButton, self.folderButton)
        QWidget.setTabOrder(self.folderButton, self.closeButton)

        self.retranslateUi(BackupsDialog)

        self.closeButton.setDefault(True)

    # setupUi

    def retranslateUi(self, BackupsDialog):
        BackupsDialog.setWindowTitle(QCoreApplication.translate("BackupsDialog", u"Backups", None))
        self.explanationLabel.setText(QCoreApplication.translate("BackupsDialog", u"PartnerDesk backs up this database when you open it (once a day), before every upgrade and before every restore, and checks each backup. It keeps the newest backup of each of the last 7 days, 4 weeks and 12 months.", None))
#if QT_CONFIG(accessibility)
        self.backupsView.setAccessibleName(QCoreApplication.translate("BackupsDialog", u"Backups", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText(QCoreApplication.translate("BackupsDialog", u"There are no backups of this database yet. The first is made the next time you open it, or now with Back Up Now.", None))
        self.backUpButton.setText(QCoreApplication.translate("BackupsDialog", u"&Back Up Now", None))
        self.restoreButton.setText(QCoreApplication.translate("BackupsDialog", u"&Restore\u2026", None))
#if QT_CONFIG(tooltip)
        self.restoreButton.setToolTip(QCoreApplication.translate("BackupsDialog", u"Replace the database with the selected backup; the database as it is now is backed up first", None))
#endif // QT_CONFIG(tooltip)
        self.folderButton.setText(QCoreApplication.translate("BackupsDialog", u"Show in &Folder", None))
        self.closeButton.setText(QCoreApplication.translate("BackupsDialog", u"Close", None))
    # retranslateUi

