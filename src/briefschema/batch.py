"""Validating many briefs: JSON Lines in, one result per line out, in bounded memory.

:func:`validate_lines` is the unit of work: it takes ``(line number, text)``
pairs and yields one result each, so it serves as a map over partitions in
Dask or any other engine. :func:`validate_jsonl` streams a file through it with
worker processes, keeping only a few chunks in flight, and yields the results
in input order.
"""

from __future__ import annotations

import itertools
import os
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import IO, Any

import attrs

from briefschema import _files, codec, evidence, validation
from briefschema._limits import DEFAULT_LIMITS, Limits, unread_problem
from briefschema._problems import BriefSchemaError, Problem, ValidationError
from briefschema.validation import check

__all__ = ["Sources", "index_sources", "validate_jsonl", "validate_line", "validate_lines"]


Sources = Mapping[str, "str | os.PathLike[str]"]
"""Source texts by their SHA-256 (lowercase hex): the path of each text's file."""


def index_sources(folder: str | os.PathLike[str], *, limits: Limits = DEFAULT_LIMITS) -> Sources:
    """The ``*.txt`` files of a folder by SHA-256, for :func:`validate_jsonl`'s ``sources``.

    Only regular files of at most ``limits.max_bytes`` are hashed, in chunks; the
    first file (by name) with a given hash wins.
    """
    return _files.texts_by_hash(Path(folder), limits.max_bytes)


def validate_line(
    number: int,
    line: str | bytes,
    *,
    source_text: str | bytes | None = None,
    sources: Sources | None = None,
    strict: bool = False,
    limits: Limits = DEFAULT_LIMITS,
    require_source: bool = False,
) -> dict[str, Any]:
    """Validate one line of JSON Lines.

    Args:
        number: the line's number, reported back.
        line: the line's JSON text.
        source_text: one text to check every line's quotes against.
        sources: texts by SHA-256 (see :func:`index_sources`): each line's quotes
            are checked against the text whose hash its ``source.sha256`` records.
        strict: treat warnings as errors.
        limits: how large the line may be.
        require_source: a line whose text is not given or found is invalid
            (``source-required``).

    Returns:
        A JSON-ready result: ``line`` (the number), ``id`` (the brief's id, or None),
        ``valid``, ``quotes_checked`` (whether the quotes were compared with the
        brief's source text: see :class:`~briefschema.Report`), ``unchecked_reason``
        (why not, or None) and ``problems`` (each with ``path``, ``code``,
        ``message`` and ``severity``).

    """
    brief_id = None
    try:
        data, clean_size = codec.parse(line, limits=limits)
    except ValidationError as exc:
        return _result(
            number, brief_id, exc.problems, unchecked_reason=_unread(source_text, sources)
        )
    if isinstance(data, dict) and isinstance(data.get("id"), str):
        brief_id = data["id"]
    text = source_text
    if text is None and sources is not None:
        text = _text_for(data, sources, limits)
    report, _ = check(
        data,
        source_text=text,
        strict=strict,
        limits=limits,
        clean_size=clean_size,
        require_source=require_source,
    )
    return _result(
        number,
        brief_id,
        report.problems,
        valid=report.valid,
        unchecked_reason=report.unchecked_reason,
    )


def _unread(source_text: str | bytes | None, sources: Sources | None) -> str:
    """Why the quotes of a line that is no JSON were not checked (in ``check``'s order)."""
    if source_text is None and sources is None:
        return validation.NO_TEXT
    if source_text is not None:
        try:
            evidence.text_of(source_text)
        except ValueError:
            return validation.NOT_UTF8
    return validation.UNREADABLE


_TEXTS: dict[str, bytes | None] = {}
"""The source texts read by this process, by path (a few, for batches of many briefs)."""


def _text_for(data: object, sources: Sources, limits: Limits) -> bytes | None:
    wanted = data.get("source") if isinstance(data, dict) else None
    digest = wanted.get("sha256") if isinstance(wanted, dict) else None
    path = sources.get(digest) if isinstance(digest, str) else None
    if path is None:
        return None
    key = os.fspath(path)
    if key not in _TEXTS:
        if len(_TEXTS) >= 16:
            _TEXTS.pop(next(iter(_TEXTS)))
        try:
            _TEXTS[key] = _files.read_bounded(Path(key), limits.max_bytes)
        except (OSError, BriefSchemaError):
            _TEXTS[key] = None
    return _TEXTS[key]


def _result(
    number: int,
    brief_id: str | None,
    problems: Sequence[Problem],
    *,
    valid: bool = False,
    unchecked_reason: str | None,
) -> dict[str, Any]:
    return {
        "line": number,
        "id": brief_id,
        "valid": valid,
        "quotes_checked": unchecked_reason is None,
        "unchecked_reason": unchecked_reason,
        "problems": [
            {"path": p.path, "code": p.code, "message": p.message, "severity": p.severity.value}
            for p in problems
        ],
    }


def validate_lines(
    lines: Iterable[tuple[int, str | bytes]],
    *,
    source_text: str | bytes | None = None,
    sources: Sources | None = None,
    strict: bool = False,
    limits: Limits = DEFAULT_LIMITS,
    require_source: bool = False,
) -> Iterator[dict[str, Any]]:
    """Validate numbered lines one by one (see :func:`validate_line`)."""
    return _validate_numbered(lines, _Options(source_text, sources, strict, limits, require_source))


@attrs.frozen
class _Options:
    """What every line of one batch is validated with (see :func:`validate_line`)."""

    source_text: str | bytes | None
    sources: Sources | None
    strict: bool
    limits: Limits
    require_source: bool


def _validate_numbered(
    lines: Iterable[tuple[int, str | bytes | _Overlong]], options: _Options
) -> Iterator[dict[str, Any]]:
    for number, line in lines:
        if isinstance(line, _Overlong):
            reason = _unread(options.source_text, options.sources)
            yield _result(number, None, [unread_problem(options.limits)], unchecked_reason=reason)
        else:
            yield validate_line(number, line, **attrs.asdict(options, recurse=False))


class _Overlong:
    """Stands for a line longer than ``max_bytes``, which was skipped unread."""

    __slots__ = ()


def _chunk_results(
    chunk: list[tuple[int, bytes | _Overlong]], options: _Options
) -> list[dict[str, Any]]:
    return list(_validate_numbered(chunk, options))


def _numbered(stream: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | _Overlong]]:
    """The stream's lines, numbered from 1; a line over ``limit`` bytes is skipped in chunks."""
    number = 0
    while line := stream.readline(limit + 2):  # room for the limit and a CR LF
        number += 1
        if len(line) > limit and not (line.endswith(b"\n") and len(line.rstrip(b"\r\n")) <= limit):
            while not line.endswith(b"\n"):  # skip the rest, a chunk at a time
                line = stream.readline(CHUNK)
                if not line:
                    break
            yield number, _Overlong()
        else:
            yield number, line.rstrip(b"\r\n")


CHUNK = 1 << 20


def validate_jsonl(
    stream: IO[bytes],
    *,
    jobs: int = 1,
    chunk_size: int = 64,
    source_text: str | bytes | None = None,
    sources: Sources | None = None,
    strict: bool = False,
    limits: Limits = DEFAULT_LIMITS,
    require_source: bool = False,
) -> Iterator[dict[str, Any]]:
    """Validate every line of a JSON Lines stream, in order, with ``jobs`` processes.

    Each line's quotes are checked against ``source_text`` if given, else against
    the text in ``sources`` whose SHA-256 the brief records (see
    :func:`validate_line`); each result says whether they were.

    Memory stays bounded: at most ``2 * jobs`` chunks of ``chunk_size`` lines are
    read ahead of the results, and a line longer than ``limits.max_bytes`` is
    skipped a chunk at a time and reported as too large.

    Raises:
        ValueError: ``jobs`` is less than 1.

    """
    if jobs < 1:
        raise ValueError(f"jobs must be 1 or more, not {jobs}")
    lines = _numbered(stream, limits.max_bytes)
    options = _Options(source_text, sources, strict, limits, require_source)
    if jobs <= 1:
        yield from _validate_numbered(lines, options)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque[Future[list[dict[str, Any]]]] = deque()
        chunks = iter(lambda: list(itertools.islice(lines, chunk_size)), [])
        for chunk in chunks:
            pending.append(pool.submit(_chunk_results, chunk, options))
            if len(pending) >= 2 * jobs:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
