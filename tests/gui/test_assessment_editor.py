"""The assessment editor: rating the five levels by keyboard and mouse, beside the previous
assessment, with every change undoable."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QFocusEvent, QUndoStack
from PySide6.QtWidgets import QApplication

from partnerdesk.domain import organisations as orgs
from partnerdesk.domain import partnerships as ps
from partnerdesk.domain.assessments import add_assessment, assessments, get_assessment
from partnerdesk.domain.errors import NotFoundError
from partnerdesk.domain.vocabulary import Kind, Level, Stage
from partnerdesk.gui.assessment_editor import AssessmentEditor, ScoreSelector, anchor_text
from partnerdesk.store.connection import Store

TODAY = date(2026, 11, 23)


@pytest.fixture
def pid(store: Store) -> int:
    orgs.create_organisation(store, "Hearth & Grain", is_self=True)
    return ps.create_partnership(
        store, "Heritage Grain", Kind.VALUE_CHAIN, stage=Stage.ACTIVE, started_on=date(2025, 1, 1)
    ).id


def _editor(qtbot, store: Store, stack: QUndoStack, pid: int, **options) -> AssessmentEditor:  # type: ignore[no-untyped-def]
    editor = AssessmentEditor(store, stack, pid, today=lambda: TODAY, **options)
    qtbot.addWidget(editor)
    editor.open()
    qtbot.waitExposed(editor)
    return editor


def _rows(store: Store, pid: int) -> list[dict]:
    return store.query("SELECT * FROM assessments WHERE partnership_id = ? ORDER BY id", [pid])


def test_rating_with_the_keyboard_alone_saves_an_undoable_assessment(
    qtbot, store: Store, pid: int
) -> None:
    stack = QUndoStack()
    editor = _editor(qtbot, store, stack, pid)
    assert editor.chosen_date() == TODAY
    # it opens on the first level: type its score, Tab on to the next, and so on
    assert editor.focusWidget() is editor.rows[Level.STRATEGIC].selector
    for index, score in enumerate(("4", "3", "-", "5", "2")):
        if index:
            qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_Tab)
        assert editor.focusWidget() is editor.rows[list(Level)[index]].selector
        qtbot.keyClicks(editor.focusWidget(), score)
    # on to the note ("Start from the previous ratings" is off: there is none)
    qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_Tab)
    assert editor.focusWidget() is editor.ui.noteEdit
    qtbot.keyClicks(editor.ui.noteEdit, "Leaders met at the mill")
    with qtbot.waitSignal(editor.saved, timeout=2000) as saved:
        qtbot.keyClick(editor.ui.noteEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    [row] = _rows(store, pid)
    assert saved.args == [row["id"]]
    assert (row["assessed_on"], row["note"], row["private"]) == (
        "2026-11-23",
        "Leaders met at the mill",
        0,
    )
    assert [row[lv.value] for lv in Level] == [4, 3, None, 5, 2]
    assert not editor.isVisible()
    stack.undo()
    assert _rows(store, pid) == []
    stack.redo()
    assert _rows(store, pid) == [row]


def test_the_score_selector_takes_digits_arrows_and_clicks(qtbot) -> None:
    selector = ScoreSelector(Level.CULTURAL)
    qtbot.addWidget(selector)
    selector.show()
    assert selector.value() is None
    qtbot.keyClick(selector, Qt.Key.Key_3)
    assert selector.value() == 3
    qtbot.keyClick(selector, Qt.Key.Key_Right)
    assert selector.value() == 4
    qtbot.keyClick(selector, Qt.Key.Key_Left)
    qtbot.keyClick(selector, Qt.Key.Key_Left)
    assert selector.value() == 2
    qtbot.keyClick(selector, Qt.Key.Key_Backspace)
    assert selector.value() is None
    qtbot.mouseClick(selector.buttons[5], Qt.MouseButton.LeftButton)
    assert selector.value() == 5
    assert selector.buttons[5].isChecked() and not selector.buttons[None].isChecked()
    assert selector.accessibleDescription() == anchor_text(Level.CULTURAL, 5)
    with pytest.raises(ValueError):
        selector.set_value(6)


def test_the_meaning_of_each_score_is_shown(qtbot, store: Store, pid: int) -> None:
    editor = _editor(qtbot, store, QUndoStack(), pid)
    row = editor.rows[Level.STRATEGIC]
    assert row.hint.text() == ""
    assert "0 The leaders have not met since the start" in editor.scale.text()
    assert "5 The leaders talk often" in editor.scale.text()
    # the scale of the level being rated shows (as the focus, or the mouse, comes to it)
    QApplication.sendEvent(
        editor.rows[Level.INTERPERSONAL].selector,
        QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.TabFocusReason),
    )
    assert editor.scale.text().startswith("<b>Interpersonal</b>")
    row.selector.set_value(3)
    assert row.hint.text() == "3 — The leaders meet a few times a year and review direction."
    row.selector.set_value(4)
    assert row.hint.text().startswith("4 — between “The leaders meet a few times a year")
    assert editor.rows[Level.TACTICAL].selector.buttons[1].toolTip() == (
        "1 — Plans are made separately and shared afterwards."
    )


def test_the_previous_assessment_is_shown_beside_each_level(qtbot, store: Store, pid: int) -> None:
    add_assessment(
        store,
        pid,
        assessed_on=date(2026, 3, 1),
        scores={"strategic": 2, "tactical": 2, "operational": 2, "interpersonal": 2},
    )
    add_assessment(
        store,
        pid,
        assessed_on=date(2026, 8, 1),
        scores={"strategic": 4, "tactical": 3, "interpersonal": 5, "cultural": 1},
    )
    editor = _editor(qtbot, store, QUndoStack(), pid)
    shown = {level: row.previous.text() for level, row in editor.rows.items()}
    assert shown == {
        Level.STRATEGIC: "was 4",
        Level.TACTICAL: "was 3",
        Level.OPERATIONAL: "was –",
        Level.INTERPERSONAL: "was 5",
        Level.CULTURAL: "was 1",
    }
    # an earlier date compares with the assessment before it
    editor.ui.dateEdit.setDate(QDate(2026, 5, 1))
    assert editor.rows[Level.STRATEGIC].previous.text() == "was 2"
    assert editor.rows[Level.CULTURAL].previous.text() == "was –"
    editor.ui.dateEdit.setDate(QDate(2026, 11, 23))
    qtbot.mouseClick(editor.ui.copyPreviousButton, Qt.MouseButton.LeftButton)
    assert editor.scores() == {
        Level.STRATEGIC: 4,
        Level.TACTICAL: 3,
        Level.OPERATIONAL: None,
        Level.INTERPERSONAL: 5,
        Level.CULTURAL: 1,
    }


def test_the_first_assessment_says_so(qtbot, store: Store, pid: int) -> None:
    editor = _editor(qtbot, store, QUndoStack(), pid)
    assert "first assessment" in editor.ui.previousSummary.text()
    assert not editor.ui.copyPreviousButton.isEnabled()
    assert all(row.previous.text() == "" for row in editor.rows.values())


def test_nothing_rated_and_no_note_is_refused_at_the_form(qtbot, store: Store, pid: int) -> None:
    stack = QUndoStack()
    editor = _editor(qtbot, store, stack, pid)
    editor.accept()
    assert editor.isVisible()
    assert editor.ui.formMessage.isVisible()
    assert "Rate at least one level" in editor.ui.formMessage.text()
    assert _rows(store, pid) == [] and stack.count() == 0
    # a note alone is fine: "too early to say"
    editor.ui.noteEdit.setPlainText("Too early to say")
    editor.accept()
    assert [(r["note"], r["strategic"]) for r in _rows(store, pid)] == [("Too early to say", None)]


def test_a_date_in_the_future_is_refused_at_the_field(qtbot, store: Store, pid: int) -> None:
    editor = _editor(qtbot, store, QUndoStack(), pid)
    editor.ui.dateEdit.setDate(QDate(2026, 12, 1))
    assert editor.ui.dateMessage.isVisible()
    editor.rows[Level.TACTICAL].selector.set_value(3)
    editor.accept()
    assert editor.isVisible()
    assert "cannot be dated in the future" in editor.ui.dateMessage.text()
    assert _rows(store, pid) == []


def test_a_date_already_assessed_is_pointed_out(qtbot, store: Store, pid: int) -> None:
    add_assessment(store, pid, assessed_on=TODAY, scores={"strategic": 2})
    editor = _editor(qtbot, store, QUndoStack(), pid)
    assert "another assessment on this date" in editor.ui.dateMessage.text()


def test_editing_changes_the_assessment_and_undo_restores_it(qtbot, store: Store, pid: int) -> None:
    before = add_assessment(
        store,
        pid,
        assessed_on=date(2026, 6, 1),
        scores={"strategic": 2, "cultural": 3},
        note="First look",
    )
    stack = QUndoStack()
    editor = _editor(qtbot, store, stack, pid, assessment_id=before.id)
    assert editor.scores()[Level.STRATEGIC] == 2
    assert editor.ui.noteEdit.toPlainText() == "First look"
    assert "assessment of" in editor.ui.titleLabel.text()
    editor.rows[Level.STRATEGIC].selector.set_value(4)
    editor.rows[Level.CULTURAL].selector.set_value(None)
    editor.ui.dateEdit.setDate(QDate(2026, 6, 15))
    editor.ui.privateCheck.setChecked(True)
    editor.accept()
    after = get_assessment(store, before.id)
    assert (after.assessed_on, after.strategic, after.cultural, after.private) == (
        date(2026, 6, 15),
        4,
        None,
        True,
    )
    assert stack.count() == 1
    stack.undo()
    restored = get_assessment(store, before.id)
    assert (restored.assessed_on, restored.scores, restored.note, restored.private) == (
        before.assessed_on,
        before.scores,
        before.note,
        before.private,
    )


def test_saving_an_unchanged_assessment_adds_nothing_to_undo(qtbot, store: Store, pid: int) -> None:
    existing = add_assessment(store, pid, assessed_on=date(2026, 6, 1), scores={"tactical": 1})
    stack = QUndoStack()
    editor = _editor(qtbot, store, stack, pid, assessment_id=existing.id)
    editor.accept()
    assert stack.count() == 0
    assert assessments(store, pid) == [existing]


def test_escape_leaves_everything_as_it_was(qtbot, store: Store, pid: int) -> None:
    editor = _editor(qtbot, store, QUndoStack(), pid)
    editor.rows[Level.STRATEGIC].selector.set_value(5)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert _rows(store, pid) == []


def test_a_missing_assessment_cannot_be_edited(store: Store, pid: int, qapp) -> None:
    with pytest.raises(NotFoundError):
        AssessmentEditor(store, QUndoStack(), pid, assessment_id=999)
