"""File → Backups…: the backups of the open database, a backup now, and restoring one.

Restoring first backs up the database as it is (so the user can come back to it), then opens
the restored database in the window through the window's ``set_store``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QHeaderView, QMainWindow, QWidget

from partnerdesk.gui import desktop, opening
from partnerdesk.gui.dialogs import confirm, warn
from partnerdesk.gui.events import Topic, events
from partnerdesk.gui.forms.ui_backups_dialog import Ui_BackupsDialog
from partnerdesk.gui.text import short_date_time, translate
from partnerdesk.store import backup
from partnerdesk.store.backup import BackupError, BackupInfo, Reason
from partnerdesk.store.connection import Store

#: The role under which each row carries its :class:`BackupInfo`.
BACKUP_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


def reason_label(reason: str) -> str:
    """Why a backup was made, in the user's words."""
    labels = {
        Reason.DAILY.value: translate("Backups", "Daily"),
        Reason.BEFORE_UPGRADE.value: translate("Backups", "Before an upgrade"),
        Reason.BEFORE_RESTORE.value: translate("Backups", "Before a restore"),
        Reason.BY_HAND.value: translate("Backups", "Made by hand"),
    }
    return labels.get(reason, reason)


def taken_label(info: BackupInfo) -> str:
    """When a backup was made, in local time, its date written as every date is."""
    return short_date_time(info.taken_at)


def age_label(info: BackupInfo, now: datetime) -> str:
    """How long ago a backup was made: "just now", "3 hours ago", "12 days ago"."""
    seconds = max(0, int((now - info.taken_at).total_seconds()))
    if seconds < 60:
        return translate("Backups", "just now")
    if seconds < 3600:
        return translate("Backups", "%n minutes ago", None, seconds // 60)
    if seconds < 86400:
        return translate("Backups", "%n hours ago", None, seconds // 3600)
    return translate("Backups", "%n days ago", None, seconds // 86400)


class BackupsModel(QAbstractTableModel):
    """The backups of one database, newest first."""

    TAKEN, AGE, REASON, SIZE = range(4)
    COLUMN_COUNT = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.backups: list[BackupInfo] = []
        self.now = datetime.now(UTC)

    def set_backups(self, backups: list[BackupInfo], now: datetime) -> None:
        """Show these backups."""
        self.beginResetModel()
        self.backups = list(backups)
        self.now = now
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.backups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            translate("Backups", "Made"),
            translate("Backups", "Age"),
            translate("Backups", "Why"),
            translate("Backups", "Size"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info = self.backups[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TAKEN:
                return taken_label(info)
            if column == self.AGE:
                return age_label(info, self.now)
            if column == self.REASON:
                return reason_label(info.reason)
            if column == self.SIZE:
                return QLocale().formattedDataSize(info.size, 1)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(info.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == BACKUP_ROLE:
            return info
        return None


class BackupsDialog(QDialog):
    """Lists the backups of the open database; backs up now; restores one."""

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        replace_store: Callable[[Store], None],
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__(parent)
        assert store.path is not None
        self.store = store
        self.replace_store = replace_store
        self.now = now
        self.job: opening.BackupJob | None = None
        self.ui = Ui_BackupsDialog()
        self.ui.setupUi(self)
        heading = self.ui.headingLabel.font()
        heading.setBold(True)
        heading.setPointSizeF(heading.pointSizeF() * 1.15)
        self.ui.headingLabel.setFont(heading)
        self.ui.headingLabel.setText(
            translate("Backups", "Backups of “%1”").replace("%1", store.path.name)
        )
        self.setWindowTitle(translate("Backups", "Backups of %1").replace("%1", store.path.name))
        self.model = BackupsModel(self)
        view = self.ui.backupsView
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BackupsModel.REASON, QHeaderView.ResizeMode.Stretch)
        view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.ui.backUpButton.clicked.connect(self.back_up_now)
        self.ui.restoreButton.clicked.connect(self.restore_selected)
        self.ui.folderButton.clicked.connect(self.show_folder)
        self.ui.closeButton.clicked.connect(self.accept)
        self.refresh()

    @property
    def folder(self) -> Any:
        assert self.store.path is not None
        return backup.folder_for(self.store.path)

    def refresh(self) -> None:
        """Read the list of backups again; the newest is selected."""
        assert self.store.path is not None
        found = backup.list_backups(self.store.path)
        self.model.set_backups(found, self.now())
        self.ui.backupsStack.setCurrentWidget(self.ui.backupsView if found else self.ui.emptyPage)
        if found:
            self.ui.backupsView.selectRow(0)
        if self.job is None and not self.ui.statusLabel.text():
            self.ui.statusLabel.setText(
                translate("Backups", "Kept in %1").replace("%1", str(self.folder))
            )
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        """The backup selected in the list."""
        rows = self.ui.backupsView.selectionModel().selectedRows()
        if not rows or self.ui.backupsStack.currentWidget() is not self.ui.backupsView:
            return None
        info: BackupInfo = rows[0].data(BACKUP_ROLE)
        return info

    @Slot()
    def _update_buttons(self) -> None:
        busy = self.job is not None
        self.ui.backUpButton.setEnabled(not busy)
        can_restore = self.selected() is not None and not self.store.readonly and not busy
        self.ui.restoreButton.setEnabled(can_restore)
        self.ui.restoreButton.setToolTip(
            translate("Backups", "The database is open read-only, so it cannot be replaced.")
            if self.store.readonly
            else translate(
                "Backups",
                "Replace the database with the selected backup; "
                "the database as it is now is backed up first",
            )
        )

    @Slot()
    def back_up_now(self) -> None:
        """Make a backup in the background; the list shows it when it is done."""
        assert self.store.path is not None
        self.ui.statusLabel.setText(translate("Backups", "Backing up…"))
        self.job = opening.BackupJob(self.store.path, Reason.BY_HAND, self)
        self.job.finished.connect(self._backed_up)
        self._update_buttons()
        self.job.start()

    @Slot(object)
    def _backed_up(self, result: object) -> None:
        self.job = None
        if isinstance(result, BackupInfo):
            self.ui.statusLabel.setText(
                translate("Backups", "Backed up and checked: %1.").replace("%1", result.path.name)
            )
        else:
            self.ui.statusLabel.setText(
                translate("Backups", "The backup could not be made: %1").replace("%1", str(result))
            )
        self.refresh()

    @Slot()
    def restore_selected(self) -> None:
        """Ask, then replace the database with the selected backup."""
        info = self.selected()
        if info is None or self.store.readonly:
            return
        if not confirm(
            self,
            translate("Backups", "Restore Backup"),
            translate("Backups", "Replace the database with the backup made %1?").replace(
                "%1", taken_label(info)
            ),
            translate(
                "Backups",
                "Everything changed since then is replaced. The database as it is now is backed "
                "up first, so you can restore it again from this list.",
            ),
            action=translate("Backups", "Restore"),
        ):
            return
        try:
            result = opening.restore_in_place(self.store, info.path, self._replaced)
        except (BackupError, OSError) as exc:
            warn(
                self,
                translate("Backups", "Restore Backup"),
                translate("Backups", "Nothing was restored."),
                str(exc),
            )
            self.refresh()
            return
        message = translate("Backups", "Restored the backup made %1.").replace(
            "%1", taken_label(info)
        )
        if result.safety_backup is not None:
            message += " " + translate(
                "Backups", "The database as it was is the newest backup (“Before a restore”)."
            )
        if result.set_aside is not None:
            message += " " + translate(
                "Backups", "The damaged file is kept, unchanged, as %1."
            ).replace("%1", str(result.set_aside))
        self.ui.statusLabel.setText(message)
        self.refresh()

    def _replaced(self, store: Store) -> None:
        self.store = store
        self.replace_store(store)
        events.announce({Topic.DATABASE})

    @Slot()
    def show_folder(self) -> None:
        """Open the folder of backups in the file manager."""
        self.folder.mkdir(parents=True, exist_ok=True)
        desktop.open_folder(self.folder)

    def done(self, result: int) -> None:
        if self.job is not None:
            self.job.thread.join()  # a backup under way is finished, not abandoned
        super().done(result)


def add_backups_action(window: QMainWindow) -> QAction:
    """Add File → Backups… to ``window`` (which has ``ui.menuFile``, ``store``, ``set_store``)."""
    action = QAction(translate("MainWindow", "&Backups…"), window)
    action.setObjectName("actionBackups")
    action.setToolTip(translate("MainWindow", "See the backups of this database and restore one"))
    menu = window.ui.menuFile  # type: ignore[attr-defined]
    actions = menu.actions()
    quit_action = window.ui.actionQuit  # type: ignore[attr-defined]
    before = quit_action
    if quit_action in actions:
        at = actions.index(quit_action)
        if at > 0 and actions[at - 1].isSeparator():
            before = actions[at - 1]
    menu.insertAction(before, action)

    def show() -> None:
        dialog = BackupsDialog(window.store, window, replace_store=window.set_store)  # type: ignore[attr-defined]
        dialog.exec()

    action.triggered.connect(show)
    return action
