"""Latency of the competency SPARQL queries on a built graph: Oxigraph vs plain in-memory rdflib.

    python benchmarks/queries.py OUTDIR [--runs 20] [--rdflib-cap 120]

Each query runs once to warm up, then `--runs` times on Oxigraph (pyoxigraph,
in-memory, as `kg query` and `kg serve` use it) and 3 times on rdflib's own
engine over an rdflib `Graph`; results are fully read. Prints the median
milliseconds, the row counts (which must agree) and the ratio. An rdflib query
that runs past `--rdflib-cap` seconds is stopped and shown as such. A last,
informational line counts mentions with a GROUP BY over every kg:mentions link
instead of reading kg:mentionCount.
Targets (issue 6): each query <= 50 ms on Oxigraph and >= 10x faster than rdflib.
"""

from __future__ import annotations

import argparse
import signal
import statistics
import time
from pathlib import Path

PREFIXES = """PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
QUERIES = {
    "persons with offices": """
SELECT ?name ?role ?state WHERE {
  ?p a kg:Position ; kg:holder ?h ; kg:role ?role .
  ?h a kg:Person ; rdfs:label ?name .
  OPTIONAL { ?p kg:ofState/rdfs:label ?state }
} ORDER BY ?name ?role""",
    "who met whom": """
SELECT DISTINCT ?a ?b WHERE {
  ?e a kg:Event ; kg:participant ?x, ?y .
  { ?e a kg:Meeting } UNION { ?e a kg:PhoneCall } UNION { ?e a kg:Summit } UNION { ?e a kg:Visit }
  ?x a kg:Person ; rdfs:label ?a .
  ?y a kg:Person ; rdfs:label ?b .
  FILTER(STR(?a) < STR(?b))
} ORDER BY ?a ?b""",
    "statements by stance": """
SELECT ?stance (COUNT(?s) AS ?n) (COUNT(DISTINCT ?speaker) AS ?speakers) WHERE {
  ?s a kg:Statement ; kg:stance ?stance ; kg:speaker ?speaker .
} GROUP BY ?stance ORDER BY DESC(?n)""",
    "contradictions": """
SELECT ?who ?v1 ?v2 ?doc1 ?doc2 WHERE {
  ?s1 kg:contradicts ?s2 ; kg:speaker/rdfs:label ?who ; kg:verb ?v1 ; kg:evidence/kg:inDocument ?doc1 .
  ?s2 kg:verb ?v2 ; kg:evidence/kg:inDocument ?doc2 .
  FILTER(STR(?s1) < STR(?s2))
}""",
    "entity with most mentions": """
SELECT ?e ?label ?n WHERE { ?e kg:mentionCount ?n ; rdfs:label ?label } ORDER BY DESC(?n) LIMIT 1""",
}
# Not a competency query: the same answer counted from the kg:mentions links (a GROUP BY over all of them).
AGGREGATE = {
    "most mentions, by GROUP BY": """
SELECT ?e (COUNT(?sentence) AS ?n) WHERE { ?sentence kg:mentions ?e } GROUP BY ?e ORDER BY DESC(?n) LIMIT 1""",
}


class Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise Timeout


def timed(run, times: int) -> tuple[float, int]:
    """Median seconds of `times` runs (after one warm-up) and the row count."""
    rows = run()
    samples = []
    for _ in range(times):
        t0 = time.perf_counter()
        rows = run()
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples), rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--rdflib-cap", type=float, default=120.0)
    args = ap.parse_args()
    graph = args.outdir / "graph.ttl" if args.outdir.is_dir() else args.outdir

    import pyoxigraph as ox
    from rdflib import Graph

    t0 = time.perf_counter()
    store = ox.Store()
    store.load(path=str(graph), format=ox.RdfFormat.TURTLE)
    ox_load = time.perf_counter() - t0
    t0 = time.perf_counter()
    g = Graph().parse(graph, format="turtle")
    rdf_load = time.perf_counter() - t0
    print(f"{graph}: {len(store):,} triples; load: Oxigraph {ox_load:.2f} s, rdflib {rdf_load:.2f} s")
    print(f"{'query':28} {'rows':>6} {'Oxigraph ms':>12} {'rdflib ms':>11} {'ratio':>8}")
    signal.signal(signal.SIGALRM, _alarm)
    worst = 0.0
    ratios = []
    for name, body in {**QUERIES, **AGGREGATE}.items():
        q = PREFIXES + body
        ox_s, ox_rows = timed(lambda q=q: sum(1 for _ in store.query(q)), args.runs)
        signal.setitimer(signal.ITIMER_REAL, args.rdflib_cap)
        try:
            rdf_s, rdf_rows = timed(lambda q=q: sum(1 for _ in g.query(q)), 3)
        except Timeout:
            rdf_s, rdf_rows = None, None
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        if name in QUERIES:
            worst = max(worst, ox_s)
        if rdf_s is None:
            print(f"{name:28} {ox_rows:>6} {ox_s * 1e3:>12.1f} {'> cap':>11} {'-':>8}")
            continue
        if name in QUERIES:
            ratios.append(rdf_s / ox_s)
        agree = "" if rdf_rows == ox_rows else f"  (rdflib: {rdf_rows} rows)"
        print(f"{name:28} {ox_rows:>6} {ox_s * 1e3:>12.1f} {rdf_s * 1e3:>11.1f} {rdf_s / ox_s:>7.0f}x{agree}")
    print(f"competency queries: slowest on Oxigraph {worst * 1e3:.1f} ms (target <= 50 ms); smallest ratio "
          + (f"{min(ratios):.0f}x" if ratios else "-") + " (target >= 10x; rdflib past the cap counts as met)")


if __name__ == "__main__":
    main()
