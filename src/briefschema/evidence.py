"""Finding quotes in a source text, and checking evidence against it.

Offsets count Unicode code points (Python ``str`` indices), end exclusive,
as the W3C Web Annotation TextPositionSelector does. A text that a JSON
consumer in another language holds as UTF-16 counts astral characters twice:
convert before comparing.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator

from briefschema.model import Evidence

__all__ = [
    "CONTEXT",
    "SHOWN",
    "locate",
    "locate_every",
    "mismatches",
    "occurrences",
    "sha256_of",
    "text_of",
]

CONTEXT = 32
"""How many code points of prefix and suffix :func:`locate` records."""


def sha256_of(text: str | bytes) -> str:
    """The SHA-256 of a source text, in lowercase hex (``Source.sha256``).

    Args:
        text: the text's exact bytes, or the text, which is hashed as UTF-8.

    Raises:
        ValueError: ``text`` holds a lone surrogate, so it has no UTF-8 form.

    """
    if isinstance(text, str):
        text = text_of(text).encode("utf-8")
    return hashlib.sha256(text).hexdigest()


def text_of(source: str | bytes) -> str:
    """A source text as the code points that offsets count.

    Bytes are decoded as strict UTF-8 and nothing else: no newline translation,
    and a byte order mark stays the first code point, so offsets and the
    SHA-256 are of exactly the bytes given.

    Raises:
        ValueError: the bytes are not UTF-8, or the string holds a lone
            surrogate (it has no UTF-8 form); the message says where.

    """
    if isinstance(source, str):
        if not source.isascii():
            found = _SURROGATE.search(source)
            if found is not None:
                raise ValueError(
                    f"the source text holds a lone surrogate (U+{ord(found.group()):04X}) at "
                    f"code point {found.start():,}: it has no UTF-8 form"
                )
        return source
    try:
        return bytes(source).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"the source text is not UTF-8: byte {exc.object[exc.start]:#04x} at byte "
            f"offset {exc.start:,}"
        ) from None


_SURROGATE = re.compile("[\ud800-\udfff]")


def occurrences(text: str, quote: str, limit: int | None = None) -> list[int]:
    """Every start offset at which ``quote`` occurs in ``text``, overlaps included.

    Args:
        text: the source text.
        quote: the words to find; must not be empty.
        limit: stop after this many occurrences (all of them by default).

    Raises:
        ValueError: the quote is empty.

    """
    if not quote:
        raise ValueError("an empty quote occurs everywhere")
    found: list[int] = []
    start = text.find(quote)
    while start != -1 and (limit is None or len(found) < limit):
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
        ValueError: the quote is empty, does not occur, occurs more than once
            and no ``occurrence`` was given, or ``occurrence`` is out of range.

    """
    if occurrence is not None and occurrence < 0:
        raise ValueError(f"there is no occurrence {occurrence}: occurrences count from 0")
    if occurrence is None:
        starts = occurrences(text, quote, limit=2)
        if len(starts) > 1:
            every = occurrences(text, quote)
            shown = ", ".join(str(s) for s in every[:10]) + (", ..." if len(every) > 10 else "")
            raise ValueError(
                f"{quote!r} occurs {len(every)} times (at {shown}); say which occurrence"
            )
    else:
        starts = occurrences(text, quote, limit=occurrence + 2)
    if not starts:
        raise ValueError(f"{quote!r} does not occur in the text")
    index = occurrence or 0
    if index >= len(starts):
        raise ValueError(
            f"{quote!r} occurs {len(starts)} times; there is no occurrence {occurrence}"
        )
    return _evidence_at(text, quote, starts[index], alone=len(starts) == 1)


def locate_every(text: str, quote: str) -> list[Evidence]:
    """The evidence for every occurrence of ``quote`` in ``text``, in order.

    One pass over the text: the cost is the text's length plus the evidence
    written. When the words occur more than once, each evidence carries a
    prefix and a suffix, as :func:`locate` gives them.

    Raises:
        ValueError: the quote is empty.

    """
    starts = occurrences(text, quote)
    return [_evidence_at(text, quote, start, alone=len(starts) == 1) for start in starts]


def _evidence_at(text: str, quote: str, start: int, *, alone: bool) -> Evidence:
    end = start + len(quote)
    if alone:
        return Evidence(quote=quote, start=start, end=end)
    return Evidence(
        quote=quote,
        start=start,
        end=end,
        prefix=text[max(0, start - CONTEXT) : start],
        suffix=text[end : end + CONTEXT],
    )


SHOWN = 60
"""How many code points of a mismatching passage a message shows."""


def _shown(text: str, start: int, end: int) -> str:
    """The text between two offsets, cut to :data:`SHOWN` code points, as a Python literal."""
    if end - start <= SHOWN:
        return repr(text[start:end])
    return repr(text[start : start + SHOWN]) + f" (and {end - start - SHOWN:,} more code points)"


def mismatches(text: str, evidence: Evidence, *, hint: bool = True) -> Iterator[tuple[str, str]]:
    """How ``evidence`` disagrees with ``text``, as ``(code, message)`` pairs.

    The codes are those of the integrity rules that report them. Nothing is
    copied out of the text but what a message shows, so the cost is the length
    of the quote and of its prefix and suffix.

    Args:
        text: the source text.
        evidence: the evidence to check.
        hint: for a quote that does not match, say where else it occurs (one
            search of the text; callers checking many quotes ration it).

    """
    start, end, quote = evidence.start, evidence.end, evidence.quote
    if end > len(text):
        yield (
            "offset-out-of-range",
            f"end {end} is past the end of the source text ({len(text)} code points)",
        )
        return
    if start > end:
        return  # reported without the text, by offsets-reversed
    if end - start != len(quote) or not text.startswith(quote, start):
        elsewhere = occurrences(text, quote, limit=6) if hint and quote else []
        where = ", ".join(str(s) for s in elsewhere[:5]) + (", ..." if len(elsewhere) > 5 else "")
        yield (
            "quote-mismatch",
            f"the text at {start}:{end} is {_shown(text, start, end)}, not the quote"
            + (f"; the quote occurs at {where}" if elsewhere else ""),
        )
    if evidence.prefix is not None and not text.endswith(evidence.prefix, 0, start):
        yield ("prefix-mismatch", "the prefix is not the text just before the quote")
    if evidence.suffix is not None and not text.startswith(evidence.suffix, end):
        yield ("suffix-mismatch", "the suffix is not the text just after the quote")
