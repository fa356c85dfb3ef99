"""The core install needs only the core dependencies; each extra adds, and changes no answer."""

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).parents[1]
REFERENCE = ROOT / "examples" / "moscow-intransigent-syria-2013.brief.json"

# The modules of every optional extra, blocked as when the extra is not installed.
OPTIONAL = ["hypothesis", "tqdm", "dask", "orjson", "jsonschema_rs", "sphinx", "pydantic"]

RUN = r"""
import sys
if sys.argv[1] == "without":
    for name in {optional!r}:
        sys.modules[name] = None  # the import fails, as when the extra is not installed
import briefschema, briefschema.batch, briefschema.cli, briefschema.export, briefschema.render
from briefschema.cli import main
sys.exit(main(sys.argv[2:]))
"""


def run(mode, *args):
    return subprocess.run(
        [sys.executable, "-c", RUN.format(optional=OPTIONAL), mode, *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_the_core_install_validates_and_renders_as_the_full_one_does(tmp_path):
    for args in (
        ["validate", "--strict", REFERENCE],
        ["render", "--format", "md", REFERENCE],
        ["export", "--to", "stix", REFERENCE],
    ):
        full, core = run("with", *args), run("without", *args)
        assert core.returncode == full.returncode == 0, core.stderr
        assert (core.stdout, core.stderr) == (full.stdout, full.stderr)
        assert core.stdout  # each command printed its answer
    lines = tmp_path / "briefs.jsonl"
    lines.write_text(REFERENCE.read_text(encoding="utf-8").strip() + "\n{}\n", encoding="utf-8")
    full, core = (
        run("with", "validate", "--jsonl", lines),
        run("without", "validate", "--jsonl", lines),
    )
    assert core.returncode == full.returncode == 1
    assert (core.stdout, core.stderr) == (full.stdout, full.stderr)
    assert core.stderr.startswith("briefschema: 2 briefs: 1 valid, 1 invalid;")


def test_strategies_without_hypothesis_say_which_extra_to_install():
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; sys.modules['hypothesis'] = None; import briefschema.strategies",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.rstrip().splitlines()[-1] == (
        "ImportError: briefschema.strategies needs hypothesis: "
        "pip install 'briefschema[hypothesis]'"
    )


def test_every_core_dependency_says_why_it_is_one():
    """pyproject.toml gives each core dependency a line of reason above the list."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    core = tomllib.loads(text)["project"]["dependencies"]
    reasons = text[: text.index("\ndependencies = [")].rsplit("\n\n", 1)[-1]
    for requirement in core:
        name = requirement.split(">")[0].split("=")[0].split("[")[0]
        assert f"# - {name}" in reasons or f" and {name}:" in reasons, name
    assert len(core) == 7
