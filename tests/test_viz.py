"""kg.viz: graph.html is self-contained, escapes every text, caps large graphs; `kg viz` and `kg build` write it."""

from __future__ import annotations

import json
import re
import shutil

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from kg.analysis import entity_graph, tiny_graph
from kg.cli import main
from kg.errors import KGError
from kg.viz import render_html, write_html
from kg.viz.page import vis_assets
from kg.vocab import KG, KGR

EVIL = "<script>alert(1)</script> \"O'Brien\" & </script><b>"


def evil_graph() -> Graph:
    """The tiny graph plus a person and a sentence whose texts try to break out of the page."""
    g = tiny_graph()
    person, sentence = KGR["person/evil"], KGR["doc/d/s9"]
    g.add((person, RDF.type, KG.Person))
    g.add((person, RDFS.label, Literal(EVIL, lang="de")))
    g.add((sentence, RDF.type, KG.Sentence))
    g.add((sentence, KG.text, Literal(f"Er sagte: {EVIL}")))
    g.add((person, KG.evidence, sentence))
    g.add((URIRef(KGR["event/call"]), KG.participant, person))
    return g


def page_data(html: str) -> dict:
    raw = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S).group(1)
    return json.loads(raw)


def test_page_is_self_contained():
    html = render_html(entity_graph(tiny_graph()))
    assert "<link" not in html and not re.search(r"\ssrc\s*=", html)
    assert "cdn." not in html and "bootstrap" not in html.lower() and "sourceMappingURL" not in html
    assert "default-src 'none'" in html  # the browser refuses any request the page might still make
    data = page_data(html)
    assert len(data["nodes"]) == 5 and data["options"]["physics"]["stabilization"]["iterations"] <= 250


def test_untrusted_text_is_escaped():
    html = render_html(entity_graph(evil_graph()), title="<i>t</i>")
    assert html.count("</script>") == 3  # data, vis-network, the page's own code
    html = html.replace(vis_assets()[0], "")  # vis-network's own code mentions <script>, <b> and <i>
    assert html.count("<script") == 3
    assert "alert(1)" in html  # the text is there ...
    assert "<script>alert(1)" not in html and "<b>" not in html and "<i>t</i>" not in html  # ... never as markup
    assert "&lt;i&gt;t&lt;/i&gt;" in html
    node = next(n for n in page_data(html)["nodes"] if n["id"].endswith("/person/evil"))
    assert node["label"] == EVIL[:39] + "…" and EVIL in node["title"]  # labels are cut at 40 characters


def test_large_graphs_keep_the_most_central():
    g = Graph()
    hub = KGR["state/hub"]
    g.add((hub, RDF.type, KG.State))
    g.add((hub, RDFS.label, Literal("Hub")))
    for i in range(40):
        p = KGR[f"person/p{i}"]
        g.add((p, RDF.type, KG.Person))
        g.add((p, RDFS.label, Literal(f"P{i}")))
        pos = KGR[f"position/p{i}"]
        g.add((pos, RDF.type, KG.Position))
        g.add((pos, KG.holder, p))
        g.add((pos, KG.ofState, hub))
        g.add((pos, KG.role, Literal("Minister")))
    html = render_html(entity_graph(g), max_nodes=10)
    data = page_data(html)
    assert len(data["nodes"]) == 10 and any(n["label"] == "Hub" for n in data["nodes"])
    assert "Showing the 10 most central of 41 nodes" in html
    assert all("x" in n for n in data["nodes"]) or len(data["nodes"]) <= 300


def test_focus_draws_the_neighbourhood():
    data = page_data(render_html(entity_graph(tiny_graph()), focus="USA"))
    assert {n["label"] for n in data["nodes"]} == {"Vereinigte Staaten", "Marco Rubio", "Russland"}
    with pytest.raises(KGError):
        render_html(entity_graph(tiny_graph()), focus="Nobody")


def test_build_writes_the_page(built):
    data = page_data((built / "graph.html").read_text(encoding="utf-8"))
    labels = {n["label"] for n in data["nodes"]}
    assert {"Sergej Lawrow", "Marco Rubio", "Donald Trump"} <= labels
    edge = next(e for e in data["edges"] if "Außenminister" in e["label"])
    assert "„" in edge["title"]  # the evidence sentence


def test_viz_cli(built, tmp_path, capsys):
    out = tmp_path / "out"
    shutil.copytree(built, out)
    (out / "graph.html").unlink()
    assert main(["viz", str(out), "--focus", "Lawrow", "--max-nodes", "8"]) == 0
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert len(page_data(html)["nodes"]) <= 8 and "Neighbourhood of Sergej Lawrow" in html
    assert not [p for p in out.iterdir() if p.name.startswith(".graph.html")]
    assert main(["viz", str(out), "--focus", "Niemand"]) == 2
    assert capsys.readouterr().err.strip() == "error: no entity named 'Niemand' in the graph"


def test_write_html_on_a_turtle_file(tmp_path):
    tiny_graph().serialize(tmp_path / "g.ttl", format="turtle")
    assert write_html(tmp_path / "g.ttl") == tmp_path / "graph.html"
