"""`kg push` into a real Oxigraph server (PyPI package `oxigraph`) on 127.0.0.1."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from rdflib import Graph

from kg.cli import main
from kg.push import store_url

NEWS = "https://example.org/graph/news"


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory):
    """The base URL of a fresh Oxigraph server."""
    binary = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    if binary is None:
        pytest.skip("the oxigraph server (pip install oxigraph) is not installed")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    location = tmp_path_factory.mktemp("oxigraph")
    proc = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/query?query=ASK%7B%7D", timeout=2).close()
                break
            except (urllib.error.URLError, ConnectionError):
                if proc.poll() is not None:
                    pytest.fail("oxigraph serve exited: " + proc.stderr.read().decode())
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        proc.wait(10)


def count(base: str, graph: str | None) -> int:
    pattern = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
    url = base + "/query?" + urllib.parse.urlencode({"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}"})
    req = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=10) as r:
        return int(json.loads(r.read())["results"]["bindings"][0]["n"]["value"])


def test_push_into_a_named_graph_replaces_it(built, oxigraph, capsys):
    n = len(Graph().parse(built / "graph.ttl"))
    assert main(["push", str(built), "--endpoint", oxigraph + "/store", "--graph", NEWS]) == 0
    assert f"{n} triples" in capsys.readouterr().out
    assert count(oxigraph, NEWS) == n
    # PUT again replaces; POST (--append) of the same triples adds nothing new
    assert main(["push", str(built / "graph.ttl"), "--endpoint", oxigraph + "/store", "--graph", NEWS]) == 0
    assert main(["push", str(built), "--endpoint", oxigraph + "/store", "--graph", NEWS, "--append"]) == 0
    assert count(oxigraph, NEWS) == n


def test_push_into_the_default_graph(built, oxigraph):
    assert main(["push", str(built), "--endpoint", oxigraph + "/store"]) == 0
    assert count(oxigraph, None) == len(Graph().parse(built / "graph.ttl"))


def test_push_errors_are_one_line(built, oxigraph, tmp_path, capsys):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    for args, expected in [
        (["--endpoint", f"http://127.0.0.1:{closed}/store"], "push to http://127.0.0.1"),
        (["--endpoint", "ftp://example.org/store"], "not an http(s) URL"),
        (["--endpoint", oxigraph + "/nowhere"], "HTTP 404"),
        (["--endpoint", oxigraph + "/store", "--graph", "no iri"], "not an absolute IRI"),
    ]:
        assert main(["push", str(built), *args]) == 2
        err = capsys.readouterr().err
        assert err.startswith("error: ") and expected in err and err.count("\n") == 1, err
    assert main(["push", str(tmp_path), "--endpoint", oxigraph + "/store"]) == 2
    assert "not a built graph" in capsys.readouterr().err


def test_store_url():
    assert store_url("http://h:1/store", "urn:x") == "http://h:1/store?graph=urn%3Ax"
    assert store_url("https://h/ds?a=b", None) == "https://h/ds?a=b&default"
