"""The contact import dialog: read the file, say which column is what, preview, import.

Self-contained: give it the open Store and the file, ``open()`` it, and it

1. reads the file and compares it with the database on a worker thread (its own Store), with
   a progress bar and Cancel;
2. for a CSV file whose columns it cannot tell, asks which column holds what, showing the
   first rows;
3. shows the preview: every contact of the file with what will happen to it (a new person or
   organisation, a merge into the record it matches and what that fills in, or why it is
   skipped), filterable, with a check box per contact to import it or not, and what was
   assumed (the text encoding, which can be changed);
4. writes nothing until the user presses Import, then writes the plan in one transaction on
   a worker thread, with progress and Cancel (which keeps nothing), and closes.

With an undo stack the import becomes one undoable step; either way the change is announced
through :data:`partnerdesk.gui.events.events`.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QPalette, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from partnerdesk.gui.background import Task
from partnerdesk.gui.events import Topic, events
from partnerdesk.gui.forms.ui_import_dialog import Ui_ImportDialog
from partnerdesk.gui.text import capitalised, error_text, label, phrase, translate
from partnerdesk.gui.undo import ActionCommand
from partnerdesk.imports.contacts import Skipped
from partnerdesk.imports.csv_contacts import ColumnMapping, Field, layout, recognise, usable
from partnerdesk.imports.errors import ColumnsNotRecognisedError, UnreadableFileError
from partnerdesk.imports.plan import (
    Action,
    ImportPlan,
    ImportResult,
    PlanItem,
    apply_plan,
    plan_import,
    redo_import,
    undo_import,
)
from partnerdesk.imports.reading import FileKind, kind_of, read_contacts
from partnerdesk.imports.textfile import ENCODINGS
from partnerdesk.store.connection import Store
from partnerdesk.store.rows import Removal

Index = QModelIndex | QPersistentModelIndex

#: Item data role: "new", "match" or "skipped", for the Show filter.
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 1

NEW, MATCH, SKIPPED = "new", "match", "skipped"

_FIELD_WORDS = {
    "organisation": QT_TRANSLATE_NOOP("ImportDialog", "organisation"),
    "role_title": QT_TRANSLATE_NOOP("ImportDialog", "role"),
    "seniority": QT_TRANSLATE_NOOP("ImportDialog", "seniority"),
    "email": QT_TRANSLATE_NOOP("ImportDialog", "e-mail"),
    "phone": QT_TRANSLATE_NOOP("ImportDialog", "phone"),
    "notes": QT_TRANSLATE_NOOP("ImportDialog", "notes"),
    "website": QT_TRANSLATE_NOOP("ImportDialog", "website"),
    "country": QT_TRANSLATE_NOOP("ImportDialog", "country"),
}
#: The choices of the Show filter, with the words for each.
_SHOW = (
    (None, QT_TRANSLATE_NOOP("ImportDialog", "All")),
    (NEW, QT_TRANSLATE_NOOP("ImportDialog", "New")),
    (MATCH, QT_TRANSLATE_NOOP("ImportDialog", "Matches")),
    (SKIPPED, QT_TRANSLATE_NOOP("ImportDialog", "Skipped")),
)


def _position(where: str) -> int:
    found = re.match(r"\D*(\d+)", where)
    return int(found.group(1)) if found else 0


class PlanModel(QAbstractTableModel):
    """Every contact of the file and what the import does with it; the first column's check
    box says whether to import it (create or merge) or skip it."""

    IMPORT, NAME, ORGANISATION, OUTCOME, EMAIL, ROLE, WHERE = range(7)
    COLUMN_COUNT = 7

    #: Emitted when the user changes what happens to a contact.
    plan_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._plan: ImportPlan | None = None
        self._rows: list[int | Skipped] = []

    def set_plan(self, plan: ImportPlan) -> None:
        """Show this plan, in the order of the file."""
        self.beginResetModel()
        self._plan = plan
        entries: list[int | Skipped] = [*range(len(plan.items)), *plan.skipped]
        self._rows = sorted(entries, key=self._order)
        self.endResetModel()

    def _order(self, entry: int | Skipped) -> int:
        return _position(self._where(entry))

    def _where(self, entry: int | Skipped) -> str:
        if isinstance(entry, Skipped):
            return entry.where
        assert self._plan is not None
        return self._plan.items[entry].contact.where

    def refresh(self) -> None:
        """Show the plan's actions again after they were changed elsewhere."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 6))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            translate("ImportDialog", "Import"),
            translate("ImportDialog", "Name"),
            translate("ImportDialog", "Organisation"),
            translate("ImportDialog", "What happens"),
            translate("ImportDialog", "E-mail"),
            translate("ImportDialog", "Role"),
            translate("ImportDialog", "In the file"),
        ][section]

    def item_at(self, row: int) -> PlanItem | None:
        """The plan item shown in ``row`` (None for a record the file could not give)."""
        entry = self._rows[row]
        if isinstance(entry, Skipped) or self._plan is None:
            return None
        return self._plan.items[entry]

    def category(self, row: int) -> str:
        """Whether the row is new, a match, or skipped."""
        item = self.item_at(row)
        if item is None or (item.action is Action.SKIP and item.match is None):
            return SKIPPED
        return MATCH if item.match is not None else NEW

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        item = self.item_at(index.row()) if index.isValid() else None
        if index.column() == self.IMPORT and item is not None and len(item.choices) > 1:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == CATEGORY_ROLE:
            return self.category(index.row())
        if isinstance(entry, Skipped):
            return self._skipped_data(entry, column, role)
        assert self._plan is not None
        item = self._plan.items[entry]
        if role == Qt.ItemDataRole.CheckStateRole and column == self.IMPORT:
            if len(item.choices) < 2:
                return None
            skipped = item.action is Action.SKIP
            return Qt.CheckState.Unchecked if skipped else Qt.CheckState.Checked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(item, column, role == Qt.ItemDataRole.ToolTipRole)
        if role == Qt.ItemDataRole.ForegroundRole and item.action is Action.SKIP:
            return QPalette().brush(QPalette.ColorRole.PlaceholderText)
        return None

    def _skipped_data(self, entry: Skipped, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            return QPalette().brush(QPalette.ColorRole.PlaceholderText)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == self.IMPORT:
            return translate("Action", Action.SKIP.label)
        if column == self.WHERE:
            return phrase(entry.where)
        if column == self.OUTCOME:
            return capitalised(phrase(entry.reason))
        if column == self.NAME:
            return translate("ImportDialog", "(no usable name)")
        return None

    def _text(self, item: PlanItem, column: int, tooltip: bool) -> str | None:
        contact = item.contact
        if column == self.IMPORT:
            return translate("Action", item.action.label)
        if column == self.NAME:
            return contact.name or ""
        if column == self.ORGANISATION:
            return contact.organisation or ""
        if column == self.EMAIL:
            return "\n".join(contact.emails) if tooltip else (contact.email or "")
        if column == self.ROLE:
            return contact.role_title or ""
        if column == self.WHERE:
            return phrase(contact.where)
        if column == self.OUTCOME:
            return self.details(item) if tooltip else self.outcome(item)
        return None

    def outcome(self, item: PlanItem) -> str:
        """What happens to a contact, in a few words."""
        if item.action is Action.CREATE:
            if item.is_organisation:
                return translate("ImportDialog", "New organisation")
            if item.contact.organisation and item.organisation_id is None:
                return translate("ImportDialog", "New person and organisation")
            return translate("ImportDialog", "New person")
        if item.action is Action.MERGE:
            added = ", ".join(
                translate("ImportDialog", _FIELD_WORDS[name]) for name in item.additions
            )
            return translate("ImportDialog", "Merge: adds %1").replace("%1", added)
        if item.match is not None:
            if item.reason:
                return translate("ImportDialog", "Already there, nothing new")
            return translate("ImportDialog", "Matches; not merged")
        if item.reason:
            return capitalised(phrase(item.reason))
        return translate("ImportDialog", "Not imported")

    def details(self, item: PlanItem) -> str:
        """What happens to a contact, in full sentences."""
        contact = item.contact
        where = capitalised(phrase(contact.where))
        existing = item.existing_name or ""
        match = translate("Match", item.match.label) if item.match is not None else ""
        if item.action is Action.CREATE and item.is_organisation:
            return (
                translate("ImportDialog", "%1: %2 will be added as a new organisation.")
                .replace("%1", where)
                .replace("%2", contact.organisation or "")
            )
        if item.action is Action.CREATE:
            text = (
                translate("ImportDialog", "%1: %2 will be added as a new person")
                .replace("%1", where)
                .replace("%2", contact.name or "")
            )
            if contact.organisation and item.organisation_id is None:
                text += translate("ImportDialog", ", with the new organisation %1").replace(
                    "%1", contact.organisation
                )
            elif contact.organisation:
                text += translate("ImportDialog", " in %1").replace("%1", contact.organisation)
            text += "."
            if contact.role_title:
                text += " " + (
                    translate("ImportDialog", "Seniority: %1 (from the role “%2”).")
                    .replace("%1", label(contact.seniority))
                    .replace("%2", contact.role_title)
                )
            return text
        if item.action is Action.MERGE:
            added = "; ".join(
                f"{translate('ImportDialog', _FIELD_WORDS[name])}: {_shown(value)}"
                for name, value in item.additions.items()
            )
            return (
                translate(
                    "ImportDialog",
                    "%1: matches %2 (%3). Merging fills in what it lacks — %4. "
                    "Nothing already there is changed.",
                )
                .replace("%1", where)
                .replace("%2", existing)
                .replace("%3", match)
                .replace("%4", added)
            )
        if item.match is not None and item.reason:
            return (
                translate("ImportDialog", "%1: matches %2 (%3), which already holds all it has.")
                .replace("%1", where)
                .replace("%2", existing)
                .replace("%3", match)
            )
        if item.match is not None:
            return (
                translate("ImportDialog", "%1: matches %2 (%3); it will not be merged.")
                .replace("%1", where)
                .replace("%2", existing)
                .replace("%3", match)
            )
        if item.reason:
            return f"{where}: {phrase(item.reason)}."
        return translate("ImportDialog", "%1: will not be imported (you unticked it).").replace(
            "%1", where
        )

    def details_at(self, row: int) -> str:
        """The full account of the contact in ``row``."""
        item = self.item_at(row)
        if item is not None:
            # What the file held that could not be kept, said whatever becomes of the contact.
            left_out = [capitalised(phrase(w)) + "." for w in item.contact.warnings]
            return " ".join([self.details(item), *left_out])
        entry = self._rows[row]
        assert isinstance(entry, Skipped)
        return (
            translate("ImportDialog", "%1: cannot be imported: %2.")
            .replace("%1", capitalised(phrase(entry.where)))
            .replace("%2", phrase(entry.reason))
        )

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        item = self.item_at(index.row()) if index.isValid() else None
        if (
            item is None
            or self._plan is None
            or role != Qt.ItemDataRole.CheckStateRole
            or index.column() != self.IMPORT
            or len(item.choices) < 2
        ):
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        entry = self._rows[index.row()]
        assert isinstance(entry, int)
        self._plan.set_action(entry, item.choices[0] if checked else Action.SKIP)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 6))
        self.plan_changed.emit()
        return True


def _shown(value: Any) -> str:
    text = str(getattr(value, "label", value))
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= 60 else one_line[:59] + "…"


class PlanFilter(QSortFilterProxyModel):
    """Shows all contacts, or only the new ones, the matches or the skipped ones."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.category: str | None = None

    def set_category(self, category: str | None) -> None:
        self.beginFilterChange()
        self.category = category
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self.category is None:
            return True
        model = self.sourceModel()
        assert isinstance(model, PlanModel)
        return model.category(source_row) == self.category


class SampleModel(QAbstractTableModel):
    """The first rows of a CSV file, under its column names."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self.rows: list[list[str]] = []

    def set_rows(self, headers: list[str], rows: list[list[str]]) -> None:
        self.beginResetModel()
        self.headers = headers
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section] or translate("ImportDialog", "(column %1)").replace(
                "%1", str(section + 1)
            )
        return str(section + 2)  # the rows of the file as a spreadsheet numbers them

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self.rows[index.row()]
        cell = row[index.column()] if index.column() < len(row) else ""
        return cell if role == Qt.ItemDataRole.ToolTipRole else " ".join(cell.split())


class ImportDialog(QDialog):
    """Imports contacts from one vCard or CSV file into ``store`` after a preview."""

    #: Emitted with the :class:`~partnerdesk.imports.plan.ImportResult` once written.
    imported = Signal(object)

    BUSY, COLUMNS, PREVIEW, PROBLEM = range(4)

    def __init__(
        self,
        store: Store,
        path: Path,
        parent: QWidget | None = None,
        *,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.path = Path(path)
        self.undo_stack = undo_stack
        self.kind = kind_of(self.path, _head(self.path))
        self.encoding: str | None = None
        self.mapping: ColumnMapping | None = None
        self.plan: ImportPlan | None = None
        self.import_result: ImportResult | None = None
        #: What the import did, in a sentence (once it is done).
        self.summary = ""
        self.task: Task | None = None
        self._importing = False
        self._columns: list[str] = []
        self._recognised: ColumnMapping = {}
        self._combos: dict[Field, QComboBox] = {}

        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(translate("ImportDialog", "Import Contacts"))
        title = self.ui.titleLabel.font()
        title.setPointSizeF(title.pointSizeF() * 1.3)
        title.setBold(True)
        self.ui.titleLabel.setFont(title)
        self.ui.titleLabel.setText(
            translate("ImportDialog", "Import contacts from %1").replace("%1", self.path.name)
        )
        problem = self.ui.problemTitle.font()
        problem.setBold(True)
        self.ui.problemTitle.setFont(problem)
        self.ui.sourceLabel.setText(str(self.path))

        self.model = PlanModel(self)
        self.proxy = PlanFilter(self)
        self.proxy.setSourceModel(self.model)
        view = self.ui.planView
        view.setModel(self.proxy)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PlanModel.OUTCOME, QHeaderView.ResizeMode.Stretch)
        # Sizing columns and rows from every row would stall on a file of thousands of cards.
        header.setResizeContentsPrecision(200)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.model.plan_changed.connect(self._plan_changed)
        self.model.plan_changed.connect(self._show_details)
        view.selectionModel().currentRowChanged.connect(self._show_details)
        self.sample = SampleModel(self)
        self.ui.sampleView.setModel(self.sample)

        self.ui.encodingCombo.addItem(translate("ImportDialog", "Automatic"), None)
        for codec, words in ENCODINGS.items():
            self.ui.encodingCombo.addItem(translate("Encodings", words), codec)
        self.ui.encodingCombo.currentIndexChanged.connect(self._encoding_chosen)
        for category, text in _SHOW:
            self.ui.showCombo.addItem(translate("ImportDialog", text), category)
        self.ui.showCombo.currentIndexChanged.connect(
            lambda: self.proxy.set_category(self.ui.showCombo.currentData())
        )
        self.ui.mergeCheck.toggled.connect(self._merge_toggled)
        self.ui.columnsButton.clicked.connect(self.show_columns)
        self.ui.columnsButton.setVisible(self.kind is FileKind.CSV)

        box = self.ui.buttonBox
        self.back_button = QPushButton(translate("ImportDialog", "&Back"))
        self.back_button.setAccessibleName(translate("ImportDialog", "Back"))
        self.primary_button = QPushButton(translate("ImportDialog", "&Import"))
        self.primary_button.setAccessibleName(translate("ImportDialog", "Import"))
        # Back sits apart from the button box, before it, as in a wizard.
        bottom = self.ui.bottomLayout
        bottom.insertWidget(bottom.indexOf(box), self.back_button)
        box.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        box.addButton(self.primary_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.primary_button.setDefault(True)
        self.back_button.clicked.connect(self._back)
        box.accepted.connect(self._primary)
        box.rejected.connect(self.reject)
        self.resize(960, 620)
        self._show_page(self.BUSY)
        QTimer.singleShot(0, self.read)

    # --- pages -----------------------------------------------------------------------------

    def _show_page(self, page: int) -> None:
        self.ui.stack.setCurrentIndex(page)
        self.back_button.setVisible(
            (page == self.COLUMNS and self.plan is not None)
            or (page == self.PROBLEM and self.plan is not None)
        )
        self.primary_button.setVisible(page in (self.COLUMNS, self.PREVIEW))
        busy = page == self.BUSY
        cancel = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(
            translate("ImportDialog", "&Close")
            if page == self.PROBLEM
            else translate("ImportDialog", "Cancel")
        )
        self.ui.encodingCombo.setEnabled(not busy)
        self.ui.encodingLabel.setEnabled(not busy)
        if page == self.COLUMNS:
            self.primary_button.setText(translate("ImportDialog", "&Preview"))
            self.primary_button.setAccessibleName(translate("ImportDialog", "Preview"))
            self._columns_changed()
        elif page == self.PREVIEW:
            self._plan_changed()
            self.ui.planView.setFocus()

    def _busy(self, text: str) -> None:
        self.ui.busyLabel.setText(text)
        self.ui.busyBar.setRange(0, 0)
        self._show_page(self.BUSY)

    def _progressed(self, done: int, total: int) -> None:
        if total:
            self.ui.busyBar.setRange(0, total)
            self.ui.busyBar.setValue(min(done, total))

    # --- reading and planning --------------------------------------------------------------

    def read(self) -> None:
        """Read the file (again) and compare it with the database, off the GUI thread."""
        self._busy(translate("ImportDialog", "Reading %1…").replace("%1", self.path.name))
        path, mapping, encoding = self.path, self.mapping, self.encoding

        def work(store: Store | None, progress: Any, cancelled: Any) -> ImportPlan:
            assert store is not None
            contacts = read_contacts(
                path, mapping=mapping, encoding=encoding, progress=progress, cancelled=cancelled
            )
            return plan_import(store, contacts)

        task = self._run(work, readonly=True)
        task.succeeded.connect(self._planned)
        task.failed.connect(self._read_failed)

    def _run(self, work: Any, *, readonly: bool) -> Task:
        task = Task(work, store=self.store, readonly=readonly, parent=self)
        self.task = task
        task.progressed.connect(self._progressed)
        task.crashed.connect(_crash)
        task.done.connect(lambda: self._task_done(task))
        task.begin()
        return task

    def _task_done(self, task: Task) -> None:
        # The end of an earlier task (reading) may be announced after a later one (importing)
        # began: only the current task's end clears it.
        if self.task is task:
            self.task = None
            self._importing = False

    def _planned(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.model.set_plan(plan)
        if not self.ui.mergeCheck.isChecked():
            plan.set_matches(Action.SKIP)
            self.model.refresh()
        contacts = len(plan.items) + len(plan.skipped)
        what = (
            translate("ImportDialog", "%n cards", None, contacts)
            if self.kind is FileKind.VCARD
            else translate("ImportDialog", "%n rows", None, contacts)
        )
        self.ui.sourceLabel.setText(f"{self.path} · {plan.source.file_format} · {what}")
        notes = [phrase(note) for note in plan.source.notes]
        self.ui.notesLabel.setText("\n".join(notes))
        self.ui.notesLabel.setVisible(bool(notes))
        self._fit_columns()
        self._show_page(self.PREVIEW)

    def _fit_columns(self) -> None:
        view = self.ui.planView
        for column in range(PlanModel.COLUMN_COUNT):
            if column != PlanModel.OUTCOME:
                view.resizeColumnToContents(column)
                view.setColumnWidth(column, min(view.columnWidth(column), 200))
        if self.proxy.rowCount():
            view.setCurrentIndex(self.proxy.index(0, PlanModel.IMPORT))

    def _read_failed(self, error: Exception) -> None:
        if isinstance(error, ColumnsNotRecognisedError):
            self._columns = error.columns
            self._recognised = recognise(error.columns)
            self.sample.set_rows(error.columns, error.sample)
            self.ui.columnsIntro.setText(
                translate(
                    "ImportDialog",
                    "PartnerDesk cannot tell which columns of this file hold names and "
                    "organisations. Choose the column for each; a name (or first and last "
                    "name) or an organisation is needed.",
                )
            )
            self._fill_columns()
            self._show_page(self.COLUMNS)
            return
        self.ui.problemTitle.setText(translate("ImportDialog", "This file cannot be imported"))
        self.ui.problemText.setText(_sentence(error))
        self.ui.problemAdvice.setText(
            translate(
                "ImportDialog",
                "Nothing was imported. Choose another file, or, if the text looks garbled, "
                "another text encoding below.",
            )
        )
        self._show_page(self.PROBLEM)

    # --- columns ---------------------------------------------------------------------------

    def show_columns(self) -> None:
        """Show which column holds what, to change it."""
        try:
            shape = layout(self.path.read_bytes(), encoding=self.encoding)
        except Exception as exc:  # the file changed or vanished since it was read
            self._read_failed(exc)
            return
        self._columns = shape.headers
        self._recognised = {**shape.recognised, **(self.mapping or {})}
        self.sample.set_rows(shape.headers, shape.sample)
        self.ui.columnsIntro.setText(
            translate(
                "ImportDialog",
                "Choose the column that holds each field. Fields left at “Not in the file” "
                "are not imported.",
            )
        )
        self._fill_columns()
        self._show_page(self.COLUMNS)

    def _fill_columns(self) -> None:
        form = self.ui.fieldsForm
        while form.rowCount():
            form.removeRow(0)
        self._combos = {}
        for field in Field:
            combo = QComboBox()
            combo.setAccessibleName(translate("Field", field.label))
            combo.addItem(translate("ImportDialog", "Not in the file"), None)
            for index, header in enumerate(self._columns):
                shown = header or translate("ImportDialog", "(column %1)").replace(
                    "%1", str(index + 1)
                )
                combo.addItem(shown, index)
            chosen = self._recognised.get(field, ())
            if chosen:
                combo.setCurrentIndex(combo.findData(chosen[0]))
            combo.currentIndexChanged.connect(self._columns_changed)
            form.addRow(translate("Field", field.label) + ":", combo)
            self._combos[field] = combo
        self.ui.sampleView.resizeColumnsToContents()

    def _chosen_mapping(self) -> ColumnMapping:
        mapping: ColumnMapping = {}
        for field, combo in self._combos.items():
            index = combo.currentData()
            recognised = self._recognised.get(field, ())
            if index is None:
                mapping[field] = ()
            elif recognised and recognised[0] == index:
                mapping[field] = recognised  # keep the other columns recognised for it
            else:
                mapping[field] = (int(index),)
        return mapping

    def _columns_changed(self) -> None:
        if self.ui.stack.currentIndex() == self.COLUMNS:
            self.primary_button.setEnabled(usable(self._chosen_mapping()))

    # --- the preview -----------------------------------------------------------------------

    def _plan_changed(self) -> None:
        plan = self.plan
        if plan is None:
            return
        counts = plan.counts()
        merged = counts["people_merged"] + counts["organisations_merged"]
        parts = [
            text
            for number, text in (
                (
                    counts["people_created"],
                    translate("ImportDialog", "%n new people", None, counts["people_created"]),
                ),
                (
                    counts["organisations_created"],
                    translate(
                        "ImportDialog",
                        "%n new organisations",
                        None,
                        counts["organisations_created"],
                    ),
                ),
                (merged, translate("ImportDialog", "%n merged", None, merged)),
                (
                    counts["skipped"],
                    translate("ImportDialog", "%n skipped", None, counts["skipped"]),
                ),
            )
            if number
        ]
        if plan.writes_anything:
            summary = translate("ImportDialog", "The import will make %1.").replace(
                "%1", ", ".join(parts)
            )
            summary += " " + translate("ImportDialog", "Nothing is written until you press Import.")
        else:
            summary = translate("ImportDialog", "There is nothing to import: %1.").replace(
                "%1", ", ".join(parts) or translate("ImportDialog", "the file holds no contacts")
            )
        self.ui.summaryLabel.setText(summary)
        categories = [self.model.category(row) for row in range(self.model.rowCount())]
        for position, (category, text) in enumerate(_SHOW):
            shown = len(categories) if category is None else categories.count(category)
            self.ui.showCombo.setItemText(position, f"{translate('ImportDialog', text)} ({shown})")
        writes = plan.writes_anything
        self.primary_button.setEnabled(writes)
        self.primary_button.setText(translate("ImportDialog", "&Import"))
        self.primary_button.setAccessibleName(translate("ImportDialog", "Import"))
        self.ui.mergeCheck.setEnabled(any(item.match is not None for item in plan.items))

    def _show_details(self) -> None:
        current = self.proxy.mapToSource(self.ui.planView.currentIndex())
        self.ui.detailLabel.setText(
            self.model.details_at(current.row()) if current.isValid() else ""
        )

    def _merge_toggled(self, merge: bool) -> None:
        if self.plan is not None:
            self.plan.set_matches(Action.MERGE if merge else Action.SKIP)
            self.model.refresh()
            self._plan_changed()
            self._show_details()

    def _encoding_chosen(self) -> None:
        self.encoding = self.ui.encodingCombo.currentData()
        if self.ui.stack.currentIndex() == self.COLUMNS and self.plan is None:
            self.mapping = None
        self.read()

    # --- buttons ---------------------------------------------------------------------------

    def _primary(self) -> None:
        page = self.ui.stack.currentIndex()
        if page == self.COLUMNS:
            self.mapping = self._chosen_mapping()
            self.read()
        elif page == self.PREVIEW and self.plan is not None and self.plan.writes_anything:
            self.start_import()

    def _back(self) -> None:
        if self.plan is not None:
            self._show_page(self.PREVIEW)

    def start_import(self) -> None:
        """Write the plan as previewed, on a worker thread, in one transaction."""
        plan = self.plan
        assert plan is not None
        self._busy(translate("ImportDialog", "Importing from %1…").replace("%1", self.path.name))

        def work(store: Store | None, progress: Any, cancelled: Any) -> ImportResult:
            assert store is not None
            return apply_plan(store, plan, progress=progress, cancelled=cancelled)

        self._importing = True
        task = self._run(work, readonly=False)
        task.succeeded.connect(self._imported)
        task.failed.connect(self._import_failed)
        task.cancelled.connect(self._import_cancelled)

    def _import_cancelled(self) -> None:
        self.ui.notesLabel.setText(
            translate("ImportDialog", "The import was stopped; nothing was written.")
        )
        self.ui.notesLabel.setVisible(True)
        self._show_page(self.PREVIEW)

    def _import_failed(self, error: Exception) -> None:
        self.ui.problemTitle.setText(
            translate("ImportDialog", "The contacts could not be imported")
        )
        self.ui.problemText.setText(_sentence(error))
        self.ui.problemAdvice.setText(translate("ImportDialog", "Nothing was written."))
        self._show_page(self.PROBLEM)

    def _imported(self, result: ImportResult) -> None:
        self.import_result = result
        people = len(result.created_people)
        organisations = len(result.created_organisations)
        merged = len(result.merged_people) + len(result.merged_organisations)
        parts = [
            text
            for number, text in (
                (people, translate("ImportDialog", "%n new people", None, people)),
                (
                    organisations,
                    translate("ImportDialog", "%n new organisations", None, organisations),
                ),
                (merged, translate("ImportDialog", "%n merged", None, merged)),
            )
            if number
        ]
        self.summary = (
            translate("ImportDialog", "Imported from %1: %2.")
            .replace("%1", self.path.name)
            .replace("%2", ", ".join(parts))
        )
        topics = {Topic.ORGANISATIONS, Topic.PEOPLE}
        if self.undo_stack is not None:
            self.undo_stack.push(self._undo_command(result, topics))
        else:
            events.announce(topics)
        window = self.parentWidget().window() if self.parentWidget() is not None else None
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.summary, 15000)
        self.imported.emit(result)
        self.accept()

    def _undo_command(self, result: ImportResult, topics: set[Topic]) -> ActionCommand:
        store = self.store
        state: dict[str, Any] = {"applied": True, "removal": None}

        def do() -> None:
            # The first push finds the import already written by the worker.
            if state["applied"]:
                return
            removal: Removal = state["removal"]
            redo_import(store, result, removal)
            state["applied"] = True

        def undo() -> None:
            state["removal"] = undo_import(store, result)
            state["applied"] = False

        text = translate("ImportDialog", "Import contacts from %1").replace("%1", self.path.name)
        return ActionCommand(text, store, topics, do, undo)

    # --- closing ---------------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel: while importing, stop the import (nothing is kept) and go back to the
        preview; otherwise close without importing."""
        if self._importing and self.task is not None:
            self.task.cancel()
            return
        self._stop_task()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop_task()
        super().closeEvent(event)

    def _stop_task(self) -> None:
        task = self.task
        if task is not None:
            task.cancel()
            task.wait()


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(64)
    except OSError:
        return b""


def _sentence(error: Exception) -> str:
    # The dialog already names the file: say where in it, and what is wrong.
    if isinstance(error, UnreadableFileError):
        problem = phrase(error.problem) + "."
        text = f"{phrase(error.where)}: {problem}" if error.where else problem
    else:
        text = error_text(error)
    return capitalised(text)


def _crash(details: str) -> None:
    raise RuntimeError(details)
