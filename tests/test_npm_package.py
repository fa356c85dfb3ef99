"""The npm package under node/: what a Node system installs, installed and used as it would.

`npm pack` makes the tarball; a fresh project installs it with npm, then imports
`briefschema` by name to get the library's verdict on the hostile corpus and the
reference brief, runs the `briefschema-validate` command, and type-checks a
TypeScript file that imports the validator and the brief types with `tsc --strict`.
"""

import functools
import json
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

from test_node_validator import agree, hostile_cases

ROOT = Path(__file__).parents[1]
NODE = ROOT / "node"
TSC = NODE / "node_modules" / "typescript" / "bin" / "tsc"
REFERENCE = ROOT / "examples" / "moscow-intransigent-syria-2013.brief.json"
SOURCE = ROOT / "examples" / "moscow-intransigent-syria-2013.txt"


def npm() -> str:
    found = shutil.which("npm")
    assert found, "npm is required for the package tests"
    return found


@pytest.fixture(scope="module")
def tarball(tmp_path_factory):
    out = tmp_path_factory.mktemp("pack")
    done = subprocess.run(
        [npm(), "pack", "--json", "--pack-destination", str(out)],
        cwd=NODE,
        capture_output=True,
        text=True,
        check=True,
    )
    return out / json.loads(done.stdout)[0]["filename"]


@pytest.fixture(scope="module")
def project(tarball, tmp_path_factory):
    """A fresh Node project with the packed package installed from its tarball."""
    folder = tmp_path_factory.mktemp("consumer")
    (folder / "package.json").write_text(
        json.dumps({"name": "consumer", "private": True, "type": "module"}), encoding="utf-8"
    )
    subprocess.run(
        [npm(), "install", "--prefer-offline", "--no-audit", "--no-fund", str(tarball)],
        cwd=folder,
        capture_output=True,
        check=True,
        timeout=300,
    )
    return folder


def test_the_tarball_holds_the_package_and_nothing_of_the_workshop(tarball):
    with tarfile.open(tarball) as archive:
        names = {name.removeprefix("package/") for name in archive.getnames()}
    published = {p.name for p in (ROOT / "schemas").glob("*.json")}
    assert {f"schemas/{name}" for name in published} <= names
    assert {
        "package.json", "README.md", "briefschema.mjs", "validate-brief.mjs", "model.json",
        "types/brief.d.ts", "types/index.d.ts",
    } <= names  # fmt: skip
    assert not {"verdicts.mjs", "conformance.mjs", "types.mjs"} & names
    assert not any(name.startswith("node_modules/") for name in names)


@functools.cache
def _verdicts_script(folder: Path) -> Path:
    script = folder / "verdicts.mjs"
    text = (NODE / "verdicts.mjs").read_text(encoding="utf-8")
    script.write_text(text.replace('"./briefschema.mjs"', '"briefschema"'), encoding="utf-8")
    return script


def test_the_installed_package_gives_the_library_s_verdict_on_the_hostile_corpus(project):
    script = _verdicts_script(project)
    assert '"briefschema"' in script.read_text(encoding="utf-8")
    assert not any(agree(hostile_cases(), script))


def test_the_installed_package_finds_the_reference_brief_valid_with_its_text(project):
    script = _verdicts_script(project)
    reference, source = REFERENCE.read_bytes(), SOURCE.read_bytes()
    assert agree([(reference, source, True), (reference, source[:-1], False)], script) == [
        True,
        False,
    ]


def test_the_installed_command_validates_by_name(project):
    command = project / "node_modules" / ".bin" / "briefschema-validate"
    done = subprocess.run(
        [str(command), "--source", str(SOURCE), str(REFERENCE)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")
    broken = project / "broken.json"
    broken.write_text('{"schema_version": "1.0"}', encoding="utf-8")
    done = subprocess.run([str(command), str(broken)], capture_output=True, text=True, check=False)
    assert done.returncode == 1
    assert "$.id" in done.stdout


def test_typescript_imports_the_validator_and_the_types_by_name(project):
    (project / "use.ts").write_text(
        'import { validateBrief, DEFAULT_LIMITS, type Brief, type Stance } from "briefschema";\n'
        'const bytes = new TextEncoder().encode("{}");\n'
        "const verdict = validateBrief(bytes, { strict: true });\n"
        "const first: string | undefined = verdict.problems[0]?.path;\n"
        "const limit: number = DEFAULT_LIMITS.maxBytes;\n"
        'const stance: Stance = "opposes";\n'
        "const brief = JSON.parse('{}') as Brief;\n"
        "export const seen = [first, limit, stance, brief.id];\n",
        encoding="utf-8",
    )
    (project / "wrong.ts").write_text(
        'import { validateBrief, type Stance } from "briefschema";\n'
        'const stance: Stance = "favours";\n'
        'export const v = validateBrief("not bytes");\n'
        'export const w = validateBrief(new Uint8Array(), { strict: "yes" });\n'
        "export { stance };\n",
        encoding="utf-8",
    )
    options = ["--strict", "--noEmit", "--target", "es2022", "--module", "nodenext",
               "--moduleResolution", "nodenext"]  # fmt: skip

    def tsc(name):
        return subprocess.run(
            [shutil.which("node"), str(TSC), *options, name],
            cwd=project,
            capture_output=True,
            text=True,
            check=False,
        )

    good = tsc("use.ts")
    assert good.returncode == 0, good.stdout
    bad = tsc("wrong.ts")
    assert bad.returncode != 0
    assert bad.stdout.count("error TS") >= 3, bad.stdout
