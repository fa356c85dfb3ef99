"""The one place that knows the model: what it reads from the classes, and the house around it."""

import ast
import datetime as dt
import typing
from pathlib import Path

import attrs
import pytest

import briefschema as bs
from briefschema import _anatomy, model

SOURCES = Path(bs.__file__).parent
INIT = SOURCES / "__init__.py"  # the package: it imports every public module, as it should


def test_every_field_of_every_class_has_a_known_kind():
    for cls in _anatomy.classes():
        fields = _anatomy.fields(cls)
        assert [f.name for f in fields] == [a.name for a in attrs.fields(cls)]
        for field in fields:
            assert field.kind in _anatomy.KINDS, (cls, field)
            assert field.many == (typing.get_origin(field.hint) is tuple)
            assert field.required == (attrs.fields_dict(cls)[field.name].default is attrs.NOTHING)


def test_the_lists_of_the_brief_are_its_lists_of_objects_with_ids():
    brief_fields = {f.name: f for f in _anatomy.fields(model.Brief)}
    assert (
        tuple(
            name
            for name, field in brief_fields.items()
            if field.many and field.kind == "obj" and "id" in attrs.fields_dict(field.target)
        )
        == _anatomy.LISTS
    )
    assert "documents" in _anatomy.LISTS  # the newest list is there without a word here
    for name, cls in _anatomy.LIST_CLASS.items():
        assert _anatomy.LIST_OF[cls] == name
        assert typing.get_args(_anatomy.hints(model.Brief)[name])[0] is cls


def test_references_evidence_dates_and_amounts_are_read_from_the_markers():
    position = {f.name: f for f in _anatomy.fields(model.Position)}
    assert position["actor"].refers_to == ("Actor",)
    assert position["evidence"].is_evidence and position["evidence"].many
    assert position["stance"].kind == "enum" and position["stance"].target is model.Stance
    assert position["as_of"].is_date
    assert position["statement"].refers_to is None
    brief = {f.name: f for f in _anatomy.fields(model.Brief)}
    assert brief["created"].kind == "timestamp"
    assert brief["extensions"].kind == "ext"
    amounts = [f for cls in _anatomy.classes() for f in _anatomy.fields(cls) if f.is_amount]
    assert amounts and all(f.kind == "str" for f in amounts)


def test_a_type_of_field_no_tool_knows_is_refused():
    with pytest.raises(TypeError, match="no known kind of field"):
        _anatomy.kind_of(dt.time)


def _imports(path: Path) -> set[str]:
    """The modules of the package that ``path`` imports, at load or in a function.

    Imports for the type checker only (under ``if TYPE_CHECKING:``) are left out.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {
        id(node)
        for block in ast.walk(tree)
        if isinstance(block, ast.If) and "TYPE_CHECKING" in ast.unparse(block.test)
        for statement in block.body
        for node in ast.walk(statement)
    }
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.ImportFrom) and node.module == "briefschema":
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("briefschema."):
            found.add((node.module or "").removeprefix("briefschema."))
        elif isinstance(node, ast.Import):
            found |= {
                alias.name.removeprefix("briefschema.")
                for alias in node.names
                if alias.name.startswith("briefschema.")
            }
    return found


def _module(path: Path) -> str:
    """The module's name within the package: ``model``, ``_rules``, ``_rules._core``."""
    parts = path.relative_to(SOURCES).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_no_module_imports_another_that_imports_it_back():
    graph = {_module(path): _imports(path) for path in SOURCES.rglob("*.py") if path != INIT}
    graph = {name: {m for m in found if m in graph} - {name} for name, found in graph.items()}
    done: set[str] = set()

    def visit(name: str, trail: tuple[str, ...]) -> None:
        assert name not in trail, " -> ".join((*trail, name))
        if name in done:
            return
        for imported in graph[name]:
            visit(imported, (*trail, name))
        done.add(name)

    for name in graph:
        visit(name, ())
    assert "_converter" not in graph["model"]
    assert graph["_rules._references"] >= {"_rules._core"}  # the walk reads imports
    assert _imports(INIT) >= {"model", "compare", "validation"}


def test_a_briefs_objects_by_id_are_those_of_every_list_first_come_first_served():
    assert typing.get_args(model.Listed) == _anatomy.LISTED  # the type names every list's class
    brief = bs.load(Path(__file__).parents[1] / "examples" / "new-start-talks-2009-2010.brief.json")
    found = brief.objects_by_id()
    every = [obj for name in _anatomy.LISTS for obj in getattr(brief, name)]
    assert list(found.values()) == every
    assert found["doc-new-start"] is brief.documents[2]
    twin = attrs.evolve(brief.issues[1], id=brief.issues[0].id)
    doubled = attrs.evolve(brief, issues=(*brief.issues, twin))
    assert doubled.objects_by_id()[brief.issues[0].id] is brief.issues[0]
