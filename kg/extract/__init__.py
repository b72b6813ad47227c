"""Doc -> facts. Pure: no rdflib here.

>>> from kg.extract import extract            # doctest: +SKIP
>>> facts = extract(nlp(document.text), document)
"""

from __future__ import annotations

from spacy.tokens import Doc

from .. import gazetteer
from ..types import Document, DocumentFacts, Entity, EntityRef, Event, Position, Sentence, Statement
from .context import DocContext
from .dates import find_dates
from .entities import collect_entities
from .events import extract_events
from .positions import extract_positions
from .statements import extract_statements


def sentences_of(doc: Doc, doc_id: str) -> tuple[list[Sentence], list[int]]:
    """The doc's sentences (whitespace trimmed, character offsets) and each token's sentence index."""
    sentences: list[Sentence] = []
    sent_of_token = [0] * len(doc)
    text = doc.text  # a property that joins all tokens: once, not per sentence
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        index = len(sentences)
        for t in sent:
            sent_of_token[t.i] = max(index, 0) if words else max(index - 1, 0)
        if not words:
            continue
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        sentences.append(Sentence(doc_id, index, start, end, text[start:end]))
    return sentences, sent_of_token


def extract(doc: Doc, document: Document) -> DocumentFacts:
    """All facts of one processed document."""
    sentences, sent_of_token = sentences_of(doc, document.id)
    ctx = DocContext(doc=doc, document=document, gaz=gazetteer.load(), sentences=sentences,
                     sent_of_token=sent_of_token)
    ctx.reference_date = document.date or _latest_full_date(document.text)
    entities = collect_entities(ctx)
    positions = extract_positions(ctx)
    events = extract_events(ctx)
    statements = extract_statements(ctx)
    entities += _referenced_entities(ctx, entities, positions, events, statements)
    return DocumentFacts(document=document, sentences=sentences, entities=entities, positions=positions,
                         events=events, statements=statements, tokens=sum(not t.is_space for t in doc))


def _referenced_entities(ctx: DocContext, entities: list[Entity], positions: list[Position], events: list[Event],
                         statements: list[Statement]) -> list[Entity]:
    """Curated entities that facts refer to without naming them ("der russische Außenminister" -> Russland)."""
    have = {e.ref for e in entities}
    refs: list[tuple[EntityRef, int]] = []
    refs += [(p.state, p.sentence) for p in positions if p.state]
    refs += [(x, ev.sentence) for ev in events for x in ev.participants]
    refs += [(s.speaker, s.sentence) for s in statements]
    added: dict[EntityRef, Entity] = {}
    for ref, sentence in refs:
        if ref in have:
            continue
        known = ctx.gaz.get(ref.kind, ref.key)
        if known is None:
            continue
        entity = added.setdefault(ref, Entity(ref.kind, ref.key, known.name, set(known.aliases), qid=known.qid))
        entity.sentences.add(sentence)
    return list(added.values())


def _latest_full_date(text: str):
    """Without a publication date, the latest date written with its year stands in for it
    (so that "am 21. Oktober" gets the year of "15. August 2025")."""
    dates = [m.value for m in find_dates(text) if m.value is not None]
    return max(dates) if dates else None
