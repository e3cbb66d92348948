"""Colours: follow the system's light or dark scheme, or always light, or always dark."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from partnerdesk.domain.vocabulary import Level

_system: tuple[str, QPalette] | None = None


def _dark_palette() -> QPalette:
    palette = QPalette()
    window, base, text = QColor("#2b2d30"), QColor("#1f2023"), QColor("#e6e6e6")
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor("#26282b"),
        QPalette.ColorRole.ToolTipBase: QColor("#3a3d41"),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: QColor("#9a9da3"),
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor("#35373b"),
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#ff8a80"),
        QPalette.ColorRole.Light: QColor("#45484d"),
        QPalette.ColorRole.Midlight: QColor("#3a3d41"),
        QPalette.ColorRole.Mid: QColor("#5a5e64"),
        QPalette.ColorRole.Dark: QColor("#18191b"),
        QPalette.ColorRole.Shadow: QColor("#000000"),
        QPalette.ColorRole.Highlight: QColor("#3d7ac2"),
        QPalette.ColorRole.HighlightedText: QColor("#ffffff"),
        QPalette.ColorRole.Link: QColor("#8ab4f8"),
        QPalette.ColorRole.LinkVisited: QColor("#c58af9"),
    }
    for role, colour in roles.items():
        palette.setColor(role, colour)
    disabled = QColor("#7b7e84")
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def apply_theme(choice: str) -> None:
    """Apply "system", "light" or "dark" to the running application."""
    global _system
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if _system is None:
        _system = (app.style().name(), QPalette(app.palette()))
    hints = QGuiApplication.styleHints()
    if choice == "system":
        hints.unsetColorScheme()
        app.setStyle(QStyleFactory.create(_system[0]))
        app.setPalette(_system[1])
        return
    # Fusion draws every control from the palette, so a light or dark palette is honoured
    # on every platform, including those whose native style ignores it.
    hints.setColorScheme(Qt.ColorScheme.Dark if choice == "dark" else Qt.ColorScheme.Light)
    app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(_dark_palette() if choice == "dark" else app.style().standardPalette())


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether ``palette`` (the application's by default) shows text on a dark ground."""
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Base).lightnessF() < 0.5


def level_colour(level: Level, dark: bool | None = None) -> QColor:
    """A level's colour as every screen and chart shows it: a little lighter on a dark ground
    (``dark``: that of the application's palette unless given)."""
    colour = QColor(level.colour)
    return colour.lighter(125) if (is_dark() if dark is None else dark) else colour
