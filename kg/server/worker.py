"""A query worker: one process holding the graph in an Oxigraph store, answering over stdin/stdout.

pyoxigraph cannot cancel a running query, so each query runs in a worker
process that the server kills when the query overruns its time (see
`kg.server.pool`). Run as `python -m kg.server.worker GRAPH.ttl`; it imports
only pyoxigraph, so a replacement worker starts in the time it takes to load
the graph.

Requests: ("query", sparql, accept, format, max_bytes, default_graphs, named_graphs)
and ("update", sparql). Replies: ("ok", media_type, body) or ("error", kind, message)
with kind one of "syntax", "format", "size", "failed".
"""

from __future__ import annotations

import sys

import pyoxigraph as ox

from .formats import NotAcceptable, pick
from .protocol import read_frame, write_frame


class TooLarge(Exception):
    pass


class BoundedBuffer:
    """A write target that refuses more than `limit` bytes (pyoxigraph then aborts serializing)."""

    def __init__(self, limit: int):
        self.limit, self.size, self.parts = limit, 0, []

    def write(self, data) -> int:
        self.size += len(data)
        if self.size > self.limit:
            raise TooLarge
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass

    def getvalue(self) -> bytes:
        return b"".join(self.parts)


def one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def answer_query(store: ox.Store, sparql: str, accept: list[str], fmt: str | None, max_bytes: int,
                 default_graphs: list[str] = (), named_graphs: list[str] = ()) -> tuple:
    options = {}
    if default_graphs:
        options["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
    if named_graphs:
        options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
    try:
        result = store.query(sparql, **options)
    except SyntaxError as exc:
        return ("error", "syntax", one_line(exc))
    except (ValueError, OSError) as exc:
        return ("error", "failed", one_line(exc))
    try:
        if isinstance(result, ox.QueryTriples):
            chosen = pick("graph", accept, fmt)
            target = getattr(ox.RdfFormat, chosen.ox_name)
        else:
            chosen = pick("solutions", accept, fmt)
            target = getattr(ox.QueryResultsFormat, chosen.ox_name)
    except NotAcceptable as exc:
        return ("error", "format", str(exc))
    buffer = BoundedBuffer(max_bytes)
    try:
        result.serialize(buffer, format=target)
    except TooLarge:
        return ("error", "size", f"the result is larger than {max_bytes} bytes; narrow the query or add a LIMIT")
    except (ValueError, OSError) as exc:
        if buffer.size > buffer.limit:
            return ("error", "size", f"the result is larger than {max_bytes} bytes; narrow the query or add a LIMIT")
        return ("error", "failed", one_line(exc))
    media_type = chosen.media_type + ("; charset=utf-8" if chosen.media_type.startswith("text/") else "")
    return ("ok", media_type, buffer.getvalue())


def answer_update(store: ox.Store, sparql: str) -> tuple:
    try:
        store.update(sparql)
    except SyntaxError as exc:
        return ("error", "syntax", one_line(exc))
    except (ValueError, OSError) as exc:
        return ("error", "failed", one_line(exc))
    return ("ok", "text/plain; charset=utf-8", b"")


def main(argv: list[str]) -> int:
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing but frames on the real stdout
    store = ox.Store()
    try:
        store.load(path=argv[0], format=ox.RdfFormat.TURTLE)
    except (SyntaxError, ValueError, OSError) as exc:
        write_frame(stdout, ("error", "load", one_line(exc)))
        return 1
    write_frame(stdout, ("ready", len(store)))
    while (request := read_frame(stdin)) is not None:
        op, *args = request
        try:
            reply = answer_query(store, *args) if op == "query" else answer_update(store, *args)
        except Exception as exc:  # noqa: BLE001 - the server answers 500; the worker lives on
            reply = ("error", "failed", one_line(exc))
        write_frame(stdout, reply)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
