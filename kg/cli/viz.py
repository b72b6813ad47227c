"""`kg viz OUTDIR [--focus NAME] [--max-nodes N]`"""

from __future__ import annotations

from pathlib import Path

import typer

from ..viz import DEFAULT_MAX_NODES, write_html
from . import app


@app.command("viz")
def viz_cli(
    graph: Path = typer.Argument(..., help="A built OUTDIR (or its graph.ttl)."),
    focus: str = typer.Option(None, "--focus", help="Draw only the neighbourhood of this entity (name or IRI)."),
    radius: int = typer.Option(1, "--radius", min=1, help="Steps around --focus."),
    max_nodes: int = typer.Option(DEFAULT_MAX_NODES, "--max-nodes", min=1,
                                  help="Draw at most this many nodes (the most central)."),
) -> None:
    """Draw the entity graph into OUTDIR/graph.html (self-contained, opens offline)."""
    path = write_html(graph, focus=focus, max_nodes=max_nodes, radius=radius)
    typer.echo(f"wrote {path}")
