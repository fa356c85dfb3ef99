"""Coverage-guided fuzzing of briefschema.loads with atheris, for runs longer than CI's.

Install and run (from the repository root)::

    pip install -e . atheris
    python fuzz/fuzz_loads.py -atheris_runs=200000 fuzz/corpus

It starts from the reference brief and the hostile corpus, and fails on any
exception other than briefschema.ValidationError, on a brief that does not
survive dumps/loads unchanged, or on a verdict of the fast path (orjson,
jsonschema-rs, the generated structuring) that the reference path (the strict
reader, python-jsonschema, the strict converter) does not give, problem for
problem. Findings are written as crash-* files.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import briefschema as bs
    from briefschema import codec, validation

ROOT = Path(__file__).parents[1]


def test_one_input(data: bytes) -> None:
    """Load one input; anything but the library's error, or a lossy round trip, is a finding."""
    expected = reference(data)
    try:
        brief = bs.loads(data)
    except bs.ValidationError as exc:
        if not all(p.path.startswith("$") and p.code and p.message for p in exc.problems):
            raise AssertionError(
                f"a problem without path, code or message: {exc.problems}"
            ) from exc
        if exc.problems != expected:
            raise AssertionError(f"fast {exc.problems} != reference {expected}") from exc
        return
    if brief != expected:
        raise AssertionError(f"the fast path built a brief; the reference path: {expected}")
    written = bs.dumps(brief)
    if bs.dumps(bs.loads(written)) != written:
        raise AssertionError("dumps(loads(dumps(brief))) differs from dumps(brief)")


def reference(data: bytes) -> object:
    """What the reference path makes of ``data``: its brief, or its problems."""
    try:
        parsed = codec._strict_parse(data, bs.Limits())  # noqa: SLF001 - the reference reader
    except bs.ValidationError as exc:
        return exc.problems
    report, brief = validation.check(parsed, source_text=None, strict=False, fast=False)
    return brief if report.valid and brief is not None else report.problems


def seed(corpus: Path) -> None:
    """Fill an empty corpus folder with the valid and hostile examples."""
    corpus.mkdir(parents=True, exist_ok=True)
    if any(corpus.iterdir()):
        return
    sources = [ROOT / "examples" / "moscow-intransigent-syria-2013.brief.json"]
    sources += sorted((ROOT / "tests" / "hostile").glob("*.json"))
    for index, path in enumerate(sources):
        (corpus / f"seed-{index:03d}").write_bytes(path.read_bytes())


if __name__ == "__main__":
    folders = [Path(arg) for arg in sys.argv[1:] if not arg.startswith("-")]
    for folder in folders:
        seed(folder)
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
