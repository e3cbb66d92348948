"""Render the application icon (resources/icons/partnerdesk.svg) at every size platforms want.

    python packaging/render_icons.py

writes PNGs into ``packaging/icons/hicolor/<N>x<N>/apps/`` (the freedesktop icon theme layout,
named after the desktop file), ``packaging/icons/partnerdesk.ico`` (Windows) and
``packaging/icons/partnerdesk.icns`` (macOS). Run it after changing the SVG; the results are
committed so that building a package needs no extra tools. A test checks they are up to date.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "partnerdesk.svg"
OUTPUT = ROOT / "packaging" / "icons"
APP_ID = "org.partnerdesk.PartnerDesk"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(size: int) -> QImage:
    """The icon drawn at ``size`` × ``size`` pixels on a transparent background."""
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SOURCE}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_path(size: int) -> Path:
    """Where the PNG of one size goes."""
    return OUTPUT / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def _write(image: QImage, path: Path, fmt: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QImageWriter(str(path), fmt.encode())
    if not writer.write(image):
        raise SystemExit(f"cannot write {path}: {writer.errorString()}")


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for size in SIZES:
        _write(render(size), png_path(size), "png")
    scalable = OUTPUT / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    _write(render(256), OUTPUT / "partnerdesk.ico", "ico")
    _write(render(512), OUTPUT / "partnerdesk.icns", "icns")
    print(f"wrote {len(SIZES)} PNGs, partnerdesk.ico and partnerdesk.icns into {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
