"""A small valid brief to mutate, and its source text."""

import copy
from typing import Any

from briefschema.evidence import sha256_of

TEXT = "Kerry met Putin in Moscow. Putin refused. Kerry softened his stance."


def ev(quote: str) -> dict[str, Any]:
    start = TEXT.index(quote)
    return {"quote": quote, "start": start, "end": start + len(quote)}


BASE: dict[str, Any] = {
    "schema_version": "1.0",
    "id": "test-brief",
    "title": "A test brief",
    "summary": "Kerry met Putin.",
    "source": {"title": "Test", "sha256": sha256_of(TEXT), "published": "2013-05-15"},
    "actors": [
        {
            "id": "kerry",
            "name": "John Kerry",
            "kind": "person",
            "evidence": [ev("Kerry met")],
            "affiliations": [
                {"organization": "us", "role": "Secretary of State", "start": "2013-02-01"}
            ],
        },
        {
            "id": "putin",
            "name": "Vladimir Putin",
            "kind": "person",
            "evidence": [ev("Putin in")],
            "identifiers": [{"scheme": "wikidata", "value": "Q7747"}],
        },
        {
            "id": "us",
            "name": "United States",
            "kind": "state",
            "country": "USA",
            "evidence": [ev("Kerry")],
        },
    ],
    "issues": [
        {"id": "syria", "title": "Syria", "evidence": [ev("Moscow")]},
        {
            "id": "assad-role",
            "title": "Assad's role",
            "parent": "syria",
            "evidence": [ev("stance")],
        },
    ],
    "positions": [
        {
            "id": "pos-before",
            "actor": "kerry",
            "issue": "assad-role",
            "stance": "opposes",
            "statement": "Against.",
            "basis": "inferred",
            "confidence": "moderate",
            "as_of": "2013-05-01",
            "evidence": [ev("his stance")],
        },
        {
            "id": "pos-after",
            "actor": "kerry",
            "issue": "assad-role",
            "stance": "opposes",
            "statement": "Softly against.",
            "basis": "reported",
            "confidence": "high",
            "as_of": "2013-05-07",
            "previous": "pos-before",
            "inferred_date_parts": ["year"],
            "evidence": [ev("Kerry softened his stance")],
        },
        {
            "id": "pos-putin",
            "actor": "putin",
            "issue": "syria",
            "stance": "supports",
            "statement": "For.",
            "basis": "stated",
            "confidence": "high",
            "firmness": "unyielding",
            "trend": "stable",
            "evidence": [ev("Putin refused")],
        },
    ],
    "concessions": [
        {
            "id": "con-soften",
            "by": "kerry",
            "to": ["putin"],
            "issue": "assad-role",
            "description": "Softened.",
            "kind": "verbal",
            "status": "made",
            "confidence": "high",
            "from_position": "pos-before",
            "to_position": "pos-after",
            "date": "2013-05-07/2013-05-08",
            "evidence": [ev("softened")],
        },
    ],
    "events": [
        {
            "id": "ev-meet",
            "category": "CONSULT",
            "actors": ["kerry"],
            "recipients": ["putin"],
            "description": "They met.",
            "date": "2013-05-07",
            "evidence": [ev("Kerry met Putin")],
        },
    ],
    "judgments": [
        {
            "id": "j-refusal",
            "statement": "Putin refused.",
            "confidence": "high",
            "likelihood": {"term": "likely", "scale": "icd-203-likelihood"},
            "about": ["putin", "ev-meet"],
            "evidence": [ev("Putin refused")],
        },
    ],
}


def base() -> dict[str, Any]:
    """A fresh deep copy of the base brief."""
    return copy.deepcopy(BASE)


def bundle_pointer(reference: str) -> str:
    """Where a per-file schema reference stands in the one-resource bundle, as a pointer.

    ``…/defs.schema.json#/$defs/x`` is ``#/$defs/x``, ``…/brief.schema.json`` the root
    ``#``, and ``…/actor.schema.json`` ``#/$defs/actor``.
    """
    target, _, pointer = reference.partition("#")
    name = target.rsplit("/", 1)[1].removesuffix(".schema.json")
    if name in ("defs", "brief"):
        return f"#{pointer}"
    return f"#/$defs/{name}{pointer}"
