"""Finding many needles in one text: both engines give what a plain search gives, linearly."""

import itertools
import subprocess
import sys

import ugrapheme
from hypothesis import given
from hypothesis import strategies as st

from briefschema import _search

ALPHABET = st.sampled_from(
    ["a", "b", "é", "😀", "\u0301", "\n", "\r", "\u200d", "\U0001f1fa", "\U0001f1f8"]
)
TEXTS = st.text(alphabet=ALPHABET, max_size=80)
NEEDLES = st.lists(st.text(alphabet=ALPHABET, max_size=6), max_size=12)


def plain(text, needles, cap, whole=True):
    """Every (whole) occurrence, by a plain search and the clusters read from the text's start."""
    lengths = [len(part) for part in ugrapheme.grapheme_split(text)] if whole else [1] * len(text)
    marks = {0, *itertools.accumulate(lengths)}
    return {
        needle: [
            i
            for i in range(len(text))
            if needle and text.startswith(needle, i) and {i, i + len(needle)} <= marks
        ][:cap]
        for needle in needles
    }


@given(TEXTS, NEEDLES, st.integers(1, 5), st.booleans())
def test_occurrences_are_the_first_cap_of_a_plain_search(text, needles, cap, whole):
    found = _search.occurrences(text, needles, cap, whole=whole)
    assert found == plain(text, needles, cap, whole)


WORDY = st.sampled_from(["a", "b", "_", " ", ",", "é", "e\u0301", "\u0301", "😀", "\n"])


def edge_set(text):
    """Where no two word clusters meet (a cluster is a word's when its first code point is)."""
    clusters = ugrapheme.grapheme_split(text)
    marks = [0, *itertools.accumulate(len(c) for c in clusters)]
    words = [c[0].isalnum() or c[0] == "_" for c in clusters]
    return {
        mark
        for k, mark in enumerate(marks)
        if k == 0 or k == len(clusters) or not (words[k - 1] and words[k])
    }


def at_word_edges(text, needles, cap):
    """Every occurrence that begins and ends at word edges, by a plain search."""
    edges = edge_set(text)
    return {
        needle: [
            i
            for i in range(len(text))
            if needle and text.startswith(needle, i) and {i, i + len(needle)} <= edges
        ][:cap]
        for needle in needles
    }


def wordy(size):
    return st.lists(WORDY, max_size=size).map("".join)


@given(wordy(40), st.lists(wordy(4), max_size=10), st.integers(1, 5))
def test_occurrences_at_word_edges_are_those_of_a_plain_search(text, needles, cap):
    assert _search.occurrences(text, needles, cap, words=True) == at_word_edges(text, needles, cap)
    marks = {0, *itertools.accumulate(len(c) for c in ugrapheme.grapheme_split(text))}
    edges = edge_set(text)
    for index in marks:  # at a character's edge, at_edge says what the plain reading says
        assert _search.at_edge(text, index) == (index in edges)


def test_a_name_is_not_found_inside_a_longer_word():
    text = "Ruritanian envoys said Ruritania would sign; cafe\u0301s and cafe."
    found = _search.occurrences(text, ["Ruritania", "cafe", "envoys said"], 5, words=True)
    assert found == {"Ruritania": [23], "cafe": [56], "envoys said": [11]}
    # a cluster is a word's by its first code point: "e\u0301" is, so "cafe\u0301s" is one word
    accented = "cafe\u0301s cafe\u0301"
    assert _search.occurrences(accented, ["cafe\u0301"], 5, words=True) == {"cafe\u0301": [7]}


@given(TEXTS, NEEDLES.filter(any), st.integers(1, 5), st.booleans())
def test_both_engines_agree_whichever_the_chain_picks(text, needles, cap, whole):
    wanted = sorted({n for n in needles if n})
    expected = {k: v for k, v in plain(text, wanted, cap, whole).items() if v}
    assert _search._by_pruned_automaton(text, wanted, cap, whole=whole) == expected
    if text:
        assert _search._by_ahocorasick(text, wanted, cap, whole=whole) == expected


def test_a_needle_that_cuts_a_character_is_not_there_unless_any_place_will_do():
    text = "cafe\u0301 cafe \U0001f468\u200d\U0001f469\u200d\U0001f467 \r\n"
    needles = ["cafe", "e", "\u0301", "\U0001f469", "\r", "\n", "\r\n"]
    assert _search.occurrences(text, needles, 10) == {
        "cafe": [6], "e": [9], "\u0301": [], "\U0001f469": [], "\r": [], "\n": [], "\r\n": [17],
    }  # fmt: skip
    assert _search.occurrences(text, needles, 10, whole=False) == {
        "cafe": [0, 6], "e": [3, 9], "\u0301": [4], "\U0001f469": [13], "\r": [17], "\n": [18],
        "\r\n": [17],
    }  # fmt: skip


def test_windows_do_not_lose_or_repeat_a_match_across_their_edges(monkeypatch):
    monkeypatch.setattr(_search, "WINDOW", 7)
    text = "abcab" * 20
    needles = ["ab", "cab", "abcab", "b", "bca"]
    assert _search._by_ahocorasick(text, needles, 1000, whole=True) == {
        k: v for k, v in plain(text, needles, 1000).items() if v
    }


def test_the_chain_is_the_most_needles_that_end_at_one_place():
    assert _search.chain(["a"]) == 1
    assert _search.chain(["a", "aa", "aaa", "b"]) == 3
    assert _search.chain(["xa", "a", "ya", "zya"]) == 3  # a, ya, zya
    assert _search.chain(["ab", "b", "cab", "c"]) == 3
    assert _search.chain(["abc", "bcd", "cde"]) == 1


def test_nested_needles_on_repetitive_text_take_the_pruned_engine_and_stay_capped():
    needles = ["a" * k for k in range(1, 1001)]
    assert _search.chain(needles) > _search.CHAIN
    found = _search.occurrences("a" * 200_000, needles, 101)
    assert all(len(found[n]) == 101 for n in needles)
    assert found["a" * 1000][:3] == [0, 1, 2]


GROUND_LONG_QUOTE = r"""
import sys, threading
import briefschema as bs
from briefschema import export
quote = "x" * 600_000
text = "Before. " + quote + " After."
outcome = []
def run():
    draft = {"evidence": [{"quote": quote, "prefix": None, "suffix": None}]}
    from briefschema.grounding import _Finder, _needles
    finder = _Finder(text, *_needles(draft))
    outcome.append(finder.located[quote])
    try:
        export.from_plover([{"id": "E1", "event": "AGREE", "text": quote,
                              "source": [{"actorText": "A", "code": "AAA"}]}], source_text=text)
    except bs.ValidationError as refused:
        outcome.append(sorted({p.code for p in refused.problems}))
    else:
        outcome.append("imported")
threading.stack_size(256 * 1024)  # a small stack, as threads of servers often have
worker = threading.Thread(target=run)
worker.start()
worker.join()
print(outcome)
"""


def test_a_quote_of_600_000_characters_in_a_thread_with_a_small_stack_does_not_crash():
    done = subprocess.run(
        [sys.executable, "-c", GROUND_LONG_QUOTE],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, (done.returncode, done.stderr[-2000:])
    assert done.stdout.strip() == "[[8], 'imported']"


def test_the_character_before_an_edge_is_read_whole():
    # U+0301 joins the emoji before it: that character is no word's, so "a" after it
    # begins a word; after "e\u0301" it continues one.
    assert _search.at_edge("\U0001f600\u0301a", 2)
    assert not _search.at_edge("e\u0301a", 2)
    assert _search.at_edge("a\u0301", 2) and _search.at_edge(" a", 1)
    assert _search.occurrences("\U0001f600\u0301a e\u0301a", ["a"], 5, words=True) == {"a": [2]}


def test_a_passage_is_taken_to_the_words_it_cuts_and_no_further_than_the_edge_allows():
    text = "one twothree four"
    assert _search.word_edges(text, 6, 9) == (4, 12)
    assert _search.word_edges(text, 4, 12) == (4, 12)
    assert _search.word_edges(text, 7, 9) == (4, 12)
    assert _search.word_edges(text, 1, 2) == (0, 3)
    assert _search.word_edges(text, 0, len(text)) == (0, len(text))
    long_word = "x" * 1000
    assert _search.word_edges(long_word, 500, 501) == (500 - _search.EDGE, 501 + _search.EDGE)
