"""What changed between two briefs: moved stances, concessions made or withdrawn, new events.

Two versions of one brief, or two briefs on the same actors, are compared by
what an analyst follows, not by JSON: each actor's current position on each
issue (the one no other position names as ``previous``) is matched by actor
and issue, so renamed position ids do not hide a change of stance; concessions,
events and judgments are matched by id; actors and issues by id.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from briefschema import model

__all__ = ["Change", "Diff", "diff"]

POSITION_FIELDS = ("stance", "firmness", "trend", "statement", "as_of", "basis", "confidence")
"""The fields of a position whose change is reported, in this order."""
CONCESSION_FIELDS = ("status", "kind", "description", "date", "confidence")
JUDGMENT_FIELDS = ("statement", "confidence", "likelihood")


@attrs.frozen
class Change:
    """One difference between two briefs.

    Attributes:
        kind: ``added``, ``removed`` or ``changed``.
        what: the kind of object: ``actor``, ``issue``, ``position``,
            ``concession``, ``event`` or ``judgment``.
        key: what identifies it: its id, or ``actor/issue`` for a position.
        field: for ``changed``, the field that changed.
        old: the value before (JSON form), or None.
        new: the value after (JSON form), or None.
        label: a few words naming the object for people.

    """

    kind: str
    what: str
    key: str
    field: str | None = None
    old: Any = None
    new: Any = None
    label: str = ""

    def __str__(self) -> str:
        if self.kind == "changed":
            return f"{self.what} {self.label}: {self.field} {_show(self.old)} -> {_show(self.new)}"
        return f"{self.kind} {self.what} {self.label}"


@attrs.frozen
class Diff:
    """Every change from one brief to another, grouped by kind of object."""

    changes: tuple[Change, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.changes)

    def to_json(self) -> dict[str, Any]:
        """The changes as plain JSON data, for systems."""
        return {
            "changes": [
                {k: v for k, v in attrs.asdict(change).items() if v is not None}
                for change in self.changes
            ]
        }

    def to_text(self) -> str:
        """The changes for people, one a line, or a sentence saying there are none."""
        if not self.changes:
            return "no changes\n"
        return "".join(f"{change}\n" for change in self.changes)


def _show(value: Any) -> str:
    if value is None:
        return "(none)"
    if isinstance(value, dict):
        return ", ".join(f"{k} {v}" for k, v in value.items())
    return repr(value) if isinstance(value, str) else str(value)


def _json(value: Any) -> Any:
    from briefschema import _converter  # noqa: PLC0415 - the converter imports the model

    return _converter.unstructure(value) if value is not None else None


def _current(brief: model.Brief) -> dict[tuple[str, str], model.Position]:
    superseded = {p.previous for p in brief.positions if p.previous}
    return {(p.actor, p.issue): p for p in brief.positions if p.id not in superseded}


def _fields(
    what: str, key: str, label: str, pair: tuple[Any, Any], names: Iterable[str]
) -> Iterator[Change]:
    old, new = pair
    for name in names:
        before, after = _json(getattr(old, name)), _json(getattr(new, name))
        if before != after:
            yield Change("changed", what, key, name, before, after, label)


def _by_id(
    what: str,
    old: Iterable[Any],
    new: Iterable[Any],
    fields: Iterable[str],
    label: Any,
) -> Iterator[Change]:
    before = {o.id: o for o in old}
    after = {o.id: o for o in new}
    for key, obj in after.items():
        if key not in before:
            yield Change("added", what, key, label=label(obj))
        else:
            yield from _fields(what, key, label(obj), (before[key], obj), fields)
    for key, obj in before.items():
        if key not in after:
            yield Change("removed", what, key, label=label(obj))


def diff(old: model.Brief, new: model.Brief) -> Diff:
    """What changed from ``old`` to ``new``.

    Positions are compared by actor and issue (each actor's current position on
    each issue); everything else by id. Changes come grouped: actors, issues,
    positions, concessions, events, judgments.
    """
    names = {a.id: a.name for a in (*old.actors, *new.actors)}
    titles = {i.id: i.title for i in (*old.issues, *new.issues)}
    changes: list[Change] = []
    changes += _by_id("actor", old.actors, new.actors, ("name", "kind"), lambda a: a.name)
    changes += _by_id("issue", old.issues, new.issues, ("title", "parent"), lambda i: i.title)
    before, after = _current(old), _current(new)

    def position_label(pair: tuple[str, str]) -> str:
        return f"{names.get(pair[0], pair[0])} on {titles.get(pair[1], pair[1])}"

    for pair, position in after.items():
        key = "/".join(pair)
        if pair not in before:
            changes.append(Change("added", "position", key, label=position_label(pair)))
        else:
            changes += _fields(
                "position", key, position_label(pair), (before[pair], position), POSITION_FIELDS
            )
    changes += [
        Change("removed", "position", "/".join(pair), label=position_label(pair))
        for pair in before
        if pair not in after
    ]
    changes += _by_id(
        "concession",
        old.concessions,
        new.concessions,
        CONCESSION_FIELDS,
        lambda c: f"{names.get(c.by, c.by)} on {titles.get(c.issue, c.issue)}",
    )
    changes += _by_id(
        "event", old.events, new.events, ("category", "date"), lambda e: e.description
    )
    changes += _by_id(
        "judgment", old.judgments, new.judgments, JUDGMENT_FIELDS, lambda j: j.statement
    )
    return Diff(tuple(changes))
