"""PartnerDesk: look after your organisation's partnerships along Kanter's continuum."""

from __future__ import annotations

from importlib import metadata

try:
    __version__ = metadata.version("partnerdesk")
except metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

APP_NAME = "PartnerDesk"
