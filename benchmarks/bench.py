"""Speed of validated load and dump, against json/orjson, pydantic v2 and msgspec, in one run.

Run from the repository root (the `fast` and `bench` extras give every column):

    pip install -e '.[fast,bench]' && python benchmarks/bench.py

Documents: the reference brief, and briefs 1x, 10x and 100x its size (copies of
its objects under new ids, every quote still valid against the same source text).
Reading, reading from dicts and writing are measured apart; within each, every
round times each column once, in turn. Each figure is the median over the rounds,
and each ratio the median of the rounds' ratios, which is what survives a noisy
machine. The garbage collector is on unless ``--gc-off``: the collections that a
column's own allocations set off are part of its cost.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import gc
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import briefschema as bs
from briefschema import _anatomy, codec, validation

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(Path(__file__).parent))

REF_KEYS = {
    "id",
    "actor",
    "issue",
    "previous",
    "by",
    "to",
    "from_position",
    "to_position",
    "organization",
    "parent",
    "actors",
    "recipients",
    "issues",
    "about",
}


def scaled(reference: dict[str, Any], copies: int) -> dict[str, Any]:
    """The reference brief with every object repeated ``copies`` times under new ids."""
    ids = {obj["id"] for name in _anatomy.LISTS for obj in reference.get(name, [])}

    def rename(node: Any, suffix: str) -> Any:
        if isinstance(node, list):
            return [rename(item, suffix) for item in node]
        if not isinstance(node, dict):
            return node
        out = {}
        for key, value in node.items():
            if key in REF_KEYS and isinstance(value, str) and value in ids:
                out[key] = value + suffix
            elif (
                key in REF_KEYS
                and isinstance(value, list)
                and value
                and all(isinstance(v, str) and v in ids for v in value)
            ):
                out[key] = [v + suffix for v in value]
            else:
                out[key] = rename(value, suffix)
        return out

    result = copy.deepcopy(reference)
    for name in _anatomy.LISTS:
        result[name] = [
            rename(obj, f"-c{index}" if index else "")
            for index in range(copies)
            for obj in reference.get(name, [])
        ]
    return result


def interleaved(
    funcs: dict[str, Callable[[], object]], budget: float
) -> tuple[dict[str, float], list[dict[str, float]]]:
    """Median time of each function in milliseconds, and the times of every round.

    Each round times every function once, one after the other, so that a slow
    moment of the machine falls on all of them alike: the ratios of one round
    are what survives a noisy machine.
    """
    for func in funcs.values():  # warm caches, lazily built validators, the CPU clock
        for _ in range(3):
            func()
    gc.collect()
    started = time.perf_counter()
    for func in funcs.values():
        func()
    once = time.perf_counter() - started
    rounds = max(7, min(3000, int(budget * len(funcs) / max(once, 1e-6))))
    times: list[dict[str, float]] = []
    for _ in range(rounds):
        row = {}
        for name, func in funcs.items():
            started = time.perf_counter()
            func()
            row[name] = (time.perf_counter() - started) * 1000
        times.append(row)
    return {name: statistics.median(r[name] for r in times) for name in funcs}, times


def ratio(times: list[dict[str, float]], ours: str, theirs: str) -> float:
    """The median over rounds of ours / theirs."""
    return statistics.median(r[ours] / r[theirs] for r in times)


COMPARED = ("load", "from_dict", "dump")
"""The operations whose time is given as a ratio to pydantic's."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--budget", type=float, default=1.0, help="seconds per column (default 1)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument(
        "--gc-off", action="store_true", help="disable the garbage collector while measuring"
    )
    parser.add_argument(
        "--sizes", default="1,10,100", help="copies of the reference brief (default 1,10,100)"
    )
    args = parser.parse_args(argv)
    if args.gc_off:
        gc.disable()

    text = (ROOT / "examples" / "moscow-intransigent-syria-2013.txt").read_text(encoding="utf-8")
    reference = json.loads(
        (ROOT / "examples" / "moscow-intransigent-syria-2013.brief.json").read_bytes()
    )
    sizes = [int(k) for k in args.sizes.split(",")]
    documents = {"reference": reference} | {f"{k}x": scaled(reference, k) for k in sizes}

    try:
        import msgspec
        import orjson
        from baselines import MBrief, PBrief
    except ImportError as exc:
        sys.exit(f"the baselines need the bench extra: pip install -e '.[fast,bench]' ({exc})")

    print(
        f"fast path: jsonschema-rs {'on' if validation.fast_path_available() else 'OFF'}, "
        f"orjson {'on' if codec._orjson is not None else 'OFF'}; "
        f"garbage collector {'off' if args.gc_off else 'on'}"
    )
    print(
        "document | KB | json.loads | orjson.loads | ours load | pydantic load | msgspec load"
        " | ours from_dict | pydantic from dict | ours dump | pydantic dump | msgspec dump"
        " | load/pyd | from_dict/pyd | dump/pyd"
    )
    results = []
    for name, document in documents.items():
        raw = bs.dumps(bs.from_dict(document, source_text=text, strict=True)).encode("utf-8")
        data = json.loads(raw)
        brief = bs.loads(raw, source_text=text)
        model = PBrief.model_validate_json(raw)
        struct = msgspec.json.decode(raw, type=MBrief)
        decoder = msgspec.json.Decoder(MBrief)
        encoder = msgspec.json.Encoder()
        groups: list[dict[str, Callable[[], object]]] = [
            {
                "json.loads": lambda: json.loads(raw),
                "orjson.loads": lambda: orjson.loads(raw),
                "ours load": lambda: bs.loads(raw, source_text=text),
                "pydantic load": lambda: PBrief.model_validate_json(raw),
                "msgspec load": lambda: decoder.decode(raw),
            },
            {
                "ours from_dict": lambda: bs.from_dict(data, source_text=text),
                # pydantic in strict mode takes datetime objects only from Python data: lax here.
                "pydantic from_dict": lambda: PBrief.model_validate(data, strict=False),
            },
            {
                "ours dump": lambda: bs.dumps(brief),
                "pydantic dump": lambda: model.model_dump_json(exclude_defaults=True),
                "msgspec dump": lambda: encoder.encode(struct),
            },
        ]
        row: dict[str, Any] = {"document": name, "kb": len(raw) / 1024}
        medians: dict[str, float] = {}
        for group in groups:  # reading and writing apart: one's garbage is not the other's
            group_medians, times = interleaved(group, args.budget)
            medians |= group_medians
            for ours in COMPARED:
                if f"ours {ours}" in group:
                    row[f"{ours}/pydantic"] = ratio(times, f"ours {ours}", f"pydantic {ours}")
        row |= medians
        results.append(row)
        cells = [name, f"{row['kb']:.0f}"] + [f"{medians[k]:.3f}" for g in groups for k in g]
        cells += [f"{row[f'{k}/pydantic']:.2f}x" for k in COMPARED]
        print(" | ".join(cells), flush=True)
    base = results[1]
    print("\ncost per KB relative to the 1x brief (1.0 = linear):")
    for row in results[1:]:
        per_kb = {
            k: (row[k] / row["kb"]) / (base[k] / base["kb"])
            for k in ("ours load", "ours dump", "pydantic load", "pydantic dump")
        }
        print(f"  {row['document']}: " + ", ".join(f"{k} {v:.2f}" for k, v in per_kb.items()))
    results += report_one_error(documents, text, args.budget)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


def report_one_error(
    documents: dict[str, dict[str, Any]], text: str, budget: float
) -> list[dict[str, Any]]:
    """Print and give what one error costs against none, at each size but the reference's."""
    print("\none error against none (load with text, same size; medians, ms):")
    found = []
    for name, document in list(documents.items())[1:]:
        costs = one_error(document, text, budget)
        valid = costs["valid"]
        print(
            f"  {name}: valid {valid:.2f}; "
            + ", ".join(f"{k} {v:.2f} ({v / valid:.1f}x)" for k, v in costs.items() if k != "valid")
        )
        found.append({"document": name, "one error": costs})
    return found


def one_error(document: dict[str, Any], text: str, budget: float) -> dict[str, float]:
    """Load times of ``document`` as it is and with one error of each level."""
    schema = copy.deepcopy(document)
    schema["actors"][len(schema["actors"]) // 2]["kind"] = "planet"
    rule = copy.deepcopy(document)
    rule["positions"][len(rule["positions"]) // 2]["actor"] = "nobody"
    quote = copy.deepcopy(document)
    evidence = quote["positions"][len(quote["positions"]) // 2]["evidence"][0]
    evidence["quote"] = "X" + evidence["quote"][1:]
    cases = {"valid": document, "schema error": schema, "rule error": rule, "quote error": quote}
    raws = {
        k: (json.dumps(v, ensure_ascii=False, separators=(",", ":")) + "\n").encode()
        for k, v in cases.items()
    }

    def load(raw: bytes) -> None:
        with contextlib.suppress(bs.ValidationError):
            bs.loads(raw, source_text=text)

    medians, _ = interleaved({k: (lambda r=r: load(r)) for k, r in raws.items()}, budget)
    return medians


if __name__ == "__main__":
    raise SystemExit(main())
