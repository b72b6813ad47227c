"""The CLI end to end, on the corpus and on bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph
from rdflib.namespace import RDF

from kg.cli import main
from kg.vocab import KG

from .conftest import CORPUS, ROOT, SHARED


def test_build_writes_a_graph_of_the_corpus(built):
    g = Graph().parse(built / "graph.ttl")
    assert len(set(g.subjects(RDF.type, KG.Document))) == 2
    assert len(set(g.subjects(RDF.type, KG.Person))) >= 5
    # every extracted node is traceable to a sentence
    for cls in (KG.Person, KG.State, KG.Position, KG.Event, KG.Statement):
        for node in g.subjects(RDF.type, cls):
            assert (node, KG.evidence, None) in g, node


def test_query_lists_the_persons(built, capsys):
    q = ("PREFIX kg: <https://w3id.org/kg-news/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
         "SELECT ?name WHERE { ?p a kg:Person ; rdfs:label ?name } ORDER BY ?name")
    assert main(["query", str(built), q, "--format", "json"]) == 0
    names = {row["name"] for row in json.loads(capsys.readouterr().out)}
    assert {"Donald Trump", "Wladimir Putin", "Marco Rubio"} <= names
    assert any("Lawrow" in n for n in names)


def test_query_from_file_as_csv(built, tmp_path, capsys):
    rq = tmp_path / "q.rq"
    rq.write_text("PREFIX kg: <https://w3id.org/kg-news/ontology#> SELECT (COUNT(*) AS ?n) WHERE { ?s a kg:State }")
    assert main(["query", str(built / "graph.ttl"), "-f", str(rq), "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "n" and int(lines[1]) >= 3


def test_bad_sparql_is_one_line_error(built, capsys):
    assert main(["query", str(built), "SELEKT nothing"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: SPARQL error") and "\n" not in err


@pytest.mark.parametrize("fmt,parse", [("turtle", "turtle"), ("ntriples", "nt"), ("jsonld", "json-ld"),
                                       ("graphml", None)])
def test_export_parses_back_with_same_triples(built, tmp_path, fmt, parse):
    n = len(Graph().parse(built / "graph.ttl"))
    target = tmp_path / f"export.{fmt}"
    assert main(["export", str(built), "--format", fmt, "-o", str(target)]) == 0
    if parse:
        assert len(Graph().parse(target, format=parse)) == n
    else:
        assert nx.read_graphml(target).number_of_edges() == n


def test_validate_passes_on_build(built, capsys):
    assert main(["validate", str(built)]) == 0, capsys.readouterr().out


def test_validate_rejects_broken_graph(built, tmp_path, capsys):
    g = Graph().parse(built / "graph.ttl")
    position = next(g.subjects(RDF.type, KG.Position))
    person = next(g.subjects(RDF.type, KG.Person))
    for holder in list(g.objects(position, KG.holder)):
        g.remove((position, KG.holder, holder))  # a position without a holder
    g.add((person, KG.date, g.value(position, KG.role)))  # and a date that is no xsd:date
    broken = tmp_path / "broken.ttl"
    g.serialize(broken, format="turtle")
    assert main(["validate", str(broken)]) == 1
    out = capsys.readouterr().out
    assert str(position) in out


def test_build_is_deterministic(built, tmp_path):
    again = tmp_path / "again"
    assert main(["build", str(CORPUS), "-o", str(again)]) == 0
    assert (again / "graph.ttl").read_bytes() == (built / "graph.ttl").read_bytes()


def test_score_script_reads_the_graph(built):
    score = SHARED / "eval" / "score.py"
    if not score.exists():
        pytest.skip("../shared/eval/score.py is not beside the project")
    gold = SHARED / "eval" / "gold" / "seed-000.json"
    proc = subprocess.run([sys.executable, str(score), str(built / "graph.ttl"), str(gold), "--json"],
                          capture_output=True, text=True, check=True)
    scores = json.loads(proc.stdout)
    assert scores["persons"]["tp"] >= 5


BINARY = bytes(range(256)) * 4


@pytest.mark.parametrize("make", [
    lambda d: d / "missing.txt",
    lambda d: _write(d / "empty.txt", b""),
    lambda d: _write(d / "blank.txt", b"  \n\n \t"),
    lambda d: _write(d / "binary.txt", BINARY),
    lambda d: _mkdir(d / "no-texts"),
], ids=["missing", "empty", "whitespace", "binary", "folder-without-txt"])
def test_bad_input_is_one_line_error_and_no_output(tmp_path, make):
    path = make(tmp_path)
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "kg", "build", str(path), "-o", str(out)],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.startswith("error: ") and proc.stderr.count("\n") == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out")]


def test_failed_build_keeps_previous_output(built, tmp_path):
    out = tmp_path / "out"
    (out).mkdir()
    (out / "graph.ttl").write_text("previous")
    assert main(["build", str(tmp_path / "nothing-here.txt"), "-o", str(out)]) == 2
    assert (out / "graph.ttl").read_text() == "previous"


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _mkdir(path: Path) -> Path:
    path.mkdir()
    (path / "notes.md").write_text("not a text file for kg")
    return path


def test_corpus_build_has_one_node_per_person(built, capsys):
    """Sergei/Sergej Lawrow, Trump/Trumps, Zelensky/Selenskyj: one node each across both texts."""
    q = ("PREFIX kg: <https://w3id.org/kg-news/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
         "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
         "SELECT ?p (GROUP_CONCAT(?n; separator='|') AS ?names) WHERE { ?p a kg:Person . "
         "{ ?p rdfs:label ?n } UNION { ?p skos:altLabel ?n } } GROUP BY ?p")
    assert main(["query", str(built), q, "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    for surname in ("Lawrow", "Trump", "Putin", "Rubio"):
        assert sum(surname in row["names"] for row in rows) == 1, surname
    lawrow = next(row["names"].split("|") for row in rows if "Lawrow" in row["names"])
    assert {"Sergei Lawrow", "Sergej Lawrow"} <= set(lawrow)


@pytest.mark.slow
def test_real_news_articles_give_a_conforming_graph(tmp_path):
    """40 articles of 10kGNAD (read from ../shared, never copied into the repo) build and validate."""
    articles = SHARED / "data" / "10kgnad" / "articles.tsv"
    if not articles.exists():
        pytest.skip("../shared/data/10kgnad is not beside the project")
    lines = articles.read_text(encoding="utf-8").splitlines()[200:240]
    for n, line in enumerate(lines):
        (tmp_path / f"a{n}.txt").write_text(line.partition("\t")[2].strip("'"), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(tmp_path), "-o", str(out)]) == 0
    assert main(["validate", str(out)]) == 0


def test_rebuild_drops_stale_analyses_and_keeps_other_files(tmp_path):
    from kg.build import write_outdir

    out = tmp_path / "out"
    write_outdir(out, {"graph.ttl": lambda p: p.write_text("one")})
    (out / "analysis.json").write_text("{}")
    (out / "notes.txt").write_text("mine")
    write_outdir(out, {"graph.ttl": lambda p: p.write_text("two")})
    assert sorted(p.name for p in out.iterdir()) == ["graph.ttl", "notes.txt"]
    assert (out / "graph.ttl").read_text() == "two"
    assert oct(out.stat().st_mode & 0o777) != oct(0o700)
