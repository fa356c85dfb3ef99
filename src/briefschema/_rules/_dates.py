"""Dates: intervals in order, inferred parts named."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import attrs

from briefschema import model
from briefschema._anatomy import per_class
from briefschema._problems import join
from briefschema._rules._core import Context, rule


@per_class
def _when_fields(cls: type[Any]) -> tuple[str, ...]:
    """The fields of ``cls`` that date it (``as_of``, ``date``), cached."""
    return tuple(name for name in ("as_of", "date") if name in attrs.fields_dict(cls))


@per_class
def _inferred_date(cls: type[Any]) -> str | None:
    """The field of ``cls`` whose parts ``inferred_date_parts`` names, if it has that list."""
    if "inferred_date_parts" not in attrs.fields_dict(cls):
        return None
    (name,) = _when_fields(cls)
    return name


@rule(
    "interval-reversed",
    "An interval starts after it ends (an affiliation's `start` after its `end` counts too).",
    "`2013-05-08/2013-05-07`.",
)
def _interval_reversed(ctx: Context) -> Iterator[tuple[str, str]]:
    for kind, objects in ctx.by_type.items():
        for name in _when_fields(kind):
            for place, obj in enumerate(objects):
                when = getattr(obj, name)
                if type(when) is model.Interval and when.reversed:
                    where = join(ctx.places.path(kind, place), name)
                    yield where, f"the interval {when} starts after it ends"
    for place, obj in enumerate(ctx.of_type(model.Affiliation)):
        start, end = obj.start, obj.end
        if start is not None and end is not None and start.earliest > end.latest:
            yield (
                join(ctx.places.path(model.Affiliation, place), "end"),
                f"the membership ends ({end}) before it starts ({start})",
            )


_PART_ORDER = (model.DatePart.YEAR, model.DatePart.MONTH, model.DatePart.DAY)
_YEAR_ONLY = (model.DatePart.YEAR,)


@rule(
    "inferred-part-missing",
    "`inferred_date_parts` names a part that the date does not have, or there is no date.",
    '`inferred_date_parts: ["day"]` on an event dated `2013-05`.',
)
def _inferred_part(ctx: Context) -> Iterator[tuple[str, str]]:
    for kind, objects in ctx.by_type.items():
        name = _inferred_date(kind)
        if name is None:
            continue
        for place, obj in enumerate(objects):
            parts = obj.inferred_date_parts
            if not parts:
                continue
            when = getattr(obj, name)
            if when is not None and parts == _YEAR_ONLY:
                continue  # every date gives its year
            finest = -1 if when is None else _PART_ORDER.index(when.precision)
            for index, part in enumerate(parts):
                if _PART_ORDER.index(part) > finest:
                    yield (
                        join(join(ctx.places.path(kind, place), "inferred_date_parts"), index),
                        f"the {part.value} is said to be inferred, but `{name}` gives no "
                        f"{part.value}",
                    )
