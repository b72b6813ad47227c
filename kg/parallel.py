"""Extraction in parallel: worker processes, or the workers of a Dask cluster.

Documents go in, `DocumentFacts` (plain picklable dataclasses) come out, in
input order. Each worker loads the pipeline once. A document's facts do not
depend on which other documents share its batch, so the result is the same as
a serial run (tests/test_parallel.py compares the graphs byte by byte).
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor

from .errors import Errors, KGError
from .types import Document, DocumentFacts

CONNECT_TIMEOUT = 10.0  # seconds to reach a Dask scheduler
CHUNK = 4  # documents per task: small enough to balance, large enough to amortise the transfer

_nlp = None
_lock = threading.Lock()  # a Dask worker may run tasks in several threads; one pipeline per process


def _load() -> None:
    global _nlp
    if _nlp is None:
        from .nlp.pipeline import default_pipeline

        _nlp = default_pipeline()


def extract_chunk(documents: list[Document]) -> list[DocumentFacts]:
    """Worker side: the facts of some documents with this process's pipeline."""
    from .extract import extract

    with _lock:
        _load()
        return [extract(doc, document) for document, doc in zip(documents, _nlp.pipe(d.text for d in documents),
                                                                 strict=True)]


def chunks(documents: list[Document], size: int = CHUNK) -> list[list[Document]]:
    return [documents[i:i + size] for i in range(0, len(documents), size)]


def process_parallel(documents: list[Document], jobs: int,
                     progress: Callable[[int], None] | None = None) -> list[DocumentFacts]:
    """The facts of `documents` from `jobs` worker processes.

    Spawned, not forked (no threads of the caller, such as a progress bar's, are
    copied); a worker that dies raises BrokenProcessPool instead of being
    restarted forever, as multiprocessing.Pool would.
    """
    if jobs < 1:
        raise KGError(Errors.E016.format(option="--jobs", value=jobs))
    out: list[DocumentFacts] = []
    workers = min(jobs, max(1, len(documents) // CHUNK))
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"), initializer=_load) as pool:
        for facts in pool.map(extract_chunk, chunks(documents)):
            out.extend(facts)
            if progress:
                progress(len(facts))
    return out


def process_dask(documents: list[Document], scheduler: str,
                 progress: Callable[[int], None] | None = None) -> list[DocumentFacts]:
    """The facts of `documents` from the workers of the Dask cluster at `scheduler` (e.g. tcp://host:8786).

    The workers need kg installed (the same version: facts are checked against
    the local code only through the incremental store's fingerprint).
    """
    try:
        from dask.distributed import Client
    except ImportError:
        raise KGError(Errors.E019) from None
    try:
        client = Client(scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise KGError(Errors.E020.format(address=scheduler, reason=str(exc).splitlines()[0] if str(exc)
                                         else type(exc).__name__)) from None
    try:
        out: list[DocumentFacts] = []
        for future in client.map(extract_chunk, chunks(documents), pure=False):  # all submitted at once
            facts = future.result()
            out.extend(facts)
            if progress:
                progress(len(facts))
        return out
    finally:
        client.close()
