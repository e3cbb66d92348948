"""What every screen in the window's main area has in common.

A page reads what it shows from the workspace's database, and reads it again when a topic it
shows changes (:mod:`partnerdesk.gui.events`). A page that is not on screen only notes that it
is out of date and refreshes when it is shown, so a change costs one refresh of what is seen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, Signal
from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget

from partnerdesk.gui import settings
from partnerdesk.gui.events import Topic
from partnerdesk.gui.workspace import Workspace


class Page(QWidget):
    """A screen of the main area. Subclasses set ``topics`` and implement :meth:`refresh`."""

    #: The topics whose change makes this page read its data again.
    topics: frozenset[Topic] = frozenset()
    #: What is selected changed (the window updates its menus).
    selection_changed = Signal()
    #: The user asked to open a partnership (its id).
    open_partnership = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._stale = True
        self._pending_splitters: list[tuple[QSplitter, str]] = []
        workspace.changed.connect(self._changed)

    def _changed(self, topics: frozenset[Topic]) -> None:
        if not (topics & (self.topics | {Topic.DATABASE})):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        # A splitter's sizes only mean something once it has its real width.
        for splitter, name in self._pending_splitters:
            self.restore_view(splitter, name)
        self._pending_splitters.clear()
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Read what the page shows from the database again."""
        self._stale = False

    def focus_search(self) -> None:
        """Put the cursor in the page's search or filter field (Edit → Find)."""

    def delete_selected(self) -> None:
        """Delete what is selected on the page (Edit → Delete), if anything."""

    def selected_partnership(self) -> int | None:
        """The partnership the page shows or has selected, for the Partnership menu."""
        return None

    def save_state(self) -> None:
        """Remember splitter and header positions (called when the window closes)."""

    # --- helpers for remembered layout ----------------------------------------------------

    def restore_splitter(self, splitter: QSplitter, name: str) -> None:
        """Put a splitter back as the user left it, when the page is first shown."""
        self._pending_splitters.append((splitter, name))

    def keep_splitter(self, splitter: QSplitter, name: str) -> None:
        """Remember a splitter, unless the page was never shown (it still has the state read
        at start, and its own would be the default)."""
        if all(pending is not splitter for pending, _ in self._pending_splitters):
            self.keep_view(splitter, name)

    @staticmethod
    def restore_view(widget: QSplitter | QHeaderView, name: str) -> None:
        state = settings.view_state(name).value
        if isinstance(state, QByteArray) and not state.isEmpty():
            widget.restoreState(state)

    @staticmethod
    def keep_view(widget: QSplitter | QHeaderView, name: str) -> None:
        settings.view_state(name).value = widget.saveState()
