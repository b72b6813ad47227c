"""kg.analysis: the networkx views, the analyses (doctests included) and `kg analyze`."""

from __future__ import annotations

import doctest
import json
import shutil

import pytest
from rdflib import Graph
from rdflib.namespace import RDF

from kg.analysis import (
    analyze_graph,
    centrality,
    contradictions,
    cooccurrence_graph,
    ego_network,
    encounters,
    entity_graph,
    find_node,
    load_rdf,
    shortest_path,
    stance_matrix,
    tiny_graph,
)
from kg.cli import main
from kg.errors import KGError
from kg.vocab import KG


@pytest.mark.parametrize("module", ["kg.analysis.graphs", "kg.analysis.metrics", "kg.analysis.report",
                                    "kg.analysis.examples", "kg.viz.page"])
def test_doctests(module):
    import importlib

    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0


@pytest.fixture(scope="module")
def corpus_graph(built):
    return entity_graph(load_rdf(built))


def test_entity_graph_of_the_corpus(corpus_graph):
    G = corpus_graph
    classes = {d["cls"] for _, d in G.nodes(data=True)}
    assert classes == {"Person", "State", "Organization", "Place", "Event"}
    lawrow = find_node(G, "Lawrow")
    russia = find_node(G, "Russland")
    assert G.nodes[russia]["cls"] == "State"  # the state beats the place of the same name
    kinds = {d["kind"] for _, _, d in G.edges(data=True)}
    assert kinds == {"position", "participant", "place", "statement"}
    roles = {d["label"] for _, b, d in G.out_edges(lawrow, data=True) if d["kind"] == "position"}
    assert any("Außenminister" in r for r in roles)
    # every edge carries its evidence
    assert all(d["sentences"] for _, _, d in G.edges(data=True))


def test_encounters_on_the_corpus(corpus_graph):
    pairs = {(r["a"], r["b"], r["type"]) for r in encounters(corpus_graph)}
    assert ("Marco Rubio", "Sergej Lawrow", "PhoneCall") in pairs
    assert ("Donald Trump", "Wladimir Putin", "Meeting") in pairs


def test_stances_and_contradictions_agree_with_the_graph(built, corpus_graph):
    g = load_rdf(built)
    matrix = stance_matrix(corpus_graph)
    assert sum(sum(row.values()) for row in matrix.values()) == len(set(g.subjects(RDF.type, KG.Statement)))
    pairs = {(a["iri"], b["iri"]) for a, b in contradictions(corpus_graph)}
    expected = {tuple(sorted((str(a), str(b)))) for a, b in g.subject_objects(KG.contradicts)}
    assert pairs == expected and pairs


def test_literal_about_links_speaker_to_mentioned_entities():
    G = entity_graph(tiny_graph())
    lawrow, rubio = find_node(G, "Lawrow"), find_node(G, "Rubio")
    edges = [d for _, b, d in G.out_edges(lawrow, data=True) if d["kind"] == "statement"]
    assert [(d["label"], d["about"]) for d in edges] == [("reject", "den Vorschlag von Rubio")]
    assert G.has_edge(lawrow, rubio)


def test_centrality_communities_paths():
    G = entity_graph(tiny_graph())
    scores = centrality(G)
    assert set(scores) == set(G)
    assert abs(sum(s["pagerank"] for s in scores.values()) - 1) < 1e-9
    a = analyze_graph(tiny_graph())
    assert sorted(map(len, a.communities)) == sorted(map(len, analyze_graph(tiny_graph()).communities))
    assert shortest_path(G, "Rubio", "Rubio") == []
    assert len(shortest_path(G, "Rubio", "Russland")) == 2
    assert set(ego_network(G, "USA")) >= {find_node(G, "USA"), find_node(G, "Rubio")}


def test_cooccurrence_weights_shared_sentences(built):
    C = cooccurrence_graph(load_rdf(built))
    a, b, d = max(C.edges(data=True), key=lambda e: e[2]["weight"])
    assert d["weight"] == len(d["sentences"]) >= 2


def test_unknown_and_ambiguous_names_are_errors():
    G = entity_graph(tiny_graph())
    with pytest.raises(KGError, match="no entity named"):
        find_node(G, "Nobody")
    with pytest.raises(KGError, match="names 5 entities"):
        find_node(G, "r")  # part of several labels


def test_analyze_cli_writes_json_and_rdf(built, tmp_path, capsys):
    from rdflib.namespace import XSD  # not at module level: pytest's collection trips over DefinedNamespace

    out = tmp_path / "out"
    shutil.copytree(built, out)
    assert main(["analyze", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Who met or called whom" in printed and "Sergej Lawrow" in printed
    data = json.loads((out / "analysis.json").read_text(encoding="utf-8"))
    assert {"nodes", "edges", "communities", "encounters", "stance_matrix", "about_matrix", "contradictions",
            "cooccurrence"} <= set(data)
    scores = Graph().parse(out / "analysis.ttl", format="turtle")
    graph = Graph().parse(out / "graph.ttl", format="turtle")
    scored = set(scores.subjects(KG.pageRank, None))
    entities = {s for c in (KG.Person, KG.State, KG.Organization, KG.Place) for s in graph.subjects(RDF.type, c)}
    assert scored == entities
    for s in scored:
        assert scores.value(s, KG.pageRank).datatype == XSD.double
        assert scores.value(s, KG.community).datatype == XSD.integer
    # SPARQL over the scores file
    q = ("PREFIX kg: <https://w3id.org/kg-news/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
         "SELECT ?name ?pr WHERE { ?e a kg:Person ; rdfs:label ?name ; kg:pageRank ?pr } ORDER BY DESC(?pr) LIMIT 3")
    assert main(["query", str(out / "analysis.ttl"), q, "--format", "json"]) == 0
    top = json.loads(capsys.readouterr().out)
    assert len(top) == 3 and all(row["name"] for row in top)
    # no temporary files left behind
    assert not [p for p in out.iterdir() if p.name.startswith(".analysis")]


def test_analyze_missing_graph_is_one_line_error(tmp_path, capsys):
    assert main(["analyze", str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error:") and "\n" not in err
