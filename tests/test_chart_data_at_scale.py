"""The charts' data on a decade of generated portfolio is what the plain definitions give.

The chart computations take shortcuts on a large portfolio (one sweep in date order for the
trend, the assessments read once for all of a partnership's charts); here they are checked
against the slow, obvious way on the benchmark generator's ten-year portfolio, where many
events share a day and partnerships are assessed every week.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from partnerdesk.domain import charts
from partnerdesk.domain.assessments import assessments
from partnerdesk.domain.partnerships import list_partnerships
from partnerdesk.store.connection import Store, open_store
from tests.benchmarks.generate import BUSIEST, FLAGSHIP, LAST_DAY
from tests.test_chart_data import _brute_force_trend

TODAY = LAST_DAY


@pytest.fixture(scope="module")
def decade(generated_path: Path) -> Iterator[Store]:
    with open_store(generated_path, readonly=True) as opened:
        yield opened


def test_the_trend_is_the_mean_of_the_active_partnerships_at_each_months_end(
    decade: Store,
) -> None:
    trend = charts.portfolio_trend(decade, TODAY)
    expected = _brute_force_trend(decade, TODAY)
    assert [p.active for p in trend.points] == [active for active, _ in expected]
    for point, (_, mean) in zip(trend.points, expected, strict=True):
        assert point.mean_strength == pytest.approx(mean)


@pytest.mark.parametrize("name", [FLAGSHIP, BUSIEST])
def test_charts_given_the_assessments_read_are_the_charts_read_alone(
    decade: Store, name: str
) -> None:
    pid = next(p.id for p in list_partnerships(decade) if p.name == name)
    history = assessments(decade, pid)
    assert len(history) > 40
    assert charts.integration_history(
        decade, pid, TODAY, history=history
    ) == charts.integration_history(decade, pid, TODAY)
    assert charts.assessed_vs_observed(
        decade, pid, TODAY, history=history
    ) == charts.assessed_vs_observed(decade, pid, TODAY)
    older = history[-10].id
    assert charts.snapshot(decade, pid, shown=older, history=history) == charts.snapshot(
        decade, pid, shown=older
    )
