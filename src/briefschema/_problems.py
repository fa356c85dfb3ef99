"""Problems, the error type, and JSON path spelling: shared by every stage."""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable

import attrs

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
"""Characters of a key that a path spells as ``\\uXXXX``: controls and lone surrogates."""


class Severity(str, enum.Enum):
    """How bad a problem is."""

    ERROR = "error"
    """The document is invalid."""
    WARNING = "warning"
    """The document is valid but weaker than it should be (an error in strict mode)."""


@attrs.frozen
class Problem:
    """One thing wrong with a document.

    Attributes:
        path: where, as a JSON path (``$.positions[3].actor``).
        code: a stable code naming the rule (see the rule catalogue).
        message: what is wrong, in a sentence a person understands.
        severity: an error, or a warning.

    """

    path: str
    code: str
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        return f"{self.path}: {self.message} [{self.code}]"


class BriefSchemaError(Exception):
    """The base of every error this library raises on purpose."""


class ValidationError(BriefSchemaError, ValueError):
    """A document failed to load; ``problems`` lists every problem found.

    Attributes:
        problems: every problem, errors and warnings, in document order.

    """

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        errors = [p for p in self.problems if p.severity is Severity.ERROR]
        shown = "\n".join(f"  {p}" for p in errors[:20])
        more = f"\n  ... and {len(errors) - 20} more" if len(errors) > 20 else ""
        super().__init__(f"{len(errors)} problem(s):\n{shown}{more}")

    @property
    def errors(self) -> tuple[Problem, ...]:
        """The problems that made the document invalid."""
        return tuple(p for p in self.problems if p.severity is Severity.ERROR)


def join(path: str, key: str | int) -> str:
    r"""Extend a JSON path by an object key or an array index.

    A key that is not a plain name is quoted: ``$['acme:x']``, with ``\`` and
    ``'`` escaped by a backslash, and control characters and lone surrogates
    written ``\uXXXX``, so that a path is always printable text.
    """
    if isinstance(key, int):
        return f"{path}[{key}]"
    if _NAME.match(key):
        return f"{path}.{key}"
    escaped = key.replace("\\", "\\\\").replace("'", "\\'")
    if not escaped.isascii() or not escaped.isprintable():
        escaped = _UNPRINTABLE.sub(lambda found: f"\\u{ord(found.group()):04x}", escaped)
    return f"{path}['{escaped}']"


def describe(value: object) -> str:
    """Name a JSON value's type the way a JSON user would."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list | tuple):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return f"a {type(value).__name__}"


class Invalid(ValueError):
    """Raised inside structuring hooks: carries a problem code and message."""

    def __init__(self, code: str, message: str, at: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.at = at
        """Where below the value being structured, as a path suffix (``[2].x``)."""
