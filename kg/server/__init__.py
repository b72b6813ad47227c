"""`kg serve`: a read-only (by default) SPARQL 1.1 Protocol endpoint over a built graph.

>>> from kg.server import make_server                 # doctest: +SKIP
>>> server = make_server(Path("out/graph.ttl"), port=0)
>>> threading.Thread(target=server.serve_forever).start(); server.url
'http://127.0.0.1:41234/'

`kg.server.app` is the HTTP layer, `kg.server.pool` the worker processes that
run queries under a time limit, `kg.server.worker` one such process and
`kg.server.formats` the content negotiation.
"""

from __future__ import annotations

from .app import SparqlServer, make_server
from .pool import Limits, PoolError, QueryPool

__all__ = ["Limits", "PoolError", "QueryPool", "SparqlServer", "make_server"]
