"""Hostile names, sentences and file names through the real CLI: valid Turtle, JSON-LD, IRIs, SPARQL results,
and a graph.html that runs none of the injected markup (checked in Chromium)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS

from kg.vocab import KG

from .conftest import ROOT

NAME = "Max \"O'Brien\" \\\\ <Müller>"
SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(2)>"
FILE_NAME = "Bericht \"O'Brien\" #1 %41 & <b> 50%.txt"
TEXT = f"""{NAME} | Anna "Bei}}spiel" <x>. 03.02.2024.
Der Abgeordnete {NAME} sagte am Montag in Berlin, er lehne den Plan ab.
„{SCRIPT}“, sagte Bundeskanzler Olaf Scholz. Präsident Emmanuel {IMG} Macron traf Scholz in Paris.
Der Sprecher Jean-Luc "}}" @prefix x: <y> . \u2028 {{"a": 1}} ; DROP ALL ; erklärte: 'Wir "lehnen" das ab\\n'.
Ein Satz mit ]]> und <!-- Kommentar --> und `backticks` und \\u0022 und \t Tab.
"""
# RFC 3987: an absolute IRI has a scheme and none of these characters (percent escapes must be complete)
IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\x00-\x20<>\"{}|\\^`\x7f-\x9f]*")
BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


def kg(*args: str) -> subprocess.CompletedProcess:
    proc = subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return proc


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    """OUTDIR of a build of one hostile text in a folder and file with a hostile name."""
    root = tmp_path_factory.mktemp("injection")
    folder = root / "Ordner 'mit' \"Quotes\" #%"
    folder.mkdir()
    (folder / FILE_NAME).write_text(TEXT, encoding="utf-8")
    out = root / "out #1"
    kg("build", str(folder), "-o", str(out))
    return out


def test_turtle_parses_back_in_rdflib_and_oxigraph(hostile):
    g = Graph().parse(hostile / "graph.ttl", format="turtle")
    store = ox.Store()
    store.bulk_load(path=str(hostile / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    assert len(store) == len(g) > 0
    texts = {str(o) for o in g.objects(None, KG.text)}
    assert any(SCRIPT in t for t in texts) and any(IMG in t for t in texts)
    assert [str(t) for t in g.objects(None, DCTERMS.title)] == [NAME]
    assert {Path(str(s)).name for s in g.objects(None, DCTERMS.source)} == {FILE_NAME}


def test_every_iri_is_well_formed(hostile):
    g = Graph().parse(hostile / "graph.ttl", format="turtle")
    iris = {t for triple in g for t in triple if isinstance(t, URIRef)}
    assert len(iris) > 20
    for iri in iris:
        assert IRI.fullmatch(iri) and not BAD_PERCENT.search(iri), repr(iri)
        ox.NamedNode(str(iri))  # Oxigraph validates IRIs


def test_jsonld_export_parses(hostile, tmp_path):
    target = tmp_path / "g.jsonld"
    kg("export", str(hostile), "--format", "jsonld", "-o", str(target))
    data = json.loads(target.read_text(encoding="utf-8"))
    values = set(_values(data))
    assert NAME in values and any(SCRIPT in v for v in values)
    assert len(Graph().parse(target, format="json-ld")) == len(Graph().parse(hostile / "graph.ttl"))


def _values(data):
    if isinstance(data, dict):
        if isinstance(data.get("@value"), str):
            yield data["@value"]
        for v in data.values():
            yield from _values(v)
    elif isinstance(data, list):
        for v in data:
            yield from _values(v)


@pytest.mark.parametrize("fmt", ["ntriples", "graphml"])
def test_other_exports_parse(hostile, tmp_path, fmt):
    target = tmp_path / f"g.{fmt}"
    kg("export", str(hostile), "--format", fmt, "-o", str(target))
    if fmt == "ntriples":
        assert len(Graph().parse(target, format="nt")) == len(Graph().parse(hostile / "graph.ttl"))
    else:
        import networkx as nx

        assert nx.read_graphml(target).number_of_edges() == len(Graph().parse(hostile / "graph.ttl"))


def test_sparql_results_are_valid_json_with_the_text_as_it_was(hostile):
    q = ("PREFIX kg: <https://w3id.org/kg-news/ontology#> PREFIX dct: <http://purl.org/dc/terms/> "
         "SELECT ?title ?source ?text WHERE { ?d dct:title ?title ; dct:source ?source . "
         "?s kg:inDocument ?d ; kg:text ?text } ORDER BY ?text")
    rows = json.loads(kg("query", str(hostile), q, "--format", "json").stdout)
    assert rows and {r["title"] for r in rows} == {NAME}
    assert Path(rows[0]["source"]).name == FILE_NAME
    assert any(SCRIPT in r["text"] for r in rows) and any('"}"' in r["text"] for r in rows)
    csv_out = kg("query", str(hostile), q, "--format", "csv").stdout
    assert NAME.replace('"', '""') in csv_out
    table = kg("query", str(hostile), q).stdout  # rich table: markup-looking text is printed as it is
    assert "<script>alert(1)" in table


@pytest.mark.browser
def test_graph_html_runs_no_injected_script(hostile, browser):  # noqa: F811 - the fixture imported below
    from .test_browser import Page

    page = Page(browser, hostile / "graph.html")
    try:
        assert page.dialogs == [] and page.errors == [] and page.foreign == []
        titles = page.js("kg.nodes.get().map(n => n.title).join('\\n')")
        assert SCRIPT in titles and IMG in titles  # the sentences are there, as text
        assert page.js("document.querySelectorAll('img, b, x').length") == 0
        assert page.js("document.querySelectorAll('script').length") == 3  # data, vis-network, the page's own
        page.page.fill("#kg-search", "scholz")
        page.page.hover("#kg-network")
        assert page.dialogs == [] and page.errors == []
    finally:
        page.page.close()


from .test_browser import browser  # noqa: E402,F401 - the Chromium fixture
