"""The data behind the charts, computed without Qt, checked against the database."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

import pytest

from partnerdesk.domain import charts
from partnerdesk.domain import journal as jr
from partnerdesk.domain import organisations as orgs
from partnerdesk.domain import partnerships as ps
from partnerdesk.domain.assessments import add_assessment
from partnerdesk.domain.charts import Contradiction, MarkerKind
from partnerdesk.domain.errors import NotFoundError
from partnerdesk.domain.integration import last_leader_contact, strength_at
from partnerdesk.domain.partnerships import find_partnership
from partnerdesk.domain.vocabulary import Channel, Kind, Level, Stage
from partnerdesk.store.connection import Store
from tests.conftest import TODAY

LEVEL_COLUMNS = [level.value for level in Level]


def _assessment_rows(store: Store, partnership_id: int) -> list[dict]:
    return store.query(
        "SELECT * FROM assessments WHERE partnership_id = ? ORDER BY assessed_on, id",
        [partnership_id],
    )


def _mean(values: list[float]) -> float:
    return sum(values) / len(values)


# --- the sample portfolio tells its story ---------------------------------------------------


def test_each_level_over_time_is_what_was_assessed(sample_store: Store) -> None:
    for partnership in ps.list_partnerships(sample_store):
        history = charts.integration_history(sample_store, partnership.id, TODAY)
        rows = _assessment_rows(sample_store, partnership.id)
        assert [p.on.isoformat() for p in history.points] == [r["assessed_on"] for r in rows]
        for level in Level:
            assert history.scores(level) == [r[level.value] for r in rows]
        for point, row in zip(history.points, rows, strict=True):
            rated = [row[c] for c in LEVEL_COLUMNS if row[c] is not None]
            assert point.overall == pytest.approx(_mean(rated))


def test_the_co_op_rises_steadily(sample_store: Store) -> None:
    coop = find_partnership(sample_store, "Flour Buying Co-op")
    overall = [
        value
        for value in charts.integration_history(sample_store, coop.id, TODAY).overall()
        if value is not None
    ]
    assert len(overall) >= 8
    half = len(overall) // 2
    assert overall[-1] > overall[0] + 1
    assert _mean(overall[half:]) > _mean(overall[:half])
    # never a fall of more than half a point from one assessment to the next
    assert all(b - a > -0.5 for a, b in pairwise(overall))


def test_the_collective_jumps_after_becoming_a_joint_venture(sample_store: Store) -> None:
    collective = find_partnership(sample_store, "Riverside Market Collective")
    history = charts.integration_history(sample_store, collective.id, TODAY)
    moved = sample_store.scalar(
        "SELECT changed_on FROM partnership_kind_changes "
        "WHERE partnership_id = ? AND to_kind = 'joint_venture'",
        [collective.id],
    )
    [move] = [m for m in history.markers if m.what is MarkerKind.KIND]
    assert move.on.isoformat() == moved
    assert (move.before, move.after) == (Kind.CONSORTIUM, Kind.JOINT_VENTURE)
    assert move.note and "kiosk" in move.note
    assert [(p.kind, p.start, p.end) for p in history.kind_periods] == [
        (Kind.CONSORTIUM, history.period.start, move.on),
        (Kind.JOINT_VENTURE, move.on, TODAY),
    ]
    before = [p.overall for p in history.points if p.on < move.on and p.overall is not None]
    after = [p.overall for p in history.points if p.on > move.on and p.overall is not None]
    assert _mean(after) > _mean(before) + 1
    assert max(before) < max(after)


def test_bean_there_drifts_while_strategic_stays_rated_high(sample_store: Store) -> None:
    bean = find_partnership(sample_store, "Bean There Wholesale")
    history = charts.integration_history(sample_store, bean.id, TODAY)
    assert set(history.scores(Level.STRATEGIC)) == {4}
    overall = [v for v in history.overall() if v is not None]
    assert overall[-1] < max(overall) - 0.5
    observed = charts.assessed_vs_observed(sample_store, bean.id, TODAY)
    last_met = sample_store.scalar(
        """SELECT max(cl.occurred_on) FROM contact_logs cl
           JOIN contact_log_levels lv ON lv.contact_log_id = cl.id AND lv.level = 'strategic'
           JOIN contact_log_people cp ON cp.contact_log_id = cl.id
           JOIN people pe ON pe.id = cp.person_id AND pe.seniority = 'leader'
           JOIN organisations o ON o.id = pe.organisation_id AND o.is_self = 0
           WHERE cl.partnership_id = ? AND cl.channel != 'note'""",
        [bean.id],
    )
    gap = (TODAY - date.fromisoformat(last_met)).days
    assert gap > 120
    [strategic] = observed.disagreements_of(Level.STRATEGIC)
    assert strategic.contradiction is Contradiction.LEADERS_APART
    assert strategic.days == gap == observed.days_since_leaders_met
    assert strategic.reason() == (
        f"Strategic is rated 4, but the leaders haven't met for {gap} days"
    )
    # only Marcus answers now
    assert [p.name for p in observed.partner_people] == ["Marcus Bell"]


def test_the_strong_partnership_raises_no_doubt(sample_store: Store) -> None:
    heritage = find_partnership(sample_store, "Heritage Grain Programme")
    assert charts.assessed_vs_observed(sample_store, heritage.id, TODAY).disagreements == ()


def test_stage_changes_are_markers_but_the_starting_kind_and_stage_are_not(
    sample_store: Store,
) -> None:
    pool = find_partnership(sample_store, "Compostable Packaging Pool")
    history = charts.integration_history(sample_store, pool.id, TODAY)
    stages = [(m.before, m.after) for m in history.markers if m.what is MarkerKind.STAGE]
    assert stages == [
        (Stage.EXPLORING, Stage.FORMING),
        (Stage.FORMING, Stage.ACTIVE),
        (Stage.ACTIVE, Stage.DORMANT),
    ]
    assert not [m for m in history.markers if m.what is MarkerKind.KIND]
    assert history.period.start == pool.started_on
    assert history.period.end == TODAY


# --- contact activity, on a partnership made by hand ----------------------------------------


@pytest.fixture
def bakery(store: Store) -> dict[str, int]:
    """A partnership with a mill: our leader, their leader and manager, and an outsider."""
    us = orgs.create_organisation(store, "Hearth & Grain", is_self=True)
    mill = orgs.create_organisation(store, "Oakmill Flour")
    chamber = orgs.create_organisation(store, "Chamber of Commerce")
    pid = ps.create_partnership(
        store,
        "Heritage Grain",
        Kind.VALUE_CHAIN,
        stage=Stage.ACTIVE,
        started_on=date(2026, 1, 10),
        members=[(mill.id, "Supplier")],
    ).id
    return {
        "pid": pid,
        "maya": orgs.create_person(store, "Maya", organisation_id=us.id, seniority="leader").id,
        "helen": orgs.create_person(
            store, "Helen Marsh", organisation_id=mill.id, seniority="leader"
        ).id,
        "jamie": orgs.create_person(
            store, "Jamie Fox", organisation_id=mill.id, seniority="manager"
        ).id,
        "joan": orgs.create_person(
            store, "Joan", organisation_id=chamber.id, seniority="leader"
        ).id,
    }


def _log(
    store: Store,
    pid: int,
    on: date,
    levels: list[str] = (),  # type: ignore[assignment]
    people: list[int] = (),  # type: ignore[assignment]
    channel: str = "meeting",
) -> None:
    jr.log_contact(
        store,
        partnership_id=pid,
        occurred_on=on,
        summary="x",
        levels=levels,
        people=people,
        channel=channel,
    )


def _span(month: charts.MonthActivity) -> tuple[date, date]:
    return month.month, month.end


def test_activity_counts_contacts_per_month_by_level_with_leaders(
    store: Store, bakery: dict[str, int]
) -> None:
    pid = bakery["pid"]
    _log(store, pid, date(2026, 1, 15), ["strategic", "interpersonal"], [bakery["helen"]])
    _log(store, pid, date(2026, 1, 20), ["operational"], [bakery["jamie"], bakery["maya"]])
    _log(store, pid, date(2026, 1, 31), [], [bakery["jamie"]])  # touched no level
    _log(store, pid, date(2026, 1, 31), ["cultural"], channel=Channel.NOTE)  # a reflection
    _log(store, pid, date(2026, 3, 2), ["strategic", "tactical", "cultural"], [bakery["maya"]])
    _log(store, pid, date(2026, 3, 3), ["tactical"], [bakery["joan"]])  # not a member's leader
    _log(store, pid, date(2026, 6, 1), ["tactical"], [bakery["helen"]])  # after "today"

    activity = charts.contact_activity(store, pid, date(2026, 4, 12))
    assert activity.period == charts.ChartPeriod(date(2026, 1, 10), date(2026, 4, 12))
    assert [m.month for m in activity.months] == [
        date(2026, 1, 1),
        date(2026, 2, 1),
        date(2026, 3, 1),
        date(2026, 4, 1),
    ]
    january, february, march, april = activity.months
    assert january.contacts == 3
    assert january.by_level == {Level.STRATEGIC: 1, Level.OPERATIONAL: 1, Level.INTERPERSONAL: 1}
    assert january.shares == {
        Level.STRATEGIC: 0.5,
        Level.OPERATIONAL: 1.0,
        Level.INTERPERSONAL: 0.5,
    }
    assert january.unlevelled == 1
    assert sum(january.shares.values()) + january.unlevelled == january.contacts
    assert january.with_leader == 1  # Helen; our own Maya does not count
    assert [(p.name, p.contacts) for p in charts.partner_people(store, pid, *_span(january))] == [
        ("Jamie Fox", 2),
        ("Helen Marsh", 1),
    ]
    assert february.contacts == 0 and february.by_level == {}
    assert march.contacts == 2
    assert march.by_level == {Level.STRATEGIC: 1, Level.TACTICAL: 2, Level.CULTURAL: 1}
    assert march.shares[Level.TACTICAL] == pytest.approx(1 + 1 / 3)
    assert march.with_leader == 0  # the chamber's leader is not a partner
    assert charts.partner_people(store, pid, *_span(march)) == ()
    assert april.contacts == 0
    assert activity.contacts == 5
    assert list(january.by_level) == [Level.STRATEGIC, Level.OPERATIONAL, Level.INTERPERSONAL]


def test_a_member_that_left_is_no_longer_their_side(store: Store, bakery: dict[str, int]) -> None:
    pid = bakery["pid"]
    mill = next(m for m in ps.members(store, pid) if m.organisation_name == "Oakmill Flour")
    ps.update_member(store, mill.id, left_on=date(2026, 2, 28))
    # While the mill was a member, and after it left (Helen came by all the same).
    _log(store, pid, date(2026, 2, 10), ["strategic"], [bakery["helen"]])
    _log(store, pid, date(2026, 3, 10), ["strategic"], [bakery["helen"], bakery["jamie"]])
    activity = charts.contact_activity(store, pid, date(2026, 3, 31))
    february, march = activity.months[1], activity.months[2]
    assert (february.with_leader, march.with_leader) == (1, 0)
    assert [p.name for p in charts.partner_people(store, pid, *_span(february))] == ["Helen Marsh"]
    assert charts.partner_people(store, pid, *_span(march)) == ()
    assert last_leader_contact(store, pid, date(2026, 3, 31)) == date(2026, 2, 10)


def test_the_sample_keeps_leavers_out_of_what_happened_after(sample_store: Store) -> None:
    after = sample_store.query(
        """SELECT cl.occurred_on, pe.name FROM contact_logs cl
           JOIN contact_log_people cp ON cp.contact_log_id = cl.id
           JOIN people pe ON pe.id = cp.person_id
           JOIN partnership_members m
             ON m.partnership_id = cl.partnership_id AND m.organisation_id = pe.organisation_id
           WHERE m.left_on IS NOT NULL AND cl.occurred_on > m.left_on"""
    )
    assert after == []
    assert sample_store.scalar("SELECT count(*) FROM partnership_members WHERE left_on") == 1


def test_the_sample_writes_names_with_their_capitals(sample_store: Store) -> None:
    people = [row["name"] for row in sample_store.query("SELECT name FROM people")]
    firsts = {name.split()[0] for name in people}
    for row in sample_store.query("SELECT summary FROM contact_logs"):
        words = row["summary"].replace(":", " ").replace("'s", " ").split()
        lowered = [w for w in words if w.capitalize() in firsts and w != w.capitalize()]
        assert not lowered, row["summary"]


def test_activity_of_the_sample_adds_up_to_its_journal(sample_store: Store) -> None:
    for partnership in ps.list_partnerships(sample_store):
        activity = charts.contact_activity(sample_store, partnership.id, TODAY)
        contacts = sample_store.scalar(
            "SELECT count(*) FROM contact_logs WHERE partnership_id = ? AND channel != 'note'",
            [partnership.id],
        )
        assert activity.contacts == contacts
        history = charts.integration_history(sample_store, partnership.id, TODAY)
        assert activity.period == history.period
        for month in activity.months:
            assert sum(month.shares.values()) + month.unlevelled == pytest.approx(month.contacts)


def test_an_empty_partnership_has_empty_charts(store: Store, bakery: dict[str, int]) -> None:
    pid = bakery["pid"]
    today = date(2026, 2, 1)
    assert charts.integration_history(store, pid, today).is_empty
    assert charts.contact_activity(store, pid, today).is_empty
    assert charts.snapshot(store, pid).is_empty
    observed = charts.assessed_vs_observed(store, pid, today)
    assert observed.is_empty and observed.disagreements == ()
    assert observed.days_since_leaders_met is None


def test_the_period_reaches_back_to_the_earliest_record(
    store: Store, bakery: dict[str, int]
) -> None:
    pid = bakery["pid"]
    _log(store, pid, date(2025, 12, 1), ["tactical"])
    add_assessment(store, pid, assessed_on=date(2025, 11, 5), scores={"tactical": 2})
    history = charts.integration_history(store, pid, date(2026, 2, 1))
    assert history.period.start == date(2025, 11, 5)
    # the kind it started as covers the whole period
    assert [(k.kind, k.start) for k in history.kind_periods] == [
        (Kind.VALUE_CHAIN, date(2025, 11, 5))
    ]
    assert history.at(date(2025, 11, 4)) is None
    strength = history.at(date(2026, 1, 1))
    assert strength is not None and strength.levels[Level.TACTICAL] == 2


# --- the snapshot ---------------------------------------------------------------------------


def test_snapshot_compares_with_the_previous_or_a_chosen_assessment(
    store: Store, bakery: dict[str, int]
) -> None:
    pid = bakery["pid"]
    first = add_assessment(store, pid, assessed_on=date(2026, 2, 1), scores={"strategic": 1})
    second = add_assessment(store, pid, assessed_on=date(2026, 5, 1), scores={"strategic": 2})
    third = add_assessment(store, pid, assessed_on=date(2026, 8, 1), scores={"strategic": 4})

    latest = charts.snapshot(store, pid)
    assert (latest.shown, latest.compared) == (third, second)
    assert latest.choices == (third, second, first)
    chosen = charts.snapshot(store, pid, compare_with=first.id)
    assert (chosen.shown, chosen.compared) == (third, first)
    older = charts.snapshot(store, pid, shown=second.id)
    assert (older.shown, older.compared) == (second, first)
    oldest = charts.snapshot(store, pid, shown=first.id)
    assert (oldest.shown, oldest.compared) == (first, None)
    assert charts.snapshot(store, pid, compare_with=third.id).compared is None
    other = ps.create_partnership(store, "Other", Kind.CONSORTIUM)
    elsewhere = add_assessment(store, other.id, assessed_on=date(2026, 1, 1), scores={})
    with pytest.raises(NotFoundError):
        charts.snapshot(store, pid, compare_with=elsewhere.id)


# --- assessed versus observed ---------------------------------------------------------------


def _assess(store: Store, pid: int, on: date, **scores: int | None) -> None:
    add_assessment(store, pid, assessed_on=on, scores=scores)


def test_strategic_rated_high_while_leaders_are_apart(store: Store, bakery: dict[str, int]) -> None:
    pid = bakery["pid"]
    today = date(2026, 9, 30)
    _assess(store, pid, date(2026, 9, 1), strategic=3)
    observed = charts.assessed_vs_observed(store, pid, today)
    [never] = observed.disagreements
    assert never.reason() == "Strategic is rated 3, but the leaders have never met"

    met = today - timedelta(days=90)
    _log(store, pid, met, ["strategic"], [bakery["helen"]])
    assert charts.assessed_vs_observed(store, pid, today).disagreements == ()
    later = today + timedelta(days=1)  # 91 days since
    [apart] = charts.assessed_vs_observed(store, pid, later).disagreements
    assert (apart.contradiction, apart.days) == (Contradiction.LEADERS_APART, 91)
    # the user's own threshold applies
    relaxed = charts.assessed_vs_observed(store, pid, later, leader_threshold_days=120)
    assert relaxed.disagreements == ()
    # rated 2, a gap is no contradiction
    _assess(store, pid, date(2026, 9, 15), strategic=2)
    assert charts.assessed_vs_observed(store, pid, later).disagreements == ()


def test_interpersonal_rated_high_with_one_person_on_their_side(
    store: Store, bakery: dict[str, int]
) -> None:
    pid = bakery["pid"]
    today = date(2026, 9, 30)
    _assess(store, pid, date(2026, 9, 1), interpersonal=4)
    _log(store, pid, date(2026, 8, 1), ["interpersonal"], [bakery["jamie"], bakery["maya"]])
    _log(store, pid, date(2026, 9, 1), ["operational"], [bakery["jamie"], bakery["joan"]])
    _log(store, pid, date(2026, 5, 1), ["interpersonal"], [bakery["helen"]])  # long ago
    observed = charts.assessed_vs_observed(store, pid, today)
    [few] = observed.disagreements
    assert few.contradiction is Contradiction.FEW_PEOPLE
    assert few.reason() == (
        "Interpersonal is rated 4, but only one person on their side took part in the last 90 days"
    )
    assert [p.name for p in observed.partner_people] == ["Jamie Fox"]
    _log(store, pid, date(2026, 9, 20), ["tactical"], [bakery["helen"]])
    observed = charts.assessed_vs_observed(store, pid, today)
    assert Contradiction.FEW_PEOPLE not in {d.contradiction for d in observed.disagreements}
    assert {p.name for p in observed.partner_people} == {"Jamie Fox", "Helen Marsh"}


def test_deep_but_untouched_and_low_but_busy_levels(store: Store, bakery: dict[str, int]) -> None:
    pid = bakery["pid"]
    today = date(2026, 9, 30)
    _assess(store, pid, date(2026, 9, 1), cultural=4, tactical=1, operational=3)
    for day in range(6):
        _log(store, pid, today - timedelta(days=day * 10), ["tactical"], [bakery["jamie"]])
    _log(store, pid, today - timedelta(days=90), ["cultural"], [bakery["jamie"]])  # just out
    observed = charts.assessed_vs_observed(store, pid, today)
    reasons = {d.level: d.reason() for d in observed.disagreements}
    assert reasons == {
        Level.CULTURAL: "Cultural is rated 4, but no contact touched it in the last 90 days",
        Level.TACTICAL: "Tactical is rated only 1, yet 6 contacts touched it in the last 90 days",
    }
    by_level = {item.level: item for item in observed.levels}
    assert by_level[Level.TACTICAL].contacts == 6
    assert by_level[Level.CULTURAL].contacts == 0
    assert by_level[Level.STRATEGIC].score is None
    assert observed.contacts == 6
    assert observed.since == today - timedelta(days=89)


def test_reasons_can_be_translated(store: Store, bakery: dict[str, int]) -> None:
    pid = bakery["pid"]
    _assess(store, pid, date(2026, 9, 1), strategic=5)
    [reason] = charts.assessed_vs_observed(store, pid, date(2026, 9, 30)).disagreements
    german = {
        "Strategic": "Strategisch",
        "{level} is rated {score}, but the leaders have never met": (
            "{level} ist mit {score} bewertet, doch die Leitungen trafen sich nie"
        ),
    }
    assert reason.reason(lambda context, text: german.get(text, text)) == (
        "Strategisch ist mit 5 bewertet, doch die Leitungen trafen sich nie"
    )


# --- the portfolio --------------------------------------------------------------------------


def test_the_map_places_every_assessed_partnership(sample_store: Store) -> None:
    placed = charts.portfolio_map(sample_store, TODAY)
    assert len(placed.points) == len(ps.list_partnerships(sample_store))
    since = (TODAY - timedelta(days=89)).isoformat()
    for point in placed.points:
        partnership = ps.get_partnership(sample_store, point.partnership_id)
        assert (point.kind, point.stage) == (partnership.kind, partnership.stage)
        history = [
            r for r in _assessment_rows(sample_store, point.partnership_id) if r["assessed_on"]
        ]
        rated = [history[-1][c] for c in LEVEL_COLUMNS if history[-1][c] is not None]
        assert point.strength == pytest.approx(_mean(rated))
        assert point.contacts == sample_store.scalar(
            "SELECT count(*) FROM contact_logs WHERE partnership_id = ? AND channel != 'note' "
            "AND occurred_on >= ? AND occurred_on <= ?",
            [point.partnership_id, since, TODAY.isoformat()],
        )
    # the value-chain partnership with weak integration stands out
    assert [p.name for p in placed.points if p.below_expectation] == ["Bean There Wholesale"]
    assert charts.expected_strength(Kind.CONSORTIUM) == (1.0, 3.0)
    assert charts.expected_strength(Kind.VALUE_CHAIN) == (3.0, 5.0)


def test_a_partnership_never_assessed_is_listed_but_not_placed(
    store: Store, bakery: dict[str, int]
) -> None:
    placed = charts.portfolio_map(store, date(2026, 2, 1))
    assert placed.is_empty
    assert [p.name for p in placed.unplaced] == ["Heritage Grain"]


def _brute_force_trend(store: Store, today: date) -> list[tuple[int, float | None]]:
    """The trend computed the slow, obvious way: every partnership at every month's end."""
    all_partnerships = ps.list_partnerships(store)
    first = min(ps.stage_history(store, p.id)[0].changed_on for p in all_partnerships)
    result = []
    for month in charts.months_between(first, today):
        end = min(charts.next_month(month) - timedelta(days=1), today)
        strengths: list[float] = []
        active = 0
        for partnership in all_partnerships:
            stages = [s for s in ps.stage_history(store, partnership.id) if s.changed_on <= end]
            if not stages or stages[-1].to_stage is not Stage.ACTIVE:
                continue
            active += 1
            from partnerdesk.domain.assessments import assessments

            strength = strength_at(assessments(store, partnership.id), end)
            if strength is not None and strength.overall is not None:
                strengths.append(strength.overall)
        result.append((active, _mean(strengths) if strengths else None))
    return result


def test_the_trend_follows_the_active_partnerships_month_by_month(sample_store: Store) -> None:
    trend = charts.portfolio_trend(sample_store, TODAY)
    expected = _brute_force_trend(sample_store, TODAY)
    assert [p.active for p in trend.points] == [active for active, _ in expected]
    for point, (_, mean) in zip(trend.points, expected, strict=True):
        assert point.mean_strength == pytest.approx(mean)
    assert trend.points[-1].on == TODAY
    assert trend.points[0].month == date(2024, 2, 1)
    # the dormant pool drops out of the count when it goes dormant
    assert max(p.active for p in trend.points) == 5
    assert trend.points[-1].active == 4


def test_trend_counts_active_partnerships_not_yet_assessed(
    store: Store, bakery: dict[str, int]
) -> None:
    pid = bakery["pid"]
    ps.create_partnership(
        store, "Market Stall", Kind.CONSORTIUM, stage=Stage.EXPLORING, started_on=date(2026, 1, 1)
    )
    _assess(store, pid, date(2026, 2, 14), strategic=2, tactical=4)
    trend = charts.portfolio_trend(store, date(2026, 3, 5))
    assert [(p.month, p.active, p.assessed, p.mean_strength) for p in trend.points] == [
        (date(2026, 1, 1), 1, 0, None),
        (date(2026, 2, 1), 1, 1, 3.0),
        (date(2026, 3, 1), 1, 1, 3.0),
    ]
    assert not trend.is_empty


def test_the_store_counts_levels_in_kanters_order() -> None:
    from partnerdesk.store.charts import LEVEL_BITS

    assert tuple(level.value for level in Level) == LEVEL_BITS
