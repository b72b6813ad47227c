"""graph.html on a large synthetic graph: render time, draw + settle time and search response in Chromium.

    .venv/bin/python benchmarks/viz_large.py [--nodes 5000] [--max-nodes 5000] [--keep DIR]

Generates a random graph in the contract vocabulary (persons, states,
organizations, places, events with participants, positions, statements with
evidence sentences), renders it like `kg viz OUTDIR --max-nodes N`, opens it
from file:// in Debian's Chromium (Playwright) and prints the numbers.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.vocab import EVENT_TYPES, KG, KGR, STANCES  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SHARES = (("person", KG.Person, 0.45), ("state", KG.State, 0.05), ("organization", KG.Organization, 0.15),
          ("place", KG.Place, 0.10), ("event", KG.Event, 0.25))
ROLES = ("Außenminister", "Präsident", "Sprecherin", "Botschafter", "Abgeordneter")


def synthetic_graph(n: int, seed: int = 1) -> Graph:
    """About `n` entity and event nodes with positions, participations, statements and sentences."""
    rng = random.Random(seed)
    g = Graph()
    nodes: dict[str, list[URIRef]] = {}
    for kind, cls, share in SHARES:
        nodes[kind] = []
        for i in range(max(2, int(n * share))):
            iri = KGR[f"{kind}/{kind}-{i}"]
            g.add((iri, RDF.type, cls))
            if kind == "event":
                g.add((iri, RDF.type, rng.choice(EVENT_TYPES)))
                g.add((iri, KG.trigger, Literal(f"Treffen {i}", lang="de")))
            else:
                g.add((iri, RDFS.label, Literal(f"{kind.capitalize()} {i}", lang="de")))
            nodes[kind].append(iri)
    doc = KGR["doc/synthetic"]
    g.add((doc, RDF.type, KG.Document))
    agents = nodes["person"] + nodes["state"] + nodes["organization"]
    sentence_no = 0

    def sentence(*mentioned: URIRef) -> URIRef:
        nonlocal sentence_no
        s = KGR[f"doc/synthetic/s{sentence_no}"]
        g.add((s, RDF.type, KG.Sentence))
        g.add((s, KG.inDocument, doc))
        g.add((s, KG.sentenceIndex, Literal(sentence_no, datatype=XSD.integer)))
        g.add((s, KG.text, Literal(f"Satz {sentence_no} über " + ", ".join(m.rsplit("/", 1)[1] for m in mentioned))))
        for m in mentioned:
            g.add((s, KG.mentions, m))
        sentence_no += 1
        return s

    # hubs: a few very connected states and persons, like real news
    weights = [1.0 / (i + 1) for i in range(len(agents))]
    for person in nodes["person"]:
        state = rng.choice(nodes["state"] + nodes["organization"])
        pos = KGR[f"position/{person.rsplit('/', 1)[1]}"]
        s = sentence(person, state)
        g.add((pos, RDF.type, KG.Position))
        g.add((pos, KG.holder, person))
        g.add((pos, KG.ofState if "/state/" in state else KG.ofOrganization, state))
        g.add((pos, KG.role, Literal(rng.choice(ROLES), lang="de")))
        g.add((pos, KG.evidence, s))
        g.add((person, KG.evidence, s))
    for event in nodes["event"]:
        participants = set(rng.choices(agents, weights=weights, k=rng.randint(1, 3)))
        s = sentence(*participants)
        for p in participants:
            g.add((event, KG.participant, p))
        g.add((event, KG.place, rng.choice(nodes["place"])))
        g.add((event, KG.evidence, s))
    for i in range(n // 2):
        speaker, other = rng.choices(agents, weights=weights, k=2)
        st = KGR[f"statement/{i}"]
        s = sentence(speaker, other)
        g.add((st, RDF.type, KG.Statement))
        g.add((st, KG.speaker, speaker))
        g.add((st, KG.stance, rng.choice(STANCES)))
        g.add((st, KG.about, Literal(f"etwas über {other.rsplit('/', 1)[1]}", lang="de")))
        g.add((st, KG.evidence, s))
    return g


def measure(html: Path, searches: tuple[str, ...]) -> dict:
    """Open `html` in Chromium: seconds to the settled first drawing, search and filter response times."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as profile, sync_playwright() as p:
        ctx = p.chromium.launch_persistent_context(profile, executable_path=CHROMIUM, args=CHROMIUM_ARGS,
                                                   headless=True, viewport={"width": 1280, "height": 800})
        page = ctx.new_page()
        foreign = []
        page.on("request", lambda r: foreign.append(r.url) if not r.url.startswith("file://") else None)
        started = time.perf_counter()
        page.goto(html.as_uri())
        while not page.evaluate("!!(window.kg && window.kg.ready)"):
            if time.perf_counter() - started > 300:
                raise TimeoutError("the page did not settle in 300 s")
            time.sleep(0.02)
        wall = time.perf_counter() - started
        out = {"ready_s": wall, "page_ready_ms": page.evaluate("kg.stabilizedMs"),
               "nodes": page.evaluate("kg.network.body.data.nodes.length"), "foreign_requests": len(foreign)}
        times = []
        for q in searches:
            t = time.perf_counter()
            page.fill("#kg-search", q)
            page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
            times.append(time.perf_counter() - t)
        out["search_ms"] = [round(1000 * t) for t in times]
        out["search_matches"] = page.evaluate("kg.matches.length")
        t = time.perf_counter()
        page.click("#kg-legend input[data-cls=Person]")
        page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
        out["filter_ms"] = round(1000 * (time.perf_counter() - t))
        t = time.perf_counter()
        page.mouse.move(600, 400)
        page.mouse.wheel(0, -300)
        page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
        out["zoom_ms"] = round(1000 * (time.perf_counter() - t))
        ctx.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--max-nodes", type=int, default=5000)
    parser.add_argument("--keep", type=Path, help="Write the graph and page into this folder and keep them.")
    args = parser.parse_args()
    from kg.viz import write_html

    with tempfile.TemporaryDirectory() as tmp:
        outdir = args.keep or Path(tmp)
        outdir.mkdir(parents=True, exist_ok=True)
        t = time.perf_counter()
        g = synthetic_graph(args.nodes)
        g.serialize(outdir / "graph.ttl", format="turtle")
        print(f"synthetic graph: {len(g):,} triples in {time.perf_counter() - t:.1f} s")
        t = time.perf_counter()
        page = write_html(outdir, max_nodes=args.max_nodes)
        print(f"kg viz --max-nodes {args.max_nodes}: {time.perf_counter() - t:.1f} s, "
              f"{page.stat().st_size / 1e6:.1f} MB")
        result = measure(page, ("Person 1", "Person 12", "Staat", "Person 4711"))
    print(f"Chromium: {result['nodes']:,} nodes drawn and settled after {result['ready_s']:.2f} s "
          f"(page: {result['page_ready_ms']} ms after navigation start)")
    print(f"search (type + 2 frames): {result['search_ms']} ms; last query matched {result['search_matches']}")
    print(f"class filter toggle: {result['filter_ms']} ms; zoom step: {result['zoom_ms']} ms")
    print(f"requests to other hosts: {result['foreign_requests']}")


if __name__ == "__main__":
    main()
