"""networkx views of a built graph and analyses over them (functions take the graph first).

Usage::

    from kg.analysis import centrality, entity_graph, load_rdf
    G = entity_graph(load_rdf(Path("out")))
    scores = centrality(G)
"""

from .examples import tiny_graph
from .graphs import cooccurrence_graph, entity_graph, local_name
from .load import load_rdf
from .metrics import (
    about_matrix,
    centrality,
    communities,
    community_of,
    contradictions,
    ego_network,
    encounter_counts,
    encounters,
    find_node,
    shortest_path,
    stance_matrix,
    top,
    undirected,
)
from .report import Analysis, analyze, analyze_graph, scores_graph, write_analysis

__all__ = [
    "Analysis", "about_matrix", "analyze", "analyze_graph", "centrality", "communities", "community_of",
    "contradictions", "cooccurrence_graph", "ego_network", "encounter_counts", "encounters", "entity_graph",
    "find_node", "load_rdf", "local_name", "scores_graph", "shortest_path", "stance_matrix", "tiny_graph", "top",
    "undirected", "write_analysis",
]
