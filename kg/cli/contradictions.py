"""`kg contradictions OUTDIR`"""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from ..contradictions import contradictions
from . import app


@app.command("contradictions")
def contradictions_cli(graph: Path = typer.Argument(..., help="A built OUTDIR or a Turtle file.")) -> None:
    """List statements of different speakers that contradict each other."""
    pairs = contradictions(graph)
    table = Table("speaker", "stance", "says", "vs. speaker", "stance", "says", title=f"{len(pairs)} contradiction(s)")
    for a, b in pairs:
        table.add_row(a.speaker, a.stance, _short(a.about or a.sentence), b.speaker, b.stance,
                      _short(b.about or b.sentence))
    Console(markup=False).print(table)  # data is never markup


def _short(text: str, width: int = 90) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
