"""The documented recipes for validating briefs outside Python code, run as documented."""

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from helpers import base

ROOT = Path(__file__).parents[1]
REFERENCE = ROOT / "examples" / "moscow-intransigent-syria-2013.brief.json"
BUNDLE = ROOT / "schemas" / "brief.bundled.schema.json"


@pytest.fixture
def bad_brief(tmp_path):
    document = base()
    document["positions"][0]["stance"] = "pro"
    path = tmp_path / "bad.brief.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def check_jsonschema(*paths):
    command = [
        sys.executable,
        "-m",
        "check_jsonschema",
        "--schemafile",
        str(BUNDLE),
        *map(str, paths),
    ]
    return subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT)


def test_check_jsonschema_accepts_the_reference_brief():
    done = check_jsonschema(REFERENCE)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "ok -- validation done" in done.stdout


def test_check_jsonschema_refuses_a_bad_brief_and_names_where(bad_brief):
    done = check_jsonschema(bad_brief)
    assert done.returncode == 1
    assert "$.positions[0].stance: 'pro' is not one of" in done.stdout


def test_the_pre_commit_hook_runs_briefschema_on_brief_files(bad_brief):
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "briefschema-validate"
    assert re.search(hook["files"], REFERENCE.name)
    assert not re.search(hook["files"], "moscow-intransigent-syria-2013.txt")
    program, *args = hook["entry"].split()
    executable = shutil.which(program, path=str(Path(sys.executable).parent))
    assert executable, "the console script is installed with the package"
    good = subprocess.run(
        [executable, *args, str(REFERENCE)], capture_output=True, text=True, check=False
    )
    assert good.returncode == 0, good.stdout
    bad = subprocess.run(
        [executable, *args, str(bad_brief)], capture_output=True, text=True, check=False
    )
    assert bad.returncode == 1
    assert "$.positions[0].stance: 'pro' is not one of" in bad.stdout


def test_the_node_command_validates_with_ajv_and_the_rules(bad_brief):
    node = shutil.which("node")
    assert node, "Node.js is required"
    script = ROOT / "node" / "validate-brief.mjs"
    source = REFERENCE.with_suffix("").with_suffix(".txt")
    good = subprocess.run(
        [node, str(script), "--source", str(source), str(REFERENCE)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert good.returncode == 0, good.stderr
    assert good.stdout == f"{REFERENCE}: valid\n"
    unchecked = subprocess.run(
        [node, str(script), str(REFERENCE)], capture_output=True, text=True, check=False
    )
    assert unchecked.returncode == 0, unchecked.stderr
    assert unchecked.stdout == (
        f"{REFERENCE}: valid, but its quotes were not checked: "
        "no source text was given (give --source TEXT)\n"
    )
    bad = subprocess.run(
        [node, str(script), str(bad_brief)], capture_output=True, text=True, check=False
    )
    assert bad.returncode == 1
    assert (
        "  error: $.positions[0].stance: must be equal to one of the allowed values [enum]"
        in bad.stdout
    )
