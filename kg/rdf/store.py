"""Loading a built graph into Oxigraph and querying it with SPARQL.

Oxigraph answers joins that rdflib's in-memory engine turns into cross
products (see benchmarks/), so queries go to a pyoxigraph store.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from ..errors import Errors, KGError

GRAPH_FILE = "graph.ttl"
ANALYSIS_FILE = "analysis.ttl"


def graph_file(path: Path) -> Path:
    """OUTDIR -> OUTDIR/graph.ttl; a .ttl file stays itself."""
    if path.is_dir():
        path = path / GRAPH_FILE
    if not path.is_file():
        raise KGError(Errors.E007.format(path=path))
    return path


def load_store(path: Path) -> ox.Store:
    """An in-memory Oxigraph store holding the built graph at `path` (OUTDIR or .ttl).

    An OUTDIR's analysis.ttl (scores written by `kg analyze`) is loaded too, so queries can use them.
    """
    store = ox.Store()
    files = [graph_file(path)]
    if path.is_dir() and (path / ANALYSIS_FILE).is_file():
        files.append(path / ANALYSIS_FILE)
    for file in files:
        try:
            store.bulk_load(path=str(file), format=ox.RdfFormat.TURTLE)
        except (SyntaxError, ValueError, OSError) as exc:
            raise KGError(Errors.E008.format(path=file, reason=str(exc).splitlines()[0])) from None
    return store


def query(store: ox.Store, sparql: str) -> tuple[list[str], list[list[str | None]]] | bool | list[tuple]:
    """Run a SPARQL query: SELECT -> (variables, rows of strings), ASK -> bool, CONSTRUCT -> triples."""
    try:
        result = store.query(sparql)
    except SyntaxError as exc:
        raise KGError(Errors.E009.format(reason=" ".join(str(exc).split()))) from None
    if isinstance(result, ox.QuerySolutions):
        variables = [v.value for v in result.variables]
        rows = [[_text(solution[v]) for v in variables] for solution in result]
        return variables, rows
    if isinstance(result, ox.QueryBoolean):
        return bool(result)
    return [(t.subject, t.predicate, t.object) for t in result]


def _text(term) -> str | None:
    if term is None:
        return None
    return term.value
