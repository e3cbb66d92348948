"""The packaging files agree with the application: names, version, icons."""

from __future__ import annotations

import configparser
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from partnerdesk import __version__
from partnerdesk.app import DESKTOP_FILE_NAME

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))
import render_icons  # noqa: E402


def _desktop() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment, method-assign]
    parser.read(PACKAGING / f"{DESKTOP_FILE_NAME}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_names_the_command_and_the_icon() -> None:
    entry = _desktop()
    assert entry["Exec"].split()[0] == "partnerdesk"
    assert entry["Icon"] == DESKTOP_FILE_NAME == render_icons.APP_ID
    assert entry["StartupWMClass"] == "PartnerDesk"


def test_metainfo_matches_the_desktop_entry_and_this_release() -> None:
    root = ElementTree.parse(PACKAGING / f"{DESKTOP_FILE_NAME}.metainfo.xml").getroot()
    assert root.findtext("id") == DESKTOP_FILE_NAME
    assert root.find("launchable").text == f"{DESKTOP_FILE_NAME}.desktop"  # type: ignore[union-attr]
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == __version__, (
        "add this version's release notes to the metainfo file"
    )


@pytest.mark.parametrize("size", render_icons.SIZES)
def test_rendered_icons_match_the_svg(qapp, size: int) -> None:
    from PySide6.QtGui import QImage

    committed = QImage(str(render_icons.png_path(size)))
    assert not committed.isNull(), "run: python packaging/render_icons.py"
    fresh = render_icons.render(size).convertToFormat(committed.format())
    assert fresh == committed, f"{size}px icon is out of date: run python packaging/render_icons.py"


def test_windows_and_macos_icons_exist() -> None:
    for name in ("partnerdesk.ico", "partnerdesk.icns"):
        assert (PACKAGING / "icons" / name).stat().st_size > 1000
