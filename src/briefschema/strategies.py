"""Hypothesis strategies for briefs, for property tests of code that handles them.

:func:`briefs` draws a source text and a brief grounded in it that passes both
levels of validation (schema and integrity) in strict mode: every reference
resolves to the right kind, every quote is the text at its offsets, dates are
ordered. Every field, enum value and optional branch of the model is drawn.
Requires hypothesis: ``pip install 'briefschema[hypothesis]'``.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import string
from typing import Any, TypeVar

import attrs

try:
    from hypothesis import strategies as st
except ImportError as error:  # an optional extra: say which one
    raise ImportError(
        "briefschema.strategies needs hypothesis: pip install 'briefschema[hypothesis]'",
        name="hypothesis",
    ) from error

from briefschema import model
from briefschema._edtf import days_in_month
from briefschema._graphemes import Clusters
from briefschema._rules._negotiation import NOT_GIVEN
from briefschema._rules._structure import DOCUMENT_ORDER, NO_PARTS
from briefschema.evidence import sha256_of

__all__ = ["briefs", "dates", "json_values", "source_texts", "whens"]

E = TypeVar("E", bound=enum.Enum)

_LOCAL_ID = r"[a-z0-9]{1,6}(-[a-z0-9]{1,4}){0,2}"
_EXTENSION_KEY = r"[a-z][a-z0-9]{0,5}(\.[a-z0-9]{1,4}){0,2}:[A-Za-z0-9_][A-Za-z0-9_.-]{0,8}"

# Text with the characters that break naive code: astral characters (two
# UTF-16 units), combining marks, joiners, regional indicators, quotes, escapes and
# line breaks (CR LF among them: one character).
_ALPHABET = st.sampled_from(
    [
        *string.ascii_letters,
        *string.digits,
        " ",
        "\n",
        "\t",
        '"',
        "\\",
        "’",
        "é",
        "e\u0301",
        "\u0301",
        "𝔄",
        "😀",
        "ж",
        "\u2028",
        "\x00",
        "\r",
        "\u200d",
        "\U0001f1fa",
        "/",
    ]
)


@functools.cache
def _regex(pattern: str) -> st.SearchStrategy[str]:
    return st.from_regex(pattern, fullmatch=True)


@functools.cache
def _text(min_size: int = 1, max_size: int = 12) -> st.SearchStrategy[str]:
    return st.lists(_ALPHABET, min_size=min_size, max_size=max_size).map("".join)


def source_texts() -> st.SearchStrategy[str]:
    """Source texts of 1 to 200 characters, rich in awkward Unicode."""
    return _text(1, 200)


@functools.cache
def json_values() -> st.SearchStrategy[Any]:
    """Any JSON value (finite numbers only), nested a few levels deep."""
    leaves = (
        st.none()
        | st.booleans()
        | st.integers(min_value=-(2**63), max_value=2**63)
        | st.floats(allow_nan=False, allow_infinity=False)
        | _text(0)
    )
    return st.recursive(
        leaves,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_text(0, 6), inner, max_size=3),
        max_leaves=8,
    )


@functools.cache
def _extensions() -> st.SearchStrategy[dict[str, Any]]:
    return st.dictionaries(_regex(_EXTENSION_KEY), json_values(), max_size=2)


def _optional(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


@functools.cache
def _enum(cls: type[E]) -> st.SearchStrategy[E]:
    return st.sampled_from(list(cls))


@st.composite
def dates(draw: st.DrawFn) -> model.Date:
    """EDTF dates of year, month or day precision, with and without qualifiers."""
    year = draw(st.integers(0, 9999))
    month = draw(_optional(st.integers(1, 12)))
    day = None
    if month is not None:
        day = draw(_optional(st.integers(1, days_in_month(year, month))))
    return model.Date(year, month, day, draw(st.booleans()), draw(st.booleans()))


@st.composite
def whens(draw: st.DrawFn) -> model.Date | model.Interval:
    """EDTF dates and ordered intervals, with open and unknown ends."""
    if draw(st.booleans()):
        return draw(dates())
    first, second = draw(dates()), draw(dates())
    if first.earliest > second.latest:
        first, second = second, first
    bound = _enum(model.Bound)
    shape = draw(st.sampled_from(["both", "start", "end"]))
    if shape == "start":
        return model.Interval(first, draw(bound))
    if shape == "end":
        return model.Interval(draw(bound), second)
    return model.Interval(first, second)


@st.composite
def _dated(
    draw: st.DrawFn,
) -> tuple[model.Date | model.Interval | None, tuple[model.DatePart, ...]]:
    when = draw(_optional(whens()))
    if when is None:
        return None, ()
    parts = list(model.DatePart)[: list(model.DatePart).index(when.precision) + 1]
    inferred = draw(st.lists(st.sampled_from(parts), unique=True, max_size=len(parts)))
    return when, tuple(inferred)


_timestamps = st.builds(
    lambda moment, minutes: moment.replace(tzinfo=dt.timezone(dt.timedelta(minutes=minutes))),
    st.datetimes(min_value=dt.datetime(2, 1, 1), max_value=dt.datetime(9998, 12, 31)),
    st.integers(-23 * 60 - 59, 23 * 60 + 59),
)


class _Drawer:
    """Draws the parts of one brief over one source text."""

    def __init__(self, draw: st.DrawFn, text: str) -> None:
        self.draw = draw
        self.text = text
        # A quote begins and ends between two characters (grapheme clusters).
        self.marks = list(Clusters(text).marks)

    def evidence(self, min_size: int = 0) -> tuple[model.Evidence, ...]:
        return tuple(self._one() for _ in range(self.draw(st.integers(min_size, 2))))

    def _one(self) -> model.Evidence:
        draw, text = self.draw, self.text
        marks = self.marks
        first = draw(st.integers(0, len(marks) - 2))
        start, end = marks[first], marks[draw(st.integers(first + 1, len(marks) - 1))]
        with_context = draw(st.booleans())
        return model.Evidence(
            quote=text[start:end],
            start=start,
            end=end,
            prefix=text[max(0, start - 4) : start] if with_context else None,
            suffix=text[end : end + 4] if with_context else None,
            extensions=draw(_extensions()),
        )

    def some(self, pool: list[str], *, min_size: int = 0) -> tuple[str, ...]:
        if not pool:
            return ()
        return tuple(
            self.draw(st.lists(st.sampled_from(pool), unique=True, min_size=min_size, max_size=3))
        )

    def conditions(self, pool: list[str], event_ids: list[str]) -> tuple[model.Condition, ...]:
        """Conditions naming ids of ``pool`` (which leaves out their holder's own)."""
        draw = self.draw
        return tuple(
            model.Condition(
                kind=draw(_enum(model.ConditionKind)),
                description=draw(_text()),
                about=self.some(pool),
                term=self.term(event_ids) if draw(st.booleans()) else None,
                deadline=self.deadline(event_ids) if draw(st.booleans()) else None,
                basis=draw(_optional(_enum(model.Basis))),
                evidence=self.evidence(),
                extensions=draw(_extensions()),
            )
            for _ in range(draw(st.integers(0, 2)))
        )

    def deadline(self, event_ids: list[str]) -> model.Deadline:
        """A deadline with a duration, a date or both (deadline-empty), started once."""
        draw = self.draw
        within = draw(_optional(_regex(_DURATION)))
        by = draw(dates()) if within is None else draw(_optional(dates()))
        start, starts_with = self._start(event_ids)
        return model.Deadline(
            description=draw(_optional(_text())),
            within=within,
            by=by,
            start=start,
            starts_with=starts_with,
            evidence=self.evidence(),
            extensions=draw(_extensions()),
        )

    def _start(self, event_ids: list[str]) -> tuple[model.Date | None, str | None]:
        """One of a start date and a starting event, or neither (term-start-twice)."""
        draw = self.draw
        starts_with = draw(_optional(st.sampled_from(event_ids))) if event_ids else None
        return (draw(_optional(dates())) if starts_with is None else None), starts_with

    def term(self, event_ids: list[str]) -> model.Term:
        draw = self.draw
        start, starts_with = self._start(event_ids)
        return model.Term(
            duration=draw(_regex(_DURATION)),
            bound=draw(_optional(_enum(model.Comparator))),
            start=start,
            starts_with=starts_with,
            evidence=self.evidence(),
            extensions=draw(_extensions()),
        )

    def quantities(self) -> tuple[model.Quantity, ...]:
        draw = self.draw
        found = []
        for _ in range(draw(st.integers(0, 2))):
            before = draw(_optional(_regex(_DECIMAL)))
            found.append(
                model.Quantity(
                    measure=draw(_text()),
                    value=draw(_regex(_DECIMAL)),
                    unit=draw(_text(max_size=4)),
                    comparator=draw(_optional(_enum(model.Comparator))),
                    from_value=before,
                    from_comparator=(
                        None if before is None else draw(_optional(_enum(model.Comparator)))
                    ),
                    evidence=self.evidence(),
                    extensions=draw(_extensions()),
                )
            )
        return tuple(found)


_DURATION = r"P[1-9][0-9]{0,2}[YMWD]|PT[1-9][0-9]{0,2}[HMS]|P[0-9]{1,2}Y[0-9]{1,2}M[0-9]D|P1DT12H"
_DECIMAL = r"-?(0|[1-9][0-9]{0,6})(\.[0-9]{1,4})?"


@st.composite
def briefs(draw: st.DrawFn, text: str | None = None) -> model.Brief:
    """Briefs that pass both levels of validation in strict mode against their text.

    Args:
        draw: supplied by hypothesis.
        text: the source text; drawn with :func:`source_texts` when omitted.
            Read it back from a drawn brief's evidence, or draw the text
            first and pass it in: ``st.data()`` makes that easy.

    """
    if text is None:
        text = draw(source_texts())
    d = _Drawer(draw, text)
    sizes = (
        [draw(st.integers(2, 3)), draw(st.integers(1, 3))]
        + [draw(st.integers(0, 3)) for _ in range(4)]
        + [draw(st.integers(0, 2))]
    )
    ids = draw(st.lists(_regex(_LOCAL_ID), unique=True, min_size=sum(sizes), max_size=sum(sizes)))
    pools: list[list[str]] = []
    for size in sizes:
        pools.append(ids[:size])
        ids = ids[size:]
    actor_ids, issue_ids, position_ids, concession_ids, event_ids, judgment_ids, document_ids = (
        pools
    )

    actors = tuple(_actor(d, actor_id, actor_ids) for actor_id in actor_ids)
    issues = tuple(
        model.Issue(
            id=issue_id,
            title=draw(_text()),
            description=draw(_optional(_text())),
            parent=draw(_optional(st.sampled_from(issue_ids[:index]))) if index else None,
            topics=tuple(draw(st.lists(_enum(model.Topic), unique=True, max_size=3))),
            evidence=d.evidence(min_size=1),
            extensions=draw(_extensions()),
        )
        for index, issue_id in enumerate(issue_ids)
    )
    positions: list[model.Position] = []
    for position_id in position_ids:
        positions.append(_position(d, position_id, actor_ids, issue_ids, positions))
    concessions = tuple(
        _concession(d, concession_id, actor_ids, issue_ids, positions)
        for concession_id in concession_ids
    )
    events = tuple(
        attrs.evolve(
            event,
            documents=d.some(document_ids),
            # Only an earlier event: no series inside itself (event-cycle).
            part_of=draw(_optional(st.sampled_from(event_ids[:index]))) if index else None,
        )
        for index, event in enumerate(
            _event(d, event_id, actor_ids, issue_ids) for event_id in event_ids
        )
    )
    every_id = actor_ids + issue_ids + position_ids + concession_ids + event_ids + document_ids
    actors = tuple(
        actor
        if actor.kind in NO_PARTS  # a person or a state has neither (actor-kind-structure)
        else attrs.evolve(
            actor,
            # Only actors listed earlier: no membership loop (member-cycle), and no
            # body is inside itself.
            members=d.some(actor_ids[:index]),
            part_of=draw(_optional(st.sampled_from(actor_ids[:index]))) if index else None,
        )
        for index, actor in enumerate(actors)
    )
    concessions = tuple(
        _negotiated(
            d,
            c,
            concessions=concessions,
            pool=[i for i in every_id if i != c.id],
            event_ids=event_ids,
            document_ids=document_ids,
        )
        for c in concessions
    )
    positions = [
        attrs.evolve(
            p,
            conditions=d.conditions([i for i in every_id if i != p.id], event_ids),
            quantities=d.quantities(),
            addressed_to=d.some(actor_ids),
            salience=draw(_optional(_enum(model.Salience))),
            concession=draw(
                _optional(st.sampled_from([c.id for c in concessions if c.issue == p.issue]))
            )
            if any(c.issue == p.issue for c in concessions)
            else None,
        )
        for p in positions
    ]
    # A conditional stance states its conditions (conditional-without-condition).
    positions = [
        attrs.evolve(p, stance=model.Stance.SUPPORTS)
        if p.stance is model.Stance.CONDITIONAL and not p.conditions
        else p
        for p in positions
    ]
    documents = tuple(
        _document(
            d,
            document_id,
            earlier=document_ids[:index],
            actor_ids=actor_ids,
            issue_ids=issue_ids,
            event_ids=event_ids,
        )
        for index, document_id in enumerate(document_ids)
    )
    judgments = tuple(
        attrs.evolve(
            _judgment(d, judgment_id, every_id + judgment_ids),
            holder=draw(_optional(st.sampled_from(actor_ids))),
            horizon=draw(_optional(_horizons())),
            based_on=d.some(judgment_ids[:index]),  # only earlier ones: no loop
        )
        for index, judgment_id in enumerate(judgment_ids)
    )
    return model.Brief(
        schema_version=model.SCHEMA_VERSION,
        id=draw(_regex(_LOCAL_ID)),
        title=draw(_text()),
        summary=draw(_text()),
        source=model.Source(
            title=draw(_text()),
            sha256=sha256_of(text),
            publisher=draw(_optional(_text())),
            authors=tuple(draw(st.lists(_text(), unique=True, max_size=2))),
            url=draw(_optional(_regex(r"https?://[a-z]{1,8}\.[a-z]{2,3}/[a-z0-9/]{0,8}"))),
            language=draw(_optional(st.sampled_from(["en", "pl", "ru", "pt-BR", "zh-Hant-TW"]))),
            published=draw(_optional(dates())),
            extensions=draw(_extensions()),
        ),
        authors=tuple(draw(st.lists(_text(), unique=True, max_size=2))),
        created=draw(_optional(_timestamps)),
        modified=draw(_optional(_timestamps)),
        actors=actors,
        issues=issues,
        positions=tuple(positions),
        concessions=concessions,
        events=events,
        judgments=judgments,
        documents=documents,
        extensions=draw(_extensions()),
    )


def _actor(d: _Drawer, actor_id: str, actor_ids: list[str]) -> model.Actor:
    draw = d.draw
    others = [a for a in actor_ids if a != actor_id]
    affiliations: tuple[model.Affiliation, ...] = ()
    if others:
        affiliations = tuple(
            model.Affiliation(
                organization=draw(st.sampled_from(others)),
                role=draw(_text()),
                start=start,
                end=end,
                status=draw(_optional(_enum(model.MembershipStatus))),
                evidence=d.evidence(),
                extensions=draw(_extensions()),
            )
            for start, end in draw(
                st.lists(st.tuples(_optional(dates()), _optional(dates())), max_size=2)
            )
            if start is None or end is None or start.earliest <= end.latest
        )
    identifier = st.one_of(
        st.builds(model.Identifier, scheme=st.just("wikidata"), value=_regex(r"Q[1-9][0-9]{0,6}")),
        st.builds(
            model.Identifier,
            scheme=_regex(r"[a-z][a-z0-9]{0,5}"),
            value=_text(),
            extensions=_extensions(),
        ),
    )
    return model.Actor(
        id=actor_id,
        name=draw(_text()),
        kind=draw(_enum(model.ActorKind)),
        country=draw(_optional(_regex(r"[A-Z]{3}"))),
        aliases=tuple(draw(st.lists(_text(), unique=True, max_size=3))),
        description=draw(_optional(_text())),
        affiliations=affiliations,
        identifiers=tuple(
            draw(
                st.lists(
                    identifier,
                    unique_by=lambda i: (i.scheme, i.value, str(i.extensions)),
                    max_size=2,
                )
            )
        ),
        evidence=d.evidence(min_size=1),
        extensions=draw(_extensions()),
    )


def _position(
    d: _Drawer,
    position_id: str,
    actor_ids: list[str],
    issue_ids: list[str],
    earlier: list[model.Position],
) -> model.Position:
    draw = d.draw
    actor = draw(st.sampled_from(actor_ids))
    issue = draw(st.sampled_from(issue_ids))
    as_of, inferred = draw(_dated())
    candidates = [
        p.id
        for p in earlier
        if p.actor == actor and p.issue == issue and _not_later(p.as_of, as_of)
    ]
    return model.Position(
        id=position_id,
        actor=actor,
        issue=issue,
        stance=draw(_enum(model.Stance)),
        statement=draw(_text()),
        basis=draw(_enum(model.Basis)),
        confidence=draw(_enum(model.Confidence)),
        firmness=draw(_optional(_enum(model.Firmness))),
        trend=draw(_optional(_enum(model.Trend))),
        as_of=as_of,
        inferred_date_parts=inferred,
        previous=draw(_optional(st.sampled_from(candidates))) if candidates else None,
        evidence=d.evidence(min_size=1),
        extensions=draw(_extensions()),
    )


def _not_later(
    before: model.Date | model.Interval | None, after: model.Date | model.Interval | None
) -> bool:
    return before is None or after is None or before.earliest <= after.latest


def _concession(
    d: _Drawer,
    concession_id: str,
    actor_ids: list[str],
    issue_ids: list[str],
    positions: list[model.Position],
) -> model.Concession:
    draw = d.draw
    by = draw(st.sampled_from(actor_ids))
    to = d.some([a for a in actor_ids if a != by], min_size=1)
    issue = draw(st.sampled_from(issue_ids))
    own = [p.id for p in positions if p.actor == by and p.issue == issue]
    # Only other actors' demands (answers-own-position); an extent only of answers.
    answers = d.some([p.id for p in positions if p.actor != by])
    date, inferred = draw(_dated())
    reciprocity = None
    if draw(st.booleans()):
        reciprocity = model.Reciprocity(
            status=draw(_enum(model.ReciprocityStatus)),
            description=draw(_optional(_text())),
            evidence=d.evidence(),
            extensions=draw(_extensions()),
        )
    return model.Concession(
        id=concession_id,
        by=by,
        to=to,
        issue=issue,
        description=draw(_text()),
        kind=draw(_enum(model.ConcessionKind)),
        status=draw(_enum(model.ConcessionStatus)),
        confidence=draw(_enum(model.Confidence)),
        from_position=draw(_optional(st.sampled_from(own))) if own else None,
        to_position=draw(_optional(st.sampled_from(own))) if own else None,
        reciprocity=reciprocity,
        date=date,
        inferred_date_parts=inferred,
        answers=answers,
        extent=draw(_optional(_enum(model.Extent))) if answers else None,
        disclosure=draw(_optional(_enum(model.Disclosure))),
        evidence=d.evidence(min_size=1),
        extensions=draw(_extensions()),
    )


def _negotiated(
    d: _Drawer,
    concession: model.Concession,
    *,
    concessions: tuple[model.Concession, ...],
    pool: list[str],
    event_ids: list[str],
    document_ids: list[str],
) -> model.Concession:
    """``concession`` with conditions, a term, quantities, its life and what it was given for."""
    draw = d.draw
    reciprocity = concession.reciprocity
    others = [c.id for c in concessions if c.by != concession.by]
    # What was received was given: not one only demanded, refused or ruled out
    # (exchange-not-given).
    given = [c.id for c in concessions if c.by != concession.by and c.status not in NOT_GIVEN]
    if reciprocity is not None and others and draw(st.booleans()):
        status = draw(st.sampled_from([s for s in model.ReciprocityStatus if s.value != "none"]))
        pool = given if status is model.ReciprocityStatus.RECEIVED else others
        if pool:
            given_for = d.some(pool, min_size=1)
            reciprocity = attrs.evolve(reciprocity, status=status, in_return_for=given_for)
    under = draw(_optional(st.sampled_from(document_ids))) if document_ids else None
    return attrs.evolve(
        concession,
        reciprocity=reciprocity,
        conditions=d.conditions(pool, event_ids),
        term=d.term(event_ids) if draw(st.booleans()) else None,
        quantities=d.quantities(),
        stages=_stages(d, concession.status, event_ids),
        under=under,
        instruments=_instruments(d, document_ids, under),
        deadline=d.deadline(event_ids) if draw(st.booleans()) else None,
    )


def _instruments(
    d: _Drawer, document_ids: list[str], under: str | None
) -> tuple[model.InstrumentUse, ...]:
    """Instruments acted on, none of them `under` again what `under` names (instrument-twice)."""
    draw = d.draw
    if not document_ids:
        return ()
    found = []
    for document in draw(st.lists(st.sampled_from(document_ids), max_size=1)):
        actions = [
            a
            for a in model.InstrumentAction
            if a is not model.InstrumentAction.UNDER or document != under
        ]
        found.append(
            model.InstrumentUse(
                document=document,
                action=draw(st.sampled_from(actions)),
                evidence=d.evidence(),
                extensions=draw(_extensions()),
            )
        )
    return tuple(found)


def _stages(
    d: _Drawer, status: model.ConcessionStatus, event_ids: list[str]
) -> tuple[model.Stage, ...]:
    """A life that ends in ``status``, dated in order (by the first day each date can mean)."""
    draw = d.draw
    count = draw(st.integers(0, 3))
    if not count:
        return ()
    statuses = [draw(_enum(model.ConcessionStatus)) for _ in range(count - 1)] + [status]
    dates = sorted(
        (draw(_optional(whens())) for _ in range(count)),
        key=lambda when: (0, (0, 0, 0)) if when is None else (1, when.earliest),
    )
    return tuple(
        model.Stage(
            status=stage,
            date=when,
            event=draw(_optional(st.sampled_from(event_ids))) if event_ids else None,
            evidence=d.evidence(),
            extensions=draw(_extensions()),
        )
        for stage, when in zip(statuses, dates, strict=True)
    )


def _document(
    d: _Drawer,
    document_id: str,
    *,
    earlier: list[str],
    actor_ids: list[str],
    issue_ids: list[str],
    event_ids: list[str],
) -> model.Document:
    draw = d.draw
    # The dates that come in order, in that order (document-dates-reversed); published
    # at any time.
    days = sorted((draw(dates()) for _ in DOCUMENT_ORDER), key=lambda when: when.earliest)
    when = {
        name: day if draw(st.booleans()) else None
        for name, day in zip(DOCUMENT_ORDER, days, strict=True)
    }
    when["published"] = draw(_optional(dates()))
    given = [model.DocumentDate(name) for name in sorted(when) if when[name] is not None]
    # Only dates it gives (inferred-date-absent).
    inferred = tuple(draw(st.lists(st.sampled_from(given), unique=True))) if given else ()
    return model.Document(
        id=document_id,
        title=draw(_text()),
        kind=draw(_enum(model.DocumentKind)),
        status=draw(_enum(model.DocumentStatus)),
        parties=d.some(actor_ids),
        authors=d.some(actor_ids),
        targets=d.some(actor_ids),
        description=draw(_optional(_text())),
        issues=d.some(issue_ids),
        part_of=draw(_optional(st.sampled_from(earlier))) if earlier else None,
        **when,
        inferred_dates=inferred,
        term=d.term(event_ids) if draw(st.booleans()) else None,
        quantities=d.quantities(),
        evidence=d.evidence(min_size=1),
        extensions=draw(_extensions()),
    )


@st.composite
def _horizons(draw: st.DrawFn) -> model.Horizon:
    return model.Horizon(
        description=draw(_text()),
        duration=draw(_optional(_regex(_DURATION))),
        until=draw(_optional(whens())),
        extensions=draw(_extensions()),
    )


def _event(d: _Drawer, event_id: str, actor_ids: list[str], issue_ids: list[str]) -> model.Event:
    draw = d.draw
    date, inferred = draw(_dated())
    category = draw(_enum(model.EventCategory))
    modes = model.PLOVER_MODES[category]
    evidence = d.evidence(min_size=1)
    quote = evidence[0].quote
    spans = draw(
        st.lists(st.tuples(st.integers(0, len(quote)), st.integers(0, len(quote))), max_size=2)
    )
    triggers = dict.fromkeys(quote[min(a, b) : max(a, b)] for a, b in spans)
    triggers.pop("", None)
    return model.Event(
        id=event_id,
        category=category,
        actors=d.some(actor_ids, min_size=1),
        description=draw(_text()),
        recipients=d.some(actor_ids),
        issues=d.some(issue_ids),
        date=date,
        inferred_date_parts=inferred,
        place=draw(_optional(_text())),
        mode=draw(st.none() | st.sampled_from(modes)) if modes else None,
        contexts=tuple(draw(st.lists(_enum(model.PloverContext), unique=True, max_size=3))),
        triggers=tuple(triggers),
        status=draw(_optional(_enum(model.EventStatus))),
        forum=draw(_optional(st.sampled_from(actor_ids))),
        participants=tuple(
            model.Participant(
                actor=actor,
                role=draw(_enum(model.ParticipantRole)),
                # Never on behalf of itself (participant-for-itself).
                on_behalf_of=draw(_optional(st.sampled_from([a for a in actor_ids if a != actor])))
                if len(actor_ids) > 1
                else None,
                evidence=d.evidence(),
                extensions=draw(_extensions()),
            )
            # At most one: every field is met, and a brief stays small to draw.
            for actor in draw(st.lists(st.sampled_from(actor_ids), max_size=1))
        ),
        evidence=evidence,
        extensions=draw(_extensions()),
    )


@st.composite
def _likelihoods(draw: st.DrawFn) -> model.Likelihood:
    scale = draw(_enum(model.LikelihoodScale))
    terms = list(model.LIKELIHOOD_SCALES.get(scale, model.LikelihoodTerm))
    term = draw(st.sampled_from(terms))
    return model.Likelihood(term=term, scale=scale, extensions=draw(_extensions()))


def _judgment(d: _Drawer, judgment_id: str, pool: list[str]) -> model.Judgment:
    draw = d.draw
    made, decided = sorted(
        (draw(_optional(dates())) for _ in range(2)),
        key=lambda when: (0, (0, 0, 0)) if when is None else (1, when.earliest),
    )
    if made is not None and decided is not None and decided.earliest < made.latest:
        decided = None  # overlapping: the outcome might be dated before it
    return model.Judgment(
        id=judgment_id,
        statement=draw(_text()),
        confidence=draw(_enum(model.Confidence)),
        likelihood=draw(_optional(_likelihoods())),
        hedge=draw(_optional(_text())),
        about=d.some(pool),
        made=made,
        quantities=d.quantities(),
        outcome=model.Outcome(
            status=draw(_enum(model.OutcomeStatus)),
            # Not before the judgment was made (outcome-before-judgment).
            date=decided,
            description=draw(_optional(_text())),
            evidence=d.evidence(),
            extensions=draw(_extensions()),
        )
        if draw(st.booleans())
        else None,
        evidence=d.evidence(min_size=1),
        extensions=draw(_extensions()),
    )
