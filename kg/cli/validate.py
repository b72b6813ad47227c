"""`kg validate OUTDIR`"""

from __future__ import annotations

from pathlib import Path

import typer

from ..validate import validate_path
from . import app


@app.command("validate")
def validate_cli(graph: Path = typer.Argument(..., help="A built OUTDIR or a Turtle file.")) -> None:
    """Check a built graph against the SHACL shapes in ontology/shapes.ttl."""
    violations = validate_path(graph)
    if not violations:
        typer.echo("conforms: no SHACL violations")
        return
    for v in violations:
        typer.echo(f"{v.focus} {v.path}: {v.message}")
    typer.echo(f"{len(violations)} violation(s)", err=True)
    raise typer.Exit(1)
