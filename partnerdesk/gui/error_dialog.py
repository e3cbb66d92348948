"""What the user sees when something goes wrong that PartnerDesk did not expect.

:func:`install` routes every uncaught exception (from a slot, a timer, another thread) through
:mod:`partnerdesk.logs` to the log file and then to :class:`ErrorDialog`: a short explanation,
"Copy Details" for a bug report, and the window carries on. An expected error that slipped
through (a full disk during a save, a database opened read-only) is shown as the plain message
it is. Qt's own warnings go to the log as well.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QtMsgType, Signal, Slot, qInstallMessageHandler
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QStyle, QWidget

from partnerdesk import logs
from partnerdesk.domain.errors import EXPECTED_ERRORS
from partnerdesk.gui.dialogs import warn
from partnerdesk.gui.forms.ui_error_dialog import Ui_ErrorDialog
from partnerdesk.gui.text import translate

qt_log = logging.getLogger("partnerdesk.qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def summary(error: BaseException) -> str:
    """One line naming an error: "KeyError: 'name'"."""
    text = str(error).strip().splitlines()[0] if str(error).strip() else ""
    name = type(error).__name__
    return f"{name}: {text[:200]}" if text else name


class ErrorDialog(QDialog):
    """A short explanation of an unexpected error, its details on request, and Copy Details."""

    def __init__(self, error: BaseException, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ErrorDialog()
        self.ui.setupUi(self)
        self.details = details
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        self.ui.iconLabel.setPixmap(icon.pixmap(48, 48))
        heading = self.ui.headingLabel.font()
        heading.setBold(True)
        heading.setPointSizeF(heading.pointSizeF() * 1.15)
        self.ui.headingLabel.setFont(heading)
        self.ui.headingLabel.setText(translate("ErrorDialog", "Something went wrong"))
        self.ui.explanationLabel.setText(
            translate(
                "ErrorDialog",
                "PartnerDesk ran into a problem it did not expect. What you saved before is "
                "safe: every change is written to disk as you make it. What you were doing just "
                "now may not have been saved; please check it, then carry on.",
            )
        )
        self.ui.logLabel.setText(
            translate("ErrorDialog", "“%1”. The details have been written to the log: %2")
            .replace("%1", summary(error))
            .replace("%2", str(logs.log_file()))
        )
        self.ui.detailsEdit.setPlainText(details)
        self.ui.detailsEdit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.ui.detailsEdit.setVisible(False)
        self.ui.detailsButton.toggled.connect(self._show_details)
        self.ui.copyButton.clicked.connect(self.copy_details)
        self.ui.closeButton.clicked.connect(self.accept)
        self.ui.closeButton.setFocus()
        self._fit()

    @Slot(bool)
    def _show_details(self, shown: bool) -> None:
        self.ui.detailsEdit.setVisible(shown)
        self.ui.detailsButton.setText(
            translate("ErrorDialog", "Hide &Details")
            if shown
            else translate("ErrorDialog", "Show &Details")
        )
        self._fit()

    def _fit(self) -> None:
        # Wrapped text asks for the height it needs at the width it gets, not at its narrowest.
        self.adjustSize()
        width = max(self.width(), self.minimumWidth())
        height = self.layout().totalHeightForWidth(width)
        if self.ui.detailsEdit.isVisible():
            height += 200
        self.resize(width, max(height, 0))

    @Slot()
    def copy_details(self) -> None:
        """Put the details on the clipboard."""
        QGuiApplication.clipboard().setText(self.details)
        self.ui.copyButton.setText(translate("ErrorDialog", "Copied"))


class ErrorReporter(QObject):
    """Shows errors in the GUI thread, whichever thread they happened in, one at a time."""

    reported = Signal(object, str)

    def __init__(self) -> None:
        super().__init__()
        self.showing = False
        self.missed = 0
        self.reported.connect(self.show)

    def report(self, error: BaseException, details: str) -> None:
        """Show ``error`` (already logged); safe to call from any thread."""
        self.reported.emit(error, details)

    @Slot(object, str)
    def show(self, error: BaseException, details: str) -> None:
        """Show ``error`` now: a plain message if it was an expected one, else the dialog."""
        if self.showing:
            # A failure repeating in a loop must not bury the user in dialogs: it is logged.
            self.missed += 1
            return
        self.showing = True
        try:
            parent = QApplication.activeWindow()
            if isinstance(error, EXPECTED_ERRORS):
                warn(parent, translate("ErrorDialog", "PartnerDesk"), str(error))
            else:
                ErrorDialog(error, details, parent).exec()
        finally:
            self.showing = False


_reporter: ErrorReporter | None = None
_previous_qt_handler: Any = None


def _qt_message(kind: QtMsgType, context: Any, message: str) -> None:
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)
    if _previous_qt_handler is not None:
        _previous_qt_handler(kind, context, message)


def install() -> ErrorReporter:
    """Route uncaught exceptions to the log and the error dialog, and Qt's messages to the log.

    Call once the QApplication exists (and after :func:`partnerdesk.logs.start`).
    """
    global _reporter, _previous_qt_handler
    if _reporter is None:
        _reporter = ErrorReporter()
    logs.install_excepthook(_reporter.report)
    previous = qInstallMessageHandler(_qt_message)
    if previous is not _qt_message:
        _previous_qt_handler = previous
    return _reporter


def uninstall() -> None:
    """Undo :func:`install` (for tests)."""
    global _previous_qt_handler
    logs.uninstall_excepthook()
    qInstallMessageHandler(_previous_qt_handler)
    _previous_qt_handler = None
