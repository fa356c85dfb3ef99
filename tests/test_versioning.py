"""The versioning policy, enforced against the last released schema set in tests/released/.

Within a major version, a new minor version may only add optional fields; any
other change to what the schemas accept needs a major bump (new `$id`s and a new
`schema_version` major). Descriptions and titles may change freely.
"""

import copy
import json
import re
from pathlib import Path

import pytest

from briefschema import SCHEMA_VERSION, _schemagen

RELEASED = Path(__file__).parent / "released"


def last_release():
    versions = sorted(
        (p.name for p in RELEASED.iterdir()), key=lambda v: tuple(map(int, v.split(".")))
    )
    version = versions[-1]
    folder = RELEASED / version
    return version, {
        p.name: json.loads(p.read_text(encoding="utf-8")) for p in folder.glob("*.json")
    }


def strip(node):
    """The schema without its annotations: only what decides validity."""
    if isinstance(node, dict):
        return {
            k: {name: strip(sub) for name, sub in v.items()}
            if k in {"properties", "$defs"}
            else strip(v)
            for k, v in node.items()
            # additionalProperties: true is what an absent keyword means: said or not, the same.
            if k not in {"description", "title"} and not (k == "additionalProperties" and v is True)
        }
    if isinstance(node, list):
        return [strip(v) for v in node]
    return node


def incompatibilities(old, new, path="#"):
    """How ``new`` accepts less or other than ``old``, beyond added optional fields."""
    if not (isinstance(old, dict) and isinstance(new, dict)):
        return [] if old == new else [f"{path}: changed"]
    found = []
    for key in old.keys() | new.keys():
        where = f"{path}/{key}"
        if key not in new:
            found.append(f"{where}: removed")
        elif key not in old:
            if key != "$defs":
                found.append(f"{where}: added")
        elif key == "properties":
            for name, schema in old[key].items():
                if name not in new[key]:
                    found.append(f"{where}/{name}: property removed")
                else:
                    found += incompatibilities(schema, new[key][name], f"{where}/{name}")
        elif key == "required":
            if set(new[key]) != set(old[key]):
                found.append(f"{where}: required fields changed from {old[key]} to {new[key]}")
        elif key == "$defs":
            for name, schema in old[key].items():
                if name not in new[key]:
                    found.append(f"{where}/{name}: definition removed")
                else:
                    found += incompatibilities(schema, new[key][name], f"{where}/{name}")
        else:
            found += incompatibilities(old[key], new[key], where)
    return found


def major_of(document):
    return int(re.search(r"/schema/(\d+)/", document["$id"]).group(1))


def policy_problems(version, released, current, schema_version):
    """What breaks the versioning policy, going from ``released`` (at ``version``) to ``current``."""
    released_major = int(version.split(".")[0])
    majors = {major_of(doc) for doc in current.values()}
    if majors != {int(schema_version.split(".")[0])}:
        return ["the $id major must be schema_version's major"]
    (current_major,) = majors
    if current_major > released_major:
        # A major bump may change anything, but only as a new set: new $ids, minor 0.
        reused = {doc["$id"] for doc in current.values()} & {d["$id"] for d in released.values()}
        problems = [f"{id_}: a new major reuses a released $id" for id_ in sorted(reused)]
        if schema_version.split(".")[1] != "0":
            problems.append("a new major starts at minor 0")
        return problems
    if current_major < released_major:
        return ["the major went down"]
    problems = []
    changed = False
    for name, old in released.items():
        new = current.get(name)
        if new is None:
            problems.append(f"{name}: removed")
            continue
        problems += [f"{name}{p}" for p in incompatibilities(strip(old), strip(new))]
        changed |= strip(old) != strip(new)
    if problems:
        return [*problems, "an incompatible change needs a major version bump"]
    grown = changed or set(current) - set(released)
    if grown and tuple(map(int, schema_version.split("."))) <= tuple(map(int, version.split("."))):
        return ["the schemas gained fields: bump the minor version of SCHEMA_VERSION"]
    return []


def test_the_schemas_follow_the_versioning_policy():
    version, released = last_release()
    assert policy_problems(version, released, _schemagen.generate(), SCHEMA_VERSION) == []


def bumped(documents, major):
    return {
        name: dict(doc, **{"$id": doc["$id"].replace("/schema/1/", f"/schema/{major}/")})
        for name, doc in documents.items()
    }


def test_the_policy_holds_a_major_bump_to_a_new_set():
    version, released = last_release()
    current = copy.deepcopy(_schemagen.generate())
    current["actor.schema.json"]["properties"].pop("aliases")
    assert policy_problems(version, released, current, "1.0")[-1] == (
        "an incompatible change needs a major version bump"
    )
    assert policy_problems(version, released, bumped(current, 2), "2.0") == []
    assert policy_problems(version, released, bumped(current, 2), "2.1") == [
        "a new major starts at minor 0"
    ]
    assert policy_problems(version, released, current, "2.0") == [
        "the $id major must be schema_version's major"
    ]
    half = dict(bumped(current, 2), **{"actor.schema.json": current["actor.schema.json"]})
    assert policy_problems(version, released, half, "2.0") == [
        "the $id major must be schema_version's major"
    ]


def test_the_policy_wants_a_minor_bump_for_an_added_field():
    version, released = last_release()
    current = copy.deepcopy(_schemagen.generate())
    current["actor.schema.json"]["properties"]["rank"] = {"type": "integer"}
    assert policy_problems(version, released, current, "1.0") == [
        "the schemas gained fields: bump the minor version of SCHEMA_VERSION"
    ]
    assert policy_problems(version, released, current, "1.1") == []


BASE = strip(_schemagen.generate()["actor.schema.json"])


def changed(edit):
    new = copy.deepcopy(BASE)
    edit(new)
    return incompatibilities(BASE, new)


@pytest.mark.parametrize(
    ("description", "edit", "compatible"),
    [
        (
            "an optional field added",
            lambda s: s["properties"].update(rank={"type": "integer"}),
            True,
        ),
        (
            "a required field added",
            lambda s: (
                s["properties"].update(rank={"type": "integer"}),
                s["required"].append("rank"),
            ),
            False,
        ),
        ("a field removed", lambda s: s["properties"].pop("aliases"), False),
        ("a field made required", lambda s: s["required"].append("country"), False),
        (
            "a field's type changed",
            lambda s: s["properties"]["name"].update({"$ref": "defs.schema.json#/$defs/local-id"}),
            False,
        ),
        ("a list constraint added", lambda s: s["properties"]["aliases"].update(maxItems=3), False),
        ("a constraint dropped", lambda s: s["properties"]["aliases"].pop("uniqueItems"), False),
        ("unknown fields allowed", lambda s: s.update(additionalProperties=True), False),
    ],
)
def test_the_policy_check_tells_compatible_from_incompatible(description, edit, compatible):
    assert (changed(edit) == []) is compatible, description


def test_an_enum_value_removed_is_incompatible():
    old = strip(_schemagen.generate()["defs.schema.json"])
    new = copy.deepcopy(old)
    new["$defs"]["stance"]["enum"].remove("ambiguous")
    assert incompatibilities(old, new) == ["#/$defs/stance/enum: changed"]
