"""PartnerDesk: look after your organisation's partnerships along Kanter's continuum."""

from __future__ import annotations

#: The release, written here only: the package's metadata reads it (pyproject.toml), and
#: reading it back from the metadata would cost the window's start a twentieth of a second.
__version__ = "0.1.0"

APP_NAME = "PartnerDesk"
