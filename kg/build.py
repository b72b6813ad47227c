"""The main job: texts -> processed docs -> facts -> resolved graph -> OUTDIR/graph.ttl.

>>> from kg.build import build                       # doctest: +SKIP
>>> result = build([Path("corpus")], Path("out"))
>>> result.triples
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import Errors, KGError
from .extract import extract
from .extract.resolve import resolve
from .reader import find_texts, read_documents
from .types import Document, DocumentFacts
from .vocab import KG

GRAPH_FILE = "graph.ttl"


@dataclass
class BuildResult:
    outdir: Path
    documents: int = 0
    sentences: int = 0
    tokens: int = 0
    entities: Counter = field(default_factory=Counter)
    positions: int = 0
    events: int = 0
    statements: int = 0
    triples: int = 0
    seconds: float = 0.0
    skipped: list[str] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)


def process(documents: list[Document], nlp=None, progress: Callable[[int], None] | None = None) -> list[DocumentFacts]:
    """Run the pipeline and the extractors over documents (in input order)."""
    if nlp is None:
        from .nlp.pipeline import default_pipeline

        nlp = default_pipeline()
    out = []
    for document, doc in zip(documents, nlp.pipe(d.text for d in documents), strict=True):
        out.append(extract(doc, document))
        if progress:
            progress(1)
    return out


def unique_ids(documents: list[Document]) -> list[Document]:
    """Documents from different folders may share a file name: make their ids unique, stably."""
    seen: Counter = Counter(d.id for d in documents)
    out = []
    for d in documents:
        if seen[d.id] > 1:
            d = Document(d.id + "-" + d.sha256[:8], d.source, d.text, d.title, d.date, d.author, d.sha256)
        out.append(d)
    return out


def build(paths: Iterable[Path], outdir: Path, nlp=None, progress_factory=None,
          warn: Callable[[str], None] | None = None) -> BuildResult:
    """Build the graph of the texts under `paths` into `outdir` (replaced whole, never half-written)."""
    started = time.perf_counter()
    files = find_texts([Path(p) for p in paths])
    if outdir.exists() and not outdir.is_dir():
        raise KGError(Errors.E013.format(path=outdir))
    documents, skipped = [], []
    for item in read_documents(files):
        if isinstance(item, KGError):
            skipped.append(str(item))
        else:
            documents.append(item)
    if not documents:
        if len(files) == 1 and skipped:
            raise KGError(skipped[0])
        raise KGError(Errors.E006.format(n=len(files)))
    for message in skipped if warn else ():
        warn(message)
    documents = unique_ids(documents)
    if progress_factory is not None:
        with progress_factory(len(documents)) as advance:
            all_facts = process(documents, nlp, advance)
    else:
        all_facts = process(documents, nlp)
    graph = graph_of(all_facts)
    write_outdir(outdir, {GRAPH_FILE: lambda path: graph.serialize(path, format="turtle")})
    result = BuildResult(outdir=outdir, documents=len(documents), skipped=skipped, files=files)
    for facts in all_facts:
        result.sentences += len(facts.sentences)
        result.tokens += facts.tokens
        result.positions += len(facts.positions)
        result.events += len(facts.events)
        result.statements += len(facts.statements)
    for kind, cls in (("persons", KG.Person), ("states", KG.State), ("organizations", KG.Organization),
                      ("places", KG.Place)):
        result.entities[kind] = len(set(graph.subjects(None, cls)))
    result.triples = len(graph)
    result.seconds = time.perf_counter() - started
    return result


def graph_of(all_facts: list[DocumentFacts]):
    from .rdf.writer import to_graph

    entities, mapping = resolve(all_facts)
    return to_graph(all_facts, entities, mapping)


def write_outdir(outdir: Path, writers: dict[str, Callable[[Path], object]]) -> None:
    """Write files into a fresh temporary folder beside `outdir`, then swap it in.

    A crash at any point leaves either the old OUTDIR or the new one, never a mix.
    """
    outdir = outdir.resolve()
    outdir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{outdir.name}.tmp-", dir=outdir.parent))
    try:
        if outdir.exists():  # keep what other commands wrote there (analysis, html)
            for item in outdir.iterdir():
                if item.name not in writers and item.is_file():
                    shutil.copy2(item, tmp / item.name)
        for name, write in writers.items():
            write(tmp / name)
        old = None
        if outdir.exists():
            old = outdir.with_name(f".{outdir.name}.old-{os.getpid()}")
            os.replace(outdir, old)
        os.replace(tmp, outdir)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def atomic_write(target: Path, write: Callable[[Path], object]) -> None:
    """Write one file through a temporary sibling and rename it into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(fd)
    try:
        write(Path(name))
        os.replace(name, target)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
