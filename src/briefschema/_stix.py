"""A brief as a STIX 2.1 bundle, and back.

STIX speaks of identities, reports, relationships and notes; it has no positions,
concessions, issues or grounded evidence. Each brief object becomes the STIX object
nearest to it, with what STIX says natively filled in for STIX consumers, and the
brief object itself carried whole in a property extension registered by an
``extension-definition`` (so that importing gives the same brief back). Issues and
documents, which STIX has no object for, are new object types of the same extension.
Ids are UUIDv5 of the brief's id and the object's, so an export is deterministic.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from briefschema import _anatomy, codec, model
from briefschema._limits import Limits
from briefschema._problems import Problem, ValidationError, join

NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://briefschema.org/stix")
"""The namespace of every id the export makes."""
SCHEMA = "https://briefschema.org/schema/1/brief.bundled.schema.json"
EXTENSION_ID = f"extension-definition--{uuid.uuid5(NAMESPACE, 'extension-definition')}"
"""The extension that carries each brief object whole: the same in every export."""
AUTHOR_ID = f"identity--{uuid.uuid5(NAMESPACE, 'briefschema')}"
"""briefschema as the creator of the extension definition."""
DEFINED = "2026-11-28T00:00:00.000Z"
"""When the extension definition was made (fixed: the definition is the same in every export)."""
EPOCH = "1970-01-01T00:00:00.000Z"
"""The time stamp of a brief that does not say when it was written."""

ISSUE_TYPE = "briefschema-issue"
DOCUMENT_TYPE = "briefschema-document"

CONFIDENCE = {model.Confidence.LOW: 15, model.Confidence.MODERATE: 50, model.Confidence.HIGH: 85}
"""STIX 2.1 Appendix A, the Low/Med/High scale: the value each level maps to."""

IDENTITY_CLASS = {
    model.ActorKind.PERSON: "individual",
    model.ActorKind.GROUP: "group",
    model.ActorKind.CIVIL_SOCIETY: "group",
    model.ActorKind.COALITION: "group",
    model.ActorKind.OTHER: "unknown",
}
"""STIX's identity class of each actor kind; every other kind is an ``organization``."""

REPORT_TYPE = "foreign-policy-brief"
"""The report type of a brief: report types are an open vocabulary with no such term."""


def bundle_limits(limits: Limits) -> Limits:
    """The limits a bundle is read under, so that every brief within ``limits`` comes back.

    A bundle carries its brief twice (native objects and the extension's copy): written
    indented it is about three and a half times the brief's size, its object list holds
    every list of the brief at once, and the copy sits a few levels deeper. The brief
    itself is still checked against ``limits``.
    """
    return Limits(
        max_bytes=4 * limits.max_bytes,
        max_depth=limits.max_depth + 8,
        max_items=8 * limits.max_items,
        max_string=limits.max_string,
    )


def stix_id(stix_type: str, brief_id: str, local: str) -> str:
    """The STIX id of a brief object: UUIDv5 of the brief's id and the object's."""
    return f"{stix_type}--{uuid.uuid5(NAMESPACE, f'{brief_id}/{local}')}"


_PLAN = (
    ("actors", "actor", "identity"),
    ("issues", "issue", ISSUE_TYPE),
    ("documents", "document", DOCUMENT_TYPE),
    ("positions", "position", "relationship"),
    ("concessions", "concession", "relationship"),
    ("events", "event", "relationship"),
    ("judgments", "judgment", "note"),
)
"""Each list of the brief: the kind of its objects, and the STIX type each becomes (a
choice per list, so a list the model gains fails a test until it is given one here)."""
_NEW_TYPES = (ISSUE_TYPE, DOCUMENT_TYPE)


def export(brief: model.Brief) -> dict[str, Any]:
    """The brief as a STIX 2.1 bundle (a JSON-ready dict)."""
    data = codec.to_dict(brief)
    created = _stamp(data.get("created"))
    common = {
        "spec_version": "2.1",
        "created": created,
        "modified": _stamp(data.get("modified") or data.get("created")),
    }
    report_id = stix_id("report", brief.id, brief.id)
    ids = {
        item["id"]: stix_id(stix_type, brief.id, item["id"])
        for name, _, stix_type in _PLAN
        for item in data.get(name, ())
    }
    objects: list[dict[str, Any]] = [_definition(), _author()]
    objects.extend(
        {
            "type": stix_type,
            "id": ids[item["id"]],
            **common,
            **_NATIVE[kind](item, ids, report_id),
            "extensions": _carried(kind, item, new=stix_type in _NEW_TYPES),
        }
        for name, kind, stix_type in _PLAN
        for item in data.get(name, ())
    )
    shell = {key: value for key, value in data.items() if key not in _anatomy.LISTS}
    source = data["source"]
    objects.append(
        {
            "type": "report",
            "id": report_id,
            **common,
            "name": data["title"],
            "description": data["summary"],
            "report_types": [REPORT_TYPE],
            "published": created,
            "object_refs": [obj["id"] for obj in objects[2:]] or [AUTHOR_ID],
            **(
                {"external_references": [_reference(source)]}
                if "url" in source or "publisher" in source
                else {}
            ),
            "extensions": _carried("brief", shell),
        }
    )
    return {
        "type": "bundle",
        "id": f"bundle--{uuid.uuid5(NAMESPACE, brief.id)}",
        "objects": objects,
    }


def _carried(kind: str, item: Mapping[str, Any], *, new: bool = False) -> dict[str, Any]:
    """The extension property that carries a brief object whole, under its kind."""
    return {
        EXTENSION_ID: {
            "extension_type": "new-sdo" if new else "property-extension",
            kind: dict(item),
        }
    }


Native = Callable[[Mapping[str, Any], Mapping[str, str], str], dict[str, Any]]


def _actor(item: Mapping[str, Any], _ids: Mapping[str, str], _report: str) -> dict[str, Any]:
    roles = sorted({a["role"] for a in item.get("affiliations", ()) if "role" in a})
    return {
        "name": item["name"],
        "identity_class": IDENTITY_CLASS.get(model.ActorKind(item["kind"]), "organization"),
        **_described(item.get("description")),
        **({"roles": roles} if roles else {}),
    }


def _titled(item: Mapping[str, Any], _ids: Mapping[str, str], _report: str) -> dict[str, Any]:
    return {"name": item["title"], **_described(item.get("description"))}


def _position(item: Mapping[str, Any], ids: Mapping[str, str], _report: str) -> dict[str, Any]:
    return {
        "relationship_type": item["stance"],
        "source_ref": ids[item["actor"]],
        "target_ref": ids[item["issue"]],
        "description": item["statement"],
        "confidence": CONFIDENCE[model.Confidence(item["confidence"])],
    }


def _concession(item: Mapping[str, Any], ids: Mapping[str, str], _report: str) -> dict[str, Any]:
    return {
        "relationship_type": "concedes",
        "source_ref": ids[item["by"]],
        "target_ref": ids[item["issue"]],
        "description": item["description"],
        "confidence": CONFIDENCE[model.Confidence(item["confidence"])],
    }


def _event(item: Mapping[str, Any], ids: Mapping[str, str], _report: str) -> dict[str, Any]:
    source = ids[item["actors"][0]]
    targets = [*item.get("recipients", ()), *item.get("issues", ())]
    return {
        "relationship_type": item["category"].lower(),
        "source_ref": source,
        "target_ref": ids[targets[0]] if targets else source,
        "description": item["description"],
    }


def _judgment(item: Mapping[str, Any], ids: Mapping[str, str], report: str) -> dict[str, Any]:
    return {
        "abstract": "Judgment",
        "content": item["statement"],
        "confidence": CONFIDENCE[model.Confidence(item["confidence"])],
        "object_refs": [ids[ref] for ref in item.get("about", ())] or [report],
    }


_NATIVE: dict[str, Native] = {
    "actor": _actor,
    "issue": _titled,
    "document": _titled,
    "position": _position,
    "concession": _concession,
    "event": _event,
    "judgment": _judgment,
}
"""What STIX says natively of each kind of brief object."""


def _stamp(timestamp: str | None) -> str:
    """A STIX timestamp (milliseconds, ``Z``) for a brief's RFC 3339 UTC timestamp."""
    if timestamp is None:
        return EPOCH
    head, _, fraction = timestamp.removesuffix("Z").partition(".")
    return f"{head}.{(fraction + '000')[:3]}Z"


def _described(text: str | None) -> dict[str, str]:
    return {} if text is None else {"description": text}


def _reference(source: Mapping[str, Any]) -> dict[str, Any]:
    reference: dict[str, Any] = {"source_name": source.get("publisher", source["title"])}
    if "url" in source:
        reference["url"] = source["url"]
    reference["description"] = source["title"]
    reference["hashes"] = {"SHA-256": source["sha256"]}
    return reference


def _definition() -> dict[str, Any]:
    return {
        "type": "extension-definition",
        "spec_version": "2.1",
        "id": EXTENSION_ID,
        "created_by_ref": AUTHOR_ID,
        "created": DEFINED,
        "modified": DEFINED,
        "name": "briefschema",
        "description": "A structured foreign-policy brief: each STIX object carries the brief "
        "object it stands for (under the key naming its kind), and issues and documents "
        f"are the new object types {ISSUE_TYPE} and {DOCUMENT_TYPE}.",
        "schema": SCHEMA,
        "version": "1.0.0",
        "extension_types": ["property-extension", "new-sdo"],
    }


def _author() -> dict[str, Any]:
    return {
        "type": "identity",
        "spec_version": "2.1",
        "id": AUTHOR_ID,
        "created": DEFINED,
        "modified": DEFINED,
        "name": "briefschema",
        "identity_class": "system",
    }


_KINDS = {cls.__name__.lower(): name for name, cls in _anatomy.LIST_CLASS.items()}
"""The list of the brief that holds each kind of object the extension carries."""


def import_(bundle: object) -> dict[str, Any]:
    """The brief data a bundle made by :func:`export` carries (not yet checked).

    Raises:
        ValidationError: the bundle is not one: no report with a brief, or an object
            whose extension is not an object; each problem with its JSON path.

    """
    problems: list[Problem] = []
    shell: dict[str, Any] | None = None
    lists: dict[str, list[Any]] = {name: [] for name in _anatomy.LISTS}
    for path, obj in _objects(bundle, problems):
        extension = obj.get("extensions", {})
        carried = extension.get(EXTENSION_ID) if isinstance(extension, Mapping) else None
        if carried is None:
            continue  # an object another tool added: not part of the brief
        if not isinstance(carried, Mapping):
            problems.append(
                Problem(
                    join(join(path, "extensions"), EXTENSION_ID),
                    "stix",
                    "the briefschema extension must be an object",
                )
            )
            continue
        for kind, value in carried.items():
            if (kind in _KINDS or kind == "brief") and not isinstance(value, Mapping):
                problems.append(
                    Problem(
                        join(join(join(path, "extensions"), EXTENSION_ID), kind),
                        "stix",
                        f"the carried {kind} must be an object",
                    )
                )
                continue
            if kind == "brief":
                if shell is not None:
                    problems.append(Problem(path, "stix", "a second report carries a brief"))
                shell = value
            elif kind in _KINDS:
                lists[_KINDS[kind]].append(value)
    if shell is None and not problems:
        problems.append(Problem("$.objects", "stix", "no report carries a brief"))
    if problems:
        raise ValidationError(problems)
    assert shell is not None
    return {**shell, **{name: items for name, items in lists.items() if items}}


def _objects(bundle: object, problems: list[Problem]) -> Iterator[tuple[str, Mapping[str, Any]]]:
    if not isinstance(bundle, Mapping) or bundle.get("type") != "bundle":
        problems.append(Problem("$", "stix", "expected a STIX bundle (an object of type bundle)"))
        return
    objects = bundle.get("objects")
    if not isinstance(objects, list):
        problems.append(Problem("$.objects", "stix", "a bundle's objects must be an array"))
        return
    for index, obj in enumerate(objects):
        path = join("$.objects", index)
        if isinstance(obj, Mapping):
            yield path, obj
        else:
            problems.append(Problem(path, "stix", "every STIX object must be an object"))
