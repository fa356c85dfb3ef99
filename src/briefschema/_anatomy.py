"""What a brief holds, read from the model's classes alone.

This is the one place that knows the model. The rules, the fast path, ``diff``,
the renderers, the summary, the exporters, the schema generator and the
benchmark's baselines take their walk from here, so a field added to a class
reaches every tool the day it is added: no list of fields or parts is kept by
hand anywhere else.

Everything here is read from the type hints and the markers of ``_meta`` that
the classes carry, once per class.
"""

from __future__ import annotations

import ast
import functools
import inspect
import itertools
import typing
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import attrs

from briefschema import _kinds, model
from briefschema._kinds import is_optional, is_tuple
from briefschema._meta import RefTo, Shape

T = TypeVar("T")

VALUE_CLASSES = (model.Date, model.Interval)
"""attrs classes that are values written as one string, not objects of the brief."""


def per_class(func: Callable[[type[Any]], T]) -> Callable[[type[Any]], T]:
    """``func``, worked out once per class (what a model class's fields say never changes)."""
    cache: dict[type[Any], T] = {}

    @functools.wraps(func)
    def cached(cls: type[Any]) -> T:
        try:
            return cache[cls]
        except KeyError:
            found = cache[cls] = func(cls)
            return found

    return cached


KINDS = _kinds.KINDS
"""What a field's items can be (see :data:`._kinds.KINDS`)."""


def is_when(hint: Any) -> bool:
    """Whether ``hint`` is a date or an interval."""
    return bool(hint == model.Date | model.Interval)


def is_extensions(hint: Any) -> bool:
    """Whether ``hint`` is the extensions' mapping."""
    return bool(hint == model.Extensions) or typing.get_origin(hint) is Mapping


def kind_of(hint: Any) -> tuple[str, Any]:
    """``(kind, detail)`` of a type hint without extras (see :func:`._kinds.kind_of`)."""
    return _kinds.kind_of(hint, date=model.Date, when=model.Date | model.Interval)


@attrs.frozen
class Field:
    """One field of a model class, as every tool needs to know it.

    Attributes:
        name: the field's name, in Python and in JSON.
        kind: what the field's value, or each item of its list, is (:data:`KINDS`).
        many: whether the field holds a list.
        required: whether the field has no default.
        target: the enumeration of an ``enum`` field, the class of an ``obj`` one.
        refers_to: for a reference, the names of the classes it may name (empty for
            any object with an id); None for a field that is no reference.
        shape: the name of the shared value type (``decimal``, ``duration``, ``url``...)
            of a string field, or None.
        hint: the field's type hint, without extras.

    """

    name: str
    kind: str
    many: bool
    required: bool
    target: type[Any] | None = None
    refers_to: tuple[str, ...] | None = None
    shape: str | None = None
    hint: Any = attrs.field(default=None, eq=False, repr=False)

    @property
    def is_evidence(self) -> bool:
        """Whether the field holds evidence."""
        return self.target is model.Evidence

    @property
    def is_date(self) -> bool:
        """Whether the field holds a date, a date or an interval, or a timestamp."""
        return self.kind in ("date", "when", "timestamp")

    @property
    def nested(self) -> bool:
        """Whether the field holds objects of the brief (not dates or intervals, values)."""
        return self.kind == "obj" and self.target not in VALUE_CLASSES

    @property
    def is_amount(self) -> bool:
        """Whether the field holds an exact decimal number."""
        return self.shape == "decimal"


@per_class
def hints(cls: type[Any]) -> dict[str, Any]:
    """The type hints of a model class's fields (cached: reading them compiles each one)."""
    return typing.get_type_hints(cls)


def _marks(hint: Any) -> tuple[Any, ...]:
    """The ``_meta`` markers on a hint with extras, its list's and its items' included."""
    found: tuple[Any, ...] = ()
    while True:
        if typing.get_origin(hint) is typing.Annotated:
            found += tuple(hint.__metadata__)
            hint = typing.get_args(hint)[0]
        elif is_optional(hint):
            hint = next(a for a in typing.get_args(hint) if a is not type(None))
        elif is_tuple(hint):
            hint = typing.get_args(hint)[0]
        else:
            return found


@per_class
def fields(cls: type[Any]) -> tuple[Field, ...]:
    """The fields of the model class ``cls``, in their order."""
    extras = typing.get_type_hints(cls, include_extras=True)
    plain = hints(cls)
    found = []
    for attribute in attrs.fields(cls):
        kind, target = kind_of(plain[attribute.name])
        many = kind == "tuple"
        if many:
            kind, target = target
        marks = _marks(extras[attribute.name])
        refs = [m.kinds for m in marks if isinstance(m, RefTo)]
        shapes = [m.name for m in marks if isinstance(m, Shape)]
        found.append(
            Field(
                attribute.name,
                kind,
                many,
                attribute.default is attrs.NOTHING,
                target if kind in ("enum", "obj") else None,
                refs[0] if refs else None,
                shapes[0] if shapes else None,
                plain[attribute.name],
            )
        )
    return tuple(found)


def field(cls: type[Any], name: str) -> Field:
    """The field ``name`` of ``cls``."""
    return next(f for f in fields(cls) if f.name == name)


@per_class
def children(cls: type[Any]) -> tuple[Field, ...]:
    """The fields of ``cls`` that hold objects of the brief (not dates or intervals)."""
    return tuple(f for f in fields(cls) if f.nested)


@per_class
def references(cls: type[Any]) -> tuple[Field, ...]:
    """The fields of ``cls`` that hold references to other objects by id."""
    return tuple(f for f in fields(cls) if f.refers_to is not None)


@functools.cache
def classes() -> tuple[type[Any], ...]:
    """Every model class a brief can hold, the brief first, breadth first."""
    found: list[type[Any]] = []
    pending: list[type[Any]] = [model.Brief]
    while pending:
        cls = pending.pop(0)
        if cls not in found:
            found.append(cls)
            pending.extend(f.target for f in children(cls) if f.target is not None)
    return tuple(found)


LISTS: tuple[str, ...] = tuple(
    f.name
    for f in fields(model.Brief)
    if f.many and f.kind == "obj" and f.target is not None and "id" in attrs.fields_dict(f.target)
)
"""The brief's lists of objects that have ids, in document order."""

LISTED: tuple[type[Any], ...] = tuple(field(model.Brief, name).target for name in LISTS)  # type: ignore[misc]
"""The classes of the objects of those lists, in the same order."""

LIST_OF: Mapping[type[Any], str] = dict(zip(LISTED, LISTS, strict=True))
"""The brief's list that holds the objects of each listed class."""

LIST_CLASS: Mapping[str, type[Any]] = dict(zip(LISTS, LISTED, strict=True))
"""The class of the objects of each of the brief's lists, by the list's name."""


@per_class
def caption(cls: type[Any]) -> Field | None:
    """The field that names an object of ``cls`` for people: its first required text.

    An actor's ``name``, an issue's ``title``, a position's ``statement``; None for a
    class with no required text.
    """
    return next(
        (f for f in fields(cls) if f.kind == "str" and f.shape == "text" and f.required), None
    )


def unset(value: Any) -> bool:
    """Whether a field's value is unset: None, an empty list or empty extensions.

    That is what JSON leaves out, and what no tool shows or compares as a value.
    """
    return value is None or value == () or (isinstance(value, Mapping) and not value)


@functools.cache
def docstrings() -> Mapping[str, Mapping[str, str]]:
    """Attribute docstrings of the model, by class name then attribute name."""
    tree = ast.parse(inspect.getsource(model))
    found: dict[str, dict[str, str]] = {}
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        docs: dict[str, str] = {}
        body = node.body
        for here, after in itertools.pairwise(body):
            target = None
            if isinstance(here, ast.AnnAssign) and isinstance(here.target, ast.Name):
                target = here.target.id
            elif (
                isinstance(here, ast.Assign)
                and len(here.targets) == 1
                and isinstance(here.targets[0], ast.Name)
            ):
                target = here.targets[0].id
            if (
                target
                and isinstance(after, ast.Expr)
                and isinstance(after.value, ast.Constant)
                and isinstance(after.value.value, str)
            ):
                docs[target] = inspect.cleandoc(after.value.value)
        found[node.name] = docs
    return found
