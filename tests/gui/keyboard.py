"""Typing as a user does: every key goes to whatever has the keyboard focus at that moment."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def focused() -> QWidget:
    """The widget with the keyboard focus (the test fails when nothing has it)."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_text(qtbot, text: str) -> None:
    """Type ``text`` into the focused widget, one key at a time."""
    for char in text:
        qtbot.keyClick(focused(), char)


def press(
    qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """Press one key (with a modifier) on the focused widget."""
    qtbot.keyClick(focused(), key, modifier)


def tab(qtbot, times: int = 1) -> None:
    """Move the focus on with Tab."""
    for _ in range(times):
        press(qtbot, Qt.Key.Key_Tab)


def back_to(qtbot, window: QWidget) -> None:
    """After a dialog closes, the window manager gives the window back the focus; the
    offscreen platform has none, so do what it would."""
    if QApplication.activeWindow() is not window:
        window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
