"""Grounding drafted briefs: every quote found in its text, or reported with where and why."""

import ast
import copy
import io
import json
import sys
import tokenize
from pathlib import Path

import attrs
import pytest

import briefschema as bs
from briefschema import grounding
from briefschema.cli import main

EXAMPLES = Path(__file__).parents[1] / "examples"
NAME = "moscow-intransigent-syria-2013"
REFERENCE = EXAMPLES / f"{NAME}.brief.json"
DRAFT = EXAMPLES / f"{NAME}.draft.json"
SOURCE = EXAMPLES / f"{NAME}.txt"
TEXT = SOURCE.read_bytes()


def reference_draft():
    return json.loads(DRAFT.read_text(encoding="utf-8"))


def evidence_of(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "evidence":
                yield from value or ()
            else:
                yield from evidence_of(value)
    elif isinstance(node, list):
        for item in node:
            yield from evidence_of(item)


def problems_of(draft, source=TEXT):
    with pytest.raises(bs.ValidationError) as caught:
        bs.ground(draft, source)
    return [(p.path, p.code, p.message) for p in caught.value.problems]


@pytest.mark.parametrize("brief_file", sorted(EXAMPLES.glob("*.brief.json")), ids=lambda p: p.stem)
def test_every_example_comes_back_from_its_draft_byte_for_byte(brief_file):
    source = brief_file.with_name(brief_file.name.replace(".brief.json", ".txt")).read_bytes()
    brief = bs.load(brief_file, source_text=source)
    draft = bs.draft_of(brief)
    text = json.dumps(draft, ensure_ascii=False)
    assert '"sha256"' not in text
    assert '"schema_version"' not in text
    assert all(set(item) == {"quote", "prefix", "suffix"} for item in evidence_of(draft))
    assert bs.dumps(bs.ground(text, source)) == bs.dumps(brief)


def test_the_shipped_draft_is_the_reference_brief_drafted_and_grounds_to_it():
    brief = bs.load(REFERENCE, source_text=TEXT)
    assert reference_draft() == bs.draft_of(brief)
    assert bs.dumps(bs.ground(DRAFT.read_bytes(), TEXT)).encode() == REFERENCE.read_bytes()


def test_every_field_of_a_draft_is_present_and_what_the_brief_leaves_out_is_null():
    draft = reference_draft()
    profile = bs.llm_schema()
    assert set(draft) == set(profile["properties"])
    assert draft["modified"] is None
    assert draft["actors"][0]["evidence"][0] == {
        "quote": "the US new Secretary of State",
        "prefix": None,
        "suffix": None,
    }


@pytest.mark.parametrize(
    ("quote", "how"),
    [
        (
            "towards America's demands",
            "nearest is 'towards America’s demands' at 1528:1553, which differs in quotation "
            "marks (straight and typographic); first at code point 15 of the quote: U+2019 '’' "
            'in the text, U+0027 "\'" in the quote',
        ),
        (
            "the obama administration",
            "nearest is 'the Obama administration' at 1694:1718, which differs in upper and "
            "lower case; first at code point 4",
        ),
        (
            "the Obama\nadministration",
            "nearest is 'the Obama administration' at 1694:1718, which differs in white space",
        ),
        (
            "the US new Secretary of Defence",
            "nearest is 'the US new Secretary of State' at 71:100, which differs in its words: "
            "the quote has 'Defence' where the text has 'State'",
        ),
        (
            "Washington welcomed the Russian proposal",
            "nearest is 'Washington on the Syria crisis' at 28:58, which differs in its words: "
            "the quote has 'welcomed' where the text has 'on' (and 1 more difference)",
        ),
        ("Zbigniew", "the quote is not in the source text, nor is anything like it"),
    ],
    ids=["straight-quote", "case", "whitespace", "changed-word", "invented", "nothing-like-it"],
)
def test_a_quote_that_is_not_in_the_text_is_reported_with_the_nearest_passage(quote, how):
    draft = reference_draft()
    draft["actors"][0]["evidence"][2]["quote"] = quote
    [(path, code, message)] = problems_of(draft)
    assert (path, code) == ("$.actors[0].evidence[2].quote", "quote-not-found")
    assert how in message


def test_every_invented_quote_is_reported_not_only_the_first():
    draft = reference_draft()
    draft["actors"][0]["evidence"][0]["quote"] = "an invented quote"
    draft["judgments"][-1]["evidence"][0]["quote"] = "Moscow will soon give way"
    draft["concessions"][0]["reciprocity"]["evidence"][0]["quote"] = "a quid pro quo"
    paths = [path for path, code, _ in problems_of(draft) if code == "quote-not-found"]
    assert paths == [
        "$.actors[0].evidence[0].quote",
        "$.concessions[0].reciprocity.evidence[0].quote",
        f"$.judgments[{len(draft['judgments']) - 1}].evidence[0].quote",
    ]


def test_a_repeated_quote_needs_a_prefix_or_suffix_that_leaves_one_occurrence():
    text = TEXT.decode("utf-8")
    draft = reference_draft()
    item = draft["actors"][1]["evidence"][0]
    item["quote"] = "Russia"
    [(path, code, message)] = problems_of(draft)
    assert (path, code) == ("$.actors[1].evidence[0]", "quote-ambiguous")
    every = [i for i in range(len(text)) if text.startswith("Russia", i)]
    assert message.startswith(f"the quote occurs {len(every)} times (at {every[0]}, {every[1]}")
    item["prefix"] = "It was agreed that "
    brief = bs.ground(draft, TEXT)
    evidence = brief.actors[1].evidence[0]
    assert (evidence.start, evidence.end) == (text.index("It was agreed that Russia") + 19,) * 1 + (
        text.index("It was agreed that Russia") + 25,
    )
    assert evidence.prefix == "It was agreed that "
    assert text[evidence.start : evidence.end] == "Russia"
    item["prefix"], item["suffix"] = None, " and the US wo"
    assert bs.ground(draft, TEXT).actors[1].evidence[0].start == evidence.start


@pytest.mark.parametrize(
    ("context", "where", "code"),
    [
        ({"prefix": "Nowhere before "}, ".prefix", "prefix-mismatch"),
        ({"suffix": " nowhere after"}, ".suffix", "suffix-mismatch"),
        ({"prefix": "It was agreed that ", "suffix": "x"}, "", "context-mismatch"),
    ],
)
def test_a_context_that_the_quote_never_has_is_reported_where_it_is(context, where, code):
    draft = reference_draft()
    draft["actors"][1]["evidence"][0].update(quote="Russia", **context)
    [(path, found, message)] = problems_of(draft)
    assert (path, found) == (f"$.actors[1].evidence[0]{where}", code)
    assert "but never with this" in message


def test_a_prefix_that_leaves_several_occurrences_is_still_ambiguous():
    draft = reference_draft()
    draft["actors"][1]["evidence"][0].update(quote="Russia", prefix=" of ")
    [(_, code, message)] = problems_of(draft)
    assert code == "quote-ambiguous"
    assert ", 3 of them with this context; give a prefix or suffix" in message


@pytest.mark.parametrize(
    ("change", "path", "code"),
    [
        (lambda d: d["actors"][1].update(name=None), "$.actors[1].name", "null"),
        (lambda d: d["actors"][1].update(kind="empire"), "$.actors[1].kind", "enum"),
        (lambda d: d["actors"][1].update(aliases=[3]), "$.actors[1].aliases[0]", "type"),
        (lambda d: d["issues"][0].update(bogus=1), "$.issues[0].bogus", "unknown-field"),
        (lambda d: d["actors"][0].pop("country"), "$.actors[0].country", "required"),
        (
            lambda d: d["actors"][0]["evidence"][0].update(start=71),
            "$.actors[0].evidence[0].start",
            "unknown-field",
        ),
        (lambda d: d.update(id="Not An Id"), "$.id", "pattern"),
        (lambda d: d["events"][0].update(date="2013-02-30"), "$.events[0].date", "pattern"),
    ],
    ids=["null", "enum", "nested-type", "unknown", "missing", "offsets", "id", "date"],
)
def test_a_draft_of_the_wrong_shape_is_reported_with_json_paths(change, path, code):
    draft = reference_draft()
    change(draft)
    problems = problems_of(draft)
    assert (path, code) in [(p, c) for p, c, _ in problems], problems
    assert len(problems) == 1


def test_the_grounded_brief_is_checked_in_full_integrity_rules_included():
    draft = reference_draft()
    draft["positions"][0]["actor"] = "nato"
    assert problems_of(draft) == [
        ("$.positions[0].actor", "unresolved-reference", "no object has the id 'nato'")
    ]


def test_nulls_and_empty_lists_become_absent_fields():
    draft = reference_draft()
    draft["actors"][0]["aliases"] = []
    draft["actors"][0]["identifiers"] = None
    actor = bs.ground(draft, TEXT).actors[0]
    assert (actor.aliases, actor.identifiers) == ((), ())


@pytest.mark.parametrize(
    ("draft", "code"),
    [
        (b"{", "json"),
        (b'{"id": "a", "id": "b"}', "duplicate-key"),
        (b"[]", "type"),
        (b"\xff", "encoding"),
    ],
)
def test_a_draft_that_is_not_json_or_not_an_object_is_a_problem_not_a_traceback(draft, code):
    problems = problems_of(draft)
    assert problems
    assert problems[0][0] == "$"
    assert problems[0][1].startswith(code), problems


def test_a_source_that_is_not_utf8_is_refused_with_where():
    with pytest.raises(ValueError, match="UTF-8"):
        bs.ground(DRAFT.read_bytes(), b"\xff" + TEXT)


def test_the_command_writes_the_reference_brief_from_its_draft(tmp_path, capsys):
    assert main(["ground", str(DRAFT), "--source", str(SOURCE)]) == 0
    out, err = capsys.readouterr()
    assert (out.encode(), err) == (REFERENCE.read_bytes(), "")
    target = tmp_path / "brief.json"
    assert main(["ground", str(DRAFT), "--source", str(SOURCE), "-o", str(target)]) == 0
    assert target.read_bytes() == REFERENCE.read_bytes()


def test_the_command_gives_the_library_s_verdict_on_a_bad_draft(tmp_path, capsys):
    draft = reference_draft()
    draft["actors"][0]["evidence"][2]["quote"] = "towards America's demands"
    draft["actors"][1]["kind"] = "empire"
    path = tmp_path / "draft.json"
    path.write_text(json.dumps(draft), encoding="utf-8")
    with pytest.raises(bs.ValidationError) as caught:
        bs.ground(copy.deepcopy(draft), TEXT)
    assert main(["ground", str(path), "--source", str(SOURCE)]) == 1
    out, err = capsys.readouterr()
    assert err == ""
    assert out.splitlines() == [f"{path}: cannot be grounded"] + [
        f"  {problem}" for problem in caught.value.problems
    ]


def test_the_command_says_what_it_cannot_read(tmp_path, capsys):
    assert main(["ground", str(tmp_path / "none.json"), "--source", str(SOURCE)]) == 2
    assert "cannot read" in capsys.readouterr().err
    bad = tmp_path / "latin1.txt"
    bad.write_bytes(b"caf\xe9")
    assert main(["ground", str(DRAFT), "--source", str(bad)]) == 2
    assert "UTF-8" in capsys.readouterr().err


HOSTILE = Path(__file__).parent / "hostile"


@pytest.mark.parametrize(
    "path",
    sorted(p for p in HOSTILE.iterdir() if p.suffix == ".json" and p.name != "expected.json"),
    ids=lambda p: p.name,
)
def test_every_hostile_document_as_a_draft_is_refused_with_problems_not_a_traceback(path):
    with pytest.raises(bs.ValidationError) as caught:
        bs.ground(path.read_bytes(), TEXT)
    assert caught.value.problems
    assert all(p.path.startswith("$") for p in caught.value.problems)


def test_a_draft_nested_too_deep_is_refused_by_the_limits_as_data_too():
    draft: dict = {}
    node = draft
    for _ in range(100_000):
        node["a"] = {}
        node = node["a"]
    [(path, code, _)] = problems_of(draft)
    assert code == "too-deep"
    assert path.startswith("$.a.a")


def test_a_trailing_newline_does_not_end_a_pattern():
    draft = reference_draft()
    draft["id"] = "moscow\n"
    assert problems_of(draft) == [
        ("$.id", "pattern", "'moscow\\n' is not valid here. The brief's id.")
    ]


def without_fast_path(monkeypatch):
    monkeypatch.setattr(grounding, "_fast_check", lambda: None)


@pytest.mark.parametrize(
    "change",
    [
        lambda _: None,
        lambda d: d.update(id="moscow\n"),
        lambda d: d["actors"][1].update(kind="empire", aliases=[3]),
        lambda d: d["actors"][0]["evidence"][2].update(quote="towards America's demands"),
        lambda d: d["positions"][0].update(actor="nato"),
    ],
    ids=["valid", "newline", "shape", "quote", "integrity"],
)
def test_the_same_verdict_with_and_without_the_fast_path(change, monkeypatch):
    draft = reference_draft()
    change(draft)

    def verdict():
        try:
            return bs.dumps(bs.ground(copy.deepcopy(draft), TEXT))
        except bs.ValidationError as exc:
            return exc.problems

    fast = verdict()
    without_fast_path(monkeypatch)
    assert verdict() == fast


def test_an_empty_quote_is_a_problem_where_it_is():
    draft = reference_draft()
    draft["issues"][2]["evidence"][0]["quote"] = ""
    assert problems_of(draft) == [("$.issues[2].evidence[0].quote", "empty", "the quote is empty")]


def test_a_draft_without_quotes_grounds_and_strict_mode_asks_for_evidence():
    draft = reference_draft()
    stack = [draft]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if "evidence" in node:
                node["evidence"] = None
                if "triggers" in node:  # words of the first quote: none without quotes
                    node["triggers"] = None
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    brief = bs.ground(draft, TEXT)
    assert brief.actors[0].evidence == ()
    with pytest.raises(bs.ValidationError) as caught:
        bs.ground(draft, TEXT, strict=True)
    assert {p.code for p in caught.value.problems} == {"missing-evidence"}


def test_the_offsets_of_a_repeated_quote_are_listed_up_to_five():
    text = TEXT.decode("utf-8")
    for quote, count in (("civil", 5), ("Moscow", 6)):
        draft = reference_draft()
        draft["actors"][1]["evidence"][0]["quote"] = quote
        [(_, code, message)] = problems_of(draft)
        starts = [i for i in range(len(text)) if text.startswith(quote, i)]
        assert (code, len(starts)) == ("quote-ambiguous", count)
        listed = ", ".join(map(str, starts[:5])) + (", ..." if count > 5 else "")
        assert message.startswith(f"the quote occurs {count} times (at {listed}); ")


def test_only_the_first_twenty_missing_quotes_get_the_nearest_passage():
    draft = reference_draft()
    evidence = draft["actors"][0]["evidence"]
    evidence[:] = [
        {"quote": f"the Obama administration number {k}", "prefix": None, "suffix": None}
        for k in range(21)
    ]
    messages = [m for _, code, m in problems_of(draft) if code == "quote-not-found"]
    assert len(messages) == 21
    assert all("nearest is 'the Obama administration" in m for m in messages[:-1])
    assert messages[-1] == "the quote is not in the source text"


def test_an_unknown_field_is_named_in_the_message():
    draft = reference_draft()
    draft["issues"][0]["bogus"] = 1
    assert problems_of(draft) == [("$.issues[0].bogus", "unknown-field", "unknown field 'bogus'")]


def test_a_prefix_may_reach_back_to_the_start_of_the_text():
    draft = reference_draft()
    text = TEXT.decode("utf-8")
    second = text.index("Moscow", 1)  # the title's own word is at 0
    draft["actors"][1]["evidence"][0].update(quote="Moscow", prefix=text[:second])
    evidence = bs.ground(draft, TEXT).actors[1].evidence[0]
    assert (evidence.start, evidence.prefix) == (second, text[:second])


def test_a_brief_whose_quote_occurs_twice_comes_back_from_its_draft_given_the_text():
    text = TEXT.decode("utf-8")
    brief = bs.load(REFERENCE, source_text=TEXT)
    second = [i for i in range(len(text)) if text.startswith("Russia", i)][1]
    placed = bs.Evidence(quote="Russia", start=second, end=second + 6)  # offsets alone
    actor = attrs.evolve(brief.actors[1], evidence=(placed,))
    odd = attrs.evolve(brief, actors=(brief.actors[0], actor, *brief.actors[2:]))
    assert bs.validate(odd, source_text=TEXT, strict=True).valid
    with pytest.raises(bs.ValidationError) as caught:  # without the text: nothing to place it
        bs.ground(bs.draft_of(odd), TEXT)
    assert [p.code for p in caught.value.problems] == ["quote-ambiguous"]
    grounded = bs.ground(bs.draft_of(odd, source_text=TEXT), TEXT)
    [back] = grounded.actors[1].evidence
    assert (back.quote, back.start, back.end) == ("Russia", second, second + 6)
    assert (back.prefix, back.suffix) == (
        text[second - 32 : second],
        text[second + 6 : second + 38],
    )
    # Quotes that occur once are left as they are: the rest comes back byte for byte.
    same = bs.ground(bs.draft_of(brief, source_text=TEXT), TEXT)
    assert bs.dumps(same) == bs.dumps(brief)


@pytest.mark.parametrize(("count", "said"), [(100, "100 times"), (101, "more than 100 times")])
def test_counts_are_exact_up_to_a_hundred_and_said_to_be_more_beyond(count, said):
    text = "x " * count
    draft = reference_draft()
    draft["actors"][0]["evidence"] = [{"quote": "x", "prefix": None, "suffix": None}]
    problems = [
        (p, m) for p, code, m in problems_of(draft, text.encode()) if code == "quote-ambiguous"
    ]
    assert problems == [
        (
            "$.actors[0].evidence[0]",
            f"the quote occurs {said} (at 0, 2, 4, 6, 8, ...); give a prefix or suffix that leaves one",
        )
    ]


def test_draft_of_adds_context_only_where_none_is_given_and_keeps_the_text_s_start():
    from helpers import TEXT as SHORT  # noqa: PLC0415
    from helpers import base  # noqa: PLC0415

    data = base()
    first, second = SHORT.index("Putin"), SHORT.index("Putin", SHORT.index("Putin") + 1)
    data["actors"][1]["evidence"] = [
        {"quote": "Putin", "start": first, "end": first + 5},  # offsets alone, near the start
        {"quote": "Putin", "start": second, "end": second + 5, "prefix": "Moscow. "},
    ]
    brief = bs.from_dict(data, source_text=SHORT)
    drafted = bs.draft_of(brief, source_text=SHORT)["actors"][1]["evidence"]
    assert drafted == [
        {"quote": "Putin", "prefix": SHORT[:first], "suffix": SHORT[first + 5 : first + 37]},
        {"quote": "Putin", "prefix": "Moscow. ", "suffix": None},  # its own context, kept
    ]
    grounded = bs.ground(bs.draft_of(brief, source_text=SHORT), SHORT)
    assert [(e.start, e.end) for e in grounded.actors[1].evidence] == [
        (first, first + 5),
        (second, second + 5),
    ]


CAFE = (TEXT.decode("utf-8") + " Cafe\u0301 talks. Cafe owners.").encode()
"""The reference text, with a decomposed "Café" (an ``e`` and a combining accent) and a "Cafe"."""


def with_quote(evidence):
    draft = reference_draft()
    draft["actors"][0]["evidence"][0] = {"quote": None, "prefix": None, "suffix": None, **evidence}
    return draft


def test_a_quote_that_would_cut_a_character_is_not_found_and_the_whole_one_is_shown():
    source = CAFE[: CAFE.index(b" Cafe owners")]  # the accented one alone
    at = source.decode("utf-8").index("Cafe\u0301")
    [(path, code, message)] = problems_of(with_quote({"quote": "Cafe"}), source)
    assert (path, code) == ("$.actors[0].evidence[0].quote", "quote-not-found")
    assert message == (
        f"the quote is not in the source text; nearest is 'Cafe\u0301' at {at}:{at + 5}, "
        "which is the quote with the whole of the character it cuts (a quote begins and ends "
        "between characters)"
    )


def test_a_quote_is_placed_where_it_is_whole_though_its_letters_occur_elsewhere_too():
    text = CAFE.decode("utf-8")
    evidence = bs.ground(with_quote({"quote": "Cafe"}), CAFE).actors[0].evidence[0]
    assert (evidence.start, evidence.end) == (text.index("Cafe "), text.index("Cafe ") + 4)
    assert text.count("Cafe") == 2


def test_a_prefix_may_begin_inside_a_character_but_the_quote_may_not():
    text = CAFE.decode("utf-8")
    draft = with_quote({"quote": "talks", "prefix": "\u0301 "})  # the accent without its e
    evidence = bs.ground(draft, CAFE).actors[0].evidence[0]
    assert evidence.start == text.index("\u0301 talks") + 2 and evidence.prefix == "\u0301 "
    cut = with_quote({"quote": "e", "prefix": "Caf", "suffix": "\u0301"})
    [(path, code, _)] = problems_of(cut, CAFE)
    assert (path, code) == ("$.actors[0].evidence[0]", "context-mismatch")


def test_quote_phrases_finds_only_whole_characters(tmp_path, capsys):
    source = tmp_path / "cafe.txt"
    source.write_bytes(b"Cafe\xcc\x81 talks. Cafe owners.")
    assert main(["quote", str(source), "Cafe"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert json.loads(line) == {"quote": "Cafe", "start": 13, "end": 17}
    source.write_bytes(b"Cafe\xcc\x81 talks.")
    assert main(["quote", str(source), "Cafe"]) == 1
    err = capsys.readouterr().err
    assert "nearest is 'Cafe\u0301' at 0:5, which is the quote with the whole" in err


def test_a_valid_draft_is_vouched_for_by_jsonschema_rs_and_never_explained(monkeypatch):
    """With the fast extra, the explaining validator only sees drafts jsonschema-rs refuses."""
    assert grounding._fast_check() is not None  # the test extra brings jsonschema-rs
    monkeypatch.setattr(grounding, "_validator", lambda: pytest.fail("explained a valid draft"))
    assert bs.ground(reference_draft(), TEXT).id == json.loads(REFERENCE.read_bytes())["id"]


def test_every_pattern_of_the_profile_ends_at_the_end_of_the_text_wherever_it_stands():
    schema = {
        "pattern": "^a$",
        "anyOf": [{"pattern": "^b$"}, {"type": "null"}],
        "properties": {"pattern": {"type": "string", "pattern": "c"}},
        "items": [{"pattern": "d$"}, 3],
    }
    assert grounding._with_end(schema, r"\Z") == {
        "pattern": r"^a\Z",
        "anyOf": [{"pattern": r"^b\Z"}, {"type": "null"}],
        "properties": {"pattern": {"type": "string", "pattern": r"c\Z"}},
        "items": [{"pattern": r"d\Z"}, 3],
    }


def test_a_draft_is_every_field_of_the_profile_and_lists_keep_their_items():
    schema = {
        "properties": {
            "a": {"type": "string"},
            "b": {"anyOf": [{"$ref": "#/$defs/l"}, {"type": "null"}]},
        }
    }
    defs = {"l": {"type": "array", "items": {"properties": {"x": {}, "y": {}}}}}
    assert grounding._filled({"b": [{"x": 1}, {}]}, schema, defs) == {
        "a": None,
        "b": [{"x": 1, "y": None}, {"x": None, "y": None}],
    }
    assert grounding._filled("text", schema, defs) == "text"
    assert grounding._filled([{"x": 1}], defs["l"], defs) == [{"x": 1, "y": None}]


def test_without_jsonschema_rs_every_draft_is_checked_by_the_explaining_validator(monkeypatch):
    draft = reference_draft()
    draft["actors"][0]["kind"] = "planet"
    with_it = problems_of(draft)
    assert [(p, code) for p, code, _ in with_it] == [("$.actors[0].kind", "enum")]
    monkeypatch.setitem(sys.modules, "jsonschema_rs", None)  # as if not installed
    assert grounding._fast_check.__wrapped__() is None
    monkeypatch.setattr(grounding, "_fast_check", lambda: None)
    assert bs.dumps(bs.ground(reference_draft(), TEXT)).encode() == REFERENCE.read_bytes()
    assert problems_of(draft) == with_it


def test_a_context_found_more_often_than_counted_never_places_a_quote_by_the_few_counted():
    # 100 places where the quote cuts an accent, then two where it is whole: only one
    # of the first 101 places of the context is whole, but the quote is not placed there.
    text = " ab\u0301" * 100 + " ab" * 2 + " "
    draft = reference_draft()
    draft["actors"][0]["evidence"] = [{"quote": "ab", "prefix": " ", "suffix": None}]
    here = "$.actors[0].evidence[0]"
    found = [(p, code) for p, code, _ in problems_of(draft, text.encode()) if p.startswith(here)]
    assert found == [(here, "quote-ambiguous")]


def suggested(message):
    """The contexts a message suggests: (offset, "suffix" or "prefix", the text)."""
    tail = message.split("; for the one ", 1)[1]
    found, at, name = [], None, None
    for token in tokenize.generate_tokens(io.StringIO(tail).readline):
        if token.type == tokenize.NUMBER:
            at = int(token.string)
        elif token.type == tokenize.NAME and token.string in ("suffix", "prefix"):
            name = token.string
        elif token.type == tokenize.STRING:
            found.append((at, name, ast.literal_eval(token.string)))
    return found


def test_an_ambiguous_quote_gets_the_shortest_context_that_leaves_one_and_it_grounds():
    text = TEXT.decode("utf-8")
    draft = reference_draft()
    draft["actors"][1]["evidence"][0]["quote"] = "Russia"
    [(_, code, message)] = problems_of(draft)
    assert code == "quote-ambiguous"
    found = suggested(message)
    assert len({at for at, _, _ in found}) == 3  # the first three occurrences
    assert len(found) >= 3
    for at, name, context in found:
        tried = copy.deepcopy(draft)
        tried["actors"][1]["evidence"][0].update({name: context})
        placed = bs.ground(tried, TEXT).actors[1].evidence[0]
        assert placed.start == at  # pasted as given, it leaves that one
        edge = placed.end + len(context) if name == "suffix" else placed.start - len(context)
        pair = text[edge - 1 : edge + 1] if 0 < edge < len(text) else " "
        assert not (pair[0].isalnum() and pair[-1].isalnum())  # at a word's edge


def test_the_contexts_suggested_are_the_shortest_unique_ones_to_a_word_s_edge():
    text = "xa1 xa2 xa1"
    assert grounding._contexts(text, [0, 4, 8], [0, 4, 8], 2) == (
        "; for the one at 0: suffix '1 '; at 4: suffix '2' or prefix 'xa1 '; at 8: prefix 'xa2 '"
    )
    assert (
        grounding._contexts(text, [0, 4, 8], [4], 2)
        == "; for the one at 4: suffix '2' or prefix 'xa1 '"
    )
    assert grounding._contexts("ab ab", [0, 3], [3], 2) == "; for the one at 3: prefix ' '"
    assert grounding._contexts("ab ab", [0], [0, 3, 3, 3], 2).count("at 3") == 2  # three at most


@pytest.mark.parametrize(("alike", "found"), [(119, True), (120, False)])
def test_no_context_is_suggested_past_the_cap(alike, found):
    text = "Q" + "a" * alike + "b Q" + "a" * alike + "c"
    at = len(text) - alike - 2
    context = grounding._unique_context(text, [0, at], 0, 1, forward=True)
    assert context == ("a" * alike + "b" if found else None)


def test_only_the_first_twenty_ambiguous_quotes_get_contexts_and_never_past_what_is_counted():
    draft = reference_draft()
    draft["actors"][0]["evidence"][:] = [{"quote": "Russia", "prefix": None, "suffix": None}] * 21
    messages = [m for _, code, m in problems_of(draft) if code == "quote-ambiguous"]
    assert ["; for the one at" in m for m in messages] == [True] * 20 + [False]
    draft = reference_draft()
    draft["actors"][1]["evidence"][0]["quote"] = " "  # more often than is counted
    [(_, code, message)] = problems_of(draft)
    assert code == "quote-ambiguous"
    assert "for the one" not in message


def test_a_context_that_parts_inside_a_word_is_taken_to_the_word_s_edge():
    text = "abcdQ axcdQ"  # the two occurrences part at "x", one letter into "axcd"
    assert grounding._unique_context(text, [4, 10], 10, 1, forward=False) == "axcd"
    assert grounding._unique_context(text, [4, 10], 4, 1, forward=False) == "abcd"


WORDY_TEXT = (
    "Ruritanian envoys met in Strelsau. Ruritania agreed to talks; the Ruritanians did not. "
    "Later Ruritania signed."
)


def ruritania_draft(quote, prefix=None, suffix=None):
    return {
        "id": "ruritania",
        "title": "Talks",
        "summary": "Ruritania agreed to talks.",
        "source": {
            "title": "Talks", "publisher": None, "authors": None, "url": None,
            "language": "en", "published": None,
        },
        "authors": None, "created": "2026-12-05T00:00:00Z", "modified": None,
        "actors": [
            {
                "id": "ruritania", "name": "Ruritania", "kind": "state", "country": None,
                "aliases": None, "description": None, "affiliations": None,
                "identifiers": None, "members": None, "part_of": None,
                "evidence": [{"quote": quote, "prefix": prefix, "suffix": suffix}],
            }
        ],
        "issues": None, "positions": None, "concessions": None, "events": None,
        "judgments": None, "documents": None,
    }  # fmt: skip


def test_whole_words_finds_a_name_only_where_it_is_a_word_of_its_own():
    draft = ruritania_draft("Ruritania agreed")
    assert bs.ground(draft, WORDY_TEXT).actors[0].evidence[0].start == 35
    with pytest.raises(bs.ValidationError) as caught:
        bs.ground(ruritania_draft("Ruritania"), WORDY_TEXT)  # four times, inside words too
    assert caught.value.problems[0].message.startswith(
        "the quote occurs 4 times (at 0, 35, 66, 93)"
    )
    with pytest.raises(bs.ValidationError) as caught:
        bs.ground(ruritania_draft("Ruritania"), WORDY_TEXT, whole_words=True)
    assert caught.value.problems[0].message.startswith("the quote occurs 2 times (at 35, 93)")
    placed = bs.ground(ruritania_draft("Ruritania", suffix=" signed"), WORDY_TEXT, whole_words=True)
    assert placed.actors[0].evidence[0].start == 93
    # a context that only fits where the quote is inside a word does not place it
    with pytest.raises(bs.ValidationError) as caught:
        bs.ground(ruritania_draft("Ruritania", suffix="n envoys"), WORDY_TEXT, whole_words=True)
    assert caught.value.problems[0].code == "suffix-mismatch"
    assert bs.ground(ruritania_draft("Ruritania", suffix="n envoys"), WORDY_TEXT).actors[0]


def test_whole_words_names_the_longer_word_a_quote_is_only_inside_of():
    with pytest.raises(bs.ValidationError) as caught:
        bs.ground(ruritania_draft("Strels"), WORDY_TEXT, whole_words=True)
    (problem,) = caught.value.problems
    assert (problem.path, problem.code) == ("$.actors[0].evidence[0].quote", "quote-not-found")
    assert problem.message == (
        "the quote is in the source text only inside longer words (whole words were asked "
        "for); the first is 'Strelsau' at 25:33"
    )


def test_the_command_takes_whole_words(tmp_path, capsys):
    draft, text = tmp_path / "draft.json", tmp_path / "text.txt"
    draft.write_text(json.dumps(ruritania_draft("Ruritania")), encoding="utf-8")
    text.write_text(WORDY_TEXT, encoding="utf-8")
    assert main(["ground", str(draft), "--source", str(text)]) == 1
    assert "4 times" in capsys.readouterr().out
    assert main(["ground", str(draft), "--source", str(text), "--whole-words"]) == 1
    assert "2 times (at 35, 93)" in capsys.readouterr().out
