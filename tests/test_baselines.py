"""The benchmark's baselines mirror the model: they read everything the library writes.

`benchmarks/bench.py` compares the library with the same model written for pydantic
and msgspec; a field the mirrors lack would make the comparison fail or flatter us.
"""

import json
import sys
from pathlib import Path

import msgspec
import pydantic
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import briefschema as bs
from briefschema.strategies import briefs

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from baselines import MBrief, PBrief  # noqa: E402 - the benchmarks folder is not a package


def read_by_both(raw: bytes) -> None:
    PBrief.model_validate_json(raw)
    msgspec.json.decode(raw, type=MBrief)


@pytest.mark.parametrize("path", sorted((ROOT / "examples").glob("*.brief.json")), ids=str)
def test_the_baselines_read_every_example(path):
    read_by_both(path.read_bytes())


@settings(max_examples=20)
@given(st.data())
def test_the_baselines_read_generated_briefs_with_every_field(data):
    read_by_both(bs.dumps(data.draw(briefs())).encode())


def test_the_baselines_refuse_an_unknown_field():
    raw = (ROOT / "examples" / "moscow-intransigent-syria-2013.brief.json").read_bytes()
    changed = raw.replace(b'"schema_version"', b'"unknown":1,"schema_version"', 1)
    with pytest.raises(pydantic.ValidationError):
        PBrief.model_validate_json(changed)
    with pytest.raises(msgspec.ValidationError):
        msgspec.json.decode(changed, type=MBrief)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (b'"id":"moscow-intransigent-syria-2013"', b'"id":"Not An Id"'),  # pattern
        (b'"id":"moscow-intransigent-syria-2013"', b'"id":"' + b"a" * 129 + b'"'),  # maxLength
        (b'"date":"2013-05-07', b'"date":"2013-02-30'),  # no such day
        (b'"start":', b'"start":-'),  # minimum
        (b'"kind":"state"', b'"kind":"empire"'),  # enum
        (b'"schema_version":"1.0"', b'"schema_version":"2.0"'),  # the version's pattern
    ],
    ids=["id-pattern", "id-length", "date", "offset", "enum", "version"],
)
def test_the_baselines_check_the_constraints_of_the_published_schema(old, new):
    raw = (ROOT / "examples" / "moscow-intransigent-syria-2013.brief.json").read_bytes()
    assert old in raw
    changed = raw.replace(old, new, 1)
    assert not bs.validate(json.loads(changed)).valid
    with pytest.raises(pydantic.ValidationError):
        PBrief.model_validate_json(changed)
    with pytest.raises(msgspec.ValidationError):
        msgspec.json.decode(changed, type=MBrief)
