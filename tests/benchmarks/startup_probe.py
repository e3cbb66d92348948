"""Started in a process of its own by measure_startup.py: show the first window, and report.

    python tests/benchmarks/startup_probe.py floor
    python tests/benchmarks/startup_probe.py app DATABASE [--session]

``floor`` imports PySide6 and pyqtgraph and paints an empty QMainWindow: the least any Qt
application with charts can do. ``app`` starts PartnerDesk exactly as ``partnerdesk --db
DATABASE`` does. Each prints ``painted <peak resident kB>`` once its main window has been
painted, and leaves at once. With ``--session``, the app first reads what a user session reads
(the portfolio, pages of every journal filter, searches) and prints ``session <peak kB>``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def peak_kb() -> int:
    """This process's peak resident memory so far, in kB.

    On Linux the high-water mark of the process's own memory (``VmHWM``): ``ru_maxrss`` is
    carried over from the parent through fork and exec, so a child of a process that once
    held a gigabyte would report a gigabyte, whatever it used itself."""
    try:
        with Path("/proc/self/status").open(encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    try:
        import resource
    except ImportError:  # not on Windows
        return 0
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _watch(application: object, after_paint: object = None) -> None:
    """Report once a main window has been painted (and the paint handed to the screen)."""
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
    from PySide6.QtWidgets import QMainWindow, QWidget

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and isinstance(watched.window(), QMainWindow)
            ):
                QCoreApplication.instance().removeEventFilter(self)
                # A zero timer fires once the paint in progress has been flushed.
                QTimer.singleShot(0, lambda: self.report(watched.window()))
            return False

        def report(self, window: QMainWindow) -> None:
            print(f"painted {peak_kb()}", flush=True)
            if callable(after_paint):
                after_paint(window)
            os._exit(0)

    probe = FirstPaint()
    application.installEventFilter(probe)  # type: ignore[attr-defined]
    application._first_paint_probe = probe  # type: ignore[attr-defined]  # keep it alive


def floor() -> None:
    import pyqtgraph  # noqa: F401  # the floor includes the charting library's import
    from PySide6.QtWidgets import QApplication, QMainWindow

    application = QApplication(sys.argv[:1])
    _watch(application)
    window = QMainWindow()
    window.resize(1100, 700)
    window.show()
    application.exec()


def app(database: str, session: bool) -> None:
    from datetime import date

    import partnerdesk.app as start_up

    def read_a_session(window: object) -> None:
        from partnerdesk.store.connection import open_store
        from tests.benchmarks.measure_store import reading_session

        with open_store(Path(database)) as store:
            reading_session(store, date.fromisoformat(os.environ["PARTNERDESK_BENCH_TODAY"]))
        print(f"session {peak_kb()}", flush=True)

    original = start_up.application

    def application(argv: list[str] | None = None) -> object:
        created = original(argv)
        _watch(created, read_a_session if session else None)
        return created

    start_up.application = application  # type: ignore[assignment]
    from partnerdesk.cli import main

    sys.exit(main(["--db", database]))


if __name__ == "__main__":
    if sys.argv[1] == "floor":
        floor()
    else:
        app(sys.argv[2], "--session" in sys.argv[3:])
