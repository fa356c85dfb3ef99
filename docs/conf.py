"""Sphinx configuration: MyST Markdown, the furo theme, API pages from docstrings.

One page per published schema is generated from the schema files at build time
(into _generated/, never committed), so the reference cannot drift from them.
"""

from __future__ import annotations

import json
from importlib.metadata import version as _version
from pathlib import Path

project = "briefschema"
author = "briefschema developers"
release = _version("briefschema")
extensions = ["myst_parser", "sphinx.ext.autodoc", "sphinx.ext.napoleon", "sphinx.ext.doctest"]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]
html_theme = "furo"
html_title = f"briefschema {release}"
myst_enable_extensions = ["colon_fence"]
myst_heading_anchors = 3
autodoc_member_order = "bysource"
autodoc_typehints = "description"
napoleon_google_docstring = True
suppress_warnings = ["myst.xref_missing"]

HERE = Path(__file__).parent
SCHEMAS = HERE.parent / "schemas"
GENERATED = HERE / "_generated"


def _schema_pages() -> None:
    """Write one Markdown page per published schema file."""
    GENERATED.mkdir(exist_ok=True)
    names = []
    for path in sorted(SCHEMAS.glob("*.schema.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        stem = path.name.removesuffix(".schema.json")
        names.append(stem)
        lines = [
            f"# {document.get('title', stem)}",
            "",
            f"`{document.get('$id', 'no $id: it stays inside the strict subset')}`",
            "",
            document.get("description", ""),
            "",
        ]
        rows = document.get("properties", {})
        if rows:
            required = set(document.get("required", []))
            lines += ["| field | required | type | meaning |", "| --- | --- | --- | --- |"]
            for name, schema in rows.items():
                if set(schema) == {"$ref"}:  # the LLM profile: its target says what it is
                    target = document["$defs"][schema["$ref"].split("/")[-1]]
                    schema = {**schema, "description": target["description"]}  # noqa: PLW2901
                kind = schema.get("$ref", schema.get("type", "")).split("/")[-1]
                if schema.get("type") == "array":
                    kind = (
                        "array of "
                        + schema["items"]
                        .get("$ref", schema["items"].get("type", ""))
                        .split("/")[-1]
                    )
                lines.append(
                    f"| `{name}` | {'yes' if name in required else ''} | {kind} | {schema['description']} |"
                )
            lines.append("")
        for name, schema in document.get("$defs", {}).items():
            if "$id" in schema:
                continue  # the bundle's embedded files have their own pages
            lines += [f"## `{name}`", "", schema.get("description", ""), ""]
            if "pattern" in schema:
                lines += [
                    f"Pattern: `{schema['pattern'][:120]}{'…' if len(schema['pattern']) > 120 else ''}`",
                    "",
                ]
        lines += ["```{literalinclude} ../../schemas/" + path.name, ":language: json", "```", ""]
        (GENERATED / f"schema-{stem}.md").write_text("\n".join(lines), encoding="utf-8")
    toc = (
        ["# Published schemas", "", "```{toctree}", ":maxdepth: 1", ""]
        + [f"schema-{n}" for n in names]
        + ["```", ""]
    )
    (GENERATED / "schemas.md").write_text("\n".join(toc), encoding="utf-8")


def _vocabulary_page() -> None:
    """Write the page of every allowed value, one section per vocabulary, from the model."""
    import enum  # noqa: PLC0415 - only this page needs it

    from briefschema import _schemagen, model  # noqa: PLC0415 - the installed package

    docs = _schemagen._docstrings()  # noqa: SLF001 - the generator's own reading of the model
    lines = [
        "# Vocabularies",
        "",
        "Every field that takes one of a fixed set of values, and what each value means. "
        "Generated from the model's enums when the documentation is built.",
        "",
    ]
    for name in model.__all__:
        cls = getattr(model, name)
        if not (isinstance(cls, type) and issubclass(cls, enum.Enum)):
            continue
        lines += [f"## {name}", "", (cls.__doc__ or "").strip(), "", "| value | meaning |"]
        lines.append("| --- | --- |")
        for member in cls:
            meaning = docs.get(name, {}).get(member.name, "")
            lines.append(f"| `{member.value}` | {meaning} |")
        lines.append("")
    (GENERATED / "vocabularies.md").write_text("\n".join(lines), encoding="utf-8")


_schema_pages()
_vocabulary_page()
