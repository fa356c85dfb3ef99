"""Limits on what a document may cost to read, checked before any real work.

A hostile document should cost little to refuse: the byte count is checked
before parsing, and nesting, list lengths and string lengths in one
iterative pass (no recursion, so no ``RecursionError``) before the schema,
the converter or the rules see the data.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import attrs

from briefschema._problems import Problem, join


def _positive(_: object, attribute: attrs.Attribute[int], value: int) -> None:
    if type(value) is not int or value < 1:
        raise ValueError(f"Limits.{attribute.name} must be a positive integer, not {value!r}")


@attrs.frozen(kw_only=True)
class Limits:
    """How large a document may be. The defaults are generous for real briefs.

    Args:
        max_bytes: the size of the JSON text, in UTF-8 bytes (32 MiB).
        max_depth: how deeply objects and arrays may nest (64; a brief needs
            about 8, the rest is room for extensions).
        max_items: how many items one array or object may hold (100,000).
        max_string: how many code points one string may hold (1,000,000).

    """

    max_bytes: int = attrs.field(default=32 * 1024 * 1024, validator=_positive)
    max_depth: int = attrs.field(default=64, validator=_positive)
    max_items: int = attrs.field(default=100_000, validator=_positive)
    max_string: int = attrs.field(default=1_000_000, validator=_positive)


DEFAULT_LIMITS = Limits()

MAX_DIGITS = 4300
"""The most decimal digits an integer may have: what Python's JSON reader takes
(``sys.int_max_str_digits``), checked here too for data that was never JSON text."""
_INT_BOUND = 10**MAX_DIGITS


def _too_long_int(value: int) -> bool:
    return not -_INT_BOUND < value < _INT_BOUND


def size_problem(size: int, limits: Limits) -> Problem | None:
    """The problem with a document of ``size`` bytes, if it is too large."""
    if size <= limits.max_bytes:
        return None
    return Problem(
        "$",
        "too-large",
        f"the document is {size:,} bytes, over the limit of {limits.max_bytes:,} (max_bytes)",
    )


def unread_problem(limits: Limits) -> Problem:
    """The problem with a file found to hold more than ``max_bytes`` (the rest left unread)."""
    return Problem(
        "$",
        "too-large",
        f"the document is more than {limits.max_bytes:,} bytes, over the limit of "
        f"{limits.max_bytes:,} (max_bytes)",
    )


def within(data: object, limits: Limits) -> bool:
    """Whether ``data`` keeps the depth, items, string and integer limits (fast: no paths).

    One pass, a level of nesting at a time; containers are JSON's own types
    (``dict``, ``list``), anything else is looked at by :func:`shape_problems`.
    """
    max_string, max_items = limits.max_string, limits.max_items
    level: list[Any] = [data]
    depth = 0
    while level and depth < limits.max_depth:
        below: list[Any] = []
        for item in level:
            kind = type(item)
            if kind is dict:
                if len(item) > max_items:
                    return False
                below.extend(item.values())
                below.extend(item.keys())
            elif kind is list:
                if len(item) > max_items:
                    return False
                below.extend(item)
            elif kind is str:
                if len(item) > max_string:
                    return False
            elif kind is int and _too_long_int(item):
                return False
        level = [x for x in below if type(x) is not int or _too_long_int(x)]
        depth += 1
    # Past the depth limit: nothing may nest further, and what is left must be in bounds.
    return not any(type(x) in (dict, list, int) for x in level) and all(
        len(x) <= max_string for x in level if type(x) is str
    )


def shape_problems(data: object, limits: Limits) -> Iterator[Problem]:
    """The first place where ``data`` breaks each of the depth, items and string limits.

    An integer of more than :data:`MAX_DIGITS` digits is reported too (code
    ``number``): no JSON text that the library reads can hold one. This walk
    writes paths; callers run the quick :func:`within` first and this only
    when it fails.
    """
    reported: set[str] = set()
    stack: list[tuple[object, str, int]] = [(data, "$", 0)]
    while stack:
        item, path, depth = stack.pop()
        if isinstance(item, str):
            if len(item) > limits.max_string and "string" not in reported:
                reported.add("string")
                yield Problem(
                    path,
                    "too-long",
                    f"the string has {len(item):,} characters, over the limit of "
                    f"{limits.max_string:,} (max_string)",
                )
        elif type(item) is int:
            if _too_long_int(item) and "number" not in reported:
                reported.add("number")
                yield Problem(
                    path,
                    "number",
                    f"the integer has more than {MAX_DIGITS:,} digits, more than a JSON "
                    "reader takes",
                )
        elif isinstance(item, dict | list | tuple) and depth >= limits.max_depth:
            if "depth" not in reported:
                reported.add("depth")
                yield Problem(
                    path,
                    "too-deep",
                    f"the document nests deeper than the limit of {limits.max_depth} (max_depth)",
                )
        elif isinstance(item, dict | list | tuple):
            if len(item) > limits.max_items and "items" not in reported:
                reported.add("items")
                yield Problem(
                    path,
                    "too-many-items",
                    f"{len(item):,} items, over the limit of {limits.max_items:,} (max_items)",
                )
            yield from _long_keys(item, path, limits, reported)
            below = (
                [(value, join(path, str(key)), depth + 1) for key, value in item.items()]
                if isinstance(item, dict)
                else [(value, join(path, index), depth + 1) for index, value in enumerate(item)]
            )
            stack.extend(reversed(below))  # so that the first breach in document order is reported


def _long_keys(item: object, path: str, limits: Limits, reported: set[str]) -> Iterator[Problem]:
    if not isinstance(item, dict) or "string" in reported:
        return
    if any(isinstance(key, str) and len(key) > limits.max_string for key in item):
        reported.add("string")
        yield Problem(
            path,
            "too-long",
            f"an object key is over the limit of {limits.max_string:,} characters (max_string)",
        )


_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{},]')
"""A JSON string (escapes kept), or a bracket or comma: what a depth scan needs to see."""


def deep_path(document: str, max_depth: int) -> str:
    """The path of the first array or object nested past ``max_depth``, from the text.

    For text too deep for the recursive reader: one scan of its tokens, which stops at
    the first container past the limit, so the cost is linear in the text before it.
    Gives the path that :func:`shape_problems` gives for the same data read whole.
    """
    frames: list[list[Any]] = []  # per open container: [path, is_object, index, key]
    for match in _TOKEN.finditer(document):
        mark = match.group()
        if mark in "[{":
            path = "$"
            if frames:
                top = frames[-1]
                path = join(top[0], top[3] if top[1] else top[2])
            if len(frames) >= max_depth:
                return path
            frames.append([path, mark == "{", 0, None])
        elif mark in "]}":
            if frames:
                frames.pop()
        elif not frames:
            continue
        elif mark == ",":
            frames[-1][2] += 1
            frames[-1][3] = None
        elif frames[-1][1] and frames[-1][3] is None:  # a key: the next value's name
            try:
                frames[-1][3] = str(json.loads(mark))
            except ValueError:
                frames[-1][3] = mark[1:-1]
    return "$"
