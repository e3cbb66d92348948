"""Message boxes the window shows, built so that tests can answer them.

QMessageBox's static helpers (``QMessageBox.critical(...)``) run a modal loop inside C++
that a test cannot intercept, so one forgotten box hangs a test run. These helpers build the
box and call its Python ``exec()``, which the test configuration replaces with a loud failure
unless a test patches it (``monkeypatch.setattr(QMessageBox, "exec", ...)``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def _box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    details: str = "",
    informative: str = "",
) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    if informative:
        box.setInformativeText(informative)
    if details:
        box.setDetailedText(details)
    return box


def inform(parent: QWidget | None, title: str, text: str, informative: str = "") -> None:
    """Tell the user something, with an OK button."""
    box = _box(parent, QMessageBox.Icon.Information, title, text, informative=informative)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def warn(
    parent: QWidget | None, title: str, text: str, informative: str = "", details: str = ""
) -> None:
    """Tell the user something went wrong and what they can do, with an OK button."""
    box = _box(parent, QMessageBox.Icon.Warning, title, text, details, informative)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def confirm(
    parent: QWidget | None,
    title: str,
    text: str,
    informative: str = "",
    *,
    action: str,
    destructive: bool = False,
) -> bool:
    """Ask before doing ``action`` (the button's words, e.g. "Delete"); True when confirmed."""
    box = _box(parent, QMessageBox.Icon.Question, title, text, informative=informative)
    role = (
        QMessageBox.ButtonRole.DestructiveRole if destructive else QMessageBox.ButtonRole.AcceptRole
    )
    go = box.addButton(action, role)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel if destructive else go)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is go
