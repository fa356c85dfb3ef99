"""What a reader is shown of a brief: one view, that Markdown and HTML both write.

The view is a list of blocks (headings, paragraphs, lists of items, figures);
an item is a line of styled spans, with sub-items and quotations. Each object of
the brief becomes an item in words an analyst would use; every field those words
do not cover (a field added to the model later included) is shown under it as
``Name: value``, read from the model's classes by :mod:`briefschema._anatomy`, so
that nothing a brief holds is left out of either format. Nested objects that
carry evidence (a condition, a term, a quantity, a stage) show their quotations
under their own item.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import attrs

from briefschema import _anatomy, _edtf, model

Span = tuple[str, str]
"""``(style, text)``: style is ``""``, ``"b"`` (strong), ``"i"`` (emphasis), ``"cite"``,
``"url"`` (a link to the text), or ``"stance"`` (the text is a stance's value)."""


@attrs.frozen
class Item:
    """One line of a list: its words, a note (a position's history), sub-items, quotations."""

    spans: tuple[Span, ...]
    children: tuple[Item, ...] = ()
    quotes: tuple[model.Evidence, ...] = ()
    note: tuple[Span, ...] = ()


@attrs.frozen
class Heading:
    level: int
    text: str


@attrs.frozen
class Para:
    spans: tuple[Span, ...]


@attrs.frozen
class Items:
    items: tuple[Item, ...]
    kind: str = ""
    """``"terms"`` for a list of details, else empty."""


@attrs.frozen
class Quotes:
    """Quotations standing on their own, not under an item (an issue's evidence)."""

    evidence: tuple[model.Evidence, ...]


@attrs.frozen
class Figure:
    """A picture, for HTML only: Markdown shows the same facts in its lists."""

    name: str
    """``stances`` or ``concessions``."""


Block = Heading | Para | Items | Quotes | Figure


# ---------------------------------------------------------------------------
# Words for values.


def clip(text: str, limit: int) -> str:
    """``text`` cut at the last word boundary within ``limit`` characters, with "…"."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ,;:-") + "…"


def when(value: model.Date | model.Interval | None, inferred: Iterable[model.DatePart] = ()) -> str:
    if value is None:
        return "undated"
    parts = [p.value for p in inferred]
    return f"{value} ({', '.join(parts)} inferred)" if parts else str(value)


def sort_key(
    value: model.Date | model.Interval | None,
) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    """By the last day a date can mean, then the first: "by 15 May" comes after "on 8 May"."""
    if value is None:
        return (9999, 12, 31), (9999, 12, 31)
    return value.latest, value.earliest


_AMOUNT = re.compile(r"(-?)([0-9]+)((?:\.[0-9]+)?)\Z")


def amount(text: str) -> str:
    """A decimal with its digits grouped by thousands: ``19000`` is ``19,000``."""
    found = _AMOUNT.match(text)
    if found is None:
        return text
    sign, whole, fraction = found.groups()
    first = len(whole) % 3 or 3  # grouped as text: no limit on digits, linear in them
    groups = [whole[:first], *(whole[i : i + 3] for i in range(first, len(whole), 3))]
    return f"{sign}{','.join(groups)}{fraction}"


_DURATION_PART = re.compile(r"([0-9]+)([YMWDHS])")
_UNITS = {"Y": "year", "W": "week", "D": "day", "H": "hour", "S": "second"}


def duration_words(duration: str) -> str:
    """An ISO 8601 duration in words: ``P1Y6M`` is ``1 year 6 months``, ``PT48H`` ``48 hours``."""
    date, _, time = duration.removeprefix("P").partition("T")
    words = []
    for part, minutes in ((date, "month"), (time, "minute")):
        for count, unit in _DURATION_PART.findall(part):
            name = minutes if unit == "M" else _UNITS[unit]
            words.append(f"{int(count)} {name}{'' if int(count) == 1 else 's'}")
    return " ".join(words) or duration


LABEL = 60
"""How many characters of a description name an object in a phrase."""

EXTENSION = 200
"""How many characters of an extension's value are shown."""


def labels(brief: model.Brief) -> dict[str, str]:
    """A short name for every object with an id (the first with it), for phrases that name it.

    An actor by its name, an issue or a document by its title, any other object by its
    text cut to :data:`LABEL` characters; a concession also by who made it.
    """
    found: dict[str, str] = {}
    for name in _anatomy.LISTS:
        for obj in getattr(brief, name):
            if obj.id in found:
                continue
            caption = _anatomy.caption(type(obj))
            text = clip(getattr(obj, caption.name), LABEL) if caption is not None else obj.id
            if isinstance(obj, model.Concession):
                text = f"{found.get(obj.by, obj.by)}: {text}"
            found[obj.id] = text
    return found


def named(ids: Iterable[str], names: Mapping[str, str]) -> str:
    return "; ".join(names.get(i, i) for i in ids)


def compared(comparator: model.Comparator | None, value: str) -> str:
    if comparator is None:  # "exactly", when the brief says it, is shown: it was said
        return value
    return f"{comparator.value} {value}"


def confidence(item: Any) -> str:
    words = f"{item.confidence.value} confidence"
    likelihood = getattr(item, "likelihood", None)
    if likelihood is not None:
        words = f"{_likelihood_words(likelihood)}, {words}"
    return words


def _likelihood_words(likelihood: model.Likelihood, *, scale: bool = False) -> str:
    """A likelihood in words: its term and its range (and scale), or that no scale is named."""
    span = likelihood.range
    if span is None:
        return f"{likelihood.term.value} (scale unnamed)"
    named = f", {likelihood.scale.value}" if scale else ""
    return f"{likelihood.term.value} ({span[0]}–{span[1]}%{named})"


def value_words(field: _anatomy.Field, value: Any, names: Mapping[str, str]) -> str:
    """A field's value in words.

    A reference by the name of what it names, an amount grouped, a duration in
    words, a list joined by semicolons.
    """
    if field.many:
        each = attrs.evolve(field, many=False)
        return "; ".join(value_words(each, v, names) for v in value)
    if field.refers_to is not None:
        return names.get(value, value)
    if field.kind == "enum":
        return str(value.value)
    if field.kind == "timestamp":
        return _edtf.format_timestamp(value)
    if field.is_amount:
        return amount(value)
    if field.shape == "duration":
        return f"{duration_words(value)} ({value})"
    return str(value)


# ---------------------------------------------------------------------------
# Objects as items: the words for what matters, then every other field that is set.


_TITLES = {"sha256": "SHA-256", "url": "URL", "id": "Id"}


def _title(name: str) -> str:
    return _TITLES.get(name) or name.replace("_", " ").capitalize()


_LEFT: dict[tuple[type[Any], tuple[str, ...]], tuple[_anatomy.Field, ...]] = {}
"""The fields of a class not in a tuple of shown ones, worked out once per pair."""


def rest(obj: Any, shown: tuple[str, ...], names: Mapping[str, str]) -> list[Item]:
    """Items for the fields of ``obj`` that are set and not in ``shown``."""
    key = (type(obj), shown)
    left = _LEFT.get(key)
    if left is None:
        left = _LEFT[key] = tuple(f for f in _anatomy.fields(type(obj)) if f.name not in shown)
    items: list[Item] = []
    for field in left:
        value = getattr(obj, field.name)
        if _anatomy.unset(value):
            continue
        if field.kind == "ext":
            items += [
                Item(((("", f"Extension {key}: {extension_text(data)}")),))
                for key, data in value.items()
            ]
        elif field.is_evidence:
            items.append(Item((("", f"{_title(field.name)}:"),), quotes=tuple(value)))
        elif field.nested:
            parts = value if field.many else (value,)
            for index, part in enumerate(parts):
                number = f" {index + 1}" if len(parts) > 1 else ""
                items.append(detail(part, f"{_title(field.name)}{number}", names))
        else:
            items.append(Item((("", f"{_title(field.name)}: {value_words(field, value, names)}"),)))
    return items


def extension_text(data: Any) -> str:
    """An extension's value as JSON text, cut to :data:`EXTENSION` characters."""
    try:
        return clip(json.dumps(data, ensure_ascii=False), EXTENSION)
    except (TypeError, ValueError, RecursionError):
        return "(not JSON)"


Phrase = Callable[[Any, Mapping[str, str]], tuple[str, tuple[str, ...]]]
"""Words for a nested object (after its name and a colon), and the fields they show."""

PHRASES: dict[type[Any], Phrase] = {}


def _phrase(cls: type[Any]) -> Callable[[Phrase], Phrase]:
    def register(func: Phrase) -> Phrase:
        PHRASES[cls] = func
        return func

    return register


def detail(obj: Any, prefix: str, names: Mapping[str, str]) -> Item:
    """A nested object as an item: its phrase, its other fields, its quotations."""
    phrase = PHRASES.get(type(obj))
    words, shown = phrase(obj, names) if phrase is not None else ("", ())
    if isinstance(obj, model.Condition):  # "Condition (reversal): ..." as people write it
        line = f"{prefix} ({obj.kind.value}): {words}"
    else:
        line = f"{prefix}: {words}" if words else f"{prefix}:"
    evidence = tuple(getattr(obj, "evidence", ()))
    return Item((("", line),), tuple(rest(obj, (*shown, "evidence"), names)), evidence)


@_phrase(model.Term)
def _term(term: model.Term, names: Mapping[str, str]) -> tuple[str, tuple[str, ...]]:
    words = f"for {compared(term.bound, duration_words(term.duration))}"
    if term.start is not None:
        words += f" from {term.start}"
    if term.starts_with is not None:
        words += f", starting with: {names.get(term.starts_with, term.starts_with)}"
    return words, ("duration", "bound", "start", "starts_with")


@_phrase(model.Quantity)
def _quantity(quantity: model.Quantity, _: Mapping[str, str]) -> tuple[str, tuple[str, ...]]:
    words = compared(quantity.comparator, f"{amount(quantity.value)} {quantity.unit}")
    if quantity.from_value is not None:
        start = compared(quantity.from_comparator, amount(quantity.from_value))
        words = f"from {start} to {words}"
    shown = ("measure", "value", "unit", "comparator", "from_value", "from_comparator")
    return f"{quantity.measure}: {words}", shown


@_phrase(model.Condition)
def _condition(condition: model.Condition, names: Mapping[str, str]) -> tuple[str, tuple[str, ...]]:
    words = condition.description
    if condition.about:
        words += f" [{named(condition.about, names)}]"
    shown: tuple[str, ...] = ("kind", "description", "about")
    term = condition.term
    if term is not None and not term.evidence and not term.extensions:  # else its own item
        words += f", {_term(term, names)[0]}"
        shown += ("term",)
    return words, shown


@_phrase(model.Stage)
def _stage(stage: model.Stage, names: Mapping[str, str]) -> tuple[str, tuple[str, ...]]:
    words = stage.status.value
    if stage.date is not None:
        words += f" {stage.date}"
    if stage.event is not None:
        words += f" ({names.get(stage.event, stage.event)})"
    return words, ("status", "date", "event")


@_phrase(model.Affiliation)
def _affiliation(item: model.Affiliation, names: Mapping[str, str]) -> tuple[str, tuple[str, ...]]:
    words = f"{item.role}, {names.get(item.organization, item.organization)}"
    if item.start is not None:
        words += f", from {item.start}"
    if item.end is not None:
        words += f", until {item.end}"
    return words, ("organization", "role", "start", "end")


@_phrase(model.Identifier)
def _identifier(item: model.Identifier, _: Mapping[str, str]) -> tuple[str, tuple[str, ...]]:
    return f"{item.scheme} {item.value}", ("scheme", "value")


@_phrase(model.Horizon)
def _horizon(horizon: model.Horizon, _: Mapping[str, str]) -> tuple[str, tuple[str, ...]]:
    words = horizon.description
    if horizon.duration is not None:
        words += f" ({duration_words(horizon.duration)})"
    if horizon.until is not None:
        words += f", until {horizon.until}"
    return words, ("description", "duration", "until")


@_phrase(model.Likelihood)
def _likelihood(item: model.Likelihood, _: Mapping[str, str]) -> tuple[str, tuple[str, ...]]:
    return _likelihood_words(item, scale=True), ("term", "scale")


def _item(
    obj: Any,
    head: tuple[Span, ...],
    shown: Iterable[str],
    names: Mapping[str, str],
    *lines: Item | str,
    note: tuple[Span, ...] = (),
) -> Item:
    """An object of the brief's lists: its head, ``lines``, every other field, its quotes."""
    children = [line if isinstance(line, Item) else Item((("", line),)) for line in lines]
    children += rest(obj, (*shown, "id", "evidence"), names)
    return Item(head, tuple(children), tuple(obj.evidence), note)


def _stages(stages: tuple[model.Stage, ...], names: Mapping[str, str]) -> Item:
    """A concession's life in one line, with each stage's quotations and other fields."""
    line = "Stages: " + "; ".join(_stage(stage, names)[0] for stage in stages)
    children = [
        child
        for stage in stages
        for child in rest(stage, ("status", "date", "event", "evidence"), names)
    ]
    quotes = tuple(ev for stage in stages for ev in stage.evidence)
    return Item((("", line),), tuple(children), quotes)


def _negotiation(item: model.Position | model.Concession, names: Mapping[str, str]) -> list[Item]:
    """Its place in a negotiation: what it was exchanged for, conditions, term, amounts."""
    lines: list[Item] = []
    if isinstance(item, model.Position):
        if item.salience is not None:
            lines.append(Item((("", f"Salience: {item.salience.value}"),)))
        if item.addressed_to:
            lines.append(Item((("", f"Addressed to: {named(item.addressed_to, names)}"),)))
        if item.concession is not None:
            on = names.get(item.concession, item.concession)
            lines.append(Item((("", f"On the concession: {on}"),)))
    else:
        if item.under is not None:
            lines.append(Item((("", f"Under: {names.get(item.under, item.under)}"),)))
        if item.stages:
            lines.append(_stages(item.stages, names))
        reciprocity = item.reciprocity
        if reciprocity is not None:
            if reciprocity.in_return_for:
                given = named(reciprocity.in_return_for, names)
                lines.append(Item((("", f"In return for: {given}"),)))
            more = rest(reciprocity, ("status", "description", "in_return_for", "evidence"), names)
            if more or reciprocity.evidence:
                lines.append(Item((("", "In exchange:"),), tuple(more), reciprocity.evidence))
    lines += [detail(condition, "Condition", names) for condition in item.conditions]
    if isinstance(item, model.Concession) and item.term is not None:
        lines.append(detail(item.term, "Term", names))
    lines += [detail(quantity, "Quantity", names) for quantity in item.quantities]
    return lines


NEGOTIATION = (
    "salience",
    "addressed_to",
    "concession",
    "under",
    "stages",
    "reciprocity",
    "conditions",
    "term",
    "quantities",
)
"""The fields :func:`_negotiation` shows."""


def _judgment(judgment: model.Judgment, names: Mapping[str, str]) -> Item:
    head: list[Span] = [
        ("", judgment.statement),
        ("", " ("),
        ("i", confidence(judgment)),
        ("", ")"),
    ]
    if judgment.hedge:
        head.append(("", f" The source hedges: “{judgment.hedge}”."))
    lines: list[Item | str] = []
    if judgment.holder is not None:
        lines.append(f"Held by: {names.get(judgment.holder, judgment.holder)}, not the analyst")
    if judgment.horizon is not None:
        lines.append(detail(judgment.horizon, "Horizon", names))
    if judgment.based_on:
        lines.append(f"Rests on: {named(judgment.based_on, names)}")
    shown = ("statement", "confidence", "hedge", "holder", "horizon", "based_on")
    return _item(judgment, tuple(head), shown, names, *lines)


def _actor(actor: model.Actor, names: Mapping[str, str]) -> Item:
    words = f" ({actor.kind.value}" + (f", {actor.country})" if actor.country else ")")
    if actor.aliases:
        words += f"; also {', '.join(actor.aliases)}"
    roles = [_affiliation(a, names)[0] for a in actor.affiliations]
    if roles:
        words += f"; {'; '.join(roles)}"
    if actor.members:
        words += f"; members: {named(actor.members, names)}"
    if actor.part_of is not None:
        words += f"; part of {names.get(actor.part_of, actor.part_of)}"
    more = [
        Item((("", f"Affiliation: {_affiliation(a, names)[0]}"),), tuple(extra), a.evidence)
        for a in actor.affiliations
        if (extra := rest(a, ("organization", "role", "start", "end", "evidence"), names))
        or a.evidence
    ]
    shown = ("name", "kind", "country", "aliases", "affiliations", "members", "part_of")
    return _item(actor, (("b", actor.name), ("", words)), shown, names, *more)


def _position(
    position: model.Position, names: Mapping[str, str], by_id: Mapping[str, model.Position]
) -> Item:
    words = [v.value for v in (position.firmness, position.trend) if v is not None]
    words.append(when(position.as_of, position.inferred_date_parts))
    words.append(f"{position.basis.value}, {position.confidence.value} confidence")
    head = (
        ("b", names.get(position.actor, position.actor)),
        ("", " — "),
        ("stance", position.stance.value),
        ("", f"; {'; '.join(words)}: {position.statement}"),
    )
    earlier = history(by_id, position)
    note: tuple[Span, ...] = ()
    if earlier:
        text = "; ".join(
            f"{p.stance.value} ({when(p.as_of, p.inferred_date_parts)}): {p.statement}"
            for p in earlier
        )
        note = (
            ("", f"Earlier: {text}" + ("; and earlier positions" if earlier[-1].previous else "")),
        )
    shown = (
        "actor",
        "issue",
        "stance",
        "firmness",
        "trend",
        "as_of",
        "inferred_date_parts",
        "basis",
        "confidence",
        "statement",
        "previous",
        *NEGOTIATION,
    )
    return _item(position, head, shown, names, *_negotiation(position, names), note=note)


def _concession(concession: model.Concession, names: Mapping[str, str]) -> Item:
    to = ", ".join(names.get(a, a) for a in concession.to)
    words = (
        f" on {names.get(concession.issue, concession.issue)}: {concession.description} "
        f"({concession.kind.value}, {concession.status.value}, "
        f"{when(concession.date, concession.inferred_date_parts)})"
    )
    if concession.reciprocity is not None:
        words += f" In exchange: {concession.reciprocity.status.value}"
        if concession.reciprocity.description:
            words += f" — {concession.reciprocity.description}"
        words += "" if words.endswith((".", "!", "?")) else "."
    head = (("b", f"{names.get(concession.by, concession.by)} → {to}"), ("", words))
    shown = (
        "by",
        "to",
        "issue",
        "description",
        "kind",
        "status",
        "date",
        "inferred_date_parts",
        *NEGOTIATION,
    )
    return _item(concession, head, shown, names, *_negotiation(concession, names))


def _event(event: model.Event, names: Mapping[str, str]) -> Item:
    where = f", {event.place}" if event.place else ""
    words = f" — {event.category.value}: {event.description}"
    if event.documents:
        words += f" (concerning {named(event.documents, names)})"
    head = (("b", f"{when(event.date, event.inferred_date_parts)}{where}"), ("", words))
    shown = ("date", "inferred_date_parts", "place", "category", "description", "documents")
    return _item(event, head, shown, names)


def _document(document: model.Document, names: Mapping[str, str]) -> Item:
    words = f"{document.title} ({document.kind.value}, {document.status.value})"
    if document.parties:
        words += f"; parties: {named(document.parties, names)}"
    dates = [
        f"{name.replace('_', ' ')} {value}"
        for name in ("signed", "in_force", "ended")
        if (value := getattr(document, name)) is not None
    ]
    if dates:
        words += f"; {', '.join(dates)}"
    if document.part_of is not None:
        words += f"; part of {names.get(document.part_of, document.part_of)}"
    if document.description:
        words += f". {document.description}"
    lines = [detail(document.term, "Term", names)] if document.term is not None else []
    lines += [detail(quantity, "Quantity", names) for quantity in document.quantities]
    shown = (
        "title",
        "kind",
        "status",
        "parties",
        "signed",
        "in_force",
        "ended",
        "part_of",
        "description",
        "term",
        "quantities",
    )
    return _item(document, (("", words),), shown, names, *lines)


HISTORY = 8
"""How many earlier positions are shown for one position (a bound: chains may be long)."""


def history(by_id: Mapping[str, model.Position], position: model.Position) -> list[model.Position]:
    """The earlier positions of ``position``, newest first, following ``previous``.

    At most :data:`HISTORY` of them, so that a page of many long chains stays
    linear in the brief; a loop in the chain ends it.
    """
    chain: list[model.Position] = []
    seen = {position.id}
    current = by_id.get(position.previous) if position.previous else None
    while current is not None and current.id not in seen and len(chain) < HISTORY:
        chain.append(current)
        seen.add(current.id)
        current = by_id.get(current.previous) if current.previous else None
    return chain


def positions_by_issue(brief: model.Brief) -> dict[str, list[model.Position]]:
    """The positions on each issue, in document order: one pass, not one per issue."""
    found: dict[str, list[model.Position]] = {}
    for position in brief.positions:
        found.setdefault(position.issue, []).append(position)
    return found


def build(brief: model.Brief) -> list[Block]:
    """The brief as a reader is shown it, top to bottom."""
    names = labels(brief)
    src = brief.source
    source: list[Span] = [("", "Source: "), ("cite", src.title)]
    source += [("", f", {value}") for value in (src.publisher, src.published) if value]
    if src.url:
        source += [("", " "), ("url", src.url)]
    out: list[Block] = [Heading(1, brief.title), Para(tuple(source))]
    out += [Heading(2, "Summary"), Para((("", brief.summary),))]
    if brief.judgments:
        out += [
            Heading(2, "Key judgments"),
            Items(tuple(_judgment(j, names) for j in brief.judgments)),
        ]
    out.append(Figure("stances"))
    if brief.actors:
        out += [Heading(2, "Actors"), Items(tuple(_actor(a, names) for a in brief.actors))]
    if brief.issues:
        out.append(Heading(2, "Issues and positions"))
        by_issue = positions_by_issue(brief)
        by_id = {p.id: p for p in brief.positions}
        for issue in brief.issues:
            parent = f" (part of {names.get(issue.parent, issue.parent)})" if issue.parent else ""
            out.append(Heading(3, f"{issue.title}{parent}"))
            if issue.description:
                out.append(Para((("", issue.description),)))
            if issue.evidence:
                out.append(Quotes(tuple(issue.evidence)))
            more = rest(issue, ("id", "title", "parent", "description", "evidence"), names)
            if more:
                out.append(Items(tuple(more), "terms"))
            items = tuple(_position(p, names, by_id) for p in by_issue.get(issue.id, ()))
            if items:
                out.append(Items(items))
    if brief.concessions:
        out += [
            Heading(2, "Concessions"),
            Figure("concessions"),
            Items(tuple(_concession(c, names) for c in brief.concessions)),
        ]
    if brief.events:
        events = sorted(brief.events, key=lambda e: sort_key(e.date))
        out += [Heading(2, "Timeline"), Items(tuple(_event(e, names) for e in events))]
    if brief.documents:
        out += [
            Heading(2, "Agreements and documents"),
            Items(tuple(_document(d, names) for d in brief.documents)),
        ]
    about = rest(brief, ("title", "summary", "source", *_anatomy.LISTS), names)
    for child in rest(src, ("title", "publisher", "published", "url"), names):
        text = child.spans[0][1]
        text = text if text[:2].isupper() else text[0].lower() + text[1:]
        about.append(Item((("", f"Source {text}"),), child.children, child.quotes))
    out += [Heading(2, "About this brief"), Items(tuple(about), "terms")]
    return out
