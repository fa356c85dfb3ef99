"""Round trips: generated briefs and the reference brief."""

import copy
import hashlib
import json
import runpy
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import briefschema as bs
from briefschema.strategies import briefs, source_texts

EXAMPLES = Path(__file__).parents[1] / "examples"
REFERENCE = EXAMPLES / "moscow-intransigent-syria-2013.brief.json"
SOURCE = EXAMPLES / "moscow-intransigent-syria-2013.txt"
SOURCE_SHA256 = "3b0d8e4590c6d4ae97a285737ccd757c887307c3ede966f238cf0e9ca789d80c"


def only_json_types(value: object) -> bool:
    if value is None or type(value) in (bool, int, float, str):
        return True
    if type(value) is list:
        return all(only_json_types(item) for item in value)
    if type(value) is dict:
        return all(type(k) is str and only_json_types(v) for k, v in value.items())
    return False


@given(st.data())
def test_generated_briefs_round_trip_and_pass_both_levels(data):
    text = data.draw(source_texts())
    brief = data.draw(briefs(text))
    plain = bs.to_dict(brief)
    assert only_json_types(plain)
    assert bs.from_dict(plain) == brief
    report = bs.validate(plain, source_text=text, strict=True)
    assert report.problems == ()
    written = bs.dumps(brief)
    assert bs.dumps(bs.loads(written)) == written
    assert bs.dumps(bs.loads(written.encode("utf-8"), source_text=text, strict=True)) == written


@given(briefs())
def test_canonical_json_is_stable_and_omits_unset_fields(brief):
    written = bs.dumps(brief)
    assert written.endswith("}\n") and "\n" not in written[:-1]
    # Stable: the same brief writes the same bytes, through a copy and a round trip.
    assert bs.dumps(copy.deepcopy(brief)) == written
    assert bs.dumps(bs.from_dict(json.loads(written))) == written
    # Unset optional fields are omitted, never written as null.
    assert not any(value is None for value in walk_values(json.loads(written), skip="extensions"))
    assert json.loads(written) == bs.to_dict(brief)
    # Fields come in the classes' order.
    assert list(json.loads(written)) == [
        f.name for f in attrs.fields(type(brief)) if f.name in json.loads(written)
    ]


def walk_values(node, skip):
    """Every value of a JSON document, leaving out the values under ``skip`` keys."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key != skip:
                yield value
                yield from walk_values(value, skip)
    elif isinstance(node, list):
        for value in node:
            yield value
            yield from walk_values(value, skip)


def test_the_shipped_source_is_byte_identical():
    assert hashlib.sha256(SOURCE.read_bytes()).hexdigest() == SOURCE_SHA256


def test_the_reference_brief_round_trips_byte_for_byte():
    raw = REFERENCE.read_bytes()
    assert bs.dumps(bs.loads(raw)).encode("utf-8") == raw


def test_the_reference_brief_passes_both_levels_against_the_shipped_text():
    text = SOURCE.read_bytes().decode("utf-8")
    report = bs.validate(json.loads(REFERENCE.read_bytes()), source_text=text, strict=True)
    assert report.problems == ()


def test_the_reference_brief_covers_the_article():
    brief = bs.load(REFERENCE)
    ids = {actor.id for actor in brief.actors}
    assert {
        "kerry",
        "putin",
        "lavrov",
        "al-assad",
        "us",
        "russia",
        "syrian-government",
        "syrian-opposition",
        "russian-civil-society",
    } <= ids
    us = next(a for a in brief.actors if a.id == "us")
    assert {"Washington", "the Obama administration"} <= set(us.aliases)
    assert {"assad-role", "arms-supplies-damascus", "missile-defence"} <= {
        i.id for i in brief.issues
    }
    assert {c.kind for c in brief.concessions} == {
        bs.ConcessionKind.VERBAL,
        bs.ConcessionKind.MATERIAL,
    }
    hedged = [j for j in brief.judgments if j.hedge == "it may be assumed"]
    assert hedged and hedged[0].confidence is bs.Confidence.MODERATE
    assert all(e.inferred_date_parts for e in brief.events if e.date is not None)
    every = [
        *brief.actors,
        *brief.issues,
        *brief.positions,
        *brief.concessions,
        *brief.events,
        *brief.judgments,
    ]
    assert all(item.evidence for item in every)


def test_the_build_script_reproduces_the_reference_brief():
    script = runpy.run_path(str(EXAMPLES / "build_reference_brief.py"))
    brief = script["build"](SOURCE.read_bytes().decode("utf-8"))
    assert bs.dumps(brief).encode("utf-8") == REFERENCE.read_bytes()


@pytest.mark.parametrize(
    "name",
    [
        "new-start-talks-2009-2010",
        "camp-david-accords-1978",
        "cuban-missile-crisis-1962",
        "korean-peninsula-2018",
    ],
)
def test_the_build_script_reproduces_each_negotiation_example(name):
    script = runpy.run_path(str(EXAMPLES / "build_negotiation_examples.py"))
    text = (EXAMPLES / f"{name}.txt").read_bytes().decode("utf-8")
    brief = script["EXAMPLES"][name](text)
    assert bs.dumps(brief).encode("utf-8") == (EXAMPLES / f"{name}.brief.json").read_bytes()


def test_dump_writes_atomically_and_canonically(tmp_path):
    brief = bs.load(REFERENCE)
    target = tmp_path / "brief.json"
    target.write_text("old", encoding="utf-8")
    bs.dump(brief, target)
    assert target.read_bytes() == REFERENCE.read_bytes()
    assert [p.name for p in tmp_path.iterdir()] == ["brief.json"]
