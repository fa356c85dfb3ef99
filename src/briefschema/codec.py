"""Reading and writing briefs: plain data, JSON text and files.

Everything that reads validates, and raises :class:`~briefschema.ValidationError`
with every problem found. Everything that writes produces canonical JSON, so
``dumps(loads(doc)) == doc`` byte for byte for a canonical document.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from briefschema import _converter, model
from briefschema._limits import DEFAULT_LIMITS, Limits, size_problem
from briefschema._problems import BriefSchemaError, Invalid, Problem, ValidationError
from briefschema.validation import check

__all__ = [
    "dump",
    "dumps",
    "from_dict",
    "load",
    "loads",
    "parse_json",
    "to_dict",
    "to_evidence_dict",
]


def from_dict(
    data: Mapping[str, Any],
    *,
    source_text: str | None = None,
    strict: bool = False,
    limits: Limits = DEFAULT_LIMITS,
) -> model.Brief:
    """Build a :class:`~briefschema.Brief` from parsed JSON data, validating it fully.

    Args:
        data: the brief as plain JSON data (dicts, lists, str, int, ...).
        source_text: the source text, to check quotes and the SHA-256 against.
        strict: treat warnings as errors.
        limits: how deep, long and wide the data may be.

    Raises:
        ValidationError: the data is not a valid brief; it lists every problem.

    """
    report, brief = check(data, source_text=source_text, strict=strict, limits=limits)
    if not report.valid or brief is None:
        raise ValidationError(report.problems)
    return brief


def to_dict(brief: model.Brief) -> dict[str, Any]:
    """The brief as plain JSON data, unset optional fields omitted."""
    data: dict[str, Any] = _converter.unstructure(brief)
    return data


def to_evidence_dict(evidence: model.Evidence) -> dict[str, Any]:
    """One evidence object as plain JSON data, as it stands in a brief."""
    data: dict[str, Any] = _converter.unstructure(evidence)
    return data


def parse_json(document: str | bytes, *, limits: Limits = DEFAULT_LIMITS) -> Any:
    """Parse JSON text strictly: UTF-8 only, no duplicate keys, no NaN or Infinity.

    The size limit is checked before parsing; nesting deeper than the parser
    can go is refused as too deep.

    Raises:
        ValidationError: the text is not strict JSON or is over the size limit;
            the problem says where.

    """
    size = len(document)
    if isinstance(document, str) and size <= limits.max_bytes < 4 * size:
        size = len(document.encode("utf-8", "surrogatepass"))
    too_large = size_problem(size, limits)
    if too_large is not None:
        raise ValidationError([too_large])
    if isinstance(document, bytes | bytearray):
        if 0 in document[:4]:  # RFC 4627's test: ASCII text in UTF-16 or UTF-32 has NULs
            raise _fail("encoding", "the document looks like UTF-16 or UTF-32; write UTF-8")
        if document.startswith(b"\xef\xbb\xbf"):
            raise _fail(
                "encoding", "the document starts with a byte order mark; write UTF-8 without one"
            )
        try:
            document = bytes(document).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _fail(
                "encoding", f"not UTF-8: byte {exc.object[exc.start]:#04x} at offset {exc.start}"
            ) from None
    elif document.startswith("\ufeff"):
        raise _fail(
            "encoding", "the document starts with a byte order mark; write UTF-8 without one"
        )
    try:
        return json.loads(
            document,
            object_pairs_hook=_no_duplicates,
            parse_constant=_no_constant,
            parse_float=_finite_float,
        )
    except json.JSONDecodeError as exc:
        raise _fail(
            "json-syntax", f"not JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
        ) from None
    except Invalid as exc:
        raise _fail(exc.code, exc.message) from None
    except RecursionError:
        raise _fail(
            "too-deep",
            f"the document nests deeper than the limit of {limits.max_depth} (max_depth)",
        ) from None
    except MemoryError:
        raise _fail("too-large", "the document is too large to read into memory") from None
    except ValueError as exc:  # e.g. an integer beyond Python's digit limit
        raise _fail("number", f"not readable: {exc}") from None


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise Invalid("duplicate-key", f"the key {key!r} appears twice in one object")
            seen.add(key)
    return result


def _no_constant(name: str) -> Any:
    raise Invalid("number", f"{name} is not a JSON number")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise Invalid("number", f"{text} is too large for a JSON number")
    return value


def _fail(code: str, message: str) -> ValidationError:
    return ValidationError([Problem("$", code, message)])


def loads(
    document: str | bytes,
    *,
    source_text: str | None = None,
    strict: bool = False,
    limits: Limits = DEFAULT_LIMITS,
) -> model.Brief:
    """Read a brief from JSON text (``str``, or UTF-8 ``bytes``), validating it fully.

    Raises:
        ValidationError: the text is not a valid brief; it lists every problem.

    """
    data = parse_json(document, limits=limits)
    return from_dict(data, source_text=source_text, strict=strict, limits=limits)


def dumps(brief: model.Brief, *, indent: int | None = None) -> str:
    """Write a brief as canonical JSON text, or indented for people with ``indent``.

    Raises:
        BriefSchemaError: the brief holds something that is not JSON (a lone
            surrogate, a non-finite number, extension data nested too deeply).

    """
    try:
        data = to_dict(brief)
        if indent is None:
            return _converter.canonical_json(data)
        return _converter.pretty_json(data, indent)
    except RecursionError:
        raise BriefSchemaError("the brief's extensions nest too deeply to write") from None
    except (ValueError, TypeError) as exc:
        raise BriefSchemaError(f"the brief cannot be written as JSON: {exc}") from None


def load(
    path: str | os.PathLike[str],
    *,
    source_text: str | None = None,
    strict: bool = False,
    limits: Limits = DEFAULT_LIMITS,
) -> model.Brief:
    """Read a brief from a JSON file, validating it fully.

    Raises:
        OSError: the file cannot be read.
        ValidationError: the file is not a valid brief.

    """
    target = Path(path)
    too_large = size_problem(target.stat().st_size, limits)
    if too_large is not None:  # refuse before reading it into memory
        raise ValidationError([too_large])
    return loads(target.read_bytes(), source_text=source_text, strict=strict, limits=limits)


def dump(brief: model.Brief, path: str | os.PathLike[str], *, indent: int | None = None) -> None:
    """Write a brief to a file as canonical JSON (indented for people with ``indent``).

    The text goes to a temporary file beside the target, which then replaces
    it, so a crash never leaves a half-written brief.
    """
    target = Path(path)
    data = dumps(brief, indent=indent).encode("utf-8")  # raises before the target is touched
    handle, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        Path(temporary).replace(target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
