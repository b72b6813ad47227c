"""Result formats of the SPARQL endpoint: content negotiation by Accept header or `format` parameter.

Pure functions, shared by the HTTP front end and the query workers.

>>> pick("solutions", accept_list("text/csv;q=0.5, application/sparql-results+json"), None).name
'json'
>>> pick("graph", [], "nt").media_type
'application/n-triples'
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Format:
    name: str  # short name, as in ?format=
    media_type: str
    ox_name: str  # attribute of pyoxigraph.QueryResultsFormat or pyoxigraph.RdfFormat
    aliases: tuple[str, ...] = ()


# SELECT and ASK results
SOLUTION_FORMATS = (
    Format("json", "application/sparql-results+json", "JSON", ("application/json", "srj")),
    Format("xml", "application/sparql-results+xml", "XML", ("application/xml", "text/xml", "srx")),
    Format("csv", "text/csv", "CSV"),
    Format("tsv", "text/tab-separated-values", "TSV"),
)
# CONSTRUCT and DESCRIBE results
GRAPH_FORMATS = (
    Format("turtle", "text/turtle", "TURTLE", ("ttl", "application/x-turtle")),
    Format("ntriples", "application/n-triples", "N_TRIPLES", ("nt", "text/plain")),
    Format("rdfxml", "application/rdf+xml", "RDF_XML", ("xml", "rdf", "application/xml", "text/xml")),
    Format("jsonld", "application/ld+json", "JSON_LD", ("json", "json-ld", "application/json")),
)
FORMATS = {"solutions": SOLUTION_FORMATS, "graph": GRAPH_FORMATS}


class NotAcceptable(ValueError):
    """No format the client accepts (or names) fits the kind of result."""


def accept_list(header: str | None) -> list[str]:
    """An Accept header -> media ranges, best first (q=0 dropped; ties keep their order)."""
    ranges = []
    for n, part in enumerate((header or "").split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        if not media:
            continue
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if q > 0:
            ranges.append((-q, n, media.lower()))
    return [media for _, _, media in sorted(ranges)]


def pick(kind: str, accept: list[str], name: str | None) -> Format:
    """The format for a result of `kind` ("solutions" or "graph").

    An explicit `name` (?format=json, or a media type) wins over the Accept list;
    `*/*`, no Accept header or only browser types give the first (default) format.
    """
    formats = FORMATS[kind]
    if name:
        wanted = name.strip().lower()
        for f in formats:
            if wanted in (f.name, f.media_type, *f.aliases):
                return f
        raise NotAcceptable(f"format {name!r} does not fit a {_what(kind)} result; choose one of "
                            + ", ".join(f.name for f in formats))
    if not accept:
        return formats[0]
    for media in accept:
        if media in ("*/*", "text/html", "application/xhtml+xml"):  # browsers list html first, */* last
            return formats[0]
        for f in formats:
            if media == f.media_type or media in f.aliases or (
                    media.endswith("/*") and f.media_type.startswith(media[:-1])):
                return f
    raise NotAcceptable(f"none of the accepted types fits a {_what(kind)} result; offered: "
                        + ", ".join(f.media_type for f in formats))


def _what(kind: str) -> str:
    return "SELECT/ASK" if kind == "solutions" else "CONSTRUCT/DESCRIBE"
