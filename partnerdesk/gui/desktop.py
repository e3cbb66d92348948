"""Handing things to the desktop: showing a folder in the system's file manager."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices


def nearest_folder(path: Path) -> Path:
    """``path`` if it is a folder that exists, else the nearest one above it that does."""
    for folder in (path, *path.parents):
        if folder.is_dir():
            return folder
    return path


def open_folder(folder: Path) -> bool:
    """Show ``folder`` (or the nearest folder above it that exists) in the system's file
    manager; False when that failed. Tests replace this function: no file manager may open
    during a test run."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(nearest_folder(folder))))
