"""The fast path (jsonschema-rs) gives the same verdicts and problem lists as the reference path."""

import copy
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import briefschema as bs
from briefschema import validation
from briefschema.strategies import briefs, source_texts
from test_fuzz import SEEDS, VALUES, mutants, places

HERE = Path(__file__).parent
HOSTILE = json.loads((HERE / "hostile" / "expected.json").read_text(encoding="utf-8"))


def both(data, text=None, *, strict=False):
    fast, _ = validation.check(data, source_text=text, strict=strict, fast=True)
    reference, _ = validation.check(data, source_text=text, strict=strict, fast=False)
    return fast, reference


def test_the_fast_path_is_installed_here():
    assert validation.fast_path_available()


def brief_cases():
    for group in json.loads((HERE / "conformance" / "brief.json").read_text(encoding="utf-8")):
        for test in group["tests"]:
            yield pytest.param(test["data"], id=test["description"])


@pytest.mark.parametrize("data", list(brief_cases()))
def test_conformance_briefs_get_the_same_report(data):
    fast, reference = both(data)
    assert fast == reference


@pytest.mark.parametrize(
    "name",
    sorted(
        n
        for n in HOSTILE
        if HOSTILE[n]["problems"][0][1]
        not in {"json-syntax", "encoding", "duplicate-key", "number"}
    ),
)
def test_hostile_documents_get_the_same_report(name):
    data = bs.parse_json((HERE / "hostile" / name).read_bytes())
    source = HOSTILE[name]["source"]
    text = None if source is None else (HERE / "hostile" / source).read_bytes()
    fast, reference = both(data, text)
    assert fast == reference
    assert not fast.valid


@given(st.data())
def test_generated_briefs_get_the_same_report(data):
    text = data.draw(source_texts())
    plain = bs.to_dict(data.draw(briefs(text)))
    fast, reference = both(plain, text, strict=True)
    assert fast == reference
    assert fast.valid


@given(mutants())
def test_mutated_briefs_get_the_same_report(text):
    try:
        data = bs.parse_json(text)
    except bs.ValidationError as refused:
        problems = refused.problems
    else:
        fast, reference = both(data)
        assert fast == reference
        return
    # Refused before either path runs: only for what reading itself decides.
    assert {p.code for p in problems} <= {
        "encoding",
        "json-syntax",
        "duplicate-key",
        "number",
        "too-deep",
    }
    assert all(p.path.startswith("$") and p.message for p in problems)


@given(st.data())
def test_python_values_that_are_not_json_get_the_same_report(data):
    document = copy.deepcopy(data.draw(st.sampled_from(SEEDS)))
    container, key = data.draw(st.sampled_from(places(document)))
    container[key] = data.draw(
        st.one_of(VALUES, st.just((1, 2)), st.just({"a"}), st.just(b"x"), st.just(float("nan")))
    )
    fast, reference = both(document)
    assert fast == reference
