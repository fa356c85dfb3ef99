"""A brief as a STIX 2.1 bundle, and back.

Native first: every object of the brief is carried by objects and properties the
STIX 2.1 specification defines, so that a platform that reads only STIX (and drops
object types it does not know) still sees it: actors are ``identity`` objects (their
countries ``location`` objects they are ``located-at``), the brief is the ``report``,
and everything else (issues, documents, positions, concessions, events, judgments) is a
``note`` whose ``abstract`` names it and whose ``content`` is its words, attached by
``object_refs`` to the objects it concerns. An event with a recipient is also a
``relationship`` from its first actor to its first recipient, dated by ``start_time``
and ``stop_time`` (one per event, so that the bundle grows with the brief, not with
the product of its actors and recipients). Labels in MISP's machine-tag form (``briefschema:stance="opposes"``)
carry the brief's vocabularies, and an external reference carries each object's id.

The brief object itself is also carried whole in a property extension registered by an
``extension-definition``, so that importing gives the same brief back. On import the
extension's copy is the brief: a native property that says otherwise is a problem at
its path, and an object whose copy was stripped is a problem too, or rebuilt from its
native properties when asked. Ids are UUIDv5 of the brief's id and the object's, so an
export is deterministic.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

import attrs
import iso3166

from briefschema import _anatomy, _edtf, codec, model
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
SOURCE_NAME = "briefschema"
"""The ``source_name`` of the external reference that gives a brief object's id."""

ISSUE_TYPE = "briefschema-issue"
DOCUMENT_TYPE = "briefschema-document"
"""The new object types that earlier exports gave issues and documents (still read)."""

CONFIDENCE = {model.Confidence.LOW: 15, model.Confidence.MODERATE: 50, model.Confidence.HIGH: 85}
"""STIX 2.1 Appendix A, the Low/Med/High scale: the value each level maps to. A level
the source does not state (`unstated`) has no number: the note has no `confidence`."""

IDENTITY_CLASS = {
    model.ActorKind.PERSON: "individual",
    model.ActorKind.GROUP: "group",
    model.ActorKind.CIVIL_SOCIETY: "group",
    model.ActorKind.COALITION: "group",
    model.ActorKind.OTHER: "unknown",
}
"""STIX's identity class of each actor kind; every other kind is an ``organization``."""

SECTORS = {
    model.ActorKind.STATE: "government-national",
    model.ActorKind.GOVERNMENT: "government-national",
    model.ActorKind.INTERNATIONAL_ORGANIZATION: "government",
    model.ActorKind.BODY: "government",
    model.ActorKind.CIVIL_SOCIETY: "non-profit",
}
"""The industry sector (STIX's ``industry-sector-ov``) of the actor kinds it has one for."""

REPORT_TYPE = "foreign-policy-brief"
"""The report type of a brief: report types are an open vocabulary with no such term."""


def bundle_limits(limits: Limits) -> Limits:
    """The limits a bundle is read under, so that every brief within ``limits`` comes back.

    A bundle carries its brief twice (native objects and the extension's copy), and
    each object's STIX properties (id, time stamps, labels, references): written
    indented, a brief of the smallest objects (issues of one-letter ids and titles) takes
    up to about 40 times its size, the reference brief about 4.6 times. Its object list holds
    every list of the brief at once with the locations, relationships and located-at
    relationships derived from them, and the copy sits a few levels deeper. The brief
    itself is still checked against ``limits``.
    """
    return Limits(
        max_bytes=48 * limits.max_bytes,
        max_depth=limits.max_depth + 8,
        max_items=10 * limits.max_items,
        max_string=limits.max_string,
    )


def stix_id(stix_type: str, brief_id: str, local: str) -> str:
    """The STIX id of a brief object: UUIDv5 of the brief's id and the object's."""
    return f"{stix_type}--{uuid.uuid5(NAMESPACE, f'{brief_id}/{local}')}"


_PLAN = (
    ("actors", "actor", "identity"),
    ("issues", "issue", "note"),
    ("documents", "document", "note"),
    ("positions", "position", "note"),
    ("concessions", "concession", "note"),
    ("events", "event", "note"),
    ("judgments", "judgment", "note"),
)
"""Each list of the brief: the kind of its objects, and the STIX type that carries each
(a choice per list, so a list the model gains fails a test until it is given one here)."""

OBJECT_LABEL = "object"
"""The label that names the kind of brief object a STIX object stands for
(``briefschema:object="position"``); no model class has a field of that name."""
_LABEL = re.compile(r'briefschema:([a-z_]+)="([^"]*)"')


def label(name: str, value: str) -> str:
    """A label in MISP's machine-tag form: ``briefschema:stance="opposes"``."""
    return f'briefschema:{name}="{value}"'


@attrs.frozen
class _Context:
    """What a native form needs to know of the rest of the brief."""

    ids: Mapping[str, str]
    names: Mapping[str, str]
    report: str
    brief: str


def export(brief: model.Brief) -> dict[str, Any]:
    """The brief as a STIX 2.1 bundle (a JSON-ready dict)."""
    data = codec.to_dict(brief)
    created = _stamp(data.get("created"))
    common = {
        "spec_version": "2.1",
        "created": created,
        "modified": _stamp(data.get("modified") or data.get("created")),
    }
    context = _Context(
        ids={
            item["id"]: stix_id(stix_type, brief.id, item["id"])
            for name, _, stix_type in _PLAN
            for item in data.get(name, ())
        },
        names={
            item["id"]: item.get("name") or item.get("title") or item["id"]
            for name, _, _ in _PLAN
            for item in data.get(name, ())
        },
        report=stix_id("report", brief.id, brief.id),
        brief=brief.id,
    )
    objects: list[dict[str, Any]] = [_definition(), _author()]
    derived: dict[str, dict[str, Any]] = {}
    for name, kind, stix_type in _PLAN:
        cls = _anatomy.LIST_CLASS[name]
        for item in data.get(name, ()):
            native, more = _NATIVE[kind](item, context)
            objects.append(
                {
                    "type": stix_type,
                    "id": context.ids[item["id"]],
                    **common,
                    **native,
                    "labels": _labels(kind, cls, item),
                    "external_references": [
                        {"source_name": SOURCE_NAME, "external_id": item["id"]}
                    ],
                    "extensions": _carried(kind, item),
                }
            )
            for obj in more:
                derived.setdefault(
                    obj["id"], {"type": obj["type"], "id": obj["id"], **common, **obj}
                )
    objects.extend(derived.values())
    shell = {key: value for key, value in data.items() if key not in _anatomy.LISTS}
    source = data["source"]
    objects.append(
        {
            "type": "report",
            "id": context.report,
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


def _labels(kind: str, cls: type[Any], item: Mapping[str, Any]) -> list[str]:
    """The object's kind and the value of each of its fields of a vocabulary, as labels."""
    labels = [label(OBJECT_LABEL, kind)]
    for field in _anatomy.fields(cls):
        if field.kind == "enum" and field.name in item:
            value = item[field.name]
            labels.extend(label(field.name, v) for v in (value if field.many else [value]))
    return labels


def _carried(kind: str, item: Mapping[str, Any]) -> dict[str, Any]:
    """The extension property that carries a brief object whole, under its kind."""
    return {EXTENSION_ID: {"extension_type": "property-extension", kind: dict(item)}}


Native = Callable[[Mapping[str, Any], _Context], tuple[dict[str, Any], list[dict[str, Any]]]]
"""The native properties of a brief object, and the objects derived from it."""


def _actor(
    item: Mapping[str, Any], context: _Context
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    kind = model.ActorKind(item["kind"])
    roles = sorted({a["role"] for a in item.get("affiliations", ()) if "role" in a})
    native = {
        "name": item["name"],
        "identity_class": IDENTITY_CLASS.get(kind, "organization"),
        **_described(item.get("description")),
        **({"roles": roles} if roles else {}),
        **({"sectors": [SECTORS[kind]]} if kind in SECTORS else {}),
    }
    country = item.get("country")
    if country is None:
        return native, []
    location = _location(country, context)
    identity = context.ids[item["id"]]
    located = {
        "type": "relationship",
        "id": stix_id("relationship", context.brief, f"{item['id']}/located-at/{country}"),
        "relationship_type": "located-at",
        "source_ref": identity,
        "target_ref": location["id"],
    }
    return native, [location, located]


def _location(code: str, context: _Context) -> dict[str, Any]:
    """A country as a STIX location: its ISO 3166-1 alpha-2 code where ISO has one."""
    known = iso3166.countries_by_alpha3.get(code)
    return {
        "type": "location",
        "id": stix_id("location", context.brief, f"country/{code}"),
        "name": known.name if known is not None else code,
        "country": known.alpha2 if known is not None else code,
    }


def _titled(
    item: Mapping[str, Any], context: _Context
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    refs = _refs(item, "parent", "part_of", "parties", "issues")
    return _note(item["title"], item.get("description") or item["title"], refs, context), []


def _position(
    item: Mapping[str, Any], context: _Context
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    names = context.names
    abstract = f"{names[item['actor']]} {item['stance']}: {names[item['issue']]}"
    refs = _refs(item, *_REFERRED["position"])
    return _note(abstract, item["statement"], refs, context, item["confidence"]), []


def _concession(
    item: Mapping[str, Any], context: _Context
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    names = context.names
    abstract = (
        f"Concession ({item['status']}) by {names[item['by']]} "
        f"to {', '.join(names[to] for to in item['to'])}: "
        f"{names[item['issue']]}"
    )
    refs = _refs(item, *_REFERRED["concession"])
    return _note(abstract, item["description"], refs, context, item["confidence"]), []


def _event(
    item: Mapping[str, Any], context: _Context
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    names = context.names
    actors, recipients = item["actors"], item.get("recipients", ())
    abstract = f"{item['category']} by {', '.join(names[a] for a in actors)}"
    if recipients:
        abstract += f" to {', '.join(names[r] for r in recipients)}"
    if "date" in item:
        abstract += f" ({item['date']})"
    refs = _refs(item, "actors", "recipients", "issues", "documents")
    if not recipients or recipients[0] == actors[0]:
        return _note(abstract, item["description"], refs, context), []
    relationship = {
        "type": "relationship",
        "id": stix_id("relationship", context.brief, item["id"]),
        "relationship_type": item["category"].lower(),
        "source_ref": context.ids[actors[0]],
        "target_ref": context.ids[recipients[0]],
        "description": item["description"],
        **(_times(item["date"]) if "date" in item else {}),
    }
    return _note(abstract, item["description"], refs, context), [relationship]


def _judgment(
    item: Mapping[str, Any], context: _Context
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    likelihood = item.get("likelihood")
    abstract = "Judgment" + (f" ({likelihood['term']})" if likelihood else "")
    refs = _refs(item, *_REFERRED["judgment"])
    native = _note(abstract, item["statement"], refs, context, item["confidence"])
    if "holder" in item:
        native["authors"] = [context.names[item["holder"]]]
    return native, []


_REFERRED = {
    "position": ("actor", "issue", "addressed_to"),
    "concession": ("by", "to", "issue"),
    "judgment": ("about",),
}
"""The fields whose ids a note's ``object_refs`` lists first, in order: the order
:data:`_REFERS` reads them back in."""


def _refs(item: Mapping[str, Any], *names: str) -> list[str]:
    """The ids an object names in the given fields, in that order, each once."""
    found: dict[str, None] = {}
    for name in names:
        value = item.get(name)
        for ref in [value] if isinstance(value, str) else value or ():
            found[ref] = None
    return list(found)


def _note(
    abstract: str,
    content: str,
    refs: Sequence[str],
    context: _Context,
    confidence: str | None = None,
) -> dict[str, Any]:
    """A note about ``refs`` (their STIX ids); about the report too when none is an actor.

    A platform that drops the note types it does not know still has the report (the
    event it makes of it) to attach the note to.
    """
    level = None if confidence is None else CONFIDENCE.get(model.Confidence(confidence))
    object_refs = [context.ids[ref] for ref in refs]
    if not any(ref.startswith("identity--") for ref in object_refs):
        object_refs.append(context.report)
    return {
        "abstract": abstract,
        "content": content,
        "object_refs": object_refs,
        **({} if level is None else {"confidence": level}),
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


def _times(text: str) -> dict[str, str]:
    """``start_time`` and ``stop_time`` of a date or interval.

    They are its first moment, and the first moment after it (STIX's ``stop_time`` must
    be later); an end that is open, unknown or outside what a timestamp can say is left
    out.
    """
    when: model.Date | model.Interval = (
        model.Interval.parse(text) if "/" in text else model.Date.parse(text)
    )
    times: dict[str, str] = {}
    start = when.start if isinstance(when, model.Interval) else when
    end = when.end if isinstance(when, model.Interval) else when
    if isinstance(start, model.Date) and start.year >= 1:
        times["start_time"] = _day(*start.earliest)
    if isinstance(end, model.Date) and end.latest != (9999, 12, 31) and end.year >= 1:
        times["stop_time"] = _day(*end.latest, after=True)
    return times


def _day(year: int, month: int, day: int, *, after: bool = False) -> str:
    moment = dt.datetime(year, month, day, tzinfo=dt.UTC)
    if after:
        moment += dt.timedelta(days=1)
    return _stamp(_edtf.format_timestamp(moment))


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
        "description": "A structured foreign-policy brief: each STIX object that stands for "
        "an object of the brief carries it whole, under the key naming its kind.",
        "schema": SCHEMA,
        "version": "1.0.0",
        "extension_types": ["property-extension"],
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


@attrs.frozen
class Imported:
    """What a bundle carries.

    Its brief's data (not yet checked), and the paths of the objects rebuilt from their
    native properties because their copy was stripped.
    """

    data: dict[str, Any]
    rebuilt: tuple[str, ...]


def import_(bundle: object, *, rebuild: bool) -> Imported:
    """The brief data a bundle made by :func:`export` carries (not yet checked).

    An object that names a brief object (its external reference) but carries no copy of
    it is a problem, or with ``rebuild`` is rebuilt from its native properties where
    they say enough.

    Raises:
        ValidationError: the bundle is not one: no report with a brief, an object whose
            extension is not an object, an object whose copy is missing; each problem
            with its JSON path.

    """
    problems: list[Problem] = []
    shell: dict[str, Any] | None = None
    lists: dict[str, list[Any]] = {name: [] for name in _anatomy.LISTS}
    objects = list(_objects(bundle, problems))
    stripped: list[tuple[str, Mapping[str, Any], str]] = []
    for path, obj in objects:
        extension = obj.get("extensions", {})
        carried = extension.get(EXTENSION_ID) if isinstance(extension, Mapping) else None
        if carried is None:
            kind = _marked_kind(obj)
            if kind is not None:
                stripped.append((path, obj, kind))
            continue  # else an object another tool added, or one derived: not the brief's
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
    rebuilt: list[str] = []
    if stripped:
        local = _local_ids(objects)
        countries = _countries(objects)
        for path, obj, kind in stripped:
            made = _rebuilt(obj, kind, local, countries) if rebuild else None
            if isinstance(made, dict):
                lists[_KINDS[kind]].append(made)
                rebuilt.append(path)
                continue
            why = (
                f": {made}"
                if isinstance(made, str)
                else (
                    "; import with rebuild to rebuild it from its STIX properties "
                    "(without what STIX does not hold, such as its evidence)"
                )
            )
            problems.append(
                Problem(
                    path,
                    "stix-stripped",
                    f"this {kind} carries no copy of itself in the briefschema extension "
                    f"(a platform may have stripped it){why}",
                )
            )
    if shell is None and not problems:
        problems.append(Problem("$.objects", "stix", "no report carries a brief"))
    if problems:
        raise ValidationError(problems)
    assert shell is not None
    return Imported(
        {**shell, **{name: items for name, items in lists.items() if items}}, tuple(rebuilt)
    )


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


def _labelled(obj: Mapping[str, Any]) -> dict[str, list[str]]:
    """The briefschema labels of an object: each name with its values, in order."""
    found: dict[str, list[str]] = {}
    labels = obj.get("labels")
    for text in labels if isinstance(labels, list) else ():
        match = _LABEL.fullmatch(text) if isinstance(text, str) else None
        if match is not None:
            found.setdefault(match[1], []).append(match[2])
    return found


def _external_id(obj: Mapping[str, Any]) -> str | None:
    """The brief object's id an object gives in its briefschema external reference."""
    references = obj.get("external_references")
    for reference in references if isinstance(references, list) else ():
        if isinstance(reference, Mapping) and reference.get("source_name") == SOURCE_NAME:
            value = reference.get("external_id")
            return value if isinstance(value, str) else None
    return None


def _marked_kind(obj: Mapping[str, Any]) -> str | None:
    """The kind of brief object an object says it stands for, by its label and id."""
    kinds = _labelled(obj).get(OBJECT_LABEL, [])
    if _external_id(obj) is None or len(kinds) != 1 or kinds[0] not in _KINDS:
        return None
    return kinds[0]


def _local_ids(objects: Sequence[tuple[str, Mapping[str, Any]]]) -> dict[str, tuple[str, str]]:
    """Each STIX id that stands for a brief object: the object's kind and its own id."""
    local: dict[str, tuple[str, str]] = {}
    for _, obj in objects:
        stix = obj.get("id")
        kind = _marked_kind(obj)
        own = _external_id(obj)
        if isinstance(stix, str) and kind is not None and own is not None:
            local[stix] = (kind, own)
    return local


def _countries(objects: Sequence[tuple[str, Mapping[str, Any]]]) -> dict[str, str]:
    """The country (ISO 3166-1 alpha-3) each identity is ``located-at``, by its STIX id."""
    places: dict[str, str] = {}
    for _, obj in objects:
        code = obj.get("country")
        if obj.get("type") == "location" and isinstance(code, str):
            known = iso3166.countries_by_alpha2.get(code)
            places[str(obj.get("id"))] = known.alpha3 if known is not None else code
    found: dict[str, str] = {}
    for _, obj in objects:
        target = obj.get("target_ref")
        if (
            obj.get("relationship_type") == "located-at"
            and isinstance(target, str)
            and target in places
        ):
            found.setdefault(str(obj.get("source_ref")), places[target])
    return found


def _reading(kind: str, name: str) -> tuple[str, str, bool]:
    """A reference field as a rebuild reads it, from the model.

    Its name, the kind of object it names ("" for any), and whether it holds a list.
    """
    field = _anatomy.field(_anatomy.LIST_CLASS[_KINDS[kind]], name)
    targets = field.refers_to or ()
    return name, targets[0].lower() if len(targets) == 1 else "", field.many


_REFERS = {
    **{kind: tuple(_reading(kind, name) for name in names) for kind, names in _REFERRED.items()},
    "actor": (),
    "issue": (),
    "document": (),
}
"""How a kind's references are rebuilt from a note's ``object_refs``: each field in the
order the export writes them (:data:`_REFERRED`), the kind it names, and whether it is
a list. Events are not here: their note does not tell actors from recipients."""

_UNREBUILT = ("inferred_date_parts",)
"""Vocabularies a rebuilt object cannot keep: they speak of its date, which STIX does
not hold for it."""

_TEXTS = {
    "actor": (("name", "name"), ("description", "description")),
    "issue": (("title", "abstract"), ("description", "content")),
    "document": (("title", "abstract"), ("description", "content")),
    "position": (("statement", "content"),),
    "concession": (("description", "content"),),
    "judgment": (("statement", "content"),),
}
"""Which native property holds each text field of a kind that can be rebuilt."""


def _rebuilt(
    obj: Mapping[str, Any],
    kind: str,
    local: Mapping[str, tuple[str, str]],
    countries: Mapping[str, str],
) -> dict[str, Any] | str:
    """A brief object from an object's native properties, or why there cannot be one."""
    if kind not in _REFERS:
        return f"a STIX note does not say which of an {kind}'s actors are its recipients"
    made: dict[str, Any] = {"id": _external_id(obj)}
    for name, prop in _TEXTS[kind]:
        value = obj.get(prop)
        if isinstance(value, str) and not (name == "description" and value == made.get("title")):
            made[name] = value
    cls = _anatomy.LIST_CLASS[_KINDS[kind]]
    labels = _labelled(obj)
    for field in _anatomy.fields(cls):
        if field.kind == "enum" and field.name in labels and field.name not in _UNREBUILT:
            values = labels[field.name]
            made[field.name] = values if field.many else values[0]
    given = obj.get("object_refs")
    refs = [
        local[ref]
        for ref in (given if isinstance(given, list) else ())
        if isinstance(ref, str) and ref in local
    ]
    for name, target, many in _REFERS[kind]:
        chosen = [own for k, own in refs if not target or k == target]
        if not chosen:
            continue
        if many:
            made[name] = chosen
        else:
            made[name] = chosen[0]
            refs.remove((target, chosen[0]))
    stix = obj.get("id")
    if kind == "actor" and isinstance(stix, str) and stix in countries:
        made["country"] = countries[stix]
    missing = [f.name for f in _anatomy.fields(cls) if f.required and f.name not in made]
    if missing:
        return f"its STIX properties do not give its {', '.join(missing)}"
    return made


def read(
    bundle: object,
    *,
    source_text: str | bytes | None,
    strict: bool,
    limits: Limits,
    rebuild: bool,
) -> tuple[model.Brief, tuple[str, ...]]:
    """The brief a parsed bundle carries, and the paths of the objects rebuilt.

    The brief is checked in full, and against the bundle's own native properties.

    Raises:
        ValidationError: every problem, each with its JSON path.

    """
    imported = import_(bundle, rebuild=rebuild)
    brief = codec.from_dict(imported.data, source_text=source_text, strict=strict, limits=limits)
    assert isinstance(bundle, Mapping)  # import_ refuses anything else
    problems = disagreements(bundle, brief, skip=imported.rebuilt)
    if problems:
        raise ValidationError(problems)
    return brief, imported.rebuilt


_TIMES = ("published", "start_time", "stop_time")
_UNCOMPARED = ("type", "id", "spec_version", "created", "modified", "extensions")


def disagreements(
    bundle: Mapping[str, Any], brief: model.Brief, skip: Sequence[str] = ()
) -> list[Problem]:
    """Where a native property of the bundle says otherwise than the brief it carries.

    The bundle the brief exports to is the measure: each object of the given bundle
    with the id of one of its objects has the same value for every native property the
    export writes and the object still has (a property a platform removed or added is
    no disagreement, nor is the report's list of objects). ``skip`` are the paths of
    objects rebuilt from their native properties.
    """
    expected = {obj["id"]: obj for obj in export(brief)["objects"]}
    skipped = set(skip)
    problems: list[Problem] = []
    for index, obj in enumerate(bundle.get("objects", ())):
        path = join("$.objects", index)
        if not isinstance(obj, Mapping) or path in skipped:
            continue
        stix = obj.get("id")
        want = expected.get(stix) if isinstance(stix, str) else None
        if want is None:
            continue
        for key, value in want.items():
            if (
                key in _UNCOMPARED
                or key not in obj
                or (key == "object_refs" and want["type"] == "report")
            ):
                continue
            if not _same(key, obj[key], value):
                problems.append(
                    Problem(
                        join(path, key),
                        "stix-disagrees",
                        f"says {_shown(obj[key])} where the brief object the bundle carries "
                        f"says {_shown(value)}: the carried copy is what is imported, so make "
                        "the two agree",
                    )
                )
    return problems


def _same(key: str, given: Any, want: Any) -> bool:
    """Whether a native property says what the export says.

    The same time, the same briefschema labels (a platform may add its own), or for
    references every one the export writes (a platform may add more); else the same
    JSON value.
    """
    if key == "labels":
        return (
            isinstance(given, list)
            and [text for text in given if isinstance(text, str) and _LABEL.fullmatch(text)] == want
        )
    if key in ("object_refs", "external_references"):
        if not isinstance(given, list):
            return False
        held = {_canonical(value) for value in given}
        return all(_canonical(value) in held for value in want)
    if key in _TIMES and isinstance(given, str):
        try:
            return _edtf.parse_timestamp(given) == _edtf.parse_timestamp(want)
        except ValueError:
            return False
    return bool(given == want)


def _canonical(value: Any) -> str:
    """A value as comparable text; a STIX id by its UUID alone.

    The UUID is the brief object's whatever type carries it: earlier exports made
    issues and documents new object types.
    """
    if isinstance(value, str) and "--" in value:
        return value.rsplit("--", 1)[1]
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=repr)


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
