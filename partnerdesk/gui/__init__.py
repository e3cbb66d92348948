"""The PartnerDesk window and everything in it (PySide6). Talks to the domain layer, never SQL."""

import os

# pyqtgraph picks its Qt binding from this; PartnerDesk uses PySide6 only.
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
