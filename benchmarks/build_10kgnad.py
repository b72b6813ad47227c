"""`kg build` on the 10kGNAD sample (1,012 articles): speed, memory, incremental re-runs.

    python benchmarks/build_10kgnad.py [--articles N] [--jobs 1 2] [--keep DIR] [--data articles.tsv]

The articles are written as .txt files to a temporary folder (never into the
repository). Each build runs as its own `kg build` process; its peak memory is
the largest sum of RSS over the process and its workers, sampled every 50 ms,
and its CPU time (with the workers') shows how much other load slowed it.
Prints tokens/s and documents/s per --jobs value, peak RSS, triples, and as a
baseline measured in the same run spaCy's German tokenizer alone over the same
texts (with the ratio); then the time of a re-run on the unchanged corpus and
after changing one article. Targets (issue 6): --jobs 2 <= 120 s and <= 1.5 GB
peak RSS on 2 cores; unchanged re-run < 5 s.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ARTICLES = Path(__file__).resolve().parents[2] / "shared" / "data" / "10kgnad" / "articles.tsv"


def write_articles(data: Path, folder: Path, n: int) -> list[str]:
    texts = []
    for i, line in enumerate(data.read_text(encoding="utf-8").splitlines()[:n]):
        category, _, text = line.partition("\t")
        text = text.strip("'")
        (folder / f"{i:04d}-{category.lower()}.txt").write_text(text + "\n", encoding="utf-8")
        texts.append(text)
    return texts


def run_build(texts: Path, out: Path, *args: str) -> dict:
    """One `kg build` process: wall seconds, peak RSS of its process tree, and the build's statistics."""
    cmd = [sys.executable, "-m", "kg", "build", str(texts), "-o", str(out), *args]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = psutil.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    while proc.poll() is None:
        try:
            rss = proc.memory_info().rss + sum(c.memory_info().rss for c in proc.children(recursive=True))
        except psutil.Error:  # a worker ended between listing and reading
            rss = 0
        peak = max(peak, rss)
        time.sleep(0.05)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # includes the build's own (waited-for) workers
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    if proc.returncode != 0:
        sys.exit(f"kg build failed ({proc.returncode}): {proc.stderr.read().decode()[-2000:]}")
    stats = json.loads((out / ".kg" / "manifest.json").read_text(encoding="utf-8"))["stats"]
    return {"seconds": seconds, "cpu": cpu, "peak_rss": peak, **stats}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=1012)
    ap.add_argument("--data", type=Path, default=ARTICLES, help="10kGNAD sample: category TAB text per line")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--keep", type=Path, help="build here and keep the result (default: a temporary folder)")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-10kgnad-"))
    texts_dir = work / "texts"
    texts_dir.mkdir()
    texts = write_articles(args.data, texts_dir, args.articles)
    print(f"{len(texts)} articles in {texts_dir}; {os.cpu_count()} cores; load average "
          f"{os.getloadavg()[0]:.2f} before the run")

    import spacy

    tokenizer = spacy.blank("de").tokenizer
    t0 = time.perf_counter()
    base_tokens = sum(sum(not t.is_space for t in tokenizer(t)) for t in texts)
    base = time.perf_counter() - t0
    print(f"baseline, spaCy German tokenizer alone: {base_tokens:,} tokens in {base:.2f} s = "
          f"{base_tokens / base:,.0f} tokens/s")

    outs = {}
    for jobs in args.jobs:
        out = (args.keep or work) / f"out-jobs{jobs}"
        shutil.rmtree(out, ignore_errors=True)
        r = run_build(texts_dir, out, "--jobs", str(jobs), "--fresh")
        outs[jobs] = out
        tps = r["tokens"] / r["seconds"]
        print(f"--jobs {jobs}: {r['seconds']:.1f} s ({r['cpu']:.0f} s CPU), {tps:,.0f} tokens/s "
              f"({tps / (base_tokens / base):.4f} x the tokenizer), {len(texts) / r['seconds']:.1f} documents/s, "
              f"peak RSS {r['peak_rss'] / 2**20:,.0f} MB, {r['triples']:,} triples")
    if len(outs) > 1:
        graphs = {(o / "graph.ttl").read_bytes() for o in outs.values()}
        print("graphs of all --jobs values byte-identical:", len(graphs) == 1)

    jobs = max(args.jobs)
    out = outs[jobs]
    r = run_build(texts_dir, out, "--jobs", str(jobs))
    print(f"re-run, unchanged corpus: {r['seconds']:.2f} s (target < 5 s), peak RSS {r['peak_rss'] / 2**20:,.0f} MB")
    changed = sorted(texts_dir.iterdir())[len(texts) // 2]
    changed.write_text(changed.read_text(encoding="utf-8") + "Außenministerin Annalena Baerbock widersprach.\n",
                       encoding="utf-8")
    r = run_build(texts_dir, out, "--jobs", str(jobs))
    print(f"re-run, one article changed: {r['seconds']:.2f} s (1 extracted, graph re-resolved and rewritten)")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
