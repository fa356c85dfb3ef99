"""Integrity rules: what JSON Schema cannot say about a brief.

Each rule is one small generator that yields problems, registered with a
stable code, a severity, a sentence of meaning and an example of a violation
(the rule catalogue in ``docs/rules.md`` is generated from this registry).
Rules run on a structured :class:`~briefschema.model.Brief`, so they may rely
on everything the schema guarantees.
"""

from __future__ import annotations

import difflib
import functools
import operator
import re
import typing
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import attrs

from briefschema import _anatomy, model
from briefschema import evidence as _evidence
from briefschema._anatomy import LISTED, LISTS, per_class
from briefschema._problems import Problem, Severity, join

HINTS = 20
"""How many mismatched quotes get a search of the text for where they do occur:
a bound, so that a brief of many wrong quotes costs a few passes over its text."""


class Located(tuple[Any, "Located | None", str, int]):
    """An object of the brief and where it stands: ``(obj, parent, name, index)``.

    ``parent`` is the Located of the object holding it (None for the brief),
    ``name`` the field, ``index`` the place in the field's list (-1 for a field
    holding one object). The JSON path is written only when asked for: a valid
    brief's paths are never shown, and writing one for every object up front
    would cost more than most rules do. A tuple, so that structuring can make
    one in a single call.
    """

    __slots__ = ()

    def __new__(
        cls, obj: Any, parent: Located | None = None, name: str = "", index: int = -1
    ) -> typing.Self:
        """A located object (the brief itself when no parent is given)."""
        return tuple.__new__(cls, (obj, parent, name, index))

    obj = property(operator.itemgetter(0), doc="The object.")

    @property
    def path(self) -> str:
        """The JSON path of the object, e.g. ``$.positions[3].evidence[0]``."""
        parent = self[1]
        if parent is None:
            return "$"
        where = join(parent.path, self[2])
        return where if self[3] < 0 else join(where, self[3])

    def __repr__(self) -> str:
        return f"Located({self.path!r}, {type(self.obj).__name__})"


class Places:
    """Where each object of a brief stands, found by one walk the first time it is asked.

    Only a rule that reports a problem asks: a valid brief's paths are never written.
    """

    def __init__(self, brief: model.Brief) -> None:
        """Places of the objects of ``brief``, not yet looked for."""
        self.brief = brief
        self._by_type: dict[type[Any], list[Located]] | None = None
        self._listed: dict[int, str] | None = None

    def path(self, cls: type[Any], index: int) -> str:
        """The JSON path of the ``index``-th object of class ``cls`` in document order."""
        if self._by_type is None:
            self._by_type = {}
            for node in _walk(self.brief):
                self._by_type.setdefault(type(node.obj), []).append(node)
        return self._by_type[cls][index].path

    def listed(self, obj: Any) -> str:
        """The JSON path of the first place of ``obj`` in the brief's lists of objects."""
        if self._listed is None:
            self._listed = {}
            for name in LISTS:
                for index, item in enumerate(getattr(self.brief, name)):
                    self._listed.setdefault(id(item), f"$.{name}[{index}]")
        return self._listed[id(obj)]


@attrs.frozen
class Context:
    """What every rule may look at: the brief, its ids, and the source text if given."""

    brief: model.Brief
    text: str | None
    by_id: Mapping[str, Any]
    """The first object with each id, in the order of the lists."""
    by_type: Mapping[type[Any], list[Any]]
    """Every attrs object in the brief, the brief included, by class (in the order of
    :func:`~briefschema._anatomy.classes`), each class's objects in document order."""
    places: Places
    """Where the objects stand: ``places.path(cls, index)`` for the index-th of ``cls``."""
    text_findings: Mapping[str, list[tuple[str, str]]]
    """How the evidence disagrees with the text, by rule code (empty without a text, or
    with a text that is not the one the brief records)."""
    text_sha256: str | None
    """The SHA-256 of the text given, if one was."""
    misreferences: tuple[tuple[type[Any], int, str, int, str, tuple[str, ...]], ...]
    """The references that name no object, or an object of a kind the field does not
    allow: the class and index of the object that holds it, the field, the index in
    the field's list (-1 for a single reference), the id it names and the kinds it
    may name, in document order."""
    quotes_agree: bool
    """Whether every evidence was found to agree with the text given (so its
    offsets are in order and span its quote)."""
    left_out: frozenset[str] = frozenset()
    """Ids of objects left out of the brief as malformed (see :func:`run`)."""

    @classmethod
    def build(
        cls,
        brief: model.Brief,
        text: str | None,
        by_type: dict[type[Any], list[Any]] | None = None,
    ) -> Context:
        """The context of ``brief``; ``by_type`` when the structuring already found every object."""
        places = Places(brief)
        if by_type is None:
            found: dict[type[Any], list[Any]] = {}
            for node in _walk(brief):
                found.setdefault(type(node.obj), []).append(node.obj)
            # The classes in one fixed order (the model's), whatever the brief holds first,
            # so that the rules report in the same order whoever found the objects.
            by_type = {kind: found[kind] for kind in _model_order() if kind in found}
        by_id: dict[str, Any] = {}
        for kind in LISTED:  # the first object with an id, in the order of the lists
            for obj in by_type.get(kind, ()):
                by_id.setdefault(obj.id, obj)
        findings: dict[str, list[tuple[str, str]]] = {}
        digest = None if text is None else _evidence.sha256_of(text)
        quotes_agree = False
        if text is not None and digest == brief.source.sha256:
            hints = HINTS
            evidence = by_type.get(model.Evidence, [])
            disagreeing = _evidence.disagreeing(text, evidence)
            quotes_agree = not disagreeing
            for index in disagreeing:
                for code, message in _evidence.mismatches(text, evidence[index], hint=hints > 0):
                    path = places.path(model.Evidence, index)
                    findings.setdefault(code, []).append((path, message))
                    hints -= code == "quote-mismatch"
        misreferences = tuple(_misreferences(by_type, by_id))
        return cls(
            brief, text, by_id, by_type, places, findings, digest, misreferences, quotes_agree
        )

    def of_type(self, cls: type[Any]) -> list[Any]:
        """Every object of the class ``cls``, in document order."""
        return self.by_type.get(cls, [])


@functools.cache
def _model_order() -> tuple[type[Any], ...]:
    return _anatomy.classes()


_located = tuple.__new__  # Located without a Python call per object


def _walk(brief: model.Brief) -> Iterator[Located]:
    """Every model object of ``brief``, the brief first, in document order."""
    stack = [Located(brief)]
    while stack:
        node = stack.pop()
        yield node
        found: list[Located] = []
        for child in _anatomy.children(type(node[0])):
            name = child.name
            value = getattr(node[0], name)
            if child.many:
                found += [_located(Located, (item, node, name, i)) for i, item in enumerate(value)]
            elif value is not None:
                found.append(_located(Located, (value, node, name, -1)))
        stack.extend(reversed(found))


def _misreferences(
    by_type: Mapping[type[Any], list[Any]], by_id: Mapping[str, Any]
) -> list[tuple[type[Any], int, str, int, str, tuple[str, ...]]]:
    """The references that name no object or an object of a kind not allowed.

    Nothing more is done when the generated verdict (:func:`_references_resolve`)
    finds every reference good, as in a valid brief. Else every reference is asked
    the same question, whether the first object with its id is of a class the field
    allows, and those that fail are put in document order.
    """
    if _references_resolve()(by_type, by_id):
        return []
    found: list[tuple[type[Any], int, str, int, str, tuple[str, ...]]] = []
    for kind, objects in by_type.items():  # document order: class, object, field, item
        targets = _reference_targets(kind)
        for place, obj in enumerate(objects):
            for name, kinds, allowed, many in targets:
                value = getattr(obj, name)
                pairs = enumerate(value) if many else () if value is None else ((-1, value),)
                found.extend(
                    (kind, place, name, index, ref, kinds)
                    for index, ref in pairs
                    if (type(by_id.get(ref)) not in allowed if allowed else ref not in by_id)
                )
    return found


@per_class
def _reference_targets(
    cls: type[Any],
) -> tuple[tuple[str, tuple[str, ...], frozenset[type[Any]], bool], ...]:
    """:func:`~briefschema._anatomy.references`, with the classes each may name (cached)."""
    return tuple(
        (f.name, f.refers_to, frozenset(getattr(model, kind) for kind in f.refers_to), f.many)
        for f in _anatomy.references(cls)
        if f.refers_to is not None
    )


@functools.cache
def _references_resolve() -> Callable[[Mapping[type[Any], list[Any]], Mapping[str, Any]], bool]:
    """Whether every reference names an object of a kind it may name: one quick verdict.

    Generated from the classes' reference fields (:func:`_reference_targets`), the
    same fields :func:`_misreferences` looks at one by one when this says no. A
    reference resolves when the first object with its id (``by_id``) is of a class
    the field allows (any class, for a field that names no kind).
    """
    names: dict[str, Any] = {}
    lines = ["def resolve(by_type, by_id):", "    get = by_id.get"]
    for cls in _anatomy.classes():
        targets = _reference_targets(cls)
        if not targets:
            continue
        names[cls.__name__] = cls
        lines.append(f"    for o in by_type.get({cls.__name__}, ()):")
        for name, _, allowed, many in targets:
            if allowed:
                names[f"ALLOWED_{cls.__name__}_{name}"] = allowed
                fails = f"type(get({{}})) not in ALLOWED_{cls.__name__}_{name}"
            else:
                fails = "{} not in by_id"
            if many:
                lines += [f"        for r in o.{name}:", f"            if {fails.format('r')}:"]
            else:
                lines += [
                    f"        r = o.{name}",
                    f"        if r is not None and {fails.format('r')}:",
                ]
            lines[-1] += " return False"
    lines.append("    return True")
    exec(compile("\n".join(lines), "<briefschema generated references>", "exec"), names)  # noqa: S102 - written above from the model's own fields
    resolve: Callable[[Mapping[type[Any], list[Any]], Mapping[str, Any]], bool] = names["resolve"]
    return resolve


def _ref_path(ctx: Context, kind: type[Any], place: int, name: str, index: int) -> str:
    where = join(ctx.places.path(kind, place), name)
    return where if index < 0 else join(where, index)


@attrs.frozen
class Rule:
    """One integrity rule."""

    code: str
    severity: Severity
    meaning: str
    example: str
    needs_text: bool
    check: Callable[[Context], Iterator[Problem]]


RULES: list[Rule] = []


def rule(
    code: str, meaning: str, example: str, *, warning: bool = False, needs_text: bool = False
) -> Callable[[Callable[[Context], Iterator[tuple[str, str]]]], None]:
    """Register a rule whose function yields ``(path, message)`` pairs."""
    severity = Severity.WARNING if warning else Severity.ERROR

    def register(func: Callable[[Context], Iterator[tuple[str, str]]]) -> None:
        def check(ctx: Context) -> Iterator[Problem]:
            for path, message in func(ctx):
                yield Problem(path, code, message, severity)

        RULES.append(Rule(code, severity, meaning, example, needs_text, check))

    return register


def run(
    brief: model.Brief,
    text: str | None,
    by_type: dict[type[Any], list[Any]] | None = None,
    *,
    left_out: frozenset[str] = frozenset(),
) -> list[Problem]:
    """Every problem every rule finds, in catalogue order (``by_type``: see :meth:`Context.build`).

    ``left_out``: ids of objects left out of ``brief`` because they are malformed; a
    reference to one is not reported as unresolved (the object exists).
    """
    ctx = attrs.evolve(Context.build(brief, text, by_type), left_out=left_out)
    return [
        problem
        for item in RULES
        if text is not None or not item.needs_text
        for problem in item.check(ctx)
    ]


# ---------------------------------------------------------------------------
# Ids and references.


@rule(
    "duplicate-id",
    "Two objects of the brief have the same id; ids are unique across all lists.",
    "An actor and an issue both have the id `syria`.",
)
def _duplicate_id(ctx: Context) -> Iterator[tuple[str, str]]:
    by_id = ctx.by_id
    if len(by_id) == sum(len(ctx.of_type(kind)) for kind in LISTED):
        return  # as many ids as listed objects: none is used twice
    for name in LISTS:
        for index, obj in enumerate(getattr(ctx.brief, name)):
            first = by_id[obj.id]
            if first is not obj:
                yield (
                    f"$.{name}[{index}].id",
                    f"the id {obj.id!r} is already used at {ctx.places.listed(first)}",
                )


@rule(
    "unresolved-reference",
    "A reference names an id that no object of the brief has.",
    "A position's `actor` is `nato` but no actor has the id `nato`.",
)
def _unresolved(ctx: Context) -> Iterator[tuple[str, str]]:
    suggestions = SUGGESTIONS
    for kind, place, name, index, ref, kinds in ctx.misreferences:
        if ref not in ctx.by_id:
            if ref in ctx.left_out:  # not missing, malformed: neither searched nor shown
                continue
            near = _near_id(ctx, ref, kinds) if suggestions > 0 else None
            suggestions -= 1
            yield (
                _ref_path(ctx, kind, place, name, index),
                f"no object has the id {ref!r}" + (f"; did you mean {near!r}?" if near else ""),
            )


SUGGESTIONS = 20
"""How many unresolved references of a brief get a "did you mean" (a bound on the cost)."""
SUGGESTION_POOL = 10_000
"""Beyond this many ids, no suggestions are looked for."""


def _near_id(ctx: Context, ref: str, kinds: tuple[str, ...]) -> str | None:
    """The id of the allowed kinds most like ``ref``, if one is close enough."""
    if len(ctx.by_id) > SUGGESTION_POOL:
        return None
    pool = [key for key, found in ctx.by_id.items() if not kinds or type(found).__name__ in kinds]
    close = difflib.get_close_matches(ref, pool, n=1, cutoff=0.6)
    return close[0] if close else None


@rule(
    "wrong-reference-kind",
    "A reference names an object of a kind the field does not allow.",
    "A position's `actor` is `syria-conflict`, which is an issue, not an actor.",
)
def _wrong_kind(ctx: Context) -> Iterator[tuple[str, str]]:
    by_id = ctx.by_id
    for kind, place, name, index, ref, kinds in ctx.misreferences:
        target = by_id.get(ref)
        if target is not None and kinds and type(target).__name__ not in kinds:
            wanted = " or ".join(_article(allowed) for allowed in kinds)
            got = _article(type(target).__name__)
            yield (
                _ref_path(ctx, kind, place, name, index),
                f"{ref!r} is {got}, but this field needs {wanted}",
            )


def _article(kind: str) -> str:
    return f"{'an' if kind[0] in 'AEIOU' else 'a'} {kind}"


# ---------------------------------------------------------------------------
# Evidence and the source text.


@rule(
    "offsets-reversed",
    "An evidence's `start` is greater than its `end`.",
    '`{"quote": "Kerry", "start": 90, "end": 85}`.',
)
def _offsets_reversed(ctx: Context) -> Iterator[tuple[str, str]]:
    if ctx.quotes_agree:  # each quote is the text between its offsets
        return
    for place, obj in enumerate(ctx.of_type(model.Evidence)):
        if obj.start > obj.end:
            yield (
                join(ctx.places.path(model.Evidence, place), "end"),
                f"end {obj.end} is before start {obj.start}",
            )


@rule(
    "quote-length",
    "An evidence's offsets span a different number of code points than its quote has "
    "(checked without the text; often offsets counted in UTF-16 units or bytes).",
    '`{"quote": "Kerry", "start": 80, "end": 86}`: 6 code points for a 5-letter quote.',
)
def _quote_length(ctx: Context) -> Iterator[tuple[str, str]]:
    if ctx.quotes_agree:  # each quote is the text between its offsets
        return
    for place, ev in enumerate(ctx.of_type(model.Evidence)):
        if ev.start <= ev.end and ev.end - ev.start != len(ev.quote):
            yield (
                ctx.places.path(model.Evidence, place),
                f"the offsets span {ev.end - ev.start} code points but the quote has {len(ev.quote)}",
            )


def _text_rule(code: str) -> Callable[[Context], Iterator[tuple[str, str]]]:
    def check(ctx: Context) -> Iterator[tuple[str, str]]:
        yield from ctx.text_findings.get(code, ())

    return check


@rule(
    "source-hash-mismatch",
    "The SHA-256 of the source text given is not the brief's `source.sha256`: it is "
    "another text (or another version of it), so the brief's quotes are not checked "
    "against it.",
    "The text was saved with Windows line endings after the brief was written.",
    needs_text=True,
)
def _source_hash(ctx: Context) -> Iterator[tuple[str, str]]:
    if ctx.text_sha256 is not None and ctx.text_sha256 != ctx.brief.source.sha256:
        yield (
            "$.source.sha256",
            f"the source text given has SHA-256 {ctx.text_sha256}, not the one the brief "
            "records: its quotes were not checked against it",
        )


rule(
    "offset-out-of-range",
    "An evidence's `end` lies past the end of the source text.",
    "`end` is 5000 in a text of 3,483 code points.",
    needs_text=True,
)(_text_rule("offset-out-of-range"))
rule(
    "quote-mismatch",
    "An evidence's quote is not the source text between its offsets.",
    "The quote is `Kerry` but the text at 80:85 is `Putin`.",
    needs_text=True,
)(_text_rule("quote-mismatch"))
rule(
    "quote-splits-character",
    "An evidence's quote is the source text between its offsets, but begins or ends "
    "inside a character as a reader sees it (a grapheme cluster, Unicode UAX #29): it "
    "quotes part of a letter with its accent, of a joined emoji, of a flag or of a CR LF.",
    "The quote is `cafe` at 0:4 in a text that reads `cafe` and then U+0301 COMBINING "
    "ACUTE ACCENT, which makes its last character `é`.",
    needs_text=True,
)(_text_rule("quote-splits-character"))
rule(
    "prefix-mismatch",
    "An evidence's `prefix` is not the text immediately before its quote.",
    "`prefix` is `Mr ` but the text before the quote is `State `.",
    needs_text=True,
)(_text_rule("prefix-mismatch"))
rule(
    "suffix-mismatch",
    "An evidence's `suffix` is not the text immediately after its quote.",
    "`suffix` is ` said` but the text after the quote is ` paid`.",
    needs_text=True,
)(_text_rule("suffix-mismatch"))


# ---------------------------------------------------------------------------
# Dates.


@per_class
def _when_fields(cls: type[Any]) -> tuple[str, ...]:
    """The fields of ``cls`` that date it (``as_of``, ``date``), cached."""
    return tuple(name for name in ("as_of", "date") if name in attrs.fields_dict(cls))


@per_class
def _inferred_date(cls: type[Any]) -> str | None:
    """The field of ``cls`` whose parts ``inferred_date_parts`` names, if it has that list."""
    if "inferred_date_parts" not in attrs.fields_dict(cls):
        return None
    (name,) = _when_fields(cls)
    return name


@rule(
    "interval-reversed",
    "An interval starts after it ends (an affiliation's `start` after its `end` counts too).",
    "`2013-05-08/2013-05-07`.",
)
def _interval_reversed(ctx: Context) -> Iterator[tuple[str, str]]:
    for kind, objects in ctx.by_type.items():
        for name in _when_fields(kind):
            for place, obj in enumerate(objects):
                when = getattr(obj, name)
                if type(when) is model.Interval and when.reversed:
                    where = join(ctx.places.path(kind, place), name)
                    yield where, f"the interval {when} starts after it ends"
    for place, obj in enumerate(ctx.of_type(model.Affiliation)):
        start, end = obj.start, obj.end
        if start is not None and end is not None and start.earliest > end.latest:
            yield (
                join(ctx.places.path(model.Affiliation, place), "end"),
                f"the membership ends ({end}) before it starts ({start})",
            )


_PART_ORDER = (model.DatePart.YEAR, model.DatePart.MONTH, model.DatePart.DAY)
_YEAR_ONLY = (model.DatePart.YEAR,)


@rule(
    "inferred-part-missing",
    "`inferred_date_parts` names a part that the date does not have, or there is no date.",
    '`inferred_date_parts: ["day"]` on an event dated `2013-05`.',
)
def _inferred_part(ctx: Context) -> Iterator[tuple[str, str]]:
    for kind, objects in ctx.by_type.items():
        name = _inferred_date(kind)
        if name is None:
            continue
        for place, obj in enumerate(objects):
            parts = obj.inferred_date_parts
            if not parts:
                continue
            when = getattr(obj, name)
            if when is not None and parts == _YEAR_ONLY:
                continue  # every date gives its year
            finest = -1 if when is None else _PART_ORDER.index(when.precision)
            for index, part in enumerate(parts):
                if _PART_ORDER.index(part) > finest:
                    yield (
                        join(join(ctx.places.path(kind, place), "inferred_date_parts"), index),
                        f"the {part.value} is said to be inferred, but `{name}` gives no "
                        f"{part.value}",
                    )


# ---------------------------------------------------------------------------
# Positions and concessions.


def _position(ctx: Context, ref: str | None) -> model.Position | None:
    target = ctx.by_id.get(ref) if ref else None
    return target if isinstance(target, model.Position) else None


@rule(
    "previous-mismatch",
    "A position's `previous` position belongs to another actor or another issue.",
    "`pos-us-assad` (actor `us`) has `previous: pos-russia-assad` (actor `russia`).",
)
def _previous_mismatch(ctx: Context) -> Iterator[tuple[str, str]]:
    for place, obj in enumerate(ctx.of_type(model.Position)):
        if obj.previous is None:
            continue
        before = _position(ctx, obj.previous)
        if before is None:
            continue
        for name in ("actor", "issue"):
            if getattr(before, name) != getattr(obj, name):
                yield (
                    join(ctx.places.path(model.Position, place), "previous"),
                    f"the previous position {before.id!r} has {name} {getattr(before, name)!r}, "
                    f"not {getattr(obj, name)!r}",
                )


@rule(
    "previous-not-earlier",
    "A position's `previous` position is dated after it.",
    "`as_of: 2013-05` with a previous position `as_of: 2013-06`.",
)
def _previous_not_earlier(ctx: Context) -> Iterator[tuple[str, str]]:
    for place, obj in enumerate(ctx.of_type(model.Position)):
        if obj.previous is None or obj.as_of is None:
            continue
        before = _position(ctx, obj.previous)
        if before is None or before.as_of is None:
            continue
        if before.as_of.earliest > obj.as_of.latest:
            yield (
                join(ctx.places.path(model.Position, place), "previous"),
                f"the previous position is dated {before.as_of}, after this one ({obj.as_of})",
            )


@rule(
    "previous-cycle",
    "Following `previous` from a position leads back to it.",
    "`pos-a` has `previous: pos-b` and `pos-b` has `previous: pos-a`.",
)
def _previous_cycle(ctx: Context) -> Iterator[tuple[str, str]]:
    yield from _cycle(ctx, model.Position, "previous")


def _cyclic(ctx: Context, cls: type[Any], field: str) -> set[str]:
    """The ids of the objects of ``cls`` that following ``field`` (one id or a list) leads back to.

    A reference is followed to the first object with the id it names, and only if that
    object is of ``cls``: a duplicate id in another list makes no false cycle. Objects of
    ``cls`` that share an id are one node with the references of them all.
    """
    by_id = ctx.by_id
    edges: dict[str, list[str]] = {}
    for obj in ctx.of_type(cls):
        value = getattr(obj, field)
        if value is None or value == ():
            continue  # no way out of it: on no loop (most objects, for most fields)
        if type(value) is tuple:
            out = [ref for ref in value if type(by_id.get(ref)) is cls]
        else:  # one reference, the common case: no comprehension
            out = [value] if type(by_id.get(value)) is cls else []
        if obj.id in edges:
            edges[obj.id] += out
        else:
            edges[obj.id] = out
    # Only objects with a way out can be on a loop: the graph is of them alone (a
    # reference to any other object is a way into a dead end, passed over).
    return _on_loops(edges) if edges else set()


def _on_loops(edges: Mapping[str, list[str]]) -> set[str]:
    """The nodes of a graph that lie on a loop: Tarjan's strongly connected components.

    Iterative, so a long chain cannot exhaust the stack, and linear in nodes and edges.
    An edge to a node that is not a key of ``edges`` leads nowhere and is passed over.
    """
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cyclic: set[str] = set()
    for root in edges:
        if root in order:
            continue
        order[root] = low[root] = len(order)
        stack.append(root)
        on_stack.add(root)
        work = [(root, iter(edges[root]))]
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in edges:
                    continue  # a dead end: on no loop
                if child not in order:
                    order[child] = low[child] = len(order)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(edges[child])))
                elif child in on_stack:
                    low[node] = min(low[node], order[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == order[node]:  # the root of a component: take it off the stack
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1 or node in edges[node]:
                    cyclic.update(component)
    return cyclic


def _cycle(ctx: Context, cls: type[Any], field: str) -> Iterator[tuple[str, str]]:
    cyclic = _cyclic(ctx, cls, field)
    for place, obj in enumerate(ctx.of_type(cls)):
        if obj.id in cyclic and ctx.by_id[obj.id] is obj:
            yield (
                join(ctx.places.path(cls, place), field),
                f"following `{field}` from {obj.id!r} leads back to it",
            )


@rule(
    "concession-to-self",
    "A concession names its own conceding actor among those it was made to.",
    "`by: us` and `to: [us]`.",
)
def _to_self(ctx: Context) -> Iterator[tuple[str, str]]:
    for place, obj in enumerate(ctx.of_type(model.Concession)):
        for index, actor in enumerate(obj.to):
            if actor == obj.by:
                yield (
                    join(join(ctx.places.path(model.Concession, place), "to"), index),
                    f"{actor!r} cannot concede to itself",
                )


@rule(
    "concession-position-mismatch",
    "A concession's `from_position` or `to_position` is not a position of the conceding "
    "actor on the concession's issue.",
    "A concession `by: us` on `missile-defence` with `to_position: pos-russia-missile-defence`.",
)
def _concession_positions(ctx: Context) -> Iterator[tuple[str, str]]:
    for place, obj in enumerate(ctx.of_type(model.Concession)):
        for name in ("from_position", "to_position"):
            position = _position(ctx, getattr(obj, name))
            if position is None:
                continue
            if position.actor != obj.by or position.issue != obj.issue:
                yield (
                    join(ctx.places.path(model.Concession, place), name),
                    f"{position.id!r} is a position of {position.actor!r} on {position.issue!r}, "
                    f"not of {obj.by!r} on {obj.issue!r}",
                )


# ---------------------------------------------------------------------------
# Exchanges, conditions, quantities.


@rule(
    "exchange-with-self",
    "A concession's `reciprocity.in_return_for` names the concession itself.",
    "Concession `con-relief` with `in_return_for: [con-relief]`.",
)
def _exchange_with_self(ctx: Context) -> Iterator[tuple[str, str]]:
    for place, obj, reciprocity in _exchanges(ctx):
        for index, other in enumerate(reciprocity.in_return_for):
            if other == obj.id:
                yield (
                    _in_return_for(ctx, place, index),
                    f"{obj.id!r} cannot be given in return for itself",
                )


@rule(
    "exchange-status",
    "A concession's reciprocity says nothing is received or expected (`status: none`), yet "
    "names concessions given in return.",
    '`{"status": "none", "in_return_for": ["con-relief"]}`.',
)
def _exchange_status(ctx: Context) -> Iterator[tuple[str, str]]:
    for place, obj, reciprocity in _exchanges(ctx):
        if reciprocity.status is model.ReciprocityStatus.NONE:
            yield (
                join(join(ctx.places.path(model.Concession, place), "reciprocity"), "status"),
                f"{obj.id!r} names concessions given in return, so something is received "
                "or expected: `received` or `expected`, not `none`",
            )


@rule(
    "exchange-same-side",
    "A concession is said to be given in return for a concession of the same actor.",
    "`con-us-1` by `us` with `in_return_for: [con-us-2]`, also by `us`.",
    warning=True,
)
def _exchange_same_side(ctx: Context) -> Iterator[tuple[str, str]]:
    for place, obj, reciprocity in _exchanges(ctx):
        for index, other_id in enumerate(reciprocity.in_return_for):
            other = ctx.by_id.get(other_id)
            if other_id != obj.id and type(other) is model.Concession and other.by == obj.by:
                yield (
                    _in_return_for(ctx, place, index),
                    f"{other_id!r} is also a concession of {obj.by!r}: an exchange is "
                    "between two sides",
                )


def _exchanges(ctx: Context) -> Iterator[tuple[int, model.Concession, model.Reciprocity]]:
    """The concessions whose reciprocity names others, with their places."""
    for place, obj in enumerate(ctx.of_type(model.Concession)):
        if obj.reciprocity is not None and obj.reciprocity.in_return_for:
            yield place, obj, obj.reciprocity


def _in_return_for(ctx: Context, place: int, index: int) -> str:
    path = ctx.places.path(model.Concession, place)
    return join(join(join(path, "reciprocity"), "in_return_for"), index)


@rule(
    "condition-on-itself",
    "A condition of a position or a concession names the very object that holds it.",
    "Concession `con-relief` with a condition `about: [con-relief]`.",
)
def _condition_on_itself(ctx: Context) -> Iterator[tuple[str, str]]:
    for cls in (model.Position, model.Concession):
        for place, obj in enumerate(ctx.of_type(cls)):
            for index, condition in enumerate(obj.conditions):
                if obj.id in condition.about:
                    where = join(join(ctx.places.path(cls, place), "conditions"), index)
                    yield (
                        join(join(where, "about"), condition.about.index(obj.id)),
                        f"{obj.id!r} cannot depend on itself",
                    )


@rule(
    "comparator-without-value",
    "A quantity has a `from_comparator` but no `from_value` for it to qualify.",
    '`{"measure": "centrifuges", "value": "6104", "unit": "centrifuges", '
    '"from_comparator": "about"}`.',
)
def _comparator_without_value(ctx: Context) -> Iterator[tuple[str, str]]:
    for place, obj in enumerate(ctx.of_type(model.Quantity)):
        if obj.from_comparator is not None and obj.from_value is None:
            yield (
                join(ctx.places.path(model.Quantity, place), "from_comparator"),
                f"from_comparator {obj.from_comparator.value!r} qualifies no from_value: "
                "give the amount the change starts from, or leave both out",
            )


@rule(
    "stages-out-of-order",
    "A stage of a concession's life is dated before the stage listed before it.",
    "`stages: [{status: made, date: 1979-03-26}, {status: proposed, date: 1978-09-17}]`.",
)
def _stages_out_of_order(ctx: Context) -> Iterator[tuple[str, str]]:
    for place, obj in enumerate(ctx.of_type(model.Concession)):
        previous = None  # the date of the last dated stage so far
        for index, stage in enumerate(obj.stages):
            if stage.date is None:
                continue
            if previous is not None and stage.date.latest < previous.earliest:
                where = join(
                    join(join(ctx.places.path(model.Concession, place), "stages"), index), "date"
                )
                yield where, f"{stage.date} is before {previous}, the stage listed before it"
            previous = stage.date


@rule(
    "stage-status-mismatch",
    "A concession's `status` is not the status of the last stage of its life.",
    "`status: proposed` with `stages` ending in `implemented`.",
    warning=True,
)
def _stage_status(ctx: Context) -> Iterator[tuple[str, str]]:
    for place, obj in enumerate(ctx.of_type(model.Concession)):
        if obj.stages and obj.stages[-1].status is not obj.status:
            yield (
                join(ctx.places.path(model.Concession, place), "status"),
                f"the status is {obj.status.value!r}, but the last stage is "
                f"{obj.stages[-1].status.value!r}",
            )


@rule(
    "position-concession-issue",
    "A position on a concession is on another issue than the concession.",
    "A position on `sanctions` with `concession: con-missile-defence`, which is on "
    "`missile-defence`.",
    warning=True,
)
def _position_concession_issue(ctx: Context) -> Iterator[tuple[str, str]]:
    for place, obj in enumerate(ctx.of_type(model.Position)):
        target = ctx.by_id.get(obj.concession) if obj.concession is not None else None
        if type(target) is model.Concession and target.issue != obj.issue:
            yield (
                join(ctx.places.path(model.Position, place), "concession"),
                f"{target.id!r} is on {target.issue!r}, not on {obj.issue!r}",
            )


# ---------------------------------------------------------------------------
# Issues, actors, judgments.


@rule(
    "issue-cycle",
    "Following `parent` from an issue leads back to it: the issue tree has a cycle.",
    "`assad-role` has `parent: syria-conflict` and `syria-conflict` has `parent: assad-role`.",
)
def _issue_cycle(ctx: Context) -> Iterator[tuple[str, str]]:
    yield from _cycle(ctx, model.Issue, "parent")


@rule(
    "self-affiliation",
    "An actor is affiliated with itself.",
    "Actor `kerry` with an affiliation whose `organization` is `kerry`.",
)
def _self_affiliation(ctx: Context) -> Iterator[tuple[str, str]]:
    for place, obj in enumerate(ctx.of_type(model.Actor)):
        for index, membership in enumerate(obj.affiliations):
            if membership.organization == obj.id:
                where = join(
                    join(join(ctx.places.path(model.Actor, place), "affiliations"), index),
                    "organization",
                )
                yield where, f"{obj.id!r} cannot be a member of itself"


@rule(
    "member-of-itself",
    "A coalition or group names itself among its members.",
    "Actor `p5-plus-1` with `members: [p5-plus-1, us]`.",
)
def _member_of_itself(ctx: Context) -> Iterator[tuple[str, str]]:
    for place, obj in enumerate(ctx.of_type(model.Actor)):
        if obj.id in obj.members:
            where = join(ctx.places.path(model.Actor, place), "members")
            yield join(where, obj.members.index(obj.id)), f"{obj.id!r} cannot be its own member"


@rule(
    "part-of-cycle",
    "Following `part_of` from an actor leads back to it: a body inside itself.",
    "`security-council` has `part_of: un` and `un` has `part_of: security-council`.",
)
def _part_of_cycle(ctx: Context) -> Iterator[tuple[str, str]]:
    yield from _cycle(ctx, model.Actor, "part_of")


@rule(
    "document-cycle",
    "Following `part_of` from a document leads back to it.",
    "`doc-protocol` has `part_of: doc-treaty` and `doc-treaty` has `part_of: doc-protocol`.",
)
def _document_cycle(ctx: Context) -> Iterator[tuple[str, str]]:
    yield from _cycle(ctx, model.Document, "part_of")


_DOCUMENT_DATES = (("signed", "in_force"), ("in_force", "ended"), ("signed", "ended"))


@rule(
    "document-dates-reversed",
    "A document entered into force before it was signed, or ended before it was signed or "
    "entered into force.",
    "`signed: 2010-04-08`, `in_force: 2009-02-05`.",
)
def _document_dates(ctx: Context) -> Iterator[tuple[str, str]]:
    for place, obj in enumerate(ctx.of_type(model.Document)):
        for first, then in _DOCUMENT_DATES:
            before, after = getattr(obj, first), getattr(obj, then)
            if before is not None and after is not None and after.latest < before.earliest:
                yield (
                    join(ctx.places.path(model.Document, place), then),
                    f"{then} ({after}) is before {first} ({before})",
                )
                break


@rule(
    "judgment-basis-cycle",
    "Following `based_on` from a judgment leads back to it: a judgment resting on itself.",
    "`j-deal` is based on `j-pressure`, which is based on `j-deal`.",
)
def _judgment_basis_cycle(ctx: Context) -> Iterator[tuple[str, str]]:
    yield from _cycle(ctx, model.Judgment, "based_on")


IDENTIFIER_FORMATS = {
    "wikidata": re.compile(r"Q[1-9][0-9]*"),
    "viaf": re.compile(r"[1-9][0-9]*"),
    "isni": re.compile(r"[0-9]{15}[0-9X]"),
    "orcid": re.compile(r"[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]"),
    "geonames": re.compile(r"[1-9][0-9]*"),
}


@rule(
    "identifier-format",
    "An identifier of a known scheme (wikidata, viaf, isni, orcid, geonames) is not in that "
    "scheme's form.",
    '`{"scheme": "wikidata", "value": "7747"}` (a Wikidata item id starts with `Q`).',
)
def _identifier_format(ctx: Context) -> Iterator[tuple[str, str]]:
    for place, obj in enumerate(ctx.of_type(model.Identifier)):
        form = IDENTIFIER_FORMATS.get(obj.scheme)
        if form is not None and not form.fullmatch(obj.value):
            yield (
                join(ctx.places.path(model.Identifier, place), "value"),
                f"{obj.value!r} is not a {obj.scheme} identifier (expected {form.pattern})",
            )


@rule(
    "likelihood-scale",
    "A likelihood's term does not belong to the scale it names.",
    '`{"term": "probable", "scale": "icd-203-likelihood"}`.',
)
def _likelihood_scale(ctx: Context) -> Iterator[tuple[str, str]]:
    for place, obj in enumerate(ctx.of_type(model.Likelihood)):
        terms = model.LIKELIHOOD_SCALES[obj.scale]
        if obj.term not in terms:
            allowed = ", ".join(repr(t.value) for t in terms)
            yield (
                join(ctx.places.path(model.Likelihood, place), "term"),
                f"{obj.term.value!r} is not a term of {obj.scale.value} ({allowed})",
            )


# ---------------------------------------------------------------------------
# Warnings.


@rule(
    "missing-evidence",
    "An actor, issue, position, concession, event, judgment or document cites no evidence.",
    "A position with no `evidence`.",
    warning=True,
)
def _missing_evidence(ctx: Context) -> Iterator[tuple[str, str]]:
    for name in LISTS:
        for index, obj in enumerate(getattr(ctx.brief, name)):
            if not obj.evidence:
                yield f"$.{name}[{index}]", f"{obj.id!r} cites no evidence from the source"


@rule(
    "placeholder",
    "The summary is still the placeholder that `briefschema new` writes.",
    "`summary` is `(Write the brief's findings in a few sentences.)`.",
    warning=True,
)
def _placeholder(ctx: Context) -> Iterator[tuple[str, str]]:
    if ctx.brief.summary == model.PLACEHOLDER_SUMMARY:
        yield "$.summary", "the summary is still the placeholder: write the brief's findings"


def catalogue() -> str:
    """The rule catalogue as Markdown (``docs/rules.md`` is this text)."""
    lines = [
        "# Integrity rules",
        "",
        "<!-- Generated from src/briefschema/_rules.py by `python -m briefschema._schemagen`. -->",
        "",
        "Level 2 of validation: what the JSON Schemas cannot say. Each rule has a stable code;",
        "other implementations can reproduce it from the meaning given here. Rules marked",
        "*needs the text* run only when the source text is given. A warning does not make a",
        "brief invalid, except in strict mode, where every warning is an error.",
        "",
        "Structural problems (level 1) carry the codes `required`, `unknown-field`, `type`,",
        "`null`, `enum`, `pattern`, `date`, `timestamp`, `extension-key`, `empty`, `too-long`,",
        "`too-few-items`, `duplicate-item`, `minimum`, `maximum` and `lone-surrogate`; reading",
        "JSON text adds `encoding`, `json-syntax`, `duplicate-key` and `number`. The limits",
        "(`briefschema.Limits`) add `too-large`, `too-deep`, `too-many-items` and `too-long`,",
        "checked before anything else. When objects of a brief's lists have structural",
        "problems, the rules still run on the rest (the malformed objects left out, a",
        "reference to one of them not counted as unresolved); when a problem lies outside",
        "the lists' objects, the rules do not run. A source text that is not UTF-8 (or a string holding a",
        "lone surrogate) gets `source-encoding` at `$.source`, and its quotes are not checked.",
        "Asked to require the text (`require_source`), validation gives a brief without one",
        "`source-required` at `$.source`. Every report says whether the quotes were checked",
        "(`quotes_checked`) and, if not, why (`unchecked_reason`).",
        "",
        "| code | severity | meaning | example of a violation |",
        "| --- | --- | --- | --- |",
    ]
    for item in RULES:
        meaning = item.meaning + (" *Needs the text.*" if item.needs_text else "")
        lines.append(f"| `{item.code}` | {item.severity.value} | {meaning} | {item.example} |")
    return "\n".join(lines) + "\n"
