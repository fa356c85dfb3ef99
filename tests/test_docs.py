"""The documentation builds with warnings as errors, and its examples run (doctests)."""

import importlib
import pkgutil
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

import briefschema
from briefschema import _docpages, _schemagen

DOCS = Path(__file__).parents[1] / "docs"


@pytest.mark.parametrize("builder", ["html", "doctest"])
def test_the_docs_build_cleanly(builder, tmp_path):
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "sphinx",
            "-W",
            "--keep-going",
            "-q",
            "-b",
            builder,
            str(DOCS),
            str(tmp_path / builder),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=DOCS,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    if builder == "doctest":
        summary = (tmp_path / builder / "output.txt").read_text(encoding="utf-8")
        assert "0 failures in tests" in summary
        assert int(re.search(r"(\d+) tests", summary).group(1)) >= 15
    else:
        pages = {p.name for p in (tmp_path / builder).rglob("*.html")}
        assert {
            "index.html",
            "getting-started.html",
            "rules.html",
            "api.html",
            "schema-brief.html",
            "vocabularies.html",
        } <= pages


ROOT = DOCS.parent
MARKDOWN = sorted([*DOCS.rglob("*.md"), ROOT / "README.md", ROOT / "CHANGELOG.md"])


def test_the_generated_pages_are_committed_as_the_package_generates_them():
    generated = _docpages.pages(_schemagen.render())
    for path, text in generated.items():
        committed = ROOT / path
        assert committed.is_file(), f"{path} is missing: run python -m briefschema._schemagen"
        assert committed.read_text(encoding="utf-8") == text, (
            f"{path} is stale: run python -m briefschema._schemagen"
        )
    on_disk = {p.relative_to(ROOT) for p in (ROOT / _docpages.REFERENCE).glob("schema-*.md")}
    assert on_disk <= set(generated)


def test_the_reference_lists_every_public_module_and_every_public_name():
    package = {
        f"briefschema.{m.name}"
        for m in pkgutil.iter_modules(briefschema.__path__)
        if not m.name.startswith("_")
    }
    assert set(_docpages.PUBLIC_MODULES) == package | {"briefschema"}
    page = (ROOT / _docpages.REFERENCE / "api.md").read_text(encoding="utf-8")
    headings = set(re.findall(r"^### `([^`]+)`$", page, flags=re.MULTILINE))
    for module_name in _docpages.PUBLIC_MODULES:
        module = importlib.import_module(module_name)
        assert f"## `{module_name}`" in page
        for name in module.__all__:
            assert name in headings or f"[`{name}`](#{name.lower()})" in page, (module_name, name)
    for name in headings:  # each entry names a module or a function and gives its summary
        entry = page.split(f"### `{name}`\n\n", 1)[1].split("\n### ", 1)[0]
        assert len(entry.split("\n\n")) >= 2, name


def _slug(heading):
    """The anchor GitHub (and MyST, with myst_heading_anchors) gives a heading."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading.strip().lower())
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


def _anchors(path):
    text = re.sub(
        r"^```.*?^```", "", path.read_text(encoding="utf-8"), flags=re.MULTILINE | re.DOTALL
    )
    return {_slug(h) for h in re.findall(r"^#{1,6} (.+)$", text, flags=re.MULTILINE)}


@pytest.mark.parametrize("page", MARKDOWN, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_link_reaches_a_file_in_the_repository_and_a_heading_there(page):
    text = re.sub(
        r"^```.*?^```", "", page.read_text(encoding="utf-8"), flags=re.MULTILINE | re.DOTALL
    )
    text = re.sub(r"`[^`\n]*`", "", text)  # code spans are not links
    checked = 0
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if re.match(r"[a-z]+:", target):
            continue  # https:, mailto:
        name, _, fragment = target.partition("#")
        path = (page.parent / name).resolve() if name else page
        assert path.exists(), f"{page.name} links to {target}, which is not in the repository"
        assert ROOT in path.parents or path == ROOT, target
        if fragment and path.suffix == ".md":
            assert fragment in _anchors(path), f"{page.name}: no heading of {name} has #{fragment}"
        checked += 1
    if page.name == "authoring.md":
        assert checked >= 18


def test_read_the_docs_builds_from_the_docs_extra_with_warnings_as_errors():
    config = yaml.safe_load((ROOT / ".readthedocs.yaml").read_text(encoding="utf-8"))
    assert config["version"] == 2
    assert config["sphinx"] == {"configuration": "docs/conf.py", "fail_on_warning": True}
    assert config["python"]["install"] == [
        {"method": "pip", "path": ".", "extra_requirements": ["docs"]}
    ]
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "optional-dependencies"
    ]
    assert {r.split(">")[0] for r in extras["docs"]} == {"sphinx", "myst-parser", "furo"}
    # What the configuration loads comes from that extra (and the package itself).
    conf = (DOCS / "conf.py").read_text(encoding="utf-8")
    found = re.findall(r"^extensions = \[(.*)\]$", conf, flags=re.MULTILINE)
    assert found == ['"myst_parser", "sphinx.ext.doctest"']
