"""Positions and concessions: histories and what a concession moved."""

from __future__ import annotations

from collections.abc import Iterator

from briefschema import model
from briefschema._problems import join
from briefschema._rules._core import Context, _cycle, rule


def _position(ctx: Context, ref: str | None) -> model.Position | None:
    target = ctx.by_id.get(ref) if ref else None
    return target if isinstance(target, model.Position) else None


@rule(
    "previous-mismatch",
    "A position's `previous` position belongs to another actor or another issue.",
    "`pos-us-assad` (actor `us`) has `previous: pos-russia-assad` (actor `russia`).",
)
def _previous_mismatch(ctx: Context) -> Iterator[tuple[str, str]]:
    for place, obj in enumerate(ctx.of_type(model.Position)):
        if obj.previous is None:
            continue
        before = _position(ctx, obj.previous)
        if before is None:
            continue
        for name in ("actor", "issue"):
            if getattr(before, name) != getattr(obj, name):
                yield (
                    join(ctx.places.path(model.Position, place), "previous"),
                    f"the previous position {before.id!r} has {name} {getattr(before, name)!r}, "
                    f"not {getattr(obj, name)!r}",
                )


@rule(
    "conditional-without-condition",
    "A position's stance is `conditional` but it states no `conditions`.",
    "`pos-russia-syria` with `stance: conditional` and no `conditions`.",
    warning=True,
)
def _conditional_without_condition(ctx: Context) -> Iterator[tuple[str, str]]:
    for place, obj in enumerate(ctx.of_type(model.Position)):
        if obj.stance is model.Stance.CONDITIONAL and not obj.conditions:
            yield (
                join(ctx.places.path(model.Position, place), "stance"),
                f"{obj.id!r} is conditional but states no conditions: give them, or another stance",
            )


@rule(
    "previous-not-earlier",
    "A position's `previous` position is dated after it.",
    "`as_of: 2013-05` with a previous position `as_of: 2013-06`.",
)
def _previous_not_earlier(ctx: Context) -> Iterator[tuple[str, str]]:
    for place, obj in enumerate(ctx.of_type(model.Position)):
        if obj.previous is None or obj.as_of is None:
            continue
        before = _position(ctx, obj.previous)
        if before is None or before.as_of is None:
            continue
        if before.as_of.earliest > obj.as_of.latest:
            yield (
                join(ctx.places.path(model.Position, place), "previous"),
                f"the previous position is dated {before.as_of}, after this one ({obj.as_of})",
            )


@rule(
    "previous-cycle",
    "Following `previous` from a position leads back to it.",
    "`pos-a` has `previous: pos-b` and `pos-b` has `previous: pos-a`.",
)
def _previous_cycle(ctx: Context) -> Iterator[tuple[str, str]]:
    yield from _cycle(ctx, model.Position, "previous")


@rule(
    "concession-to-self",
    "A concession names its own conceding actor among those it was made to.",
    "`by: us` and `to: [us]`.",
)
def _to_self(ctx: Context) -> Iterator[tuple[str, str]]:
    for place, obj in enumerate(ctx.of_type(model.Concession)):
        for index, actor in enumerate(obj.to):
            if actor == obj.by:
                yield (
                    join(join(ctx.places.path(model.Concession, place), "to"), index),
                    f"{actor!r} cannot concede to itself",
                )


@rule(
    "concession-position-mismatch",
    "A concession's `from_position` or `to_position` is not a position of the conceding "
    "actor on the concession's issue.",
    "A concession `by: us` on `missile-defence` with `to_position: pos-russia-missile-defence`.",
)
def _concession_positions(ctx: Context) -> Iterator[tuple[str, str]]:
    for place, obj in enumerate(ctx.of_type(model.Concession)):
        for name in ("from_position", "to_position"):
            position = _position(ctx, getattr(obj, name))
            if position is None:
                continue
            if position.actor != obj.by or position.issue != obj.issue:
                yield (
                    join(ctx.places.path(model.Concession, place), name),
                    f"{position.id!r} is a position of {position.actor!r} on {position.issue!r}, "
                    f"not of {obj.by!r} on {obj.issue!r}",
                )
