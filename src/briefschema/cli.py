"""The ``briefschema`` command.

``briefschema validate FILE...`` checks briefs (schema and integrity) and
prints a summary of each valid one, or every problem of an invalid one.
Exit status: 0 all valid, 1 any invalid, 2 usage error or unreadable file.

``briefschema schemas DIR`` writes the published schemas into ``DIR``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import TextIO

from tqdm import tqdm

from briefschema import batch, codec, evidence, model, render
from briefschema._limits import Limits, size_problem
from briefschema._problems import ValidationError
from briefschema.validation import check

__all__ = ["main"]

EXIT_VALID, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefschema", description="Validate and inspect structured foreign-policy briefs."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    check_cmd = commands.add_parser(
        "validate",
        help="validate briefs against the schema and the integrity rules",
        description=(
            "Validate each brief. Quotes are checked against the source text given with "
            "--source or, failing that, a .txt file beside the brief whose SHA-256 is the "
            "brief's source.sha256."
        ),
    )
    check_cmd.add_argument("files", nargs="+", type=Path, metavar="FILE", help="brief JSON files")
    check_cmd.add_argument("--source", type=Path, metavar="TEXT", help="the source text file")
    check_cmd.add_argument("--strict", action="store_true", help="treat warnings as errors")
    check_cmd.add_argument(
        "--jsonl",
        action="store_true",
        help="FILE is JSON Lines, one brief a line ('-' for standard input); writes one JSON "
        "result a line",
    )
    check_cmd.add_argument(
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="with --jsonl: worker processes (default 1)",
    )
    defaults = Limits()
    for name, meaning in (
        ("max_bytes", "largest document, in bytes"),
        ("max_depth", "deepest nesting of objects and arrays"),
        ("max_items", "most items in one array or object"),
        ("max_string", "longest string, in characters"),
    ):
        check_cmd.add_argument(
            f"--{name.replace('_', '-')}",
            type=int,
            default=getattr(defaults, name),
            metavar="N",
            help=f"{meaning} (default {getattr(defaults, name):,})",
        )
    render_cmd = commands.add_parser("render", help="render a brief as Markdown or HTML")
    render_cmd.add_argument("file", type=Path, metavar="FILE")
    render_cmd.add_argument("--format", choices=["md", "html"], default="md")
    render_cmd.add_argument(
        "-o", "--output", type=Path, metavar="OUT", help="write here, not to stdout"
    )
    quote_cmd = commands.add_parser(
        "quote", help="print evidence (code-point offsets) for exact words of a source text"
    )
    quote_cmd.add_argument("source", type=Path, metavar="SOURCE")
    quote_cmd.add_argument("words")
    new_cmd = commands.add_parser("new", help="write a skeleton brief for a source text")
    new_cmd.add_argument("source", type=Path, metavar="SOURCE")
    new_cmd.add_argument(
        "-o", "--output", type=Path, metavar="OUT", help="write here, not to stdout"
    )
    new_cmd.add_argument(
        "--id", dest="brief_id", help="the brief's id (default: from the file name)"
    )
    schemas_cmd = commands.add_parser(
        "schemas", help="write the published JSON Schemas to a folder"
    )
    schemas_cmd.add_argument("directory", type=Path, metavar="DIR")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    try:
        return _main(argv)
    except BrokenPipeError:  # the reader went away (`... | head`): stop quietly
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115, PTH123 - stays open until exit
        return EXIT_VALID


def _main(argv: Sequence[str] | None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    if args.command == "schemas":
        return _schemas(args.directory)
    if args.command == "render":
        return _render(args.file, args.format, args.output)
    if args.command == "quote":
        return _quote(args.source, args.words)
    if args.command == "new":
        return _new(args.source, args.output, args.brief_id)
    try:
        limits = Limits(
            max_bytes=args.max_bytes,
            max_depth=args.max_depth,
            max_items=args.max_items,
            max_string=args.max_string,
        )
    except ValueError as exc:
        sys.stderr.write(f"briefschema: {exc}\n")
        return EXIT_USAGE
    if args.jsonl:
        return _validate_jsonl(args, limits)
    return _validate(
        args.files, args.source, strict=args.strict, limits=limits, out=sys.stdout, err=sys.stderr
    )


def _validate_jsonl(args: argparse.Namespace, limits: Limits) -> int:
    if len(args.files) != 1 or args.jobs < 1:
        sys.stderr.write("briefschema: --jsonl takes one FILE (or -) and --jobs of 1 or more\n")
        return EXIT_USAGE
    text = None
    if args.source is not None:
        text = _read_text(args.source, sys.stderr)
        if text is None:
            return EXIT_USAGE
    name = str(args.files[0])
    try:
        stream = sys.stdin.buffer if name == "-" else args.files[0].open("rb")
    except OSError as exc:
        sys.stderr.write(f"briefschema: cannot read {name}: {exc.strerror}\n")
        return EXIT_USAGE
    status = EXIT_VALID
    results = batch.validate_jsonl(
        stream, jobs=args.jobs, source_text=text, strict=args.strict, limits=limits
    )
    progress = tqdm(results, unit=" briefs", file=sys.stderr, disable=not sys.stderr.isatty())
    with stream, progress:
        for result in progress:
            sys.stdout.write(json.dumps(result, ensure_ascii=False, separators=(",", ":")) + "\n")
            if not result["valid"]:
                status = EXIT_INVALID
    return status


def _schemas(directory: Path) -> int:
    folder = resources.files("briefschema").joinpath("schemas")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        for entry in folder.iterdir():
            if entry.name.endswith(".json"):
                (directory / entry.name).write_text(
                    entry.read_text(encoding="utf-8"), encoding="utf-8"
                )
    except OSError as exc:
        sys.stderr.write(f"briefschema: cannot write to {directory}: {exc.strerror}\n")
        return EXIT_USAGE
    sys.stdout.write(f"wrote the schemas to {directory}\n")
    return EXIT_VALID


def _emit(text: str, output: Path | None) -> int:
    if output is None:
        sys.stdout.write(text)
        return EXIT_VALID
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        sys.stderr.write(f"briefschema: cannot write {output}: {exc.strerror}\n")
        return EXIT_USAGE
    return EXIT_VALID


def _render(path: Path, form: str, output: Path | None) -> int:
    try:
        brief = codec.load(path)
    except OSError as exc:
        sys.stderr.write(f"briefschema: cannot read {path}: {exc.strerror}\n")
        return EXIT_USAGE
    except ValidationError as exc:
        sys.stdout.write(f"{path}: invalid\n")
        for problem in exc.problems:
            sys.stdout.write(f"  {problem}\n")
        return EXIT_INVALID
    text = render.render_markdown(brief) if form == "md" else render.render_html(brief)
    return _emit(text, output)


def _quote(source: Path, words: str) -> int:
    text = _read_text(source, sys.stderr)
    if text is None:
        return EXIT_USAGE
    if not words:
        sys.stderr.write("briefschema: give the exact words to quote\n")
        return EXIT_USAGE
    starts = evidence.occurrences(text, words)
    if not starts:
        sys.stderr.write(f"briefschema: {words!r} does not occur in {source}\n")
        return EXIT_INVALID
    for index in range(len(starts)):
        found = evidence.locate(text, words, index if len(starts) > 1 else None)
        sys.stdout.write(json.dumps(codec.to_evidence_dict(found), ensure_ascii=False) + "\n")
    return EXIT_VALID


def _new(source: Path, output: Path | None, brief_id: str | None) -> int:
    text = _read_text(source, sys.stderr)
    if text is None:
        return EXIT_USAGE
    title = next((line.strip() for line in text.splitlines() if line.strip()), source.stem)
    slug = "-".join(re.findall(r"[a-z0-9]+", (brief_id or source.stem).lower())) or "brief"
    skeleton = model.Brief(
        schema_version=model.SCHEMA_VERSION,
        id=slug,
        title=title,
        summary="(Write the brief's findings in a few sentences.)",
        source=model.Source(title=title, sha256=evidence.sha256_of(text)),
        created=dt.datetime.now(dt.UTC).replace(microsecond=0),
    )
    return _emit(codec.dumps(skeleton, indent=2), output)


def _read_text(path: Path, err: TextIO) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        err.write(f"briefschema: cannot read {path}: {exc.strerror}\n")
    except UnicodeDecodeError:
        err.write(f"briefschema: {path} is not UTF-8 text\n")
    return None


def _validate(
    files: list[Path],
    source: Path | None,
    *,
    strict: bool,
    limits: Limits,
    out: TextIO,
    err: TextIO,
) -> int:
    given_text = None
    if source is not None:
        given_text = _read_text(source, err)
        if given_text is None:
            return EXIT_USAGE
    status = EXIT_VALID
    found: _Texts = {}
    for path in files:
        try:
            too_large = size_problem(path.stat().st_size, limits)
            raw = b"" if too_large else path.read_bytes()
        except OSError as exc:
            err.write(f"briefschema: cannot read {path}: {exc.strerror}\n")
            status = EXIT_USAGE
            continue
        if too_large:
            out.write(f"{path}: invalid\n  {too_large}\n")
            outcome = EXIT_INVALID
        else:
            outcome = _validate_one(
                path, raw, given_text, strict=strict, limits=limits, out=out, found=found
            )
        if status == EXIT_VALID:
            status = outcome
    return status


def _validate_one(
    path: Path,
    raw: bytes,
    text: str | None,
    *,
    strict: bool,
    limits: Limits,
    out: TextIO,
    found: _Texts,
) -> int:
    try:
        data = codec.parse_json(raw, limits=limits)
    except ValidationError as exc:
        out.write(f"{path}: invalid\n")
        out.writelines(f"  {problem}\n" for problem in exc.problems)
        return EXIT_INVALID
    note = ""
    if text is None:
        text, note = _text_beside(path, data, found)
    report, brief = check(data, source_text=text, strict=strict, limits=limits)
    if not report.valid or brief is None:
        out.write(f"{path}: invalid ({len(report.errors)} error(s))\n")
        out.writelines(f"  {problem.severity.value}: {problem}\n" for problem in report.problems)
        return EXIT_INVALID
    out.write(f"{path}: valid\n")
    out.write(_summary(brief))
    if note:
        out.write(f"  note: {note}\n")
    out.writelines(f"  warning: {problem}\n" for problem in report.warnings)
    return EXIT_VALID


_Texts = dict[Path, dict[str, tuple[Path, str]]]
"""Source texts found so far, by folder, then by SHA-256: each folder is read once."""


def _text_beside(path: Path, data: object, found: _Texts) -> tuple[str | None, str]:
    """Find the source text next to a brief by its SHA-256."""
    wanted = None
    if isinstance(data, dict) and isinstance(data.get("source"), dict):
        wanted = data["source"].get("sha256")
    if not isinstance(wanted, str):
        return None, ""
    folder = path.parent
    if folder not in found:
        found[folder] = {}
        for candidate in sorted(folder.glob("*.txt")):
            try:
                text = candidate.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            found[folder].setdefault(evidence.sha256_of(text), (candidate, text))
    if wanted in found[folder]:
        candidate, text = found[folder][wanted]
        return text, f"quotes checked against {candidate}"
    return None, "no source text found beside the brief: quotes not checked (use --source)"


def _summary(brief: model.Brief) -> str:
    counts = ", ".join(
        f"{len(getattr(brief, name))} {name}"
        for name in ("actors", "issues", "positions", "concessions", "events", "judgments")
    )
    return f"  title: {brief.title}\n  {counts}\n"


if __name__ == "__main__":
    raise SystemExit(main())
