"""`kg export OUTDIR --format turtle|ntriples|jsonld|graphml -o FILE`"""

from __future__ import annotations

from pathlib import Path

import typer

from ..rdf.exports import export
from . import app


@app.command("export")
def export_cli(
    graph: Path = typer.Argument(..., help="A built OUTDIR or a Turtle file."),
    fmt: str = typer.Option("turtle", "--format", help="turtle, ntriples, jsonld or graphml."),
    out: Path = typer.Option(..., "-o", "--out", help="The file to write."),
) -> None:
    """Export a built graph to another format."""
    n = export(graph, fmt, out)
    typer.echo(f"wrote {n} triples to {out}")
