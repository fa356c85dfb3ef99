"""briefschema: structured foreign-policy briefs as typed classes, strict JSON and JSON Schemas.

Load and validate a brief::

    import briefschema
    brief = briefschema.load("brief.json", source_text=text)

Everything public is re-exported here; see the reference documentation.
"""

import importlib
from typing import Any

from briefschema.codec import dump, dumps, from_dict, load, loads, parse_json, to_dict
from briefschema.compare import Change, ChangeKind, Diff, diff
from briefschema.drafting import DraftError, draft
from briefschema.grounding import draft_of, ground, llm_schema
from briefschema.model import (
    LIKELIHOOD_SCALES,
    PLOVER_MODES,
    SCHEMA_VERSION,
    Actor,
    ActorKind,
    Affiliation,
    Basis,
    Bound,
    Brief,
    Comparator,
    Concession,
    ConcessionKind,
    ConcessionStatus,
    Condition,
    ConditionKind,
    Confidence,
    Date,
    DatePart,
    Document,
    DocumentKind,
    DocumentStatus,
    Event,
    EventCategory,
    Evidence,
    Firmness,
    Horizon,
    Identifier,
    Interval,
    Issue,
    Judgment,
    Likelihood,
    LikelihoodScale,
    LikelihoodTerm,
    Listed,
    PloverContext,
    PloverMode,
    Position,
    Quantity,
    Reciprocity,
    ReciprocityStatus,
    Salience,
    Source,
    Stage,
    Stance,
    Term,
    Topic,
    Trend,
)
from briefschema.validation import (
    BRIEF_SCHEMA_ID,
    BriefSchemaError,
    Limits,
    Problem,
    Report,
    Severity,
    ValidationError,
    schema_registry,
    validate,
)


def __getattr__(name: str) -> Any:
    """``__version__`` and the ``export`` module, loaded on first use (each costs an import)."""
    if name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415 - slow; only when asked

        return version("briefschema")
    if name == "export":  # briefschema.export.stix(...) without importing it first
        return importlib.import_module("briefschema.export")
    raise AttributeError(f"module 'briefschema' has no attribute {name!r}")


__all__ = [
    "BRIEF_SCHEMA_ID",
    "LIKELIHOOD_SCALES",
    "PLOVER_MODES",
    "SCHEMA_VERSION",
    "Actor",
    "ActorKind",
    "Affiliation",
    "Basis",
    "Bound",
    "Brief",
    "BriefSchemaError",
    "Change",
    "ChangeKind",
    "Comparator",
    "Concession",
    "ConcessionKind",
    "ConcessionStatus",
    "Condition",
    "ConditionKind",
    "Confidence",
    "Date",
    "DatePart",
    "Diff",
    "Document",
    "DocumentKind",
    "DocumentStatus",
    "DraftError",
    "Event",
    "EventCategory",
    "Evidence",
    "Firmness",
    "Horizon",
    "Identifier",
    "Interval",
    "Issue",
    "Judgment",
    "Likelihood",
    "LikelihoodScale",
    "LikelihoodTerm",
    "Limits",
    "Listed",
    "PloverContext",
    "PloverMode",
    "Position",
    "Problem",
    "Quantity",
    "Reciprocity",
    "ReciprocityStatus",
    "Report",
    "Salience",
    "Severity",
    "Source",
    "Stage",
    "Stance",
    "Term",
    "Topic",
    "Trend",
    "ValidationError",
    "__version__",
    "diff",
    "draft",
    "draft_of",
    "dump",
    "dumps",
    "export",
    "from_dict",
    "ground",
    "llm_schema",
    "load",
    "loads",
    "parse_json",
    "schema_registry",
    "to_dict",
    "validate",
]
