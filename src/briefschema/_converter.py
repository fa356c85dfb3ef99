"""The one strict cattrs converter, and canonical JSON in and out.

Strict means nothing is coerced: a string is never a number, a number never a
string, ``true`` never an integer, an object never a list, an enum is given by
its value (never its name), ``null`` never stands for an omitted field, and a
timestamp without a UTC offset is refused. Every failure is reported as a
:class:`~briefschema._problems.Problem` with a JSON path.

Canonical JSON: UTF-8, compact (no insignificant white space), fields in the
classes' order, unset optional fields omitted, timestamps in UTC with ``Z``, a
final newline.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import json
import math
import re
import typing
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import attrs

if typing.TYPE_CHECKING:
    import cattrs
    from cattrs.errors import AttributeValidationNote

# cattrs is imported where it is first used (building the converter, reading its
# errors): the fast path never needs it, and a command should not wait for it.

from briefschema import model
from briefschema._anatomy import is_extensions, is_when
from briefschema._edtf import format_timestamp, parse_timestamp
from briefschema._kinds import annotated_base, is_optional, is_tuple
from briefschema._problems import Invalid, Problem, describe, join

T = TypeVar("T")

_EXTENSION_KEY_RE = re.compile(
    typing.get_args(model.Extensions)[1].keywords["propertyNames"]["pattern"]
)
SURROGATE = re.compile("[\ud800-\udfff]")
"""A lone UTF-16 surrogate: text that holds one has no UTF-8 form."""
_SURROGATE_RE = SURROGATE


# ---------------------------------------------------------------------------
# Leaf hooks.


def _str(value: object, _: object) -> str:
    if type(value) is not str:
        raise Invalid("type", f"expected a string, got {describe(value)}")
    if not value.isascii() and _SURROGATE_RE.search(value):
        raise Invalid("lone-surrogate", "the string holds a lone UTF-16 surrogate")
    return value


def _int(value: object, _: object) -> int:
    if type(value) is not int:
        raise Invalid("type", f"expected an integer, got {describe(value)}")
    return value


def _enum_hook(cls: type[enum.Enum]) -> Callable[[object, object], enum.Enum]:
    by_value = {member.value: member for member in cls}
    allowed = ", ".join(repr(v) for v in by_value)

    def structure(value: object, _: object) -> enum.Enum:
        if type(value) is not str:
            raise Invalid("type", f"expected a string, got {describe(value)}")
        try:
            return by_value[value]
        except KeyError:
            raise Invalid("enum", f"{value!r} is not one of {allowed}") from None

    return structure


def _enum_value(member: enum.Enum) -> Any:
    return member.value


def _date(value: object, _: object) -> model.Date:
    text = _str(value, None)
    try:
        return model.Date.parse(text)
    except ValueError as exc:
        raise Invalid("date", str(exc)) from None


def _when(value: object, _: object) -> model.Date | model.Interval:
    text = _str(value, None)
    try:
        return model.parse_when(text)
    except ValueError as exc:
        raise Invalid("date", str(exc)) from None


def _timestamp(value: object, _: object) -> dt.datetime:
    text = _str(value, None)
    try:
        return parse_timestamp(text)
    except ValueError as exc:
        raise Invalid("timestamp", str(exc)) from None


MAX_DEPTH = 1_000
"""How deep data built in Python may nest, as JSON: no JSON reader or writer of the
library goes deeper, and a value that holds itself reaches it after that many steps."""

MAX_VALUES = 1 << 24
"""How many values data built in Python may hold, written out as JSON: more than a
document of the largest default size can (each value takes two bytes at least). A list
or object referenced from several places counts at each, as it is written at each."""


def _short(path: str, keep: int = 200) -> str:
    """A path cut in the middle when it is very long (a value that holds itself)."""
    return path if len(path) <= 2 * keep else f"{path[:keep]}...{path[-keep:]}"


def _check_expansion(value: object, path: str) -> None:
    """Refuse at once data that holds itself, or that written out holds too many values.

    Each list and object is counted once, by identity (its written size remembered), so
    the cost is that of the distinct containers, however often they are shared: a list
    holding the same list twice, forty levels down, is refused without walking its 2**40
    leaves.

    Raises:
        Invalid: ``too-deep`` for data that holds itself, ``too-large`` past
            :data:`MAX_VALUES`.

    """
    if type(value) is dict:
        children: Any = value.values()
    elif type(value) is list:
        children = value
    else:
        return
    if not any(type(sub) in (list, dict) for sub in children):
        return  # flat (the usual extensions: none, or a few values): nothing to share
    sizes: dict[int, int] = {}
    open_: set[int] = set()
    stack: list[tuple[Any, bool]] = [(value, False)]
    while stack:
        item, done = stack.pop()
        key = id(item)
        children = item.values() if type(item) is dict else item
        if done:
            open_.discard(key)
            total = 1 + sum(
                sizes.get(id(sub), 1) if type(sub) in (list, dict) else 1 for sub in children
            )
            if total > MAX_VALUES:
                raise Invalid(
                    "too-large",
                    f"written out, the data holds more than {MAX_VALUES:,} values (a list or "
                    "object referenced from several places is written at each)",
                    path,
                )
            sizes[key] = total
            continue
        if key in sizes:
            continue
        if key in open_:
            raise Invalid(
                "too-deep", "the data holds itself (a list or object inside itself)", path
            )
        open_.add(key)
        stack.append((item, True))
        stack.extend((sub, False) for sub in children if type(sub) in (list, dict))


def copy_json(value: object, path: str = "") -> Any:
    """Copy a JSON value, refusing anything that is not one.

    Raises:
        Invalid: a value is not a JSON type, a number is not finite, or an
            object key is not a string (the message names where).

    """
    _check_expansion(value, path)
    root: dict[str, Any] = {}
    stack: list[tuple[object, str, Callable[[Any], None], int]] = [
        (value, path, _setter(root, "value"), 0)
    ]
    while stack:  # _check_expansion has bounded how much is written: the depth is left
        item, where, put, depth = stack.pop()
        if depth > MAX_DEPTH and type(item) in (list, dict):
            raise Invalid(
                "too-deep",
                f"the data nests deeper than {MAX_DEPTH:,} levels (or holds itself)",
                _short(where),
            )
        if item is None or type(item) in (bool, int):
            put(item)
        elif type(item) is str:
            if _SURROGATE_RE.search(item):
                raise Invalid("lone-surrogate", "the string holds a lone UTF-16 surrogate", where)
            put(item)
        elif type(item) is float:
            if not math.isfinite(item):
                raise Invalid("number", f"{item} is not a finite number", where)
            put(item)
        elif type(item) is list:
            items: list[Any] = [None] * len(item)
            put(items)
            for index, sub in enumerate(item):
                stack.append((sub, join(where, index), _setter(items, index), depth + 1))
        elif type(item) is dict:
            mapping: dict[str, Any] = {}
            put(mapping)
            for key, sub in item.items():
                if type(key) is not str:
                    raise Invalid("type", f"object key {key!r} is not a string", where)
                if _SURROGATE_RE.search(key):
                    raise Invalid(
                        "lone-surrogate",
                        "the object key holds a lone UTF-16 surrogate",
                        join(where, key),
                    )
                mapping[key] = None
                stack.append((sub, join(where, key), _setter(mapping, key), depth + 1))
        else:
            raise Invalid("type", f"{describe(item)} is not a JSON value", where)
    return root["value"]


def _setter(container: Any, key: Any) -> Callable[[Any], None]:
    def put(value: Any) -> None:
        container[key] = value

    return put


def _extensions(value: object, _: object) -> dict[str, Any]:
    return extensions(value)


def extensions(value: object) -> dict[str, Any]:
    """A copy of an object's extensions: every key namespaced, every value JSON.

    Raises:
        Invalid: the value is not an object, a key has no namespace, or a value is not JSON.

    """
    if type(value) is not dict:
        raise Invalid("type", f"expected an object, got {describe(value)}")
    for key in value:
        if type(key) is not str or not _EXTENSION_KEY_RE.match(key):
            raise Invalid(
                "extension-key",
                f"extension key {key!r} has no namespace (write `namespace:name`)",
                join("", str(key)),
            )
    copied: dict[str, Any] = copy_json(value)
    return copied


# ---------------------------------------------------------------------------
# Hook factories for generic types.


def _optional_factory(typ: Any, conv: cattrs.Converter) -> Callable[[object, object], Any]:
    rest = tuple(arg for arg in typing.get_args(typ) if arg is not type(None))
    inner = rest[0] if len(rest) == 1 else typing.Union[rest]  # noqa: UP007 - built at run time
    hook = conv.get_structure_hook(inner)

    def structure(value: object, _: object) -> Any:
        if value is None:
            raise Invalid("null", "null is not allowed here; omit the field instead")
        return hook(value, inner)

    return structure


def _tuple_factory(typ: Any, conv: cattrs.Converter) -> Callable[[object, object], Any]:
    from cattrs.errors import IterableValidationError, IterableValidationNote  # noqa: PLC0415

    inner = typing.get_args(typ)[0]
    hook = conv.get_structure_hook(inner)

    def structure(value: object, _: object) -> tuple[Any, ...]:
        if type(value) is not list:
            raise Invalid("type", f"expected an array, got {describe(value)}")
        try:  # the common case, in one pass; on failure, again item by item
            return tuple([hook(item, inner) for item in value])
        except Exception:  # noqa: BLE001, S110 - the loop below reports each bad item
            pass
        errors = []
        for index, item in enumerate(value):
            try:
                hook(item, inner)
            except Exception as exc:  # noqa: BLE001 - collected and re-raised as a group
                exc.__notes__ = [
                    *getattr(exc, "__notes__", []),
                    IterableValidationNote(f"@ index {index}", index, inner),
                ]
                errors.append(exc)
        raise IterableValidationError("invalid items", errors, typ)

    return structure


def _class_factory(cls: type[Any], conv: cattrs.Converter) -> Callable[[object, object], Any]:
    from cattrs.gen import make_dict_structure_fn  # noqa: PLC0415

    generated = make_dict_structure_fn(
        cls, conv, _cattrs_forbid_extra_keys=True, _cattrs_detailed_validation=True
    )

    def structure(value: object, _: object) -> Any:
        if type(value) is not dict:
            raise Invalid("type", f"expected an object, got {describe(value)}")
        return generated(value, cls)

    return structure


def _unstructure_class_factory(cls: type[Any], conv: cattrs.Converter) -> Callable[[Any], Any]:
    from cattrs.gen import make_dict_unstructure_fn  # noqa: PLC0415

    return make_dict_unstructure_fn(cls, conv, _cattrs_omit_if_default=True)


@functools.cache
def converter() -> cattrs.Converter:
    """The converter: built at first use, then never reconfigured.

    (Importing cattrs and building its hooks costs tens of milliseconds, which a
    command that only validates valid briefs on the fast path never pays.)
    """
    import cattrs  # noqa: PLC0415

    conv = cattrs.Converter()  # strictness comes from the hooks and factories below
    # The built-in hooks for str and int coerce (`str(3)`): replace them. (No field of
    # the JSON model is a boolean.)
    conv.register_structure_hook(str, _str)
    conv.register_structure_hook(int, _int)
    conv.register_structure_hook(model.Date, _date)
    conv.register_structure_hook(dt.datetime, _timestamp)
    # Each enum by its own class: they derive from str, so the str hook above
    # would otherwise take them and accept any string.
    for name in model.__all__:
        member = getattr(model, name)
        if isinstance(member, type) and issubclass(member, enum.Enum):
            conv.register_structure_hook(member, _enum_hook(member))
            conv.register_unstructure_hook(member, _enum_value)
    # Annotated value types (ids, texts, offsets) straight to their base hooks,
    # without cattrs' generic Annotated indirection on every value.
    conv.register_structure_hook_func(lambda t: annotated_base(t) is str and t is not str, _str)
    conv.register_structure_hook_func(lambda t: annotated_base(t) is int and t is not int, _int)
    conv.register_structure_hook_func(is_when, _when)
    conv.register_structure_hook_func(is_extensions, _extensions)
    conv.register_structure_hook_factory(is_optional, _optional_factory)
    conv.register_structure_hook_factory(is_tuple, _tuple_factory)
    conv.register_structure_hook_factory(attrs.has, _class_factory)

    conv.register_unstructure_hook(model.Date, str)
    conv.register_unstructure_hook(model.Interval, str)
    conv.register_unstructure_hook(dt.datetime, format_timestamp)
    conv.register_unstructure_hook_func(is_extensions, copy_json)
    conv.register_unstructure_hook_func(is_tuple, lambda v: [conv.unstructure(i) for i in v])
    conv.register_unstructure_hook_factory(attrs.has, _unstructure_class_factory)
    return conv


def structure(data: object, cls: type[T]) -> T:
    """Structure plain JSON data into ``cls``, strictly.

    Raises:
        ConversionFailed: with every problem found.

    """
    from cattrs import BaseValidationError  # noqa: PLC0415 - loaded by converter()
    from cattrs.errors import ForbiddenExtraKeysError  # noqa: PLC0415

    conv = converter()
    try:
        return conv.structure(data, cls)
    except (BaseValidationError, ForbiddenExtraKeysError, Invalid) as exc:
        raise ConversionFailed(list(problems_from(exc, "$"))) from None


def unstructure(obj: object) -> Any:
    """Turn a model object into plain JSON data, omitting unset optional fields.

    Raises:
        ConversionFailed: a field holds what cannot be written (a naive
            datetime, a string where an enum member belongs, NaN or a set in
            extensions); the problem names the field's JSON path.

    """
    try:
        return converter().unstructure(obj)
    except Exception as exc:  # noqa: BLE001 - any failure: find the field that caused it
        found = (list(_unwritable(obj, "$")) if attrs.has(type(obj)) else []) or [
            Problem("$", "type", f"cannot be written as JSON: {exc}")
        ]
        raise ConversionFailed(found) from None


def _unwritable(obj: Any, path: str) -> Iterator[Problem]:
    """Where in a model object a field holds what the converter cannot write."""
    hints = typing.get_type_hints(type(obj))
    for field in attrs.fields(type(obj)):
        value = getattr(obj, field.name)
        where = join(path, field.name)
        if attrs.has(type(value)):
            yield from _unwritable(value, where)
        elif isinstance(value, tuple | list) and any(attrs.has(type(v)) for v in value):
            for index, item in enumerate(value):
                if attrs.has(type(item)):
                    yield from _unwritable(item, join(where, index))
        else:
            try:
                converter().unstructure(value, unstructure_as=hints[field.name])
            except Exception as exc:  # noqa: BLE001 - every failure becomes a problem here
                yield _field_problem(where, value, hints[field.name], exc)


def _field_problem(path: str, value: object, hint: Any, exc: BaseException) -> Problem:
    if isinstance(exc, Invalid):
        return Problem(path + exc.at, exc.code, exc.message)
    base = annotated_base(hint)
    options = typing.get_args(base) if is_optional(base) else (base,)
    for option in options:
        if isinstance(option, type) and issubclass(option, enum.Enum):
            allowed = ", ".join(repr(m.value) for m in option)
            return Problem(
                path,
                "type",
                f"expected a {option.__name__} member, got {describe(value)} {value!r:.60} "
                f"(allowed: {allowed})",
            )
        if option is dt.datetime and isinstance(value, dt.datetime):
            return Problem(
                path, "timestamp", "a naive datetime is not a timestamp; give it a timezone"
            )
        if option is dt.datetime:
            return Problem(path, "type", f"expected an aware datetime, got {describe(value)}")
    return Problem(path, "type", f"cannot be written as JSON: {exc}")


class ConversionFailed(Exception):
    """Internal: structuring failed; ``problems`` says where and why."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(problems)
        self.problems = problems


def problems_from(exc: BaseException, path: str) -> Iterator[Problem]:
    """Turn a (possibly grouped) structuring exception into problems with paths."""
    from cattrs.errors import (  # noqa: PLC0415 - only a structuring failure gets here
        ClassValidationError,
        ForbiddenExtraKeysError,
        IterableValidationError,
    )

    if isinstance(exc, ClassValidationError):
        noted, others = exc.group_exceptions()
        for sub, note in noted:
            yield from _attribute_problems(sub, note, path)
        for sub in others:
            yield from problems_from(sub, path)
    elif isinstance(exc, IterableValidationError):
        noted_items, other_items = exc.group_exceptions()
        for sub, item_note in noted_items:
            yield from problems_from(sub, join(path, int(item_note.index)))
        for sub in other_items:
            yield from problems_from(sub, path)
    elif isinstance(exc, ForbiddenExtraKeysError):
        for key in sorted(exc.extra_fields):
            yield Problem(
                join(path, key),
                "unknown-field",
                f"unknown field {key!r} (namespaced data belongs under `extensions`)",
            )
    elif isinstance(exc, Invalid):
        yield Problem(path + exc.at, exc.code, exc.message)
    else:
        yield Problem(path, "invalid-value", str(exc) or type(exc).__name__)


def _attribute_problems(
    exc: BaseException, note: AttributeValidationNote, path: str
) -> Iterator[Problem]:
    where = join(path, note.name)
    if isinstance(exc, KeyError):
        yield Problem(where, "required", f"the required field {note.name!r} is missing")
    else:
        yield from problems_from(exc, where)


def lone_surrogate(data: Any) -> Problem | None:
    """The first string or key of plain JSON data that holds a lone surrogate.

    Such text has no UTF-8 form; the walk runs only when a quick look at each
    string finds a non-ASCII character.
    """
    stack: list[tuple[Any, str]] = [(data, "$")]
    while stack:
        item, where = stack.pop()
        if type(item) is str:
            if not item.isascii() and _SURROGATE_RE.search(item):
                return Problem(where, "lone-surrogate", "the string holds a lone UTF-16 surrogate")
        elif type(item) is list:
            stack.extend((sub, join(where, i)) for i, sub in reversed(list(enumerate(item))))
        elif type(item) is dict:
            for key, sub in reversed(item.items()):
                path = join(where, key)
                if not key.isascii() and _SURROGATE_RE.search(key):
                    return Problem(
                        path, "lone-surrogate", "the object key holds a lone UTF-16 surrogate"
                    )
                stack.append((sub, path))
    return None


def canonical_json(data: Any) -> str:
    """Serialize plain JSON data canonically: compact, UTF-8 text, a final newline.

    Compact output is what machines compare, hash and sign; it is also what the
    standard library writes with its C encoder, several times faster than
    indented output. Floats are written as Python's ``repr`` writes them.
    """
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False) + "\n"


def pretty_json(data: Any, indent: int = 2) -> str:
    """Serialize plain JSON data for people: the canonical field order, indented."""
    return json.dumps(data, ensure_ascii=False, indent=indent, allow_nan=False) + "\n"
