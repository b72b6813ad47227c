"""Entity resolution across documents: one node per real-world entity.

Within a document, `collect_entities` already gave each entity a key: the
curated id when the gazetteer knows it, else a spelling-independent key of its
name. Across documents, entities with the same key are one; a person known
only by a surname in one document is the person with that surname elsewhere
when exactly one such person exists in the whole build.
"""

from __future__ import annotations

from ..types import PERSON, DocumentFacts, Entity, EntityRef
from .context import skeleton


def resolve(all_facts: list[DocumentFacts]) -> tuple[dict[EntityRef, Entity], dict[tuple[str, EntityRef], EntityRef]]:
    """Merged entities, and a map (document id, local reference) -> merged reference."""
    merged: dict[EntityRef, Entity] = {}
    for facts in all_facts:
        for e in facts.entities:
            target = merged.get(e.ref)
            if target is None:
                merged[e.ref] = Entity(e.kind, e.key, e.label, set(e.alt_labels), e.qid, set(), e.mentions,
                                       set(e.resolutions))
            else:
                _absorb(target, e)
    # surname-only persons -> the unique full-name person with that surname
    by_surname: dict[str, set[EntityRef]] = {}
    for ref, e in merged.items():
        if ref.kind == PERSON and " " in e.label:
            by_surname.setdefault(skeleton(e.label.split()[-1]), set()).add(ref)
    redirect: dict[EntityRef, EntityRef] = {}
    for ref, e in list(merged.items()):
        if ref.kind == PERSON and " " not in e.label:
            owners = by_surname.get(skeleton(e.label), set())
            if len(owners) == 1:
                owner = next(iter(owners))
                _absorb(merged[owner], e)
                merged[owner].resolutions.add((e.label, "surname"))
                redirect[ref] = owner
                del merged[ref]
    mapping: dict[tuple[str, EntityRef], EntityRef] = {}
    for facts in all_facts:
        for e in facts.entities:
            mapping[(facts.document.id, e.ref)] = redirect.get(e.ref, e.ref)
    return merged, mapping


def _absorb(target: Entity, other: Entity) -> None:
    """Merge `other` into `target`; the fullest label wins, the rest become alternative labels."""
    labels = {target.label, other.label, *target.alt_labels, *other.alt_labels}
    if other.kind == PERSON and len(other.label.split()) > len(target.label.split()) and target.qid is None:
        target.label = other.label
    target.alt_labels = labels - {target.label}
    target.qid = target.qid or other.qid
    target.mentions += other.mentions
    target.resolutions |= other.resolutions
