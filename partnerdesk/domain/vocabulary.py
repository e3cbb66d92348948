"""The words of the partnership model: kinds, stages, levels of integration, channels, seniority.

Each value is the key stored in the database (a :class:`enum.StrEnum`) and carries the words a
user sees: a label and a one-line meaning. The texts are English; they are marked with
:func:`QT_TRANSLATE_NOOP` so ``pyside6-lupdate`` collects them for translators, and the GUI shows
them through ``QCoreApplication.translate(context, text)`` (see :func:`translation_context`).
"""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation under ``context``; returns it unchanged."""
    return text


class Kind(StrEnum):
    """Where a partnership sits on Kanter's continuum, from weak and distant to strong and close."""

    CONSORTIUM = "consortium"
    JOINT_VENTURE = "joint_venture"
    VALUE_CHAIN = "value_chain"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]

    @property
    def short_label(self) -> str:
        return _KIND_SHORT[self]

    @property
    def in_sentence(self) -> str:
        """The label as it is written inside a sentence ("a value-chain partnership")."""
        return _KIND_IN_SENTENCE[self]

    @property
    def meaning(self) -> str:
        return _KIND_MEANINGS[self]

    @property
    def position(self) -> int:
        """0, 1 or 2: the step along the continuum."""
        return list(Kind).index(self)


_KIND_LABELS = {
    Kind.CONSORTIUM: QT_TRANSLATE_NOOP("Kind", "Mutual service consortium"),
    Kind.JOINT_VENTURE: QT_TRANSLATE_NOOP("Kind", "Joint venture"),
    Kind.VALUE_CHAIN: QT_TRANSLATE_NOOP("Kind", "Value-chain partnership"),
}
_KIND_SHORT = {
    Kind.CONSORTIUM: QT_TRANSLATE_NOOP("Kind", "Consortium"),
    Kind.JOINT_VENTURE: QT_TRANSLATE_NOOP("Kind", "Joint venture"),
    Kind.VALUE_CHAIN: QT_TRANSLATE_NOOP("Kind", "Value chain"),
}
_KIND_IN_SENTENCE = {
    Kind.CONSORTIUM: QT_TRANSLATE_NOOP("Kind", "mutual service consortium"),
    Kind.JOINT_VENTURE: QT_TRANSLATE_NOOP("Kind", "joint venture"),
    Kind.VALUE_CHAIN: QT_TRANSLATE_NOOP("Kind", "value-chain partnership"),
}
_KIND_MEANINGS = {
    Kind.CONSORTIUM: QT_TRANSLATE_NOOP(
        "Kind",
        "Similar organisations pool resources for a shared benefit, such as cheaper buying, "
        "shared services or access to technology.",
    ),
    Kind.JOINT_VENTURE: QT_TRANSLATE_NOOP(
        "Kind",
        "Organisations pursue an opportunity that needs the combined capabilities of each, "
        "such as one's technology and the other's market access.",
    ),
    Kind.VALUE_CHAIN: QT_TRANSLATE_NOOP(
        "Kind",
        "Organisations from different sectors link complementary skills to create more value "
        "for customers; close supplier partnerships belong here.",
    ),
}


class Stage(StrEnum):
    """A partnership's stage of life."""

    EXPLORING = "exploring"
    FORMING = "forming"
    ACTIVE = "active"
    DORMANT = "dormant"
    ENDED = "ended"

    @property
    def label(self) -> str:
        return _STAGE_LABELS[self]

    @property
    def in_sentence(self) -> str:
        """The label as it is written inside a sentence ("is still exploring")."""
        return _STAGE_IN_SENTENCE[self]

    @property
    def meaning(self) -> str:
        return _STAGE_MEANINGS[self]

    @property
    def is_live(self) -> bool:
        """Whether the partnership is expected to be tended (not dormant or ended)."""
        return self in (Stage.EXPLORING, Stage.FORMING, Stage.ACTIVE)


_STAGE_LABELS = {
    Stage.EXPLORING: QT_TRANSLATE_NOOP("Stage", "Exploring"),
    Stage.FORMING: QT_TRANSLATE_NOOP("Stage", "Forming"),
    Stage.ACTIVE: QT_TRANSLATE_NOOP("Stage", "Active"),
    Stage.DORMANT: QT_TRANSLATE_NOOP("Stage", "Dormant"),
    Stage.ENDED: QT_TRANSLATE_NOOP("Stage", "Ended"),
}
_STAGE_IN_SENTENCE = {
    Stage.EXPLORING: QT_TRANSLATE_NOOP("Stage", "exploring"),
    Stage.FORMING: QT_TRANSLATE_NOOP("Stage", "forming"),
    Stage.ACTIVE: QT_TRANSLATE_NOOP("Stage", "active"),
    Stage.DORMANT: QT_TRANSLATE_NOOP("Stage", "dormant"),
    Stage.ENDED: QT_TRANSLATE_NOOP("Stage", "ended"),
}
_STAGE_MEANINGS = {
    Stage.EXPLORING: QT_TRANSLATE_NOOP("Stage", "Getting to know each other; nothing agreed yet."),
    Stage.FORMING: QT_TRANSLATE_NOOP("Stage", "Agreeing what to do together and how."),
    Stage.ACTIVE: QT_TRANSLATE_NOOP("Stage", "Working together now."),
    Stage.DORMANT: QT_TRANSLATE_NOOP("Stage", "Not ended, but nothing is happening."),
    Stage.ENDED: QT_TRANSLATE_NOOP("Stage", "Over, by agreement or by drifting apart."),
}


class Level(StrEnum):
    """Kanter's five levels of integration, always in this order."""

    STRATEGIC = "strategic"
    TACTICAL = "tactical"
    OPERATIONAL = "operational"
    INTERPERSONAL = "interpersonal"
    CULTURAL = "cultural"

    @property
    def label(self) -> str:
        return _LEVEL_LABELS[self]

    @property
    def meaning(self) -> str:
        return _LEVEL_MEANINGS[self]

    @property
    def anchors(self) -> dict[int, str]:
        """What a rating of 0, 1, 3 and 5 looks like at this level."""
        return _LEVEL_ANCHORS[self]

    @property
    def colour(self) -> str:
        """The level's colour everywhere it is drawn (Okabe–Ito, safe for colour blindness)."""
        return _LEVEL_COLOURS[self]

    @property
    def dash(self) -> str:
        """The level's line style in charts, so it reads without colour too."""
        return _LEVEL_DASHES[self]


_LEVEL_LABELS = {
    Level.STRATEGIC: QT_TRANSLATE_NOOP("Level", "Strategic"),
    Level.TACTICAL: QT_TRANSLATE_NOOP("Level", "Tactical"),
    Level.OPERATIONAL: QT_TRANSLATE_NOOP("Level", "Operational"),
    Level.INTERPERSONAL: QT_TRANSLATE_NOOP("Level", "Interpersonal"),
    Level.CULTURAL: QT_TRANSLATE_NOOP("Level", "Cultural"),
}
_LEVEL_MEANINGS = {
    Level.STRATEGIC: QT_TRANSLATE_NOOP(
        "Level", "The top leaders of each organisation stay in continuous contact."
    ),
    Level.TACTICAL: QT_TRANSLATE_NOOP(
        "Level", "Managers and professionals plan specific projects and joint activities together."
    ),
    Level.OPERATIONAL: QT_TRANSLATE_NOOP(
        "Level", "People share resources, information and knowledge to do the joint work."
    ),
    Level.INTERPERSONAL: QT_TRANSLATE_NOOP(
        "Level", "A network of personal ties between people on each side: the glue."
    ),
    Level.CULTURAL: QT_TRANSLATE_NOOP(
        "Level", "People have the communication skills and awareness to bridge their differences."
    ),
}
_LEVEL_ANCHORS = {
    Level.STRATEGIC: {
        0: QT_TRANSLATE_NOOP("Level", "The leaders have not met since the start."),
        1: QT_TRANSLATE_NOOP("Level", "The leaders meet only when something goes wrong."),
        3: QT_TRANSLATE_NOOP("Level", "The leaders meet a few times a year and review direction."),
        5: QT_TRANSLATE_NOOP("Level", "The leaders talk often and shape the future together."),
    },
    Level.TACTICAL: {
        0: QT_TRANSLATE_NOOP("Level", "No joint plans."),
        1: QT_TRANSLATE_NOOP("Level", "Plans are made separately and shared afterwards."),
        3: QT_TRANSLATE_NOOP("Level", "Regular planning of joint projects by managers."),
        5: QT_TRANSLATE_NOOP("Level", "Joint teams plan every shared activity together."),
    },
    Level.OPERATIONAL: {
        0: QT_TRANSLATE_NOOP("Level", "Nothing is shared to do the work."),
        1: QT_TRANSLATE_NOOP("Level", "Information is passed on when asked for."),
        3: QT_TRANSLATE_NOOP("Level", "Data, resources and training are shared routinely."),
        5: QT_TRANSLATE_NOOP("Level", "Co-located teams with shared systems and data."),
    },
    Level.INTERPERSONAL: {
        0: QT_TRANSLATE_NOOP("Level", "Nobody knows anybody on the other side."),
        1: QT_TRANSLATE_NOOP("Level", "One person on each side knows the other."),
        3: QT_TRANSLATE_NOOP("Level", "Several people on each side know each other well."),
        5: QT_TRANSLATE_NOOP("Level", "A dense web of trusted personal ties at every level."),
    },
    Level.CULTURAL: {
        0: QT_TRANSLATE_NOOP("Level", "Differences cause friction nobody addresses."),
        1: QT_TRANSLATE_NOOP("Level", "Differences are noticed but not talked about."),
        3: QT_TRANSLATE_NOOP("Level", "Differences are understood and worked around."),
        5: QT_TRANSLATE_NOOP("Level", "People move easily between both ways of working."),
    },
}
_LEVEL_COLOURS = {
    Level.STRATEGIC: "#0072B2",  # blue
    Level.TACTICAL: "#E69F00",  # orange
    Level.OPERATIONAL: "#009E73",  # bluish green
    Level.INTERPERSONAL: "#D55E00",  # vermillion
    Level.CULTURAL: "#CC79A7",  # reddish purple
}
_LEVEL_DASHES = {
    Level.STRATEGIC: "solid",
    Level.TACTICAL: "dash",
    Level.OPERATIONAL: "dot",
    Level.INTERPERSONAL: "dashdot",
    Level.CULTURAL: "dashdotdot",
}


class Channel(StrEnum):
    """How a journal entry came about."""

    MEETING = "meeting"
    CALL = "call"
    EMAIL = "email"
    MESSAGE = "message"
    VISIT = "visit"
    EVENT = "event"
    WORKSHOP = "workshop"
    NOTE = "note"

    @property
    def label(self) -> str:
        return _CHANNEL_LABELS[self]

    @property
    def is_contact(self) -> bool:
        """False for a note: a private reflection, not a contact with the partner."""
        return self is not Channel.NOTE


_CHANNEL_LABELS = {
    Channel.MEETING: QT_TRANSLATE_NOOP("Channel", "Meeting"),
    Channel.CALL: QT_TRANSLATE_NOOP("Channel", "Call"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("Channel", "Email"),
    Channel.MESSAGE: QT_TRANSLATE_NOOP("Channel", "Message"),
    Channel.VISIT: QT_TRANSLATE_NOOP("Channel", "Visit"),
    Channel.EVENT: QT_TRANSLATE_NOOP("Channel", "Event"),
    Channel.WORKSHOP: QT_TRANSLATE_NOOP("Channel", "Workshop"),
    Channel.NOTE: QT_TRANSLATE_NOOP("Channel", "Note"),
}


class Seniority(StrEnum):
    """How senior a person is in their organisation."""

    LEADER = "leader"
    MANAGER = "manager"
    PROFESSIONAL = "professional"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _SENIORITY_LABELS[self]

    @property
    def in_sentence(self) -> str:
        """The label as it is written inside a sentence ("Ana Ruiz, leader")."""
        return _SENIORITY_IN_SENTENCE[self]

    @property
    def meaning(self) -> str:
        return _SENIORITY_MEANINGS[self]


_SENIORITY_LABELS = {
    Seniority.LEADER: QT_TRANSLATE_NOOP("Seniority", "Leader"),
    Seniority.MANAGER: QT_TRANSLATE_NOOP("Seniority", "Manager"),
    Seniority.PROFESSIONAL: QT_TRANSLATE_NOOP("Seniority", "Professional"),
    Seniority.OTHER: QT_TRANSLATE_NOOP("Seniority", "Other"),
}
_SENIORITY_IN_SENTENCE = {
    Seniority.LEADER: QT_TRANSLATE_NOOP("Seniority", "leader"),
    Seniority.MANAGER: QT_TRANSLATE_NOOP("Seniority", "manager"),
    Seniority.PROFESSIONAL: QT_TRANSLATE_NOOP("Seniority", "professional"),
    Seniority.OTHER: QT_TRANSLATE_NOOP("Seniority", "other"),
}
_SENIORITY_MEANINGS = {
    Seniority.LEADER: QT_TRANSLATE_NOOP(
        "Seniority", "Runs the organisation: owner, director, chief."
    ),
    Seniority.MANAGER: QT_TRANSLATE_NOOP("Seniority", "Manages a team, a function or a project."),
    Seniority.PROFESSIONAL: QT_TRANSLATE_NOOP("Seniority", "Does the specialist work."),
    Seniority.OTHER: QT_TRANSLATE_NOOP("Seniority", "Anyone else."),
}


def translation_context(value: StrEnum) -> str:
    """The context under which a value's texts are marked for translation."""
    return type(value).__name__


_Word = TypeVar("_Word", bound=StrEnum)
_MEMBERS: dict[type[StrEnum], dict[str, StrEnum]] = {}


def member(vocabulary: type[_Word], value: str) -> _Word:
    """The word of ``vocabulary`` stored as ``value`` (``Seniority``, ``"leader"`` → LEADER);
    ValueError for a value it does not have, as ``vocabulary(value)`` would.

    A table lookup: reading thousands of records (every person for the quick log, a decade of
    journal entries) calls this for each, and ``vocabulary(value)`` costs thirty times more.
    """
    members = _MEMBERS.get(vocabulary)
    if members is None:
        members = _MEMBERS[vocabulary] = {word.value: word for word in vocabulary}
    found = members.get(value)
    return found if found is not None else vocabulary(value)  # type: ignore[return-value]
