"""The whole analysis of a built graph: OUTDIR/analysis.json and OUTDIR/analysis.ttl."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from ..vocab import KG
from .graphs import ENTITY_CLASS_NAMES, cooccurrence_graph, entity_graph
from .load import load_rdf
from .metrics import (
    about_matrix,
    centrality,
    communities,
    community_of,
    contradictions,
    encounter_counts,
    encounters,
    stance_matrix,
)

JSON_FILE = "analysis.json"
TTL_FILE = "analysis.ttl"


def write_text(path: Path, text: str) -> None:
    """Write `text` with the permissions of a newly created file (mkstemp's are 0600)."""
    path.write_text(text, encoding="utf-8")
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)


@dataclass
class Analysis:
    """Everything `kg analyze` computes; `to_json()` is what analysis.json holds."""

    graph: nx.MultiDiGraph
    cooccurrence: nx.Graph
    scores: dict[str, dict[str, float]] = field(default_factory=dict)
    communities: list[set] = field(default_factory=list)

    def to_json(self) -> dict:
        G, C = self.graph, self.cooccurrence
        member = community_of(self.communities)
        label = lambda n: G.nodes[n]["label"]  # noqa: E731
        nodes = [{"iri": n, "label": d["label"], "class": d["cls"], "type": d["type"],
                  **{k: round(v, 6) for k, v in self.scores.get(n, {}).items()}, "community": member.get(n)}
                 for n, d in sorted(G.nodes(data=True), key=lambda nd: (-self.scores[nd[0]]["pagerank"], nd[0]))]
        edges = [{"source": a, "target": b, "kind": d["kind"], "label": d["label"], "via": d["via"]}
                 for a, b, d in sorted(G.edges(data=True), key=lambda e: (e[0], e[1], e[2]["kind"], e[2]["via"]))]
        cooc = sorted(({"a": C.nodes[a]["label"], "b": C.nodes[b]["label"], "weight": d["weight"]}
                       for a, b, d in C.edges(data=True)), key=lambda r: (-r["weight"], r["a"], r["b"]))
        return {
            "summary": {"nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
                        "statements": len(G.graph.get("statements", {})),
                        "communities": len(self.communities),
                        "cooccurrence_edges": C.number_of_edges()},
            "nodes": nodes,
            "edges": edges,
            "communities": [sorted(label(n) for n in c) for c in self.communities],
            "encounters": encounters(G),
            "encounter_counts": [{"a": a, "b": b, "types": t} for a, b, t in encounter_counts(G)],
            "stance_matrix": stance_matrix(G),
            "about_matrix": about_matrix(G),
            "contradictions": [[_statement(a), _statement(b)] for a, b in contradictions(G)],
            "cooccurrence": cooc,
        }


def _statement(st: dict) -> dict:
    return {"iri": st["iri"], "speaker": st["speaker"], "stance": st["stance"], "verb": st["verb"],
            "about": st["about"], "sentence": st["sentences"][0] if st["sentences"] else None}


def analyze_graph(g: Graph, seed: int = 42) -> Analysis:
    """Run every analysis over an rdflib graph in the kg-news vocabulary.

    Examples
    --------
    >>> from kg.analysis import tiny_graph
    >>> a = analyze_graph(tiny_graph())
    >>> a.to_json()["summary"]["statements"]
    2
    """
    G = entity_graph(g)
    return Analysis(graph=G, cooccurrence=cooccurrence_graph(g), scores=centrality(G, seed=seed),
                    communities=communities(G, seed=seed))


def analyze(path: Path, seed: int = 42) -> Analysis:
    """Load the built graph at `path` (OUTDIR or .ttl) and analyse it."""
    return analyze_graph(load_rdf(Path(path)), seed=seed)


def scores_graph(analysis: Analysis) -> Graph:
    """The scores as RDF on the entity IRIs of graph.ttl.

    Only entities (persons, states, organizations, places: the domain of the
    score properties) get kg:pageRank, kg:betweenness, kg:degreeCentrality
    (xsd:double) and kg:community (xsd:integer); their rdf:type and rdfs:label
    are repeated so that the file can be queried on its own.

    Examples
    --------
    >>> from kg.analysis import tiny_graph
    >>> s = scores_graph(analyze_graph(tiny_graph()))
    >>> len(set(s.subjects(KG.pageRank, None)))
    4
    """
    G = analysis.graph
    member = community_of(analysis.communities)
    out = Graph()
    out.bind("kg", KG._NS)
    out.bind("kgr", "https://w3id.org/kg-news/id/")
    for node, d in G.nodes(data=True):
        if d["cls"] not in ENTITY_CLASS_NAMES or node not in analysis.scores:
            continue
        s = URIRef(node)
        score = analysis.scores[node]
        out.add((s, RDF.type, KG[d["cls"]]))
        out.add((s, RDFS.label, Literal(d["label"], lang="de")))
        out.add((s, KG.pageRank, Literal(round(score["pagerank"], 8), datatype=XSD.double)))
        out.add((s, KG.betweenness, Literal(round(score["betweenness"], 8), datatype=XSD.double)))
        out.add((s, KG.degreeCentrality, Literal(round(score["degree"], 8), datatype=XSD.double)))
        if node in member:
            out.add((s, KG.community, Literal(member[node], datatype=XSD.integer)))
    return out


def write_analysis(outdir: Path, analysis: Analysis) -> tuple[Path, Path]:
    """Write OUTDIR/analysis.json and OUTDIR/analysis.ttl (each through a temporary file)."""
    from ..build import atomic_write

    outdir = Path(outdir)
    data = analysis.to_json()
    rdf = scores_graph(analysis)
    json_path, ttl_path = outdir / JSON_FILE, outdir / TTL_FILE
    atomic_write(json_path, lambda tmp: write_text(tmp, json.dumps(data, ensure_ascii=False, indent=1) + "\n"))
    atomic_write(ttl_path, lambda tmp: write_text(tmp, rdf.serialize(format="turtle")))
    return json_path, ttl_path
