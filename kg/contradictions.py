"""Listing the contradictions of a built graph (kg:contradicts), with who said what and where."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .rdf.store import load_store, query

QUERY = """
PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?a ?b ?speakerA ?stanceA ?aboutA ?textA ?speakerB ?stanceB ?aboutB ?textB WHERE {
  ?a kg:contradicts ?b . FILTER(STR(?a) < STR(?b))
  ?a kg:speaker/rdfs:label ?speakerA ; kg:stance ?sa ; kg:evidence/kg:text ?textA .
  ?b kg:speaker/rdfs:label ?speakerB ; kg:stance ?sb ; kg:evidence/kg:text ?textB .
  OPTIONAL { ?a kg:about ?aboutA } OPTIONAL { ?b kg:about ?aboutB }
  BIND(STRAFTER(STR(?sa), "#") AS ?stanceA) BIND(STRAFTER(STR(?sb), "#") AS ?stanceB)
} ORDER BY ?a ?b
"""


@dataclass(frozen=True)
class Side:
    statement: str
    speaker: str
    stance: str
    about: str | None
    sentence: str


def contradictions(path: Path) -> list[tuple[Side, Side]]:
    """The pairs of contradicting statements in the graph at `path` (OUTDIR or .ttl)."""
    variables, rows = query(load_store(path), QUERY)
    out = []
    for r in rows:
        row = dict(zip(variables, r, strict=True))
        a = Side(row["a"], row["speakerA"], row["stanceA"], row["aboutA"], row["textA"])
        b = Side(row["b"], row["speakerB"], row["stanceB"], row["aboutB"], row["textB"])
        out.append((a, b))
    return out
