"""Nothing is coerced, and bad JSON text gets a clear error with a path."""

import datetime as dt
import typing

import pytest

import briefschema as bs
from briefschema import _converter, _rules
from helpers import TEXT, base
from test_rules import mutate

STRICT_CASES = [
    (
        "a string for an integer",
        [["positions", 0, "evidence", 0, "start"], "3"],
        "type",
        "$.positions[0].evidence[0].start",
    ),
    (
        "a boolean for an integer",
        [["positions", 0, "evidence", 0, "start"], True],
        "type",
        "$.positions[0].evidence[0].start",
    ),
    (
        "a float for an integer",
        [["positions", 0, "evidence", 0, "start"], 3.0],
        "type",
        "$.positions[0].evidence[0].start",
    ),
    ("a string for a list", [["actors", 0, "aliases"], "abc"], "type", "$.actors[0].aliases"),
    ("a number for a string", [["title"], 3], "type", "$.title"),
    ("an object for a list", [["actors"], {"id": "x"}], "type", "$.actors"),
    ("a naive timestamp", [["created"], "2013-05-15T10:00:00"], "timestamp", "$.created"),
    ("a timestamp without seconds", [["created"], "2013-05-15T10:00Z"], "timestamp", "$.created"),
    ("an enum by name", [["actors", 0, "kind"], "PERSON"], "enum", "$.actors[0].kind"),
    (
        "an enum in the wrong case",
        [["events", 0, "category"], "consult"],
        "enum",
        "$.events[0].category",
    ),
    ("null for an optional field", [["actors", 2, "country"], None], "null", "$.actors[2].country"),
    ("an unknown key", [["actors", 0, "nickname"], "JK"], "unknown-field", "$.actors[0].nickname"),
    (
        "an extension key without a namespace",
        [["extensions"], {"score": 1}],
        "extension-key",
        "$.extensions.score",
    ),
    (
        "a day that does not exist",
        [["source", "published"], "2013-02-30"],
        "date",
        "$.source.published",
    ),
    ("a month that does not exist", [["events", 0, "date"], "2013-13"], "date", "$.events[0].date"),
    ("an empty name", [["actors", 0, "name"], ""], "empty", "$.actors[0].name"),
    ("an id with capitals", [["actors", 0, "id"], "Kerry"], "pattern", "$.actors[0].id"),
    (
        "a concession to nobody",
        [["concessions", 0, "to"], []],
        "too-few-items",
        "$.concessions[0].to",
    ),
    (
        "a repeated alias",
        [["actors", 0, "aliases"], ["JK", "JK"]],
        "duplicate-item",
        "$.actors[0].aliases",
    ),
    (
        "a negative offset",
        [["judgments", 0, "evidence", 0, "start"], -1],
        "minimum",
        "$.judgments[0].evidence[0].start",
    ),
    (
        "a missing required field",
        [["positions", 0, "stance"], "__delete__"],
        "required",
        "$.positions[0].stance",
    ),
]


def apply(change):
    path, value = change
    document = base()
    if value == "__delete__":
        return mutate(document, [[path, None]])
    *parents, last = path
    target = document
    for key in parents:
        target = target[key]
    target[last] = value
    return document


@pytest.mark.parametrize(
    ("description", "change", "code", "path"), STRICT_CASES, ids=[c[0] for c in STRICT_CASES]
)
def test_the_schema_level_refuses_it(description, change, code, path):
    report = bs.validate(apply(change))
    rule_codes = {rule.code for rule in _rules.RULES}  # the well-formed rest is checked too
    structural = [(p.code, p.path) for p in report.problems if p.code not in rule_codes]
    assert structural == [(code, path)], description


# Value constraints (lengths, patterns of ids, bounds) are the schema's job; the
# converter on its own refuses every wrong type, date, timestamp, enum and key.
TYPE_CASES = [
    c
    for c in STRICT_CASES
    if c[2] not in {"empty", "pattern", "too-few-items", "duplicate-item", "minimum"}
]


@pytest.mark.parametrize(
    ("description", "change", "code", "path"), TYPE_CASES, ids=[c[0] for c in TYPE_CASES]
)
def test_the_converter_refuses_it_too(description, change, code, path):
    """The converter is strict on its own, not only behind the schema."""
    with pytest.raises(_converter.ConversionFailed) as failed:
        _converter.structure(apply(change), bs.Brief)
    assert (code, path) in [(p.code, p.path) for p in failed.value.problems], description


@pytest.mark.parametrize(
    ("text", "code", "message"),
    [
        (b'{"a": 1, "a": 2}', "duplicate-key", "the key 'a' appears twice in one object"),
        (b'{"a": NaN}', "number", "NaN is not a JSON number"),
        (b'{"a": Infinity}', "number", "Infinity is not a JSON number"),
        (b'{"a": 1e400}', "number", "1e400 is too large for a JSON number"),
        (
            b"\xef\xbb\xbf{}",
            "encoding",
            "the document starts with a byte order mark; write UTF-8 without one",
        ),
        (b'{"a": "\xe9"}', "encoding", "not UTF-8: byte 0xe9 at offset 7"),
        (b'{"a": ', "json-syntax", "not JSON: Expecting value at line 1 column 7"),
    ],
)
def test_bad_json_text_is_refused_with_a_clear_problem(text, code, message):
    with pytest.raises(bs.ValidationError) as raised:
        bs.loads(text)
    assert [(p.path, p.code, p.message) for p in raised.value.problems] == [("$", code, message)]


def test_text_too_deep_to_read_is_refused_at_the_first_array_past_the_limit():
    with pytest.raises(bs.ValidationError) as raised:
        bs.loads(b"[" * 100_000 + b"]" * 100_000)
    assert [(p.path, p.code, p.message) for p in raised.value.problems] == [
        ("$" + "[0]" * 64, "too-deep", "the document nests deeper than the limit of 64 (max_depth)")
    ]


def test_a_lone_surrogate_is_refused():
    with pytest.raises(bs.ValidationError) as raised:
        bs.loads(bs.dumps(bs.from_dict(base())).replace('"A test brief"', '"\\ud800"'))
    assert [(p.path, p.code) for p in raised.value.problems] == [("$.title", "lone-surrogate")]


def test_the_error_type_is_a_value_error_carrying_every_problem():
    document = apply([["title"], 3])
    document["actors"][0]["kind"] = "PERSON"
    with pytest.raises(ValueError) as raised:
        bs.from_dict(document)
    assert isinstance(raised.value, bs.ValidationError)
    assert isinstance(raised.value, bs.BriefSchemaError)
    assert [(p.path, p.code) for p in raised.value.problems] == [
        ("$.actors[0].kind", "enum"),
        ("$.title", "type"),
    ]


def test_timestamps_are_written_in_utc_with_z():
    document = apply([["created"], "2013-05-15T10:00:00.250+02:00"])
    brief = bs.from_dict(document)
    assert brief.created == dt.datetime(2013, 5, 15, 8, 0, 0, 250000, tzinfo=dt.UTC)
    assert bs.to_dict(brief)["created"] == "2013-05-15T08:00:00.25Z"


def test_extensions_are_preserved_exactly():
    payload = {"org.example:data": {"z": [1, 2.5, None, True, "𝔄\u0301"], "a": {}}}
    document = apply([["extensions"], payload])
    brief = bs.from_dict(document)
    assert bs.to_dict(brief)["extensions"] == payload
    assert list(bs.to_dict(brief)["extensions"]["org.example:data"]) == ["z", "a"]


def test_structural_problems_do_not_hide_the_integrity_problems_of_the_rest():
    document = base()
    document["positions"][2]["stance"] = "pro"  # malformed: left out of the rules
    document["concessions"][0]["to"] = ["kerry"]  # well-formed, but to itself
    document["judgments"][0]["about"] = ["pos-putin", "ghost"]
    document["events"][0]["evidence"][0] = {"quote": "Putin", "start": 0, "end": 5}
    report = bs.validate(document, source_text=TEXT)
    assert [(p.code, p.path) for p in report.errors] == [
        ("enum", "$.positions[2].stance"),
        ("unresolved-reference", "$.judgments[0].about[1]"),
        ("quote-mismatch", "$.events[0].evidence[0]"),
        ("concession-to-self", "$.concessions[0].to[0]"),
    ]


def test_paths_of_the_rest_keep_their_original_indices():
    document = base()
    document["actors"][1]["kind"] = "planet"  # putin: left out; references to it stand
    document["actors"][2]["evidence"] = []
    document["judgments"][0]["id"] = "ev-meet"
    report = bs.validate(document, strict=True)
    assert [(p.code, p.path, p.message) for p in report.problems] == [
        ("enum", "$.actors[1].kind", report.problems[0].message),
        ("duplicate-id", "$.judgments[0].id", "the id 'ev-meet' is already used at $.events[0]"),
        ("missing-evidence", "$.actors[2]", "'us' cites no evidence from the source"),
    ]


def test_a_problem_outside_the_lists_stops_the_rules():
    document = base()
    del document["title"]
    document["concessions"][0]["to"] = ["kerry"]
    assert [p.code for p in bs.validate(document).problems] == ["required"]


def converter_problems(document):
    with pytest.raises(_converter.ConversionFailed) as failed:
        _converter.structure(document, bs.Brief)
    return [(p.code, p.path, p.message) for p in failed.value.problems]


def test_the_converter_alone_names_the_type_before_the_value():
    document = base()
    document["positions"][0]["stance"] = 3
    assert converter_problems(document) == [
        ("type", "$.positions[0].stance", "expected a string, got an integer")
    ]
    document["positions"][0]["stance"] = "pro"
    assert converter_problems(document) == [
        (
            "enum",
            "$.positions[0].stance",
            "'pro' is not one of 'supports', 'opposes', 'conditional', 'neutral', 'ambiguous'",
        )
    ]


def test_the_converter_alone_refuses_a_timestamp_that_is_no_real_moment():
    document = base()
    document["created"] = "0001-01-01T00:30:00+01:00"  # before year 1 in UTC
    [(code, path, message)] = converter_problems(document)
    assert (code, path) == ("timestamp", "$.created")
    assert message.startswith("'0001-01-01T00:30:00+01:00' is not a real moment:")


def test_the_converter_alone_refuses_what_json_cannot_hold_in_extensions():
    document = base()
    document["extensions"] = {"acme:x": {"list": ["ok", "a\udc80"]}}
    assert converter_problems(document) == [
        (
            "lone-surrogate",
            "$.extensions['acme:x'].list[1]",
            "the string holds a lone UTF-16 surrogate",
        )
    ]
    document["extensions"] = {"acme:x": {"n": {1: "one"}}}
    assert converter_problems(document) == [
        ("type", "$.extensions['acme:x'].n", "object key 1 is not a string")
    ]
    document["extensions"] = {"acme:x": {"\ud800": 1}}
    assert converter_problems(document) == [
        (
            "lone-surrogate",
            "$.extensions['acme:x']['\\ud800']",
            "the object key holds a lone UTF-16 surrogate",
        )
    ]
    document["extensions"] = {"acme:x": [float("inf")]}
    assert converter_problems(document) == [
        ("number", "$.extensions['acme:x'][0]", "inf is not a finite number")
    ]


def test_the_converter_alone_refuses_extensions_that_are_not_an_object():
    document = base()
    document["extensions"] = [1]
    assert converter_problems(document) == [
        ("type", "$.extensions", "expected an object, got an array")
    ]


def test_annotated_values_and_dates_go_straight_to_their_hooks():
    hook = _converter.converter().get_structure_hook
    assert hook(typing.get_type_hints(bs.Actor, include_extras=True)["id"]) is _converter._str
    assert hook(typing.get_type_hints(bs.Evidence, include_extras=True)["start"]) is _converter._int
    assert hook(bs.Date | bs.Interval) is _converter._when
    assert hook(bs.Date) is _converter._date


def test_the_converter_alone_wants_an_object_where_a_class_belongs():
    document = base()
    document["source"] = ["not", "an", "object"]
    assert converter_problems(document) == [
        ("type", "$.source", "expected an object, got an array")
    ]
