"""notebooks/walkthrough.ipynb runs top to bottom, offline, on the venv's own Python kernel."""

from __future__ import annotations

import sys

import pytest

from .conftest import ROOT

NOTEBOOK = ROOT / "notebooks" / "walkthrough.ipynb"
KERNEL = "kg-venv"


@pytest.fixture
def kernel(tmp_path, monkeypatch) -> str:
    """A kernel spec running this very interpreter (a fresh machine has none registered)."""
    from ipykernel.kernelspec import write_kernel_spec

    write_kernel_spec(tmp_path / "kernels" / KERNEL, overrides={
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "kg (venv)"})
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path))
    return KERNEL


def test_walkthrough_runs(kernel, tmp_path):
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(NOTEBOOK, as_version=4)
    assert not any(c.get("outputs") for c in nb.cells if c.cell_type == "code"), "commit the notebook without outputs"
    NotebookClient(nb, kernel_name=kernel, timeout=180, resources={"metadata": {"path": str(tmp_path)}}).execute()
    text = "\n".join(str(o.get("text", "")) + str(o.get("data", {}).get("text/html", ""))
                     for c in nb.cells if c.cell_type == "code" for o in c.outputs)
    assert "error" not in {o.get("output_type") for c in nb.cells if c.cell_type == "code" for o in c.outputs}
    for expected in ("Sergej Lawrow", "Außenminister", "PhoneCall", "contradicting pairs", "srcdoc=", "pageRank"):
        assert expected in text, expected
