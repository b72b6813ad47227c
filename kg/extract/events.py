"""Events: a trigger noun (or verb) with participants, date and place from its sentence.

Triggers are German nouns and their compounds: the compound's head decides
the type ("Präsidententreffen" is a Meeting, "Waffenlieferungen" a Delivery),
except that a ceasefire word anywhere makes a Ceasefire
("Waffenstillstandsvereinbarung"). Participants come from the constructions
German uses around such nouns: "mit X", "zwischen X und Y", a genitive
("Krieg Russlands"), "gegen X", "an X" (deliveries), compound parts
("Trump-Putin-Gipfel") and state adjectives ("russisch-ukrainischer Krieg").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..types import PLACE, STATE, EntityRef, Event
from .context import DocContext
from .dates import find_dates

# Head nouns (lowercase, as compound suffixes) -> event type. Longest suffix wins.
TRIGGERS = {
    "telefongespräch": "PhoneCall", "telefonat": "PhoneCall", "anruf": "PhoneCall", "telefonkonferenz": "PhoneCall",
    "treffen": "Meeting", "begegnung": "Meeting", "zusammenkunft": "Meeting", "unterredung": "Meeting",
    "gipfel": "Summit", "gipfeltreffen": "Summit", "gipfelkonferenz": "Summit",
    "pressekonferenz": "PressConference", "medienkonferenz": "PressConference", "pressebriefing": "PressConference",
    "waffenstillstand": "Ceasefire", "waffenruhe": "Ceasefire", "feuerpause": "Ceasefire",
    "feuereinstellung": "Ceasefire",
    "abkommen": "Agreement", "vereinbarung": "Agreement", "einigung": "Agreement", "vertrag": "Agreement",
    "deal": "Agreement",
    "angriff": "Attack", "anschlag": "Attack", "attentat": "Attack", "beschuss": "Attack", "offensive": "Attack",
    "luftschlag": "Attack", "bombardierung": "Attack",
    "wahl": "Election", "wahlen": "Election", "referendum": "Election", "stichwahl": "Election",
    "besuch": "Visit", "staatsbesuch": "Visit", "antrittsbesuch": "Visit",
    "sanktion": "Sanction", "sanktionen": "Sanction", "sanktionspaket": "Sanction", "embargo": "Sanction",
    "lieferung": "Delivery", "lieferungen": "Delivery", "hilfspaket": "Delivery", "militärhilfe": "Delivery",
    "krieg": "War", "konflikt": "War", "invasion": "War", "angriffskrieg": "War",
}
CEASEFIRE_PARTS = ("waffenstillstand", "waffenruhe", "feuerpause")
# Verbs that report an event themselves: "telefonierte mit", "trafen sich".
VERB_TRIGGERS = {"telefonieren": "PhoneCall", "treffen": "Meeting", "besuchen": "Visit", "liefern": "Delivery",
                 "angreifen": "Attack", "sanktionieren": "Sanction"}
PARTICIPANT_PREPS = {"mit", "zwischen", "gegen", "an", "von", "durch", "für"}
SUFFIXES = sorted(TRIGGERS, key=len, reverse=True)
ACTOR_KINDS = ("person", "state", "organization")


def event_type(word: str) -> str | None:
    """The event type a (compound) noun names, or None."""
    low = word.lower().replace("-", "")
    for suffix in SUFFIXES:
        if low.endswith(suffix):
            if any(part in low for part in CEASEFIRE_PARTS):
                return "Ceasefire"
            if suffix in ("wahl", "wahlen") and low not in ("wahl", "wahlen") and not low.endswith(
                    ("präsidentschaftswahl", "parlamentswahl", "wahlen", "kommunalwahl", "bundestagswahl",
                     "landtagswahl", "europawahl", "stichwahl", "neuwahl", "präsidentenwahl")):
                return None  # "Auswahl", "Qualwahl": not elections
            return TRIGGERS[suffix]
    return None


def extract_events(ctx: DocContext) -> list[Event]:
    """Events with at least one participant, place or date, merged within the document."""
    merged: dict[tuple, Event] = {}
    for token in ctx.doc:
        etype = None
        if token.tag_ in ("NN", "NE", "") and token.text[:1].isupper() and not ctx.entity(token):
            etype = event_type(token.text)
        elif token.pos_ == "VERB" and token.lemma_ in VERB_TRIGGERS:
            etype = VERB_TRIGGERS[token.lemma_]
        if etype is None:
            continue
        event = _event_at(ctx, token, etype)
        if not (event.participants or event.place or event.date):
            continue
        key = (event.type, frozenset(event.participants)) if event.participants else (event.type, event.place)
        old = merged.get(key)
        if old is None:
            merged[key] = event
        elif old.date is None and event.date is not None or old.place is None and event.place is not None:
            merged[key] = Event(old.type, old.trigger, old.sentence, old.participants,
                                old.date or event.date, old.place or event.place)
    return list(merged.values())


def _event_at(ctx: DocContext, token: Token, etype: str) -> Event:
    sent = token.sent
    participants: list[EntityRef] = list(ctx.prefix_states(token))
    participants += _compound_persons(ctx, token)
    participants += _adjective_states(ctx, token)
    participants += _prepositional(ctx, token, sent)
    if token.pos_ == "VERB" or _possessive_before(token):
        subject = _subject(ctx, sent, token, set(participants))
        if subject is not None:
            participants.insert(0, subject)
    place = _place(ctx, token, sent)
    participants = [p for p in dict.fromkeys(participants) if p.kind in ACTOR_KINDS and p != place]
    return Event(type=etype, trigger=token.text if token.pos_ != "VERB" else token.lemma_,
                 sentence=ctx.sentence_of(token), participants=tuple(participants),
                 date=_date_near(ctx, token, sent), place=place)


def _compound_persons(ctx: DocContext, token: Token) -> list[EntityRef]:
    """ "Trump-Putin-Gipfel": the parts that are names already seen in the document."""
    parts = token.text.split("-")[:-1]
    out = []
    for part in parts:
        for (span, ref) in ctx.ent_at.values():
            if ref.kind == "person" and span._.kg_name and span._.kg_name.split()[-1] == part:
                out.append(ref)
                break
    return out


def _adjective_states(ctx: DocContext, token: Token) -> list[EntityRef]:
    """ "des russisch-ukrainischen Krieges" -> Russland, Ukraine."""
    out = []
    i = token.i - 1
    while i >= 0 and ctx.doc[i].tag_ in ("ADJA", "ADJD"):
        for part in ctx.doc[i].text.split("-"):
            ref = ctx.gaz.adjectives.get(part.lower().rstrip("enrsm")) or ctx.gaz.adjectives.get(
                _adj_stem(part.lower()))
            if ref:
                out.append(EntityRef(STATE, ref))
        i -= 1
    return out


def _adj_stem(word: str) -> str:
    for ending in ("en", "er", "es", "em", "e"):
        if word.endswith(ending):
            return word[: -len(ending)]
    return word


def _prepositional(ctx: DocContext, token: Token, sent: Span) -> list[EntityRef]:
    """Entities in "mit X", "zwischen X und Y", "gegen X", genitives right after the trigger."""
    out: list[EntityRef] = []
    doc = ctx.doc
    i = token.i + 1
    end = min(sent.end, token.i + 14)
    in_pp = False
    while i < end:
        t = doc[i]
        if t.pos_ in ("VERB", "AUX") or t.text in (".", ";", ":", "–", "—") or t.lower_ in ("dass", "weil", "ob"):
            break
        if t.text == "," and not in_pp:
            break
        if t.lower_ in PARTICIPANT_PREPS:
            in_pp = True
        elif t.tag_ in ("APPR", "APPRART") and t.lower_ not in PARTICIPANT_PREPS:
            in_pp = False
        hit = ctx.entity(t)
        if hit and (in_pp or i == token.i + 1 or doc[i - 1].lower_ in ("des", "der")):
            if hit[1].kind != PLACE:
                out.append(hit[1])
            i = hit[0].end
            continue
        if not hit and t.text[:1].isupper() and ctx.gaz.office_of(t.text) and in_pp:
            ref = _office_reference(ctx, t)
            if ref is not None:
                out.append(ref)
        i += 1
    return out


def _office_reference(ctx: DocContext, token: Token) -> EntityRef | None:
    """ "dem US-Außenminister" without a name: the holder of that office named elsewhere in the document."""
    office = ctx.gaz.office_of(token.text)
    if office is None:
        return None
    state = (ctx.prefix_states(token) or [None])[0]
    i = token.i - 1
    while state is None and i >= 0 and ctx.doc[i].tag_ in ("ADJA", "ADJD"):
        state = ctx.state_of_word(ctx.doc[i])
        i -= 1
    holder = ctx.holders.get((office[0], state)) or ctx.holders.get((office[1], state))
    return holder


def _possessive_before(token: Token) -> bool:
    prev = token.doc[token.i - 1] if token.i > 0 else None
    return prev is not None and prev.tag_ == "PPOSAT"


def _subject(ctx: DocContext, sent: Span, token: Token, exclude: set[EntityRef]) -> EntityRef | None:
    """The first actor of the sentence outside a prepositional phrase: a rough subject."""
    for t in sent:
        if t.i == token.i:
            continue
        hit = ctx.entity(t)
        if hit and hit[1].kind in ACTOR_KINDS and hit[1] not in exclude:
            prev = ctx.doc[hit[0].start - 1] if hit[0].start > sent.start else None
            if prev is None or prev.tag_ not in ("APPR", "APPRART"):
                return hit[1]
    return None


def _place(ctx: DocContext, token: Token, sent: Span) -> EntityRef | None:
    """ "Gipfel in Budapest", "Pressekonferenz in Moskau": the first place after "in"/"auf" following the trigger."""
    doc = ctx.doc
    for i in range(token.i + 1, min(sent.end, token.i + 12)):
        hit = ctx.entity(doc[i])
        if hit and hit[1].kind == PLACE and i > 0 and doc[hit[0].start - 1].lower_ in ("in", "im", "auf", "bei", ","):
            return hit[1]
        if doc[i].pos_ in ("VERB",):
            break
    return None


def _date_near(ctx: DocContext, token: Token, sent: Span) -> object:
    """A day-precise date in the trigger's sentence, nearest to the trigger."""
    base = sent.start_char
    best = None
    for mention in find_dates(sent.text, ctx.document.date):
        if mention.value is None:
            continue
        distance = abs(base + mention.start - token.idx)
        if best is None or distance < best[0]:
            best = (distance, mention.value)
    return best[1] if best else None
