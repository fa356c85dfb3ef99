"""Speed of validated load and dump, against json/orjson, pydantic v2 and msgspec, in one run.

Run from the repository root (the `fast` and `bench` extras give every column):

    pip install -e '.[fast,bench]' && python benchmarks/bench.py

Documents: the reference brief, and briefs 1x, 10x and 100x its size (copies of
its objects under new ids, every quote still valid against the same source text).
Each figure is the median of repeated runs on this machine; the ratios compare
columns of the same run, which is what survives a noisy machine.
"""

from __future__ import annotations

import argparse
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
from briefschema import validation

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
    ids = {obj["id"] for name in validation._rules.LISTS for obj in reference.get(name, [])}

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
    for name in validation._rules.LISTS:
        result[name] = [
            rename(obj, f"-c{index}" if index else "")
            for index in range(copies)
            for obj in reference.get(name, [])
        ]
    return result


def median_ms(func: Callable[[], object], budget: float) -> float:
    """The median time of ``func`` in milliseconds, over about ``budget`` seconds."""
    for _ in range(3):  # warm caches, lazily built validators, the CPU clock
        func()
    gc.collect()
    started = time.perf_counter()
    func()
    once = time.perf_counter() - started
    runs = max(5, min(2000, int(budget / max(once, 1e-6))))
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        func()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--budget", type=float, default=1.0, help="seconds per measurement (default 1)"
    )
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument(
        "--gc-off", action="store_true", help="disable the garbage collector while measuring"
    )
    args = parser.parse_args(argv)
    if args.gc_off:
        gc.disable()

    text = (ROOT / "examples" / "moscow-intransigent-syria-2013.txt").read_text(encoding="utf-8")
    reference = json.loads(
        (ROOT / "examples" / "moscow-intransigent-syria-2013.brief.json").read_bytes()
    )
    documents = {"reference": reference} | {f"{k}x": scaled(reference, k) for k in (1, 10, 100)}

    try:
        import msgspec
        import orjson
        from baselines import MBrief, PBrief
    except ImportError as exc:
        sys.exit(f"the baselines need the bench extra: pip install -e '.[fast,bench]' ({exc})")

    print(f"fast path (jsonschema-rs): {'on' if validation.fast_path_available() else 'OFF'}")
    header = [
        "document",
        "KB",
        "json.loads",
        "orjson",
        "ours load",
        "pydantic load",
        "msgspec load",
        "ours dump",
        "pydantic dump",
        "msgspec dump",
        "load/pyd",
        "dump/pyd",
    ]
    print(" | ".join(header))
    results = []
    for name, document in documents.items():
        raw = bs.dumps(bs.from_dict(document, source_text=text, strict=True)).encode("utf-8")
        brief = bs.loads(raw, source_text=text)
        model = PBrief.model_validate_json(raw)
        struct = msgspec.json.decode(raw, type=MBrief)
        decoder = msgspec.json.Decoder(MBrief)
        encoder = msgspec.json.Encoder()
        budget = args.budget
        row = {
            "document": name,
            "kb": len(raw) / 1024,
            "json.loads": median_ms(lambda: json.loads(raw), budget),
            "orjson.loads": median_ms(lambda: orjson.loads(raw), budget),
            "ours load": median_ms(lambda: bs.loads(raw, source_text=text), budget),
            "pydantic load": median_ms(lambda: PBrief.model_validate_json(raw), budget),
            "msgspec load": median_ms(lambda: decoder.decode(raw), budget),
            "ours dump": median_ms(lambda: bs.dumps(brief), budget),
            "pydantic dump": median_ms(
                lambda: model.model_dump_json(exclude_defaults=True), budget
            ),
            "msgspec dump": median_ms(lambda: encoder.encode(struct), budget),
        }
        row["load/pydantic"] = row["ours load"] / row["pydantic load"]
        row["dump/pydantic"] = row["ours dump"] / row["pydantic dump"]
        results.append(row)
        cells = [name, f"{row['kb']:.0f}"] + [f"{row[k]:.3f}" for k in list(row)[2:10]]
        cells += [f"{row['load/pydantic']:.1f}x", f"{row['dump/pydantic']:.1f}x"]
        print(" | ".join(cells), flush=True)
    base = results[1]
    print("\ncost per KB relative to the 1x brief (1.0 = linear):")
    for row in results[1:]:
        per_kb = {
            k: (row[k] / row["kb"]) / (base[k] / base["kb"])
            for k in ("ours load", "ours dump", "pydantic load")
        }
        print(f"  {row['document']}: " + ", ".join(f"{k} {v:.2f}" for k, v in per_kb.items()))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
