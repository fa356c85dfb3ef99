"""Finding quotes in a source text, and checking evidence against it.

Offsets count Unicode code points (Python ``str`` indices), end exclusive,
as the W3C Web Annotation TextPositionSelector does. A text that a JSON
consumer in another language holds as UTF-16 counts astral characters twice:
convert before comparing.
"""

from __future__ import annotations

import bisect
import difflib
import functools
import hashlib
import re
from collections.abc import Iterator, Sequence

from briefschema import _graphemes, _search
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
    for known, digest in _LAST_DIGEST:  # the same (immutable) text as lately
        if known is text:
            return digest
    data = text
    if isinstance(data, str):
        try:
            data = data.encode("utf-8")
        except UnicodeEncodeError:
            text_of(data)  # raises, saying where the lone surrogate is
            raise
    digest = hashlib.sha256(data).hexdigest()
    if isinstance(text, str | bytes):
        _remember(_LAST_DIGEST, text, digest)
    return digest


REMEMBERED = 8
"""How many texts :func:`sha256_of` and :func:`text_of` remember (by identity): a
batch whose lines alternate between a few texts decodes and hashes each once."""


def _remember(memo: list[tuple[str | bytes, str]], key: str | bytes, value: str) -> None:
    """Put ``key`` first in ``memo``, dropping the oldest past :data:`REMEMBERED`."""
    memo.insert(0, (key, value))
    del memo[REMEMBERED:]


_LAST_DIGEST: list[tuple[str | bytes, str]] = []
"""The texts hashed lately and their digests: a batch checks many briefs against a few
texts. Each entry holds the text itself, so an identical object is the same text."""


def _surrogate_in(text: str) -> re.Match[str] | None:
    """The first lone surrogate of ``text``, if any (searched for only when encoding fails)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.search(text)
    return None


def text_of(source: str | bytes) -> str:
    """A source text as the code points that offsets count.

    Bytes are decoded as strict UTF-8 and nothing else: no newline translation,
    and a byte order mark stays the first code point, so offsets and the
    SHA-256 are of exactly the bytes given.

    Raises:
        ValueError: the bytes are not UTF-8, or the string holds a lone
            surrogate (it has no UTF-8 form); the message says where.

    """
    for known, text in _LAST_TEXT:  # the same (immutable) text as lately
        if known is source:
            return text
    if isinstance(source, str):
        if not source.isascii():
            found = _surrogate_in(source)
            if found is not None:
                raise ValueError(
                    f"the source text holds a lone surrogate (U+{ord(found.group()):04X}) at "
                    f"code point {found.start():,}: it has no UTF-8 form"
                )
        text = source
    else:
        try:
            text = bytes(source).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ValueError(
                f"the source text is not UTF-8: byte {exc.object[exc.start]:#04x} at byte "
                f"offset {exc.start:,}"
            ) from None
    if type(source) is str or type(source) is bytes:  # a bytearray may change
        _remember(_LAST_TEXT, source, text)
    return text


_LAST_TEXT: list[tuple[str | bytes, str]] = []
"""The sources read lately and their texts: a batch checks many briefs against a few,
and the same text object then finds its SHA-256 in :data:`_LAST_DIGEST` too."""


_SURROGATE = re.compile("[\ud800-\udfff]")


def occurrences(text: str, quote: str, limit: int | None = None) -> list[int]:
    """Every start offset at which ``quote`` occurs in ``text``, overlaps included.

    An occurrence begins and ends between two characters as a reader sees them
    (grapheme clusters, Unicode UAX #29): ``"cafe"`` does not occur in
    ``"cafe\u0301"``, whose last character is an accented ``e``.

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
    clusters = _graphemes.of(text)
    start = text.find(quote)
    while start != -1 and (limit is None or len(found) < limit):
        if clusters.splits(start, start + len(quote)) is None:
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


PASTE = 500
"""How many code points of a nearest passage a message shows whole, ready to paste."""


def shown(text: str, start: int, end: int, limit: int = SHOWN) -> str:
    """The text between two offsets, cut to ``limit`` code points, as a Python literal."""
    if end - start <= limit:
        return repr(text[start:end])
    return repr(text[start : start + limit]) + f" (and {end - start - limit:,} more code points)"


_QUOTES = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00ab": '"', "\u00bb": '"',
    }
)  # fmt: skip
_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"))
_SPACE = re.compile(r"\s+")

KINDS = {
    "quotes": "quotation marks (straight and typographic)",
    "dashes": "dashes and hyphens",
    "case": "upper and lower case",
    "whitespace": "white space",
}


def _folded(text: str, *, quotes: bool, dashes: bool, case: bool, space: bool) -> str:
    if quotes:
        text = text.translate(_QUOTES)
    if dashes:
        text = text.translate(_DASHES)
    if case:
        text = text.casefold()
    if space:
        text = _SPACE.sub(" ", text.strip())
    return text


def _reasons(passage: str, quote: str) -> list[str]:
    """The kinds of difference (see :data:`KINDS`) that separate ``passage`` from ``quote``.

    Empty when folding every kind away still leaves them apart (the words differ).
    A kind counts when folding all the others away does not make them equal.
    """
    if _folded(passage, **_ALL) != _folded(quote, **_ALL):
        return []
    return [kind for kind in KINDS if _differs_in(passage, quote, kind)]


_ALL = {"quotes": True, "dashes": True, "case": True, "space": True}


def _differs_in(passage: str, quote: str, kind: str) -> bool:
    options = {**_ALL, "space" if kind == "whitespace" else kind: False}
    return _folded(passage, **options) != _folded(quote, **options)


def difference(passage: str, quote: str) -> str:
    """How ``quote`` differs from ``passage``, in words.

    Kinds of characters (quotation marks, dashes, case, white space) are named with the
    first code point that differs, for example: ``differs in quotation marks (straight
    and typographic); first at code point 6 of the quote: U+2019 (a right single
    quotation mark) in the text, U+0027 in the quote``. Words are compared as words: a
    word the quote leaves out or adds, quotation marks it adds, or a word it changes,
    for example ``differs in its words: the quote leaves out 'its' (after 'withdraw')``.
    """
    reasons = _reasons(passage, quote)
    if reasons:
        kinds = " and ".join(KINDS[r] for r in reasons)
        return f"differs in {kinds}; {_first_difference(passage, quote)}"
    words = _word_change(passage.split(), quote.split())
    if words is None:
        return f"differs in its words; {_first_difference(passage, quote)}"
    return f"differs in its words: {words}"


def _first_difference(passage: str, quote: str) -> str:
    index = next(
        (i for i, (a, b) in enumerate(zip(passage, quote, strict=False)) if a != b),
        min(len(passage), len(quote)),
    )
    return (
        f"first at code point {index} of the quote: "
        f"{_char(passage, index)} in the text, {_char(quote, index)} in the quote"
    )


WORDS_COMPARED = 400
"""The most words a passage and a quote may have together to be compared word by word
(a comparison costs up to their product); longer ones are told by the first code point
that differs."""

_MARKS = "'\"\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2032\u2033\u00ab\u00bb"
"""The quotation marks, straight and typographic."""


def _word_change(ours: list[str], theirs: list[str]) -> str | None:
    """The first difference of the quote's words (``theirs``) from the text's, and how many more.

    Words are compared with quotation marks, dashes and case folded, so that only a
    word left out, added or changed counts; None when there are too many to compare
    or no word differs (a word may differ in a character the folding keeps).
    """
    if len(ours) + len(theirs) > WORDS_COMPARED:
        return None
    matcher = difflib.SequenceMatcher(
        None,
        [_folded(word, **_ALL) for word in ours],
        [_folded(word, **_ALL) for word in theirs],
        autojunk=False,
    )
    changes = [op for op in matcher.get_opcodes() if op[0] != "equal"]
    if not changes:
        return None
    kind, i1, i2, j1, j2 = changes[0]
    where = _between(ours, i1, i2)
    if kind == "delete":
        said = f"the quote leaves out {_listed(ours[i1:i2])}{where}"
    elif kind == "insert":
        said = f"the quote adds {_listed(theirs[j1:j2])}{where}"
    elif [w.strip(_MARKS) for w in ours[i1:i2]] == [w.strip(_MARKS) for w in theirs[j1:j2]]:
        marks = sum(w.count(m) for w in theirs[j1:j2] for m in _MARKS)
        marks -= sum(w.count(m) for w in ours[i1:i2] for m in _MARKS)
        said = (
            f"the quote {'adds' if marks > 0 else 'leaves out'} quotation marks: "
            f"{_listed(theirs[j1:j2])} where the text has {_listed(ours[i1:i2])}"
        )
    else:
        said = f"the quote has {_listed(theirs[j1:j2])} where the text has {_listed(ours[i1:i2])}"
    more = len(changes) - 1
    return said + (f" (and {more} more difference{'s' if more > 1 else ''})" if more else "")


def _listed(words: list[str]) -> str:
    return repr(" ".join(words))


def _between(words: list[str], start: int, end: int) -> str:
    """Where words ``start:end`` of the text's stand: after the word before, or before the next."""
    if start > 0:
        return f" (after {words[start - 1]!r})"
    if end < len(words):
        return f" (before {words[end]!r})"
    return ""


def _char(text: str, index: int) -> str:
    if index >= len(text):
        return "the end"
    char = text[index]
    return f"U+{ord(char):04X} {char!r}"


_GROUPS = {
    "'": "'\u2018\u2019\u201a\u201b\u2032",
    '"': '"\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb',
    "-": "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212",
}
_CLASS = {char: "[" + re.escape(members) + "]" for members in _GROUPS.values() for char in members}


def _tolerant(quote: str) -> re.Pattern[str] | None:
    """A pattern for ``quote`` that lets quotation marks, dashes, case and white space vary."""
    parts = []
    for token in re.split(r"(\s+)", quote.strip()):
        if token.isspace():
            parts.append(r"\s+")
        else:
            parts.extend(_CLASS.get(char, re.escape(char)) for char in token)
    return re.compile("".join(parts), re.IGNORECASE) if parts else None


_CUT = "with the whole of the character it cuts (a quote begins and ends between characters)"


def nearest(text: str, quote: str) -> tuple[int, int, str] | None:
    """The passage of ``text`` nearest to a quote that does not occur in it exactly.

    In turn: a passage equal to the quote but for quotation marks, dashes, case or
    white space; the quote's words without the quotation marks it adds around them;
    failing those, the passage between the longest beginning and the longest end of the
    quote that occur (the longer of the two found first, the other looked for near it),
    so that a word left out, added or changed in between is inside the passage. The
    passage is taken to the edges of the words it cuts, ready to be quoted. Each step
    is a search in C over the text (or a window of it), so the cost is a few passes.

    A quote that occurs only cutting a character (``"cafe"`` in ``"cafe\u0301"``) is
    nearest to the passage widened to the whole characters it cuts.

    Returns:
        ``(start, end, how it differs)`` in code points, or None when neither the
        quote's first nor its last code point occurs.

    """
    raw = text.find(quote) if quote else -1
    if raw != -1:
        start, end = _graphemes.of(text).widened(raw, raw + len(quote))
        return start, end, f"is the quote {_CUT}"
    found = _tolerant_search(text, quote)
    if found is not None:
        return *found, difference(text[slice(*found)], quote)
    bare = quote.strip(_MARKS + " ")
    found = _tolerant_search(text, bare) if bare and bare != quote.strip() else None
    if found is not None:
        how = "adds quotation marks around the words, which the text does not have"
        if text[slice(*found)] != bare:
            how += "; its words " + difference(text[slice(*found)], bare)
        return *found, how
    span = _span(text, quote)
    if span is None:
        return None
    start, end = _graphemes.of(text).widened(*_search.word_edges(text, *span))
    return start, end, difference(text[start:end], quote)


def _tolerant_search(text: str, quote: str) -> tuple[int, int] | None:
    r"""Where ``quote`` first occurs in ``text``, marks, dashes, case and white space let vary.

    Any run of white space stands for any other. Both are folded (:func:`_lowered`, runs of
    white space made one space; the text once, by :func:`_folded_text`) and the
    quote looked for with ``str.find``, which is linear: a pattern with ``\s+`` between
    the words would try each place of the text again for as long as the quote matches
    there, which a repetitive text makes quadratic.
    """
    wanted = _SPACE.sub(" ", _lowered(quote.strip()))
    if not wanted:
        return None
    folded, points, removed = _folded_text(text)
    at = folded.find(wanted)
    if at == -1:
        return None

    def original(index: int) -> int:
        before = bisect.bisect_right(points, index) - 1
        return index + (removed[before] if before >= 0 else 0)

    return original(at), original(at + len(wanted) - 1) + 1


def _lowered(text: str) -> str:
    """``text`` with quotation marks, dashes and case folded, code point for code point."""
    text = text.translate(_QUOTES).translate(_DASHES)
    lowered = text.lower()
    if len(lowered) != len(text):  # a character whose lower case is longer (U+0130)
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return lowered


@functools.lru_cache(maxsize=2)
def _folded_text(text: str) -> tuple[str, list[int], list[int]]:
    """:func:`_lowered` ``text`` with every run of white space one space, and how to map back.

    Each folded offset just after a run of more than one code point, and how many code
    points were dropped up to there. Cached: the nearest passages of one text's quotes
    fold it once.
    """
    lowered = _lowered(text)
    points: list[int] = []
    removed: list[int] = []
    dropped = 0
    for run in _RUNS.finditer(lowered):
        dropped += run.end() - run.start() - 1
        points.append(run.end() - dropped)
        removed.append(dropped)
    return _SPACE.sub(" ", lowered), points, removed


_RUNS = re.compile(r"\s\s+")


def _longest(quote: str, within: str, *, end: bool = False) -> int:
    """How long the longest beginning (or end) of ``quote`` that occurs in ``within`` is."""
    low, high = 0, len(quote)
    while low < high:  # a part that occurs has every shorter part occur too
        middle = (low + high + 1) // 2
        if (quote[-middle:] if end else quote[:middle]) in within:
            low = middle
        else:
            high = middle - 1
    return low


_WORD = re.compile(r"\S+")


def _anchor(quote: str, length: int, *, end: bool = False) -> int:
    """How much of the quote's beginning (or end), ``length`` code points, is enough to go by.

    Half the quote and at least three code points is (a misspelt word); less must hold
    a whole word of the quote, and is cut back to that word's edge: a letter or two
    that happen to occur say nothing of where the quote belongs.
    """
    if length >= max(3, len(quote) / 2):
        return length
    part = quote[len(quote) - length :] if end else quote[:length]
    at = len(quote) - length if end else length  # where the part meets the rest
    if 0 < at < len(quote) and _search.is_word(quote[at - 1]) and _search.is_word(quote[at]):
        cut = 0  # the part cuts a word: leave that word out
        if end:
            while cut < len(part) and _search.is_word(part[cut]):
                cut += 1
            part = part[cut:]
        else:
            while cut < len(part) and _search.is_word(part[-1 - cut]):
                cut += 1
            part = part[: len(part) - cut]
    return len(part) if any(_search.is_word(char) for char in part) else 0


def _span(text: str, quote: str) -> tuple[int, int] | None:
    """Where the quote's longest beginning or end occurs, to where the other part is near it.

    When the other part is not near, the passage runs on for as many words as the rest
    of the quote has.
    """
    head = _anchor(quote, _longest(quote, text))
    tail = _anchor(quote, _longest(quote, text, end=True), end=True)
    if not head and not tail:
        return None
    if head >= tail:
        start = text.find(quote[:head])
        after = start + head
        rest = quote[head:]
        window = text[after : after + 2 * len(rest) + 20]  # where the rest is looked for
        tail = _anchor(rest, _longest(rest, window, end=True), end=True)
        if tail:
            return start, after + window.find(rest[-tail:]) + tail
        return start, after + _words_span(window, len(rest.split()))
    end = text.find(quote[-tail:]) + tail
    before = end - tail
    rest = quote[:-tail]
    window = text[max(0, before - 2 * len(rest) - 20) : before]
    head = _anchor(rest, _longest(rest, window))
    if head:
        return before - len(window) + window.rfind(rest[:head]), end
    words = [found.start() for found in _WORD.finditer(window)][-len(rest.split()) :]
    return (before - len(window) + words[0] if words and rest.split() else before), end


def _words_span(window: str, count: int) -> int:
    """How far the first ``count`` words of ``window`` reach from its start."""
    reach = 0
    for number, found in enumerate(_WORD.finditer(window)):
        if number >= count:
            break
        reach = found.end()
    return reach


def _hint(text: str, evidence: Evidence) -> str:
    """Where the quote does occur, or the nearest passage and how it differs."""
    elsewhere = occurrences(text, evidence.quote, limit=6)
    if elsewhere:
        where = ", ".join(str(s) for s in elsewhere[:5]) + (", ..." if len(elsewhere) > 5 else "")
        return f"; the quote occurs at {where}"
    pattern = _tolerant(evidence.quote)
    here = pattern.fullmatch(text, evidence.start, evidence.end) if pattern else None
    if here is not None:
        return f"; the text there {difference(here.group(), evidence.quote)}"
    near = nearest(text, evidence.quote)
    if near is None:
        return ""
    start, end, how = near
    return f"; nearest is {shown(text, start, end, PASTE)} at {start}:{end}, which {how}"


def agrees(text: str, evidence: Evidence) -> bool:
    """Whether ``evidence`` agrees with ``text``: :func:`mismatches` would find nothing.

    The one quick test for the common case; :func:`mismatches` explains the rest.
    """
    return not disagreeing(text, [evidence])


def disagreeing(text: str, evidences: Sequence[Evidence]) -> list[int]:
    """The indices of the evidences that do not :func:`agree <agrees>` with ``text``.

    One loop for a brief's every quote: its offsets in order and inside the text,
    its quote the text between them, its prefix and suffix the text around it, and
    its ends between two characters (grapheme clusters).
    """
    size = len(text)
    clusters = _graphemes.of(text)
    found = []
    for index, evidence in enumerate(evidences):
        start, end, quote = evidence.start, evidence.end, evidence.quote
        if not (
            start <= end <= size
            and end - start == len(quote)
            and text.startswith(quote, start)
            and ((prefix := evidence.prefix) is None or text.endswith(prefix, 0, start))
            and ((suffix := evidence.suffix) is None or text.startswith(suffix, end))
            and clusters.splits(start, end) is None
        ):
            found.append(index)
    return found


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
        yield (
            "quote-mismatch",
            f"the text at {start}:{end} is {shown(text, start, end)}, not the quote"
            + (_hint(text, evidence) if hint and quote else ""),
        )
    elif (cut := (clusters := _graphemes.of(text)).splits(start, end)) is not None:
        first, last = clusters.around(cut)
        yield (
            "quote-splits-character",
            f"the quote {'starts' if cut == start else 'ends'} inside the character "
            f"{shown(text, first, last)} at {first}:{last}: a quote begins and ends "
            "between characters (grapheme clusters)",
        )
    if evidence.prefix is not None and not text.endswith(evidence.prefix, 0, start):
        yield ("prefix-mismatch", "the prefix is not the text just before the quote")
    if evidence.suffix is not None and not text.startswith(evidence.suffix, end):
        yield ("suffix-mismatch", "the suffix is not the text just after the quote")
