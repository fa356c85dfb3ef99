"""The published schemas: generated from the classes, well-formed, and self-contained."""

import json
import re
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
NPM = ROOT / "node" / "schemas"


@pytest.mark.parametrize(
    "folder", [PUBLISHED, PACKAGED, NPM], ids=["schemas", "packaged", "npm-package"]
)
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
    if name == _schemagen.LLM_PROFILE:  # only keywords of the strict subset (tested there)
        assert "$schema" not in document
        assert "$id" not in document
    else:
        assert document["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        assert document["$id"] == f"https://briefschema.org/schema/1/{name}"
    assert document["title"]
    for path, node in walk(document):
        if isinstance(node, dict) and "properties" in node:
            assert node["additionalProperties"] is False, path
            for prop, sub in node["properties"].items():
                described = sub
                if name == _schemagen.LLM_PROFILE and set(sub) == {"$ref"}:  # no siblings there:
                    described = document["$defs"][sub["$ref"].removeprefix("#/$defs/")]
                assert described.get("description"), f"{path}/properties/{prop} has no description"
        if path.endswith("/$defs/extensions"):
            assert node["additionalProperties"] is True  # open to any key, and said so


def test_the_registry_resolves_every_reference_without_the_network():
    registry = bs.schema_registry()
    resolver = registry.resolver()
    for name in _schemagen.generate():  # the bundle is not registered: it repeats these ids
        document = registry.contents(f"https://briefschema.org/schema/1/{name}")
        for _, node in walk(document):
            if isinstance(node, dict) and isinstance(node.get("$ref"), str):
                base = resolver.lookup(f"https://briefschema.org/schema/1/{name}").resolver
                base.lookup(node["$ref"])  # raises if anything is missing


def test_the_bundle_is_one_resource_with_local_references_and_named_definitions():
    bundle = json.loads((PUBLISHED / _schemagen.BUNDLE).read_text(encoding="utf-8"))
    text = json.dumps(bundle)
    assert text.count('"$id"') == 1  # the root's only
    refs = re.findall(r'"\$ref": "([^"]*)"', text)
    assert refs
    assert all(ref.startswith("#/$defs/") for ref in refs)
    assert {ref.removeprefix("#/$defs/") for ref in refs} <= set(bundle["$defs"])
    assert all(definition.get("title") for definition in bundle["$defs"].values())
    titles = [definition["title"] for definition in bundle["$defs"].values()]
    assert len(titles) == len(set(titles))  # one type per definition, e.g. one Extensions
    assert {"Stance", "Confidence", "Extensions", "Actor", "Condition"} <= set(titles)


def test_the_bundle_holds_every_per_file_schema_with_its_references_made_local():
    published = _schemagen.generate()
    bundle = json.loads((PUBLISHED / _schemagen.BUNDLE).read_text(encoding="utf-8"))

    def per_file_refs(node):
        text = json.dumps(node)
        return len(re.findall(r'"\$ref"', text))

    shared = published[_schemagen.DEFS]["$defs"]
    for name, definition in shared.items():
        assert bundle["$defs"][name].keys() == definition.keys()
        assert bundle["$defs"][name]["description"] == definition["description"]
    for cls in _schemagen.MAIN_TYPES:
        document = published[_schemagen.file_name(cls)]
        embedded = bundle if cls is bs.Brief else bundle["$defs"][_schemagen._kebab(cls.__name__)]
        assert embedded["properties"].keys() == document["properties"].keys()
        assert embedded["required"] == document["required"]
        assert per_file_refs(embedded["properties"]) == per_file_refs(document["properties"])


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
