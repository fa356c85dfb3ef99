"""The ``briefschema`` command.

``briefschema validate FILE...`` checks briefs (schema and integrity) and
prints a summary of each valid one, or every problem of an invalid one.
Exit status: 0 all valid, 1 any invalid, 2 usage error or unreadable file.

``briefschema ground DRAFT --source TEXT`` turns a drafted brief (the LLM
profile: quotes without offsets) into a brief, or says which quotes are not
in the text.

``briefschema export --to stix|plover FILE`` and ``briefschema import --from
stix|plover FILE`` carry briefs to and from STIX 2.1 and PLOVER.

``briefschema schemas DIR`` writes the published schemas into ``DIR``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import re
import stat
import sys
from collections.abc import Iterator, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Self, TextIO

if TYPE_CHECKING:
    from tqdm import tqdm

from briefschema import (
    _anatomy,
    _files,
    _rules,
    _search,
    _stix,
    codec,
    compare,
    evidence,
    model,
    render,
)
from briefschema._converter import SURROGATE
from briefschema._limits import Limits, unread_problem
from briefschema._problems import Problem, ValidationError
from briefschema.evidence import _evidence_at
from briefschema.validation import check

__all__ = ["main"]

EXIT_VALID, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
EXIT_SAME, EXIT_DIFFERENT = 0, 1
"""``diff``'s exit status, as diff(1)'s: the briefs are the same, or differ (2: trouble)."""


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
        "-o", "--output", type=Path, metavar="OUT", help="write here, not to stdout"
    )
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
        return _import(args.file, args.form, args.output, args.source, args.sources)
    if args.command == "ground":
        return _ground(args.draft, args.source, args.output, strict=args.strict)
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


_SEPARATORS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"})
"""Characters a reader's ``splitlines()`` ends a line at, which JSON leaves raw in strings."""


def _json_line(result: object) -> str:
    """One JSON line: UTF-8 where it can be, escapes where a string has no UTF-8 form.

    U+2028, U+2029 and U+0085 are escaped too: JSON allows them raw in a string, but a
    reader that splits with ``splitlines()`` would cut the record there.
    """
    line = json.dumps(result, ensure_ascii=False, separators=(",", ":"))
    if not line.isascii():
        if SURROGATE.search(line):
            line = json.dumps(result, separators=(",", ":"))
        line = line.translate(_SEPARATORS)
    return line + "\n"


def _reason(exc: BaseException) -> str:
    return exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)


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
    brief = _load_or_say(path)
    if isinstance(brief, int):
        return brief
    text = render.render_markdown(brief) if form == "md" else render.render_html(brief)
    return _emit(text, output)


def _ground(draft_path: Path, source: Path, output: Path | None, *, strict: bool) -> int:
    from briefschema.grounding import ground  # noqa: PLC0415 - only this command needs it

    shown = _files.show_path(draft_path)
    limits = Limits()
    text = _read_source(source, limits)
    if text is None:
        return EXIT_USAGE
    try:
        raw = _files.read_bounded(draft_path, limits.max_bytes)
    except _files.TooLarge:
        sys.stdout.write(f"{shown}: invalid\n  {unread_problem(limits)}\n")
        return EXIT_INVALID
    except (OSError, _files.NotAFile) as exc:
        sys.stderr.write(f"briefschema: cannot read {shown}: {_reason(exc)}\n")
        return EXIT_USAGE
    try:
        brief = ground(raw, text, strict=strict, limits=limits)
    except ValidationError as exc:
        sys.stdout.write(f"{shown}: cannot be grounded\n")
        sys.stdout.writelines(f"  {_files.safe(str(problem))}\n" for problem in exc.problems)
        return EXIT_INVALID
    except ValueError as exc:  # the source text is not UTF-8
        sys.stderr.write(f"briefschema: {_files.show_path(source)}: {exc}\n")
        return EXIT_USAGE
    return _emit(codec.dumps(brief), output)


def _export(path: Path, form: str, output: Path | None) -> int:
    from briefschema import export  # noqa: PLC0415 - only this command needs it

    brief = _load_or_say(path)
    if isinstance(brief, int):
        return brief
    if form == "stix":
        text = json.dumps(export.stix(brief), ensure_ascii=False, indent=2) + "\n"
    else:
        text = "".join(_json_line(record) for record in export.plover(brief))
    return _emit(text, output)


def _import(
    path: Path, form: str, output: Path | None, source: Path | None, folder: Path | None
) -> int:
    from briefschema import export  # noqa: PLC0415 - only this command needs it

    shown = _files.show_path(path)
    limits = Limits()
    text = None
    if source is not None:
        text = _read_source(source, limits)
        if text is None:
            return EXIT_USAGE
    try:
        read_limit = _stix.bundle_limits(limits).max_bytes if form == "stix" else limits.max_bytes
        raw = _files.read_bounded(path, read_limit)
        texts = {} if folder is None else _texts_in(folder, limits)
    except (OSError, _files.NotAFile, _files.TooLarge) as exc:
        sys.stderr.write(f"briefschema: cannot read {shown}: {_reason(exc)}\n")
        return EXIT_USAGE
    try:
        if form == "stix":
            written = codec.dumps(export.from_stix(raw, source_text=text, limits=limits))
        else:
            records = _plover_records(raw, limits)
            briefs = export.from_plover(records, texts=texts, source_text=text)
            written = "".join(codec.dumps(brief) for brief in briefs)
    except ValidationError as exc:
        sys.stdout.write(f"{shown}: cannot be imported\n")
        sys.stdout.writelines(f"  {_files.safe(str(problem))}\n" for problem in exc.problems)
        return EXIT_INVALID
    except (OSError, _files.NotAFile, _files.TooLarge) as exc:  # a text of --sources, read late
        sys.stderr.write(f"briefschema: cannot read a text of {shown}'s sources: {_reason(exc)}\n")
        return EXIT_USAGE
    except ValueError as exc:  # a source text that is not UTF-8
        sys.stderr.write(f"briefschema: {exc}\n")
        return EXIT_USAGE
    return _emit(written, output)


def _texts_in(folder: Path, limits: Limits) -> Mapping[str, bytes]:
    """The texts of a folder's ``*.txt`` files by SHA-256, each read when first asked for."""
    return _Texts(_files.texts_by_hash(folder, limits.max_bytes), limits)


class _Texts(Mapping[str, bytes]):
    """Texts by SHA-256, each read from its file on first use.

    A folder of many texts then costs the memory of those the records name, not of all.
    """

    def __init__(self, paths: Mapping[str, Path], limits: Limits) -> None:
        self.paths = paths
        self.limits = limits
        self.read: dict[str, bytes] = {}

    def __getitem__(self, digest: str) -> bytes:
        if digest not in self.read:
            self.read[digest] = _files.read_bounded(self.paths[digest], self.limits.max_bytes)
        return self.read[digest]

    def __contains__(self, digest: object) -> bool:
        return digest in self.paths

    def __iter__(self) -> Iterator[str]:
        return iter(self.paths)

    def __len__(self) -> int:
        return len(self.paths)


def _plover_records(raw: bytes, limits: Limits) -> list[Any]:
    """PLOVER records from a JSON array (the gold standard's form) or JSON Lines."""
    try:
        data = codec.parse_json(raw, limits=limits)
    except ValidationError:
        lines = [line for line in raw.splitlines() if line.strip()]
        problems: list[Problem] = []
        records = []
        for number, line in enumerate(lines):  # record n is $[n], as from_plover says
            try:
                records.append(codec.parse_json(line, limits=limits))
            except ValidationError as exc:
                problems.extend(
                    Problem(f"$[{number}]{p.path[1:]}", p.code, p.message) for p in exc.problems
                )
        if problems:
            raise ValidationError(problems) from None
        return records
    return data if isinstance(data, list) else [data]


def _load_or_say(path: Path) -> model.Brief | int:
    """A valid brief, or the exit status after saying why not."""
    try:
        return codec.load(path)
    except (OSError, _files.NotAFile) as exc:
        sys.stderr.write(f"briefschema: cannot read {_files.show_path(path)}: {_reason(exc)}\n")
        return EXIT_USAGE
    except ValidationError as exc:
        sys.stdout.write(f"{_files.show_path(path)}: invalid\n")
        for problem in exc.problems:
            sys.stdout.write(f"  {_files.safe(str(problem))}\n")
        return EXIT_INVALID


def _diff(old_path: Path, new_path: Path, *, as_json: bool) -> int:
    """Exit 0 for no difference, 1 for differences, 2 for trouble, as diff(1) does."""
    old = _load_or_say(old_path)
    if isinstance(old, int):
        return EXIT_USAGE
    new = _load_or_say(new_path)
    if isinstance(new, int):
        return EXIT_USAGE
    changes = compare.diff(old, new)
    if as_json:
        sys.stdout.write(_json_line(changes.to_json()))
    else:
        sys.stdout.writelines(f"{_files.safe(line)}\n" for line in changes.to_text().splitlines())
    return EXIT_DIFFERENT if changes else EXIT_SAME


def _quote(source: Path, words: list[str], phrases_file: Path | None) -> int:
    read = _read_decoded(source)
    if read is None:
        return EXIT_USAGE
    _, text = read
    phrases = list(words)
    if phrases_file is not None:
        listed = _read_decoded(phrases_file)
        if listed is None:
            return EXIT_USAGE
        # One phrase a line, lines ended by LF or CR LF only: U+2028, U+0085 or a form
        # feed inside a phrase belong to it, as they do to the text it quotes.
        lines = (line.removesuffix("\r") for line in listed[1].split("\n"))
        phrases += [line for line in lines if line.strip()]
    if not phrases or not all(phrases):
        sys.stderr.write("briefschema: give the exact words to quote\n")
        return EXIT_USAGE
    status = EXIT_VALID
    located = _search.occurrences(text, phrases, len(text) + 1)  # one pass, every occurrence
    hints = _rules.HINTS
    for phrase in phrases:
        starts = located[phrase]
        if not starts:
            hint = ""
            if hints > 0:  # each nearest passage costs passes over the text: the first few
                hints -= 1
                near = evidence.nearest(text, phrase)
                if near is not None:
                    hint = f"; nearest is {text[near[0] : near[1]]!r} at {near[0]}:{near[1]}, which {near[2]}"
            sys.stderr.write(
                f"briefschema: {_files.safe(repr(phrase) + ' does not occur in ')}"
                f"{_files.show_path(source)}{_files.safe(hint)}\n"
            )
            status = EXIT_INVALID
        for start in starts:
            item = _evidence_at(text, phrase, start, alone=len(starts) == 1)
            sys.stdout.write(_json_line(codec.to_evidence_dict(item)))
    return status


TITLE_LENGTH = 120
"""How many characters of the text's first line ``new`` takes as the title."""


def _title_of(text: str, fallback: str) -> str:
    """The first line with words in it, cut at a word near :data:`TITLE_LENGTH`."""
    for line in text.splitlines():
        words = " ".join(line.replace("\ufeff", " ").split())
        if words:
            break
    else:
        words = " ".join(fallback.split()) or "Untitled"
    if len(words) <= TITLE_LENGTH:
        return words
    cut = words[:TITLE_LENGTH].rsplit(" ", 1)[0] or words[:TITLE_LENGTH]
    return cut + "…"


def _slug(name: str) -> str:
    """A local id from a name: lowercase words joined by hyphens, at most 128 characters."""
    words = re.findall(r"[a-z0-9]+", name.lower())
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > 128:
            break
        slug = candidate
    return slug or (words[0][:128] if words else "brief")


def _new(source: Path, output: Path | None, brief_id: str | None, *, force: bool) -> int:
    read = _read_decoded(source)
    if read is None:
        return EXIT_USAGE
    raw, text = read
    if output is not None and output.exists() and not force:
        sys.stderr.write(
            f"briefschema: {_files.show_path(output)} exists; give --force to replace it\n"
        )
        return EXIT_USAGE
    title = _title_of(text, source.stem)
    skeleton = model.Brief(
        schema_version=model.SCHEMA_VERSION,
        id=_slug(brief_id or source.stem),
        title=title,
        summary=model.PLACEHOLDER_SUMMARY,
        source=model.Source(title=title, sha256=evidence.sha256_of(raw)),
        created=dt.datetime.now(dt.UTC).replace(microsecond=0),
    )
    return _emit(codec.dumps(skeleton, indent=2), output)


def _read_decoded(path: Path) -> tuple[bytes, str] | None:
    """A text file's exact bytes and its text (strict UTF-8), or None after saying why not."""
    raw = _read_source(path, Limits())
    if raw is None:
        return None
    try:
        return raw, evidence.text_of(raw)
    except ValueError as exc:
        sys.stderr.write(f"briefschema: {_files.show_path(path)}: {exc}\n")
        return None


def _read_source(path: Path, limits: Limits) -> bytes | None:
    """A source text's exact bytes, or None after saying on stderr why not."""
    try:
        return _files.read_bounded(path, limits.max_bytes)
    except (OSError, _files.NotAFile, _files.TooLarge) as exc:
        sys.stderr.write(f"briefschema: cannot read {_files.show_path(path)}: {_reason(exc)}\n")
    return None


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


if __name__ == "__main__":
    raise SystemExit(main())
