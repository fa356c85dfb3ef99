"""Briefs for people: Markdown as an analyst would write it, and one self-contained HTML page.

The HTML page fetches nothing: styles are inline, and its two pictures are inline
SVG: an actor-by-issue stance matrix and a concession diagram. Every quotation is
shown with its span in the source text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping

from briefschema import _view, model
from briefschema._view import Heading, Item, Items, Para, Quotes, Span

__all__ = ["MATRIX_CELLS", "concession_svg", "render_html", "render_markdown", "stance_matrix_svg"]

STANCE_MARKS = {
    model.Stance.SUPPORTS: ("+", "#2e7d32", "supports"),
    model.Stance.OPPOSES: ("−", "#c62828", "opposes"),
    model.Stance.CONDITIONAL: ("±", "#ef6c00", "conditional"),
    model.Stance.NEUTRAL: ("0", "#607d8b", "neutral"),
    model.Stance.AMBIGUOUS: ("?", "#8e24aa", "ambiguous"),
}


_clip = _view.clip
_duration_words = _view.duration_words
_when = _view.when
_history = _view.history
HISTORY = _view.HISTORY


def _latest_positions(brief: model.Brief) -> dict[tuple[str, str], model.Position]:
    """Each actor's current position on each issue: the one no other names as previous."""
    superseded = {p.previous for p in brief.positions if p.previous}
    return {(p.actor, p.issue): p for p in brief.positions if p.id not in superseded}


def _source_span(evidence: model.Evidence) -> str:
    """Where a quotation stands, and what stands around it when the brief says."""
    words = f"source {evidence.start}–{evidence.end}"
    if evidence.prefix:
        words += f"; after “{evidence.prefix}”"
    if evidence.suffix:
        words += f"; before “{evidence.suffix}”"
    for key, value in evidence.extensions.items():
        words += f"; {key}: {_view.extension_text(value)}"
    return words


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


_URL = re.compile(r"[^\s<>\\`]+\Z")


def _md_spans(spans: tuple[Span, ...]) -> str:
    out = []
    for style, text in spans:
        if style == "b":
            out.append(f"**{_md(text)}**")
        elif style in ("i", "cite"):
            out.append(f"*{_md(text)}*")
        elif style == "url" and _URL.match(text):
            out.append(f"<{text}>")
        else:
            out.append(_md(text))
    return "".join(out)


def _md_quotes(evidence: Iterable[model.Evidence], indent: str) -> list[str]:
    """Each quotation its own paragraph of one blockquote (a ``>`` line between them)."""
    lines: list[str] = []
    for ev in evidence:
        if lines:
            lines.append(f"{indent}>")
        lines.append(f"{indent}> “{_md(ev.quote)}” ({_md(_source_span(ev))})")
    return lines


def _md_item(item: Item, depth: int) -> list[str]:
    indent = "  " * depth
    lines = [f"{indent}- {_md_spans(item.spans)}"]
    if item.note:
        lines.append(f"{indent}  - {_md_spans(item.note)}")
    for child in item.children:
        lines += _md_item(child, depth + 1)
    return lines + _md_quotes(item.quotes, indent + "  ")


def render_markdown(brief: model.Brief) -> str:
    """The brief as Markdown, as an analyst would write it.

    Summary, key judgments, actors, issues with positions, concessions, a timeline,
    agreements and documents, and what the brief records of itself, each object with
    every field it sets and its quotations and their spans. The same view as
    :func:`render_html` writes, without its pictures (their facts are in the lists).
    """
    out: list[str] = []
    for block in _view.build(brief):
        if isinstance(block, Heading):
            out += [f"{'#' * block.level} {_md(block.text)}", ""]
        elif isinstance(block, Para):
            out += [_md_spans(block.spans), ""]
        elif isinstance(block, Quotes):
            out += [*_md_quotes(block.evidence, ""), ""]
        elif isinstance(block, Items):
            for item in block.items:
                out += _md_item(item, 0)
            out.append("")
    return "\n".join(out)


# ---------------------------------------------------------------------------
# HTML


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def _e(text: object) -> str:
    """Escape text for HTML and SVG; characters XML forbids become U+FFFD."""
    return html.escape(_NOT_XML.sub("\ufffd", str(text)), quote=True)


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
    """Who gave what to whom on which issue, as inline SVG: one arrow per concession.

    A curved arrow on the right joins a concession to each concession of the diagram
    it was given in return for (its reciprocity's ``in_return_for``).
    """
    names = {a.id: a.name for a in brief.actors}
    titles = {i.id: i.title for i in brief.issues}
    row, width = 64, 800
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
    rows = {c.id: i for i, c in reversed(list(enumerate(brief.concessions)))}
    for index, concession in enumerate(brief.concessions):  # what each was given in return for
        given = concession.reciprocity.in_return_for if concession.reciprocity else ()
        for ref in given:
            other = rows.get(ref)
            if other is None or other == index:
                continue
            y1, y2 = 14 + index * row + 17, 14 + other * row + 17
            bend = 770 + min(abs(other - index), 8) * 3
            parts.append(
                f'<path class="exchange" d="M752,{y1} C{bend},{y1} {bend},{y2} 752,{y2}" '
                f'fill="none" stroke="#6a1b9a" stroke-width="1.5" marker-end="url(#arrow)">'
                f"<title>{_e(_clip(concession.description, 60))} in return for "
                f"{_e(_clip(brief.concessions[other].description, 60))}</title></path>"
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
.url{font-family:monospace;font-size:.9em}
"""


def _html_spans(spans: tuple[Span, ...]) -> str:
    out = []
    for style, text in spans:
        if style == "b":
            out.append(f"<b>{_e(text)}</b>")
        elif style == "i":
            out.append(f"<em>{_e(text)}</em>")
        elif style == "cite":
            out.append(f"<cite>{_e(text)}</cite>")
        elif style == "url":
            out.append(f'<span class="url">{_e(text)}</span>')
        elif style == "stance":
            mark, colour, word = STANCE_MARKS[model.Stance(text)]
            out.append(f'<b style="color:{colour}">{mark} {word}</b>')
        else:
            out.append(_e(text))
    return "".join(out)


def _html_quotes(evidence: Iterable[model.Evidence]) -> str:
    return "".join(
        f'<blockquote class="quote">“{_e(ev.quote)}”<span class="span">{_e(_source_span(ev))}</span></blockquote>'
        for ev in evidence
    )


def _html_item(item: Item) -> str:
    note = f'<div class="history">{_html_spans(item.note)}</div>' if item.note else ""
    children = ""
    if item.children:
        children = '<ul class="terms">' + "".join(_html_item(c) for c in item.children) + "</ul>"
    return f"<li>{_html_spans(item.spans)}{note}{children}{_html_quotes(item.quotes)}</li>"


def render_html(brief: model.Brief) -> str:
    """The brief as one self-contained HTML page, with the stance matrix and concession diagram.

    The same view as :func:`render_markdown` writes, with two pictures. The page
    grows with the brief, not with its square: beyond :data:`MATRIX_CELLS`
    actor-by-issue cells, the stances are a table with one row per current position
    instead of a matrix.
    """
    body: list[str] = []
    meta = True
    for block in _view.build(brief):
        if isinstance(block, Heading):
            body.append(f"<h{block.level}>{_e(block.text)}</h{block.level}>")
        elif isinstance(block, Para):
            kind = ' class="meta"' if meta else ""
            body.append(f"<p{kind}>{_html_spans(block.spans)}</p>")
            meta = False
        elif isinstance(block, Quotes):
            body.append(_html_quotes(block.evidence))
        elif isinstance(block, Items):
            kind = f' class="{block.kind}"' if block.kind else ""
            body.append(f"<ul{kind}>{''.join(_html_item(item) for item in block.items)}</ul>")
        elif block.name == "stances":
            legend = "".join(
                f'<span><b style="color:{colour}">{mark}</b> {word}</span>'
                for mark, colour, word in STANCE_MARKS.values()
            )
            body.append(f"<h2>Stances</h2>{_stance_view(brief, legend)}")
        else:
            body.append(
                f"<figure>{concession_svg(brief)}<figcaption>Solid arrows: material; dashed: "
                "verbal; curved: given in return for.</figcaption></figure>"
            )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{_e(brief.title)}</title>'
        f"<style>{_STYLE}</style></head><body>{''.join(body)}</body></html>\n"
    )
