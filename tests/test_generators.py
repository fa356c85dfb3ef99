"""pydantic models generated from the bundle with datamodel-code-generator: the recipe, tested.

A Python service that wants typed objects without this library generates pydantic
models from `schemas/brief.bundled.schema.json` with the command in
docs/guides/other-languages.md. The tests run that command, read every example
brief with the models, and run the whole conformance corpus through them: the
invalid cases they accept must be exactly the ones listed below, each for a
reason the guide states, so a consumer knows to validate with the schema too.
"""

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import TypeAdapter

from helpers import bundle_pointer

ROOT = Path(__file__).parents[1]
BUNDLE = ROOT / "schemas" / "brief.bundled.schema.json"
CASES = Path(__file__).parent / "conformance"

COMMAND = [
    "--input-file-type", "jsonschema", "--output-model-type", "pydantic_v2.BaseModel",
    "--use-title-as-name", "--field-constraints", "--use-annotated", "--strict-nullable",
    "--strict-types", "str", "int", "float", "bool",
]  # fmt: skip
"""The options of the recipe in docs/guides/other-languages.md."""

UNIQUE = "uniqueItems is not checked: a repeated item is accepted"
NULL = "an optional field given null is accepted"
TIMESTAMP = "a timestamp is read by pydantic's datetime parser, without the schema's pattern"
URL = "a URL is read as pydantic's AnyUrl, without the schema's pattern"
DROPPED = {
    ("actor.json", "a null country"): NULL,
    ("actor.json", "a repeated alias"): UNIQUE,
    ("actor.json", "a repeated identifier"): UNIQUE,
    ("actor.json", "a member twice"): UNIQUE,
    ("concession.json", "a repeated recipient"): UNIQUE,
    ("concession.json", "answers that repeat"): UNIQUE,
    ("concession.json", "the same concession twice in return"): UNIQUE,
    ("defs.json", "ftp"): URL,
    ("defs.json", "a non-ASCII character"): URL,
    ("defs.json", "no seconds"): TIMESTAMP,
    ("defs.json", "a space for T"): TIMESTAMP,
    ("defs.json", "lowercase z"): TIMESTAMP,
    ("defs.json", "seven fractional digits"): TIMESTAMP,
    ("defs.json", "a null prefix"): NULL,
    ("defs.json", "an ftp URL"): URL,
    ("defs.json", "a repeated author"): UNIQUE,
    ("defs.json", "the same id twice"): UNIQUE,
    ("document.json", "a party twice"): UNIQUE,
    ("event.json", "a repeated recipient"): UNIQUE,
    ("issue.json", "a repeated topic"): UNIQUE,
    ("judgment.json", "a repeated subject"): UNIQUE,
    ("position.json", "a repeated date part"): UNIQUE,
    ("position.json", "an addressee twice"): UNIQUE,
}
"""Every invalid conformance case the generated models accept, and why."""


@pytest.fixture(scope="module")
def models(tmp_path_factory):
    out = tmp_path_factory.mktemp("generated") / "brief_models.py"
    subprocess.run(
        [sys.executable, "-m", "datamodel_code_generator", "--input", str(BUNDLE),
         "--output", str(out), *COMMAND],
        check=True,
        capture_output=True,
    )  # fmt: skip
    spec = importlib.util.spec_from_file_location("brief_models", out)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["brief_models"] = module  # pydantic resolves the generated generics there
    spec.loader.exec_module(module)
    yield module
    del sys.modules["brief_models"]


def test_the_generated_models_read_every_example_and_give_it_back(models):
    for path in sorted((ROOT / "examples").glob("*.brief.json")):
        brief = models.Brief.model_validate_json(path.read_bytes())
        assert brief.model_dump(mode="json", exclude_none=True) == json.loads(path.read_bytes())


def test_the_generated_models_name_each_definition_once(models):
    bundle = json.loads(BUNDLE.read_text(encoding="utf-8"))
    titles = {definition["title"] for definition in bundle["$defs"].values()}
    assert all(hasattr(models, title) for title in titles)  # Stance, Extensions, Actor...
    assert not hasattr(models, "Extensions1")


def model_of(models, reference: str, bundle: dict) -> object:
    pointer = bundle_pointer(reference)
    if pointer == "#":
        return models.Brief
    return getattr(models, bundle["$defs"][pointer.rsplit("/", 1)[1]]["title"])


def test_the_generated_models_drop_exactly_the_constraints_the_guide_lists(models):
    bundle = json.loads(BUNDLE.read_text(encoding="utf-8"))
    accepted_invalid, refused_valid = set(), []
    for path in sorted(CASES.glob("*.json")):
        for group in json.loads(path.read_text(encoding="utf-8")):
            adapter = TypeAdapter(model_of(models, group["schema"]["$ref"], bundle))
            for test in group["tests"]:
                try:
                    adapter.validate_json(json.dumps(test["data"]))
                    accepted = True
                except ValueError:  # pydantic's ValidationError
                    accepted = False
                if accepted and not test["valid"]:
                    accepted_invalid.add((path.name, test["description"]))
                if test["valid"] and not accepted:
                    refused_valid.append((path.name, group["description"], test["description"]))
    assert refused_valid == []
    assert accepted_invalid == set(DROPPED)
