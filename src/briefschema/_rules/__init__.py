"""Integrity rules: what JSON Schema cannot say about a brief.

Each rule is one small generator that yields problems, registered with a
stable code, a severity, a sentence of meaning and an example of a violation
(the rule catalogue in ``docs/rules.md`` is generated from this registry).
Rules run on a structured :class:`~briefschema.model.Brief`, so they may rely
on everything the schema guarantees.

The machinery (where objects stand, the context every rule reads, the registry)
is in :mod:`._core`; the rules, by family, in the modules imported below, in the
order of the catalogue (:data:`FAMILIES`): a module registers its rules when it is
imported, so they are imported in that order here, not where an import sorter puts them.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Mapping

from briefschema._rules._core import (
    HINTS,
    RULES,
    Context,
    Located,
    Places,
    Rule,
    _misreferences,
    _references_resolve,
    _walk,
    catalogue,
    rule,
    run,
)

FAMILIES = (
    "_references",
    "_quotes",
    "_dates",
    "_positions",
    "_negotiation",
    "_structure",
    "_warnings",
)
"""The modules of rules, in catalogue order: each registers its rules when imported."""

_MODULES = {family: importlib.import_module(f"{__name__}.{family}") for family in FAMILIES}
IDENTIFIER_FORMATS: Mapping[str, re.Pattern[str]] = _MODULES["_structure"].IDENTIFIER_FORMATS
"""The pattern of each identifier scheme (see :mod:`._structure`)."""

__all__ = [
    "HINTS",
    "IDENTIFIER_FORMATS",
    "RULES",
    "Context",
    "Located",
    "Places",
    "Rule",
    "_misreferences",
    "_references_resolve",
    "_walk",
    "catalogue",
    "rule",
    "run",
]
