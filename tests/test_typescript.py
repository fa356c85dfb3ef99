"""The TypeScript declarations: generated from the bundle, and held to by `tsc --strict`.

A TypeScript service that receives briefs types them with `node/types/brief.d.ts`,
or with what quicktype makes of the bundle by the guide's recipe (tested here too).
The tests regenerate it with json-schema-to-typescript (the committed file must be
what the bundle gives), then compile every example brief typed as a `Brief` with
`tsc --strict` (it must pass), and briefs broken in the ways the types can see (an
unknown field, a value outside an enum, a missing required field, a number for
text, an amount as a JSON number) must each fail.
"""

import json
import re
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).parents[1]
NODE = ROOT / "node"
DECLARATIONS = NODE / "types" / "brief.d.ts"
TSC = NODE / "node_modules" / "typescript" / "bin" / "tsc"
EXAMPLES = sorted((ROOT / "examples").glob("*.brief.json"))


def node() -> str:
    found = shutil.which("node")
    assert found, "Node.js is required for the TypeScript checks"
    assert TSC.is_file(), "run `npm ci --prefix node` first"
    return found


def test_the_declarations_are_what_the_bundle_generates(tmp_path):
    out = tmp_path / "brief.d.ts"
    subprocess.run([node(), str(NODE / "types.mjs"), str(out)], check=True)
    assert out.read_text(encoding="utf-8") == DECLARATIONS.read_text(encoding="utf-8")


def test_the_declarations_name_each_definition_once():
    text = DECLARATIONS.read_text(encoding="utf-8")
    names = re.findall(r"^export (?:interface|type) (\w+)", text, flags=re.MULTILINE)
    assert len(names) == len(set(names))
    copies = [n for n in names if (stem := n.rstrip("0123456789")) != n and stem in names]
    assert copies == []  # no Text1 or Extensions2 beside Text and Extensions
    assert {"Brief", "Actor", "Stance", "Confidence", "Extensions", "Quantity"} <= set(names)


def compile_typed(
    tmp_path, briefs: dict[str, object], declarations: Path = DECLARATIONS
) -> dict[str, list[str]]:
    """Type each brief as a Brief in its own file; tsc --strict's errors by file."""
    shutil.copy(declarations, tmp_path / ("brief" + "".join(declarations.suffixes)))
    files = []
    for name, brief in briefs.items():
        source = tmp_path / f"{name}.ts"
        source.write_text(
            'import type { Brief } from "./brief";\n'
            f"export const brief: Brief = {json.dumps(brief, ensure_ascii=False, indent=1)};\n",
            encoding="utf-8",
        )
        files.append(source.name)
    done = subprocess.run(
        [node(), str(TSC), "--strict", "--noEmit", "--target", "es2022", "--module", "es2022",
         "--moduleResolution", "bundler", *files],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )  # fmt: skip
    errors: dict[str, list[str]] = {name: [] for name in briefs}
    for line in done.stdout.splitlines():
        match = re.match(r"(\w[\w-]*)\.ts\(\d+,\d+\): error (TS\d+)", line)
        if match:
            errors[match[1]].append(match[2])
    assert done.returncode == (1 if any(errors.values()) else 0) or done.returncode == 2, (
        done.stdout
    )
    return errors


def test_tsc_strict_accepts_every_example_typed_as_a_brief(tmp_path):
    briefs = {
        path.name.removesuffix(".brief.json"): json.loads(path.read_bytes()) for path in EXAMPLES
    }
    assert compile_typed(tmp_path, briefs) == {name: [] for name in briefs}


def broken(change):
    brief = json.loads((ROOT / "examples" / "camp-david-accords-1978.brief.json").read_bytes())
    change(brief)
    return brief


BROKEN = {
    "unknown-field": lambda b: b.update(colour="red"),
    "unknown-stance": lambda b: b["positions"][0].update(stance="pro"),
    "missing-required": lambda b: b["concessions"][0].pop("by"),
    "number-for-text": lambda b: b["actors"][0].update(name=7),
    "amount-as-number": lambda b: b["concessions"][0].update(
        quantities=[{"measure": "m", "value": 3.67, "unit": "%"}]
    ),
    "unknown-field-in-a-condition": lambda b: b["positions"][2]["conditions"][0].update(
        when="soon"
    ),
}


def test_tsc_strict_refuses_every_brief_broken_where_the_types_can_see(tmp_path):
    errors = compile_typed(tmp_path, {name: broken(change) for name, change in BROKEN.items()})
    assert [name for name, found in errors.items() if not found] == []  # one tsc run, each fails


QUICKTYPE = NODE / "node_modules" / "quicktype" / "dist" / "index.js"


def quicktype(out: Path, *options: str) -> str:
    """Run the guide's quicktype recipe on the bundle; the declarations it writes."""
    assert QUICKTYPE.is_file(), "run `npm ci --prefix node` first"
    subprocess.run(
        [node(), str(QUICKTYPE), "--src-lang", "schema", "--lang", "ts", "--just-types",
         "--top-level", "Brief", *options, "-o", str(out),
         str(ROOT / "schemas" / "brief.bundled.schema.json")],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return out.read_text(encoding="utf-8")


def test_quicktype_types_every_example_and_refuses_the_broken_ones(tmp_path):
    made = tmp_path / "made"
    made.mkdir()
    text = quicktype(made / "brief.ts", "--no-date-times")
    assert "created?: string;" in text
    assert re.search(r'^export type Stance = "supports" \| "opposes"', text, flags=re.MULTILINE)
    briefs = {
        path.name.removesuffix(".brief.json"): json.loads(path.read_bytes()) for path in EXAMPLES
    }
    (tmp_path / "good").mkdir()
    assert compile_typed(tmp_path / "good", briefs, made / "brief.ts") == {
        name: [] for name in briefs
    }
    (tmp_path / "bad").mkdir()
    broken_briefs = {name: broken(change) for name, change in BROKEN.items()}
    errors = compile_typed(tmp_path / "bad", broken_briefs, made / "brief.ts")
    assert [name for name, found in errors.items() if not found] == []


def test_without_no_date_times_quicktype_types_timestamps_as_date(tmp_path):
    """Why the recipe has --no-date-times: a JSON string is not a Date, so tsc refuses."""
    text = quicktype(tmp_path / "brief.ts")
    assert "created?: Date;" in text
