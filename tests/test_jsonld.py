"""Briefs as linked data: the JSON-LD context, expanded by pyld, loaded into rdflib, queried.

The context (``schemas/brief.context.jsonld``) makes a brief, as it is, JSON-LD 1.1.
pyld expands every example with it (no document is fetched); the result goes into
rdflib as N-Quads and answers SPARQL; and compacting the expanded brief with the
same context gives the brief back, so the mapping loses nothing and confuses no two
fields.
"""

import enum
import json
from pathlib import Path

import attrs
import pytest
import rdflib
from pyld import jsonld

import briefschema as bs
from briefschema import _anatomy, _context, _converter, _rules, _schemagen, model

ROOT = Path(__file__).parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.brief.json"))
REFERENCE = ROOT / "examples" / "moscow-intransigent-syria-2013.brief.json"
CONTEXT = json.loads((ROOT / "schemas" / _schemagen.CONTEXT).read_text(encoding="utf-8"))
BASE = "https://example.org/briefs/moscow/"
PREFIXES = """
PREFIX bs: <https://briefschema.org/vocab#>
PREFIX schema: <https://schema.org/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
"""


def no_network(url, _options=None):
    raise jsonld.JsonLdError(f"refused to fetch {url}", "loading document failed")


OPTIONS = {"base": BASE, "documentLoader": no_network}


def expanded(path):
    document = json.loads(path.read_bytes())
    return document, jsonld.expand({**document, "@context": CONTEXT["@context"]}, OPTIONS)


def graph_of(path):
    _, data = expanded(path)
    graph = rdflib.Graph()
    graph.parse(
        data=jsonld.to_rdf(data, {"format": "application/n-quads"}), format="nt"
    )  # no named graphs: N-Quads is N-Triples
    return graph


@pytest.mark.parametrize(
    "folder", ["schemas", "src/briefschema/schemas", "node/schemas"], ids=lambda f: f
)
def test_the_committed_context_is_the_generated_one(folder):
    committed = (ROOT / folder / _schemagen.CONTEXT).read_text(encoding="utf-8")
    assert committed == _converter.pretty_json(_context.CONTEXT)


def test_no_vocabulary_value_expands_to_the_iri_of_another_field():
    # Compacting would write such a value as that field's name (`party` as `parties`).
    vocab = CONTEXT["@context"]["@vocab"]
    iris = {
        name: (spec if isinstance(spec, str) else spec["@id"]).replace("bs:", vocab, 1)
        for name, spec in CONTEXT["@context"].items()
        if isinstance(spec, (str, dict)) and not name.startswith("@")
    }
    values = {
        member.value
        for value in vars(model).values()
        if isinstance(value, type) and issubclass(value, enum.Enum)
        for member in value
        if member.value
    }
    clashes = {(word, name) for word in values for name, iri in iris.items() if iri == vocab + word}
    assert {(word, name) for word, name in clashes if word != name} == set()
    assert ("signed", "signed") in clashes  # the check sees the clashes it allows


def test_every_field_of_the_model_is_a_term():
    terms = set(CONTEXT["@context"])
    fields = {f.name for cls in _anatomy.classes() for f in attrs.fields(cls)}
    assert fields - terms == set()


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_compacting_the_expanded_brief_gives_it_back(path):
    document, data = expanded(path)
    back = jsonld.compact(data, CONTEXT, OPTIONS)
    back.pop("@context")
    assert back == document


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_every_object_with_an_id_is_a_node_of_the_graph(path):
    brief = bs.load(path)
    graph = graph_of(path)
    subjects = {str(s) for s in graph.subjects()}
    ids = [obj.id for objects in _rules.Context.build(brief, None).by_type.values()
           for obj in objects if hasattr(obj, "id")]  # fmt: skip
    assert ids
    assert {BASE + i for i in ids} <= subjects


def test_sparql_finds_every_actor_that_opposes_an_issue_with_its_evidence():
    brief = bs.load(REFERENCE)
    rows = graph_of(REFERENCE).query(
        PREFIXES
        + """
        SELECT ?name ?title ?quote ?start WHERE {
          ?position bs:stance bs:opposes ; bs:holder ?actor ; bs:onIssue ?issue ;
                    bs:evidence ?evidence .
          ?actor schema:name ?name .
          ?issue dcterms:title ?title .
          ?evidence oa:exact ?quote ; oa:start ?start .
        }"""
    )
    found = {(str(n), str(t), str(q), int(s)) for n, t, q, s in rows}
    actors = {a.id: a.name for a in brief.actors}
    issues = {i.id: i.title for i in brief.issues}
    expected = {
        (actors[p.actor], issues[p.issue], e.quote, e.start)
        for p in brief.positions
        if p.stance is bs.Stance.OPPOSES
        for e in p.evidence
    }
    assert expected
    assert found == expected


def test_wikidata_identifiers_are_the_wikidata_entities():
    rows = graph_of(REFERENCE).query(
        PREFIXES + "SELECT ?actor ?entity WHERE { ?actor bs:identifier/owl:sameAs ?entity }"
    )
    assert {(str(a), str(e)) for a, e in rows} >= {
        (BASE + "us", "http://www.wikidata.org/entity/Q30"),
        (BASE + "russia", "http://www.wikidata.org/entity/Q159"),
    }


def test_vocabulary_values_spelled_like_fields_stay_vocabulary_terms():
    """``about`` (a comparator) and ``signed`` (a status) are values, not the fields."""
    graph = rdflib.Graph()
    for path in EXAMPLES:
        graph += graph_of(path)
    statuses = {str(o) for o in graph.objects(predicate=rdflib.URIRef(_context.VOCAB + "status"))}
    assert _context.VOCAB + "signed" in statuses
    assert "https://schema.org/about" not in statuses
    assert {"about", "ended", "organization", "signed"} <= set(_context.VALUES_SPELLED_AS_FIELDS)


def test_dates_keep_their_edtf_datatype_and_offsets_are_integers():
    graph = graph_of(REFERENCE)
    dates = list(graph.objects(predicate=rdflib.URIRef("http://purl.org/dc/terms/date")))
    assert dates
    assert all(d.datatype == rdflib.URIRef(_context.EDTF) for d in dates)
    starts = list(graph.objects(predicate=rdflib.URIRef("http://www.w3.org/ns/oa#start")))
    assert starts
    assert all(isinstance(s.toPython(), int) for s in starts)


def test_nothing_is_fetched():
    with pytest.raises(jsonld.JsonLdError):
        jsonld.expand({"@context": "https://example.org/context.jsonld", "a": 1}, OPTIONS)


def test_the_context_goes_beside_the_brief_which_refuses_it_as_a_field():
    brief = json.loads(REFERENCE.read_text(encoding="utf-8"))
    report = bs.validate({**brief, "@context": "https://example.org/context.jsonld"})
    assert [(p.path, p.code) for p in report.errors] == [("$['@context']", "unknown-field")]
    guide = (ROOT / "docs" / "interchange" / "jsonld.md").read_text(encoding="utf-8")
    assert "refuses it as an unknown field" in guide
    assert "add it as the brief's `@context`" not in guide
