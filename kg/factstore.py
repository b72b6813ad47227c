"""The incremental build store: per-document facts kept in OUTDIR/.kg/ between builds.

Each document's facts are pickled under the SHA-256 of its file's bytes, so a
rebuild extracts only new or changed documents; facts of changed or deleted
documents are simply not carried into the new store. The store is valid only
for the code and data that made it: a fingerprint of the extraction code
(everything under kg/ that can change facts), the gazetteers, the NER model
and the library versions. When it differs, every document is extracted again.

The graph itself is always re-resolved from all facts (resolution across
documents must see everything), except when nothing at all changed: same
documents, same fingerprints, OUTDIR/graph.ttl still the file this store
wrote and the other files the build left in OUTDIR still there; then the
build keeps OUTDIR as it is.

Layout: OUTDIR/.kg/manifest.json and OUTDIR/.kg/facts/<sha256>.pickle.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import sys
from collections.abc import Callable
from dataclasses import replace
from importlib import metadata
from pathlib import Path

from .paths import GAZETTEER_DIR, PACKAGE_DIR
from .types import Document, DocumentFacts

STORE_DIR = ".kg"
FORMAT = 1
# Parts of kg/ that cannot change a document's facts (their changes keep the store valid).
NOT_FACTS = {"server", "cli", "rdf", "analysis", "viz", "build.py", "parallel.py", "factstore.py", "push.py",
             "validate.py", "__main__.py"}
# Parts that turn facts into the graph and the other files of OUTDIR: their changes redo those, not the facts.
GRAPH_CODE = ("rdf", "build.py", "vocab.py", "viz", "analysis")
LIBRARIES = ("spacy", "HanTa", "rdflib", "thinc", "numpy")


def _hash_tree(h, root: Path, skip: set[str] = frozenset()) -> None:
    paths = [root] if root.is_file() else sorted(
        p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
        and p.relative_to(root).parts[0] not in skip)
    for path in paths:
        h.update(str(path.relative_to(root.parent)).encode() + b"\0")
        h.update(path.read_bytes())


def _versions() -> str:
    out = [sys.version.split()[0]]
    for name in LIBRARIES:
        try:
            out.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            out.append(f"{name}=-")
    return " ".join(out)


def facts_fingerprint(nlp=None) -> str:
    """What the facts of a document depend on besides its text (a custom `nlp` adds its config)."""
    h = hashlib.sha256(f"kg-facts {FORMAT} {_versions()}\0".encode())
    _hash_tree(h, PACKAGE_DIR, NOT_FACTS)
    _hash_tree(h, GAZETTEER_DIR)
    if nlp is not None:
        h.update(b"nlp\0" + nlp.config.to_str().encode())
    return h.hexdigest()


def graph_fingerprint(facts_fp: str) -> str:
    """What the graph depends on besides the facts: the RDF writer and the build code."""
    h = hashlib.sha256(f"kg-graph {facts_fp}\0".encode())
    for name in GRAPH_CODE:
        if (PACKAGE_DIR / name).exists():
            _hash_tree(h, PACKAGE_DIR / name)
    return h.hexdigest()


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def document_keys(documents: list[Document]) -> list[list[str]]:
    return [[d.id, d.source, d.sha256] for d in documents]


class FactStore:
    """The store found in `root` (empty when missing, unreadable, made by other code or not to be reused)."""

    def __init__(self, root: Path, facts_fp: str, graph_fp: str, warn: Callable[[str], None] | None = None,
                 reuse: bool = True):
        self.root, self.facts_fp, self.graph_fp, self.warn = root, facts_fp, graph_fp, warn
        self.manifest: dict = {}
        try:
            manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            manifest = {}
        if not isinstance(manifest, dict):  # a damaged store is ignored, never trusted
            manifest = {}
        if reuse and manifest.get("format") == FORMAT and manifest.get("facts_fingerprint") == facts_fp:
            self.manifest = manifest

    @property
    def valid(self) -> bool:
        return bool(self.manifest)

    def get(self, document: Document) -> DocumentFacts | None:
        """The stored facts of a document with these bytes, or None."""
        if not self.valid or not document.sha256:
            return None
        path = self.root / "facts" / f"{document.sha256}.pickle"
        try:
            with open(path, "rb") as f:
                sentences, entities, positions, events, statements, tokens = pickle.load(f)
        except FileNotFoundError:
            return None
        except Exception as exc:  # noqa: BLE001 - a damaged entry is extracted again
            if self.warn:
                self.warn(f"{path}: unreadable stored facts ({type(exc).__name__}), extracting again")
            return None
        if sentences and sentences[0].doc_id != document.id:  # same bytes under another name
            sentences = [replace(s, doc_id=document.id) for s in sentences]
        return DocumentFacts(document, sentences, entities, positions, events, statements, tokens)

    def unchanged(self, documents: list[Document], graph: Path) -> dict | None:
        """The stored build statistics when `graph` is still exactly what a build of `documents` writes."""
        m = self.manifest
        if not (self.valid and m.get("graph_fingerprint") == self.graph_fp
                and m.get("documents") == document_keys(documents) and graph.is_file() and m.get("outputs")
                and all((graph.parent / name).is_file() for name in m["outputs"])):
            return None
        if graph.stat().st_size != m.get("graph_size") or file_sha256(graph) != m.get("graph_sha256"):
            return None
        stats = m.get("stats")
        keys = {"sentences", "tokens", "positions", "events", "statements", "triples", "entities"}
        return stats if isinstance(stats, dict) and keys <= stats.keys() else None

    def save(self, target: Path, all_facts: list[DocumentFacts], extracted: set[str], graph: Path,
             stats: dict) -> None:
        """Write the store of `all_facts` into the new folder `target`.

        Facts of documents whose hash is in `extracted` are written; the others came
        from this store and are hard-linked (no copy, and the old store stays intact).
        """
        facts_dir = target / "facts"
        facts_dir.mkdir(parents=True)
        for facts in all_facts:
            name = f"{facts.document.sha256}.pickle"
            if (facts_dir / name).exists():
                continue
            old = self.root / "facts" / name
            if facts.document.sha256 not in extracted and old.is_file():
                try:
                    os.link(old, facts_dir / name)
                    continue
                except OSError:
                    pass
            with open(facts_dir / name, "wb") as f:
                pickle.dump((facts.sentences, facts.entities, facts.positions, facts.events, facts.statements,
                             facts.tokens), f, protocol=pickle.HIGHEST_PROTOCOL)
        manifest = {"format": FORMAT, "facts_fingerprint": self.facts_fp, "graph_fingerprint": self.graph_fp,
                    "documents": document_keys([f.document for f in all_facts]),
                    "graph_size": graph.stat().st_size, "graph_sha256": file_sha256(graph), "stats": stats}
        (target / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")

    def record_outputs(self, outdir: Path) -> None:
        """After the swap: note the files of OUTDIR, so that a later build skips only when all are still there."""
        path = outdir / STORE_DIR / "manifest.json"
        manifest = json.loads(path.read_text(encoding="utf-8"))
        manifest["outputs"] = sorted(p.name for p in outdir.iterdir() if p.is_file())
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
