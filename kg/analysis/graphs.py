"""networkx views of a built RDF graph: the entity graph and the co-occurrence graph.

Nodes are entity IRIs (strings) with the attributes ``label``, ``cls``
(Person, State, Organization, Place or Event), ``type`` (the event subclass,
else ``cls``), ``alt`` (other names), ``sentences`` (evidence texts) and, for
events, ``date``. The entity graph's edges carry ``kind`` (position,
participant, place, statement), ``label`` (role, "participant", "place" or the
stance), ``sentences`` and ``via`` (the IRI of the Position, Event or
Statement the edge comes from).
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from ..vocab import ENTITY_CLASSES, EVENT_TYPES, KG

# A node's class is the first of these it has.
NODE_CLASSES: tuple[str, ...] = ("Person", "State", "Organization", "Place", "Event")
ENTITY_CLASS_NAMES: tuple[str, ...] = tuple(_c.rsplit("#", 1)[1] for _c in ENTITY_CLASSES)
ENCOUNTER_TYPES: tuple[str, ...] = ("Meeting", "PhoneCall", "Summit")


def local_name(iri: object) -> str:
    """The part of an IRI after '#' (or the last '/').

    Examples
    --------
    >>> local_name("https://w3id.org/kg-news/ontology#reject")
    'reject'
    """
    text = str(iri)
    return text.rsplit("#", 1)[1] if "#" in text else text.rstrip("/").rsplit("/", 1)[-1]


class _Texts:
    """Sentence IRI -> text, and sorting of sentences in reading order."""

    def __init__(self, g: Graph) -> None:
        self.text: dict[URIRef, str] = {}
        self.order: dict[URIRef, tuple[str, int]] = {}
        for s, t in g.subject_objects(KG.text):
            self.text[s] = str(t)
        for s, i in g.subject_objects(KG.sentenceIndex):
            self.order[s] = (str(g.value(s, KG.inDocument) or ""), int(i))

    def of(self, sentences) -> list[str]:
        ordered = sorted(set(sentences), key=lambda s: self.order.get(s, (str(s), 0)))
        return [self.text[s] for s in ordered if s in self.text]


def _label(g: Graph, node: URIRef) -> str:
    label = g.value(node, RDFS.label)
    return str(label) if label is not None else local_name(node)


def entity_graph(g: Graph) -> nx.MultiDiGraph:
    """The entities and events of `g` with typed, labelled edges.

    Edges: holder -> state/organization for each kg:Position (label: the role),
    event -> participant and event -> place, and speaker -> what a statement is
    about (label: the stance). When kg:about is a literal, the speaker is tied to
    the entities that the statement's evidence sentences kg:mentions.
    The statements themselves are kept in ``G.graph["statements"]``
    (IRI -> dict with speaker, stance, verb, about, sentences, contradicts).

    Parameters
    ----------
    g : rdflib.Graph
        A graph in the kg-news vocabulary.

    Returns
    -------
    networkx.MultiDiGraph

    Examples
    --------
    >>> from kg.analysis.examples import tiny_graph
    >>> G = entity_graph(tiny_graph())
    >>> sorted(G.nodes[n]["label"] for n in G)
    ['Marco Rubio', 'Russland', 'Sergej Lawrow', 'Telefongespräch', 'Vereinigte Staaten']
    >>> sorted(d["label"] for _, _, d in G.edges(data=True))
    ['Außenminister', 'Außenminister', 'deny', 'participant', 'participant', 'reject']
    """
    texts = _Texts(g)
    G = nx.MultiDiGraph()
    classes = {name: KG[name] for name in NODE_CLASSES}
    event_types = {t: local_name(t) for t in EVENT_TYPES}
    for name in reversed(NODE_CLASSES):  # the first class wins
        for node in g.subjects(RDF.type, classes[name]):
            if isinstance(node, Literal):
                continue
            attrs = {"label": _label(g, node), "cls": name, "type": name,
                     "alt": sorted({str(a) for a in g.objects(node, SKOS.altLabel)}),
                     "sentences": texts.of(g.objects(node, KG.evidence))}
            if name == "Event":
                for t in g.objects(node, RDF.type):
                    if t in event_types:
                        attrs["type"] = event_types[t]
                trigger = g.value(node, KG.trigger)
                if trigger is not None and g.value(node, RDFS.label) is None:
                    attrs["label"] = str(trigger)
                date = g.value(node, KG.date)
                attrs["date"] = str(date) if date is not None else None
            count = g.value(node, KG.mentionCount)
            if count is not None:
                attrs["mentions"] = int(count)
            G.add_node(str(node), iri=str(node), **attrs)

    def add(a, b, kind: str, label: str, via, sentences: list[str], **extra) -> None:
        a, b = str(a), str(b)
        if a in G and b in G and a != b:
            G.add_edge(a, b, kind=kind, label=label, via=str(via), sentences=sentences, **extra)

    for pos in g.subjects(RDF.type, KG.Position):
        sentences = texts.of(g.objects(pos, KG.evidence))
        role = str(g.value(pos, KG.role) or "")
        for holder in g.objects(pos, KG.holder):
            for target in (*g.objects(pos, KG.ofState), *g.objects(pos, KG.ofOrganization)):
                add(holder, target, "position", role, pos, sentences)
    for event in g.subjects(RDF.type, KG.Event):
        sentences = texts.of(g.objects(event, KG.evidence))
        for participant in g.objects(event, KG.participant):
            add(event, participant, "participant", "participant", event, sentences)
        for place in g.objects(event, KG.place):
            add(event, place, "place", "place", event, sentences)

    mentioned: dict[URIRef, set[str]] = defaultdict(set)
    for sentence, entity in g.subject_objects(KG.mentions):
        mentioned[sentence].add(str(entity))
    statements = {}
    for st in sorted(g.subjects(RDF.type, KG.Statement)):
        evidence = list(g.objects(st, KG.evidence))
        sentences = texts.of(evidence)
        stance = g.value(st, KG.stance)
        stance = local_name(stance) if stance is not None else "assert"
        verb = g.value(st, KG.verb)
        abouts = list(g.objects(st, KG.about))
        about_text = next((str(a) for a in abouts if isinstance(a, Literal)), None)
        about_nodes = [str(a) for a in abouts if isinstance(a, URIRef) and str(a) in G]
        speakers = [str(s) for s in g.objects(st, KG.speaker)]
        info = {"iri": str(st), "speakers": speakers,
                "speaker": ", ".join(G.nodes[s]["label"] if s in G else local_name(s) for s in speakers),
                "stance": stance, "verb": str(verb) if verb is not None else None,
                "about": about_text if about_text is not None else
                ", ".join(G.nodes[a]["label"] for a in about_nodes) or None,
                "targets": [], "sentences": sentences,
                "contradicts": sorted({str(o) for o in g.objects(st, KG.contradicts)}
                                      | {str(s) for s in g.subjects(KG.contradicts, st)})}
        targets = about_nodes or sorted(set().union(*(mentioned[s] for s in evidence)) if evidence else set())
        for speaker in speakers:
            for target in targets:
                if speaker in G and target in G and target != speaker:
                    info["targets"].append(target)
                    add(speaker, target, "statement", stance, st, sentences, verb=info["verb"], about=info["about"])
        info["targets"] = sorted(set(info["targets"]))
        statements[str(st)] = info
    G.graph["statements"] = statements
    return G


def cooccurrence_graph(g: Graph) -> nx.Graph:
    """Entities linked by the sentences that mention both (kg:mentions).

    Edge attributes: ``weight`` (number of shared sentences) and ``sentences``.

    Examples
    --------
    >>> from kg.analysis.examples import tiny_graph
    >>> C = cooccurrence_graph(tiny_graph())
    >>> [(C.nodes[a]["label"], C.nodes[b]["label"], d["weight"]) for a, b, d in C.edges(data=True)]
    [('Marco Rubio', 'Sergej Lawrow', 1)]
    """
    texts = _Texts(g)
    C = nx.Graph()
    kinds = {KG[name]: name for name in ENTITY_CLASS_NAMES}
    by_sentence: dict[URIRef, set[str]] = defaultdict(set)
    for sentence, entity in g.subject_objects(KG.mentions):
        cls = next((kinds[t] for t in g.objects(entity, RDF.type) if t in kinds), None)
        if cls is None:
            continue
        if str(entity) not in C:
            C.add_node(str(entity), iri=str(entity), label=_label(g, entity), cls=cls)
        by_sentence[sentence].add(str(entity))
    for sentence in sorted(by_sentence, key=lambda s: texts.order.get(s, (str(s), 0))):
        for a, b in combinations(sorted(by_sentence[sentence]), 2):
            if C.has_edge(a, b):
                C[a][b]["weight"] += 1
            else:
                C.add_edge(a, b, weight=1, sentences=[])
            if sentence in texts.text:
                C[a][b]["sentences"].append(texts.text[sentence])
    return C
