"""The rules' machinery: where objects stand, what every rule may look at, the registry."""

from __future__ import annotations

import functools
import operator
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


def _cyclic(ctx: Context, cls: type[Any], field: str, *, self_loops: bool = True) -> set[str]:
    """The ids of the objects of ``cls`` that following ``field`` (one id or a list) leads back to.

    Without ``self_loops``, a reference of an object to itself is passed over (another
    rule reports it), so only loops through two objects or more count.

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
        if not self_loops and obj.id in out:
            out = [ref for ref in out if ref != obj.id]
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


def _cycle(
    ctx: Context, cls: type[Any], field: str, *, self_loops: bool = True
) -> Iterator[tuple[str, str]]:
    cyclic = _cyclic(ctx, cls, field, self_loops=self_loops)
    for place, obj in enumerate(ctx.of_type(cls)):
        if obj.id in cyclic and ctx.by_id[obj.id] is obj:
            yield (
                join(ctx.places.path(cls, place), field),
                f"following `{field}` from {obj.id!r} leads back to it",
            )


def catalogue() -> str:
    """The rule catalogue as Markdown (``docs/rules.md`` is this text)."""
    lines = [
        "# Integrity rules",
        "",
        "<!-- Generated from src/briefschema/_rules/ by `python -m briefschema._schemagen`. -->",
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
