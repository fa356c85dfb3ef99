"""What changed between two briefs, for people and for systems."""

import json
import re
import sys
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import briefschema as bs
from briefschema import _anatomy
from briefschema.cli import main
from briefschema.strategies import briefs

EXAMPLES = Path(__file__).parents[1] / "examples"
REFERENCE = EXAMPLES / "moscow-intransigent-syria-2013.brief.json"
NEW_START = EXAMPLES / "new-start-talks-2009-2010.brief.json"
DIFF_SCHEMA = json.loads(
    (Path(bs.__file__).parent / "schemas" / "diff.schema.json").read_text(encoding="utf-8")
)


def reference():
    return bs.load(REFERENCE)


def replaced(objects, index, **changes):
    return (*objects[:index], attrs.evolve(objects[index], **changes), *objects[index + 1 :])


def lines(old, new):
    return [str(change) for change in bs.diff(old, new).changes]


def test_a_brief_against_itself_has_no_changes():
    brief = reference()
    assert not bs.diff(brief, brief)
    assert bs.diff(brief, brief).to_text() == "no changes\n"
    assert bs.diff(brief, brief).to_json() == {"changes": []}


def test_each_of_two_positions_of_one_actor_on_one_issue_is_compared():
    old = bs.load(NEW_START)
    index = next(i for i, p in enumerate(old.positions) if p.id == "pos-russia-link")
    twin = next(p for p in old.positions if p.id == "pos-russia-withdrawal")
    assert (twin.actor, twin.issue) == (old.positions[index].actor, old.positions[index].issue)
    new = attrs.evolve(old, positions=replaced(old.positions, index, stance="opposes"))
    change = bs.diff(old, new).changes
    assert [(c.kind, c.path, c.id, c.old, c.new) for c in change] == [
        ("changed", f"$.positions[{index}].stance", "pos-russia-link", "supports", "opposes")
    ]


def test_a_documents_title_and_nested_negotiation_fields_are_compared():
    old = bs.load(NEW_START)
    treaty = next(i for i, d in enumerate(old.documents) if d.id == "doc-new-start")
    document = old.documents[treaty]
    quantity = attrs.evolve(document.quantities[0], value="1600")
    evidence = attrs.evolve(document.term.evidence[0], quote="It was to last")
    new = attrs.evolve(
        old,
        documents=replaced(
            old.documents,
            treaty,
            title="New START treaty",
            quantities=(quantity, *document.quantities[1:]),
            term=attrs.evolve(document.term, evidence=(evidence,)),
        ),
    )
    where = f"$.documents[{treaty}]"
    assert [(c.kind, c.path, c.old, c.new) for c in bs.diff(old, new).changes] == [
        ("changed", f"{where}.title", "New START", "New START treaty"),
        ("changed", f"{where}.term.evidence[0].quote", "It was to last ten years", evidence.quote),
        ("changed", f"{where}.quantities[0].value", "1550", "1600"),
    ]


def test_a_nested_object_removed_is_shown_by_its_value_a_listed_one_by_its_label():
    old = bs.load(NEW_START)
    index = next(i for i, d in enumerate(old.documents) if d.quantities)
    document = old.documents[index]
    new = attrs.evolve(
        old, documents=replaced(old.documents, index, quantities=document.quantities[:-1])
    )
    gone = bs.to_dict(old)["documents"][index]["quantities"][-1]
    where = f"$.documents[{index}].quantities[{len(document.quantities) - 1}]"
    label = f"document {document.id} ({document.title[:39]}"
    (line,) = lines(old, new)
    assert line.startswith(f'removed {where}: {{"measure": "{gone["measure"]}"')
    assert f"[{label}" in line
    assert lines(old, attrs.evolve(old, documents=old.documents[:-1])) == [
        f"removed $.documents[{len(old.documents) - 1}]  [{bs.compare._label(old.documents[-1])}]"
    ]


def test_objects_are_matched_by_id_wherever_they_stand():
    old = reference()
    new = attrs.evolve(old, actors=old.actors[::-1], events=old.events[1:])
    changes = bs.diff(old, new).changes
    assert [(c.kind, c.path, c.id) for c in changes] == [
        ("removed", "$.events[0]", old.events[0].id)
    ]
    assert changes[0].old == bs.to_dict(old)["events"][0]
    assert changes[0].label.startswith(f"event {old.events[0].id} (")


def test_a_renamed_id_is_an_object_removed_and_another_added():
    old = reference()
    new = attrs.evolve(old, issues=replaced(old.issues, 0, id="renamed"))
    assert [(c.kind, c.path, c.id) for c in bs.diff(old, new).changes] == [
        ("added", "$.issues[0]", "renamed"),
        ("removed", "$.issues[0]", old.issues[0].id),
    ]


def test_objects_sharing_an_id_are_matched_in_their_order():
    old = reference()
    first, second = old.actors[0], attrs.evolve(old.actors[0], name="Twin")
    before = attrs.evolve(old, actors=(first, *old.actors[1:], second))
    after = attrs.evolve(old, actors=(first, *old.actors[1:], attrs.evolve(second, name="Other")))
    last = len(old.actors)
    assert [(c.path, c.old, c.new) for c in bs.diff(before, after).changes] == [
        (f"$.actors[{last}].name", "Twin", "Other")
    ]


def test_fields_set_and_unset_are_added_and_removed():
    old = reference()
    actor = old.actors[0]
    assert actor.description is None
    new = attrs.evolve(old, actors=replaced(old.actors, 0, description="A state."))
    assert lines(old, new) == [
        f'added $.actors[0].description: "A state."  [actor {actor.id} ({actor.name})]'
    ]
    assert lines(new, old) == [
        f'removed $.actors[0].description: "A state."  [actor {actor.id} ({actor.name})]'
    ]


def test_extensions_are_compared_key_by_key_as_strict_json():
    old = attrs.evolve(reference(), extensions={"acme:n": 1, "acme:o": {"a": 1, "b": [True]}})
    same = attrs.evolve(old, extensions={"acme:o": {"b": [True], "a": 1}, "acme:n": 1})
    assert not bs.diff(old, same)
    new = attrs.evolve(old, extensions={"acme:n": 1.0, "acme:o": {"a": 1, "b": [1]}, "x:y": None})
    assert [(c.kind, c.path, c.old, c.new) for c in bs.diff(old, new).changes] == [
        ("changed", "$.extensions['acme:n']", 1, 1.0),
        ("changed", "$.extensions['acme:o']", {"a": 1, "b": [True]}, {"a": 1, "b": [1]}),
        ("added", "$.extensions['x:y']", None, None),
    ]
    assert bs.diff(old, new).to_json()["changes"][2] == {
        "kind": "added",
        "path": "$.extensions['x:y']",
        "new": None,
    }


def test_long_values_and_labels_are_cut_for_people_and_whole_for_systems():
    old = reference()
    long = "word " * 100
    new = attrs.evolve(old, judgments=replaced(old.judgments, 0, statement=long))
    (change,) = bs.diff(old, new).changes
    text = str(change)
    assert len(text) < 3 * bs.compare.SHOWN + 80
    assert "…" in text
    assert change.new == long
    assert bs.diff(old, new).to_json()["changes"][0]["new"] == long


def nested(depth: int, leaf: Any) -> Any:
    for _ in range(depth):
        leaf = [leaf]
    return leaf


@pytest.mark.parametrize("depth", [995, 1_000, 2_000, 100_000])
def test_values_too_deep_to_write_are_refused_with_their_path_not_a_traceback(depth):
    old = attrs.evolve(reference(), extensions={"x:d": nested(depth, 1)})
    new = attrs.evolve(old, extensions={"x:d": nested(depth, 2)})
    try:
        changes = bs.diff(old, new).changes
    except bs.ValidationError as refused:
        ((path, code),) = [(p.path, p.code) for p in refused.problems]
        assert path.startswith("$.extensions['x:d']") and code == "too-deep"
    else:
        assert depth < 1_000  # within the converter's depth: compared, as written
        assert [c.path for c in changes] == ["$.extensions['x:d']"]
        assert bs.diff(old, new).to_text().startswith("changed $.extensions['x:d']: ")
    with pytest.raises(bs.ValidationError) as refused:
        bs.diff(reference(), attrs.evolve(old, extensions={"x:d": nested(depth + 1_000, 1)}))
    assert refused.value.problems[0].code == "too-deep"


def test_a_value_that_holds_itself_or_no_json_is_refused_with_its_path():
    brief = reference()
    itself: dict[str, Any] = {"a": 1}
    itself["self"] = itself
    odd = attrs.evolve(brief, extensions={"x:z": itself})
    with pytest.raises(bs.ValidationError) as refused:
        bs.diff(brief, odd)
    assert [(p.path, p.code) for p in refused.value.problems] == [
        ("$.extensions['x:z']", "too-deep")
    ]
    naive = object.__new__(type(brief))
    for field in attrs.fields(type(brief)):
        object.__setattr__(naive, field.name, getattr(brief, field.name))
    object.__setattr__(naive, "created", brief.created.replace(tzinfo=None))
    with pytest.raises(bs.ValidationError) as refused:
        bs.diff(brief, naive)
    assert [(p.path, p.code) for p in refused.value.problems] == [("$.created", "type")]
    assert "naive datetime" in refused.value.problems[0].message


def resolve(document: Any, path: str) -> Any:
    """The value at a JSON path as compare writes them: ``.name``, ``[n]``, ``['key']``."""
    assert path.startswith("$")
    for name, index, key in re.findall(r"\.(\w+)|\[(\d+)\]|\['((?:[^'\\]|\\.)*)'\]", path[1:]):
        if name:
            document = document[name]
        elif index:
            document = document[int(index)]
        else:
            document = document[re.sub(r"\\(.)", r"\1", key)]
    return document


def absent(document: Any, path: str) -> bool:
    try:
        resolve(document, path)
    except (KeyError, IndexError):
        return True
    return False


def by_id(document: dict[str, Any]) -> dict[str, Any]:
    """The document with each list's objects in order of id (the n-th of an id stays n-th)."""
    return {
        key: sorted(value, key=lambda obj: obj["id"]) if key in _anatomy.LISTS else value
        for key, value in document.items()
    }


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(pair=st.tuples(briefs(), briefs()) | briefs().map(lambda b: (b, b)), data=st.data())
def test_every_change_names_a_path_that_holds_its_values(pair, data):
    old, new = pair
    if data.draw(st.booleans()):  # a close relative: one list cut short and shuffled
        name = data.draw(st.sampled_from(_anatomy.LISTS))
        kept = data.draw(st.permutations(getattr(new, name)))
        new = attrs.evolve(new, **{name: tuple(kept[: data.draw(st.integers(0, len(kept)))])})
    diff = bs.diff(old, new)
    jsonschema.validate(diff.to_json(), DIFF_SCHEMA)
    before, after = bs.to_dict(old), bs.to_dict(new)
    for change in diff.changes:
        if change.kind == "added":
            assert resolve(after, change.path) == change.new
        elif change.kind == "removed":
            assert resolve(before, change.path) == change.old
        else:
            assert resolve(after, change.path) == change.new
            assert change.old != change.new or type(change.old) is not type(change.new)
    same = json.dumps(by_id(before), sort_keys=True) == json.dumps(by_id(after), sort_keys=True)
    assert (not diff) == same


def test_the_json_schema_refuses_what_no_diff_writes():
    validator = jsonschema.Draft202012Validator(DIFF_SCHEMA)
    validator.check_schema(DIFF_SCHEMA)
    good = {"kind": "changed", "path": "$.title", "old": "a", "new": "b"}
    assert validator.is_valid({"changes": [good]})
    for bad in (
        {**good, "kind": "moved"},
        {"kind": "added", "path": "$.title", "old": "a", "new": "b"},
        {"kind": "removed", "path": "$.title", "new": "b"},
        {"kind": "changed", "path": "$.title", "new": "b"},
        {**good, "path": "title"},
        {**good, "extra": 1},
    ):
        assert not validator.is_valid({"changes": [bad]}), bad


@pytest.fixture
def briefs_on_disk(tmp_path):
    old = reference()
    nato = bs.Actor(id="nato", name="NATO", kind="international-organization")
    path = tmp_path / "new.json"
    path.write_text(bs.dumps(attrs.evolve(old, actors=(*old.actors, nato))), encoding="utf-8")
    return path, len(old.actors)


def test_the_command_exits_0_for_none_1_for_differences_as_diff_does(briefs_on_disk, capsys):
    path, index = briefs_on_disk
    assert main(["diff", str(REFERENCE), str(REFERENCE)]) == 0
    assert capsys.readouterr().out == "no changes\n"
    assert main(["diff", str(REFERENCE), str(path)]) == 1
    assert capsys.readouterr().out == f"added $.actors[{index}]  [actor nato (NATO)]\n"
    assert main(["diff", "--json", str(REFERENCE), str(path)]) == 1
    out = json.loads(capsys.readouterr().out)
    jsonschema.validate(out, DIFF_SCHEMA)
    assert out["changes"][0]["new"]["name"] == "NATO"


def test_the_command_writes_one_line_per_change_with_controls_escaped(tmp_path, capsys):
    old = reference()
    new = attrs.evolve(old, title="Two\nlines", summary="bell\x07")
    path = tmp_path / "new.json"
    path.write_text(bs.dumps(new), encoding="utf-8")
    assert main(["diff", str(REFERENCE), str(path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2
    assert out[0].startswith("changed $.title: ") and out[0].endswith('"Two\\nlines"')
    assert "\x07" not in out[1] and "x0a" not in "".join(out)


def test_the_command_exits_2_for_a_brief_it_cannot_read_or_that_is_invalid(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    assert main(["diff", str(REFERENCE), str(bad)]) == 2
    assert capsys.readouterr().out.startswith(f"{bad}: invalid")
    assert main(["diff", str(REFERENCE), str(tmp_path / "missing.json")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_a_line_shows_a_value_of_80_characters_whole_and_cuts_a_longer_one_to_80():
    exact = "x" * 78  # with its quotation marks, 80 characters of JSON
    assert bs.compare._show(exact) == json.dumps(exact)
    longer = exact + "y"
    shown = bs.compare._show(longer)
    assert len(shown) == 80 and shown == json.dumps(longer)[:79] + "…"
    assert bs.compare._show("Genève") == '"Genève"'  # as written, not escaped


def test_a_label_shows_a_name_of_40_characters_whole_and_cuts_a_longer_one_to_40():
    actor = reference().actors[0]
    exact = attrs.evolve(actor, name="n" * 40)
    assert bs.compare._label(exact) == f"actor {actor.id} ({'n' * 40})"
    longer = attrs.evolve(actor, name="n" * 41)
    assert bs.compare._label(longer) == f"actor {actor.id} ({'n' * 39}…)"


def test_a_value_too_deep_for_the_stack_left_is_said_so_on_its_line():
    def deep(frames: int) -> str:
        return deep(frames - 1) if frames else bs.compare._show(nested(200, 1))

    shown = deep(sys.getrecursionlimit() - 80)
    assert shown == "(a value nested too deeply to show: see --json)"


def test_an_offset_of_zero_changed_is_a_change_not_an_addition():
    old = reference()
    evidence = old.actors[0].evidence[0]
    at_zero = attrs.evolve(evidence, start=0, end=len(evidence.quote))
    before = attrs.evolve(old, actors=replaced(old.actors, 0, evidence=(at_zero,)))
    moved = attrs.evolve(at_zero, start=1, end=len(evidence.quote) + 1)
    after = attrs.evolve(old, actors=replaced(old.actors, 0, evidence=(moved,)))
    assert [(c.kind, c.path, c.old, c.new) for c in bs.diff(before, after).changes] == [
        ("changed", "$.actors[0].evidence[0].start", 0, 1),
        ("changed", "$.actors[0].evidence[0].end", len(evidence.quote), len(evidence.quote) + 1),
    ]


def test_an_added_object_that_cannot_be_written_is_refused_at_its_field():
    old = reference()
    actor = old.actors[0]
    odd = object.__new__(type(actor))
    for field in attrs.fields(type(actor)):
        object.__setattr__(odd, field.name, getattr(actor, field.name))
    object.__setattr__(odd, "id", "odd-one")
    object.__setattr__(odd, "kind", "not a kind")  # past the constructor's check
    new = attrs.evolve(old, actors=(*old.actors, odd))
    with pytest.raises(bs.ValidationError) as refused:
        bs.diff(old, new)
    assert [p.path for p in refused.value.problems] == [f"$.actors[{len(old.actors)}].kind"]


def test_a_value_too_deep_is_refused_where_it_goes_too_deep():
    old = reference()
    new = attrs.evolve(old, extensions={"x:d": nested(2_000, 1)})
    with pytest.raises(bs.ValidationError) as refused:
        bs.diff(old, new)
    (problem,) = refused.value.problems
    assert problem.path.startswith("$.extensions['x:d'][0][0]")  # deeper than the key
