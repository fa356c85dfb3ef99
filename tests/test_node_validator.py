"""The Node validator (node/briefschema.mjs) gives the library's verdict.

Run for real with Node.js over the hostile corpus, every integrity case, the
conformance briefs and a few hundred mutated briefs. Where the library finds
problems beyond the schema (reading, limits, converter, integrity rules), the
Node validator must name the same paths and codes; schema problems are Ajv's
own words, so there only the verdict must agree.
"""

import base64
import copy
import json
import random
import shutil
import subprocess
from pathlib import Path

import pytest

import briefschema as bs
from briefschema import _rules, batch, validation
from helpers import TEXT, base
from test_rules import CASES, case_input

HERE = Path(__file__).parent
ROOT = HERE.parent
NODE = ROOT / "node"
HOSTILE = HERE / "hostile"
EXPECTED = json.loads((HOSTILE / "expected.json").read_text(encoding="utf-8"))
REFERENCE = ROOT / "examples" / "moscow-intransigent-syria-2013.brief.json"
SOURCE = ROOT / "examples" / "moscow-intransigent-syria-2013.txt"

SCHEMA_CODES = {
    "required", "unknown-field", "type", "null", "enum", "pattern", "date", "timestamp",
    "extension-key", "empty", "too-long", "too-few-items", "duplicate-item", "minimum", "maximum",
}  # fmt: skip
"""Codes that translate a schema keyword: Ajv and python-jsonschema word and group them differently."""


def node_verdicts(cases, script=NODE / "verdicts.mjs"):
    """Run the Node validator on ``(brief bytes, source bytes or None, strict[, require])`` cases."""
    node = shutil.which("node")
    assert node, "Node.js is required"
    assert (NODE / "node_modules" / "ajv").is_dir(), "run `npm ci --prefix node` first"
    payload = [
        {
            "brief": base64.b64encode(brief).decode(),
            "source": None if source is None else base64.b64encode(source).decode(),
            "strict": strict,
            "requireSource": require,
        }
        for brief, source, strict, *more in cases
        for require in [bool(more and more[0])]
    ]
    done = subprocess.run(
        [node, str(script)],
        input=json.dumps(payload).encode(),
        capture_output=True,
        check=True,
        timeout=300,
    )
    return json.loads(done.stdout)


def library_verdict(brief, source, strict, require=False):
    """The library's verdict: valid, problems, whether the quotes were checked, and why not."""
    try:
        data = bs.parse_json(brief)
    except bs.ValidationError as exc:
        return False, exc.problems, False, batch._unread(source, None)
    report, _ = validation.check(data, source_text=source, strict=strict, require_source=require)
    return report.valid, report.problems, report.quotes_checked, report.unchecked_reason


def agree(cases, script=NODE / "verdicts.mjs"):
    """Assert that Node and the library agree on every case; return the library's verdicts.

    They agree on the verdict, on the problems' paths and codes (where no schema keyword
    is involved), and on whether the quotes were checked and why not.
    """
    verdicts = []
    for case, node in zip(cases, node_verdicts(cases, script), strict=True):
        brief = case[0]
        valid, problems, checked, reason = library_verdict(*case)
        assert node["valid"] == valid, (brief[:300], problems, node["problems"])
        assert (node["quotesChecked"], node["uncheckedReason"]) == (checked, reason), brief[:300]
        ours = {(p.path, p.code) for p in problems}
        if not {code for _, code in ours} & SCHEMA_CODES:
            assert {(p["path"], p["code"]) for p in node["problems"]} == ours, brief[:300]
        assert all("\n" not in p["message"] for p in node["problems"])
        verdicts.append(valid)
    return verdicts


def hostile_cases():
    cases = []
    for name, expected in sorted(EXPECTED.items()):
        source = expected["source"]
        cases.append(
            (
                (HOSTILE / name).read_bytes(),
                None if source is None else (HOSTILE / source).read_bytes(),
                False,
            )
        )
    return cases


def test_the_hostile_corpus():
    assert not any(agree(hostile_cases()))


def test_every_integrity_case_strict_and_not():
    inputs = [case_input(case) for case in CASES]
    cases = [
        (json.dumps(document).encode(), (text or TEXT).encode(), strict)
        for document, text in inputs
        for strict in (False, True)
    ]
    cases.append((json.dumps(base()).encode(), TEXT.encode(), True))
    verdicts = agree(cases)
    assert verdicts[-1] is True and not all(verdicts)


def test_every_rule_has_a_node_twin():
    source = (NODE / "briefschema.mjs").read_text(encoding="utf-8")
    for rule in _rules.RULES:
        assert f'"{rule.code}"' in source, rule.code


def test_the_reference_brief_with_its_text_and_a_source_that_is_not_utf8():
    brief = REFERENCE.read_bytes()
    cases = [(brief, SOURCE.read_bytes(), True), (brief, SOURCE.read_bytes() + b"\xff", False)]
    assert agree(cases) == [True, False]


def test_the_conformance_briefs():
    cases = []
    for group in json.loads((HERE / "conformance" / "brief.json").read_text(encoding="utf-8")):
        cases += [(json.dumps(t["data"]).encode(), None, False) for t in group["tests"]]
    verdicts = agree(cases)
    assert any(verdicts) and not all(verdicts)


ODD_VALUES = [
    None, "", "x", "\u0000", "us\n", -1, 0, 5.0, 2**53, 10**30, 1.5, True, [], {}, ["x"],
    {"a:b": 1}, "2013-02-29", "2013-05-07/2013-05-06", "kerry", "pos-before", "Q1",
]  # fmt: skip


def places(node, found):
    items = node.items() if isinstance(node, dict) else enumerate(node)
    for key, value in items:
        found.append((node, key))
        if isinstance(value, dict | list):
            places(value, found)
    return found


@pytest.mark.parametrize("seed", range(4))
def test_mutated_briefs(seed):
    draw = random.Random(seed)
    seeds = [base(), json.loads(REFERENCE.read_text(encoding="utf-8"))]
    cases = []
    for _ in range(100):
        document = copy.deepcopy(draw.choice(seeds))
        for _ in range(draw.randint(1, 3)):
            spots = places(document, [])
            if not spots:
                break
            container, key = draw.choice(spots)
            if draw.random() < 0.3 and isinstance(container, dict):
                del container[key]
            else:
                container[key] = copy.deepcopy(draw.choice(ODD_VALUES))
        text = TEXT if document.get("id") == "test-brief" else SOURCE.read_text(encoding="utf-8")
        cases.append((json.dumps(document).encode(), text.encode(), draw.random() < 0.5))
    agree(cases)


def test_node_says_whether_the_quotes_were_checked_and_why_not_as_the_library_does():
    other = b"Another text altogether."
    unreadable = base()
    unreadable["actors"] = "not a list"
    misquoted = base()
    misquoted["actors"][0]["evidence"][0]["quote"] = "Kerry Met"
    documents = [json.dumps(d).encode() for d in (base(), misquoted, unreadable)] + [b"{"]
    texts = [None, TEXT.encode(), b"\xff" + TEXT.encode(), other]
    cases = [
        (document, text, strict, require)
        for document in documents
        for text in texts
        for strict in (False, True)
        for require in (False, True)
    ]
    verdicts = agree(cases)
    # Valid: the base brief with its text (4 cases), and the base and misquoted briefs
    # with no text and no require_source (2 each): valid, and said to be unchecked.
    assert verdicts.count(True) == 8
    reasons = {reason for *_, reason in (library_verdict(*case) for case in cases)}
    assert reasons == {None, *validation_reasons()}


def validation_reasons():
    return {
        validation.NO_TEXT,
        validation.NOT_UTF8,
        validation.UNREADABLE,
        validation.OTHER_TEXT,
    }


def test_the_node_reasons_are_the_library_s_words():
    node = shutil.which("node")
    script = (
        "import { UNCHECKED } from './briefschema.mjs'; console.log(JSON.stringify(UNCHECKED));"
    )
    done = subprocess.run(
        [node, "--input-type=module", "-e", script],
        cwd=NODE,
        capture_output=True,
        text=True,
        check=True,
    )
    assert set(json.loads(done.stdout).values()) == validation_reasons()


def test_the_command_with_require_source_and_no_text_exits_2():
    node = shutil.which("node")
    script = NODE / "validate-brief.mjs"
    done = subprocess.run(
        [node, script, "--require-source", REFERENCE], capture_output=True, text=True, check=False
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr == (
        "validate-brief: no source text was given (--source TEXT), "
        "and --require-source asks for one\n"
    )
    done = subprocess.run(
        [node, script, "--require-source", "--source", SOURCE, REFERENCE],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stdout) == (0, f"{REFERENCE}: valid\n")


def test_the_command_prints_one_line_a_problem_and_exits_by_the_verdict(tmp_path):
    node = shutil.which("node")
    script = NODE / "validate-brief.mjs"
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'{"a": 1, "a": 2}')
    done = subprocess.run([node, script, bad], capture_output=True, text=True, check=False)
    assert done.returncode == 1
    assert done.stdout.splitlines() == [
        f"{bad}: invalid",
        '  error: $: the key "a" appears twice in one object [duplicate-key]',
    ]
    done = subprocess.run(
        [node, script, "--source", SOURCE, REFERENCE], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and done.stdout.startswith(f"{REFERENCE}: valid")
    done = subprocess.run([node, script, "/dev/zero"], capture_output=True, text=True, check=False)
    assert done.returncode == 2 and "is a device, not a file" in done.stderr
    assert "    at " not in done.stderr  # no stack trace


def test_long_series_and_memberships_get_the_same_verdict_through_both_doors():
    # 20,000 events each a round of the next, the last of the first: one loop; 20,000
    # coalitions each a member of the next, with no loop; a participant list as long.
    n = 20_000
    events = [
        {"id": f"e{k}", "category": "CONSULT", "actors": ["us"], "description": "Met.",
         "part_of": f"e{(k + 1) % n}"}
        for k in range(n)
    ]  # fmt: skip
    events[0]["participants"] = [{"actor": "us", "role": "party", "on_behalf_of": "us"}] * 2
    loop = dict(base(), events=events, concessions=[], judgments=[])
    actors = [
        {"id": f"a{k}", "name": "A", "kind": "coalition", **({"members": [f"a{k + 1}"]} if k + 1 < n else {})}
        for k in range(n)
    ]  # fmt: skip
    chain = dict(base(), actors=actors, positions=[], concessions=[], events=[], judgments=[])
    cases = [(json.dumps(doc).encode(), None, False) for doc in (loop, chain)]
    assert agree(cases) == [False, True]
    problems = library_verdict(*cases[0])[1]
    codes = {p.code for p in problems if p.severity is bs.Severity.ERROR}
    assert codes == {"event-cycle", "participant-for-itself"}
    assert sum(p.code == "event-cycle" for p in problems) == n
