"""Loading a built graph (OUTDIR/graph.ttl or a Turtle file) into rdflib.

Oxigraph's Turtle parser (through oxrdflib) is an order of magnitude faster
than rdflib's own on large graphs (see PERF_NOTES), so it is used when present.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from ..errors import Errors, KGError
from ..rdf.store import graph_file


def load_rdf(path: Path) -> Graph:
    """The built graph at `path` (an OUTDIR or a .ttl file) as an rdflib Graph.

    Parameters
    ----------
    path : Path
        A folder written by ``kg build`` or a Turtle file.

    Returns
    -------
    rdflib.Graph

    Raises
    ------
    KGError
        When there is no graph at `path` or it does not parse.
    """
    path = Path(path)
    source = graph_file(path)
    g = Graph()
    try:
        try:
            g.parse(source, format="ox-turtle")
        except ImportError:  # pragma: no cover - oxrdflib is a dependency, rdflib's parser the fallback
            g.parse(source, format="turtle")
    except (SyntaxError, ValueError, OSError) as exc:
        raise KGError(Errors.E008.format(path=path, reason=str(exc).splitlines()[0])) from None
    return g
