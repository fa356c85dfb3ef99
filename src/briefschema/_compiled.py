"""Code generated from the model classes for the fast path: structuring and unstructuring.

The converter in :mod:`briefschema._converter` is the reference: it checks every
value and explains every refusal. The functions generated here do the same work
for data that jsonschema-rs has already found schema-valid, checking only what
the schema cannot say (an integer written ``1.0``, a string type that is a
subclass, a lone surrogate, a limit, a date that names no real day, an
extension's contents). They never explain: on anything they doubt they raise
:class:`Doubt` (or an error of :data:`DOUBTFUL`, from a value they cannot
read), :func:`attempt` counts it, and the caller takes the reference path, so
the verdict and the problems are always the reference path's. The generated
text is kept in :mod:`linecache`, so a traceback through it shows its lines. The code is written from the
classes' fields and types when first used, so a field added to the model is in
it with no further change; the tests compare both paths on every corpus.

Three variants of the structuring exist: ``clean`` for data that orjson parsed
from canonical text (plain JSON types, no lone surrogates), ``clean`` and
``short`` when that text is too short to hold a string over ``max_string`` or
a list over ``max_items`` (an item takes two bytes at least), and the full one
for any data.
"""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import functools
import itertools
import linecache
from collections.abc import Callable
from typing import Any, TypeVar

import attrs

from briefschema import _anatomy, _converter, _edtf, _limits, model


class Doubt(Exception):
    """The fast path does not vouch for the data; the reference path decides."""


DOUBTFUL = (
    Doubt,
    LookupError,
    TypeError,
    ValueError,
    AttributeError,
    ArithmeticError,
    RecursionError,
)
"""What generated code raises on data it cannot read: a doubt, whatever its name.

A key or index that is not there, a value of another type, a number that does not
convert, too deep a value, or orjson's refusal (a TypeError). Any other exception is a
fault of the code, and goes up as one: a doubt is never a place for a bug to hide.
"""

DOUBTS: collections.Counter[str] = collections.Counter()
"""How many times each door of the fast path doubted, by door (``structure``, ...)."""

T = TypeVar("T")


def attempt(door: str, run: Callable[[], T]) -> T | None:
    """``run()``, or None where the fast path doubts (counted in :data:`DOUBTS`)."""
    try:
        return run()
    except DOUBTFUL:
        DOUBTS[door] += 1
        return None


def generable(cls: type[Any]) -> None:
    """Refuse a class whose objects generated code would make without what it runs.

    Generated structuring makes objects without calling ``__init__``: a validator, or
    an ``__attrs_pre_init__`` or ``__attrs_post_init__``, would never run. The model
    has none (its checks are converters, which the generated code does itself).

    Raises:
        TypeError: naming the class and what generated code would skip.

    """
    skipped = [f"the validator of {f.name!r}" for f in attrs.fields(cls) if f.validator]
    skipped += [
        hook for hook in ("__attrs_pre_init__", "__attrs_post_init__") if hasattr(cls, hook)
    ]
    if skipped:
        raise TypeError(
            f"no fast code for {cls.__name__}: it would skip {', '.join(skipped)}; "
            "check in a converter, or leave the class out of the model"
        )


def _load(source: str, where: str, names: dict[str, Any]) -> None:
    """Run generated ``source`` into ``names``, its text kept where tracebacks find it."""
    linecache.cache[where] = (len(source), None, source.splitlines(keepends=True), where)
    exec(compile(source, where, "exec"), names)  # noqa: S102 - code written from the model's own fields


_WHENS: dict[str, model.Date | model.Interval] = {}
"""EDTF texts already read (dates and intervals are immutable, so they are shared)."""
_WHENS_MAX = 4096


def _remember(cache: dict[Any, Any], key: Any, value: Any) -> None:
    """Put ``value`` in one of the bounded caches (emptied when full)."""
    if len(cache) >= _WHENS_MAX:
        cache.clear()
    cache[key] = value


def _when(text: str) -> model.Date | model.Interval:
    found = _WHENS.get(text)
    if found is None:
        found = model.parse_when(text)  # ValueError: the reference path explains
        _remember(_WHENS, text, found)
    return found


def _date(text: str) -> model.Date:
    found = _when(text)
    if type(found) is not model.Date:
        raise Doubt
    return found


def _extensions(value: Any, depth: int, limits: _limits.Limits) -> dict[str, Any]:
    """The extensions object at nesting level ``depth``, copied.

    Checked as the converter does, and within the limits counted from the top
    of the document.
    """
    copied = _converter.extensions(value)  # Invalid: a doubt, as any exception here
    # The structurer runs only when max_depth is past the model's own deepest level
    # (extensions objects included), so there is room of one level at least.
    if not _limits.within(copied, attrs.evolve(limits, max_depth=limits.max_depth - depth)):
        raise Doubt
    return copied


# ---------------------------------------------------------------------------
# What each field holds, from its type.


def _static_depth(cls: type[Any], level: int = 0) -> int:
    """The deepest level at which a container stands in a document of ``cls`` at ``level``.

    Extensions' contents are left out: they are measured where they are found.
    """
    deepest = level
    for hint in _anatomy.hints(cls).values():
        kind, detail = _anatomy.kind_of(hint)
        here = level + 1
        if kind == "tuple":
            deepest = max(deepest, here)
            kind, detail = detail
            here += 1
        if kind == "obj":
            deepest = max(deepest, _static_depth(detail, here))
        elif kind == "ext":
            deepest = max(deepest, here)
    return deepest


# ---------------------------------------------------------------------------
# Structuring.


def _value_code(
    kind: str, detail: Any, v: str, *, clean: bool, short: bool, names: dict[str, Any]
) -> str:
    """An expression turning the JSON value ``v`` into the field's (raising where in doubt)."""
    if kind == "str":
        if clean:
            return v if short else f"({v} if len({v}) <= ms else _doubt())"
        return f"_str({v}, ms)"
    if kind == "int":
        return f"{v} if type({v}) is int else _doubt()"
    if kind == "enum":
        names[f"BV_{detail.__name__}"] = {m.value: m for m in detail}
        lookup = f"BV_{detail.__name__}[{v}]"
        return lookup if clean else f"BV_{detail.__name__}[_exact({v}, str)]"
    if kind == "date":
        return f"_date({v})" if clean else f"_date(_str({v}, ms))"
    if kind == "when":
        return f"_when({v})" if clean else f"_when(_str({v}, ms))"
    if kind == "timestamp":
        return f"_timestamp({v})" if clean else f"_timestamp(_str({v}, ms))"
    assert kind == "ext", kind  # objects and lists are written by their callers
    return f"(_extensions({v}, depth + 1, lim) if {v} else {{}})"


def _structure_source(cls: type[Any], *, clean: bool, short: bool, names: dict[str, Any]) -> str:
    """``s_<Class>(d, depth, lim, sink)``: the object from its data, noted in ``sink``.

    An object whose data holds its required fields only (most evidence does)
    takes a shorter way: the schema allowed no other key, so every optional
    field has its default.
    """
    name = cls.__name__
    names[name] = cls
    twin = _twin(cls)
    if twin is not None:
        names[f"W_{name}"] = twin
    lines = [f"def s_{name}(d, depth, lim, sink):"]
    if not clean:
        lines.append("    if type(d) is not dict: raise Doubt")
    lines += [
        f"    o = new({name})" if twin is None else f"    o = W_{name}()",
        f"    sink[{name}].append(o)",
    ]
    done = "return o" if twin is None else f"o.__class__ = {name}; return o"
    if not (clean and short):
        lines += ["    ms = lim.max_string", "    mi = lim.max_items"]
    hints = _anatomy.hints(cls)
    required: list[str] = []
    optional: list[str] = []
    defaults: list[str] = []
    for field in attrs.fields(cls):
        code = _field_code(cls, field, hints[field.name], clean=clean, short=short, names=names)
        if field.default is attrs.NOTHING:
            required += code
        else:
            optional += code
            defaults.append(f"    {_set(cls, field, _default_code(cls, field, names), names)}")
    if optional:
        count = sum(field.default is attrs.NOTHING for field in attrs.fields(cls))
        lines.append(f"    if len(d) == {count}:")
        lines += ["    " + line for line in required + defaults]
        lines.append(f"        {done}")
    lines += [*required, *optional, f"    {done}"]
    return "\n".join(lines)


def _set(cls: type[Any], field: attrs.Attribute[Any], value: str, names: dict[str, Any]) -> str:
    """A statement setting ``field`` of the new object ``o`` to ``value``.

    On a twin (see :func:`_twin`), a plain attribute store; else the slot's own setter,
    which a frozen class's ``__setattr__`` would refuse.
    """
    if _twin(cls) is not None:
        return f"o.{field.name} = {value}"
    setter = f"set_{cls.__name__}_{field.name}"
    names[setter] = cls.__dict__[field.name].__set__
    return f"{setter}(o, {value})"


@_anatomy.per_class
def _twin(cls: type[Any]) -> type[Any] | None:
    """A writable class with the very slots of ``cls``, or None where Python allows none.

    A new object is made as the twin, its fields set by plain stores (which the
    interpreter does in a few steps, where a slot's setter is a call), and then
    made an object of ``cls`` by setting ``__class__``: Python allows that between
    classes whose instances have the same layout: the same slots in the same order,
    and no ``__weakref__`` (the model's classes take no weak references). That is
    tried here once.
    """
    slots = cls.__dict__.get("__slots__")
    if not isinstance(slots, tuple):
        return None
    twin = type(f"W_{cls.__name__}", (), {"__slots__": slots, "__module__": __name__})
    made: Any = object.__new__(twin)
    with contextlib.suppress(TypeError):  # refused where the layouts differ
        made.__class__ = cls
    if type(made) is not cls:
        return None
    return twin


def _field_code(
    cls: type[Any],
    field: attrs.Attribute[Any],
    hint: Any,
    *,
    clean: bool,
    short: bool,
    names: dict[str, Any],
) -> list[str]:
    """The lines that read one field from ``d`` and set it on ``o``."""
    kind, detail = _anatomy.kind_of(hint)
    required = field.default is attrs.NOTHING
    fetch = f"d[{field.name!r}]" if required else f"d.get({field.name!r})"
    default = "" if required else _default_code(cls, field, names)
    lines = []
    if kind == "tuple":
        lines.append(f"    v = {fetch}")
        if not (clean and short):
            lines.append("    if v is not None and len(v) > mi: raise Doubt")
        value = _tuple_code(detail, clean=clean, short=short, names=names)
        if not required:
            value = f"{default} if v is None else {value}"
    elif kind == "obj":
        lines.append(f"    v = {fetch}")
        value = f"s_{detail.__name__}(v, depth + 1, lim, sink)"
        if not required:
            value = f"{default} if v is None else {value}"
    else:
        value = _value_code(kind, detail, "v", clean=clean, short=short, names=names)
        if value == "v" and (required or field.default is None):
            value = fetch  # taken as it is: d.get gives the default, None
        else:
            lines.append(f"    v = {fetch}")
            if not required:  # absent: the default (a new dict for extensions)
                value = f"{default} if v is None else {value}"
    lines.append(f"    {_set(cls, field, value, names)}")
    return lines


def _default_code(cls: type[Any], field: attrs.Attribute[Any], names: dict[str, Any]) -> str:
    """An expression for an optional field's default: a new dict, or the default itself."""
    if isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
        return "{}"
    names[f"D_{cls.__name__}_{field.name}"] = field.default
    return f"D_{cls.__name__}_{field.name}"


def _tuple_code(detail: tuple[str, Any], *, clean: bool, short: bool, names: dict[str, Any]) -> str:
    """The expression for a list field's tuple, from its (present) JSON value ``v``."""
    inner_kind, inner = detail
    present = "v" if clean else "_exact(v, list)"  # an empty list is no tuple of items
    if inner_kind == "obj":  # most lists of objects hold one: no comprehension for those
        one = f"s_{inner.__name__}(v[0], depth + 2, lim, sink)"
        many = f"tuple([s_{inner.__name__}(x, depth + 2, lim, sink) for x in v])"
        single = "len(v) == 1" if clean else "type(v) is list and len(v) == 1"
        return f"(({one},) if {single} else {many} if {present} else ())"
    each = _value_code(inner_kind, inner, "x", clean=clean, short=short, names=names)
    item = "" if each == "x" else f"{each} for x in v"
    expression = f"tuple([{item}])" if item else "tuple(v)"
    return f"({expression} if {present} else ())"


def _str(value: Any, max_string: int) -> str:
    if type(value) is not str or len(value) > max_string:
        raise Doubt
    if not value.isascii() and _converter.SURROGATE.search(value):
        raise Doubt
    return value


def _exact(value: Any, kind: type) -> Any:
    """``value`` if it is of exactly the type ``kind`` (no subclass), else a doubt."""
    if type(value) is not kind:
        raise Doubt
    return value


def _timestamp(text: str) -> dt.datetime:
    return _edtf.parse_timestamp(text)  # ValueError: the reference path explains


Structurer = Callable[
    [dict[str, Any], _limits.Limits], tuple[model.Brief, dict[type[Any], list[Any]]]
]


def _structuring_names() -> dict[str, Any]:
    """A new namespace for generated structuring, holding the helpers its code calls."""
    return {
        "Doubt": Doubt,
        "new": object.__new__,
        "_str": _str,
        "_exact": _exact,
        "str": str,
        "list": list,
        "_date": _date,
        "_when": _when,
        "_timestamp": _timestamp,
        "_extensions": _extensions,
        "_doubt": _doubt,
    }


@functools.cache
def structurer(*, clean: bool, short: bool) -> Structurer:
    """The generated structuring of schema-valid brief data, and the objects it made by class.

    Raises :class:`Doubt` (or another exception, from a value it cannot read) where
    the reference converter must decide.
    """
    classes = _anatomy.classes()
    for cls in classes:
        generable(cls)
    names = _structuring_names()
    source = "\n\n".join(
        _structure_source(cls, clean=clean, short=short, names=names) for cls in classes
    )
    where = f"<briefschema generated structuring clean={clean} short={short}>"
    _load(source, where, names)
    brief = names["s_Brief"]
    deepest = _static_depth(model.Brief)
    widest = max(len(attrs.fields(cls)) for cls in classes)
    longest = max(len(field.name) for cls in classes for field in attrs.fields(cls))

    def structure(
        data: dict[str, Any], limits: _limits.Limits
    ) -> tuple[model.Brief, dict[type[Any], list[Any]]]:
        if limits.max_depth <= deepest or limits.max_items < widest or limits.max_string < longest:
            raise Doubt  # the limits are tighter than the model's own shape: measure it all
        sink: dict[type[Any], list[Any]] = {cls: [] for cls in classes}
        made = brief(data, 0, limits, sink)
        return made, {cls: nodes for cls, nodes in sink.items() if nodes}  # the model's order

    return structure


# ---------------------------------------------------------------------------
# Unstructuring.


def _unstructure_source(
    cls: type[Any], names: dict[str, Any], *, plain: bool, lazy: bool = False
) -> str:
    """``u_<Class>(o)``: the object as a dict, fields in the class's order, defaults left out.

    With ``lazy``, ``l_<Class>(o)`` leaves the objects of its lists in place for
    orjson to hand to a ``default`` one by one: see :func:`for_orjson`.

    The leading required fields are one dict display. Strings and integers are
    taken as they are, as the converter takes them: the constructors made them
    so. Every other value's type is checked, since the reference would refuse
    or write differently what an object changed past its constructors may hold
    there (a string for an enum member, a list for a tuple); for a string or an
    integer field the one difference left is that orjson writes a float put
    there with ``object.__setattr__`` in its own form (``1e-7``, not ``1e-07``):
    the same number, in a brief that was never valid.
    """
    name = cls.__name__
    names[name] = cls
    hints = _anatomy.hints(cls)
    fields = attrs.fields(cls)
    leading = 0
    while leading < len(fields) and fields[leading].default is attrs.NOTHING:
        leading += 1
    prefix = "l" if lazy else "u"
    lines = [f"def {prefix}_{name}(o):", f"    if type(o) is not {name}: raise Doubt"]
    entries = []
    for index, field in enumerate(fields[:leading]):
        kind, detail = _anatomy.kind_of(hints[field.name])
        lines.append(f"    a{index} = o.{field.name}")
        value = _unstructure_field(kind, detail, f"a{index}", names, plain=plain, lazy=lazy)
        entries.append(f"{field.name!r}: {value}")
    lines.append(f"    d = {{{', '.join(entries)}}}")
    for field in fields[leading:]:
        kind, detail = _anatomy.kind_of(hints[field.name])
        value = _unstructure_field(kind, detail, "v", names, plain=plain, lazy=lazy)
        lines.append(f"    v = o.{field.name}")
        if kind == "ext":  # `v != {}`, as the converter asks, in fewer steps
            lines.append(f"    if v or type(v) is not dict: d[{field.name!r}] = {value}")
        elif kind == "tuple":
            lines.append(f"    if v or type(v) is not tuple: d[{field.name!r}] = {value}")
        else:  # optional: every required field of the model comes before them
            lines.append(f"    if v is not None: d[{field.name!r}] = {value}")
    lines.append("    return d")
    return "\n".join(lines)


def _unstructure_field(
    kind: str, detail: Any, v: str, names: dict[str, Any], *, plain: bool, lazy: bool
) -> str:
    if kind == "ext":
        return f"_copy({v})"
    if kind != "tuple":
        return _unstructure_value(kind, detail, v, names, plain=plain)
    inner_kind, inner = detail
    checked = f"({v} if type({v}) is tuple else _doubt())"
    if lazy and inner_kind == "obj":  # left in place: each is written by its own class
        return checked
    if inner_kind in ("str", "int"):
        return f"list{checked}" if plain else checked
    item = _unstructure_value(inner_kind, inner, "x", names, plain=plain)
    if inner_kind == "enum" and not plain:  # orjson writes members as their values
        one = f"type({v}) is tuple and len({v}) == 1 and type({v}[0]) is {inner.__name__}"
        return f"({v} if {one} else tuple([{item} for x in {checked}]))"
    if inner_kind == "obj":  # most lists of objects hold one: no comprehension for those
        single = _unstructure_value(inner_kind, inner, f"{v}[0]", names, plain=plain)
        if plain:
            return f"([{single}] if type({v}) is tuple and len({v}) == 1 else [{item} for x in {checked}])"
        single = _bare(inner, f"{v}[0]") or single
        # For orjson, tuples: one that holds only untracked objects leaves the garbage
        # collector's view at its first pass, where a list would stay in it.
        return f"(({single},) if type({v}) is tuple and len({v}) == 1 else tuple([{item} for x in {checked}]))"
    return f"[{item} for x in {checked}]"


def _bare(cls: type[Any], v: str) -> str | None:
    """An expression writing the object ``v`` in place, or None if the class does not allow it.

    An object whose optional fields all have their defaults is written as a dict
    display of its required fields, where the class allows that: when its
    required fields are all strings or integers and its optional ones are None
    or extensions by default (evidence, identifiers). Any other object of the
    class is written by its function.
    """
    hints = _anatomy.hints(cls)
    fields = attrs.fields(cls)
    required = [f for f in fields if f.default is attrs.NOTHING]
    if any(_anatomy.kind_of(hints[f.name])[0] not in ("str", "int") for f in required):
        return None
    if any(
        f.default is not None and _anatomy.kind_of(hints[f.name])[0] != "ext"
        for f in fields
        if f.default is not attrs.NOTHING
    ):
        return None
    display = "{" + ", ".join(f"{f.name!r}: x.{f.name}" for f in required) + "}"
    name = cls.__name__
    return f"({display} if type(x := {v}) is {name} and {_defaults(cls)} else u_{name}(x))"


def _defaults(cls: type[Any]) -> str:
    """A condition: every optional field of ``x`` (a :func:`_bare` class) has its default."""
    hints = _anatomy.hints(cls)
    return " and ".join(
        f"not x.{f.name} and type(x.{f.name}) is dict"
        if _anatomy.kind_of(hints[f.name])[0] == "ext"
        else f"x.{f.name} is None"
        for f in attrs.fields(cls)
        if f.default is not attrs.NOTHING
    )


def _unstructure_value(
    kind: str, detail: Any, v: str, names: dict[str, Any], *, plain: bool
) -> str:
    if kind in ("str", "int"):  # as they are: see _unstructure_source
        return v
    if kind == "enum":
        names[detail.__name__] = detail
        if plain:
            return f"{v}._value_ if type({v}) is {detail.__name__} else _doubt()"
        return f"{v} if type({v}) is {detail.__name__} else _doubt()"  # orjson writes the value
    if kind in ("date", "when"):
        # The text already written for this very object, else the function that writes it.
        return f"(e[1] if (e := _WT.get(id({v}))) is not None and e[0] is {v} else _when_text({v}))"
    if kind == "timestamp":
        return f"_format_timestamp({v})"
    assert kind == "obj", kind
    return f"u_{detail.__name__}({v})"


def _doubt() -> Any:
    raise Doubt


def _copy_without_floats(value: Any) -> Any:
    """Extensions for orjson: it writes some floats differently (``1e-7``, not ``1e-07``)."""
    copied = _converter.copy_json(value)
    stack = [copied]
    while stack:
        item = stack.pop()
        if type(item) is float:
            raise Doubt
        if type(item) is list:
            stack.extend(item)
        elif type(item) is dict:
            stack.extend(item.values())
    return copied


def _when_text(value: Any) -> str:
    """The text of a date or interval, remembered for this very object.

    The generated code looks in ``_WHEN_TEXTS`` first: this runs when it is not there.
    """
    if type(value) is not model.Date and type(value) is not model.Interval:
        raise Doubt
    text = str(value)
    _remember(_WHEN_TEXTS, id(value), (value, text))  # it keeps the object: its id is its own
    return text


_WHEN_TEXTS: dict[int, tuple[model.Date | model.Interval, str]] = {}
"""The text of dates and intervals already written (equal values have equal text)."""


@functools.cache
def _unstructuring(*, plain: bool) -> dict[str, Any]:
    """The namespace of the generated unstructuring: ``u_<Class>`` for every class.

    Without ``plain`` (for orjson) it holds ``l_Brief`` too, the lazy root.
    """
    names: dict[str, Any] = {
        "Doubt": Doubt,
        "_doubt": _doubt,
        "_when_text": _when_text,
        "_WT": _WHEN_TEXTS,
        "_format_timestamp": _edtf.format_timestamp,
        "_copy": _converter.copy_json if plain else _copy_without_floats,
    }
    sources = [_unstructure_source(cls, names, plain=plain) for cls in _anatomy.classes()]
    if not plain:
        sources.append(_unstructure_source(model.Brief, names, plain=plain, lazy=True))
    where = f"<briefschema generated unstructuring plain={plain}>"
    _load("\n\n".join(sources), where, names)
    return names


def unstructurer(*, plain: bool) -> Callable[[model.Brief], dict[str, Any]]:
    """The generated unstructuring of a brief into plain JSON data.

    It gives what the reference converter gives, or raises (:class:`Doubt` for a
    value of an unexpected type, or the error of a value that cannot be written),
    and the caller takes the reference path. Without ``plain``, enum members are
    left in place of their values, for orjson, which writes them as their values.
    """
    unstructure: Callable[[model.Brief], dict[str, Any]] = _unstructuring(plain=plain)["u_Brief"]
    return unstructure


LAZY_FROM = 512
"""Objects in a brief's lists from which :func:`for_orjson` hands them over one by one."""

_LISTED = tuple(zip(_anatomy.LISTS, _anatomy.LISTED, strict=True))
"""The brief's lists of objects, by field name, with their items' class."""


@functools.cache
def _listed_writers() -> dict[type[Any], Callable[[Any], dict[str, Any]]]:
    """The generated unstructuring of each class of the brief's lists, by class."""
    names = _unstructuring(plain=False)
    return {cls: names[f"u_{cls.__name__}"] for _, cls in _LISTED}


def for_orjson(brief: model.Brief) -> tuple[dict[str, Any], Callable[[Any], Any] | None]:
    """The brief as data for ``orjson.dumps``, and the ``default`` to pass with it.

    A brief with fewer than :data:`LAZY_FROM` objects in its lists is written into
    dicts at once (``default`` None): the fastest way for the briefs people
    write. A larger one keeps the objects of its lists in place, and orjson
    hands them to ``default`` one at a time, which writes each into its dicts
    just before orjson encodes them; they are let go right after. So no more
    than one object's dicts are alive at once, and the garbage collector, set
    off by the count of new objects alive, does not run over and over while
    tens of thousands of them build up (the dump of a 3 MB brief took 1.3 times
    pydantic's time that way, and takes about its time this way). ``default``
    takes exactly the objects left in place, in their order, and writes each by
    its own class, as the converter does; it raises :class:`Doubt` for anything
    else, on which orjson without it would have failed.
    """
    names = _unstructuring(plain=False)
    count = sum(len(getattr(brief, name)) for name, _ in _LISTED)  # TypeError: no list there
    if count < LAZY_FROM:
        return names["u_Brief"](brief), None
    data: dict[str, Any] = names["l_Brief"](brief)
    expected = itertools.chain.from_iterable(data.get(name, ()) for name, _ in _LISTED)
    writers = _listed_writers()

    def default(value: Any) -> Any:
        if value is not next(expected, None):
            raise Doubt
        return writers[type(value)](value)

    return data, default
