r"""The brief model as pydantic v2 models and msgspec Structs, generated: the baselines.

Both are built when this module is imported, from what the library knows of its
model: each class's fields, which are required, lists, enums, nested objects,
timestamps and extensions from ``briefschema._anatomy`` (read from the attrs
classes), and each value's constraints (pattern, lengths, bounds) from the
published bundled schema. So a field added to the model is in the baselines the
day it is added, with its constraints, and the comparison never flatters the
library by leaving one out.

Same fields, same required/optional split, unknown fields forbidden, strict types,
the same enums, and the same patterns (written with ``$``: these engines do not need
the cross-engine end anchor ``(?![\s\S])``). What JSON Schema says and neither
engine can (``uniqueItems``) is left out; neither baseline checks the integrity rules,
which briefschema's measured load does.
"""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources
from typing import Annotated, Any, Literal

import msgspec
import pydantic
from pydantic import AwareDatetime, ConfigDict, Field

from briefschema import _anatomy, model

END = r"(?![\s\S])"
"""The end anchor the published patterns use, for every engine alike."""

_BUNDLE = json.loads(
    resources.files("briefschema")
    .joinpath("schemas", "brief.bundled.schema.json")
    .read_text(encoding="utf-8")
)
_BY_TITLE = {d["title"]: d for d in _BUNDLE["$defs"].values() if "title" in d}
_BY_TITLE["Brief"] = _BUNDLE

_KEYWORDS = {
    "pattern": "pattern",
    "minLength": "min_length",
    "maxLength": "max_length",
    "minimum": "ge",
    "maximum": "le",
}
"""The JSON Schema keywords both engines have, by their name there."""


def _resolved(schema: dict[str, Any]) -> dict[str, Any]:
    """``schema`` with its ``$ref`` chain merged in (the referring schema's keywords win)."""
    merged = dict(schema)
    while "$ref" in merged:
        target = _BUNDLE["$defs"][merged.pop("$ref").rsplit("/", 1)[1]]
        merged = {**target, **merged}
    return merged


def _constraints(schema: dict[str, Any]) -> dict[str, Any]:
    """The constraints both engines can check, under their names there."""
    found = {}
    for keyword, name in _KEYWORDS.items():
        if keyword in schema:
            value = schema[keyword]
            if keyword == "pattern":
                value = value.removesuffix(END) + "$" if value.endswith(END) else value
            found[name] = value
    return found


class _Engine:
    """How one engine spells a constrained value, a list, a model."""

    def constrained(self, base: Any, constraints: dict[str, Any]) -> Any:
        raise NotImplementedError

    def timestamp(self) -> Any:
        raise NotImplementedError

    def model(self, name: str, fields: dict[str, tuple[Any, Any]]) -> Any:
        raise NotImplementedError


class _Pydantic(_Engine):
    def constrained(self, base: Any, constraints: dict[str, Any]) -> Any:
        return Annotated[base, Field(**constraints)] if constraints else base

    def timestamp(self) -> Any:
        return AwareDatetime

    def model(self, name: str, fields: dict[str, tuple[Any, Any]]) -> Any:
        config = ConfigDict(extra="forbid", strict=True, frozen=True)
        return pydantic.create_model(f"P{name}", __config__=config, **fields)


class _Msgspec(_Engine):
    def constrained(self, base: Any, constraints: dict[str, Any]) -> Any:
        return Annotated[base, msgspec.Meta(**constraints)] if constraints else base

    def timestamp(self) -> Any:
        return Annotated[dt.datetime, msgspec.Meta(tz=True)]

    def model(self, name: str, fields: dict[str, tuple[Any, Any]]) -> Any:
        spec = [
            (key, hint) if default is ... else (key, hint, msgspec.field(default=default))
            for key, (hint, default) in fields.items()
        ]
        return msgspec.defstruct(
            f"M{name}",
            spec,
            kw_only=True,
            forbid_unknown_fields=True,
            frozen=True,
            omit_defaults=True,
        )


def _value(engine: _Engine, field: _anatomy.Field, schema: dict[str, Any], made: Any) -> Any:
    """The type of one value of ``field`` (an item, for a list)."""
    if field.kind == "enum":
        assert field.target is not None
        return Literal[tuple(member.value for member in field.target)]  # type: ignore[misc]
    if field.kind == "timestamp":
        return engine.timestamp()
    if field.nested:
        return made(field.target)
    if field.kind == "ext":
        keys = _constraints(_resolved(schema).get("propertyNames", {}))
        return dict[engine.constrained(str, keys), Any]  # type: ignore[misc]
    base = int if field.kind == "int" else str  # text, dates and intervals are strings
    return engine.constrained(base, _constraints(_resolved(schema)))


def _build(engine: _Engine) -> Any:
    """Every class of the model for ``engine``, the brief's returned."""
    made: dict[type[Any], Any] = {}

    def make(cls: type[Any]) -> Any:
        if cls in made:
            return made[cls]
        properties = _BY_TITLE[cls.__name__]["properties"]
        fields: dict[str, tuple[Any, Any]] = {}
        for field in _anatomy.fields(cls):
            schema = properties[field.name]
            if field.many:
                hint: Any = list[_value(engine, field, _resolved(schema)["items"], make)]  # type: ignore[misc]
                default: Any = ...
                if not field.required:
                    default = []
            else:
                hint = _value(engine, field, schema, make)
                default = ...
                if field.kind == "ext":
                    default = {}
                elif not field.required:
                    hint, default = hint | None, None
            fields[field.name] = (hint, default)
        made[cls] = engine.model(cls.__name__, fields)
        return made[cls]

    for cls in reversed(_anatomy.classes()):  # nested classes first
        make(cls)
    return made[model.Brief]


PBrief: Any = _build(_Pydantic())
"""The brief as pydantic v2 models: ``PBrief.model_validate_json(raw)``."""
MBrief: Any = _build(_Msgspec())
"""The brief as msgspec Structs: ``msgspec.json.decode(raw, type=MBrief)``."""
