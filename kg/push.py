"""Pushing a built graph into a SPARQL 1.1 Graph Store Protocol store (Oxigraph, Fuseki, GraphDB, ...).

>>> push(Path("out"), "http://127.0.0.1:7878/store", graph="https://example.org/news")  # doctest: +SKIP
PushResult(url='http://127.0.0.1:7878/store?graph=https%3A%2F%2Fexample.org%2Fnews', triples=1267, ...)

PUT replaces the graph (the default), POST adds to it. The Turtle file is
streamed as it is; it is parsed first (with Oxigraph) so that a broken file is
never sent and the count of triples can be reported.
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .errors import Errors, KGError
from .rdf.store import graph_file

TIMEOUT = 300.0  # seconds for the whole upload and the store's answer


@dataclass
class PushResult:
    url: str
    method: str
    triples: int
    bytes: int
    status: int


def store_url(endpoint: str, graph: str | None) -> str:
    """The Graph Store Protocol URL of the named graph `graph` (or of the default graph) at `endpoint`.

    >>> store_url("http://h/store", None)
    'http://h/store?default'
    >>> store_url("http://h/ds/data?x=1", "urn:g")
    'http://h/ds/data?x=1&graph=urn%3Ag'
    """
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise KGError(Errors.E018.format(url=endpoint))
    if graph is not None:
        target = urllib.parse.urlsplit(graph)
        if not target.scheme:
            raise KGError(Errors.E017.format(url=endpoint, reason=f"the graph name {graph!r} is not an absolute IRI"))
    extra = "default" if graph is None else urllib.parse.urlencode({"graph": graph})
    query = f"{parts.query}&{extra}" if parts.query else extra
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))


def count_triples(path: Path) -> int:
    try:
        return sum(1 for _ in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    except (SyntaxError, ValueError, OSError) as exc:
        raise KGError(Errors.E008.format(path=path, reason=str(exc).splitlines()[0])) from None


def push(source: Path, endpoint: str, graph: str | None = None, append: bool = False, token: str | None = None,
         timeout: float = TIMEOUT) -> PushResult:
    """Send the graph in `source` (OUTDIR or .ttl) to `endpoint` by PUT (replace) or POST (`append`)."""
    path = graph_file(Path(source))
    url = store_url(endpoint, graph)
    triples = count_triples(path)
    size = path.stat().st_size
    method = "POST" if append else "PUT"
    headers = {"Content-Type": "text/turtle; charset=utf-8", "Content-Length": str(size)}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    with open(path, "rb") as body:
        request = urllib.request.Request(url, data=body, headers=headers, method=method)
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                status = response.status
        except urllib.error.HTTPError as exc:
            detail = exc.read(500).decode("utf-8", "replace").strip().splitlines()
            reason = f"HTTP {exc.code} {exc.reason}" + (f": {detail[0]}" if detail else "")
            raise KGError(Errors.E017.format(url=url, reason=reason)) from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", None) or exc
            raise KGError(Errors.E017.format(url=url, reason=getattr(reason, "strerror", None) or reason)) from None
    return PushResult(url=url, method=method, triples=triples, bytes=size, status=status)
