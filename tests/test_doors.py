"""Every door is enumerated and held: each has scaling cases and hostile cases.

A door is a command of the CLI, or a public function that takes a document, data, a
draft, a bundle, records, a text, a line or lines, a stream, a path, a folder or a brief
object (objects built in Python are never validated when built). The doors are found
from the parser and the public modules, so a door added later fails here until it is
given a case in ``benchmarks/scaling.py`` (1x/10x/100x) and a hostile test below.
"""

import ast
import importlib
import inspect
import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefschema import _docpages, cli

HERE = Path(__file__).parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import scaling  # noqa: E402

INPUTS = {
    "document", "data", "draft", "bundle", "records", "text", "source", "source_text",
    "line", "lines", "stream", "path", "folder", "brief", "old", "new", "evidence", "article",
}  # fmt: skip
"""Parameter names through which a public function takes what a stranger may send."""

NOT_DOORS = {"briefschema.strategies", "briefschema.cli"}
"""Modules whose functions take no input from strangers: strategies draw briefs for
tests, and cli.main is the commands, enumerated from the parser."""

# door: (scaling cases, by the start of their names; hostile tests, as file::function)
DOORS = {
    "cli validate": (
        ["every rule, reference brief copied", "validate --jsonl: n lines"],
        ["test_hostile.py::test_the_cli_prints_the_problems_and_exits_1",
         "test_batch.py::test_a_line_nested_past_what_orjson_writes_is_one_result_and_the_rest_follow"],
    ),
    "cli render": (
        ["render html, n actors x n issues", "render markdown, n actors x n issues"],
        ["test_trust.py::test_dev_zero_is_refused_through_every_door"],
    ),
    "cli quote": (
        ["quote: n occurrences"],
        ["test_cli.py::test_quote_phrases_are_lines_ended_by_lf_only",
         "test_cli.py::test_quote_gives_the_nearest_passage_to_the_first_twenty_missing_phrases"],
    ),
    "cli new": (
        ["new: a text of n words"],
        ["test_trust.py::test_a_text_that_is_not_utf8_gets_source_encoding_in_library_and_cli"],
    ),
    "cli diff": (
        ["diff: reference copied n times"],
        ["test_compare.py::test_the_command_exits_2_for_a_brief_it_cannot_read_or_that_is_invalid"],
    ),
    "cli ground": (
        ["ground: n quotes in a text of n sentences", "ground: nested quotes",
         "ground: a long prefix", "ground: n items share a quote", "ground: a long quote",
         "ground --whole-words: n quotes", "ground --whole-words: nested words",
         "ground --whole-words: quotes inside words"],
        ["test_grounding.py::test_the_command_gives_the_library_s_verdict_on_a_bad_draft",
         "test_grounding.py::test_the_command_says_what_it_cannot_read"],
    ),
    "cli export": (
        ["export --to stix", "export --to plover", "export --to plover: a chain of n bodies"],
        ["test_cli.py::test_the_plover_export_writes_one_record_a_line_whatever_its_text_holds"],
    ),
    "cli import": (
        ["import --from stix", "import --from stix --rebuild", "import --from stix: every note edited",
         "import --from plover", "import --from plover: a mark-up of n EVT tags"],
        ["test_interchange.py::test_the_import_command_refuses_every_hostile_file_without_a_traceback",
         "test_interchange.py::test_import_sources_reads_only_the_texts_the_records_name",
         "test_stix_platforms.py::test_the_import_command_exits_1_for_a_stripped_copy_and_names_what_it_rebuilt"],
    ),
    "cli schemas": (
        ["schemas: written n times"],
        ["test_cli.py::test_the_schemas_command_writes_the_published_files"],
    ),
    "cli draft": (
        ["draft: n quotes in an article", "draft: n invented quotes sent back"],
        ["test_drafting.py::test_the_command_exits_2_when_the_server_or_a_file_fails",
         "test_drafting.py::test_the_command_exits_1_with_the_problems_that_remain"],
    ),
    "briefschema.drafting.draft": (
        ["draft: n quotes in an article", "draft: n invented quotes sent back"],
        ["test_drafting.py::test_an_answer_that_is_not_a_draft_is_a_round_with_problems",
         "test_drafting.py::test_a_reply_that_is_not_the_api_s_is_a_server_error"],
    ),
    "briefschema.codec.dump": (
        ["library dump:"],
        ["test_codec.py::test_dump_leaves_the_old_file_when_the_brief_cannot_be_written",
         "test_doors.py::test_every_door_that_takes_a_brief_object_answers_one_that_holds_itself"],
    ),
    "briefschema.codec.dumps": (
        ["library dumps:"],
        ["test_codec.py::test_extensions_that_hold_themselves_or_share_a_list_are_refused_at_once"],
    ),
    "briefschema.codec.to_dict": (
        ["library to_dict:"],
        ["test_codec.py::test_to_dict_names_the_field_it_cannot_write"],
    ),
    "briefschema.codec.from_dict": (
        ["library from_dict:"],
        ["test_verdicts.py::test_readers_with_require_source_refuse_a_brief_without_its_text"],
    ),
    "briefschema.codec.load": (
        ["library load:"],
        ["test_trust.py::test_dev_zero_is_refused_through_every_door"],
    ),
    "briefschema.codec.loads": (
        ["library loads:"],
        ["test_hostile.py::test_the_library_refuses_it_with_exactly_the_expected_problems"],
    ),
    "briefschema.codec.parse_json": (
        ["library parse_json:"],
        ["test_fuzz.py::test_mutants_load_or_fail_with_the_library_error"],
    ),
    "briefschema.codec.to_evidence_dict": (
        ["library to_evidence_dict:"],
        ["test_doors.py::test_every_door_that_takes_a_brief_object_answers_one_that_holds_itself"],
    ),
    "briefschema.validation.validate": (
        ["library validate:", "every rule, reference brief copied"],
        ["test_verdicts.py::test_the_verdict_and_what_was_checked_do_not_depend_on_the_fast_extra",
         "test_trust.py::test_a_source_string_with_a_lone_surrogate_is_a_problem_not_a_crash"],
    ),
    "briefschema.evidence.locate": (
        ["library locate:"],
        ["test_evidence.py::test_an_empty_quote_is_refused",
         "test_evidence.py::test_an_occurrence_out_of_range_is_refused"],
    ),
    "briefschema.evidence.locate_every": (
        ["library locate_every:", "quote: n occurrences"],
        ["test_evidence.py::test_an_empty_quote_is_refused"],
    ),
    "briefschema.evidence.mismatches": (
        ["library mismatches:", "quote-mismatch on a 1 MB text"],
        ["test_evidence.py::test_a_wrong_quote_says_where_it_does_occur_unless_told_not_to"],
    ),
    "briefschema.evidence.occurrences": (
        ["library occurrences:"],
        ["test_evidence.py::test_occurrences_include_overlaps_and_stop_at_the_limit"],
    ),
    "briefschema.evidence.sha256_of": (
        ["library sha256_of:"],
        ["test_batch.py::test_lines_that_alternate_between_texts_decode_and_hash_each_once"],
    ),
    "briefschema.evidence.text_of": (
        ["library text_of:"],
        ["test_evidence.py::test_a_source_given_again_is_not_decoded_again_but_a_changed_bytearray_is"],
    ),
    "briefschema.grounding.draft_of": (
        ["library draft_of:"],
        ["test_doors.py::test_every_door_that_takes_a_brief_object_answers_one_that_holds_itself"],
    ),
    "briefschema.grounding.ground": (
        ["ground: n quotes in a text of n sentences", "ground: nested quotes"],
        ["test_grounding.py::test_every_hostile_document_as_a_draft_is_refused_with_problems_not_a_traceback",
         "test_search.py::test_a_quote_of_600_000_characters_in_a_thread_with_a_small_stack_does_not_crash"],
    ),
    "briefschema.compare.diff": (
        ["diff: reference copied n times"],
        ["test_doors.py::test_every_door_that_takes_a_brief_object_answers_one_that_holds_itself"],
    ),
    "briefschema.export.from_plover": (
        ["import --from plover", "import --from plover: a mark-up of n EVT tags"],
        ["test_interchange.py::test_a_record_that_cannot_be_imported_is_a_problem_with_its_path",
         "test_interchange.py::test_names_in_other_scripts_or_with_one_slug_stay_different_actors",
         "test_plover_coding.py::test_any_value_of_a_coding_field_is_events_or_problems"],
    ),
    "briefschema.export.from_stix": (
        ["import --from stix", "import --from stix --rebuild", "import --from stix: every note edited"],
        ["test_interchange.py::test_any_json_is_a_brief_or_problems_never_a_traceback",
         "test_stix_platforms.py::test_hostile_native_properties_are_problems_or_ignored_never_a_crash"],
    ),
    "briefschema.export.plover": (
        ["export --to plover"],
        ["test_interchange.py::test_an_unchecked_brief_object_is_refused_by_export_with_every_error"],
    ),
    "briefschema.export.stix": (
        ["export --to stix"],
        ["test_interchange.py::test_an_unchecked_brief_object_is_refused_by_export_with_every_error"],
    ),
    "briefschema.render.render_html": (
        ["render html, n actors x n issues", "render html, one previous chain"],
        ["test_render.py::test_text_from_the_brief_is_escaped"],
    ),
    "briefschema.render.render_markdown": (
        ["render markdown, n actors x n issues"],
        ["test_trust.py::test_markdown_escapes_html_and_markup_in_every_text"],
    ),
    "briefschema.render.concession_svg": (
        ["library concession_svg:", "render html: n concessions, each in return"],
        ["test_doors.py::test_every_door_that_takes_a_brief_object_answers_one_that_holds_itself"],
    ),
    "briefschema.render.stance_matrix_svg": (
        ["library stance_matrix_svg:"],
        ["test_doors.py::test_every_door_that_takes_a_brief_object_answers_one_that_holds_itself"],
    ),
    "briefschema.batch.index_sources": (
        ["validate --jsonl: n lines with --sources"],
        ["test_batch.py::test_index_sources_passes_over_what_is_no_text_file_without_opening_it"],
    ),
    "briefschema.batch.validate_jsonl": (
        ["validate --jsonl: n lines"],
        ["test_trust.py::test_an_endless_jsonl_line_costs_the_limit_not_its_length"],
    ),
    "briefschema.batch.validate_line": (
        ["validate --jsonl: n lines"],
        ["test_verdicts.py::test_a_batch_line_says_the_same_as_validate"],
    ),
    "briefschema.batch.validate_lines": (
        ["validate --jsonl: n lines"],
        ["test_batch.py::test_lines_that_alternate_between_texts_decode_and_hash_each_once"],
    ),
}  # fmt: skip


def doors_found():
    """The doors, from the parser and the public modules."""
    parser = cli._parser()
    commands = next(action for action in parser._actions if action.dest == "command").choices
    found = {f"cli {name}" for name in commands}
    for module_name in _docpages.PUBLIC_MODULES:
        if module_name in NOT_DOORS:
            continue
        module = importlib.import_module(module_name)
        for name in module.__all__:
            obj = getattr(module, name)
            if not inspect.isfunction(obj) or obj.__module__ != module_name:
                continue
            if set(inspect.signature(obj).parameters) & INPUTS:
                found.add(f"{module_name}.{name}")
    return found


def test_every_door_is_in_the_registry_and_nothing_else_is():
    assert set(DOORS) == doors_found()


def _test_source(reference):
    """A test's source with its decorators, and the module-level code it names (scripts
    it runs, helpers it calls): what it reaches, one level down."""
    file_name, function = reference.split("::")
    source = (HERE / file_name).read_text(encoding="utf-8")
    tree = ast.parse(source)
    named = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.ClassDef):
            named[node.name] = node
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    named[target.id] = node
    node = named.get(function)
    if not isinstance(node, ast.FunctionDef):
        return None
    parts = [ast.get_source_segment(source, d) or "" for d in node.decorator_list]
    body = ast.get_source_segment(source, node) or ""
    parts.append(body)
    used = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
    parts += [ast.get_source_segment(source, named[n]) or "" for n in used & set(named)]
    return "\n".join(parts)


@pytest.mark.parametrize("door", sorted(DOORS))
def test_each_door_has_scaling_cases_and_hostile_tests_that_exist(door):
    scaling_cases, hostile_tests = DOORS[door]
    names = [name for name, *_ in scaling.CASES]
    for start in scaling_cases:
        assert any(name.startswith(start) for name in names), f"{door}: no case {start!r}"
    for case_name, _, sizes, _ in scaling.CASES:
        if any(case_name.startswith(start) for start in scaling_cases):
            assert len(sizes) == 3, f"{case_name}: 1x, 10x and 100x"
    assert hostile_tests, door
    word = door.removeprefix("cli ").rsplit(".", 1)[-1]
    for reference in hostile_tests:
        source = _test_source(reference)
        assert source is not None, f"{door}: {reference} does not exist"
        # The test (or the script or helper it names) reaches the door.
        assert word in source, (door, reference)


HOLDS_ITSELF = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
import attrs
import briefschema as bs
from briefschema import export, render
from helpers import base, TEXT
brief = bs.from_dict(base())
itself = {"a": 1}
itself["self"] = itself
odd = attrs.evolve(brief, extensions={"x.y:z": itself})
doors = {
    "dump": lambda: bs.dump(odd, sys.argv[2]),
    "dumps": lambda: bs.dumps(odd),
    "to_dict": lambda: bs.to_dict(odd),
    "draft_of": lambda: bs.draft_of(odd, source_text=TEXT),
    "diff": lambda: bs.diff(odd, brief),
    "render_markdown": lambda: render.render_markdown(odd),
    "render_html": lambda: render.render_html(odd),
    "stance_matrix_svg": lambda: render.stance_matrix_svg(odd),
    "concession_svg": lambda: render.concession_svg(odd),
    "stix": lambda: export.stix(odd),
    "plover": lambda: export.plover(odd),
    "to_evidence_dict": lambda: bs.codec.to_evidence_dict(
        attrs.evolve(odd.actors[0].evidence[0], quote="Kerry met")
    ),
}
out = {}
for name, door in doors.items():
    try:
        door()
    except bs.ValidationError as refused:
        out[name] = sorted({p.code for p in refused.problems})
    else:
        out[name] = "answered"
print(json.dumps(out))
"""


def test_every_door_that_takes_a_brief_object_answers_one_that_holds_itself(tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", HOLDS_ITSELF, str(HERE), str(tmp_path / "out.json")],
        capture_output=True,
        text=True,
        timeout=120,  # a door that walked the cycle would never return
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    answers = json.loads(done.stdout)
    # Whatever writes the brief refuses it at once; what only reads its fields answers.
    for writer in ("dump", "dumps", "to_dict", "draft_of", "stix", "plover", "diff"):
        assert answers[writer] == ["too-deep"], (writer, answers[writer])
    readers = ("render_markdown", "render_html", "stance_matrix_svg", "concession_svg")
    for reader in (*readers, "to_evidence_dict"):
        assert answers[reader] == "answered", (reader, answers[reader])
    assert not (tmp_path / "out.json").exists()
