"""The README's two commands, and .ci/run that runs the second one and then the rest."""

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
CI = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
MARKERS = [
    line.split(":", 1)[0]
    for line in tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "pytest"
    ]["ini_options"]["markers"]
]


def commands():
    return re.findall(r"```sh\n(.*?)\n```", README, flags=re.DOTALL)


def test_the_readme_opens_with_two_commands_and_ci_runs_the_second_verbatim():
    first, second, *_ = commands()
    assert README.startswith("# briefschema\n\n```sh\n" + first + "\n```\n\n```sh\n" + second)
    assert "\n" not in first
    assert "\n" not in second
    assert first.endswith("briefschema validate examples/moscow-intransigent-syria-2013.brief.json")
    assert second.startswith("npm ci --prefix node && python3 -m venv .venv")
    assert "\n" + second + "\n" in CI


def test_the_test_command_leaves_out_exactly_the_marked_tests_and_ci_runs_them():
    second = commands()[1]
    left_out = re.search(r'-m "not \(([^)]*)\)"', second).group(1)
    assert left_out.split(" or ") == MARKERS
    assert f'python -m pytest -n auto -m "{left_out}"' in CI
    assert f'python -m pytest -n auto -m "{left_out}"' in README
    assert set(MARKERS) == {"chromium", "mono", "decoders"}
