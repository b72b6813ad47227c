"""The main job: texts -> processed docs -> facts -> resolved graph -> OUTDIR/graph.ttl.

>>> from kg.build import build                       # doctest: +SKIP
>>> result = build([Path("corpus")], Path("out"))
>>> result.triples
"""

from __future__ import annotations

import os
import re
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
from .factstore import STORE_DIR, FactStore, facts_fingerprint, graph_fingerprint
from .rdf.writer import write_turtle
from .reader import find_texts, read_documents
from .types import Document, DocumentFacts
from .vocab import KG

GRAPH_FILE = "graph.ttl"
# Files `kg analyze` derives from a graph: a new build makes them stale, so it drops them.
STALE_AFTER_BUILD = {"analysis.json", "analysis.ttl"}


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
    extracted: int = 0  # documents run through the pipeline in this build
    reused: int = 0  # documents whose facts came from the incremental store


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
          warn: Callable[[str], None] | None = None, jobs: int = 1, dask: str | None = None,
          reuse: bool = True) -> BuildResult:
    """Build the graph of the texts under `paths` into `outdir` (replaced whole, never half-written).

    Incremental: facts of documents whose bytes were seen by the last build into
    `outdir` come from its store (OUTDIR/.kg, see `kg.factstore`); only new or
    changed documents are extracted (`reuse=False` extracts all). `jobs` > 1
    extracts in that many worker processes, `dask` on the Dask cluster at that
    scheduler address. The graph is the same whichever way it was built.
    """
    started = time.perf_counter()
    if jobs < 1:
        raise KGError(Errors.E016.format(option="--jobs", value=jobs))
    if nlp is not None and (jobs > 1 or dask):
        raise ValueError("a custom pipeline cannot be sent to worker processes; use jobs=1 without dask")
    files = find_texts([Path(p) for p in paths])
    if outdir.exists() and not outdir.is_dir():
        raise KGError(Errors.E013.format(path=outdir))
    recover_outdir(outdir)
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
    result = BuildResult(outdir=outdir, documents=len(documents), skipped=skipped, files=files)
    facts_fp = facts_fingerprint(nlp)
    store = FactStore(outdir / STORE_DIR, facts_fp, graph_fingerprint(facts_fp), warn, reuse=reuse)
    stats = store.unchanged(documents, outdir / GRAPH_FILE)
    if stats is not None:  # nothing changed: the graph in outdir is already the one this build would write
        _count(result, stats)
        result.reused = len(documents)
        result.seconds = time.perf_counter() - started
        return result
    stored = [store.get(d) for d in documents]
    todo = [d for d, facts in zip(documents, stored, strict=True) if facts is None]
    if progress_factory is not None and todo:
        with progress_factory(len(todo)) as advance:
            extracted = extract_documents(todo, nlp, jobs, dask, advance)
    else:
        extracted = extract_documents(todo, nlp, jobs, dask)
    fresh = iter(extracted)
    all_facts = [facts if facts is not None else next(fresh) for facts in stored]
    graph = graph_of(all_facts)
    stats = _stats(all_facts, graph)
    from .viz import html_writer  # issue 5 (kg.viz): graph.html beside graph.ttl
    write_outdir(outdir, {
        GRAPH_FILE: lambda path: write_turtle(graph, path),
        STORE_DIR: lambda path: store.save(path, all_facts, {d.sha256 for d in todo}, path.parent / GRAPH_FILE,
                                           stats),
        **html_writer(graph),  # issue 5 (kg.viz): graph.html
    })
    store.record_outputs(outdir)
    _count(result, stats)
    result.extracted, result.reused = len(todo), len(documents) - len(todo)
    result.seconds = time.perf_counter() - started
    return result


def extract_documents(documents: list[Document], nlp=None, jobs: int = 1, dask: str | None = None,
                      progress: Callable[[int], None] | None = None) -> list[DocumentFacts]:
    """The facts of `documents` (in order): here, in `jobs` processes, or on a Dask cluster."""
    if not documents:
        return []
    if dask:
        from .parallel import process_dask

        return process_dask(documents, dask, progress)
    if jobs > 1:
        from .parallel import process_parallel

        return process_parallel(documents, jobs, progress)
    return process(documents, nlp, progress)


def _stats(all_facts: list[DocumentFacts], graph) -> dict:
    stats = {"sentences": 0, "tokens": 0, "positions": 0, "events": 0, "statements": 0}
    for facts in all_facts:
        stats["sentences"] += len(facts.sentences)
        stats["tokens"] += facts.tokens
        stats["positions"] += len(facts.positions)
        stats["events"] += len(facts.events)
        stats["statements"] += len(facts.statements)
    stats["entities"] = {kind: len(set(graph.subjects(None, cls))) for kind, cls in (
        ("persons", KG.Person), ("states", KG.State), ("organizations", KG.Organization), ("places", KG.Place))}
    stats["triples"] = len(graph)
    return stats


def _count(result: BuildResult, stats: dict) -> None:
    for key in ("sentences", "tokens", "positions", "events", "statements", "triples"):
        setattr(result, key, stats[key])
    result.entities = Counter(stats["entities"])


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
    tmp = Path(tempfile.mkdtemp(prefix=f".{outdir.name}.tmp-{os.getpid()}-", dir=outdir.parent))
    os.chmod(tmp, 0o777 & ~_umask())  # mkdtemp makes it private; OUTDIR is an ordinary folder
    try:
        if outdir.exists():  # keep what else is there, but not analyses of the graph this replaces
            for item in outdir.iterdir():
                if item.name not in writers and item.name not in STALE_AFTER_BUILD and item.is_file():
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


def recover_outdir(outdir: Path) -> None:
    """Clean up after a build into `outdir` that was killed (SIGKILL, power loss) in `write_outdir`.

    Removes the temporary siblings of dead processes; if one died between moving the old OUTDIR aside
    and moving the new one in, the old one is put back. Siblings of running builds are left alone.
    """
    outdir = outdir.resolve()
    if not outdir.parent.is_dir():
        return
    sibling = re.compile(rf"\.{re.escape(outdir.name)}\.(tmp|old)-(\d+)(-.*)?")
    for item in sorted(outdir.parent.iterdir()):
        match = sibling.fullmatch(item.name)
        if not match or _alive(int(match[2])):
            continue
        if match[1] == "old" and not outdir.exists():
            os.replace(item, outdir)
        else:
            shutil.rmtree(item, ignore_errors=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process
        return True
    return True


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write(target: Path, write: Callable[[Path], object]) -> None:
    """Write one file through a temporary sibling and rename it into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(fd)
    os.chmod(name, 0o666 & ~_umask())  # mkstemp makes it private; the result is an ordinary file
    try:
        write(Path(name))
        os.replace(name, target)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
