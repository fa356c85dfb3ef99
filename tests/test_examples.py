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
        "cuban-missile-crisis-1962.brief.json",
        "kerry-in-moscow.brief.json",
        "korean-peninsula-2018.brief.json",
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


CUBA = EXAMPLES / "cuban-missile-crisis-1962"
KOREA = EXAMPLES / "korean-peninsula-2018"


def _strict(stem: Path) -> bs.Brief:
    return bs.load(
        stem.with_suffix(".brief.json"),
        source_text=stem.with_suffix(".txt").read_bytes(),
        strict=True,
    )


def test_the_cuban_crisis_answers_demands_in_part_in_secret_and_refuses_one():
    brief = _strict(CUBA)
    objects = {o.id: o for o in (*brief.positions, *brief.concessions, *brief.events)}
    concessions = {c.id: c for c in brief.concessions}
    # Each answer is to a demand of the other side, named both ways.
    answered = {c.id: c.answers for c in brief.concessions if c.answers}
    assert answered == {
        "con-ussr-withdrawal": ("pos-us-removal",),
        "con-us-pledge": ("pos-ussr-pledge",),
        "con-us-jupiters": ("pos-ussr-jupiters",),
    }
    for concession_id, demands in answered.items():
        assert all(objects[d].actor in concessions[concession_id].to for d in demands)
    pledge, jupiters = concessions["con-us-pledge"], concessions["con-us-jupiters"]
    assert (pledge.extent, pledge.disclosure) == (bs.Extent.PARTIAL, bs.Disclosure.PUBLIC)
    assert (jupiters.disclosure, jupiters.deadline.within) == (bs.Disclosure.SECRET, "P5M")
    # Asked and refused; asked and never given: statuses, and demands naming them.
    assert concessions["con-us-public-trade"].status is bs.ConcessionStatus.REFUSED
    assert [s.status.value for s in concessions["con-us-public-trade"].stages] == [
        "demanded",
        "refused",
    ]
    assert concessions["con-us-guantanamo"].status is bs.ConcessionStatus.DEMANDED
    demands = {p.concession for p in brief.positions if p.concession}
    assert {"con-us-public-trade", "con-us-guantanamo"} <= demands
    # The pledge hung on an inspection that never took place, the analyst's reading
    # being the actor's own words here.
    (condition,) = pledge.conditions
    assert condition.basis is bs.Basis.STATED
    assert objects["ev-inspection"].status is bs.EventStatus.CANCELLED
    assert "ev-inspection" in condition.about
    # A meeting of a series, in a forum, with each delegation's head; a mediator.
    photographs = objects["ev-photographs"]
    assert (photographs.part_of, photographs.forum) == ("ev-security-council", "security-council")
    assert {(p.actor, p.on_behalf_of) for p in photographs.participants} == {
        ("stevenson", "us"),
        ("zorin", "ussr"),
    }
    assert [p.role for p in objects["ev-thant-appeal"].participants] == [
        bs.ParticipantRole.MEDIATOR
    ]
    # PLOVER records what happened: the inspection that never took place has no record.
    from briefschema import _plover  # noqa: PLC0415

    ids = {record["id"] for record in _plover.export(brief)}
    assert f"{brief.id}-ev-inspection" not in ids
    assert len(ids) == len(brief.events) - 1


def test_the_two_koreas_act_together_and_their_forecasts_are_scored():
    brief = _strict(KOREA)
    actors = {a.id: a for a in brief.actors}
    sides = ("south-korea", "north-korea")
    assert [a.members for a in brief.actors if a.kind is bs.ActorKind.JOINT_BODY] == [sides] * 2
    # One act of two sides: one event with both as actors, a concession of each that
    # names the other's in return and that event in its life.
    (act,) = [e for e in brief.events if e.id == "ev-guard-posts-removed"]
    assert act.actors == sides
    south, north = brief.concessions
    assert south.reciprocity.in_return_for == (north.id,)
    assert north.reciprocity.in_return_for == (south.id,)
    for concession in (south, north):
        assert concession.stages[-1].event == act.id
        assert concession.deadline.by == bs.Date(2018, 12, 31)
        assert concession.stages[-1].date.latest <= concession.deadline.by.earliest
        assert [(i.document, i.action.value) for i in concession.instruments] == [
            ("doc-panmunjom", "implements")
        ]
    documents = {d.id: d for d in brief.documents}
    assert documents["doc-panmunjom"].authors == ("moon", "kim")
    assert documents["doc-panmunjom"].parties == sides
    singapore = documents["doc-singapore"]
    assert singapore.status is bs.DocumentStatus.UNKNOWN
    assert singapore.inferred_dates == (bs.DocumentDate.AGREED,)
    # Judgments made on a day, held by someone, looking to a season or a month, scored.
    judgments = {j.id: j for j in brief.judgments}
    visit, deadline = judgments["j-visit-in-autumn"], judgments["j-denuclearization-by-2021"]
    assert visit.horizon.until == bs.Interval(bs.Date(2018, 9), bs.Date(2018, 11))
    assert visit.outcome.status is bs.OutcomeStatus.BORNE_OUT
    assert visit.made.earliest < visit.outcome.date.earliest <= visit.horizon.until.latest
    assert deadline.outcome.status is bs.OutcomeStatus.NOT_BORNE_OUT
    assert {visit.confidence, deadline.confidence} == {bs.Confidence.UNSTATED}
    assert actors[deadline.holder].affiliations[0].organization == "us"
    # The renderers show what is new.
    page = render.render_markdown(brief)
    for words in ("Outcome", "not-borne-out", "Deadline", "implements", "Inferred dates"):
        assert words in page, words


@pytest.mark.parametrize("stem", [*NEGOTIATIONS, CUBA, KOREA], ids=lambda p: p.name)
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
