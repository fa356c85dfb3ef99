"""Where many strings occur in one text, at a cost linear in the text and the strings.

Grounding and the PLOVER import look up every quote of a document (with its prefix and
suffix) in one source text. They need, for each needle, its first few occurrences in
text order and whether there are more; never all of them. This module gives exactly
that, with the worst case bounded. An occurrence is of whole characters as a reader
sees them (:mod:`briefschema._graphemes`): ``e`` does not occur in ``e\u0301``.


- The usual engine is ahocorasick-rs (Aho-Corasick in Rust, a contiguous NFA, so that
  one long needle builds in time linear in its length, where the DFA the library picks
  by default for few needles grows with the alphabet). It reports every overlapping
  match, and at one place of the text every needle that is a suffix of the longest one
  ending there: the output is at most the text's length times the longest chain of
  needles each a suffix of the next. That chain is measured first, and bounds too the
  matches that cut a character and are passed over.
- When the chain is longer than :data:`CHAIN` (needles like ``a``, ``aa``, ``aaa``, ...,
  of which a repetitive text holds every one at every place), a pure-Python automaton is
  used whose output links skip a needle once it has ``cap`` occurrences: its cost is the
  text's length plus the needles' plus ``cap`` per needle, whatever the text. It reads
  text and needles a character (a grapheme cluster) at a time, so that it only ever
  finds whole ones and has none to pass over.

The text is searched in windows, so that the matches held at once stay bounded too.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Collection

from briefschema import _graphemes

__all__ = ["CHAIN", "WINDOW", "chain", "occurrences"]


def is_word(char: str) -> bool:
    r"""What ``\w`` matches in Python's ``re``: a character ``isalnum()``, or ``_``."""
    return char.isalnum() or char == "_"


CHAIN = 16
"""The longest chain of needles (each a suffix of the next) left to ahocorasick-rs."""

WINDOW = 1 << 16
"""How many characters of text are searched at once (at least twice the longest needle)."""


def occurrences(
    text: str, needles: Collection[str], cap: int, *, whole: bool = True
) -> dict[str, list[int]]:
    """The start offsets (code points) of each needle in ``text``, the first ``cap`` of each.

    A needle with ``cap`` offsets may occur more often; one with fewer occurs exactly
    that often. Overlapping occurrences count. Empty needles are not looked for.

    Args:
        text: the text.
        needles: what to look for.
        cap: how many occurrences of each to find at most.
        whole: count only occurrences that begin and end between two characters (a
            needle that cuts a grapheme cluster is not in the text there); with False,
            every occurrence of its code points (a quote's context, which may begin
            or end anywhere).

    """
    wanted = sorted({needle for needle in needles if needle})
    if not wanted or not text:
        return {needle: [] for needle in needles}
    if chain(wanted) <= CHAIN:
        found = _by_ahocorasick(text, wanted, cap, whole=whole)
    else:
        found = _by_pruned_automaton(text, wanted, cap, whole=whole)
    return {needle: found.get(needle, []) for needle in needles}


def chain(needles: list[str]) -> int:
    """The most needles that can end at one place: the longest chain of suffixes.

    Reversed, a suffix is a prefix; in sorted order a prefix comes just before the
    strings it begins, so one pass with a stack measures every chain (string
    comparisons run in C; each needle is pushed and popped once).
    """
    longest = 0
    stack: list[str] = []
    for reversed_needle in sorted(needle[::-1] for needle in needles):
        while stack and not reversed_needle.startswith(stack[-1]):
            stack.pop()
        stack.append(reversed_needle)
        longest = max(longest, len(stack))
    return longest


def _by_ahocorasick(
    text: str, needles: list[str], cap: int, *, whole: bool
) -> dict[str, list[int]]:
    import ahocorasick_rs  # noqa: PLC0415 - only grounding and imports search

    automaton = ahocorasick_rs.AhoCorasick(
        needles, implementation=ahocorasick_rs.Implementation.ContiguousNFA
    )
    found: dict[str, list[int]] = {}
    boundary = _graphemes.of(text).boundary if whole else _anywhere
    lengths = [len(needle) for needle in needles]
    longest = max(lengths)
    window = max(WINDOW, 2 * longest)
    for begin in range(0, len(text), window):
        # Each window holds the start of every match it reports (its tail overlaps the next).
        piece = text[begin : begin + window + longest - 1]
        for index, start, _ in automaton.find_matches_as_indexes(piece, overlapping=True):
            if start >= window:
                continue  # starts in the next window, which reports it
            starts = found.setdefault(needles[index], [])
            at = begin + start
            if len(starts) < cap and boundary(at) and boundary(at + lengths[index]):
                starts.append(at)
    for starts in found.values():
        starts.sort()  # matches come by where they end; needles of one length stay in order
    return {needle: starts for needle, starts in found.items() if starts}


def _anywhere(_: int) -> bool:
    return True


def _by_pruned_automaton(
    text: str, needles: list[str], cap: int, *, whole: bool
) -> dict[str, list[int]]:
    """Aho-Corasick in Python, with output links that skip needles already found ``cap`` times.

    It reads clusters for whole occurrences, code points for the rest.
    """
    pieces_of = _graphemes.split if whole else list
    goto: list[dict[str, int]] = [{}]
    fail = [0]
    ends = [-1]  # the needle that ends at each state, or -1
    link = [0]  # the nearest state down the failure chain where a needle ends (0: none)
    for number, needle in enumerate(needles):
        state = 0
        for char in pieces_of(needle):
            following = goto[state].get(char)
            if following is None:
                following = len(goto)
                goto.append({})
                fail.append(0)
                ends.append(-1)
                link.append(0)
                goto[state][char] = following
            state = following
        ends[state] = number
    queue = deque(goto[0].values())
    while queue:
        state = queue.popleft()
        for char, following in goto[state].items():
            queue.append(following)
            back = fail[state]
            while back and char not in goto[back]:
                back = fail[back]
            target = goto[back].get(char, 0)
            fail[following] = target if target != following else 0
            link[following] = (
                fail[following] if ends[fail[following]] >= 0 else link[fail[following]]
            )
    starts: list[list[int]] = [[] for _ in needles]
    lengths = [len(needle) for needle in needles]
    state = 0
    pieces = (
        _graphemes.of(text).pieces() if whole else zip(text, range(1, len(text) + 1), strict=True)
    )
    for char, end in pieces:
        following = goto[state].get(char)
        while following is None and state:
            state = fail[state]
            following = goto[state].get(char)
        state = following or 0
        number = ends[state]
        if number >= 0 and len(starts[number]) < cap:
            starts[number].append(end - lengths[number])
        anchor = state  # the last state on this chain whose link is followed
        output = link[state]
        while output:
            number = ends[output]
            if len(starts[number]) < cap:
                starts[number].append(end - lengths[number])
                anchor = output
            else:
                link[anchor] = link[output]  # found enough: the chain skips it from now on
            output = link[output]
    return {needle: found for needle, found in zip(needles, starts, strict=True) if found}
