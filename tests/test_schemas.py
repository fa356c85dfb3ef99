"""The published schemas: generated from the classes, well-formed, and self-contained."""

import json
from pathlib import Path

import jsonschema
import pytest
import referencing
import referencing.exceptions

import briefschema as bs
from briefschema import _schemagen, validation

ROOT = Path(__file__).parents[1]
PUBLISHED = ROOT / "schemas"
PACKAGED = ROOT / "src" / "briefschema" / "schemas"


@pytest.mark.parametrize("folder", [PUBLISHED, PACKAGED], ids=["schemas", "packaged"])
def test_committed_schemas_are_what_the_classes_generate(folder):
    expected = _schemagen.render()
    assert sorted(p.name for p in folder.glob("*.json")) == sorted(expected)
    for name, text in expected.items():
        assert (folder / name).read_text(encoding="utf-8") == text, (
            f"{name} is stale: run python -m briefschema._schemagen"
        )


def walk(node, path="#"):
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, f"{path}/{index}")


@pytest.mark.parametrize("name", sorted(_schemagen.render()))
def test_each_schema_is_valid_2020_12_and_fully_described(name):
    document = json.loads((PUBLISHED / name).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(document)
    assert document["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert document["$id"] == f"https://briefschema.org/schema/1/{name}"
    assert document["title"]
    for path, node in walk(document):
        if isinstance(node, dict) and "properties" in node:
            assert node["additionalProperties"] is False, path
            for prop, sub in node["properties"].items():
                assert sub.get("description"), f"{path}/properties/{prop} has no description"
        if path.endswith("/$defs/extensions"):
            assert "additionalProperties" not in node


def test_the_registry_resolves_every_reference_without_the_network():
    registry = bs.schema_registry()
    resolver = registry.resolver()
    for name in _schemagen.generate():  # the bundle is not registered: it repeats these ids
        document = registry.contents(f"https://briefschema.org/schema/1/{name}")
        for _, node in walk(document):
            if isinstance(node, dict) and isinstance(node.get("$ref"), str):
                base = resolver.lookup(f"https://briefschema.org/schema/1/{name}").resolver
                base.lookup(node["$ref"])  # raises if anything is missing


def test_the_bundle_embeds_every_schema_unchanged():
    published = _schemagen.generate()
    bundle = json.loads((PUBLISHED / _schemagen.BUNDLE).read_text(encoding="utf-8"))
    assert bundle["$ref"] == "brief.schema.json"
    for name, document in published.items():
        embedded = bundle["$defs"][name.removesuffix(".schema.json")]
        assert embedded == {k: v for k, v in document.items() if k != "$schema"}


def test_a_remote_reference_fails_closed():
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$ref": "https://example.com/remote.json",
    }
    validator = jsonschema.Draft202012Validator(schema, registry=bs.schema_registry())
    with pytest.raises(referencing.exceptions.Unresolvable):
        validator.validate({})


def test_validators_are_built_once():
    assert validation._validator() is validation._validator()
    assert bs.schema_registry() is bs.schema_registry()
