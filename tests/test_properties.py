"""Property-based: any text gives a graph that parses and conforms to the SHACL shapes."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rdflib import Graph

from kg.build import graph_of
from kg.extract import extract
from kg.types import Document
from kg.validate import validate

GERMAN_BITS = st.sampled_from([
    "Der russische Außenminister Sergej Lawrow sagte, ", "„Wir lehnen das ab“, erklärte Präsident Putin. ",
    "Am 3. Mai trafen sich Merz und Macron in Paris. ", "<script>alert('x')</script>", "\\", "\"", "\n\n",
    "Kiew", "US-Präsident", "@prefix", "}", "\x00", "\u202e", "ß", "😀", " • ", "Laut dem Kreml ",
])
TEXTS = st.lists(st.one_of(GERMAN_BITS, st.text(max_size=40)), min_size=1, max_size=12).map("".join)


@pytest.mark.slow
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS)
@example(text="Laut dem Kreml ")  # found by this test: a source with nothing said after it
def test_any_text_gives_a_valid_graph(nlp, text):
    text = text.replace("\x00", "")
    if not text.strip():
        return
    facts = extract(nlp(text), Document(id="h", source="hypothesis", text=text))
    graph = graph_of([facts])
    again = Graph().parse(data=graph.serialize(format="turtle"), format="turtle")
    assert len(again) == len(graph)
    assert validate(graph) == []
