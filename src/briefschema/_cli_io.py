"""What every command of ``briefschema`` shares: exit statuses, reading files, writing lines."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from briefschema import (
    _files,
    codec,
    evidence,
    model,
)
from briefschema._converter import SURROGATE
from briefschema._limits import Limits
from briefschema._problems import ValidationError

EXIT_VALID, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


EXIT_SAME, EXIT_DIFFERENT = 0, 1
"""``diff``'s exit status, as diff(1)'s: the briefs are the same, or differ (2: trouble)."""


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
