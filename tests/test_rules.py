"""Each integrity rule: a violating document gets that code at that path."""

import hashlib
import json
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import briefschema as bs
from briefschema import _anatomy, _edtf, _rules, model
from helpers import TEXT, base

CASES = json.loads((Path(__file__).parent / "cases" / "integrity.json").read_text(encoding="utf-8"))


def mutate(document: dict[str, Any], changes: list[Any]) -> dict[str, Any]:
    """Set (or with null, delete) the value at each path."""
    for path, value in changes:
        *parents, last = path
        target = document
        for key in parents:
            target = target[key]
        if value is None:
            target.pop(last, None)
        else:
            target[last] = value
    return document


def case_input(case: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
    """The case's brief, and the text it is checked against (None: without one).

    A case with ``text_after`` is checked against the base text with that appended (so
    every other quote stays where it is), its brief recording that text's SHA-256.
    """
    document = mutate(base(), case["set"])
    if not case.get("text"):
        return document, None
    text = TEXT + case.get("text_after", "")
    if "text_after" in case:
        document["source"]["sha256"] = hashlib.sha256(text.encode()).hexdigest()
    return document, text


def test_the_base_brief_is_valid_in_strict_mode_against_its_text():
    report = bs.validate(base(), source_text=TEXT, strict=True)
    assert report.problems == ()


@pytest.mark.parametrize("case", CASES, ids=[c["description"] for c in CASES])
def test_a_violation_gets_its_code_at_its_path(case):
    document, text = case_input(case)
    report = bs.validate(document, source_text=text)
    # Only the rule under test fires, with exactly these paths and words.
    assert [(p.code, p.path, p.message) for p in report.problems] == [
        (case["code"], path, message) for path, message in case["problems"]
    ]
    assert case["path"] in [path for path, _ in case["problems"]]
    if case.get("warning"):
        assert report.valid
        assert [p.severity for p in report.problems] == [bs.Severity.WARNING] * len(
            case["problems"]
        )
        strict = bs.validate(document, source_text=text, strict=True)
        assert not strict.valid
        assert strict.errors[0].code == case["code"]
    else:
        assert not report.valid
        with pytest.raises(bs.ValidationError) as raised:
            bs.from_dict(document, source_text=text)
        assert (case["code"], case["path"]) in [(p.code, p.path) for p in raised.value.problems]


def test_every_rule_has_a_case():
    covered = {case["code"] for case in CASES}
    assert {rule.code for rule in _rules.RULES} <= covered


def test_text_rules_are_skipped_without_the_text():
    document = mutate(
        base(), [[["events", 0, "evidence", 0], {"quote": "Putin", "start": 0, "end": 5}]]
    )
    assert bs.validate(document).problems == ()


def test_every_problem_is_reported_not_the_first():
    document = mutate(
        base(),
        [
            [["positions", 2, "actor"], "nato"],
            [["concessions", 0, "to"], ["kerry"]],
            [["issues", 0, "parent"], "assad-role"],
        ],
    )
    found = {(p.code, p.path) for p in bs.validate(document).problems}
    assert {
        ("unresolved-reference", "$.positions[2].actor"),
        ("concession-to-self", "$.concessions[0].to[0]"),
        ("issue-cycle", "$.issues[0].parent"),
    } <= found


def test_messages_are_sentences_that_name_the_values():
    document = mutate(base(), [[["positions", 2, "actor"], "syria"]])
    (problem,) = bs.validate(document).problems
    assert problem.message == "'syria' is an Issue, but this field needs an Actor"
    assert str(problem) == (
        "$.positions[2].actor: 'syria' is an Issue, but this field needs an Actor [wrong-reference-kind]"
    )


def test_the_rule_catalogue_in_docs_is_up_to_date():
    path = Path(__file__).parents[1] / "docs" / "rules.md"
    assert path.read_text(encoding="utf-8") == _rules.catalogue()


def test_the_walk_visits_every_model_object_and_nothing_else():
    brief = bs.from_dict(base())
    ctx = _rules.Context.build(brief, None)
    counts = {cls.__name__: len(nodes) for cls, nodes in ctx.by_type.items()}
    assert counts == {
        "Brief": 1,
        "Source": 1,
        "Actor": 3,
        "Affiliation": 1,
        "Identifier": 1,
        "Issue": 2,
        "Position": 3,
        "Concession": 1,
        "Event": 1,
        "Judgment": 1,
        "Likelihood": 1,
        "Evidence": 11,
    }
    paths = [ctx.places.path(bs.Evidence, i) for i in range(len(ctx.of_type(bs.Evidence)))]
    assert paths[:3] == [
        "$.actors[0].evidence[0]",
        "$.actors[1].evidence[0]",
        "$.actors[2].evidence[0]",
    ]
    assert len(paths) == len(set(paths)) == 11
    assert ctx.places.listed(ctx.by_id["pos-after"]) == "$.positions[1]"
    assert ctx.places.path(bs.Position, 1) == "$.positions[1]"


def only(document, text=None):
    return [(p.path, p.code) for p in bs.validate(document, source_text=text).problems]


def test_evidence_with_start_equal_to_end_is_not_reversed_but_checked_for_length():
    document = base()
    document["events"][0]["evidence"][0] = {"quote": "K", "start": 3, "end": 3}
    assert only(document) == [("$.events[0].evidence[0]", "quote-length")]
    document["events"][0]["evidence"][0] = {"quote": "K", "start": 4, "end": 3}
    assert only(document, TEXT) == [("$.events[0].evidence[0].end", "offsets-reversed")]


def test_a_membership_that_starts_and_ends_on_one_day_is_fine():
    document = base()
    document["actors"][0]["affiliations"][0]["end"] = "2013-02-01"
    assert only(document) == []
    document["actors"][0]["affiliations"][0]["end"] = "2013-01-31"
    assert only(document) == [("$.actors[0].affiliations[0].end", "interval-reversed")]


@st.composite
def dates_in(draw: st.DrawFn, year: int) -> model.Date:
    month = draw(st.none() | st.integers(1, 12))
    days = st.integers(1, _edtf.days_in_month(year, month)) if month is not None else st.nothing()
    return model.Date(year, month, draw(st.none() | days))


@given(st.data())
def test_an_interval_is_reversed_exactly_when_its_first_day_is_after_its_last(data):
    # Compared part by part in the rule's hot path; here against the days themselves.
    year = data.draw(st.integers(0, 9999))
    other = data.draw(st.sampled_from([year, max(year - 1, 0), min(year + 1, 9999)]))
    start, end = data.draw(dates_in(year)), data.draw(dates_in(other))
    assert model.Interval(start, end).reversed == (start.earliest > end.latest)


@pytest.mark.parametrize(
    ("as_of", "parts", "valid"),
    [
        ("2013-05-07", ["day"], True),
        ("2013-05", ["month"], True),
        ("2013", ["year"], True),
        ("2013-05", ["day"], False),
        ("2013-05-07/2013-05-08", ["day", "month", "year"], True),
        ("2013/2014-05", ["month"], True),
    ],
)
def test_a_part_may_be_inferred_down_to_the_dates_precision(as_of, parts, valid):
    document = base()
    document["positions"][1]["as_of"] = as_of
    document["positions"][1]["inferred_date_parts"] = parts
    document["positions"][0]["as_of"] = "2012"
    assert (only(document) == []) is valid


def test_a_concession_without_positions_or_with_missing_ones_is_checked_calmly():
    document = base()
    del document["concessions"][0]["from_position"]
    del document["concessions"][0]["to_position"]
    assert only(document) == []
    document["concessions"][0]["from_position"] = "ghost"
    assert only(document) == [("$.concessions[0].from_position", "unresolved-reference")]
    document["concessions"][0]["from_position"] = "kerry"
    assert only(document) == [("$.concessions[0].from_position", "wrong-reference-kind")]


def test_a_previous_position_of_the_same_date_is_fine():
    document = base()
    document["positions"][0]["as_of"] = "2013-05-07"
    assert only(document) == []
    document["positions"][0]["as_of"] = "2013-05-08"
    assert only(document) == [("$.positions[1].previous", "previous-not-earlier")]


def test_a_duplicate_id_in_another_list_makes_no_false_cycle():
    document = base()
    document["positions"][2]["id"] = "syria"  # the issue has this id first
    document["positions"][2]["previous"] = "pos-after"
    found = only(document)
    assert ("$.positions[2].id", "duplicate-id") in found
    assert not [code for _, code in found if code.endswith("cycle")]


def test_a_reference_to_an_id_that_is_first_another_kind_is_no_way_round_a_cycle():
    document = base()
    evidence = document["issues"][0]["evidence"]
    # "kerry" is an actor first; the issue of that id would close a loop if followed.
    document["issues"].append(
        {"id": "kerry", "title": "K", "parent": "assad-role", "evidence": evidence}
    )
    document["issues"][1]["parent"] = "kerry"
    found = codes_at(document)
    assert ("duplicate-id", "$.issues[2].id") in found
    assert ("wrong-reference-kind", "$.issues[1].parent") in found
    assert not [code for code, _ in found if code == "issue-cycle"]


def test_objects_sharing_an_id_are_one_node_with_the_references_of_them_all():
    document = base()
    evidence = document["issues"][0]["evidence"]
    # The first assad-role leads to syria (a dead end), the second to talks, and talks
    # back to assad-role: a loop only through the second's reference.
    document["issues"] += [
        {"id": "assad-role", "title": "Again", "parent": "talks", "evidence": evidence},
        {"id": "talks", "title": "Talks", "parent": "assad-role", "evidence": evidence},
    ]
    found = codes_at(document)
    assert ("duplicate-id", "$.issues[2].id") in found
    assert [path for code, path in found if code == "issue-cycle"] == [
        "$.issues[1].parent",
        "$.issues[3].parent",
    ]


def test_an_unknown_id_gets_a_did_you_mean_of_the_right_kind():
    document = base()
    document["positions"][2]["actor"] = "putn"
    document["positions"][2]["issue"] = "syriaa"
    document["events"][0]["recipients"] = ["assad-rol"]  # close to an issue: not an actor
    problems = {p.path: p.message for p in bs.validate(document).problems}
    assert problems == {
        "$.positions[2].actor": "no object has the id 'putn'; did you mean 'putin'?",
        "$.positions[2].issue": "no object has the id 'syriaa'; did you mean 'syria'?",
        "$.events[0].recipients[0]": "no object has the id 'assad-rol'",
    }


def test_suggestions_are_rationed(monkeypatch):
    monkeypatch.setattr(_rules._references, "SUGGESTIONS", 1)
    document = base()
    document["positions"][2]["actor"] = "putn"
    document["positions"][1]["actor"] = "kery"
    messages = [
        p.message for p in bs.validate(document).problems if p.code == "unresolved-reference"
    ]
    assert messages == [
        "no object has the id 'kery'; did you mean 'kerry'?",
        "no object has the id 'putn'",
    ]
    monkeypatch.setattr(_rules._references, "SUGGESTIONS", 20)
    monkeypatch.setattr(_rules._references, "SUGGESTION_POOL", 3)
    messages = [
        p.message for p in bs.validate(document).problems if p.code == "unresolved-reference"
    ]
    assert messages == ["no object has the id 'kery'", "no object has the id 'putn'"]


def test_quotes_are_not_checked_against_a_text_that_is_not_the_briefs():
    report = bs.validate(base(), source_text=TEXT.replace("Kerry", "Kerri"))
    assert [(p.path, p.code) for p in report.problems] == [
        ("$.source.sha256", "source-hash-mismatch")
    ]


def test_the_first_twenty_unknown_ids_get_a_suggestion():
    document = base()
    document["judgments"][0]["about"] = [f"putin{k:02d}" for k in range(21)]
    messages = [p.message for p in bs.validate(document).problems]
    assert messages[:20] == [
        f"no object has the id 'putin{k:02d}'; did you mean 'putin'?" for k in range(20)
    ]
    assert messages[20] == "no object has the id 'putin20'"


def test_two_suggestions_for_a_budget_of_two(monkeypatch):
    monkeypatch.setattr(_rules._references, "SUGGESTIONS", 2)
    document = base()
    document["judgments"][0]["about"] = ["putn", "kery", "ev-met"]
    messages = [p.message for p in bs.validate(document).problems]
    assert messages == [
        "no object has the id 'putn'; did you mean 'putin'?",
        "no object has the id 'kery'; did you mean 'kerry'?",
        "no object has the id 'ev-met'",
    ]


@pytest.mark.parametrize(("extra", "suggested"), [(10_000 - 11, True), (10_000 - 10, False)])
def test_suggestions_are_looked_for_among_at_most_ten_thousand_ids(extra, suggested):
    document = base()
    document["actors"] += [{"id": f"x{k}", "name": "X", "kind": "state"} for k in range(extra)]
    document["positions"][2]["actor"] = "putn"
    ids = sum(len(document.get(name, ())) for name in _anatomy.LISTS)
    assert ids == extra + 11
    [problem] = [p for p in bs.validate(document).problems if p.code == "unresolved-reference"]
    assert problem.message.endswith("did you mean 'putin'?") is suggested


def codes_at(document, text=None):
    return [(p.code, p.path) for p in bs.validate(document, source_text=text).problems]


def with_judgments(*based_on):
    document = base()
    judgment = document["judgments"][0]
    document["judgments"] = [
        dict(judgment, id=f"j-{index}", based_on=refs) for index, refs in enumerate(based_on)
    ]
    return document


def test_a_judgment_resting_on_itself_is_a_cycle_and_a_chain_is_not():
    assert codes_at(with_judgments(["j-0"])) == [
        ("judgment-basis-cycle", "$.judgments[0].based_on")
    ]
    assert codes_at(with_judgments([], ["j-0"], ["j-1", "j-0"])) == []
    # A loop of three with a judgment leading into it: only the three are on it.
    looped = with_judgments(["j-1"], ["j-2"], ["j-3"], ["j-1"])
    assert codes_at(looped) == [
        ("judgment-basis-cycle", f"$.judgments[{i}].based_on") for i in (1, 2, 3)
    ]


def test_a_judgment_resting_on_what_is_no_judgment_is_not_followed():
    document = with_judgments(["kerry"])
    assert codes_at(document) == [("wrong-reference-kind", "$.judgments[0].based_on[0]")]


def test_a_document_gets_one_problem_for_its_dates_however_many_pairs_are_reversed():
    document = base()
    document["documents"] = [
        {
            "id": "doc-a",
            "title": "A deal",
            "kind": "agreement",
            "status": "ended",
            "signed": "2010",
            "in_force": "2009-02",
            "ended": "2009-06",
            "evidence": [document["actors"][0]["evidence"][0]],
        }
    ]
    assert codes_at(document) == [("document-dates-reversed", "$.documents[0].in_force")]
    document["documents"][0]["in_force"] = "2010-06"  # now only the end is before both
    assert codes_at(document) == [("document-dates-reversed", "$.documents[0].ended")]


def test_an_undated_stage_is_skipped_and_the_next_compared_with_the_last_dated_one():
    document = base()
    document["concessions"][0]["stages"] = [
        {"status": "proposed", "date": "2013-05-07"},
        {"status": "proposed", "event": "ev-meet"},
        {"status": "made", "date": "2013-05-01"},
    ]
    report = bs.validate(document)
    assert [(p.code, p.path) for p in report.problems] == [
        ("stages-out-of-order", "$.concessions[0].stages[2].date")
    ]
    assert "before 2013-05-07" in report.problems[0].message
    # Overlapping dates are not out of order: May 2013 may be after 7 May.
    document["concessions"][0]["stages"][2]["date"] = "2013-05"
    assert codes_at(document) == []


def test_quantities_with_both_or_neither_from_value_and_comparator_are_fine():
    document = base()
    document["concessions"][0]["quantities"] = [
        {"measure": "warheads", "value": "1550", "unit": "warheads"},
        {"measure": "centrifuges", "value": "6104", "unit": "centrifuges", "from_value": "19000"},
        {
            "measure": "centrifuges",
            "value": "6104",
            "unit": "centrifuges",
            "from_value": "19000",
            "from_comparator": "about",
        },
    ]
    assert codes_at(document) == []


def test_steps_and_dates_on_the_same_day_are_in_order():
    document = base()
    document["concessions"][0]["stages"] = [
        {"status": "proposed", "date": "2013-05-07"},
        {"status": "made", "date": "2013-05-07"},
    ]
    document["documents"] = [
        {
            "id": "doc-a",
            "title": "A deal",
            "kind": "agreement",
            "status": "ended",
            "signed": "2013-05-07",
            "in_force": "2013-05-07",
            "ended": "2013-05-07",
            "evidence": [document["actors"][0]["evidence"][0]],
        }
    ]
    assert codes_at(document) == []


def test_a_loop_entered_from_outside_or_beside_finished_judgments_is_found():
    # The judgments are searched from the last: here the first search enters the loop
    # from outside, and in the second a finished judgment stands beside the loop.
    entered = with_judgments(["j-1"], ["j-2"], ["j-0"], ["j-0"])
    assert codes_at(entered) == [
        ("judgment-basis-cycle", f"$.judgments[{i}].based_on") for i in (0, 1, 2)
    ]
    beside = with_judgments(["j-1", "j-2"], ["j-0"], [])
    assert codes_at(beside) == [
        ("judgment-basis-cycle", f"$.judgments[{i}].based_on") for i in (0, 1)
    ]


# ---------------------------------------------------------------------------
# The machinery the rules share: what it skips, it skips only where nothing is to be found.


def _check(code):
    (found,) = [rule.check for rule in _rules.RULES if rule.code == code]
    return found


def test_a_located_object_shows_its_path_and_class():
    brief = bs.from_dict(base())
    root = _rules.Located(brief)
    actor = _rules.Located(brief.actors[0], root, "actors", 0)
    assert repr(actor) == "Located('$.actors[0]', Actor)"
    assert repr(_rules.Located(brief.source, root, "source", -1)) == "Located('$.source', Source)"


def test_the_model_classes_are_each_listed_once_breadth_first():
    classes = _anatomy.classes()
    assert len(classes) == len(set(classes))
    children = []
    for field in _anatomy.children(model.Brief):
        if field.target not in children:
            children.append(field.target)
    assert classes[: len(children) + 1] == (
        model.Brief,
        *children,
    )  # the brief's own first  # the brief's own first


def test_a_brief_whose_references_resolve_is_vouched_for_by_the_generated_check(monkeypatch):
    brief = bs.from_dict(base())
    ctx = _rules.Context.build(brief, None)
    assert _rules._references_resolve()(ctx.by_type, ctx.by_id) is True
    monkeypatch.setattr(_rules._core, "_reference_targets", lambda _kind: pytest.fail("searched"))
    assert _rules._misreferences(ctx.by_type, ctx.by_id) == []


def test_a_brief_without_a_duplicate_id_is_not_searched_for_one(monkeypatch):
    brief = bs.from_dict(base())
    ctx = _rules.Context.build(brief, None)
    monkeypatch.setattr(_rules._references, "LISTS", ("no such list",))  # read only by the search
    assert list(_check("duplicate-id")(ctx)) == []


def test_offsets_are_taken_as_they_are_where_every_quote_agrees_with_the_text():
    brief = bs.from_dict(base())
    ctx = _rules.Context.build(brief, TEXT)
    assert ctx.quotes_agree
    wrong = model.Evidence(quote="Kerry", start=9, end=3)  # what the verdict says cannot be
    trusted = attrs.evolve(ctx, by_type={**ctx.by_type, model.Evidence: [wrong]})
    assert list(_check("offsets-reversed")(trusted)) == []
    assert list(_check("quote-length")(trusted)) == []
    doubted = attrs.evolve(trusted, quotes_agree=False)
    assert len(list(_check("offsets-reversed")(doubted))) == 1
    assert len(list(_check("quote-length")(doubted))) == 0  # reversed: said once, above


def test_a_reference_to_an_object_left_out_as_malformed_is_not_unresolved():
    data = base()
    data["actors"][1]["kind"] = "planet"  # putin, left out of the brief as malformed
    codes = [(p.path, p.code) for p in bs.validate(data).problems]
    assert ("$.actors[1].kind", "enum") in codes or ("$.actors[1].kind", "invalid-value") in codes
    assert not [p for p, code in codes if code == "unresolved-reference"]


def test_quote_lengths_are_taken_as_they_are_where_every_quote_agrees_with_the_text():
    brief = bs.from_dict(base())
    ctx = _rules.Context.build(brief, TEXT)
    short = model.Evidence(quote="Kerry", start=0, end=3)  # what the verdict says cannot be
    trusted = attrs.evolve(ctx, by_type={**ctx.by_type, model.Evidence: [short]})
    assert list(_check("quote-length")(trusted)) == []
    doubted = attrs.evolve(trusted, quotes_agree=False)
    assert len(list(_check("quote-length")(doubted))) == 1


def test_a_loop_beside_a_searched_judgment_that_rests_on_another_is_found():
    # j-0 is searched first and finished (it rests on j-3, which rests on nothing); the
    # loop of j-1 and j-2 also rests on j-0, which is then no longer on the search's stack.
    looped = with_judgments(["j-3"], ["j-2"], ["j-1", "j-0"], [])
    assert codes_at(looped) == [
        ("judgment-basis-cycle", f"$.judgments[{i}].based_on") for i in (1, 2)
    ]


def test_a_trigger_on_an_event_without_evidence_says_so_beside_the_missing_evidence():
    document = mutate(
        base(), [[["events", 0, "triggers"], ["met"]], [["events", 0, "evidence"], None]]
    )
    report = bs.validate(document)
    assert [(p.code, p.path, p.message) for p in report.problems] == [
        (
            "trigger-not-in-quote",
            "$.events[0].triggers[0]",
            "'met' names words of a quote, but the event has no evidence",
        ),
        ("missing-evidence", "$.events[0]", "'ev-meet' cites no evidence from the source"),
    ]


def test_every_category_s_modes_are_its_own_and_every_mode_has_a_category():
    used = {mode for modes in model.PLOVER_MODES.values() for mode in modes}
    assert used == set(model.PloverMode)
    assert set(model.PLOVER_MODES) == set(model.EventCategory)


def test_triggers_are_words_of_the_first_quote_not_of_any_quote():
    document = base()
    document["events"][0]["evidence"].append({"quote": "Putin refused", "start": 27, "end": 40})
    document["events"][0]["triggers"] = ["met", "refused"]
    report = bs.validate(document, source_text=TEXT)
    assert [(p.code, p.path, p.message) for p in report.problems] == [
        (
            "trigger-not-in-quote",
            "$.events[0].triggers[1]",
            "'refused' is not in the event's first quote",
        )
    ]


def test_what_was_asked_and_is_still_expected_in_return_is_no_exchange_not_given():
    document = base()
    refused = {
        "id": "con-refused",
        "by": "putin",
        "to": ["kerry"],
        "issue": "syria",
        "description": "Asked, refused.",
        "kind": "verbal",
        "status": "refused",
        "confidence": "high",
        "evidence": [{"quote": "Putin refused", "start": 27, "end": 40}],
    }
    document["concessions"][0]["reciprocity"] = {
        "status": "expected",
        "in_return_for": ["con-refused"],
    }
    document["concessions"].append(refused)
    assert codes_at(document) == []


def test_an_instrument_is_twice_only_when_under_the_same_document():
    document = base()
    document["documents"] = [
        {"id": f"doc-{name}", "title": name, "kind": "agreement", "status": "signed",
         "evidence": [{"quote": "Moscow", "start": 19, "end": 25}]}
        for name in ("a", "b")
    ]  # fmt: skip
    document["concessions"][0]["under"] = "doc-a"
    document["concessions"][0]["instruments"] = [
        {"document": "doc-a", "action": "implements"},  # what it is under, done otherwise
        {"document": "doc-b", "action": "under"},  # a second agreement it is under
    ]
    assert codes_at(document) == []


def test_a_participant_on_behalf_of_another_is_fine():
    document = base()
    document["events"][0]["participants"] = [
        {"actor": "kerry", "role": "head-of-delegation", "on_behalf_of": "us"}
    ]
    assert codes_at(document) == []


def test_an_outcome_on_the_day_the_judgment_was_made_is_not_before_it():
    document = base()
    document["judgments"][0]["made"] = "2013-05-07"
    document["judgments"][0]["outcome"] = {"status": "borne-out", "date": "2013-05-07"}
    assert codes_at(document) == []
    document["judgments"][0]["outcome"]["date"] = "2013-05"  # the month holds the day
    assert codes_at(document) == []
