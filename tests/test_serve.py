"""`kg serve`: the SPARQL endpoint over real HTTP on 127.0.0.1."""

from __future__ import annotations

import csv
import io
import json
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from rdflib import Graph

from kg.cli import main
from kg.server import Limits, make_server
from kg.server.formats import NotAcceptable, accept_list, pick

KG = "https://w3id.org/kg-news/ontology#"
PREFIX = f"PREFIX kg: <{KG}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
PERSONS = PREFIX + "SELECT ?name WHERE { ?p a kg:Person ; rdfs:label ?name } ORDER BY ?name"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def graph(tmp_path_factory) -> Path:
    """A small graph in the shape `kg build` writes (200 persons, so cross products are slow)."""
    lines = [f"@prefix kg: <{KG}> .", "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
             "@prefix kgr: <https://w3id.org/kg-news/id/> ."]
    for n in range(200):
        lines.append(f'kgr:person\\/p{n:03d} a kg:Person ; rdfs:label "Person {n:03d}"@de ; kg:mentionCount {n} .')
    path = tmp_path_factory.mktemp("serve") / "graph.ttl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def start(graph: Path, **kwargs):
    server = make_server(graph, "127.0.0.1", 0, **kwargs)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server


def stop(server) -> None:
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def server(graph):
    server = start(graph, workers=1, limits=Limits(timeout=1.5, max_bytes=20_000))
    yield server
    stop(server)


@pytest.fixture(scope="module")
def writable(graph):
    server = start(graph, workers=2, token="s3cret")
    yield server
    stop(server)


def request(server, path: str, data: bytes | None = None, headers: dict | None = None, method=None):
    req = urllib.request.Request(server.url.rstrip("/") + path, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.headers.get("Content-Type", ""), r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type", ""), e.read()


def get(server, query: str, headers: dict | None = None, **params):
    return request(server, "/sparql?" + urllib.parse.urlencode({"query": query, **params}), headers=headers)


def names(body: bytes) -> list[str]:
    return [b["name"]["value"] for b in json.loads(body)["results"]["bindings"]]


def test_get_query_answers_json_by_default(server):
    status, ctype, body = get(server, PERSONS + " LIMIT 3")
    assert status == 200 and ctype.startswith("application/sparql-results+json")
    assert names(body) == ["Person 000", "Person 001", "Person 002"]


def test_post_query_body_and_form(server):
    body_post = request(server, "/sparql", (PERSONS + " LIMIT 2").encode(),
                        {"Content-Type": "application/sparql-query"})
    form_post = request(server, "/sparql", urllib.parse.urlencode({"query": PERSONS + " LIMIT 2"}).encode(),
                        {"Content-Type": "application/x-www-form-urlencoded"})
    assert body_post[0] == form_post[0] == 200
    assert names(body_post[2]) == names(form_post[2]) == ["Person 000", "Person 001"]


def test_formats_by_accept_header_and_format_param(server):
    q = PERSONS + " LIMIT 2"
    status, ctype, body = get(server, q, {"Accept": "text/csv"})
    assert status == 200 and ctype.startswith("text/csv")
    assert list(csv.reader(io.StringIO(body.decode()))) == [["name"], ["Person 000"], ["Person 001"]]
    status, ctype, body = get(server, q, format="tsv")
    assert ctype.startswith("text/tab-separated-values") and body.decode().splitlines()[0] == "?name"
    status, ctype, body = get(server, q, {"Accept": "application/sparql-results+xml"})
    assert ctype.startswith("application/sparql-results+xml")
    assert len(ET.fromstring(body).findall(".//{http://www.w3.org/2005/sparql-results#}result")) == 2
    status, ctype, body = get(server, "ASK { ?s a ?c }", {"Accept": "text/csv;q=0.2, application/sparql-results+json"})
    assert json.loads(body)["boolean"] is True


def test_construct_and_describe_answer_turtle(server):
    status, ctype, body = get(server, PREFIX + "CONSTRUCT { ?p rdfs:label ?n } WHERE { ?p rdfs:label ?n } LIMIT 5")
    assert status == 200 and ctype.startswith("text/turtle")
    assert len(Graph().parse(data=body.decode(), format="turtle")) == 5
    status, ctype, body = get(server, PREFIX + "DESCRIBE ?p WHERE { ?p rdfs:label 'Person 007'@de }",
                              {"Accept": "application/n-triples"})
    assert ctype.startswith("application/n-triples") and len(Graph().parse(data=body.decode(), format="nt")) == 3


def test_malformed_query_is_400_with_message(server):
    status, ctype, body = get(server, "SELEKT ?x WHERE { }")
    assert status == 400 and ctype.startswith("text/plain")
    assert b"expected" in body and len(body.decode().strip().splitlines()) == 1
    assert request(server, "/sparql", b"", {"Content-Type": "application/sparql-query"})[0] == 400


def test_unfitting_format_is_406_and_wrong_type_415(server):
    assert get(server, PERSONS, format="turtle")[0] == 406
    assert get(server, PERSONS, {"Accept": "image/png"})[0] == 406
    assert request(server, "/sparql", b"x", {"Content-Type": "text/plain"})[0] == 415


def test_read_only_server_refuses_updates_with_403(server):
    update = f"INSERT DATA {{ <urn:x> <{KG}mentionCount> 1 }}"
    form = urllib.parse.urlencode({"update": update}).encode()
    assert request(server, "/sparql", form, {"Content-Type": "application/x-www-form-urlencoded"})[0] == 403
    assert request(server, "/update", update.encode(), {"Content-Type": "application/sparql-update",
                                                        "Authorization": "Bearer anything"})[0] == 403
    assert get(server, update)[0] == 400  # an update is no query
    assert get(server, "ASK { <urn:x> ?p ?o }", format="json")[2] == b'{"head":{},"boolean":false}'


def test_slow_query_times_out_with_503_and_the_server_recovers(server):
    started = time.perf_counter()
    status, _, body = get(server, SLOW)
    assert status == 503 and b"longer than" in body
    assert time.perf_counter() - started < 5
    status, _, body = get(server, PERSONS + " LIMIT 1")  # waits for the replacement worker
    assert status == 200 and names(body) == ["Person 000"]


def test_result_size_limit_is_422(server):
    status, _, body = get(server, "SELECT * WHERE { ?s ?p ?o }")
    assert status == 422 and b"LIMIT" in body


def test_query_page_works_offline(server):
    status, ctype, body = request(server, "/")
    assert status == 200 and ctype.startswith("text/html")
    page = body.decode()
    assert "<script>" in page and 'fetch("sparql"' in page
    # nothing loaded from elsewhere: no src/href to another host
    assert "src=" not in page and "href=" not in page and "//cdn" not in page


def test_service_description_unknown_path_and_foreign_host(server):
    status, ctype, body = request(server, "/sparql")
    assert status == 200 and ctype.startswith("text/turtle") and b"sd:Service" in body
    assert request(server, "/nothing")[0] == 404
    # DNS rebinding: a loopback server answers only to loopback host names
    assert request(server, "/sparql?query=ASK{}", headers={"Host": "evil.example:7878"})[0] == 403


def test_updates_need_the_token_and_reach_every_worker(writable):
    update = PREFIX + 'INSERT DATA { <urn:new> a kg:Person ; rdfs:label "Neu"@de }'
    sparql_update = {"Content-Type": "application/sparql-update"}
    assert request(writable, "/sparql", update.encode(), sparql_update)[0] == 401
    assert request(writable, "/sparql", update.encode(), {**sparql_update, "Authorization": "Bearer nope"})[0] == 403
    status, _, _ = request(writable, "/update", update.encode(), {**sparql_update, "Authorization": "Bearer s3cret"})
    assert status == 204
    # two workers: every answer sees the update, whichever worker gives it
    answers = set()
    barrier = threading.Barrier(4)

    def ask():
        barrier.wait()
        answers.add(get(writable, "ASK { <urn:new> a ?c }")[2])

    threads = [threading.Thread(target=ask) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert answers == {b'{"head":{},"boolean":true}'}
    status, _, body = request(writable, "/sparql", b"INSERT DATA { <urn:a> }",
                              {**sparql_update, "Authorization": "Bearer s3cret"})
    assert status == 400


def test_accept_negotiation_unit():
    assert accept_list("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")[0] == "text/html"
    assert accept_list("a/b;q=0, c/d") == ["c/d"]
    assert pick("solutions", accept_list("text/*"), None).name == "csv"
    assert pick("graph", accept_list("*/*"), None).name == "turtle"
    with pytest.raises(NotAcceptable):
        pick("graph", [], "csv")


def test_cli_serve_in_a_subprocess(graph, tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", str(graph), "--port", str(port), "--workers", "1",
                             "-q"], stderr=subprocess.PIPE, text=True)
    try:
        url = f"http://127.0.0.1:{port}/sparql?" + urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"})
        for _ in range(200):
            try:
                with urllib.request.urlopen(url, timeout=5) as r:
                    assert json.loads(r.read())["boolean"] is True
                    break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.1)
        else:
            pytest.fail("kg serve did not answer: " + proc.stderr.read())
    finally:
        proc.terminate()
        proc.wait(10)


def test_cli_serve_errors(tmp_path, capsys):
    assert main(["serve", str(tmp_path)]) == 2
    assert "not a built graph" in capsys.readouterr().err
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    assert main(["serve", str(bad), "--port", "0"]) == 2
    assert "not a parsable RDF graph" in capsys.readouterr().err
    assert main(["serve", str(bad), "--timeout", "0"]) == 2


def test_rebuilt_outdir_does_not_mix_graphs(graph, tmp_path):
    own = tmp_path / "graph.ttl"
    own.write_bytes(graph.read_bytes())
    server = start(own, workers=1, limits=Limits(timeout=1.0))
    try:
        new = tmp_path / "new.ttl"
        new.write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
        new.replace(own)  # as `kg build` replaces OUTDIR
        assert get(server, SLOW)[0] == 503  # the worker is replaced ...
        status, _, body = get(server, "SELECT (COUNT(*) AS ?n) WHERE { ?s a ?c }", format="csv")
        assert status == 200 and body.split() == [b"n", b"200"]  # ... and loads the graph served from the start
    finally:
        stop(server)
    assert not Path(server.pool.graph).exists()  # the snapshot is removed


@pytest.mark.browser
def test_query_page_in_chromium(server, tmp_path):
    """The page runs a query and draws the table, with no request leaving 127.0.0.1."""
    chromium = Path("/usr/bin/chromium")
    if not chromium.exists():
        pytest.skip(f"{chromium} not found")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(chromium), headless=True,
                                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        try:
            page = browser.new_page()
            errors, foreign = [], []
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("request", lambda r: None if r.url.startswith(server.url) else foreign.append(r.url))
            page.goto(server.url)
            page.fill("#query", PERSONS + " LIMIT 7")
            page.click("#run")
            page.wait_for_selector("#results table tbody tr")
            assert page.locator("#results tbody tr").count() == 7
            assert page.locator("#results tbody tr").first.inner_text().strip() == "Person 000"
            page.fill("#query", "SELEKT")
            page.keyboard.press("Control+Enter")
            page.wait_for_selector("#status.error")
            assert page.inner_text("#status").startswith("400")
            assert foreign == []
            assert all("status of 400" in e for e in errors), errors  # only the refused query's own error
        finally:
            browser.close()
