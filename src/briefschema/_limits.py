"""Limits on what a document may cost to read, checked before any real work.

A hostile document should cost little to refuse: the byte count is checked
before parsing, and nesting, list lengths and string lengths in one
iterative pass (no recursion, so no ``RecursionError``) before the schema,
the converter or the rules see the data.
"""

from __future__ import annotations

from collections.abc import Iterator

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
_INT_BITS = 14_284  # 10**4300 has 14,285 bits: only longer integers need a closer look
_INT_BOUND = 10**MAX_DIGITS


def _too_long_int(value: int) -> bool:
    return value.bit_length() > _INT_BITS and abs(value) >= _INT_BOUND


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
    """Whether ``data`` keeps the depth, items and string limits (fast: no paths)."""
    max_string, max_items = limits.max_string, limits.max_items
    level: list[object] = [data]
    for _ in range(limits.max_depth):
        below: list[object] = []
        for item in level:
            if type(item) is dict:
                if len(item) > max_items:
                    return False
                below.extend(item.values())
                below.extend(item.keys())
            elif type(item) is list:
                if len(item) > max_items:
                    return False
                below.extend(item)
            elif type(item) is str:
                if len(item) > max_string:
                    return False
            elif type(item) is int and _too_long_int(item):  # only long ones get here
                return False
        if not below:
            return True
        level = [x for x in below if type(x) is not int or x.bit_length() > _INT_BITS]
    return (
        not any(type(x) in (dict, list) for x in level)
        and all(len(x) <= max_string for x in level if type(x) is str)
        and not any(_too_long_int(x) for x in level if type(x) is int)
    )


def shape_problems(data: object, limits: Limits) -> Iterator[Problem]:
    """The first place where ``data`` breaks each of the depth, items and string limits.

    An integer of more than :data:`MAX_DIGITS` digits is reported too (code
    ``number``): no JSON text that the library reads can hold one.
    """
    if within(data, limits):
        return
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
            continue
        if type(item) is int and _too_long_int(item):
            if "number" not in reported:
                reported.add("number")
                yield Problem(
                    path,
                    "number",
                    f"the integer has more than {MAX_DIGITS:,} digits, more than a JSON "
                    "reader takes",
                )
            continue
        if not isinstance(item, dict | list | tuple):
            continue
        if depth >= limits.max_depth:
            if "depth" not in reported:
                reported.add("depth")
                yield Problem(
                    path,
                    "too-deep",
                    f"the document nests deeper than the limit of {limits.max_depth} (max_depth)",
                )
            continue
        if len(item) > limits.max_items and "items" not in reported:
            reported.add("items")
            yield Problem(
                path,
                "too-many-items",
                f"{len(item):,} items, over the limit of {limits.max_items:,} (max_items)",
            )
        below: list[tuple[object, str, int]] = []
        if isinstance(item, dict):
            for key, value in item.items():
                if (
                    isinstance(key, str)
                    and len(key) > limits.max_string
                    and "string" not in reported
                ):
                    reported.add("string")
                    yield Problem(
                        path,
                        "too-long",
                        f"an object key is over the limit of {limits.max_string:,} characters (max_string)",
                    )
                below.append((value, join(path, str(key)), depth + 1))
        else:
            below.extend((value, join(path, index), depth + 1) for index, value in enumerate(item))
        stack.extend(reversed(below))  # so that the first breach in document order is reported
