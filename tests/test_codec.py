"""Reading and writing: every refusal of parse_json, and what load, loads, dump and dumps promise."""

import json
import os
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

import briefschema as bs
from briefschema import _converter, codec
from helpers import TEXT, base


def refusal(document, **limits):
    with pytest.raises(bs.ValidationError) as raised:
        bs.parse_json(document, limits=bs.Limits(**limits))
    return [(p.path, p.code, p.message) for p in raised.value.problems]


def test_strict_json_parses_to_plain_data():
    assert bs.parse_json(b'{"a": [1, 2.5, "x", true, null]}') == {"a": [1, 2.5, "x", True, None]}
    assert bs.parse_json('{"a": "\\u00e9"}') == {"a": "é"}
    assert bs.parse_json(bytearray(b"[]")) == []


@pytest.mark.parametrize(
    ("document", "message"),
    [
        (b"\x00{", "the document looks like UTF-16 or UTF-32; write UTF-8"),
        (b"{\x00", "the document looks like UTF-16 or UTF-32; write UTF-8"),
        (b"{}\x00\x00", "the document looks like UTF-16 or UTF-32; write UTF-8"),
        (b"\xef\xbb\xbf{}", "the document starts with a byte order mark; write UTF-8 without one"),
        ("\ufeff{}", "the document starts with a byte order mark; write UTF-8 without one"),
        (b'{"a": "\xe9"}', "not UTF-8: byte 0xe9 at offset 7"),
    ],
)
def test_encodings_other_than_utf8_are_refused(document, message):
    assert refusal(document) == [("$", "encoding", message)]


def test_a_nul_after_the_first_four_bytes_is_a_syntax_matter_not_an_encoding():
    assert refusal(b'{"\x00a": 1}')[0][1] == "encoding"
    assert refusal(b'{"ab":\x00}')[0][1] == "json-syntax"


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ('{"a": }', "not JSON: Expecting value at line 1 column 7"),
        ('{"a": 1,\n "b"}', "not JSON: Expecting ':' delimiter at line 2 column 5"),
        ("", "not JSON: Expecting value at line 1 column 1"),
        ("[1] [2]", "not JSON: Extra data at line 1 column 5"),
        (
            "{'a': 1}",
            "not JSON: Expecting property name enclosed in double quotes at line 1 column 2",
        ),
    ],
)
def test_syntax_errors_say_where(document, message):
    assert refusal(document) == [("$", "json-syntax", message)]


def test_duplicate_keys_are_refused_at_any_depth():
    assert refusal('{"a": 1, "a": 1}') == [
        ("$", "duplicate-key", "the key 'a' appears twice in one object")
    ]
    assert refusal('{"x": [{"k": 1, "j": 2, "k": 3}]}') == [
        ("$", "duplicate-key", "the key 'k' appears twice in one object")
    ]
    assert bs.parse_json('{"a": {"k": 1}, "b": {"k": 2}}') == {"a": {"k": 1}, "b": {"k": 2}}


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ("[NaN]", "NaN is not a JSON number"),
        ("[Infinity]", "Infinity is not a JSON number"),
        ("[-Infinity]", "-Infinity is not a JSON number"),
        ("[1e400]", "1e400 is too large for a JSON number"),
        ("[-1e400]", "-1e400 is too large for a JSON number"),
    ],
)
def test_numbers_outside_json_are_refused(document, message):
    assert refusal(document) == [("$", "number", message)]


def test_an_integer_past_the_digit_limit_is_refused_when_read():
    [(path, code, message)] = refusal("[" + "9" * 5000 + "]")
    assert (path, code) == ("$", "number")
    assert message.startswith("not readable: Exceeds the limit (4300 digits)")


def test_every_unkept_number_is_reported_in_document_order():
    found = refusal('{"a": [1e-400, 2], "b": {"c": -0, "d": 0.1}, "e": 1.00000000000000001}')
    assert [(path, code) for path, code, _ in found] == [
        ("$.a[0]", "number"),
        ("$.b.c", "number"),
        ("$.e", "number"),
    ]


def test_a_long_unkept_number_is_shown_cut():
    digits = "1." + "0" * 60 + "1"
    [(_, _, message)] = refusal(f"[{digits}]")
    assert message.startswith(f"{digits[:40]}... ({len(digits)} characters) cannot be kept")


def test_minus_zero_in_a_string_or_as_a_float_is_fine():
    assert bs.parse_json('["-0", -0.0, "a-0b", -0.5]') == [
        "-0",
        -0.0,
        "a-0b",
        -0.5,
    ]
    assert bs.parse_json("[-10, -0e1]") == [-10, -0.0]


def test_nesting_past_the_parser_is_too_deep():
    assert refusal("[" * 100_000 + "]" * 100_000) == [
        ("$" + "[0]" * 64, "too-deep", "the document nests deeper than the limit of 64 (max_depth)")
    ]


def test_the_size_limit_counts_bytes_of_str_and_bytes():
    assert refusal(b"[1, 2]", max_bytes=5) == [
        ("$", "too-large", "the document is 6 bytes, over the limit of 5 (max_bytes)")
    ]
    assert bs.parse_json(b"[1, 2]", limits=bs.Limits(max_bytes=6)) == [1, 2]
    assert refusal('["éé"]', max_bytes=7) == [
        ("$", "too-large", "the document is 8 bytes, over the limit of 7 (max_bytes)")
    ]
    assert bs.parse_json('["éé"]', limits=bs.Limits(max_bytes=8)) == ["éé"]
    # A str four times over the limit is too large whatever its encoding.
    assert refusal("[" + "1," * 10 + "1]", max_bytes=5)[0][1] == "too-large"


def test_a_str_of_lone_surrogates_is_measured_without_failing():
    assert bs.parse_json('["\\ud800"]', limits=bs.Limits(max_bytes=20)) == ["\ud800"]
    assert refusal('["\ud800\ud800"]', max_bytes=7)[0][1] == "too-large"


def test_loads_and_from_dict_validate_fully():
    text = json.dumps(base())
    assert bs.loads(text, source_text=TEXT, strict=True) == bs.from_dict(base())
    assert bs.loads(text.encode(), source_text=TEXT.encode()) == bs.from_dict(base())
    document = base()
    document["positions"][0]["evidence"] = []
    with pytest.raises(bs.ValidationError) as raised:
        bs.from_dict(document, strict=True)
    assert [(p.path, p.code) for p in raised.value.problems] == [
        ("$.positions[0]", "missing-evidence")
    ]
    assert bs.from_dict(document).positions[0].evidence == ()
    with pytest.raises(bs.ValidationError) as raised:
        bs.loads(text, source_text="other text")
    assert ("$.source.sha256", "source-hash-mismatch") in [
        (p.path, p.code) for p in raised.value.problems
    ]


def test_the_error_lists_twenty_problems_and_counts_the_rest():
    document = base()
    document["actors"] += [{"id": f"a{k}", "name": "A", "kind": "planet"} for k in range(25)]
    with pytest.raises(bs.ValidationError) as raised:
        bs.from_dict(document)
    lines = str(raised.value).splitlines()
    assert lines[0] == "25 problem(s):"
    assert len(lines) == 22 and lines[-1] == "  ... and 5 more"
    assert len(raised.value.errors) == 25


def test_dumps_is_canonical_and_indents_for_people():
    brief = bs.from_dict(base())
    text = bs.dumps(brief)
    assert text.endswith("}\n") and "\n" not in text[:-1] and ": " not in text[:200]
    assert bs.dumps(bs.loads(text)) == text
    pretty = bs.dumps(brief, indent=2)
    assert pretty.startswith('{\n  "schema_version": "1.0",\n')
    assert bs.loads(pretty) == brief


def test_dumps_of_extensions_nested_past_the_encoder_is_refused_with_a_path():
    deep = []
    for _ in range(100_000):
        deep = [deep]
    brief = attrs.evolve(bs.from_dict(base()), extensions={"acme:x": deep})
    with pytest.raises(bs.ValidationError) as raised:
        bs.dumps(brief)
    assert [p.code for p in raised.value.problems] == ["too-deep"]


def test_to_evidence_dict_writes_only_what_is_set():
    assert codec.to_evidence_dict(bs.Evidence(quote="Kerry", start=0, end=5)) == {
        "quote": "Kerry",
        "start": 0,
        "end": 5,
    }
    with pytest.raises(bs.ValidationError):
        codec.to_evidence_dict(bs.Evidence(quote="Kerry", start=0, end=5, extensions={"a:b": {1}}))


def test_load_reads_a_file_and_refuses_more_than_the_limit(tmp_path):
    path = tmp_path / "brief.json"
    path.write_text(json.dumps(base()), encoding="utf-8")
    assert bs.load(path) == bs.from_dict(base())
    size = path.stat().st_size
    assert bs.load(path, limits=bs.Limits(max_bytes=size)).id == "test-brief"
    with pytest.raises(bs.ValidationError) as raised:
        bs.load(path, limits=bs.Limits(max_bytes=size - 1))
    assert [(p.code, p.message) for p in raised.value.problems] == [
        (
            "too-large",
            f"the document is more than {size - 1:,} bytes, over the limit of {size - 1:,} (max_bytes)",
        )
    ]
    with pytest.raises(bs.BriefSchemaError, match="is a folder, not a file"):
        bs.load(tmp_path)
    with pytest.raises(FileNotFoundError):
        bs.load(tmp_path / "missing.json")


def test_dump_leaves_the_old_file_when_the_brief_cannot_be_written(tmp_path):
    path = tmp_path / "brief.json"
    path.write_text("old", encoding="utf-8")
    bad = attrs.evolve(bs.from_dict(base()), title="\udc80")
    with pytest.raises(bs.ValidationError):
        bs.dump(bad, path)
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.json"]


def test_dump_cleans_up_when_the_rename_fails(tmp_path, monkeypatch):
    path = tmp_path / "brief.json"

    def refuse(*_):
        raise PermissionError("no")

    monkeypatch.setattr(Path, "replace", refuse)
    with pytest.raises(PermissionError):
        bs.dump(bs.from_dict(base()), path)
    assert list(tmp_path.iterdir()) == []


def test_dump_writes_indented_text_and_syncs(tmp_path, monkeypatch):
    synced = []
    real = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: synced.append(fd) or real(fd))
    path = tmp_path / "brief.json"
    bs.dump(bs.from_dict(base()), path, indent=2)
    assert path.read_text(encoding="utf-8") == bs.dumps(bs.from_dict(base()), indent=2)
    assert len(synced) == 1


@pytest.mark.parametrize("extension", [None, 1e-7])  # orjson's bytes, and the reference's
def test_dump_writes_the_canonical_text_as_utf8(tmp_path, extension):
    document = dict(base(), title="Moscow’s ‘no’ — in full")
    if extension is not None:
        document["extensions"] = {"acme:x": extension}
    brief = bs.from_dict(document)
    path = tmp_path / "brief.json"
    bs.dump(brief, path)
    assert path.read_bytes() == bs.dumps(brief).encode("utf-8")
    assert bs.load(path) == brief


def test_the_utf16_test_looks_at_exactly_the_first_four_bytes():
    assert refusal(b'{"a\x00": 1}')[0][1] == "encoding"  # a NUL at byte 3
    assert refusal(b'{"ab\x00": 1}')[0][1] == "json-syntax"  # at byte 4: not an encoding sign


def test_a_duplicate_key_is_named_even_when_it_is_not_the_first():
    assert refusal('{"a": 1, "k": 2, "k": 3}') == [
        ("$", "duplicate-key", "the key 'k' appears twice in one object")
    ]


def test_the_size_of_a_str_is_measured_in_utf8_when_it_could_be_over():
    astral = '["' + "😀" * 100 + '"]'  # 104 code points, 404 bytes
    assert refusal(astral, max_bytes=350) == [
        ("$", "too-large", "the document is 404 bytes, over the limit of 350 (max_bytes)")
    ]
    assert bs.parse_json(astral, limits=bs.Limits(max_bytes=404)) == ["😀" * 100]
    exact = '["' + "é" + "a" * 7 + '"]'  # 12 code points, 13 bytes
    assert refusal(exact, max_bytes=12) == [
        ("$", "too-large", "the document is 13 bytes, over the limit of 12 (max_bytes)")
    ]


def test_running_out_of_memory_while_parsing_is_too_large(monkeypatch):
    def exhausted(*_, **__):
        raise MemoryError

    monkeypatch.setattr(codec.json, "loads", exhausted)
    # Text that orjson would not write back: the strict reader reads it.
    assert refusal("[1, 2]") == [
        ("$", "too-large", "the document is too large to read into memory")
    ]


def test_running_out_of_memory_in_orjson_is_too_large(monkeypatch):
    class Exhausted:
        JSONDecodeError = ValueError

        @staticmethod
        def loads(_):
            raise MemoryError

    monkeypatch.setattr(codec, "_orjson", Exhausted)
    assert refusal("[1]") == [("$", "too-large", "the document is too large to read into memory")]


def test_to_dict_names_the_field_it_cannot_write():
    brief = bs.from_dict(base())
    object.__setattr__(brief, "created", "yesterday")
    with pytest.raises(bs.ValidationError) as raised:
        bs.to_dict(brief)
    assert [(p.path, p.code) for p in raised.value.problems] == [("$.created", "type")]


def test_an_unkept_number_of_forty_characters_is_shown_whole_and_of_41_cut():
    forty = "1." + "0" * 37 + "1"
    assert len(forty) == 40
    [(_, _, message)] = refusal(f"[{forty}]")
    assert message.startswith(f"{forty} cannot be kept")
    [(_, _, message)] = refusal(f"[{forty}1]")
    assert message.startswith(f"{forty}... (41 characters) cannot be kept")


def test_integers_are_kept_when_the_text_holds_minus_zero_in_a_string():
    assert bs.parse_json('["-0", 5, -12, 0]') == ["-0", 5, -12, 0]


def test_loads_and_load_are_not_strict_unless_asked(tmp_path):
    document = base()
    document["positions"][0]["evidence"] = []
    text = json.dumps(document)
    assert bs.loads(text).positions[0].evidence == ()
    path = tmp_path / "brief.json"
    path.write_text(text, encoding="utf-8")
    assert bs.load(path).positions[0].evidence == ()
    with pytest.raises(bs.ValidationError):
        bs.loads(text, strict=True)
    with pytest.raises(bs.ValidationError):
        bs.load(path, strict=True)


def test_dump_reports_a_failure_after_the_rename_as_it_is(tmp_path, monkeypatch):
    path = tmp_path / "brief.json"
    real = Path.replace

    def replace_then_fail(self, target):
        real(self, target)
        raise OSError("the disk went away")

    monkeypatch.setattr(Path, "replace", replace_then_fail)
    with pytest.raises(OSError, match="the disk went away"):
        bs.dump(bs.from_dict(base()), path)
    assert [p.name for p in tmp_path.iterdir()] == ["brief.json"]


def test_dump_draws_another_name_when_one_is_taken(tmp_path, monkeypatch):
    names = iter(["taken", "taken", "free"])
    monkeypatch.setattr(codec.secrets, "token_hex", lambda _: next(names))
    (tmp_path / ".bs-taken.tmp").write_text("someone else's", encoding="utf-8")
    bs.dump(bs.from_dict(base()), tmp_path / "brief.json")
    assert (tmp_path / ".bs-taken.tmp").read_text(encoding="utf-8") == "someone else's"
    assert bs.load(tmp_path / "brief.json") == bs.from_dict(base())


def test_written_text_is_utf8_and_refuses_non_finite_numbers():
    assert _converter.canonical_json({"a": "é", "b": [1, 2]}) == '{"a":"é","b":[1,2]}\n'
    assert _converter.pretty_json({"a": "é"}) == '{\n  "a": "é"\n}\n'
    for write in (_converter.canonical_json, _converter.pretty_json):
        with pytest.raises(ValueError, match="not JSON compliant"):
            write([float("nan")])


def test_dumps_finds_a_lone_surrogate_in_a_list_and_in_a_key():
    brief = bs.from_dict(base())
    object.__setattr__(brief.actors[0], "aliases", ("ok", "a\udc80"))
    with pytest.raises(bs.ValidationError) as raised:
        bs.dumps(brief)
    assert [(p.path, p.code) for p in raised.value.problems] == [
        ("$.actors[0].aliases[1]", "lone-surrogate")
    ]
    assert _converter.lone_surrogate({"ok": 1, "k\udc80": 2}) == bs.Problem(
        "$['k\\udc80']", "lone-surrogate", "the object key holds a lone UTF-16 surrogate"
    )
    assert _converter.lone_surrogate({"a": ["x", {"b": "y"}]}) is None


CYCLE_AND_SHARED = r"""
import json, sys
if sys.argv[1] == "without":
    sys.modules["orjson"] = None
    sys.modules["jsonschema_rs"] = None
sys.path.insert(0, sys.argv[2])
import attrs
import briefschema as bs
from helpers import base
brief = bs.from_dict(base())
itself = {"a": 1}
itself["self"] = itself
shared = ["leaf"]
for _ in range(40):
    shared = [shared, shared]  # 2**40 leaves written out, 41 lists in memory
wide = ["leaf"] * 3
fine = {"twice": [wide, wide], "nested": [[[1]]]}
out = {}
for name, value in (("itself", itself), ("shared", shared), ("fine", fine)):
    odd = attrs.evolve(brief, extensions={"x.y:z": value})
    report = bs.validate(odd)
    answers = [report.valid, [(p.path, p.code, p.message) for p in report.problems]]
    for writer in (bs.dumps, bs.to_dict):
        try:
            written = writer(odd)
        except bs.ValidationError as refused:
            answers.append([(p.path, p.code) for p in refused.problems])
        else:
            answers.append(json.loads(written)["extensions"] if isinstance(written, str) else written["extensions"])
    out[name] = answers
print(json.dumps(out))
"""


def test_extensions_that_hold_themselves_or_share_a_list_are_refused_at_once():
    answers = {}
    for mode in ("with", "without"):
        done = subprocess.run(
            [sys.executable, "-c", CYCLE_AND_SHARED, mode, str(Path(__file__).parent)],
            capture_output=True,
            text=True,
            check=True,
            timeout=120,  # each is refused without walking the data written out
        )
        answers[mode] = json.loads(done.stdout)
    assert answers["with"] == answers["without"]
    itself, shared, fine = (answers["with"][k] for k in ("itself", "shared", "fine"))
    assert itself[:2] == [
        False,
        [
            [
                "$.extensions",
                "too-deep",
                "the data holds itself (a list or object inside itself)",
            ]
        ],
    ]
    assert itself[2] == itself[3] == [["$.extensions", "too-deep"]]
    assert shared[0] is False
    assert [p[:2] for p in shared[1]] == [["$.extensions", "too-large"]]
    assert shared[2] == shared[3] == [["$.extensions", "too-large"]]
    # Shared lists that stay small are written at each place, as JSON has no sharing.
    written = {"x.y:z": {"twice": [["leaf"] * 3, ["leaf"] * 3], "nested": [[[1]]]}}
    assert fine == [True, [], written, written]
