"""A pool of query worker processes with a hard time limit per query.

pyoxigraph has no query timeout and a thread cannot be stopped, so a query
abandoned in a thread keeps a core busy until it ends (measured: a 3-way cross
product over a small graph ran on after its 2 s timeout). Workers are plain
subprocesses (`kg.server.worker`): on timeout the server kills the worker,
answers 503 at once, and starts a replacement in the background.

Workers load a private snapshot of the graph file taken at start, so a
rebuild of OUTDIR meanwhile does not mix two graphs (restart to serve it).
Updates go to every worker (each holds its own copy of the graph) while no
query runs, and are kept in a log that replacement workers replay, so all
workers always hold the same data.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from .protocol import read_frame, write_frame

READY_TIMEOUT = 600.0  # seconds a worker may take to load the graph


class PoolError(Exception):
    """A query could not be answered: `status` is the HTTP status to send."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


class Worker:
    def __init__(self, graph: Path, updates: list[str]):
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        self.proc = subprocess.Popen([sys.executable, "-m", "kg.server.worker", str(graph)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
        reply = self._receive(READY_TIMEOUT)
        if reply is None or reply[0] != "ready":
            self.kill()
            raise PoolError(500, "query worker failed to start: " + (reply[2] if reply else "no reply"))
        for sparql in updates:
            if self.call(("update", sparql), READY_TIMEOUT)[0] != "ok":
                self.kill()
                raise PoolError(500, "query worker failed to replay an update")

    def call(self, request: tuple, timeout: float) -> tuple:
        """Send one request and wait for its reply; None when the time ran out (the worker is then dead)."""
        try:
            write_frame(self.proc.stdin, request)
        except (BrokenPipeError, OSError):
            return ("error", "crashed", "query worker died")
        reply = self._receive(timeout)
        if reply is None:
            self.kill()
            return ("error", "timeout", f"query took longer than {timeout:g} s")
        return reply

    def _receive(self, timeout: float):
        ready, _, _ = select.select([self.proc.stdout], [], [], max(timeout, 0))
        if not ready:
            return None
        try:
            reply = read_frame(self.proc.stdout)
        except (EOFError, OSError, ValueError):
            reply = None
        if reply is None:  # EOF: the worker died (crash, out of memory)
            self.kill()
            return ("error", "crashed", "query worker died")
        return reply

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        for stream in (self.proc.stdin, self.proc.stdout):
            try:
                stream.close()
            except OSError:
                pass

    @property
    def alive(self) -> bool:
        return self.proc.poll() is None


@dataclass
class Limits:
    timeout: float = 30.0  # seconds per query or update
    max_bytes: int = 64 * 1024 * 1024  # serialized result size
    queue_timeout: float = 30.0  # seconds a request may wait for a free worker


class QueryPool:
    """`size` workers over the graph file; thread-safe."""

    def __init__(self, graph: Path, size: int = 2, limits: Limits | None = None):
        self.size, self.limits = max(1, size), limits or Limits()
        self.graph = self._snapshot(Path(graph))
        self.updates: list[str] = []
        self._lock = threading.Condition()
        self._idle: list[Worker] = []
        self._busy = 0
        self._starting = 0
        self._writing = False
        self._closed = False
        workers = [None] * self.size

        def start(i):
            try:
                workers[i] = Worker(self.graph, [])
            except PoolError as exc:
                workers[i] = exc

        threads = [threading.Thread(target=start, args=(i,)) for i in range(self.size)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        errors = [w for w in workers if isinstance(w, PoolError)]
        if errors:
            for w in workers:
                if isinstance(w, Worker):
                    w.kill()
            shutil.rmtree(self.graph.parent, ignore_errors=True)
            raise errors[0]
        self._idle = workers

    @staticmethod
    def _snapshot(graph: Path) -> Path:
        """A private copy (hard link when possible) of the graph file: `kg build` may replace OUTDIR
        while the server runs, and replacement workers must load what the others hold."""
        folder = Path(tempfile.mkdtemp(prefix="kg-serve-"))
        target = folder / "graph.ttl"
        try:
            os.link(graph, target)
        except OSError:
            shutil.copyfile(graph, target)
        return target

    # -- queries: one worker each -----------------------------------------------------------
    def query(self, sparql: str, accept: list[str], fmt: str | None = None, default_graphs=(),
              named_graphs=()) -> tuple[str, bytes]:
        """(media type, body) of the serialized result, or PoolError."""
        worker = self._acquire()
        try:
            reply = worker.call(("query", sparql, accept, fmt, self.limits.max_bytes, list(default_graphs),
                                 list(named_graphs)), self.limits.timeout)
        finally:
            self._release(worker)
        return self._unwrap(reply)

    # -- updates: every worker, while nothing else runs ---------------------------------------
    def update(self, sparql: str) -> None:
        with self._lock:
            while self._writing:
                self._wait()
            self._writing = True  # no new queries start
            try:
                while self._busy or self._starting:
                    self._wait()
            except PoolError:
                self._writing = False
                self._lock.notify_all()
                raise
            workers, self._idle = self._idle, []
            if not workers:
                self._writing = False
                self._lock.notify_all()
                raise PoolError(503, "no query worker is running")
            self._busy += len(workers)
        try:
            first = workers[0].call(("update", sparql), self.limits.timeout)
            if first[0] == "ok":
                self.updates.append(sparql)
                for w in workers[1:]:
                    if w.call(("update", sparql), self.limits.timeout)[0] != "ok":
                        w.kill()  # replaced below; the replacement replays the log
        finally:
            with self._lock:
                self._writing = False
                self._busy -= len(workers)
                for w in workers:
                    self._put_back(w)
                self._lock.notify_all()
        self._unwrap(first)

    # -- internals ---------------------------------------------------------------------------
    def _wait(self) -> None:
        if not self._lock.wait(self.limits.queue_timeout):
            raise PoolError(503, "the server is busy; try again later")

    def _acquire(self) -> Worker:
        deadline = time.monotonic() + self.limits.queue_timeout
        with self._lock:
            while self._writing or not self._idle:
                if self._closed:
                    raise PoolError(503, "the server is shutting down")
                if not self._lock.wait(max(0.0, deadline - time.monotonic())):
                    raise PoolError(503, "all query workers are busy; try again later")
            self._busy += 1
            return self._idle.pop()

    def _release(self, worker: Worker) -> None:
        with self._lock:
            self._busy -= 1
            self._put_back(worker)
            self._lock.notify_all()

    def _put_back(self, worker: Worker) -> None:
        """(lock held) an idle worker back into the pool, or a replacement started for a dead one."""
        if self._closed:
            worker.kill()
        elif worker.alive:
            self._idle.append(worker)
        else:
            self._starting += 1
            threading.Thread(target=self._replace, daemon=True).start()

    def _replace(self) -> None:
        while True:
            with self._lock:
                if self._closed:
                    self._starting -= 1
                    self._lock.notify_all()
                    return
                updates = list(self.updates)
            try:
                worker = Worker(self.graph, updates)
            except PoolError:
                time.sleep(1.0)
                continue
            with self._lock:
                if len(self.updates) != len(updates):  # an update came in meanwhile: start again
                    worker.kill()
                    continue
                self._starting -= 1
                if self._closed:
                    worker.kill()
                else:
                    self._idle.append(worker)
                self._lock.notify_all()
                return

    @staticmethod
    def _unwrap(reply: tuple) -> tuple[str, bytes]:
        status, a, b = reply
        if status == "ok":
            return a, b
        http = {"syntax": 400, "format": 406, "size": 422, "timeout": 503}.get(a, 500)
        raise PoolError(http, b)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers, self._idle = self._idle, []
            self._lock.notify_all()
        for w in workers:
            w.kill()
        shutil.rmtree(self.graph.parent, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

