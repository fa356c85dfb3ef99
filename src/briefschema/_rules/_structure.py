"""Issues, actors, documents and judgments: what belongs to what."""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefschema import model
from briefschema._problems import join
from briefschema._rules._core import Context, _cycle, rule


@rule(
    "issue-cycle",
    "Following `parent` from an issue leads back to it: the issue tree has a cycle.",
    "`assad-role` has `parent: syria-conflict` and `syria-conflict` has `parent: assad-role`.",
)
def _issue_cycle(ctx: Context) -> Iterator[tuple[str, str]]:
    yield from _cycle(ctx, model.Issue, "parent")


@rule(
    "self-affiliation",
    "An actor is affiliated with itself.",
    "Actor `kerry` with an affiliation whose `organization` is `kerry`.",
)
def _self_affiliation(ctx: Context) -> Iterator[tuple[str, str]]:
    for place, obj in enumerate(ctx.of_type(model.Actor)):
        for index, membership in enumerate(obj.affiliations):
            if membership.organization == obj.id:
                where = join(
                    join(join(ctx.places.path(model.Actor, place), "affiliations"), index),
                    "organization",
                )
                yield where, f"{obj.id!r} cannot be a member of itself"


@rule(
    "member-of-itself",
    "A coalition or group names itself among its members.",
    "Actor `p5-plus-1` with `members: [p5-plus-1, us]`.",
)
def _member_of_itself(ctx: Context) -> Iterator[tuple[str, str]]:
    for place, obj in enumerate(ctx.of_type(model.Actor)):
        if obj.id in obj.members:
            where = join(ctx.places.path(model.Actor, place), "members")
            yield join(where, obj.members.index(obj.id)), f"{obj.id!r} cannot be its own member"


NO_PARTS = (model.ActorKind.PERSON, model.ActorKind.STATE)
"""The kinds of actor that have no `members` and are `part_of` nothing: a person's posts
are `affiliations`, and a state is a whole (its organs have `part_of` it)."""


@rule(
    "actor-kind-structure",
    "A person or a state has `members` or `part_of` (a person's posts are `affiliations`; a "
    "state's organs are bodies `part_of` it).",
    "Actor `kerry` (a person) with `part_of: us`.",
    warning=True,
)
def _actor_kind_structure(ctx: Context) -> Iterator[tuple[str, str]]:
    for place, obj in enumerate(ctx.of_type(model.Actor)):
        if obj.kind not in NO_PARTS:
            continue
        where = ctx.places.path(model.Actor, place)
        instead = "affiliations" if obj.kind is model.ActorKind.PERSON else "a coalition or body"
        if obj.members:
            yield (
                join(where, "members"),
                f"{obj.id!r} is a {obj.kind.value}, which has no members: use {instead}",
            )
        if obj.part_of is not None:
            yield (
                join(where, "part_of"),
                f"{obj.id!r} is a {obj.kind.value}, which is part of nothing: use {instead}",
            )


@rule(
    "part-of-cycle",
    "Following `part_of` from an actor leads back to it: a body inside itself.",
    "`security-council` has `part_of: un` and `un` has `part_of: security-council`.",
)
def _part_of_cycle(ctx: Context) -> Iterator[tuple[str, str]]:
    yield from _cycle(ctx, model.Actor, "part_of")


@rule(
    "member-cycle",
    "Following `members` from an actor leads back to it through another: A lists B as a "
    "member and B lists A (an actor listing itself is `member-of-itself`).",
    "`p5-plus-1` has `members: [eu3]` and `eu3` has `members: [p5-plus-1]`.",
    warning=True,
)
def _member_cycle(ctx: Context) -> Iterator[tuple[str, str]]:
    yield from _cycle(ctx, model.Actor, "members", self_loops=False)


@rule(
    "document-cycle",
    "Following `part_of` from a document leads back to it.",
    "`doc-protocol` has `part_of: doc-treaty` and `doc-treaty` has `part_of: doc-protocol`.",
)
def _document_cycle(ctx: Context) -> Iterator[tuple[str, str]]:
    yield from _cycle(ctx, model.Document, "part_of")


DOCUMENT_ORDER = tuple(
    date.value for date in model.DocumentDate if date is not model.DocumentDate.PUBLISHED
)
"""A document's dates that come in order: proposed, agreed, signed, in force, ended."""
_DOCUMENT_DATES = tuple(
    (first, then)
    for at, then in enumerate(DOCUMENT_ORDER)
    for first in reversed(DOCUMENT_ORDER[:at])
)
"""Each pair of dates that come in this order: the later date first, each with the dates
before it, nearest first (`published` may fall anywhere)."""


@rule(
    "document-dates-reversed",
    "A document's dates run backwards: it was agreed before it was proposed, signed before "
    "it was proposed or agreed, entered into force before it was signed or agreed, or ended "
    "before any of these.",
    "`signed: 2010-04-08`, `in_force: 2009-02-05`.",
)
def _document_dates(ctx: Context) -> Iterator[tuple[str, str]]:
    for place, obj in enumerate(ctx.of_type(model.Document)):
        for first, then in _DOCUMENT_DATES:
            before, after = getattr(obj, first), getattr(obj, then)
            if before is not None and after is not None and after.latest < before.earliest:
                yield (
                    join(ctx.places.path(model.Document, place), then),
                    f"{then} ({after}) is before {first} ({before})",
                )
                break


@rule(
    "inferred-date-absent",
    "A document's `inferred_dates` names a date the document does not give.",
    "`inferred_dates: [signed]` on a document without `signed`.",
)
def _inferred_date_absent(ctx: Context) -> Iterator[tuple[str, str]]:
    for place, obj in enumerate(ctx.of_type(model.Document)):
        for index, name in enumerate(obj.inferred_dates):
            if getattr(obj, name.value) is None:
                yield (
                    join(join(ctx.places.path(model.Document, place), "inferred_dates"), index),
                    f"{obj.id!r} gives no {name.value} date to be inferred",
                )


@rule(
    "event-cycle",
    "Following `part_of` from an event leads back to it: a round inside itself.",
    "`ev-round-1` has `part_of: ev-geneva-ii` and `ev-geneva-ii` has `part_of: ev-round-1`.",
)
def _event_cycle(ctx: Context) -> Iterator[tuple[str, str]]:
    yield from _cycle(ctx, model.Event, "part_of")


@rule(
    "participant-for-itself",
    "A participant of an event is said to act `on_behalf_of` itself.",
    '`{"actor": "brahimi", "role": "mediator", "on_behalf_of": "brahimi"}`.',
)
def _participant_for_itself(ctx: Context) -> Iterator[tuple[str, str]]:
    for place, obj in enumerate(ctx.of_type(model.Participant)):
        if obj.on_behalf_of is not None and obj.on_behalf_of == obj.actor:
            yield (
                join(ctx.places.path(model.Participant, place), "on_behalf_of"),
                f"{obj.actor!r} cannot take part on behalf of itself: leave it out",
            )


@rule(
    "outcome-before-judgment",
    "A judgment's `outcome` is dated before the judgment was `made`.",
    "`made: 2018-04-27` with `outcome: {status: borne-out, date: 2017-09}`.",
)
def _outcome_before_judgment(ctx: Context) -> Iterator[tuple[str, str]]:
    for place, obj in enumerate(ctx.of_type(model.Judgment)):
        outcome = obj.outcome
        if obj.made is None or outcome is None or outcome.date is None:
            continue
        if outcome.date.latest < obj.made.earliest:
            yield (
                join(join(ctx.places.path(model.Judgment, place), "outcome"), "date"),
                f"the outcome ({outcome.date}) is before the judgment was made ({obj.made})",
            )


@rule(
    "judgment-basis-cycle",
    "Following `based_on` from a judgment leads back to it: a judgment resting on itself.",
    "`j-deal` is based on `j-pressure`, which is based on `j-deal`.",
)
def _judgment_basis_cycle(ctx: Context) -> Iterator[tuple[str, str]]:
    yield from _cycle(ctx, model.Judgment, "based_on")


IDENTIFIER_FORMATS = {
    "wikidata": re.compile(r"Q[1-9][0-9]*"),
    "viaf": re.compile(r"[1-9][0-9]*"),
    "isni": re.compile(r"[0-9]{15}[0-9X]"),
    "orcid": re.compile(r"[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]"),
    "geonames": re.compile(r"[1-9][0-9]*"),
}


@rule(
    "identifier-format",
    "An identifier of a known scheme (wikidata, viaf, isni, orcid, geonames) is not in that "
    "scheme's form.",
    '`{"scheme": "wikidata", "value": "7747"}` (a Wikidata item id starts with `Q`).',
)
def _identifier_format(ctx: Context) -> Iterator[tuple[str, str]]:
    for place, obj in enumerate(ctx.of_type(model.Identifier)):
        form = IDENTIFIER_FORMATS.get(obj.scheme)
        if form is not None and not form.fullmatch(obj.value):
            yield (
                join(ctx.places.path(model.Identifier, place), "value"),
                f"{obj.value!r} is not a {obj.scheme} identifier (expected {form.pattern})",
            )


@rule(
    "likelihood-scale",
    "A likelihood's term does not belong to the scale it names.",
    '`{"term": "probable", "scale": "icd-203-likelihood"}`.',
)
def _likelihood_scale(ctx: Context) -> Iterator[tuple[str, str]]:
    for place, obj in enumerate(ctx.of_type(model.Likelihood)):
        if obj.scale is model.LikelihoodScale.UNNAMED:
            continue  # no scale named: any term, with no odds
        terms = model.LIKELIHOOD_SCALES[obj.scale]
        if obj.term not in terms:
            allowed = ", ".join(repr(t.value) for t in terms)
            yield (
                join(ctx.places.path(model.Likelihood, place), "term"),
                f"{obj.term.value!r} is not a term of {obj.scale.value} ({allowed})",
            )


@rule(
    "mode-category",
    "An event's `mode` is not one of the modes PLOVER gives its category (`PLOVER_MODES`).",
    "A CONSULT event with `mode: firearms` (CONSULT's modes are visit, third-party, "
    "multilateral, phone).",
)
def _mode_category(ctx: Context) -> Iterator[tuple[str, str]]:
    for place, obj in enumerate(ctx.of_type(model.Event)):
        modes = model.PLOVER_MODES[obj.category]
        if obj.mode is not None and obj.mode not in modes:
            allowed = ", ".join(m.value for m in modes) or "none"
            yield (
                join(ctx.places.path(model.Event, place), "mode"),
                f"{obj.mode.value!r} is not a PLOVER mode of {obj.category.value} "
                f"(its modes: {allowed})",
            )


@rule(
    "trigger-not-in-quote",
    "An event's `triggers` are not all words of its first evidence quote, or it has none.",
    '`triggers: ["met"]` on an event whose first quote is `Kerry visited Moscow`.',
)
def _trigger_not_in_quote(ctx: Context) -> Iterator[tuple[str, str]]:
    for place, obj in enumerate(ctx.of_type(model.Event)):
        quote = obj.evidence[0].quote if obj.evidence else None
        for index, trigger in enumerate(obj.triggers):
            if quote is None or trigger not in quote:
                yield (
                    join(join(ctx.places.path(model.Event, place), "triggers"), index),
                    f"{trigger!r} is not in the event's first quote"
                    if quote is not None
                    else f"{trigger!r} names words of a quote, but the event has no evidence",
                )
