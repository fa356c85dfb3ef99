"""The ``briefschema`` command.

``briefschema validate FILE...`` checks briefs (schema and integrity) and
prints a summary of each valid one, or every problem of an invalid one.
Exit status: 0 all valid, 1 any invalid, 2 usage error or unreadable file.

``briefschema ground DRAFT --source TEXT`` turns a drafted brief (the LLM
profile: quotes without offsets) into a brief, or says which quotes are not
in the text.

``briefschema draft ARTICLE --model NAME`` has a language model draft a brief of
an article, grounds it, and sends the problems back until it is grounded.

``briefschema export --to stix|plover FILE`` and ``briefschema import --from
stix|plover FILE`` carry briefs to and from STIX 2.1 and PLOVER.

``briefschema schemas DIR`` writes the published schemas into ``DIR``.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from briefschema import _cli_draft
from briefschema._cli_commands import (
    _diff,
    _export,
    _ground,
    _import,
    _new,
    _quote,
    _render,
    _schemas,
)
from briefschema._cli_io import (
    EXIT_USAGE,
    EXIT_VALID,
)
from briefschema._cli_validate import _validate, _validate_jsonl
from briefschema._limits import Limits

__all__ = ["main"]


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
    check_cmd.add_argument(
        "--sources",
        type=Path,
        metavar="DIR",
        help="find each brief's source text among the *.txt files of DIR, by the SHA-256 the "
        "brief records (default: the brief's own folder; with --jsonl: none)",
    )
    check_cmd.add_argument(
        "--strict",
        action="store_true",
        help="treat warnings as errors (the source text is not required: see --require-source)",
    )
    check_cmd.add_argument(
        "--require-source",
        action="store_true",
        help="a brief whose source text is not given or found, or cannot be read, is a "
        "failure (exit 2): no brief is called valid unless its quotes were compared",
    )
    check_cmd.add_argument(
        "--jsonl",
        action="store_true",
        help="FILE is JSON Lines, one brief a line ('-' for standard input); writes one JSON "
        "result a line, and a progress bar on a terminal with the progress extra",
    )
    check_cmd.add_argument(
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="with --jsonl: worker processes, at most one per core (default 1)",
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
        "quote",
        help="print evidence (code-point offsets) for exact words of a source text",
        description="Print one evidence object (JSON) per occurrence of each phrase. A phrase "
        "that does not occur is reported with the nearest passage and how it differs; the "
        "exit status is then 1.",
    )
    quote_cmd.add_argument("source", type=Path, metavar="SOURCE")
    quote_cmd.add_argument("words", nargs="*", metavar="PHRASE", help="exact words of SOURCE")
    quote_cmd.add_argument(
        "--phrases", type=Path, metavar="FILE", help="more phrases, one a line (UTF-8)"
    )
    new_cmd = commands.add_parser("new", help="write a skeleton brief for a source text")
    new_cmd.add_argument("source", type=Path, metavar="SOURCE")
    new_cmd.add_argument(
        "-o", "--output", type=Path, metavar="OUT", help="write here, not to stdout"
    )
    new_cmd.add_argument(
        "--id", dest="brief_id", help="the brief's id (default: from the file name)"
    )
    new_cmd.add_argument("--force", action="store_true", help="replace OUT if it exists")
    diff_cmd = commands.add_parser(
        "diff",
        help="what changed between two briefs, one change a line with its JSON path",
        description="Compare two valid briefs field by field: the objects of the brief's lists "
        "by id, every field of each, nested objects by their path. Exit status: 0 when the "
        "briefs are the same, 1 when they differ, 2 when either cannot be read or is invalid.",
    )
    diff_cmd.add_argument("old", type=Path, metavar="OLD")
    diff_cmd.add_argument("new", type=Path, metavar="NEW")
    diff_cmd.add_argument("--json", action="store_true", help="JSON for systems, not text")
    ground_cmd = commands.add_parser(
        "ground",
        help="turn a brief drafted by a language model (no offsets) into a brief",
        description="Locate every quote of DRAFT (a brief as brief.llm.schema.json has it) in "
        "the source text, and write the brief, with offsets, checked in full. A quote that is "
        "not in the text, or not in one place of it, is reported with its JSON path and the "
        "nearest passage; the exit status is then 1.",
    )
    ground_cmd.add_argument("draft", type=Path, metavar="DRAFT", help="the drafted brief (JSON)")
    ground_cmd.add_argument(
        "--source", type=Path, metavar="TEXT", required=True, help="the source text file"
    )
    ground_cmd.add_argument(
        "-o", "--output", type=Path, metavar="OUT", help="write here, not to stdout"
    )
    ground_cmd.add_argument("--strict", action="store_true", help="treat warnings as errors")
    ground_cmd.add_argument(
        "--whole-words",
        action="store_true",
        help="find a quote only where it begins and ends at the edge of a word",
    )
    export_cmd = commands.add_parser(
        "export",
        help="write a brief as a STIX 2.1 bundle or its events as PLOVER records",
        description="Write FILE (a brief) as a STIX 2.1 bundle (JSON), or its events as "
        "PLOVER records (JSON Lines, one record a line).",
    )
    export_cmd.add_argument("file", type=Path, metavar="FILE")
    export_cmd.add_argument("--to", choices=["stix", "plover"], required=True, dest="form")
    export_cmd.add_argument(
        "-o", "--output", type=Path, metavar="OUT", help="write here, not to stdout"
    )
    import_cmd = commands.add_parser(
        "import",
        help="read a brief from a STIX 2.1 bundle, or briefs from PLOVER records",
        description="Read the brief a STIX bundle made by `export` carries (written as "
        "canonical JSON), or turn PLOVER records (a JSON array or JSON Lines) into briefs, "
        "one per source text, written as JSON Lines.",
    )
    import_cmd.add_argument("file", type=Path, metavar="FILE")
    import_cmd.add_argument("--from", choices=["stix", "plover"], required=True, dest="form")
    import_cmd.add_argument(
        "--source", type=Path, metavar="TEXT", help="the source text the records quote"
    )
    import_cmd.add_argument(
        "--sources",
        type=Path,
        metavar="DIR",
        help="find each record's text among the *.txt files of DIR, by the SHA-256 in its textInfo",
    )
    import_cmd.add_argument(
        "--rebuild",
        action="store_true",
        help="rebuild from its STIX properties each object whose briefschema copy a platform "
        "stripped (without its evidence), and name each on stderr; without it such an "
        "object is a problem",
    )
    import_cmd.add_argument(
        "-o", "--output", type=Path, metavar="OUT", help="write here, not to stdout"
    )
    _cli_draft.add_parser(commands)
    schemas_cmd = commands.add_parser(
        "schemas", help="write the published JSON Schemas to a folder"
    )
    schemas_cmd.add_argument("directory", type=Path, metavar="DIR")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status.

    Nothing escapes as a traceback: a reader that goes away (``| head``) ends the
    run quietly, and output that cannot be written (``> /dev/full``) is reported
    with exit status 2, since nothing could be said about the briefs.
    """
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):  # printing must never fail on encoding
            stream.reconfigure(errors="backslashreplace")
    try:
        status = _main(argv)
        sys.stdout.flush()
    except BrokenPipeError:  # the reader went away (`... | head`): stop quietly
        _silence_stdout()
        return EXIT_VALID
    except OSError as exc:  # the output cannot be written: a full disk, a closed stream
        _silence_stdout()
        sys.stderr.write(f"briefschema: cannot write the output: {exc.strerror or exc}\n")
        return EXIT_USAGE
    return status


def _silence_stdout() -> None:
    """Send what is still buffered nowhere, so the exit does not fail on it again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115, PTH123 - stays open until exit


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
        return _quote(args.source, args.words, args.phrases)
    if args.command == "diff":
        return _diff(args.old, args.new, as_json=args.json)
    if args.command == "new":
        return _new(args.source, args.output, args.brief_id, force=args.force)
    if args.command == "export":
        return _export(args.file, args.form, args.output)
    if args.command == "import":
        return _import(
            args.file, args.form, args.output, args.source, args.sources, rebuild=args.rebuild
        )
    if args.command == "draft":
        return _cli_draft.run(args)
    if args.command == "ground":
        return _ground(
            args.draft, args.source, args.output, strict=args.strict, whole_words=args.whole_words
        )
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
        args.files,
        args.source,
        strict=args.strict,
        limits=limits,
        out=sys.stdout,
        err=sys.stderr,
        folder=args.sources,
        require_source=args.require_source,
    )


if __name__ == "__main__":
    raise SystemExit(main())
