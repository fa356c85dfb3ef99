"""Every example brief is strictly valid against its text, through the library and the CLI."""

from decimal import Decimal
from pathlib import Path

import pytest

import briefschema as bs
from briefschema import render
from briefschema.cli import main

EXAMPLES = Path(__file__).parents[1] / "examples"
BRIEFS = sorted(EXAMPLES.glob("*.brief.json"))


def test_there_are_examples():
    assert [p.name for p in BRIEFS] == [
        "camp-david-accords-1978.brief.json",
        "kerry-in-moscow.brief.json",
        "moscow-intransigent-syria-2013.brief.json",
        "new-start-talks-2009-2010.brief.json",
    ]


NEGOTIATIONS = [EXAMPLES / "new-start-talks-2009-2010", EXAMPLES / "camp-david-accords-1978"]


@pytest.mark.parametrize("stem", NEGOTIATIONS, ids=lambda p: p.name)
def test_the_negotiation_examples_use_the_negotiation_fields(stem):
    brief = bs.load(
        stem.with_suffix(".brief.json"),
        source_text=stem.with_suffix(".txt").read_bytes(),
        strict=True,
    )
    assert brief.documents and any(d.signed for d in brief.documents)
    assert any(c.stages for c in brief.concessions)
    assert any(c.under for c in brief.concessions)
    assert any(p.conditions for p in brief.positions)
    assert any(p.addressed_to for p in brief.positions)
    assert any(a.part_of for a in brief.actors)
    assert any(j.based_on for j in brief.judgments)
    assert any(e.documents for e in brief.events)
    terms = [c.term for c in brief.concessions] + [d.term for d in brief.documents]
    quantities = [
        q
        for item in (*brief.concessions, *brief.positions, *brief.documents)
        for q in item.quantities
    ]
    assert any(terms) or any(c.term for p in brief.positions for c in p.conditions)
    if stem.name.startswith("camp-david"):
        exchanged = {c.id: c.reciprocity.in_return_for for c in brief.concessions if c.reciprocity}
        assert exchanged["con-israel-sinai"] == ("con-egypt-relations",)
        assert exchanged["con-egypt-relations"] == ("con-israel-sinai",)
    else:
        assert {q.amount for q in quantities} >= {Decimal(1550), Decimal(700), Decimal(800)}


@pytest.mark.parametrize("stem", NEGOTIATIONS, ids=lambda p: p.name)
def test_each_source_text_is_short_plain_prose(stem):
    words = stem.with_suffix(".txt").read_text(encoding="utf-8").split()
    assert 250 <= len(words) <= 400


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
