"""`kg build [PATH...] -o OUTDIR`"""

from __future__ import annotations

import contextlib
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn
from rich.table import Table

from ..build import GRAPH_FILE, build
from . import app

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "corpus"
PROGRESS_FROM = 5  # documents; fewer finish before a bar would be worth drawing


@app.command("build")
def build_cli(
    # readable=False: an unreadable file is the reader's to report (skipped with a warning), not a usage error
    paths: list[Path] = typer.Argument(None, readable=False,
                                       help="Text files or folders of .txt (default: the corpus/ folder)."),
    out: Path = typer.Option(Path("out"), "-o", "--out", help="Output folder."),
    jobs: int = typer.Option(1, "-j", "--jobs", help="Worker processes for extraction."),
    dask: str = typer.Option(None, "--dask", metavar="SCHEDULER",
                             help="Extract on the Dask cluster at this scheduler address (tcp://host:8786)."),
    fresh: bool = typer.Option(False, "--fresh", help="Extract every document again (ignore OUTDIR/.kg)."),
) -> None:
    """Build the knowledge graph of German news texts into OUTDIR/graph.ttl.

    Incremental: only documents that are new or changed since the last build into
    OUTDIR are extracted again (their facts are kept in OUTDIR/.kg).
    """
    console = Console(stderr=True)
    result = build(paths or [DEFAULT_CORPUS], out, progress_factory=_progress(console),
                   warn=lambda msg: console.print(f"[yellow]skipped:[/] {escape(msg)}", highlight=False,
                                                  soft_wrap=True),
                   jobs=jobs, dask=dask, reuse=not fresh)
    table = Table(title=f"kg build -> {result.outdir / GRAPH_FILE}")
    table.add_column("what")
    table.add_column("count", justify="right")
    rows = [("documents", result.documents), ("  extracted", result.extracted), ("  from OUTDIR/.kg", result.reused),
            ("sentences", result.sentences), ("tokens", result.tokens)]
    rows += [(kind, n) for kind, n in sorted(result.entities.items())]
    rows += [("positions", result.positions), ("events", result.events), ("statements", result.statements),
             ("triples", result.triples), ("skipped files", len(result.skipped))]
    for what, n in rows:
        table.add_row(what, str(n))
    table.add_row("seconds", f"{result.seconds:.2f}")
    out = Console(markup=False, highlight=False)  # paths are never markup
    out.print(table)
    for message in result.skipped:  # the summary names every file that was not built
        out.print(f"skipped: {message}", soft_wrap=True)


def _progress(console: Console):
    @contextlib.contextmanager
    def factory(total: int):
        if total < PROGRESS_FROM or not console.is_terminal:  # no bar (nor its last newline) in logs
            yield lambda n: None
            return
        with Progress("[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(),
                      TimeElapsedColumn(), console=console, transient=True) as progress:
            task = progress.add_task("documents", total=total)
            yield lambda n: progress.advance(task, n)

    return factory
