"""Stable IRIs: the same entity, sentence or fact gets the same IRI in every build."""

from __future__ import annotations

import hashlib

from rdflib import URIRef

from ..gazetteer import slug
from ..types import Entity
from ..vocab import KGR


def document_iri(doc_id: str) -> URIRef:
    return KGR[f"doc/{doc_id}"]


def sentence_iri(doc_id: str, index: int) -> URIRef:
    return KGR[f"doc/{doc_id}/s{index}"]


def entity_iri(entity: Entity) -> URIRef:
    """Curated entities by their curated id, others by their canonical label:
    kgr:person/sergej-lawrow, kgr:state/russland."""
    name = entity.label if entity.key.startswith("sk-") else entity.key
    return KGR[f"{entity.kind}/{slug(name)}"]


def digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:16]


def fact_iri(kind: str, *parts: object) -> URIRef:
    return KGR[f"{kind}/{digest(*parts)}"]
