"""Every file location PartnerDesk uses, in one place.

Locations follow each platform's conventions (through platformdirs). Setting the environment
variable ``PARTNERDESK_HOME`` to a folder puts everything under it instead (``data/``,
``config/``, ``logs/``): tests and development use it to stay away from the user's real data.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from partnerdesk import APP_NAME

HOME_VARIABLE = "PARTNERDESK_HOME"
#: The extension of PartnerDesk database files.
DATABASE_SUFFIX = ".partnerdesk"


def _home() -> Path | None:
    value = os.environ.get(HOME_VARIABLE)
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    """Where the user's databases and backups live."""
    home = _home()
    return home / "data" if home else platformdirs.user_data_path(APP_NAME, appauthor=False)


def config_dir() -> Path:
    """Where preferences and window state live."""
    home = _home()
    return home / "config" if home else platformdirs.user_config_path(APP_NAME, appauthor=False)


def log_dir() -> Path:
    """Where log files (and crash reports) are written."""
    home = _home()
    return home / "logs" if home else platformdirs.user_log_path(APP_NAME, appauthor=False)


def backups_dir() -> Path:
    """Where automatic backups are kept."""
    return data_dir() / "backups"


def default_database() -> Path:
    """The database opened when no other is named."""
    return data_dir() / f"portfolio{DATABASE_SUFFIX}"


def sample_database() -> Path:
    """Where the sample portfolio is kept when opened from the window (apart from your own)."""
    return data_dir() / f"sample{DATABASE_SUFFIX}"


def resources_dir() -> Path:
    """The folder of icons, images and translations, installed, frozen or in a source tree."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "partnerdesk" / "resources"
    package = Path(__file__).resolve().parent
    installed = package / "resources"
    return installed if installed.is_dir() else package.parent / "resources"


def resource(*parts: str) -> Path:
    """The path of one resource, e.g. ``resource("icons", "partnerdesk.svg")``."""
    return resources_dir().joinpath(*parts)
