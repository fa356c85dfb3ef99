"""The conformance corpus gets the expected verdict from three engines, per-file and bundled.

python-jsonschema (format checking on), jsonschema-rs (formats on) and Ajv 8
(2020-12, ajv-formats, strict) must each accept exactly the valid cases, both
with the per-type schema files registered and with the single bundled file.
"""

import datetime as dt
import json
import re
import shutil
import subprocess
from pathlib import Path

import jsonschema
import jsonschema_rs
import pytest
import referencing
from referencing.jsonschema import DRAFT202012

from briefschema import _converter, _edtf, _schemagen
from helpers import bundle_pointer

ROOT = Path(__file__).parents[1]
SCHEMAS = ROOT / "schemas"
CASES = Path(__file__).parent / "conformance"
NODE = ROOT / "node"


def load_cases():
    for path in sorted(CASES.glob("*.json")):
        for g, group in enumerate(json.loads(path.read_text(encoding="utf-8"))):
            for t, test in enumerate(group["tests"]):
                yield path.name, g, t, group, test


ALL = list(load_cases())


def documents(*, bundled):
    names = [_schemagen.BUNDLE] if bundled else list(_schemagen.generate())
    for name in sorted(names):
        yield json.loads((SCHEMAS / name).read_text(encoding="utf-8"))


BUNDLE_ID = _schemagen.BASE_URI + _schemagen.BUNDLE


def schema_of(group, *, bundled):
    """The case's schema; for the bundle, its reference turned into the bundle's pointer."""
    if not bundled:
        return group["schema"]
    return {"$ref": BUNDLE_ID + bundle_pointer(group["schema"]["$ref"])}


def expected():
    return {(f, g, t): test["valid"] for f, g, t, _, test in ALL}


def python_jsonschema_verdicts(*, bundled):
    resources = [
        (doc["$id"], DRAFT202012.create_resource(doc)) for doc in documents(bundled=bundled)
    ]
    registry = referencing.Registry().with_resources(resources).crawl()
    checker = jsonschema.Draft202012Validator.FORMAT_CHECKER
    verdicts = {}
    for f, g, t, group, test in ALL:
        validator = jsonschema.Draft202012Validator(
            schema_of(group, bundled=bundled), registry=registry, format_checker=checker
        )
        verdicts[f, g, t] = validator.is_valid(test["data"])
    return verdicts


def jsonschema_rs_verdicts(*, bundled):
    registry = jsonschema_rs.Registry([(doc["$id"], doc) for doc in documents(bundled=bundled)])
    verdicts = {}
    for f, g, t, group, test in ALL:
        validator = jsonschema_rs.validator_for(
            schema_of(group, bundled=bundled), registry=registry, validate_formats=True
        )
        verdicts[f, g, t] = validator.is_valid(test["data"])
    return verdicts


def ajv_verdicts(*, bundled):
    node = shutil.which("node")
    assert node, "Node.js is required for the Ajv check"
    assert (NODE / "node_modules" / "ajv").is_dir(), "run `npm ci --prefix node` first"
    args = [node, str(NODE / "conformance.mjs"), str(SCHEMAS), str(CASES)] + (
        ["--bundle"] if bundled else []
    )
    done = subprocess.run(args, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return {(v["file"], v["group"], v["test"]): v["valid"] for v in json.loads(done.stdout)}


ENGINES = {
    "python-jsonschema": python_jsonschema_verdicts,
    "jsonschema-rs": jsonschema_rs_verdicts,
    "ajv": ajv_verdicts,
}


def describe(key):
    name, _, _, group, test = next(c for c in ALL if c[:3] == key)
    return f"{name}: {group['description']}: {test['description']} (expected valid={test['valid']})"


@pytest.mark.parametrize("bundled", [False, True], ids=["per-file", "bundled"])
@pytest.mark.parametrize("engine", sorted(ENGINES))
def test_every_case_gets_the_expected_verdict(engine, bundled):
    verdicts = ENGINES[engine](bundled=bundled)
    wanted = expected()
    assert verdicts.keys() == wanted.keys()
    wrong = [describe(key) for key in wanted if verdicts[key] != wanted[key]]
    assert wrong == []


def test_the_corpus_is_large_and_balanced():
    assert len(ALL) >= 150
    valid = sum(test["valid"] for *_, test in ALL)
    assert 0.3 < valid / len(ALL) < 0.7
    files = {f for f, *_ in ALL}
    assert files == {"defs.json"} | {
        _schemagen.file_name(cls).replace(".schema", "") for cls in _schemagen.MAIN_TYPES
    }


def test_every_shared_definition_has_cases():
    defs = json.loads((SCHEMAS / "defs.schema.json").read_text(encoding="utf-8"))["$defs"]
    referenced = {
        group["schema"]["$ref"].rsplit("/", 1)[1] for f, _, _, group, _ in ALL if f == "defs.json"
    }
    enums = {name for name, schema in defs.items() if "enum" in schema}
    # Every non-enum definition has its own group; enums are covered through the objects
    # that use them and by the groups above, which check the by-name and case rules.
    assert set(defs) - enums <= referenced


MAIN = {
    f"https://briefschema.org/schema/1/{_schemagen.file_name(cls)}": cls
    for cls in _schemagen.MAIN_TYPES
}


@pytest.mark.parametrize(
    "case",
    [c for c in ALL if c[4]["valid"] and c[3]["schema"]["$ref"] in MAIN],
    ids=lambda c: f"{c[0]}:{c[4]['description']}",
)
def test_valid_documents_of_main_types_structure_into_the_classes(case):
    _, _, _, group, test = case
    cls = MAIN[group["schema"]["$ref"]]
    structured = _converter.structure(test["data"], cls)
    assert isinstance(structured, cls)
    # Nothing is lost or added: the structured object writes back the same document,
    # its timestamps in canonical form (UTC, Z).
    assert _converter.unstructure(structured) == canonical_timestamps(test["data"])


def canonical_timestamps(node):
    if isinstance(node, dict):
        return {key: canonical_timestamps(value) for key, value in node.items()}
    if isinstance(node, list):
        return [canonical_timestamps(value) for value in node]
    if isinstance(node, str) and re.match(_edtf.TIMESTAMP_PATTERN, node):
        return _edtf.format_timestamp(dt.datetime.fromisoformat(node))
    return node
