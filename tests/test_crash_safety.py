"""Killing `kg build` (SIGINT, SIGKILL) at several moments leaves OUTDIR as it was or complete, and the next
build recovers: the same bytes as a clean build, no temporary folders left beside OUTDIR."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Graph

from .conftest import ROOT, SHARED

ARTICLES = SHARED / "data" / "10kgnad" / "articles.tsv"
OUTPUTS = ("graph.ttl", "graph.html")

pytestmark = pytest.mark.slow


def kg_build(src: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kg", "build", str(src), "-o", str(out)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    """30 news articles (v2), the first 20 of them (v1); a complete build of v1 and a clean build of v2."""
    if not ARTICLES.exists():
        pytest.skip("../shared/data/10kgnad is not beside the project")
    root = tmp_path_factory.mktemp("crash")
    lines = ARTICLES.read_text(encoding="utf-8").splitlines()[300:330]
    v1, v2 = root / "v1", root / "v2"
    v1.mkdir()
    v2.mkdir()
    for n, line in enumerate(lines):
        text = line.partition("\t")[2].strip("'")
        (v2 / f"a{n:02d}.txt").write_text(text, encoding="utf-8")
        if n < 20:
            (v1 / f"a{n:02d}.txt").write_text(text, encoding="utf-8")
    prev, ref, timed = root / "prev", root / "ref", root / "timed"
    assert kg_build(v1, prev).wait() == 0
    assert kg_build(v2, ref).wait() == 0
    shutil.copytree(prev, timed, symlinks=True)
    started = time.perf_counter()
    assert kg_build(v2, timed).wait() == 0  # how long the builds the tests kill take
    return {"v2": v2, "prev": prev, "ref": ref, "seconds": time.perf_counter() - started}


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGKILL], ids=["SIGINT", "SIGKILL"])
@pytest.mark.parametrize("moment", [0.5, 1.5, 3.0, "60%", "90%"])
def test_killed_build_leaves_old_or_complete_outdir_and_the_next_build_recovers(builds, tmp_path, signum, moment):
    out = tmp_path / "out"
    shutil.copytree(builds["prev"], out, symlinks=True)
    before, clean = outputs(builds["prev"]), outputs(builds["ref"])
    # a fraction: of the measured build time (90%: when the files are written and swapped in)
    delay = builds["seconds"] * int(moment[:-1]) / 100 if isinstance(moment, str) else moment
    proc = kg_build(builds["v2"], out)
    time.sleep(delay)
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=120)
    if proc.returncode != 0:  # not finished before the signal
        if signum == signal.SIGINT:
            assert (proc.returncode, err) == (130, "interrupted\n")
        else:
            assert proc.returncode == -signal.SIGKILL
    if out.exists():
        assert outputs(out) in (before, clean), "OUTDIR is neither the old nor the new build"
        print(f"{signum!r} after {delay:.1f} s: exit {proc.returncode}, OUTDIR "
              f"{'old' if outputs(out) == before else 'new'}, siblings {sorted(p.name for p in tmp_path.iterdir())}")
        assert len(Graph().parse(out / "graph.ttl")) > 0
    else:  # SIGKILL between moving the old OUTDIR aside and the new one in: the next build puts it back
        assert signum == signal.SIGKILL
    again = kg_build(builds["v2"], out)
    _, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    assert "Traceback" not in err
    assert outputs(out) == clean
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no .out.tmp-* or .out.old-* left
    assert not [p for p in (out / ".kg").rglob("*") if p.suffix == ".tmp"]


def test_interrupted_first_build_leaves_nothing(builds, tmp_path):
    out = tmp_path / "out"
    proc = kg_build(builds["v2"], out)
    time.sleep(2.0)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    if proc.returncode == 0:
        pytest.skip("the build finished within 2 s")
    assert (proc.returncode, err) == (130, "interrupted\n")
    assert list(tmp_path.iterdir()) == []


def dead_pid() -> int:
    proc = subprocess.Popen(["true"])
    proc.wait()
    return proc.pid


@pytest.mark.parametrize("outdir_there", [True, False], ids=["swap-not-begun", "died-mid-swap"])
def test_next_build_cleans_up_after_a_build_killed_while_writing(builds, tmp_path, outdir_there):
    """What SIGKILL inside kg.build.write_outdir leaves, made deterministically: the next build recovers."""
    out = tmp_path / "out"
    pid = dead_pid()
    shutil.copytree(builds["prev"], tmp_path / f".out.tmp-{pid}-x1y2", symlinks=True)
    (tmp_path / f".out.tmp-{pid}-x1y2" / "graph.ttl").write_text("@prefix broken")  # half-written
    if outdir_there:
        shutil.copytree(builds["prev"], out, symlinks=True)
    else:  # the old OUTDIR moved aside, the new one not yet moved in
        shutil.copytree(builds["prev"], tmp_path / f".out.old-{pid}", symlinks=True)
    proc = kg_build(builds["v2"], out)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert outputs(out) == outputs(builds["ref"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


@pytest.mark.parametrize("damage", ["not-json", "truncated", "a-list", "partial-stats", "facts-truncated",
                                    "facts-missing", "store-is-a-file"])
def test_damaged_store_is_rebuilt_not_a_crash(builds, tmp_path, damage):
    import json

    out = tmp_path / "out"
    shutil.copytree(builds["ref"], out, symlinks=True)
    store, manifest = out / ".kg", out / ".kg" / "manifest.json"
    facts = sorted((store / "facts").iterdir())
    if damage == "not-json":
        manifest.write_bytes(b"\x00\xff garbage")
    elif damage == "truncated":
        manifest.write_bytes(manifest.read_bytes()[:100])
    elif damage == "a-list":
        manifest.write_text("[1, 2]")
    elif damage == "partial-stats":
        m = json.loads(manifest.read_text())
        m["stats"] = {"sentences": 1}
        manifest.write_text(json.dumps(m))
    elif damage == "facts-truncated":
        (out / "graph.ttl").write_bytes((out / "graph.ttl").read_bytes() + b"\n")  # not the unchanged fast path
        for f in facts:
            f.write_bytes(f.read_bytes()[:20])
    elif damage == "facts-missing":
        (out / "graph.ttl").unlink()
        shutil.rmtree(store / "facts")
    else:
        shutil.rmtree(store)
        store.write_text("not a folder")
    proc = kg_build(builds["v2"], out)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert "Traceback" not in err and "internal error" not in err
    assert outputs(out) == outputs(builds["ref"])
    assert (store / "manifest.json").is_file()
