"""Throughput of batch validation: `briefschema validate --jsonl` with 1 and 2 jobs.

Run from the repository root (the `fast` extra gives the fast path):

    pip install -e '.[fast]' && python benchmarks/batch.py

The input is generated here, never committed: the reference brief, one line per
brief, each under its own id, every quote checked against the reference text
found by its SHA-256 in `--sources`. Each job count runs the real command; the
outputs must be identical, byte for byte, whatever the job count.

The machine's speed drifts, so the comparison is made in rounds: each round runs
the command with one job, with two, and pydantic's bare load over the same lines,
and each ratio reported is the median of the rounds' ratios.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import briefschema as bs

ROOT = Path(__file__).parents[1]
REFERENCE = ROOT / "examples" / "moscow-intransigent-syria-2013.brief.json"
TEXT = ROOT / "examples" / "moscow-intransigent-syria-2013.txt"


def write_lines(path: Path, count: int) -> int:
    """``count`` reference-sized briefs as JSON Lines; returns the file's size."""
    data = json.loads(REFERENCE.read_bytes())
    with path.open("wb") as out:
        for index in range(count):
            data["id"] = f"brief-{index}"
            out.write(bs.dumps(bs.from_dict(data)).encode())
    return path.stat().st_size


def run(lines: Path, sources: Path, jobs: int) -> tuple[float, bytes]:
    command = [
        sys.executable,
        "-m",
        "briefschema.cli",
        "validate",
        "--jsonl",
        str(lines),
        "--sources",
        str(sources),
        "--jobs",
        str(jobs),
    ]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, check=False)  # noqa: S603
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"validate failed ({done.returncode}): {done.stderr.decode()[-2000:]}")
    return elapsed, done.stdout


def pydantic_rate(lines: Path) -> float | None:
    """How many of the lines pydantic's model_validate_json reads a second (bench extra)."""
    try:
        sys.path.insert(0, str(Path(__file__).parent))
        from baselines import PBrief
    except ImportError:
        return None
    with lines.open("rb") as stream:
        started = time.perf_counter()
        count = 0
        for line in stream:
            PBrief.model_validate_json(line)
            count += 1
    return count / (time.perf_counter() - started)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--briefs", type=int, default=6000, help="lines (default 6,000)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of jobs=1 and pydantic")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        lines = Path(folder) / "briefs.jsonl"
        size = write_lines(lines, args.briefs)
        sources = Path(folder) / "sources"
        sources.mkdir()
        (sources / TEXT.name).write_bytes(TEXT.read_bytes())
        print(
            f"{args.briefs:,} briefs, {size / 1e6:.0f} MB, {os.cpu_count()} cores, "
            f"source text sha256 {hashlib.sha256(TEXT.read_bytes()).hexdigest()[:12]}..."
        )
        outputs: dict[int, bytes] = {}
        rates: dict[int, list[float]] = {1: [], 2: []}
        baselines: list[float] = []
        for _ in range(args.rounds):
            for jobs in (1, 2):
                elapsed, output = run(lines, sources, jobs)
                outputs.setdefault(jobs, output)
                if output != outputs[jobs]:
                    sys.exit(f"jobs={jobs} wrote different output in two runs")
                rates[jobs].append(args.briefs / elapsed)
            baseline = pydantic_rate(lines)
            if baseline is not None:
                baselines.append(baseline)
        results = [json.loads(line) for line in outputs[1].splitlines()]
        checked = sum(r["quotes_checked"] for r in results)
        valid = sum(r["valid"] for r in results)
        print(f"{valid:,} valid, {checked:,} with quotes checked")
        for index in range(args.rounds):
            line = (
                f"round {index + 1}: jobs=1 {rates[1][index]:,.0f} briefs/s, "
                f"jobs=2 {rates[2][index]:,.0f} ({rates[2][index] / rates[1][index]:.2f}x)"
            )
            if baselines:
                line += (
                    f"; pydantic's model_validate_json alone, one process, "
                    f"{baselines[index]:,.0f} briefs/s (jobs=1 is {rates[1][index] / baselines[index]:.2f} of it)"
                )
            print(line)
        median = statistics.median
        print(
            f"median: jobs=1 {median(rates[1]):,.0f} briefs/s, jobs=2 {median(rates[2]):,.0f} "
            f"({median(rates[2]) / 2:,.0f} per core); speed-up "
            f"{median(b / a for a, b in zip(rates[1], rates[2], strict=True)):.2f}x"
            + (
                f"; jobs=1 / pydantic {median(a / b for a, b in zip(rates[1], baselines, strict=True)):.2f}"
                " (pydantic: no rules, no quotes, no results written)"
                if baselines
                else ""
            )
        )
        same = outputs[1] == outputs[2]
        print(f"identical output for jobs 1 and 2: {same}")
        return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
