"""Validation in two levels: the published JSON Schemas, then the integrity rules.

:func:`validate` reports every problem with a JSON path, a stable code and a
sentence. Structural problems (level 1) come from the packaged schemas; when
there are any, the integrity rules (level 2) do not run, since they need a
well-formed brief. The schemas are read once, from the installed package,
into a :class:`referencing.Registry` that never fetches anything.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterator, Mapping
from importlib import resources
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

import attrs

if TYPE_CHECKING:  # imported where first used: valid briefs on the fast path need neither
    import jsonschema
    import referencing

from briefschema import _compiled, _converter, _edtf, _partial, _rules, model
from briefschema import evidence as _evidence
from briefschema._limits import DEFAULT_LIMITS, Limits, shape_problems, within
from briefschema._meta import END
from briefschema._problems import (
    BriefSchemaError,
    Problem,
    Severity,
    ValidationError,
    describe,
    join,
)

__all__ = [
    "BRIEF_SCHEMA_ID",
    "BriefSchemaError",
    "Limits",
    "Problem",
    "Report",
    "Severity",
    "ValidationError",
    "schema_registry",
    "validate",
]

BRIEF_SCHEMA_ID = "https://briefschema.org/schema/1/brief.schema.json"
"""The ``$id`` of the brief schema, the entry point for validating a whole brief."""


NO_TEXT = "no source text was given"
NOT_UTF8 = "the source text is not UTF-8"
UNREADABLE = "the brief could not be read whole, so not every quote could be"
OTHER_TEXT = "the source text is not the one the brief records (its SHA-256 differs)"
NO_TEXT_REQUIRED = "no source text was given, and one is required: the quotes cannot be checked"


@attrs.frozen
class Report:
    """The outcome of validating one document, and what was checked.

    ``valid`` speaks of the schema and the integrity rules; whether the quotes were
    compared with the source text is ``quotes_checked``, and when they were not,
    ``unchecked_reason`` says why. A brief can be valid with its quotes unchecked
    (no text was given): read both, or pass ``require_source=True``.

    Attributes:
        problems: every problem found, errors and warnings, in document order
            within each level.
        unchecked_reason: why the quotes were not compared with the source text the
            brief records, in a sentence; None when they were (the text given, read
            as UTF-8, with the SHA-256 that ``source.sha256`` records, and the brief
            well-formed enough to read every quote). ``quotes_checked`` says the same
            as a bool.

    """

    problems: tuple[Problem, ...] = ()
    unchecked_reason: str | None = NO_TEXT

    @property
    def quotes_checked(self) -> bool:
        """Whether every quote was compared with the source text the brief records."""
        return self.unchecked_reason is None

    @property
    def valid(self) -> bool:
        """Whether the document has no errors (warnings allowed)."""
        return not self.errors

    @property
    def errors(self) -> tuple[Problem, ...]:
        """The problems that make the document invalid."""
        return tuple(p for p in self.problems if p.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        """The problems that do not make the document invalid."""
        return tuple(p for p in self.problems if p.severity is Severity.WARNING)


@functools.cache
def schema_registry() -> referencing.Registry[Any]:
    """The published schemas, read from the installed package, keyed by ``$id``.

    The bundled schema is left out: it holds the same definitions as one resource,
    for consumers that load one file only; so is the LLM profile, which is not the
    schema of a brief but of a draft (see :mod:`briefschema.grounding`).

    Resolving any other URI fails: nothing is ever fetched over the network.
    """
    import referencing  # noqa: PLC0415
    from referencing.jsonschema import DRAFT202012  # noqa: PLC0415

    resources_ = [(doc["$id"], DRAFT202012.create_resource(doc)) for doc in _documents()]
    return referencing.Registry().with_resources(resources_).crawl()


@functools.cache
def _documents() -> tuple[dict[str, Any], ...]:
    """The packaged per-type schema documents, read once."""
    folder = resources.files("briefschema").joinpath("schemas")
    documents = tuple(
        json.loads(entry.read_text(encoding="utf-8"))
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".schema.json") and "." not in entry.name[: -len(".schema.json")]
    )
    if not documents:
        raise BriefSchemaError(f"no schemas found in the installed package at {folder}")
    return documents


@functools.cache
def _fast_validator() -> Callable[[object], bool] | None:
    """jsonschema-rs's verdict on a brief, when the ``fast`` extra is installed.

    Formats are off, as in the reference path: the patterns decide. The fast
    validator only says valid or not; for an invalid document the reference
    validator finds the problems, so both paths report the same list.
    """
    return _fast_verdict(BRIEF_SCHEMA_ID)


@functools.cache
def _fast_verdict(uri: str) -> Callable[[object], bool] | None:
    """jsonschema-rs's verdict on what the schema at ``uri`` describes, or None without it."""
    try:
        import jsonschema_rs  # noqa: PLC0415 - optional, found at first use
    except ImportError:
        return None
    validator = jsonschema_rs.validator_for(
        {"$ref": uri},
        registry=_rs_registry(),
        validate_formats=False,
        pattern_options=jsonschema_rs.RegexOptions(),  # the finite-automaton engine: see below
    )
    is_valid: Callable[[object], bool] = validator.is_valid
    return is_valid


@functools.cache
def _rs_registry() -> Any:
    r"""The packaged schemas in jsonschema-rs's registry, built once.

    Every pattern ends in ``(?![\s\S])`` (end of input in every engine); here that
    end is written ``\z``, which means the same in Rust's ``regex`` crate. Without the
    look-ahead the patterns need no backtracking engine: jsonschema-rs then checks a
    brief in about half the time, with the same verdicts (the tests compare them).
    """
    import jsonschema_rs  # noqa: PLC0415 - present: the caller found it

    return jsonschema_rs.Registry([(doc["$id"], _end_as_z(doc)) for doc in _documents()])


def _end_as_z(node: Any) -> Any:
    r"""A schema with every pattern's final look-ahead end written ``\z``."""
    if isinstance(node, dict):
        return {
            key: (
                value.removesuffix(END) + "\\z"
                if key == "pattern" and isinstance(value, str) and value.endswith(END)
                else _end_as_z(value)
            )
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_end_as_z(item) for item in node]
    return node


def fast_path_available() -> bool:
    """Whether validation uses jsonschema-rs (``pip install briefschema[fast]``)."""
    return _fast_validator() is not None


@functools.cache
def _validator() -> jsonschema.Draft202012Validator:
    # Imported here: importing jsonschema loads its format checkers (a second or more
    # with the format extras installed), which only explaining a refusal needs.
    import jsonschema  # noqa: PLC0415

    registry = schema_registry()
    schema = registry.contents(BRIEF_SCHEMA_ID)
    return jsonschema.Draft202012Validator(schema, registry=registry)


def validate(
    data: Mapping[str, Any] | model.Brief,
    *,
    source_text: str | bytes | None = None,
    strict: bool = False,
    limits: Limits = DEFAULT_LIMITS,
    require_source: bool = False,
) -> Report:
    """Check a brief against the published schema and the integrity rules.

    Args:
        data: the brief as parsed JSON data, or as a :class:`~briefschema.Brief`.
        source_text: the source text, best as the file's exact bytes (decoded
            as strict UTF-8); when given, quotes are checked against it and its
            SHA-256 against ``source.sha256``. A text that is not UTF-8 gets
            the problem ``source-encoding`` and no quote checks.
        strict: report warnings as errors. It does not require the text: a brief
            is often checked where its text cannot be (see ``require_source``).
        limits: how deep, long and wide the data may be; data over a limit gets
            that one problem and no further checks.
        require_source: make a missing source text an error (``source-required``
            at ``$.source``), so that no brief whose quotes were not compared is
            reported valid.

    Returns:
        A report listing every problem found, and whether the quotes were checked.

    """
    report, _ = check(
        data, source_text=source_text, strict=strict, limits=limits, require_source=require_source
    )
    return report


def check(
    data: object,
    *,
    source_text: str | bytes | None,
    strict: bool,
    limits: Limits = DEFAULT_LIMITS,
    fast: bool = True,
    clean_size: int = 0,
    require_source: bool = False,
) -> tuple[Report, model.Brief | None]:
    """Validate, and return the structured brief too when structuring succeeded.

    With ``fast`` (and jsonschema-rs installed), a document the fast validator
    accepts is structured by the code generated from the classes
    (:mod:`briefschema._compiled`), which checks the limits and what the schema
    cannot say; anything either doubts goes through the reference path: the
    limits walk, the reference schema check (list item by list item where the
    fast validator can say which items fail) and the strict converter. The rules
    run on the brief either way. Without ``fast``, the reference path checks the
    whole document. ``clean_size`` is the size of the text when
    :func:`briefschema.codec.parse` vouched for the data (0: it did not).
    """
    text: str | None = None
    text_problems: list[Problem] = []
    if source_text is None:
        if require_source:
            text_problems = [Problem("$.source", "source-required", NO_TEXT_REQUIRED)]
    else:
        try:
            text = _evidence.text_of(source_text)
        except ValueError as exc:
            text_problems = [Problem("$.source", "source-encoding", str(exc))]

    def finish(problems: list[Problem], brief: model.Brief | None) -> Report:
        return _finish(problems, strict, _unchecked(source_text, text, brief, problems))

    if isinstance(data, model.Brief):
        try:
            data = _converter.unstructure(data)
        except _converter.ConversionFailed as failed:
            return finish(failed.problems + text_problems, None), None
    accepted = fast and type(data) is dict and _accepted_fast(data)
    if accepted:
        assert isinstance(data, dict)
        # Too short a text to hold a string or a list over the limits (an item takes 2 bytes):
        short = 0 < clean_size <= min(limits.max_string, 2 * limits.max_items)
        structure = _compiled.structurer(clean=clean_size > 0, short=short)
        checked = data
        structured = _compiled.attempt("structure", lambda: structure(checked, limits))
        if structured is not None:
            made, by_type = structured
            return finish(_rules.run(made, text, by_type) + text_problems, made), made
    over = [] if within(data, limits) else list(shape_problems(data, limits))
    if over:
        return finish(over + text_problems, None), None
    if accepted:  # the structuring doubted: the strict converter explains
        problems: list[Problem] = []
    else:
        problems = _dedupe(schema_problems(data, by_item=fast))
    brief: model.Brief | None = None
    if not problems:
        try:
            brief = _converter.structure(data, model.Brief)
        except _converter.ConversionFailed as failed:
            problems = failed.problems
    if brief is not None:
        problems = _rules.run(brief, text)
    else:  # structural problems: the well-formed rest is still checked, in this round
        problems = problems + _partial.integrity_beside(data, problems, text, limits)
    return finish(problems + text_problems, brief), brief


def _unchecked(
    given: str | bytes | None, text: str | None, brief: model.Brief | None, problems: list[Problem]
) -> str | None:
    """Why the quotes were not compared with the source text; None when they were.

    The first reason that holds, in this order, is the one given (the Node validator
    gives the same): no text, a text that is not UTF-8, a brief not read whole, a text
    whose SHA-256 is not the one the brief records.
    """
    if given is None:
        return NO_TEXT
    if text is None:
        return NOT_UTF8
    if brief is None:
        return UNREADABLE
    if any(p.code == "source-hash-mismatch" for p in problems):
        return OTHER_TEXT
    return None


def _finish(problems: list[Problem], strict: bool, unchecked: str | None) -> Report:
    if strict:
        problems = [attrs.evolve(p, severity=Severity.ERROR) for p in problems]
    return Report(tuple(problems), unchecked_reason=unchecked)


def _accepted_fast(data: object) -> bool:
    validator = _fast_validator()
    return validator is not None and _decides_valid(validator, data)


def _dedupe(problems: Iterator[Problem]) -> list[Problem]:
    """One problem per path and code; where a value has the wrong type, only that.

    (``2`` for a confidence is "expected a string", not also "not one of ...".)
    """
    found = list(problems)
    mistyped = {p.path for p in found if p.code in {"type", "null"}}
    seen: set[tuple[str, str]] = set()
    kept = []
    for problem in found:
        key = (problem.path, problem.code)
        if key in seen or (problem.path in mistyped and problem.code not in {"type", "null"}):
            continue
        seen.add(key)
        kept.append(problem)
    return kept


# ---------------------------------------------------------------------------
# Level 1: JSON Schema errors in the library's terms.

_JSON_TYPES = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "a boolean",
    "array": "an array",
    "object": "an object",
    "null": "null",
}


@functools.cache
def _item_checks() -> dict[str, tuple[Callable[[object], bool], jsonschema.Draft202012Validator]]:
    """A fast verdict and an explaining validator for the items of each list of one type.

    Only lists whose schema says no more than ``type: array`` and ``items`` are
    taken, so that checking the items one by one finds exactly the errors that
    checking the whole list would. Empty without the ``fast`` extra.
    """
    if _fast_validator() is None:
        return {}
    import jsonschema  # noqa: PLC0415 - loaded only when a refusal is explained

    registry = schema_registry()
    checks: dict[str, tuple[Callable[[object], bool], jsonschema.Draft202012Validator]] = {}
    for name, spec in registry.contents(BRIEF_SCHEMA_ID)["properties"].items():
        items = spec.get("items")
        if set(spec) - {"description", "title", "type", "items"} or not isinstance(items, dict):
            continue
        if set(items) != {"$ref"}:
            continue
        uri = urljoin(BRIEF_SCHEMA_ID, items["$ref"])
        decide = _fast_verdict(uri)
        assert decide is not None  # the fast validator is there: so is jsonschema-rs
        checks[name] = (decide, jsonschema.Draft202012Validator({"$ref": uri}, registry=registry))
    return checks


def _schema_errors(data: object, *, by_item: bool) -> list[jsonschema.ValidationError]:
    """The reference validator's errors, item by item where the fast one can point at items.

    A document with one bad actor among 100,000 costs the fast check of every
    item plus the reference check of that one, not the reference check of all.
    """
    checks = _item_checks() if by_item else {}
    if not checks or type(data) is not dict:
        return list(_validator().iter_errors(data))
    lists = {k: v for k, v in data.items() if k in checks and type(v) is list}
    shell = {k: ([] if k in lists else v) for k, v in data.items()}
    errors = [] if _accepted_fast(shell) else list(_validator().iter_errors(shell))
    for name, items in lists.items():
        decide, explain = checks[name]
        for index, item in enumerate(items):
            if _decides_valid(decide, item):
                continue
            for error in explain.iter_errors(item):
                error.path.extendleft((index, name))  # as if found in the whole document
                errors.append(error)
    return errors


def _decides_valid(decide: Callable[[object], bool], item: object) -> bool:
    try:
        return decide(item)
    except (ValueError, TypeError, OverflowError):  # not JSON data: the reference path says why
        return False


def schema_problems(data: object, *, by_item: bool = True) -> Iterator[Problem]:
    """Every structural problem of ``data`` against the brief schema.

    With ``by_item`` (and the ``fast`` extra), only the list items that the fast
    validator refuses are explained; the problems are the same as without it.
    """
    from referencing.exceptions import Unresolvable  # noqa: PLC0415

    try:
        errors = _schema_errors(data, by_item=by_item)
    except Unresolvable as exc:  # a broken schema set, never the input
        raise BriefSchemaError(f"the packaged schemas do not resolve: {exc}") from exc
    errors.sort(
        key=lambda e: [(0, p, "") if isinstance(p, int) else (1, 0, p) for p in e.absolute_path]
    )
    for error in errors:
        yield from _translate(error)


def _translate(error: jsonschema.ValidationError) -> Iterator[Problem]:
    path = "$"
    for part in error.absolute_path:
        path = join(path, part)
    keyword = str(error.validator)
    value: Any = error.validator_value
    instance: Any = error.instance
    schema = error.schema if isinstance(error.schema, Mapping) else {}
    if "propertyNames" in error.absolute_schema_path:
        yield Problem(
            join(path, str(instance)),
            "extension-key",
            f"extension key {instance!r} has no namespace (write `namespace:name`)",
        )
    elif keyword == "required":
        for name in value:
            if name not in instance:
                yield Problem(
                    join(path, name), "required", f"the required field {name!r} is missing"
                )
    elif keyword == "additionalProperties":
        allowed = schema.get("properties", {})
        for name in instance:
            if name not in allowed:
                yield Problem(
                    join(path, name),
                    "unknown-field",
                    f"unknown field {name!r} (namespaced data belongs under `extensions`)",
                )
    elif keyword == "type" and instance is None:
        yield Problem(path, "null", "null is not allowed here; omit the field instead")
    elif keyword == "type":
        yield Problem(path, "type", f"expected {_JSON_TYPES[value]}, got {describe(instance)}")
    elif keyword == "enum":
        allowed = ", ".join(repr(v) for v in value)
        yield Problem(path, "enum", f"{instance!r} is not one of {allowed}")
    elif keyword == "pattern":
        what = schema.get("description", f"the pattern {value}")
        yield Problem(path, _pattern_code(value), f"{instance!r} is not valid here. {what}")
    elif keyword == "minLength":
        yield Problem(path, "empty", "the text must not be empty")
    elif keyword == "maxLength":
        yield Problem(path, "too-long", f"longer than {value} characters")
    elif keyword == "minItems":
        yield Problem(path, "too-few-items", f"needs at least {value} item(s)")
    elif keyword == "maxItems":
        yield Problem(path, "too-many-items", f"holds more than {value} items")
    elif keyword == "uniqueItems":
        yield Problem(path, "duplicate-item", "holds the same item more than once")
    elif keyword == "minimum":
        yield Problem(path, "minimum", f"{instance!r} is less than {value}")
    elif keyword == "maximum":
        yield Problem(path, "maximum", f"{instance!r} is more than {value}")
    else:  # a keyword the schemas do not use yet: keep jsonschema's words
        yield Problem(path, keyword, error.message)


def _pattern_code(pattern: str) -> str:
    if pattern in (_edtf.DATE_PATTERN, _edtf.EDTF_PATTERN):
        return "date"
    if pattern == _edtf.TIMESTAMP_PATTERN:
        return "timestamp"
    return "pattern"
