"""Exchanges, conditions, quantities and stages."""

from __future__ import annotations

from collections.abc import Iterator

from briefschema import model
from briefschema._problems import join
from briefschema._rules._core import Context, rule


@rule(
    "exchange-with-self",
    "A concession's `reciprocity.in_return_for` names the concession itself.",
    "Concession `con-relief` with `in_return_for: [con-relief]`.",
)
def _exchange_with_self(ctx: Context) -> Iterator[tuple[str, str]]:
    for place, obj, reciprocity in _exchanges(ctx):
        for index, other in enumerate(reciprocity.in_return_for):
            if other == obj.id:
                yield (
                    _in_return_for(ctx, place, index),
                    f"{obj.id!r} cannot be given in return for itself",
                )


@rule(
    "exchange-status",
    "A concession's reciprocity says nothing is received or expected (`status: none`), yet "
    "names concessions given in return.",
    '`{"status": "none", "in_return_for": ["con-relief"]}`.',
)
def _exchange_status(ctx: Context) -> Iterator[tuple[str, str]]:
    for place, obj, reciprocity in _exchanges(ctx):
        if reciprocity.status is model.ReciprocityStatus.NONE:
            yield (
                join(join(ctx.places.path(model.Concession, place), "reciprocity"), "status"),
                f"{obj.id!r} names concessions given in return, so something is received "
                "or expected: `received` or `expected`, not `none`",
            )


@rule(
    "exchange-same-side",
    "A concession is said to be given in return for a concession of the same actor.",
    "`con-us-1` by `us` with `in_return_for: [con-us-2]`, also by `us`.",
    warning=True,
)
def _exchange_same_side(ctx: Context) -> Iterator[tuple[str, str]]:
    for place, obj, reciprocity in _exchanges(ctx):
        for index, other_id in enumerate(reciprocity.in_return_for):
            other = ctx.by_id.get(other_id)
            if other_id != obj.id and type(other) is model.Concession and other.by == obj.by:
                yield (
                    _in_return_for(ctx, place, index),
                    f"{other_id!r} is also a concession of {obj.by!r}: an exchange is "
                    "between two sides",
                )


def _exchanges(ctx: Context) -> Iterator[tuple[int, model.Concession, model.Reciprocity]]:
    """The concessions whose reciprocity names others, with their places."""
    for place, obj in enumerate(ctx.of_type(model.Concession)):
        if obj.reciprocity is not None and obj.reciprocity.in_return_for:
            yield place, obj, obj.reciprocity


def _in_return_for(ctx: Context, place: int, index: int) -> str:
    path = ctx.places.path(model.Concession, place)
    return join(join(join(path, "reciprocity"), "in_return_for"), index)


@rule(
    "condition-on-itself",
    "A condition of a position or a concession names the very object that holds it.",
    "Concession `con-relief` with a condition `about: [con-relief]`.",
)
def _condition_on_itself(ctx: Context) -> Iterator[tuple[str, str]]:
    for cls in (model.Position, model.Concession):
        for place, obj in enumerate(ctx.of_type(cls)):
            for index, condition in enumerate(obj.conditions):
                if obj.id in condition.about:
                    where = join(join(ctx.places.path(cls, place), "conditions"), index)
                    yield (
                        join(join(where, "about"), condition.about.index(obj.id)),
                        f"{obj.id!r} cannot depend on itself",
                    )


@rule(
    "comparator-without-value",
    "A quantity has a `from_comparator` but no `from_value` for it to qualify.",
    '`{"measure": "centrifuges", "value": "6104", "unit": "centrifuges", '
    '"from_comparator": "about"}`.',
)
def _comparator_without_value(ctx: Context) -> Iterator[tuple[str, str]]:
    for place, obj in enumerate(ctx.of_type(model.Quantity)):
        if obj.from_comparator is not None and obj.from_value is None:
            yield (
                join(ctx.places.path(model.Quantity, place), "from_comparator"),
                f"from_comparator {obj.from_comparator.value!r} qualifies no from_value: "
                "give the amount the change starts from, or leave both out",
            )


@rule(
    "stages-out-of-order",
    "A stage of a concession's life is dated before the stage listed before it.",
    "`stages: [{status: made, date: 1979-03-26}, {status: proposed, date: 1978-09-17}]`.",
)
def _stages_out_of_order(ctx: Context) -> Iterator[tuple[str, str]]:
    for place, obj in enumerate(ctx.of_type(model.Concession)):
        previous = None  # the date of the last dated stage so far
        for index, stage in enumerate(obj.stages):
            if stage.date is None:
                continue
            if previous is not None and stage.date.latest < previous.earliest:
                where = join(
                    join(join(ctx.places.path(model.Concession, place), "stages"), index), "date"
                )
                yield where, f"{stage.date} is before {previous}, the stage listed before it"
            previous = stage.date


@rule(
    "stage-status-mismatch",
    "A concession's `status` is not the status of the last stage of its life.",
    "`status: proposed` with `stages` ending in `implemented`.",
    warning=True,
)
def _stage_status(ctx: Context) -> Iterator[tuple[str, str]]:
    for place, obj in enumerate(ctx.of_type(model.Concession)):
        if obj.stages and obj.stages[-1].status is not obj.status:
            yield (
                join(ctx.places.path(model.Concession, place), "status"),
                f"the status is {obj.status.value!r}, but the last stage is "
                f"{obj.stages[-1].status.value!r}",
            )


@rule(
    "position-concession-issue",
    "A position on a concession is on another issue than the concession.",
    "A position on `sanctions` with `concession: con-missile-defence`, which is on "
    "`missile-defence`.",
    warning=True,
)
def _position_concession_issue(ctx: Context) -> Iterator[tuple[str, str]]:
    for place, obj in enumerate(ctx.of_type(model.Position)):
        target = ctx.by_id.get(obj.concession) if obj.concession is not None else None
        if type(target) is model.Concession and target.issue != obj.issue:
            yield (
                join(ctx.places.path(model.Position, place), "concession"),
                f"{target.id!r} is on {target.issue!r}, not on {obj.issue!r}",
            )


@rule(
    "term-start-twice",
    "A term (or a deadline) gives both a `start` date and a `starts_with` event: one of them "
    "says when it starts.",
    "`term: {duration: P90D, start: 2018-09-19, starts_with: ev-summit}`.",
    warning=True,
)
def _term_start_twice(ctx: Context) -> Iterator[tuple[str, str]]:
    for cls, name in ((model.Term, "term"), (model.Deadline, "deadline")):
        for place, obj in enumerate(ctx.of_type(cls)):
            if obj.start is not None and obj.starts_with is not None:
                yield (
                    join(ctx.places.path(cls, place), "starts_with"),
                    f"the {name} starts on {obj.start} and with {obj.starts_with!r}: give one",
                )


@rule(
    "deadline-empty",
    "A deadline gives neither `within` (a duration) nor `by` (a date).",
    '`deadline: {"description": "soon"}`.',
)
def _deadline_empty(ctx: Context) -> Iterator[tuple[str, str]]:
    for place, obj in enumerate(ctx.of_type(model.Deadline)):
        if obj.within is None and obj.by is None:
            yield (
                ctx.places.path(model.Deadline, place),
                "a deadline says by when: give `within` (e.g. P90D), `by` (a date) or both",
            )


@rule(
    "answers-own-position",
    "A concession `answers` a position of the actor that makes it: it answers the other "
    "side's demands.",
    "`con-us-pledge` by `us` with `answers: [pos-us-quarantine]`, a position of `us`.",
)
def _answers_own_position(ctx: Context) -> Iterator[tuple[str, str]]:
    for place, obj in enumerate(ctx.of_type(model.Concession)):
        for index, ref in enumerate(obj.answers):
            target = ctx.by_id.get(ref)
            if type(target) is model.Position and target.actor == obj.by:
                yield (
                    join(join(ctx.places.path(model.Concession, place), "answers"), index),
                    f"{ref!r} is a position of {obj.by!r} itself: a concession answers "
                    "another actor's demand",
                )


@rule(
    "extent-without-answers",
    "A concession gives an `extent` but `answers` no demand for it to meet.",
    '`{"extent": "partial"}` with no `answers`.',
)
def _extent_without_answers(ctx: Context) -> Iterator[tuple[str, str]]:
    for place, obj in enumerate(ctx.of_type(model.Concession)):
        if obj.extent is not None and not obj.answers:
            yield (
                join(ctx.places.path(model.Concession, place), "extent"),
                f"extent {obj.extent.value!r} of what? Name the demands it meets in `answers`",
            )


NOT_GIVEN = frozenset(
    (
        model.ConcessionStatus.DEMANDED,
        model.ConcessionStatus.REFUSED,
        model.ConcessionStatus.RULED_OUT,
    )
)
"""The statuses of a concession that was never given."""


@rule(
    "exchange-not-given",
    "A concession's reciprocity says something was `received` in return, and names a "
    "concession that was only demanded, refused or ruled out.",
    '`{"status": "received", "in_return_for": ["con-guantanamo"]}`, a concession `refused`.',
)
def _exchange_not_given(ctx: Context) -> Iterator[tuple[str, str]]:
    for place, _, reciprocity in _exchanges(ctx):
        if reciprocity.status is not model.ReciprocityStatus.RECEIVED:
            continue
        for index, other_id in enumerate(reciprocity.in_return_for):
            other = ctx.by_id.get(other_id)
            if type(other) is model.Concession and other.status in NOT_GIVEN:
                yield (
                    _in_return_for(ctx, place, index),
                    f"{other_id!r} was {other.status.value}, never given, so it was not "
                    "received: say `expected`, or name what was given",
                )


@rule(
    "instrument-twice",
    "A concession's `instruments` say it is made `under` the document its `under` names already.",
    '`under: doc-jcpoa` and `instruments: [{"document": "doc-jcpoa", "action": "under"}]`.',
)
def _instrument_twice(ctx: Context) -> Iterator[tuple[str, str]]:
    for place, obj in enumerate(ctx.of_type(model.Concession)):
        for index, use in enumerate(obj.instruments):
            if use.action is model.InstrumentAction.UNDER and use.document == obj.under:
                yield (
                    join(join(ctx.places.path(model.Concession, place), "instruments"), index),
                    f"{use.document!r} is already `under`: list here only the others",
                )
