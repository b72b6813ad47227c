"""A bounded load test of `kg serve`: N concurrent keep-alive clients for T seconds, 127.0.0.1 only.

    python benchmarks/serve_load.py OUTDIR [--clients 100] [--seconds 30] [--workers 2]

Starts `kg serve OUTDIR` on a free port of 127.0.0.1 as a subprocess, waits
until it answers, then runs the clients (asyncio, raw HTTP/1.1 with
keep-alive) each sending the competency queries of benchmarks/queries.py in
turn (GET /sparql, JSON results) until the time is up; stops the server and
prints requests/s, errors by kind and latency percentiles.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from queries import PREFIXES, QUERIES  # noqa: E402

HOST = "127.0.0.1"  # never anything else: this is a load generator


async def client(port: int, paths: list[bytes], stop: float, latencies: list[float], errors: collections.Counter,
                 offset: int) -> None:
    reader = writer = None
    n = offset
    while time.perf_counter() < stop:
        try:
            if writer is None:
                reader, writer = await asyncio.open_connection(HOST, port)
            path = paths[n % len(paths)]
            n += 1
            t0 = time.perf_counter()
            writer.write(b"GET " + path + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                         b"Accept: application/sparql-results+json\r\n\r\n")
            await writer.drain()
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), max(1.0, stop - time.perf_counter() + 60))
            status = int(head.split(b" ", 2)[1])
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            await reader.readexactly(length)
            if status == 200:
                latencies.append(time.perf_counter() - t0)
            else:
                errors[f"HTTP {status}"] += 1
        except (TimeoutError, OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError) as exc:
            errors[type(exc).__name__] += 1
            if writer is not None:
                writer.close()
            reader = writer = None
    if writer is not None:
        writer.close()


async def load(port: int, clients: int, seconds: float) -> tuple[list[float], collections.Counter, float]:
    paths = [("/sparql?" + urllib.parse.urlencode({"query": PREFIXES + q})).encode() for q in QUERIES.values()]
    latencies: list[float] = []
    errors: collections.Counter = collections.Counter()
    started = time.perf_counter()
    stop = started + seconds
    await asyncio.gather(*(client(port, paths, stop, latencies, errors, i) for i in range(clients)))
    return latencies, errors, time.perf_counter() - started


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--clients", type=int, default=100)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "kg", "serve", str(args.outdir), "--host", HOST, "--port",
                               str(port), "--workers", str(args.workers), "-q"], stderr=subprocess.PIPE)
    try:
        t0 = time.perf_counter()
        while True:
            try:
                urllib.request.urlopen(f"http://{HOST}:{port}/sparql?query=ASK%7B%7D", timeout=5).close()
                break
            except OSError:
                if server.poll() is not None or time.perf_counter() - t0 > 300:
                    sys.exit("kg serve did not start: " + server.stderr.read().decode()[-2000:])
                time.sleep(0.2)
        print(f"kg serve {args.outdir} up in {time.perf_counter() - t0:.1f} s with {args.workers} workers; "
              f"{args.clients} clients for {args.seconds:g} s, {len(QUERIES)} competency queries in turn")
        latencies, errors, elapsed = asyncio.run(load(port, args.clients, args.seconds))
    finally:
        server.terminate()
        server.wait(30)
    ok = len(latencies)
    latencies.sort()

    def pct(p: float) -> float:
        return latencies[min(ok - 1, int(p * ok))] * 1e3 if ok else float("nan")

    print(f"{ok / elapsed:,.0f} requests/s ({ok} answered in {elapsed:.1f} s); errors: {sum(errors.values())}"
          + (f" {dict(errors)}" if errors else ""))
    print(f"latency ms: p50 {pct(0.5):.1f}, p95 {pct(0.95):.1f}, p99 {pct(0.99):.1f}, max {pct(1.0):.1f}")


if __name__ == "__main__":
    main()
