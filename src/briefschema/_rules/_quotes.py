"""Evidence and the source text: offsets, quotes, the source's hash."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from briefschema import model
from briefschema._problems import join
from briefschema._rules._core import Context, rule


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
