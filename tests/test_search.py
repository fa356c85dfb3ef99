"""Finding many needles in one text: both engines give what a plain search gives, linearly."""

import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from briefschema import _search

ALPHABET = st.sampled_from(["a", "b", "é", "😀", "\u0301", "\n"])
TEXTS = st.text(alphabet=ALPHABET, max_size=80)
NEEDLES = st.lists(st.text(alphabet=ALPHABET, max_size=6), max_size=12)


def plain(text, needles, cap):
    return {
        needle: [i for i in range(len(text)) if needle and text.startswith(needle, i)][:cap]
        for needle in needles
    }


@given(TEXTS, NEEDLES, st.integers(1, 5))
def test_occurrences_are_the_first_cap_of_a_plain_search(text, needles, cap):
    assert _search.occurrences(text, needles, cap) == plain(text, needles, cap)


@given(TEXTS, NEEDLES.filter(any), st.integers(1, 5))
def test_both_engines_agree_whichever_the_chain_picks(text, needles, cap):
    wanted = sorted({n for n in needles if n})
    expected = {k: v for k, v in plain(text, wanted, cap).items() if v}
    assert _search._by_pruned_automaton(text, wanted, cap) == expected
    if text:
        assert _search._by_ahocorasick(text, wanted, cap) == expected


def test_windows_do_not_lose_or_repeat_a_match_across_their_edges(monkeypatch):
    monkeypatch.setattr(_search, "WINDOW", 7)
    text = "abcab" * 20
    needles = ["ab", "cab", "abcab", "b", "bca"]
    assert _search._by_ahocorasick(text, needles, 1000) == {
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
    finder = _Finder(text, _needles(draft))
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
