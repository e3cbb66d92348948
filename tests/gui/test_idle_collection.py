"""Python's full garbage collections wait until the window has nothing to do."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEventLoop, QTimer

from partnerdesk import app as start_up


@pytest.fixture
def collected(qapp: Any) -> Iterator[list[int]]:
    """The collector as the application sets it up; the generations Python collects."""
    saved = gc.get_threshold()
    generations: list[int] = []

    def watch(phase: str, info: dict[str, int]) -> None:
        if phase == "stop":
            generations.append(info["generation"])

    collector = start_up.IdleCollector()
    gc.collect()
    gc.callbacks.append(watch)
    try:
        yield generations
    finally:
        gc.callbacks.remove(watch)
        gc.set_threshold(*saved)
        _KEPT.clear()
        collector.deleteLater()


#: What the work keeps: objects that live on, so that Python would make full collections.
_KEPT: list[object] = []


def _garbage(cycles: int) -> None:
    for _ in range(cycles):
        cycle: list[object] = []
        cycle.append(cycle)  # garbage only a collection finds
        _KEPT.append([])


def _busy(steps: int, cycles: int) -> None:
    """Run an event loop as busy as the window's while the journal scrolls: ``steps`` turns
    one after the other, each making ``cycles`` cycles of garbage."""
    loop = QEventLoop()
    done = [0]

    def step() -> None:
        _garbage(cycles)
        done[0] += 1
        if done[0] == steps:
            driver.stop()
            loop.quit()

    driver = QTimer()
    driver.setInterval(0)
    driver.timeout.connect(step)
    driver.start()
    loop.exec()


def _rest(milliseconds: int) -> None:
    """Let the event loop wait for events a while, as an idle window's does."""
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def test_busy_work_is_not_interrupted_by_a_full_collection(collected: list[int]) -> None:
    _garbage(100_000)
    # The young generations were collected as they filled, and so many objects lived on that
    # Python would have made a full collection too (it does with its own thresholds); none
    # was made.
    assert 1 in collected and 2 not in collected
    assert gc.get_count()[2] >= start_up.FULL_COLLECTION_DUE


def test_a_window_kept_busy_collects_only_once_it_rests(collected: list[int]) -> None:
    _busy(steps=50, cycles=2_000)
    assert 2 not in collected
    assert start_up.FULL_COLLECTION_DUE <= gc.get_count()[2] < start_up.FULL_COLLECTION_OVERDUE
    _rest(2 * round(start_up.IDLE_SECONDS * 1000) + 50)
    assert 2 in collected
    assert gc.get_count()[2] < start_up.FULL_COLLECTION_DUE


def test_a_window_that_never_rests_still_collects_when_long_overdue(
    collected: list[int],
) -> None:
    _busy(steps=50, cycles=30_000)
    assert 2 in collected
