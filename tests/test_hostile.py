"""Hostile input: every bad document gets a clear error, nothing crashes, nothing is lost.

The corpus in tests/hostile/ pairs each file with the exact problems (path and
code) it must get; the largest inputs are generated here at test time.
"""

import json
import re
import time
import typing
from pathlib import Path

import attrs
import pytest

import briefschema as bs
from briefschema import _edtf, _schemagen, model
from briefschema._limits import deep_path, shape_problems
from briefschema._meta import Shape
from briefschema.cli import main
from helpers import base

HOSTILE = Path(__file__).parent / "hostile"
EXPECTED = json.loads((HOSTILE / "expected.json").read_text(encoding="utf-8"))


def source_of(name):
    """The source text's exact bytes: never read in text mode, which translates newlines."""
    source = EXPECTED[name]["source"]
    return None if source is None else (HOSTILE / source).read_bytes()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_library_refuses_it_with_exactly_the_expected_problems(name):
    with pytest.raises(bs.ValidationError) as raised:
        bs.loads((HOSTILE / name).read_bytes(), source_text=source_of(name))
    errors = raised.value.errors
    assert sorted([p.path, p.code] for p in errors) == sorted(EXPECTED[name]["problems"])
    assert all(p.message and not p.message.startswith("Traceback") for p in errors)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_cli_prints_the_problems_and_exits_1(name, capsys):
    source = EXPECTED[name]["source"]
    args = ["validate", str(HOSTILE / name)] + (
        ["--source", str(HOSTILE / source)] if source else []
    )
    assert main(args) == 1
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    for path, code in EXPECTED[name]["problems"]:
        assert re.search(rf"{re.escape(path)}: .+ \[{re.escape(code)}\]", out), (path, code, out)


def test_every_corpus_file_has_an_expectation():
    files = {p.name for p in HOSTILE.iterdir()} - {"expected.json"}
    sources = {e["source"] for e in EXPECTED.values()} - {None}
    assert files == set(EXPECTED) | sources


# ---------------------------------------------------------------------------
# Generated at test time: too large to keep in the repository.


def refused(document, limits=None):
    with pytest.raises(bs.ValidationError) as raised:
        bs.loads(document, limits=limits or bs.Limits())
    return [(p.path, p.code, p.message) for p in raised.value.problems]


def test_a_200_mb_string_is_refused_before_parsing():
    document = b'{"title": "' + b"a" * 200_000_000 + b'"}'
    assert refused(document) == [
        (
            "$",
            "too-large",
            "the document is 200,000,013 bytes, over the limit of 33,554,432 (max_bytes)",
        )
    ]


def test_a_200_mb_string_with_the_size_limit_raised_hits_the_string_limit():
    document = base()
    document["title"] = "a" * 200_000_000
    text = json.dumps(document)
    assert refused(text, bs.Limits(max_bytes=300_000_000)) == [
        (
            "$.title",
            "too-long",
            "the string has 200,000,000 characters, over the limit of 1,000,000 (max_string)",
        )
    ]


def test_a_million_actors_are_refused_by_size_and_then_by_count():
    actor = {"id": "a", "name": "A", "kind": "person"}
    document = base()
    document["actors"] = [actor] * 1_000_000
    text = json.dumps(document)
    assert refused(text)[0][1] == "too-large"
    assert refused(text, bs.Limits(max_bytes=10**9)) == [
        ("$.actors", "too-many-items", "1,000,000 items, over the limit of 100,000 (max_items)")
    ]


def test_nesting_100_000_deep_is_refused_not_a_recursion_error():
    document = '{"extensions": {"a:b": ' + "[" * 100_000 + "]" * 100_000 + "}}"
    # Too deep to read, the path is found in the text: the same one as under the limit.
    assert refused(document) == [
        (
            "$.extensions['a:b']" + "[0]" * 62,
            "too-deep",
            "the document nests deeper than the limit of 64 (max_depth)",
        )
    ]


SHAPES = [
    ("[", "]"),
    ('{"x": ', "}"),
    ('[1, "a,]", [2, {"k\\"}": ', "}]]"),
    ('{"a": [], "b": {"c": 1, "d": ', "}}"),
    ('{"e": {"a:b": [{"q": "[{", "r": ', "}]}}"),
]


@pytest.mark.parametrize("shape", range(len(SHAPES)))
def test_the_path_of_text_too_deep_to_read_is_the_one_the_limits_walk_gives(shape):
    opening, closing = SHAPES[shape]
    inner = '[{"x": 1}, ' * 150 + "0" + "]" * 150  # mixed arrays and objects, 150 deep
    document = opening * 3 + inner + closing * 3
    data = json.loads(document)  # shallow enough for the recursive reader
    expected = [p.path for p in shape_problems(data, bs.Limits()) if p.code == "too-deep"]
    assert deep_path(document, 64) == expected[0]
    # And past the recursive reader, the library gives that path too.
    deeper = opening * 3 + '[{"x": 1}, ' * 150 + "[" * 5000 + "]" * 5000 + "]" * 150 + closing * 3
    assert refused(deeper)[0][:2] == (expected[0], "too-deep")


def test_the_cli_names_the_limit_it_applied(tmp_path, capsys):
    path = tmp_path / "big.brief.json"
    path.write_text(json.dumps(base()), encoding="utf-8")
    assert main(["validate", "--max-bytes", "100", str(path)]) == 1
    out, _ = capsys.readouterr()
    assert "over the limit of 100 (max_bytes) [too-large]" in out
    assert main(["validate", "--max-depth", "0", str(path)]) == 2


# ---------------------------------------------------------------------------
# Regular expressions: linear time on adversarial input.


def patterns():
    for document in _schemagen.generate().values():
        for match in re.finditer(r'"pattern": ("(?:[^"\\]|\\.)*")', json.dumps(document)):
            yield json.loads(match.group(1))


PATTERNS = sorted(set(patterns()))


def adversarial(size):
    """Long runs of what the patterns accept, each spoiled at the very end."""
    runs = ["a", "a-", "0", "2013-", "1.", "a:", "Q1", "x.y", "%", "https://a", "2012-02-2", "/.."]
    return [run * (size // len(run)) + "\n!" for run in runs] + ["a" * size + "-", "-" * size]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_every_schema_pattern_runs_in_linear_time(pattern):
    compiled = re.compile(pattern)
    # A backtracking blow-up takes exponential time on inputs of a few dozen
    # characters; these are 100,000 characters long. The bound is generous.
    started = time.perf_counter()
    for text in adversarial(100_000):
        assert compiled.search(text) is None
    assert time.perf_counter() - started < 5.0


def test_every_pattern_is_seen():
    def marks(hint):
        if typing.get_origin(hint) is typing.Annotated:
            yield from hint.__metadata__
        for arg in typing.get_args(hint):
            yield from marks(arg)

    hints = [
        hint
        for cls in vars(model).values()
        if attrs.has(cls)
        for hint in typing.get_type_hints(cls, include_extras=True).values()
    ]
    shapes = [mark for hint in hints for mark in marks(hint) if isinstance(mark, Shape)]
    declared = {
        shape.keywords[key]["pattern"] if key == "propertyNames" else shape.keywords[key]
        for shape in shapes
        for key in ("pattern", "propertyNames")
        if key in shape.keywords
    }
    declared |= {_edtf.DATE_PATTERN, _edtf.EDTF_PATTERN, _edtf.TIMESTAMP_PATTERN}
    assert set(PATTERNS) == declared


# ---------------------------------------------------------------------------
# Nothing is lost on a round trip.

AWKWARD = (
    'quote " backslash \\ slash / controls \b\f\n\r\t \x00 \x1f '
    "astral 𝔄😀 combining e\u0301 \u0301 separators \u2028\u2029 bidi \u202e RTL \ufeff"
)


def test_text_with_every_escape_and_awkward_unicode_survives():
    document = base()
    document["summary"] = AWKWARD
    document["extensions"] = {
        "org.example:data": {
            "text": AWKWARD,
            "nested": [[{"k": AWKWARD}]],
            "n": [0, -1, 2.5, 1e300, None, True],
        },
        "org.example:order": {"z": 1, "a": 2, "m": 3},
    }
    brief = bs.from_dict(document)
    written = bs.dumps(brief)
    again = bs.loads(written)
    assert again.summary == AWKWARD
    assert again.extensions == document["extensions"]
    assert list(again.extensions["org.example:order"]) == ["z", "a", "m"]
    assert bs.dumps(again) == written


def test_escaped_astral_characters_read_as_the_characters():
    document = json.dumps(base()).replace('"A test brief"', '"\\ud835\\udd04 \\u00e9"')
    assert bs.loads(document).title == "𝔄 é"
