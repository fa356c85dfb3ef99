"""The published schema and the classes accept the same documents.

Documents are drawn from the published brief schema itself (hypothesis-jsonschema),
so the check does not depend on our own strategies. Each must structure into the
classes and come back in canonical form; the reverse direction (what the classes
write passes the schema) is in test_roundtrip.py.
"""

import datetime as dt
import json
import typing
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

import briefschema as bs
from briefschema import _anatomy, _converter, _edtf, _schemagen, validation

SCHEMAS = {f"{_schemagen.BASE_URI}{name}": doc for name, doc in _schemagen.generate().items()}


def inline(node, base):
    """Replace every $ref by what it names, so that one self-contained schema remains.

    Formats are dropped for generation only: each is paired with a stricter pattern,
    and every drawn document is checked against the real schema below.
    """
    if isinstance(node, list):
        return [inline(item, base) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        target, _, pointer = node["$ref"].partition("#")
        uri = (
            target
            if target.startswith("https://")
            else (_schemagen.BASE_URI + target if target else base)
        )
        resolved = SCHEMAS[uri]
        for part in filter(None, pointer.split("/")):
            resolved = resolved[part]
        return inline(resolved, uri)
    out = {}
    for key, value in node.items():
        if key == "properties":  # names, not keywords: keep every one
            out[key] = {name: inline(sub, base) for name, sub in value.items()}
        elif key not in {"$schema", "$id", "$defs", "description", "title", "format"}:
            out[key] = inline(value, base)
    return out


BRIEF_ID = f"{_schemagen.BASE_URI}brief.schema.json"
GENERATION_SCHEMA = inline(SCHEMAS[BRIEF_ID], BRIEF_ID)
TYPES = {cls.__name__: cls for cls in _schemagen.MAIN_TYPES}
DRAWN = {
    name: from_schema(inline(SCHEMAS[_schemagen.BASE_URI + _schemagen.file_name(cls)], BRIEF_ID))
    for name, cls in TYPES.items()
}
LISTS = {
    field.name
    for cls in _anatomy.classes()
    for field in attrs.fields(cls)
    if typing.get_origin(_anatomy.hints(cls)[field.name]) is tuple
}
"""Every list field of the model, by name (canonical form omits an empty one)."""


def canonical(node):
    """What canonical form makes of a valid document: empty optional lists and empty
    extensions omitted, timestamps in UTC with Z. Nothing else may change."""
    if isinstance(node, list):
        return [canonical(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if key in LISTS and value == []:
            continue
        if key == "extensions":
            if value:
                out[key] = value
            continue
        if key in {"created", "modified"}:
            out[key] = _edtf.format_timestamp(dt.datetime.fromisoformat(value))
        else:
            out[key] = canonical(value)
    return out


# Whole briefs drawn from the schema are large by nature; every other check stays on.
@settings(deadline=None, suppress_health_check=[HealthCheck.data_too_large, HealthCheck.too_slow])
@given(from_schema(GENERATION_SCHEMA))
def test_every_document_the_schema_accepts_structures_and_comes_back_canonical(document):
    assert list(validation.schema_problems(document)) == []
    brief = _converter.structure(document, bs.Brief)
    assert bs.to_dict(brief) == canonical(document)
    written = bs.dumps(brief)
    assert json.loads(written) == canonical(document)
    assert bs.dumps(_converter.structure(json.loads(written), bs.Brief)) == written


@pytest.mark.parametrize("name", sorted(set(TYPES) - {"Brief"}))  # Brief: the test above
@settings(deadline=None)
@given(data=st.data())
def test_each_main_type_the_schema_accepts_structures_into_its_class(name, data):
    document = data.draw(DRAWN[name])
    cls = TYPES[name]
    obj = _converter.structure(document, cls)
    assert _converter.unstructure(obj) == canonical(document)


def test_the_generation_schema_keeps_every_constraint_but_formats():
    text = json.dumps(GENERATION_SCHEMA)
    assert '"$ref"' not in text
    assert '"additionalProperties": false' in text
    assert Path(__file__).parent.joinpath("conformance").is_dir()
