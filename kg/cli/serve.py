"""`kg serve OUTDIR [--host 127.0.0.1] [--port 7878]`"""

from __future__ import annotations

import os
import secrets
import signal
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from ..errors import Errors, KGError
from ..rdf.store import graph_file
from . import app


@app.command("serve")
def serve_cli(
    graph: Path = typer.Argument(..., help="A built OUTDIR or a Turtle file."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (default: this machine only)."),
    port: int = typer.Option(7878, "--port", help="TCP port (0: any free port)."),
    workers: int = typer.Option(min(2, os.cpu_count() or 1), "--workers",
                                help="Query worker processes (each holds the graph in memory)."),
    timeout: float = typer.Option(30.0, "--timeout", help="Seconds a query may run before it is stopped."),
    max_result_mb: float = typer.Option(64.0, "--max-result-mb", help="Largest serialized result, in MB."),
    allow_update: bool = typer.Option(False, "--allow-update",
                                      help="Accept SPARQL UPDATE from clients that send the token."),
    token: str = typer.Option(None, "--token", envvar="KG_SERVE_TOKEN", show_envvar=True,
                              help="Bearer token for updates (default: a random one, printed at start)."),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="Do not log requests."),
) -> None:
    """Serve a built graph as a SPARQL 1.1 endpoint at /sparql, with a query page at /."""
    from ..server import Limits, PoolError, make_server
    from ..server.app import is_loopback

    for option, value in (("--workers", workers), ("--timeout", timeout), ("--max-result-mb", max_result_mb)):
        if value <= 0:
            raise KGError(Errors.E016.format(option=option, value=value))
    console = Console(stderr=True, highlight=False)
    path = graph_file(graph)
    if allow_update and not token:
        token = secrets.token_urlsafe(24)
        console.print(f"update token: [bold]{escape(token)}[/]  (send as 'Authorization: Bearer TOKEN')")
    limits = Limits(timeout=timeout, max_bytes=int(max_result_mb * 1024 * 1024))
    log = None if quiet else (lambda line: console.print(line, markup=False))
    try:
        server = make_server(path, host, port, workers, limits, token if allow_update else None, log)
    except PoolError as exc:
        raise KGError(Errors.E008.format(path=path, reason=exc)) from None
    except OSError as exc:
        raise KGError(Errors.E015.format(host=host, port=port, reason=exc.strerror or exc)) from None
    if not is_loopback(host):
        console.print(f"[yellow]warning:[/] listening on {escape(host)}, reachable from other machines")
    console.print(f"SPARQL endpoint [bold]{escape(server.url)}sparql[/] · query page {escape(server.url)} · "
                  f"{'updates with token' if allow_update else 'read-only'} · Ctrl+C stops")
    signal.signal(signal.SIGTERM, _interrupt)  # `kill` stops the workers too, as Ctrl+C does
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def _interrupt(signum, frame):
    raise KeyboardInterrupt
