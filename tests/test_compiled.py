"""The fast parts (generated code, orjson reading and writing) give what the reference parts give.

Each fast part may only ever vouch: when it gives an answer, the answer is the
reference path's, byte for byte and object for object; when it doubts, the
reference path answers. These tests compare the two on the examples, generated
briefs, hand-picked texts and objects changed past their constructors.
"""

import copy
import datetime as dt
import json
import linecache
import math
import subprocess
import sys
import traceback
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import briefschema as bs
from briefschema import _anatomy, _compiled, _converter, _rules, codec, model, validation
from briefschema.strategies import briefs, json_values, source_texts
from helpers import BASE, TEXT, ev

EXAMPLES = Path(__file__).parents[1] / "examples"
REFERENCE = EXAMPLES / "moscow-intransigent-syria-2013.brief.json"
REFERENCE_TEXT = EXAMPLES / "moscow-intransigent-syria-2013.txt"
LIMITS = bs.Limits()
VARIANTS = [
    pytest.param({"clean": True, "short": True}, id="clean-short"),
    pytest.param({"clean": True, "short": False}, id="clean"),
    pytest.param({"clean": False, "short": False}, id="any"),
]


def reference_data():
    return json.loads(REFERENCE.read_bytes())


def walk_order(brief):
    """The reference walk's objects by class."""
    found = {}
    for node in _rules._walk(brief):
        found.setdefault(type(node.obj), []).append(node.obj)
    return found


def same_as_converter(data, limits=LIMITS, **variant):
    brief, by_type = _compiled.structurer(**variant)(data, limits)
    expected = _converter.structure(data, model.Brief)
    assert brief == expected
    # Every object found, the very objects of the brief (not equal copies), in the
    # reference walk's order, and the classes in the model's order.
    walked = walk_order(brief)
    assert by_type.keys() == walked.keys()
    for kind, objects in by_type.items():
        assert len(objects) == len(walked[kind])
        assert all(a is b for a, b in zip(objects, walked[kind], strict=True))
    assert list(by_type) == list(_rules.Context.build(brief, None).by_type)
    return brief


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("*.brief.json")))
def test_the_examples_structure_as_the_converter_does(name, variant):
    same_as_converter(json.loads((EXAMPLES / name).read_bytes()), **variant)


@pytest.mark.parametrize("variant", VARIANTS)
@given(st.data())
def test_generated_briefs_structure_as_the_converter_does(variant, data):
    brief = data.draw(briefs(data.draw(source_texts())))
    assert same_as_converter(bs.to_dict(brief), **variant) == brief


def doubted(data, limits=LIMITS, **variant):
    with pytest.raises(Exception):  # noqa: B017 - any exception is a doubt
        _compiled.structurer(**variant)(data, limits)


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda d: d["actors"][0]["evidence"][0].update(start=1.0), id="float-offset"),
        pytest.param(lambda d: d["actors"][0].update(name=_Str("x")), id="str-subclass"),
        pytest.param(lambda d: d["actors"][0].update(name="a\udc80"), id="lone-surrogate"),
        pytest.param(lambda d: d["actors"][0].update(aliases=("a", "b")), id="tuple-for-list"),
        pytest.param(lambda d: d["actors"][0].update(kind=_Str("person")), id="enum-subclass"),
        pytest.param(lambda d: d["events"][0].update(date="2013-02-30"), id="no-such-day"),
        pytest.param(lambda d: d.update(created="2013-05-15T24:00:00Z"), id="no-such-moment"),
        pytest.param(lambda d: d.update(extensions={"acme:x": math.nan}), id="nan"),
        pytest.param(lambda d: d.update(extensions={"acme:x": {1, 2}}), id="set"),
        pytest.param(lambda d: d.update(actors=(*d["actors"],)), id="tuple-of-objects"),
        pytest.param(
            lambda d: d["actors"].__setitem__(0, _Dict(d["actors"][0])), id="dict-subclass"
        ),
        pytest.param(lambda d: d.update(source=_Dict(d["source"])), id="dict-subclass-object"),
        pytest.param(lambda d: d["source"].update(title="x" * 1_000_001), id="long-string"),
    ],
)
def test_what_the_schema_cannot_see_is_doubted_by_the_full_variant(change):
    data = copy.deepcopy(BASE)
    data.setdefault(
        "events",
        [
            {
                "id": "e",
                "category": "consult",
                "actors": ["kerry"],
                "description": "met",
                "date": "2013-05-07",
            }
        ],
    )
    change(data)
    doubted(data, clean=False, short=False)


class _Str(str):
    __slots__ = ()


class _Dict(dict):
    __slots__ = ()


def test_an_integer_written_as_a_float_is_doubted_by_every_variant():
    data = reference_data()
    data["actors"][0]["evidence"][0]["start"] = float(data["actors"][0]["evidence"][0]["start"])
    for variant in (
        {"clean": True, "short": True},
        {"clean": True, "short": False},
        {"clean": False, "short": False},
    ):
        doubted(data, **variant)


def test_a_clean_text_over_max_string_bytes_still_has_its_strings_measured():
    data = copy.deepcopy(BASE)
    data["summary"] = "x" * 50
    limits = bs.Limits(max_string=40)
    doubted(data, limits, clean=True, short=False)
    same_as_converter(data, bs.Limits(max_string=64), clean=True, short=False)  # a SHA-256 is 64


@pytest.mark.parametrize(
    "limits",
    [
        bs.Limits(max_depth=7),  # a brief's own objects nest to level 7: measured by the walk
        bs.Limits(max_items=3),  # fewer than an object's fields
        bs.Limits(max_string=5),  # shorter than field names
    ],
)
def test_limits_tighter_than_the_models_shape_leave_it_to_the_walk(limits):
    doubted(reference_data(), limits, clean=False, short=False)


def test_limits_just_past_the_models_shape_are_checked_by_the_generated_code():
    widest = max(len(attrs.fields(cls)) for cls in _anatomy.classes())
    deepest = _compiled._static_depth(model.Brief)
    room = bs.Limits(max_depth=deepest + 1, max_items=widest)
    for variant in ({"clean": False, "short": False}, {"clean": True, "short": False}):
        same_as_converter(copy.deepcopy(BASE), room, **variant)
        # The extensions of the evidence of a concession's condition's term stand at the
        # deepest level (8): a list in them is at the limit, a number is not.
        data = copy.deepcopy(BASE)
        term = {"duration": "P1Y", "evidence": [dict(ev("Kerry met"), extensions={"acme:x": [1]})]}
        data["concessions"][0]["conditions"] = [
            {"kind": "precondition", "description": "First.", "term": term}
        ]
        doubted(data, room, **variant)
        term["evidence"][0]["extensions"] = {"acme:x": 1}
        same_as_converter(data, room, **variant)
        # A list one item over max_items, and one at it.
        data = copy.deepcopy(BASE)
        data["actors"][0]["aliases"] = [f"a{i}" for i in range(widest + 1)]
        doubted(data, room, **variant)
        data["actors"][0]["aliases"] = [f"a{i}" for i in range(widest)]
        same_as_converter(data, room, **variant)


def test_a_string_at_max_string_is_taken_and_one_over_doubted():
    data = copy.deepcopy(BASE)
    data["summary"] = "x" * 100
    for variant in ({"clean": False, "short": False}, {"clean": True, "short": False}):
        same_as_converter(data, bs.Limits(max_string=100), **variant)
        doubted(data, bs.Limits(max_string=99), **variant)


def test_extensions_are_measured_from_the_top_of_the_document():
    data = copy.deepcopy(BASE)
    # The actor's extensions object stands at level 3 ($ 0, actors 1, actor 2).
    data["actors"][0]["extensions"] = {"acme:x": [[[[[["deep"]]]]]]}  # lists at 4 to 9
    fine = bs.Limits(max_depth=10)
    tight = bs.Limits(max_depth=9)
    assert _compiled._static_depth(model.Brief) < 9  # else both would go to the walk
    for limits in (fine, tight):
        fast, _ = validation.check(data, source_text=TEXT, strict=False, limits=limits)
        reference, _ = validation.check(
            data, source_text=TEXT, strict=False, limits=limits, fast=False
        )
        assert fast == reference


def test_every_object_is_made_as_a_twin_and_becomes_its_own_frozen_class():
    # Each model class has a writable twin of the same layout: the objects are made
    # as twins, then set to their class, which must leave nothing of the twin behind.
    for cls in _anatomy.classes():
        assert _compiled._twin(cls) is not None, cls.__name__
    for variant in ({"clean": True, "short": True}, {"clean": False, "short": False}):
        brief, by_type = _compiled.structurer(**variant)(reference_data(), LIMITS)
        for cls, objects in by_type.items():
            for obj in objects:
                assert type(obj) is cls
                with pytest.raises(attrs.exceptions.FrozenInstanceError):
                    obj.extensions = {}
        assert brief == _converter.structure(reference_data(), model.Brief)


@attrs.frozen
class _Weak:
    """A class that takes weak references: no twin can share its layout."""

    text: str
    count: int = 0


def test_a_class_that_takes_weak_references_is_made_by_its_slots_setters():
    assert _compiled._twin(_Weak) is None
    names = _compiled._structuring_names()
    source = _compiled._structure_source(_Weak, clean=True, short=True, names=names)
    assert "W__Weak" not in source
    exec(compile(source, "<test>", "exec"), names)  # noqa: S102 - code the module wrote
    for data, expected in [({"text": "a"}, _Weak("a")), ({"text": "b", "count": 2}, _Weak("b", 2))]:
        made = names["s__Weak"](data, 0, LIMITS, {_Weak: []})
        assert made == expected
        assert type(made) is _Weak


def test_the_static_depth_is_the_deepest_container_of_a_brief():
    # $ 0, concessions 1, concession 2, conditions 3, condition 4, term 5, evidence 6,
    # evidence 7, its extensions 8.
    assert _compiled._static_depth(model.Brief) == 8


# ---------------------------------------------------------------------------
# Reading: orjson's data is kept only when the text is what it writes back.


@pytest.mark.parametrize(
    "text",
    [
        '{"a":1,"a":2}\n',  # a duplicate key
        '{"a":"\\u0041"}\n',  # an escape the writer would not use
        '{"a":-0}\n',  # the integer -0
        '{"a":1E5}\n',  # an exponent the writer would not use
        '{"a":1e-400}\n',  # a number that is not kept exactly
        '{"a":18446744073709551616}\n',  # beyond 64 bits
        '{"a":"\\ud800"}\n',  # a lone surrogate
        '{"a": 1}\n',  # insignificant white space inside
        ' {"a":1}\n',  # and before
        '\ufeff{"a":1}\n',  # a byte order mark
        "[" * 2000 + "]" * 2000 + "\n",  # deeper than orjson reads
    ],
)
def test_text_that_is_not_canonical_goes_to_the_strict_reader(text):
    try:
        expected = codec._strict_parse(text, LIMITS)
    except bs.ValidationError as refused:
        expected = refused.problems
    try:
        data, clean_size = codec.parse(text)
    except bs.ValidationError as refused:
        data, clean_size = refused.problems, 0
    assert clean_size == 0
    assert data == expected


@given(json_values())
def test_canonical_text_is_read_clean_and_as_the_strict_reader_reads_it(value):
    text = json.dumps({"v": value}, ensure_ascii=False, separators=(",", ":")) + "\n"
    expected = codec._strict_parse(text, LIMITS)
    data, clean_size = codec.parse(text)
    assert data == expected
    assert json.dumps(data) == json.dumps(expected)  # -0.0, and int against float
    if clean_size:
        assert clean_size == len(text.encode())


@pytest.mark.parametrize("end", ["", "\n", "\r\n", " \n\t"])
def test_white_space_after_a_canonical_value_is_read_clean(end):
    raw = '{"a":[1,"x"]}' + end
    data, clean_size = codec.parse(raw)
    assert clean_size == len(raw)
    assert data == codec._strict_parse(raw, LIMITS)


def test_the_reference_brief_is_read_clean():
    raw = bs.dumps(bs.loads(REFERENCE.read_bytes())).encode()
    _, clean_size = codec.parse(raw)
    assert clean_size == len(raw)


def test_a_clean_text_over_max_bytes_is_refused_as_too_large():
    raw = bs.dumps(bs.from_dict(BASE)).encode()
    with pytest.raises(bs.ValidationError) as raised:
        codec.parse(raw, limits=bs.Limits(max_bytes=len(raw) - 1))
    assert [p.code for p in raised.value.problems] == ["too-large"]


# ---------------------------------------------------------------------------
# Writing: the generated unstructuring and orjson, against the converter and json.


def reference_dumps(brief):
    return _converter.canonical_json(_converter.unstructure(brief))


# Both ways of the orjson dump: dicts made at once, and objects handed over one by one.
WAYS = [
    pytest.param(_compiled.LAZY_FROM, id="at-once-below-the-threshold"),
    pytest.param(0, id="one-by-one"),
]


@pytest.mark.parametrize("lazy_from", WAYS)
@given(st.data())
def test_generated_briefs_are_written_byte_for_byte_as_the_reference_writes_them(lazy_from, data):
    brief = data.draw(briefs(data.draw(source_texts())))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_compiled, "LAZY_FROM", lazy_from)
        assert bs.dumps(brief) == reference_dumps(brief)
    assert bs.to_dict(brief) == _converter.unstructure(brief)
    assert _compiled.unstructurer(plain=True)(brief) == _converter.unstructure(brief)


@pytest.mark.parametrize(
    "extension",
    [1e-7, 1e16, 0.1, -0.0, 2**63 - 1, 2**63, 2**64, -(2**63) - 1, "\u2028\x7f\x1f"],
)
def test_numbers_orjson_writes_differently_are_written_as_the_reference_writes_them(extension):
    brief = bs.from_dict(dict(BASE, extensions={"acme:x": [extension]}))
    assert bs.dumps(brief) == reference_dumps(brief)


@pytest.mark.parametrize("lazy_from", WAYS)
def test_a_brief_with_the_same_evidence_object_twice_is_written_and_checked_as_the_reference(
    lazy_from, monkeypatch
):
    monkeypatch.setattr(_compiled, "LAZY_FROM", lazy_from)
    brief = bs.from_dict(BASE)
    shared = brief.actors[0].evidence[0]
    twice = attrs.evolve(brief.actors[1], evidence=(shared, shared))
    brief = attrs.evolve(brief, actors=(brief.actors[0], twice, *brief.actors[2:]))
    assert bs.dumps(brief) == reference_dumps(brief)
    assert bs.loads(bs.dumps(brief)) == brief


def test_a_brief_past_the_threshold_is_written_one_object_at_a_time_as_the_reference():
    brief = bs.loads(REFERENCE.read_bytes())
    listed = sum(len(getattr(brief, name)) for name, _ in _compiled._LISTED)
    copies = _compiled.LAZY_FROM // listed + 1
    large = attrs.evolve(
        brief, **{name: getattr(brief, name) * copies for name, _ in _compiled._LISTED}
    )
    data, default = _compiled.for_orjson(large)
    assert default is not None
    assert isinstance(data["actors"][0], model.Actor)  # left for orjson to hand over
    assert bs.dumps(large) == reference_dumps(large)
    data, default = _compiled.for_orjson(brief)
    assert default is None
    assert isinstance(data["actors"][0], dict)


def test_the_one_by_one_writer_takes_only_the_objects_it_left_in_place_in_their_order():
    brief = bs.loads(REFERENCE.read_bytes())
    direct = _compiled.unstructurer(plain=False)(brief)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_compiled, "LAZY_FROM", 0)
        data, default = _compiled.for_orjson(brief)
        _, again = _compiled.for_orjson(brief)
    assert default is not None
    assert again is not None
    first, second = data["actors"][:2]
    with pytest.raises(_compiled.Doubt):
        default(second)  # out of turn
    with pytest.raises(_compiled.Doubt):
        default(first)  # the turn has passed
    assert again(first) == direct["actors"][0]
    assert again(second) == direct["actors"][1]
    with pytest.raises(_compiled.Doubt):
        again(brief.issues[0])  # nothing else


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("created", "yesterday"),
        ("created", dt.datetime(2013, 5, 15)),  # naive on purpose
        ("extensions", {"acme:x": math.nan}),
        ("extensions", []),  # not an object: written as the converter writes it
        ("actors", []),  # a list where a tuple belongs
        ("title", 0.5),  # a number where text belongs
        ("title", ["a", 1]),
        ("title", "an actor"),  # an object orjson would hand to a default
        ("actors", "an actor and an issue"),  # an object of another class in a list
        ("issues", "no tuple"),  # the count of objects is not taken from it
    ],
)
@pytest.mark.parametrize("lazy_from", WAYS)
def test_objects_changed_past_their_constructors_are_written_or_refused_as_the_reference(
    name, value, lazy_from, monkeypatch
):
    monkeypatch.setattr(_compiled, "LAZY_FROM", lazy_from)
    brief = bs.from_dict(BASE)
    value = (
        {
            "an actor": brief.actors[0],
            "an actor and an issue": (brief.actors[0], brief.issues[0]),
            "no tuple": 7,
        }.get(value, value)
        if isinstance(value, str)
        else value
    )
    object.__setattr__(brief, name, value)
    try:
        expected = reference_dumps(brief)
    except (_converter.ConversionFailed, ValueError, TypeError):
        with pytest.raises(bs.ValidationError) as refused:
            bs.dumps(brief)
        assert all(p.path.startswith(f"$.{name}") for p in refused.value.problems)
        return
    assert bs.dumps(brief) == expected


def test_a_float_put_where_text_belongs_is_written_as_the_same_number():
    # Strings and integers are taken as the constructors made them; a float put in their
    # place past the constructors is written by orjson in its own form.
    brief = bs.from_dict(BASE)
    object.__setattr__(brief, "title", 1e-7)
    written = bs.dumps(brief)
    assert json.loads(written) == json.loads(reference_dumps(brief))
    assert '"title":1e-7,' in written
    assert not bs.validate(json.loads(written)).valid


def test_without_orjson_reading_and_writing_give_the_same(monkeypatch):
    raw = REFERENCE.read_bytes()
    text = REFERENCE_TEXT.read_bytes()
    with_it = bs.loads(raw, source_text=text)
    written = bs.dumps(with_it)
    monkeypatch.setattr(codec, "_orjson", None)
    assert codec.parse(written)[1] == 0
    without = bs.loads(raw, source_text=text)
    assert without == with_it
    assert bs.dumps(without) == written


def test_without_jsonschema_rs_the_reference_path_gives_the_same(monkeypatch):
    raw = REFERENCE.read_bytes()
    text = REFERENCE_TEXT.read_bytes()
    with_it = bs.loads(raw, source_text=text)
    broken = copy.deepcopy(json.loads(raw))
    broken["positions"][0]["actor"] = "nobody"
    expected = bs.validate(broken, source_text=text)
    monkeypatch.setattr(validation, "_fast_validator", lambda: None)
    monkeypatch.setattr(validation, "_item_checks", dict)
    assert bs.loads(raw, source_text=text) == with_it
    assert bs.validate(broken, source_text=text) == expected


# ---------------------------------------------------------------------------
# Without the fast extra: the same verdicts, problems and bytes, in a fresh process.

VERDICTS = r"""
import json, sys
from pathlib import Path
if sys.argv[1] == "without":
    sys.modules["orjson"] = None  # the import fails, as when the extra is not installed
    sys.modules["jsonschema_rs"] = None
import briefschema as bs
from briefschema import codec, validation
assert (codec._orjson is None) == (sys.argv[1] == "without")
assert validation.fast_path_available() == (sys.argv[1] == "with")
hostile = Path(sys.argv[2])
expected = json.loads((hostile / "expected.json").read_text(encoding="utf-8"))
out = {}
for name, case in sorted(expected.items()):
    raw = (hostile / name).read_bytes()
    text = None if case["source"] is None else (hostile / case["source"]).read_bytes()
    try:
        brief = bs.loads(raw, source_text=text)
    except bs.ValidationError as refused:
        out[name] = [[p.path, p.code, p.message, p.severity.value] for p in refused.problems]
    else:
        out[name] = bs.dumps(brief)
for path in sorted(Path(sys.argv[3]).glob("*.brief.json")):
    brief = bs.load(path, source_text=path.with_name(path.name.replace(".brief.json", ".txt")).read_bytes())
    out[path.name] = [bs.dumps(brief), bs.dumps(brief, indent=2), bs.to_dict(brief)]
print(json.dumps(out, sort_keys=True))
"""


def test_without_the_fast_extra_every_door_gives_the_same_in_a_fresh_process():
    here = Path(__file__).parent
    outputs = {
        which: subprocess.run(
            [sys.executable, "-c", VERDICTS, which, str(here / "hostile"), str(EXAMPLES)],
            capture_output=True,
            check=True,
            text=True,
        ).stdout
        for which in ("with", "without")
    }
    assert outputs["with"] == outputs["without"]
    corpus = len(json.loads((here / "hostile" / "expected.json").read_text(encoding="utf-8")))
    assert len(json.loads(outputs["with"])) == corpus + len(list(EXAMPLES.glob("*.brief.json")))


# ---------------------------------------------------------------------------
# The caches of dates read and written: shared objects, bounded size.


def test_dates_read_are_shared_and_the_cache_is_bounded(monkeypatch):
    monkeypatch.setattr(_compiled, "_WHENS", {})
    first, second = _compiled._when("2013-05-07"), _compiled._when("2013/2014")
    assert _compiled._when("2013-05-07") is first  # still there after another was read
    assert _compiled._when("2013/2014") is second
    assert first == model.Date(2013, 5, 7)
    for year in range(_compiled._WHENS_MAX + 10):
        _compiled._when(f"{year:04d}")
        assert len(_compiled._WHENS) <= _compiled._WHENS_MAX
    assert len(_compiled._WHENS) == 12  # cleared once when full, then ten more and this
    with pytest.raises(_compiled.Doubt):
        _compiled._date("2013/2014")  # an interval where a date belongs


def test_dates_written_are_remembered_by_the_object_and_the_cache_is_bounded(monkeypatch):
    monkeypatch.setattr(_compiled, "_WHEN_TEXTS", {})
    date = model.Date(2013, 5, 7, approximate=True)
    assert _compiled._when_text(date) == "2013-05-07~"
    assert _compiled._WHEN_TEXTS[id(date)] == (date, "2013-05-07~")
    many = [model.Date(year) for year in range(_compiled._WHENS_MAX + 10)]
    for item in many:
        assert _compiled._when_text(item) == f"{item.year:04d}"
        assert len(_compiled._WHEN_TEXTS) <= _compiled._WHENS_MAX
    with pytest.raises(_compiled.Doubt):
        _compiled._when_text("2013-05-07")  # text, not a date: the reference decides


def test_every_class_declares_its_required_fields_first():
    # The generated unstructuring writes the leading required fields as one dict display
    # and treats every later field as optional.
    for cls in _anatomy.classes():
        required = [field.default is attrs.NOTHING for field in attrs.fields(cls)]
        assert required == sorted(required, reverse=True), cls.__name__


def test_extensions_without_floats_are_copied_for_orjson_and_with_a_float_doubted():
    value = {"acme:x": [1, "y", None, True, {"z": [2**40]}]}
    copied = _compiled._copy_without_floats(value)
    assert copied == value
    assert copied is not value
    with pytest.raises(_compiled.Doubt):
        _compiled._copy_without_floats({"acme:x": [1, {"z": 0.5}]})


def test_the_caches_hold_4096_entries_and_then_start_again():
    cache: dict[int, int] = {}
    for key in range(4096):
        _compiled._remember(cache, key, key)
    assert len(cache) == 4096
    _compiled._remember(cache, -1, 0)
    assert cache == {-1: 0}


def test_a_field_of_a_type_no_tool_knows_is_refused_at_once():
    with pytest.raises(TypeError, match="no known kind of field for <class 'float'>"):
        _anatomy.kind_of(float)


@attrs.frozen
class _Leaves:
    name: str
    count: int = 0


@attrs.frozen
class _Tagged:
    name: str
    extensions: model.Extensions = attrs.field(factory=dict)


@attrs.frozen
class _Listed:
    names: tuple[str, ...] = ()


@attrs.frozen
class _Holder:
    parts: tuple[_Tagged, ...] = ()
    one: _Leaves | None = None


def test_the_static_depth_counts_containers_not_leaves():
    assert _compiled._static_depth(_Leaves) == 0  # an object of strings and integers
    assert _compiled._static_depth(_Tagged) == 1  # its extensions object
    assert _compiled._static_depth(_Listed) == 1  # its list
    assert _compiled._static_depth(_Holder) == 3  # parts, a part, its extensions
    assert _compiled._static_depth(_Leaves, 5) == 5


def test_data_of_only_the_required_fields_takes_the_short_way_to_its_object():
    for cls in _anatomy.classes():
        source = _compiled._structure_source(cls, clean=True, short=True, names={})
        lines = source.splitlines()
        required = sum(field.default is attrs.NOTHING for field in attrs.fields(cls))
        every = len(attrs.fields(cls))
        shortcut = f"    if len(d) == {required}:"
        if required == every:
            assert shortcut not in lines, cls.__name__
            continue
        start = lines.index(shortcut)
        end = next(i for i in range(start, len(lines)) if "return o" in lines[i])
        block = lines[start + 1 : end + 1]  # each field set (defaults too), then the object
        assert block[-1] == f"        o.__class__ = {cls.__name__}; return o", cls.__name__
        assert all(line.startswith("        ") for line in block), cls.__name__
        assert len([line for line in block if line.startswith("        o.")]) == every + 1


@attrs.define(slots=False)
class _Unslotted:
    text: str


@attrs.frozen(weakref_slot=False)
class _Slotted:
    text: str


def test_a_class_without_slots_has_no_twin_and_one_with_them_has():
    assert _compiled._twin(_Unslotted) is None
    twin = _compiled._twin(_Slotted)
    assert twin is not None and twin.__slots__ == _Slotted.__slots__


def _data_with_a_container_at_the_models_deepest_level():
    # $ 0, concessions 1, concession 2, conditions 3, condition 4, term 5, evidence 6,
    # evidence 7, its extensions 8: an empty one, which the generated code never opens.
    data = copy.deepcopy(BASE)
    term = {"duration": "P1Y", "evidence": [dict(ev("Kerry met"), extensions={})]}
    data["concessions"][0]["conditions"] = [
        {"kind": "precondition", "description": "First.", "term": term}
    ]
    return data


@pytest.mark.parametrize("variant", VARIANTS)
def test_a_depth_limit_at_the_models_deepest_level_is_left_to_the_walk(variant):
    deepest = _compiled._static_depth(model.Brief)
    data = _data_with_a_container_at_the_models_deepest_level()
    doubted(data, bs.Limits(max_depth=deepest), **variant)
    same_as_converter(data, bs.Limits(max_depth=deepest + 1), **variant)
    where = "$.concessions[0].conditions[0].term.evidence[0].extensions"
    for fast in (True, False):
        report, _ = validation.check(
            data, source_text=TEXT, strict=False, limits=bs.Limits(max_depth=deepest), fast=fast
        )
        assert [(p.path, p.code) for p in report.problems] == [(where, "too-deep")]


@attrs.frozen
class _Optional:
    note: str | None = None
    names: tuple[str, ...] = ()


@attrs.frozen
class _Required:
    name: str
    count: int


def _unstructurer_of(cls):
    names = dict(_compiled._unstructuring(plain=True))  # its helpers, as the module sets them
    source = _compiled._unstructure_source(cls, names, plain=True)
    exec(compile(source, "<test>", "exec"), names)  # noqa: S102 - code the module wrote
    return names[f"u_{cls.__name__}"]


def test_a_class_of_optional_fields_only_writes_none_of_its_defaults():
    write = _unstructurer_of(_Optional)
    assert write(_Optional()) == {}
    assert write(_Optional("a", ("b",))) == {"note": "a", "names": ["b"]}


def test_a_class_of_required_fields_only_writes_them_all_in_one_display():
    source = _compiled._unstructure_source(_Required, {}, plain=True)
    assert "    d = {'name': a0, 'count': a1}" in source.splitlines()
    assert _unstructurer_of(_Required)(_Required("a", 0)) == {"name": "a", "count": 0}


@attrs.frozen
class _Defaulted:
    name: str
    label: str = "none"
    note: str | None = None


@pytest.mark.parametrize("variant", VARIANTS)
def test_an_optional_field_absent_from_the_data_takes_its_default_whatever_it_is(variant):
    names = _compiled._structuring_names()
    source = _compiled._structure_source(_Defaulted, names=names, **variant)
    exec(compile(source, "<test>", "exec"), names)  # noqa: S102 - code the module wrote
    for data, expected in [
        ({"name": "a"}, _Defaulted("a")),  # the short way: every default at once
        ({"name": "a", "note": "c"}, _Defaulted("a", note="c")),  # the label's own default
        ({"name": "a", "label": "b", "note": "c"}, _Defaulted("a", "b", "c")),
    ]:
        assert names["s__Defaulted"](data, 0, LIMITS, {_Defaulted: []}) == expected


def test_a_required_string_of_clean_short_data_is_read_straight_into_its_object():
    source = _compiled._structure_source(model.Actor, clean=True, short=True, names={})
    assert "    v = d['id']" not in source.splitlines()
    assert "d['id']" in source


def test_a_list_of_one_that_is_not_a_list_is_doubted():
    data = copy.deepcopy(BASE)
    data["issues"] = (data["issues"][0],)  # a tuple: data from Python, not from JSON
    doubted(data, clean=False, short=False)


def test_a_string_limit_at_the_longest_field_name_is_checked_by_the_generated_code():
    longest = max(len(f.name) for cls in _anatomy.classes() for f in attrs.fields(cls))
    data = {
        "schema_version": "1.0",
        "id": "b",
        "title": "t",
        "summary": "s",
        "source": {"title": "T", "sha256": "a" * longest},  # no schema here to refuse it
        "positions": [
            {
                "id": "p",
                "actor": "a",
                "issue": "i",
                "stance": "opposes",
                "statement": "s",
                "basis": "inferred",
                "confidence": "moderate",
                "as_of": "2013-05-01",
                "inferred_date_parts": ["year"],
                "evidence": [],
            }
        ],
    }
    for variant in ({"clean": False, "short": False}, {"clean": True, "short": False}):
        same_as_converter(data, bs.Limits(max_string=longest), **variant)
        doubted(data, bs.Limits(max_string=longest - 1), **variant)


def _json_types_only(value):
    """Whether ``value`` is made of JSON's own Python types only (no enum members, no tuples)."""
    if type(value) is dict:
        return all(type(k) is str and _json_types_only(v) for k, v in value.items())
    if type(value) is list:
        return all(_json_types_only(v) for v in value)
    return type(value) in (str, int, float, bool, type(None))


def test_plain_data_is_made_of_json_types_only():
    for brief in (bs.from_dict(BASE), bs.loads(REFERENCE.read_bytes())):
        assert _json_types_only(_compiled.unstructurer(plain=True)(brief))
        assert _json_types_only(bs.to_dict(brief))


def test_evidence_of_its_required_fields_only_is_written_in_place(monkeypatch):
    names = _compiled._unstructuring(plain=False)
    write, calls = names["u_Evidence"], []
    monkeypatch.setitem(names, "u_Evidence", lambda x: calls.append(x) or write(x))
    actor = bs.from_dict(BASE).actors[0]  # one piece of evidence, its required fields only
    written = names["u_Actor"](actor)["evidence"]
    assert written == ({"quote": "Kerry met", "start": 0, "end": 9},)
    assert calls == []
    bare = actor.evidence[0]
    odd = attrs.evolve(bare)
    object.__setattr__(odd, "extensions", [])  # empty, but no object
    for changed in (
        attrs.evolve(bare, prefix="x"),
        attrs.evolve(bare, suffix="x"),
        attrs.evolve(bare, extensions={"acme:x": 1}),
        odd,
    ):
        names["u_Actor"](attrs.evolve(actor, evidence=(changed,)))
        assert calls[-1] is changed


def test_for_orjson_lists_are_tuples_and_lists_of_values_are_left_in_place():
    names = _compiled._unstructuring(plain=False)
    brief = bs.from_dict(BASE)
    position = brief.positions[1]
    assert position.inferred_date_parts == (model.DatePart.YEAR,)
    assert names["u_Position"](position)["inferred_date_parts"] is position.inferred_date_parts
    actor = attrs.evolve(brief.actors[1], aliases=("VVP",))
    assert names["u_Actor"](actor)["aliases"] is actor.aliases
    for evidence in (actor.evidence, actor.evidence * 2):
        written = names["u_Actor"](attrs.evolve(actor, evidence=evidence))["evidence"]
        assert type(written) is tuple
        assert len(written) == len(evidence)


def test_a_brief_of_512_listed_objects_is_the_first_written_one_by_one():
    brief = bs.from_dict(BASE)
    listed = sum(len(getattr(brief, name)) for name, _ in _compiled._LISTED)
    for count, one_by_one in ((511, False), (512, True)):
        actors = brief.actors + (brief.actors[0],) * (count - listed)
        _, default = _compiled.for_orjson(attrs.evolve(brief, actors=actors))
        assert (default is not None) is one_by_one


@attrs.frozen
class _Kinded:
    kind: model.DatePart
    note: str | None = None


@attrs.frozen
class _Listing:
    name: str
    names: tuple[str, ...] = ()


def test_only_a_class_of_text_and_numbers_with_none_or_extensions_defaults_is_written_in_place():
    assert _compiled._bare(_Kinded, "v") is None  # an enum member is written as its value
    assert _compiled._bare(_Listing, "v") is None  # a default no display can leave out
    assert _compiled._bare(_Optional, "v") is None
    written = _compiled._bare(model.Evidence, "v")
    assert written is not None and written.startswith("({'quote': x.quote, 'start': x.start")


def test_each_variant_keeps_its_own_generated_functions():
    # The variants are generated one after another; each must call its own functions
    # for the objects inside the brief, whichever variant was generated last.
    full = _compiled.structurer(clean=False, short=False)
    _compiled.structurer(clean=True, short=True)
    _compiled.structurer(clean=True, short=False)
    assert _compiled.structurer(clean=False, short=False) is full  # generated once
    data = reference_data()
    data["actors"][0]["evidence"][0]["start"] = 1.0  # only the full variant checks types
    doubted(data, clean=False, short=False)


def test_a_valid_brief_goes_the_fast_way_without_a_doubt():
    raw = REFERENCE.read_text(encoding="utf-8")
    text = REFERENCE_TEXT.read_text(encoding="utf-8")
    before = dict(_compiled.DOUBTS)
    brief = bs.loads(raw, source_text=text)
    assert bs.dumps(brief) and bs.to_dict(brief)
    assert dict(_compiled.DOUBTS) == before


def test_a_doubt_is_counted_and_the_reference_path_gives_the_verdict():
    document = json.loads(REFERENCE.read_text(encoding="utf-8"))
    document["actors"][0]["evidence"][0]["start"] = float(
        document["actors"][0]["evidence"][0]["start"]
    )
    before = _compiled.DOUBTS["structure"]
    fast = bs.validate(document)
    assert _compiled.DOUBTS["structure"] == before + 1
    slow, _ = validation.check(document, source_text=None, strict=False, fast=False)
    assert [str(p) for p in fast.problems] == [str(p) for p in slow.problems]
    assert any(p.path == "$.actors[0].evidence[0].start" for p in fast.problems)


def test_a_fault_of_the_generated_code_is_not_taken_for_a_doubt(monkeypatch):
    def faulty(**_: bool):
        def structure(_data, _limits):
            raise RuntimeError("a fault, not a doubt")

        return structure

    monkeypatch.setattr(_compiled, "structurer", faulty)
    with pytest.raises(RuntimeError, match="a fault, not a doubt"):
        bs.validate(json.loads(REFERENCE.read_text(encoding="utf-8")))


def test_a_traceback_through_generated_code_shows_its_lines():
    data = json.loads(REFERENCE.read_text(encoding="utf-8"))
    del data["actors"][0]["name"]
    with pytest.raises(KeyError) as raised:
        _compiled.structurer(clean=False, short=False)(data, bs.Limits())
    generated = [
        frame
        for frame in traceback.extract_tb(raised.value.__traceback__)
        if frame.filename.startswith("<briefschema generated")
    ]
    assert generated
    assert all(frame.line for frame in generated)  # linecache has the text
    assert any("name" in frame.line for frame in generated)
    unstructured = _compiled._unstructuring(plain=True)
    where = unstructured["u_Brief"].__code__.co_filename
    assert linecache.getline(where, unstructured["u_Brief"].__code__.co_firstlineno).startswith(
        "def u_Brief"
    )


@attrs.frozen
class _Checked:
    name: str = attrs.field(validator=attrs.validators.instance_of(str))


@attrs.frozen
class _Finished:
    name: str

    def __attrs_post_init__(self) -> None:
        pass


def test_generation_refuses_a_class_whose_checks_it_would_skip():
    for cls in _anatomy.classes():
        _compiled.generable(cls)  # the model's classes check in converters only
    with pytest.raises(TypeError, match="_Checked: it would skip the validator of 'name'"):
        _compiled.generable(_Checked)
    with pytest.raises(TypeError, match="_Finished: it would skip __attrs_post_init__"):
        _compiled.generable(_Finished)
