"""Briefs for people: Markdown as an analyst would write it, and one self-contained HTML page.

The HTML page fetches nothing: styles are inline, and its two pictures are inline
SVG: an actor-by-issue stance matrix and a concession diagram. Every quotation is
shown with its span in the source text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from typing import Any

from briefschema import model

__all__ = ["MATRIX_CELLS", "render_html", "render_markdown", "stance_matrix_svg"]

STANCE_MARKS = {
    model.Stance.SUPPORTS: ("+", "#2e7d32", "supports"),
    model.Stance.OPPOSES: ("−", "#c62828", "opposes"),
    model.Stance.CONDITIONAL: ("±", "#ef6c00", "conditional"),
    model.Stance.NEUTRAL: ("0", "#607d8b", "neutral"),
    model.Stance.AMBIGUOUS: ("?", "#8e24aa", "ambiguous"),
}


def _when(
    value: model.Date | model.Interval | None, inferred: Iterable[model.DatePart] = ()
) -> str:
    if value is None:
        return "undated"
    parts = [p.value for p in inferred]
    return f"{value} ({', '.join(parts)} inferred)" if parts else str(value)


def _sort_key(
    value: model.Date | model.Interval | None,
) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    """By the last day a date can mean, then the first: "by 15 May" comes after "on 8 May"."""
    if value is None:
        return (9999, 12, 31), (9999, 12, 31)
    return value.latest, value.earliest


def _confidence(item: Any) -> str:
    words = f"{item.confidence.value} confidence"
    likelihood = getattr(item, "likelihood", None)
    if likelihood is not None:
        low, high = likelihood.range
        words = f"{likelihood.term.value} ({low}–{high}%), {words}"
    return words


def _positions_by_issue(brief: model.Brief) -> dict[str, list[model.Position]]:
    """The positions on each issue, in document order: one pass, not one per issue."""
    found: dict[str, list[model.Position]] = {}
    for position in brief.positions:
        found.setdefault(position.issue, []).append(position)
    return found


def _clip(text: str, limit: int) -> str:
    """``text`` cut at the last word boundary within ``limit`` characters, with "…"."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ,;:-") + "…"


HISTORY = 8
"""How many earlier positions are shown for one position (a bound: chains may be long)."""


def _history(by_id: dict[str, model.Position], position: model.Position) -> list[model.Position]:
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


def _latest_positions(brief: model.Brief) -> dict[tuple[str, str], model.Position]:
    """Each actor's current position on each issue: the one no other names as previous."""
    superseded = {p.previous for p in brief.positions if p.previous}
    return {(p.actor, p.issue): p for p in brief.positions if p.id not in superseded}


# ---------------------------------------------------------------------------
# Negotiation details as plain phrases (each renderer escapes them its own way).


LABEL = 60
"""How many characters of a description name an object in a phrase."""

_DURATION_PART = re.compile(r"([0-9]+)([YMWDHS])")
_UNITS = {"Y": "year", "W": "week", "D": "day", "H": "hour", "S": "second"}


def _labels(brief: model.Brief) -> dict[str, str]:
    """A short name for every object with an id, for phrases that name them."""
    labels: dict[str, str] = {}
    for actor in brief.actors:
        labels.setdefault(actor.id, actor.name)
    for issue in brief.issues:
        labels.setdefault(issue.id, issue.title)
    for position in brief.positions:
        labels.setdefault(position.id, _clip(position.statement, LABEL))
    for concession in brief.concessions:
        by = labels.get(concession.by, concession.by)
        labels.setdefault(concession.id, f"{by}: {_clip(concession.description, LABEL)}")
    for event in brief.events:
        labels.setdefault(event.id, _clip(event.description, LABEL))
    for judgment in brief.judgments:
        labels.setdefault(judgment.id, _clip(judgment.statement, LABEL))
    for document in brief.documents:
        labels.setdefault(document.id, _clip(document.title, LABEL))
    return labels


def _duration_words(duration: str) -> str:
    """An ISO 8601 duration in words: ``P1Y6M`` is ``1 year 6 months``, ``PT48H`` ``48 hours``."""
    date, _, time = duration.removeprefix("P").partition("T")
    words = []
    for part, minutes in ((date, "month"), (time, "minute")):
        for count, unit in _DURATION_PART.findall(part):
            name = minutes if unit == "M" else _UNITS[unit]
            words.append(f"{int(count)} {name}{'' if int(count) == 1 else 's'}")
    return " ".join(words) or duration


def _compared(comparator: model.Comparator | None, amount: str) -> str:
    if comparator is None or comparator is model.Comparator.EXACTLY:
        return amount
    return f"{comparator.value} {amount}"


def _quantity(quantity: model.Quantity) -> str:
    amount = _compared(quantity.comparator, f"{quantity.value} {quantity.unit}")
    if quantity.from_value is not None:
        amount = f"from {_compared(quantity.from_comparator, quantity.from_value)} to {amount}"
    return f"{quantity.measure}: {amount}"


def _term(term: model.Term, labels: dict[str, str]) -> str:
    words = f"for {_compared(term.bound, _duration_words(term.duration))}"
    if term.start is not None:
        words += f" from {term.start}"
    if term.starts_with is not None:
        words += f", starting with: {labels.get(term.starts_with, term.starts_with)}"
    return words


def _stage(stage: model.Stage, labels: dict[str, str]) -> str:
    words = stage.status.value
    if stage.date is not None:
        words += f" {stage.date}"
    if stage.event is not None:
        words += f" ({labels.get(stage.event, stage.event)})"
    return words


def _judgment_details(judgment: model.Judgment, labels: dict[str, str]) -> list[str]:
    """Whose judgment, how far ahead, and what it rests on, one phrase each."""
    lines = []
    if judgment.holder is not None:
        lines.append(f"Held by: {labels.get(judgment.holder, judgment.holder)}, not the analyst")
    if judgment.horizon is not None:
        horizon = judgment.horizon
        words = horizon.description
        if horizon.duration is not None:
            words += f" ({_duration_words(horizon.duration)})"
        if horizon.until is not None:
            words += f", until {horizon.until}"
        lines.append(f"Horizon: {words}")
    if judgment.based_on:
        lines.append(f"Rests on: {_named(judgment.based_on, labels)}")
    return lines


def _document_line(document: model.Document, labels: dict[str, str]) -> str:
    """A document in one phrase: kind and status, parties, dates, what it belongs to."""
    words = f"{document.title} ({document.kind.value}, {document.status.value})"
    if document.parties:
        words += f"; parties: {_named(document.parties, labels)}"
    dates = [
        f"{name.replace('_', ' ')} {value}"
        for name in ("signed", "in_force", "ended")
        if (value := getattr(document, name)) is not None
    ]
    if dates:
        words += f"; {', '.join(dates)}"
    if document.part_of is not None:
        words += f"; part of {labels.get(document.part_of, document.part_of)}"
    if document.term is not None:
        words += f"; {_term(document.term, labels)}"
    words += "".join(f"; {_quantity(q)}" for q in document.quantities)
    if document.description:
        words += f". {document.description}"
    return words


def _actor_relations(actor: model.Actor, labels: dict[str, str]) -> str:
    words = ""
    if actor.members:
        words += f"; members: {_named(actor.members, labels)}"
    if actor.part_of is not None:
        words += f"; part of {labels.get(actor.part_of, actor.part_of)}"
    return words


def _named(ids: Iterable[str], labels: dict[str, str]) -> str:
    return "; ".join(labels.get(i, i) for i in ids)


def _negotiation_details(
    item: model.Position | model.Concession, labels: dict[str, str]
) -> list[str]:
    """Its place in a negotiation, one phrase each.

    What it was exchanged for, on what conditions, for how long and how much; for a
    position also how much it matters and whom it addresses.
    """
    lines = []
    if isinstance(item, model.Position):
        if item.salience is not None:
            lines.append(f"Salience: {item.salience.value}")
        if item.addressed_to:
            lines.append(f"Addressed to: {_named(item.addressed_to, labels)}")
        if item.concession is not None:
            lines.append(f"On the concession: {labels.get(item.concession, item.concession)}")
    else:
        if item.under is not None:
            lines.append(f"Under: {labels.get(item.under, item.under)}")
        if item.stages:
            lines.append("Stages: " + "; ".join(_stage(stage, labels) for stage in item.stages))
    reciprocity = getattr(item, "reciprocity", None)
    if reciprocity is not None and reciprocity.in_return_for:
        lines.append(f"In return for: {_named(reciprocity.in_return_for, labels)}")
    for condition in item.conditions:
        line = f"Condition ({condition.kind.value}): {condition.description}"
        if condition.about:
            line += f" [{_named(condition.about, labels)}]"
        if condition.term is not None:
            line += f", {_term(condition.term, labels)}"
        lines.append(line)
    term = getattr(item, "term", None)
    if term is not None:
        lines.append(f"Term: {_term(term, labels)}")
    lines += [f"Quantity: {_quantity(q)}" for q in item.quantities]
    return lines


# ---------------------------------------------------------------------------
# Markdown


_MD_SPECIAL = re.compile(r"([\\`*_\[\]#|])")
_LINE_BREAKS = re.compile("\r\n|[\n\r\x0b\x0c\x85\u2028\u2029]")


def _md(text: object) -> str:
    """Text for Markdown: shown as written, never read as markup or HTML.

    ``&``, ``<`` and ``>`` become entities (no raw HTML survives), Markdown's
    punctuation is escaped with backslashes (no links, emphasis or tables),
    line breaks become spaces (no new blocks), control characters become U+FFFD.
    """
    flat = _LINE_BREAKS.sub(" ", _NOT_XML.sub("\ufffd", str(text)))
    entities = flat.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", entities)


def _md_quotes(evidence: Iterable[model.Evidence]) -> list[str]:
    """Each quotation its own paragraph of one blockquote (a ``>`` line between them)."""
    lines: list[str] = []
    for ev in evidence:
        if lines:
            lines.append("  >")
        lines.append(f"  > “{_md(ev.quote)}” (source {ev.start}–{ev.end})")
    return lines


def render_markdown(brief: model.Brief) -> str:  # noqa: PLR0915 - one document, top to bottom
    """The brief as Markdown, as an analyst would write it.

    Summary, key judgments, actors, issues with positions, concessions and a
    timeline, each with its quotations and their spans.
    """
    names = {a.id: _md(a.name) for a in brief.actors}
    titles = {i.id: _md(i.title) for i in brief.issues}
    labels = _labels(brief)
    by_issue = _positions_by_issue(brief)
    src = brief.source
    out = [f"# {_md(brief.title)}", ""]
    source_line = f"Source: *{_md(src.title)}*"
    if src.publisher:
        source_line += f", {_md(src.publisher)}"
    if src.published:
        source_line += f", {src.published}"
    if src.url:
        source_line += f" <{src.url}>"
    out += [source_line, "", "## Summary", "", _md(brief.summary), ""]
    if brief.judgments:
        out += ["## Key judgments", ""]
        for judgment in brief.judgments:
            hedge = f" The source hedges: “{_md(judgment.hedge)}”." if judgment.hedge else ""
            out.append(f"- {_md(judgment.statement)} (*{_confidence(judgment)}*){hedge}")
            out += [f"  - {_md(line)}" for line in _judgment_details(judgment, labels)]
            out += _md_quotes(judgment.evidence)
        out.append("")
    if brief.actors:
        out += ["## Actors", ""]
        for actor in brief.actors:
            line = f"- **{_md(actor.name)}** ({actor.kind.value}"
            line += f", {actor.country})" if actor.country else ")"
            if actor.aliases:
                line += f"; also {', '.join(_md(a) for a in actor.aliases)}"
            roles = [
                f"{_md(a.role)}, {names.get(a.organization, _md(a.organization))}"
                for a in actor.affiliations
            ]
            if roles:
                line += f"; {'; '.join(roles)}"
            line += _md(_actor_relations(actor, labels))
            out.append(line)
            out += _md_quotes(actor.evidence)
        out.append("")
    if brief.issues:
        out += ["## Issues and positions", ""]
        for issue in brief.issues:
            parent = (
                f" (part of {titles.get(issue.parent, _md(issue.parent))})" if issue.parent else ""
            )
            out += [f"### {_md(issue.title)}{parent}", ""]
            if issue.description:
                out += [_md(issue.description), ""]
            out += [q.strip() for q in _md_quotes(issue.evidence)]
            if issue.evidence:
                out.append("")
            for position in by_issue.get(issue.id, ()):
                details = [position.stance.value]
                details += [v.value for v in (position.firmness, position.trend) if v is not None]
                details.append(_when(position.as_of, position.inferred_date_parts))
                details.append(f"{position.basis.value}, {position.confidence.value} confidence")
                out.append(
                    f"- **{names.get(position.actor, _md(position.actor))}** — {'; '.join(details)}: {_md(position.statement)}"
                )
                out += [f"  - {_md(line)}" for line in _negotiation_details(position, labels)]
                out += _md_quotes(position.evidence)
            out.append("")
    if brief.concessions:
        out += ["## Concessions", ""]
        for concession in brief.concessions:
            to = ", ".join(names.get(a, _md(a)) for a in concession.to)
            line = (
                f"- **{names.get(concession.by, _md(concession.by))} → {to}** on "
                f"{titles.get(concession.issue, _md(concession.issue))}: {_md(concession.description)} "
                f"({concession.kind.value}, {concession.status.value}, {_when(concession.date, concession.inferred_date_parts)})"
            )
            if concession.reciprocity is not None:
                line += f" In exchange: {concession.reciprocity.status.value}"
                line += (
                    f" — {_md(concession.reciprocity.description)}"
                    if concession.reciprocity.description
                    else ""
                )
            out.append(line)
            out += [f"  - {_md(line)}" for line in _negotiation_details(concession, labels)]
            out += _md_quotes(concession.evidence)
        out.append("")
    if brief.events:
        out += ["## Timeline", ""]
        for event in sorted(brief.events, key=lambda e: _sort_key(e.date)):
            where = f", {_md(event.place)}" if event.place else ""
            concerning = (
                f" (concerning {_md(_named(event.documents, labels))})" if event.documents else ""
            )
            out.append(
                f"- **{_when(event.date, event.inferred_date_parts)}{where}** — {event.category.value}: {_md(event.description)}{concerning}"
            )
            out += _md_quotes(event.evidence)
        out.append("")
    if brief.documents:
        out += ["## Agreements and documents", ""]
        for document in brief.documents:
            out.append(f"- {_md(_document_line(document, labels))}")
            out += _md_quotes(document.evidence)
        out.append("")
    return "\n".join(out)


# ---------------------------------------------------------------------------
# HTML


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def _e(text: object) -> str:
    """Escape text for HTML and SVG; characters XML forbids become U+FFFD."""
    return html.escape(_NOT_XML.sub("\ufffd", str(text)), quote=True)


def _html_quotes(evidence: Iterable[model.Evidence]) -> str:
    return "".join(
        f'<blockquote class="quote">“{_e(ev.quote)}”<span class="span">source {ev.start}–{ev.end}</span></blockquote>'
        for ev in evidence
    )


MATRIX_CELLS = 2_500
"""The largest stance matrix drawn (e.g. 50 actors by 50 issues); wider briefs get a table."""


def _matrix_axes(
    brief: model.Brief, latest: dict[tuple[str, str], model.Position]
) -> tuple[list[model.Actor], list[model.Issue]]:
    """The actors and issues that have a current position, in document order."""
    with_actor = {actor for actor, _ in latest}
    with_issue = {issue for _, issue in latest}
    return (
        [a for a in brief.actors if a.id in with_actor],
        [i for i in brief.issues if i.id in with_issue],
    )


def _stance_view(brief: model.Brief, legend: str) -> str:
    """The matrix when it is small enough to read, else a table of current positions."""
    latest = _latest_positions(brief)
    actors, issues = _matrix_axes(brief, latest)
    if len(actors) * len(issues) <= MATRIX_CELLS:
        return (
            f"<figure>{_matrix_svg(brief, latest, actors, issues)}"
            f'<figcaption class="legend">{legend}</figcaption></figure>'
        )
    names = {a.id: a.name for a in actors}
    titles = {i.id: i.title for i in issues}
    order = {key: index for index, key in enumerate([*titles, *names])}
    rows = []
    for (actor, issue), position in sorted(
        latest.items(), key=lambda kv: (order[kv[0][1]], order[kv[0][0]])
    ):
        mark, colour, word = STANCE_MARKS[position.stance]
        rows.append(
            f"<tr><td>{_e(titles.get(issue, issue))}</td><td>{_e(names.get(actor, actor))}</td>"
            f'<td><b style="color:{colour}">{mark} {word}</b></td></tr>'
        )
    return (
        f'<p class="meta">{len(actors):,} actors by {len(issues):,} issues: too wide for a '
        f"matrix, so each current position is one row.</p>"
        '<table class="stances"><thead><tr><th>issue</th><th>actor</th><th>stance</th></tr>'
        f"</thead><tbody>{''.join(rows)}</tbody></table>"
    )


def stance_matrix_svg(brief: model.Brief, *, max_cells: int = MATRIX_CELLS) -> str:
    """An actor-by-issue matrix of current stances, as inline SVG.

    Its size is the number of actors times the number of issues that have a
    current position, so it is drawn only up to ``max_cells`` cells
    (:func:`render_html` shows a wider brief as a table instead).

    Raises:
        ValueError: the matrix would have more than ``max_cells`` cells.

    """
    latest = _latest_positions(brief)
    actors, issues = _matrix_axes(brief, latest)
    if len(actors) * len(issues) > max_cells:
        raise ValueError(
            f"the matrix would have {len(actors):,} actors by {len(issues):,} issues, over "
            f"{max_cells:,} cells (max_cells)"
        )
    return _matrix_svg(brief, latest, actors, issues)


def _matrix_svg(
    brief: model.Brief,
    latest: Mapping[tuple[str, str], model.Position],
    actors: list[model.Actor],
    issues: list[model.Issue],
) -> str:
    """The matrix drawn, from the current positions and the axes its caller found."""
    by_id = {p.id: p for p in brief.positions}
    cell, left, top = 34, 190, 170
    width, height = (
        left + cell * len(issues) + 130,
        top + cell * len(actors) + 10,
    )  # room for the slanted labels
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="matrix" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}"><title>Stances of actors on issues</title>'
    ]
    for col, issue in enumerate(issues):
        x = left + col * cell + cell / 2
        parts.append(
            f'<text x="{x}" y="{top - 8}" transform="rotate(-50 {x} {top - 8})" font-size="11"><title>{_e(issue.title)}</title>{_e(_clip(issue.title, 34))}</text>'
        )
    for row, actor in enumerate(actors):
        y = top + row * cell
        parts.append(
            f'<text x="{left - 8}" y="{y + cell / 2 + 4}" text-anchor="end" font-size="12"><title>{_e(actor.name)}</title>{_e(_clip(actor.name, 28))}</text>'
        )
        for col, issue in enumerate(issues):
            x = left + col * cell
            position = latest.get((actor.id, issue.id))
            if position is None:
                parts.append(
                    f'<rect x="{x}" y="{y}" width="{cell - 2}" height="{cell - 2}" fill="#f3f3f3"/>'
                )
                continue
            mark, colour, word = STANCE_MARKS[position.stance]
            earlier = _history(by_id, position)
            was = "".join(
                f"; earlier ({_when(p.as_of)}): {STANCE_MARKS[p.stance][2]}" for p in earlier
            )
            parts.append(
                f'<rect x="{x}" y="{y}" width="{cell - 2}" height="{cell - 2}" fill="{colour}">'
                f"<title>{_e(actor.name)} {word} {_e(issue.title)}: {_e(position.statement)}{_e(was)}</title></rect>"
                f'<text x="{x + cell / 2 - 1}" y="{y + cell / 2 + 5}" text-anchor="middle" fill="#fff" font-size="15">{mark}</text>'
            )
            if any(p.stance is not position.stance for p in earlier):  # a change of stance
                parts.append(
                    f'<path class="changed" d="M{x + cell - 12},{y} h10 v10 z" fill="#fff"/>'
                )
    parts.append("</svg>")
    return "".join(parts)


def concession_svg(brief: model.Brief) -> str:
    """Who gave what to whom on which issue, as inline SVG: one arrow per concession."""
    names = {a.id: a.name for a in brief.actors}
    titles = {i.id: i.title for i in brief.issues}
    row, width = 64, 760
    height = 20 + row * max(1, len(brief.concessions))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="concessions" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}"><title>Concessions</title>'
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto">'
        '<path d="M0,0 L10,5 L0,10 z" fill="#37474f"/></marker></defs>'
    ]
    for index, concession in enumerate(brief.concessions):
        y = 14 + index * row
        dashed = ' stroke-dasharray="6 4"' if concession.kind is model.ConcessionKind.VERBAL else ""
        to = ", ".join(names.get(a, a) for a in concession.to)
        parts.append(
            f'<rect x="4" y="{y}" width="150" height="34" rx="6" fill="#e3f2fd" stroke="#1565c0"/>'
            f'<text x="79" y="{y + 22}" text-anchor="middle" font-size="12">{_e(_clip(names.get(concession.by, concession.by), 22))}</text>'
            f'<line x1="156" y1="{y + 17}" x2="586" y2="{y + 17}" stroke="#37474f" stroke-width="2"{dashed} marker-end="url(#arrow)"/>'
            f'<text x="371" y="{y + 11}" text-anchor="middle" font-size="11">{_e(_clip(titles.get(concession.issue, concession.issue), 58))}</text>'
            f'<text x="371" y="{y + 33}" text-anchor="middle" font-size="10" fill="#555"><title>{_e(concession.description)}</title>{_e(concession.kind.value)}, {_e(concession.status.value)}: {_e(_clip(concession.description, 66))}</text>'
            f'<rect x="590" y="{y}" width="160" height="34" rx="6" fill="#fff3e0" stroke="#ef6c00"/>'
            f'<text x="670" y="{y + 22}" text-anchor="middle" font-size="12">{_e(_clip(to, 22))}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


_STYLE = """
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.7rem}h2{border-bottom:1px solid #ddd;padding-bottom:.2rem;margin-top:2rem}
.terms{margin:.2rem 0;padding-left:1.2rem;color:#333;font-size:.95em}
.quote{margin:.3rem 0 .6rem 1rem;padding-left:.6rem;border-left:3px solid #90a4ae;color:#444;font-style:italic}
.span{font-style:normal;font-size:.8rem;color:#78909c;margin-left:.5rem}
.meta{color:#555}.legend span{display:inline-block;margin-right:1rem}
figure{margin:1rem 0;overflow-x:auto}
.history{font-size:.85rem;color:#555;margin:.2rem 0 0 1rem}
table.stances{border-collapse:collapse}.stances td,.stances th{padding:.1rem .6rem;text-align:left;border-bottom:1px solid #eee}
"""


def _html_details(item: model.Position | model.Concession, labels: dict[str, str]) -> str:
    return _html_lines(_negotiation_details(item, labels))


def _html_lines(lines: list[str]) -> str:
    if not lines:
        return ""
    return '<ul class="terms">' + "".join(f"<li>{_e(line)}</li>" for line in lines) + "</ul>"


def _html_position(
    position: model.Position,
    names: dict[str, str],
    positions: dict[str, model.Position],
    labels: dict[str, str],
) -> str:
    """One position as a list item: stance, details, statement, its history, its quotes."""
    mark, colour, word = STANCE_MARKS[position.stance]
    details = "; ".join(
        [v.value for v in (position.firmness, position.trend) if v is not None]
        + [
            _when(position.as_of, position.inferred_date_parts),
            f"{position.confidence.value} confidence",
        ]
    )
    earlier = _history(positions, position)
    history = ""
    if earlier:
        history = (
            '<div class="history">Earlier: '
            + "; ".join(
                f"{_e(STANCE_MARKS[p.stance][2])} ({_e(_when(p.as_of, p.inferred_date_parts))}): {_e(p.statement)}"
                for p in earlier
            )
            + ("; and earlier positions" if earlier[-1].previous else "")
            + "</div>"
        )
    return (
        f'<li><b>{_e(names.get(position.actor, position.actor))}</b> <b style="color:{colour}">{mark} {word}</b> '
        f"({_e(details)}): {_e(position.statement)}{history}{_html_details(position, labels)}"
        f"{_html_quotes(position.evidence)}</li>"
    )


def _html_concession(
    concession: model.Concession,
    names: dict[str, str],
    titles: dict[str, str],
    labels: dict[str, str],
) -> str:
    """One concession as a list item, with what was received in exchange."""
    to = ", ".join(names.get(a, a) for a in concession.to)
    exchange = ""
    if concession.reciprocity is not None:
        exchange = f" In exchange: {_e(concession.reciprocity.status.value)}"
        if concession.reciprocity.description:
            exchange += f" — {_e(concession.reciprocity.description)}"
        exchange += "."
    return (
        f"<li><b>{_e(names.get(concession.by, concession.by))} → {_e(to)}</b> on {_e(titles.get(concession.issue, concession.issue))}: "
        f"{_e(concession.description)} ({_e(concession.kind.value)}, {_e(concession.status.value)}, "
        f"{_e(_when(concession.date, concession.inferred_date_parts))}){exchange}"
        f"{_html_details(concession, labels)}{_html_quotes(concession.evidence)}</li>"
    )


def render_html(brief: model.Brief) -> str:
    """The brief as one self-contained HTML page, with the stance matrix and concession diagram.

    The page grows with the brief, not with its square: beyond
    :data:`MATRIX_CELLS` actor-by-issue cells, the stances are a table with one
    row per current position instead of a matrix.
    """
    names = {a.id: a.name for a in brief.actors}
    by_issue = _positions_by_issue(brief)
    positions = {p.id: p for p in brief.positions}
    titles = {i.id: i.title for i in brief.issues}
    labels = _labels(brief)
    src = brief.source
    body = [f"<h1>{_e(brief.title)}</h1>"]
    meta = f"Source: <cite>{_e(src.title)}</cite>"
    meta += f", {_e(src.publisher)}" if src.publisher else ""
    meta += f", {_e(src.published)}" if src.published else ""
    body.append(f'<p class="meta">{meta}</p>')
    body.append(f"<h2>Summary</h2><p>{_e(brief.summary)}</p>")
    if brief.judgments:
        body.append("<h2>Key judgments</h2><ul>")
        for judgment in brief.judgments:
            hedge = f" The source hedges: “{_e(judgment.hedge)}”." if judgment.hedge else ""
            body.append(
                f"<li>{_e(judgment.statement)} <em>({_e(_confidence(judgment))})</em>{hedge}"
                f"{_html_lines(_judgment_details(judgment, labels))}{_html_quotes(judgment.evidence)}</li>"
            )
        body.append("</ul>")
    legend = "".join(
        f'<span><b style="color:{colour}">{mark}</b> {word}</span>'
        for mark, colour, word in STANCE_MARKS.values()
    )
    body.append(f"<h2>Stances</h2>{_stance_view(brief, legend)}")
    if brief.actors:
        body.append("<h2>Actors</h2><ul>")
        for actor in brief.actors:
            extra = f"; also {_e(', '.join(actor.aliases))}" if actor.aliases else ""
            roles = "; ".join(
                f"{_e(a.role)}, {_e(names.get(a.organization, a.organization))}"
                for a in actor.affiliations
            )
            kind = _e(actor.kind.value) + (f", {_e(actor.country)}" if actor.country else "")
            body.append(
                f"<li><b>{_e(actor.name)}</b> ({kind}){extra}{'; ' + roles if roles else ''}"
                f"{_e(_actor_relations(actor, labels))}{_html_quotes(actor.evidence)}</li>"
            )
        body.append("</ul>")
    if brief.issues:
        body.append("<h2>Issues and positions</h2>")
        for issue in brief.issues:
            body.append(f"<h3>{_e(issue.title)}</h3>")
            if issue.description:
                body.append(f"<p>{_e(issue.description)}</p>")
            body.append(_html_quotes(issue.evidence))
            items = [
                _html_position(position, names, positions, labels)
                for position in by_issue.get(issue.id, ())
            ]
            if items:
                body.append(f"<ul>{''.join(items)}</ul>")
    if brief.concessions:
        body.append(
            f"<h2>Concessions</h2><figure>{concession_svg(brief)}<figcaption>Solid arrows: material; dashed: verbal.</figcaption></figure><ul>"
        )
        body += [
            _html_concession(concession, names, titles, labels) for concession in brief.concessions
        ]
        body.append("</ul>")
    if brief.events:
        body.append("<h2>Timeline</h2><ul>")
        for event in sorted(brief.events, key=lambda e: _sort_key(e.date)):
            where = f", {_e(event.place)}" if event.place else ""
            concerning = (
                f" (concerning {_e(_named(event.documents, labels))})" if event.documents else ""
            )
            body.append(
                f"<li><b>{_e(_when(event.date, event.inferred_date_parts))}{where}</b> — {_e(event.category.value)}: "
                f"{_e(event.description)}{concerning}{_html_quotes(event.evidence)}</li>"
            )
        body.append("</ul>")
    if brief.documents:
        body.append("<h2>Agreements and documents</h2><ul>")
        body += [
            f"<li>{_e(_document_line(document, labels))}{_html_quotes(document.evidence)}</li>"
            for document in brief.documents
        ]
        body.append("</ul>")
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{_e(brief.title)}</title>'
        f"<style>{_STYLE}</style></head><body>{''.join(body)}</body></html>\n"
    )
