"""The LLM profile: inside the strict structured-output subset, and compiled by real decoders.

Each decoder (llguidance, xgrammar, outlines-core) compiles the published profile into
its grammar, then reads a draft byte by byte as a model would write it: the drafts of
every example must be accepted whole, and drafts that break the profile refused. The
tokenizer is one token per byte, so nothing but the grammar decides.
"""

import copy
import functools
import importlib
import json
from pathlib import Path

import jsonschema
import pytest

import briefschema as bs

ROOT = Path(__file__).parents[1]
PROFILE_TEXT = (ROOT / "schemas" / "brief.llm.schema.json").read_text(encoding="utf-8")
PROFILE = json.loads(PROFILE_TEXT)
EXAMPLES = sorted((ROOT / "examples").glob("*.brief.json"))

# The strict structured-output subset as OpenAI documents it ("Supported schemas").
SUBSET_KEYWORDS = {
    "type", "properties", "required", "additionalProperties", "items", "enum", "const",
    "anyOf", "$ref", "$defs", "description", "title",
    "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
    "minItems", "maxItems",
}  # fmt: skip
MAX_PROPERTIES = 5000  # object properties in all
MAX_NESTING = 10  # levels of objects
MAX_ENUM_VALUES = 1000  # in all
MAX_NAMES_SIZE = 120_000  # characters of property names, definition names, enum and const values


def walk(node, path="#"):
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("properties", "$defs"):
                for name, sub in value.items():
                    yield from walk(sub, f"{path}/{key}/{name}")
            elif key not in ("enum", "const", "required"):
                yield from walk(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, f"{path}/{index}")


def schemas():
    return [(path, node) for path, node in walk(PROFILE) if isinstance(node, dict)]


def test_only_keywords_of_the_subset_are_used():
    used = {key for _, node in schemas() for key in node}
    assert used <= SUBSET_KEYWORDS, used - SUBSET_KEYWORDS


def test_every_object_closes_and_requires_every_property():
    objects = [(path, node) for path, node in schemas() if "properties" in node]
    assert len(objects) > 15
    for path, node in objects:
        assert node["type"] == "object", path
        assert node["additionalProperties"] is False, path
        assert node["required"] == list(node["properties"]), path


def test_references_are_local_stand_alone_and_resolve():
    refs = [(path, node) for path, node in schemas() if "$ref" in node]
    assert refs
    for path, node in refs:
        assert node["$ref"].startswith("#/$defs/"), path
        assert node["$ref"].removeprefix("#/$defs/") in PROFILE["$defs"], path
        assert set(node) == {"$ref"}, path


def test_optional_fields_are_nullable_and_the_rest_are_not():
    brief = bs.llm_schema()
    assert brief["properties"]["title"] == {"description": "The brief's title.", "type": "string"}
    created = brief["properties"]["created"]
    assert created["anyOf"][1] == {"type": "null"}
    evidence = PROFILE["$defs"]["evidence"]
    assert list(evidence["properties"]) == ["quote", "prefix", "suffix"]  # no offsets


def test_patterns_need_no_look_ahead():
    patterns = [node["pattern"] for _, node in schemas() if "pattern" in node]
    assert patterns
    assert all("(?" not in p.replace("(?:", "") for p in patterns), patterns
    assert all(p.startswith("^") and p.endswith("$") for p in patterns)


def test_it_stays_within_the_size_limits_of_the_subset():
    nodes = schemas()
    properties = sum(len(node.get("properties", {})) for _, node in nodes)
    enums = sum(len(node.get("enum", ())) for _, node in nodes)
    names = sum(len(name) for _, node in nodes for name in node.get("properties", {}))
    names += sum(len(name) for name in PROFILE["$defs"])
    names += sum(len(str(v)) for _, node in nodes for v in node.get("enum", ()))
    assert properties <= MAX_PROPERTIES
    assert enums <= MAX_ENUM_VALUES
    assert names <= MAX_NAMES_SIZE

    def depth(node, seen=()):
        if "$ref" in node:
            name = node["$ref"].removeprefix("#/$defs/")
            assert name not in seen, f"recursive at {name}"
            return depth(PROFILE["$defs"][name], (*seen, name))
        deepest = max((depth(sub, seen) for sub in node.get("properties", {}).values()), default=-1)
        inner = [node["items"]] if "items" in node else node.get("anyOf", [])
        return max([deepest + 1 if "properties" in node else 0] + [depth(s, seen) for s in inner])

    assert 3 <= depth(PROFILE) <= MAX_NESTING


def drafts():
    found = []
    for path in EXAMPLES:
        source = path.with_name(path.name.replace(".brief.json", ".txt")).read_bytes()
        found.append(bs.draft_of(bs.load(path, source_text=source)))
    return found


def _set(path, value):
    def change(draft):
        *parents, last = path
        node = draft
        for key in parents:
            node = node[key]
        node[last] = value

    return change


def _drop(path):
    def change(draft):
        *parents, last = path
        node = draft
        for key in parents:
            node = node[key]
        del node[last]

    return change


INVALID = {
    "missing-required": _drop(["summary"]),
    "missing-nullable": _drop(["modified"]),
    "unknown-field": _set(["extensions"], {}),
    "offsets": _set(["actors", 0, "evidence", 0, "start"], 71),
    "null-where-required": _set(["actors", 0, "name"], None),
    "wrong-type": _set(["actors", 0, "aliases"], "US"),
    "not-in-enum": _set(["positions", 0, "stance"], "favours"),
    "bad-id": _set(["actors", 0, "id"], "United States"),
    "bad-date": _set(["events", 0, "date"], "2013-02-30"),
    "bad-country": _set(["actors", 0, "country"], "usa"),
    "number-for-text": _set(["title"], 7),
}


def invalid_drafts():
    base = drafts()[EXAMPLES.index(ROOT / "examples" / "moscow-intransigent-syria-2013.brief.json")]
    for name, change in INVALID.items():
        draft = copy.deepcopy(base)
        change(draft)
        yield pytest.param(draft, id=name)


def as_written(draft):
    """A draft as a model writes it: UTF-8 JSON, non-ASCII characters as themselves."""
    return json.dumps(draft, ensure_ascii=False).encode("utf-8")


@functools.cache
def profile_validator():
    return jsonschema.Draft202012Validator(PROFILE)


class ByteTokenizer:
    """One token per byte and an end-of-sequence token: the grammar alone decides."""

    eos_token_id = 256
    bos_token_id = None
    tokens = [bytes([i]) for i in range(256)] + [b"<eos>"]
    special_token_ids = (256,)

    def __call__(self, text):
        return list(text.encode("utf-8") if isinstance(text, str) else text)


@functools.cache
def decoder_module(name):
    """A decoder's module, or a failure that says how to install the decoders."""
    try:
        return importlib.import_module(name)
    except ImportError:
        pytest.fail(f"{name} is not installed: pip install -e '.[decoders]' (it brings PyTorch)")


def llguidance_grammar():
    llguidance = decoder_module("llguidance")

    tokenizer = llguidance.LLTokenizer(llguidance.TokenizerWrapper(ByteTokenizer()))
    grammar = llguidance.LLMatcher.grammar_from_json_schema(PROFILE_TEXT)
    error, warnings = llguidance.LLMatcher.validate_grammar_with_warnings(grammar, tokenizer)
    assert (error, warnings) == (False, []), (error, warnings)
    return tokenizer, grammar


def llguidance_accepts(data):
    llguidance = decoder_module("llguidance")

    tokenizer, grammar = llguidance_grammar()
    matcher = llguidance.LLMatcher(tokenizer, grammar, log_level=0)
    return (
        matcher.consume_tokens(list(data))
        and matcher.consume_token(ByteTokenizer.eos_token_id)
        and matcher.is_stopped()
        and not matcher.is_error()
    )


@functools.cache
def xgrammar_grammar():
    xgrammar = decoder_module("xgrammar")

    info = xgrammar.TokenizerInfo(
        encoded_vocab=ByteTokenizer.tokens,
        vocab_type=xgrammar.VocabType.RAW,
        stop_token_ids=[ByteTokenizer.eos_token_id],
    )
    compiler = xgrammar.GrammarCompiler(info)
    return compiler.compile_json_schema(PROFILE_TEXT, any_whitespace=True, strict_mode=True)


def xgrammar_accepts(data):
    xgrammar = decoder_module("xgrammar")

    matcher = xgrammar.GrammarMatcher(xgrammar_grammar())
    return all(matcher.accept_token(byte) for byte in data) and (
        matcher.accept_token(ByteTokenizer.eos_token_id) and matcher.is_terminated()
    )


@functools.cache
def outlines_index():
    outlines_core = decoder_module("outlines_core")
    from outlines_core.json_schema import build_regex_from_schema  # noqa: PLC0415

    vocabulary = outlines_core.Vocabulary(
        ByteTokenizer.eos_token_id, {bytes([i]): [i] for i in range(256)}
    )
    return outlines_core.Index(build_regex_from_schema(PROFILE_TEXT), vocabulary)


def outlines_accepts(data):
    outlines_core = decoder_module("outlines_core")

    guide = outlines_core.Guide(outlines_index())
    for byte in data:
        if not guide.accepts_tokens([byte]):
            return False
        guide.advance(byte)
    return guide.is_finished()


DECODERS = {
    "llguidance": llguidance_accepts,
    "xgrammar": xgrammar_accepts,
    "outlines-core": outlines_accepts,
}


@pytest.mark.decoders
@pytest.mark.parametrize("decoder", DECODERS)
def test_each_decoder_takes_the_draft_of_every_example(decoder):
    accepts = DECODERS[decoder]
    for draft in drafts():
        assert not list(profile_validator().iter_errors(draft))
        assert accepts(as_written(draft)), draft["id"]


@pytest.mark.decoders
@pytest.mark.parametrize("decoder", DECODERS)
@pytest.mark.parametrize("draft", list(invalid_drafts()))
def test_each_decoder_refuses_what_the_profile_refuses(decoder, draft):
    assert list(profile_validator().iter_errors(draft))
    assert not DECODERS[decoder](as_written(draft))


@pytest.mark.decoders
@pytest.mark.parametrize("decoder", DECODERS)
def test_a_decoder_stops_a_draft_cut_short(decoder):
    written = as_written(drafts()[0])
    assert not DECODERS[decoder](written[: len(written) // 2])


@pytest.mark.decoders
def test_what_the_decoders_produce_grounds_to_a_valid_brief():
    """A draft that every decoder takes, grounding turns into the brief it came from."""
    path = ROOT / "examples" / "moscow-intransigent-syria-2013.brief.json"
    source = (ROOT / "examples" / "moscow-intransigent-syria-2013.txt").read_bytes()
    written = as_written(bs.draft_of(bs.load(path, source_text=source)))
    assert all(accepts(written) for accepts in DECODERS.values())
    assert bs.dumps(bs.ground(written, source)).encode() == path.read_bytes()
