"""The assessment editor: rate the five levels of a partnership at a date, beside the previous
assessment, with undo.

:func:`add_assessment_command`, :func:`edit_assessment_command` and
:func:`delete_assessment_command` make the undoable commands every view pushes on the window's
QUndoStack; :class:`AssessmentEditor` is the dialog that fills them in.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QPainter,
    QPalette,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyleOptionFocusRect,
    QToolButton,
    QWidget,
)

from partnerdesk.domain.assessments import (
    add_assessment,
    assessments,
    delete_assessment,
    get_assessment,
    update_assessment,
)
from partnerdesk.domain.errors import ValidationError
from partnerdesk.domain.partnerships import get_partnership
from partnerdesk.domain.records import Assessment
from partnerdesk.domain.vocabulary import Level
from partnerdesk.gui.events import Topic
from partnerdesk.gui.forms.ui_assessment_editor import Ui_AssessmentEditor
from partnerdesk.gui.text import (
    date_format,
    label,
    meaning,
    refusal,
    refusal_sentence,
    short_date,
    strength_text,
    translate,
)
from partnerdesk.gui.theme import level_colour
from partnerdesk.gui.undo import CreateCommand, DeleteCommand, EditCommand
from partnerdesk.store.connection import Store

#: What changes when an assessment changes: the charts, the portfolio's strengths, reminders.
TOPICS = frozenset({Topic.ASSESSMENTS})

Scores = dict[Level, int | None]


# --- the undoable commands ------------------------------------------------------------------


def add_assessment_command(
    store: Store,
    partnership_id: int,
    *,
    assessed_on: date,
    scores: Scores,
    note: str | None = None,
    private: bool = False,
) -> CreateCommand:
    """The command that records a new assessment (undo deletes it, redo brings it back)."""
    return CreateCommand(
        translate("AssessmentEditor", "Add assessment of %1").replace(
            "%1", short_date(assessed_on)
        ),
        store,
        TOPICS,
        create=lambda: add_assessment(
            store,
            partnership_id,
            assessed_on=assessed_on,
            scores=scores,
            note=note,
            private=private,
        ),
        delete=lambda assessment_id: delete_assessment(store, assessment_id),
    )


def assessment_values(assessment: Assessment) -> dict[str, Any]:
    """An assessment's editable values, as :func:`update_assessment` takes them."""
    return {
        "assessed_on": assessment.assessed_on,
        "scores": dict(assessment.scores),
        "note": assessment.note,
        "private": assessment.private,
    }


def edit_assessment_command(store: Store, before: Assessment, after: dict[str, Any]) -> EditCommand:
    """The command that changes an assessment to the ``after`` values (undo restores it)."""
    return EditCommand(
        translate("AssessmentEditor", "Edit assessment of %1").replace(
            "%1", short_date(before.assessed_on)
        ),
        store,
        TOPICS,
        apply=lambda values: update_assessment(store, before.id, **values),
        before=assessment_values(before),
        after=after,
    )


def delete_assessment_command(store: Store, assessment: Assessment) -> DeleteCommand:
    """The command that deletes an assessment (undo puts it back as it was)."""
    return DeleteCommand(
        translate("AssessmentEditor", "Delete assessment of %1").replace(
            "%1", short_date(assessment.assessed_on)
        ),
        store,
        TOPICS,
        delete=lambda: delete_assessment(store, assessment.id),
    )


# --- rating one level -----------------------------------------------------------------------

#: The button of "not rated" in a :class:`ScoreSelector`'s group.
NOT_RATED_ID = 6


def anchor_text(level: Level, score: int | None) -> str:
    """What a score means at a level: its anchor for 0, 1, 3 and 5, the two around it for 2
    and 4, and "Not rated" for None."""
    if score is None:
        return translate("AssessmentEditor", "Not rated: leave it when you cannot tell.")
    anchors = level.anchors
    if score in anchors:
        return f"{score} — {translate('Level', anchors[score])}"
    below, above = score - 1, score + 1
    return (
        translate("AssessmentEditor", "%1 — between “%2” and “%3”")
        .replace("%1", str(score))
        .replace("%2", translate("Level", anchors[below]).rstrip("."))
        .replace("%3", translate("Level", anchors[above]).rstrip("."))
    )


def scale_text(level: Level) -> str:
    """What 0, 1, 3 and 5 look like at a level, in one line: "0 … · 1 … · 3 … · 5 …"."""
    return "  ·  ".join(
        f"{score} {translate('Level', text).rstrip('.')}" for score, text in level.anchors.items()
    )


class ScoreSelector(QWidget):
    """A row of buttons — "–" (not rated) and 0 to 5 — to rate one level.

    It takes the keyboard focus as one control: the digits 0–5 choose a score, minus,
    Backspace or Delete "not rated", the arrow keys step through the choices.
    """

    #: Emitted with the new score (an int, or None for "not rated").
    value_changed = Signal(object)
    #: Emitted when it takes the keyboard focus (or the mouse is over it).
    engaged = Signal()

    def __init__(self, level: Level, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = level
        self._value: int | None = None
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(3, 3, 3, 3)
        layout.setSpacing(2)
        self.buttons: dict[int | None, QToolButton] = {}
        for score in (None, 0, 1, 2, 3, 4, 5):
            button = QToolButton(self)
            button.setText("–" if score is None else str(score))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoRaise(False)
            button.setMinimumSize(QSize(30, 28))
            button.setToolTip(anchor_text(level, score))
            button.setAccessibleName(
                translate("AssessmentEditor", "Not rated") if score is None else str(score)
            )
            button.setAccessibleDescription(anchor_text(level, score))
            self.group.addButton(button, NOT_RATED_ID if score is None else score)
            layout.addWidget(button)
            self.buttons[score] = button
        # The chosen score stands out in the system's selection colours, light or dark.
        self.setStyleSheet(
            "QToolButton:checked { background-color: palette(highlight);"
            " color: palette(highlighted-text); border: 1px solid palette(highlight);"
            " border-radius: 3px; font-weight: bold; }"
        )
        self.group.idClicked.connect(self._clicked)
        self.buttons[None].setChecked(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(
            translate("AssessmentEditor", "%1 rating").replace("%1", label(level))
        )
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._describe()

    def value(self) -> int | None:
        """The score chosen: 0–5, or None for "not rated"."""
        return self._value

    def set_value(self, value: int | None) -> None:
        """Choose a score (None: not rated)."""
        if value is not None and not 0 <= value <= 5:
            raise ValueError(f"{value} is not a score from 0 to 5")
        self.buttons[value].setChecked(True)
        if value != self._value:
            self._value = value
            self._describe()
            self.value_changed.emit(value)

    def _clicked(self, button_id: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.set_value(None if button_id == NOT_RATED_ID else button_id)

    def _describe(self) -> None:
        self.setAccessibleDescription(anchor_text(self.level, self._value))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        choices: list[int | None] = [None, 0, 1, 2, 3, 4, 5]
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_5:
            self.set_value(key - Qt.Key.Key_0)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.set_value(None)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Plus):
            index = choices.index(self._value)
            self.set_value(choices[min(index + 1, len(choices) - 1)])
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            index = choices.index(self._value)
            self.set_value(choices[max(index - 1, 0)])
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.engaged.emit()
        self.update()

    def enterEvent(self, event: Any) -> None:
        super().enterEvent(event)
        self.engaged.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event: Any) -> None:
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self)
            option = QStyleOptionFocusRect()
            option.initFrom(self)
            option.rect = self.rect().adjusted(1, 1, -1, -1)
            self.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self
            )
            painter.end()


# --- the dialog -----------------------------------------------------------------------------


class _LevelRow:
    """The widgets of one level in the editor's grid."""

    def __init__(self, dialog: AssessmentEditor, level: Level, row: int) -> None:
        grid = dialog.ui.levelsGrid
        parent = dialog.ui.levelsBox
        self.level = level
        swatch = QLabel(parent)
        swatch.setFixedSize(14, 14)
        swatch.setStyleSheet(f"background-color: {level_colour(level).name()}; border-radius: 3px;")
        swatch.setAccessibleName(label(level))
        name = QLabel(f"<b>{label(level)}</b>", parent)
        title = QHBoxLayout()
        title.setSpacing(6)
        title.addWidget(swatch)
        title.addWidget(name)
        title.addStretch(1)
        self.selector = ScoreSelector(level, parent)
        name.setBuddy(self.selector)
        self.previous = QLabel(parent)
        self.previous.setMinimumWidth(70)
        self.previous.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Under the name, across the whole row: what the level means, then what the chosen
        # score means there (the whole scale shows under the levels while rating one).
        explanation = QLabel(meaning(level), parent)
        explanation.setWordWrap(True)
        small = explanation.font()
        small.setPointSizeF(small.pointSizeF() * 0.92)
        explanation.setFont(small)
        explanation.setContentsMargins(20, 0, 0, 0)
        self.hint = QLabel(parent)
        self.hint.setWordWrap(True)
        self.hint.setFont(small)
        self.hint.setContentsMargins(20, 0, 0, 8)
        palette = self.hint.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        background = palette.color(QPalette.ColorRole.Window)
        muted = QColor.fromRgbF(
            text_colour.redF() * 0.62 + background.redF() * 0.38,
            text_colour.greenF() * 0.62 + background.greenF() * 0.38,
            text_colour.blueF() * 0.62 + background.blueF() * 0.38,
        )
        palette.setColor(QPalette.ColorRole.WindowText, muted)
        self.hint.setPalette(palette)
        # The scores and the previous rating beside the name and its meaning (not under them),
        # so the five levels fit a laptop's screen.
        first = 1 + row * 3
        grid.addLayout(title, first, 0)
        grid.addWidget(self.selector, first, 1, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.previous, first, 2, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(explanation, first + 1, 0)
        grid.addWidget(self.hint, first + 2, 0, 1, 3)
        self.selector.value_changed.connect(self.show_hint)
        self.show_hint(None)

    def show_hint(self, value: int | None) -> None:
        self.hint.setText("" if value is None else anchor_text(self.level, value))

    def show_previous(self, previous: Assessment | None) -> None:
        if previous is None:
            self.previous.setText("")
            self.previous.setToolTip("")
            return
        score = previous.scores[self.level]
        self.previous.setText(
            translate("AssessmentEditor", "was %1").replace(
                "%1", "–" if score is None else str(score)
            )
        )
        self.previous.setToolTip(
            translate("AssessmentEditor", "Rated on %1: %2")
            .replace("%1", short_date(previous.assessed_on))
            .replace("%2", anchor_text(self.level, score))
        )


class AssessmentEditor(QDialog):
    """Rate a partnership's five levels at a date, beside the previous assessment.

    A new assessment is dated today; editing one changes it in place. Saving pushes an
    undoable command on ``undo_stack``; a refused value is shown at its field and nothing is
    saved. Open it with :meth:`open` (it is window-modal, not blocking).
    """

    #: Emitted with the assessment's id once it is saved.
    saved = Signal(int)

    def __init__(
        self,
        store: Store,
        undo_stack: QUndoStack,
        partnership_id: int,
        *,
        assessment_id: int | None = None,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack
        self.partnership_id = partnership_id
        self.today = today
        self.editing = get_assessment(store, assessment_id) if assessment_id is not None else None
        self.history = [
            a
            for a in assessments(store, partnership_id)
            if self.editing is None or a.id != self.editing.id
        ]
        self.ui = Ui_AssessmentEditor()
        self.ui.setupUi(self)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        title_font = self.ui.titleLabel.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        title_font.setBold(True)
        self.ui.titleLabel.setFont(title_font)
        for message in (self.ui.dateMessage, self.ui.formMessage):
            bold = message.font()
            bold.setBold(True)
            message.setFont(bold)
            message.hide()

        self.rows = {level: _LevelRow(self, level, index) for index, level in enumerate(Level)}
        grid = self.ui.levelsGrid
        grid.setColumnStretch(0, 1)
        rating = QLabel(translate("AssessmentEditor", "Rating"), self.ui.levelsBox)
        rating.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid.addWidget(rating, 0, 1)
        header = QLabel(translate("AssessmentEditor", "Before"), self.ui.levelsBox)
        header.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.previous_header = header
        grid.addWidget(header, 0, 2)
        self.scale = QLabel(self.ui.levelsBox)
        self.scale.setWordWrap(True)
        self.scale.setAccessibleName(translate("AssessmentEditor", "What the scores look like"))
        self.scale.setMinimumHeight(self.scale.fontMetrics().lineSpacing() * 2 + 4)
        self.scale.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self.scale, 1 + len(Level) * 3, 0, 1, 3)
        for level, row in self.rows.items():
            row.selector.engaged.connect(lambda lv=level: self.show_scale(lv))
        self.show_scale(Level.STRATEGIC)
        selectors = [row.selector for row in self.rows.values()]
        QWidget.setTabOrder(self.ui.dateEdit, selectors[0])
        for first, second in pairwise(selectors):
            QWidget.setTabOrder(first, second)
        QWidget.setTabOrder(selectors[-1], self.ui.copyPreviousButton)

        self.ui.dateEdit.setMaximumDate(QDate(9999, 12, 31))
        # Written as every date in the window is (Preferences → Dates).
        self.ui.dateEdit.setDisplayFormat(date_format())
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.copyPreviousButton.clicked.connect(self.copy_previous)
        self.ui.dateEdit.dateChanged.connect(self._date_changed)
        # Enter saves from anywhere but the note, where Ctrl+Enter does.
        self.ui.noteEdit.installEventFilter(self)

        name = get_partnership(store, partnership_id).name
        if self.editing is None:
            self.setWindowTitle(translate("AssessmentEditor", "New Assessment"))
            self.ui.titleLabel.setText(
                translate("AssessmentEditor", "New assessment of %1").replace("%1", name)
            )
            self._set_date(today())
        else:
            self.setWindowTitle(translate("AssessmentEditor", "Edit Assessment"))
            self.ui.titleLabel.setText(
                translate("AssessmentEditor", "%1: assessment of %2")
                .replace("%1", name)
                .replace("%2", short_date(self.editing.assessed_on))
            )
            self._set_date(self.editing.assessed_on)
            for level, score in self.editing.scores.items():
                self.rows[level].selector.set_value(score)
            self.ui.noteEdit.setPlainText(self.editing.note or "")
            self.ui.privateCheck.setChecked(self.editing.private)
        self._date_changed()
        # The date is today's nearly always: start on the first level (Alt+D reaches the date).
        self.rows[Level.STRATEGIC].selector.setFocus()

    # --- reading the form ------------------------------------------------------------------

    def chosen_date(self) -> date:
        value = self.ui.dateEdit.date()
        return date(value.year(), value.month(), value.day())

    def scores(self) -> Scores:
        """The score chosen at each level (None: not rated)."""
        return {level: row.selector.value() for level, row in self.rows.items()}

    def note(self) -> str | None:
        return self.ui.noteEdit.toPlainText().strip() or None

    def previous(self) -> Assessment | None:
        """The assessment before the chosen date (the one the ratings are compared with)."""
        chosen = self.chosen_date()
        earlier = [a for a in self.history if a.assessed_on <= chosen]
        return earlier[-1] if earlier else None

    # --- behaviour -------------------------------------------------------------------------

    def _set_date(self, day: date) -> None:
        self.ui.dateEdit.setDate(QDate(day.year, day.month, day.day))

    def _date_changed(self, *args: object) -> None:
        previous = self.previous()
        for row in self.rows.values():
            row.show_previous(previous)
        self.previous_header.setVisible(previous is not None)
        self.ui.copyPreviousButton.setEnabled(previous is not None)
        if previous is None:
            self.ui.previousSummary.setText(
                translate("AssessmentEditor", "This is the first assessment of this partnership.")
            )
        else:
            self.ui.previousSummary.setText(
                translate("AssessmentEditor", "Beside each level: its rating on %1 (overall %2).")
                .replace("%1", short_date(previous.assessed_on))
                .replace("%2", strength_text(previous.strength))
            )
        chosen = self.chosen_date()
        if chosen > self.today():
            self._show(
                self.ui.dateMessage, translate("AssessmentEditor", "This date is in the future.")
            )
        elif any(a.assessed_on == chosen for a in self.history):
            self._show(
                self.ui.dateMessage,
                translate(
                    "AssessmentEditor",
                    "There is another assessment on this date; the one saved last counts.",
                ),
            )
        else:
            self.ui.dateMessage.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.ui.noteEdit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.accept()
            return True
        return super().eventFilter(watched, event)

    def show_scale(self, level: Level) -> None:
        """Show what 0, 1, 3 and 5 look like at ``level`` (the one being rated)."""
        self.scale.setText(f"<b>{label(level)}</b>: {scale_text(level)}")

    def copy_previous(self) -> None:
        """Start from the ratings of the previous assessment, to change only what changed."""
        previous = self.previous()
        if previous is None:
            return
        for level, score in previous.scores.items():
            self.rows[level].selector.set_value(score)
        self.rows[Level.STRATEGIC].selector.setFocus()

    def _show(self, message: QLabel, text: str) -> None:
        message.setText(f"⚠ {text}")
        message.show()

    def accept(self) -> None:
        """Check the form, save it through an undoable command and close; or say what is wrong
        and stay open."""
        self.ui.formMessage.hide()
        chosen = self.chosen_date()
        if chosen > self.today():
            self._show(
                self.ui.dateMessage,
                translate("AssessmentEditor", "An assessment cannot be dated in the future."),
            )
            self.ui.dateEdit.setFocus()
            return
        scores = self.scores()
        note = self.note()
        if all(score is None for score in scores.values()) and note is None:
            self._show(
                self.ui.formMessage,
                translate(
                    "AssessmentEditor",
                    "Rate at least one level, or write a note on why you cannot yet.",
                ),
            )
            self.rows[Level.STRATEGIC].selector.setFocus()
            return
        private = self.ui.privateCheck.isChecked()
        try:
            if self.editing is None:
                command = add_assessment_command(
                    self.store,
                    self.partnership_id,
                    assessed_on=chosen,
                    scores=scores,
                    note=note,
                    private=private,
                )
                self.undo_stack.push(command)
                saved_id = command.created.id
            else:
                after = {"assessed_on": chosen, "scores": scores, "note": note, "private": private}
                if after != assessment_values(self.editing):
                    self.undo_stack.push(edit_assessment_command(self.store, self.editing, after))
                saved_id = self.editing.id
        except ValidationError as exc:
            if exc.field == "assessed_on":
                self._show(self.ui.dateMessage, refusal(exc))
            else:
                self._show(self.ui.formMessage, refusal_sentence(exc))
            return
        self.saved.emit(saved_id)
        super().accept()
