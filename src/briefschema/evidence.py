"""Finding quotes in a source text, and checking evidence against it.

Offsets count Unicode code points (Python ``str`` indices), end exclusive,
as the W3C Web Annotation TextPositionSelector does. A text that a JSON
consumer in another language holds as UTF-16 counts astral characters twice:
convert before comparing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from briefschema.model import Evidence

__all__ = ["CONTEXT", "locate", "mismatches", "occurrences", "sha256_of"]

CONTEXT = 32
"""How many code points of prefix and suffix :func:`locate` records."""


def sha256_of(text: str) -> str:
    """The SHA-256 of ``text`` encoded as UTF-8, in lowercase hex (``Source.sha256``)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def occurrences(text: str, quote: str) -> list[int]:
    """Every start offset at which ``quote`` occurs in ``text``, overlaps included."""
    if not quote:
        raise ValueError("an empty quote occurs everywhere")
    found = []
    start = text.find(quote)
    while start != -1:
        found.append(start)
        start = text.find(quote, start + 1)
    return found


def locate(text: str, quote: str, occurrence: int | None = None) -> Evidence:
    """Make the evidence for an exact quote of ``text``.

    Args:
        text: the source text.
        quote: words that occur in it exactly.
        occurrence: which occurrence (from 0) when the words occur more than
            once; the evidence then carries a prefix and a suffix.

    Raises:
        ValueError: the quote does not occur, occurs more than once and no
            ``occurrence`` was given, or ``occurrence`` is out of range.

    """
    starts = occurrences(text, quote)
    if not starts:
        raise ValueError(f"{quote!r} does not occur in the text")
    if occurrence is None:
        if len(starts) > 1:
            raise ValueError(
                f"{quote!r} occurs {len(starts)} times (at {starts}); say which occurrence"
            )
        occurrence = 0
    if not 0 <= occurrence < len(starts):
        raise ValueError(
            f"{quote!r} occurs {len(starts)} times; there is no occurrence {occurrence}"
        )
    start = starts[occurrence]
    end = start + len(quote)
    if len(starts) == 1:
        return Evidence(quote=quote, start=start, end=end)
    return Evidence(
        quote=quote,
        start=start,
        end=end,
        prefix=text[max(0, start - CONTEXT) : start],
        suffix=text[end : end + CONTEXT],
    )


def mismatches(text: str, evidence: Evidence) -> Iterator[tuple[str, str]]:
    """How ``evidence`` disagrees with ``text``, as ``(code, message)`` pairs.

    The codes are those of the integrity rules that report them.
    """
    if evidence.end > len(text):
        yield (
            "offset-out-of-range",
            f"end {evidence.end} is past the end of the source text ({len(text)} code points)",
        )
        return
    if evidence.start > evidence.end:
        return  # reported without the text, by offsets-reversed
    actual = text[evidence.start : evidence.end]
    if actual != evidence.quote:
        elsewhere = occurrences(text, evidence.quote)
        hint = f"; the quote occurs at {elsewhere[:5]}" if elsewhere else ""
        yield (
            "quote-mismatch",
            f"the text at {evidence.start}:{evidence.end} is {actual!r}, not the quote{hint}",
        )
    if evidence.prefix is not None and not text[: evidence.start].endswith(evidence.prefix):
        yield ("prefix-mismatch", "the prefix is not the text just before the quote")
    if evidence.suffix is not None and not text[evidence.end :].startswith(evidence.suffix):
        yield ("suffix-mismatch", "the suffix is not the text just after the quote")
