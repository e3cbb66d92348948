"""Answering message boxes in tests, the way a user would: by the words on a button."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtWidgets import QMessageBox


@dataclass
class Shown:
    """One message box as the user saw it."""

    text: str
    informative: str
    detailed: str
    buttons: list[str]
    answer: str | None


@dataclass
class Boxes:
    """Every box shown, and the answers still to give (button texts, in order)."""

    answers: list[str] = field(default_factory=list)
    shown: list[Shown] = field(default_factory=list)

    def __call__(self, box: QMessageBox) -> int:
        names = [button.text() for button in box.buttons()]
        answer = self.answers.pop(0) if self.answers else None
        self.shown.append(
            Shown(box.text(), box.informativeText(), box.detailedText(), names, answer)
        )
        if answer is None:
            button = box.escapeButton() or box.defaultButton() or box.buttons()[0]
        else:
            assert answer in names, f"no button {answer!r} among {names}"
            button = box.buttons()[names.index(answer)]
        button.click()
        return 0

    @property
    def last(self) -> Shown:
        return self.shown[-1]


def answer_boxes(monkeypatch: pytest.MonkeyPatch, *answers: str) -> Boxes:
    """Answer the next message boxes with these buttons (then with Escape)."""
    boxes = Boxes(list(answers))
    monkeypatch.setattr(QMessageBox, "exec", lambda box, *args: boxes(box))
    return boxes
