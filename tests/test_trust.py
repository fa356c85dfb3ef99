"""Every door faces strangers: linear work, exact bytes, and nothing that escapes.

Costs are checked by counting the work (lookups, searches, copies, output
size), never by timing: benchmarks/scaling.py measures the seconds.
"""

import collections.abc
import datetime as dt
import hashlib
import io
import json
import math
import os
import random
import re
import shutil
import stat
import subprocess
import sys
import tracemalloc
import typing
from pathlib import Path

import attrs
import jsonschema_rs
import pytest
from markdown_it import MarkdownIt

import briefschema as bs
from briefschema import (
    _anatomy,
    _cli_commands,
    _cli_validate,
    _rules,
    _search,
    batch,
    cli,
    evidence,
    model,
    render,
    validation,
)
from helpers import TEXT, base

ROOT = Path(__file__).parents[1]
REFERENCE = ROOT / "examples" / "moscow-intransigent-syria-2013.brief.json"
SOURCE = ROOT / "examples" / "moscow-intransigent-syria-2013.txt"


def run(capsys, *args):
    status = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err


def command(*args, **kwargs):
    """The CLI as a separate process, as a shell would run it."""
    return subprocess.run(
        [sys.executable, "-m", "briefschema.cli", *map(str, args)],
        capture_output=True,
        check=False,
        timeout=60,
        **kwargs,
    )


# ---------------------------------------------------------------------------
# Linear work, counted.


class CountingMap(collections.abc.Mapping):
    def __init__(self, inner):
        self.inner = inner
        self.lookups = 0

    def __getitem__(self, key):
        self.lookups += 1
        return self.inner[key]

    def __iter__(self):
        return iter(self.inner)

    def __len__(self):
        return len(self.inner)


def chain_context(kind, n):
    if kind == "issues":
        items = [{"id": f"i{k}", "title": "I"} for k in range(n)]
        for k in range(1, n):
            items[k]["parent"] = f"i{k - 1}"
        document = dict(base(), issues=items, positions=[], concessions=[], judgments=[])
    else:
        items = [
            dict(base()["positions"][0], id=f"p{k}", evidence=[], as_of="2013-05-01")
            for k in range(n)
        ]
        for k in range(1, n):
            items[k]["previous"] = f"p{k - 1}"
        document = dict(base(), positions=items, concessions=[])
    brief = bs.from_dict(document)
    ctx = _rules.Context.build(brief, None)
    counting = CountingMap(ctx.by_id)
    return attrs.evolve(ctx, by_id=counting), counting


@pytest.mark.parametrize(
    ("kind", "code"), [("issues", "issue-cycle"), ("positions", "previous-cycle")]
)
def test_a_long_chain_is_walked_once_not_once_per_member(kind, code):
    ctx, counting = chain_context(kind, 2_000)
    rule = next(r for r in _rules.RULES if r.code == code)
    assert list(rule.check(ctx)) == []
    assert counting.lookups <= 3 * 2_000  # the old walk made about 2,000 * 2,000 / 2


def cyclic_brief(parents):
    issues = [{"id": name, "title": name} for name in parents]
    for issue in issues:
        if parents[issue["id"]]:
            issue["parent"] = parents[issue["id"]]
    document = dict(base(), issues=issues, positions=[], concessions=[], judgments=[])
    return bs.validate(document).errors


def test_a_chain_into_a_cycle_reports_the_cycle_only_and_ends():
    errors = cyclic_brief({"a": "b", "b": "c", "c": "b", "d": "a"})
    assert [(p.path, p.code) for p in errors] == [
        ("$.issues[1].parent", "issue-cycle"),
        ("$.issues[2].parent", "issue-cycle"),
    ]
    assert errors[0].message == "following `parent` from 'b' leads back to it"


def test_a_self_loop_and_two_separate_cycles_are_each_reported():
    errors = cyclic_brief({"a": "a", "b": "c", "c": "b", "d": None})
    assert [p.path for p in errors] == [
        "$.issues[0].parent",
        "$.issues[1].parent",
        "$.issues[2].parent",
    ]


def test_mismatched_quotes_search_the_text_a_bounded_number_of_times(monkeypatch):
    calls = []
    real = evidence.occurrences
    monkeypatch.setattr(evidence, "occurrences", lambda *a, **k: calls.append(a) or real(*a, **k))
    text = "word " * 2_000
    document = base()
    document["source"]["sha256"] = hashlib.sha256(text.encode()).hexdigest()
    document["issues"][0]["evidence"] = [
        {"quote": "absent", "start": k, "end": k + 6} for k in range(200)
    ]
    errors = bs.validate(document, source_text=text).errors
    mismatched = [p for p in errors if p.code == "quote-mismatch"]
    assert len(mismatched) >= 200
    assert len(calls) == 20  # the documented budget (_rules.HINTS)


def test_a_hint_names_at_most_five_places_and_says_there_are_more():
    text = "ab " * 100
    wrong = bs.Evidence(quote="ab", start=1, end=3)
    [(code, message)] = list(evidence.mismatches(text, wrong))
    assert code == "quote-mismatch"
    assert (
        message == "the text at 1:3 is 'b ', not the quote; the quote occurs at 0, 3, 6, 9, 12, ..."
    )


def test_a_long_mismatching_passage_is_shown_cut():
    text = "x" * 10_000
    wrong = bs.Evidence(quote="y", start=0, end=5_000)
    [(_, message)] = list(evidence.mismatches(text, wrong, hint=False))
    assert (
        message == f"the text at 0:5000 is {'x' * 60!r} (and 4,940 more code points), not the quote"
    )


def test_checking_a_prefix_and_suffix_copies_nothing_of_a_large_text():
    text = "abcdefghij" * 1_000_000  # 10 MB
    start = len(text) - 20
    good = bs.Evidence(
        quote="abcdefghij", start=start, end=start + 10, prefix="cdefghij", suffix="ab"
    )
    tracemalloc.start()
    try:
        for _ in range(20):
            assert list(evidence.mismatches(text, good)) == []
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 100_000  # the old check copied the 10 MB text before each quote


class CountingTuple(tuple):
    __slots__ = ()
    iterations = 0

    def __iter__(self):
        CountingTuple.iterations += 1
        return super().__iter__()


def wide_brief(n):
    actors = [{"id": f"a{k}", "name": f"Actor {k}", "kind": "state"} for k in range(n)]
    issues = [{"id": f"i{k}", "title": f"Issue {k}"} for k in range(n)]
    positions = [
        dict(
            base()["positions"][2], id=f"p{k}", actor=f"a{k}", issue=f"i{(7 * k) % n}", evidence=[]
        )
        for k in range(n)
    ]
    document = dict(base(), actors=actors, issues=issues, positions=positions, concessions=[])
    document.update(events=[], judgments=[])
    return bs.from_dict(document)


@pytest.mark.parametrize("form", ["md", "html"])
def test_rendering_looks_through_the_positions_a_fixed_number_of_times(form):
    brief = wide_brief(300)
    counted = attrs.evolve(brief, positions=CountingTuple(brief.positions))
    CountingTuple.iterations = 0
    (render.render_markdown if form == "md" else render.render_html)(counted)
    assert CountingTuple.iterations <= 6  # the old renderers looked once per issue (300)


def test_a_wide_brief_renders_a_table_that_grows_with_its_positions():
    small, large = wide_brief(200), wide_brief(2_000)
    small_html, large_html = render.render_html(small), render.render_html(large)
    assert "<svg" in render.render_html(wide_brief(40))  # 1,600 cells: a matrix
    assert 'class="stances"' in large_html and "too wide for a matrix" in large_html
    assert len(large_html) < 12 * len(small_html)  # the matrix grew with the square: 100x
    assert large_html.count("<tr>") == 2_000 + 1


def test_quote_finds_every_occurrence_in_one_pass(capsys, tmp_path, monkeypatch):
    calls = []
    real = _search.occurrences
    monkeypatch.setattr(_search, "occurrences", lambda *a, **k: calls.append(a) or real(*a, **k))
    source = tmp_path / "text.txt"
    source.write_bytes(b"x " * 5_000)
    status, out, _ = run(capsys, "quote", source, "x", "x x")  # one pass for every phrase
    assert status == 0
    lines = out.splitlines()
    assert len(lines) == 5_000 + 4_999
    assert json.loads(lines[1]) == {
        "quote": "x",
        "start": 2,
        "end": 3,
        "prefix": "x ",
        "suffix": " x x x x x x x x x x x x x x x x",
    }
    assert len(calls) == 1


def test_a_document_with_one_schema_error_is_explained_item_by_item(monkeypatch):
    document = base()
    document["actors"] = document["actors"] * 1  # keep the ids: this is about the schema
    document["actors"][1] = dict(document["actors"][1], kind="planet")
    seen = []
    real = validation._validator()

    class Spy:
        def iter_errors(self, instance):
            seen.append(instance)
            return real.iter_errors(instance)

    monkeypatch.setattr(validation, "_validator", Spy)
    by_item = list(validation.schema_problems(document))
    assert [(p.path, p.code) for p in by_item] == [("$.actors[1].kind", "enum")]
    assert seen == []  # the shell passed the fast validator: the reference one saw nothing
    assert by_item == list(validation.schema_problems(document, by_item=False))
    document["title"] = ""  # now the shell has a problem too: explained, without the lists
    seen.clear()
    by_item = list(validation.schema_problems(document))
    assert [(p.path, p.code) for p in by_item] == [
        ("$.actors[1].kind", "enum"),
        ("$.title", "empty"),
    ]
    assert [s["actors"] for s in seen] == [[]]
    assert by_item == list(validation.schema_problems(document, by_item=False))


# ---------------------------------------------------------------------------
# Source texts are bytes: the same verdict through every door.


def brief_on(text_bytes, tmp_path, name="brief.json"):
    """The base brief with offsets and hash computed on ``text_bytes``."""
    text = text_bytes.decode("utf-8")
    document = base()
    document["source"]["sha256"] = hashlib.sha256(text_bytes).hexdigest()
    for group in _anatomy.LISTS:
        for obj in document.get(group, []):
            for ev in obj.get("evidence", []):
                ev["start"] = text.index(ev["quote"])
                ev["end"] = ev["start"] + len(ev["quote"])
    path = tmp_path / name
    path.write_text(json.dumps(document), encoding="utf-8")
    return document, path


LF = TEXT.replace(". ", ".\n").encode()


def test_a_crlf_copy_of_the_text_is_another_text_in_the_library_and_the_cli(tmp_path, capsys):
    document, path = brief_on(LF, tmp_path)
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes(LF.replace(b"\n", b"\r\n"))
    library = bs.validate(document, source_text=crlf.read_bytes(), strict=True)
    status, out, _ = run(capsys, "validate", "--strict", "--source", crlf, path)
    assert not library.valid and status == 1
    assert [(p.path, p.code) for p in library.errors] == [
        ("$.source.sha256", "source-hash-mismatch")
    ]
    assert library.errors[0].message.endswith("its quotes were not checked against it")
    for problem in library.errors:
        assert f"{problem.path}: " in out and f"[{problem.code}]" in out


def test_a_byte_order_mark_is_the_first_code_point_everywhere(tmp_path, capsys):
    text = b"\xef\xbb\xbf" + LF
    document, path = brief_on(text, tmp_path)
    assert document["actors"][0]["evidence"][0]["start"] == 1  # U+FEFF is code point 0
    (tmp_path / "text.txt").write_bytes(text)
    assert bs.validate(document, source_text=text, strict=True).valid
    status, out, _ = run(capsys, "validate", "--strict", path)
    assert status == 0 and "quotes checked against" in out
    status, out, _ = run(capsys, "quote", tmp_path / "text.txt", "Kerry met")
    assert json.loads(out)["start"] == 1


def test_a_text_that_is_not_utf8_gets_source_encoding_in_library_and_cli(tmp_path, capsys):
    document, path = brief_on(LF, tmp_path)
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes(LF + b" caf\xe9")
    report = bs.validate(document, source_text=latin1.read_bytes())
    assert [(p.path, p.code, p.message) for p in report.errors] == [
        ("$.source", "source-encoding", "the source text is not UTF-8: byte 0xe9 at byte offset 72")
    ]
    status, out, _ = run(capsys, "validate", "--source", latin1, path)
    assert status == 1 and "$.source: the source text is not UTF-8" in out
    status, _, err = run(capsys, "quote", latin1, "Kerry")
    assert status == 2 and "is not UTF-8: byte 0xe9" in err
    status, _, err = run(capsys, "new", latin1)
    assert status == 2 and "is not UTF-8" in err


def test_a_source_string_with_a_lone_surrogate_is_a_problem_not_a_crash():
    report = bs.validate(base(), source_text=TEXT + "\udc80")
    assert [(p.path, p.code) for p in report.errors] == [("$.source", "source-encoding")]
    assert "lone surrogate (U+DC80) at code point 68" in report.errors[0].message


def test_new_records_what_sha256sum_prints(tmp_path, capsys):
    source = tmp_path / "note.txt"
    source.write_bytes(b"Title line\r\nBody.\r\n")
    status, out, _ = run(capsys, "new", source)
    assert status == 0
    assert json.loads(out)["source"]["sha256"] == hashlib.sha256(source.read_bytes()).hexdigest()


# ---------------------------------------------------------------------------
# Special files, hostile names, broken outputs.


def test_dev_zero_is_refused_through_every_door(capsys):
    zero = Path("/dev/zero")
    for args in (
        ["validate", zero],
        ["validate", "--source", zero, REFERENCE],
        ["validate", "--jsonl", zero],
        ["render", zero],
        ["quote", zero, "x"],
        ["new", zero],
    ):
        status, out, err = run(capsys, *args)
        assert status == 2, args
        assert "/dev/zero is a device, not a file" in err, args
        assert "Traceback" not in out + err
    with pytest.raises(bs.BriefSchemaError, match="is a device, not a file"):
        bs.load(zero)


def test_a_long_jsonl_line_is_skipped_in_chunks_and_reported(tmp_path, capsys):
    path = tmp_path / "lines.jsonl"
    good = json.dumps(base())
    path.write_bytes(good.encode() + b"\n" + b"[" * 5_000 + b"\n" + good.encode() + b"\n")
    status, out, _ = run(capsys, "validate", "--jsonl", "--max-bytes", "4000", path)
    results = [json.loads(line) for line in out.splitlines()]
    assert status == 1
    assert [(r["line"], r["valid"]) for r in results] == [(1, True), (2, False), (3, True)]
    assert results[1]["problems"][0]["code"] == "too-large"


def test_an_endless_jsonl_line_costs_the_limit_not_its_length():
    stream = io.BytesIO(b"x" * 50_000_000 + b"\n" + json.dumps(base()).encode() + b"\n")
    limits = bs.Limits(max_bytes=100_000)
    tracemalloc.start()
    try:
        results = list(batch.validate_jsonl(stream, limits=limits))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [(r["line"], r["valid"]) for r in results] == [(1, False), (2, True)]
    assert results[0]["problems"][0]["code"] == "too-large"
    assert peak < 5_000_000  # reading the 50 MB line whole would take ten times that


def test_a_fifo_beside_a_brief_is_never_opened(tmp_path):
    _, path = brief_on(LF, tmp_path)
    (tmp_path / "text.txt").write_bytes(LF)
    os.mkfifo(tmp_path / "a-pipe.txt")  # sorts first; opening it would block
    done = command("validate", path)
    assert done.returncode == 0, done.stderr
    assert b"quotes checked against" in done.stdout


def test_texts_beside_a_brief_over_the_limit_are_passed_over(tmp_path, capsys):
    _, path = brief_on(LF, tmp_path)
    (tmp_path / "big.txt").write_bytes(b"x" * 5_000)
    (tmp_path / "text.txt").write_bytes(LF)
    status, out, _ = run(capsys, "validate", "--max-bytes", "4000", path)
    assert status == 0 and "text.txt" in out


def test_a_file_name_that_is_not_utf8_prints_escaped_under_a_strict_locale(tmp_path):
    name = os.fsdecode(b"caf\xe9.json")
    (tmp_path / name).write_text("{}", encoding="utf-8")
    env = dict(os.environ, PYTHONIOENCODING="utf-8:strict", LC_ALL="C.UTF-8")
    done = command("validate", name, cwd=tmp_path, env=env)
    assert done.returncode == 1
    assert b"Traceback" not in done.stderr
    assert done.stdout.startswith(b"caf\\xe9.json: invalid")


def test_output_to_a_full_device_exits_2_with_a_message():
    with Path("/dev/full").open("w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "briefschema.cli", "validate", str(REFERENCE)],
            stdout=full,
            stderr=subprocess.PIPE,
            check=False,
            timeout=60,
        )
    assert done.returncode == 2
    assert b"cannot write the output: No space left on device" in done.stderr
    assert b"Traceback" not in done.stderr


def test_a_title_cannot_move_the_cursor(tmp_path, capsys):
    document = base()
    document["title"] = "\x1b[2J\x1b[31mred\u202etxt.exe"
    path = tmp_path / "brief.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    status, out, _ = run(capsys, "validate", path)
    assert status == 0
    assert "  title: \\x1b[2J\\x1b[31mred\\u202etxt.exe" in out
    assert "\x1b" not in out and "\u202e" not in out


def test_jsonl_lines_after_a_lone_surrogate_keep_their_results(tmp_path, capsys):
    bad = json.dumps(base()).replace('"title"', '"\\udc80"', 1)
    path = tmp_path / "lines.jsonl"
    path.write_text(bad + "\n" + json.dumps(base()) + "\n", encoding="utf-8")
    status, out, _ = run(capsys, "validate", "--jsonl", path)
    first, second = (json.loads(line) for line in out.splitlines())
    assert status == 1
    assert ("$['\\udc80']", "unknown-field") in {(p["path"], p["code"]) for p in first["problems"]}
    assert second == {
        "line": 2,
        "id": "test-brief",
        "valid": True,
        "quotes_checked": False,
        "unchecked_reason": "no source text was given",
        "problems": [],
    }


def test_jobs_are_bounded_by_the_cores(tmp_path, capsys):
    path = tmp_path / "lines.jsonl"
    path.write_text(json.dumps(base()) + "\n", encoding="utf-8")
    status, _, err = run(capsys, "validate", "--jsonl", "--jobs", "512", path)
    assert status == 2 and "--jobs from 1 to" in err
    with path.open("rb") as stream, pytest.raises(ValueError, match="jobs must be 1 or more"):
        list(batch.validate_jsonl(stream, jobs=0))


# ---------------------------------------------------------------------------
# validate() returns a report; dumps() raises the library's error with a path.


def brief_object(**changes):
    """A brief whose fields were changed after construction, past the converters."""
    brief = bs.from_dict(base())
    for name, value in changes.items():
        object.__setattr__(brief, name, value)
    return brief


@pytest.mark.parametrize(
    ("changes", "path", "code"),
    [
        ({"extensions": {"acme:x": math.nan}}, "$.extensions['acme:x']", "number"),
        ({"extensions": {"acme:x": {1, 2}}}, "$.extensions['acme:x']", "type"),
        ({"created": dt.datetime(2013, 5, 15)}, "$.created", "timestamp"),
        ({"created": "2013-05-15T00:00:00Z"}, "$.created", "type"),
    ],
)
def test_a_brief_object_that_cannot_be_written_gets_a_problem_with_its_path(changes, path, code):
    report = bs.validate(brief_object(**changes))
    assert [(p.path, p.code) for p in report.errors] == [(path, code)]
    with pytest.raises(bs.ValidationError) as raised:
        bs.dumps(brief_object(**changes))
    assert [(p.path, p.code) for p in raised.value.problems] == [(path, code)]


def test_a_string_where_an_enum_member_belongs_names_the_field_and_the_values():
    brief = bs.from_dict(base())
    position = brief.positions[0]
    object.__setattr__(position, "stance", "against")
    report = bs.validate(brief)
    [problem] = report.errors
    assert problem.path == "$.positions[0].stance"
    assert problem.message.startswith("expected a Stance member, got a string 'against'")


def test_an_integer_of_more_than_4300_digits_in_data_is_a_problem():
    document = base()
    document["extensions"] = {"acme:x": [10**5000]}
    report = bs.validate(document)
    assert [(p.path, p.code) for p in report.errors] == [("$.extensions['acme:x'][0]", "number")]


def test_dumps_refuses_a_lone_surrogate_with_its_path():
    with pytest.raises(bs.ValidationError) as raised:
        bs.dumps(brief_object(title="a\udc80"))
    assert [(p.path, p.code) for p in raised.value.problems] == [("$.title", "lone-surrogate")]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("0.1", 0.1),
        ("1E5", 100000.0),
        ("-0.0", -0.0),
        ("1e300", 1e300),
        ("12345678901234567890", 12345678901234567890),
    ],
)
def test_numbers_a_double_holds_are_kept(text, kept):
    value = bs.parse_json(f"[{text}]")[0]
    assert value == kept and type(value) is type(kept)
    assert math.copysign(1, value) == math.copysign(1, kept)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1e-400", "1e-400 cannot be kept exactly: as a double (I-JSON) it is 0.0"),
        (
            "9007199254740993.0",
            "9007199254740993.0 cannot be kept exactly: as a double (I-JSON) it is 9007199254740992.0",
        ),
        (
            "1.00000000000000001",
            "1.00000000000000001 cannot be kept exactly: as a double (I-JSON) it is 1.0",
        ),
        ("-0", "-0 cannot be kept: an integer has no negative zero; write 0"),
    ],
)
def test_numbers_a_double_changes_are_refused_with_their_path(text, message):
    with pytest.raises(bs.ValidationError) as raised:
        bs.parse_json(f'{{"a": ["-0 in a string", {text}]}}')
    [problem] = raised.value.problems
    assert (problem.path, problem.code) == ("$.a[1]", "number")
    assert problem.message.startswith(message)


# ---------------------------------------------------------------------------
# dump: modes, symlinks, long names.


def test_dump_keeps_an_existing_files_mode(tmp_path):
    path = tmp_path / "brief.json"
    path.write_text("{}", encoding="utf-8")
    path.chmod(0o644)
    bs.dump(bs.from_dict(base()), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    path.chmod(0o640)
    bs.dump(bs.from_dict(base()), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


@pytest.mark.parametrize(("umask", "mode"), [(0o027, 0o640), (0o002, 0o664), (0, 0o666)])
def test_dump_gives_a_new_file_the_mode_of_the_umask(tmp_path, umask, mode):
    old = os.umask(umask)
    try:
        bs.dump(bs.from_dict(base()), tmp_path / "new.json")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.json").stat().st_mode) == mode


def test_dump_writes_through_a_symlink(tmp_path):
    target = tmp_path / "real.json"
    target.write_text("{}", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    bs.dump(bs.from_dict(base()), link)
    assert link.is_symlink()
    assert bs.load(target) == bs.from_dict(base())


def test_dump_handles_a_name_at_the_file_systems_limit(tmp_path):
    path = tmp_path / ("b" * 250 + ".json")  # 255 bytes: ext4's limit
    bs.dump(bs.from_dict(base()), path)
    assert bs.load(path) == bs.from_dict(base())
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


# ---------------------------------------------------------------------------
# new writes skeletons that validate, and never overwrites by surprise.


def test_new_writes_a_valid_skeleton_for_a_long_name_and_a_long_bom_line(tmp_path, capsys):
    source = tmp_path / (("word-" * 45) + "x.txt")
    source.write_bytes("\ufeff".encode() + b"A very long first line " * 40 + b"\nBody.")
    status, out, _ = run(capsys, "new", source)
    assert status == 0
    skeleton = json.loads(out)
    assert len(skeleton["id"]) <= 128 and skeleton["id"].startswith("word-word")
    assert skeleton["title"].startswith("A very long first line")
    assert len(skeleton["title"]) <= _cli_commands.TITLE_LENGTH + 1 and skeleton["title"].endswith(
        "…"
    )
    assert bs.validate(skeleton, source_text=source.read_bytes()).valid


def test_new_refuses_to_overwrite_without_force(tmp_path, capsys):
    source = tmp_path / "note.txt"
    source.write_bytes(b"A note\n")
    out = tmp_path / "brief.json"
    out.write_text("finished work", encoding="utf-8")
    status, _, err = run(capsys, "new", source, "-o", out)
    assert status == 2 and "exists; give --force" in err
    assert out.read_text(encoding="utf-8") == "finished work"
    assert run(capsys, "new", source, "-o", out, "--force")[0] == 0
    assert json.loads(out.read_text(encoding="utf-8"))["title"] == "A note"


# ---------------------------------------------------------------------------
# Markdown never carries markup or HTML from the brief.


def test_markdown_escapes_html_and_markup_in_every_text():
    document = base()
    document["title"] = "<script>alert(1)</script>"
    document["summary"] = "[click](javascript:alert(1)) **bold**\n# heading"
    document["actors"][0]["name"] = "<img src=x onerror=alert(1)>"
    html = MarkdownIt().render(render.render_markdown(bs.from_dict(document)))
    assert "<script" not in html and "<img" not in html and "<a " not in html
    assert "<strong>bold</strong>" not in html and html.count("<h1>") == 1
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


# ---------------------------------------------------------------------------
# The url pattern accepts nothing that a uri format refuses.

URL_CANDIDATES = [
    "https://a#b#c", "http://[", "http://a%zz", "http://a%2", "http://a b", "http://a\\b",
    "http://a/\u00e9", "http://[::1]", "http://[::1]:8080/x?y#z", "http://[v1.x]/",
    "http://[1:2:3:4:5:6:7:8]", "http://[1:2:3:4:5:6:7:8:9]", "http://[::ffff:1.2.3.4]",
    "http://1.2.3.4", "http://256.1.1.1", "http://u:p@h:1/p;q?r=s&t#u", "http://h:port",
    "http://h/%41%zz", "http://h/a%", "https://", "http:///x", "http://h?x#y?z/", "http://h#",
    "http://h?", "http://h:", "http://@h", "http://a@b@c", "http://h/<x>", 'http://h/"',
    "http://h/{x}", "http://h/|", "http://h/^", "http://h/`", "http://h/[x]", "http://h?[x]",
    "http://h#[x]", "https://www.osw.waw.pl/en/publikacje/analyses/2013-05-15/moscow",
    "HTTP://h", "http:/h", "http:h", "ftp://h", "http://h\n", "http://h/\u0000",
]  # fmt: skip


def url_like(draw, n):
    pieces = ["a", "Z", "0", "-", ".", "_", "~", "%", "%4", "%41", ":", "/", "?", "#", "[", "]",
              "@", "!", "$", "&", "'", "(", ")", "*", "+", ",", ";", "=", "::", "1.2.3.4", " ", "é"]  # fmt: skip
    return [
        draw.choice(["http://", "https://"])
        + "".join(draw.choice(pieces) for _ in range(draw.randint(1, 12)))
        for _ in range(n)
    ]


def test_the_url_pattern_is_at_least_as_strict_as_every_uri_format():
    pattern = re.compile(typing.get_args(model.Url)[1].keywords["pattern"])
    candidates = URL_CANDIDATES + url_like(random.Random(7), 3_000)
    rust = jsonschema_rs.validator_for({"format": "uri"}, validate_formats=True)
    script = (
        'import Ajv from "ajv/dist/2020.js"; import addFormats from "ajv-formats";'
        "const ajv = new Ajv(); addFormats(ajv); const v = ajv.compile({format: 'uri'});"
        "let s = ''; process.stdin.on('data', c => s += c);"
        "process.stdin.on('end', () => console.log(JSON.stringify(JSON.parse(s).map(x => v(x)))));"
    )
    done = subprocess.run(
        [shutil.which("node") or "node", "--input-type=module", "-e", script],
        input=json.dumps(candidates),
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT / "node",
    )
    ajv = json.loads(done.stdout)
    accepted = [url for url in candidates if pattern.search(url)]
    assert len(accepted) > 100  # the comparison means something
    for url, by_ajv in zip(candidates, ajv, strict=True):
        if pattern.search(url):
            assert by_ajv, f"Ajv's uri format refuses {url!r}"
            assert rust.is_valid(url), f"jsonschema-rs's uri format refuses {url!r}"
    for refused in ("https://a#b#c", "http://[", "http://a%zz"):
        assert not pattern.search(refused)


# ---------------------------------------------------------------------------
# Construction takes what a person writes, or refuses at once.


def test_constructors_take_values_dates_timestamps_and_lists():
    position = bs.Position(
        id="p",
        actor="a",
        issue="i",
        stance="opposes",
        firmness="firm",
        statement="Against.",
        basis="stated",
        confidence="high",
        as_of="2013-05-07/2013-05-08",
        inferred_date_parts=["year"],
        evidence=[bs.Evidence(quote="x", start=0, end=1)],
    )
    assert position.stance is bs.Stance.OPPOSES and position.firmness is bs.Firmness.FIRM
    assert position.as_of == bs.Interval.parse("2013-05-07/2013-05-08")
    assert position.inferred_date_parts == (bs.DatePart.YEAR,)
    assert type(position.evidence) is tuple
    assert bs.Issue(id="i", title="I", topics=["arms-control"]).topics == (bs.Topic.ARMS_CONTROL,)
    brief = attrs.evolve(bs.from_dict(base()), created="2013-05-15T10:00:00+02:00")
    assert brief.created == dt.datetime(2013, 5, 15, 8, tzinfo=dt.UTC)
    assert bs.validate(brief).valid


@pytest.mark.parametrize(
    ("make", "path", "code", "message"),
    [
        (
            lambda: attrs.evolve(bs.from_dict(base()).positions[0], stance="pro"),
            "$.stance",
            "enum",
            "Position.stance: 'pro' is not a Stance (allowed: 'supports', 'opposes', "
            "'conditional', 'neutral', 'ambiguous')",
        ),
        (
            lambda: attrs.evolve(bs.from_dict(base()).positions[0], confidence=3),
            "$.confidence",
            "type",
            "Position.confidence: 3 is not a Confidence (allowed: 'low', 'moderate', 'high', 'unstated')",
        ),
        (
            lambda: bs.Issue(id="i", title="I", topics=["arms-control", "space"]),
            "$.topics[1]",
            "enum",
            None,
        ),
        (
            lambda: attrs.evolve(bs.from_dict(base()).events[0], date="2013-02-30"),
            "$.date",
            "date",
            "Event.date: '2013-02-30' is not an EDTF date (YYYY, YYYY-MM or YYYY-MM-DD)",
        ),
        (
            lambda: attrs.evolve(bs.from_dict(base()), created=dt.datetime(2013, 5, 15)),
            "$.created",
            "timestamp",
            "Brief.created: a naive datetime is not a timestamp; give it a timezone",
        ),
        (
            lambda: attrs.evolve(bs.from_dict(base()), modified="2013-05-15 10:00"),
            "$.modified",
            "timestamp",
            "Brief.modified: '2013-05-15 10:00' is not an RFC 3339 timestamp with a UTC "
            "offset (e.g. 2013-05-15T09:30:00Z)",
        ),
    ],
)
def test_constructors_refuse_what_a_field_can_never_hold(make, path, code, message):
    with pytest.raises(bs.ValidationError) as raised:
        make()
    [problem] = raised.value.problems
    assert (problem.path, problem.code) == (path, code)
    if message is not None:
        assert problem.message == message


@pytest.mark.parametrize(
    ("field", "value", "path", "message"),
    [
        ("name", 5, "$.name", "Actor.name: expected a string, got an integer"),
        (
            "aliases",
            ["Moscow", 3],
            "$.aliases[1]",
            "Actor.aliases: expected a string, got an integer",
        ),
        ("aliases", "Moscow", "$.aliases", "Actor.aliases: expected a list, got a string"),
        (
            "evidence",
            [{"quote": "x"}],
            "$.evidence[0]",
            "Actor.evidence: expected an Evidence, got an object",
        ),
        ("extensions", [1], "$.extensions", "Actor.extensions: expected a mapping, got an array"),
        ("kind", None, None, None),
    ],
)
def test_constructors_refuse_values_of_another_type(field, value, path, message):
    actor = bs.from_dict(base()).actors[0]
    if path is None:  # None stands for an unset optional field; a required one is for validate()
        assert attrs.evolve(actor, **{field: value}).kind is None
        return
    with pytest.raises(bs.ValidationError) as raised:
        attrs.evolve(actor, **{field: value})
    [problem] = raised.value.problems
    assert (problem.path, problem.code, problem.message) == (path, "type", message)


def test_an_offset_must_be_an_integer_and_a_nested_object_its_class():
    evidence = bs.Evidence(quote="Kerry", start=0, end=5)
    for bad in ("3", 2.0, True):
        with pytest.raises(bs.ValidationError, match=r"Evidence.start: expected an integer"):
            attrs.evolve(evidence, start=bad)
    with pytest.raises(bs.ValidationError, match=r"Brief.source: expected a Source, got an object"):
        attrs.evolve(bs.from_dict(base()), source={"title": "T"})


def test_unrelated_texts_beside_a_brief_are_hashed_in_chunks_not_held(tmp_path):
    for k in range(3):
        (tmp_path / f"unrelated-{k}.txt").write_bytes(b"x" * 20_000_000)
    (tmp_path / "text.txt").write_bytes(LF)
    document, path = brief_on(LF, tmp_path)
    sources = _cli_validate._Sources(bs.Limits())
    tracemalloc.start()
    try:
        text, note = sources.beside(path, document)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert text == LF and note.endswith("text.txt")
    assert peak < 5_000_000  # reading the three 20 MB files whole would take 60 MB


def test_a_brief_object_with_a_string_for_a_timestamp_gets_its_own_words():
    report = bs.validate(brief_object(created="2013-05-15T00:00:00Z"))
    assert [(p.path, p.code, p.message) for p in report.errors] == [
        ("$.created", "type", "expected an aware datetime, got a string")
    ]
    report = bs.validate(brief_object(created=dt.datetime(2013, 5, 15)))
    assert [p.message for p in report.errors] == [
        "a naive datetime is not a timestamp; give it a timezone"
    ]


def test_a_brief_object_with_something_else_where_an_object_belongs():
    [problem] = bs.validate(brief_object(source=5)).errors
    assert (problem.path, problem.code) == ("$.source", "type")
    assert problem.message.startswith("cannot be written as JSON: ")


def test_a_brief_object_without_a_required_object_names_the_field():
    [problem] = bs.validate(brief_object(source=None)).errors
    assert (problem.path, problem.code) == ("$.source", "type")


def test_a_problem_inside_a_nested_object_is_found_at_its_path():
    brief = bs.from_dict(base())
    object.__setattr__(brief.source, "extensions", {"acme:x": math.nan})
    [problem] = bs.validate(brief).errors
    assert (problem.path, problem.code) == ("$.source.extensions['acme:x']", "number")
