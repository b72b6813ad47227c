from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    """The real default pipeline (HanTa, gazetteers, trained NER), loaded once."""
    from kg.nlp.pipeline import default_pipeline

    return default_pipeline()


@pytest.fixture(scope="session")
def facts_of(nlp):
    """Extract the facts of a German text with the real pipeline."""
    from kg.extract import extract
    from kg.types import Document

    def run(text: str, date: dt.date | None = None):
        document = Document(id="t", source="test", text=text, date=date)
        return extract(nlp(text), document)

    return run


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    """The corpus built once through the CLI entry point."""
    from kg.cli import main

    out = tmp_path_factory.mktemp("built") / "out"
    assert main(["build", str(CORPUS), "-o", str(out)]) == 0
    return out
