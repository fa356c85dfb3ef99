"""The documentation builds with warnings as errors, and its examples run (doctests)."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

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
        } <= pages
