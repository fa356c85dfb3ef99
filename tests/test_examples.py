"""Every example brief is strictly valid against its text, through the library and the CLI."""

from pathlib import Path

import pytest

import briefschema as bs
from briefschema import render
from briefschema.cli import main

EXAMPLES = Path(__file__).parents[1] / "examples"
BRIEFS = sorted(EXAMPLES.glob("*.brief.json"))


def test_there_are_examples():
    assert [p.name for p in BRIEFS] == [
        "kerry-in-moscow.brief.json",
        "moscow-intransigent-syria-2013.brief.json",
    ]


@pytest.mark.parametrize("path", BRIEFS, ids=lambda p: p.name)
def test_each_example_is_strictly_valid_against_its_text_and_canonical_when_compact(path, capsys):
    text = path.with_name(path.name.removesuffix(".brief.json") + ".txt").read_bytes()
    brief = bs.load(path, source_text=text, strict=True)
    assert bs.validate(brief, source_text=text, strict=True).problems == ()
    raw = path.read_text(encoding="utf-8")
    assert raw in (bs.dumps(brief), bs.dumps(brief, indent=2))
    assert main(["validate", "--strict", str(path)]) == 0
    assert "quotes checked against" in capsys.readouterr().out
    assert render.render_markdown(brief).startswith(f"# {render._md(brief.title)}")
    assert "<svg" in render.render_html(brief)
