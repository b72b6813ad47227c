"""Exports of a built graph: Turtle, N-Triples, JSON-LD, GraphML."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
from rdflib import Graph, Literal

from ..errors import Errors, KGError
from .store import graph_file

FORMATS = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "graphml": None}


def load_graph(path: Path) -> Graph:
    g = Graph()
    try:
        g.parse(graph_file(path), format="turtle")
    except (SyntaxError, ValueError) as exc:
        raise KGError(Errors.E008.format(path=path, reason=str(exc).splitlines()[0])) from None
    return g


def to_networkx(g: Graph) -> nx.MultiDiGraph:
    """One edge per triple; literals become nodes of their own (so the edge count equals the triple count)."""
    out = nx.MultiDiGraph()
    for s, p, o in sorted(g):
        for term in (s, o):
            key = term.n3()
            if key not in out:
                attrs = {"value": str(term), "kind": "literal" if isinstance(term, Literal) else "iri"}
                if isinstance(term, Literal):
                    attrs["lang"] = term.language or ""
                    attrs["datatype"] = str(term.datatype or "")
                out.add_node(key, **attrs)
        out.add_edge(s.n3(), o.n3(), predicate=str(p))
    return out


def export(path: Path, fmt: str, target: Path) -> int:
    """Write the graph at `path` to `target` in `fmt`; returns the number of triples."""
    if fmt not in FORMATS:
        raise KGError(Errors.E010.format(fmt=fmt, choices=", ".join(FORMATS)))
    g = load_graph(path)
    from ..build import atomic_write

    if fmt == "graphml":
        atomic_write(target, lambda tmp: nx.write_graphml(to_networkx(g), tmp))
    else:
        atomic_write(target, lambda tmp: g.serialize(tmp, format=FORMATS[fmt], encoding="utf-8"))
    return len(g)
