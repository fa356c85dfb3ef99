"""Reading and writing briefs: plain data, JSON text and files.

Everything that reads validates, and raises :class:`~briefschema.ValidationError`
with every problem found. Everything that writes produces canonical JSON, so
``dumps(loads(doc)) == doc`` byte for byte for a canonical document.
"""

from __future__ import annotations

import contextlib
import decimal
import json
import math
import os
import re
import secrets
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from briefschema import _compiled, _converter, _files, model
from briefschema._limits import DEFAULT_LIMITS, Limits, deep_path, size_problem, unread_problem
from briefschema._problems import Invalid, Problem, ValidationError, join
from briefschema.validation import check

try:  # the fast extra: reading canonical text, and writing
    import orjson as _orjson
except ImportError:  # pragma: no cover - exercised by the test that hides it
    _orjson = None  # type: ignore[assignment]

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
    source_text: str | bytes | None = None,
    strict: bool = False,
    limits: Limits = DEFAULT_LIMITS,
    require_source: bool = False,
) -> model.Brief:
    """Build a :class:`~briefschema.Brief` from parsed JSON data, validating it fully.

    Args:
        data: the brief as plain JSON data (dicts, lists, str, int, ...).
        source_text: the source text, to check quotes and the SHA-256 against.
        strict: treat warnings as errors.
        limits: how deep, long and wide the data may be.
        require_source: refuse the brief when no source text is given (its quotes
            could not be checked): the problem ``source-required``.

    Raises:
        ValidationError: the data is not a valid brief; it lists every problem.

    """
    report, brief = check(
        data, source_text=source_text, strict=strict, limits=limits, require_source=require_source
    )
    if not report.valid or brief is None:
        raise ValidationError(report.problems)
    return brief


def to_dict(brief: model.Brief) -> dict[str, Any]:
    """The brief as plain JSON data, unset optional fields omitted.

    Raises:
        ValidationError: a field holds what cannot be written as JSON (a naive
            datetime, a string where an enum member belongs, NaN or a set in
            extensions); each problem names the field's JSON path.

    """
    fast = _compiled.attempt("unstructure", lambda: _compiled.unstructurer(plain=True)(brief))
    if fast is not None:
        return fast
    try:
        data: dict[str, Any] = _converter.unstructure(brief)
    except _converter.ConversionFailed as failed:
        raise ValidationError(failed.problems) from None
    return data


def to_evidence_dict(evidence: model.Evidence) -> dict[str, Any]:
    """One evidence object as plain JSON data, as it stands in a brief.

    Raises:
        ValidationError: a field holds what cannot be written as JSON.

    """
    try:
        data: dict[str, Any] = _converter.unstructure(evidence)
    except _converter.ConversionFailed as failed:
        raise ValidationError(failed.problems) from None
    return data


def parse_json(document: str | bytes, *, limits: Limits = DEFAULT_LIMITS) -> Any:
    """Parse JSON text strictly: UTF-8 only, no duplicate keys, no NaN or Infinity.

    The size limit is checked before parsing; nesting deeper than the parser
    can go is refused as too deep.

    Raises:
        ValidationError: the text is not strict JSON or is over the size limit;
            the problem says where.

    """
    return parse(document, limits=limits)[0]


def parse(document: str | bytes, *, limits: Limits = DEFAULT_LIMITS) -> tuple[Any, int]:
    """:func:`parse_json`, and the size of the text when the data is known clean (else 0).

    Clean data was read by orjson (with the ``fast`` extra) from text that
    orjson writes back byte for byte (white space after the value aside), as the
    library writes canonical JSON and JSON Lines: then
    the strict reader would have read the same values (a duplicate key, an
    escape, a number that is not kept exactly or a lone surrogate would all be
    written back differently, or refused). Any other text goes through the
    strict reader, which explains what it refuses.
    """
    if _orjson is not None:
        try:
            raw = document.encode() if isinstance(document, str) else bytes(document)
        except UnicodeEncodeError:  # a lone surrogate: the strict reader says where
            raw = b""
        if 0 < len(raw) <= limits.max_bytes:
            try:
                data = _orjson.loads(raw)
            except _orjson.JSONDecodeError:
                pass  # the strict reader says why
            except MemoryError:
                raise _fail("too-large", "the document is too large to read into memory") from None
            else:
                try:
                    written = _orjson.dumps(data)
                except _orjson.JSONEncodeError:  # nested past what orjson writes (254 levels)
                    written = b""  # a doubt: the strict reader decides, and says why
                # White space after the value (a final newline, a JSON Lines line's end)
                # reads the same in both readers.
                if (
                    written
                    and raw.startswith(written)
                    and not raw[len(written) :].strip(b" \t\r\n")
                ):
                    return data, len(raw)
    return _strict_parse(document, limits), 0


def _strict_parse(document: str | bytes, limits: Limits) -> Any:
    size = len(document)
    if isinstance(document, str) and not document.isascii():  # measured as UTF-8 bytes
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
    numbers = _Numbers(negative_zero=_NEGATIVE_ZERO.search(document) is not None)
    try:
        data = json.loads(
            document,
            object_pairs_hook=_no_duplicates,
            parse_constant=_no_constant,
            parse_float=numbers.float,
            parse_int=numbers.int if numbers.negative_zero else None,
        )
    except json.JSONDecodeError as exc:
        raise _fail(
            "json-syntax", f"not JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
        ) from None
    except Invalid as exc:
        raise _fail(exc.code, exc.message) from None
    except RecursionError:  # too deep to read: the path is found in the text itself
        raise ValidationError(
            [
                Problem(
                    deep_path(document, limits.max_depth),
                    "too-deep",
                    f"the document nests deeper than the limit of {limits.max_depth} (max_depth)",
                )
            ]
        ) from None
    except MemoryError:
        raise _fail("too-large", "the document is too large to read into memory") from None
    except ValueError as exc:  # e.g. an integer beyond Python's digit limit
        raise _fail("number", f"not readable: {exc}") from None
    if numbers.refused:
        raise ValidationError(_number_problems(data))
    return data


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


_NEGATIVE_ZERO = re.compile(r"-0(?![0-9.eE])")
"""Where ``-0`` may stand as a number (a string may hold it too: then the
integer hook, slower, looks at every integer)."""


class _Unkept:
    """Stands in the parsed data for a number that cannot be kept exactly."""

    __slots__ = ("message",)

    def __init__(self, message: str) -> None:
        self.message = message


class _Numbers:
    """The number hooks of one parse: every value is kept exactly, or refused.

    A number is kept when the double nearest to it is written back as the same
    decimal value (RFC 7493, I-JSON: numbers are IEEE 754 doubles). ``1e-400``
    (it would become 0), ``9007199254740993.0`` (it would become ...992.0) and
    the integer ``-0`` (it would become 0) are refused. Integers are Python
    integers: kept exactly at any size up to the digit limit.
    """

    def __init__(self, *, negative_zero: bool) -> None:
        self.negative_zero = negative_zero
        self.refused = False

    def float(self, text: str) -> float | _Unkept:
        value = float(text)
        if not math.isfinite(value):
            raise Invalid("number", f"{text} is too large for a JSON number")
        written = repr(value)
        if written != text and decimal.Decimal(written) != decimal.Decimal(text):
            self.refused = True
            return _Unkept(
                f"{_cut(text)} cannot be kept exactly: as a double (I-JSON) it is {written}; "
                "write the value it should have"
            )
        return value

    def int(self, text: str) -> int | _Unkept:
        if text == "-0":
            self.refused = True
            return _Unkept("-0 cannot be kept: an integer has no negative zero; write 0")
        return int(text)


def _cut(text: str) -> str:
    return text if len(text) <= 40 else f"{text[:40]}... ({len(text):,} characters)"


def _number_problems(data: Any) -> list[Problem]:
    """Every number that :class:`_Numbers` refused, with its JSON path, in document order."""
    found = []
    stack: list[tuple[Any, str]] = [(data, "$")]
    while stack:
        item, where = stack.pop()
        if isinstance(item, _Unkept):
            found.append(Problem(where, "number", item.message))
        elif type(item) is list:
            stack.extend((sub, join(where, i)) for i, sub in reversed(list(enumerate(item))))
        elif type(item) is dict:
            stack.extend((sub, join(where, key)) for key, sub in reversed(item.items()))
    return found


def _fail(code: str, message: str) -> ValidationError:
    return ValidationError([Problem("$", code, message)])


def loads(
    document: str | bytes,
    *,
    source_text: str | bytes | None = None,
    strict: bool = False,
    limits: Limits = DEFAULT_LIMITS,
    require_source: bool = False,
) -> model.Brief:
    """Read a brief from JSON text (``str``, or UTF-8 ``bytes``), validating it fully.

    The options are those of :func:`from_dict`; with ``require_source``, a brief is
    never returned unless its quotes were compared with the text.

    Raises:
        ValidationError: the text is not a valid brief; it lists every problem.

    """
    data, clean = parse(document, limits=limits)
    report, brief = check(
        data,
        source_text=source_text,
        strict=strict,
        limits=limits,
        clean_size=clean,
        require_source=require_source,
    )
    if not report.valid or brief is None:
        raise ValidationError(report.problems)
    return brief


def _canonical_bytes(brief: model.Brief) -> bytes | None:
    """The canonical UTF-8 of ``brief`` by the fast path, or None where the reference decides."""
    if _orjson is None:
        return None
    orjson = _orjson

    def write() -> bytes:
        data, default = _compiled.for_orjson(brief)
        return orjson.dumps(data, default=default, option=orjson.OPT_APPEND_NEWLINE)

    return _compiled.attempt("write", write)


def dumps(brief: model.Brief, *, indent: int | None = None) -> str:
    """Write a brief as canonical JSON text, or indented for people with ``indent``.

    Raises:
        ValidationError: the brief holds something that is not JSON (a lone
            surrogate, a non-finite number, a naive datetime, extension data
            nested too deeply); each problem names where, as a JSON path.

    """
    if indent is None:
        written = _canonical_bytes(brief)
        if written is not None:
            return written.decode()
    data = to_dict(brief)
    try:
        if indent is None:
            text = _converter.canonical_json(data)
        else:
            text = _converter.pretty_json(data, indent)
    except RecursionError:
        raise ValidationError(
            [Problem("$.extensions", "too-deep", "the extensions nest too deeply to write")]
        ) from None
    except (TypeError, ValueError):
        # A value that is no JSON, put in a text field past the constructors: say where.
        try:
            _converter.copy_json(data, "$")
        except Invalid as bad:
            raise ValidationError([Problem(bad.at, bad.code, bad.message)]) from None
        raise
    if _converter.SURROGATE.search(text):
        # Found in one pass in C; the walk that says where runs only then.
        problem = _converter.lone_surrogate(data)
        raise ValidationError([problem or Problem("$", "lone-surrogate", "a lone surrogate")])
    return text


def load(
    path: str | os.PathLike[str],
    *,
    source_text: str | bytes | None = None,
    strict: bool = False,
    limits: Limits = DEFAULT_LIMITS,
    require_source: bool = False,
) -> model.Brief:
    """Read a brief from a JSON file, validating it fully (options as :func:`from_dict`).

    Raises:
        OSError: the file cannot be read.
        BriefSchemaError: the path names a device or a folder.
        ValidationError: the file is not a valid brief (or is over the size limit).

    """
    try:  # at most one byte past the limit is read, whatever the file is
        document = _files.read_bounded(Path(path), limits.max_bytes)
    except _files.TooLarge:
        raise ValidationError([unread_problem(limits)]) from None
    return loads(
        document,
        source_text=source_text,
        strict=strict,
        limits=limits,
        require_source=require_source,
    )


def dump(brief: model.Brief, path: str | os.PathLike[str], *, indent: int | None = None) -> None:
    """Write a brief to a file as canonical JSON (indented for people with ``indent``).

    The text goes to a temporary file beside the target, which then replaces
    it, so a crash never leaves a half-written brief. A symbolic link is
    written through (its target is replaced, the link stays); an existing
    file keeps its permission bits, and a new one gets those the umask gives.
    Names up to the file system's limit work: the temporary name is short.

    Raises:
        ValidationError: the brief cannot be written as JSON (nothing is touched).
        OSError: the file cannot be written.

    """
    target = Path(os.path.realpath(path))
    # Made (or refused) before the target is touched; canonical bytes need no decoding.
    data = (_canonical_bytes(brief) if indent is None else None) or dumps(
        brief, indent=indent
    ).encode("utf-8")
    try:
        mode: int | None = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        mode = None  # a new file: the mode the umask gives, as the OS applies it
    temporary, handle = _temporary(target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            if mode is not None:
                os.fchmod(out.fileno(), mode)
            os.fsync(out.fileno())
        temporary.replace(target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _temporary(folder: Path) -> tuple[Path, int]:
    """A new file with a short random name in ``folder``, created with the umask's mode."""
    while True:  # 64 random bits are all but never taken; when they are, draw again
        candidate = folder / f".bs-{secrets.token_hex(8)}.tmp"
        with contextlib.suppress(FileExistsError):
            return candidate, os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
