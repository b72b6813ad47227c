"""Incremental builds: OUTDIR/.kg keeps per-document facts; rebuilds equal fresh builds."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kg.build import build
from kg.factstore import STORE_DIR

A = ("Lawrow trifft Rubio | Redaktion. 21.10.2025.\n"
     "Der russische Außenminister Sergej Lawrow hat am Montag in Moskau US-Außenminister Marco Rubio getroffen. "
     "Lawrow sagte, Russland sei zu Gesprächen bereit.\n")
B = ("Kritik aus Moskau | Redaktion. 22.10.2025.\n"
     "Lawrow wies die Vorwürfe der Europäischen Union zurück. "
     "Rubio forderte eine Waffenruhe in der Ukraine.\n")
B2 = ("Kritik aus Moskau | Redaktion. 22.10.2025.\n"
      "Lawrow kritisierte die Sanktionen der Europäischen Union scharf. "
      "Wolodymyr Selenskyj telefonierte mit Rubio.\n")
C = ("Telefonat | Redaktion. 23.10.2025.\n"
     "Bundeskanzler Friedrich Merz hat mit dem russischen Präsidenten Wladimir Putin telefoniert. "
     "Merz warnte vor einer Eskalation.\n")


def corpus(folder: Path, **texts: str) -> Path:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def fresh(tmp_path, nlp):
    """The graph.ttl bytes of a build from scratch (new OUTDIR) of the texts in a folder."""

    def run(texts: Path) -> bytes:
        out = tmp_path / "fresh-out"
        shutil.rmtree(out, ignore_errors=True)
        build([texts], out, nlp=nlp)
        return (out / "graph.ttl").read_bytes()

    return run


def test_add_change_delete_equal_fresh_builds(tmp_path, nlp, fresh):
    texts, out = tmp_path / "texts", tmp_path / "out"
    first = build([corpus(texts, a=A, b=B)], out, nlp=nlp)
    assert (first.extracted, first.reused) == (2, 0)
    assert (out / STORE_DIR / "manifest.json").is_file()

    (texts / "c.txt").write_text(C, encoding="utf-8")  # add C
    added = build([texts], out, nlp=nlp)
    assert (added.extracted, added.reused) == (1, 2)
    assert (out / "graph.ttl").read_bytes() == fresh(texts)

    (texts / "b.txt").write_text(B2, encoding="utf-8")  # change B
    changed = build([texts], out, nlp=nlp)
    assert (changed.extracted, changed.reused) == (1, 2)
    assert (out / "graph.ttl").read_bytes() == fresh(texts)

    (texts / "a.txt").unlink()  # delete A
    deleted = build([texts], out, nlp=nlp)
    assert (deleted.extracted, deleted.reused) == (0, 2)
    graph = (out / "graph.ttl").read_bytes()
    assert graph == fresh(texts)
    assert b"/doc/a/" not in graph and b"Rubio getroffen" not in graph
    # facts of deleted and changed documents are dropped from the store
    assert len(list((out / STORE_DIR / "facts").iterdir())) == 2


def test_unchanged_corpus_keeps_the_graph(tmp_path, nlp):
    texts, out = corpus(tmp_path / "texts", a=A, b=B), tmp_path / "out"
    first = build([texts], out, nlp=nlp)
    before = (out / "graph.ttl").stat()
    again = build([texts], out, nlp=nlp)
    assert (again.extracted, again.reused) == (0, 2)
    assert (out / "graph.ttl").stat().st_mtime_ns == before.st_mtime_ns  # not rewritten
    assert (again.triples, again.entities, again.statements) == (first.triples, first.entities, first.statements)
    # a graph.ttl edited by hand is rewritten from the stored facts
    (out / "graph.ttl").write_text("# edited\n", encoding="utf-8")
    repaired = build([texts], out, nlp=nlp)
    assert repaired.extracted == 0 and (out / "graph.ttl").read_bytes() != b"# edited\n"
    assert repaired.triples == first.triples
    # so is a missing file that the build writes
    html = next(p for p in out.iterdir() if p.suffix == ".html")
    html.unlink()
    assert build([texts], out, nlp=nlp).reused == 2 and html.is_file()


def test_renamed_file_reuses_facts_under_its_new_id(tmp_path, nlp, fresh):
    texts, out = corpus(tmp_path / "texts", a=A, b=B), tmp_path / "out"
    build([texts], out, nlp=nlp)
    (texts / "b.txt").rename(texts / "zweiter.txt")
    renamed = build([texts], out, nlp=nlp)
    assert renamed.extracted == 0
    assert (out / "graph.ttl").read_bytes() == fresh(texts)


def test_other_code_or_fresh_flag_extracts_again(tmp_path, nlp):
    texts, out = corpus(tmp_path / "texts", a=A), tmp_path / "out"
    build([texts], out, nlp=nlp)
    assert build([texts], out, nlp=nlp, reuse=False).extracted == 1
    manifest = out / STORE_DIR / "manifest.json"
    data = json.loads(manifest.read_text())
    data["facts_fingerprint"] = "made by other code"
    manifest.write_text(json.dumps(data))
    assert build([texts], out, nlp=nlp).extracted == 1


def test_damaged_store_entry_is_extracted_again(tmp_path, nlp):
    texts, out = corpus(tmp_path / "texts", a=A, b=B), tmp_path / "out"
    build([texts], out, nlp=nlp)
    graph = (out / "graph.ttl").read_bytes()
    entry = next((out / STORE_DIR / "facts").iterdir())
    entry.write_bytes(b"not a pickle")
    (out / "graph.ttl").unlink()
    warnings = []
    again = build([texts], out, nlp=nlp, warn=warnings.append)
    assert again.extracted == 1 and len(warnings) == 1 and "unreadable" in warnings[0]
    assert (out / "graph.ttl").read_bytes() == graph
    assert build([texts], out, nlp=nlp).extracted == 0  # the entry was written anew
