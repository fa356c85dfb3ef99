"""Ids and references: every id used once, every reference to an object of a kind it may name."""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from briefschema._anatomy import LISTED, LISTS
from briefschema._rules._core import Context, _ref_path, rule


@rule(
    "duplicate-id",
    "Two objects of the brief have the same id; ids are unique across all lists.",
    "An actor and an issue both have the id `syria`.",
)
def _duplicate_id(ctx: Context) -> Iterator[tuple[str, str]]:
    by_id = ctx.by_id
    if len(by_id) == sum(len(ctx.of_type(kind)) for kind in LISTED):
        return  # as many ids as listed objects: none is used twice
    for name in LISTS:
        for index, obj in enumerate(getattr(ctx.brief, name)):
            first = by_id[obj.id]
            if first is not obj:
                yield (
                    f"$.{name}[{index}].id",
                    f"the id {obj.id!r} is already used at {ctx.places.listed(first)}",
                )


@rule(
    "unresolved-reference",
    "A reference names an id that no object of the brief has.",
    "A position's `actor` is `nato` but no actor has the id `nato`.",
)
def _unresolved(ctx: Context) -> Iterator[tuple[str, str]]:
    suggestions = SUGGESTIONS
    for kind, place, name, index, ref, kinds in ctx.misreferences:
        if ref not in ctx.by_id:
            if ref in ctx.left_out:  # not missing, malformed: neither searched nor shown
                continue
            near = _near_id(ctx, ref, kinds) if suggestions > 0 else None
            suggestions -= 1
            yield (
                _ref_path(ctx, kind, place, name, index),
                f"no object has the id {ref!r}" + (f"; did you mean {near!r}?" if near else ""),
            )


SUGGESTIONS = 20
"""How many unresolved references of a brief get a "did you mean" (a bound on the cost)."""
SUGGESTION_POOL = 10_000
"""Beyond this many ids, no suggestions are looked for."""


def _near_id(ctx: Context, ref: str, kinds: tuple[str, ...]) -> str | None:
    """The id of the allowed kinds most like ``ref``, if one is close enough."""
    if len(ctx.by_id) > SUGGESTION_POOL:
        return None
    pool = [key for key, found in ctx.by_id.items() if not kinds or type(found).__name__ in kinds]
    close = difflib.get_close_matches(ref, pool, n=1, cutoff=0.6)
    return close[0] if close else None


@rule(
    "wrong-reference-kind",
    "A reference names an object of a kind the field does not allow.",
    "A position's `actor` is `syria-conflict`, which is an issue, not an actor.",
)
def _wrong_kind(ctx: Context) -> Iterator[tuple[str, str]]:
    by_id = ctx.by_id
    for kind, place, name, index, ref, kinds in ctx.misreferences:
        target = by_id.get(ref)
        if target is not None and kinds and type(target).__name__ not in kinds:
            wanted = " or ".join(_article(allowed) for allowed in kinds)
            got = _article(type(target).__name__)
            yield (
                _ref_path(ctx, kind, place, name, index),
                f"{ref!r} is {got}, but this field needs {wanted}",
            )


def _article(kind: str) -> str:
    return f"{'an' if kind[0] in 'AEIOU' else 'a'} {kind}"
