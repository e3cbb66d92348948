"""A believable sample portfolio for a small bakery, to explore PartnerDesk with.

Hearth & Grain Bakery keeps six partnerships that cover the whole continuum and tell a story:

* **Flour Buying Co-op** (consortium, active): four bakeries buying together; steady and growing.
* **Riverside Market Collective**: began as a consortium sharing a market stall, then moved to a
  joint venture when Hearth & Grain and a coffee roaster opened a breakfast kiosk together;
  integration rises after the move.
* **Heritage Grain Programme** (value chain, active): a mill growing heritage wheat for the
  bakery; the strongest partnership, with leaders in close contact.
* **Bean There Wholesale** (value chain, active): bread for a café chain. Its leaders have not
  met for months and only one person on their side is involved, yet strategic integration is
  still rated high: a partnership quietly drifting.
* **Baking School Workshops** (joint venture, forming): early days with a cookery school.
* **Compostable Packaging Pool** (consortium, dormant since its orders moved to the co-op).

Everything is dated relative to ``today`` and drawn from a fixed random seed, so the same
``today`` always gives the same portfolio (tests rely on it) and the sample never looks stale.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from partnerdesk.domain.assessments import add_assessment
from partnerdesk.domain.errors import ValidationError
from partnerdesk.domain.journal import log_contact, set_follow_up_done
from partnerdesk.domain.organisations import create_organisation, create_person
from partnerdesk.domain.partnerships import (
    change_kind,
    change_stage,
    create_partnership,
    update_member,
)
from partnerdesk.domain.vocabulary import QT_TRANSLATE_NOOP, Channel, Kind, Level, Seniority, Stage
from partnerdesk.store import queries
from partnerdesk.store.connection import Store

SEED = 1994  # the year of Kanter's "Collaborative Advantage"

STRATEGIC, TACTICAL, OPERATIONAL, INTERPERSONAL, CULTURAL = Level

# name, sector, country, website, people: (name, role title, seniority, email)
_ORGANISATIONS: list[tuple[str, str, str, str | None, list[tuple[str, str, Seniority]]]] = [
    (
        "Hearth & Grain Bakery",
        "Artisan bakery",
        "United Kingdom",
        "hearthandgrain.example",
        [
            ("Maya Lindqvist", "Owner and head baker", Seniority.LEADER),
            ("Tom Okafor", "Shop manager", Seniority.MANAGER),
        ],
    ),
    (
        "Rye & Co. Bakery",
        "Bakery",
        "United Kingdom",
        "ryeandco.example",
        [
            ("Ana Ruiz", "Owner", Seniority.LEADER),
            ("Ben Carter", "Baker", Seniority.PROFESSIONAL),
        ],
    ),
    (
        "Little Crumb Pâtisserie",
        "Pâtisserie",
        "United Kingdom",
        "littlecrumb.example",
        [
            ("Chloé Dubois", "Founder", Seniority.LEADER),
            ("Sam Patel", "Operations manager", Seniority.MANAGER),
        ],
    ),
    (
        "Millstone Bakehouse",
        "Bakery",
        "United Kingdom",
        None,
        [
            ("Dmitri Volkov", "Director", Seniority.LEADER),
            ("Grace Kim", "Buying manager", Seniority.MANAGER),
        ],
    ),
    (
        "Northside Coffee Roasters",
        "Coffee roaster",
        "United Kingdom",
        "northside.example",
        [
            ("Zoë Müller", "Co-founder", Seniority.LEADER),
            ("Leo Martins", "Head roaster", Seniority.MANAGER),
            ("Priya Shah", "Barista trainer", Seniority.PROFESSIONAL),
        ],
    ),
    (
        "Greenleaf Grocers",
        "Greengrocer",
        "United Kingdom",
        None,
        [
            ("Omar Haddad", "Owner", Seniority.LEADER),
        ],
    ),
    (
        "Oakmill Flour",
        "Stone-ground flour mill",
        "United Kingdom",
        "oakmill.example",
        [
            ("Helen Marsh", "Managing director", Seniority.LEADER),
            ("Jamie Fox", "Sales manager", Seniority.MANAGER),
            ("Ravi Nair", "Head miller", Seniority.PROFESSIONAL),
        ],
    ),
    (
        "Bean There Cafés",
        "Café chain",
        "United Kingdom",
        "beanthere.example",
        [
            ("Sofia Rossi", "Chief executive", Seniority.LEADER),
            ("Marcus Bell", "Purchasing manager", Seniority.MANAGER),
        ],
    ),
    (
        "Saltbox Cookery School",
        "Cookery school",
        "United Kingdom",
        "saltbox.example",
        [
            ("Elena Petrova", "Head of school", Seniority.LEADER),
            ("Noah Green", "Tutor", Seniority.PROFESSIONAL),
        ],
    ),
    (
        "EcoWrap Packaging",
        "Packaging supplier",
        "Netherlands",
        "ecowrap.example",
        [
            ("Lars Eriksen", "Account manager", Seniority.MANAGER),
        ],
    ),
    (
        "Pickle & Pour Deli",
        "Delicatessen",
        "United Kingdom",
        None,
        [
            ("Aiko Tanaka", "Owner", Seniority.LEADER),
        ],
    ),
    (
        "Sunny Side Juice Co.",
        "Juice bar",
        "United Kingdom",
        None,
        [
            ("Femi Adeyemi", "Founder", Seniority.LEADER),
        ],
    ),
    (
        "Riverside Chamber of Commerce",
        "Business network",
        "United Kingdom",
        None,
        [
            ("Joan Baker", "Events officer", Seniority.OTHER),
        ],
    ),
]


@dataclass(frozen=True)
class _Plan:
    """How a partnership's history unfolds, in days before today."""

    name: str
    kind: Kind
    purpose: str
    started: int
    members: list[tuple[str, str]]
    #: Days between contacts in each period: (from day, until day, every n days).
    cadence: list[tuple[int, int, int]]
    #: Assessment profiles: the five scores at the start and at the end of the assessments.
    first: tuple[int | None, ...]
    last: tuple[int | None, ...]
    assessed_until: int = 0
    topic: str = ""
    #: Leaders meet every n days over this span of days ago: (from, until, every).
    leaders_meet: tuple[int, int, int] | None = None
    #: A recent call with an open follow-up: (days ago, due in days, summary).
    next_step: tuple[int, int, str] | None = None


_PLANS = [
    _Plan(
        "Flour Buying Co-op",
        Kind.CONSORTIUM,
        "Buying flour, butter and packaging together to cut costs by a fifth and share deliveries.",
        started=1000,
        members=[
            ("Rye & Co. Bakery", "Co-op member"),
            ("Little Crumb Pâtisserie", "Co-op member"),
            ("Millstone Bakehouse", "Co-op coordinator"),
        ],
        cadence=[(1000, 0, 16)],
        first=(2, 2, 2, 2, 2),
        last=(3, 4, 4, 4, 3),
        topic="the co-op order",
        leaders_meet=(960, 0, 75),
        next_step=(3, 4, "Agreed to tender the packaging order jointly"),
    ),
    _Plan(
        "Riverside Market Collective",
        Kind.CONSORTIUM,
        "Sharing a market stall and a card reader with neighbouring food businesses; since the "
        "kiosk opened, a breakfast offer of our pastries with Northside's coffee.",
        started=900,
        members=[
            ("Northside Coffee Roasters", "Coffee and kiosk operations"),
            ("Greenleaf Grocers", "Stall member"),
        ],
        cadence=[(900, 420, 24), (420, 0, 9)],
        first=(1, 1, 2, 2, 2),
        last=(4, 4, 4, 4, 3),
        topic="the kiosk",
        leaders_meet=(440, 0, 60),
        next_step=(5, 12, "Price review for the winter menu"),
    ),
    _Plan(
        "Heritage Grain Programme",
        Kind.VALUE_CHAIN,
        "Oakmill grows and mills heritage wheat to our specification; we build loaves around "
        "it and share what customers say.",
        started=760,
        members=[("Oakmill Flour", "Supplier")],
        cadence=[(760, 0, 11)],
        first=(3, 2, 2, 3, 3),
        last=(5, 4, 4, 5, 4),
        topic="the heritage wheat",
        leaders_meet=(740, 0, 45),
        next_step=(6, 9, "Ravi to send the first milling trial results"),
    ),
    _Plan(
        "Bean There Wholesale",
        Kind.VALUE_CHAIN,
        "Daily bread and pastries for Bean There's twelve cafés, baked to their menu.",
        started=700,
        members=[("Bean There Cafés", "Customer")],
        cadence=[(700, 135, 13), (135, 0, 21)],
        first=(4, 3, 3, 3, 3),
        last=(4, 2, 3, 1, 2),
        topic="the café menu",
        leaders_meet=(690, 150, 80),
    ),
    _Plan(
        "Baking School Workshops",
        Kind.JOINT_VENTURE,
        "Sourdough workshops: our bakers and recipes, Saltbox's kitchen and students.",
        started=150,
        members=[("Saltbox Cookery School", "Venue and students")],
        cadence=[(150, 0, 17)],
        first=(2, 1, None, 2, 3),
        last=(2, 1, None, 2, 3),
        topic="the workshops",
        leaders_meet=(140, 0, 50),
        next_step=(2, 2, "Draft the spring workshop programme"),
    ),
    _Plan(
        "Compostable Packaging Pool",
        Kind.CONSORTIUM,
        "Pooling orders of compostable packaging to reach the supplier's minimum order.",
        started=820,
        members=[
            ("EcoWrap Packaging", "Supplier"),
            ("Pickle & Pour Deli", "Pool member"),
            ("Sunny Side Juice Co.", "Pool member"),
        ],
        cadence=[(820, 265, 22)],
        first=(2, 3, 3, 2, 2),
        last=(1, 1, 2, 1, 2),
        assessed_until=250,
        topic="the packaging order",
    ),
]

_SUMMARIES: dict[Level, list[str]] = {
    STRATEGIC: [
        "Owners' review of {topic}: agreed priorities for next quarter",
        "Lunch with {leader} about where {topic} goes next",
        "Leaders' meeting: renewed the agreement on {topic}",
        "Talked with {leader} about growing {topic} together",
    ],
    TACTICAL: [
        "Planned the next season of {topic}",
        "Set the calendar and budget for {topic}",
        "Agreed who does what for {topic}",
        "Reviewed last month's numbers for {topic}",
    ],
    OPERATIONAL: [
        "Placed the joint order for {topic}",
        "Shared delivery schedules for {topic}",
        "Sorted a quality issue with {topic}",
        "Trained staff on the new process for {topic}",
    ],
    INTERPERSONAL: [
        "Coffee with {person}: catching up",
        "{person} visited the bakery and met the team",
        "Thank-you note to {person} after a hard week",
    ],
    CULTURAL: [
        "Talked through how differently we plan: weekly versus seasonal",
        "Workshop on working styles with both teams",
        "Agreed how we speak about {topic} to customers",
    ],
}
_DETAILS = [
    "We went through the figures line by line. Costs are down on last quarter, mostly thanks to "
    "the shared deliveries. Two open questions remain: who covers the weekend slots, and "
    "whether to add rye to the order.",
    "Good energy in the room. They want to move faster than we can; I explained our oven "
    "capacity and we agreed to revisit in a month.",
    "Short and practical. Everyone knew what they had to do before we met, which is new.",
    "They brought samples and we tasted everything. The second batch was clearly better.",
    "A difficult conversation about late payments. We agreed a schedule and they apologised.",
]
_PRIVATE_NOTES = [
    "My own thoughts: I am not sure they are committed. Watch the next two months.",
    "Note to self: they seem stretched. Don't push the new product until things settle.",
    "Reflection: we rely on one person on their side. If she leaves, this falls apart.",
]
_CHANNELS = [
    Channel.MEETING,
    Channel.CALL,
    Channel.EMAIL,
    Channel.MESSAGE,
    Channel.VISIT,
    Channel.WORKSHOP,
    Channel.EVENT,
]
_CHANNEL_WEIGHTS = [30, 20, 20, 10, 10, 5, 5]


def is_empty(store: Store) -> bool:
    """Whether the database holds no organisations, people or partnerships yet."""
    counts = queries.table_counts(store)
    return not any(counts[t] for t in ("organisations", "people", "partnerships"))


def build_sample_portfolio(store: Store, today: date | None = None) -> None:
    """Fill an empty database with the sample portfolio, dated relative to ``today``."""
    today = today or date.today()
    if not is_empty(store):
        raise ValidationError(
            "database",
            QT_TRANSLATE_NOOP(
                "Validation", "already holds data; the sample portfolio goes into an empty database"
            ),
        )
    rng = random.Random(SEED)

    def day(days_ago: int) -> date:
        return today - timedelta(days=days_ago)

    with store.write():
        orgs: dict[str, int] = {}
        people: dict[str, list[tuple[int, str, Seniority]]] = {}
        for index, (name, sector, country, website, staff) in enumerate(_ORGANISATIONS):
            org = create_organisation(
                store,
                name,
                sector=sector,
                country=country,
                website=website,
                is_self=index == 0,
                notes="Met through the Riverside Chamber of Commerce." if index == 4 else None,
            )
            orgs[name] = org.id
            people[name] = []
            for person, title, seniority in staff:
                first = person.split(" ")[0]
                domain = website or f"{name.split()[0].lower()}.example"
                email = f"{first.lower()}@{domain}".replace("ö", "o").replace("é", "e")
                row = create_person(
                    store,
                    person,
                    organisation_id=org.id,
                    role_title=title,
                    seniority=seniority,
                    email=email,
                )
                people[name].append((row.id, person, seniority))

        for plan in _PLANS:
            _build_partnership(store, plan, orgs, people, rng, day, today)

        chamber = orgs["Riverside Chamber of Commerce"]
        for days_ago, summary in [
            (610, "Networking breakfast: met Northside's founders"),
            (330, "Spring trade fair: shared a table"),
            (45, "Talk on local supply chains at the chamber"),
        ]:
            log_contact(
                store,
                occurred_on=day(days_ago),
                summary=summary,
                organisation_id=chamber,
                channel=Channel.EVENT,
                people=[people["Riverside Chamber of Commerce"][0][0]],
            )


def _build_partnership(
    store: Store,
    plan: _Plan,
    orgs: dict[str, int],
    people: dict[str, list[tuple[int, str, Seniority]]],
    rng: random.Random,
    day: Callable[[int], date],
    today: date,
) -> None:
    partnership = create_partnership(
        store,
        plan.name,
        plan.kind,
        stage=Stage.EXPLORING,
        purpose=plan.purpose,
        started_on=day(plan.started),
        members=[(orgs[name], role) for name, role in plan.members],
        notes="Private: our margin on this is thinner than it looks."
        if plan.kind is Kind.VALUE_CHAIN
        else None,
    )
    pid = partnership.id
    # Members that left, with how many days ago: their people take part only until then.
    left_days_ago: dict[str, int] = {}
    change_stage(store, pid, Stage.FORMING, on=day(plan.started - 20))
    if plan.name != "Baking School Workshops":  # still forming
        change_stage(store, pid, Stage.ACTIVE, on=day(plan.started - 75), note="Agreement signed.")
    if plan.name == "Riverside Market Collective":
        change_kind(
            store,
            pid,
            Kind.JOINT_VENTURE,
            on=day(420),
            note="Opened the breakfast kiosk with Northside: a joint venture now.",
        )
        member = next(m for m in _members(store, pid) if m[1] == orgs["Greenleaf Grocers"])
        update_member(store, member[0], left_on=day(420))
        left_days_ago["Greenleaf Grocers"] = 420
    if plan.name == "Compostable Packaging Pool":
        change_stage(
            store,
            pid,
            Stage.DORMANT,
            on=day(240),
            note="Packaging now comes through the Flour Buying Co-op's order.",
        )

    own_people = people["Hearth & Grain Bakery"]

    def partners_then(
        days_ago: int,
    ) -> tuple[list[tuple[int, str, Seniority]], list[tuple[int, str, Seniority]]]:
        """The leaders and the other people of the members on a day (days ago)."""
        present = [
            person
            for name, _ in plan.members
            if days_ago >= left_days_ago.get(name, 0)
            for person in people[name]
        ]
        return (
            [p for p in present if p[2] is Seniority.LEADER],
            [p for p in present if p[2] is not Seniority.LEADER],
        )

    # The journal.
    for start, end, every in plan.cadence:
        days_ago = start - rng.randint(0, every // 2)
        while days_ago > end:
            leaders, others = partners_then(days_ago)
            drifting = plan.name == "Bean There Wholesale" and days_ago <= 135
            levels = _pick_levels(rng, drifting)
            if drifting:
                who = [p for p in others if p[1] == "Marcus Bell"]
            elif STRATEGIC in levels and leaders:
                who = [rng.choice(leaders)]
            else:
                pool = others or leaders
                who = rng.sample(pool, k=min(len(pool), rng.choice([1, 1, 2])))
            if rng.random() < 0.3:
                who.append(own_people[1])
            main = rng.choice(sorted(levels, key=list(Level).index))
            summary = rng.choice(_SUMMARIES[main]).format(
                topic=plan.topic,
                leader=(leaders[0][1].split()[0] if leaders else who[0][1].split()[0]),
                person=who[0][1].split()[0],
            )
            summary = _sentence(summary)
            channel = rng.choices(_CHANNELS, _CHANNEL_WEIGHTS)[0]
            occurred = day(days_ago)
            follow_up = None
            if rng.random() < (0.4 if days_ago <= 30 else 0.12):
                follow_up = occurred + timedelta(days=rng.choice([7, 10, 14, 21]))
            entry = log_contact(
                store,
                partnership_id=partnership.id,
                occurred_on=occurred,
                summary=summary,
                channel=channel,
                levels=levels,
                people=[p[0] for p in who],
                details=rng.choice(_DETAILS) if rng.random() < 0.45 else None,
                private=rng.random() < 0.08,
                follow_up_on=follow_up,
            )
            # Follow-ups of a month ago and more were done; of recent ones, some slipped.
            if (
                follow_up is not None
                and follow_up < today
                and (follow_up < today - timedelta(days=30) or rng.random() < 0.5)
            ):
                set_follow_up_done(store, entry.id)
            if rng.random() < 0.05:
                log_contact(
                    store,
                    partnership_id=partnership.id,
                    occurred_on=occurred,
                    summary="Private reflection after the meeting",
                    channel=Channel.NOTE,
                    details=rng.choice(_PRIVATE_NOTES),
                    private=True,
                )
            days_ago -= max(1, every + rng.randint(-every // 3, every // 3))

    if plan.next_step is not None:
        days_ago, due_in, summary = plan.next_step
        leaders, others = partners_then(days_ago)
        log_contact(
            store,
            partnership_id=pid,
            occurred_on=day(days_ago),
            summary=summary,
            channel=Channel.CALL,
            levels=[TACTICAL],
            people=[(others or leaders)[0][0]],
            follow_up_on=today + timedelta(days=due_in),
        )

    if plan.leaders_meet is not None:
        start, end, every = plan.leaders_meet
        for days_ago in range(start, end, -every):
            leaders, _ = partners_then(days_ago)
            if not leaders:
                continue
            leader = leaders[(days_ago // every) % len(leaders)]
            log_contact(
                store,
                partnership_id=pid,
                occurred_on=day(days_ago + rng.randint(-5, 5)),
                summary=_sentence(
                    rng.choice(_SUMMARIES[STRATEGIC]).format(
                        topic=plan.topic, leader=leader[1].split()[0], person=leader[1]
                    )
                ),
                channel=Channel.MEETING,
                levels=[STRATEGIC, INTERPERSONAL],
                people=[leader[0], own_people[0][0]],
            )

    # Assessments: quarterly from three months in, moving from the first profile to the last.
    first_day = plan.started - 90 if plan.started > 200 else 30
    dates = list(range(first_day, plan.assessed_until - 1, -91))
    for index, days_ago in enumerate(dates):
        share = index / max(1, len(dates) - 1)
        scores = _blend(plan.first, plan.last, share, rng)
        if plan.name == "Riverside Market Collective" and days_ago > 420:
            scores = _blend(plan.first, (2, 2, 3, 3, 2), share * 1.5, rng)
        if plan.name == "Bean There Wholesale":
            scores = (
                _blend(plan.first, (4, 3, 4, 3, 3), share * 1.6, rng)
                if days_ago > 100
                else dict(zip(Level, plan.last, strict=True))
            )
        add_assessment(
            store,
            partnership.id,
            assessed_on=day(days_ago),
            scores=scores,
            note=_assessment_note(plan.name, days_ago),
            private=index % 5 == 4,
        )


def _sentence(text: str) -> str:
    """``text`` with a capital first letter; names inside it keep theirs."""
    return text[:1].upper() + text[1:]


def _members(store: Store, partnership_id: int) -> list[tuple[int, int]]:
    return [
        (row["id"], row["organisation_id"]) for row in queries.member_rows(store, partnership_id)
    ]


def _pick_levels(rng: random.Random, drifting: bool) -> list[Level]:
    if drifting:
        return rng.choice([[TACTICAL], [OPERATIONAL], [OPERATIONAL, TACTICAL]])
    options: Sequence[list[Level]] = [
        [STRATEGIC],
        [STRATEGIC, TACTICAL],
        [TACTICAL],
        [TACTICAL, OPERATIONAL],
        [OPERATIONAL],
        [OPERATIONAL, INTERPERSONAL],
        [INTERPERSONAL],
        [INTERPERSONAL, CULTURAL],
        [CULTURAL],
        [STRATEGIC, INTERPERSONAL],
    ]
    return list(rng.choice(options))


def _blend(
    first: tuple[int | None, ...], last: tuple[int | None, ...], share: float, rng: random.Random
) -> dict[Level, int | None]:
    share = min(1.0, share)
    scores: dict[Level, int | None] = {}
    for level, a, b in zip(Level, first, last, strict=True):
        if a is None or b is None:
            scores[level] = None
            continue
        value = a + (b - a) * share + rng.choice([-0.4, 0, 0, 0.4])
        scores[level] = max(0, min(5, round(value)))
    return scores


def _assessment_note(name: str, days_ago: int) -> str | None:
    if name == "Bean There Wholesale" and days_ago <= 100:
        return (
            "Only Marcus answers now. Strategic still feels solid to me: Sofia signed the "
            "three-year deal."
        )
    if name == "Riverside Market Collective" and 330 < days_ago <= 420:
        return "The kiosk changed everything: we plan together every week now."
    return None
