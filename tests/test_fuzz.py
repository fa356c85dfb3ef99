"""Mutation fuzzing: broken variants of valid briefs never escape the library's error type.

Each mutant (a key dropped, a value retyped, keys reordered, a key written twice,
bytes corrupted) must either load, round-trip and re-load, or raise
ValidationError whose problems all carry a JSON path, a code and a sentence. The
CLI must answer 0 or 1, never with a traceback. For longer runs, see fuzz/.
"""

import copy
import io
import json
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import briefschema as bs
from briefschema.cli import main
from helpers import base

REFERENCE = json.loads(
    (
        Path(__file__).parents[1] / "examples" / "moscow-intransigent-syria-2013.brief.json"
    ).read_text(encoding="utf-8")
)
SEEDS = [base(), REFERENCE]
VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(max_size=8),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=4), st.integers(), max_size=2),
)


def places(node, found=None):
    """Every (container, key) in a JSON document."""
    found = [] if found is None else found
    items = (
        node.items()
        if isinstance(node, dict)
        else enumerate(node)
        if isinstance(node, list)
        else ()
    )
    for key, value in items:
        found.append((node, key))
        places(value, found)
    return found


@st.composite
def mutants(draw):
    document = copy.deepcopy(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 3))):
        spots = places(document)
        container, key = draw(st.sampled_from(spots))
        action = draw(st.sampled_from(["drop", "retype", "reorder", "duplicate"]))
        if action == "drop":
            del container[key]
        elif action == "retype":
            container[key] = draw(VALUES)
        elif action == "reorder" and isinstance(container, dict):
            keys = draw(st.permutations(list(container)))
            reordered = {k: container[k] for k in keys}
            container.clear()
            container.update(reordered)
        elif action == "duplicate" and isinstance(container, list):
            container.append(copy.deepcopy(container[key]))
    text = json.dumps(document, ensure_ascii=draw(st.booleans())).encode("utf-8")
    if draw(st.booleans()):  # a key written twice, which json.dumps cannot do
        text = text.replace(b'{"', b'{"id": "x", "', 1) if b'"id"' in text[:40] else text
    if draw(st.booleans()):
        raw = bytearray(text)
        for _ in range(draw(st.integers(1, 4))):
            where = draw(st.integers(0, len(raw) - 1))
            what = draw(st.sampled_from(["flip", "insert", "delete"]))
            if what == "flip":
                raw[where] ^= 1 << draw(st.integers(0, 7))
            elif what == "insert":
                raw.insert(where, draw(st.integers(0, 255)))
            else:
                del raw[where]
        text = bytes(raw)
    return text


def assert_guarantees(text):
    try:
        brief = bs.loads(text)
    except bs.ValidationError as exc:
        assert exc.problems  # noqa: PT017 - either outcome is allowed; both are checked
        for problem in exc.problems:
            assert problem.path.startswith("$")
            assert problem.code
            assert problem.message
        return False
    written = bs.dumps(brief)
    assert bs.dumps(bs.loads(written)) == written
    return True


@given(mutants())
def test_mutants_load_or_fail_with_the_library_error(text):
    loaded = assert_guarantees(text)
    # The verdict of loading is the verdict of validating the same data.
    try:
        data = bs.parse_json(text)
    except bs.ValidationError:
        assert not loaded
        return
    assert bs.validate(data).valid == loaded


@given(mutants())
def test_the_cli_answers_every_mutant_without_a_traceback(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("fuzz") / "mutant.brief.json"
    path.write_bytes(text)
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        status = main(["validate", str(path)])
    assert status in (0, 1)
    assert "Traceback" not in out.getvalue() + err.getvalue()
    assert (status == 0) == out.getvalue().startswith(f"{path}: valid")


@given(st.data())
def test_validate_returns_a_report_for_any_python_value(data):
    document = copy.deepcopy(data.draw(st.sampled_from(SEEDS)))
    container, key = data.draw(st.sampled_from(places(document)))
    container[key] = data.draw(
        st.one_of(
            VALUES,
            st.just(float("nan")),
            st.just({1: 2}),
            st.just((1, 2)),
            st.just({"a", "b"}),
            st.just(b"x"),
        )
    )
    report = bs.validate(document)
    assert all(p.path.startswith("$") and p.code and p.message for p in report.problems)
