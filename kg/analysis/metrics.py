"""Analyses of the entity graph: plain functions, the graph first, plain data out.

All take the ``networkx`` graph made by :func:`kg.analysis.graphs.entity_graph`
(node ids are IRIs, nodes carry ``label`` and ``cls``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations

import networkx as nx

from ..errors import KGError
from .graphs import ENCOUNTER_TYPES, local_name

E_NO_ENTITY = "no entity named {name!r} in the graph"
E_AMBIGUOUS = "{name!r} names {n} entities ({examples}); give the full name or the IRI"

# Betweenness is sampled (k pivots, fixed seed) above this many nodes: exact is O(n*m).
EXACT_BETWEENNESS_UP_TO = 1000
STANCE_NAMES: tuple[str, ...] = ("assert", "deny", "reject", "support", "demand", "warn", "criticize", "propose")


def undirected(G: nx.Graph) -> nx.Graph:
    """A simple undirected graph: parallel edges merged, ``weight`` counts them, no self-loops.

    Examples
    --------
    >>> M = nx.MultiDiGraph([("a", "b"), ("b", "a"), ("b", "c")])
    >>> sorted(undirected(M).edges(data="weight"))
    [('a', 'b', 2), ('b', 'c', 1)]
    """
    S = nx.Graph()
    S.add_nodes_from(G.nodes(data=True))
    for a, b, d in G.edges(data=True):
        if a == b:
            continue
        w = d.get("weight", 1) if not G.is_multigraph() else 1
        if S.has_edge(a, b):
            S[a][b]["weight"] += w
            if d.get("label") and d["label"] not in S[a][b]["labels"]:
                S[a][b]["labels"].append(d["label"])
        else:
            S.add_edge(a, b, weight=w, labels=[d["label"]] if d.get("label") else [])
    return S


def centrality(G: nx.Graph, seed: int = 0) -> dict[str, dict[str, float]]:
    """Degree centrality, betweenness and PageRank of every node.

    All three are computed on the undirected projection (:func:`undirected`);
    PageRank uses the number of parallel edges as weight. Above
    ``EXACT_BETWEENNESS_UP_TO`` nodes betweenness is estimated from a seeded
    sample of pivots.

    Parameters
    ----------
    G : networkx.Graph
        The entity graph (any networkx graph works).
    seed : int
        Seed of the betweenness sample.

    Returns
    -------
    dict
        node -> {"degree": float, "betweenness": float, "pagerank": float}

    Examples
    --------
    >>> c = centrality(nx.path_graph(3))
    >>> c[1]["degree"], c[1]["betweenness"], c[0]["betweenness"]
    (1.0, 1.0, 0.0)
    >>> round(sum(v["pagerank"] for v in c.values()), 6)
    1.0
    """
    S = undirected(G)
    if S.number_of_nodes() == 0:
        return {}
    degree = nx.degree_centrality(S) if S.number_of_nodes() > 1 else dict.fromkeys(S, 0.0)
    k = None if S.number_of_nodes() <= EXACT_BETWEENNESS_UP_TO else 200
    betweenness = nx.betweenness_centrality(S, k=k, seed=seed)
    pagerank = nx.pagerank(S, weight="weight")
    return {n: {"degree": degree[n], "betweenness": betweenness[n], "pagerank": pagerank[n]} for n in S}


def communities(G: nx.Graph, seed: int = 42) -> list[set]:
    """Louvain communities of the undirected projection, largest first, with a fixed seed.

    Examples
    --------
    >>> G = nx.Graph([("a", "b"), ("b", "c"), ("a", "c"), ("x", "y"), ("y", "z"), ("x", "z"), ("c", "x")])
    >>> [sorted(c) for c in communities(G)]
    [['a', 'b', 'c'], ['x', 'y', 'z']]
    """
    S = undirected(G)
    if S.number_of_nodes() == 0:
        return []
    found = nx.community.louvain_communities(S, weight="weight", seed=seed)
    return sorted((set(c) for c in found), key=lambda c: (-len(c), sorted(map(str, c))))


def community_of(found: list[set]) -> dict:
    """node -> the index of its community in `found`.

    Examples
    --------
    >>> community_of([{"a", "b"}, {"c"}])["c"]
    1
    """
    return {n: i for i, c in enumerate(found) for n in c}


def find_node(G: nx.Graph, name: str) -> str:
    """The node named `name`: its IRI, label or another name (case-insensitive), else a unique part of a label.

    Raises
    ------
    KGError
        When no node, or more than one, fits.

    Examples
    --------
    >>> from kg.analysis import entity_graph, tiny_graph
    >>> find_node(entity_graph(tiny_graph()), "lawrow")
    'https://w3id.org/kg-news/id/person/sergej-lawrow'
    """
    if name in G:
        return name
    key = name.casefold().strip()
    for test in (lambda d: d.get("label", "").casefold() == key,
                 lambda d: key in (a.casefold() for a in d.get("alt", ())),
                 lambda d: key in d.get("label", "").casefold()):
        hits = sorted(n for n, d in G.nodes(data=True) if test(d))
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            # an entity beats an event with the same name
            entities = [n for n in hits if G.nodes[n].get("cls") != "Event"]
            if len(entities) == 1:
                return entities[0]
            examples = ", ".join(G.nodes[n]["label"] for n in hits[:3])
            raise KGError(E_AMBIGUOUS.format(name=name, n=len(hits), examples=examples))
    raise KGError(E_NO_ENTITY.format(name=name))


def ego_network(G: nx.Graph, node: str, radius: int = 1) -> nx.Graph:
    """The subgraph of the nodes at most `radius` steps from `node` (edges in either direction).

    `node` may be a name (see :func:`find_node`).

    Examples
    --------
    >>> from kg.analysis import entity_graph, tiny_graph
    >>> E = ego_network(entity_graph(tiny_graph()), "Marco Rubio")
    >>> sorted(E.nodes[n]["label"] for n in E)
    ['Marco Rubio', 'Sergej Lawrow', 'Telefongespräch', 'Vereinigte Staaten']
    """
    return nx.ego_graph(G, find_node(G, node), radius=radius, undirected=True)


def shortest_path(G: nx.Graph, source: str, target: str) -> list[dict] | None:
    """The steps of a shortest path between two entities (names or IRIs), edges in either direction.

    Returns
    -------
    list of dict or None
        One {"from", "edge", "to"} per step (labels); [] when source is target,
        None when they are not connected.

    Examples
    --------
    >>> from kg.analysis import entity_graph, tiny_graph
    >>> for step in shortest_path(entity_graph(tiny_graph()), "Marco Rubio", "Russland"):
    ...     print(step["from"], "-[" + step["edge"] + "]-", step["to"])
    Marco Rubio -[Außenminister]- Vereinigte Staaten
    Vereinigte Staaten -[deny]- Russland
    """
    a, b = find_node(G, source), find_node(G, target)
    S = undirected(G)
    try:
        nodes = nx.shortest_path(S, a, b)
    except nx.NetworkXNoPath:
        return None
    return [{"from": S.nodes[x]["label"], "edge": " / ".join(S[x][y]["labels"]), "to": S.nodes[y]["label"]}
            for x, y in zip(nodes, nodes[1:], strict=False)]


def encounters(G: nx.Graph, types: tuple[str, ...] = ENCOUNTER_TYPES) -> list[dict]:
    """Who met or called whom: one row per pair of participants of each Meeting, PhoneCall or Summit.

    Returns
    -------
    list of dict
        {"a", "b" (labels, a < b), "type", "trigger", "date", "event" (IRI), "sentence"}

    Examples
    --------
    >>> from kg.analysis import entity_graph, tiny_graph
    >>> [(r["a"], r["b"], r["type"], r["date"]) for r in encounters(entity_graph(tiny_graph()))]
    [('Marco Rubio', 'Sergej Lawrow', 'PhoneCall', '2025-10-20')]
    """
    rows = []
    for event, d in G.nodes(data=True):
        if d.get("cls") != "Event" or d.get("type") not in types:
            continue
        participants = sorted({G.nodes[p]["label"] for _, p, e in G.out_edges(event, data=True)
                               if e.get("kind") == "participant"})
        for a, b in combinations(participants, 2):
            rows.append({"a": a, "b": b, "type": d["type"], "trigger": d["label"], "date": d.get("date"),
                         "event": event, "sentence": d["sentences"][0] if d.get("sentences") else None})
    return sorted(rows, key=lambda r: (r["a"], r["b"], r["date"] or "", r["event"]))


def encounter_counts(G: nx.Graph, types: tuple[str, ...] = ENCOUNTER_TYPES) -> list[tuple[str, str, dict]]:
    """Pairs that met or called, with the number of events per type, most frequent first.

    Examples
    --------
    >>> from kg.analysis import entity_graph, tiny_graph
    >>> encounter_counts(entity_graph(tiny_graph()))
    [('Marco Rubio', 'Sergej Lawrow', {'PhoneCall': 1})]
    """
    counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for r in encounters(G, types):
        counts[r["a"], r["b"]][r["type"]] += 1
    return sorted(((a, b, dict(sorted(c.items()))) for (a, b), c in counts.items()),
                  key=lambda row: (-sum(row[2].values()), row[0], row[1]))


def stance_matrix(G: nx.Graph) -> dict[str, dict[str, int]]:
    """Speaker x stance: how many statements of each stance each speaker made.

    Every row has all eight stances (zeros included); speakers sorted by name.

    Examples
    --------
    >>> from kg.analysis import entity_graph, tiny_graph
    >>> m = stance_matrix(entity_graph(tiny_graph()))
    >>> m["Sergej Lawrow"]["reject"], m["Vereinigte Staaten"]["deny"], m["Sergej Lawrow"]["deny"]
    (1, 1, 0)
    """
    rows: dict[str, Counter] = defaultdict(Counter)
    for st in G.graph.get("statements", {}).values():
        rows[st["speaker"]][st["stance"]] += 1
    columns = list(STANCE_NAMES) + sorted({s for c in rows.values() for s in c} - set(STANCE_NAMES))
    return {speaker: {s: rows[speaker][s] for s in columns} for speaker in sorted(rows)}


def about_matrix(G: nx.Graph) -> dict[str, dict[str, int]]:
    """Speaker x what the statements are about (entities): number of statements.

    Targets are kg:about nodes, or the entities mentioned in the statement's
    sentence when kg:about is text.

    Examples
    --------
    >>> from kg.analysis import entity_graph, tiny_graph
    >>> about_matrix(entity_graph(tiny_graph()))
    {'Sergej Lawrow': {'Marco Rubio': 1}, 'Vereinigte Staaten': {'Russland': 1}}
    """
    rows: dict[str, Counter] = defaultdict(Counter)
    for st in G.graph.get("statements", {}).values():
        for target in st["targets"]:
            rows[st["speaker"]][G.nodes[target]["label"]] += 1
    return {speaker: dict(sorted(rows[speaker].items(), key=lambda kv: (-kv[1], kv[0]))) for speaker in sorted(rows)}


def contradictions(G: nx.Graph) -> list[tuple[dict, dict]]:
    """Pairs of statements linked by kg:contradicts (each pair once, in IRI order).

    Examples
    --------
    >>> from kg.analysis import entity_graph, tiny_graph
    >>> [(a["speaker"], a["stance"], b["speaker"], b["stance"]) for a, b in contradictions(entity_graph(tiny_graph()))]
    [('Sergej Lawrow', 'reject', 'Vereinigte Staaten', 'deny')]
    """
    statements = G.graph.get("statements", {})
    pairs = set()
    for iri, st in statements.items():
        for other in st["contradicts"]:
            if other in statements and other != iri:
                pairs.add(tuple(sorted((iri, other))))
    return [(statements[a], statements[b]) for a, b in sorted(pairs)]


def top(scores: dict[str, dict[str, float]], key: str = "pagerank", n: int = 10) -> list[str]:
    """The `n` nodes with the highest `key` score (ties by node id).

    Examples
    --------
    >>> top({"a": {"pagerank": 0.2}, "b": {"pagerank": 0.5}}, n=1)
    ['b']
    """
    return sorted(scores, key=lambda node: (-scores[node][key], str(node)))[:n]


__all__ = [
    "about_matrix", "centrality", "communities", "community_of", "contradictions", "ego_network",
    "encounter_counts", "encounters", "find_node", "local_name", "shortest_path", "stance_matrix", "top",
    "undirected",
]
