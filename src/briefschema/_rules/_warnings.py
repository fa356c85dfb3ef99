"""Warnings: what a finished brief should not still have."""

from __future__ import annotations

from collections.abc import Iterator

from briefschema import model
from briefschema._anatomy import LISTS
from briefschema._rules._core import Context, rule


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
