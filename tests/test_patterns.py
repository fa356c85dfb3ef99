"""The published patterns in other engines: RE2 (no look-ahead), PCRE2, and what the guide says.

Every pattern ends in the look-ahead `(?![\\s\\S])` (end of input in ECMA-262 and in
Python's `re`, where `$` would also match before a final newline). RE2 (and Rust's
`regex` crate) have no look-ahead: the guide tells their users to write that end as
`\\z`. These tests hold the guide to it with RE2 itself: the published form is refused,
the rewritten one compiles, and it answers as Python's `re` answers the published one on
every string of the conformance corpus and on strings made to probe the end.
"""

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import re2

from briefschema._meta import END

ROOT = Path(__file__).parents[1]
BUNDLE = json.loads((ROOT / "schemas" / "brief.bundled.schema.json").read_text(encoding="utf-8"))


def values(node):
    """Every (key, value) pair below ``node``."""
    if isinstance(node, dict):
        for k, v in node.items():
            yield k, v
            yield from values(v)
    elif isinstance(node, list):
        for item in node:
            yield from values(item)


PATTERNS = sorted({v for k, v in values(BUNDLE) if k == "pattern"})


def strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for k, v in node.items():
            yield k
            yield from strings(v)
    elif isinstance(node, list):
        for item in node:
            yield from strings(item)


CORPUS = sorted(
    {
        s
        for path in (Path(__file__).parent / "conformance").glob("*.json")
        for group in json.loads(path.read_text(encoding="utf-8"))
        for test in group["tests"]
        for s in strings(test["data"])
    }
)
PROBES = [s + end for s in CORPUS[:400] for end in ("\n", "\r\n", "\n\n")] + ["", "\n"]


def test_every_pattern_ends_in_the_look_ahead():
    assert len(PATTERNS) >= 10
    assert all(pattern.endswith(END) for pattern in PATTERNS)


def test_re2_refuses_the_look_ahead_and_takes_the_end_written_as_z():
    for pattern in PATTERNS:
        try:
            re2.compile(pattern)
        except re2.error:
            pass
        else:
            raise AssertionError(f"RE2 took {pattern!r}")
        re2.compile(pattern.removesuffix(END) + r"\z")


def test_re2_with_z_answers_as_python_does_with_the_published_pattern():
    disagreements = []
    for pattern in PATTERNS:
        python = re.compile(pattern)
        rewritten = re2.compile(pattern.removesuffix(END) + r"\z")
        disagreements.extend(
            (pattern[:40], text[:40])
            for text in CORPUS + PROBES
            if bool(python.search(text)) != bool(rewritten.search(text))
        )
    assert disagreements == []


def test_pcre2_takes_the_published_patterns_and_answers_as_python_does():
    """PCRE2 (PHP, R, nginx, many servers) has look-ahead: the published form serves it."""
    import pcre2  # noqa: PLC0415

    disagreements = []
    for pattern in PATTERNS:
        python, published = re.compile(pattern), pcre2.compile(pattern)
        disagreements.extend(
            (pattern[:40], text[:40])
            for text in CORPUS + PROBES
            if bool(python.search(text)) != bool(published.search(text))
        )
    assert disagreements == []


def _utf16_hex(text):
    return text.encode("utf-16-le", "surrogatepass").hex()


@pytest.mark.mono
def test_dotnet_takes_the_published_patterns_and_answers_as_python_does(tmp_path):
    """.NET's engine (System.Text.RegularExpressions, run by Mono) has look-ahead too."""
    mcs, mono = shutil.which("mcs"), shutil.which("mono")
    assert mcs and mono, "the .NET check needs Mono: apt-get install mono-mcs"
    program = tmp_path / "match.exe"
    subprocess.run(
        [mcs, "-nologo", f"-out:{program}", str(Path(__file__).parent / "dotnet" / "Match.cs")],
        check=True,
        capture_output=True,
    )
    lines, expected = [], []
    for pattern in PATTERNS:
        python = re.compile(pattern)
        lines.append(f"P {_utf16_hex(pattern)}")
        expected.append("P")
        for text in CORPUS + PROBES:
            lines.append(f"S {_utf16_hex(text)}")
            expected.append("1" if python.search(text) else "0")
    done = subprocess.run(
        [mono, str(program)],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    answers = done.stdout.splitlines()
    assert len(answers) == len(expected)
    disagreements = [
        (line[:60], want)
        for line, want, got in zip(lines, expected, answers, strict=True)
        if want != got
    ]
    assert disagreements == []
    assert expected.count("1") > 100 and expected.count("0") > 100  # both answers are tested
