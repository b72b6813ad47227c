"""Parallel builds: --jobs N worker processes and --dask SCHEDULER give the serial build's graph, byte for byte."""

from __future__ import annotations

import pytest

from kg.build import build
from kg.cli import main

from .conftest import CORPUS


@pytest.mark.slow
def test_jobs_2_equals_serial_build(built, tmp_path):
    out = tmp_path / "out"
    assert main(["build", str(CORPUS), "-o", str(out), "--jobs", "2", "--fresh"]) == 0
    assert (out / "graph.ttl").read_bytes() == (built / "graph.ttl").read_bytes()


@pytest.mark.slow
def test_dask_cluster_equals_serial_build(built, tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=True, dashboard_address=None,
                                  host="127.0.0.1") as cluster:
        result = build([CORPUS], tmp_path / "out", dask=cluster.scheduler_address)
    assert result.extracted == 2
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == (built / "graph.ttl").read_bytes()


def test_bad_jobs_and_unreachable_scheduler_are_one_line_errors(tmp_path, capsys, monkeypatch):
    assert main(["build", str(CORPUS), "-o", str(tmp_path / "out"), "--jobs", "0"]) == 2
    assert "--jobs must be positive" in capsys.readouterr().err
    pytest.importorskip("dask.distributed")
    monkeypatch.setattr("kg.parallel.CONNECT_TIMEOUT", 0.5)
    assert main(["build", str(CORPUS), "-o", str(tmp_path / "out"), "--dask", "tcp://127.0.0.1:9"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: cannot reach the Dask scheduler tcp://127.0.0.1:9") and err.count("\n") == 1
