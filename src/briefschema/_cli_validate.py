"""``briefschema validate``: briefs one by one, or JSON Lines in batch."""

from __future__ import annotations

import argparse
import io
import os
import stat
import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Self, TextIO

if TYPE_CHECKING:
    from tqdm import tqdm

from briefschema import (
    _anatomy,
    _files,
    codec,
    model,
)
from briefschema._cli_io import (
    EXIT_INVALID,
    EXIT_USAGE,
    EXIT_VALID,
    _json_line,
    _read_source,
    _reason,
)
from briefschema._limits import Limits, unread_problem
from briefschema._problems import ValidationError
from briefschema.validation import check


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _validate_jsonl(args: argparse.Namespace, limits: Limits) -> int:
    from briefschema import batch  # noqa: PLC0415 - worker processes are for this command only

    cores = _cores()
    if len(args.files) != 1 or not 1 <= args.jobs <= cores:
        sys.stderr.write(
            f"briefschema: --jsonl takes one FILE (or -) and --jobs from 1 to {cores} "
            "(the cores this process may use)\n"
        )
        return EXIT_USAGE
    text = None
    if args.source is not None:
        text = _read_source(args.source, limits)
        if text is None:
            return EXIT_USAGE
    sources = None
    if args.sources is not None:
        if not args.sources.is_dir():
            sys.stderr.write(f"briefschema: {_files.show_path(args.sources)} is not a folder\n")
            return EXIT_USAGE
        sources = batch.index_sources(args.sources, limits=limits)
    name = str(args.files[0])
    try:
        if name != "-":
            _files.check_stream(args.files[0])
        stream = sys.stdin.buffer if name == "-" else args.files[0].open("rb")
    except (OSError, _files.NotAFile) as exc:
        sys.stderr.write(f"briefschema: cannot read {_files.show_path(name)}: {_reason(exc)}\n")
        return EXIT_USAGE
    results = batch.validate_jsonl(
        stream,
        jobs=args.jobs,
        source_text=text,
        sources=sources,
        strict=args.strict,
        limits=limits,
        require_source=args.require_source,
    )
    tally = {"valid": 0, "invalid": 0, "unchecked": 0, "textless": 0}
    with stream, _progress(stream) as progress:
        for result in results:
            sys.stdout.write(_json_line(result))
            tally["valid" if result["valid"] else "invalid"] += 1
            tally["unchecked"] += not result["quotes_checked"]
            tally["textless"] += any(p["code"] == "source-required" for p in result["problems"])
            progress.update(_position(stream) - progress.n)
    total = tally["valid"] + tally["invalid"]
    sys.stderr.write(
        f"briefschema: {total:,} briefs: {tally['valid']:,} valid, {tally['invalid']:,} invalid; "
        f"quotes not checked in {tally['unchecked']:,}"
        + ("" if text is not None or sources is not None else " (give --sources DIR)")
        + "\n"
    )
    if tally["textless"]:  # --require-source: a text that is not there is trouble, not a verdict
        sys.stderr.write(
            f"briefschema: {tally['textless']:,} briefs have no source text given or found, "
            "and --require-source asks for one\n"
        )
        return EXIT_USAGE
    return EXIT_INVALID if tally["invalid"] else EXIT_VALID


class _NoBar:
    """What the batch loop updates when no bar is drawn (tqdm is not installed)."""

    n = 0

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def update(self, _amount: float) -> None:
        return None


def _progress(stream: IO[bytes]) -> tqdm[Any] | _NoBar:
    """A progress bar on a terminal, by bytes read: with a total and an ETA for a file.

    The bar is tqdm's (the ``progress`` extra); without tqdm nothing is drawn. Either
    way the results and the tally are the same.
    """
    try:
        from tqdm import tqdm  # noqa: PLC0415 - only batch runs draw a progress bar
    except ImportError:
        return _NoBar()
    try:
        info = os.fstat(stream.fileno())
        total = info.st_size if stat.S_ISREG(info.st_mode) else None
    except (OSError, ValueError, io.UnsupportedOperation):
        total = None
    return tqdm(
        total=total,
        unit="B",
        unit_scale=True,
        file=sys.stderr,
        disable=not sys.stderr.isatty(),
    )


def _position(stream: IO[bytes]) -> int:
    try:
        return stream.tell()
    except (OSError, ValueError, io.UnsupportedOperation):  # a pipe
        return 0


def _validate(
    files: list[Path],
    source: Path | None,
    *,
    strict: bool,
    limits: Limits,
    out: TextIO,
    err: TextIO,
    folder: Path | None = None,
    require_source: bool = False,
) -> int:
    given_text = None
    if source is not None:
        given_text = _read_source(source, limits)
        if given_text is None:
            return EXIT_USAGE
    status = EXIT_VALID
    found = _Sources(limits, folder)
    for path in files:
        shown = _files.show_path(path)
        try:
            raw = _files.read_bounded(path, limits.max_bytes)
        except _files.TooLarge:
            out.write(f"{shown}: invalid\n  {unread_problem(limits)}\n")
            outcome = EXIT_INVALID
        except (OSError, _files.NotAFile) as exc:
            err.write(f"briefschema: cannot read {shown}: {_reason(exc)}\n")
            status = EXIT_USAGE
            continue
        else:
            outcome = _validate_one(
                path,
                raw,
                given_text,
                strict=strict,
                limits=limits,
                out=out,
                found=found,
                require_source=require_source,
                given=None if source is None else _files.show_path(source),
            )
            if outcome == EXIT_USAGE:
                err.write(
                    f"briefschema: {shown}: no source text was given or found beside it "
                    "(or it cannot be read), and --require-source asks for one\n"
                )
        if status == EXIT_VALID:
            status = outcome
    return status


def _validate_one(
    path: Path,
    raw: bytes,
    text: bytes | None,
    *,
    strict: bool,
    limits: Limits,
    out: TextIO,
    found: _Sources,
    require_source: bool = False,
    given: str | None = None,
) -> int:
    shown = _files.show_path(path)
    try:
        data, clean_size = codec.parse(raw, limits=limits)
    except ValidationError as exc:
        out.write(f"{shown}: invalid\n")
        out.writelines(f"  {_files.safe(str(problem))}\n" for problem in exc.problems)
        return EXIT_INVALID
    where = given or ""
    if text is None:
        text, where = found.beside(path, data)
        if text is None and require_source:
            return EXIT_USAGE
    report, brief = check(
        data, source_text=text, strict=strict, limits=limits, clean_size=clean_size
    )
    if not report.valid or brief is None:
        out.write(f"{shown}: invalid ({len(report.errors)} error(s))\n")
        out.writelines(
            f"  {problem.severity.value}: {_files.safe(str(problem))}\n"
            for problem in report.problems
        )
        return EXIT_INVALID
    if report.quotes_checked:
        out.write(f"{shown}: valid\n")
        out.write(_summary(brief))
        out.write(f"  quotes checked against {where}\n")
    else:  # never a bare "valid": say what was not checked, and why
        reason = report.unchecked_reason
        if text is None:
            reason = "no source text was given or found beside the brief (give --source TEXT)"
        out.write(f"{shown}: valid, but its quotes were not checked: {reason}\n")
        out.write(_summary(brief))
    out.writelines(f"  warning: {_files.safe(str(problem))}\n" for problem in report.warnings)
    return EXIT_VALID


class _Sources:
    """Source texts beside briefs, found by SHA-256: each folder hashed once, each text read once."""

    def __init__(self, limits: Limits, folder: Path | None = None) -> None:
        self.limits = limits
        self.folder = folder
        self.folders: dict[Path, dict[str, Path]] = {}
        self.texts: dict[Path, bytes | None] = {}

    def beside(self, path: Path, data: object) -> tuple[bytes | None, str]:
        """The text beside a brief whose SHA-256 the brief records, and its path as shown."""
        wanted = None
        if isinstance(data, dict) and isinstance(data.get("source"), dict):
            wanted = data["source"].get("sha256")
        if not isinstance(wanted, str):
            return None, ""
        folder = self.folder or path.parent
        if folder not in self.folders:
            self.folders[folder] = _files.texts_by_hash(folder, self.limits.max_bytes)
        candidate = self.folders[folder].get(wanted)
        if candidate is not None and candidate not in self.texts:
            try:
                self.texts[candidate] = _files.read_bounded(candidate, self.limits.max_bytes)
            except (OSError, _files.NotAFile, _files.TooLarge):
                self.texts[candidate] = None
        text = self.texts.get(candidate) if candidate is not None else None
        if text is not None:
            return text, _files.show_path(candidate or "")
        return None, ""


def _summary(brief: model.Brief) -> str:
    counts = ", ".join(f"{len(getattr(brief, name))} {name}" for name in _anatomy.LISTS)
    return f"  title: {_files.safe(brief.title)}\n  {counts}\n"
