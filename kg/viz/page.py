"""OUTDIR/graph.html: the entity graph as a self-contained pyvis (vis-network) page.

The page inlines vis-network's JS and CSS from the pyvis package and makes no
network request. Colour and shape show the class, size the PageRank, edges are
labelled with roles and stances, tooltips show the evidence sentences; a
sidebar filters by class and searches by name. Beyond ``max_nodes`` nodes only
the most central are drawn and the page says so. Layout physics is capped
(PERF_NOTES: vis-network's defaults take minutes on 500 nodes) and switched
off once the layout has settled.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from functools import lru_cache
from pathlib import Path

import jinja2
import markupsafe
import networkx as nx
from pyvis.network import Network

from ..analysis.graphs import entity_graph
from ..analysis.load import load_rdf
from ..analysis.metrics import ego_network, find_node, undirected
from ..analysis.report import write_text
from .template import TEMPLATE

HTML_FILE = "graph.html"
DEFAULT_MAX_NODES = 300

# class -> (colour, vis shape)
STYLE: dict[str, tuple[str, str]] = {
    "Person": ("#4e79a7", "dot"),
    "State": ("#e15759", "diamond"),
    "Organization": ("#f28e2b", "square"),
    "Place": ("#59a14f", "triangle"),
    "Event": ("#b07aa1", "star"),
}
EDGE_COLOURS: dict[str, str] = {
    "position": "#7f7f7f",
    "participant": "#c9a6c4",
    "place": "#9bc48f",
    "statement": "#e8a33d",
}
MAX_SENTENCES = 4  # per tooltip
MAX_SENTENCE_CHARS = 280
MAX_LABEL_CHARS = 40


def script_json(value) -> str:
    """JSON that is safe inside a <script> element: no '<', '>', '&' or line separators.

    Examples
    --------
    >>> script_json(["</script><script>alert(1)</script>"])
    '["\\\\u003c/script\\\\u003e\\\\u003cscript\\\\u003ealert(1)\\\\u003c/script\\\\u003e"]'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"),
                         ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


@lru_cache(maxsize=1)
def vis_assets() -> tuple[str, str]:
    """vis-network's minified JS and CSS as shipped inside the pyvis package."""
    import pyvis

    lib = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    # no source map: nothing may be fetched, not even by devtools (split on "\n" only: the JS holds U+2028)
    js = "\n".join(line for line in js.split("\n") if not line.startswith("//# sourceMappingURL"))
    css = (lib / "vis-network.css").read_text(encoding="utf-8")
    if "</script" in js.lower() or "</style" in css.lower():  # pragma: no cover - a guard for pyvis upgrades
        raise RuntimeError("vis-network assets cannot be inlined")
    return js, css


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _sentences(sentences: list[str]) -> str:
    shown = [f"„{_short(s, MAX_SENTENCE_CHARS)}“" for s in sentences[:MAX_SENTENCES]]
    if len(sentences) > MAX_SENTENCES:
        shown.append(f"(+{len(sentences) - MAX_SENTENCES} more)")
    return "\n".join(shown)


def select_nodes(G: nx.Graph, pagerank: dict, max_nodes: int, keep: tuple = ()) -> list:
    """The `max_nodes` nodes with the highest PageRank (the nodes in `keep` always).

    Examples
    --------
    >>> select_nodes(nx.path_graph(3), {0: 0.2, 1: 0.5, 2: 0.3}, 2)
    [1, 2]
    """
    ranked = sorted(G, key=lambda n: (n not in keep, -pagerank.get(n, 0.0), str(n)))
    return ranked[:max_nodes]


def vis_data(G: nx.MultiDiGraph, pagerank: dict) -> tuple[list[dict], list[dict]]:
    """vis-network node and edge dicts for the entity graph `G` (parallel edges of one direction merged)."""
    top = max(pagerank.values(), default=0.0) or 1.0
    nodes = []
    for n, d in G.nodes(data=True):
        colour, shape = STYLE.get(d["cls"], ("#999999", "dot"))
        kind = d["type"] if d["type"] == d["cls"] else f"{d['cls']}: {d['type']}"
        lines = [d["label"], kind]
        if d.get("alt"):
            lines.append("also: " + ", ".join(d["alt"][:8]))
        if d.get("date"):
            lines.append("date: " + d["date"])
        lines.append(f"PageRank {pagerank.get(n, 0.0):.3f}")
        if d.get("sentences"):
            lines += ["", _sentences(d["sentences"])]
        nodes.append({
            "id": n, "label": _short(d["label"], MAX_LABEL_CHARS), "title": "\n".join(lines),
            "color": colour, "shape": shape, "cls": d["cls"],
            "size": round(8 + 32 * math.sqrt(pagerank.get(n, 0.0) / top), 1),
            "search": " ".join([d["label"], *d.get("alt", [])]).casefold(),
        })
    merged: dict[tuple, list[dict]] = {}
    for a, b, d in G.edges(data=True):
        merged.setdefault((a, b), []).append(d)
    edges = []
    for (a, b), ds in merged.items():
        labels = list(dict.fromkeys(d["label"] for d in ds if d["label"]))
        kinds = Counter(d["kind"] for d in ds)
        kind = kinds.most_common(1)[0][0]
        lines = [f"{G.nodes[a]['label']} → {G.nodes[b]['label']}"]
        sentences: list[str] = []
        for d in ds:
            line = f"{d['kind']}: {d['label']}"
            if d.get("verb"):
                line += f" ({d['verb']})"
            if d.get("about"):
                line += f" – {_short(d['about'], 160)}"
            if line not in lines:
                lines.append(line)
            sentences += [s for s in d.get("sentences", []) if s not in sentences]
        if sentences:
            lines += ["", _sentences(sentences)]
        edges.append({"from": a, "to": b, "label": _short(" / ".join(labels), MAX_LABEL_CHARS),
                      "title": "\n".join(lines), "color": EDGE_COLOURS.get(kind, "#999999"), "kind": kind,
                      "arrows": "to", "width": min(1 + len(ds) * 0.5, 5)})
    return nodes, edges


GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))
SEED_LAYOUT_FROM = 300  # nodes; above, Python gives vis a starting layout so that few iterations suffice


def seed_layout(G: nx.Graph, pagerank: dict, spacing: float = 40.0, seed: int = 7) -> dict:
    """Starting positions: Louvain communities as discs on a sunflower spiral, central nodes in their middle.

    Cheap (no force simulation), so vis-network needs only a few layout iterations on large graphs.

    Examples
    --------
    >>> pos = seed_layout(nx.path_graph(4), {i: 0.25 for i in range(4)})
    >>> sorted(pos) == [0, 1, 2, 3] and all(len(xy) == 2 for xy in pos.values())
    True
    """
    S = undirected(G)
    groups = sorted(nx.community.louvain_communities(S, seed=seed), key=lambda c: (-len(c), sorted(map(str, c))))
    pos, placed = {}, 0
    for k, group in enumerate(groups):
        radius = spacing * math.sqrt(placed + len(group) / 2) * 1.3
        cx, cy = radius * math.cos(k * GOLDEN_ANGLE), radius * math.sin(k * GOLDEN_ANGLE)
        for i, node in enumerate(sorted(group, key=lambda n: (-pagerank.get(n, 0.0), str(n)))):
            r = spacing * math.sqrt(i)
            pos[node] = (round(cx + r * math.cos(i * GOLDEN_ANGLE), 1), round(cy + r * math.sin(i * GOLDEN_ANGLE), 1))
        placed += len(group)
    return pos


def vis_options(n: int) -> dict:
    """Layout and interaction options: capped Barnes-Hut stabilisation, lighter settings for large graphs."""
    large = n > 300
    return {
        "autoResize": True,
        "layout": {"improvedLayout": n <= 100, "randomSeed": 7},
        "nodes": {"font": {"size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"}, "borderWidth": 1},
        "edges": {"smooth": False, "font": {"size": 10, "align": "middle", "strokeWidth": 3, "color": "#555555"},
                  "arrows": {"to": {"scaleFactor": 0.5}}, "selectionWidth": 2},
        "physics": {
            "enabled": True,
            "solver": "barnesHut",
            "barnesHut": {"gravitationalConstant": -6000 if not large else -3000, "centralGravity": 0.3,
                          "springLength": 130 if not large else 90, "springConstant": 0.04, "damping": 0.4,
                          "avoidOverlap": 0.1 if not large else 0},
            "maxVelocity": 60, "minVelocity": 1.0 if not large else 2.5, "timestep": 0.5,
            # about 80 ms per iteration at 5,000 nodes in headless Chromium: the cap keeps the first drawing near 3 s
            "stabilization": {"enabled": True, "iterations": 250 if not large else max(30, min(150, 150_000 // n)),
                              "updateInterval": 25 if not large else 20, "fit": True},
        },
        "interaction": {"hover": not large, "tooltipDelay": 150, "hideEdgesOnDrag": large,
                        "hideEdgesOnZoom": large, "navigationButtons": False, "keyboard": False},
    }


def render_html(G: nx.MultiDiGraph, *, max_nodes: int = DEFAULT_MAX_NODES, focus: str | None = None,
                radius: int = 1, title: str = "kg – entity graph") -> str:
    """The HTML page of the entity graph `G` (see :func:`kg.analysis.entity_graph`).

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The entity graph.
    max_nodes : int
        Draw at most this many nodes: the ones with the highest PageRank.
    focus : str, optional
        Draw only the ego network (``radius`` steps) of this entity (name or IRI).

    Examples
    --------
    >>> from kg.analysis import entity_graph, tiny_graph
    >>> page = render_html(entity_graph(tiny_graph()))
    >>> "new vis.Network" in page, "<link" in page, " src=" in page
    (True, False, False)
    """
    total = G.number_of_nodes()
    keep: tuple = ()
    banner = ""
    if focus:
        center = find_node(G, focus)
        G = ego_network(G, center, radius=radius)
        keep = (center,)
        banner = f"Neighbourhood of {G.nodes[center]['label']} ({radius} step{'s' if radius != 1 else ''})"
    pagerank = nx.pagerank(undirected(G), weight="weight") if G.number_of_nodes() else {}
    if G.number_of_nodes() > max_nodes:
        shown = select_nodes(G, pagerank, max_nodes, keep)
        note = (f"Showing the {len(shown):,} most central of {G.number_of_nodes():,} nodes (by PageRank); "
                f"use kg viz --max-nodes or --focus to see others.")
        banner = f"{banner}. {note}" if banner else note
        G = G.subgraph(shown).copy()
    nodes, edges = vis_data(G, pagerank)
    if len(nodes) > SEED_LAYOUT_FROM:
        pos = seed_layout(G, pagerank)
        for node in nodes:
            node["x"], node["y"] = pos[node["id"]]
    counts = Counter(n["cls"] for n in nodes)
    legend = [{"cls": c, "color": STYLE[c][0], "shape": STYLE[c][1], "count": counts[c]} for c in STYLE if counts[c]]
    edge_legend = [{"kind": k, "color": c} for k, c in EDGE_COLOURS.items() if any(e["kind"] == k for e in edges)]
    summary = f"{len(nodes):,} nodes, {len(edges):,} edges"
    if total != len(nodes):
        summary += f" (graph: {total:,} nodes)"

    js, css = vis_assets()
    env = jinja2.Environment(autoescape=True)
    env.filters["script_json"] = lambda value: markupsafe.Markup(script_json(value))
    net = Network(height="100%", width="100%", directed=True, heading=title, cdn_resources="in_line")
    net.nodes, net.edges = nodes, edges  # directly: add_node/add_edge scan lists (PERF_NOTES)
    net.options = vis_options(len(nodes))
    net.template = env.from_string(TEMPLATE, globals={
        "vis_js": js, "vis_css": css, "legend": legend, "edge_legend": edge_legend, "banner": banner,
        "summary": summary})
    return net.generate_html(name=HTML_FILE, notebook=True)


def write_page(G: nx.MultiDiGraph, target: Path, **kwargs) -> Path:
    """Write the page of `G` to `target` through a temporary file and a rename."""
    from ..build import atomic_write

    html = render_html(G, **kwargs)
    atomic_write(Path(target), lambda tmp: write_text(tmp, html))
    return Path(target)



def write_html(outdir: Path, *, focus: str | None = None, max_nodes: int = DEFAULT_MAX_NODES,
               radius: int = 1) -> Path:
    """(Re)write OUTDIR/graph.html from OUTDIR/graph.ttl."""
    outdir = Path(outdir)
    target = (outdir if outdir.is_dir() else outdir.parent) / HTML_FILE
    return write_page(entity_graph(load_rdf(outdir)), target, focus=focus, max_nodes=max_nodes, radius=radius)


def html_writer(graph) -> dict:
    """For ``kg.build.write_outdir``: {"graph.html": writer} that draws the freshly built rdflib `graph`."""
    return {HTML_FILE: lambda path: write_page(entity_graph(graph), path)}
