"""The briefschema command: summaries, problems, exit codes, and no tracebacks."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import briefschema as bs
from briefschema import _anatomy
from briefschema.cli import main
from helpers import TEXT, base

EXAMPLES = Path(__file__).parents[1] / "examples"
REFERENCE = EXAMPLES / "moscow-intransigent-syria-2013.brief.json"


def run(capsys, *args):
    status = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err


def test_a_valid_brief_gets_a_summary_and_exit_0(capsys):
    status, out, _ = run(capsys, "validate", REFERENCE)
    assert status == 0
    assert out.splitlines()[:3] == [
        f"{REFERENCE}: valid",
        "  title: Moscow intransigent towards Washington on the Syria crisis",
        "  11 actors, 11 issues, 21 positions, 4 concessions, 11 events, 7 judgments, 0 documents",
    ]
    assert "quotes checked against" in out


def test_an_invalid_brief_lists_every_problem_and_exits_1(capsys, tmp_path):
    document = base()
    document["positions"][0]["actor"] = "nato"
    document["title"] = 3
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    status, out, err = run(capsys, "validate", path)
    assert status == 1
    assert "$.title: expected a string, got an integer [type]" in out
    assert err == ""


def test_integrity_problems_are_printed_with_path_and_code(capsys, tmp_path):
    document = base()
    document["concessions"][0]["to"] = ["kerry"]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    status, out, _ = run(capsys, "validate", path)
    assert status == 1
    assert (
        "error: $.concessions[0].to[0]: 'kerry' cannot concede to itself [concession-to-self]"
        in out
    )


def test_the_source_beside_the_brief_is_found_by_its_hash(capsys, tmp_path):
    (tmp_path / "source.txt").write_text(TEXT, encoding="utf-8")
    document = base()
    document["events"][0]["evidence"][0] = {"quote": "Putin", "start": 0, "end": 5}
    path = tmp_path / "brief.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    status, out, _ = run(capsys, "validate", path)
    assert status == 1
    assert "[quote-mismatch]" in out


def test_a_wrong_source_fails_the_hash_rule(capsys, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("something else", encoding="utf-8")
    status, out, _ = run(capsys, "validate", "--source", other, REFERENCE)
    assert status == 1
    assert "$.source.sha256" in out
    assert "[source-hash-mismatch]" in out


def test_without_a_source_the_quotes_are_not_checked_and_it_says_so(capsys, tmp_path):
    shutil.copy(REFERENCE, tmp_path / "brief.json")
    for options in ([], ["--strict"]):  # strict does not require the text: said on the line
        status, out, err = run(capsys, "validate", *options, tmp_path / "brief.json")
        assert status == 0
        assert out.splitlines()[0] == (
            f"{tmp_path / 'brief.json'}: valid, but its quotes were not checked: no source "
            "text was given or found beside the brief (give --source TEXT)"
        )
        assert "quotes checked" not in out
        assert err == ""


def test_require_source_makes_a_missing_or_unreadable_text_a_failure(capsys, tmp_path):
    shutil.copy(REFERENCE, tmp_path / "brief.json")
    status, out, err = run(capsys, "validate", "--require-source", tmp_path / "brief.json")
    assert status == 2
    assert out == ""
    assert err == (
        f"briefschema: {tmp_path / 'brief.json'}: no source text was given or found beside it "
        "(or it cannot be read), and --require-source asks for one\n"
    )
    # A text beside it that cannot be read is no text either.
    text = tmp_path / "source.txt"
    shutil.copy(REFERENCE.with_suffix("").with_suffix(".txt"), text)
    text.chmod(0)
    if os.access(text, os.R_OK):  # root reads anything: make it a folder of that name instead
        text.chmod(0o600)
        text.unlink()
        (tmp_path / "source.txt").mkdir()
    status, _, err = run(capsys, "validate", "--require-source", tmp_path / "brief.json")
    assert status == 2
    assert "--require-source asks for one" in err
    # With the text, the same command says valid, and what the quotes were checked against.
    status, out, err = run(capsys, "validate", "--require-source", REFERENCE)
    assert status == 0
    assert out.splitlines()[0] == f"{REFERENCE}: valid"
    assert out.splitlines()[-1] == (
        f"  quotes checked against {REFERENCE.with_suffix('').with_suffix('.txt')}"
    )
    assert err == ""
    # Other files are still checked after one that fails for its text.
    status, out, _ = run(capsys, "validate", "--require-source", tmp_path / "brief.json", REFERENCE)
    assert status == 2
    assert out.startswith(f"{REFERENCE}: valid\n")


def test_strict_mode_turns_warnings_into_errors(capsys, tmp_path):
    document = base()
    del document["positions"][0]["evidence"]
    path = tmp_path / "weak.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert run(capsys, "validate", path)[0] == 0
    status, out, _ = run(capsys, "validate", "--strict", path)
    assert status == 1
    assert "[missing-evidence]" in out


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"{not json", "[json-syntax]"),
        (b'{"a":1,"a":1}', "[duplicate-key]"),
        (b"\xff\xfe{}", "[encoding]"),
    ],
)
def test_unparseable_files_are_invalid_not_crashes(capsys, tmp_path, content, expected):
    path = tmp_path / "broken.json"
    path.write_bytes(content)
    status, out, err = run(capsys, "validate", path)
    assert status == 1
    assert expected in out
    assert "Traceback" not in out + err


def test_an_unreadable_file_exits_2(capsys, tmp_path):
    status, _, err = run(capsys, "validate", tmp_path / "missing.json")
    assert status == 2
    assert (
        err == f"briefschema: cannot read {tmp_path / 'missing.json'}: No such file or directory\n"
    )


def test_usage_errors_exit_2(capsys):
    assert run(capsys)[0] == 2
    assert run(capsys, "validate")[0] == 2


def test_the_schemas_command_writes_the_published_files(capsys, tmp_path):
    status, _, _ = run(capsys, "schemas", tmp_path)
    assert status == 0
    published = Path(__file__).parents[1] / "schemas"
    for path in published.glob("*.json"):
        assert (tmp_path / path.name).read_bytes() == path.read_bytes()


def test_the_console_script_runs_as_a_separate_process():
    done = subprocess.run(
        [sys.executable, "-m", "briefschema.cli", "validate", str(REFERENCE)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"{REFERENCE}: valid\n")


def test_quote_takes_several_phrases_and_a_file_of_phrases(tmp_path, capsys):
    source = tmp_path / "source.txt"
    source.write_text(TEXT, encoding="utf-8")
    phrases = tmp_path / "phrases.txt"
    phrases.write_text("softened\n\nhis stance\n", encoding="utf-8")
    status, out, err = run(capsys, "quote", source, "Kerry met", "Obama", "--phrases", phrases)
    assert status == 1
    assert [json.loads(line)["quote"] for line in out.splitlines()] == [
        "Kerry met",
        "softened",
        "his stance",
    ]
    assert err == f"briefschema: 'Obama' does not occur in {source}\n"
    assert run(capsys, "quote", source)[0] == 2
    assert run(capsys, "quote", source, "")[0] == 2


def test_quote_names_the_nearest_passage_of_a_phrase_that_does_not_occur(tmp_path, capsys):
    source = tmp_path / "source.txt"
    source.write_text("Kerry and Sergei Lavrov, Russia’s foreign minister.", encoding="utf-8")
    status, out, err = run(capsys, "quote", source, "Russia's foreign minister")
    assert (status, out) == (1, "")
    assert err == (
        f'briefschema: "Russia\'s foreign minister" does not occur in {source}; nearest is '
        "'Russia’s foreign minister' at 25:50, which differs in quotation marks (straight and "
        "typographic); first at code point 6 of the quote: U+2019 '’' in the text, "
        'U+0027 "\'" in the quote\n'
    )


SEPARATORS = "\u2028\u2029\x85"


def test_json_lines_escape_what_splitlines_ends_a_line_at(tmp_path, capsys):
    document = base()
    document["odd" + SEPARATORS] = 1  # an unknown field: its name is in the problem's message
    path = tmp_path / "lines.jsonl"
    path.write_text(json.dumps(document) + "\n" + json.dumps(base()) + "\n", encoding="utf-8")
    assert main(["validate", "--jsonl", str(path)]) == 1
    out, _ = capsys.readouterr()
    assert not set(SEPARATORS) & set(out)
    first, second = (json.loads(line) for line in out.splitlines())
    assert first["problems"][0]["message"] == (
        "unknown field 'odd\\u2028\\u2029\\x85' (namespaced data belongs under `extensions`)"
    )
    assert second["valid"] is True


def test_the_plover_export_writes_one_record_a_line_whatever_its_text_holds(tmp_path, capsys):
    text = f"Ruritania agreed{SEPARATORS} to talks."
    source = tmp_path / "t.txt"
    source.write_text(text, encoding="utf-8")
    brief = {
        **base(),
        "source": {"title": "T", "sha256": bs.evidence.sha256_of(text)},
        "actors": [{"id": "rur", "name": "Ruritania", "kind": "state"}],
        "issues": [],
        "positions": [],
        "concessions": [],
        "judgments": [],
        "events": [
            {
                "id": "e1",
                "category": "AGREE",
                "actors": ["rur"],
                "date": "2016-03-02",
                "description": f"agreed{SEPARATORS}",
                "evidence": [{"quote": text, "start": 0, "end": len(text)}],
            }
        ],
    }
    path = tmp_path / "b.json"
    path.write_text(json.dumps(brief), encoding="utf-8")
    assert main(["export", "--to", "plover", str(path)]) == 0
    out, _ = capsys.readouterr()
    assert not set(SEPARATORS) & set(out)
    [record] = [json.loads(line) for line in out.splitlines()]
    assert record["text"] == text


def test_quote_phrases_are_lines_ended_by_lf_only(tmp_path, capsys):
    text = f"one{SEPARATORS}\ftwo three"
    source = tmp_path / "t.txt"
    source.write_text(text, encoding="utf-8")
    phrases = tmp_path / "phrases.txt"
    phrases.write_bytes(f"one{SEPARATORS}\ftwo\r\nthree\n".encode())
    assert main(["quote", str(source), "--phrases", str(phrases)]) == 0
    out, err = capsys.readouterr()
    assert not set(SEPARATORS) & set(out)  # the quote holds them: escaped in each line
    found = [json.loads(line) for line in out.splitlines()]
    assert [(e["quote"], e["start"]) for e in found] == [
        (f"one{SEPARATORS}\ftwo", 0),
        ("three", len(text) - 5),
    ]
    assert err == ""


def test_quote_gives_the_nearest_passage_to_the_first_twenty_missing_phrases(tmp_path, capsys):
    source = tmp_path / "t.txt"
    source.write_text("Kerry met Putin in Moscow. " * 10, encoding="utf-8")
    phrases = tmp_path / "phrases.txt"
    phrases.write_text(
        "".join(f"Kerry met Putin number {k}\n" for k in range(25)), encoding="utf-8"
    )
    assert main(["quote", str(source), "--phrases", str(phrases)]) == 1
    _, err = capsys.readouterr()
    lines = err.splitlines()
    assert len(lines) == 25
    assert sum("; nearest is" in line for line in lines) == 20
    assert all("; nearest is" in line for line in lines[:20])


def test_the_summary_counts_every_list_of_the_brief(capsys, tmp_path):
    document = base()
    document["documents"] = [
        {"id": "doc-a", "title": "A note", "kind": "treaty", "status": "in-force"}
    ]
    (tmp_path / "source.txt").write_text(TEXT, encoding="utf-8")
    path = tmp_path / "brief.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    status, out, _ = run(capsys, "validate", path)
    counts = out.splitlines()[2]
    assert status == 0, out
    for name in _anatomy.LISTS:
        assert f" {len(document.get(name, []))} {name}" in f" {counts.strip()}"
