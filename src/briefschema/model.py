"""The brief model: attrs classes and enums that are the project's vocabulary.

Every class is frozen and slotted. The classes are the single source of truth:
the published JSON Schemas are generated from them, their docstrings (class
and attribute docstrings alike) become the schema descriptions, and the
integrity rules read the references they declare.

Construction converts what a person naturally writes (an enum member by its
value, ``"2013-05-07"`` for a date, an RFC 3339 string for a timestamp, a list
for a tuple) and refuses, with :class:`ValidationError`, what a field can never
hold (``stance="pro"``, a naive datetime). Beyond that it does not validate:
build objects freely, then call :func:`briefschema.validate` on the result
(loading always validates).
Objects compare by value. They are not hashable, because ``extensions`` holds
plain JSON mappings: ``hash()`` of one raises ``TypeError: unhashable type``, as for a
list (use the canonical JSON, :func:`briefschema.dumps`, as a key).
"""

from __future__ import annotations

import datetime as _dt
import decimal as _decimal
import enum
from collections.abc import Mapping
from typing import Annotated, Any, Final

import attrs

from briefschema import _edtf, _kinds
from briefschema._meta import Bounds, RefTo, Shape, whole
from briefschema._problems import Problem, ValidationError, describe

__all__ = [
    "LIKELIHOOD_SCALES",
    "PLOVER_MODES",
    "SCHEMA_VERSION",
    "Actor",
    "ActorKind",
    "Affiliation",
    "Basis",
    "Bound",
    "Brief",
    "Comparator",
    "Concession",
    "ConcessionKind",
    "ConcessionStatus",
    "Condition",
    "ConditionKind",
    "Confidence",
    "Date",
    "DatePart",
    "Deadline",
    "Disclosure",
    "Document",
    "DocumentDate",
    "DocumentKind",
    "DocumentStatus",
    "Event",
    "EventCategory",
    "EventStatus",
    "Evidence",
    "Extent",
    "Firmness",
    "Horizon",
    "Identifier",
    "InstrumentAction",
    "InstrumentUse",
    "Interval",
    "Issue",
    "Judgment",
    "Likelihood",
    "LikelihoodScale",
    "LikelihoodTerm",
    "Listed",
    "MembershipStatus",
    "Outcome",
    "OutcomeStatus",
    "Participant",
    "ParticipantRole",
    "PloverContext",
    "PloverMode",
    "Position",
    "Quantity",
    "Reciprocity",
    "ReciprocityStatus",
    "Salience",
    "Source",
    "Stage",
    "Stance",
    "Term",
    "Topic",
    "Trend",
]

SCHEMA_VERSION: Final = "1.0"
"""The version of the brief format that this release writes."""

PLACEHOLDER_SUMMARY: Final = "(Write the brief's findings in a few sentences.)"
"""The summary that ``briefschema new`` writes, for the author to replace."""

# ---------------------------------------------------------------------------
# Value types shared by several classes.

LocalId = Annotated[
    str,
    Shape(
        "local-id",
        "A local id: lowercase letters and digits in groups joined by single "
        "hyphens, unique within the brief (e.g. `pos-russia-s300`).",
        {"pattern": whole("[a-z0-9]+(?:-[a-z0-9]+)*"), "maxLength": 128},
    ),
]
Text = Annotated[
    str,
    Shape("text", "Non-empty text.", {"minLength": 1}),
]
Sha256 = Annotated[
    str,
    Shape(
        "sha256",
        "A SHA-256 digest: 64 lowercase hexadecimal digits.",
        {"pattern": whole("[0-9a-f]{64}")},
    ),
]
CountryCode = Annotated[
    str,
    Shape(
        "country-code",
        "An ISO 3166-1 alpha-3 country code (e.g. `USA`, `RUS`, `SYR`).",
        {"pattern": whole("[A-Z]{3}")},
    ),
]
LanguageTag = Annotated[
    str,
    Shape(
        "language-tag",
        "A BCP 47 language tag (e.g. `en`, `pt-BR`).",
        {"pattern": whole("[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*"), "maxLength": 35},
    ),
]


def _url_pattern() -> str:
    """An absolute http(s) URI by the grammar of RFC 3986, with a non-empty host.

    Every part is a run of characters that the next part cannot start with,
    so the pattern runs in linear time in every engine.
    """
    unreserved_sub = "-A-Za-z0-9._~!$&'()*+,;="
    pct = "%[0-9A-Fa-f]{2}"
    h16 = "[0-9A-Fa-f]{1,4}"
    octet = "(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])"
    ipv4 = f"{octet}(?:\\.{octet}){{3}}"
    ls32 = f"(?:{h16}:{h16}|{ipv4})"
    ipv6 = "|".join(
        [
            f"(?:{h16}:){{6}}{ls32}",
            f"::(?:{h16}:){{5}}{ls32}",
            f"(?:{h16})?::(?:{h16}:){{4}}{ls32}",
            f"(?:(?:{h16}:){{0,1}}{h16})?::(?:{h16}:){{3}}{ls32}",
            f"(?:(?:{h16}:){{0,2}}{h16})?::(?:{h16}:){{2}}{ls32}",
            f"(?:(?:{h16}:){{0,3}}{h16})?::{h16}:{ls32}",
            f"(?:(?:{h16}:){{0,4}}{h16})?::{ls32}",
            f"(?:(?:{h16}:){{0,5}}{h16})?::{h16}",
            f"(?:(?:{h16}:){{0,6}}{h16})?::",
        ]
    )
    userinfo = f"(?:[{unreserved_sub}:]|{pct})*@"
    host = f"(?:\\[(?:{ipv6})\\]|(?:[{unreserved_sub}]|{pct})+)"
    pchar = f"(?:[{unreserved_sub}:@]|{pct})"
    return whole(
        f"https?://(?:{userinfo})?{host}(?::[0-9]*)?(?:/{pchar}*)*"
        f"(?:\\?(?:{pchar}|[/?])*)?(?:#(?:{pchar}|[/?])*)?"
    )


Url = Annotated[
    str,
    Shape(
        "url",
        "An absolute http or https URL by the grammar of RFC 3986, with a host, in ASCII "
        "(percent-encode the rest as `%XX`).",
        {"pattern": _url_pattern(), "format": "uri"},
    ),
]
Offset = Annotated[
    int,
    Shape(
        "offset",
        "A position in the source text, counted in Unicode code points from 0; at most "
        "2^53 - 1, the largest integer every JSON implementation holds exactly.",
        {"minimum": 0, "maximum": 2**53 - 1},
    ),
]
Extensions = Annotated[
    Mapping[str, Any],
    Shape(
        "extensions",
        "Extra data outside this schema. Keys are namespaced "
        "(`namespace:name`, e.g. `org.example:score`); values are any JSON and "
        "are preserved exactly.",
        {
            "propertyNames": {
                "pattern": whole("[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*:[A-Za-z0-9_][A-Za-z0-9_.-]*"),
                "maxLength": 256,
            },
            # What JSON Schema assumes anyway, said for code generators, which otherwise
            # write a type with no members (TypeScript then refuses every key).
            "additionalProperties": True,
        },
    ),
]
"""Namespaced extension keys mapped to arbitrary JSON values."""

Duration = Annotated[
    str,
    Shape(
        "duration",
        "An ISO 8601 duration in whole numbers: `P`, then years, months, weeks and days, "
        "then `T` and hours, minutes and seconds, each part optional but one at least "
        "(e.g. `P10Y` ten years, `P60D` sixty days, `P1Y6M`, `PT48H`).",
        {
            "pattern": whole(
                "P(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+W)?(?:[0-9]+D)?"
                "(?:T(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+S)?)?"
            ),
            "minLength": 3,
            "maxLength": 64,
        },
    ),
]
DecimalNumber = Annotated[
    str,
    Shape(
        "decimal",
        "An exact decimal number written as a string, so that no reader rounds it: an "
        "optional minus, digits without a leading zero, and optionally a point and more "
        "digits; no exponent, no thousands separator (e.g. `6104`, `3.67`, `0.5`).",
        {"pattern": whole("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?"), "maxLength": 64},
    ),
]

ActorRef = Annotated[str, RefTo(("Actor",))]
IssueRef = Annotated[str, RefTo(("Issue",))]
PositionRef = Annotated[str, RefTo(("Position",))]
ConcessionRef = Annotated[str, RefTo(("Concession",))]
EventRef = Annotated[str, RefTo(("Event",))]
JudgmentRef = Annotated[str, RefTo(("Judgment",))]
DocumentRef = Annotated[str, RefTo(("Document",))]
AnyRef = Annotated[str, RefTo()]

Unique = Bounds(unique=True)
TRIGGERS = 16
"""The most words an event's `triggers` may name: a few name what happened, and a bound
keeps finding each in the quote linear in the brief."""
NonEmptyUnique = Bounds(min_items=1, unique=True)


class DatePart(str, enum.Enum):
    """A part of a date."""

    YEAR = "year"
    """The year."""
    MONTH = "month"
    """The month."""
    DAY = "day"
    """The day of the month."""


class Bound(str, enum.Enum):
    """An interval end that is not a date."""

    UNKNOWN = ""
    """The end exists but is not known (written as nothing: `2013-05-07/`)."""
    OPEN = ".."
    """The interval has no end on that side (written `..`)."""


@attrs.frozen(weakref_slot=False)
class Date:
    """A calendar date of year, month or day precision (EDTF levels 0 and 1).

    Written as ``2013``, ``2013-05`` or ``2013-05-07``, optionally followed by
    ``?`` (uncertain), ``~`` (approximate) or ``%`` (both).

    Raises:
        ValueError: the parts do not form a real calendar date.

    """

    year: int
    """The year, 0 to 9999."""
    month: int | None = None
    """The month, 1 to 12, when known."""
    day: int | None = None
    """The day of the month, when known (requires the month)."""
    uncertain: bool = False
    """Whether the source is unsure of the date (`?`)."""
    approximate: bool = False
    """Whether the date is an estimate (`~`)."""

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.year <= 9999:
            raise ValueError(f"year {self.year} is outside 0000-9999")
        if self.month is None:
            if self.day is not None:
                raise ValueError("a date with a day needs a month")
            return
        if not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} is not between 1 and 12")
        if self.day is not None:
            last = _edtf.days_in_month(self.year, self.month)
            if not 1 <= self.day <= last:
                raise ValueError(f"{self.year:04d}-{self.month:02d} has no day {self.day}")

    @classmethod
    def parse(cls, text: str) -> Date:
        """Read an EDTF date such as ``2013-05-07`` or ``2013-05?``.

        Raises:
            ValueError: ``text`` is not a date of the supported EDTF subset.

        """
        if not _edtf.is_date(text):
            raise ValueError(f"{text!r} is not an EDTF date (YYYY, YYYY-MM or YYYY-MM-DD)")
        year, month, day, qualifier = _edtf.split_date(text)
        return cls(
            year,
            month,
            day,
            uncertain=qualifier in ("?", "%"),
            approximate=qualifier in ("~", "%"),
        )

    @property
    def precision(self) -> DatePart:
        """The finest part the date gives."""
        if self.day is not None:
            return DatePart.DAY
        return DatePart.YEAR if self.month is None else DatePart.MONTH

    @property
    def earliest(self) -> tuple[int, int, int]:
        """The first day the date can mean, as ``(year, month, day)``."""
        return (self.year, self.month or 1, self.day or 1)

    @property
    def latest(self) -> tuple[int, int, int]:
        """The last day the date can mean, as ``(year, month, day)``."""
        month = self.month or 12
        return (self.year, month, self.day or _edtf.days_in_month(self.year, month))

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        if self.uncertain and self.approximate:
            return text + "%"
        if self.uncertain:
            return text + "?"
        return text + "~" if self.approximate else text


_FINENESS = {DatePart.YEAR: 0, DatePart.MONTH: 1, DatePart.DAY: 2}


@attrs.frozen(weakref_slot=False)
class Interval:
    """A span of time between two dates (EDTF ``START/END``).

    Either end may instead be :attr:`Bound.UNKNOWN` (``2013-05-07/``) or
    :attr:`Bound.OPEN` (``2013-05-07/..``), but not both.

    Raises:
        ValueError: neither end is a date.

    """

    start: Date | Bound
    """The first day of the span, or why there is none."""
    end: Date | Bound
    """The last day of the span (inclusive), or why there is none."""

    def __attrs_post_init__(self) -> None:
        if isinstance(self.start, Bound) and isinstance(self.end, Bound):
            raise ValueError("an interval needs a date at one end at least")  # noqa: TRY004 - a bad value, not a bad type

    @classmethod
    def parse(cls, text: str) -> Interval:
        """Read an EDTF interval such as ``2013-05-07/2013-05-08``.

        Raises:
            ValueError: ``text`` is not an interval of the supported subset.

        """
        first, slash, second = text.partition("/")
        if not slash or "/" in second:
            raise ValueError(f"{text!r} is not an EDTF interval (START/END)")
        return cls(_interval_end(first, text), _interval_end(second, text))

    @property
    def earliest(self) -> tuple[int, int, int]:
        """The first day the interval can include, as ``(year, month, day)``."""
        return self.start.earliest if isinstance(self.start, Date) else (0, 1, 1)

    @property
    def latest(self) -> tuple[int, int, int]:
        """The last day the interval can include, as ``(year, month, day)``."""
        return self.end.latest if isinstance(self.end, Date) else (9999, 12, 31)

    @property
    def precision(self) -> DatePart:
        """The finest part that either end gives."""
        start = self.start.precision if isinstance(self.start, Date) else None
        end = self.end.precision if isinstance(self.end, Date) else None
        if start is None or end is None:
            assert (start or end) is not None  # an interval has a date at one end at least
            return start or end  # type: ignore[return-value]
        return start if _FINENESS[start] >= _FINENESS[end] else end

    @property
    def reversed(self) -> bool:
        """Whether the start is certainly later than the end."""
        start, end = self.start, self.end
        if isinstance(start, Bound) or isinstance(end, Bound):
            return False
        # start.earliest > end.latest, part by part: no calendar needed, as both are real dates.
        if start.year != end.year:
            return start.year > end.year
        if start.month is None or end.month is None:
            return False  # one end is the whole year, which holds the other
        if start.month != end.month:
            return start.month > end.month
        if start.day is None or end.day is None:
            return False  # one end is the whole month
        return start.day > end.day

    def __str__(self) -> str:
        return f"{_end_text(self.start)}/{_end_text(self.end)}"


def _interval_end(text: str, whole: str) -> Date | Bound:
    if text in ("", ".."):
        return Bound(text)
    if not _edtf.is_date(text):
        raise ValueError(f"{whole!r} is not an EDTF interval: {text!r} is not a date")
    return Date.parse(text)


def _end_text(end: Date | Bound) -> str:
    return end.value if isinstance(end, Bound) else str(end)


def parse_when(text: str) -> Date | Interval:
    """Read an EDTF date or interval."""
    return Interval.parse(text) if "/" in text else Date.parse(text)


# ---------------------------------------------------------------------------
# Vocabularies.


class ActorKind(str, enum.Enum):
    """What sort of actor an actor is."""

    PERSON = "person"
    """A named individual."""
    STATE = "state"
    """A sovereign state, as a whole."""
    GOVERNMENT = "government"
    """The government or regime of a state, as distinct from the state."""
    ORGANIZATION = "organization"
    """A formal organization that is not international."""
    INTERNATIONAL_ORGANIZATION = "international-organization"
    """An organization whose members are states (e.g. the UN, NATO)."""
    ARMED_GROUP = "armed-group"
    """A non-state armed group."""
    POLITICAL_GROUP = "political-group"
    """A party, movement or opposition that seeks political power."""
    CIVIL_SOCIETY = "civil-society"
    """Non-governmental organizations, activists and citizens' groups."""
    GROUP = "group"
    """An informal group of people the source refers to together."""
    COALITION = "coalition"
    """States or organizations negotiating or acting together, e.g. the P5+1 (see `members`)."""
    BODY = "body"
    """An organ of a state or an organization, e.g. the Security Council (see `part_of`)."""
    JOINT_BODY = "joint-body"
    """A body the sides set up together, of neither alone, e.g. the US-Soviet Standing
    Consultative Commission (its `members` are the sides)."""
    OTHER = "other"
    """None of the above."""


class Topic(str, enum.Enum):
    """Topic tags for issues, from this fixed vocabulary."""

    ARMED_CONFLICT = "armed-conflict"
    """Wars, civil wars and insurgencies."""
    ARMS_TRANSFERS = "arms-transfers"
    """Supplies of weapons and military equipment."""
    ARMS_CONTROL = "arms-control"
    """Limits on weapons and verification."""
    MISSILE_DEFENCE = "missile-defence"
    """Ballistic missile defence systems."""
    NUCLEAR = "nuclear"
    """Nuclear weapons, deterrence and proliferation."""
    BILATERAL_RELATIONS = "bilateral-relations"
    """The general state of relations between two actors."""
    DIPLOMACY = "diplomacy"
    """Negotiations, conferences, mediation and visits."""
    REGIONAL_SECURITY = "regional-security"
    """Stability and threats in a region."""
    TERRORISM = "terrorism"
    """Terrorism and violent extremism."""
    HUMAN_RIGHTS = "human-rights"
    """Civil liberties and human rights."""
    CIVIL_SOCIETY = "civil-society"
    """The freedom and treatment of civil society."""
    GOVERNANCE = "governance"
    """Who governs, transitions of power, interim authorities."""
    SANCTIONS = "sanctions"
    """Sanctions and embargoes."""
    ECONOMY = "economy"
    """Trade, energy, finance and aid."""
    HISTORY = "history"
    """Historical memory and its political uses."""


class Stance(str, enum.Enum):
    """An actor's stance towards the proposition an issue states."""

    SUPPORTS = "supports"
    """The actor is for it."""
    OPPOSES = "opposes"
    """The actor is against it."""
    CONDITIONAL = "conditional"
    """The actor is for it only on conditions."""
    NEUTRAL = "neutral"
    """The actor takes no side."""
    AMBIGUOUS = "ambiguous"
    """The actor's stance cannot be told."""


class Firmness(str, enum.Enum):
    """How firmly an actor holds a position."""

    UNYIELDING = "unyielding"
    """Will not move (intransigent)."""
    FIRM = "firm"
    """Held firmly but not beyond negotiation."""
    FLEXIBLE = "flexible"
    """Open to change."""
    TENTATIVE = "tentative"
    """Held loosely or only beginning to form."""


class Trend(str, enum.Enum):
    """Which way a position is moving."""

    HARDENING = "hardening"
    """Becoming firmer or more pronounced."""
    SOFTENING = "softening"
    """Becoming less firm or more accommodating."""
    STABLE = "stable"
    """Not moving."""


class Basis(str, enum.Enum):
    """Where knowledge of a position comes from."""

    STATED = "stated"
    """The actor stated it, in its own words."""
    REPORTED = "reported"
    """The source reports it as a fact about the actor."""
    INFERRED = "inferred"
    """The analyst infers it from the actor's conduct or other facts."""


class Confidence(str, enum.Enum):
    """Analytic confidence, in the three levels of ICD 203."""

    LOW = "low"
    """Questionable or fragmentary information, or a hedged claim."""
    MODERATE = "moderate"
    """Credible and plausible, but open to other readings."""
    HIGH = "high"
    """High-quality information, or an unhedged claim of the source."""
    UNSTATED = "unstated"
    """The source states no confidence and gives nothing to read one from."""


class ConcessionKind(str, enum.Enum):
    """Whether a concession is words or deeds (PLOVER's CONCEDE vs RETREAT)."""

    VERBAL = "verbal"
    """A promise, assurance, softened statement or abandoned criticism."""
    MATERIAL = "material"
    """A change on the ground: a cancelled deployment, a withdrawal."""


class ConcessionStatus(str, enum.Enum):
    """How far a concession has gone."""

    PROPOSED = "proposed"
    """Offered, not yet given."""
    MADE = "made"
    """Given, by word or decision."""
    IMPLEMENTED = "implemented"
    """Carried out in practice."""
    WITHDRAWN = "withdrawn"
    """Taken back."""
    DEMANDED = "demanded"
    """Asked of `by` by the actors in `to`, not given: `Y asked for reciprocal limits`."""
    REFUSED = "refused"
    """Asked of `by`, and refused by it."""
    RULED_OUT = "ruled-out"
    """Excluded in advance by `by`: `X would make no concessions under pressure`."""


class Extent(str, enum.Enum):
    """How much of the demands it answers a concession meets."""

    FULL = "full"
    """All that was asked."""
    PARTIAL = "partial"
    """Part of it: a pledge without the guarantee asked for, fewer troops than demanded."""


class Disclosure(str, enum.Enum):
    """Whether a concession was given openly."""

    PUBLIC = "public"
    """Announced or given openly."""
    SECRET = "secret"  # noqa: S105 - a word of the vocabulary, not a password
    """Given in secret, kept from the public or from third parties."""


class InstrumentAction(str, enum.Enum):
    """What a concession does to an instrument (a document) it names."""

    UNDER = "under"
    """It is made under the instrument, as `under` says for one."""
    IMPLEMENTS = "implements"
    """It carries out what the instrument provides."""
    LIFTS = "lifts"
    """It lifts the instrument, or measures of it (sanctions lifted)."""
    SUSPENDS = "suspends"
    """It suspends the instrument for a time."""
    AMENDS = "amends"
    """It changes the instrument."""
    ENDS = "ends"
    """It ends the instrument: a withdrawal from a treaty, a regime terminated."""


class ReciprocityStatus(str, enum.Enum):
    """What a conceding actor got in exchange."""

    NONE = "none"
    """Nothing is received or expected in exchange."""
    EXPECTED = "expected"
    """Something is expected in exchange but not yet received."""
    RECEIVED = "received"
    """Something was received in exchange."""
    UNKNOWN = "unknown"
    """The source does not say."""


class Comparator(str, enum.Enum):
    """How a stated amount relates to the true one."""

    EXACTLY = "exactly"
    """The amount itself: `6,104 centrifuges`, `for ten years`."""
    ABOUT = "about"
    """Roughly the amount: `about 19,000`, `some 300 kg`."""
    AT_MOST = "at most"
    """No more than the amount: `at most 3.67 %`, `up to five years`."""
    AT_LEAST = "at least"
    """No less than the amount: `at least ten years`."""
    LESS_THAN = "less than"
    """Under the amount: `fewer than 1,550 warheads`."""
    MORE_THAN = "more than"
    """Over the amount: `more than 100 days`."""


class ConditionKind(str, enum.Enum):
    """How a condition bears on a position or a concession."""

    PRECONDITION = "precondition"
    """It must be met first: `will sign only after ratification`, `relief after verification`."""
    REVERSAL = "reversal"
    """If it is met, the concession is undone: `sanctions restored if Iran violates the deal`."""
    RECIPROCAL = "reciprocal"
    """It holds only if the other side does the same: `reciprocal limits`."""
    LINKAGE = "linkage"
    """It is tied to an outcome on another issue: `no deal on arms without one on Syria`."""


class Salience(str, enum.Enum):
    """How much a demand or a position matters to the actor holding it."""

    CORE = "core"
    """Essential: a core demand or a red line the actor will not trade away."""
    MAJOR = "major"
    """Important, but open to trade."""
    MINOR = "minor"
    """Secondary: a position the actor would give up for something else."""


class DocumentKind(str, enum.Enum):
    """What sort of text an agreement or document is."""

    TREATY = "treaty"
    """A binding agreement between states, e.g. New START."""
    AGREEMENT = "agreement"
    """An agreement, accord or deal that is not a treaty, e.g. the Camp David Accords."""
    DECLARATION = "declaration"
    """A joint or unilateral declaration, communiqué or founding act."""
    RESOLUTION = "resolution"
    """A resolution of an international body, e.g. of the UN Security Council."""
    LAW = "law"
    """A law, act or decree of a state."""
    SANCTIONS = "sanctions"
    """A sanctions regime."""
    PROPOSAL = "proposal"
    """A draft, plan or proposal one side puts forward."""
    OTHER = "other"
    """None of the above."""


class DocumentStatus(str, enum.Enum):
    """How far an agreement or document has gone."""

    PROPOSED = "proposed"
    """Put forward, not agreed."""
    NEGOTIATED = "negotiated"
    """Being negotiated, or agreed in text but not signed."""
    SIGNED = "signed"
    """Signed, not yet ratified or in force."""
    ADOPTED = "adopted"
    """Adopted or issued by its author alone: a resolution passed, a statement made."""
    RATIFIED = "ratified"
    """Ratified or approved by those that must, not yet in force."""
    IN_FORCE = "in-force"
    """In force."""
    SUSPENDED = "suspended"
    """In force but suspended by a party."""
    ENDED = "ended"
    """Expired, terminated, or left by the parties."""
    REJECTED = "rejected"
    """Refused, never adopted."""
    UNKNOWN = "unknown"
    """The source does not say how far it has gone."""


class DocumentDate(str, enum.Enum):
    """The dates a document records, by the name of their field, in the order they come.

    `published` stands apart: a text may be made public at any step.
    """

    PROPOSED = "proposed"
    """`proposed`."""
    PUBLISHED = "published"
    """`published`."""
    AGREED = "agreed"
    """`agreed`."""
    SIGNED = "signed"
    """`signed`."""
    IN_FORCE = "in_force"
    """`in_force`."""
    ENDED = "ended"
    """`ended`."""


class OutcomeStatus(str, enum.Enum):
    """Whether what a judgment said came to pass."""

    BORNE_OUT = "borne-out"
    """It happened, or proved true."""
    PARTLY_BORNE_OUT = "partly-borne-out"
    """Part of it happened, or it proved true in part."""
    NOT_BORNE_OUT = "not-borne-out"
    """It did not happen, or proved false."""


class EventStatus(str, enum.Enum):
    """Whether an event has taken place."""

    PLANNED = "planned"
    """Announced or scheduled, not yet held: a summit called, a referendum set."""
    HAPPENED = "happened"
    """It took place (what an event without `status` is)."""
    POSTPONED = "postponed"
    """Put off to a later date."""
    CANCELLED = "cancelled"
    """Called off."""


class ParticipantRole(str, enum.Enum):
    """The part a participant plays in an event."""

    PARTY = "party"
    """One of the sides."""
    MEDIATOR = "mediator"
    """Mediates between the sides: `Lakhdar Brahimi mediated`."""
    HOST = "host"
    """Hosts the event."""
    CHAIR = "chair"
    """Chairs it."""
    HEAD_OF_DELEGATION = "head-of-delegation"
    """Leads a side's delegation."""
    DELEGATE = "delegate"
    """A member of a delegation."""
    OBSERVER = "observer"
    """Attends without taking part in the decisions."""
    GUARANTOR = "guarantor"
    """Guarantees what the sides agree."""
    WITNESS = "witness"
    """Witnesses it, e.g. a signing."""


class MembershipStatus(str, enum.Enum):
    """Where an actor stands in an organization it belongs to or seeks to join."""

    MEMBER = "member"
    """A full member, or the holder of the post."""
    APPLICANT = "applicant"
    """Has applied to join."""
    CANDIDATE = "candidate"
    """Accepted as a candidate, not yet a member."""
    OBSERVER = "observer"
    """An observer, without a vote."""
    PARTNER = "partner"
    """A partner of the organization, not a member."""
    SUSPENDED = "suspended"
    """A member whose rights are suspended."""
    FORMER = "former"
    """No longer a member."""


class EventCategory(str, enum.Enum):
    """The sixteen PLOVER event categories."""

    AGREE = "AGREE"
    """Agree to, or sign, an agreement or a course of action."""
    CONSULT = "CONSULT"
    """Meet, visit, negotiate or hold talks."""
    SUPPORT = "SUPPORT"
    """Express support for, praise or endorse."""
    CONCEDE = "CONCEDE"
    """Yield verbally: ease a demand, give an assurance, soften a stance."""
    COOPERATE = "COOPERATE"
    """Cooperate in practice (not material aid)."""
    AID = "AID"
    """Give material, military, economic or humanitarian aid."""
    RETREAT = "RETREAT"
    """Yield materially: withdraw, cancel a deployment, release, disarm."""
    REQUEST = "REQUEST"
    """Ask for, appeal or demand."""
    ACCUSE = "ACCUSE"
    """Criticize, blame or denounce."""
    REJECT = "REJECT"
    """Refuse a request, demand or proposal."""
    THREATEN = "THREATEN"
    """Threaten to act."""
    PROTEST = "PROTEST"
    """Demonstrate, strike or boycott."""
    SANCTION = "SANCTION"
    """Impose sanctions, sever ties or expel."""
    MOBILIZE = "MOBILIZE"
    """Raise alert, deploy or mobilize forces."""
    COERCE = "COERCE"
    """Repress, arrest, restrict or harass, short of armed attack."""
    ASSAULT = "ASSAULT"
    """Use armed force."""


class PloverMode(str, enum.Enum):
    """A PLOVER mode: how an event of some categories happened.

    From the PLOVER manual's tables of modes; :data:`PLOVER_MODES` gives the categories
    that take each. A mode that two categories share means what each says.
    """

    VISIT = "visit"
    """CONSULT: actor is visiting, recipient is hosting."""
    THIRD_PARTY = "third-party"
    """CONSULT: Meeting is hosted by a third party."""
    MULTILATERAL = "multilateral"
    """CONSULT: Meeting occurs in a multilateral context, typically an alliance or IGO."""
    PHONE = "phone"
    """CONSULT: Consultation occurs via phone or some other remote medium."""
    WITHDRAW = "withdraw"
    """RETREAT: Retreat from territory or withdraw forces from an area; SANCTION: Withdraw oneself
    or one's non-military resources (e.g., aid, observers, diplomats, peacekeepers) from a
    group, mediation activity, organization, or country. This excludes official resignations
    from an occupation or elected position, which are coded as a mode under RETREAT."""
    RELEASE = "release"
    """RETREAT: Release captives."""
    DISARM = "disarm"
    """RETREAT: Disarm militarily or give up weapons."""
    CEASEFIRE = "ceasefire"
    """RETREAT: Implement ceasefire."""
    ACCESS = "access"
    """RETREAT: Allow third party (e.g., observers, peacekeepers, humanitarian workers) access."""
    RESIGN = "resign"
    """RETREAT: Official resignation."""
    ASSIST = "assist"
    """REQUEST: Any form of exchange, relations, or assistance; REJECT: Any form of exchange,
    relations, or assistance."""
    CHANGE = "change"
    """REQUEST: Any changes in policy, government, or institutions that are not concessions;
    REJECT: Any changes in policy, government, or institutions that are not concessions."""
    YIELD = "yield"
    """REQUEST: Release of prisoners, ending sanctions, easing curfews and boycotts, ceasefires;
    REJECT: Release of prisoners, ending sanctions, easing curfews and boycotts, ceasefires."""
    MEET = "meet"
    """REQUEST: Meetings and negotiations; REJECT: Meetings and negotiations."""
    DISAPPROVE = "disapprove"
    """ACCUSE: Express disapproval; condemn; complain."""
    INVESTIGATE = "investigate"
    """ACCUSE: Any investigation, including commissions, grand juries, judicial or political."""
    ALLEGE = "allege"
    """ACCUSE: Formally or informally accuse; sue, indict, or charge; bring to trial."""
    RESTRICT = "restrict"
    """THREATEN: Restrict movement of people or goods - including boycotts, strikes, blockades,
    and; COERCE: Impose restrictions on political freedoms or movement, including cordoning off
    areas and the banning of individuals or organizations from political life."""
    ARREST = "arrest"
    """THREATEN: Arrest, detain, imprison; COERCE: Arrest, detain."""
    RELATIONS = "relations"
    """THREATEN: Threaten to suspend relations or ongoing talks, meetings, or negotiations."""
    EXPEL = "expel"
    """THREATEN: Expel diplomats, peacekeepers, NGOs; SANCTION: Permanently or temporarily expel an
    entity from a group, organization, political party, or country. Aside from the expulsion of
    ambassadors or similar diplomats, this mode excludes individual deportations, which are
    coded as a mode under COERCE."""
    TERRITORY = "territory"
    """THREATEN: Threaten to occupy, seize control of the whole or part of a territory."""
    VIOLENCE = "violence"
    """THREATEN: Threaten violence."""
    DEMO = "demo"
    """PROTEST: Organized demonstration. Distinct, continuous, and largely peaceful action directed
    toward members of a distinct 'other' group or government authorities."""
    RIOT = "riot"
    """PROTEST: Violent riot. Distinct, continuous and violent action directed toward members of a
    distinct 'other' group or government authorities. The participants intend to cause physical
    injury and/or property damage."""
    STRIKE = "strike"
    """PROTEST: Members of an organization or union engage in the abandonment of workplaces, either
    within specific sectors/industries or across sectors/industries."""
    HUNGER = "hunger"
    """PROTEST: Hunger strike."""
    BOYCOTT = "boycott"
    """PROTEST: The boycott of an activity, person, country, or organization via the withdrawal of
    commercial or social relations."""
    OBSTRUCT = "obstruct"
    """PROTEST: Obstruct passage or access to a particular locale."""
    VANDALIZE = "vandalize"
    """PROTEST: Damage or destroy property as a symbolic act (for example damaging of artworks)
    rather destruction incidental to a riot."""
    CONVICT = "convict"
    """SANCTION: Find an entity or behavior guilty, unconstitutional, or liable in a court of law
    or legally constituted tribunal. This includes not only formal convictions but also
    instances where an entity is discussed as being found guilty and sentenced or sanctioned via
    court-order, though court sentences that include imprisonment will also receive a COERCE
    'arrest' mode, (see ambiguities above)."""
    DISCONTINUE = "discontinue"
    """SANCTION: Curtail, decrease, break, or terminate diplomatic, commercial, or material
    exchanges in manners not specified above. International (political or economic) sanctions
    are coded as 'discontinue', although they can occasionally receive additional SANCTION modes
    depending on the nature of the sanctions."""
    TROOPS = "troops"
    """MOBILIZE: Mobilize armed personnel or units."""
    WEAPONS = "weapons"
    """MOBILIZE: Increase readiness of weapons systems (can occur with a cyber context)."""
    POLICE = "police"
    """MOBILIZE: Mobilize or increase readiness of police or security units."""
    MILITIA = "militia"
    """MOBILIZE: Mobilize or increase readiness of any non-state entity with significant military
    capability."""
    SEIZE = "seize"
    """COERCE: Execute search, confiscate property, raid."""
    CENSOR = "censor"
    """COERCE: Censor, ban or restrict access to publications or other information."""
    CURFEW = "curfew"
    """COERCE: Impose curfew."""
    MARTIAL_LAW = "martial-law"
    """COERCE: Impose state of emergency or martial law."""
    DEPORT = "deport"
    """COERCE: Expel or deport individuals."""
    WITHHOLD = "withhold"
    """COERCE: Withhold public goods/services, e.g. shut off power/internet/water/ utilities or
    withhold food/medical supplies."""
    MISINFORMATION = "misinformation"
    """COERCE: deception/manipulation/misinformation (will also automatically add "misinformation"
    context)."""
    CYBER = "cyber"
    """COERCE: cyber attacks and crime, including hacking, security breaches, website attacks, etc.
    (will also automatically add "cyber" context)."""
    ABDUCT = "abduct"
    """ASSAULT: Abduct, kidnap, hijack."""
    BEAT = "beat"
    """ASSAULT: Physically assault by striking individuals or groups with one-off or repeated
    blows, typically administered manually or by blunt instrument."""
    TORTURE = "torture"
    """ASSAULT: Torture."""
    SEXUAL = "sexual"
    """ASSAULT: Sexual violence."""
    TARGETED = "targeted"
    """ASSAULT: Targeted killings, including (successful and attempted) assassinations and
    executions, as well as deliberate mass killings of defenseless actors."""
    DESTROY = "destroy"
    """ASSAULT: Intentional destruction of property."""
    PRIMITIVE = "primitive"
    """ASSAULT: Primitive weapons: fire, edged weapons, rocks, farm implements."""
    FIREARMS = "firearms"
    """ASSAULT: Rifles, pistols, light machine guns."""
    EXPLOSIVES = "explosives"
    """ASSAULT: Any explosive not incorporated in a heavy weapon: mines, IEDS, car bombs."""
    SUICIDE_ATTACK = "suicide-attack"
    """ASSAULT: Individual and vehicular suicide attacks."""
    AERIAL = "aerial"
    """ASSAULT: Manned aerial vehicles, e.g. aircraft, helicopters."""
    DRONE = "drone"
    """ASSAULT: Unmanned aerial vehicles (UAVs), drones."""
    HEAVY_WEAPONS = "heavy-weapons"
    """ASSAULT: Artillery, rocket launchers, armored vehicles, tanks, and similar weapons."""
    CROWD_CONTROL = "crowd-control"
    """ASSAULT: Weapons and tactics intended to be less lethal crowd control, including tear gas,
    water cannons, firing weapons in the air, lathi charges, etc."""
    UNCONVENTIONAL = "unconventional"
    """ASSAULT: Chemical, biological, radiation, and nuclear weapons."""


class PloverContext(str, enum.Enum):
    """A PLOVER context: what an event is about, from the PLOVER manual's general contexts."""

    MILITARY = "military"
    """Military, including military assistance; only covers official state military bodies,
    excluding paramilitary or militia organizations, law enforcement, or non-state armed actors."""
    INTELLIGENCE = "intelligence"
    """Gathering of information by state intelligence organizations, including more general
    discussions of those agencies."""
    EXECUTIVE = "executive"
    """Executive agencies and bureaucracies, executives and their families, as well as personal and
    political issues involving non-elected heads of state."""
    LEGISLATIVE = "legislative"
    """Legislative debate, parliamentary coalition formation."""
    ELECTION = "election"
    """Elections and campaigns."""
    POLITICAL_INSTITUTIONS = "political_institutions"
    """Changes to - as well as non-routine interactions between and within - formal political
    bodies, including political parties."""
    PRO_DEMOCRACY = "pro_democracy"
    """Processes and initiatives associated with democratization."""
    PRO_AUTOCRACY = "pro_autocracy"
    """Processes and initiatives associated with autocratization."""
    ECONOMIC = "economic"
    """Economic news, trade, finance, economic development, inflation/GDP/recessions, or monetary
    policy. Exclude news solely about individual companies."""
    LEGAL = "legal"
    """Courts and judiciary; national and international law."""
    REPARATIONS = "reparations"
    """Reparations, i.e., monetary or non-monetary compensation for past harm inflicted."""
    HUMAN_RIGHTS = "human_rights"
    """Unspecified human rights in a general sense, often but not always literally including the
    term "human rights"."""
    RIGHTS_FREEDOMS = "rights_freedoms"
    """Political rights and freedoms, civil liberties, press/media freedom, restrictions on civil
    rights, gatherings, etc."""
    REPRESSION = "repression"
    """Forceful repression of groups, individuals, or societies by security forces."""
    HUMAN_SECURITY = "human_security"
    """Access to water, food, housing, energy, land/property tenure (e.g. seizure of crops), etc.
    """
    GENDER = "gender"
    """Mentions of gender, women's issues, gender equality, etc., including abortion and issues of
    reproductive rights."""
    LGBT = "lgbt"
    """LGBTQ issues such as related laws, discrimination, and protests."""
    RELIGION_ETHNICITY = "religion_ethnicity"
    """Religious, ethnic, caste, or linguistic issues, including discrimination, violence,
    cooperation, or more broadly important mentions."""
    INEQUALITY = "inequality"
    """The unequal distribution of resources and opportunities."""
    DIPLOMATIC = "diplomatic"
    """Diplomacy, which can be both international and domestic."""
    TERRITORY = "territory"
    """International and domestic territorial disputes, protests and rebellions over territory, and
    forced displacements."""
    PEACEKEEPING = "peacekeeping"
    """Peacekeeping, typically multilateral operations."""
    HEALTH = "health"
    """Public health, disease outbreaks and epidemics, disease in general."""
    ASYLUM = "asylum"
    """Discussions of seeking or granting asylum."""
    MIGRATION = "migration"
    """Migration, refugees, and displaced people."""
    DISASTERS = "disasters"
    """Disasters including both "natural" and accidents/spills etc."""
    NATURAL_RESOURCE = "natural_resource"
    """Natural resource extraction, trade, dependence, and pollution."""
    ENVIRONMENT = "environment"
    """Pollution and related environmental problems; environmental policy, environmental
    cooperation, and environmental protest."""
    TECHNOLOGY = "technology"
    """Technological development, new technology, high-tech industry."""
    TERRORISM = "terrorism"
    """Events related to terrorist groups; anti-terrorism actions and policies."""
    CBRN = "cbrn"
    """Chemical, biological, radiation, and nuclear weapons or attacks."""
    CYBER = "cyber"
    """Cyber attacks and crime; events with this context are not necessarily cyber events (e.g.
    hacking) themselves."""
    MISINFORMATION = "misinformation"
    """Misinformation, influence operations, fake news; events with this context are not
    necessarily misinformation themselves."""
    CRIME = "crime"
    """Any discussion of crimes or criminals, excluding events that have one of the more specific
    crime contexts like trafficking."""
    CORRUPTION = "corruption"
    """Misuse/abuse of public office, including corruption, bribery, cronyism, nepotism, abuse of
    public office."""
    ILLEGAL_DRUGS = "illegal_drugs"
    """Criminal possession, distribution, sale, or manufacturing of illegal drugs."""
    TRAFFICKING = "trafficking"
    """Trafficking or smuggling of humans, drugs, animals, or other goods; both domestic and
    international."""


PLOVER_MODES: Final[Mapping[EventCategory, tuple[PloverMode, ...]]] = {
    EventCategory.AGREE: (),
    EventCategory.CONSULT: (
        PloverMode.VISIT,
        PloverMode.THIRD_PARTY,
        PloverMode.MULTILATERAL,
        PloverMode.PHONE,
    ),
    EventCategory.SUPPORT: (),
    EventCategory.CONCEDE: (),
    EventCategory.COOPERATE: (),
    EventCategory.AID: (),
    EventCategory.RETREAT: (
        PloverMode.WITHDRAW,
        PloverMode.RELEASE,
        PloverMode.DISARM,
        PloverMode.CEASEFIRE,
        PloverMode.ACCESS,
        PloverMode.RESIGN,
    ),
    EventCategory.REQUEST: (
        PloverMode.ASSIST,
        PloverMode.CHANGE,
        PloverMode.YIELD,
        PloverMode.MEET,
    ),
    EventCategory.ACCUSE: (PloverMode.DISAPPROVE, PloverMode.INVESTIGATE, PloverMode.ALLEGE),
    EventCategory.REJECT: (PloverMode.ASSIST, PloverMode.CHANGE, PloverMode.YIELD, PloverMode.MEET),
    EventCategory.THREATEN: (
        PloverMode.RESTRICT,
        PloverMode.ARREST,
        PloverMode.RELATIONS,
        PloverMode.EXPEL,
        PloverMode.TERRITORY,
        PloverMode.VIOLENCE,
    ),
    EventCategory.PROTEST: (
        PloverMode.DEMO,
        PloverMode.RIOT,
        PloverMode.STRIKE,
        PloverMode.HUNGER,
        PloverMode.BOYCOTT,
        PloverMode.OBSTRUCT,
        PloverMode.VANDALIZE,
    ),
    EventCategory.SANCTION: (
        PloverMode.CONVICT,
        PloverMode.EXPEL,
        PloverMode.WITHDRAW,
        PloverMode.DISCONTINUE,
    ),
    EventCategory.MOBILIZE: (
        PloverMode.TROOPS,
        PloverMode.WEAPONS,
        PloverMode.POLICE,
        PloverMode.MILITIA,
    ),
    EventCategory.COERCE: (
        PloverMode.SEIZE,
        PloverMode.RESTRICT,
        PloverMode.CENSOR,
        PloverMode.CURFEW,
        PloverMode.MARTIAL_LAW,
        PloverMode.ARREST,
        PloverMode.DEPORT,
        PloverMode.WITHHOLD,
        PloverMode.MISINFORMATION,
        PloverMode.CYBER,
    ),
    EventCategory.ASSAULT: (
        PloverMode.ABDUCT,
        PloverMode.BEAT,
        PloverMode.TORTURE,
        PloverMode.SEXUAL,
        PloverMode.TARGETED,
        PloverMode.DESTROY,
        PloverMode.PRIMITIVE,
        PloverMode.FIREARMS,
        PloverMode.EXPLOSIVES,
        PloverMode.SUICIDE_ATTACK,
        PloverMode.AERIAL,
        PloverMode.DRONE,
        PloverMode.HEAVY_WEAPONS,
        PloverMode.CROWD_CONTROL,
        PloverMode.UNCONVENTIONAL,
    ),
}
"""The modes the PLOVER manual gives each event category (none for the others)."""


class LikelihoodScale(str, enum.Enum):
    """A scale of likelihood words."""

    ICD_203_LIKELIHOOD = "icd-203-likelihood"
    """ICD 203's first row: almost no chance ... almost certain."""
    ICD_203_PROBABILITY = "icd-203-probability"
    """ICD 203's second row: remote ... nearly certain."""
    UK_PHIA = "uk-phia"
    """The UK's PHIA probability yardstick: remote chance ... almost certain."""
    UNNAMED = "unnamed"
    """The source names no scale: any of the words, with no odds attached."""


class LikelihoodTerm(str, enum.Enum):
    """A likelihood word of ICD 203 or the UK PHIA yardstick; its scale says which."""

    ALMOST_NO_CHANCE = "almost no chance"
    """1-5% (likelihood row)."""
    VERY_UNLIKELY = "very unlikely"
    """5-20% (likelihood row)."""
    UNLIKELY = "unlikely"
    """20-45% (likelihood row)."""
    ROUGHLY_EVEN_CHANCE = "roughly even chance"
    """45-55% (likelihood row)."""
    LIKELY = "likely"
    """55-80% (likelihood row)."""
    VERY_LIKELY = "very likely"
    """80-95% (likelihood row)."""
    ALMOST_CERTAIN = "almost certain"
    """95-99% (likelihood row)."""
    REMOTE = "remote"
    """1-5% (probability row)."""
    HIGHLY_IMPROBABLE = "highly improbable"
    """5-20% (probability row)."""
    IMPROBABLE = "improbable"
    """20-45% (probability row)."""
    ROUGHLY_EVEN_ODDS = "roughly even odds"
    """45-55% (probability row)."""
    PROBABLE = "probable"
    """55-80% (probability row)."""
    HIGHLY_PROBABLE = "highly probable"
    """80-95% (probability row)."""
    NEARLY_CERTAIN = "nearly certain"
    """95-99% (probability row)."""
    REMOTE_CHANCE = "remote chance"
    """0-5% (UK PHIA yardstick)."""
    HIGHLY_UNLIKELY = "highly unlikely"
    """10-20% (UK PHIA yardstick)."""
    REALISTIC_POSSIBILITY = "realistic possibility"
    """40-50% (UK PHIA yardstick)."""
    HIGHLY_LIKELY = "highly likely"
    """80-90% (UK PHIA yardstick)."""


_RANGES = ((1, 5), (5, 20), (20, 45), (45, 55), (55, 80), (80, 95), (95, 99))
_TERMS = list(LikelihoodTerm)

LIKELIHOOD_SCALES: Final[Mapping[LikelihoodScale, Mapping[LikelihoodTerm, tuple[int, int]]]] = {
    LikelihoodScale.ICD_203_LIKELIHOOD: dict(zip(_TERMS[:7], _RANGES, strict=True)),
    LikelihoodScale.ICD_203_PROBABILITY: dict(zip(_TERMS[7:14], _RANGES, strict=True)),
    LikelihoodScale.UK_PHIA: {
        LikelihoodTerm.REMOTE_CHANCE: (0, 5),
        LikelihoodTerm.HIGHLY_UNLIKELY: (10, 20),
        LikelihoodTerm.UNLIKELY: (25, 35),
        LikelihoodTerm.REALISTIC_POSSIBILITY: (40, 50),
        LikelihoodTerm.LIKELY: (55, 75),
        LikelihoodTerm.HIGHLY_LIKELY: (80, 90),
        LikelihoodTerm.ALMOST_CERTAIN: (95, 100),
    },
}
"""Each scale's terms, in order, with their ranges in percent."""


# ---------------------------------------------------------------------------
# Construction: what a person naturally writes, or a clear refusal.


def _refuse(path: str, code: str, message: str) -> ValidationError:
    return ValidationError([Problem(path, code, message)])


def _enum_converter(owner: str, name: str, cls: type[enum.Enum]) -> Any:
    by_value = {member.value: member for member in cls}
    allowed = ", ".join(repr(v) for v in by_value)

    def convert(value: Any, path: str = f"$.{name}") -> Any:
        if type(value) is cls or value is None:
            return value
        if type(value) is str and value in by_value:
            return by_value[value]
        raise _refuse(
            path,
            "enum" if isinstance(value, str) else "type",
            f"{owner}.{name}: {value!r} is not a {cls.__name__} (allowed: {allowed})",
        )

    return convert


def _when_converter(owner: str, name: str, *, interval: bool) -> Any:
    def convert(value: Any) -> Any:
        if not isinstance(value, str):
            return value  # a Date, an Interval, None; anything else is for validate()
        try:
            return parse_when(value) if interval else Date.parse(value)
        except ValueError as exc:
            raise _refuse(f"$.{name}", "date", f"{owner}.{name}: {exc}") from None

    return convert


def _timestamp_converter(owner: str, name: str) -> Any:
    def convert(value: Any) -> Any:
        if isinstance(value, str):
            try:
                return _edtf.parse_timestamp(value)
            except ValueError as exc:
                raise _refuse(f"$.{name}", "timestamp", f"{owner}.{name}: {exc}") from None
        if isinstance(value, _dt.datetime) and value.utcoffset() is None:
            raise _refuse(
                f"$.{name}",
                "timestamp",
                f"{owner}.{name}: a naive datetime is not a timestamp; give it a timezone",
            )
        return value

    return convert


def _type_converter(owner: str, name: str, kind: str, detail: Any) -> Any:
    """Refuse a value of another type than the field's.

    A string, an integer, a mapping or an object of the model: ``kind`` and ``detail``
    as :func:`briefschema._kinds.kind_of` gives them.
    """
    expected = detail.__name__ if kind == "obj" else kind

    def holds(value: Any) -> bool:
        if kind == "str":
            return type(value) is str
        if kind == "int":
            return type(value) is int
        if kind == "ext":
            return isinstance(value, Mapping)
        return type(value).__name__ == expected and attrs.has(type(value))

    what = {"str": "a string", "int": "an integer", "ext": "a mapping"}.get(
        kind, f"{'an' if expected[0] in 'AEIOU' else 'a'} {expected}"
    )

    def convert(value: Any, path: str = f"$.{name}") -> Any:
        if value is None or holds(value):
            return value
        raise _refuse(path, "type", f"{owner}.{name}: expected {what}, got {describe(value)}")

    return convert


def _tuple_converter(owner: str, name: str, kind: str, detail: Any) -> Any:
    if kind == "enum":
        each = _enum_converter(owner, name, detail)
    elif kind in ("str", "int", "obj"):
        each = _type_converter(owner, name, kind, detail)
    else:
        raise TypeError(f"{owner}.{name}: no converter for a list of {kind}")

    def convert(value: Any) -> Any:
        if not isinstance(value, tuple | list):
            raise _refuse(
                f"$.{name}", "type", f"{owner}.{name}: expected a list, got {describe(value)}"
            )
        items = [each(item, f"$.{name}[{i}]") for i, item in enumerate(value)]
        if isinstance(value, tuple) and all(a is b for a, b in zip(items, value, strict=True)):
            return value  # as given (a tuple subclass stays one)
        return tuple(items)

    return convert


def _natural(cls: type, fields: list[attrs.Attribute[Any]]) -> list[attrs.Attribute[Any]]:
    """Give each field the converter its type calls for.

    Enum members may be given by value (``stance="opposes"``), dates as EDTF text,
    timestamps as RFC 3339 text with an offset, lists where tuples belong. A value
    that cannot be what the field holds (``stance="pro"``, a naive datetime, a
    number for a name, a string for an offset) is refused at once with
    :class:`ValidationError`, its path relative to the object. What the types
    cannot say (an id's pattern, an empty name) is for :func:`validate`.
    """
    out = []
    namespace = globals()  # the names of the model, as far as it is made
    for field in fields:
        kind, detail = _kinds.kind_of(
            _kinds.resolve(field.type, namespace), date=Date, when=Date | Interval
        )
        owner, name = cls.__name__, field.name
        if kind == "tuple":
            converter = _tuple_converter(owner, name, *detail)
        elif kind == "enum":
            converter = _enum_converter(owner, name, detail)
        elif kind in ("date", "when"):
            converter = _when_converter(owner, name, interval=kind == "when")
        elif kind == "timestamp":
            converter = _timestamp_converter(owner, name)
        else:
            converter = _type_converter(owner, name, kind, detail)
        out.append(field.evolve(converter=converter))
    return out


# ---------------------------------------------------------------------------
# Objects.


@attrs.frozen(kw_only=True, field_transformer=_natural, weakref_slot=False, unsafe_hash=False)
class Evidence:
    """An exact quotation from the source text and where it stands in it.

    The W3C Web Annotation TextQuote and TextPosition selectors in one:
    ``quote`` must equal ``text[start:end]``, counted in Unicode code points,
    end exclusive.
    """

    quote: Text
    """The exact words of the source."""
    start: Offset
    """Where the quote starts in the source text (code points from 0)."""
    end: Offset
    """Where the quote ends in the source text (exclusive)."""
    prefix: str | None = None
    """Text immediately before the quote, to tell repeated quotes apart."""
    suffix: str | None = None
    """Text immediately after the quote, to tell repeated quotes apart."""
    extensions: Extensions = attrs.field(factory=dict)
    """Namespaced extra data."""


EvidenceList = tuple[Evidence, ...]


@attrs.frozen(kw_only=True, field_transformer=_natural, weakref_slot=False, unsafe_hash=False)
class Source:
    """The text a brief analyses, identified by the SHA-256 of its bytes."""

    title: Text
    """The source's title."""
    sha256: Sha256
    """SHA-256 of the source text encoded as UTF-8: what the offsets count into."""
    publisher: Text | None = None
    """Who published the source."""
    authors: Annotated[tuple[Text, ...], Unique] = ()
    """The source's authors, when known."""
    url: Url | None = None
    """Where the source was published."""
    language: LanguageTag | None = None
    """The language of the source text."""
    published: Date | None = None
    """When the source was published."""
    extensions: Extensions = attrs.field(factory=dict)
    """Namespaced extra data."""


@attrs.frozen(kw_only=True, field_transformer=_natural, weakref_slot=False, unsafe_hash=False)
class Identifier:
    """An identifier of an actor in an outside scheme (Popolo style)."""

    scheme: Annotated[
        str,
        Shape(
            "identifier-scheme",
            "A lowercase scheme name, e.g. `wikidata`, `viaf`, `isni`.",
            {"pattern": whole("[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*"), "maxLength": 64},
        ),
    ]
    """The scheme, e.g. `wikidata`."""
    value: Text
    """The identifier within the scheme, e.g. `Q7747`."""
    extensions: Extensions = attrs.field(factory=dict)
    """Namespaced extra data."""


@attrs.frozen(kw_only=True, field_transformer=_natural, weakref_slot=False, unsafe_hash=False)
class Affiliation:
    """An actor's membership of, or post in, another actor (Popolo style)."""

    organization: ActorRef
    """The id of the actor (state, government, organization) the membership is in."""
    role: Text
    """The post or role held, e.g. `Secretary of State`."""
    start: Date | None = None
    """When the membership began."""
    end: Date | None = None
    """When the membership ended."""
    status: MembershipStatus | None = None
    """Where the actor stands: a `candidate` for two years, an `observer`, a `former` member."""
    evidence: EvidenceList = ()
    """Where the source states the membership."""
    extensions: Extensions = attrs.field(factory=dict)
    """Namespaced extra data."""


@attrs.frozen(kw_only=True, field_transformer=_natural, weakref_slot=False, unsafe_hash=False)
class Actor:
    """A person, state, government, organization or group that acts or is acted upon."""

    id: LocalId
    """The actor's id, unique within the brief."""
    name: Text
    """The actor's usual name."""
    kind: ActorKind
    """What sort of actor this is."""
    country: CountryCode | None = None
    """The country the actor belongs to, where that applies."""
    aliases: Annotated[tuple[Text, ...], Unique] = ()
    """Other names the source uses, including metonyms such as `Moscow`."""
    description: Text | None = None
    """Who the actor is, in a sentence."""
    affiliations: tuple[Affiliation, ...] = ()
    """Memberships and posts of the actor."""
    identifiers: Annotated[tuple[Identifier, ...], Unique] = ()
    """Identifiers of the actor in outside schemes; never invented."""
    members: Annotated[tuple[ActorRef, ...], Unique] = ()
    """For a coalition or group, the ids of its members, e.g. the six states of the P5+1."""
    part_of: ActorRef | None = None
    """For a body, the id of what it is an organ of, e.g. `un` for the Security Council."""
    evidence: EvidenceList = ()
    """Where the source names or means the actor."""
    extensions: Extensions = attrs.field(factory=dict)
    """Namespaced extra data."""


@attrs.frozen(kw_only=True, field_transformer=_natural, weakref_slot=False, unsafe_hash=False)
class Issue:
    """A question that actors take positions on."""

    id: LocalId
    """The issue's id, unique within the brief."""
    title: Text
    """A short name for the issue."""
    description: Text | None = None
    """The question, stated so that a stance of `supports` or `opposes` is clear."""
    parent: IssueRef | None = None
    """The id of the broader issue this one is part of."""
    topics: Annotated[tuple[Topic, ...], Unique] = ()
    """Topic tags from the documented vocabulary."""
    evidence: EvidenceList = ()
    """Where the source raises the issue."""
    extensions: Extensions = attrs.field(factory=dict)
    """Namespaced extra data."""


@attrs.frozen(kw_only=True, field_transformer=_natural, weakref_slot=False, unsafe_hash=False)
class Stage:
    """One step in a concession's life: proposed, made, implemented or withdrawn, and when."""

    status: ConcessionStatus
    """The step, e.g. `made` when it was agreed, `implemented` when it was carried out."""
    date: Date | Interval | None = None
    """When, as an EDTF date or interval, e.g. `1979-03-26`."""
    event: EventRef | None = None
    """The id of the event that took the step, e.g. `ev-treaty-signing`."""
    evidence: EvidenceList = ()
    """Where the source says so."""
    extensions: Extensions = attrs.field(factory=dict)
    """Namespaced extra data."""


@attrs.frozen(kw_only=True, field_transformer=_natural, weakref_slot=False, unsafe_hash=False)
class Horizon:
    """How far ahead a judgment looks: `in the short term`, `by the end of 2014`."""

    description: Text
    """The horizon in the source's words, e.g. `in the short term`."""
    duration: Duration | None = None
    """How far ahead, when the source says, e.g. `P6M` for six months."""
    until: Date | Interval | None = None
    """The date the judgment looks to, e.g. `2014` for `by the end of 2014`, or an interval
    for a span such as a season, e.g. `2014-06/2014-08` for `by the summer`."""
    extensions: Extensions = attrs.field(factory=dict)
    """Namespaced extra data."""


@attrs.frozen(kw_only=True, field_transformer=_natural, weakref_slot=False, unsafe_hash=False)
class Quantity:
    """An amount the source states, as it states it, or a change from one amount to another.

    `From about 19,000 centrifuges to 6,104` is `measure: installed centrifuges`,
    `from_value: "19000"`, `from_comparator: about`, `value: "6104"`,
    `unit: centrifuges`. Amounts are decimal strings, so that every reader keeps
    them exact; :attr:`amount` gives a :class:`decimal.Decimal`.
    """

    measure: Text
    """What is counted or measured, e.g. `installed centrifuges`, `enrichment level`."""
    value: DecimalNumber
    """The amount, e.g. `6104` or `3.67` (after a change, the amount it ends at)."""
    unit: Text
    """The unit of the amounts, e.g. `centrifuges`, `%`, `kg`, `deployed warheads`."""
    comparator: Comparator | None = None
    """How `value` relates to the true amount, e.g. `at most`; absent: exactly."""
    from_value: DecimalNumber | None = None
    """For a change, the amount it starts from, e.g. `19000`."""
    from_comparator: Comparator | None = None
    """How `from_value` relates to the true amount, e.g. `about`; absent: exactly."""
    evidence: EvidenceList = ()
    """Where the source states the amount."""
    extensions: Extensions = attrs.field(factory=dict)
    """Namespaced extra data."""

    @property
    def amount(self) -> _decimal.Decimal:
        """``value`` as an exact :class:`decimal.Decimal`."""
        return _decimal.Decimal(self.value)

    @property
    def from_amount(self) -> _decimal.Decimal | None:
        """``from_value`` as an exact :class:`decimal.Decimal`, or None."""
        return None if self.from_value is None else _decimal.Decimal(self.from_value)


@attrs.frozen(kw_only=True, field_transformer=_natural, weakref_slot=False, unsafe_hash=False)
class Term:
    """How long something holds: an ISO 8601 duration, and when it starts.

    `For ten years from Implementation Day` is `duration: P10Y` with
    `starts_with` the id of the event of Implementation Day; `up to five years`
    is `duration: P5Y` with `bound: at most`.
    """

    duration: Duration
    """How long, e.g. `P10Y`, `P60D`."""
    bound: Comparator | None = None
    """How `duration` relates to the true length, e.g. `at most` for "up to"; absent: exactly."""
    start: Date | None = None
    """The day (or month, or year) the term starts, e.g. `2016-01-16`."""
    starts_with: EventRef | None = None
    """The id of the event the term runs from, e.g. `ev-implementation-day`."""
    evidence: EvidenceList = ()
    """Where the source states the term."""
    extensions: Extensions = attrs.field(factory=dict)
    """Namespaced extra data."""


@attrs.frozen(kw_only=True, field_transformer=_natural, weakref_slot=False, unsafe_hash=False)
class Deadline:
    """By when something must be done: `withdraw within 90 days`, `by 31 December 2018`.

    A deadline is not a term: a term says how long something lasts (`for at most 90
    days`), a deadline by when it must happen. It gives `within` (a duration, counted
    from `start` or `starts_with`, or else from the date of what holds it), `by` (a
    date), or both.
    """

    description: Text | None = None
    """The deadline in the source's words, e.g. `within 90 days of signing`."""
    within: Duration | None = None
    """How long there is, as an ISO 8601 duration, e.g. `P90D`."""
    by: Date | None = None
    """The date by which, e.g. `2018-12-31`."""
    start: Date | None = None
    """The date `within` is counted from."""
    starts_with: EventRef | None = None
    """The id of the event `within` is counted from, e.g. `ev-signing`."""
    evidence: EvidenceList = ()
    """Where the source states the deadline."""
    extensions: Extensions = attrs.field(factory=dict)
    """Namespaced extra data."""


@attrs.frozen(kw_only=True, field_transformer=_natural, weakref_slot=False, unsafe_hash=False)
class Condition:
    """What a stance or a concession depends on: `only after...`, `restored if...`."""

    kind: ConditionKind
    """How the condition bears on what holds it, e.g. `precondition`."""
    description: Text
    """The condition in words, e.g. `Only after the Senate ratifies the treaty.`"""
    about: Annotated[tuple[AnyRef, ...], Unique] = ()
    """Ids of what the condition names, e.g. the event it waits for: `[ev-ratification]`."""
    term: Term | None = None
    """A time the condition sets, e.g. a 60-day review (`P60D`)."""
    deadline: Deadline | None = None
    """By when the condition must be met, e.g. `withdraw within 90 days` (`within: P90D`)."""
    basis: Basis | None = None
    """Whether the actor stated the condition (`stated`), the source reports it
    (`reported`) or the analyst reads it into what happened (`inferred`)."""
    evidence: EvidenceList = ()
    """Where the source states the condition."""
    extensions: Extensions = attrs.field(factory=dict)
    """Namespaced extra data."""


@attrs.frozen(kw_only=True, field_transformer=_natural, weakref_slot=False, unsafe_hash=False)
class Position:
    """One actor's stance on one issue at one time."""

    id: LocalId
    """The position's id, unique within the brief."""
    actor: ActorRef
    """The id of the actor holding the position."""
    issue: IssueRef
    """The id of the issue the position is on."""
    stance: Stance
    """The stance towards the issue's proposition."""
    statement: Text
    """The position in words."""
    basis: Basis
    """Whether the actor stated it, the source reported it, or the analyst inferred it."""
    confidence: Confidence
    """How sure the source is of the position."""
    firmness: Firmness | None = None
    """How firmly the actor holds it."""
    trend: Trend | None = None
    """Which way it is moving."""
    as_of: Date | Interval | None = None
    """When the actor held it (EDTF date or interval)."""
    inferred_date_parts: Annotated[tuple[DatePart, ...], Unique] = ()
    """Parts of `as_of` that the source does not state and the analyst inferred."""
    previous: PositionRef | None = None
    """The id of the same actor's earlier position on the same issue."""
    conditions: tuple[Condition, ...] = ()
    """What the stance depends on, e.g. `only after verification` for a `conditional` one."""
    addressed_to: Annotated[tuple[ActorRef, ...], Unique] = ()
    """For a demand, the ids of the actors it is addressed to, e.g. `[iran]`."""
    salience: Salience | None = None
    """How much the position matters to its actor, e.g. `core` for a red line."""
    concession: ConcessionRef | None = None
    """The id of a concession the position is on, e.g. a refusal to make it under pressure."""
    quantities: tuple[Quantity, ...] = ()
    """Amounts the position names, e.g. a demanded limit of `at most 3.67 %`."""
    evidence: EvidenceList = ()
    """Where the source expresses the position."""
    extensions: Extensions = attrs.field(factory=dict)
    """Namespaced extra data."""


@attrs.frozen(kw_only=True, field_transformer=_natural, weakref_slot=False, unsafe_hash=False)
class Reciprocity:
    """What a conceding actor received, or expects, in exchange."""

    status: ReciprocityStatus
    """Whether anything was received in exchange."""
    description: Text | None = None
    """What was received or expected, or why nothing was."""
    in_return_for: Annotated[tuple[ConcessionRef, ...], Unique] = ()
    """Ids of the other side's concessions given in return for this one, e.g. `[con-iran-cut]`."""
    evidence: EvidenceList = ()
    """Where the source says so."""
    extensions: Extensions = attrs.field(factory=dict)
    """Namespaced extra data."""


@attrs.frozen(kw_only=True, field_transformer=_natural, weakref_slot=False, unsafe_hash=False)
class InstrumentUse:
    """An instrument (a document) a concession acts on, and how."""

    document: DocumentRef
    """The id of the document, e.g. `doc-sanctions-2012`."""
    action: InstrumentAction
    """What the concession does to it, e.g. `lifts`."""
    evidence: EvidenceList = ()
    """Where the source says so."""
    extensions: Extensions = attrs.field(factory=dict)
    """Namespaced extra data."""


@attrs.frozen(kw_only=True, field_transformer=_natural, weakref_slot=False, unsafe_hash=False)
class Concession:
    """Something an actor gave up to others on an issue."""

    id: LocalId
    """The concession's id, unique within the brief."""
    by: ActorRef
    """The id of the actor that conceded."""
    to: Annotated[tuple[ActorRef, ...], NonEmptyUnique]
    """The ids of the actors the concession was made to."""
    issue: IssueRef
    """The id of the issue it concerns."""
    description: Text
    """What was given up."""
    kind: ConcessionKind
    """Verbal (a promise, an assurance) or material (a cancelled deployment)."""
    status: ConcessionStatus
    """How far the concession has gone, or that it was only `demanded`, `refused` or
    `ruled-out`."""
    confidence: Confidence
    """How sure the source is that it happened."""
    from_position: PositionRef | None = None
    """The id of the conceding actor's position before the concession."""
    to_position: PositionRef | None = None
    """The id of the conceding actor's position after the concession."""
    reciprocity: Reciprocity | None = None
    """What was received in exchange, if the source says."""
    date: Date | Interval | None = None
    """When the concession was made (EDTF date or interval)."""
    inferred_date_parts: Annotated[tuple[DatePart, ...], Unique] = ()
    """Parts of `date` that the source does not state and the analyst inferred."""
    conditions: tuple[Condition, ...] = ()
    """What the concession depends on, e.g. `restored if violated`."""
    term: Term | None = None
    """How long the concession holds, e.g. `for ten years` (`P10Y`)."""
    quantities: tuple[Quantity, ...] = ()
    """Amounts the concession names, e.g. centrifuges cut from about 19,000 to 6,104."""
    stages: tuple[Stage, ...] = ()
    """Its life in order, e.g. `made` when signed in 1979, `implemented` in 1982."""
    under: DocumentRef | None = None
    """The id of the agreement the concession is part of, e.g. `doc-new-start`."""
    instruments: tuple[InstrumentUse, ...] = ()
    """Other instruments it acts on: a second one it is made `under`, the sanctions it
    `lifts` or `suspends`, the treaty it `amends` or `ends`."""
    answers: Annotated[tuple[PositionRef, ...], Unique] = ()
    """The ids of the other side's demands (positions) it answers, e.g. `[pos-ussr-turkey]`."""
    extent: Extent | None = None
    """Whether it meets what it `answers` in `full` or in `partial`."""
    disclosure: Disclosure | None = None
    """Whether it was given `public`ly or in `secret`, e.g. a withdrawal agreed on
    condition it is not made public."""
    deadline: Deadline | None = None
    """By when it is to be carried out, e.g. `within 90 days` (`within: P90D`)."""
    evidence: EvidenceList = ()
    """Where the source describes the concession."""
    extensions: Extensions = attrs.field(factory=dict)
    """Namespaced extra data."""


@attrs.frozen(kw_only=True, field_transformer=_natural, weakref_slot=False, unsafe_hash=False)
class Participant:
    """An actor taking part in an event in a named role: a mediator, a head of delegation."""

    actor: ActorRef
    """The id of the participant, e.g. `brahimi`."""
    role: ParticipantRole
    """The part it plays, e.g. `mediator`."""
    on_behalf_of: ActorRef | None = None
    """The id of the actor it represents, e.g. `syrian-opposition` for a delegation's head."""
    evidence: EvidenceList = ()
    """Where the source says so."""
    extensions: Extensions = attrs.field(factory=dict)
    """Namespaced extra data."""


@attrs.frozen(kw_only=True, field_transformer=_natural, weakref_slot=False, unsafe_hash=False)
class Event:
    """A dated development, coded with a PLOVER category."""

    id: LocalId
    """The event's id, unique within the brief."""
    category: EventCategory
    """The PLOVER event category."""
    actors: Annotated[tuple[ActorRef, ...], NonEmptyUnique]
    """The ids of the actors who acted."""
    description: Text
    """What happened."""
    recipients: Annotated[tuple[ActorRef, ...], Unique] = ()
    """The ids of the actors acted upon or addressed."""
    issues: Annotated[tuple[IssueRef, ...], Unique] = ()
    """The ids of the issues the event bears on."""
    documents: Annotated[tuple[DocumentRef, ...], Unique] = ()
    """The ids of the agreements or documents the event concerns, e.g. the deal criticised."""
    date: Date | Interval | None = None
    """When it happened (EDTF date or interval)."""
    inferred_date_parts: Annotated[tuple[DatePart, ...], Unique] = ()
    """Parts of `date` that the source does not state and the analyst inferred."""
    place: Text | None = None
    """Where it happened."""
    mode: PloverMode | None = None
    """How it happened, as a PLOVER mode of its category (see `PLOVER_MODES`), e.g. `visit`
    for a CONSULT."""
    contexts: Annotated[tuple[PloverContext, ...], Unique] = ()
    """What it is about, as PLOVER contexts, e.g. `diplomatic`, `cbrn`."""
    triggers: Annotated[tuple[Text, ...], Bounds(unique=True, max_items=TRIGGERS)] = ()
    """The words of its first quote that name what happened (PLOVER's `EVT` mark-up), e.g.
    `agreed`."""
    status: EventStatus | None = None
    """Whether it took place: `planned` for a summit announced, `cancelled`; without it,
    the event happened."""
    part_of: EventRef | None = None
    """The id of the series or the larger event it is part of, e.g. the second round's
    `ev-geneva-ii`."""
    forum: ActorRef | None = None
    """The id of the body it takes place in, e.g. `un-security-council`."""
    participants: tuple[Participant, ...] = ()
    """Who took part in which role: the mediator, the heads of delegation, observers."""
    evidence: EvidenceList = ()
    """Where the source reports the event."""
    extensions: Extensions = attrs.field(factory=dict)
    """Namespaced extra data."""


@attrs.frozen(kw_only=True, field_transformer=_natural, weakref_slot=False, unsafe_hash=False)
class Likelihood:
    """A probability stated as a word and the scale the word belongs to."""

    term: LikelihoodTerm
    """The likelihood word."""
    scale: LikelihoodScale
    """The scale the word comes from, or `unnamed` when the source names none: a word such
    as `unlikely` means different odds on different scales."""
    extensions: Extensions = attrs.field(factory=dict)
    """Namespaced extra data."""

    @property
    def range(self) -> tuple[int, int] | None:
        """The term's range in percent on its scale; None on the `unnamed` scale.

        Raises:
            KeyError: the term does not belong to the scale.

        """
        if self.scale is LikelihoodScale.UNNAMED:
            return None
        return LIKELIHOOD_SCALES[self.scale][self.term]


@attrs.frozen(kw_only=True, field_transformer=_natural, weakref_slot=False, unsafe_hash=False)
class Outcome:
    """Whether what a judgment said came to pass, and when that was known."""

    status: OutcomeStatus
    """`borne-out`, `partly-borne-out` or `not-borne-out`."""
    date: Date | None = None
    """When it was borne out or not, e.g. the day the visit took place."""
    description: Text | None = None
    """What happened, e.g. `Moon visited Pyongyang on 18-20 September 2018.`"""
    evidence: EvidenceList = ()
    """Where the source says so."""
    extensions: Extensions = attrs.field(factory=dict)
    """Namespaced extra data."""


@attrs.frozen(kw_only=True, field_transformer=_natural, weakref_slot=False, unsafe_hash=False)
class Judgment:
    """A conclusion the analyst draws."""

    id: LocalId
    """The judgment's id, unique within the brief."""
    statement: Text
    """The conclusion in words."""
    confidence: Confidence
    """The confidence the source expresses in the statement, reflecting its hedges: the
    analyst's, or the `holder`'s when it is set (a minister `sure` of a deal is `high`);
    `unstated` when the source expresses none."""
    likelihood: Likelihood | None = None
    """How likely the analyst holds the statement to be, as a word on a scale."""
    hedge: Text | None = None
    """The source's own hedging words, e.g. `it may be assumed`."""
    about: Annotated[tuple[AnyRef, ...], Unique] = ()
    """The ids of the objects the judgment is about."""
    holder: ActorRef | None = None
    """Whose judgment it is, if not the analyst's, e.g. a minister expecting no breakthrough."""
    horizon: Horizon | None = None
    """How far ahead the judgment looks, e.g. `in the short term`."""
    based_on: Annotated[tuple[JudgmentRef, ...], Unique] = ()
    """The ids of the judgments this one rests on, e.g. `[j-linkage-on-paper]`."""
    made: Date | None = None
    """When the judgment was made, e.g. `2018-04-27` for a forecast of that day."""
    quantities: tuple[Quantity, ...] = ()
    """Amounts it states, e.g. fissile material for 20 to 60 weapons."""
    outcome: Outcome | None = None
    """Whether it was borne out, when later facts decide it."""
    evidence: EvidenceList = ()
    """Where the source draws the conclusion."""
    extensions: Extensions = attrs.field(factory=dict)
    """Namespaced extra data."""


@attrs.frozen(kw_only=True, field_transformer=_natural, weakref_slot=False, unsafe_hash=False)
class Document:
    """An agreement or other document the text is about: a treaty, a deal, a draft, a regime."""

    id: LocalId
    """The document's id, unique within the brief, e.g. `doc-new-start`."""
    title: Text
    """Its name, e.g. `Treaty on Measures for the Further Reduction ... (New START)`."""
    kind: DocumentKind
    """What sort of document it is, e.g. `treaty`."""
    status: DocumentStatus
    """How far it has gone, as the source tells it, e.g. `in-force`."""
    parties: Annotated[tuple[ActorRef, ...], Unique] = ()
    """The ids of its parties, or the actors it is meant to bind, e.g. `[us, russia]`."""
    authors: Annotated[tuple[ActorRef, ...], Unique] = ()
    """The ids of the actors that wrote or put it forward, when not (all) its parties,
    e.g. `[us]` for a plan published for two other parties."""
    targets: Annotated[tuple[ActorRef, ...], Unique] = ()
    """The ids of the actors it is aimed at, e.g. those a sanctions regime targets."""
    description: Text | None = None
    """What it says or does, e.g. `Caps deployed strategic warheads at 1,550.`"""
    issues: Annotated[tuple[IssueRef, ...], Unique] = ()
    """The ids of the issues it settles or concerns, e.g. `[strategic-arms]`."""
    part_of: DocumentRef | None = None
    """The id of the document it belongs to, e.g. a treaty for its protocol."""
    proposed: Date | None = None
    """When it was put forward, e.g. a draft tabled."""
    published: Date | None = None
    """When it was made public, e.g. `2020-01-28`."""
    agreed: Date | None = None
    """When its text was agreed or reached, before any signature."""
    signed: Date | None = None
    """When it was signed, e.g. `2010-04-08`."""
    in_force: Date | None = None
    """When it entered into force, e.g. `2011-02-05`."""
    ended: Date | None = None
    """When it expired or was ended, e.g. `2026-02-05`."""
    inferred_dates: Annotated[tuple[DocumentDate, ...], Unique] = ()
    """Which of its dates the source does not state and the analyst inferred, e.g.
    `[signed]`."""
    term: Term | None = None
    """How long it runs, e.g. ten years (`P10Y`) from its entry into force."""
    quantities: tuple[Quantity, ...] = ()
    """Amounts it sets, e.g. at most 1,550 deployed strategic warheads."""
    evidence: EvidenceList = ()
    """Where the source names or describes it."""
    extensions: Extensions = attrs.field(factory=dict)
    """Namespaced extra data."""


@attrs.frozen(kw_only=True, field_transformer=_natural, weakref_slot=False, unsafe_hash=False)
class Brief:
    """A structured foreign-policy brief grounded in one source text."""

    schema_version: Annotated[
        str,
        Shape(
            "schema-version",
            "The version of the brief format, `MAJOR.MINOR`; this schema reads major version 1.",
            {"pattern": whole("1\\.(?:0|[1-9][0-9]*)")},
        ),
    ]
    """The version of the brief format the document is written in."""
    id: LocalId
    """The brief's id."""
    title: Text
    """The brief's title."""
    summary: Text
    """The brief's findings in a few sentences."""
    source: Source
    """The text the brief analyses."""
    authors: Annotated[tuple[Text, ...], Unique] = ()
    """Who wrote the brief."""
    created: _dt.datetime | None = None
    """When the brief was first written (UTC)."""
    modified: _dt.datetime | None = None
    """When the brief was last changed (UTC)."""
    actors: tuple[Actor, ...] = ()
    """Everyone the source names or means."""
    issues: tuple[Issue, ...] = ()
    """The questions at stake."""
    positions: tuple[Position, ...] = ()
    """The actors' stances on the issues."""
    concessions: tuple[Concession, ...] = ()
    """What was given up, by whom, to whom."""
    events: tuple[Event, ...] = ()
    """What happened."""
    judgments: tuple[Judgment, ...] = ()
    """What the analyst concludes."""
    documents: tuple[Document, ...] = ()
    """The agreements and other documents the text is about, e.g. a treaty and its drafts."""
    extensions: Extensions = attrs.field(factory=dict)
    """Namespaced extra data."""

    def objects_by_id(self) -> dict[str, Listed]:
        """Every object of the brief's lists (actors, issues, ... documents), by its id.

        Where an id is used more than once (a brief the rules would refuse), the first
        object with it, in the order of the lists. A new dict on each call, built in
        one pass over the lists: keep it while the brief is in use.
        """
        found: dict[str, Listed] = {}
        for field in attrs.fields(type(self)):  # the lists are the fields of objects with ids
            value = getattr(self, field.name)
            if type(value) is tuple:
                for obj in value:
                    if isinstance(obj, _LISTED):
                        found.setdefault(obj.id, obj)
        return found


Listed = Actor | Issue | Position | Concession | Event | Judgment | Document
"""Any object of a brief's lists: what an id names."""
_LISTED: tuple[type[Any], ...] = Listed.__args__
