"""`kg analyze OUTDIR [--top N]`"""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from ..analysis import analyze, write_analysis
from ..analysis.metrics import contradictions, encounter_counts, stance_matrix
from . import app


@app.command("analyze")
def analyze_cli(
    graph: Path = typer.Argument(..., help="A built OUTDIR (or its graph.ttl)."),
    top_n: int = typer.Option(15, "--top", help="Rows of the centrality table."),
    seed: int = typer.Option(42, "--seed", help="Seed of the community detection."),
) -> None:
    """Centrality, communities, meetings, stances and contradictions -> OUTDIR/analysis.json and analysis.ttl."""
    outdir = graph if graph.is_dir() else graph.parent
    result = analyze(graph, seed=seed)
    json_path, ttl_path = write_analysis(outdir, result)
    G, console = result.graph, Console(markup=False)  # data is never markup

    data = result.to_json()
    table = Table("entity", "class", "PageRank", "betweenness", "degree", "community",
                  title=f"Most central of {G.number_of_nodes()} nodes, {G.number_of_edges()} edges")
    for row in data["nodes"][:top_n]:
        table.add_row(row["label"], row["type"], f"{row['pagerank']:.3f}", f"{row['betweenness']:.3f}",
                      f"{row['degree']:.3f}", str(row["community"]))
    console.print(table)

    table = Table("#", "size", "members", title=f"{len(result.communities)} communities (Louvain, seed {seed})")
    for i, members in enumerate(data["communities"]):
        table.add_row(str(i), str(len(members)), _short(", ".join(members), 110))
    console.print(table)

    table = Table("who", "with whom", "events", title="Who met or called whom")
    for a, b, types in encounter_counts(G):
        table.add_row(a, b, ", ".join(f"{t} x{n}" for t, n in types.items()))
    console.print(table)

    matrix = stance_matrix(G)
    columns = [c for c in next(iter(matrix.values()), {}) if any(row[c] for row in matrix.values())]
    table = Table("speaker", *columns, "total", title="Statements by stance")
    for speaker, row in sorted(matrix.items(), key=lambda kv: (-sum(kv[1].values()), kv[0])):
        table.add_row(speaker, *[str(row[c]) if row[c] else "" for c in columns], str(sum(row.values())))
    console.print(table)

    pairs = contradictions(G)
    table = Table("speaker", "stance", "vs. speaker", "stance", "sentence", title=f"{len(pairs)} contradiction(s)")
    for a, b in pairs:
        table.add_row(a["speaker"], a["stance"], b["speaker"], b["stance"], _short((a["sentences"] or [""])[0]))
    console.print(table)
    console.print(f"wrote {json_path} and {ttl_path}", highlight=False)


def _short(text: str, width: int = 80) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
