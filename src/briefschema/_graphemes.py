"""Where the characters a reader sees begin and end: grapheme clusters (Unicode UAX #29).

A quote is words of the text, so it begins and ends between two such characters:
``"cafe"`` is not a quote of ``"cafe\u0301"`` (its ``e`` carries an accent), nor is
one person of a joined emoji family, one letter of a flag or half of a CR LF.

The clusters are ugrapheme's (extended grapheme clusters by the rules and data of
UAX #29, the Indic conjunct rule included, read in C at a few nanoseconds a
character); the Node validator reads the same with unicode-segmenter. A text is read
once, when a place in it is first asked about, and then each question is a binary
search. A text of ASCII with no CR LF is not read at all: every place in it is a
boundary.
"""

from __future__ import annotations

import bisect
import itertools
from array import array
from collections.abc import Iterator

import ugrapheme

__all__ = ["Clusters", "of", "split"]


def split(text: str) -> list[str]:
    """The clusters of ``text``, in order."""
    parts: list[str] = ugrapheme.grapheme_split(text)
    return parts


_LAST: list[Clusters] = []


def of(text: str) -> Clusters:
    """The clusters of ``text``: the same object as last time for the same text object.

    Validation, grounding and the search ask about one text in turn: it is read once.
    """
    if not _LAST or _LAST[0].text is not text:
        _LAST[:] = [Clusters(text)]
    return _LAST[0]


class Clusters:
    """The grapheme cluster boundaries of one text, read when first asked for."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._marks: array[int] | None = None
        self._is_plain: bool | None = None

    @property
    def marks(self) -> array[int]:
        """Every boundary, from 0 to the text's length, in order (read once)."""
        if self._marks is None:
            self._marks = ugrapheme.grapheme_offsets(self.text) or array("I", [0])
        return self._marks

    def boundary(self, index: int) -> bool:
        """Whether ``index`` (a code-point offset from 0 to the text's length) is between two clusters."""
        if index <= 0 or index >= len(self.text) or self._plain():
            return True
        marks = self.marks
        return marks[bisect.bisect_left(marks, index)] == index

    def around(self, index: int) -> tuple[int, int]:
        """The start and end of the cluster that holds ``index`` inside it (not a boundary)."""
        marks = self.marks
        after = bisect.bisect_left(marks, index)
        return marks[after - 1], marks[after]

    def pieces(self) -> Iterator[tuple[str, int]]:
        """Each cluster of the text with where it ends, in order."""
        text, marks = self.text, self.marks
        return ((text[start:end], end) for start, end in itertools.pairwise(marks))

    def widened(self, start: int, end: int) -> tuple[int, int]:
        """``start`` and ``end`` moved out to the boundaries of the clusters they cut."""
        if not self.boundary(start):
            start = self.around(start)[0]
        if not self.boundary(end):
            end = self.around(end)[1]
        return start, end

    def splits(self, start: int, end: int) -> int | None:
        """The first of ``start`` and ``end`` that falls inside a cluster, or None."""
        for index in (start, end):
            if not self.boundary(index):
                return index
        return None

    def _plain(self) -> bool:
        """Whether every place in the text is a boundary: ASCII without CR LF (checked once)."""
        if self._is_plain is None:
            self._is_plain = self.text.isascii() and "\r\n" not in self.text
        return self._is_plain
