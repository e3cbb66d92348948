"""Write a realistic PartnerDesk database of a decade-long portfolio, for benchmarks.

    python tests/benchmarks/generate.py --size small|medium|large --db PATH

The large portfolio is what a busy small business could build up in ten years: 2,000
organisations, 10,000 people, 1,000 partnerships of every kind and stage with 2 to 12 members,
250,000 journal entries touching the five levels with the people who took part, and 40,000
assessments; a fifth of the entries and assessments are private, and the texts run from a
line to several kilobytes. Medium and small are a tenth and a hundredth of it.

The same size, seed and last day always give the same database, row for row. Two partnerships
run the whole ten years with weekly assessments, so the charts of long, busy partnerships can be
measured: "Heritage Grain Programme" holds a fiftieth of the journal (5,000 entries in the large
portfolio) and "Valley Bakers' Buying Co-op" a fifth of it (50,000).

Rows go in through the store's bulk insert (``rows.insert_many``: executemany in large
transactions) rather than record by record through the domain, but they are exactly what the
domain would have written: every value passes the domain's field rules, every partnership's
kind and stage are those of its latest recorded change, the full-text index is filled by the
schema's own triggers, and ``partnerdesk check`` finds nothing wrong.
"""

from __future__ import annotations

import argparse
import bisect
import random
import re
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: import the repository's packages
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from partnerdesk.domain.vocabulary import Channel, Kind, Level, Seniority, Stage
from partnerdesk.files import atomic_path
from partnerdesk.store import queries, rows
from partnerdesk.store.connection import Store, open_store, schema_sql
from tests.benchmarks import texts

SEED = 1994
#: The last day of the generated decade (the tests' "today"); ``--today`` moves it.
LAST_DAY = date(2026, 11, 23)
DECADE = 3652  # days
PRIVATE_SHARE = 0.20
NOTE_SHARE = 0.05  # private reflections among a partnership's entries
NETWORKING_SHARE = 0.025  # entries about an organisation only
FLAGSHIP = "Heritage Grain Programme"
FLAGSHIP_PARTNER = ("Oakmill Flour", "Stone-ground flour mill", "United Kingdom")
FLAGSHIP_LOG_SHARE = 0.02
#: The busiest partnership: a buying co-op of many bakeries that logs everything, for ten years.
BUSIEST = "Valley Bakers' Buying Co-op"
BUSIEST_LOG_SHARE = 0.20
BUSIEST_PARTNERS = 7
#: Partnerships planned by hand rather than drawn at random, with their share of the journal.
FIXED_SHARES = {FLAGSHIP: FLAGSHIP_LOG_SHARE, BUSIEST: BUSIEST_LOG_SHARE}
CHUNK = 10_000  # rows per executemany


@dataclass(frozen=True)
class Size:
    """How many records of each kind a generated portfolio holds."""

    organisations: int
    people: int
    partnerships: int
    contact_logs: int
    assessments: int

    def scaled(self, divisor: int) -> Size:
        """This size divided by ``divisor``."""
        return Size(
            *(
                value // divisor
                for value in (
                    self.organisations,
                    self.people,
                    self.partnerships,
                    self.contact_logs,
                    self.assessments,
                )
            )
        )


LARGE = Size(2000, 10_000, 1000, 250_000, 40_000)
SIZES = {"large": LARGE, "medium": LARGE.scaled(10), "small": LARGE.scaled(100)}

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
_LEVEL_CHOICES: list[list[Level]] = [
    [Level.STRATEGIC],
    [Level.STRATEGIC, Level.TACTICAL],
    [Level.TACTICAL],
    [Level.TACTICAL, Level.OPERATIONAL],
    [Level.OPERATIONAL],
    [Level.OPERATIONAL, Level.INTERPERSONAL],
    [Level.INTERPERSONAL],
    [Level.INTERPERSONAL, Level.CULTURAL],
    [Level.CULTURAL],
    [Level.STRATEGIC, Level.INTERPERSONAL],
    [Level.TACTICAL, Level.OPERATIONAL, Level.INTERPERSONAL],
]
#: How busy the journal is in each stage, relative to an active partnership.
_STAGE_ACTIVITY = {
    Stage.EXPLORING: 0.5,
    Stage.FORMING: 0.8,
    Stage.ACTIVE: 1.0,
    Stage.DORMANT: 0.1,
    Stage.ENDED: 0.0,
}
_FINAL_STAGES = [
    (Stage.EXPLORING, 6),
    (Stage.FORMING, 8),
    (Stage.ACTIVE, 50),
    (Stage.DORMANT, 16),
    (Stage.ENDED, 20),
]
_FINAL_KINDS = [(Kind.CONSORTIUM, 35), (Kind.JOINT_VENTURE, 25), (Kind.VALUE_CHAIN, 40)]
#: Partner organisations (besides the user's own) by kind: count -> weight.
_PARTNER_COUNTS = {
    Kind.CONSORTIUM: {1: 5, 2: 10, 3: 20, 4: 20, 5: 15, 6: 10, 7: 7, 8: 5, 9: 4, 10: 2, 11: 2},
    Kind.JOINT_VENTURE: {1: 70, 2: 25, 3: 5},
    Kind.VALUE_CHAIN: {1: 80, 2: 15, 3: 5},
}
_ROLES = {
    Kind.CONSORTIUM: ["Co-op member"] * 6 + ["Co-op coordinator", "Pool member"],
    Kind.JOINT_VENTURE: [
        "Venue and students",
        "Technology provider",
        "Market access",
        "Kitchen and staff",
        "Co-investor",
    ],
    Kind.VALUE_CHAIN: ["Supplier", "Supplier", "Customer", "Distributor", "Logistics"],
}


# --- the plan of the portfolio: who, which partnerships, when -------------------------------


@dataclass
class Person:
    id: int
    organisation_id: int
    name: str
    short_name: str
    seniority: Seniority


@dataclass
class Membership:
    organisation_id: int
    role: str | None
    joined: int | None  # day ordinal
    left: int | None

    def current(self, day: int) -> bool:
        return (self.joined is None or self.joined <= day) and (
            self.left is None or day < self.left
        )


@dataclass
class Plan:
    """One partnership's life: its history, members and what its journal is about."""

    name: str
    topic: str
    kind_changes: list[tuple[int, Kind]]  # (day ordinal, kind), oldest first
    stage_changes: list[tuple[int, Stage]]
    members: list[Membership]
    id: int = 0
    activity: float = 1.0
    #: Journal segments: (first day, day after the last, relative activity).
    segments: list[tuple[int, int, float]] = field(default_factory=list)

    @property
    def started(self) -> int:
        return self.stage_changes[0][0]

    @property
    def ended(self) -> int | None:
        day, stage = self.stage_changes[-1]
        return day if stage is Stage.ENDED else None


def _weighted(rng: random.Random, pairs: Sequence[tuple[Any, int]]) -> Any:
    return rng.choices([value for value, _ in pairs], [weight for _, weight in pairs])[0]


def _ascii(text: str) -> str:
    return "".join(c for c in text.lower() if c.isascii() and c.isalnum())


def _stamp(day: int, rng: random.Random) -> str:
    """A UTC timestamp during the working hours of ``day``."""
    seconds = rng.randrange(7 * 3600, 20 * 3600)
    return (
        f"{date.fromordinal(day).isoformat()}T{seconds // 3600:02d}:{seconds // 60 % 60:02d}:"
        f"{seconds % 60:02d}.{rng.randrange(1000):03d}Z"
    )


def _allocate(total: int, weights: Sequence[float]) -> list[int]:
    """Split ``total`` in proportion to ``weights``, exactly (largest remainders)."""
    whole = sum(weights)
    if not weights or whole <= 0:
        return [0] * len(weights)
    shares = [total * w / whole for w in weights]
    counts = [int(s) for s in shares]
    by_remainder = sorted(range(len(weights)), key=lambda i: counts[i] - shares[i])
    for i in by_remainder[: total - sum(counts)]:
        counts[i] += 1
    return counts


class Portfolio:
    """Plans a whole portfolio from a seed, then hands out its rows table by table."""

    def __init__(self, size: Size, last_day: date = LAST_DAY, seed: int = SEED) -> None:
        self.size = size
        self.end = last_day.toordinal()
        self.first = self.end - DECADE
        self.seed = seed
        self._plan_organisations()
        self._plan_people()
        self._plan_partnerships()
        self.text = texts.TextBank(self._rng("text"), [p.short_name for p in self.people])

    def _rng(self, part: str) -> random.Random:
        # One independent sequence per part, so changing one part leaves the others as they were.
        return random.Random(f"{self.seed}:{part}")

    # organisations and people

    def _plan_organisations(self) -> None:
        rng = self._rng("organisations")
        fixed = [texts.OWN_ORGANISATION, FLAGSHIP_PARTNER]
        combos = [
            (prefix, trade, sector)
            for prefix in texts.ORGANISATION_PREFIXES
            for trade, sector in texts.ORGANISATION_TRADES
        ]
        chosen = rng.sample(combos, self.size.organisations - len(fixed))
        self.organisations: list[dict[str, Any]] = []
        for index, (name, sector, country) in enumerate(
            [*fixed, *((f"{p} {t}", s, None) for p, t, s in chosen)], start=1
        ):
            slug = _ascii(name) or f"organisation{index}"
            created = self.first + rng.randrange(DECADE // 2)
            self.organisations.append(
                {
                    "id": index,
                    "name": name,
                    "sector": sector,
                    "country": country or _weighted(rng, texts.COUNTRIES),
                    "website": f"{slug}.example" if rng.random() < 0.6 else None,
                    "notes": rng.choice(texts.PRIVATE_NOTES) if rng.random() < 0.15 else None,
                    "is_self": int(index == 1),
                    "created_at": (stamp := _stamp(created, rng)),
                    "updated_at": stamp,
                }
            )
        # Partners are chosen with a preference for a few organisations, as in life: the
        # same good supplier or neighbour turns up in many partnerships.
        order = list(range(2, len(self.organisations) + 1))
        rng.shuffle(order)
        self._partner_pool = order
        self._partner_weights = list(_cumulative([1.0 / (rank + 10) for rank in range(len(order))]))

    def _plan_people(self) -> None:
        rng = self._rng("people")
        own_staff = max(3, round(self.size.people * 0.0012))
        others = self.size.people - own_staff
        organisations = len(self.organisations) - 1
        extra = _allocate(
            others - organisations,
            [rng.paretovariate(1.6) for _ in range(organisations)],
        )
        staff = [own_staff] + [1 + n for n in extra]
        self.people: list[Person] = []
        self.people_rows: list[dict[str, Any]] = []
        self.staff: dict[int, list[Person]] = {}
        for org, count in zip(self.organisations, staff, strict=True):
            members: list[Person] = []
            for position in range(count):
                if org["is_self"] and position == 0:
                    given, family, family_first = "Maya", "Lindqvist", False
                else:
                    given_names, family_names, family_first = texts.NAMES[
                        _weighted(rng, texts.NAME_SCRIPTS)
                    ]
                    given, family = rng.choice(given_names), rng.choice(family_names)
                name = f"{family}{given}" if family_first else f"{given} {family}"
                if position == 0:
                    seniority = Seniority.LEADER if rng.random() < 0.92 else Seniority.MANAGER
                else:
                    seniority = _weighted(
                        rng,
                        [
                            (Seniority.LEADER, 5),
                            (Seniority.MANAGER, 30),
                            (Seniority.PROFESSIONAL, 45),
                            (Seniority.OTHER, 20),
                        ],
                    )
                person = Person(
                    len(self.people) + 1,
                    org["id"],
                    name,
                    name if family_first else given,
                    seniority,
                )
                domain = org["website"] or f"{_ascii(org['name']) or 'mail'}.example"
                local = ".".join(filter(None, (_ascii(given), _ascii(family))))
                created = min(self.end, org_day(org) + rng.randrange(60))
                self.people_rows.append(
                    {
                        "id": person.id,
                        "organisation_id": org["id"],
                        "name": name,
                        "role_title": rng.choice(texts.ROLE_TITLES[seniority]),
                        "seniority": seniority.value,
                        "email": f"{local or f'contact{person.id}'}@{domain}"
                        if rng.random() < 0.7
                        else None,
                        "phone": f"+44 20 7946 {rng.randrange(10000):04d}"
                        if rng.random() < 0.5
                        else None,
                        "notes": rng.choice(texts.PRIVATE_NOTES) if rng.random() < 0.1 else None,
                        "created_at": (stamp := _stamp(created, rng)),
                        "updated_at": stamp,
                    }
                )
                self.people.append(person)
                members.append(person)
            self.staff[org["id"]] = members

    # partnerships

    def _plan_partnerships(self) -> None:
        rng = self._rng("partnerships")
        names: set[str] = {name.casefold() for name in FIXED_SHARES}
        plans = [self._flagship(), self._busiest()]
        stages = list(Stage)
        kinds = list(Kind)
        for index in range(self.size.partnerships - len(plans)):
            # The first few go through every kind and stage, so even the small portfolio has all.
            kind = kinds[index] if index < len(kinds) else _weighted(rng, _FINAL_KINDS)
            stage = stages[index] if index < len(stages) else _weighted(rng, _FINAL_STAGES)
            plans.append(self._partnership(rng, kind, stage, names))
        # Ids follow the order the partnerships were started in, as when they were entered.
        plans.sort(key=lambda plan: (plan.started, plan.name))
        for number, plan in enumerate(plans, start=1):
            plan.id = number
            plan.activity = 1.0 if plan.name in FIXED_SHARES else rng.lognormvariate(0, 0.7)
            plan.segments = self._segments(plan)
        self.plans = plans

    def _flagship(self) -> Plan:
        start = self.first
        return Plan(
            name=FLAGSHIP,
            topic="the heritage wheat",
            kind_changes=[(start, Kind.VALUE_CHAIN)],
            stage_changes=[
                (start, Stage.EXPLORING),
                (start + 20, Stage.FORMING),
                (start + 75, Stage.ACTIVE),
            ],
            members=[Membership(1, None, None, None), Membership(2, "Supplier", start, None)],
        )

    def _busiest(self) -> Plan:
        # Its own random sequence, so the rest of the portfolio is drawn as it would be without.
        rng = self._rng("busiest")
        start = self.first + 3
        partners = rng.sample(self._partner_pool[:50], BUSIEST_PARTNERS)
        return Plan(
            name=BUSIEST,
            topic="buying flour and packaging together",
            kind_changes=[(start, Kind.CONSORTIUM)],
            stage_changes=[
                (start, Stage.EXPLORING),
                (start + 30, Stage.FORMING),
                (start + 90, Stage.ACTIVE),
            ],
            members=[
                Membership(1, None, None, None),
                *(Membership(org, "Co-op member", start, None) for org in partners),
            ],
        )

    def _partnership(self, rng: random.Random, kind: Kind, stage: Stage, names: set[str]) -> Plan:
        shortest = {
            Stage.EXPLORING: (5, 90),
            Stage.FORMING: (40, 240),
            Stage.ACTIVE: (120, DECADE),
            Stage.DORMANT: (500, DECADE),
            Stage.ENDED: (200, DECADE),
        }[stage]
        age = rng.randint(*shortest)
        start = self.end - age
        stage_changes = _stage_path(rng, stage, start, self.end)
        kind_changes = self._kind_path(rng, kind, stage_changes)
        first_kind = kind_changes[0][1]
        while True:
            subject, topic = rng.choice(texts.PARTNERSHIP_SUBJECTS[first_kind.value])
            form = rng.choice(texts.PARTNERSHIP_FORMS[first_kind.value])
            name = f"{rng.choice(texts.PLACES)} {subject} {form}"
            if name.casefold() not in names:
                names.add(name.casefold())
                break
        return Plan(
            name=name,
            topic=topic,
            kind_changes=kind_changes,
            stage_changes=stage_changes,
            members=self._members(rng, first_kind, start, stage_changes[-1][0]),
        )

    def _kind_path(
        self, rng: random.Random, kind: Kind, stages: list[tuple[int, Stage]]
    ) -> list[tuple[int, Kind]]:
        start = stages[0][0]
        active = [day for day, stage in stages if stage is Stage.ACTIVE]
        moves = 0
        if active and self.end - active[0] > 365:
            moves = _weighted(rng, [(0, 76), (1, 20), (2, 4)])
        if not moves:
            return [(start, kind)]
        # Mostly forward along the continuum; now and then a step back.
        path = [kind]
        for _ in range(moves):
            before = [k for k in Kind if k is not path[0]]
            weights = [3 if k.position < path[0].position else 1 for k in before]
            path.insert(0, rng.choices(before, weights)[0])
        last = stages[-1][0] if stages[-1][1] in (Stage.DORMANT, Stage.ENDED) else self.end
        first_move = active[0] + 30
        days = sorted(rng.sample(range(first_move, max(first_move + moves, last)), moves))
        return [(start, path[0]), *zip(days, path[1:], strict=True)]

    def _members(
        self, rng: random.Random, kind: Kind, start: int, last_change: int
    ) -> list[Membership]:
        count = _weighted(rng, list(_PARTNER_COUNTS[kind].items()))
        chosen: list[int] = []
        while len(chosen) < count:
            pick = self._partner_pool[
                bisect.bisect(self._partner_weights, rng.random() * self._partner_weights[-1])
            ]
            if pick not in chosen:
                chosen.append(pick)
        members = [Membership(1, None, None, None)]
        span = self.end - start
        for position, organisation in enumerate(chosen):
            role = rng.choice(_ROLES[kind])
            joined: int | None = start if rng.random() < 0.5 else None
            if position > 0 and kind is Kind.CONSORTIUM and span > 60 and rng.random() < 0.15:
                joined = start + rng.randrange(30, span)
            left: int | None = None
            if position > 0 and span > 200 and rng.random() < 0.08:
                since = joined or start
                left = since + rng.randrange(1, max(2, self.end - since))
            members.append(Membership(organisation, role, joined, left))
        return members

    def _segments(self, plan: Plan) -> list[tuple[int, int, float]]:
        bounds = [day for day, _ in plan.stage_changes[1:]] + [self.end + 1]
        return [
            (day, until, _STAGE_ACTIVITY[stage])
            for (day, stage), until in zip(plan.stage_changes, bounds, strict=True)
            if until > day and _STAGE_ACTIVITY[stage] > 0
        ]

    # rows

    def partnership_rows(self) -> Iterator[dict[str, Any]]:
        rng = self._rng("partnership-rows")
        for plan in self.plans:
            kind, stage = plan.kind_changes[-1][1], plan.stage_changes[-1][1]
            ended = plan.ended
            last = max(plan.kind_changes[-1][0], plan.stage_changes[-1][0])
            yield {
                "id": plan.id,
                "name": plan.name,
                "kind": kind.value,
                "stage": stage.value,
                "purpose": texts.PURPOSES[plan.kind_changes[0][1].value].format(topic=plan.topic),
                "started_on": date.fromordinal(plan.started).isoformat(),
                "ended_on": None if ended is None else date.fromordinal(ended).isoformat(),
                "notes": rng.choice(texts.PRIVATE_NOTES) if rng.random() < 0.3 else None,
                "created_at": (created := _stamp(plan.started, rng)),
                "updated_at": created if last == plan.started else _stamp(last, rng),
            }

    def history_rows(self, column: str) -> Iterator[dict[str, Any]]:
        """Rows of partnership_kind_changes (``kind``) or partnership_stage_changes (``stage``)."""
        rng = self._rng(f"{column}-changes")
        number = 0
        for plan in self.plans:
            changes = plan.kind_changes if column == "kind" else plan.stage_changes
            previous: str | None = None
            for day, value in changes:
                number += 1
                note = None
                if previous is not None and rng.random() < 0.6:
                    note = self.text.paragraph(1, 2)
                yield {
                    "id": number,
                    "partnership_id": plan.id,
                    "changed_on": date.fromordinal(day).isoformat(),
                    f"from_{column}": previous,
                    f"to_{column}": value.value,
                    "note": note,
                    "created_at": _stamp(day, rng),
                }
                previous = value.value

    def member_rows(self) -> Iterator[dict[str, Any]]:
        number = 0
        for plan in self.plans:
            for member in plan.members:
                number += 1
                yield {
                    "id": number,
                    "partnership_id": plan.id,
                    "organisation_id": member.organisation_id,
                    "role": member.role,
                    "joined_on": _iso(member.joined),
                    "left_on": _iso(member.left),
                }

    def journal(self) -> Iterator[tuple[dict[str, Any], list[str], list[int]]]:
        """Every journal entry, oldest first, with its levels and people."""
        rng = self._rng("journal")
        total = self.size.contact_logs
        networking = round(total * NETWORKING_SHARE)
        fixed = {name: round(total * share) for name, share in FIXED_SHARES.items()}
        others = [plan for plan in self.plans if plan.name not in FIXED_SHARES]
        counts = _allocate(
            total - networking - sum(fixed.values()),
            [plan.activity * sum((b - a) * w for a, b, w in plan.segments) for plan in others],
        )
        when: list[tuple[int, float, int]] = []  # (day, order within the day, plan index)
        count_of = {plan.id: count for plan, count in zip(others, counts, strict=True)}
        for index, plan in enumerate(self.plans):
            count = fixed[plan.name] if plan.name in FIXED_SHARES else count_of[plan.id]
            lengths = list(_cumulative([(b - a) * w for a, b, w in plan.segments]))
            for _ in range(count):
                segment = bisect.bisect(lengths, rng.random() * lengths[-1])
                first, after, _w = plan.segments[min(segment, len(plan.segments) - 1)]
                when.append((rng.randrange(first, after), rng.random(), index))
        for _ in range(networking):
            when.append((self.first + rng.randrange(DECADE + 1), rng.random(), -1))
        # Ids follow the order entries were written in, not the order things happened: most
        # are logged the same day, some a few days later, some typed up weeks afterwards, and
        # a few (meetings booked ahead) before the day itself.
        logged = sorted(
            (max(self.first, min(self.end, day + self._lag(rng))), order, day, index)
            for day, order, index in when
        )
        for number, (written, _order, day, index) in enumerate(logged, start=1):
            if index < 0:
                yield self._networking_entry(rng, number, day, written)
            else:
                yield self._entry(rng, number, day, written, self.plans[index])

    @staticmethod
    def _lag(rng: random.Random) -> int:
        draw = rng.random()
        if draw < 0.75:
            return 0
        if draw < 0.92:
            return rng.randint(1, 3)
        if draw < 0.97:
            return rng.randint(4, 60)
        return -rng.randint(1, 30)

    def _entry(
        self, rng: random.Random, number: int, day: int, written: int, plan: Plan
    ) -> tuple[dict[str, Any], list[str], list[int]]:
        partners = [
            m.organisation_id for m in plan.members if m.organisation_id != 1 and m.current(day)
        ] or [m.organisation_id for m in plan.members if m.organisation_id != 1]
        their = [p for org in partners for p in self.staff[org]]
        leaders = [p for p in their if p.seniority is Seniority.LEADER]
        own = self.staff[1]
        leader_name = (leaders or their)[0].short_name
        if rng.random() < NOTE_SHARE:
            levels = [rng.choice(list(Level))] if rng.random() < 0.5 else []
            summary = rng.choice(texts.NOTE_SUMMARIES).format(topic=plan.topic)
            details = (
                rng.choice(texts.PRIVATE_NOTES) if rng.random() < 0.5 else self.text.paragraph()
            )
            row = self._entry_row(
                rng, number, day, written, plan.id, None, Channel.NOTE, summary, details
            )
            row["private"] = 1
            # Now and then a reflection names who it is about.
            about = [rng.choice(leaders or their).id] if rng.random() < 0.2 else []
            return row, [level.value for level in levels], about
        levels = rng.choice(_LEVEL_CHOICES)
        who: list[Person]
        if Level.STRATEGIC in levels and leaders and rng.random() < 0.75:
            who = [rng.choice(leaders)]
            if rng.random() < 0.6:
                who.append(own[0])
        elif Level.STRATEGIC in levels and rng.random() < 0.3:
            # Our owner with their managers: strategic talk, but not leader to leader.
            managers = [p for p in their if p.seniority is not Seniority.LEADER] or their
            who = [own[0], rng.choice(managers)]
        else:
            pool = [p for p in their if p.seniority is not Seniority.LEADER] or their
            who = rng.sample(pool, k=min(len(pool), rng.choice([1, 1, 2, 3])))
        if rng.random() < 0.3:
            who.append(rng.choice(own[1:]))
        if rng.random() < 0.03:
            # Somebody from outside the partnership came along: an adviser, a banker.
            outsider = self._partner_pool[rng.randrange(len(self._partner_pool))]
            who.append(self.staff[outsider][0])
        main = rng.choice(levels)
        summary = rng.choice(texts.SUMMARIES[main]).format(
            topic=plan.topic,
            leader=leader_name,
            person=who[0].short_name,
            month=texts.MONTHS[date.fromordinal(day + 30).month - 1],
        )
        organisation = rng.choice(partners) if rng.random() < 0.05 else None
        channel = rng.choices(_CHANNELS, _CHANNEL_WEIGHTS)[0]
        row = self._entry_row(
            rng, number, day, written, plan.id, organisation, channel, summary, self._details(rng)
        )
        return row, [level.value for level in levels], sorted({p.id for p in who})

    def _networking_entry(
        self, rng: random.Random, number: int, day: int, written: int
    ) -> tuple[dict[str, Any], list[str], list[int]]:
        organisation = self._partner_pool[rng.randrange(len(self._partner_pool))]
        staff = self.staff[organisation]
        person = rng.choice(staff)
        summary = rng.choice(texts.NETWORKING_SUMMARIES).format(person=person.name)
        channel = rng.choice([Channel.EVENT, Channel.MEETING, Channel.CALL, Channel.EMAIL])
        row = self._entry_row(
            rng,
            number,
            day,
            written,
            None,
            organisation,
            channel,
            summary,
            self.text.paragraph() if rng.random() < 0.4 else None,
        )
        levels = [Level.INTERPERSONAL.value] if rng.random() < 0.3 else []
        return row, levels, [person.id]

    def _details(self, rng: random.Random) -> str | None:
        draw = rng.random()
        if draw < 0.40:
            return None
        if draw < 0.85:
            return self.text.paragraph()
        if draw < 0.97:
            return self.text.paragraph(3, 6) + "\n\n" + self.text.paragraph(3, 6)
        return self.text.account(rng.uniform(2.0, 8.0))

    def _entry_row(
        self,
        rng: random.Random,
        number: int,
        day: int,
        written: int,
        partnership_id: int | None,
        organisation_id: int | None,
        channel: Channel,
        summary: str,
        details: str | None,
    ) -> dict[str, Any]:
        private_share = (PRIVATE_SHARE - NOTE_SHARE) / (1 - NOTE_SHARE)
        follow_up: int | None = None
        done = 0
        recent = self.end - day <= 45
        if channel is not Channel.NOTE and rng.random() < (0.35 if recent else 0.12):
            follow_up = day + rng.choice([3, 7, 10, 14, 21, 30])
            if follow_up < self.end - 30:
                done = int(rng.random() < 0.99)
            elif follow_up < self.end:
                done = int(rng.random() < 0.5)
        created = _stamp(written, rng)
        updated = _stamp(follow_up, rng) if done and follow_up and follow_up > written else created
        return {
            "id": number,
            "partnership_id": partnership_id,
            "organisation_id": organisation_id,
            "occurred_on": date.fromordinal(day).isoformat(),
            "channel": channel.value,
            "summary": summary[0].upper() + summary[1:],
            "details": details,
            "private": int(rng.random() < private_share),
            "follow_up_on": _iso(follow_up),
            "follow_up_done": done,
            "created_at": created,
            "updated_at": updated,
        }

    def assessment_rows(self) -> Iterator[dict[str, Any]]:
        """Every assessment, oldest first."""
        rng = self._rng("assessments")
        total = self.size.assessments
        spans: list[tuple[int, int] | None] = []
        for plan in self.plans:
            formed = [day for day, stage in plan.stage_changes if stage is Stage.FORMING]
            start = (formed[0] if formed else plan.started) + 30
            end = plan.ended or self.end
            spans.append((start, end) if end > start else None)
        # The two decade-long partnerships are assessed every week (as far as a quarter and an
        # eighth of all assessments go, in the smaller portfolios).
        weekly: dict[int, int] = {}
        for name, most in ((FLAGSHIP, total // 4), (BUSIEST, total // 8)):
            index = next(i for i, plan in enumerate(self.plans) if plan.name == name)
            first, last = spans[index] or (self.first, self.end)
            weekly[index] = min((last - first) // 7 + 1, most)
        weights = [
            0.0 if span is None or i in weekly else (span[1] - span[0]) * rng.uniform(0.5, 1.5)
            for i, span in enumerate(spans)
        ]
        counts = _allocate(total - sum(weekly.values()), weights)
        for index, count in weekly.items():
            counts[index] = count
        found: list[tuple[int, float, dict[str, Any]]] = []
        for plan, span, count in zip(self.plans, spans, counts, strict=True):
            if not count or span is None:
                continue
            start, end = span
            step = (end - start) / count
            final = plan.stage_changes[-1][1]
            begin = [rng.randint(1, 3) for _ in Level]
            rising = final in (Stage.ACTIVE, Stage.FORMING, Stage.EXPLORING)
            target = [rng.randint(2, 5) if rising else rng.randint(0, 2) for _ in Level]
            unrated = rng.choice(list(Level)) if rng.random() < 0.06 else None
            for n in range(count):
                jitter = 0.0 if plan.name in FIXED_SHARES else rng.uniform(-step / 4, step / 4)
                day = min(end, max(start, int(start + n * step + jitter)))
                share = n / max(1, count - 1)
                scores: dict[str, int | None] = {}
                for level, a, b in zip(Level, begin, target, strict=True):
                    value = a + (b - a) * share + rng.choice([-0.5, 0, 0, 0.5])
                    skip = level is unrated or rng.random() < 0.03
                    scores[level.value] = None if skip else max(0, min(5, round(value)))
                found.append(
                    (
                        day,
                        rng.random(),
                        {
                            "partnership_id": plan.id,
                            "assessed_on": date.fromordinal(day).isoformat(),
                            **scores,
                            "note": self._assessment_note(rng),
                            "private": int(rng.random() < PRIVATE_SHARE),
                            "created_at": (stamp := _stamp(day, rng)),
                            "updated_at": stamp,
                        },
                    )
                )
        found.sort(key=lambda item: item[:2])
        for number, (_day, _order, row) in enumerate(found, start=1):
            yield {"id": number, **row}

    def _assessment_note(self, rng: random.Random) -> str | None:
        draw = rng.random()
        if draw < 0.65:
            return None
        return self.text.paragraph(1, 3) if draw < 0.95 else self.text.paragraph(4, 8)


def org_day(org: dict[str, Any]) -> int:
    """The day an organisation was entered, from its ``created_at``."""
    return date.fromisoformat(org["created_at"][:10]).toordinal()


def _iso(day: int | None) -> str | None:
    return None if day is None else date.fromordinal(day).isoformat()


def _cumulative(values: Sequence[float]) -> Iterator[float]:
    total = 0.0
    for value in values:
        total += value
        yield total


def _stage_path(rng: random.Random, final: Stage, start: int, end: int) -> list[tuple[int, Stage]]:
    """A partnership's stages from ``start``, ending in ``final`` no later than ``end``."""
    e, f, a, d, x = Stage
    if final is e:
        path = [e]
    elif final is f:
        path = [e, f]
    elif final is a:
        path = [e, f, a, d, a] if rng.random() < 0.1 else [e, f, a]
    elif final is d:
        path = [e, f, a, d]
    else:
        path = (
            [e, x]
            if rng.random() < 0.2
            else ([e, f, a, d, x] if rng.random() < 0.5 else [e, f, a, x])
        )
    # How long each stage lasts, relative to the others; the last runs until ``end``.
    spans = {e: (0.3, 1.0), f: (0.5, 2.0), a: (3.0, 12.0), d: (1.0, 4.0), x: (0.5, 3.0)}
    weights = [rng.uniform(*spans[stage]) for stage in path]
    age = end - start
    days = [max(1, int(age * w / sum(weights))) for w in weights]
    changes = [(start, path[0])]
    day = start
    for stage, length in zip(path[1:], days, strict=False):
        day = min(max(day + length, changes[-1][0] + 1), end)
        changes.append((day, stage))
    return changes


# --- writing --------------------------------------------------------------------------------


def _chunks(items: Iterator[dict[str, Any]], size: int = CHUNK) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _journal_triggers() -> dict[str, str]:
    """The schema's statements that keep the journal's search index and each entry's
    ``level_bits`` in step, by name."""
    pattern = re.compile(
        r"CREATE TRIGGER ((?:contact_logs_fts|contact_log_levels_bits)_\w+)\b.*?\nEND(?=;)",
        re.DOTALL,
    )
    return {match.group(1): match.group(0) for match in pattern.finditer(schema_sql())}


@contextmanager
def _search_index_built_once(store: Store) -> Iterator[None]:
    """Load the journal without updating its search index and its entries' levels row by
    row, then build the index in one pass and put the schema's triggers back, word for word
    (as bulk loaders do: it saves a third of the time with prefix indexes). The entries are
    written with their ``level_bits`` already."""
    triggers = _journal_triggers()
    assert len(triggers) == 6, triggers
    for name in triggers:
        store.db.execute(f"DROP TRIGGER {name}")
    yield
    store.db.execute("INSERT INTO contact_logs_fts (contact_logs_fts) VALUES ('rebuild')")
    for statement in triggers.values():
        store.db.execute(statement)


def write_portfolio(store: Store, portfolio: Portfolio) -> None:
    """Write the whole portfolio into an empty store, table by table, in one transaction."""
    with store.write(), _search_index_built_once(store):
        rows.insert_many(store, "organisations", portfolio.organisations)
        rows.insert_many(store, "people", portfolio.people_rows)
        rows.insert_many(store, "partnerships", list(portfolio.partnership_rows()))
        rows.insert_many(store, "partnership_kind_changes", list(portfolio.history_rows("kind")))
        rows.insert_many(store, "partnership_stage_changes", list(portfolio.history_rows("stage")))
        rows.insert_many(store, "partnership_members", list(portfolio.member_rows()))
        entries: list[dict[str, Any]] = []
        levels: list[dict[str, Any]] = []
        people: list[dict[str, Any]] = []
        for entry, entry_levels, entry_people in portfolio.journal():
            entry["level_bits"] = sum(queries.level_bit(level) for level in entry_levels)
            entries.append(entry)
            levels.extend({"contact_log_id": entry["id"], "level": lv} for lv in entry_levels)
            people.extend({"contact_log_id": entry["id"], "person_id": p} for p in entry_people)
            if len(entries) == CHUNK:
                _flush_journal(store, entries, levels, people)
        _flush_journal(store, entries, levels, people)
        for chunk in _chunks(portfolio.assessment_rows()):
            rows.insert_many(store, "assessments", chunk)


def _flush_journal(
    store: Store,
    entries: list[dict[str, Any]],
    levels: list[dict[str, Any]],
    people: list[dict[str, Any]],
) -> None:
    rows.insert_many(store, "contact_logs", entries)
    rows.insert_many(store, "contact_log_levels", levels)
    rows.insert_many(store, "contact_log_people", people)
    entries.clear()
    levels.clear()
    people.clear()


def generate(
    path: Path, size: str | Size, *, last_day: date = LAST_DAY, seed: int = SEED
) -> dict[str, int]:
    """Write a new database of ``size`` to ``path`` (replacing any file there); return its
    row counts. The file appears only once it is complete."""
    chosen = SIZES[size] if isinstance(size, str) else size
    portfolio = Portfolio(chosen, last_day, seed)
    with atomic_path(Path(path)) as temporary, open_store(temporary) as store:
        write_portfolio(store, portfolio)
        counts = queries.table_counts(store)
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    """Generate a benchmark database from the command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="small")
    parser.add_argument("--db", type=Path, required=True, metavar="PATH")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument(
        "--today",
        type=date.fromisoformat,
        default=LAST_DAY,
        metavar="YYYY-MM-DD",
        help=f"the last day of the generated decade (default {LAST_DAY.isoformat()})",
    )
    parser.add_argument("--force", action="store_true", help="replace an existing file")
    args = parser.parse_args(argv)
    if args.db.exists() and not args.force:
        print(f"{args.db} exists; pass --force to replace it", file=sys.stderr)
        return 2
    started = time.perf_counter()
    counts = generate(args.db, args.size, last_day=args.today, seed=args.seed)
    elapsed = time.perf_counter() - started
    summary = ", ".join(f"{count:,} {table.replace('_', ' ')}" for table, count in counts.items())
    print(f"Wrote {args.db} ({args.size}) in {elapsed:.1f} s: {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
