"""Every field of every class reaches every tool: enumerated from the model, not listed here.

Generated briefs (the package's own strategies, of fixed seeds) set, between
them, every field of every class; each test walks each of them, and
for each field that is set checks what the tool does with it. The fixture
checks that every field of the model is set somewhere, so a field added to the
model is covered the day it is added, and one the strategies never set fails.
"""

from __future__ import annotations

import datetime as dt
import enum
import html
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, seed, settings

import briefschema as bs
from briefschema import _anatomy, _edtf, _plover, _rules, export, model, render
from briefschema._problems import join
from briefschema.strategies import briefs

ROUNDS, EXAMPLES = 8, 40
"""Rounds of generated briefs, each of its own seed, until every field is set (at most)."""

EVERY_FIELD = {(cls, f.name) for cls in _anatomy.classes() for f in _anatomy.fields(cls)}


def _unset(value: Any) -> bool:
    return value is None or value == () or (isinstance(value, dict) and not value)


def _set_fields(brief: model.Brief) -> Iterator[tuple[_rules.Located, _anatomy.Field, Any]]:
    """Every object of ``brief`` where it stands, with each field it sets and the value."""
    for node in _rules._walk(brief):
        for field in _anatomy.fields(type(node.obj)):
            value = getattr(node.obj, field.name)
            if not _unset(value):
                yield node, field, value


@pytest.fixture(scope="module")
def generated() -> list[model.Brief]:
    """Generated briefs that, between them, set every field of the model (checked).

    Rounds of :data:`EXAMPLES` briefs, each round of its own fixed seed, until every
    field is met: the same briefs on every run, and a field rarely set (a concession's
    ``from_position`` needs two positions of one actor on its issue) met all the same.
    """
    found: list[model.Brief] = []
    met: set[tuple[type, str]] = set()
    for round_ in range(ROUNDS):

        @seed(round_)
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(briefs())
        def run(brief: model.Brief) -> None:
            found.append(brief)

        run()
        met = {(type(node.obj), field.name) for b in found for node, field, _ in _set_fields(b)}
        if met >= EVERY_FIELD:
            break
    missed = sorted(f"{cls.__name__}.{name}" for cls, name in EVERY_FIELD - met)
    assert not missed, f"no generated brief sets {missed}"
    return found


def _replace(node: _rules.Located, new: Any) -> model.Brief:
    """The brief with the object at ``node`` replaced by ``new``."""
    _obj, parent, name, index = node
    if parent is None:
        return new  # type: ignore[no-any-return]
    value = getattr(parent.obj, name)
    value = (*value[:index], new, *value[index + 1 :]) if index >= 0 else new
    return _replace(parent, attrs.evolve(parent.obj, **{name: value}))


def _other(field: _anatomy.Field, value: Any) -> tuple[Any, str]:
    """A different value for ``field``, and where in the field the difference shows."""
    if field.kind == "ext":
        return {**value, "test:changed": True}, "['test:changed']"
    if field.many:
        return value[:-1], f"[{len(value) - 1}]" if field.kind == "obj" else ""
    if field.kind == "obj" and field.target not in _anatomy.VALUE_CLASSES:
        return None, ""
    if field.kind == "str":
        return value + "x", ""
    if field.kind == "int":
        return value + 1, ""
    if field.kind == "enum":
        assert isinstance(value, enum.Enum)
        return next(member for member in type(value) if member is not value), ""
    if field.kind == "timestamp":
        return value + dt.timedelta(seconds=1), ""
    assert field.is_date
    return (model.Date.parse("1900") if str(value) != "1900" else model.Date.parse("1901")), ""


def test_diff_tells_apart_a_change_to_any_field_at_its_json_path(generated):
    for brief in generated:
        for node, field, value in _set_fields(brief):
            cls = type(node.obj)
            if field.required and field.kind == "obj" and not field.many:
                continue  # always there: its own fields are changed
            other, tail = _other(field, value)
            changed = _replace(node, attrs.evolve(node.obj, **{field.name: other}))
            path = join(node.path, field.name) + tail
            changes = bs.diff(brief, changed).changes
            if field.name == "id" and cls in _anatomy.LISTED:  # matched by id: another object
                path = node.path
                assert {"added", "removed"} <= {c.kind for c in changes if c.path == path}
            assert path in {c.path for c in changes}, (path, [c.path for c in changes])
            back = bs.diff(changed, brief).changes  # what was cut or unset comes back: added
            assert path in {c.path for c in back}, (path, [c.path for c in back])
            assert len(back) == len(changes)
            assert not bs.diff(changed, changed)


def test_every_field_survives_stix_export_and_import(generated):
    for brief in generated:
        back = export.from_stix(export.stix(brief))
        assert not bs.diff(brief, back), bs.diff(brief, back).to_text()
        assert bs.dumps(back) == bs.dumps(brief)


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_BREAKS = re.compile("\r\n|[\n\r\x0b\x0c\x85\u2028\u2029]")


def _plain(text: str) -> str:
    """Text as a reader sees it: line breaks and runs of white space as one space."""
    return re.sub(r"\s+", " ", _BREAKS.sub(" ", _NOT_XML.sub("\ufffd", text)))


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _html_text(page: str) -> str:
    parser = _Text()
    parser.feed(page)
    return _plain("".join(parser.parts))


def _markdown_text(text: str) -> str:
    return _plain(html.unescape(re.sub(r"\\(.)", r"\1", text)))


def _grouped(value: str) -> str:
    sign, whole, fraction = re.fullmatch(r"(-?)([0-9]+)((?:\.[0-9]+)?)", value).groups()
    return f"{sign}{int(whole):,}{fraction}"


def _shown(field: _anatomy.Field, value: Any, names: dict[str, str]) -> list[list[str]]:
    """What a reader must find of a value: for each item, the words, any one of them."""
    values = value if field.many else (value,)
    if field.kind == "ext":
        return [[key] for key in value]
    if field.is_evidence:
        return [[f"“{ev.quote}”", f"{ev.start}–{ev.end}"] for ev in values]  # both, not either
    found = []
    for item in values:
        if field.refers_to is not None:
            found.append([names.get(item, item)])
        elif field.kind == "enum":
            found.append([item.value])
        elif field.kind == "timestamp":
            found.append([_edtf.format_timestamp(item)])
        elif field.is_amount:
            found.append([_grouped(item)])
        elif field.shape == "duration":
            found.append([item, render._duration_words(item)])
        else:
            found.append([str(item)])
    return found


ID_OF_LISTED = {(cls, "id") for cls in _anatomy.LISTED}
"""An object's id names it for machines: readers are shown what it names, not the id."""


@pytest.mark.parametrize(
    ("renderer", "text_of"),
    [(render.render_markdown, _markdown_text), (render.render_html, _html_text)],
    ids=["markdown", "html"],
)
def test_every_field_set_is_shown_in_markdown_and_html(generated, renderer, text_of):
    met: set[tuple[type, str]] = set()
    for brief in generated:
        page = text_of(renderer(brief))
        names = {key: _plain(label) for key, label in render._view.labels(brief).items()}
        for node, field, value in _set_fields(brief):
            cls = type(node.obj)
            if (cls, field.name) in ID_OF_LISTED:
                continue
            if field.kind == "obj" and not field.is_evidence:
                met.add((cls, field.name))  # shown through its own fields, checked in turn
                continue
            for words in _shown(field, value, names):
                if field.is_evidence:
                    assert all(_plain(w) in page for w in words), (node.path, field.name, words)
                else:
                    assert any(_plain(w) in page for w in words), (node.path, field.name, words)
            met.add((cls, field.name))
    assert met >= EVERY_FIELD - ID_OF_LISTED


def test_plover_carries_or_drops_each_field_of_the_model_and_says_which():
    for cls in _anatomy.classes():
        names = {f.name for f in _anatomy.fields(cls)}
        carried = _plover.CARRIES.get(cls, frozenset())
        assert cls in _plover.DROPS, f"{cls.__name__}: neither carried nor dropped"
        dropped = _plover.DROPS[cls]
        if dropped is None:  # nothing of the class is written
            assert not carried
            continue
        assert carried | dropped == names, (cls.__name__, names - carried - dropped)
        assert not carried & dropped, (cls.__name__, carried & dropped)
    assert set(_plover.CARRIES) <= set(_plover.DROPS) == set(_anatomy.classes())
    lost = (Path(__file__).parents[1] / "docs" / "interchange" / "plover.md").read_text(
        encoding="utf-8"
    )
    lost = lost.split("## What is lost", 1)[1]
    for cls, dropped in _plover.DROPS.items():
        named = [cls.__name__] if dropped is None else [f"{cls.__name__}.{n}" for n in dropped]
        for name in named:
            assert f"`{name}`" in lost, f"docs/interchange/plover.md does not list `{name}`"


def test_a_field_plover_drops_changes_nothing_in_the_records(generated):
    changed_fields: set[tuple[type, str]] = set()
    for brief in generated:
        records = _plover.export(brief)
        for node, field, value in _set_fields(brief):
            cls = type(node.obj)
            dropped = _plover.DROPS[cls]
            if field.name == "id" or (dropped is not None and field.name not in dropped):
                continue  # an id is what references name: changing it alone breaks them
            if field.kind == "obj" and not field.many and field.required:
                continue  # its own fields are changed in turn
            other, _ = _other(field, value)
            changed = _replace(node, attrs.evolve(node.obj, **{field.name: other}))
            assert _plover.export(changed) == records, (node.path, field.name)
            changed_fields.add((cls, field.name))
    every_dropped = {
        (cls, f.name)
        for cls, dropped in _plover.DROPS.items()
        for f in _anatomy.fields(cls)
        if (dropped is None or f.name in dropped)
        and f.name != "id"
        and not (f.kind == "obj" and not f.many and f.required)
    }
    assert changed_fields == every_dropped


def test_every_field_refuses_a_value_of_another_type_when_an_object_is_made(generated):
    """The model's constructors dispatch on the same kinds as every tool (``_kinds``)."""
    met: set[tuple[type, str]] = set()
    for brief in generated[:20]:
        for node, field, _ in _set_fields(brief):
            cls = type(node.obj)
            if (cls, field.name) in met:
                continue
            wrong: Any = 3.5 if field.kind != "ext" else ["not", "a", "mapping"]
            if field.is_date:  # text is read, other values are for validate() to judge
                wrong = "not a date"
            if field.many:
                wrong = "not a list"
            with pytest.raises(bs.ValidationError) as refused:
                attrs.evolve(node.obj, **{field.name: wrong})
            (problem,) = refused.value.problems
            assert problem.path == f"$.{field.name}", (cls.__name__, field.name, problem)
            assert problem.code in ("type", "enum", "date", "timestamp"), problem
            met.add((cls, field.name))
    assert len(met) > 0.8 * len(EVERY_FIELD)  # the first briefs set most fields
