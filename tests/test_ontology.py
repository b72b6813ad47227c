"""The ontology (ontology/kg.ttl), its SHACL shapes and the generated Python vocabulary."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable
from pathlib import Path

import pytest
import rdflib
from rdflib import OWL, RDF, RDFS, SH, SKOS, BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, FOAF, PROV, get_annotations

from kg.vocab import ENTITY_CLASSES, EVENT_TYPES, KG, KGR, STANCES, WD

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology" / "kg.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"
VOCAB = ROOT / "kg" / "vocab.py"
GENERATOR = ROOT / "ontology" / "generate_vocab.py"
CONTRACT = ROOT / ".." / "shared" / "eval" / "CONTRACT.md"

KG_NS = "https://w3id.org/kg-news/ontology#"
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")

EVENT_SUBCLASSES = [
    "PhoneCall", "Meeting", "Summit", "PressConference", "Ceasefire", "Agreement", "Attack",
    "Election", "Visit", "Sanction", "Delivery", "War", "Other",
]  # fmt: skip
STANCE_NAMES = ["assert", "deny", "reject", "support", "demand", "warn", "criticize", "propose"]
TERM_TYPES = {
    OWL.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
    RDF.Property,
    OWL.NamedIndividual,
}
PREFIXES = {
    "kg": KG_NS,
    "rdfs": str(RDFS),
    "skos": str(SKOS),
    "owl": str(OWL),
    "xsd": str(rdflib.XSD),
    "prov": str(PROV),
    "dct": str(DCTERMS),
}


# ---------------------------------------------------------------- fixtures
@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


def defined_kg_terms(g: Graph) -> set[URIRef]:
    """kg: IRIs that kg.ttl declares as a class, property or named individual."""
    return {
        s
        for s, t in g.subject_objects(RDF.type)
        if isinstance(s, URIRef) and str(s).startswith(KG_NS) and t in TERM_TYPES
    }


def used_kg_terms(g: Graph) -> set[URIRef]:
    return {t for triple in g for t in triple if isinstance(t, URIRef) and str(t).startswith(KG_NS)}


def vocab_terms() -> set[URIRef]:
    names = set(get_annotations(KG)) | set(KG._extras)
    return {URIRef(KG_NS + n) for n in names if not n.startswith("_")}


# ---------------------------------------------------------------- the contract
def contract_terms() -> tuple[dict[str, str], set[str]]:
    """(prefixes declared in the contract's Turtle block, prefixed names in its tables)."""
    if not CONTRACT.exists():
        pytest.skip(f"contract not found at {CONTRACT.resolve()} (shared/eval is not checked out)")
    text = CONTRACT.read_text(encoding="utf-8")
    prefixes = dict(re.findall(r"@prefix\s+(\w+):\s*<([^>]+)>", text))
    table_rows = [line for line in text.splitlines() if line.lstrip().startswith("|")]
    names = set()
    for row in table_rows:
        names |= set(re.findall(r"\b(kg|rdfs|skos|owl|dct|xsd|prov):([A-Za-z][\w]*)", row))
    return prefixes, {f"{p}:{local}" for p, local in names}


def expand(name: str, prefixes: dict[str, str]) -> URIRef:
    prefix, local = name.split(":", 1)
    return URIRef(prefixes[prefix] + local)


def test_contract_prefixes_match_vocab():
    prefixes, _ = contract_terms()
    assert prefixes["kg"] == KG_NS == str(KG._NS)
    assert prefixes["kgr"] == str(KGR)


def test_contract_parsing_finds_the_core_terms():
    _, names = contract_terms()
    # guard against a parser that silently finds nothing
    for name in ["kg:Person", "kg:PhoneCall", "kg:Other", "kg:holder", "kg:assert", "kg:inDocument"]:
        assert name in names
    assert len([n for n in names if n.startswith("kg:")]) >= 45


def test_ontology_defines_every_contract_kg_term(onto):
    prefixes, names = contract_terms()
    defined = defined_kg_terms(onto)
    missing = sorted(n for n in names if n.startswith("kg:") and expand(n, prefixes) not in defined)
    assert not missing, f"kg.ttl lacks contract terms: {missing}"


def test_contract_terms_have_the_contract_kind(onto):
    prefixes, names = contract_terms()
    for n in names:
        if not n.startswith("kg:"):
            continue
        local = n[3:]
        types = set(onto.objects(expand(n, prefixes), RDF.type))
        if local[0].isupper():
            assert OWL.Class in types, n
        elif local in STANCE_NAMES:
            assert {OWL.NamedIndividual, KG.Stance} <= types, n
        else:
            assert types & {OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property}, n


def test_contract_external_terms_are_used(onto, shapes):
    """rdfs:label, skos:altLabel, owl:sameAs, dct:source ... are constrained by the shapes or ontology."""
    prefixes, names = contract_terms()
    used = {t for g in (onto, shapes) for triple in g for t in triple if isinstance(t, URIRef)}
    missing = sorted(n for n in names if not n.startswith("kg:") and expand(n, prefixes) not in used)
    assert not missing


# ---------------------------------------------------------------- ontology structure
def test_ontology_header(onto):
    ont = URIRef(KG_NS.rstrip("#"))
    assert (ont, RDF.type, OWL.Ontology) in onto
    assert onto.value(ont, OWL.versionInfo) == Literal("0.1.0")
    assert (ont, DCTERMS.license, URIRef("https://creativecommons.org/licenses/by/4.0/")) in onto
    for pred in (DCTERMS.title, DCTERMS.description):
        langs = {o.language for o in onto.objects(ont, pred)}
        assert {"de", "en"} <= langs, pred


def test_vocab_and_ontology_have_the_same_terms(onto):
    defined = defined_kg_terms(onto)
    in_vocab = vocab_terms()
    assert sorted(in_vocab - defined) == [], "KG has terms that kg.ttl does not define"
    assert sorted(defined - in_vocab) == [], "kg.ttl defines terms missing from KG"


def test_vocab_item_access():
    assert KG["assert"] == URIRef(KG_NS + "assert")
    assert KG.Person == URIRef(KG_NS + "Person")
    with pytest.raises(AttributeError):
        KG.Persn  # noqa: B018
    assert [str(s)[len(KG_NS) :] for s in STANCES] == STANCE_NAMES
    assert sorted(str(e)[len(KG_NS) :] for e in EVENT_TYPES) == sorted(EVENT_SUBCLASSES)
    assert set(ENTITY_CLASSES) == {KG.Person, KG.State, KG.Organization, KG.Place}


@pytest.mark.parametrize("graph_name", ["kg.ttl", "shapes.ttl"])
def test_every_kg_iri_used_is_defined(onto, shapes, graph_name):
    """Catches typos such as kg:ofstate in either file."""
    g = onto if graph_name == "kg.ttl" else shapes
    undefined = sorted(used_kg_terms(g) - defined_kg_terms(onto))
    assert not undefined


def test_labels_and_comments_in_german_and_english(onto):
    problems = []
    for term in sorted(defined_kg_terms(onto)):
        for pred in (RDFS.label, RDFS.comment):
            values = [o for o in onto.objects(term, pred) if isinstance(o, Literal)]
            langs = sorted(o.language or "" for o in values)
            if langs != ["de", "en"]:
                problems.append(f"{term} {pred}: {langs}")
    assert not problems, "\n".join(problems)


def test_properties_have_domain_and_range(onto):
    for term in defined_kg_terms(onto):
        types = set(onto.objects(term, RDF.type))
        if types & {OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property}:
            assert onto.value(term, RDFS.domain) is not None, term
            if term != KG.about:  # literal or node, deliberately open
                assert onto.value(term, RDFS.range) is not None, term


@pytest.mark.parametrize(
    "prop, value",
    [
        (KG.date, rdflib.XSD.date),
        (KG.start, rdflib.XSD.integer),
        (KG.end, rdflib.XSD.integer),
        (KG.sentenceIndex, rdflib.XSD.integer),
        (KG.mentionCount, rdflib.XSD.integer),
        (KG.community, rdflib.XSD.integer),
        (KG.confidence, rdflib.XSD.double),
        (KG.pageRank, rdflib.XSD.double),
        (KG.betweenness, rdflib.XSD.double),
        (KG.degreeCentrality, rdflib.XSD.double),
        (KG.role, RDF.langString),
        (KG.trigger, RDF.langString),
        (KG.verb, RDF.langString),
        (KG.text, rdflib.XSD.string),
        (KG.holder, KG.Person),
        (KG.ofState, KG.State),
        (KG.ofOrganization, KG.Organization),
        (KG.stance, KG.Stance),
        (KG.evidence, KG.Sentence),
        (KG.inDocument, KG.Document),
        (KG.contradicts, KG.Statement),
        (KG.resolvedEntity, KG.Entity),
        (KG.mentions, KG.Entity),
    ],
)
def test_ranges(onto, prop, value):
    assert (prop, RDFS.range, value) in onto


@pytest.mark.parametrize(
    "triple",
    [
        (KG.Person, RDFS.subClassOf, SCHEMA.Person),
        (KG.Person, RDFS.subClassOf, FOAF.Person),
        (KG.State, RDFS.subClassOf, SCHEMA.Country),
        (KG.Organization, RDFS.subClassOf, SCHEMA.Organization),
        (KG.Organization, RDFS.subClassOf, ORG.Organization),
        (KG.Place, RDFS.subClassOf, SCHEMA.Place),
        (KG.Position, RDFS.subClassOf, ORG.Membership),
        (KG.holder, RDFS.subPropertyOf, ORG.member),
        (KG.ofOrganization, RDFS.subPropertyOf, ORG.organization),
        (KG.role, SKOS.closeMatch, ORG.role),
        (KG.Event, RDFS.subClassOf, SEM.Event),
        (KG.participant, RDFS.subPropertyOf, SEM.hasActor),
        (KG.place, RDFS.subPropertyOf, SEM.hasPlace),
        (KG.date, SKOS.closeMatch, SEM.hasTimeStamp),
        (KG.Statement, RDFS.subClassOf, PROV.Entity),
        (KG.evidence, RDFS.subPropertyOf, PROV.wasDerivedFrom),
        (KG.Document, RDFS.subClassOf, PROV.Entity),
        (KG.Document, RDFS.subClassOf, FOAF.Document),
        (KG.Sentence, RDFS.subClassOf, PROV.Entity),
        (KG.speaker, RDFS.subPropertyOf, PROV.wasAttributedTo),
        (KG.contradicts, RDF.type, OWL.SymmetricProperty),
    ]
    + [(KG[c], RDFS.subClassOf, KG.Entity) for c in ("Person", "State", "Organization", "Place")]
    + [(KG[n], RDFS.subClassOf, KG.Event) for n in EVENT_SUBCLASSES]
    + [(KG[n], RDF.type, KG.Stance) for n in STANCE_NAMES],
)
def test_alignment(onto, triple):
    assert triple in onto


def _disjoint_sets(g: Graph) -> list[set]:
    return [set(Collection(g, g.value(d, OWL.members))) for d in g.subjects(RDF.type, OWL.AllDisjointClasses)]


def test_event_subclasses_pairwise_disjoint(onto):
    assert {KG[n] for n in EVENT_SUBCLASSES} in _disjoint_sets(onto)
    assert set(onto.subjects(RDFS.subClassOf, KG.Event)) == {KG[n] for n in EVENT_SUBCLASSES}


def test_entity_classes_disjoint(onto):
    assert {KG.Person, KG.State, KG.Organization, KG.Place} in _disjoint_sets(onto)


def test_stance_is_closed_enumeration(onto):
    one_of = [onto.value(eq, OWL.oneOf) for eq in onto.objects(KG.Stance, OWL.equivalentClass)]
    lists = [list(Collection(onto, head)) for head in one_of if head is not None]
    assert lists == [[KG[n] for n in STANCE_NAMES]]


# ---------------------------------------------------------------- generated vocabulary
def test_generated_vocab_is_up_to_date():
    spec = importlib.util.spec_from_file_location("generate_vocab", GENERATOR)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    generated = module.generate(ONTOLOGY)
    assert generated == VOCAB.read_text(encoding="utf-8"), (
        "kg/vocab.py is stale: run python ontology/generate_vocab.py"
    )
    assert module.generate(ONTOLOGY) == generated  # deterministic


# ---------------------------------------------------------------- SHACL
def test_shapes_parse_and_are_violations_with_messages(shapes):
    assert len(shapes) > 0
    top = set(shapes.subjects(RDF.type, SH.NodeShape)) | set(shapes.objects(None, SH.property))
    assert len(top) > 20
    for shape in top:
        assert (shape, SH.severity, SH.Violation) in shapes, shape
        messages = [m for m in shapes.objects(shape, SH.message) if isinstance(m, Literal)]
        assert messages, f"shape without sh:message: {shape}"


P = KGR["person/sergei-lawrow"]
P2 = KGR["person/marco-rubio"]
RU = KGR["state/russland"]
DOC = KGR["doc/seed-000"]
S1 = KGR["doc/seed-000/s0"]
S2 = KGR["doc/seed-000/s1"]
POS = KGR["position/sergei-lawrow/aussenminister/russland"]
EV = KGR["event/seed-000/0"]
ST = KGR["statement/seed-000/0"]
RES = KGR["resolution/seed-000/0"]


def valid_graph() -> Graph:
    g = Graph()
    g.bind("kg", KG._NS)
    g.bind("kgr", KGR)
    de = "de"
    text0 = (
        "Der russische Außenminister Sergei Lawrow hat am Montag "
        "mit US-Außenminister Marco Rubio telefoniert."
    )
    text1 = "Lawrow wies einen Waffenstillstand entlang der Frontlinie zurück."
    g.add((DOC, RDF.type, KG.Document))
    g.add((DOC, DCTERMS.source, Literal("000_df84a2549ddec108.txt")))
    g.add((DOC, DCTERMS.title, Literal("Lawrow und Rubio telefonieren", lang=de)))
    g.add((DOC, DCTERMS.date, Literal("2025-10-21", datatype=rdflib.XSD.date)))
    g.add((DOC, KG.contentHash, Literal("0" * 64)))
    for i, (s, text, start) in enumerate([(S1, text0, 0), (S2, text1, len(text0) + 1)]):
        g.add((s, RDF.type, KG.Sentence))
        g.add((s, KG.text, Literal(text)))
        g.add((s, KG.start, Literal(start)))
        g.add((s, KG.end, Literal(start + len(text))))
        g.add((s, KG.sentenceIndex, Literal(i)))
        g.add((s, KG.inDocument, DOC))
    for node, cls, label in [
        (P, KG.Person, "Sergei Lawrow"),
        (P2, KG.Person, "Marco Rubio"),
        (RU, KG.State, "Russland"),
    ]:
        g.add((node, RDF.type, cls))
        g.add((node, RDFS.label, Literal(label, lang=de)))
        g.add((node, KG.evidence, S1))
        g.add((node, KG.mentionCount, Literal(2)))
        g.add((node, KG.pageRank, Literal(0.25)))
        g.add((S1, KG.mentions, node))
    g.add((P, SKOS.altLabel, Literal("Lawrow", lang=de)))
    g.add((P, OWL.sameAs, WD.Q7226))
    g.add((RU, SKOS.altLabel, Literal("Moskau", lang=de)))
    g.add((RU, OWL.sameAs, WD.Q159))

    g.add((POS, RDF.type, KG.Position))
    g.add((POS, KG.holder, P))
    g.add((POS, KG.role, Literal("Außenminister", lang=de)))
    g.add((POS, KG.office, Literal("Außenminister", lang=de)))
    g.add((POS, KG.ofState, RU))
    g.add((POS, KG.evidence, S1))
    g.add((POS, KG.confidence, Literal(0.9)))
    g.add((POS, KG.extractedBy, Literal("appositive-role")))

    g.add((EV, RDF.type, KG.Event))
    g.add((EV, RDF.type, KG.PhoneCall))
    g.add((EV, KG.trigger, Literal("telefonieren", lang=de)))
    g.add((EV, KG.participant, P))
    g.add((EV, KG.participant, P2))
    g.add((EV, KG.date, Literal("2025-10-20", datatype=rdflib.XSD.date)))
    g.add((EV, KG.evidence, S1))

    g.add((ST, RDF.type, KG.Statement))
    g.add((ST, KG.speaker, P))
    g.add((ST, KG.stance, KG.reject))
    g.add((ST, KG.verb, Literal("zurückweisen", lang=de)))
    g.add((ST, KG.about, Literal("Waffenstillstand entlang der Frontlinie", lang=de)))
    g.add((ST, KG.date, Literal("2025-10-21", datatype=rdflib.XSD.date)))
    g.add((ST, KG.evidence, S2))

    g.add((RES, RDF.type, KG.Resolution))
    g.add((RES, KG.resolvedEntity, P))
    g.add((RES, KG.surfaceForm, Literal("Lawrow", lang=de)))
    g.add((RES, KG.rule, Literal("surname")))
    g.add((RES, KG.evidence, S2))
    return g


def validate(data: Graph, shapes: Graph, onto: Graph, inference: str = "none"):
    import pyshacl

    conforms, report, text = pyshacl.validate(
        data, shacl_graph=shapes, ont_graph=onto, inference=inference, abort_on_first=False
    )
    results = {
        (
            report.value(r, SH.focusNode),
            report.value(r, SH.resultPath),
            report.value(r, SH.sourceConstraintComponent),
        )
        for r in report.subjects(RDF.type, SH.ValidationResult)
    }
    return conforms, results, text


@pytest.mark.parametrize("inference", ["none", "rdfs"])
def test_valid_example_conforms(shapes, onto, inference):
    conforms, results, text = validate(valid_graph(), shapes, onto, inference)
    assert conforms, text
    assert results == set()


def _add(*triples) -> Callable[[Graph], None]:
    def mutate(g: Graph) -> None:
        for t in triples:
            g.add(t)

    return mutate


def _replace(s, p, o) -> Callable[[Graph], None]:
    def mutate(g: Graph) -> None:
        g.set((s, p, o))

    return mutate


def _remove(s, p) -> Callable[[Graph], None]:
    def mutate(g: Graph) -> None:
        g.remove((s, p, None))

    return mutate


C = SH  # constraint components live in the sh: namespace
BROKEN = {
    "position with two holders": (
        _add((POS, KG.holder, P2)),
        {(POS, KG.holder, C.MaxCountConstraintComponent)},
    ),
    "event with two event subclasses": (
        _add((EV, RDF.type, KG.Meeting)),
        {(EV, RDF.type, C.QualifiedMaxCountConstraintComponent)},
    ),
    "event without subclass": (
        lambda g: g.remove((EV, RDF.type, KG.PhoneCall)),
        {(EV, RDF.type, C.QualifiedMinCountConstraintComponent)},
    ),
    "event without evidence": (
        _remove(EV, KG.evidence),
        {(EV, KG.evidence, C.MinCountConstraintComponent)},
    ),
    "event date as plain string": (
        _replace(EV, KG.date, Literal("2025-10-20")),
        {(EV, KG.date, C.DatatypeConstraintComponent)},
    ),
    "statement date as plain string": (
        _replace(ST, KG.date, Literal("21. Oktober")),
        {(ST, KG.date, C.DatatypeConstraintComponent)},
    ),
    "statement with unknown stance": (
        _replace(ST, KG.stance, URIRef(KG_NS + "shout")),
        {(ST, KG.stance, C.InConstraintComponent)},
    ),
    "statement with two speakers": (
        _add((ST, KG.speaker, P2)),
        {(ST, KG.speaker, C.MaxCountConstraintComponent)},
    ),
    "place as speaker": (
        lambda g: (
            _add(
                (KGR["place/anchorage"], RDF.type, KG.Place),
                (KGR["place/anchorage"], RDFS.label, Literal("Anchorage", lang="de")),
                (KGR["place/anchorage"], KG.evidence, S1),
            )(g),
            g.set((ST, KG.speaker, KGR["place/anchorage"])),
        ),
        {(ST, KG.speaker, C.OrConstraintComponent)},
    ),
    "entity with two labels": (
        _add((P, RDFS.label, Literal("Sergej Lawrow", lang="de"))),
        {(P, RDFS.label, C.MaxCountConstraintComponent)},
    ),
    "entity label without language": (
        _replace(P2, RDFS.label, Literal("Marco Rubio")),
        {(P2, RDFS.label, C.DatatypeConstraintComponent), (P2, RDFS.label, C.LanguageInConstraintComponent)},
    ),
    "entity without evidence": (
        _remove(RU, KG.evidence),
        {(RU, KG.evidence, C.MinCountConstraintComponent)},
    ),
    "sameAs not a wikidata item": (
        _add((P, OWL.sameAs, URIRef("https://de.wikipedia.org/wiki/Sergei_Lawrow"))),
        {(P, OWL.sameAs, C.PatternConstraintComponent)},
    ),
    "evidence is not a sentence": (
        _replace(EV, KG.evidence, DOC),
        {(DOC, None, C.ClassConstraintComponent)},
    ),
    "role without language": (
        _replace(POS, KG.role, Literal("Außenminister")),
        {(POS, KG.role, C.DatatypeConstraintComponent), (POS, KG.role, C.LanguageInConstraintComponent)},
    ),
    "sentence without document": (
        _remove(S2, KG.inDocument),
        {(S2, KG.inDocument, C.MinCountConstraintComponent)},
    ),
    "sentence offsets reversed": (
        _replace(S2, KG.end, Literal(0)),
        {(S2, KG.start, C.LessThanOrEqualsConstraintComponent)},
    ),
    "document with two sources": (
        _add((DOC, DCTERMS.source, Literal("other.txt"))),
        {(DOC, DCTERMS.source, C.MaxCountConstraintComponent)},
    ),
    "confidence above one": (
        _replace(POS, KG.confidence, Literal(1.5)),
        {(POS, KG.confidence, C.MaxInclusiveConstraintComponent)},
    ),
    "resolution without rule": (
        _remove(RES, KG.rule),
        {(RES, KG.rule, C.MinCountConstraintComponent)},
    ),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_broken_graph_rejected_for_the_right_reason(shapes, onto, case):
    mutate, expected = BROKEN[case]
    g = valid_graph()
    mutate(g)
    conforms, results, text = validate(g, shapes, onto)
    assert not conforms
    assert results == expected, text


def test_evidence_shape_reports_the_node(shapes, onto):
    """A blank evidence node is reported as the focus node."""
    g = valid_graph()
    b = BNode()
    g.add((EV, KG.evidence, b))
    conforms, results, _ = validate(g, shapes, onto)
    assert not conforms
    assert results == {(b, None, SH.ClassConstraintComponent)}
