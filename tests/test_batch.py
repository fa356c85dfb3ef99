"""Batch validation of JSON Lines: order, results, parallel equality, bounded memory, Dask."""

import fcntl
import io
import json
import os
import pty
import struct
import subprocess
import sys
import termios
from pathlib import Path

import dask.bag

import briefschema as bs
from briefschema.batch import validate_jsonl, validate_lines
from briefschema.cli import main
from helpers import TEXT, base

REFERENCE = Path(__file__).parents[1] / "examples" / "moscow-intransigent-syria-2013.brief.json"


def sample_lines():
    good = json.dumps(base())
    bad = base()
    bad["positions"][2]["actor"] = "nato"
    return [
        REFERENCE.read_text(encoding="utf-8").strip(),
        good,
        json.dumps(bad),
        '{"not": "closed"',
        "",
        good,
    ]


def write(tmp_path, lines, copies=1):
    path = tmp_path / "briefs.jsonl"
    path.write_text("\n".join(lines * copies) + "\n", encoding="utf-8")
    return path


def test_each_line_gets_one_result_in_order(tmp_path):
    path = write(tmp_path, sample_lines())
    with path.open("rb") as stream:
        results = list(validate_jsonl(stream))
    assert [(r["line"], r["id"], r["valid"]) for r in results] == [
        (1, "moscow-intransigent-syria-2013", True),
        (2, "test-brief", True),
        (3, "test-brief", False),
        (4, None, False),
        (5, None, False),
        (6, "test-brief", True),
    ]
    assert results[2]["problems"] == [
        {
            "path": "$.positions[2].actor",
            "code": "unresolved-reference",
            "message": "no object has the id 'nato'",
            "severity": "error",
        }
    ]
    assert results[3]["problems"][0]["code"] == "json-syntax"


def test_two_jobs_give_the_same_results_as_one(tmp_path):
    path = write(tmp_path, sample_lines(), copies=40)
    with path.open("rb") as stream:
        one = list(validate_jsonl(stream, jobs=1))
    with path.open("rb") as stream:
        two = list(validate_jsonl(stream, jobs=2, chunk_size=7))
    assert one == two
    assert [r["line"] for r in two] == list(range(1, 241))


class CountingStream:
    """A byte stream that counts the lines taken from it."""

    def __init__(self, data):
        self.inner = io.BytesIO(data)
        self.taken = 0

    def readline(self, size=-1):
        line = self.inner.readline(size)
        if line.endswith(b"\n"):
            self.taken += 1
        return line


def test_memory_is_bounded_by_the_chunks_in_flight():
    stream = CountingStream(("\n".join(sample_lines()) + "\n").encode("utf-8") * 200)
    jobs, chunk_size = 2, 5
    results = validate_jsonl(stream, jobs=jobs, chunk_size=chunk_size)
    for done, _ in enumerate(results, start=1):
        assert stream.taken - done <= 2 * jobs * chunk_size + chunk_size
    assert stream.taken == 1200


def test_the_cli_writes_json_lines_and_exits_1_on_any_invalid(tmp_path, capsys):
    path = write(tmp_path, sample_lines())
    assert main(["validate", "--jsonl", "--jobs", "2", str(path)]) == 1
    out, err = capsys.readouterr()
    lines = [json.loads(line) for line in out.splitlines()]
    assert [r["valid"] for r in lines] == [True, True, False, False, False, True]
    assert [r["quotes_checked"] for r in lines] == [False] * 6
    # No progress bar when standard error is not a terminal: only the tally.
    assert err == (
        "briefschema: 6 briefs: 3 valid, 3 invalid; quotes not checked in 6 (give --sources DIR)\n"
    )


def _batch_on_a_terminal(path, *, with_tqdm):
    """Run `validate --jsonl` with standard error on a terminal; return (stdout, stderr)."""
    block = "" if with_tqdm else "sys.modules['tqdm'] = None; "
    script = f"import sys; {block}from briefschema.cli import main; sys.exit(main(sys.argv[1:]))"
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    try:
        done = subprocess.run(
            [sys.executable, "-c", script, "validate", "--jsonl", str(path)],
            stdout=subprocess.PIPE,
            stderr=follower,
            check=False,
            timeout=120,
        )
        os.close(follower)
        follower = -1
        err = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal is closed once everything is read
                break
            if not chunk:
                break
            err += chunk
    finally:
        os.close(leader)
        if follower != -1:
            os.close(follower)
    assert done.returncode == 1
    return done.stdout, err.decode("utf-8").replace("\r\n", "\n")


def test_the_progress_bar_is_drawn_with_tqdm_and_the_results_are_the_same_without_it(tmp_path):
    path = write(tmp_path, sample_lines(), copies=20)
    out_with, err_with = _batch_on_a_terminal(path, with_tqdm=True)
    out_without, err_without = _batch_on_a_terminal(path, with_tqdm=False)
    tally = (
        "briefschema: 120 briefs: 60 valid, 60 invalid; "
        "quotes not checked in 120 (give --sources DIR)\n"
    )
    assert out_with == out_without
    assert len(out_with.splitlines()) == 120
    assert err_without == tally
    assert err_with.endswith(tally)
    bar = err_with.removesuffix(tally)
    size = f"{path.stat().st_size / 1000:.0f}k"  # tqdm's three digits: 100k to 999k here
    assert "100%|" in bar, bar
    assert f"{size}/{size}" in bar, bar  # the bar, by bytes read, reached the file's size


def test_sources_are_found_by_hash_and_each_result_says_whether_quotes_were_checked(
    tmp_path, capsys
):
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "reference.txt").write_bytes(
        REFERENCE.with_suffix("").with_suffix(".txt").read_bytes()
    )
    (texts / "helpers.txt").write_text(TEXT, encoding="utf-8")
    (texts / "unrelated.txt").write_text("nothing", encoding="utf-8")
    wrong = base()
    wrong["events"][0]["evidence"][0] = {"quote": "Putin", "start": 0, "end": 5}
    orphan = dict(base(), source=dict(base()["source"], sha256="0" * 64))
    lines = [
        REFERENCE.read_text(encoding="utf-8").strip(),
        json.dumps(base()),
        json.dumps(wrong),
        json.dumps(orphan),
        '{"not": "a brief"}',
    ]
    path = write(tmp_path, lines)
    for jobs in ("1", "2"):
        assert (
            main(["validate", "--jsonl", "--jobs", jobs, "--sources", str(texts), str(path)]) == 1
        )
        out, err = capsys.readouterr()
        results = [json.loads(line) for line in out.splitlines()]
        assert [(r["valid"], r["quotes_checked"]) for r in results] == [
            (True, True),
            (True, True),
            (False, True),
            (True, False),
            (False, False),
        ]
        assert [p["code"] for p in results[2]["problems"]] == ["quote-mismatch"]
        assert err == "briefschema: 5 briefs: 3 valid, 2 invalid; quotes not checked in 2\n"
    assert main(["validate", "--jsonl", "--sources", str(path), str(path)]) == 2
    assert "is not a folder" in capsys.readouterr().err


def test_sources_serve_single_files_too(tmp_path, capsys):
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "helpers.txt").write_text(TEXT, encoding="utf-8")
    path = tmp_path / "brief.json"
    path.write_text(json.dumps(base()), encoding="utf-8")
    assert main(["validate", "--sources", str(texts), str(path)]) == 0
    assert f"quotes checked against {texts / 'helpers.txt'}" in capsys.readouterr().out


def test_the_cli_reads_standard_input_and_exits_0_when_all_are_valid():
    good = json.dumps(base()) + "\n"
    done = subprocess.run(
        [sys.executable, "-m", "briefschema.cli", "validate", "--jsonl", "-"],
        input=good * 3,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert [json.loads(line)["line"] for line in done.stdout.splitlines()] == [1, 2, 3]


def test_jsonl_usage_errors_exit_2(tmp_path):
    path = write(tmp_path, sample_lines())
    assert main(["validate", "--jsonl", str(path), str(path)]) == 2
    assert main(["validate", "--jsonl", "--jobs", "0", str(path)]) == 2
    assert main(["validate", "--jsonl", str(tmp_path / "missing.jsonl")]) == 2


def test_the_batch_function_is_a_map_over_dask_partitions():
    lines = list(enumerate(sample_lines() * 5, start=1))
    bag = dask.bag.from_sequence(lines, npartitions=4)
    results = bag.map_partitions(lambda part: list(validate_lines(part))).compute(
        scheduler="threads"
    )
    assert sorted(results, key=lambda r: r["line"]) == list(validate_lines(lines))


def test_results_match_the_library_verdicts():
    for number, line in enumerate(sample_lines(), start=1):
        (result,) = validate_lines([(number, line)])
        try:
            bs.loads(line)
            assert result["valid"]
        except bs.ValidationError as exc:
            assert not result["valid"]
            assert [p["code"] for p in result["problems"]] == [p.code for p in exc.problems]  # noqa: PT017 - either outcome is checked


def test_a_line_nested_past_what_orjson_writes_is_one_result_and_the_rest_follow(tmp_path, capsys):
    deep = "[" * 600 + "]" * 600
    path = write(tmp_path, [json.dumps(base()), deep, json.dumps(base())])
    assert main(["validate", "--jsonl", "--jobs", "2", str(path)]) == 1
    out, err = capsys.readouterr()
    results = [json.loads(line) for line in out.splitlines()]
    assert [r["valid"] for r in results] == [True, False, True]
    assert [(p["path"], p["code"]) for p in results[1]["problems"]] == [
        ("$" + "[0]" * 64, "too-deep")
    ]
    assert err.startswith("briefschema: 3 briefs: 2 valid, 1 invalid;")


def test_lines_that_alternate_between_texts_decode_and_hash_each_once(tmp_path, monkeypatch):
    from briefschema import evidence  # noqa: PLC0415

    texts = tmp_path / "texts"
    texts.mkdir()
    other = TEXT.replace("Moscow", "Kiev")
    (texts / "a.txt").write_text(TEXT, encoding="utf-8")
    (texts / "b.txt").write_text(other, encoding="utf-8")
    second = base()
    second["source"]["sha256"] = evidence.sha256_of(other)
    lines = [json.dumps(base()), json.dumps(second)] * 10
    sources = bs.batch.index_sources(texts)  # hashes the files: before the count
    hashed = []
    real = evidence.hashlib.sha256
    monkeypatch.setattr(evidence.hashlib, "sha256", lambda *data: hashed.append(1) or real(*data))
    results = list(validate_lines(enumerate(lines, 1), sources=sources))
    assert [r["quotes_checked"] for r in results] == [True] * 20
    assert [r["valid"] for r in results] == [True, False] * 10  # "Moscow" is quoted
    assert len(hashed) == 2  # each text once, however the lines alternate


def test_index_sources_passes_over_what_is_no_text_file_without_opening_it(tmp_path):
    from briefschema import evidence  # noqa: PLC0415

    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "good.txt").write_text(TEXT, encoding="utf-8")
    (folder / "latin1.txt").write_bytes("café".encode("latin-1"))  # hashed as its bytes
    os.mkfifo(folder / "pipe.txt")  # opening it would wait for a writer forever
    (folder / "folder.txt").mkdir()
    (folder / "large.txt").write_bytes(b"x" * 2_000)
    (folder / "notes.md").write_text(TEXT, encoding="utf-8")  # not a .txt
    found = bs.batch.index_sources(folder, limits=bs.Limits(max_bytes=1_000))
    assert {Path(p).name for p in found.values()} == {"good.txt", "latin1.txt"}
    assert found[evidence.sha256_of(TEXT)] == folder / "good.txt"
