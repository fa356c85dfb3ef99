"""Markers that the model attaches to its types with ``typing.Annotated``.

They carry what the JSON Schema generator and the integrity rules need to know
about a value beyond its Python type, so that the classes stay the single
source of truth: a pattern, a bound, or the kind of object a reference names.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

END = "(?![\\s\\S])"
"""End of input, for patterns. Not ``$``: in Python's ``re`` (which
python-jsonschema uses) ``$`` also matches before a final newline, so
``"us\\n"`` would pass as an id. ECMA-262 has no ``\\Z``; this lookahead means
the same in every engine."""


def whole(body: str) -> str:
    """A pattern that matches ``body`` and nothing before or after it."""
    return f"^{body}{END}"


@attrs.frozen
class Shape:
    """JSON Schema keywords for a value type, shared under ``$defs/<name>``.

    Args:
        name: the definition's name in the shared definitions file.
        description: what the value is, used as the definition's description.
        keywords: further JSON Schema keywords (``pattern``, ``minimum``, ...).

    """

    name: str
    description: str
    keywords: Mapping[str, Any] = attrs.field(factory=dict, eq=False)
    # The name identifies the shape; leaving the keywords out of eq and hash
    # keeps Annotated types hashable, which cattrs' dispatch needs.


@attrs.frozen
class Bounds:
    """Per-field array constraints: ``minItems``, ``maxItems`` and ``uniqueItems``."""

    min_items: int = 0
    unique: bool = False
    max_items: int | None = None


@attrs.frozen
class RefTo:
    """Marks a string as a reference to the local id of another object.

    Args:
        kinds: the names of the classes the reference may name; empty means
            any object that has an id.

    """

    kinds: tuple[str, ...] = ()
