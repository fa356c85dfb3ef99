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

import itertools
from collections import deque
from collections.abc import Callable, Collection, Iterable, Iterator

from briefschema import _graphemes

__all__ = ["CHAIN", "EDGE", "WINDOW", "at_edge", "chain", "is_word", "occurrences", "word_edges"]


def is_word(char: str) -> bool:
    r"""What ``\w`` matches in Python's ``re``: a character ``isalnum()``, or ``_``."""
    return char.isalnum() or char == "_"


EDGE = 200
"""How far :func:`word_edges` takes a passage out to the edge of a word it cuts, at most."""


def at_edge(text: str, index: int) -> bool:
    """Whether ``index`` is at the edge of a word: no two word characters meet there.

    Characters are grapheme clusters, a word's when its first code point is a word
    character (:func:`is_word`): ``e\u0301`` is one, so ``cafe\u0301s`` has no edge
    after its accent.
    """
    if not 0 < index < len(text) or not is_word(text[index]):
        return True
    before = index - 1
    if not is_word(text[before]):
        clusters = _graphemes.of(text)
        if clusters.boundary(before):  # it begins a character of its own: not a word's
            return True
        before = clusters.around(before)[0]
    return not is_word(text[before])


def word_edges(text: str, start: int, end: int) -> tuple[int, int]:
    """``start:end`` taken out to the edges of the words it cuts (at most :data:`EDGE` further)."""
    low = max(0, start - EDGE)
    while start > low and not at_edge(text, start):
        start -= 1
    high = min(len(text), end + EDGE)
    while end < high and not at_edge(text, end):
        end += 1
    return start, end


CHAIN = 16
"""The longest chain of needles (each a suffix of the next) left to ahocorasick-rs."""

WINDOW = 1 << 16
"""How many characters of text are searched at once (at least twice the longest needle)."""


def occurrences(
    text: str, needles: Collection[str], cap: int, *, whole: bool = True, words: bool = False
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
        words: count only occurrences that begin and end at the edge of a word (where a
            word character, :func:`is_word`, does not meet another), so that
            ``Ruritania`` is not found inside ``Ruritanian``. The text and the needles
            are then read as tokens (a run of word characters, or one other character)
            by the pruned automaton, whose cost stays linear whatever the needles.

    """
    wanted = sorted({needle for needle in needles if needle})
    if not wanted or not text:
        return {needle: [] for needle in needles}
    if words or chain(wanted) > CHAIN:
        found = _by_pruned_automaton(text, wanted, cap, whole=whole, words=words)
    else:
        found = _by_ahocorasick(text, wanted, cap, whole=whole)
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


def _tokens(pieces: Iterable[tuple[str, int]]) -> Iterator[tuple[str, int]]:
    """Clusters (each with where it ends) joined into tokens: a run of word clusters, or one other."""
    run: list[str] = []
    ends = 0
    for cluster, end in pieces:
        if is_word(cluster[0]):
            run.append(cluster)
            ends = end
            continue
        if run:
            yield "".join(run), ends
            run = []
        yield cluster, end
    if run:
        yield "".join(run), ends


def _tokens_of(needle: str) -> list[str]:
    clusters = _graphemes.split(needle)
    ends = itertools.accumulate(len(cluster) for cluster in clusters)
    return [token for token, _ in _tokens(zip(clusters, ends, strict=True))]


def _by_pruned_automaton(
    text: str, needles: list[str], cap: int, *, whole: bool, words: bool = False
) -> dict[str, list[int]]:
    """Aho-Corasick in Python, with output links that skip needles already found ``cap`` times.

    It reads clusters for whole occurrences, code points for the rest, and tokens (runs
    of word clusters, or one other cluster) for occurrences at word edges.
    """
    if words:
        return _automaton(needles, cap, _tokens_of, _tokens(_graphemes.of(text).pieces()))
    if whole:
        return _automaton(needles, cap, _graphemes.split, _graphemes.of(text).pieces())
    return _automaton(needles, cap, list, zip(text, range(1, len(text) + 1), strict=True))


def _automaton(
    needles: list[str],
    cap: int,
    pieces_of: Callable[[str], Iterable[str]],
    pieces: Iterable[tuple[str, int]],
) -> dict[str, list[int]]:
    """The automaton of ``needles``, each split by ``pieces_of``, run over ``pieces`` of a text.

    Each piece of the text comes with where it ends (a code-point offset).
    """
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
