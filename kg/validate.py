"""SHACL validation of a built graph against ontology/shapes.ttl."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import SH

from .paths import ONTOLOGY_FILE, SHAPES_FILE


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str


def validate(data: Graph) -> list[Violation]:
    """The SHACL violations of `data` (empty when it conforms)."""
    import pyshacl

    shapes = Graph().parse(SHAPES_FILE)
    ontology = Graph().parse(ONTOLOGY_FILE)
    conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology, inference="none")
    if conforms:
        return []
    out = []
    for result in report.subjects(SH.resultSeverity, None):
        out.append(Violation(
            focus=str(report.value(result, SH.focusNode)),
            path=str(report.value(result, SH.resultPath) or ""),
            message=str(report.value(result, SH.resultMessage) or ""),
        ))
    return sorted(out, key=lambda v: (v.focus, v.path, v.message))


def validate_path(path: Path) -> list[Violation]:
    from .rdf.exports import load_graph

    return validate(load_graph(path))
