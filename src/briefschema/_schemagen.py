"""Generate the published JSON Schemas (draft 2020-12) from the model classes.

The classes are the single source of truth: types become JSON types, the
``Annotated`` markers of :mod:`briefschema._meta` become shared definitions
and constraints, and class and attribute docstrings become descriptions.
Attribute docstrings are not kept at run time, so they are read from the
model's source with :mod:`ast`; this runs only when schemas are generated.

Run ``python -m briefschema._schemagen`` from the repository root to rewrite
``schemas/`` (with the JSON-LD context), the packaged copies in
``src/briefschema/schemas/`` and ``node/schemas/``, and the rule catalogue
``docs/rules.md``; add ``--check`` to only report whether they are
up to date.
"""

from __future__ import annotations

import datetime as dt
import enum
import inspect
import re
import sys
import types
import typing
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from briefschema import _anatomy, _context, _converter, _edtf, _rules, model
from briefschema import evidence as _evidence
from briefschema._meta import Bounds, RefTo, Shape
from briefschema._rules import catalogue

DIALECT = "https://json-schema.org/draft/2020-12/schema"
BASE_URI = "https://briefschema.org/schema/1/"
"""The base of every ``$id``; the path carries the major version. An identifier, not a location."""

DEFS = "defs.schema.json"
MAIN_TYPES: tuple[type[Any], ...] = (model.Brief, *_anatomy.LISTED)
"""The classes with a schema file of their own: the brief and the objects of its lists."""


def file_name(cls: type[Any]) -> str:
    """The schema file of a main type, e.g. ``brief.schema.json``."""
    return f"{cls.__name__.lower()}.schema.json"


def _kebab(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "-", name).lower()


def _camel(name: str) -> str:
    """A definition's name as a type name for code generators: ``local-id`` is ``LocalId``."""
    return "".join(part[:1].upper() + part[1:] for part in name.split("-"))


def _summary(obj: type[Any]) -> str:
    doc = inspect.getdoc(obj) or ""
    return doc.split("\n\n")[0].replace("\n", " ").strip()


class _Generator:
    """Builds the documents; remembers which shared definitions were used."""

    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}

    def ref(self, name: str, *, here: str) -> str:
        return f"#/$defs/{name}" if here == DEFS else f"{DEFS}#/$defs/{name}"

    def type_schema(self, typ: Any, *, here: str) -> dict[str, Any]:
        """The schema of one Python type, as seen from the document ``here``."""
        origin = typing.get_origin(typ)
        if origin is typing.Annotated:
            base, *marks = typing.get_args(typ)
            return self._annotated(base, marks, here=here)
        if origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(typ) if a is not type(None)]
            if set(args) == {model.Date, model.Interval}:
                return {"$ref": self.ref(self._edtf(), here=here)}
            if len(args) == 1:
                return self.type_schema(args[0], here=here)
            raise TypeError(f"no schema for the union {typ}")
        if origin is Mapping:  # extensions: any JSON values under string keys
            return {"type": "object"}
        if origin is tuple:
            return {"type": "array", "items": self.type_schema(typing.get_args(typ)[0], here=here)}
        if typ is str:
            return {"type": "string"}
        if typ is bool:
            return {"type": "boolean"}
        if typ is int:
            return {"type": "integer"}
        if typ is dt.datetime:
            return {"$ref": self.ref(self._timestamp(), here=here)}
        if typ is model.Date:
            return {"$ref": self.ref(self._date(), here=here)}
        if isinstance(typ, type) and issubclass(typ, enum.Enum):
            return {"$ref": self.ref(self._enum(typ), here=here)}
        if attrs.has(typ):
            if typ in MAIN_TYPES:
                return {"$ref": file_name(typ)}
            return {"$ref": self.ref(self._shared_class(typ), here=here)}
        raise TypeError(f"no schema for {typ!r}")

    def _annotated(self, base: Any, marks: list[Any], *, here: str) -> dict[str, Any]:
        for mark in marks:
            if isinstance(mark, Shape):
                if mark.name not in self.defs:
                    self.defs[mark.name] = {
                        "title": _camel(mark.name),
                        "description": mark.description,
                        **self.type_schema(base, here=DEFS),
                        **mark.keywords,
                    }
                return {"$ref": self.ref(mark.name, here=here)}
            if isinstance(mark, RefTo):
                return {"$ref": self.ref("local-id", here=here)}
            if isinstance(mark, Bounds):
                schema = self.type_schema(base, here=here)
                if mark.min_items:
                    schema["minItems"] = mark.min_items
                if mark.max_items is not None:
                    schema["maxItems"] = mark.max_items
                if mark.unique:
                    schema["uniqueItems"] = True
                return schema
        return self.type_schema(base, here=here)

    def _edtf(self) -> str:
        self.defs.setdefault(
            "edtf",
            {
                "title": "EdtfDateOrInterval",
                "description": (
                    "An EDTF date (`2013`, `2013-05`, `2013-05-07`, optionally ending in "
                    "`?` uncertain, `~` approximate or `%` both) or interval "
                    "(`2013-05-07/2013-05-08`; an end may be `..` for open or empty "
                    "for unknown, not both)."
                ),
                "type": "string",
                "pattern": _edtf.EDTF_PATTERN,
            },
        )
        return "edtf"

    def _date(self) -> str:
        self.defs.setdefault(
            "date",
            {
                "title": "EdtfDate",
                "description": (
                    "An EDTF date: `2013`, `2013-05` or `2013-05-07`, optionally ending in "
                    "`?` (uncertain), `~` (approximate) or `%` (both). Days must exist."
                ),
                "type": "string",
                "pattern": _edtf.DATE_PATTERN,
            },
        )
        return "date"

    def _timestamp(self) -> str:
        self.defs.setdefault(
            "timestamp",
            {
                "title": "Timestamp",
                "description": (
                    "An RFC 3339 timestamp with seconds and a UTC offset "
                    "(`2013-05-15T09:30:00Z`); written by this library in UTC with `Z`."
                ),
                "type": "string",
                "format": "date-time",
                "pattern": _edtf.TIMESTAMP_PATTERN,
            },
        )
        return "timestamp"

    def _enum(self, cls: type[enum.Enum]) -> str:
        name = _kebab(cls.__name__)
        if name not in self.defs:
            docs = _anatomy.docstrings()[cls.__name__]
            meanings = "; ".join(f"`{m.value}`: {docs[m.name].rstrip('.')}" for m in cls)
            self.defs[name] = {
                "title": cls.__name__,
                "description": f"{_summary(cls)} {meanings}",
                "type": "string",
                "enum": [m.value for m in cls],
            }
        return name

    def _shared_class(self, cls: type[Any]) -> str:
        name = _kebab(cls.__name__)
        if name not in self.defs:
            self.defs[name] = {}  # reserve the name first: classes may nest
            self.defs[name] = self.class_schema(cls, here=DEFS)
        return name

    def class_schema(self, cls: type[Any], *, here: str) -> dict[str, Any]:
        """The object schema of an attrs class."""
        docs = _anatomy.docstrings()[cls.__name__]
        hints = typing.get_type_hints(cls, include_extras=True)
        properties: dict[str, Any] = {}
        required: list[str] = []
        for field in attrs.fields(cls):
            if field.name not in docs:
                raise ValueError(f"{cls.__name__}.{field.name} has no docstring")
            properties[field.name] = {
                "description": docs[field.name],
                **self.type_schema(hints[field.name], here=here),
            }
            if field.default is attrs.NOTHING:
                required.append(field.name)
        return {
            "title": cls.__name__,
            "description": _summary(cls),
            "type": "object",
            "required": required,
            "properties": properties,
            "additionalProperties": False,
        }


def generate() -> dict[str, dict[str, Any]]:
    """Every published schema document, by file name, in a stable order."""
    gen = _Generator()
    documents: dict[str, dict[str, Any]] = {}
    for cls in MAIN_TYPES:
        name = file_name(cls)
        documents[name] = {
            "$schema": DIALECT,
            "$id": BASE_URI + name,
            **gen.class_schema(cls, here=name),
        }
    documents[DEFS] = {
        "$schema": DIALECT,
        "$id": BASE_URI + DEFS,
        "title": "Shared definitions",
        "description": "Value types, vocabularies and small objects shared by the brief schemas.",
        "$defs": dict(sorted(gen.defs.items())),
    }
    return documents


BUNDLE = "brief.bundled.schema.json"


def bundle(documents: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """The brief schema as one resource, for consumers that take a single file.

    No ``$id`` below the root and every ``$ref`` a local ``#/$defs/...`` pointer:
    code generators (json-schema-to-typescript, datamodel-code-generator), LLM
    grammar compilers and validators that do not resolve embedded resources all
    take it as it is. The root is the brief; the shared definitions keep their
    names and the other main types are definitions named after their class
    (``actor``, ``position``), each with a ``title`` for the type a generator writes.
    """
    root_file = file_name(model.Brief)
    named = {file_name(cls): _kebab(cls.__name__) for cls in MAIN_TYPES if cls is not model.Brief}

    def local(ref: str) -> str:
        target, _, pointer = ref.partition("#")
        if target in ("", DEFS, root_file):
            return f"#{pointer}"
        return f"#/$defs/{named[target]}{pointer}"

    def rewrite(node: Any) -> Any:
        if isinstance(node, list):
            return [rewrite(item) for item in node]
        if not isinstance(node, dict):
            return node
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key in ("$id", "$schema"):
                continue
            if key == "properties":  # names, not keywords
                out[key] = {name: rewrite(sub) for name, sub in value.items()}
            else:
                out[key] = local(value) if key == "$ref" else rewrite(value)
        return out

    definitions = {name: rewrite(schema) for name, schema in documents[DEFS]["$defs"].items()}
    for file, name in named.items():
        if name in definitions:
            raise ValueError(f"the main type {name!r} has the name of a shared definition")
        definitions[name] = rewrite(documents[file])
    return {
        "$schema": DIALECT,
        "$id": BASE_URI + BUNDLE,
        **rewrite(documents[root_file]),
        "$defs": dict(sorted(definitions.items())),
    }


LLM_PROFILE = "brief.llm.schema.json"
CONTEXT = "brief.context.jsonld"
"""The JSON-LD context (see :mod:`briefschema._context`), written beside the schemas."""

_COMPUTED = {"": ("schema_version",), "source": ("sha256",), "evidence": ("start", "end")}
"""What grounding fills in, by definition (``""`` is the brief): never the model's to write."""
_OUTSIDE_SUBSET = (
    "uniqueItems", "maxItems", "minLength", "maxLength", "propertyNames", "format"
)  # fmt: skip
"""Keywords outside the strict structured-output subset; grounding's full check keeps them."""
_END = r"(?![\s\S])"
_LLM_DESCRIPTIONS = {
    "": "A brief as a language model drafts it from a source text: every field present "
    "(null where the brief leaves it out), quotes as words, no offsets. "
    "`briefschema ground DRAFT --source TEXT` locates every quote in the text and "
    "checks the result as a brief.",
    "evidence": "An exact quotation from the source text: copy the words character for "
    "character, quotation marks and dashes included. When the words occur more than once "
    "in the text, give the words just before them (prefix) or just after them (suffix) so "
    "that one occurrence is meant; otherwise null.",
    "source": "The text the brief analyses; its SHA-256 is computed from the text when "
    "the draft is grounded.",
}


def llm_profile(bundled: Mapping[str, Any]) -> dict[str, Any]:
    """The brief as a language model writes it, inside the strict structured-output subset.

    Made from the bundle, so it follows the model: every property required, an optional
    one as ``anyOf [it, null]``; ``additionalProperties: false`` on every object; local
    ``$ref`` only; no offsets, SHA-256, schema version or extensions (grounding fills or
    leaves them); no ``uniqueItems``, ``maxItems``, ``minLength``, ``maxLength``, ``propertyNames`` or
    ``format``; patterns end in ``$``, not a look-ahead; a ``$ref`` stands alone, so a value
    type is written out where it is used. What it drops, grounding's full check of the
    result still enforces.
    """

    def convert(node: Any, name: str | None = None) -> Any:
        if isinstance(node, list):
            return [convert(item) for item in node]
        if not isinstance(node, dict):
            return node
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key in _OUTSIDE_SUBSET or key in ("$schema", "$id", "$defs"):
                continue
            if key == "pattern":
                out[key] = value[: -len(_END)] + "$" if value.endswith(_END) else value
            elif key == "properties":
                out[key] = _required_all(node, name, convert)
            elif key in ("required", "additionalProperties") and "properties" in node:
                continue
            else:
                out[key] = convert(value)
        if "properties" in node:
            out["required"] = list(out["properties"])
            out["additionalProperties"] = False
        if name in _LLM_DESCRIPTIONS:
            out["description"] = _LLM_DESCRIPTIONS[name]
        return out

    definitions = {name: convert(schema, name) for name, schema in bundled["$defs"].items()}

    def alone(node: Any) -> Any:
        """``node`` with each ``$ref`` alone, as the subset wants.

        A value type is written out in place, under the property's description; an
        object keeps its own description.
        """
        if isinstance(node, list):
            return [alone(item) for item in node]
        if not isinstance(node, dict):
            return node
        if "$ref" in node and len(node) > 1:
            target = definitions[node["$ref"].removeprefix("#/$defs/")]
            if target.get("type") == "object":
                return {"$ref": node["$ref"]}
            described = {k: v for k, v in target.items() if k != "title"}
            return {**described, "description": node.get("description", target["description"])}
        return {key: alone(value) for key, value in node.items()}

    root = alone(convert({k: v for k, v in bundled.items() if k != "$defs"}, ""))
    definitions = {name: alone(schema) for name, schema in definitions.items()}
    used = _referenced(root, definitions)
    return {**root, "$defs": {name: definitions[name] for name in sorted(used)}}


def _required_all(node: Mapping[str, Any], name: str | None, convert: Any) -> dict[str, Any]:
    required = set(node.get("required", ()))
    skipped = {"extensions", *(_COMPUTED.get(name, ()) if name is not None else ())}
    properties: dict[str, Any] = {}
    for field, schema in node["properties"].items():
        if field in skipped:
            continue
        converted = convert(schema)
        if field not in required:
            described = {k: v for k, v in converted.items() if k == "description"}
            inner = {k: v for k, v in converted.items() if k != "description"}
            converted = {**described, "anyOf": [inner, {"type": "null"}]}
        properties[field] = converted
    return properties


def _referenced(root: Any, definitions: Mapping[str, Any]) -> set[str]:
    """The names of the definitions reachable from ``root``."""
    found: set[str] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            for key, value in node.items():
                if key == "$ref":
                    target = value.removeprefix("#/$defs/")
                    if target not in found:
                        found.add(target)
                        stack.append(definitions[target])
                else:
                    stack.append(value)
    return found


DIFF = "diff.schema.json"
"""The schema of ``briefschema diff --json``'s output (:meth:`briefschema.Diff.to_json`)."""


def diff_schema() -> dict[str, Any]:
    """The schema of a diff's JSON form, read from :class:`~briefschema.compare.Change`.

    Each change has the fields of the class; ``old`` is absent for what was
    added and ``new`` for what was removed, as ``to_json`` writes them.
    """
    from briefschema import compare  # noqa: PLC0415 - compare is loaded for this file only

    kinds = [kind.value for kind in compare.ChangeKind]
    docs = _attribute_docs(compare.Change)
    properties: dict[str, Any] = {
        "kind": {"description": docs["kind"], "enum": kinds},
        "path": {"description": docs["path"], "type": "string", "pattern": "^\\$"},
        "id": {"description": docs["id"], "type": "string"},
        "old": {"description": docs["old"]},
        "new": {"description": docs["new"]},
        "label": {"description": docs["label"], "type": "string"},
    }
    assert list(properties) == [f.name for f in attrs.fields(compare.Change)]
    absent = {compare.ChangeKind.ADDED: "old", compare.ChangeKind.REMOVED: "new"}

    def variant(kind: compare.ChangeKind) -> dict[str, Any]:
        names = [name for name in properties if name != absent.get(kind)]
        return {
            "type": "object",
            "required": [name for name in names if name in ("kind", "path", "old", "new")],
            "properties": {
                name: {**properties[name], "const": kind.value}
                if name == "kind"
                else properties[name]
                for name in names
            },
            "additionalProperties": False,
        }

    return {
        "$schema": DIALECT,
        "$id": BASE_URI + DIFF,
        "title": "Differences between two briefs",
        "description": "What `briefschema diff --json OLD NEW` writes: every change from one "
        "brief to another, each at its JSON path.",
        "type": "object",
        "required": ["changes"],
        "properties": {
            "changes": {
                "description": "The changes, in the order of the brief's fields.",
                "type": "array",
                "items": {"$ref": "#/$defs/change"},
            }
        },
        "additionalProperties": False,
        "$defs": {
            "change": {
                "description": inspect.cleandoc(compare.Change.__doc__ or "").split("\n")[0]
                + " An added change has no `old`, a removed one no `new`.",
                "type": "object",
                "required": ["kind", "path"],
                "properties": properties,
                "additionalProperties": False,
                "oneOf": [variant(kind) for kind in compare.ChangeKind],
            }
        },
    }


def _attribute_docs(cls: type[Any]) -> dict[str, str]:
    """The ``Attributes:`` section of a class's docstring, by attribute, on one line each."""
    text = inspect.cleandoc(cls.__doc__ or "")
    section = text.split("Attributes:", 1)[1]
    found: dict[str, str] = {}
    name = ""
    for line in section.splitlines():
        match = re.match(r"\s{4}(\w+): (.*)", line)
        if match:
            name = match.group(1)
            found[name] = match.group(2)
        elif name and line.strip():
            found[name] += " " + line.strip()
    return {key: value[0].upper() + value[1:].replace("``", "`") for key, value in found.items()}


def render() -> dict[str, str]:
    """The schema files' exact text, by file name, the bundle and the LLM profile included."""
    documents = generate()
    texts = {name: _converter.pretty_json(doc) for name, doc in documents.items()}
    bundled = bundle(documents)
    texts[BUNDLE] = _converter.pretty_json(bundled)
    texts[LLM_PROFILE] = _converter.pretty_json(llm_profile(bundled))
    texts[DIFF] = _converter.pretty_json(diff_schema())
    return texts


def rules_data() -> dict[str, Any]:
    """What an integrity checker in another language needs to know of the model.

    Written to ``node/model.json`` for the Node validator: for each class, the
    fields that hold objects (their class, and whether a list) and the fields
    that hold references (the kinds they may name, and whether a list); the
    lists of the brief that hold objects with ids; each likelihood scale's
    terms; each event category's PLOVER modes; the identifier formats. Generated, so it cannot drift from the
    classes that the Python rules read.
    """
    classes: dict[str, Any] = {}
    for cls in _anatomy.classes():
        children = {
            f.name: {"class": f.target.__name__, "many": f.many}
            for f in _anatomy.children(cls)
            if f.target is not None
        }
        refs = {
            f.name: {"kinds": list(f.refers_to), "many": f.many}
            for f in _anatomy.references(cls)
            if f.refers_to is not None
        }
        integers = [f.name for f in _anatomy.fields(cls) if f.hint is int]
        classes[cls.__name__] = {"children": children, "references": refs, "integers": integers}
    return {
        "description": "Generated from the briefschema model classes by "
        "`python -m briefschema._schemagen`; read by validate-brief.mjs.",
        "lists": list(_anatomy.LISTS),
        "classes": classes,
        "likelihood_scales": {
            scale.value: [term.value for term in terms]
            for scale, terms in model.LIKELIHOOD_SCALES.items()
        },
        "plover_modes": {
            category.value: [mode.value for mode in modes]
            for category, modes in model.PLOVER_MODES.items()
        },
        "identifier_formats": {
            scheme: form.pattern for scheme, form in _rules.IDENTIFIER_FORMATS.items()
        },
        "context": _evidence.CONTEXT,
        "placeholder_summary": model.PLACEHOLDER_SUMMARY,
    }


TARGETS = (Path("schemas"), Path("src/briefschema/schemas"), Path("node/schemas"))
"""Where the files are written, from the repository root: the published folder, the
Python package's and the npm package's copies."""


def main(argv: list[str] | None = None) -> int:
    """Rewrite (or with ``--check``, compare) the committed schema files and generated pages."""
    args = sys.argv[1:] if argv is None else argv
    check = "--check" in args
    stale: list[str] = []
    texts = render()
    for target in TARGETS:
        existing = {p.name for p in target.glob("*.json")} if target.is_dir() else set()
        for name in sorted(existing - set(texts)):
            stale.append(str(target / name))
            if not check:
                (target / name).unlink()
        for name, text in texts.items():
            path = target / name
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                stale.append(str(path))
                if not check:
                    target.mkdir(parents=True, exist_ok=True)
                    path.write_text(text, encoding="utf-8", newline="\n")
    context_text = _converter.pretty_json(_context.CONTEXT)
    for target in TARGETS:
        path = target / CONTEXT
        if not path.is_file() or path.read_text(encoding="utf-8") != context_text:
            stale.append(str(path))
            if not check:
                path.write_text(context_text, encoding="utf-8", newline="\n")
    node_model = Path("node/model.json")
    node_text = _converter.pretty_json(rules_data())
    if not node_model.is_file() or node_model.read_text(encoding="utf-8") != node_text:
        stale.append(str(node_model))
        if not check:
            node_model.write_text(node_text, encoding="utf-8", newline="\n")
    rules_doc = Path("docs/rules.md")
    if not rules_doc.is_file() or rules_doc.read_text(encoding="utf-8") != catalogue():
        stale.append(str(rules_doc))
        if not check:
            rules_doc.parent.mkdir(parents=True, exist_ok=True)
            rules_doc.write_text(catalogue(), encoding="utf-8", newline="\n")
    stale += _write_pages(texts, check=check)
    for stale_path in stale:
        sys.stdout.write(f"{'stale' if check else 'wrote'} {stale_path}\n")
    return 1 if check and stale else 0


def _write_pages(texts: Mapping[str, str], *, check: bool) -> list[str]:
    """Write (or compare) the generated documentation pages; remove generated pages gone stale."""
    from briefschema import _docpages  # noqa: PLC0415 - imports every public module

    wanted = _docpages.pages(dict(texts))
    stale: list[str] = []
    folder = _docpages.REFERENCE
    existing = set(folder.glob("schema-*.md")) if folder.is_dir() else set()
    for path in sorted(existing - set(wanted)):
        stale.append(str(path))
        if not check:
            path.unlink()
    for path, text in wanted.items():
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            stale.append(str(path))
            if not check:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8", newline="\n")
    return stale


if __name__ == "__main__":
    raise SystemExit(main())
