"""A typed registry of the user's preferences and the window's remembered state.

Every setting is declared once here with its key, type, default and limits; code reads
``LEADER_THRESHOLD_DAYS.value`` rather than a string key scattered around. Values live in an
INI file in the config folder (:func:`partnerdesk.paths.config_dir`), so ``PARTNERDESK_HOME``
keeps tests away from the user's own settings.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from partnerdesk import paths
from partnerdesk.domain.portfolio import (
    DEFAULT_ASSESSMENT_INTERVAL_DAYS,
    DEFAULT_LEADER_THRESHOLD_DAYS,
)

T = TypeVar("T")

_settings: QSettings | None = None
#: The value of PARTNERDESK_HOME the settings object was made for.
_settings_home: str | None = None


def settings_file() -> Path:
    """The INI file preferences are kept in."""
    return paths.config_dir() / "settings.ini"


def qsettings() -> QSettings:
    """The QSettings object behind every option (made again if the config folder moved)."""
    global _settings, _settings_home
    # Options are read while painting (the date format of every date shown): the folder only
    # moves with PARTNERDESK_HOME, so that is all that is compared each time.
    home = os.environ.get(paths.HOME_VARIABLE)
    if _settings is None or _settings_home != home:
        wanted = settings_file()
        wanted.parent.mkdir(parents=True, exist_ok=True)
        _settings = QSettings(str(wanted), QSettings.Format.IniFormat)
        _settings_home = home
    return _settings


class Option(Generic[T]):
    """One setting: a key, a default, and how a stored value becomes a typed one."""

    def __init__(self, key: str, default: T) -> None:
        self.key = key
        self.default = default

    def convert(self, raw: Any) -> T:
        """Turn a stored value into this option's type; raise ValueError when it cannot be."""
        raise NotImplementedError

    @property
    def value(self) -> T:
        raw = qsettings().value(self.key)
        if raw is None:
            return self.default
        try:
            return self.convert(raw)
        except (TypeError, ValueError):
            return self.default  # a hand-edited or older file: fall back quietly

    @value.setter
    def value(self, new: T) -> None:
        qsettings().setValue(self.key, self.to_raw(self.convert(new)))
        qsettings().sync()

    def to_raw(self, value: T) -> Any:
        return value

    def reset(self) -> None:
        """Forget the stored value, so the default applies again."""
        qsettings().remove(self.key)


class IntOption(Option[int]):
    """A whole number within limits."""

    def __init__(self, key: str, default: int, *, minimum: int, maximum: int) -> None:
        super().__init__(key, default)
        self.minimum = minimum
        self.maximum = maximum

    def convert(self, raw: Any) -> int:
        number = int(raw)
        if not self.minimum <= number <= self.maximum:
            raise ValueError(f"{self.key} must be between {self.minimum} and {self.maximum}")
        return number


class ChoiceOption(Option[str]):
    """One of a fixed set of words."""

    def __init__(self, key: str, default: str, choices: tuple[str, ...]) -> None:
        super().__init__(key, default)
        self.choices = choices

    def convert(self, raw: Any) -> str:
        text = str(raw)
        if text not in self.choices:
            raise ValueError(f"{self.key} must be one of {self.choices}")
        return text


class PathOption(Option["Path | None"]):
    """A file path, or none."""

    def convert(self, raw: Any) -> Path | None:
        return Path(str(raw)) if raw not in ("", None) else None

    def to_raw(self, value: Path | None) -> Any:
        return "" if value is None else str(value)


class PathListOption(Option["list[Path]"]):
    """An ordered list of file paths (most recent first)."""

    def convert(self, raw: Any) -> list[Path]:
        items = raw if isinstance(raw, list) else [raw]
        return [Path(str(item)) for item in items if str(item)]

    def to_raw(self, value: list[Path]) -> Any:
        return [str(path) for path in value]


class BytesOption(Option[QByteArray]):
    """Opaque state Qt saves and restores (window geometry, splitters, table headers)."""

    def convert(self, raw: Any) -> QByteArray:
        if isinstance(raw, QByteArray):
            return raw
        raise ValueError(f"{self.key} is not saved state")


# --- preferences ---------------------------------------------------------------------------

#: Leaders who have not met for longer than this draw attention.
LEADER_THRESHOLD_DAYS = IntOption(
    "portfolio/leader_threshold_days", DEFAULT_LEADER_THRESHOLD_DAYS, minimum=7, maximum=730
)
#: An active partnership not assessed for longer than this draws a reminder.
ASSESSMENT_INTERVAL_DAYS = IntOption(
    "portfolio/assessment_interval_days",
    DEFAULT_ASSESSMENT_INTERVAL_DAYS,
    minimum=30,
    maximum=730,
)
#: How dates are written: as the system's locale does, or ISO (2026-11-23).
DATE_FORMAT = ChoiceOption("display/date_format", "locale", ("locale", "iso"))
#: Colour scheme: follow the system, or always light or dark.
THEME = ChoiceOption("display/theme", "system", ("system", "light", "dark"))

# --- remembered state ----------------------------------------------------------------------

#: The database open when the window last closed.
LAST_DATABASE = PathOption("files/last_database", None)
#: Databases opened lately, most recent first.
RECENT_DATABASES = PathListOption("files/recent_databases", [])
WINDOW_GEOMETRY = BytesOption("window/geometry", QByteArray())
WINDOW_STATE = BytesOption("window/state", QByteArray())


def view_state(name: str) -> BytesOption:
    """Remembered state of one splitter or table header of the window (``name`` says which)."""
    return BytesOption(f"window/{name}", QByteArray())


def remember_database(path: Path) -> None:
    """Make ``path`` the last database and the first of the recent ones."""
    resolved = path.resolve()
    LAST_DATABASE.value = resolved
    recent = [resolved, *(p for p in RECENT_DATABASES.value if p != resolved)]
    RECENT_DATABASES.value = recent[:MAX_RECENT]


#: How many recent databases File → Open Recent lists.
MAX_RECENT = 8
