# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'follow_ups_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_FollowUpsPage(object):
    def setupUi(self, FollowUpsPage):
        if not FollowUpsPage.objectName():
            FollowUpsPage.setObjectName(u"FollowUpsPage")
        FollowUpsPage.resize(900, 600)
        self.pageLayout = QVBoxLayout(FollowUpsPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(12, 12, 12, 6)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(FollowUpsPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerLayout.addWidget(self.titleLabel)

        self.countLabel = QLabel(FollowUpsPage)
        self.countLabel.setObjectName(u"countLabel")

        self.headerLayout.addWidget(self.countLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.filterEdit = QLineEdit(FollowUpsPage)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setMinimumSize(QSize(160, 0))
        self.filterEdit.setClearButtonEnabled(True)

        self.headerLayout.addWidget(self.filterEdit)


        self.pageLayout.addLayout(self.headerLayout)

        self.stack = QStackedWidget(FollowUpsPage)
        self.stack.setObjectName(u"stack")
        self.table = QTableView()
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setShowGrid(False)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.stack.addWidget(self.table)
        self.table.verticalHeader().setVisible(False)
        self.emptyLabel = QLabel()
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)
        self.stack.addWidget(self.emptyLabel)

        self.pageLayout.addWidget(self.stack)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.hintLabel = QLabel(FollowUpsPage)
        self.hintLabel.setObjectName(u"hintLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.hintLabel.sizePolicy().hasHeightForWidth())
        self.hintLabel.setSizePolicy(sizePolicy)
        self.hintLabel.setWordWrap(True)

        self.buttonLayout.addWidget(self.hintLabel)

        self.partnershipButton = QPushButton(FollowUpsPage)
        self.partnershipButton.setObjectName(u"partnershipButton")

        self.buttonLayout.addWidget(self.partnershipButton)

        self.editButton = QPushButton(FollowUpsPage)
        self.editButton.setObjectName(u"editButton")

        self.buttonLayout.addWidget(self.editButton)

        self.doneButton = QPushButton(FollowUpsPage)
        self.doneButton.setObjectName(u"doneButton")

        self.buttonLayout.addWidget(self.doneButton)


        self.pageLayout.addLayout(self.buttonLayout)

        QWidget.setTabOrder(self.filterEdit, self.table)
        QWidget.setTabOrder(self.table, self.partnershipButton)
        QWidget.setTabOrder(self.partnershipButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.doneButton)

        self.retranslateUi(FollowUpsPage)
    # setupUi

    def retranslateUi(self, FollowUpsPage):
#if QT_CONFIG(accessibility)
        FollowUpsPage.setAccessibleName(QCoreApplication.translate("FollowUpsPage", u"Follow-ups", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("FollowUpsPage", u"Follow-ups", None))
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("FollowUpsPage", u"Number of follow-ups", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(QCoreApplication.translate("FollowUpsPage", u"Filter follow-ups", None))
#endif // QT_CONFIG(accessibility)
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("FollowUpsPage", u"Filter follow-ups\u2026", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("FollowUpsPage", u"Open follow-ups", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText(QCoreApplication.translate("FollowUpsPage", u"Nothing to follow up. When you log a contact, give it a follow-up date and it appears here on time.", None))
        self.hintLabel.setText(QCoreApplication.translate("FollowUpsPage", u"Space marks the selected follow-up done; Enter opens its entry.", None))
        self.partnershipButton.setText(QCoreApplication.translate("FollowUpsPage", u"&Open Partnership", None))
#if QT_CONFIG(accessibility)
        self.partnershipButton.setAccessibleName(QCoreApplication.translate("FollowUpsPage", u"Open the partnership", None))
#endif // QT_CONFIG(accessibility)
        self.editButton.setText(QCoreApplication.translate("FollowUpsPage", u"Ed&it Entry\u2026", None))
#if QT_CONFIG(accessibility)
        self.editButton.setAccessibleName(QCoreApplication.translate("FollowUpsPage", u"Edit the entry", None))
#endif // QT_CONFIG(accessibility)
        self.doneButton.setText(QCoreApplication.translate("FollowUpsPage", u"Mark &Done", None))
#if QT_CONFIG(accessibility)
        self.doneButton.setAccessibleName(QCoreApplication.translate("FollowUpsPage", u"Mark the follow-up done", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

