"""The subset of EDTF (ISO 8601-2, levels 0 and 1) that briefs use for dates.

Supported: a year (``2013``), a month (``2013-05``) or a day (``2013-05-07``),
each optionally qualified as uncertain (``?``), approximate (``~``) or both
(``%``); and intervals ``START/END`` whose ends are such dates, or ``..`` for an
open end, or empty for an unknown end (``2013-05-07/``). Not supported:
seasons, unspecified digits (``201X``), years outside 0000-9999, times.

Timestamps (when a brief was created and modified) are RFC 3339 with an offset,
read as aware datetimes in UTC; they are defined here too, so that the model
and the converter both take them from a module that imports neither.

The regular expressions below are the single definition of that grammar: the
JSON Schema patterns are built from them, so they are written in the subset of
regex syntax that ECMA-262 and Python share, and they contain no nested
quantifiers (matching is linear in the length of the input).
"""

from __future__ import annotations

import datetime as dt
import re

from briefschema._meta import whole

_Y = "[0-9]{4}"
_LEAP_Y = "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)"


_Y1 = "(?:000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-9][0-9]{3})"
_LEAP_Y1 = "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)"


def day_pattern(*, from_year_1: bool = False) -> str:
    """A pattern for one real calendar day ``YYYY-MM-DD``.

    Leap days are checked: ``2012-02-29`` matches, ``2013-02-29`` does not.
    Years run from 0000, or from 0001 with ``from_year_1`` (for timestamps).
    """
    year, leap = (_Y1, _LEAP_Y1) if from_year_1 else (_Y, _LEAP_Y)
    return (
        f"(?:{year}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
        "|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
        "|02-(?:0[1-9]|1[0-9]|2[0-8]))"
        f"|{leap}-02-29)"
    )


_DAY = day_pattern()
_MONTH = f"{_Y}-(?:0[1-9]|1[0-2])"
DATE = f"(?:{_DAY}|{_MONTH}|{_Y})[?~%]?"
"""One EDTF date of the supported subset, unanchored."""

INTERVAL = f"(?:{DATE}/(?:{DATE}|\\.\\.)?|(?:\\.\\.)?/{DATE})"
"""One EDTF interval with at least one end a date, unanchored."""

DATE_PATTERN = whole(DATE)
EDTF_PATTERN = whole(f"(?:{DATE}|{INTERVAL})")

_DATE_RE = re.compile(DATE_PATTERN)
_PARTS_RE = re.compile(r"^([0-9]{4})(?:-([0-9]{2}))?(?:-([0-9]{2}))?([?~%])?$")


def is_date(text: str) -> bool:
    """Whether ``text`` is one EDTF date of the supported subset."""
    return _DATE_RE.match(text) is not None


def split_date(text: str) -> tuple[int, int | None, int | None, str]:
    """Split a string already known to be a date into its parts.

    Returns:
        year, month, day and the qualifier (``""`` when there is none).

    """
    found = _PARTS_RE.match(text)
    assert found is not None  # callers check is_date() first
    year, month, day, qualifier = found.groups()
    return (
        int(year),
        int(month) if month else None,
        int(day) if day else None,
        qualifier or "",
    )


def is_leap(year: int) -> bool:
    """Whether ``year`` is a leap year of the proleptic Gregorian calendar."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    """How many days the month has."""
    if month == 2:
        return 29 if is_leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


# Timestamps: RFC 3339 with an offset, the moments a brief was written and changed.

TIMESTAMP_PATTERN = whole(
    f"{day_pattern(from_year_1=True)}"
    "T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,6})?"
    "(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])"
)
_TIMESTAMP_RE = re.compile(TIMESTAMP_PATTERN)


def parse_timestamp(text: str) -> dt.datetime:
    """Read an RFC 3339 timestamp with an offset, as an aware datetime in UTC.

    Raises:
        ValueError: ``text`` is not such a timestamp, or names no real moment.

    """
    if not _TIMESTAMP_RE.match(text):
        raise ValueError(
            f"{text!r} is not an RFC 3339 timestamp with a UTC offset (e.g. 2013-05-15T09:30:00Z)"
        )
    try:
        return dt.datetime.fromisoformat(text).astimezone(dt.UTC)
    except (ValueError, OverflowError) as exc:
        raise ValueError(f"{text!r} is not a real moment: {exc}") from None


def format_timestamp(moment: dt.datetime) -> str:
    """Write an aware datetime in canonical form: UTC, ``Z``, no trailing zeros."""
    if moment.utcoffset() is None:
        raise ValueError("a naive datetime is not a timestamp; give it a timezone")
    utc = moment.astimezone(dt.UTC)
    text = (
        f"{utc.year:04d}-{utc.month:02d}-{utc.day:02d}"
        f"T{utc.hour:02d}:{utc.minute:02d}:{utc.second:02d}"
    )
    if utc.microsecond:
        text += f".{utc.microsecond:06d}".rstrip("0")
    return text + "Z"
