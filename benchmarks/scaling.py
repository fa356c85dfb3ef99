"""Cost of every door at 1x, 10x and 100x: it must grow with the input, not faster.

Run from the repository root (the `fast` extra gives the explaining column its
fast item check):

    pip install -e '.[fast]' && python benchmarks/scaling.py [--quick]

Each case builds its input at run time (nothing large is kept in the
repository), times the operation at three sizes, and prints the cost per item
and the growth of that cost against 1x. Linear work keeps the per-item cost
flat (growth near 1.0); quadratic work multiplies it by ten at each step. The
last case compares a document with one error to the same document valid.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import math
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import briefschema as bs
from briefschema import _anatomy, _converter, _rules, _stix, cli, export, render, validation

ROOT = Path(__file__).parents[1]
REFERENCE = ROOT / "examples" / "moscow-intransigent-syria-2013.brief.json"
REFERENCE_TEXT = REFERENCE.with_name("moscow-intransigent-syria-2013.txt").read_bytes()


def brief(text: str, **lists: list[dict[str, Any]]) -> dict[str, Any]:
    """A minimal brief about ``text`` holding the given lists."""
    return {
        "schema_version": "1.0",
        "id": "scale",
        "title": "Scale",
        "summary": "A brief built to measure cost.",
        "source": {"title": "Text", "sha256": hashlib.sha256(text.encode()).hexdigest()},
        **lists,
    }


def ev(start: int, quote: str, **extra: str) -> dict[str, Any]:
    return {"quote": quote, "start": start, "end": start + len(quote), **extra}


def issue_chain(n: int) -> tuple[dict[str, Any], str]:
    issues = [{"id": f"i{k}", "title": f"Issue {k}"} for k in range(n)]
    for k in range(1, n):
        issues[k]["parent"] = f"i{k - 1}"
    return brief("t", issues=issues), "t"


def previous_chain(n: int) -> tuple[dict[str, Any], str]:
    positions = [
        {
            "id": f"p{k}",
            "actor": "a",
            "issue": "i",
            "stance": "supports",
            "statement": "Supports it.",
            "basis": "reported",
            "confidence": "moderate",
        }
        for k in range(n)
    ]
    for k in range(1, n):
        positions[k]["previous"] = f"p{k - 1}"
    return brief(
        "t",
        actors=[{"id": "a", "name": "A", "kind": "state"}],
        issues=[{"id": "i", "title": "I"}],
        positions=positions,
    ), "t"


def mismatched_quotes(n: int) -> tuple[dict[str, Any], str]:
    text = ("word " * 200_000)[:1_000_000]  # 1 MB
    evidence = [ev(k * 5, "absent") for k in range(n)]
    return brief(text, issues=[{"id": "i", "title": "I", "evidence": evidence}]), text


def prefixed_evidence(n: int) -> tuple[dict[str, Any], str]:
    text = "abcdefghij" * 1_000_000  # 10 MB
    evidence = [ev(100 + k * 10, "abcdefghij", prefix="abcdefghij", suffix="abc") for k in range(n)]
    return brief(text, issues=[{"id": "i", "title": "I", "evidence": evidence}]), text


def scaled_reference(copies: int) -> tuple[dict[str, Any], str]:
    sys.path.insert(0, str(Path(__file__).parent))
    from bench import scaled

    text = (ROOT / "examples" / "moscow-intransigent-syria-2013.txt").read_text(encoding="utf-8")
    return scaled(json.loads(REFERENCE.read_text(encoding="utf-8")), copies), text


def wide(n: int) -> bs.Brief:
    """``n`` actors and ``n`` issues, one position each: a sparse, wide stance matrix."""
    actors = [{"id": f"a{k}", "name": f"Actor {k}", "kind": "state"} for k in range(n)]
    issues = [{"id": f"i{k}", "title": f"Issue {k}"} for k in range(n)]
    positions = [
        {
            "id": f"p{k}",
            "actor": f"a{k}",
            "issue": f"i{(k * 7) % n}",
            "stance": "opposes",
            "statement": "Opposes it.",
            "basis": "reported",
            "confidence": "high",
        }
        for k in range(n)
    ]
    return bs.from_dict(brief("t", actors=actors, issues=issues, positions=positions))


def timed(func: Callable[[], object]) -> float:
    started = time.perf_counter()
    func()
    return time.perf_counter() - started


def rules_only(data: dict[str, Any], text: str) -> Callable[[], object]:
    # Structure once, without the verdict (some cases break rules on purpose); time the rules.
    structured = _converter.structure(data, bs.Brief)
    return lambda: _rules.run(structured, text)


def exchanged(n: int) -> bs.Brief:
    """``n`` concessions between two actors, each given in return for the one before."""
    actors = [{"id": f"a{k}", "name": f"Actor {k}", "kind": "state"} for k in range(2)]
    concessions = [
        {
            "id": f"c{k}",
            "by": f"a{k % 2}",
            "to": [f"a{(k + 1) % 2}"],
            "issue": "i0",
            "description": f"Concession {k}.",
            "kind": "verbal",
            "status": "made",
            "confidence": "high",
            **(
                {"reciprocity": {"status": "received", "in_return_for": [f"c{k - 1}"]}} if k else {}
            ),
        }
        for k in range(n)
    ]
    issues = [{"id": "i0", "title": "Issue"}]
    return bs.from_dict(brief("t", actors=actors, issues=issues, concessions=concessions))


def rendering(renderer: Callable[[bs.Brief], str], brief: bs.Brief) -> Callable[[], object]:
    return lambda: renderer(brief)


def quote_cli(n: int) -> Callable[[], object]:
    folder = Path(tempfile.mkdtemp())
    source = folder / "text.txt"
    source.write_text("x " * n, encoding="utf-8")

    def run() -> None:
        with contextlib.redirect_stdout(io.StringIO()):
            assert cli.main(["quote", str(source), "x"]) == 0

    return run


def new_cli(n: int) -> Callable[[], object]:
    folder = Path(tempfile.mkdtemp())
    source = folder / "text.txt"
    source.write_text("A title line\n" + "word " * n, encoding="utf-8")

    def run() -> None:
        with contextlib.redirect_stdout(io.StringIO()):
            assert cli.main(["new", str(source)]) == 0

    return run


def basis_web(n: int) -> tuple[dict[str, Any], str]:
    """Judgments each resting on the two before, the first on the last: one big loop."""
    judgments = [
        {
            "id": f"j{k}",
            "statement": "A conclusion.",
            "confidence": "moderate",
            "based_on": [f"j{(k - 1) % n}", f"j{(k - 2) % n}"],
        }
        for k in range(n)
    ]
    return brief("t", judgments=judgments), "t"


def stages_and_documents(n: int) -> tuple[dict[str, Any], str]:
    """One concession with n stages out of order, and n documents each part of the next."""
    stages = [{"status": "made", "date": f"{2000 + (k * 7) % 50}"} for k in range(n)]
    documents = [
        {"id": f"d{k}", "title": "D", "kind": "treaty", "status": "signed", "part_of": f"d{k + 1}"}
        for k in range(n - 1)
    ]
    concession = {
        "id": "c",
        "by": "a",
        "to": ["b"],
        "issue": "i",
        "description": "Gave.",
        "kind": "verbal",
        "status": "made",
        "confidence": "low",
        "stages": stages,
    }
    return brief(
        "t",
        actors=[
            {"id": "a", "name": "A", "kind": "state"},
            {"id": "b", "name": "B", "kind": "state"},
        ],
        issues=[{"id": "i", "title": "I"}],
        concessions=[concession],
        documents=documents,
    ), "t"


def negotiations_iii(n: int) -> tuple[dict[str, Any], str]:
    """The rules of Negotiations III at their worst.

    n coalitions on one membership loop, n events on one `part_of` loop, one of them
    with n participants, and a concession answering n positions, n of its instruments
    `under` its own document.
    """
    actors = [
        {"id": f"a{k}", "name": f"A{k}", "kind": "coalition", "members": [f"a{(k + 1) % n}"]}
        for k in range(n)
    ]
    events = [
        {"id": f"e{k}", "category": "CONSULT", "actors": ["a0"], "description": "Met.",
         "part_of": f"e{(k + 1) % n}"}
        for k in range(n)
    ]  # fmt: skip
    events[0]["participants"] = [
        {"actor": f"a{k}", "role": "delegate", "on_behalf_of": f"a{k}"} for k in range(n)
    ]
    positions = [
        {"id": f"p{k}", "actor": "a0", "issue": "i", "stance": "supports", "statement": "S.",
         "basis": "stated", "confidence": "high"}
        for k in range(n)
    ]  # fmt: skip
    concession = {
        "id": "c", "by": "a0", "to": ["a1"], "issue": "i", "description": "Gave.",
        "kind": "verbal", "status": "made", "confidence": "low", "extent": "partial",
        "answers": [f"p{k}" for k in range(n)], "under": "d",
        "instruments": [{"document": "d", "action": "under"} for _ in range(n)],
        "deadline": {"description": "soon"},
    }  # fmt: skip
    documents = [{"id": "d", "title": "D", "kind": "treaty", "status": "signed"}]
    return brief(
        "t",
        actors=actors,
        issues=[{"id": "i", "title": "I"}],
        positions=positions,
        concessions=[concession],
        events=events,
        documents=documents,
    ), "t"


def sentences_draft(n: int) -> tuple[str, dict[str, Any]]:
    """A text of n sentences, and a draft of n issues, each quoting its own sentence."""
    text = "".join(f"Sentence {k} says {k * 7919 % 100_003} things. " for k in range(n))
    issues = [{"id": f"i{k}", "title": f"Issue {k}"} for k in range(n)]
    for k, issue in enumerate(issues):
        quote = f"Sentence {k} says {k * 7919 % 100_003} things."
        issue["evidence"] = [ev(text.index(quote + " "), quote)]
    return text, bs.draft_of(bs.from_dict(brief(text, issues=issues), source_text=text))


def grounding(n: int, *, invented: bool = False, words: bool = False) -> Callable[[], object]:
    """A draft of n issues, each quoting its own sentence of a text of n sentences.

    Invented: each quote is words that are nowhere in a 1 MB text.
    """
    text, draft = sentences_draft(n)
    if invented:
        text = ("word " * 200_000)[:1_000_000]
        for issue in draft["issues"]:
            issue["evidence"][0]["quote"] = "never " + issue["evidence"][0]["quote"]

    def run() -> None:
        try:
            bs.ground(draft, text, whole_words=words)
        except bs.ValidationError:
            assert invented
        else:
            assert not invented

    return run


def drafting(n: int, *, invented: bool = False) -> Callable[[], object]:
    """``draft`` against a local server that answers as the API does (tests/api_server.py).

    The article has n sentences and the answer n quotes, one of each; invented: the first
    answer's quotes are all wrong (n problems, the first :data:`~briefschema.drafting.FED_BACK`
    sent back), and the second answer is right.
    """
    sys.path.insert(0, str(ROOT / "tests"))
    import api_server

    text, good = sentences_draft(n)
    bad = json.loads(json.dumps(good))
    for issue in bad["issues"]:
        issue["evidence"][0]["quote"] = "never " + issue["evidence"][0]["quote"]
    answers = [json.dumps(bad), json.dumps(good)] if invented else [json.dumps(good)]
    server = api_server.Server()

    def run() -> None:
        server.answer(*(api_server.chat(answer) for answer in answers))
        drafted = bs.draft(text, model="m", base_url=server.base_url, http_retries=0)
        assert len(drafted.rounds) == len(answers)

    return run


def draft_of_quotes(items: list[dict[str, Any]]) -> dict[str, Any]:
    """The reference draft with its first actor's evidence replaced by ``items``."""
    draft = bs.draft_of(bs.load(REFERENCE, source_text=REFERENCE_TEXT))
    draft["actors"][0]["evidence"] = [{"prefix": None, "suffix": None, **item} for item in items]
    return draft


def hostile_grounding(shape: str, n: int, *, words: bool = False) -> Callable[[], object]:
    """Drafts that made grounding grow faster than its input; each must stay linear.

    nested: about sqrt(n) quotes a, aa, aaa, ... on a text of n a's (each at every place).
    long-prefix: one quote "a" with a prefix of n/2 a's, on a text of n a's.
    shared-quote: n evidence items quoting "x", each with its own prefix, in a text
    where "x" occurs n times.
    long-quote: one quote of n/2 characters on a text of n of the same character.
    flags: about sqrt(n) quotes of 1, 2, 3, ... regional indicators on a text of n of
    them: the odd ones would cut a flag at every place.
    accents: a quote that begins with an accent and ends with a letter, on a text of n
    accented letters: it occurs at every one, cutting two characters each time.
    nested-words: about sqrt(n) quotes "a", "a a", "a a a", ... on a text "a a a ...";
    words-inside: the same quotes with a "b" before each, on "ab ab ab ...": at every
    place, never at a word's edge (with whole words).
    """
    if shape == "nested":
        text = "a" * n
        items = [{"quote": "a" * k} for k in range(1, math.isqrt(n) + 1)]
    elif shape == "long-prefix":
        text = "a" * n
        items = [{"quote": "a", "prefix": "a" * (n // 2)}]
    elif shape == "shared-quote":
        text = "".join(f" {k}:x" for k in range(n))
        items = [{"quote": "x", "prefix": f" {k}:"} for k in range(n)]
    elif shape == "flags":
        text = "\U0001f1fa" * n
        items = [{"quote": "\U0001f1fa" * k} for k in range(1, math.isqrt(n) + 1)]
    elif shape == "nested-words":
        text = "a " * (n // 2)
        items = [{"quote": " ".join("a" * k)} for k in range(1, math.isqrt(n) + 1)]
    elif shape == "words-inside":
        text = "ab " * (n // 3)
        items = [{"quote": "b " + " ".join(["ab"] * k)} for k in range(1, math.isqrt(n) + 1)]
    elif shape == "accents":
        text = "e\u0301" * (n // 2)
        items = [{"quote": "\u0301e"}, {"quote": "e\u0301e\u0301", "prefix": "\u0301"}]
    else:
        text = "a" * n
        items = [{"quote": "a" * (n // 2)}]
    draft = draft_of_quotes(items)

    def run() -> None:
        with contextlib.suppress(bs.ValidationError):  # the other quotes are not in this text
            bs.ground(draft, text, whole_words=words)

    return run


def door(command: str, copies: int) -> Callable[[], object]:
    """One command of the CLI on the reference brief copied ``copies`` times, files and all.

    validate-jsonl: as many lines, each the reference brief, checked against its text.
    diff: the copied brief against itself with every issue's title changed.
    export-stix, export-plover: the copied brief written as a bundle or as records.
    import-stix, import-plover: those read back into a brief.
    import-stix-rebuild: the bundle with every copy but the report's and the events'
    stripped, rebuilt. import-stix-edited: every note's content edited (each a problem).
    schemas: the published schemas written into a folder (no input: its size is fixed).
    """
    data, text = scaled_reference(copies)
    folder = Path(tempfile.mkdtemp())
    brief_path = folder / "brief.json"
    (folder / "source.txt").write_text(text, encoding="utf-8")
    brief = bs.from_dict(data, source_text=text)
    bs.dump(brief, brief_path)
    line = json.dumps(json.loads(REFERENCE.read_text(encoding="utf-8")))
    args = {
        "validate-jsonl": ["validate", "--jsonl", "--sources", str(folder)],
        "diff": ["diff", str(brief_path)],
        "export-stix": ["export", "--to", "stix", str(brief_path)],
        "export-plover": ["export", "--to", "plover", str(brief_path)],
        "import-stix": ["import", "--from", "stix"],
        "import-stix-rebuild": ["import", "--from", "stix", "--rebuild"],
        "import-stix-edited": ["import", "--from", "stix"],
        "import-plover": ["import", "--from", "plover", "--source", str(folder / "source.txt")],
        "schemas": ["schemas", str(folder / "schemas")],
    }[command]
    if command == "validate-jsonl":
        (folder / "lines.jsonl").write_text((line + "\n") * copies, encoding="utf-8")
        args.append(str(folder / "lines.jsonl"))
    elif command == "diff":
        changed = json.loads(json.dumps(data))
        for issue in changed["issues"]:
            issue["title"] += " (revised)"
        (folder / "new.json").write_text(json.dumps(changed), encoding="utf-8")
        args.append(str(folder / "new.json"))
    elif command.startswith("import-"):
        written = export.plover(brief) if command == "import-plover" else export.stix(brief)
        for obj in written if command == "import-plover" else written["objects"]:
            carried = obj.get("extensions", {}).get(_stix.EXTENSION_ID, {})
            if command == "import-stix-rebuild" and not {"brief", "event"} & set(carried):
                obj.pop("extensions", None)
            if command == "import-stix-edited" and obj["type"] == "note":
                obj["content"] += " (edited)"
        (folder / "in.json").write_text(json.dumps(written), encoding="utf-8")
        args.append(str(folder / "in.json"))
    expected = {"diff": (1,), "import-stix-edited": (1,)}.get(command, (0,))

    def run() -> None:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            status = cli.main(args)
        assert status in expected, (command, status)

    return run


def diffing(copies: int, *, shared_id: bool = False) -> Callable[[], object]:
    """``bs.diff`` of the reference copied ``copies`` times against a changed copy.

    The copy has every list reversed, every position's stance and every evidence
    quote changed, one object of each list removed and another added. With
    ``shared_id``, every actor has the same id, matched by occurrence.
    """
    data, _ = scaled_reference(copies)
    if shared_id:
        for actor in data["actors"]:
            actor["id"] = "same"
    old = _converter.structure(data, bs.Brief)  # shared ids: not valid, as diff may be given
    changed = json.loads(json.dumps(data))
    for name in _anatomy.LISTS:
        if changed.get(name):
            added = {**changed[name][0], "id": f"new-{name}"}
            changed[name] = [*changed[name][::-1][1:], added]
    for position in changed["positions"]:
        position["stance"] = "neutral" if position["stance"] != "neutral" else "opposes"
        for evidence in position.get("evidence", ()):
            evidence["quote"] += "!"
    new = _converter.structure(changed, bs.Brief)

    def run() -> None:
        assert bs.diff(old, new)

    return run


def plover_aliases(n: int) -> Callable[[], object]:
    """N events, each quoting its sentence and naming one actor known by n aliases."""
    sentences = [f"Ruritania agreed to item {k}. " for k in range(n)]
    text = "".join(sentences)
    events, at = [], 0
    for k, sentence in enumerate(sentences):
        quote = sentence.strip()
        events.append({
            "id": f"e{k}", "category": "AGREE", "actors": ["rur"], "description": quote,
            "evidence": [ev(at, quote)],
        })  # fmt: skip
        at += len(sentence)
    actor = {"id": "rur", "name": "Ruritania", "kind": "state",
             "aliases": [f"the Ruritanian side number {k}" for k in range(n)]}  # fmt: skip
    made = bs.from_dict(brief(text, actors=[actor], events=events), source_text=text)
    return lambda: export.plover(made)


def plover_bodies(n: int) -> Callable[[], object]:
    """One event naming the last of n bodies, each part of the next, the first of the UN."""
    text = "The Council met."
    actors = [{"id": "un", "name": "United Nations", "kind": "international-organization"}]
    actors += [
        {"id": f"b{k}", "name": f"Body {k}", "kind": "body", "part_of": f"b{k + 1}" if k + 1 < n else "un"}
        for k in range(n)
    ]  # fmt: skip
    events = [{"id": "e", "category": "CONSULT", "actors": [f"b{k}" for k in range(n)],
               "description": text, "evidence": [ev(0, text)]}]  # fmt: skip
    made = bs.from_dict(brief(text, actors=actors, events=events), source_text=text)
    return lambda: export.plover(made)


def plover_markup(n: int) -> Callable[[], object]:
    """One gold-standard record whose mark-up tags n words EVT, in an older category."""
    words = [f"word{k}" for k in range(n)]
    text = " ".join(words)
    markup = " ".join(f"(EVT: {w})" for w in words) + " (((" * n
    record = {"id": "R", "event": "DISAPPROVE", "mode": "host", "context": ", ".join(["x"] * n),
              "source": [{"actorText": "word0", "code": "RUR", "sector": "GOVabc"}], "text": text,
              "textInfo": {"markup": markup}}  # fmt: skip
    return lambda: export.from_plover([record])


def library(name: str, copies: int) -> Callable[[], object]:
    """One public function on the reference brief (or its text) copied ``copies`` times."""
    data, text = scaled_reference(copies)
    raw = json.dumps(data)
    brief = bs.from_dict(data, source_text=text)
    folder = Path(tempfile.mkdtemp())
    path = folder / "brief.json"
    path.write_text(raw, encoding="utf-8")
    long_text = text * copies
    sentence = "Kerry did not succeed in the main aim of his visit"
    item = bs.evidence.locate(text, sentence)
    calls: dict[str, Callable[[], object]] = {
        "loads": lambda: bs.loads(raw, source_text=text),
        "load": lambda: bs.load(path, source_text=text),
        "from_dict": lambda: bs.from_dict(data, source_text=text),
        "parse_json": lambda: bs.parse_json(raw),
        "validate": lambda: bs.validate(data, source_text=text),
        "dumps": lambda: bs.dumps(brief),
        "dump": lambda: bs.dump(brief, folder / "out.json"),
        "to_dict": lambda: bs.to_dict(brief),
        "draft_of": lambda: bs.draft_of(brief, source_text=text),
        "stance_matrix_svg": lambda: _refused_or(render.stance_matrix_svg, brief),
        "concession_svg": lambda: render.concession_svg(brief),
        "text_of": lambda: bs.evidence.text_of(long_text.encode()),
        "sha256_of": lambda: bs.evidence.sha256_of(long_text.encode() + b" "),
        "locate_every": lambda: bs.evidence.locate_every(long_text, sentence),
        "occurrences": lambda: bs.evidence.occurrences(long_text, sentence),
        "locate": lambda: bs.evidence.locate(long_text + sentence + "!", sentence + "!"),
        "mismatches": lambda: [
            list(bs.evidence.mismatches(long_text, item)) for _ in range(copies)
        ],
        "to_evidence_dict": lambda: [bs.codec.to_evidence_dict(item) for _ in range(copies)],
    }
    return calls[name]


def _refused_or(draw: Callable[[bs.Brief], str], brief: bs.Brief) -> str | None:
    """The drawing, or None where it is refused.

    A matrix over its cells is refused: the answer at 10x and 100x, which must come as
    quickly as the brief is read.
    """
    try:
        return draw(brief)
    except ValueError:
        return None


LIBRARY = (
    "loads", "load", "from_dict", "parse_json", "validate", "dumps", "dump", "to_dict",
    "draft_of", "stance_matrix_svg", "concession_svg", "text_of", "sha256_of", "locate_every", "occurrences",
    "locate", "mismatches", "to_evidence_dict",
)  # fmt: skip
"""The public functions measured by :func:`library` (the commands cover the rest)."""


CASES: list[tuple[str, str, list[int], Callable[[int], Callable[[], object]]]] = [
    ("issue-cycle: one parent chain", "issues", [200, 2_000, 20_000],
     lambda n: rules_only(*issue_chain(n))),
    ("previous-cycle: one previous chain", "positions", [100, 1_000, 10_000],
     lambda n: rules_only(*previous_chain(n))),
    ("judgment-basis-cycle: every judgment on one loop", "judgments", [100, 1_000, 10_000],
     lambda n: rules_only(*basis_web(n))),
    ("stages out of order, a chain of documents", "stages", [100, 1_000, 10_000],
     lambda n: rules_only(*stages_and_documents(n))),
    ("member and event loops, n participants, answers, instruments", "items",
     [100, 1_000, 10_000], lambda n: rules_only(*negotiations_iii(n))),
    ("quote-mismatch on a 1 MB text", "quotes", [10, 100, 1_000],
     lambda n: rules_only(*mismatched_quotes(n))),
    ("prefix/suffix on a 10 MB text", "evidence", [1_000, 10_000, 100_000],
     lambda n: rules_only(*prefixed_evidence(n))),
    ("every rule, reference brief copied", "copies", [1, 10, 100],
     lambda n: rules_only(*scaled_reference(n))),
    ("render html, n actors x n issues", "actors", [50, 500, 5_000],
     lambda n: rendering(render.render_html, wide(n))),
    ("render markdown, n actors x n issues", "actors", [500, 5_000, 50_000],
     lambda n: rendering(render.render_markdown, wide(n))),
    ("render html: n concessions, each in return for the one before", "concessions",
     [100, 1_000, 10_000], lambda n: rendering(render.render_html, exchanged(n))),
    ("render markdown: n concessions, each in return for the one before", "concessions",
     [100, 1_000, 10_000], lambda n: rendering(render.render_markdown, exchanged(n))),
    ("render html, one previous chain", "positions", [100, 1_000, 10_000],
     lambda n: rendering(render.render_html, bs.from_dict(previous_chain(n)[0]))),
    ("quote: n occurrences", "occurrences", [200, 2_000, 20_000], quote_cli),
    ("new: a text of n words", "words", [10_000, 100_000, 1_000_000], new_cli),
    ("ground: n quotes in a text of n sentences", "quotes", [200, 2_000, 20_000], grounding),
    ("ground: n invented quotes, 1 MB text", "quotes", [10, 100, 1_000],
     lambda n: grounding(n, invented=True)),
    ("validate --jsonl: n lines with --sources", "lines", [10, 100, 1_000],
     lambda n: door("validate-jsonl", n)),
    ("diff: reference copied n times, every title", "copies", [1, 10, 100],
     lambda n: door("diff", n)),
    ("diff (library): reference copied n times, much changed", "copies", [1, 10, 100],
     diffing),
    ("diff (library): n copies, every actor of one id", "copies", [1, 10, 100],
     lambda n: diffing(n, shared_id=True)),
    ("export --to stix: reference copied n times", "copies", [1, 10, 100],
     lambda n: door("export-stix", n)),
    ("export --to plover: reference copied n times", "copies", [1, 10, 100],
     lambda n: door("export-plover", n)),
    ("export --to plover: n events, an actor of n aliases", "events", [100, 1_000, 10_000],
     plover_aliases),
    ("export --to plover: a chain of n bodies", "bodies", [500, 5_000, 50_000],
     plover_bodies),
    ("import --from plover: a mark-up of n EVT tags", "tags", [1_000, 10_000, 100_000],
     plover_markup),
    ("import --from stix: reference copied n times", "copies", [1, 10, 100],
     lambda n: door("import-stix", n)),
    ("import --from stix --rebuild: every copy stripped, reference copied n times", "copies",
     [1, 10, 100], lambda n: door("import-stix-rebuild", n)),
    ("import --from stix: every note edited, reference copied n times", "copies",
     [1, 10, 100], lambda n: door("import-stix-edited", n)),
    ("import --from plover: reference copied n times", "copies", [1, 10, 100],
     lambda n: door("import-plover", n)),
    ("schemas: written n times (fixed size)", "runs", [1, 10, 100],
     lambda _n: door("schemas", 1)),
    *[
        (f"library {name}: reference copied n times", "copies", [1, 10, 100],
         lambda n, name=name: library(name, n))
        for name in LIBRARY
    ],
    ("ground --whole-words: n quotes in a text of n sentences", "quotes", [200, 2_000, 20_000],
     lambda n: grounding(n, words=True)),
    ("ground --whole-words: nested words, repetitive text", "characters",
     [10_000, 100_000, 1_000_000], lambda n: hostile_grounding("nested-words", n, words=True)),
    ("ground --whole-words: quotes inside words at every place", "characters",
     [10_000, 100_000, 1_000_000], lambda n: hostile_grounding("words-inside", n, words=True)),
    ("draft: n quotes in an article of n sentences", "quotes", [200, 2_000, 20_000],
     drafting),
    ("draft: n invented quotes sent back, then n right", "quotes", [200, 2_000, 20_000],
     lambda n: drafting(n, invented=True)),
    ("ground: nested quotes, repetitive text", "characters", [10_000, 100_000, 1_000_000],
     lambda n: hostile_grounding("nested", n)),
    ("ground: a long prefix, quote everywhere", "characters", [10_000, 100_000, 1_000_000],
     lambda n: hostile_grounding("long-prefix", n)),
    ("ground: n items share a quote", "items", [1_000, 10_000, 100_000],
     lambda n: hostile_grounding("shared-quote", n)),
    ("ground: a long quote, repetitive text", "characters", [10_000, 100_000, 1_000_000],
     lambda n: hostile_grounding("long-quote", n)),
    ("ground: nested quotes that cut flags", "characters", [10_000, 100_000, 1_000_000],
     lambda n: hostile_grounding("flags", n)),
    ("ground: a quote that cuts every accent", "characters", [10_000, 100_000, 1_000_000],
     lambda n: hostile_grounding("accents", n)),
]  # fmt: skip


def explain_case(copies: int) -> tuple[float, float]:
    """Seconds to validate a scaled reference brief, valid and with one error."""
    data, text = scaled_reference(copies)
    valid = min(timed(lambda: validation.check(data, source_text=text, strict=False)) for _ in "12")
    data["actors"][len(data["actors"]) // 2]["kind"] = "planet"
    report: list[validation.Report] = []
    # The better of two runs, as for every case above: the first explanation of a run
    # imports python-jsonschema (a second or more with its format checkers).
    invalid = min(
        timed(lambda: report.append(validation.check(data, source_text=text, strict=False)[0]))
        for _ in "12"
    )
    assert [p.code for p in report[0].errors] == ["enum"]
    return valid, invalid


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="only the 1x and 10x sizes")
    parser.add_argument("--only", metavar="WORDS", help="only the cases whose name has WORDS")
    args = parser.parse_args()
    print(f"{'case':40} {'size':>10} {'seconds':>9} {'µs/item':>9} {'growth':>7}")
    for name, unit, sizes, make in CASES:
        if args.only and args.only not in name:
            continue
        first = None
        for size in sizes[:2] if args.quick else sizes:
            run = make(size)
            seconds = min(timed(run) for _ in range(2))
            per_item = seconds / size * 1e6
            first = first or per_item
            print(
                f"{name:40} {size:>8,} {unit[:1]} {seconds:9.3f} {per_item:9.2f} {per_item / first:7.2f}"
            )
    print()
    print(
        f"{'one schema error vs valid (reference copied)':46} {'valid s':>8} {'1 error s':>9} {'ratio':>6}"
    )
    for copies in [10, 100] if args.quick else [10, 100, 1000]:
        valid, invalid = explain_case(copies)
        print(f"{copies:>8,} copies {'':31} {valid:8.3f} {invalid:9.3f} {invalid / valid:6.2f}")


if __name__ == "__main__":
    main()
