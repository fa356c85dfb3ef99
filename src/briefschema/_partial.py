"""The integrity rules beside structural problems, so that one round shows every problem.

When only some objects of a brief's lists are malformed (a position with a
stance that is not one of the values, an event without a date of the right
form), the rest of the brief is still checked: the malformed objects are left
out, the brief is built from the others, the rules run on it, and their
problems are given back with the objects' original positions in the lists.
A reference to a left-out object is not reported as unresolved: the object
exists, it is only malformed. When a problem lies outside the lists' objects
(a missing title, a malformed source), the brief cannot be built and only the
structural problems are reported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from briefschema import _anatomy, _compiled, _converter, _rules, model
from briefschema._limits import DEFAULT_LIMITS, Limits

if TYPE_CHECKING:
    from briefschema._problems import Problem

_LISTS = "|".join(_anatomy.LISTS)
_ITEM = re.compile(rf"\$\.({_LISTS})\[(\d+)\](?=$|[.\[])")
_ITEMS_ANYWHERE = re.compile(rf"\$\.({_LISTS})\[(\d+)\]")


def integrity_beside(
    data: object, structural: Sequence[Problem], text: str | None, limits: Limits = DEFAULT_LIMITS
) -> list[Problem]:
    """The integrity problems of the well-formed part of ``data``, with their own paths."""
    if type(data) is not dict:
        return []
    bad: dict[str, set[int]] = {}
    for problem in structural:
        found = _ITEM.match(problem.path)
        if found is None:
            return []  # outside the lists' objects: the brief cannot be built
        bad.setdefault(found.group(1), set()).add(int(found.group(2)))
    pruned = dict(data)
    kept: dict[str, list[int]] = {}
    left_out: set[str] = set()
    for name, indices in bad.items():
        items = data.get(name)
        if type(items) is not list:
            return []
        kept[name] = [i for i in range(len(items)) if i not in indices]
        pruned[name] = [items[i] for i in kept[name]]
        left_out |= {
            items[i]["id"]
            for i in indices
            if i < len(items) and type(items[i]) is dict and type(items[i].get("id")) is str
        }
    by_type = None
    structure = _compiled.structurer(clean=False, short=False)
    fast = _compiled.attempt("structure-rest", lambda: structure(pruned, limits))
    if fast is not None:  # the rest holds no structural problem: the generated code took it
        brief, by_type = fast
    else:
        try:
            brief = _converter.structure(pruned, model.Brief)
        except _converter.ConversionFailed:
            return []
    return [
        attrs.evolve(
            problem, path=_renumber(problem.path, kept), message=_renumber(problem.message, kept)
        )
        for problem in _rules.run(brief, text, by_type, left_out=frozenset(left_out))
    ]


def _renumber(text: str, kept: dict[str, list[int]]) -> str:
    """``text`` with each ``$.list[i]`` of the pruned lists turned back to the original index."""

    def original(found: re.Match[str]) -> str:
        name, index = found.group(1), int(found.group(2))
        if name in kept:
            index = kept[name][index]
        return f"$.{name}[{index}]"

    return _ITEMS_ANYWHERE.sub(original, text)
