"""What changed between two briefs, field by field, each change at its JSON path.

Two versions of a brief are compared as people compare files with ``diff``,
but by meaning rather than by line:

- The objects of the brief's lists (actors, issues, positions, ...) are matched
  by id, wherever they stand in their list: an object whose id is only in the
  new brief is ``added``, only in the old one ``removed``. A position's history
  is several positions with their own ids, so each of them is compared. Where
  an id is used more than once, the n-th object with it is matched with the
  n-th. Where a matched object stands in its list is not compared.
- Every field of a matched object is compared, the fields the model will gain
  included: the walk is read from the model's classes. Nested objects (a
  concession's conditions, an evidence's quote) are compared field by field,
  those of a list by their place in it; a list of values (a document's parties)
  is compared as one value; extensions key by key, by strict JSON equality (``1``
  is not ``1.0``, key order does not count).
- A field that goes from unset to set is ``added``, from set to unset
  ``removed``; else ``changed``. Values are compared as written in JSON.

Each change names the JSON path of what changed: in the new brief, or in the
old one for what was removed. The comparison costs time in proportion to the
size of the two briefs.
"""

from __future__ import annotations

import enum
import json
import re
from collections.abc import Iterator, Mapping
from typing import Any

import attrs

from briefschema import _anatomy, _converter, model
from briefschema._problems import Invalid, Problem, ValidationError, join

__all__ = ["Change", "ChangeKind", "Diff", "diff"]


class ChangeKind(enum.StrEnum):
    """What happened at a path."""

    ADDED = "added"
    """There is something at the path in the new brief and nothing in the old."""
    REMOVED = "removed"
    """There was something at the path in the old brief and there is nothing in the new."""
    CHANGED = "changed"
    """The value at the path differs."""


_LISTED_PATH = re.compile(r"\$\.\w+\[\d+\]\Z")
"""The path of an object of one of the brief's lists."""

SHOWN = 80
"""How many characters of a value a line of :meth:`Diff.to_text` shows; the rest is
elided with ``…`` (:meth:`Diff.to_json` gives every value whole)."""


@attrs.frozen
class Change:
    """One difference between two briefs.

    Attributes:
        kind: what happened: ``added``, ``removed`` or ``changed``.
        path: the JSON path of what changed, in the new brief (in the old one
            for what was removed), e.g. ``$.positions[3].stance``.
        id: the id of the object of the brief's lists that holds the change;
            none for a change to the brief's own fields.
        old: the value before, as JSON data; none for what was added.
        new: the value after, as JSON data; none for what was removed.
        label: what the change is in, for people: the kind of object, its id
            and the start of its name or title, e.g. ``actor russia (Russia)``.

    """

    kind: ChangeKind
    path: str
    id: str | None = None
    old: Any = None
    new: Any = None
    label: str = ""

    def __str__(self) -> str:
        where = f"  [{self.label}]" if self.label else ""
        if self.kind is ChangeKind.CHANGED:
            return f"changed {self.path}: {_show(self.old)} -> {_show(self.new)}{where}"
        value = self.new if self.kind is ChangeKind.ADDED else self.old
        if _LISTED_PATH.match(self.path):
            return f"{self.kind} {self.path}{where}"  # a whole object: its label names it
        return f"{self.kind} {self.path}: {_show(value)}{where}"

    def to_json(self) -> dict[str, Any]:
        """The change as JSON data (described by ``diff.schema.json``)."""
        data: dict[str, Any] = {"kind": self.kind.value, "path": self.path}
        if self.id is not None:
            data["id"] = self.id
        if self.kind is not ChangeKind.ADDED:
            data["old"] = self.old
        if self.kind is not ChangeKind.REMOVED:
            data["new"] = self.new
        if self.label:
            data["label"] = self.label
        return data


@attrs.frozen
class Diff:
    """Every change from one brief to another, in the order of the brief's fields."""

    changes: tuple[Change, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.changes)

    def to_json(self) -> dict[str, Any]:
        """The changes as JSON data, for systems (described by ``diff.schema.json``)."""
        return {"changes": [change.to_json() for change in self.changes]}

    def to_text(self) -> str:
        """The changes for people, one a line, or a line saying there are none."""
        if not self.changes:
            return "no changes\n"
        return "".join(f"{change}\n" for change in self.changes)


def _show(value: Any) -> str:
    try:
        text = json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    except RecursionError:  # within the converter's depth, but deeper than a line shows
        return "(a value nested too deeply to show: see --json)"
    return text if len(text) <= SHOWN else f"{text[: SHOWN - 1]}…"


def _json(value: Any, path: str) -> Any:
    """``value`` (a model object or a field's value) as JSON data.

    Raises:
        ValidationError: it cannot be written (built in Python past the checks).

    """
    try:
        return _converter.unstructure(value)
    except _converter.ConversionFailed as failed:
        raise ValidationError(
            [attrs.evolve(p, path=path + p.path[1:]) for p in failed.problems]
        ) from None


def _plain(value: Any, path: str) -> Any:
    """An extension's value as JSON data, refused where it is none or holds itself."""
    try:
        return _converter.copy_json(value, path)
    except Invalid as exc:
        raise ValidationError([Problem(exc.at or path, exc.code, exc.message)]) from None


def _same(a: Any, b: Any, path: str) -> bool:
    """Whether two JSON values are the same: of the same types, key order aside."""
    try:
        return bool(json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True))
    except RecursionError:
        raise ValidationError(
            [Problem(path, "too-deep", "the value nests too deeply to compare")]
        ) from None


@attrs.define
class _Walk:
    out: list[Change] = attrs.Factory(list)
    id: str | None = None
    label: str = ""

    def change(self, kind: ChangeKind, path: str, old: Any = None, new: Any = None) -> None:
        self.out.append(Change(kind, path, self.id, old, new, self.label))

    def one(self, a: Any, b: Any, new_path: str, old_path: str) -> None:
        """Compare two values of a field that may be unset."""
        if _anatomy.unset(a) and _anatomy.unset(b):
            return
        if _anatomy.unset(a):
            self.change(ChangeKind.ADDED, new_path, new=_json(b, new_path))
        elif _anatomy.unset(b):
            self.change(ChangeKind.REMOVED, old_path, old=_json(a, old_path))
        elif a != b:
            self.change(ChangeKind.CHANGED, new_path, _json(a, old_path), _json(b, new_path))

    def extensions(
        self, a: Mapping[str, Any], b: Mapping[str, Any], new_path: str, old_path: str
    ) -> None:
        for key, value in b.items():
            here = join(new_path, key)
            if key not in a:
                self.change(ChangeKind.ADDED, here, new=_plain(value, here))
                continue
            before, after = _plain(a[key], join(old_path, key)), _plain(value, here)
            if not _same(before, after, here):
                self.change(ChangeKind.CHANGED, here, before, after)
        for key, value in a.items():
            if key not in b:
                there = join(old_path, key)
                self.change(ChangeKind.REMOVED, there, old=_plain(value, there))

    def objects(
        self,
        cls: type[Any],
        a: Any,
        b: Any,
        new_path: str,
        old_path: str,
        *,
        skip: frozenset[str] = frozenset(),
    ) -> None:
        """Compare two objects of ``cls`` field by field (but the fields in ``skip``)."""
        for field in _anatomy.fields(cls):
            x, y = getattr(a, field.name), getattr(b, field.name)
            if x is y or field.name in skip:
                continue
            here, there = join(new_path, field.name), join(old_path, field.name)
            if field.kind == "ext":
                self.extensions(x, y, here, there)
            elif not field.nested:
                self.one(x, y, here, there)
            elif not field.many:
                if x is None or y is None:
                    self.one(x, y, here, there)
                else:
                    self.objects(field.target, x, y, here, there)  # type: ignore[arg-type]
            else:
                for index, (p, q) in enumerate(zip(x, y, strict=False)):
                    self.objects(field.target, p, q, join(here, index), join(there, index))  # type: ignore[arg-type]
                for index in range(len(x), len(y)):
                    where = join(here, index)
                    self.change(ChangeKind.ADDED, where, new=_json(y[index], where))
                for index in range(len(y), len(x)):
                    where = join(there, index)
                    self.change(ChangeKind.REMOVED, where, old=_json(x[index], where))


LABEL = 40
"""How many characters of an object's name or title its label shows."""


def _label(obj: Any) -> str:
    caption = _anatomy.caption(type(obj))
    name = "" if caption is None else getattr(obj, caption.name)
    if len(name) > LABEL:
        name = f"{name[: LABEL - 1]}…"
    return f"{type(obj).__name__.lower()} {obj.id}" + (f" ({name})" if name else "")


def _occurrences(objects: tuple[Any, ...]) -> Iterator[tuple[tuple[str, int], int, Any]]:
    """``((id, n), index, obj)``: each object with the n-th use of its id, n from 0."""
    seen: dict[str, int] = {}
    for index, obj in enumerate(objects):
        n = seen[obj.id] = seen.get(obj.id, -1) + 1
        yield (obj.id, n), index, obj


def diff(old: model.Brief, new: model.Brief) -> Diff:
    """Every change from ``old`` to ``new``.

    The brief's own fields come first, then each list of the brief in the
    order of its fields; within a list, the objects in the new brief's order,
    then those removed in the old brief's order. See the module's description
    for how objects are matched and values compared.

    Raises:
        ValidationError: a value that differs cannot be written as JSON (built in
            Python past the checks: an extension that holds itself, a naive
            datetime); each problem with its JSON path.

    """
    walk = _Walk()
    walk.objects(model.Brief, old, new, "$", "$", skip=frozenset(_anatomy.LISTS))
    for name in _anatomy.LISTS:
        cls = _anatomy.LIST_CLASS[name]
        before = {key: (index, obj) for key, index, obj in _occurrences(getattr(old, name))}
        for key, index, obj in _occurrences(getattr(new, name)):
            walk.id, walk.label = obj.id, _label(obj)
            here = join(join("$", name), index)
            if key not in before:
                walk.change(ChangeKind.ADDED, here, new=_json(obj, here))
                continue
            was, other = before.pop(key)
            if other is not obj:
                walk.objects(cls, other, obj, here, join(join("$", name), was))
        for was, obj in before.values():
            walk.id, walk.label = obj.id, _label(obj)
            there = join(join("$", name), was)
            walk.change(ChangeKind.REMOVED, there, old=_json(obj, there))
    return Diff(tuple(walk.out))
