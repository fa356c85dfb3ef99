"""The limits: exact boundaries, keyword-only construction, the first breach of each, paths."""

import json

import pytest

import briefschema as bs
from briefschema import _limits
from helpers import base


def shape(data, **limits):
    return [(p.path, p.code, p.message) for p in _limits.shape_problems(data, bs.Limits(**limits))]


@pytest.mark.parametrize("name", ["max_bytes", "max_depth", "max_items", "max_string"])
@pytest.mark.parametrize("value", [0, -1, 1.5, True, "3", None])
def test_every_limit_must_be_a_positive_integer(name, value):
    with pytest.raises(ValueError) as raised:
        bs.Limits(**{name: value})
    assert str(raised.value) == f"Limits.{name} must be a positive integer, not {value!r}"


def test_one_is_a_valid_limit_and_limits_are_keyword_only():
    assert bs.Limits(max_depth=1).max_depth == 1
    assert bs.Limits(max_bytes=1, max_depth=1, max_items=1, max_string=1).max_items == 1
    with pytest.raises(TypeError):
        bs.Limits(10)  # type: ignore[misc]
    assert bs.Limits() == bs.Limits(
        max_bytes=32 * 1024 * 1024, max_depth=64, max_items=100_000, max_string=1_000_000
    )


def test_a_document_of_exactly_max_bytes_passes_and_one_more_does_not():
    text = json.dumps(base())
    size = len(text.encode())
    assert bs.loads(text, limits=bs.Limits(max_bytes=size)).id == "test-brief"
    with pytest.raises(bs.ValidationError) as raised:
        bs.loads(text, limits=bs.Limits(max_bytes=size - 1))
    assert [(p.path, p.code, p.message) for p in raised.value.problems] == [
        (
            "$",
            "too-large",
            f"the document is {size:,} bytes, over the limit of {size - 1:,} (max_bytes)",
        )
    ]
    assert _limits.size_problem(size, bs.Limits(max_bytes=size)) is None


def test_the_size_of_a_str_is_counted_in_utf8_bytes():
    text = json.dumps(dict(base(), title="é" * 100), ensure_ascii=False)
    size = len(text.encode())
    assert size > len(text)
    assert bs.loads(text, limits=bs.Limits(max_bytes=size)).title == "é" * 100
    with pytest.raises(bs.ValidationError, match="too-large"):
        bs.loads(text, limits=bs.Limits(max_bytes=size - 1))


def test_depth_counts_containers_and_a_scalar_at_the_limit_is_fine():
    assert shape({"a": {"b": 1}}, max_depth=2) == []
    assert shape({"a": {"b": "s"}}, max_depth=2) == []
    assert shape({"a": {"b": {}}}, max_depth=2) == [
        ("$.a.b", "too-deep", "the document nests deeper than the limit of 2 (max_depth)")
    ]
    assert shape([[1]], max_depth=1) == [
        ("$[0]", "too-deep", "the document nests deeper than the limit of 1 (max_depth)")
    ]
    assert shape([1, "x", None, True, 2.5], max_depth=1) == []


def test_the_exact_path_of_too_deep_is_the_first_container_past_the_limit():
    data = {"extensions": {"acme:x": [[{"k": [[]]}]]}}
    assert shape(data, max_depth=5) == [
        (
            "$.extensions['acme:x'][0][0].k",
            "too-deep",
            "the document nests deeper than the limit of 5 (max_depth)",
        )
    ]


def test_items_are_counted_in_arrays_and_objects_alike():
    assert shape([1, 2, 3], max_items=3) == []
    assert shape({"a": 1, "b": 2, "c": 3}, max_items=3) == []
    assert shape({"x": [1, 2, 3, 4]}, max_items=3) == [
        ("$.x", "too-many-items", "4 items, over the limit of 3 (max_items)")
    ]
    assert shape({"x": {"a": 1, "b": 2, "c": 3, "d": 4}}, max_items=3) == [
        ("$.x", "too-many-items", "4 items, over the limit of 3 (max_items)")
    ]


def test_strings_and_object_keys_are_length_checked():
    assert shape({"k": "abc"}, max_string=3) == []
    assert shape({"abc": 1}, max_string=3) == []
    assert shape({"k": "abcd"}, max_string=3) == [
        ("$.k", "too-long", "the string has 4 characters, over the limit of 3 (max_string)")
    ]
    assert shape({"abcd": 1}, max_string=3) == [
        ("$", "too-long", "an object key is over the limit of 3 characters (max_string)")
    ]
    document = base()
    document["extensions"] = {"acme:" + "k" * 300: 1}
    report = bs.validate(document, limits=bs.Limits(max_string=100))
    assert [(p.path, p.code) for p in report.problems] == [("$.extensions", "too-long")]


def test_only_the_first_breach_of_each_limit_is_reported():
    data = {
        "a": [1, 2, 3, 4],
        "b": [5, 6, 7, 8],
        "c": "long string",
        "d": "another long one",
        "e": [[[[]]]],
        "f": [[[[]]]],
    }
    found = shape(data, max_items=3, max_string=5, max_depth=3)
    assert sorted(code for _, code, _ in found) == ["too-deep", "too-long", "too-many-items"]


def test_a_breach_deep_inside_is_found_when_the_quick_check_fails():
    data = {"ok": list(range(3)), "deep": {"x": {"y": "z" * 10}}}
    assert _limits.within(data, bs.Limits(max_string=10))
    assert not _limits.within(data, bs.Limits(max_string=9))
    assert not _limits.within(data, bs.Limits(max_items=2))
    assert not _limits.within(data, bs.Limits(max_depth=2))
    assert _limits.within(data, bs.Limits(max_depth=3))
    assert not _limits.within({"k" * 11: 1}, bs.Limits(max_string=10))
    assert _limits.within("z" * 10, bs.Limits(max_string=10, max_depth=1))
    assert not _limits.within([[]], bs.Limits(max_depth=1))
    assert not _limits.within(["z" * 11], bs.Limits(max_depth=1, max_string=10))


def test_integers_past_the_digit_limit_are_found_at_any_depth():
    big = 10**_limits.MAX_DIGITS
    just_under = big - 1  # 4,300 nines: still readable
    assert _limits.within([just_under, -just_under], bs.Limits())
    assert shape({"n": [just_under]}) == []
    for data in ([big], {"a": {"b": -big}}, big):
        assert not _limits.within(data, bs.Limits())
    assert shape({"a": {"b": [-big]}}) == [
        (
            "$.a.b[0]",
            "number",
            "the integer has more than 4,300 digits, more than a JSON reader takes",
        )
    ]
    assert shape({"a": [big, big]}) == [
        (
            "$.a[0]",
            "number",
            "the integer has more than 4,300 digits, more than a JSON reader takes",
        )
    ]
    deep = big
    for _ in range(63):
        deep = [deep]
    assert not _limits.within(deep, bs.Limits())


def test_the_size_check_message_for_a_file_read_with_a_bound():
    assert _limits.unread_problem(bs.Limits(max_bytes=100)) == bs.Problem(
        "$",
        "too-large",
        "the document is more than 100 bytes, over the limit of 100 (max_bytes)",
    )


def test_the_quick_check_accepts_every_value_exactly_at_its_limit():
    limits = bs.Limits(max_depth=2, max_items=3, max_string=10)
    assert _limits.within({"a": 1, "b": 2, "c": 3}, limits)
    assert _limits.within([1, 2, 3], limits)
    assert _limits.within({"k": ["z" * 10]}, limits)  # a string at the last level checked
    assert _limits.within(["z" * 10], bs.Limits(max_depth=1, max_string=10))
    assert not _limits.within(["z" * 11], bs.Limits(max_depth=1, max_string=10))
    assert _limits.within({"k" * 10: 1}, limits)
    assert _limits.within([[]], bs.Limits(max_depth=2))


def test_values_exactly_at_a_limit_are_not_reported_beside_a_real_breach():
    data = {"s": "z" * 10, "k" * 10: 1, "lists": {"items": [1, 2, 3], "over": [1, 2, 3, 4]}}
    assert shape(data, max_items=4, max_string=10) == []
    assert shape(data, max_items=3, max_string=10) == [
        ("$.lists.over", "too-many-items", "4 items, over the limit of 3 (max_items)")
    ]
    data["lists"]["over"] = "z" * 11
    assert shape(data, max_items=4, max_string=10) == [
        (
            "$.lists.over",
            "too-long",
            "the string has 11 characters, over the limit of 10 (max_string)",
        )
    ]


def test_nothing_inside_a_container_past_the_depth_limit_is_looked_at():
    assert shape({"a": [[1, 2, 3, 4, "z" * 20]]}, max_depth=2, max_items=3, max_string=5) == [
        ("$.a[0]", "too-deep", "the document nests deeper than the limit of 2 (max_depth)")
    ]


def test_two_long_keys_are_one_problem():
    assert shape({"k" * 11: 1, "j" * 12: [1, 2, 3, 4]}, max_string=10, max_items=3) == [
        ("$", "too-long", "an object key is over the limit of 10 characters (max_string)"),
        ("$." + "j" * 12, "too-many-items", "4 items, over the limit of 3 (max_items)"),
    ]


def test_the_quick_check_refuses_each_breach_that_the_walk_reports():
    limits = bs.Limits(max_depth=3, max_items=3, max_string=10)
    for data in (
        {"a": 1, "b": 2, "c": 3, "d": 4},
        [1, 2, 3, 4],
        {"k": "z" * 11},
        {"k" * 11: 1},
        [[[[]]]],
        [10**4300],
    ):
        assert not _limits.within(data, limits), data
        assert list(_limits.shape_problems(data, limits)), data


def test_validate_reports_an_object_with_too_many_keys():
    document = base()
    document["extensions"] = {"acme:x": {f"k{n}": n for n in range(20)}}
    report = bs.validate(document, limits=bs.Limits(max_items=15))
    assert [(p.path, p.code) for p in report.problems] == [
        ("$.extensions['acme:x']", "too-many-items")
    ]


def test_long_keys_in_two_objects_are_one_problem_and_list_items_are_strings():
    assert shape({"a": {"k" * 11: 1}, "b": {"j" * 11: 1}}, max_string=10) == [
        ("$.a", "too-long", "an object key is over the limit of 10 characters (max_string)")
    ]
    assert shape(["z" * 11], max_string=10) == [
        ("$[0]", "too-long", "the string has 11 characters, over the limit of 10 (max_string)")
    ]
