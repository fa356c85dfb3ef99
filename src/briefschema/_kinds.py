"""What a type hint says a field holds: the one dispatch every tool structures by.

The model's constructors (:mod:`briefschema.model`), the converter's hooks and the
generated code (through :mod:`briefschema._anatomy`) all ask :func:`kind_of`, so a
field's kind is decided in one place. This module imports nothing of the package:
the model, which the others read, uses it while its classes are being made.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import operator
import types
import typing
from collections.abc import Mapping
from typing import Any

import attrs

KINDS = ("str", "int", "enum", "date", "when", "timestamp", "ext", "obj")
"""What a field's items can be: text, a whole number, a member of an enumeration, a
date, a date or an interval, a timestamp, extensions, or a model object."""


def is_optional(hint: Any) -> bool:
    """Whether ``hint`` is a union with None."""
    return typing.get_origin(hint) in (typing.Union, types.UnionType) and type(
        None
    ) in typing.get_args(hint)


def is_tuple(hint: Any) -> bool:
    """Whether ``hint`` is ``tuple[X, ...]``."""
    args = typing.get_args(hint)
    return typing.get_origin(hint) is tuple and len(args) == 2 and args[1] is Ellipsis


def annotated_base(hint: Any) -> Any:
    """``X`` of ``Annotated[X, ...]``, else ``hint``."""
    return typing.get_args(hint)[0] if typing.get_origin(hint) is typing.Annotated else hint


def kind_of(hint: Any, *, date: type[Any], when: Any) -> tuple[str, Any]:
    """``(kind, detail)`` of a type hint without extras: one of :data:`KINDS`, or ``tuple``.

    ``date`` is the model's date class and ``when`` its union of a date and an
    interval. The detail is the enumeration of an ``enum``, the class of an ``obj``,
    and ``(kind, detail)`` of the items of a ``tuple``. A type of any other kind
    raises TypeError: a new kind of field is for every tool to learn at once.
    """
    if is_optional(hint):
        rest = [a for a in typing.get_args(hint) if a is not type(None)]
        hint = functools.reduce(operator.or_, rest)
    if is_tuple(hint):
        return "tuple", kind_of(typing.get_args(hint)[0], date=date, when=when)
    if hint is str:
        return "str", None
    if hint is int:
        return "int", None
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return "enum", hint
    if hint is date:
        return "date", None
    if hint == when:
        return "when", None
    if hint is dt.datetime:
        return "timestamp", None
    if typing.get_origin(hint) is Mapping:
        return "ext", None
    if attrs.has(hint):
        return "obj", hint
    raise TypeError(f"no known kind of field for {hint!r}")


def resolve(annotation: Any, namespace: Mapping[str, Any]) -> Any:
    """An annotation as a type without extras, its names looked up in ``namespace``.

    Under ``from __future__ import annotations`` an attrs field's type is text.
    """
    holder = types.SimpleNamespace(__annotations__={"field": annotation})
    return typing.get_type_hints(holder, globalns=dict(namespace))["field"]
