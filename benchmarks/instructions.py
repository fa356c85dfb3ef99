"""Work per operation counted in machine instructions, against pydantic, immune to a noisy machine.

Run from the repository root, with valgrind installed (the `fast` and `bench`
extras give every column):

    pip install -e '.[fast,bench]' && python benchmarks/instructions.py

Wall-clock time on a shared machine swings by a factor of two within the hour;
the instructions an operation executes do not. Each figure here is counted by
valgrind's cachegrind (no cache simulation) in a child process that prepares
every document and warms every operation, then repeats one operation ``--repeat``
times; the same child with no repeats is the baseline subtracted. The counts
leave out what instructions cannot see (cache misses, the memory the garbage
collector walks), so they are read beside ``bench.py``'s times, not instead.

Operations: a validated load of the text with the source text (``loads``) and
pydantic's ``model_validate_json``; from a dict (``from_dict``, pydantic's
``model_validate``); a dump (``dumps``, ``model_dump_json``); and one line of
``validate --jsonl`` with ``--sources`` (:func:`briefschema.batch.validate_line`)
against pydantic's bare load of the same line.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(Path(__file__).parent))

PAIRS = {
    "load": ("ours load", "pydantic load"),
    "from_dict": ("ours from_dict", "pydantic from_dict"),
    "dump": ("ours dump", "pydantic dump"),
    "batch line": ("ours batch line", "pydantic load"),
}
"""Each comparison: our operation and pydantic's."""


def operations(copies: int, sources: Path) -> dict[str, Callable[[], object]]:
    """Every operation on the reference brief repeated ``copies`` times, prepared and warmed."""
    from baselines import PBrief
    from bench import scaled

    import briefschema as bs
    from briefschema import batch

    text = (ROOT / "examples" / "moscow-intransigent-syria-2013.txt").read_text(encoding="utf-8")
    reference = json.loads(
        (ROOT / "examples" / "moscow-intransigent-syria-2013.brief.json").read_bytes()
    )
    document = scaled(reference, copies) if copies > 1 else reference
    raw = bs.dumps(bs.from_dict(document, source_text=text, strict=True)).encode("utf-8")
    data = json.loads(raw)
    brief = bs.loads(raw, source_text=text)
    model = PBrief.model_validate_json(raw)
    found = batch.index_sources(sources)
    line = raw.rstrip(b"\n")
    ops: dict[str, Callable[[], object]] = {
        "ours load": lambda: bs.loads(raw, source_text=text),
        "pydantic load": lambda: PBrief.model_validate_json(raw),
        "ours from_dict": lambda: bs.from_dict(data, source_text=text),
        "pydantic from_dict": lambda: PBrief.model_validate(data, strict=False),
        "ours dump": lambda: bs.dumps(brief),
        "pydantic dump": lambda: model.model_dump_json(exclude_defaults=True),
        "ours batch line": lambda: batch.validate_line(1, line, sources=found),
    }
    result = batch.validate_line(1, line, sources=found)
    if not (result["valid"] and result["quotes_checked"]):
        sys.exit(f"the batch line was not checked in full: {result}")
    for op in ops.values():  # caches, generated code and validators built in every child
        op()
        op()
    return ops


def child(op: str, copies: int, repeat: int, sources: Path) -> None:
    """Prepare everything, then run ``op`` ``repeat`` times (the measured child)."""
    ops = operations(copies, sources)
    run = ops[op]
    for _ in range(repeat):
        run()


def count(op: str, copies: int, repeat: int, sources: Path) -> int:
    """The instructions a child executes, under valgrind."""
    with tempfile.NamedTemporaryFile() as out:
        command = [
            "valgrind",
            "--tool=cachegrind",
            "--cache-sim=no",
            f"--cachegrind-out-file={out.name}",
            sys.executable,
            __file__,
            "--child",
            op,
            str(copies),
            str(repeat),
            str(sources),
        ]
        done = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if done.returncode != 0 or found is None:
        sys.exit(f"valgrind failed ({done.returncode}): {done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,10", help="copies of the reference (default 1,10)")
    parser.add_argument("--repeat", type=int, default=20, help="runs counted per operation")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        op, copies, repeat, sources = args.child
        child(op, int(copies), int(repeat), Path(sources))
        return 0
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is needed to count instructions (apt install valgrind)")
    with tempfile.TemporaryDirectory() as folder:
        sources = Path(folder)
        text = ROOT / "examples" / "moscow-intransigent-syria-2013.txt"
        (sources / text.name).write_bytes(text.read_bytes())
        names = sorted({name for pair in PAIRS.values() for name in pair})
        print(f"instructions per operation (thousands), valgrind, {args.repeat} runs each")
        print("size | " + " | ".join(names) + " | " + " | ".join(f"{p}/pyd" for p in PAIRS))
        for copies in (int(k) for k in args.sizes.split(",")):
            # Fewer runs of the large documents: the count per run is what is compared.
            repeat = max(2, args.repeat // copies)
            base = count("ours load", copies, 0, sources)
            per = {name: (count(name, copies, repeat, sources) - base) / repeat for name in names}
            ratios = [per[ours] / per[theirs] for ours, theirs in PAIRS.values()]
            print(
                f"{copies}x | "
                + " | ".join(f"{per[name] / 1000:,.0f}" for name in names)
                + " | "
                + " | ".join(f"{r:.2f}x" for r in ratios)
            )
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")  # the same set and dict layouts in every child
    raise SystemExit(main())
