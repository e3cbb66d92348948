"""Long work (imports, exports) reports how far it got and stops when asked.

Functions that may take more than a moment accept two optional callables: ``progress(done,
total)`` is called now and then, and ``cancelled()`` is polled between steps; when it returns
True the work raises :class:`Cancelled`. Work that writes does so in one transaction, so a
cancelled import or restore leaves the database as it was, and a cancelled export leaves no
file behind (see :mod:`partnerdesk.files`).
"""

from __future__ import annotations

from collections.abc import Callable

#: Called with (steps done, steps in all); ``total`` may be 0 when it is not known yet.
Progress = Callable[[int, int], None]
#: Polled between steps; True stops the work with :class:`Cancelled`.
CancelCheck = Callable[[], bool]


class Cancelled(Exception):
    """The user stopped the work; nothing of it was kept."""

    def __init__(self) -> None:
        super().__init__("Stopped: nothing was changed.")


class Steps:
    """Counts steps of one piece of work, reporting every ``every`` steps and at the end."""

    def __init__(
        self,
        total: int,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
        *,
        every: int = 500,
    ) -> None:
        self.total = total
        self.done = 0
        self._progress = progress
        self._cancelled = cancelled
        self._every = max(1, every)
        self._next = self._every

    def check(self) -> None:
        """Raise :class:`Cancelled` if the user asked to stop."""
        if self._cancelled is not None and self._cancelled():
            raise Cancelled

    def advance(self, count: int = 1) -> None:
        """Count ``count`` more steps done; report and look for a cancel now and then."""
        self.done += count
        if self.done >= self._next:
            self._next = self.done + self._every
            self.check()
            self.report()

    def report(self) -> None:
        """Tell the caller how far the work is."""
        if self._progress is not None:
            self._progress(min(self.done, self.total) if self.total else self.done, self.total)

    def finish(self) -> None:
        """Report the work complete."""
        self.done = self.total if self.total else self.done
        self.report()
