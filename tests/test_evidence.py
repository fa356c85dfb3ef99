"""Finding quotes and checking evidence: every branch of briefschema.evidence, pinned."""

import hashlib

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import briefschema as bs
from briefschema import evidence
from helpers import TEXT, base


def test_occurrences_include_overlaps_and_stop_at_the_limit():
    assert evidence.occurrences("aaa", "aa") == [0, 1]
    assert evidence.occurrences("abcabcabc", "abc") == [0, 3, 6]
    assert evidence.occurrences("abcabcabc", "abc", limit=2) == [0, 3]
    assert evidence.occurrences("abcabcabc", "abc", limit=0) == []
    assert evidence.occurrences("abc", "x") == []


def test_an_empty_quote_is_refused():
    with pytest.raises(ValueError, match=r"^an empty quote occurs everywhere$"):
        evidence.occurrences("abc", "")
    with pytest.raises(ValueError, match=r"^an empty quote occurs everywhere$"):
        evidence.locate("abc", "")
    with pytest.raises(ValueError, match=r"^an empty quote occurs everywhere$"):
        evidence.locate_every("abc", "")


def test_a_quote_that_occurs_once_needs_no_prefix_or_suffix():
    assert evidence.locate(TEXT, "softened") == bs.Evidence(quote="softened", start=48, end=56)
    assert evidence.locate(TEXT, "softened", 0) == bs.Evidence(quote="softened", start=48, end=56)
    assert evidence.locate_every(TEXT, "softened") == [evidence.locate(TEXT, "softened")]


def test_an_ambiguous_quote_must_say_which_occurrence():
    with pytest.raises(ValueError) as raised:
        evidence.locate(TEXT, "Putin")
    assert str(raised.value) == "'Putin' occurs 2 times (at 10, 27); say which occurrence"
    with pytest.raises(ValueError) as raised:
        evidence.locate("x " * 10, "x")
    assert str(raised.value) == (
        "'x' occurs 10 times (at 0, 2, 4, 6, 8, 10, 12, 14, 16, 18); say which occurrence"
    )
    with pytest.raises(ValueError) as raised:
        evidence.locate("x " * 11, "x")
    assert str(raised.value) == (
        "'x' occurs 11 times (at 0, 2, 4, 6, 8, 10, 12, 14, 16, 18, ...); say which occurrence"
    )


def test_an_occurrence_out_of_range_is_refused():
    with pytest.raises(ValueError) as raised:
        evidence.locate(TEXT, "Putin", 2)
    assert str(raised.value) == "'Putin' occurs 2 times; there is no occurrence 2"
    with pytest.raises(ValueError) as raised:
        evidence.locate(TEXT, "Putin", -1)
    assert str(raised.value) == "there is no occurrence -1: occurrences count from 0"
    with pytest.raises(ValueError) as raised:
        evidence.locate(TEXT, "Obama")
    assert str(raised.value) == "'Obama' does not occur in the text"
    with pytest.raises(ValueError, match="does not occur"):
        evidence.locate(TEXT, "Obama", 0)


def test_the_prefix_and_suffix_are_exactly_32_code_points_or_what_there_is():
    text = "0123456789" * 5 + "Q" + "abcdefghij" * 5 + "Q" + "end"
    first = evidence.locate(text, "Q", 0)
    assert (first.start, first.end) == (50, 51)
    assert first.prefix == text[18:50] and len(first.prefix) == evidence.CONTEXT == 32
    assert first.suffix == text[51:83] and len(first.suffix) == 32
    last = evidence.locate(text, "Q", 1)
    assert last.suffix == "end"
    near_start = evidence.locate("aXbX", "X", 0)
    assert (near_start.prefix, near_start.suffix) == ("a", "bX")
    every = evidence.locate_every(text, "Q")
    assert every == [first, last]


def test_astral_characters_count_as_one_code_point():
    text = "𝔄 and 😀 then Kerry"
    found = evidence.locate(text, "Kerry")
    assert (found.start, found.end) == (13, 18)
    assert list(evidence.mismatches(text, found)) == []


def mismatch(text, **fields):
    return list(evidence.mismatches(text, bs.Evidence(**fields)))


def test_evidence_that_matches_has_no_mismatch():
    assert mismatch(TEXT, quote="Kerry", start=0, end=5) == []
    assert mismatch(TEXT, quote="Kerry", start=0, end=5, prefix="", suffix=" met") == []
    assert mismatch(TEXT, quote="stance.", start=61, end=68, suffix="") == []


def test_an_end_past_the_text_is_out_of_range_and_nothing_else():
    assert mismatch(TEXT, quote="x", start=68, end=69, prefix="nope") == [
        ("offset-out-of-range", "end 69 is past the end of the source text (68 code points)")
    ]
    assert mismatch(TEXT, quote="", start=68, end=68) == []  # the very end is in range


def test_reversed_offsets_are_left_to_offsets_reversed():
    assert mismatch(TEXT, quote="Kerry", start=5, end=0, prefix="x", suffix="y") == []
    document = base()
    document["events"][0]["evidence"][0] = {"quote": "Kerry", "start": 5, "end": 0}
    report = bs.validate(document, source_text=TEXT)
    assert [(p.path, p.code) for p in report.errors] == [
        ("$.events[0].evidence[0].end", "offsets-reversed")
    ]


def test_an_empty_span_is_checked_like_any_other():
    assert mismatch(TEXT, quote="", start=3, end=3) == []
    assert mismatch(TEXT, quote="K", start=3, end=3) == [
        ("quote-mismatch", "the text at 3:3 is '', not the quote; the quote occurs at 0, 42")
    ]
    document = base()
    document["events"][0]["evidence"][0] = {"quote": "K", "start": 3, "end": 3}
    report = bs.validate(document)
    assert [(p.path, p.code) for p in report.errors] == [
        ("$.events[0].evidence[0]", "quote-length")
    ]


def test_a_wrong_quote_says_where_it_does_occur_unless_told_not_to():
    wrong = {"quote": "Putin", "start": 0, "end": 5}
    assert mismatch(TEXT, **wrong) == [
        ("quote-mismatch", "the text at 0:5 is 'Kerry', not the quote; the quote occurs at 10, 27")
    ]
    assert list(evidence.mismatches(TEXT, bs.Evidence(**wrong), hint=False)) == [
        ("quote-mismatch", "the text at 0:5 is 'Kerry', not the quote")
    ]
    assert mismatch(TEXT, quote="Obama", start=0, end=5) == [
        ("quote-mismatch", "the text at 0:5 is 'Kerry', not the quote")
    ]


def test_a_hint_shows_five_places_and_marks_more():
    five = mismatch("ab " * 5, quote="ab", start=1, end=3)
    assert five[0][1].endswith("the quote occurs at 0, 3, 6, 9, 12")
    six = mismatch("ab " * 6, quote="ab", start=1, end=3)
    assert six[0][1].endswith("the quote occurs at 0, 3, 6, 9, 12, ...")


def test_the_passage_shown_is_cut_at_exactly_sixty_code_points():
    text = "y" * 200
    exact = mismatch(text, quote="x" * 60, start=0, end=60)
    assert exact[0][1].startswith(f"the text at 0:60 is {'y' * 60!r}, not")
    longer = mismatch(text, quote="x" * 61, start=0, end=61)
    assert longer[0][1].startswith(f"the text at 0:61 is {'y' * 60!r} (and 1 more code points)")


def test_a_prefix_or_suffix_that_differs_by_one_character_is_a_mismatch():
    assert mismatch(TEXT, quote="met", start=6, end=9, prefix="Kerry ", suffix=" Putin") == []
    assert mismatch(TEXT, quote="met", start=6, end=9, prefix="kerry ") == [
        ("prefix-mismatch", "the prefix is not the text just before the quote")
    ]
    assert mismatch(TEXT, quote="met", start=6, end=9, prefix="XKerry ") == [
        ("prefix-mismatch", "the prefix is not the text just before the quote")
    ]
    assert mismatch(TEXT, quote="met", start=6, end=9, suffix=" Putin!") == [
        ("suffix-mismatch", "the suffix is not the text just after the quote")
    ]
    assert mismatch(TEXT, quote="Kerry", start=0, end=5, prefix="x") == [
        ("prefix-mismatch", "the prefix is not the text just before the quote")
    ]


def test_a_wrong_quote_with_wrong_context_reports_all_three():
    found = mismatch(TEXT, quote="Putin", start=0, end=5, prefix="a", suffix="b")
    assert [code for code, _ in found] == ["quote-mismatch", "prefix-mismatch", "suffix-mismatch"]


def test_the_sha256_is_of_the_utf8_bytes():
    assert evidence.sha256_of("é") == hashlib.sha256("é".encode()).hexdigest()
    assert evidence.sha256_of(b"\xc3\xa9") == evidence.sha256_of("é")
    assert evidence.sha256_of(b"\xff") == hashlib.sha256(b"\xff").hexdigest()
    with pytest.raises(ValueError, match="lone surrogate"):
        evidence.sha256_of("\ud800")


def test_text_of_decodes_strictly_and_keeps_every_code_point():
    assert evidence.text_of(b"\xef\xbb\xbfa\r\nb") == "\ufeffa\r\nb"
    assert evidence.text_of("plain") == "plain"
    assert evidence.text_of("é𝔄") == "é𝔄"
    with pytest.raises(ValueError) as raised:
        evidence.text_of(b"ab\xe9cd")
    assert str(raised.value) == "the source text is not UTF-8: byte 0xe9 at byte offset 2"
    with pytest.raises(ValueError) as raised:
        evidence.text_of("éa\udfffb")
    assert str(raised.value) == (
        "the source text holds a lone surrogate (U+DFFF) at code point 2: it has no UTF-8 form"
    )


def test_a_source_given_again_is_not_decoded_again_but_a_changed_bytearray_is():
    # A batch checks every brief against one source: its text, and so its SHA-256,
    # are worked out once. A bytearray may change between calls, so it never is.
    source = "Kerry in Moscow \u2014 talks".encode()
    assert evidence.text_of(source) is evidence.text_of(source)
    buffer = bytearray(source)
    assert evidence.text_of(buffer) == "Kerry in Moscow \u2014 talks"
    buffer[0:5] = b"Putin"
    assert evidence.text_of(buffer) == "Putin in Moscow \u2014 talks"
    with pytest.raises(ValueError, match="not UTF-8"):
        evidence.text_of(b"ab\xe9cd")
    with pytest.raises(ValueError, match="not UTF-8"):  # refused again, not remembered
        evidence.text_of(b"ab\xe9cd")


NOTE = "Kerry and Sergei Lavrov, Russia’s foreign minister, agreed —  to call a conference."


@pytest.mark.parametrize(
    ("quote", "span", "how"),
    [
        (
            "Russia's foreign minister",
            (25, 50),
            "differs in quotation marks (straight and typographic); first at code point 6 of "
            "the quote: U+2019 '’' in the text, U+0027 \"'\" in the quote",
        ),
        (
            "russia’s Foreign Minister",
            (25, 50),
            "differs in upper and lower case; first at code point 0 of the quote: "
            "U+0052 'R' in the text, U+0072 'r' in the quote",
        ),
        (
            "agreed —\nto call",
            (52, 69),
            "differs in white space; first at code point 8 of the quote: "
            "U+0020 ' ' in the text, U+000A '\\n' in the quote",
        ),
        (
            "agreed - to call",
            (52, 69),
            "differs in dashes and hyphens and white space; first at code point 7 of the "
            "quote: U+2014 '—' in the text, U+002D '-' in the quote",
        ),
        (
            "Lavrov, Russia’s defence minister",
            (17, 50),
            "differs in its words: the quote has 'defence' where the text has 'foreign'",
        ),
        (
            "a conference!",
            (70, 83),
            "differs in its words: the quote has 'conference!' where the text has 'conference.'",
        ),
    ],
)
def test_the_nearest_passage_says_how_it_differs(quote, span, how):
    assert evidence.nearest(NOTE, quote) == (*span, how)


def test_nothing_is_near_a_quote_whose_first_character_does_not_occur():
    assert evidence.nearest(NOTE, "Ω") is None
    assert evidence.nearest(NOTE, "") is None
    assert evidence.nearest(NOTE, "xa") is None  # a letter that happens to occur is not near
    assert evidence.nearest(NOTE, "Zbigniew") is None
    assert evidence.difference("abc", "ab") == (
        "differs in its words: the quote has 'ab' where the text has 'abc'"
    )


def test_a_mismatched_quote_gets_the_nearest_passage_or_what_is_there():
    at_its_place = bs.Evidence(quote="Russia's foreign minister", start=25, end=50)
    [(_, message)] = list(evidence.mismatches(NOTE, at_its_place))
    assert message.startswith(
        "the text at 25:50 is 'Russia’s foreign minister', not the quote; the text there "
        "differs in quotation marks"
    )
    elsewhere = bs.Evidence(quote="Russia's foreign minister", start=0, end=25)
    [(_, message)] = list(evidence.mismatches(NOTE, elsewhere))
    assert message.startswith(
        "the text at 0:25 is 'Kerry and Sergei Lavrov, ', not the quote; nearest is "
        "'Russia’s foreign minister' at 25:50, which differs in quotation marks"
    )
    nowhere = bs.Evidence(quote="Ω", start=0, end=1)
    assert list(evidence.mismatches(NOTE, nowhere)) == [
        ("quote-mismatch", "the text at 0:1 is 'K', not the quote")
    ]


@pytest.mark.parametrize(
    ("passage", "quote", "kinds"),
    [
        (
            "“Yes” — he said",
            '"Yes" - he said',
            "quotation marks (straight and typographic) and dashes and hyphens",
        ),
        (
            "It's over",
            "IT’S  OVER",
            "quotation marks (straight and typographic) and upper and lower case and white space",
        ),
        ("a–b", "a-b", "dashes and hyphens"),
        ("a b", "a\tb", "white space"),
        ("a b", "ab", "its words"),
    ],
)
def test_every_kind_of_difference_is_named(passage, quote, kinds):
    assert evidence.difference(passage, quote).startswith(f"differs in {kinds}")


def test_a_misspelt_word_is_near_the_word_and_a_stray_letter_is_near_nothing():
    assert evidence.nearest("xa yz", "abcd") is None
    assert evidence.nearest("abc xyz abcd", "abcde") == (
        8,
        12,
        "differs in its words: the quote has 'abcde' where the text has 'abcd'",
    )
    assert evidence.nearest("said Washington then", "Washingtn") == (
        5,
        15,
        "differs in its words: the quote has 'Washingtn' where the text has 'Washington'",
    )
    assert evidence.nearest("ab", "abc") is None  # two letters of a three-letter word


TALKS = (
    "Russia will withdraw its 2,000 troops from the border, the minister said; "
    "the ban would start in June. The so-called reset was over."
)


@pytest.mark.parametrize(
    ("quote", "passage", "how"),
    [
        (
            "withdraw 2,000 troops from",
            "withdraw its 2,000 troops from",
            "the quote leaves out 'its' (after 'withdraw')",
        ),
        (
            "will withdraw all its 2,000 troops",
            "will withdraw its 2,000 troops",
            "the quote adds 'all' (after 'withdraw')",
        ),
        (
            "withdraw its 3,000 troops",
            "withdraw its 2,000 troops",
            "the quote has '3,000' where the text has '2,000'",
        ),
        (
            'The so-called "reset" was over',
            "The so-called reset was over",
            "the quote adds quotation marks: '\"reset\"' where the text has 'reset'",
        ),
        (
            "the ban would stop in May",
            "the ban would start in June.",
            "the quote has 'stop' where the text has 'start' (and 1 more difference)",
        ),
    ],
    ids=["missing-word", "added-word", "changed-word", "marks-on-a-word", "two-changes"],
)
def test_a_word_left_out_added_or_changed_is_named_with_the_whole_passage(quote, passage, how):
    start, end, said = evidence.nearest(TALKS, quote)
    assert TALKS[start:end] == passage
    assert said == f"differs in its words: {how}"


def test_quotation_marks_around_the_words_are_named_as_added():
    start, end, said = evidence.nearest(TALKS, "\u201cthe ban would start in June\u201d")
    assert TALKS[start:end] == "the ban would start in June"
    assert said == "adds quotation marks around the words, which the text does not have"


def test_the_nearest_passage_ends_at_word_edges_and_is_shown_whole():
    start, end, _ = evidence.nearest(TALKS, "the ban would stat")
    assert TALKS[start:end] == "the ban would start"
    long_quote = "Russia will withdraw its 2,000 troops from the border, the minister said; the bam"
    start, end, _ = evidence.nearest(TALKS, long_quote)
    assert TALKS[start:end] == long_quote[:-3] + "ban"
    message = evidence.shown(TALKS, start, end, evidence.PASTE)
    assert message == repr(TALKS[start:end])  # whole, not cut at sixty code points


# ---------------------------------------------------------------------------
# The quick test of the common case says what the explaining one says.


@given(
    text=st.text(alphabet="ab \u00e9\U0001f600", max_size=12),
    start=st.integers(0, 14),
    end=st.integers(0, 14),
    quote=st.text(alphabet="ab \u00e9\U0001f600", max_size=4),
    prefix=st.none() | st.text(alphabet="ab ", max_size=3),
    suffix=st.none() | st.text(alphabet="ab ", max_size=3),
)
def test_agrees_exactly_when_mismatches_finds_nothing(*, text, start, end, quote, prefix, suffix):
    found = bs.Evidence(
        quote=quote or "a", start=start, end=end, prefix=prefix or None, suffix=suffix or None
    )
    silent = list(evidence.mismatches(text, found)) == []
    # Reversed offsets are another rule's (offsets-reversed): the quick test refuses them.
    assert evidence.agrees(text, found) == (silent and start <= end)


def test_agrees_on_a_quote_with_its_prefix_and_suffix_and_not_on_a_shifted_one():
    start = TEXT.index("Putin refused")
    exact = bs.Evidence(
        quote="Putin refused", start=start, end=start + 13, prefix="Moscow. ", suffix="."
    )
    assert evidence.agrees(TEXT, exact)
    assert not evidence.agrees(TEXT, attrs.evolve(exact, start=start + 1, end=start + 14))
    assert not evidence.agrees(TEXT, attrs.evolve(exact, prefix="Moscow "))
    assert not evidence.agrees(TEXT, attrs.evolve(exact, suffix="!"))


@settings(max_examples=500)
@given(
    st.text(alphabet="ab \n\t\u2019'\"\u201c-\u2014A\u0130", max_size=40),
    st.text(alphabet="ab \n\u2019'\"-A", min_size=1, max_size=8),
)
def test_the_folded_search_finds_what_the_tolerant_pattern_finds(text, quote):
    # The pattern (quotation marks, dashes, case and runs of white space let vary) is
    # the meaning; the search folds both and finds in linear time.
    pattern = evidence._tolerant(quote)
    expected = pattern.search(text) if pattern is not None else None
    found = evidence._tolerant_search(text, quote)
    if expected is None:
        assert found is None
    else:
        assert found is not None
        assert found[0] == expected.start()
        assert pattern.fullmatch(text, *found)


def test_a_long_quote_that_nearly_matches_a_repetitive_text_costs_a_few_passes():
    text = "ab " * 300_000
    start, end, how = evidence.nearest(text, "ab " * 200_000 + "zz")
    assert (start, end) == (0, 600_002)
    assert how.startswith("differs in its words; first at code point 600000 of the quote")
