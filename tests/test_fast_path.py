"""The fast path gives the same verdicts, problem lists and briefs as the reference path.

The fast path is jsonschema-rs's verdict, the structuring generated from the classes
(briefschema._compiled) and, for text, orjson's reading of canonical JSON; the
reference path is the limits walk, python-jsonschema, the strict converter and the
strict reader. Every document here goes through both, as data and as text.
"""

import copy
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import briefschema as bs
from briefschema import codec, validation
from briefschema.strategies import briefs, source_texts
from test_fuzz import SEEDS, VALUES, mutants, places

HERE = Path(__file__).parent
LIMITS = bs.Limits()
HOSTILE = json.loads((HERE / "hostile" / "expected.json").read_text(encoding="utf-8"))


def both(data, text=None, *, strict=False, limits=LIMITS):
    """The fast path's report (as data, and as canonical text) and the reference path's."""
    fast, made = validation.check(data, source_text=text, strict=strict, fast=True, limits=limits)
    reference, expected = validation.check(
        data, source_text=text, strict=strict, fast=False, limits=limits
    )
    assert made == expected
    try:
        document = json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
    except (TypeError, ValueError):  # not JSON data: there is no text to read
        return fast, reference
    try:
        parsed, clean_size = codec.parse(document, limits=limits)
    except bs.ValidationError:  # numbers the strict reader refuses: as text, it decides first
        return fast, reference
    read, from_text = validation.check(
        parsed, source_text=text, strict=strict, limits=limits, clean_size=clean_size
    )
    # The text's data (a tuple became a list) by the reference path:
    assert (read, from_text) == validation.check(
        parsed, source_text=text, strict=strict, limits=limits, fast=False
    )
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


def readable(name):
    """Whether the strict reader turns the corpus file into data (the rest is refused before)."""
    try:
        bs.parse_json((HERE / "hostile" / name).read_bytes())
    except bs.ValidationError:
        return False
    return True


@pytest.mark.parametrize("name", sorted(n for n in HOSTILE if readable(n)))
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
