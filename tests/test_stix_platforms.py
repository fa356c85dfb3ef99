"""STIX bundles as the platforms that receive them read them.

MISP's own converter (misp-stix, ``ExternalSTIX2toMISPParser``, what MISP runs on a STIX
2.1 import) must show every position, concession, event and judgment of every example
to a MISP user; the ``stix2`` library must parse a bundle without ``allow_custom``; and
importing never drops or changes anything silently: a native property a platform
edited is a problem at its path, an object whose copy was stripped is a problem, or is
rebuilt from its native properties when asked.
"""

import copy
import json
from pathlib import Path

import pytest
import stix2
from hypothesis import given, settings
from hypothesis import strategies as st
from misp_stix_converter.stix2misp import ExternalSTIX2toMISPParser

import briefschema as bs
from briefschema import _stix, export
from briefschema.cli import main
from briefschema.strategies import json_values

ROOT = Path(__file__).parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.brief.json"))
REFERENCE = ROOT / "examples" / "moscow-intransigent-syria-2013.brief.json"
TEXT = (ROOT / "examples" / "moscow-intransigent-syria-2013.txt").read_bytes()


def misp_event(bundle):
    """The MISP event MISP's converter makes of a bundle, as MISP's JSON, and its parser."""
    parser = ExternalSTIX2toMISPParser()
    parser.load_stix_bundle(stix2.parse(json.dumps(bundle), allow_custom=True))
    parser.parse_stix_bundle()
    return json.loads(parser.misp_event.to_json()), parser


def misp_notes(event):
    """Each analyst note of the event: its text and the name of what it is attached to."""
    for note in event.get("Note", ()):
        yield note["note"], note.get("comment", ""), "the event"
    for obj in event.get("Object", ()):
        name = next(a["value"] for a in obj["Attribute"] if a["object_relation"] == "name")
        for note in obj.get("Note", ()):
            yield note["note"], note.get("comment", ""), name


def misp_counts(event):
    objects = event.get("Object", [])
    return {
        "objects": len(objects),
        "object references": sum(len(o.get("ObjectReference", ())) for o in objects),
        "event reports": len(event.get("EventReport", ())),
        "analyst notes": sum(1 for _ in misp_notes(event)),
        "countries (galaxy clusters on objects)": len({
            (o["uuid"], cluster["value"])
            for o in objects for a in o["Attribute"]
            for galaxy in a.get("Galaxy", ()) for cluster in galaxy["GalaxyCluster"]
        }),
    }  # fmt: skip


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_misp_shows_every_position_concession_event_and_judgment(path):
    brief = bs.load(path)
    event, parser = misp_event(export.stix(brief))
    assert parser.errors == {} or not any(parser.errors.values())
    assert event["info"] == brief.title
    assert [r["content"] for r in event["EventReport"]] == [brief.summary]
    names = {a.id: a.name for a in brief.actors}
    shown = {name for obj in event["Object"] for a in obj["Attribute"] if a["object_relation"] == "name" for name in [a["value"]]}  # fmt: skip
    assert shown == set(names.values())  # every actor is a MISP object
    notes = list(misp_notes(event))
    # Each object's words, the abstract naming it, and the object it hangs on.
    for position in brief.positions:
        assert (position.statement, names[position.actor]) in {(n, on) for n, _, on in notes}
    for concession in brief.concessions:
        assert (concession.description, names[concession.by]) in {(n, on) for n, _, on in notes}
    for event_ in brief.events:
        assert (event_.description, names[event_.actors[0]]) in {(n, on) for n, _, on in notes}
    for judgment in brief.judgments:
        on = {names[ref] for ref in judgment.about if ref in names} or {"the event"}
        assert {(judgment.statement, where) for where in on} <= {(n, w) for n, _, w in notes}
    # Events between two actors are references between their objects, by category.
    references = {
        (obj_name, ref["relationship_type"])
        for obj in event["Object"]
        for obj_name in [next(a["value"] for a in obj["Attribute"] if a["object_relation"] == "name")]
        for ref in obj.get("ObjectReference", ())
    }  # fmt: skip
    for event_ in brief.events:
        if event_.recipients and event_.recipients[0] != event_.actors[0]:
            assert (names[event_.actors[0]], event_.category.value.lower()) in references


def test_the_reference_brief_in_misp_before_and_after_counts():
    """The counts the documentation gives for the reference brief in MISP."""
    event, _ = misp_event(export.stix(bs.load(REFERENCE)))
    assert misp_counts(event) == {
        "objects": 11,
        "object references": 10,
        "event reports": 1,
        "analyst notes": 70,
        "countries (galaxy clusters on objects)": 10,  # every actor with a country
    }


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_stix2_parses_the_bundle_without_allow_custom_and_its_output_imports(path):
    source = path.with_name(path.name.replace(".brief.json", ".txt")).read_bytes()
    brief = bs.load(path, source_text=source)
    parsed = stix2.parse(json.dumps(export.stix(brief)))  # no allow_custom: nothing custom
    written = json.loads(parsed.serialize())
    assert export.from_stix(written, source_text=source) == brief


def test_the_object_label_is_no_field_s_name():
    from briefschema import _anatomy  # noqa: PLC0415

    names = {f.name for cls in _anatomy.classes() for f in _anatomy.fields(cls)}
    assert _stix.OBJECT_LABEL not in names


def bundle_and_index(kind, own_id):
    bundle = export.stix(bs.load(REFERENCE))
    for index, obj in enumerate(bundle["objects"]):
        if obj.get("external_references", [{}])[0].get("external_id") == own_id:
            assert kind in obj["extensions"][_stix.EXTENSION_ID]
            return bundle, index
    raise AssertionError(own_id)


def problems_of(bundle, **options):
    with pytest.raises(bs.ValidationError) as caught:
        export.from_stix(bundle, **options)
    return [(p.path, p.code) for p in caught.value.problems], caught.value.problems


@pytest.mark.parametrize(
    ("kind", "key", "value"),
    [
        ("position", "content", "Russia has changed its mind."),
        ("position", "confidence", 5),
        ("position", "abstract", "Russia supports: something else"),
        ("actor", "name", "Renamed"),
        ("actor", "identity_class", "individual"),
        ("judgment", "content", "An edited judgment."),
        ("event", "content", "Another description."),
    ],
)
def test_a_native_property_a_platform_edited_is_a_problem_at_its_path(kind, key, value):
    brief = bs.load(REFERENCE)
    first = {"position": brief.positions[0], "actor": brief.actors[1], "judgment": brief.judgments[0], "event": brief.events[0]}[kind]  # fmt: skip
    bundle, index = bundle_and_index(kind, first.id)
    before = bundle["objects"][index][key]
    bundle["objects"][index][key] = value
    found, problems = problems_of(bundle)
    assert found == [(f"$.objects[{index}].{key}", "stix-disagrees")]
    assert repr(value)[:40] in problems[0].message
    assert repr(before)[:40] in problems[0].message


def test_a_relationship_s_time_and_label_edits_are_problems_but_platform_additions_are_not():
    brief = bs.load(REFERENCE)
    bundle = export.stix(brief)
    objects = bundle["objects"]
    relation = next(i for i, o in enumerate(objects) if o.get("start_time"))
    note = next(i for i, o in enumerate(objects) if o["type"] == "note")
    edited = copy.deepcopy(bundle)
    edited["objects"][relation]["start_time"] = "2001-01-01T00:00:00Z"
    edited["objects"][note]["labels"][0] = _stix.label(_stix.OBJECT_LABEL, "judgment")
    assert problems_of(edited)[0] == [
        (f"$.objects[{note}].labels", "stix-disagrees"),
        (f"$.objects[{relation}].start_time", "stix-disagrees"),
    ] or problems_of(edited)[0] == [
        (f"$.objects[{relation}].start_time", "stix-disagrees"),
        (f"$.objects[{note}].labels", "stix-disagrees"),
    ]
    # What platforms do to a bundle: add labels, references and properties of their own,
    # bump modified, write times with another precision, drop a native property, add
    # objects, remove derived ones, and reorder nothing that matters.
    kept = copy.deepcopy(bundle)
    kept["objects"][note]["labels"].append("tlp:green")
    kept["objects"][note]["object_refs"].append(objects[2]["id"])
    kept["objects"][note]["external_references"].append(
        {"source_name": "opencti", "external_id": "x"}
    )
    kept["objects"][note]["x_opencti_score"] = 50
    kept["objects"][note]["modified"] = "2030-01-01T00:00:00.000Z"
    kept["objects"][note].pop("abstract")
    kept["objects"][relation]["start_time"] = objects[relation]["start_time"].replace(".000Z", "Z")
    kept["objects"] = [o for o in kept["objects"] if o["type"] != "location"]
    assert export.from_stix(kept) == brief


def stripped(bundle, index):
    del bundle["objects"][index]["extensions"]
    return bundle


def test_an_object_whose_copy_was_stripped_is_a_problem_unless_rebuilt():
    brief = bs.load(REFERENCE)
    bundle, index = bundle_and_index("position", brief.positions[0].id)
    stripped(bundle, index)
    found, problems = problems_of(bundle)
    assert found == [(f"$.objects[{index}]", "stix-stripped")]
    assert "rebuild" in problems[0].message
    rebuilt = export.from_stix(bundle, rebuild=True)
    expected = brief.positions[0]
    got = rebuilt.positions[-1]  # the rebuilt object comes after those carried whole
    assert (got.id, got.actor, got.issue, got.stance, got.statement, got.basis, got.confidence) == (
        expected.id, expected.actor, expected.issue, expected.stance, expected.statement,
        expected.basis, expected.confidence,
    )  # fmt: skip
    assert got.firmness == expected.firmness  # a vocabulary: a label
    assert got.evidence == ()  # STIX does not hold it


@pytest.mark.parametrize("kind", ["actor", "issue", "concession", "judgment", "document"])
def test_every_kind_but_events_is_rebuilt_with_its_required_fields_and_vocabularies(kind):
    brief = bs.load(ROOT / "examples" / "camp-david-accords-1978.brief.json")
    name = {"actor": "actors", "issue": "issues", "concession": "concessions", "judgment": "judgments", "document": "documents"}[kind]  # fmt: skip
    first = getattr(brief, name)[0]
    bundle = export.stix(brief)
    [index] = [i for i, o in enumerate(bundle["objects"]) if kind in o.get("extensions", {}).get(_stix.EXTENSION_ID, {}) and o["external_references"][0]["external_id"] == first.id]  # fmt: skip
    stripped(bundle, index)
    rebuilt = {o.id: o for o in getattr(export.from_stix(bundle, rebuild=True), name)}[first.id]
    data, want = bs.to_dict(rebuilt), bs.to_dict(first)
    cls = type(first)
    from briefschema import _anatomy  # noqa: PLC0415

    for field in _anatomy.fields(cls):
        if field.required or field.kind == "enum":
            assert data.get(field.name) == want.get(field.name), field.name
    if kind == "actor":
        assert data.get("country") == want.get("country")  # from its location


def test_an_event_whose_copy_was_stripped_is_reported_even_when_rebuilding():
    brief = bs.load(REFERENCE)
    bundle, index = bundle_and_index("event", brief.events[0].id)
    stripped(bundle, index)
    found, problems = problems_of(bundle, rebuild=True)
    assert found == [(f"$.objects[{index}]", "stix-stripped")]
    assert "recipients" in problems[0].message


def test_the_import_command_exits_1_for_a_stripped_copy_and_names_what_it_rebuilt(tmp_path, capsys):
    brief = bs.load(REFERENCE)
    bundle, index = bundle_and_index("position", brief.positions[0].id)
    stripped(bundle, index)
    path = tmp_path / "bundle.json"
    path.write_text(json.dumps(bundle))
    assert main(["import", "--from", "stix", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"$.objects[{index}]: this position carries no copy" in out
    assert (
        main(["import", "--from", "stix", "--rebuild", str(path), "-o", str(tmp_path / "b.json")])
        == 0
    )
    captured = capsys.readouterr()
    assert f"$.objects[{index}]: rebuilt from its STIX properties" in captured.err
    assert bs.load(tmp_path / "b.json").positions[-1].statement == brief.positions[0].statement
    edited = export.stix(brief)
    edited["objects"][index]["content"] = "changed"
    path.write_text(json.dumps(edited))
    assert main(["import", "--from", "stix", str(path)]) == 1
    assert f"$.objects[{index}].content: says 'changed'" in capsys.readouterr().out


HOSTILE = [
    ("labels", 7), ("labels", [1, None, {"a": 1}, 'briefschema:kind="nothing"']),
    ("labels", ['briefschema:kind="position"', 'briefschema:kind="actor"']),
    ("external_references", "x"), ("external_references", [3, {"source_name": "briefschema", "external_id": 5}]),
    ("object_refs", 5), ("object_refs", [[1], {"a": 2}, None]), ("object_refs", {"a": 1}),
    ("id", ["not", "a", "string"]), ("id", {"a": 1}), ("content", None), ("abstract", 12),
    ("confidence", "high"), ("target_ref", [1]), ("relationship_type", ["located-at"]),
]  # fmt: skip


@pytest.mark.parametrize(("key", "value"), HOSTILE)
@pytest.mark.parametrize("rebuild", [False, True])
def test_hostile_native_properties_are_problems_or_ignored_never_a_crash(key, value, rebuild):
    brief = bs.load(REFERENCE)
    for kind, own in (("position", brief.positions[0].id), ("actor", brief.actors[0].id)):
        bundle, index = bundle_and_index(kind, own)
        stripped(bundle, index)
        bundle["objects"][index][key] = value
        located = next(
            i for i, o in enumerate(bundle["objects"]) if o.get("relationship_type") == "located-at"
        )
        bundle["objects"][located][key] = value
        outcome = verdict(bundle, rebuild=rebuild)
        if isinstance(outcome, bs.Brief):
            assert rebuild  # without rebuild a stripped object is always a problem
        else:
            assert outcome
            assert all(p.path.startswith("$") for p in outcome)


def verdict(bundle, **options):
    """The brief a bundle gives, or its problems."""
    try:
        return export.from_stix(bundle, **options)
    except bs.ValidationError as caught:
        return caught.problems


NATIVE_KEYS = [
    "id", "labels", "external_references", "object_refs", "content", "abstract", "confidence",
    "authors", "name", "identity_class", "country", "source_ref", "target_ref",
    "relationship_type", "start_time", "stop_time", "published", "extensions",
]  # fmt: skip
_BUNDLE = export.stix(bs.load(REFERENCE))


@settings(max_examples=120, deadline=None)
@given(
    index=st.integers(0, len(_BUNDLE["objects"]) - 1),
    key=st.sampled_from(NATIVE_KEYS),
    value=json_values(),
    strip=st.booleans(),
    rebuild=st.booleans(),
)
def test_any_value_of_any_native_property_is_a_brief_or_problems(index, key, value, strip, rebuild):
    bundle = copy.deepcopy(_BUNDLE)
    if strip:
        bundle["objects"][index].pop("extensions", None)
    bundle["objects"][index][key] = value
    outcome = verdict(bundle, rebuild=rebuild)
    if not isinstance(outcome, bs.Brief):
        assert outcome
        assert all(p.path.startswith("$") for p in outcome)


def test_the_bundle_limits_are_the_documented_ones():
    limits = _stix.bundle_limits(bs.Limits(max_bytes=1_000, max_items=100, max_depth=20))
    assert (limits.max_bytes, limits.max_items, limits.max_depth) == (48_000, 1_000, 28)
    doc = (ROOT / "src" / "briefschema" / "export.py").read_text(encoding="utf-8")
    assert "(48 times the bytes, ten times the\n    items, eight levels more)" in doc


def _short(i):
    """The i-th shortest local id: a to z and 0 to 9, then two of them."""
    chars = "abcdefghijklmnopqrstuvwxyz0123456789"
    return chars[i] if i < len(chars) else chars[i // len(chars)] + chars[i % len(chars)]


@pytest.mark.parametrize("shape", ["actors", "issues", "positions", "events", "documents"])
def test_a_brief_of_the_smallest_objects_at_its_limits_comes_back_from_its_bundle(shape):
    """The shapes whose bundle is largest beside the brief: many objects, few words each."""
    n = 200
    data = {
        "schema_version": "1.0", "id": "b", "title": "t", "summary": "s",
        "source": {"title": "t", "sha256": "0" * 64},
        "actors": [{"id": f"a{i}", "name": "n", "kind": "state", "country": "USA"} for i in range(n if shape == "actors" else 2)],
        "issues": [{"id": _short(i), "title": "t"} for i in range(n if shape == "issues" else 1)],
    }  # fmt: skip
    if shape == "positions":
        data["positions"] = [{"id": f"p{i}", "actor": "a0", "issue": "a", "stance": "supports", "statement": "s", "basis": "stated", "confidence": "low"} for i in range(n)]  # fmt: skip
    if shape == "events":
        data["events"] = [{"id": f"e{i}", "category": "AGREE", "actors": ["a0"], "recipients": ["a1"], "description": "d", "date": "2013"} for i in range(n)]  # fmt: skip
    if shape == "documents":
        data["documents"] = [{"id": f"d{i}", "title": "t", "kind": "treaty", "status": "signed"} for i in range(n)]  # fmt: skip
    brief = bs.from_dict(data)
    limits = bs.Limits(max_bytes=len(bs.dumps(brief).encode()), max_items=n)
    bundle = json.dumps(export.stix(brief), ensure_ascii=False, indent=2)  # as the CLI writes
    assert export.from_stix(bundle, limits=limits) == brief


def test_rebuilding_reads_the_first_label_refs_in_order_and_says_what_is_missing():
    data = bs.to_dict(bs.load(REFERENCE))
    first = data["positions"][0]
    first["addressed_to"] = [a["id"] for a in data["actors"] if a["id"] != first["actor"]][:2]
    addressed = bs.from_dict(data).positions[0]
    bundle = export.stix(bs.from_dict(data))
    [index] = [i for i, o in enumerate(bundle["objects"]) if o.get("external_references", [{}])[0].get("external_id") == addressed.id]  # fmt: skip
    stripped(bundle, index)
    note = bundle["objects"][index]
    note["labels"].append(_stix.label("stance", "neutral"))  # a second stance: the first wins
    [got] = [p for p in export.from_stix(bundle, rebuild=True).positions if p.id == addressed.id][
        -1:
    ]
    assert got.addressed_to == addressed.addressed_to
    assert got.stance == addressed.stance
    note["object_refs"] = note["object_refs"][:1]  # the actor only: no issue
    found, problems = problems_of(bundle, rebuild=True)
    assert found == [(f"$.objects[{index}]", "stix-stripped")]
    assert problems[0].message.endswith("its STIX properties do not give its issue")


def test_an_issue_without_a_description_is_rebuilt_without_one():
    data = bs.to_dict(bs.load(REFERENCE))
    data["issues"][0].pop("description", None)
    brief = bs.from_dict(data)
    bundle, index = bundle_and_index("issue", brief.issues[0].id)
    bundle = export.stix(brief)
    stripped(bundle, index)
    rebuilt = {i.id: i for i in export.from_stix(bundle, rebuild=True).issues}[brief.issues[0].id]
    assert (rebuilt.title, rebuilt.description) == (brief.issues[0].title, None)


def test_only_a_location_gives_a_rebuilt_actor_its_country():
    brief = bs.load(REFERENCE)
    russia = next(a for a in brief.actors if a.id == "russia")
    bundle, index = bundle_and_index("actor", russia.id)
    stripped(bundle, index)
    for obj in bundle["objects"]:
        if obj["type"] == "location":
            obj["type"] = "identity"  # a country on something that is not a location
    got = {a.id: a for a in export.from_stix(bundle, rebuild=True).actors}[russia.id]
    assert got.country is None


def test_what_a_platform_may_do_to_the_report_and_what_it_may_not():
    brief = bs.load(REFERENCE)
    bundle = export.stix(brief)
    report = bundle["objects"][-1]
    report["object_refs"] = report["object_refs"][:3]  # objects it dropped
    assert export.from_stix(bundle) == brief
    relation = next(i for i, o in enumerate(bundle["objects"]) if o.get("start_time"))
    note = next(i for i, o in enumerate(bundle["objects"]) if o["type"] == "note")
    bundle["objects"][relation]["start_time"] = "not a time"
    bundle["objects"][note]["object_refs"] = "identity--x"
    found, _ = problems_of(bundle)
    assert sorted(found) == sorted([
        (f"$.objects[{relation}].start_time", "stix-disagrees"),
        (f"$.objects[{note}].object_refs", "stix-disagrees"),
    ])  # fmt: skip


def test_a_long_disagreeing_value_is_shown_cut_and_values_python_holds_are_no_crash():
    brief = bs.load(REFERENCE)
    bundle, index = bundle_and_index("position", brief.positions[0].id)
    bundle["objects"][index]["content"] = "x" * 200
    _, problems = problems_of(bundle)
    assert f"says '{'x' * 56}... where" in problems[0].message
    bundle, index = bundle_and_index("position", brief.positions[0].id)
    bundle["objects"][index]["external_references"] = [{"source_name": {1, 2}}]
    _, problems = problems_of(bundle)
    assert [p.path for p in problems] == [f"$.objects[{index}].external_references"]


def test_a_bundle_in_the_earlier_form_still_imports():
    """Before native first: issues and documents were new object types, positions and
    concessions relationships to them, and labels and external references absent."""
    brief = bs.load(REFERENCE)
    bundle = export.stix(brief)
    renamed = {}
    for obj in bundle["objects"]:
        carried = obj.get("extensions", {}).get(_stix.EXTENSION_ID, {})
        kind = next((k for k in carried if k != "extension_type"), None)
        obj.pop("labels", None)
        if kind in ("issue", "document"):
            new = f"briefschema-{kind}--{obj['id'].split('--')[1]}"
            renamed[obj["id"]] = new
            obj.update(type=f"briefschema-{kind}", id=new, name=obj.pop("abstract"))
            carried["extension_type"] = "new-sdo"
        elif kind in ("position", "concession"):
            new = f"relationship--{obj['id'].split('--')[1]}"
            renamed[obj["id"]] = new
            obj.update(type="relationship", id=new, relationship_type="opposes")
            obj.pop("abstract")
    for obj in bundle["objects"]:
        if "object_refs" in obj:
            obj["object_refs"] = [renamed.get(ref, ref) for ref in obj["object_refs"]]
        if obj["type"] != "report":
            obj.pop("external_references", None)
    assert export.from_stix(bundle) == brief


def test_a_value_is_shown_whole_up_to_sixty_characters_of_its_repr():
    assert _stix._shown("x" * 58) == repr("x" * 58)  # 60 characters with its quotes
    assert _stix._shown("x" * 59) == repr("x" * 59)[:57] + "..."


def test_objects_that_are_not_an_array_are_said_to_be_so():
    with pytest.raises(bs.ValidationError) as caught:
        export.from_stix({"type": "bundle", "objects": {"report": {}}})
    assert [(p.path, p.message) for p in caught.value.problems] == [
        ("$.objects", "a bundle's objects must be an array")
    ]


def test_an_event_s_abstract_names_its_category_actors_recipients_and_date():
    brief = bs.load(REFERENCE)
    notes = {o["external_references"][0]["external_id"]: o for o in export.stix(brief)["objects"] if o["type"] == "note"}  # fmt: skip
    names = {a.id: a.name for a in brief.actors}
    for event in brief.events:
        want = f"{event.category.value} by {', '.join(names[a] for a in event.actors)}"
        if event.recipients:
            want += f" to {', '.join(names[r] for r in event.recipients)}"
        assert notes[event.id]["abstract"] == want + (f" ({event.date})" if event.date else "")
    assert notes["ev-kerry-visit"]["abstract"] == (
        "CONSULT by John Kerry to Vladimir Putin, Sergei Lavrov (2013-05-07/2013-05-08)"
    )


def test_an_event_joins_its_first_actor_and_first_recipient_unless_they_are_one():
    data = bs.to_dict(bs.load(REFERENCE))
    event = data["events"][0]
    event["actors"], event["recipients"] = ["kerry", "us"], ["putin", "kerry"]
    brief = bs.from_dict(data)
    relation = {o["id"]: o for o in export.stix(brief)["objects"]}[
        _stix.stix_id("relationship", brief.id, event["id"])
    ]
    assert (relation["source_ref"], relation["target_ref"]) == (
        _stix.stix_id("identity", brief.id, "kerry"),
        _stix.stix_id("identity", brief.id, "putin"),
    )
    event["recipients"] = ["kerry", "putin"]
    objects = {o["id"] for o in export.stix(bs.from_dict(data))["objects"]}
    assert _stix.stix_id("relationship", brief.id, event["id"]) not in objects


@pytest.mark.parametrize(
    ("date", "times"),
    [
        ("0000", {}),  # no year 0 in a timestamp
        ("0001", {"start_time": "0001-01-01T00:00:00.000Z", "stop_time": "0002-01-01T00:00:00.000Z"}),
        ("2013-05", {"start_time": "2013-05-01T00:00:00.000Z", "stop_time": "2013-06-01T00:00:00.000Z"}),
        ("9999", {"start_time": "9999-01-01T00:00:00.000Z"}),  # no moment after 9999
        ("9999-12-30", {"start_time": "9999-12-30T00:00:00.000Z", "stop_time": "9999-12-31T00:00:00.000Z"}),
        ("2013-05-07/..", {"start_time": "2013-05-07T00:00:00.000Z"}),
        ("/2013-05-15", {"stop_time": "2013-05-16T00:00:00.000Z"}),
        ("0000/0001", {"stop_time": "0002-01-01T00:00:00.000Z"}),
    ],
)  # fmt: skip
def test_a_relationship_s_times_are_the_first_moment_of_its_date_and_the_first_after(date, times):
    assert _stix._times(date) == times
