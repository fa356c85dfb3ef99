"""Briefs to and from the standards their neighbours speak: STIX 2.1 and PLOVER.

- :func:`stix` writes a brief as a STIX 2.1 bundle (identities, a report,
  relationships, notes, and a registered extension carrying the brief whole), and
  :func:`from_stix` reads it back: the same brief.
- :func:`plover` writes a brief's events as PLOVER records (the shape of PLOVER's
  gold-standard records), and :func:`from_plover` turns records into briefs, one per
  source text, with their evidence located in it.

For linked data, see the JSON-LD context ``schemas/brief.context.jsonld``. The
mapping tables and what each direction loses are in the documentation
(``docs/interchange/``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from briefschema import _plover, _stix, codec, model, validation
from briefschema._limits import DEFAULT_LIMITS, Limits
from briefschema._problems import ValidationError

__all__ = ["from_plover", "from_stix", "plover", "stix"]


def _checked(brief: model.Brief) -> model.Brief:
    """The brief, after the schema and the integrity rules found no error in it.

    An object built in Python is not validated when built; a reference that names
    nothing would otherwise end the export deep inside it.
    """
    report = validation.validate(brief)
    if not report.valid:
        raise ValidationError(report.errors)
    return brief


def stix(brief: model.Brief) -> dict[str, Any]:
    """The brief as a STIX 2.1 bundle (JSON-ready), the same for the same brief.

    Ids are UUIDv5 of the brief's id and each object's; time stamps are the brief's
    ``created`` and ``modified`` (1970-01-01 when it has none).

    Raises:
        ValidationError: the brief is not valid (built in Python and never checked);
            each error with its JSON path.

    """
    return _stix.export(_checked(brief))


def from_stix(
    bundle: str | bytes | Mapping[str, Any],
    *,
    source_text: str | bytes | None = None,
    strict: bool = False,
    limits: Limits = DEFAULT_LIMITS,
    rebuild: bool = False,
) -> model.Brief:
    """The brief a bundle made by :func:`stix` carries, checked in full.

    Each STIX object carries its brief object whole in the briefschema extension, and
    that copy is what is read. A native property that says otherwise (a platform's edit
    of a note's content, a relationship's time) is a problem at its path, never ignored;
    an object whose copy was stripped is a problem too, unless ``rebuild`` asks for it to
    be rebuilt from its native properties (without what STIX does not hold, such as its
    evidence; an event cannot be). Objects the bundle holds besides (added by another
    tool) are ignored. ``limits`` apply to the brief; the bundle, which carries it twice,
    is read within limits derived from them (48 times the bytes, ten times the
    items, eight levels more), so that every brief within ``limits`` that :func:`stix`
    writes comes back.

    Raises:
        ValidationError: the bundle carries no brief, a native property disagrees with
            the copy, a copy is missing, or the brief is invalid; each problem with its
            JSON path.

    """
    data = (
        codec.parse_json(bundle, limits=_stix.bundle_limits(limits))
        if isinstance(bundle, str | bytes)
        else bundle
    )
    brief, _ = _stix.read(
        data, source_text=source_text, strict=strict, limits=limits, rebuild=rebuild
    )
    return brief


def plover(brief: model.Brief) -> list[dict[str, Any]]:
    """The brief's events as PLOVER records (JSON-ready), one per event, in order.

    Raises:
        ValidationError: the brief is not valid (built in Python and never checked);
            each error with its JSON path.

    """
    return _plover.export(_checked(brief))


def from_plover(
    records: Sequence[Any],
    *,
    texts: Mapping[str, str | bytes] | None = None,
    source_text: str | bytes | None = None,
) -> list[model.Brief]:
    """Briefs from PLOVER records: one per source text, each event with its evidence.

    Args:
        records: the records, parsed (a gold-standard file is one JSON array).
        texts: source texts by SHA-256 (see :func:`briefschema.batch.index_sources`):
            a record whose ``textInfo.sha256`` names one quotes that text.
        source_text: the text every other record quotes. Without it a record that
            names no known text is its own source: its ``text`` is the whole of it.

    Raises:
        ValidationError: a record is not one, names an event category PLOVER does not
            have, or quotes words its source does not hold; each problem with the JSON
            path into the records (``$[3].event``).

    """
    return _plover.import_(records, texts or {}, source_text)
