"""`kg query OUTDIR|FILE.ttl 'SPARQL'`"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from ..errors import Errors, KGError
from ..rdf.store import load_store, query
from . import app

FORMATS = ("table", "csv", "json")


@app.command("query")
def query_cli(
    graph: Path = typer.Argument(..., help="A built OUTDIR or a Turtle file."),
    sparql: str = typer.Argument(None, help="The SPARQL query."),
    file: Path = typer.Option(None, "-f", "--file", help="Read the query from a file."),
    fmt: str = typer.Option("table", "--format", help="table, csv or json."),
) -> None:
    """Run a SPARQL query over a built graph."""
    if fmt not in FORMATS:
        raise KGError(Errors.E010.format(fmt=fmt, choices=", ".join(FORMATS)))
    if (sparql is None) == (file is None):
        raise KGError(Errors.E011)
    if file is not None:
        if not file.is_file():
            raise KGError(Errors.E014.format(path=file))
        sparql = file.read_text(encoding="utf-8")
    result = query(load_store(graph), sparql)
    if isinstance(result, bool):
        print("true" if result else "false")
        return
    if isinstance(result, list):
        for s, p, o in result:
            print(f"{s} {p} {o} .")
        return
    variables, rows = result
    if fmt == "json":
        json.dump([dict(zip(variables, r, strict=True)) for r in rows], sys.stdout, ensure_ascii=False, indent=2)
        print()
    elif fmt == "csv":
        w = csv.writer(sys.stdout)
        w.writerow(variables)
        w.writerows([["" if c is None else c for c in r] for r in rows])
    else:
        table = Table(*variables)
        for r in rows:
            table.add_row(*["" if c is None else c for c in r])
        Console(markup=False).print(table)  # data is never markup
