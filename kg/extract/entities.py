"""Entities of one document: doc.ents -> `Entity` records with keys, labels and evidence.

Within a document, a surname alone ("Lawrow") is the person whose full name
ends in it, and transliteration variants ("Sergei"/"Sergej") share a key.
"""

from __future__ import annotations

from ..gazetteer import slug
from ..nlp.entities import ORG, PER, PLACE, STATE
from ..types import ORGANIZATION, PERSON, Entity, EntityRef
from ..types import PLACE as PLACE_KIND
from ..types import STATE as STATE_KIND
from .context import DocContext, skeleton

KIND_OF_LABEL = {PER: PERSON, STATE: STATE_KIND, ORG: ORGANIZATION, PLACE: PLACE_KIND}


def collect_entities(ctx: DocContext) -> list[Entity]:
    """Fill `ctx.ent_at` and return the document's entities, one per real-world entity."""
    gaz = ctx.gaz
    by_key: dict[tuple[str, str], Entity] = {}
    persons_by_surname: dict[str, set[str]] = {}
    known_person_skeletons = {
        skeleton(form): k.id for (kind, _), k in gaz.known.items() if kind == PERSON
        for form in (k.name, *k.aliases) if " " in form
    }
    ents = list(ctx.doc.ents)
    # Full names first, so that a surname alone can find its person.
    ents.sort(key=lambda e: (e.label_ != PER or len(e) == 1, e.start))
    for ent in ents:
        kind = KIND_OF_LABEL.get(ent.label_)
        if kind is None:
            continue
        name = ent._.kg_name or ent.text
        rule = "gazetteer" if ent.kb_id_ else "name"
        if ent.kb_id_:
            known = gaz.get(kind, ent.kb_id_)
            key, label = ent.kb_id_, known.name if known else name
            if kind == STATE_KIND and name in gaz.capitals:
                rule = "capital-metonymy"
        elif kind == PERSON:
            key, rule = _person_key(name, by_key, persons_by_surname, known_person_skeletons)
            known = gaz.get(PERSON, key)
            label = known.name if known else name
        else:
            key, label = "sk-" + slug(name), name
        entity = by_key.get((kind, key))
        if entity is None:
            entity = by_key[(kind, key)] = Entity(kind=kind, key=key, label=label)
            known = gaz.get(kind, key)
            entity.qid = known.qid if known else None
        if kind == PERSON and " " in name and entity.label != name and len(name) > len(entity.label) \
                and not gaz.get(PERSON, key):
            entity.alt_labels.add(entity.label)
            entity.label = name  # the fullest form seen
        elif name != entity.label:
            entity.alt_labels.add(name)
            entity.resolutions.add((name, rule))
        if kind == PERSON and " " in name:
            persons_by_surname.setdefault(skeleton(name.split()[-1]), set()).add(key)
        entity.sentences.add(ctx.sent_of_token[ent.start])
        entity.mentions += 1
        ref = EntityRef(kind, key)
        for i in range(ent.start, ent.end):
            ctx.ent_at[i] = (ent, ref)
    return list(by_key.values())


def _person_key(name, by_key, persons_by_surname, known_skeletons) -> tuple[str, str]:
    sk = skeleton(name)
    if sk in known_skeletons:
        return known_skeletons[sk], "transliteration"
    if " " not in name:
        owners = persons_by_surname.get(sk, set())
        if len(owners) == 1:
            return next(iter(owners)), "surname"
    return "sk-" + sk.replace(" ", "-"), "name"
