"""The documentation pages generated from the package: written as plain Markdown, committed.

The guides link to these pages, so they must exist in the repository and read on a
code host as they do in the built documentation: no Sphinx directive in them, only
Markdown (headings, tables, code spans, links). ``python -m briefschema._schemagen``
writes them with the schemas; ``--check`` and a test report any drift.

- ``docs/reference/api.md``: every public name of every public module, with its
  signature and the summary of its docstring.
- ``docs/reference/vocabularies.md``: every enum of the model and what each value means.
- ``docs/reference/schemas.md`` and one ``schema-NAME.md`` per published schema file:
  each property, whether it is required, its type and its description.
"""

from __future__ import annotations

import ast
import enum
import functools
import importlib
import inspect
import itertools
import json
import re
import types
from pathlib import Path
from typing import Any

import attrs

from briefschema import _anatomy, model

__all__ = ["PUBLIC_MODULES", "pages"]

REFERENCE = Path("docs/reference")
"""Where the pages are written, from the repository root."""

PUBLIC_MODULES = (
    "briefschema",
    "briefschema.codec",
    "briefschema.validation",
    "briefschema.model",
    "briefschema.evidence",
    "briefschema.grounding",
    "briefschema.drafting",
    "briefschema.compare",
    "briefschema.export",
    "briefschema.render",
    "briefschema.batch",
    "briefschema.strategies",
    "briefschema.cli",
)
"""The modules whose ``__all__`` is the public API, in the order the reference shows them.
A test checks this against the package's modules that do not start with ``_``."""


def pages(schemas: dict[str, str]) -> dict[Path, str]:
    """Every generated page, by its path from the repository root.

    Args:
        schemas: the published schema files' texts by file name, as the generator
            writes them.

    """
    out = {REFERENCE / "api.md": api_page(), REFERENCE / "vocabularies.md": vocabulary_page()}
    out.update(schema_pages(schemas))
    return out


def _summary(obj: object) -> str:
    """The first paragraph of a docstring, on one line; Sphinx roles made plain code."""
    return _plain(inspect.getdoc(obj) or "")


def _plain(doc: str) -> str:
    """A docstring's first paragraph on one line, Sphinx roles made code spans."""
    text = " ".join(doc.split("\n\n", 1)[0].split())
    text = re.sub(r":[a-z]+:`~?([^`]+)`", r"`\1`", text)  # :func:`load` -> `load`
    return text.replace("``", "`")


def _default(value: object) -> str:
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.name}"
    if value is None or isinstance(value, bool | int | float | str):
        return repr(value)
    return f"{type(value).__name__}()"


def _signature(obj: Any) -> str | None:
    """A signature from the annotations as written in the source (stable across Pythons)."""
    try:
        signature = inspect.signature(obj)
    except (TypeError, ValueError):
        return None
    parts: list[str] = []
    star_done = False
    for param in signature.parameters.values():
        if param.kind is param.KEYWORD_ONLY and not star_done:
            parts.append("*")
            star_done = True
        prefix = {"VAR_POSITIONAL": "*", "VAR_KEYWORD": "**"}.get(param.kind.name, "")
        star_done = star_done or param.kind is param.VAR_POSITIONAL
        text = prefix + param.name
        if param.annotation is not param.empty:
            text += f": {_annotation(param.annotation)}"
        if param.default is not param.empty:
            text += f" = {_default(param.default)}"
        parts.append(text)
    result = f"({', '.join(parts)})"
    if signature.return_annotation is not signature.empty:
        result += f" -> {_annotation(signature.return_annotation)}"
    return result


def _annotation(annotation: object) -> str:
    if isinstance(annotation, str):
        return annotation
    return getattr(annotation, "__name__", repr(annotation))


def _entry(module_name: str, name: str, obj: Any) -> list[str]:
    lines = [f"### `{name}`", ""]
    obj = inspect.unwrap(obj) if callable(obj) and hasattr(obj, "__wrapped__") else obj
    if attrs.has(obj):
        lines += [f"*class* `{module_name}.{name}`", ""]
        fields = ", ".join(f"`{f.alias or f.name}`" for f in attrs.fields(obj))
        lines += [_summary(obj), "", f"Fields: {fields}.", ""]
        for method_name, method in vars(obj).items():  # its own public methods and properties
            if method_name.startswith("_") or not (
                inspect.isfunction(method) or isinstance(method, property | classmethod)
            ):
                continue
            function = method.fget if isinstance(method, property) else method
            function = getattr(function, "__func__", function)
            kind = "property" if isinstance(method, property) else "method"
            called = "" if kind == "property" else _signature(function) or "()"
            called = re.sub(r"^\((?:self|cls)(?:, |(?=\)))", "(", called)
            lines += [f"- *{kind}* `{method_name}{called}`: {_summary(function)}", ""]
    elif isinstance(obj, type) and issubclass(obj, enum.Enum):
        lines += [f"*enum* `{module_name}.{name}`", "", _summary(obj), ""]
        if name in model.__all__:
            lines += [f"Values: see [{name}](vocabularies.md#{name.lower()}).", ""]
        else:
            lines += ["Values: " + ", ".join(f"`{m.value}`" for m in obj) + ".", ""]
    elif inspect.isclass(obj):
        signature = _signature(obj)
        lines += [f"*class* `{module_name}.{name}{signature or ''}`", "", _summary(obj), ""]
    elif inspect.isfunction(obj) or inspect.isbuiltin(obj):
        lines += [f"`{module_name}.{name}{_signature(obj)}`", "", _summary(obj), ""]
    elif inspect.ismodule(obj):
        lines += [f"*module* `{obj.__name__}`: see its section below.", ""]
    else:
        if isinstance(obj, types.GenericAlias):
            lines += [f"*type alias* `{module_name}.{name} = {obj!r}`", ""]
        else:
            shown = repr(obj) if isinstance(obj, str | int) else f"a `{type(obj).__name__}`"
            lines += [f"*constant* `{module_name}.{name}`: {shown}", ""]
        summary = _attribute_docs(module_name).get(name)
        if summary:
            lines += [summary, ""]
    return lines


@functools.cache
def _attribute_docs(module_name: str) -> dict[str, str]:
    """The docstrings written under a module's assignments (``X = ...`` then a string)."""
    tree = ast.parse(inspect.getsource(importlib.import_module(module_name)))
    found: dict[str, str] = {}
    for before, after in itertools.pairwise(tree.body):
        if not (
            isinstance(after, ast.Expr)
            and isinstance(after.value, ast.Constant)
            and isinstance(after.value.value, str)
        ):
            continue
        targets = (
            before.targets if isinstance(before, ast.Assign) else [getattr(before, "target", None)]
        )
        for target in targets:
            if isinstance(target, ast.Name):
                found[target.id] = _plain(inspect.cleandoc(after.value.value))
    return found


def _homes() -> dict[int, str]:
    """Where each public object is described, by the object's id.

    That is the public module that defines it, else the first public module (after the
    package itself) that lists it.
    """
    homes: dict[int, str] = {}
    for module_name in (*PUBLIC_MODULES[1:], PUBLIC_MODULES[0]):
        module = importlib.import_module(module_name)
        for name in module.__all__:
            obj = getattr(module, name)
            defined = getattr(obj, "__module__", None)
            if defined in PUBLIC_MODULES and not inspect.ismodule(obj):
                homes.setdefault(id(obj), defined)
            homes.setdefault(id(obj), module_name)
    return homes


def api_page() -> str:
    """Every public name of every public module, its signature and its summary."""
    lines = [
        "# API reference",
        "",
        "Every public name, by module, with its signature and the summary of its "
        "docstring (`help(name)` in Python gives the whole docstring). Generated from "
        "the package by `python -m briefschema._schemagen`; do not edit by hand.",
        "",
    ]
    homes = _homes()
    for module_name in PUBLIC_MODULES:
        module = importlib.import_module(module_name)
        lines += [f"## `{module_name}`", "", _summary(module), ""]
        elsewhere = []
        for name in module.__all__:
            if name == "__version__":
                lines += [
                    "### `__version__`",
                    "",
                    "*constant* `briefschema.__version__`: a `str`",
                    "",
                ]
                lines += ["The installed distribution's version, from its metadata.", ""]
                continue
            obj = getattr(module, name)
            home = homes[id(obj)]
            if home != module_name and not inspect.ismodule(obj):
                elsewhere.append(f"[`{name}`](#{name.lower()}) ({home})")
                continue
            lines += _entry(module_name, name, obj)
        if elsewhere:
            lines += ["Also here, described with their modules: " + ", ".join(elsewhere) + ".", ""]
    return "\n".join(lines)


def vocabulary_page() -> str:
    """Every field that takes one of a fixed set of values, and what each value means."""
    docs = _anatomy.docstrings()
    lines = [
        "# Vocabularies",
        "",
        "Every field that takes one of a fixed set of values, and what each value means. "
        "Generated from the model's enums by `python -m briefschema._schemagen`; do not "
        "edit by hand.",
        "",
    ]
    for name in model.__all__:
        cls = getattr(model, name)
        if not (isinstance(cls, type) and issubclass(cls, enum.Enum)):
            continue
        lines += [f"## {name}", "", _summary(cls), "", "| value | meaning |", "| --- | --- |"]
        for member in cls:
            meaning = _cell(docs.get(name, {}).get(member.name, ""))
            lines.append(f"| `{member.value}` | {meaning} |")
        lines.append("")
    return "\n".join(lines)


def _kind(schema: dict[str, Any]) -> str:
    if schema.get("type") == "array":
        return "array of " + _kind(schema["items"])
    target = schema.get("$ref")
    if target:
        stem = target.split("/")[-1].removesuffix(".schema.json")
        return f"`{stem}`"
    kind = schema.get("type", "")
    if isinstance(kind, list):
        return " or ".join(kind)
    if "anyOf" in schema:
        return " or ".join(_kind(option) for option in schema["anyOf"])
    return str(kind) or "any JSON value"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def schema_pages(schemas: dict[str, str]) -> dict[Path, str]:
    """One page per published schema file, and the page that lists them."""
    out: dict[Path, str] = {}
    index = [
        "# Published schemas",
        "",
        "One page per file of `schemas/`: each property, whether it is required, its type "
        "and its meaning. Generated from the schema files by `python -m "
        "briefschema._schemagen`; do not edit by hand.",
        "",
    ]
    for file_name in sorted(n for n in schemas if n.endswith(".schema.json")):
        document = json.loads(schemas[file_name])
        stem = file_name.removesuffix(".schema.json")
        title = document.get("title", stem)
        index.append(f"- [{title}](schema-{stem}.md) (`{file_name}`)")
        lines = [
            f"# {title}",
            "",
            f"`{document.get('$id', 'no $id: it stays inside the strict subset')}`",
            "",
            _cell(document.get("description", "")),
            "",
            f"The file: [`schemas/{file_name}`](../../schemas/{file_name}).",
            "",
        ]
        properties = document.get("properties", {})
        if properties:
            required = set(document.get("required", []))
            lines += ["| field | required | type | meaning |", "| --- | --- | --- | --- |"]
            for name, schema in properties.items():
                description = schema.get("description")
                if description is None and set(schema) == {"$ref"}:
                    target = document["$defs"][schema["$ref"].split("/")[-1]]
                    description = target.get("description", "")
                lines.append(
                    f"| `{name}` | {'yes' if name in required else ''} | {_kind(schema)} "
                    f"| {_cell(description or '')} |"
                )
            lines.append("")
        for name, schema in document.get("$defs", {}).items():
            if "$id" in schema:
                continue  # the bundle's embedded files have their own pages
            lines += [f"## `{name}`", "", _cell(schema.get("description", "")), ""]
            if "pattern" in schema:
                pattern = schema["pattern"]
                shown = pattern if len(pattern) <= 120 else pattern[:120] + "…"
                lines += [f"Pattern: `{shown.replace('`', '')}`", ""]
        out[REFERENCE / f"schema-{stem}.md"] = "\n".join(lines)
    index.append("")
    out[REFERENCE / "schemas.md"] = "\n".join(index)
    return out
