"""`kg ner INPUT.tsv -o OUTPUT.tsv`"""

from __future__ import annotations

from pathlib import Path

import typer

from ..nlp.pipeline import default_pipeline
from ..tagging import tag_file
from . import app


@app.command("ner")
def ner_cli(
    source: Path = typer.Argument(..., help="Pre-tokenized sentences in GermEval 2014 TSV format."),
    out: Path = typer.Option(..., "-o", "--out", help="Where to write the tagged TSV."),
) -> None:
    """Tag persons, locations (states and places) and organizations in GermEval 2014 format."""
    n = tag_file(default_pipeline(), source, out)
    typer.echo(f"tagged {n} sentences -> {out}")
