"""Mutation testing of one module: does each small break make a test fail.

Run from the repository root, after the test install:

    python tools/mutate.py src/briefschema/evidence.py
    python tools/mutate.py src/briefschema/_rules/_references.py --jobs 2 --json build/rules.json
    python tools/mutate.py src/briefschema/_limits.py --list      # the mutants, not run

Each mutant is the module with one change: a comparison flipped (``<`` to
``<=``, ``==`` to ``!=``, ``in`` to ``not in``), an integer moved by one, a
condition negated, ``and`` and ``or`` swapped, ``True`` and ``False`` swapped,
or a ``raise``, ``return``, ``yield``, ``add``/``append`` call, ``continue`` or
``break`` deleted. The module's tests (``TESTS`` below, or ``--tests``) run
against a copy of ``src/`` holding the mutant; a mutant is caught when they
fail or time out (a mutant that loops forever is caught by the timeout).
Survivors are listed with their line, so each can be read and either caught
by a new test or explained as equivalent.

Why a script of our own: mutmut 3 does not mutate decorated functions (every
integrity rule is one), and cosmic-ray has no operator that deletes a
statement, which is how a missing ``raise`` or ``yield`` is simulated. This
script is not part of CI (it runs the tests once per mutant); its results are
in docs/testing.md.
"""

from __future__ import annotations

import argparse
import ast
import copy
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

TRUST = "tests/test_trust.py::"
TESTS = {
    "_rules": [  # every module of the package
        "tests/test_rules.py",
        TRUST + "test_a_long_chain_is_walked_once_not_once_per_member",
        TRUST + "test_a_chain_into_a_cycle_reports_the_cycle_only_and_ends",
        TRUST + "test_a_self_loop_and_two_separate_cycles_are_each_reported",
        TRUST + "test_mismatched_quotes_search_the_text_a_bounded_number_of_times",
        TRUST + "test_a_source_string_with_a_lone_surrogate_is_a_problem_not_a_crash",
    ],
    "evidence.py": [
        "tests/test_evidence.py",
        TRUST + "test_a_hint_names_at_most_five_places_and_says_there_are_more",
        TRUST + "test_a_long_mismatching_passage_is_shown_cut",
        TRUST + "test_checking_a_prefix_and_suffix_copies_nothing_of_a_large_text",
        TRUST + "test_quote_finds_every_occurrence_in_one_pass",
        TRUST + "test_a_text_that_is_not_utf8_gets_source_encoding_in_library_and_cli",
    ],
    # The decoders' tests need PyTorch (the decoders extra) and check the profile
    # compiles, not what grounding decides: they are left out here.
    "drafting.py": ["tests/test_drafting.py"],
    "_search.py": ["tests/test_search.py", "tests/test_grounding.py"],
    "grounding.py": [
        "tests/test_grounding.py",
        "tests/test_search.py",
        "tests/test_llm_profile.py",
        "-m",
        "not decoders",
    ],
    "_stix.py": ["tests/test_interchange.py", "tests/test_stix_platforms.py"],
    "_plover.py": ["tests/test_interchange.py"],
    "compare.py": [
        "tests/test_compare.py",
        "tests/test_every_field.py::test_diff_tells_apart_a_change_to_any_field_at_its_json_path",
    ],
    "_limits.py": [
        "tests/test_limits.py",
        "tests/test_hostile.py",
        "--deselect=tests/test_hostile.py::test_a_million_actors_are_refused_by_size_and_then_by_count",
    ],
    "codec.py": [
        "tests/test_codec.py",
        "tests/test_hostile.py::test_the_library_refuses_it_with_exactly_the_expected_problems",
        TRUST + "test_numbers_a_double_holds_are_kept",
        TRUST + "test_numbers_a_double_changes_are_refused_with_their_path",
        TRUST + "test_dump_keeps_an_existing_files_mode",
        TRUST + "test_dump_gives_a_new_file_the_mode_of_the_umask",
        TRUST + "test_dump_writes_through_a_symlink",
        TRUST + "test_dump_handles_a_name_at_the_file_systems_limit",
        TRUST + "test_dumps_refuses_a_lone_surrogate_with_its_path",
    ],
    "_compiled.py": [
        "tests/test_compiled.py",
        "tests/test_fast_path.py",
        "--hypothesis-profile=fast",  # fewer examples per property: the corpora do the rest
    ],
    "_converter.py": [
        "tests/test_strict.py",
        "tests/test_codec.py",
        "tests/test_hostile.py::test_the_library_refuses_it_with_exactly_the_expected_problems",
        "tests/test_roundtrip.py::test_the_reference_brief_round_trips_byte_for_byte",
        "tests/test_conformance.py::test_valid_documents_of_main_types_structure_into_the_classes",
        TRUST + "test_a_brief_object_that_cannot_be_written_gets_a_problem_with_its_path",
        TRUST + "test_a_string_where_an_enum_member_belongs_names_the_field_and_the_values",
        TRUST + "test_a_brief_object_with_a_string_for_a_timestamp_gets_its_own_words",
        TRUST + "test_a_brief_object_with_something_else_where_an_object_belongs",
        TRUST + "test_a_brief_object_without_a_required_object_names_the_field",
        TRUST + "test_a_problem_inside_a_nested_object_is_found_at_its_path",
        TRUST + "test_dumps_refuses_a_lone_surrogate_with_its_path",
    ],
}
"""The tests that speak for each module, by file name."""

FLIPS: dict[type[ast.cmpop], type[ast.cmpop]] = {
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
}
DELETABLE_CALLS = {"add", "append", "extend", "update", "setdefault", "discard", "pop"}


@dataclass
class Mutant:
    """One change to the module."""

    number: int
    line: int
    description: str
    source: str
    outcome: str = "not run"


def _docstring_nodes(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        first = body[0] if isinstance(body, list) and body else None
        value = first.value if isinstance(first, ast.Expr) else None
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            found.add(id(first))
        if isinstance(node, ast.Assign | ast.AnnAssign):  # __all__ and the like
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == "__all__" for t in targets):
                found.add(id(node))
    return found


_TYPE_CHECKING = {"TYPE_CHECKING", "typing.TYPE_CHECKING"}


def _annotations(tree: ast.AST) -> set[int]:
    """Nodes inside type annotations: changing them changes nothing at run time."""
    found = set()
    for node in ast.walk(tree):
        parts = []
        if isinstance(node, ast.arg) and node.annotation is not None:
            parts.append(node.annotation)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.returns:
            parts.append(node.returns)
        if isinstance(node, ast.AnnAssign):
            parts.append(node.annotation)
        if isinstance(node, ast.If) and ast.unparse(node.test) in _TYPE_CHECKING:
            parts.append(node)  # imports for annotations only: never run
        for part in parts:
            found.update(id(sub) for sub in ast.walk(part))
    return found


def _changes(node: ast.AST) -> Iterator[tuple[str, ast.AST | None]]:
    """The mutations of one node: a description and the replacement (None: delete)."""
    if isinstance(node, ast.Compare):
        for index, op in enumerate(node.ops):
            flipped = FLIPS.get(type(op))
            if flipped is not None:
                new = copy.deepcopy(node)
                new.ops[index] = flipped()
                yield f"{type(op).__name__} -> {flipped.__name__}", new
    elif isinstance(node, ast.Constant) and type(node.value) is int:
        for delta in (1, -1):
            yield f"{node.value} -> {node.value + delta}", ast.Constant(node.value + delta)
    elif isinstance(node, ast.Constant) and type(node.value) is bool:
        yield f"{node.value} -> {not node.value}", ast.Constant(not node.value)
    elif isinstance(node, ast.BoolOp):
        other = ast.Or() if isinstance(node.op, ast.And) else ast.And()
        yield f"{type(node.op).__name__} -> {type(other).__name__}", ast.BoolOp(other, node.values)
    elif isinstance(node, ast.Raise | ast.Return | ast.Continue | ast.Break):
        yield f"delete {type(node).__name__.lower()}", None
    elif isinstance(node, ast.Expr) and isinstance(node.value, ast.Yield | ast.YieldFrom):
        yield "delete yield", None
    elif (
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Call)
        and isinstance(node.value.func, ast.Attribute)
        and node.value.func.attr in DELETABLE_CALLS
    ):
        yield f"delete .{node.value.func.attr}()", None
    if isinstance(node, ast.If | ast.While | ast.IfExp):
        yield "negate the condition", "negate"  # type: ignore[misc]


class _Apply(ast.NodeTransformer):
    def __init__(self, target: int, replacement: object) -> None:
        self.target = target
        self.replacement = replacement

    def visit(self, node: ast.AST) -> ast.AST | None:
        if id(node) != self.target:
            return super().visit(node)
        if self.replacement == "negate":
            new = copy.copy(node)
            new.test = ast.UnaryOp(ast.Not(), node.test)  # type: ignore[attr-defined]
            return new
        if self.replacement is None:
            return ast.Pass()
        return self.replacement  # type: ignore[return-value]


def mutants(path: Path) -> list[Mutant]:
    """Every mutant of the module at ``path``, in source order."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    found: list[Mutant] = []
    tree = ast.parse(source)
    skip = _docstring_nodes(tree) | _annotations(tree)
    skipped_lines = {n for n, line in enumerate(lines, 1) if "pragma: no mutate" in line}
    for node in ast.walk(tree):
        if id(node) in skip or getattr(node, "lineno", 0) in skipped_lines:
            continue
        for description, replacement in _changes(node):
            fresh = ast.parse(source)
            target = next(
                n for n, m in zip(ast.walk(fresh), ast.walk(tree), strict=True) if m is node
            )
            mutated = _Apply(id(target), replacement).visit(fresh)
            ast.fix_missing_locations(mutated)
            found.append(Mutant(len(found) + 1, node.lineno, description, ast.unparse(mutated)))
    found.sort(key=lambda m: (m.line, m.description))
    for number, mutant in enumerate(found, 1):
        mutant.number = number
    return found


def _run(mutant: Mutant, module: Path, tests: list[str], timeout: float, slots: list[Path]) -> str:
    workspace = slots.pop()
    try:
        target = workspace / module.relative_to(ROOT / "src")
        target.write_text(mutant.source, encoding="utf-8")
        env = dict(os.environ, PYTHONPATH=str(workspace), HYPOTHESIS_PROFILE="fast")
        try:
            done = subprocess.run(
                [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *tests],
                cwd=ROOT,
                env=env,
                capture_output=True,
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired:
            return "caught (timeout)"
        finally:
            shutil.copyfile(module, target)
        return "survived" if done.returncode == 0 else "caught"
    finally:
        slots.append(workspace)


def main() -> int:
    """Run (or list) the mutants of one module and print the score."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("module", type=Path)
    parser.add_argument("--tests", nargs="+", help="the test files to run (default: TESTS)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per mutant")
    parser.add_argument("--list", action="store_true", help="print the mutants, do not run them")
    parser.add_argument("--json", type=Path, help="write every mutant's outcome here")
    parser.add_argument(
        "--only", type=int, nargs="+", metavar="N", help="run these mutants only (by number)"
    )
    args = parser.parse_args()
    module = args.module.resolve()
    found = mutants(module)
    if args.only:
        chosen = set(args.only)
        found = [mutant for mutant in found if mutant.number in chosen]
    if args.list:
        for mutant in found:
            print(f"#{mutant.number} line {mutant.line}: {mutant.description}")
        return 0
    tests = args.tests or TESTS.get(module.name) or TESTS[module.parent.name]
    clean = subprocess.run(
        [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *tests],
        cwd=ROOT,
        env=dict(os.environ, HYPOTHESIS_PROFILE="fast"),
        capture_output=True,
        check=False,
    )
    if clean.returncode != 0:
        print("the tests fail without any mutant: fix them first", file=sys.stderr)
        return 2
    base = Path(tempfile.mkdtemp(prefix="mutate-"))
    slots = []
    for job in range(args.jobs):
        copy_of = base / str(job)
        shutil.copytree(ROOT / "src", copy_of)
        slots.append(copy_of)
    lock = threading.Lock()
    started = time.monotonic()

    def one(mutant: Mutant) -> None:
        mutant.outcome = _run(mutant, module, tests, args.timeout, slots)
        with lock:
            if mutant.outcome == "survived":
                print(
                    f"survived #{mutant.number} line {mutant.line}: {mutant.description}",
                    flush=True,
                )

    try:
        with ThreadPoolExecutor(args.jobs) as pool:
            list(pool.map(one, found))
    finally:
        shutil.rmtree(base, ignore_errors=True)
    caught = sum(m.outcome.startswith("caught") for m in found)
    score = 100 * caught / len(found) if found else 100.0
    print(
        f"{module.name}: {len(found)} mutants, {caught} caught, "
        f"{len(found) - caught} survived: {score:.1f} % in {time.monotonic() - started:.0f} s"
    )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        records = [{k: v for k, v in asdict(m).items() if k != "source"} for m in found]
        args.json.write_text(json.dumps(records, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
