"""What changed between two briefs, for people and for systems."""

import json
from pathlib import Path

import attrs

import briefschema as bs
from briefschema.cli import main

REFERENCE = Path(__file__).parents[1] / "examples" / "moscow-intransigent-syria-2013.brief.json"


def reference():
    return bs.load(REFERENCE)


def test_a_brief_against_itself_has_no_changes():
    brief = reference()
    assert not bs.diff(brief, brief)
    assert bs.diff(brief, brief).to_text() == "no changes\n"
    assert bs.diff(brief, brief).to_json() == {"changes": []}


def test_a_moved_stance_a_withdrawn_concession_and_a_new_event():
    old = reference()
    position = old.positions[0]
    concession = old.concessions[0]
    new = attrs.evolve(
        old,
        positions=(
            attrs.evolve(position, stance="supports", trend="softening"),
            *old.positions[1:],
        ),
        concessions=(attrs.evolve(concession, status="withdrawn"), *old.concessions[1:]),
        events=(
            *old.events,
            attrs.evolve(old.events[0], id="ev-new", description="Talks resumed."),
        ),
        judgments=old.judgments[1:],
    )
    changes = bs.diff(old, new)
    found = [(c.kind, c.what, c.key, c.field, c.old, c.new) for c in changes.changes]
    pair = f"{position.actor}/{position.issue}"
    assert found == [
        ("changed", "position", pair, "stance", position.stance.value, "supports"),
        *(
            [
                (
                    "changed",
                    "position",
                    pair,
                    "trend",
                    position.trend and position.trend.value,
                    "softening",
                )
            ]
            if position.trend is not bs.Trend.SOFTENING
            else []
        ),
        ("changed", "concession", concession.id, "status", concession.status.value, "withdrawn"),
        ("added", "event", "ev-new", None, None, None),
        ("removed", "judgment", old.judgments[0].id, None, None, None),
    ]
    text = changes.to_text().splitlines()
    assert text[0].startswith("position ") and text[0].endswith(
        f"stance '{position.stance.value}' -> 'supports'"
    )
    assert text[-1] == f"removed judgment {old.judgments[0].statement}"


def test_positions_are_matched_by_actor_and_issue_not_by_id():
    old = reference()
    renamed = tuple(
        attrs.evolve(p, id=f"{p.id}-v2", previous=p.previous and f"{p.previous}-v2")
        for p in old.positions
    )
    concessions = tuple(
        attrs.evolve(
            c,
            from_position=c.from_position and f"{c.from_position}-v2",
            to_position=c.to_position and f"{c.to_position}-v2",
        )
        for c in old.concessions
    )
    new = attrs.evolve(old, positions=renamed, concessions=concessions)
    assert [c for c in bs.diff(old, new).changes if c.what == "position"] == []


def test_the_command_prints_text_or_json_and_refuses_invalid_briefs(tmp_path, capsys):
    old = reference()
    nato = bs.Actor(id="nato", name="NATO", kind="international-organization")
    path = tmp_path / "new.json"
    path.write_text(bs.dumps(attrs.evolve(old, actors=(*old.actors, nato))), encoding="utf-8")
    assert main(["diff", str(REFERENCE), str(path)]) == 0
    assert capsys.readouterr().out == "added actor NATO\n"
    assert main(["diff", "--json", str(REFERENCE), str(path)]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "changes": [{"kind": "added", "what": "actor", "key": "nato", "label": "NATO"}]
    }
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    assert main(["diff", str(REFERENCE), str(bad)]) == 1
    assert capsys.readouterr().out.startswith(f"{bad}: invalid")
    assert main(["diff", str(REFERENCE), str(tmp_path / "missing.json")]) == 2
