"""Grounding: from a brief as a language model drafts it to a brief that points into its text.

A model writes a brief against ``brief.llm.schema.json``: every field present (null
where the brief leaves it out), each piece of evidence as the quoted words alone,
perhaps with the words just before or after them, and no offsets, since a model
quotes words and cannot count code points. :func:`ground` finds every quote in the
source text, reports each one that is not there (with the nearest passage and how
it differs), fills in the offsets, the text's SHA-256 and the schema version, and
checks the result fully, as :func:`briefschema.from_dict` does.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Collection, Iterator, Mapping
from importlib import resources
from typing import TYPE_CHECKING, Any

import attrs

from briefschema import _graphemes, _search, codec, evidence, model
from briefschema._limits import DEFAULT_LIMITS, Limits, shape_problems, within
from briefschema._problems import Problem, ValidationError, join
from briefschema._search import at_edge
from briefschema.evidence import _evidence_at

if TYPE_CHECKING:
    import jsonschema

__all__ = ["LLM_SCHEMA", "draft_of", "ground", "llm_schema"]

LLM_SCHEMA = "brief.llm.schema.json"
"""The file name of the LLM profile among the published schemas."""

SHOWN_OCCURRENCES = 5
"""How many offsets a message about a repeated quote lists."""

FOUND = 101
"""How many occurrences of a quote are looked for: a message counts them exactly below
that, and says "more than 100" from there on."""

HINTS = 20
"""How many quotes that are not in the text get the nearest passage (each costs a few
passes over the text)."""


@functools.cache
def llm_schema() -> dict[str, Any]:
    """The LLM profile of the brief schema (``schemas/brief.llm.schema.json``), read once.

    It is inside the strict structured-output subset of JSON Schema that LLM
    decoders take (every property required, ``additionalProperties: false``,
    local references only). Hand it to the decoder; give what it writes to
    :func:`ground`. Do not change the returned dict: it is shared.
    """
    text = resources.files("briefschema").joinpath("schemas", LLM_SCHEMA).read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def _with_end(node: Any, end: str) -> Any:
    r"""The profile with each pattern's final ``$`` written ``end``.

    In a decoder, and in Rust's ``regex`` crate, ``$`` is the end of the text; in
    Python's ``re`` it also matches before a final newline, so the explaining
    validator reads it as ``\\Z``, and both give the same verdict.
    """
    if isinstance(node, dict):
        return {
            key: value.removesuffix("$") + end
            if key == "pattern" and isinstance(value, str)
            else _with_end(value, end)
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_with_end(item, end) for item in node]
    return node


@functools.cache
def _validator() -> jsonschema.Draft202012Validator:
    import jsonschema  # noqa: PLC0415 - only grounding needs the profile's validator

    return jsonschema.Draft202012Validator(_with_end(llm_schema(), r"\Z"))


@functools.cache
def _fast_check() -> Callable[[object], bool] | None:
    """jsonschema-rs's verdict on a draft (the ``fast`` extra), or None without it."""
    try:
        import jsonschema_rs  # noqa: PLC0415 - optional, found at first use
    except ImportError:
        return None
    # The profile has no "format": the strict structured-output subset leaves it out.
    validator = jsonschema_rs.validator_for(
        llm_schema(), pattern_options=jsonschema_rs.RegexOptions()
    )
    is_valid: Callable[[object], bool] = validator.is_valid
    return is_valid


def ground(
    draft: str | bytes | Mapping[str, Any],
    source_text: str | bytes,
    *,
    strict: bool = False,
    limits: Limits = DEFAULT_LIMITS,
    whole_words: bool = False,
) -> model.Brief:
    """Turn a drafted brief into a brief whose evidence points into ``source_text``.

    Every quote must occur in the text exactly; when it occurs more than once, the
    draft's ``prefix`` or ``suffix`` (the text just before or after it) must leave
    exactly one occurrence. Nulls become absent fields. The brief gets the text's
    SHA-256 and the current schema version, and is then checked like any brief,
    its quotes against the text.

    Args:
        draft: the draft, as JSON text or bytes or as parsed JSON data.
        source_text: the text the draft quotes, as its exact bytes or as text.
        strict: treat warnings as errors.
        limits: how large, deep and long the draft may be.
        whole_words: a quote occurs only where it begins and ends at the edge of a word
            (``Ruritania`` is not in ``Ruritanian``); one found only inside longer
            words is reported with the words it is in.

    Returns:
        The brief, valid.

    Raises:
        ValidationError: the draft is not a draft (its shape, with JSON paths into
            it), a quote is not in the text or not one place in it, or the grounded
            brief is invalid. Every problem is listed.
        ValueError: ``source_text`` is not UTF-8 or holds a lone surrogate.

    """
    text = evidence.text_of(source_text)
    data: object = (
        codec.parse_json(draft, limits=limits) if isinstance(draft, str | bytes) else draft
    )
    problems = [] if within(data, limits) else list(shape_problems(data, limits))
    problems = problems or _shape_problems(data)
    if problems:
        raise ValidationError(problems)
    assert isinstance(data, Mapping)  # the profile says so
    found: list[Problem] = []
    finder = _Finder(text, *_needles(data), words=whole_words)
    grounded = _grounded(data, "$", finder, found)
    if found:
        raise ValidationError(found)
    grounded["schema_version"] = model.SCHEMA_VERSION
    grounded["source"]["sha256"] = evidence.sha256_of(source_text)
    return codec.from_dict(grounded, source_text=source_text, strict=strict, limits=limits)


def _shape_problems(data: object) -> list[Problem]:
    """What makes ``data`` not a draft, by the LLM profile, with JSON paths.

    jsonschema-rs, where installed, may only say "valid": anything it refuses, the
    reference validator explains (and it alone decides).
    """
    fast = _fast_check()
    if fast is not None:
        try:
            if fast(data):
                return []
        except (ValueError, TypeError, OverflowError):  # not JSON data: explained below
            pass
    from briefschema.validation import _translate as translate  # noqa: PLC0415 - slow import

    problems = []
    for error in _validator().iter_errors(data):
        for sub in _meant(error):
            for problem in translate(sub):
                message = problem.message  # the brief's advice does not fit a draft:
                if problem.code == "null":  # every field is present, null or not
                    message = "null is not allowed here"
                elif problem.code == "unknown-field":  # a draft has no extensions
                    message = f"unknown field {problem.path.rpartition('.')[2]!r}"
                problems.append(Problem(problem.path, problem.code, message))
    return sorted(set(problems), key=problems.index)


def _meant(error: jsonschema.ValidationError) -> Iterator[jsonschema.ValidationError]:
    """The errors that explain ``error``.

    An optional field is ``anyOf [it, null]``: what is wrong with a value that is not
    null is what is wrong with ``it``.
    """
    if error.validator == "anyOf":
        inner = [e for e in error.context or () if e.schema_path[0] == 0]
        if inner:
            for sub in inner:
                yield from _meant(sub)
            return
    yield error


def _evidence_items(node: Any) -> Iterator[Any]:
    """Every evidence item of a draft or a brief as plain data, wherever it sits."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, Mapping):
            for key, value in item.items():
                if key == "evidence" and isinstance(value, list):
                    yield from value
                else:
                    stack.append(value)


def _needles(node: Any) -> tuple[set[str], set[str]]:
    """Every quote of a draft's evidence, and every quote given with context, in its context."""
    quotes: set[str] = set()
    contexts: set[str] = set()
    for item in _evidence_items(node):
        quotes.add(item["quote"])
        if item.get("prefix") is not None or item.get("suffix") is not None:
            contexts.add(_in_context(item))
    return quotes, contexts


def _in_context(item: Mapping[str, Any]) -> str:
    """The quote with its prefix and suffix: the one string whose occurrences place it."""
    quote: str = item["quote"]
    return (item.get("prefix") or "") + quote + (item.get("suffix") or "")


class _Finder:
    """The text, where each quote occurs, and how many nearest passages are left to look for.

    Occurrences are found by :func:`briefschema._search.occurrences` in one pass for
    every quote, the first :data:`FOUND` of each: a count is exact below it. A quote
    occurs where it begins and ends between two characters (grapheme clusters); its
    context (prefix, quote and suffix) is looked for in a second pass wherever it
    occurs, since a prefix may begin inside a character, and :meth:`placed` keeps the
    places where the quote itself is whole. A nearest passage costs a few passes over
    the text, so a draft of invented quotes gets them for the first :data:`HINTS`
    only, and the rest are reported without.
    """

    def __init__(
        self,
        text: str,
        quotes: Collection[str],
        contexts: Collection[str] = (),
        *,
        words: bool = False,
    ) -> None:
        self.text = text
        self.words = words
        self.clusters = _graphemes.of(text)
        self.located = _search.occurrences(text, quotes, FOUND, words=words)
        self.in_context = _search.occurrences(text, contexts, FOUND, whole=False)
        self.hints = HINTS

    def placed(self, context: str, before: int, length: int) -> list[int]:
        """Where a quote of ``length`` code points stands, ``before`` into ``context``.

        Its places where it cuts a character are left out, unless the context occurs
        more often than is counted: those it has are then all given, so that the quote
        is not placed by the first few alone.
        """
        starts = [start + before for start in self.in_context[context]]
        if len(starts) == FOUND:
            return starts
        splits = self.clusters.splits
        return [
            start
            for start in starts
            if splits(start, start + length) is None
            and (
                not self.words or (at_edge(self.text, start) and at_edge(self.text, start + length))
            )
        ]

    def missing(self, quote: str) -> str:
        if self.hints <= 0:
            return "the quote is not in the source text"
        self.hints -= 1
        inside = self.text.find(quote) if self.words else -1
        if inside != -1:  # there, but not at word edges
            start, end = _search.word_edges(self.text, inside, inside + len(quote))
            passage = evidence.shown(self.text, start, end, evidence.PASTE)
            return (
                "the quote is in the source text only inside longer words (whole words "
                f"were asked for); the first is {passage} at {start}:{end}"
            )
        near = evidence.nearest(self.text, quote)
        if near is None:
            return "the quote is not in the source text, nor is anything like it"
        start, end, how = near
        passage = evidence.shown(self.text, start, end, evidence.PASTE)
        return (
            f"the quote is not in the source text; nearest is {passage} at {start}:{end}, "
            f"which {how}"
        )


def _grounded(node: Any, path: str, finder: _Finder, found: list[Problem]) -> Any:
    """``node`` with nulls left out and every evidence located, problems added to ``found``."""
    if isinstance(node, list):
        return [_grounded(item, join(path, i), finder, found) for i, item in enumerate(node)]
    if not isinstance(node, Mapping):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if value is None:
            continue
        here = join(path, key)
        if key == "evidence" and isinstance(value, list):
            located = [_located(item, join(here, i), finder) for i, item in enumerate(value)]
            found.extend(one for one in located if isinstance(one, Problem))
            out[key] = located
        else:
            out[key] = _grounded(value, here, finder, found)
    return out


def _located(item: Mapping[str, Any], path: str, finder: _Finder) -> dict[str, Any] | Problem:
    """The evidence item placed in the text, or the problem that keeps it from a place."""
    quote: str = item["quote"]
    prefix: str | None = item.get("prefix")
    suffix: str | None = item.get("suffix")
    if not quote:
        return Problem(join(path, "quote"), "empty", "the quote is empty")
    starts = finder.located[quote]
    if not starts:
        return Problem(join(path, "quote"), "quote-not-found", finder.missing(quote))
    chosen = starts
    if prefix is not None or suffix is not None:
        chosen = finder.placed(_in_context(item), len(prefix or ""), len(quote))
    if len(chosen) != 1:
        problem = _unchosen(path, starts, chosen, prefix, suffix)
        if chosen and finder.hints > 0 and len(starts) < FOUND:
            finder.hints -= 1
            problem = attrs.evolve(
                problem,
                message=problem.message + _contexts(finder.text, starts, chosen, len(quote)),
            )
        return problem
    (start,) = chosen
    out = {"quote": quote, "start": start, "end": start + len(quote)}
    out.update({k: v for k, v in (("prefix", prefix), ("suffix", suffix)) if v is not None})
    return out


def _unchosen(
    path: str,
    starts: list[int],
    chosen: list[int],
    prefix: str | None,
    suffix: str | None,
) -> Problem:
    if chosen:
        return Problem(
            path,
            "quote-ambiguous",
            f"the quote occurs {_times(starts)} (at {_offsets(starts)})"
            + ("" if chosen == starts else f", {_count(chosen)} of them with this context")
            + "; give a prefix or suffix that leaves one",
        )
    given = [name for name, value in (("prefix", prefix), ("suffix", suffix)) if value is not None]
    where, code = path, "context-mismatch"
    if len(given) == 1:
        (name,) = given
        where, code = join(path, name), f"{name}-mismatch"
    return Problem(
        where,
        code,
        f"the quote occurs {_times(starts, 'time(s)')} (at {_offsets(starts)}), "
        f"but never with this {' and '.join(given)} around it",
    )


def _count(starts: list[int]) -> str:
    """How many: exact below :data:`FOUND`, from which only that there are more."""
    return f"more than {FOUND - 1:,}" if len(starts) == FOUND else str(len(starts))


SUGGESTED = 3
"""For how many of an ambiguous quote's occurrences a context is suggested."""
CONTEXT_CAP = 120
"""The longest context suggested, in code points (before it is taken to a word's edge)."""


def _contexts(text: str, starts: list[int], chosen: list[int], length: int) -> str:
    """For the first occurrences, the shortest suffix or prefix that only they have.

    Each is taken to the edge of a word, so that it can be pasted as it is; an
    occurrence that no context of :data:`CONTEXT_CAP` code points tells apart gets none.
    """
    parts = []
    for at in chosen[:SUGGESTED]:
        after = _unique_context(text, starts, at, length, forward=True)
        before = _unique_context(text, starts, at, length, forward=False)
        said = [f"suffix {after!r}" if after else "", f"prefix {before!r}" if before else ""]
        if any(said):
            parts.append(f"at {at}: " + " or ".join(s for s in said if s))
    return ("; for the one " + "; ".join(parts)) if parts else ""


def _unique_context(
    text: str, starts: list[int], at: int, length: int, *, forward: bool
) -> str | None:
    """The shortest text just after (or before) one occurrence that no other has there.

    Taken to a word's edge; None when the text runs out first or no context of
    :data:`CONTEXT_CAP` code points tells the occurrence apart.
    """

    def beside(start: int, size: int) -> str:
        if forward:
            return text[start + length : start + length + size]
        return text[max(0, start - size) : start][::-1]

    mine = beside(at, CONTEXT_CAP + 1)
    need = 0
    for other in starts:
        if other != at:
            need = max(need, _shared(mine, beside(other, CONTEXT_CAP + 1)) + 1)
    if need > min(len(mine), CONTEXT_CAP):
        return None  # the text runs out, or runs alike too long
    while need < len(mine) and _search.is_word(mine[need - 1]) and _search.is_word(mine[need]):
        need += 1  # to the edge of the word
    return mine[:need] if forward else mine[:need][::-1]


def _shared(one: str, two: str) -> int:
    """How many code points two strings share at their start."""
    count, most = 0, min(len(one), len(two))
    while count < most and one[count] == two[count]:
        count += 1
    return count


def _times(starts: list[int], unit: str = "times") -> str:
    return f"{_count(starts)} {unit}"


def _offsets(starts: list[int]) -> str:
    shown = ", ".join(str(s) for s in starts[:SHOWN_OCCURRENCES])
    return shown + (", ..." if len(starts) > SHOWN_OCCURRENCES else "")


def draft_of(brief: model.Brief, *, source_text: str | bytes | None = None) -> dict[str, Any]:
    """The draft a model would write for ``brief``: what :func:`ground` turns back into it.

    Offsets, the SHA-256, the schema version and extensions are left out; every
    field the brief leaves out is null. Useful as a worked example in a prompt.

    A draft has no offsets, so a quote that occurs more than once in the text is placed
    by its prefix or suffix. Given ``source_text``, an evidence item whose quote occurs
    more than once and that has neither gets the text around it (32 code points each
    side, as :func:`briefschema.evidence.locate` gives them), so that :func:`ground`
    places it where the brief has it. Without the text, only the brief's own
    prefixes and suffixes are there to place it.
    """
    data = codec.to_dict(brief)
    if source_text is not None:
        _add_context(data, evidence.text_of(source_text))
    schema = llm_schema()
    drafted: dict[str, Any] = _filled(data, schema, schema["$defs"])
    return drafted


def _add_context(data: Any, text: str) -> None:
    """Give each evidence item whose quote occurs more than once the text around it."""
    items = [i for i in _evidence_items(data) if "prefix" not in i and "suffix" not in i]
    located = _Finder(text, {item["quote"] for item in items}).located
    for item in items:
        if len(located[item["quote"]]) > 1:
            placed = _evidence_at(text, item["quote"], item["start"], alone=False)
            item.update(
                {k: v for k, v in (("prefix", placed.prefix), ("suffix", placed.suffix)) if v}
            )


def _filled(data: Any, schema: Mapping[str, Any], defs: Mapping[str, Any]) -> Any:
    """``data`` with every field its schema has and it leaves out, null."""
    if isinstance(data, Mapping):
        for branch in _branches(schema, defs):
            if "properties" in branch:
                return {
                    name: _filled(data[name], sub, defs) if name in data else None
                    for name, sub in branch["properties"].items()
                }
    elif isinstance(data, list):
        for branch in _branches(schema, defs):
            if "items" in branch:
                return [_filled(item, branch["items"], defs) for item in data]
    return data


def _branches(schema: Mapping[str, Any], defs: Mapping[str, Any]) -> Iterator[Mapping[str, Any]]:
    """The schemas ``schema`` stands for: itself, its ``$ref``'s target, its ``anyOf`` branches."""
    if "$ref" in schema:
        yield from _branches(defs[schema["$ref"].removeprefix("#/$defs/")], defs)
    for branch in schema.get("anyOf", ()):
        yield from _branches(branch, defs)
    yield schema
