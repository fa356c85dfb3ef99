"""Every verdict says what was checked: whether the quotes were compared with the text, and why not."""

import json
import subprocess
import sys

import pytest

import briefschema as bs
from briefschema.batch import validate_line
from briefschema.evidence import sha256_of
from helpers import TEXT, base


def misquoted():
    """A brief whose first quote is not the text at its offsets ("Kerry met" -> "Kerry Met")."""
    document = base()
    document["actors"][0]["evidence"][0]["quote"] = "Kerry Met"
    return document


def test_without_a_text_a_valid_brief_says_its_quotes_were_not_checked():
    for strict in (False, True):  # strict mode does not require the text: the report says so
        report = bs.validate(misquoted(), strict=strict)
        assert report.valid
        assert report.problems == ()
        assert report.quotes_checked is False
        assert report.unchecked_reason == "no source text was given"


def test_with_the_text_the_quotes_are_checked_and_the_misquote_found():
    report = bs.validate(base(), source_text=TEXT)
    assert (report.valid, report.quotes_checked, report.unchecked_reason) == (True, True, None)
    report = bs.validate(misquoted(), source_text=TEXT.encode())
    assert not report.valid
    assert report.quotes_checked is True
    assert [(p.path, p.code) for p in report.errors] == [
        ("$.actors[0].evidence[0]", "quote-mismatch")
    ]


def test_require_source_makes_a_missing_text_an_error_at_the_source():
    report = bs.validate(misquoted(), require_source=True)
    assert not report.valid
    assert report.quotes_checked is False
    assert [(p.path, p.code, p.message, p.severity) for p in report.problems] == [
        (
            "$.source",
            "source-required",
            "no source text was given, and one is required: the quotes cannot be checked",
            bs.Severity.ERROR,
        )
    ]
    with_text = bs.validate(base(), source_text=TEXT, require_source=True)
    assert (with_text.valid, with_text.quotes_checked, with_text.problems) == (True, True, ())


@pytest.mark.parametrize(
    "reader",
    [
        bs.from_dict,
        lambda d, **kw: bs.loads(json.dumps(d), **kw),
        lambda d, **kw: bs.loads(json.dumps(d).encode(), **kw),
    ],
    ids=["from_dict", "loads-str", "loads-bytes"],
)
def test_readers_with_require_source_refuse_a_brief_without_its_text(reader):
    with pytest.raises(bs.ValidationError) as refused:
        reader(base(), require_source=True)
    assert [(p.path, p.code) for p in refused.value.problems] == [("$.source", "source-required")]
    assert reader(base(), require_source=True, source_text=TEXT).id == "test-brief"


def test_load_with_require_source_refuses_a_file_without_its_text(tmp_path):
    path = tmp_path / "brief.json"
    path.write_text(json.dumps(base()), encoding="utf-8")
    with pytest.raises(bs.ValidationError, match="source-required"):
        bs.load(path, require_source=True)
    assert bs.load(path, require_source=True, source_text=TEXT.encode()).id == "test-brief"


def test_each_reason_the_quotes_were_not_checked():
    other = "Another text altogether."
    unreadable = base()
    unreadable["actors"] = "not a list"
    cases = {
        "no source text was given": (base(), None),
        "the source text is not UTF-8": (base(), b"\xff" + TEXT.encode()),
        "the source text is not the one the brief records (its SHA-256 differs)": (base(), other),
        "the brief could not be read whole, so not every quote could be": (unreadable, TEXT),
    }
    for reason, (document, text) in cases.items():
        report = bs.validate(document, source_text=text)
        assert (report.quotes_checked, report.unchecked_reason) == (False, reason)
    # A brief object built in Python gets the same answer as its data.
    brief = bs.from_dict(base())
    assert bs.validate(brief).unchecked_reason == "no source text was given"
    assert bs.validate(brief, source_text=TEXT).quotes_checked is True


def test_a_brief_over_the_limits_is_not_said_to_have_its_quotes_checked():
    report = bs.validate(base(), source_text=TEXT, limits=bs.Limits(max_depth=2))
    assert not report.valid
    assert report.quotes_checked is False
    assert (
        report.unchecked_reason == "the brief could not be read whole, so not every quote could be"
    )


def test_a_batch_line_says_the_same_as_validate():
    line = json.dumps(misquoted())
    result = validate_line(1, line)
    assert (result["valid"], result["quotes_checked"], result["unchecked_reason"]) == (
        True,
        False,
        "no source text was given",
    )
    required = validate_line(1, line, require_source=True)
    assert required["valid"] is False
    assert [p["code"] for p in required["problems"]] == ["source-required"]
    checked = validate_line(1, json.dumps(base()), source_text=TEXT)
    assert (checked["quotes_checked"], checked["unchecked_reason"]) == (True, None)
    by_hash = validate_line(1, json.dumps(base()), sources={sha256_of(TEXT): "/nonexistent.txt"})
    assert by_hash["unchecked_reason"] == "no source text was given"
    for text, reason in (
        (None, "no source text was given"),
        (b"\xff", "the source text is not UTF-8"),
        (TEXT, "the brief could not be read whole, so not every quote could be"),
    ):
        unread = validate_line(1, "{", source_text=text)
        assert (unread["quotes_checked"], unread["unchecked_reason"]) == (False, reason)


def test_the_cli_batch_with_require_source_exits_2_and_keeps_every_result(tmp_path, capsys):
    from briefschema.cli import main  # noqa: PLC0415

    path = tmp_path / "lines.jsonl"
    path.write_text(json.dumps(base()) + "\n" + json.dumps(base()) + "\n", encoding="utf-8")
    assert main(["validate", "--jsonl", "--require-source", str(path)]) == 2
    out, err = capsys.readouterr()
    results = [json.loads(line) for line in out.splitlines()]
    assert [r["valid"] for r in results] == [False, False]
    assert err.splitlines()[-1] == (
        "briefschema: 2 briefs have no source text given or found, "
        "and --require-source asks for one"
    )
    text = tmp_path / "source.txt"
    text.write_text(TEXT, encoding="utf-8")
    assert main(["validate", "--jsonl", "--require-source", "--source", str(text), str(path)]) == 0
    out, _ = capsys.readouterr()
    assert [json.loads(line)["quotes_checked"] for line in out.splitlines()] == [True, True]


SAME = r"""
import json, sys
if sys.argv[1] == "without":
    sys.modules["orjson"] = None
    sys.modules["jsonschema_rs"] = None
import briefschema as bs
cases = json.loads(sys.stdin.read())
out = []
for document, text, require in cases:
    r = bs.validate(document, source_text=text, strict=True, require_source=require)
    out.append([r.valid, r.quotes_checked, r.unchecked_reason,
                [[p.path, p.code, p.message] for p in r.problems]])
print(json.dumps(out))
"""


def test_the_verdict_and_what_was_checked_do_not_depend_on_the_fast_extra():
    unreadable = base()
    unreadable["actors"] = "not a list"
    cases = [
        [document, text, require]
        for document in (base(), misquoted(), unreadable)
        for text in (None, TEXT, "Another text.")
        for require in (False, True)
    ]
    answers = {}
    for mode in ("with", "without"):
        done = subprocess.run(
            [sys.executable, "-c", SAME, mode],
            input=json.dumps(cases),
            capture_output=True,
            text=True,
            check=True,
        )
        answers[mode] = json.loads(done.stdout)
    assert answers["with"] == answers["without"]
    # Checked: base and misquoted with their own text, with and without require_source.
    assert [a[1] for a in answers["with"]].count(True) == 4
    assert answers["with"][0][:3] == [True, False, "no source text was given"]
