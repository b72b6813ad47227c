"""`kg push OUTDIR --endpoint URL [--graph IRI]`"""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console

from ..push import push
from . import app


@app.command("push")
def push_cli(
    graph_path: Path = typer.Argument(..., metavar="OUTDIR", help="A built OUTDIR or a Turtle file."),
    endpoint: str = typer.Option(..., "--endpoint", help="Graph Store Protocol URL, e.g. http://127.0.0.1:7878/store"),
    graph: str = typer.Option(None, "--graph", help="Named graph IRI (default: the store's default graph)."),
    append: bool = typer.Option(False, "--append", help="POST: add to the graph instead of replacing it (PUT)."),
    token: str = typer.Option(None, "--token", envvar="KG_PUSH_TOKEN", show_envvar=True,
                              help="Sent as 'Authorization: Bearer TOKEN'."),
) -> None:
    """Load a built graph into a SPARQL 1.1 Graph Store Protocol store."""
    result = push(graph_path, endpoint, graph, append, token)
    Console(highlight=False, markup=False).print(f"{result.method} {result.url}: {result.triples} triples "
                                   f"({result.bytes / 1e6:.1f} MB), HTTP {result.status}")
