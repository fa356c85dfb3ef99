"""The other commands of ``briefschema``: render, diff, quote, new, ground, export, import, schemas."""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections.abc import Iterator, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from briefschema import (
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
from briefschema._cli_io import (
    EXIT_DIFFERENT,
    EXIT_INVALID,
    EXIT_SAME,
    EXIT_USAGE,
    EXIT_VALID,
    _emit,
    _json_line,
    _load_or_say,
    _read_decoded,
    _read_source,
    _reason,
)
from briefschema._limits import Limits, unread_problem
from briefschema._problems import Problem, ValidationError
from briefschema.evidence import _evidence_at


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


def _render(path: Path, form: str, output: Path | None) -> int:
    brief = _load_or_say(path)
    if isinstance(brief, int):
        return brief
    text = render.render_markdown(brief) if form == "md" else render.render_html(brief)
    return _emit(text, output)


def _ground(
    draft_path: Path, source: Path, output: Path | None, *, strict: bool, whole_words: bool
) -> int:
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
        brief = ground(raw, text, strict=strict, limits=limits, whole_words=whole_words)
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
    path: Path,
    form: str,
    output: Path | None,
    source: Path | None,
    folder: Path | None,
    *,
    rebuild: bool = False,
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
            bundle = codec.parse_json(raw, limits=_stix.bundle_limits(limits))
            brief, rebuilt = _stix.read(
                bundle, source_text=text, strict=False, limits=limits, rebuild=rebuild
            )
            written = codec.dumps(brief)
            sys.stderr.writelines(
                f"{shown}: {where}: rebuilt from its STIX properties (its briefschema copy "
                "was missing; what STIX does not hold, such as evidence, is not in it)\n"
                for where in rebuilt
            )
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
