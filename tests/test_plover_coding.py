"""PLOVER as a researcher feeding event data to a model expects it: mode, context, the
words that name the event (EVT), the manual's codes and sectors, the brief's actor kinds
kept, and the gold standard's older categories mapped with a note, never dropped.

The manual's rules are those of PLOVER_MANUAL.tex (chapters on country names and sector
codes, the tables of modes and contexts, and the table of CAMEO equivalents).
"""

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import briefschema as bs
from briefschema import _plover, export
from briefschema.strategies import briefs, json_values, source_texts

ROOT = Path(__file__).parents[1]
REFERENCE = ROOT / "examples" / "moscow-intransigent-syria-2013.brief.json"
TEXT = (ROOT / "examples" / "moscow-intransigent-syria-2013.txt").read_bytes()
PLOVER = json.loads((Path(__file__).parent / "plover" / "manual-lists.json").read_text("utf-8"))


def brief_of(actors, events=None, text="Ruritania met the Council. Ruritania agreed."):
    """A small brief: actors as given, one event of the first two quoting the text."""
    data = {
        "schema_version": "1.0",
        "id": "b",
        "title": "t",
        "summary": "s",
        "source": {"title": "t", "sha256": bs.evidence.sha256_of(text)},
        "actors": actors,
        "events": events
        or [
            {
                "id": "ev",
                "category": "CONSULT",
                "actors": [actors[0]["id"]],
                "recipients": [a["id"] for a in actors[1:]],
                "description": "d",
                "evidence": [{"quote": "Ruritania met the Council", "start": 0, "end": 25}],
            }
        ],
    }
    return bs.from_dict(data, source_text=text)


def coded(actors):
    [record] = export.plover(brief_of([{"id": "ruritania", "name": "Ruritania", "kind": "state", "country": "RUR"}, *actors]))  # fmt: skip
    return {entry["actorText"]: entry for entry in record["target"]}


@pytest.mark.parametrize(
    ("kind", "code", "sector"),
    [
        ("international-organization", "IGO", None),
        ("coalition", "IGO", "GOV"),
        ("body", "IGO", "GOV"),
        ("civil-society", "NGO", "SOC"),
        ("organization", "NGO", None),
        ("armed-group", "IMG", "REB"),
        ("political-group", "ISM", "PTY"),
        ("group", "ISM", "CVL"),
        ("person", None, None),
        ("government", None, "GOV"),
        ("other", None, None),
    ],
)
def test_an_actor_without_a_country_gets_the_manual_s_code_for_its_kind(kind, code, sector):
    entry = coded([{"id": "x", "name": "X", "kind": kind}])["X"]
    assert entry.get("code") == code  # never an empty code
    assert entry.get("sector") == sector
    assert entry["actorKind"] == kind


def test_the_un_and_the_eu_have_their_own_codes_and_bodies_take_their_parent_s():
    entries = coded([
        {"id": "un", "name": "United Nations", "kind": "international-organization"},
        {"id": "eu", "name": "Brussels", "aliases": ["EU"], "kind": "international-organization"},
        {"id": "council", "name": "Council", "kind": "body", "part_of": "sc"},
        {"id": "sc", "name": "Security Council", "kind": "body", "part_of": "un"},
        {"id": "national", "name": "Duma", "kind": "body", "country": "RUS", "part_of": "un"},
    ])  # fmt: skip
    assert entries["United Nations"]["code"] == "UNO"
    assert entries["Brussels"]["code"] == "EUR"
    assert entries["Security Council"]["code"] == entries["Council"]["code"] == "UNO"
    assert entries["Duma"]["code"] == "RUS"  # its own country first


def test_a_person_is_coded_as_the_organization_it_serves():
    entries = coded([
        {"id": "minister", "name": "Minister", "kind": "person",
         "affiliations": [{"organization": "ruritania", "role": "Foreign Minister"}]},
        {"id": "envoy", "name": "Envoy", "kind": "person", "country": "FRA",
         "affiliations": [{"organization": "ruritania", "role": "Envoy"}]},
        {"id": "nobody", "name": "Nobody", "kind": "person"},
    ])  # fmt: skip
    assert (entries["Minister"]["code"], entries["Minister"]["sector"]) == ("RUR", "GOV")
    assert (entries["Envoy"]["code"], entries["Envoy"]["sector"]) == ("FRA", "GOV")
    assert "code" not in entries["Nobody"] and "sector" not in entries["Nobody"]


def test_every_actor_kind_comes_back_from_the_records():
    kinds = [kind.value for kind in bs.ActorKind]
    actors = [{"id": f"a{i}", "name": f"Name{i}", "kind": kind} for i, kind in enumerate(kinds)]
    text = " ".join(a["name"] for a in actors) + " met."
    events = [{"id": "ev", "category": "CONSULT", "actors": ["a0"], "recipients": [a["id"] for a in actors[1:]],
               "description": "d", "evidence": [{"quote": text, "start": 0, "end": len(text)}]}]  # fmt: skip
    records = export.plover(brief_of(actors, events, text))
    [back] = export.from_plover(records, source_text=text)
    assert {a.name: a.kind.value for a in back.actors} == {a["name"]: a["kind"] for a in actors}


def test_the_reference_brief_s_mode_contexts_and_triggers_reach_the_records_and_come_back():
    brief = bs.load(REFERENCE, source_text=TEXT)
    records = export.plover(brief)
    visit = records[0]
    assert visit["mode"] == "visit"
    assert visit["context"] == "diplomatic"  # the event's own contexts, not its issues'
    assert visit["textInfo"]["markup"].count("(EVT: ") == 2
    assert "(EVT: visit)" in visit["textInfo"]["markup"]
    assert "mode" not in records[1] and records[1]["context"]  # topics' contexts remain
    [back] = export.from_plover(records, texts={brief.source.sha256: TEXT})
    for event, came in zip(brief.events, back.events, strict=True):
        assert (came.mode, came.triggers) == (event.mode, event.triggers)
        assert came.contexts == (event.contexts or came.contexts)  # derived ones come back too
        assert came.extensions == {}


@pytest.mark.parametrize(
    ("older", "category", "mode"),
    [("DEMAND", "REQUEST", None), ("DISAPPROVE", "ACCUSE", "disapprove"),
     ("INVESTIGATE", "ACCUSE", "investigate"), ("FIGHT", "ASSAULT", None)],
)  # fmt: skip
def test_the_gold_standard_s_older_categories_are_mapped_with_a_note(older, category, mode):
    record = {"id": "R-1", "event": older, "source": [{"actorText": "Ruritania", "code": "RUR"}],
              "text": "Ruritania agreed."}  # fmt: skip
    [brief] = export.from_plover([record])
    [event] = brief.events
    assert event.category.value == category
    assert (event.mode.value if event.mode else None) == mode
    assert event.extensions == {"plover:event": older}
    own = export.from_plover([{**record, "mode": "firearms"}])[0].events[0]
    if category == "ASSAULT":  # a record's own mode of the category is kept
        assert own.mode is bs.PloverMode.FIREARMS
    else:  # one the category does not have is noted, never dropped
        assert own.extensions["plover:mode"] == "firearms"


def test_what_the_brief_cannot_hold_is_kept_in_extensions():
    record = {
        "id": "R-1", "event": "CONSULT", "mode": "host", "context": "diplomatic, refugees, , diplomatic",
        "source": [{"actorText": "Ruritania", "code": "RUR", "sector": "CVLalb"}],
        "text": "Ruritania hosted talks.",
        "textInfo": {"markup": "(SRC: Ruritania) (EVT: hosted) (EVT: welcomed) talks."},
    }  # fmt: skip
    [event] = export.from_plover([record])[0].events
    assert event.mode is None
    assert event.contexts == (bs.PloverContext.DIPLOMATIC,)
    assert event.triggers == ("hosted",)
    assert event.extensions == {
        "plover:mode": "host",
        "plover:context": ["refugees"],
        "plover:evt": ["welcomed"],
    }
    [actor] = export.from_plover([record])[0].actors
    assert (actor.kind, actor.country) == (bs.ActorKind.GROUP, "RUR")  # CVLalb is CVL


@pytest.mark.parametrize(
    ("code", "sector", "kind", "country"),
    [("IGO", None, "international-organization", None), ("UNO", "GOV", "international-organization", None),
     ("NGO", None, "civil-society", None), ("IMG", None, "armed-group", None),
     ("ISM", None, "political-group", None), ("MNC", None, "organization", None),
     ("IRQ", "MIL", "body", "IRQ"), ("IRQ", "REB", "armed-group", "IRQ"), ("IRQ", "GOV", "government", "IRQ"),
     ("IRQ", "***", "other", "IRQ"), ("IRQ", None, "other", "IRQ")],
)  # fmt: skip
def test_a_gold_standard_actor_s_kind_comes_from_its_code_or_sector(code, sector, kind, country):
    entry = {"actorText": "Someone", "code": code, **({"sector": sector} if sector else {})}
    record = {"id": "R", "event": "AGREE", "source": [entry], "text": "Someone agreed."}
    [actor] = export.from_plover([record])[0].actors
    assert (actor.kind.value, actor.country) == (kind, country)


@pytest.mark.parametrize(
    ("field", "value"), [("mode", 3), ("mode", ["visit"]), ("context", {"a": 1})]
)
def test_a_mode_or_context_that_is_not_a_string_is_a_problem_at_its_path(field, value):
    record = {
        "id": "R",
        "event": "CONSULT",
        field: value,
        "source": [{"actorText": "X"}],
        "text": "X.",
    }
    with pytest.raises(bs.ValidationError) as caught:
        export.from_plover([record])
    assert [(p.path, p.code) for p in caught.value.problems] == [(f"$[0].{field}", "plover")]


@settings(max_examples=80, deadline=None)
@given(
    field=st.sampled_from(["mode", "context", "textInfo", "event", "source"]), value=json_values()
)
def test_any_value_of_a_coding_field_is_events_or_problems(field, value):
    record = {"id": "R", "event": "DISAPPROVE", "source": [{"actorText": "X", "sector": "GOV"}],
              "text": "X condemned it.", "textInfo": {"markup": "(SRC: X) (EVT: condemned) it."}}  # fmt: skip
    record[field] = value
    outcome = _imported([record])
    if isinstance(outcome, list):
        assert len(outcome) == 1
    else:
        assert all(p.path.startswith("$[0]") for p in outcome.problems)


def _imported(records):
    try:
        return export.from_plover(records)
    except bs.ValidationError as caught:
        return caught


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_every_mode_context_and_trigger_of_generated_briefs_reaches_its_record(data):
    text = data.draw(source_texts())
    brief = data.draw(briefs(text))
    records = export.plover(brief)
    # PLOVER records what happened: an event planned, postponed or cancelled has none.
    happened = [e for e in brief.events if e.status in (None, bs.EventStatus.HAPPENED)]
    assert [r["id"] for r in records] == [f"{brief.id}-{e.id}" for e in happened]
    for event, record in zip(happened, records, strict=True):
        assert record.get("mode") == (event.mode.value if event.mode else None)
        if event.contexts:
            assert record["context"] == ", ".join(c.value for c in event.contexts)
        for entry in (*record["source"], *record.get("target", ())):
            assert entry.get("code", "x") != ""  # no empty code, ever
            assert entry[_plover.KIND_FIELD] in {k.value for k in bs.ActorKind}


def test_every_context_and_mode_is_the_manual_s():
    assert {c.value for c in bs.PloverContext} == set(PLOVER["contexts"])
    for category in bs.EventCategory:
        modes = PLOVER["modes"].get(category.value, [])
        assert [m.value for m in bs.PLOVER_MODES[category]] == modes


def test_an_event_names_at_most_sixteen_triggers_and_the_records_past_them_are_noted():
    words = [f"w{k}" for k in range(20)]
    text = " ".join(words)
    record = {"id": "R", "event": "AGREE", "source": [{"actorText": "w0"}], "text": text,
              "textInfo": {"markup": " ".join(f"(EVT: {w})" for w in [*words, "absent"])}}  # fmt: skip
    [event] = export.from_plover([record])[0].events
    assert event.triggers == tuple(words[: bs.model.TRIGGERS])
    assert event.extensions["plover:evt"] == [*words[bs.model.TRIGGERS :], "absent"]
    data = bs.to_dict(export.from_plover([record])[0])
    data["events"][0]["triggers"] = words[:17]
    report = bs.validate(data)
    found = [(p.path, p.code) for p in report.problems if p.code != "missing-evidence"]
    assert found == [("$.events[0].triggers", "too-many-items")]


def test_a_trigger_that_would_cut_a_character_is_not_marked():
    text = "Ruritania agreed\u200d and agreed."
    events = [{"id": "ev", "category": "AGREE", "actors": ["r"], "description": "d",
               "triggers": ["agreed"], "evidence": [{"quote": text, "start": 0, "end": len(text)}]}]  # fmt: skip
    brief = brief_of([{"id": "r", "name": "Ruritania", "kind": "state"}], events, text)
    [record] = export.plover(brief)
    # The first "agreed" ends inside "d" joined to U+200D; the second stands alone.
    assert record["textInfo"]["markup"] == "(SRC: Ruritania) agreed\u200d and (EVT: agreed)."


def test_a_quote_is_read_by_its_own_characters_whatever_joins_the_quotes():
    """Names holding U+0000 and a line feed make the export join quotes with U+FFFF,
    which a joiner at the start of the next quote would attach to."""
    text = "\u200dagreed\n\u200dagreed"
    actors = [{"id": "r", "name": "R", "aliases": ["R\x00", "\nR"], "kind": "state"}]
    events = [
        {"id": f"e{i}", "category": "AGREE", "actors": ["r"], "description": "d",
         "triggers": ["\u200dagreed"], "evidence": [{"quote": "\u200dagreed", "start": start, "end": start + 7}]}
        for i, start in enumerate((0, 8))
    ]  # fmt: skip
    records = export.plover(brief_of(actors, events, text))
    assert [r["textInfo"]["markup"] for r in records] == ["(EVT: \u200dagreed)"] * 2
