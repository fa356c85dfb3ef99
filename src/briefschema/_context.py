"""The JSON-LD context of a brief: its fields mapped to established vocabularies.

Written to ``schemas/brief.context.jsonld`` by ``python -m briefschema._schemagen``.
With it a brief, as it is, is linked data (JSON-LD 1.1): ids become IRIs against the
base the brief is published at, references link nodes, vocabulary values (stances,
kinds, statuses) become terms of the briefschema vocabulary, dates keep their EDTF
datatype, evidence is a W3C Web Annotation text quote and position selector,
affiliations are W3C ORG memberships, and a Wikidata identifier is ``owl:sameAs`` its
Wikidata entity. The mapping table is in ``docs/interchange/jsonld.md``; a test checks
that every field of the model is a term here.
"""

from __future__ import annotations

import enum
from typing import Any

import attrs

from briefschema import _anatomy, model

VOCAB = "https://briefschema.org/vocab#"
"""The briefschema vocabulary: what no established vocabulary says (stance, concession)."""
EDTF = "http://id.loc.gov/datatypes/edtf"
"""The Library of Congress datatype of EDTF dates, which the brief's dates are."""


def _ref(iri: str, *, many: bool = False) -> dict[str, Any]:
    return {"@id": iri, "@type": "@id", **({"@container": "@set"} if many else {})}


def _vocab(iri: str, *, many: bool = False) -> dict[str, Any]:
    """A field whose values are vocabulary terms (``opposes`` is ``bs:opposes``).

    A value spelled like a field (``about`` is a comparator and a field, ``signed`` a
    status and a field) would expand as that field's IRI; here each such word is
    redefined as the vocabulary's term, so every value is a term of the vocabulary.
    """
    return {
        "@id": iri,
        "@type": "@vocab",
        **({"@container": "@set"} if many else {}),
        "@context": {word: VOCAB + word for word in VALUES_SPELLED_AS_FIELDS},
    }


def _typed(iri: str, datatype: str) -> dict[str, Any]:
    return {"@id": iri, "@type": datatype}


def _set(iri: str) -> dict[str, Any]:
    return {"@id": iri, "@container": "@set"}


def _values_spelled_as_fields() -> list[str]:
    fields = {field.name for cls in _anatomy.classes() for field in attrs.fields(cls)}
    values = {
        member.value
        for value in vars(model).values()
        if isinstance(value, type) and issubclass(value, enum.Enum)
        for member in value
    }
    return sorted(fields & values)


VALUES_SPELLED_AS_FIELDS = _values_spelled_as_fields()

CONTEXT: dict[str, Any] = {
    "@context": {
        "@version": 1.1,
        "@vocab": VOCAB,
        "bs": VOCAB,
        "schema": "https://schema.org/",
        "oa": "http://www.w3.org/ns/oa#",
        "org": "http://www.w3.org/ns/org#",
        "time": "http://www.w3.org/2006/time#",
        "dcterms": "http://purl.org/dc/terms/",
        "owl": "http://www.w3.org/2002/07/owl#",
        "xsd": "http://www.w3.org/2001/XMLSchema#",
        "wd": "http://www.wikidata.org/entity/",
        "id": "@id",
        "schema_version": "bs:schemaVersion",
        # The brief and its source.
        "title": "dcterms:title",
        "summary": "schema:abstract",
        "source": "schema:isBasedOn",
        "authors": _set("schema:author"),
        "created": _typed("schema:dateCreated", "xsd:dateTime"),
        "modified": _typed("schema:dateModified", "xsd:dateTime"),
        "sha256": "bs:sha256",
        "publisher": "schema:publisher",
        "url": _ref("schema:url"),
        "language": "schema:inLanguage",
        "published": _typed("schema:datePublished", EDTF),
        "actors": _ref("bs:actor", many=True),
        "issues": _ref("bs:issue", many=True),
        "positions": _set("bs:position"),
        "concessions": _set("bs:concession"),
        "events": _set("bs:event"),
        "judgments": _set("bs:judgment"),
        "documents": {
            **_ref("bs:document", many=True),
            # A document's authors are actors, where a brief's are names.
            "@context": {"authors": _ref("schema:author", many=True)},
        },
        "extensions": {"@id": "bs:extensions", "@type": "@json"},
        # Actors: people, states and organizations; memberships in W3C ORG.
        "name": "schema:name",
        "kind": _vocab("bs:kind"),
        "country": "schema:addressCountry",
        "aliases": _set("schema:alternateName"),
        "description": "schema:description",
        "members": _ref("org:hasMember", many=True),
        "part_of": _ref("dcterms:isPartOf"),
        "affiliations": {
            "@id": "org:hasMembership",
            "@container": "@set",
            "@context": {"role": "org:role", "organization": _ref("org:organization")},
        },
        "organization": _ref("org:organization"),
        "role": "org:role",
        "identifiers": {
            "@id": "bs:identifier",
            "@container": "@set",
            # The scheme is the identifier's type; a Wikidata id is the entity itself.
            "@context": {
                "scheme": "@type",
                "value": "schema:value",
                "wikidata": {
                    "@id": "bs:WikidataId",
                    "@context": {
                        "@vocab": "http://www.wikidata.org/entity/",
                        "value": {"@id": "owl:sameAs", "@type": "@vocab"},
                    },
                },
            },
        },
        "scheme": "bs:scheme",
        # Issues.
        "topics": _vocab("bs:topic", many=True),
        "parent": _ref("bs:parentIssue"),
        # Positions.
        "actor": _ref("bs:holder"),
        "issue": _ref("bs:onIssue"),
        "stance": _vocab("bs:stance"),
        "statement": "bs:statement",
        "basis": _vocab("bs:basis"),
        "confidence": _vocab("bs:confidence"),
        "firmness": _vocab("bs:firmness"),
        "trend": _vocab("bs:trend"),
        "salience": _vocab("bs:salience"),
        "as_of": _typed("bs:asOf", EDTF),
        "inferred_date_parts": _vocab("bs:inferredDatePart", many=True),
        "previous": _ref("bs:previous"),
        "addressed_to": _ref("bs:addressedTo", many=True),
        "concession": _ref("bs:concedes"),
        "conditions": _set("bs:condition"),
        "quantities": {
            "@id": "bs:quantity",
            "@container": "@set",
            "@context": {"value": _typed("schema:value", "xsd:decimal")},
        },
        # Concessions.
        "by": _ref("bs:by"),
        "to": _ref("bs:to", many=True),
        "status": _vocab("bs:status"),
        "from_position": _ref("bs:fromPosition"),
        "to_position": _ref("bs:toPosition"),
        "reciprocity": "bs:reciprocity",
        "in_return_for": _ref("bs:inReturnFor", many=True),
        "stages": _set("bs:stage"),
        "under": _ref("bs:under"),
        "answers": _ref("bs:answers", many=True),
        "extent": _vocab("bs:extent"),
        "disclosure": _vocab("bs:disclosure"),
        "instruments": _set("bs:instrument"),
        "document": _ref("bs:instrumentDocument"),
        "action": _vocab("bs:instrumentAction"),
        # A deadline's `by` is a date, where a concession's is an actor.
        "deadline": {"@id": "bs:deadline", "@context": {"by": _typed("bs:deadlineBy", EDTF)}},
        "within": _typed("bs:within", "xsd:duration"),
        "date": _typed("dcterms:date", EDTF),
        "event": _ref("bs:stageEvent"),
        # Conditions, terms and quantities.
        "about": _ref("schema:about", many=True),
        "term": "bs:term",
        "start": _typed("time:hasBeginning", EDTF),
        "end": _typed("time:hasEnd", EDTF),
        "starts_with": "bs:startsWith",
        "bound": _vocab("bs:bound"),
        "duration": _typed("time:hasXSDDuration", "xsd:duration"),
        "until": _typed("bs:until", EDTF),
        "measure": "bs:measure",
        "comparator": _vocab("bs:comparator"),
        "value": "schema:value",
        "from_value": _typed("bs:fromValue", "xsd:decimal"),
        "from_comparator": _vocab("bs:fromComparator"),
        "unit": "schema:unitText",
        # Events.
        "category": _vocab("bs:category"),
        "recipients": _ref("bs:recipient", many=True),
        "place": "schema:location",
        "mode": _vocab("bs:ploverMode"),
        "contexts": _vocab("bs:ploverContext", many=True),
        "triggers": {"@id": "bs:trigger", "@container": "@set"},
        "forum": _ref("bs:forum"),
        # A participant's role is a term of the vocabulary, where a post is words.
        "participants": {
            "@id": "bs:participant",
            "@container": "@set",
            "@context": {"role": _vocab("bs:participantRole")},
        },
        "on_behalf_of": _ref("bs:onBehalfOf"),
        # Judgments.
        "holder": _ref("bs:heldBy"),
        "likelihood": {
            "@id": "bs:likelihood",
            "@context": {"term": _vocab("bs:likelihoodTerm")},
        },
        "scale": _vocab("bs:scale"),
        "hedge": "bs:hedge",
        "horizon": "bs:horizon",
        "based_on": _ref("bs:basedOn", many=True),
        "made": _typed("bs:made", EDTF),
        "outcome": "bs:outcome",
        # Documents.
        "parties": _ref("bs:hasParty", many=True),
        "targets": _ref("bs:target", many=True),
        "proposed": _typed("bs:proposed", EDTF),
        "agreed": _typed("bs:agreed", EDTF),
        "inferred_dates": _vocab("bs:inferredDate", many=True),
        "signed": _typed("bs:signed", EDTF),
        "in_force": _typed("bs:inForce", EDTF),
        "ended": _typed("bs:ended", EDTF),
        # Evidence: a W3C Web Annotation text quote and text position selector in one.
        "evidence": {
            "@id": "bs:evidence",
            "@container": "@set",
            "@context": {
                "quote": "oa:exact",
                "prefix": "oa:prefix",
                "suffix": "oa:suffix",
                "start": _typed("oa:start", "xsd:nonNegativeInteger"),
                "end": _typed("oa:end", "xsd:nonNegativeInteger"),
            },
        },
        "quote": "oa:exact",
        "prefix": "oa:prefix",
        "suffix": "oa:suffix",
    }
}
