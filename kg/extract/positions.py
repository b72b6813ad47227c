"""Offices held: "der russische Außenminister Sergei Lawrow" -> Position(Lawrow, Außenminister, Russland).

German ties an office to its holder and its state in a few constructions,
all handled around the office noun:
- apposition before the name, with the state as adjective or compound prefix:
  "der russische Außenminister Sergei Lawrow", "US-Präsident Donald Trump";
- a genitive complement between office and name: "der stellvertretende
  Außenminister Russlands Sergei Rjabkow", "die Sprecherin des russischen
  Außenministeriums Maria Sacharowa";
- apposition after the name: "Lawrow, der Außenminister Russlands, ...", or after the
  office's complement: "der Sprecher von Präsident Wladimir Putin, Dmitri Peskow";
- qualifiers kept in the role, several in order: "früherer", "stellvertretender",
  "die bisherige Zweite Landtagspräsidentin".
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..gazetteer import Office
from ..types import ORGANIZATION, PERSON, PLACE, STATE, EntityRef, Position
from .context import (
    FEDERAL_STATES,
    GOVERNMENT_SEATS,
    OFFICE_SYNONYMS,
    QUALIFYING_PREFIXES,
    DocContext,
    clause_bounds,
    pronoun_antecedent,
    sentence,
    sentence_before_start,
)
from .dates import MONTH_NAMES
from .entities import office_body

ARTICLES = {"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen"}
GENITIVE_ARTICLES = {"des", "der"}
INDEFINITE_ARTICLES = {"ein", "eine", "einen", "einem", "einer", "eines"}
LOCAL_PREPOSITIONS = {"im", "in", "am", "beim", "bei"}  # "der Botschafter in Wien, X": where the office is
MAX_GAP = 7  # tokens between office and name (a genitive complement fits)


def extract_positions(ctx: DocContext) -> list[Position]:
    """Every office-holder relation the text states, merged per (holder, role) within the document."""
    found: dict[tuple[EntityRef, str], Position] = {}
    used: set[int] = set()
    for token in ctx.doc:
        # the tagger reads some office nouns as foreign material ("HDP-Chef" opening a sentence) or as
        # adjectives ("Grünen-Abgeordneter"); the office list decides
        if not token.text[:1].isupper() or token.tag_ not in ("NN", "NE", "FM", "ADJA", ""):
            continue
        if ctx.entity(token) and not _office_read_as_body(ctx, token):
            continue
        if token.lower_.startswith(("amtskolleg", "ressortkolleg")) or (
                token.lower_.startswith("kolleg") and _premodifiers(ctx, token)[1] is not None):
            position = _colleague(ctx, token, list(found.values()))
        else:
            office = ctx.gaz.office_of(token.text, named=True)
            position = _position_at(ctx, token, office) if office else None
        if position is None:
            continue
        used.add(token.i)
        ctx.office_refs[token.i] = position.holder
        for held in (position, *_coordinated_holders(ctx, token, position), *_successor(ctx, token, position)):
            if _foreign_to_known_holder(ctx, held):
                continue
            key = (held.holder, held.role)
            old = found.get(key)
            if old is None or (old.state is None and held.state is not None):
                found[key] = held
    named = list(found.values())
    for token in ctx.doc:
        # "Kaczyński ... Als Beispiel nannte der ehemalige Ministerpräsident ...": an office without a name
        if token.i in used or not token.text[:1].isupper() or token.tag_ not in ("NN", "NE", "FM", "ADJA", "") \
                or ctx.entity(token):
            continue
        office = ctx.gaz.office_of(token.text)
        position = _position_at(ctx, token, office, named) if office else None
        if position is not None:
            ctx.office_refs[token.i] = position.holder
        if position is not None and (position.holder, position.role) not in found:
            found[(position.holder, position.role)] = position
        elif position is None and office:
            _state_of_earlier_office(ctx, token, office[0], found)
    positions = list(found.values())
    # "X, der frühere Vorsitzende ... übernahm er das Amt des Vorsitzenden": the office the text calls former
    former = {(p.holder, p.office) for p in positions
              if ctx.former_qualifier(p.qualifier)}
    positions = [p for p in positions if p.qualifier or (p.holder, p.office) not in former]
    first = {(p.holder, p.role): p.sentence for p in positions}
    positions = [p for p in positions if not _federal_twin_first(p, first)]
    named_states = _states_named(ctx)
    positions = [_federal_office(ctx, _with_context_state(ctx, p, named_states)) for p in positions]
    for p in positions:
        ctx.holders.setdefault((p.office, p.state), p.holder)
        if p.organization is not None:
            ctx.holder_organizations.setdefault(p.holder, set()).add(p.organization)
    _curated_holders(ctx)
    # a candidacy names who "der Präsidentschaftskandidat" is, and who takes part in the election, but is no
    # office held
    candidacy = [p for p in positions
                 if (ctx.gaz.office_of(p.office, named=True) or ("",))[0].lower().endswith("kandidat")]
    for p in candidacy:
        if not ctx.former_qualifier(p.qualifier):
            ctx.candidates.setdefault(p.holder, p.office)  # not "der einstige Präsidentschaftskandidat"
    # a rank ("General X", "Oberst X") names who speaks later ("der General sagte") but is no office held
    ctx.positions = [p for p in positions if p not in candidacy and _office_kind(ctx, p) != "rank"]
    return ctx.positions


def _federal_twin_first(position: Position, first: dict[tuple[EntityRef, str], int]) -> bool:
    """Whether the holder's office is named with and without "Bundes-" and the other form came first (`first`:
    (holder, role) -> sentence; on one sentence the plain form): "Bundesjustizminister Heiko Maas" after
    "Deutschlands Justizminister Heiko Maas" is one office, as first named ("Bundeskanzler Olaf Scholz ... der
    Kanzler Scholz": Bundeskanzler)."""
    role = position.role
    federal = role.startswith("Bundes") and len(role) > 8
    twin = role[6:7].upper() + role[7:] if federal else "Bundes" + role[:1].lower() + role[1:]
    at = first.get((position.holder, twin))
    return at is not None and (at < position.sentence or at == position.sentence and federal)


def _office_kind(ctx: DocContext, position: Position) -> str | None:
    entry = _office_entry(ctx, position)
    return entry.kind if entry is not None else None


def _office_entry(ctx: DocContext, position: Position) -> Office | None:
    """The curated office (kind, scope) of a position's office, or None."""
    office = ctx.gaz.office_of(position.office, named=True)
    return ctx.gaz.offices.get(office[0]) if office else None


def _foreign_to_known_holder(ctx: DocContext, position: Position) -> bool:
    """A state's office given to a person the curated data knows only in offices of other states: "der chinesische
    Staats- und Parteichef und Präsident Wladimir Putin" names two persons, the first without a name."""
    known = ctx.gaz.get(PERSON, position.holder.key) if position.holder.kind == PERSON else None
    states = {at for _, at in known.offices if ctx.gaz.get(STATE, at)} if known is not None else set()
    return position.state is not None and bool(states) and position.state.key not in states


def _state_of_earlier_office(ctx: DocContext, token: Token, lemma: str, found: dict) -> None:
    """ "Präsident Rafael Correa ... Ecuadors Präsident hatte die soziale Frage ... bezeichnet": an office of a
    state named without a holder is the office the text gave one person without a state, when that person is
    the only one it gives the office to."""
    entry = ctx.gaz.offices.get(lemma)
    doc = ctx.doc
    if entry is None or entry.scope == "organization" or (token.i + 1 < len(doc) and ctx.entity(doc[token.i + 1])):
        return
    qualifiers, state, _ = _premodifiers(ctx, token)
    state = (ctx.prefix_states(token) or [state])[0]
    if state is None or qualifiers:
        return
    same = [key for key, p in found.items() if p.office == lemma]
    if len(same) == 1 and found[same[0]].state is None and found[same[0]].organization is None \
            and not found[same[0]].qualifier:
        found[same[0]] = replace(found[same[0]], state=state)


def _office_read_as_body(ctx: DocContext, token: Token) -> bool:
    """ "Der Kärntner Landesrat Hans Huber": an adjective and an office noun taken for a council's name ("der Wiener
    Gemeinderat beschloss"), right before a person's name, are that person's office; so is a council's name alone
    there ("Bundesrat Gottfried Kneifel", where the text names the Bundesrat elsewhere too)."""
    span, ref = ctx.entity(token)
    after = ctx.entity(ctx.doc[token.i + 1]) if token.i + 1 < len(ctx.doc) else None
    return ref.kind == ORGANIZATION and span.end == token.i + 1 and (span.start == token.i or (
        all(t.tag_ == "ADJA" for t in ctx.doc[span.start:token.i]) and not ctx.gaz.lookup(span.text))) \
        and after is not None and after[1].kind == PERSON and after[0].start == token.i + 1


LEAD_SENTENCES = 3  # a headline and the lead name what a report is about
NEARBY_SENTENCES = 3  # sentences before an office without a state in which the state around it is named
# offices of a region or town, which the state named around them does not hold ("Die zweite Landtagspräsidentin")
REGIONAL_OFFICES = ("land", "bürgermeister", "oberbürgermeister", "gouverneur", "stadt", "gemeinde", "bezirk")


def _states_named(ctx: DocContext) -> Counter:
    """How often the text names each state: by name or capital, adjective ("brasilianische") or compound ("US-");
    only states it names by a name or in a compound count (an adjective alone makes no node of its state). In a text
    that names some state so, one it names by its capital counts too ("In Kiew stieß der Beschluss auf Zustimmung.
    Präsident X ..."); a text that names none by name is about a capital as a city ("Wien")."""
    named: set[EntityRef] = {ref for ref, by_name in _state_mentions(ctx, ctx.doc) if by_name}
    counts: Counter = Counter()
    for ref, by_name in _state_mentions(ctx, ctx.doc, capitals=bool(named)):
        counts[ref] += 1
        if by_name:
            named.add(ref)
    return Counter({ref: n for ref, n in counts.items() if ref in named})


def _state_mentions(ctx: DocContext, span: Span | Doc, capitals: bool = False) -> Iterator[tuple[EntityRef, bool]]:
    """Each state the tokens of `span` name, and whether by a name or in a compound ("US-Präsident") rather than
    by an adjective or its capital ("Seoul"; with `capitals`, a capital counts as a name)."""
    seen: set[int] = set()
    for token in span:
        hit = ctx.entity(token)
        if hit is not None and hit[0].start in seen:
            continue  # the rest of a name already counted
        capital = ctx.gaz.capitals.get(hit[0].text) if hit is not None and hit[1].kind == PLACE else None
        if hit is not None and (hit[1].kind == STATE or capital):
            seen.add(hit[0].start)
            yield (hit[1], True) if hit[1].kind == STATE else (EntityRef(STATE, capital), capitals)
            continue
        state = ctx.state_of_word(token) if token.tag_.startswith("ADJ") else None
        if state is not None:
            yield state, False
        elif "-" in token.text:
            yield from ((ref, True) for ref in ctx.prefix_states(token))


def _federal_office(ctx: DocContext, position: Position) -> Position:
    """ "Bundesaußenministerin Annalena Baerbock", "Bundeskanzler X": "Bundes-" ties a state's office to the federal
    state as "US-" ties one to the United States: the curated state of its holder, or the federal state the text
    names, or Germany. (The office keeps its "Bundes-": annotators split on "Außenministerin" vs
    "Bundesaußenministerin", and more kept it.)"""
    office = position.office
    if position.state is not None or not office.startswith("Bundes") or len(office) <= 8 \
            or position.organization is not None:
        return position
    entry = _office_entry(ctx, position)
    if entry is None or entry.scope not in ("state", "either"):
        return position
    curated = _curated_states(ctx, position, entry.lemma.lower())
    if curated and ctx.gaz.get(STATE, curated[0].key):
        return replace(position, state=curated[0])
    federal = ctx.federal_state()
    if federal.key != FEDERAL_STATES[0] and federal not in ctx.mentions:
        # an Austrian report that never names Austria ties no office to it (annotators leave the state empty);
        # Germany stays the default of "Bundes-"
        return position
    return replace(position, state=federal)


def _curated_states(ctx: DocContext, position: Position, lemma: str) -> list[EntityRef]:
    """Where the curated data has the holder in an office the lowercase `lemma` ends in ("bundesaußenministerin"
    for "Außenminister@deutschland"), each once, in the data's order."""
    known = ctx.gaz.get(PERSON, position.holder.key) if position.holder.kind == PERSON else None
    return list(dict.fromkeys(EntityRef(STATE, at) for held, at in (known.offices if known else ())
                              if lemma.endswith(held.lower())))


def _with_context_state(ctx: DocContext, position: Position, named: Counter) -> Position:
    """An office of a state given without one ("Außenminister Mauro Vieira", "Richter Alexandre de Moraes") in a
    text about one state. An office of the Kremlin is Russia's; a person the curated data knows in an office takes
    only the curated state of this office, and only when the text names that state; anyone else takes the state
    the text names most, when it names it more than once and at least twice as often as any other, or else the
    state named around the office (`_states_near`; not for an office of a region or town). Only states the text
    names by a name or in a compound count (an adjective alone makes no node of its state)."""
    if position.state is None and position.organization is not None:
        # "die Sprecherin des US-Außenministeriums": an office of a state's institution is one of that state
        state = ctx.body_state(position.organization)
        if state is not None:
            return replace(position, state=state)
        if position.organization.key not in ctx.gaz.institution_keys:
            return position  # not a body named by its noun alone ("das Präsidialamt", "das Innenministerium")
        # "die Sprecherin des Präsidialamts" in a text about one state: the body named by its noun alone is
        # that state's, as an office given without one would be
    if position.state is not None:
        return position
    party_state = _party_state(ctx, position)
    if party_state is not None and party_state in named:  # "Innenministerin X (ÖVP)": an Austrian minister
        entry = _office_entry(ctx, position)
        return replace(position, state=party_state) if entry is not None and entry.scope in (
            "state", "either") and not position.office.lower().startswith(REGIONAL_OFFICES) else position
    if not named or party_state is not None and party_state not in named:
        # "der künftige Welser Bürgermeister Andreas Rabl (FPÖ)" in a text that names only Croatia: an Austrian
        # party's man holds no Croatian office
        return position
    seat = next((state for prefix, state in GOVERNMENT_SEATS.items() if position.office.startswith(prefix)), None)
    if seat is not None:  # "Kremlchef Wladimir Putin", "Kremlsprecher Dmitri Peskow"
        return replace(position, state=EntityRef(STATE, seat)) if EntityRef(STATE, seat) in named else position
    entry = _office_entry(ctx, position)
    if entry is None or entry.scope not in ("state", "either"):
        return position
    spoken_for = _body_just_named(ctx, position) if entry.kind == "spokesperson" else None
    if spoken_for is not None:  # "Das Außenministerium in Peking wies das zurück. Sprecher X sagte, ..."
        return replace(position, state=spoken_for)
    known = ctx.gaz.get(PERSON, position.holder.key) if position.holder.kind == PERSON else None
    lemma = position.office.lower()
    curated = _curated_states(ctx, position, lemma)
    if len(curated) == 1 and curated[0] in named:
        return replace(position, state=curated[0])
    if known is not None and known.offices:
        # the curated state the text does not name as a name ("US-Außenminister" elsewhere) is not guessed
        # otherwise; nor is an office the person is not known to hold ("Präsident Viktor Orbán")
        return position
    (first, n), *rest = named.most_common(2)
    if n < 2 or rest and n < 2 * rest[0][1]:
        # "Taiwans Verteidigungsministerium ... Verteidigungsminister Wellington Koo": in a text about several
        # states, the one named around the office
        if lemma.startswith(REGIONAL_OFFICES):
            return position
        nearby = _states_near(ctx, position, named)
        if nearby is None and n >= 3 and first in _lead_states(ctx):
            nearby = first  # the state named most, which the headline or the lead is about
        return replace(position, state=nearby) if nearby is not None else position
    return replace(position, state=first)


def _party_state(ctx: DocContext, position: Position) -> EntityRef | None:
    """The federal state of the party in brackets after the holder's name in the position's sentence ("Johanna
    Mikl-Leitner (ÖVP)" -> Austria; ontology/gazetteers/federal_members.tsv), or None."""
    doc = ctx.doc
    first = bisect_left(ctx.sent_of_token, position.sentence)
    for span in ctx.mentions_between(position.holder, first, bisect_left(ctx.sent_of_token, position.sentence + 1)):
        hit = ctx.entity(doc[span.end + 1]) if span.end + 2 < len(doc) and doc[span.end].text == "(" else None
        if hit is not None and hit[1].kind == ORGANIZATION and hit[1].key in ctx.gaz.federal_members:
            return EntityRef(STATE, ctx.gaz.federal_members[hit[1].key])
    return None


def _lead_states(ctx: DocContext) -> set[EntityRef]:
    """The states the first LEAD_SENTENCES (a headline and the lead) name, by name, capital, adjective or compound."""
    doc = ctx.doc
    first = bisect_left(ctx.sent_of_token, LEAD_SENTENCES)
    return {ref for ref, _ in _state_mentions(ctx, doc[0:first])}


def _office_start(ctx: DocContext, position: Position) -> int:
    """Where the office of a position stands in its sentence (its first office noun), or the sentence's end."""
    return min((i for i, holder in ctx.office_refs.items()
                if holder == position.holder and ctx.sent_of_token[i] == position.sentence),
               default=bisect_left(ctx.sent_of_token, position.sentence + 1))


def _body_just_named(ctx: DocContext, position: Position) -> EntityRef | None:
    """The state of the one state's institution named in the sentence before a spokesperson's and in its own before
    the office: whom a bare "Sprecher" speaks for ("Das Außenministerium in Peking wies das zurück. Sprecher X
    sagte ..."), or None."""
    first = bisect_left(ctx.sent_of_token, position.sentence - 1)
    states = {ctx.body_state(hit[1]) for hit in map(ctx.entity, ctx.doc[first:_office_start(ctx, position)])
              if hit is not None and hit[1].kind == ORGANIZATION}
    states.discard(None)
    return states.pop() if len(states) == 1 else None


def _states_near(ctx: DocContext, position: Position, named: Counter) -> EntityRef | None:
    """The state named most in the NEARBY_SENTENCES before the position's and in its own before the office (by
    name, capital, adjective or compound; only one the text names by a name or compound, `named`), when it is
    named at least twice as often there as any other; or None. What follows the office is what the holder does
    ("Außenminister X traf Kollegen aus Argentinien")."""
    first = bisect_left(ctx.sent_of_token, position.sentence - NEARBY_SENTENCES)
    counts = Counter(ref for ref, _ in _state_mentions(ctx, ctx.doc[first:_office_start(ctx, position)]))
    counts = Counter({ref: n for ref, n in counts.items() if ref in named})
    if not counts:
        return None
    (state, n), *rest = counts.most_common(2)
    return None if rest and n < 2 * rest[0][1] else state


def _curated_holders(ctx: DocContext) -> None:
    """Persons the text names hold their curated offices too, after the offices the text gives them:
    "Lukaschenko ... Der seit 20 Jahren amtierende Machthaber erklärte" is Lukaschenko speaking."""
    for ref in ctx.mentions:
        known = ctx.gaz.get(PERSON, ref.key) if ref.kind == PERSON else None
        for office, at in known.offices if known else ():
            state = EntityRef(STATE, at) if ctx.gaz.get(STATE, at) else None
            ctx.holders.setdefault((office, state), ref)


def _position_at(ctx: DocContext, token: Token, office: tuple[str, str],
                 earlier: list[Position] | None = None) -> Position | None:
    lemma, head = office
    doc = ctx.doc
    qualifiers, state, genitive = _premodifiers(ctx, token)
    b = token.i - 1
    while b > 0 and token.i - b <= 3 and doc[b].tag_ in ("ADJA", "ADJD") and not ctx.state_of_word(doc[b]):
        b -= 1  # "Der polnische Gewerkschaftsführer, spätere Präsident": the adjective belongs to both too
    first = doc[b - 1] if b >= 1 and doc[b].lower_ in ("und", ",") else None
    if state is None and not qualifiers and first is not None and first.text[:1].isupper() \
            and not ctx.entity(first) and ctx.gaz.office_of(first.text) and not ctx.prefix_states(first):
        # "der deutsche Vizekanzler und Wirtschaftsminister X": the adjective belongs to both offices
        _, state, genitive = _premodifiers(ctx, first)
    adjective_state = state is not None and not genitive
    organization = None
    prefix = token.text[: len(token.text) - len(token.text.rsplit("-", 1)[-1])]  # "US-", "CSU-", "Ex-", ""
    states = ctx.prefix_states(token)
    if states:
        state = states[0]
    elif prefix:
        organization = ctx.prefix_organization(token) or office_body(ctx, token)  # "SPÖ-Chef", "ÖGB-Präsident"
    complement, j = "", token.i + 1
    # genitive complement: "Russlands", "der Ukraine", "des russischen Außenministeriums"
    comp = _genitive(ctx, j)
    if comp is not None:
        j, comp_state, comp_org, complement = comp
        state = state or comp_state
        organization = organization or comp_org
    k = _field_end(ctx, j)
    placed = _field_end(ctx, j, placed=True) if comp is None and k == j else j
    if placed + 1 < len(doc) and doc[placed].text == "," and _closed_apposition(ctx, placed + 1):
        k = placed  # "der Botschafter bei den internationalen Organisationen in Wien, X"
    if comp is None and k > j:
        # "UN-Hochkommissar für Menschenrechte", "Beauftragter für Außen- und Sicherheitspolitik", "der
        # Sondergesandte für Syrien": the office's field
        # but not a second office coordinated with it ("Botschafter in Ankara und Sondergesandter für Syrien, X":
        # both are X's, each of its own)
        cut = next((m for m in range(j, k - 1) if doc[m].lower_ == "und" and ctx.gaz.office_of(doc[m + 1].text)), k)
        complement, comp, j = doc[j:cut].text, doc[j:k], k
    if j + 1 < len(doc) and doc[j].lower_ == "von" and ctx.entity(doc[j + 1]) and \
            ctx.entity(doc[j + 1])[1].kind in (ORGANIZATION, "state", "place"):
        hit = ctx.entity(doc[j + 1])  # "Generalsekretär von Amnesty International", "Gouverneur von Florida X"
        if hit[1].kind == ORGANIZATION:
            organization = organization or hit[1]
        elif hit[1].kind == "state":
            state = state or hit[1]
        j, comp = hit[0].end, hit
    end = _complement_before_apposition(ctx, j) if comp is None else None
    if end is not None:
        # without the abbreviation in brackets at its end
        complement, comp, j = doc[j:end - 3 if doc[end - 1].text == ")" else end].text, doc[j:end], end
    while comp is not None and j < len(doc) and ctx.entity(doc[j]) and ctx.entity(doc[j])[1].kind != PERSON:
        j = ctx.entity(doc[j])[0].end  # "Amnesty International Österreich": the name goes on
    if comp is not None and j < len(doc) and doc[j].text == "(":
        close = next((k for k in range(j + 1, min(len(doc), j + 12)) if doc[k].text == ")"), None)
        j = close + 1 if close is not None else j  # "der Ukip (UK Independence Party), Nigel Farage"
    if comp is not None and _field_end(ctx, j) > j and _field_end(ctx, j) < len(doc) \
            and doc[_field_end(ctx, j)].text == ",":
        j = _field_end(ctx, j)  # "die Hohe Vertreterin der EU für Außenpolitik, X"
    if comp is not None and j + 2 < len(doc) and doc[j].lower_ in LOCAL_PREPOSITIONS:
        k = j + 1 + (doc[j + 1].lower_ in ARTICLES)  # "die Chefin der Grünen in Wien, X", "im Landtag, X"
        hit = ctx.entity(doc[k]) if k < len(doc) else None
        end = hit[0].end if hit and hit[1].kind != PERSON else k + 1 if doc[k].tag_ == "NN" else None
        if end is not None and end + 1 < len(doc) and doc[end].text == "," and ctx.entity(doc[end + 1]) \
                and ctx.entity(doc[end + 1])[1].kind == PERSON:
            j = end
    j = _title_chain_end(ctx, j)
    if j < len(doc) and doc[j].text == "," and comp is not None:
        j += 1  # "die stellvertretende Regierungschefin Kanadas, Chrystia Freeland,"
    elif j + 1 < len(doc) and j == token.i + 1 and doc[j].text == "," and _closed_apposition(ctx, j + 1) \
            and not _genitive_attribute(ctx, token):
        j += 1  # "Der Regierungschef, Karl Meierhuber, sagte", not "sagte der Minister, Meierhuber habe ..."
    if state is None and organization is None:
        state = _principal_state(ctx, token.i + 1)
    holder = _name_after(ctx, j)
    if holder is not None and complement and j - 1 > token.i and doc[j - 1].text[:1].isupper() \
            and ctx.gaz.office_of(doc[j - 1].text):
        holder = None  # "Kampagnenleiter für den SPÖ-Präsidentschaftskandidaten Rudolf Hundstorfer": the candidate's
    if holder is not None and _possessor_name(ctx, token, j):
        # "Medinski, ein Berater Putins": whom the office serves, not who holds it; "der Sprecher Macrons, X,"
        end = ctx.entity(doc[j])[0].end
        apposed = end + 1 < len(doc) and doc[end].text == "," and _closed_apposition(ctx, end + 1)
        holder = _name_after(ctx, end + 1) if apposed else None
    named_at = ctx.entity(doc[j]) if holder is not None and j < len(doc) else None
    if state is None and organization is None and named_at is not None and named_at[0].end + 1 < len(doc) \
            and doc[named_at[0].end].lower_ == "aus":
        origin = ctx.entity(doc[named_at[0].end + 1])  # "Außenministerin Anna Berg aus Norwegen"
        state = origin[1] if origin is not None and origin[1].kind == STATE else None
    close = holder is not None and doc[j - 1].text != ","  # "der Finanzlandesrat X", not "..., X"
    holder = holder or _name_before(ctx, token) or _copula_subject(ctx, token, j) or _fronted_als(ctx, token, j) \
        or _appointed(ctx, token, j) or _office_taken(ctx, token)
    if holder is None and earlier is not None:
        holder = _antecedent(ctx, token, lemma, state, organization, bool(prefix or complement), qualifiers, earlier)
    if holder is None or holder.kind != PERSON:
        return None
    office_entry = ctx.gaz.offices.get(lemma)
    if office_entry is not None and office_entry.scope == "organization" and adjective_state and not states \
            and not _state_office_coordinated(ctx, token):
        state = None  # "der polnische Parteichef": a party office, not an office of the state
    if state is None and organization is None and not prefix:
        state, organization = _possessor(ctx, token) or _curated_office(ctx, holder, lemma)
    article, gender = _article_before(ctx, token), _gender(ctx, holder)
    if close and j == token.i + 1 and article is not None and article.lower_ in INDEFINITE_ARTICLES:
        return None  # "fürchtet einen Kanzler X", "mit einem Minister X": a hypothetical, not an office held
    role_head = _feminine_or_masculine(ctx, head, lemma, article, gender == "f", gender == "m")
    role_head = _adjective_title(ctx, token, role_head, qualifiers) if not prefix else role_head
    # "SPD-Abgeordneter", "ÖVP-Landtagsabgeordnete", "SPÖ-Stadtrat": an office of the state held by a party's
    # member; the party is the holder's, not the office's ("SPÖ-Chef" is the party's office)
    affiliated = bool(prefix) and not states and _party_affiliation(ctx, organization, office_entry, token)
    if prefix and not states and not affiliated:
        # "Ex-Außenminister", "Zoologie-Dozent", "SPÖ-Chef", "Nato-Generalsekretär": the office as written; a body
        # the prefix names is also kg:ofOrganization
        role_head = prefix + role_head
    elif prefix:
        # "US-Präsident", "Ex-US-Präsident": the state goes to kg:ofState, as in the contract's roles, and the
        # holder's party is no part of the office; "Ex-" stays
        role_head = "".join(part + "-" for part in prefix.split("-")[:-1] if part in QUALIFYING_PREFIXES) + role_head
    if affiliated:
        organization = None
    role_head = _coordinated_truncation(doc, token) + role_head
    role = role_head + (" " + complement if complement else "")
    # "die frühere Vorsitzende": an adjectival noun in the feminine
    adjectival = office_entry is not None and office_entry.feminine == lemma[:-1]
    feminine = role_head.endswith("in") and not lemma.endswith("in") or (
        adjectival and role_head.endswith(office_entry.feminine))
    if not _agrees(office_entry, feminine, gender, article, close):
        return None
    role = " ".join([*(_inflect_qualifier(q, feminine) for q in qualifiers), role])
    return Position(holder=holder, role=role, office=role_head, sentence=ctx.sentence_of(token),
                    qualifier=" ".join(qualifiers) or None, state=state, organization=organization)


def _party_affiliation(ctx: DocContext, organization: EntityRef | None, office: Office | None, token: Token) -> bool:
    """Whether a compound's party names its holder's party, not the office's body: an office of the state or
    of a parliament ("SPD-Abgeordneter", "ÖVP-Landesrat"), of the party's group in parliament ("SPÖ-Klubchef",
    "CDU-Fraktionschef") or its spokesperson for a field there ("FPÖ-Bildungssprecher"); not an office of the
    party ("CDU-Chef", "SPD-Sprecher")."""
    if organization is None or office is None or office.kind == "party":
        return False
    head = token.text.rsplit("-", 1)[-1].lower()
    field = head.removesuffix("in")  # "bildungssprecher": a field's, not a listed office ("Pressesprecher")
    in_parliament = office.kind == "parliament" or head.startswith(("klub", "fraktion")) or (
        office.kind == "spokesperson" and field.endswith("sprecher") and field != "sprecher"
        and field.capitalize() not in ctx.gaz.offices)
    if office.scope != "state" and not in_parliament:
        return False
    known = ctx.gaz.get(organization.kind, organization.key)
    return known is not None and known.subtype == "party"


DESCRIBED_KINDS = ("spokesperson", "judiciary", "named_only")  # "Der Sprecher", "Der Richter": someone new


def _antecedent(ctx: DocContext, token: Token, lemma: str, state: EntityRef | None, organization: EntityRef | None,
                described: bool, qualifiers: list[str], named: list[Position]) -> EntityRef | None:
    """The person a definite office noun without a name refers back to. "Horst Seehofer (CSU) ... Der
    CSU-Chef sei eingeknickt": the one person named before with that party; "Jarosław Kaczyński ... nannte
    der ehemalige Ministerpräsident": the only person of that gender named before, when the noun phrase
    describes more than the bare office ("Der Richter" is someone new). Only the nominative singular
    ("der Ministerpräsident", "die Bezirksvorsteherin", not "dem Minister", "die Abgeordneten"), and not an
    office that a person the text names already holds, or one of its kind the antecedent holds
    ("Kurz ... sagte der Minister" adds nothing)."""
    doc = ctx.doc
    entry = ctx.gaz.offices.get(lemma)
    former = ctx.former_qualifier(" ".join(qualifiers))
    if entry is None or (entry.kind in DESCRIBED_KINDS and not former):
        return None  # "Der Richter" is someone new; "Der frühere Höchstrichter" someone named before
    article = _definite_article(ctx, token)
    if article is None:
        return None
    head = token.text.rsplit("-", 1)[-1].lower()
    adjectival = not entry.feminine.endswith("in")
    if article.lower_ == "der":
        forms = (entry.lemma.lower(), entry.lemma.lower()[:-1]) if adjectival else (entry.lemma.lower(),)
        female = False
    else:
        forms, female = (entry.feminine.lower(),), True
    if not any(head.endswith(form.rsplit(" ", 1)[-1]) for form in forms):
        return None
    if female and adjectival and head.endswith(entry.lemma.lower()):
        return None  # "die Abgeordneter" is no phrase; "die Abgeordnete" is
    if token.i + 1 < len(doc) and ctx.entity(doc[token.i + 1]):
        return None  # a name the office rules did not take ("der Präsident Putin dankbar")
    if _coordinated_offices(ctx, article, token):
        return None  # "Der Polizeichef und der Leiter der Militärpolizei sind in Haft": others, unnamed
    before: dict[EntityRef, int] = {}
    for ref, spans in ctx.mentions.items():
        if ref.kind == PERSON and spans[0].start < token.i:
            before[ref] = spans[0].start
    kind = entry.kind
    if former and state is not None:
        # "Mark Rutte ... sagte der frühere niederländische Regierungschef": the one person named before whom the
        # curated data knows to have held an office of that kind in that state (not its holder the text names)
        held = [ref for ref in before if _gender(ctx, ref) != ("m" if female else "f")
                and _held_curated(ctx, ref, lemma, kind, state)
                and not any(p.holder == ref and p.state == state and not p.qualifier for p in named)]
        if len(held) == 1:
            return held[0]
    offices = {}
    for p in named:
        if p.holder not in before:
            continue  # a holder the text names only later is no antecedent, and does not take the office
        known = ctx.gaz.office_of(p.office)
        offices.setdefault(p.holder, set()).add(known[0] if known else p.office)
    for lemmas in offices.values():
        kinds = {ctx.gaz.offices[x].kind for x in lemmas if x in ctx.gaz.offices}
        if lemma in lemmas or (kind in kinds and kind not in ("official", "other")) \
                or OFFICE_SYNONYMS.get(lemma) in lemmas:
            return None  # "Kurz ... der Minister", "Richter Hans Maier ... Der Richter", "Außenminister X ... der
            # Chefdiplomat"
    if organization is not None:
        tied = {p.holder for p in named if p.organization == organization}
        for ref in before:
            for span in ctx.mentions[ref]:
                k = span.end
                hit = ctx.entity(doc[k + 1]) if k + 2 < len(doc) and doc[k].text == "(" else None
                if hit and hit[1] == organization and doc[hit[0].end].text == ")":
                    tied.add(ref)  # "Horst Seehofer (CSU)"
        tied = {ref for ref in tied & set(before) if _gender(ctx, ref) != ("m" if female else "f")}
        if tied or "-" in token.text:  # "Der CSU-Chef": the party's man; "der Präsident des Landesgerichts": below
            return next(iter(tied)) if len(tied) == 1 else None
    if state is not None:  # "der russische Botschafter": someone the text gave an office of that state
        before = {ref: i for ref, i in before.items() if any(p.holder == ref and p.state == state for p in named)}
    after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    if not (described or article.i < token.i - 1 or after in ("des", "der", "im", "in", "von", "vom", "für")):
        # "Der Präsident sagte": the bare office may be anyone, but for the one person named before whom the
        # curated data knows in an office of its kind ("Erdoğan ... sagt der Staatspräsident")
        held = [ref for ref in before if _gender(ctx, ref) != ("m" if female else "f")
                and kind not in ("official", "other") and _held_curated(ctx, ref, lemma, kind, state)]
        return held[0] if len(held) == 1 else None
    of_place = ctx.entity(doc[token.i + 2]) if after == "von" and token.i + 2 < len(doc) else None
    if of_place is not None and of_place[1].kind == "place":
        return None  # "Der Bürgermeister von Paris": of a place no one named before is tied to
    fits = [ref for ref in before if _gender(ctx, ref) != ("m" if female else "f")]
    if len(fits) > 1:  # "... vom Präsidenten X. Der frühere Höchstrichter wurde nicht gefragt": the one just named
        recent = {hit[1] for t in doc[sentence_before_start(token):token.i] if (hit := ctx.entity(t))}
        fits = [ref for ref in fits if ref in recent]
    return fits[0] if len(fits) == 1 else None


def _held_curated(ctx: DocContext, ref: EntityRef, lemma: str, kind: str, state: EntityRef | None) -> bool:
    """Whether the curated person `ref` is known to have held the office `lemma`, or one of its kind unless the
    kind has many holders at once, in `state` (in any state when None)."""
    known = ctx.gaz.get(PERSON, ref.key)
    for office, at in known.offices if known is not None else ():
        entry = ctx.gaz.offices.get(office)
        if (state is None or at == state.key) and (office == lemma or (
                entry is not None and entry.kind == kind and kind not in ("official", "other"))):
            return True
    return False


def _coordinated_offices(ctx: DocContext, article: Token, token: Token) -> bool:
    """The office noun is joined by "und"/"sowie" to another office noun with its article: two people."""
    doc = ctx.doc
    before = doc[article.i - 2] if article.i >= 2 and doc[article.i - 1].lower_ in ("und", "sowie") else None
    k = token.i + 1
    if k < len(doc) and doc[k].lower_ in ("der", "des"):  # past a genitive: "der Leiter der Militärpolizei und"
        k += 1
        while k < len(doc) and doc[k].tag_ == "ADJA":
            k += 1
        k += 1
    after = doc[k + 2] if k + 2 < len(doc) and doc[k].lower_ in ("und", "sowie") and doc[k + 1].tag_ == "ART" else None
    return any(t is not None and t.tag_ == "NN" and bool(ctx.gaz.office_of(t.text)) for t in (before, after))


def _definite_article(ctx: DocContext, token: Token) -> Token | None:
    """ "der [ehemalige] Ministerpräsident", "die [von der ÖVP geschasste] Bezirksvorsteherin": the definite
    article of a nominative-looking phrase, not inside a prepositional phrase or a genitive attribute."""
    doc = ctx.doc
    i = token.i - 1
    while i >= 0 and token.i - i <= 8:
        t = doc[i]
        if t.tag_ in ("ADJA", "ADJD", "ADV", "CARD"):
            i -= 1
            continue
        if i < token.i - 1 and doc[i + 1].tag_ == "ADJA" and (t.tag_ in ("NN", "NE") or ctx.entity(t)):
            k = ctx.entity(t)[0].start - 1 if ctx.entity(t) else i - 1  # "von der ÖVP geschasste"
            k -= doc[k].tag_ == "ART"
            if k >= 0 and doc[k].tag_ in ("APPR", "APPRART"):
                i = k - 1
                continue
        break
    if i < 0 or doc[i].lower_ not in ("der", "die"):
        return None
    prev = doc[i - 1] if i > 0 else None
    if prev is not None and (prev.tag_ in ("APPR", "APPRART", "NN", "NE") or ctx.entity(prev)):
        return None
    return doc[i]


def _principal_state(ctx: DocContext, j: int) -> EntityRef | None:
    """ "der Afrika-Berater von US-Präsident Donald Trump", "der Sprecher von Kremlchef Wladimir Putin", "der Berater
    des russischen Präsidenten X": an office of someone who holds an office of a state is one of that state."""
    doc = ctx.doc
    if j >= len(doc) or doc[j].lower_ not in ("von", "des", "der"):
        return None
    k = j + 1
    while k < len(doc) and doc[k].tag_ in ("ART", "ADJA"):
        k += 1
    if k + 1 >= len(doc) or ctx.entity(doc[k]) or not ctx.gaz.office_of(doc[k].text):
        return None
    named = ctx.entity(doc[k + 1])
    if named is None or named[1].kind != PERSON or named[0].start != k + 1:
        return None
    seat = next((EntityRef(STATE, at) for prefix, at in GOVERNMENT_SEATS.items() if doc[k].text.startswith(prefix)),
                None)
    return ctx.office_state(doc[k]) or (seat if seat in ctx.mentions else None)  # the Kremlin's, when Russia is named


def _complement_before_apposition(ctx: DocContext, j: int) -> int | None:
    """ "der Sprecher von Präsident Wladimir Putin, Dmitri Peskow", "der Chefredakteur von Bugün TV, Tarik
    Toros": the end of a complement from j naming someone or something, when the holder follows it in
    apposition after a comma (so the name in the complement is not the holder)."""
    doc = ctx.doc
    local = j < len(doc) and doc[j].lower_ in LOCAL_PREPOSITIONS
    if j >= len(doc) or not (local or doc[j].lower_ in ("von", *GENITIVE_ARTICLES)):
        return None
    k = j + 1
    while k < min(len(doc), j + MAX_GAP) and (doc[k].tag_ in ("ART", "ADJA", "NN", "NE") or ctx.entity(doc[k])):
        k += 1
    if k + 3 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" and k > j + 1:
        k += 3  # "der Kommission der Afrikanischen Union (AU), X": the abbreviation is part of the complement
    named = k + 1 + (k + 2 < len(doc) and _rank(ctx, doc[k + 1]))  # ", Admiral Kim Myung-soo": a rank before the name
    after = ctx.entity(doc[named]) if k > j + 1 and named < len(doc) and doc[k].text == "," else None
    if after is None or after[1].kind != PERSON or after[0].start != named:
        return None
    # "der Richter im Ausschuss, Anna Muster." is an apposition; "der Minister am Montag, Muster habe ..." is not
    closed = after[0].end >= len(doc) or doc[after[0].end].is_punct
    return k if closed or not local else None


def _rank(ctx: DocContext, token: Token) -> bool:
    """A military rank before a name: "Admiral", "General"."""
    office = ctx.gaz.office_of(token.text, named=True) if token.tag_ == "NN" else None
    return office is not None and ctx.gaz.offices[office[0]].kind == "rank"


def _genitive_attribute(ctx: DocContext, token: Token) -> bool:
    """ "die Ehefrau des Präsidenten", "die Tochter der Ministerin": the office noun's phrase is a genitive
    attribute of another noun (an apposition after it belongs to that noun)."""
    article = _article_before(ctx, token)
    if article is None:
        return False
    before = ctx.doc[article.i - 1] if article.i > 0 else None
    return article.lower_ in ("des", "eines") or (
        before is not None and (before.tag_ in ("NN", "NE") or ctx.entity(before) is not None))


def _closed_apposition(ctx: DocContext, k: int) -> bool:
    """A person's name at k that ends at a comma or the sentence's end: an apposition, not a clause's subject."""
    hit = ctx.entity(ctx.doc[k])
    if hit is None or hit[1].kind != PERSON or hit[0].start != k:
        return False
    end = hit[0].end
    if end >= len(ctx.doc) or ctx.doc[end].text in (".", "!", "?", ":"):
        return True
    after = ctx.entity(ctx.doc[end + 1]) if ctx.doc[end].text == "," and end + 1 < len(ctx.doc) else None
    return ctx.doc[end].text == "," and not (after and after[1].kind == PERSON)  # "der Präsident, X, Y und Z"


def _possessor(ctx: DocContext, token: Token) -> tuple[EntityRef | None, EntityRef | None] | None:
    """ "Kroatien (nominierte) seine Außenministerin X", "die NATO und ihr Generalsekretär X": the
    possessive determiner points back to the nearest state or organization before it in the sentence; "dessen"
    and "deren" also to one in the sentence before."""
    doc = ctx.doc
    i = token.i - 1
    while i >= 0 and doc[i].tag_ == "ADJA":
        i -= 1
    if i >= 0 and doc[i].lower_ in ("dessen", "deren"):
        # "Auch der Sozialverband VdK lehnte ab. Dessen Präsidentin X": the body or state named last, in this or
        # the sentence before
        start = sentence(doc[sentence(token).start - 1]).start if sentence(token).start > 0 else 0
        for k in range(i - 1, start - 1, -1):
            hit = ctx.entity(doc[k])
            if hit is not None and hit[1].kind in (STATE, ORGANIZATION):
                return (hit[1], None) if hit[1].kind == STATE else (None, hit[1])
        return None
    if i < 0 or doc[i].tag_ != "PPOSAT" or not doc[i].lower_.startswith(("sein", "ihr")):
        return None
    for k in range(i - 1, max(sentence(token).start, i - 12) - 1, -1):
        hit = ctx.entity(doc[k])
        if hit is None:
            continue
        if hit[0].start > 0 and doc[hit[0].start - 1].text == "(" and hit[0].end < len(doc) \
                and doc[hit[0].end].text == ")":
            continue  # "Landeshauptmann X (SPÖ) und sein Stellvertreter": the party tag is not the possessor
        if hit[1].kind == STATE:
            return hit[1], None
        if hit[1].kind == ORGANIZATION:
            return None, hit[1]
        # "Putin und sein Außenminister": a person's minister, of the state that person's own office names
        # ("der iranische Präsident Rohani und sein Außenminister X", "Irans Präsident Rohani und sein ...")
        office = doc[hit[0].start - 1] if hit[0].start > 0 else None
        if hit[1].kind != PERSON or office is None or not office.text[:1].isupper() or ctx.entity(office) \
                or not ctx.gaz.office_of(office.text):
            return None
        state = (ctx.prefix_states(office) or [None])[0] or _premodifiers(ctx, office)[1]
        own = ctx.gaz.offices.get((ctx.gaz.office_of(token.text) or ("",))[0])
        return (state, None) if state is not None and own is not None and own.scope != "organization" else None
    return None


def _curated_office(ctx: DocContext, holder: EntityRef, lemma: str) -> tuple[EntityRef | None, EntityRef | None]:
    """ "Außenminister John Kerry ... die USA": the office's state or organization as the curated data
    gives it for this person (exactly one), when the text names that state or organization somewhere.
    A state the text never names is left out: the graph holds what the text speaks of. The office may be
    named by another word of its kind: "Premier Robert Fico" holds the curated "Ministerpräsident@slowakei"."""
    known = ctx.gaz.get(PERSON, holder.key)
    where = {at for office, at in (known.offices if known else ()) if office == lemma or _same_top_office(
        ctx, office, lemma)}
    if len(where) != 1:
        return None, None
    at = next(iter(where))
    named = {ref for _, ref in ctx.ent_at.values()}
    if EntityRef(STATE, at) in named:
        return EntityRef(STATE, at), None
    if EntityRef(ORGANIZATION, at) in named:
        return None, EntityRef(ORGANIZATION, at)
    return None, None


# Kinds of office that a state has one of, whatever word names it ("Premier", "Regierungschef", "Ministerpräsident").
TOP_OFFICES = ("head_of_government", "head_of_state")


def _same_top_office(ctx: DocContext, office: str, other: str) -> bool:
    """Whether two office words name one state's head of government (or of state)."""
    a, b = ctx.gaz.offices.get(office), ctx.gaz.offices.get(other)
    return a is not None and b is not None and a.kind == b.kind and a.kind in TOP_OFFICES


def _successor(ctx: DocContext, token: Token, position: Position) -> list[Position]:
    """ "Mark Carney wurde als Nachfolger von Justin Trudeau als kanadischer Premierminister vereidigt": the office
    of the one succeeded is the successor's too."""
    doc = ctx.doc
    k = token.i - 1
    while k > 0 and doc[k].tag_ in ("ADJA", "ART"):
        k -= 1
    succeeded = ctx.entity(doc[k - 1]) if k >= 1 and doc[k].lower_ == "als" else None
    if succeeded is None or succeeded[1] != position.holder or succeeded[0].start < 4:
        return []
    s = succeeded[0].start
    if doc[s - 1].lower_ != "von" or doc[s - 2].text not in ("Nachfolger", "Nachfolgerin") \
            or doc[s - 3].lower_ != "als":
        return []
    successor = ctx.entity(doc[s - 4])
    return [replace(position, holder=successor[1])] if successor and successor[1].kind == PERSON else []


def _coordinated_holders(ctx: DocContext, token: Token, position: Position) -> list[Position]:
    """ "die früheren Landeschefs Josef Krainer und Waltraud Klasnic": a plural office, every name after it."""
    article = _article_before(ctx, token)
    if article is not None and article.lower_ in ("beiden", "beide") and article.i > 0:
        article = ctx.doc[article.i - 1]  # "die beiden Minister X und Y"
    low = token.lower_
    # the article must show the plural: "Außenminister Lawrow und Rubio" are not both Russia's ministers
    plural = article is not None and article.lower_ in ("die", "den") and (low.endswith("innen") or any(
        low.endswith(form) for form in ctx.gaz.office_plurals))  # "die Landesrätinnen X und Y"
    if not plural:
        return []
    doc, out = ctx.doc, []
    k = next((i for i in range(token.i + 1, min(len(doc), token.i + MAX_GAP))
              if ctx.entity(doc[i]) and ctx.entity(doc[i])[1] == position.holder), None)
    while k is not None:
        end = ctx.entity(doc[k])[0].end
        if end < len(doc) and doc[end].text == "(":  # "X (ÖVP) und Y (SPÖ)": the party after each name
            end = next((i + 1 for i in range(end, min(len(doc), end + 6)) if doc[i].text == ")"), end)
        if end + 1 >= len(doc) or doc[end].lower_ not in ("und", "sowie", ","):
            break
        hit = ctx.entity(doc[end + 1])
        if not hit or hit[1].kind != PERSON:
            break
        out.append(Position(holder=hit[1], role=position.role, office=position.office, sentence=position.sentence,
                            qualifier=position.qualifier, state=position.state, organization=position.organization))
        k = end + 1
    return out


def _article_before(ctx: DocContext, token: Token) -> Token | None:
    """The article of the office noun's phrase ("die [russische] Außenbeauftragte"), if any."""
    i = token.i - 1
    while i >= 0 and ctx.doc[i].tag_ in ("ADJA", "ADJD", "ADV"):
        i -= 1
    if i >= 1 and ctx.doc[i].lower_ == "und" and ctx.doc[i - 1].text[:1].isupper() and \
            ctx.gaz.office_of(ctx.doc[i - 1].text):
        return _article_before(ctx, ctx.doc[i - 1])  # "der ehemalige Außenminister und frühere Vorsitzende"
    return ctx.doc[i] if i >= 0 and ctx.doc[i].tag_ in ("ART", "APPRART", "PIAT", "PPOSAT") else None


def _coordinated_truncation(doc, token: Token) -> str:
    """ "Staats- und Parteichef": the truncated first conjunct belongs to the role."""
    i = token.i
    if i >= 2 and doc[i - 1].lower_ == "und" and doc[i - 2].text.endswith("-"):
        return doc[i - 2].text + " und "
    return ""


def _colleague(ctx: DocContext, token: Token, earlier: list[Position]) -> Position | None:
    """ "Lawrow ... mit seinem amerikanischen Amtskollegen Marco Rubio": the same office, another state."""
    holder = _name_after(ctx, token.i + 1)
    index = ctx.sentence_of(token)
    # the office named nearest before: this sentence's over the one before ("Chiles Präsident Boric und sein
    # peruanischer Amtskollege" after "Die Außenminister X und Y sprachen")
    same = sorted((p for p in earlier if p.sentence in (index, index - 1) and p.holder != holder),
                  key=lambda p: p.sentence)
    if not same:  # "Xi und sein US-amerikanischer Amtskollege": the office Xi was given earlier in the text
        named = {ctx.entity(t)[1] for t in ctx.doc[sentence(token).start:token.i] if ctx.entity(t)}
        same = [p for p in earlier if p.holder in named and p.holder != holder]
    if not same:  # "Bundesaußenminister X ... sagte der CDU-Politiker. ... sein französischer Amtskollege Y": the
        # office of whom the possessive refers to
        possessive = _article_before(ctx, token)
        owner = pronoun_antecedent(ctx, possessive) if possessive is not None and possessive.tag_ == "PPOSAT" else None
        same = [p for p in earlier if owner is not None and p.holder == owner and p.holder != holder]
    if holder is None or holder.kind != PERSON or not same:
        return None
    office = same[-1].office
    entry = ctx.gaz.offices.get((ctx.gaz.office_of(office) or ("",))[0])
    if token.lower_.startswith(("amtskollegin", "ressortkollegin", "kollegin")) and entry and entry.feminine:
        for lemma, feminine in ((entry.lemma, entry.feminine), (entry.lemma.lower(), entry.feminine.lower())):
            if office.endswith(lemma):  # "seine deutsche Amtskollegin X": Außenministerin
                office = office[: len(office) - len(lemma)] + feminine
                break
    _, state, _ = _premodifiers(ctx, token)
    if office.startswith("Bundes") and len(office) > 8 and state is not None and state != same[-1].state:
        # "Bundesaußenminister X ... sein französischer Amtskollege Y": the federal office is X's state's
        office = office[6:7].upper() + office[7:]
    return Position(holder=holder, role=office, office=office, sentence=index, state=state)


def _office_before_conjunction(ctx: DocContext, i: int) -> Token | None:
    """The office noun that "und" at i joins to the next one, right before it or before its place or field
    ("US-Botschafter in Ankara und Sondergesandter für Syrien"), or None."""
    doc = ctx.doc
    k = i - 1
    if k >= 0 and ctx.entity(doc[k]) and ctx.entity(doc[k])[1].kind != PERSON:
        k = ctx.entity(doc[k])[0].start - 1
        k -= k >= 0 and doc[k].tag_ == "ART"
        k = k - 1 if k >= 0 and doc[k].tag_ in ("APPR", "APPRART") else -1
    return doc[k] if k >= 0 and doc[k].tag_ == "NN" and ctx.gaz.office_of(doc[k].text) else None


def _premodifiers(ctx: DocContext, token: Token) -> tuple[list[str], EntityRef | None, bool]:
    """Qualifier lemmas and state among the words before the office noun.

    The state is an adjective ("russische") or a prenominal genitive, which may stand
    before a participle phrase: "Islands durch die Panama Papers in die Kritik geratener Regierungschef".
    """
    qualifiers: list[str] = []
    state = None
    genitive = False
    doc = ctx.doc
    i = token.i - 1
    if i >= 1 and doc[i].lower_ == "und" and doc[i - 1].text.endswith("-"):
        i -= 2  # "Staats- und Parteichef"
    elif i >= 1 and doc[i].lower_ in ("und", "sowie"):
        first = _office_before_conjunction(ctx, i)
        if first is not None:  # "der US-Außenminister und Sicherheitsberater X": the state of both
            states = ctx.prefix_states(first)
            return qualifiers, states[0] if states else _premodifiers(ctx, first)[1], False
    adjectives = True
    while i >= 0 and token.i - i <= 9:
        t = doc[i]
        hit = ctx.entity(t)
        if hit and hit[1].kind == "state" and t.text.endswith("s") and t.text != hit[0]._.kg_name:
            if state is None:
                state, genitive = hit[1], True  # "Brasiliens Präsident"
            break
        if t.is_punct or t.pos_ in ("VERB", "AUX") or t.tag_ in ("KON", "KOUS", "PRELS", "VVFIN") or (
                hit and hit[1].kind == PERSON):
            break
        if adjectives and t.tag_ == "NE" and t.text.endswith("er") and not hit and doc[i + 1].tag_ in ("NN", "ADJA"):
            i -= 1  # "der künftige Welser Bürgermeister": a town's adjective, read as a name
            continue
        if adjectives and t.tag_ in ("ADJA", "ADJD", "ADV", "CARD"):
            lemma = ctx.qualifier(t)
            if t.tag_ == "ADJA" and any(x.tag_ == "ADV" and not ctx.qualifier(x) for x in doc[i + 1:token.i]):
                break  # "der im Dritten auch Vize ist": an adverb ends the office's phrase
            if lemma and ctx.gaz.qualifiers[lemma] == "rank" and t.text[:1].islower() and not _named_next(ctx, token):
                pass  # "der erste Papst, der die Stadt besucht": an ordinal; a rank is part of a title ("Erster
                # Bürgermeister", "die zweite Landtagspräsidentin Gudrun Mosler-Törnström")
            elif lemma and lemma not in qualifiers and ctx.gaz.qualifiers[lemma] != "descriptive":
                qualifiers.insert(0, lemma)  # "die bisherige Zweite Landtagspräsidentin": both, in order
            elif state is None:
                state = ctx.state_of_word(t)
        else:
            adjectives = False
        i -= 1
    return qualifiers, state, genitive


def _state_office_coordinated(ctx: DocContext, token: Token) -> bool:
    """ "der chinesische Staats- und Parteichef": the truncated first office ("Staatschef") is a state's, so the
    adjective's state is the holder's."""
    doc, i = ctx.doc, token.i
    if i < 2 or doc[i - 1].lower_ != "und" or not doc[i - 2].text.endswith("-"):
        return False
    first = doc[i - 2].text[:-1]
    for k in range(1, len(token.text) - 2):
        whole = first + token.text[k:]  # "Staats" + "chef", as the office list has it
        found = ctx.gaz.office_of(whole) if token.text[k:].islower() else None
        if found is not None and found[0] == whole:
            entry = ctx.gaz.offices.get(found[0])
            return entry is not None and entry.scope in ("state", "either")
    return False


def _named_next(ctx: DocContext, token: Token) -> bool:
    hit = ctx.entity(token.doc[token.i + 1]) if token.i + 1 < len(token.doc) else None
    return hit is not None and hit[1].kind == PERSON


def _title_chain_end(ctx: DocContext, j: int) -> int:
    """Past the further titles joined to an office before one name: "Vizekanzler und ÖVP-Obmann Reinhold
    Mitterlehner", "des neuen Kanzlers und designierten SPÖ-Chefs Christian Kern", "Der polnische
    Gewerkschaftsführer, spätere Präsident und Friedensnobelpreisträger Lech Wałęsa"; j when none follow.
    A title is an office, or any noun right before the name; commas join titles only when "und" ends them."""
    doc = ctx.doc
    k = j
    while k + 1 < len(doc) and doc[k].lower_ in (",", "und"):
        separator = doc[k].lower_
        m = k + 1
        while m < len(doc) - 1 and m - k <= 3 and doc[m].tag_ in ("ADJA", "ADJD"):
            m += 1  # "und designierten SPÖ-Chefs"
        noun = doc[m]
        if not (noun.text[:1].isupper() and noun.tag_ in ("NN", "NE") and not ctx.entity(noun)):
            return j
        hit = ctx.entity(doc[m + 1]) if m + 1 < len(doc) else None
        named = hit is not None and hit[1].kind == PERSON and hit[0].start == m + 1
        if not (ctx.gaz.office_of(noun.text) or named):
            return j
        k = m + 1
        if separator == "und":
            return k
    return j


def _genitive(ctx: DocContext, j: int):
    """A genitive complement at j: (next index, state, organization, role complement text)."""
    doc = ctx.doc
    if j >= len(doc):
        return None
    hit = ctx.entity(doc[j])
    if hit and hit[1].kind == "state" and doc[j].text.endswith("s"):  # "Russlands"
        return hit[0].end, hit[1], None, ""
    if doc[j].lower_ not in GENITIVE_ARTICLES:
        return None
    k = j + 1
    state = None
    while k < len(doc) and doc[k].tag_ in ("ADJA", "ADJD"):
        state = state or ctx.state_of_word(doc[k])
        k += 1
    if k >= len(doc):
        return None
    hit = ctx.entity(doc[k])
    if hit and hit[1].kind == "state":
        return hit[0].end, hit[1], None, ""
    if hit and hit[1].kind == ORGANIZATION:
        return hit[0].end, state, hit[1], ""
    noun = doc[k]
    after = ctx.entity(doc[k + 1]) if noun.tag_ == "NN" and k + 1 < len(doc) else None
    if after and after[1].kind == ORGANIZATION and after[0].start == k + 1 and not ctx.gaz.office_of(noun.text):
        return after[0].end, state, after[1], ""  # "des Chefs der Partei Recht und Gerechtigkeit (PiS), X"
    if after and after[1].kind == PERSON and after[0].start == k + 1 and not ctx.gaz.office_of(noun.text):
        # "der Chef der Fortschrittspartei Karl Meierhuber": the name follows the complement (in "der Sprecher
        # des Ministers Karl Meierhuber" it is the minister's)
        return k + 1, state, None, " ".join(t.text for t in doc[j:k + 1])
    end = _field_end(ctx, k + 1, placed=True) if noun.tag_ == "NN" else k + 1
    if noun.tag_ == "NN" and end + 1 < len(doc) and doc[end].text == "," and ctx.entity(doc[end + 1]):
        # "die Präsidentin der EU-Kommission, Ursula von der Leyen": an apposition follows the complement,
        # which may have a field of its own ("der Chef des Bundesamts für Verfassungsschutz, X")
        return end, state, None, " ".join(t.text for t in doc[j:end])
    ministry = noun.lemma_ if noun.lemma_.endswith("ministerium") else None
    if ministry is None and noun.text.endswith(("ministeriums", "ministerium")):
        ministry = noun.text.removesuffix("s")
    if ministry:
        ministry = ministry[:1].upper() + ministry[1:]
        return k + 1, state, None, "des " + ministry + "s"
    return None


# Prepositions that open an office's field or place: "für Menschenrechte", "in Europa", "bei den Vereinten Nationen".
FIELD_PREPOSITIONS = {"für", "in", "bei", "im", "beim"}


def _field_end(ctx: DocContext, j: int, placed: bool = False) -> int:
    """The end of a field "für ..." at j ("für Verfassungsschutz", "für Höhere Studien", "für Außen- und
    Sicherheitspolitik", "für das Westliche Meer") or of its place ("in Europa"); j itself when there is
    none. A place is part of the office only before an apposition (`placed`): "der Botschafter bei den Vereinten
    Nationen in Wien, X"; elsewhere it is where the office is held ("Landesrätin in Tirol")."""
    doc = ctx.doc
    if j + 1 >= len(doc) or doc[j].lower_ not in (FIELD_PREPOSITIONS if placed else ("für",)):
        return j
    k, between = j + 1, None
    while k < len(doc) and k - j <= (5 if between is None else between - j + 5) and (
            doc[k].tag_ in ("NN", "NE", "ADJA", "TRUNC") or doc[k].lower_ == "und" or ctx.entity(doc[k])
            or doc[k].tag_ == "ART" and k in (j + 1, (between or -2) + 1)
            or doc[k].lower_ == "zwischen" and between is None and doc[k - 1].tag_ == "NN"):
        if ctx.entity(doc[k]) and ctx.entity(doc[k])[1].kind == PERSON:
            break  # "UN-Hochkommissar für Menschenrechte Zeid Raad al-Hussein": the holder
        if doc[k].lower_ == "zwischen":
            between = k  # "Sonderbeauftragter für den Dialog zwischen Belgrad und Pristina": the sides belong to it
        k += 1
    if not (doc[k - 1].tag_ in ("NN", "NE") or ctx.entity(doc[k - 1])):
        return j
    return _field_end(ctx, k, placed) if placed and k < len(doc) and doc[k].lower_ in FIELD_PREPOSITIONS else k


def _name_after(ctx: DocContext, j: int) -> EntityRef | None:
    doc = ctx.doc
    principal = False  # "ein Sprecher von Erwin Pröll": the person after "von" is whom the office serves
    for k in range(j, min(len(doc), j + MAX_GAP)):
        hit = ctx.entity(doc[k])
        if hit:
            # not a name in the Saxon genitive before its noun after a preposition: "der fünfte Premierminister
            # seit Macrons Wiederwahl" (but "Außenminister Lawrows Stellvertreter" names the minister)
            owner = k > j and hit[0].end < len(doc) and doc[hit[0].end].tag_ == "NN" and hit[0].text.endswith("s") \
                and hit[0].text != hit[0]._.kg_name
            return hit[1] if hit[0].start == k and hit[1].kind == PERSON and not principal and not owner else None
        t = doc[k]
        principal = t.lower_ in ("von", "vom") or (principal and t.lower_ in ARTICLES)
        if t.is_punct or t.pos_ in ("VERB", "AUX") or t.lower_ in ("und", "oder"):
            return None
        if t.lower_ not in ARTICLES and t.tag_ not in ("ADJA", "ADJD", "NN", "NE", "APPR", "APPRART"):
            return None
        if k > j and t.tag_ == "NN":
            return None
    return None


def _possessor_name(ctx: DocContext, token: Token, j: int) -> bool:
    """Whether the name at j right after an office noun with an article is in the genitive ("der Berater
    Putins", "ein Vertrauter Macrons"): an attribute of the office, as a title and name without an article
    share one case ("Präsident Putins Rede" names the president)."""
    hit = ctx.entity(ctx.doc[j]) if j == token.i + 1 and j < len(ctx.doc) else None
    return hit is not None and hit[0].start == j and hit[0].text.endswith("s") and hit[0].text != hit[0]._.kg_name \
        and _article_before(ctx, token) is not None


def _name_before(ctx: DocContext, token: Token) -> EntityRef | None:
    """ "Lawrow, der Außenminister Russlands," / "Lawrow, russischer Außenminister," / "Lawrow, ebenfalls
    Diplomat," / "Lawrow, der frühere Botschafter und heutige Außenminister," / "Lawrow, der zuletzt als
    Außenminister ..." """
    doc = ctx.doc
    i = token.i - 1
    if i >= 2 and doc[i].lower_ == "und" and doc[i - 1].text.endswith("-"):
        i -= 2  # "Kurz (ÖVP), Außen- und Integrationsminister,"
    articles = 0
    while i >= 0:
        if doc[i].lower_ in ARTICLES and articles:
            break  # "Lammy, der den russischen Präsidenten aufforderte": a relative pronoun, then the object
        if doc[i].tag_ in ("ADJA", "ADJD", "ADV") or doc[i].lower_ in ARTICLES:
            articles += doc[i].lower_ in ARTICLES
            i -= 1
        elif _before_time(ctx, i) != i:
            i = _before_time(ctx, i)  # "Lawrow, seit 2004 Außenminister,", "X, der von 2008 bis 2013 Minister war"
        elif i >= 2 and doc[i].tag_ == "NN" and not ctx.entity(doc[i]) and doc[i - 1].tag_ == "APPRART" \
                and doc[i - 1].lower_ in LOCAL_PREPOSITIONS and doc[i - 2].tag_ == "PRELS":
            i -= 2  # "X, der im Bezirk auch Klubobmann ist": where the office is held
        elif i >= 1 and i + 1 < token.i and doc[i].tag_ == "APPRART" and doc[i].lower_ in LOCAL_PREPOSITIONS \
                and doc[i + 1].tag_ == "ADJA" and doc[i - 1].tag_ == "PRELS":
            i -= 1  # "X, der im Dritten auch Klubobmann ist"
        else:
            break
    if i >= 3 and doc[i].text == "," and doc[i - 1].tag_ == "CARD" and doc[i - 2].text == ",":
        i -= 2  # "Meierhuber, 71, ehemaliger Bürgermeister"
    if i >= 3 and doc[i].lower_ == "und" and doc[i - 1].tag_ == "NN" and doc[i - 2].text == "," \
            and not ctx.entity(doc[i - 1]):
        i -= 2  # "Marino, Arzt und Senator der Demokratischen Partei,"
    if i >= 1 and doc[i].text in (",", "als", "(", "–"):
        # "Lawrow, der Außenminister", "Kern als designierter Vorsitzender", "Huber (SPÖ-Klubobmann)",
        # "Huber – Bürgermeister von Linz –"
        k = i - 1
        if doc[k].text == ")" and doc[i].text == ",":  # "Klaus Luger (SPÖ), Bürgermeister von Linz,"
            k = next((m for m in range(k - 1, max(-1, k - 6), -1) if doc[m].text == "("), k + 1) - 1
        hit = ctx.entity(doc[k]) if k >= 0 else None
        nominating, nominee = _nomination(ctx, token) if doc[i].text == "als" else (False, None)
        if nominating:  # "X, den Präsident Trump als Sondergesandten benannt hat": X, not Trump
            return nominee if nominee is not None and nominee.kind == PERSON else None
        if hit and hit[1].kind == PERSON and not (doc[i].text == "als" and hit[0].start > 0
                                                  and doc[hit[0].start - 1].lower_ == "unter"):
            return hit[1]  # "war sie unter Pröll als Landesgeschäftsführerin tätig": Pröll is not
    if i >= 1 and doc[i].lower_ == "als":
        referent = _pronoun_before_als(ctx, i)
        if referent is not None:
            return referent
    verb = i - 1
    while verb > 0 and doc[i].lower_ == "als" and (doc[verb].tag_ == "ADV" or _year(doc[verb])
                                                   or _before_time(ctx, verb) != verb):
        # "fungiert seit 2014 als", "war 2006 als kubanischer Staatschef zurückgetreten"
        verb = _before_time(ctx, verb) if _before_time(ctx, verb) != verb else verb - 1
    prospect = any(t.text in ("Gespräch", "gehandelt") or t.lemma_ == "gelten" for t in doc[token.i + 1:token.i + 5])
    considered = verb < 1 or doc[verb].lemma_ == "gelten" or prospect
    if not considered and doc[i].lower_ == "als" and doc[verb].tag_ in ("VVFIN", "VAFIN", "VMFIN"):
        # "Kern kritisierte als Bundeskanzler ...": the subject before the verb; "X war als Finanzminister im
        # Gespräch", "X gilt als künftiger Kanzler": an office someone may get
        hit = ctx.entity(doc[verb - 1])
        start = hit[0].start if hit else 0
        while hit and start > sentence(token).start and (doc[start - 1].tag_ in ("ART", "ADJA") or (
                doc[start - 1].tag_ == "NN" and ctx.gaz.office_of(doc[start - 1].text))):
            start -= 1  # "Der Minister Lars Holm wird als Vorsitzender tätig sein": past the title before the name
        if hit and hit[1].kind == PERSON and (start == sentence(token).start or doc[start - 1].is_punct
                                              or doc[start - 1].tag_ == "KON"):
            return hit[1]
    if i >= 3 and doc[i].lower_ == "als" and not prospect:  # relative: "Kern, der auch als ÖBB-Chef bekannt war"
        k = i - 1
        while k >= 2 and (doc[k].tag_ in ("ADV", "ADJD") or _before_time(ctx, k) != k):
            k = k - 1 if doc[k].tag_ in ("ADV", "ADJD") else _before_time(ctx, k)  # "der seit 2010 als ..."
        hit = ctx.entity(doc[k - 2]) if k >= 2 and doc[k].tag_ == "PRELS" and doc[k - 1].text == "," else None
        if hit and hit[1].kind == PERSON:
            return hit[1]
    if i >= 1 and doc[i].lower_ == "und" and doc[i - 1].text[:1].isupper() and not ctx.entity(doc[i - 1]) \
            and ctx.gaz.office_of(doc[i - 1].text):
        return _name_before(ctx, doc[i - 1])  # the second of two offices in apposition
    if i >= 3 and doc[i].lower_ == "und":  # "Huber, Bürgermeister von Linz und SPÖ-Landesparteichef,"
        k = i - 1  # "Huber, Leiter des Bauhofs im Magistrat und Parteichef": a chain of complements
        while k >= 1 and i - k <= 8:
            hit = ctx.entity(doc[k])
            if hit and hit[1].kind == PERSON:
                break
            k = hit[0].start - 1 if hit else k - 1 if doc[k].tag_ in ("NN", "NE", "ADJA", "ART") else -1
            if k < 1 or doc[k].lower_ not in COMPLEMENT_STARTS:
                continue
            if doc[k - 1].text[:1].isupper() and not ctx.entity(doc[k - 1]) and ctx.gaz.office_of(doc[k - 1].text):
                return _name_before(ctx, doc[k - 1])
            k -= 1
    return None


COMPLEMENT_STARTS = {"von", "vom", "des", "der", "im", "in", "am", "beim", "für"}


def _nomination(ctx: DocContext, token: Token) -> tuple[bool, EntityRef | None]:
    """Whether the office's clause actively nominates someone to it ("X, den Trump als Sondergesandten benannt
    hat"; not "X wurde als Kandidat nominiert", whose subject is the nominee), and the one nominated when a
    relative pronoun in the accusative stands for them (its antecedent X), else None."""
    start, end, opener = clause_bounds(token)
    words = ctx.doc[start:end]
    if not any(t.lemma_ in NOMINATING and t.pos_ == "VERB" for t in words[token.i - start:]) or any(
            t.lemma_ == "werden" and t.pos_ == "AUX" for t in words):
        return False, None
    hit = ctx.entity(ctx.doc[opener.i - 2]) if opener is not None and opener.tag_ == "PRELS" and opener.lower_ in (
        "den", "die") and opener.i >= 2 and ctx.doc[opener.i - 1].text == "," else None
    return True, hit[1] if hit is not None else None


def _fronted_als(ctx: DocContext, token: Token, j: int) -> EntityRef | None:
    """ "Als Innenminister hatte Meierhuber den Plan abgelehnt": an "als" phrase opening the sentence is the office
    of the subject right after the finite verb (or of "er"/"sie" there)."""
    doc = ctx.doc
    i = token.i - 1
    while i >= 0 and doc[i].tag_ in ("ADJA", "ADJD", "ADV"):
        i -= 1
    if i < 0 or doc[i].lower_ != "als" or i != sentence(token).start or j + 1 >= len(doc) \
            or doc[j].tag_ not in ("VVFIN", "VAFIN", "VMFIN"):
        return None
    m = j + 1
    while m + 1 < len(doc) and m - j <= 2 and doc[m].lower_ in ("ihm", "ihr", "ihnen", "sich"):
        m += 1  # "Als Klubobmann folgt ihm Meierhuber nach": a dative or reflexive pronoun before the subject
    if doc[j].lemma_ in NOMINATING:
        return _nominee(ctx, m)
    hit = ctx.entity(doc[m])
    if hit and hit[1].kind == PERSON and hit[0].start == m:
        return hit[1]
    if _referring_subject(doc[j + 1]) == 0 and not (doc[j + 1].lower_ == "sie" and doc[j].lower_.endswith("n")):
        return _referent(ctx, doc[j + 1])
    return None


APPOINTING = {"wählen", "wiederwählen", "ernennen", "bestellen", "küren", "berufen", "vereidigen", "angeloben"}
# Their past forms, which the tagger may read as attributive adjectives ("und ernannte Anfang Oktober X zum ...")
APPOINTED_PAST = {"ernannte", "ernannten", "wählte", "wählten", "bestellte", "bestellten", "kürte", "kürten",
                  "berief", "beriefen", "vereidigte", "vereidigten"}
# Verbs whose accusative object, not their subject, is put into the office of an "als" phrase
NOMINATING = APPOINTING | {"nominieren", "vorschlagen", "bestimmen", "benennen", "einsetzen", "präsentieren"}


def _nominee(ctx: DocContext, m: int) -> EntityRef | None:
    """ "Als Ministerpräsidenten nominierte er den Abgeordneten X", "Als Außenministerin berief Hansen die Juristin
    X": the person named after the subject at m in the clause is the one put into the office."""
    doc = ctx.doc
    subject = ctx.entity(doc[m])
    k = subject[0].end if subject and subject[0].start == m else m + 1
    end = sentence(doc[m]).end
    while k < end and doc[k].text not in (",", ";") and doc[k].tag_ not in ("KON", "VVFIN", "VAFIN", "VMFIN"):
        hit = ctx.entity(doc[k])
        if hit is not None and hit[0].start == k:
            return hit[1] if hit[1].kind == PERSON else None
        k += 1
    return None


def _appointed(ctx: DocContext, token: Token, j: int) -> EntityRef | None:
    """ "X wurde am Sonntag zur Bürgermeisterin gewählt", "Das Parlament wählte X zum Präsidenten", "X ist zum
    Kanzler ernannt worden": the person elected or appointed to the office, done in the past. Not "soll zum
    Parteichef gewählt werden" or "wird am Sonntag gewählt" (still to come), nor "wurde nicht gewählt"."""
    doc = ctx.doc
    sent = sentence(token)
    i = token.i - 1
    while i > sent.start and doc[i].tag_ in ("ADJA", "ADJD"):
        i -= 1
    if doc[i].lower_ not in ("zum", "zur"):
        return None
    participle = next((t for t in doc[j:min(j + 3, sent.end)] if t.tag_ == "VVPP"), None)
    if participle is not None and participle.lemma_ not in APPOINTING:
        return None
    if participle is not None and participle.i + 1 < sent.end and doc[participle.i + 1].tag_ in ("VAINF", "VMINF"):
        return None  # "gewählt werden", "ernannt werden können"
    relative = next((t for t in reversed(doc[sent.start + 2:i]) if t.tag_ == "PRELS" and doc[t.i - 1].text == ","),
                    None)
    if relative is not None and participle is not None:
        # "X, die damals statt Kahr zur Vizebürgermeisterin gewählt wurde,": the relative pronoun's antecedent
        hit = ctx.entity(doc[relative.i - 2])
        done = participle.i + 1 < sent.end and doc[participle.i + 1].lower_ in ("wurde", "worden")
        if hit and hit[1].kind == PERSON and done and not any(
                t.tag_ == "VMFIN" or t.lower_ in NEGATIONS for t in doc[relative.i:i]):
            return hit[1]
    clause = doc[sent.start:i]
    if any(t.tag_ == "VMFIN" or t.lower_ in ("wird", "werden", "werde", "würde") or t.lower_ in NEGATIONS
           for t in clause):
        return None
    k = _before_time(ctx, i - 1)
    hit = ctx.entity(doc[k]) if k >= sent.start else None
    m = None
    if hit and hit[1].kind == PERSON and hit[0].end == k + 1:
        m = hit[0].start - 1
        while m > sent.start and (doc[m].tag_ in ("ART", "ADJA") or (
                doc[m].text[:1].isupper() and not ctx.entity(doc[m]) and ctx.gaz.office_of(doc[m].text))):
            m -= 1
        if doc[m].tag_ in ("APPR", "APPRART"):  # "von (Präsident) X zum Minister ernannt": who appointed
            k, hit = _before_time(ctx, m - 1), None
    if hit and hit[1].kind == PERSON and hit[0].end == k + 1:
        # "wählte X zum", "wurde X zum", "ernannte (Anfang Oktober) General X zum": past a rank and a time
        v = _before_time(ctx, m) if m is not None else hit[0].start - 1
        verb = doc[v] if v >= sent.start else None
        active = verb is not None and (verb.tag_ == "VVFIN" and verb.lemma_ in APPOINTING or (
            verb.lower_ in APPOINTED_PAST and doc[verb.i - 1].tag_ not in ("ART", "APPR", "APPRART", "PPOSAT")))
        return hit[1] if participle is not None or active else None
    if participle is None or k <= sent.start or doc[k].tag_ != "VAFIN" or doc[k].lemma_ not in ("werden", "sein"):
        return None
    hit = ctx.entity(doc[k - 1])  # "X wurde (am Sonntag) zur Bürgermeisterin gewählt": the subject
    if hit and hit[1].kind == PERSON and (hit[0].start == sent.start or doc[hit[0].start - 1].is_punct):
        return hit[1]
    return None


TAKING = {"antreten", "übernehmen", "bekleiden", "innehaben", "ausüben"}


def _office_taken(ctx: DocContext, token: Token) -> EntityRef | None:
    """ "Damals trat Meierhuber das Amt des Bundespräsidenten an", "Meierhuber übernahm den Posten des
    Vorsitzenden": the subject of a verb of taking up or holding an office, done (no modal, no future, not
    negated), holds the office named in the genitive after "Amt" or "Posten"."""
    doc = ctx.doc
    sent = sentence(token)
    i = token.i - 1
    while i > sent.start and doc[i].tag_ == "ADJA":
        i -= 1
    if doc[i].lower_ not in ("des", "der") or i - 1 <= sent.start:
        return None
    k = i - 1
    if doc[k].text not in ("Amt", "Posten", "Funktion"):
        return None
    k -= 1
    while k > sent.start and doc[k].tag_ == "ADJA":
        k -= 1
    if doc[k].lower_ not in ("das", "den", "die"):
        return None
    clause = doc[sent.start:sent.end]
    verbs = [t for t in clause if t.tag_ in ("VVFIN", "VAFIN", "VVPP") and (
        t.lemma_ in TAKING or any(x.tag_ == "PTKVZ" and x.lower_ + t.lemma_ in TAKING for x in clause))]
    if len(verbs) != 1 or any(t.tag_ == "VMFIN" or t.lower_ in ("wird", "werden", "werde", "würde")
                              or t.lower_ in NEGATIONS for t in clause):
        return None
    verb = verbs[0]
    finite = verb if verb.tag_ != "VVPP" else next(
        (t for t in doc[sent.start:k] if t.tag_ == "VAFIN" and t.lemma_ in ("haben", "sein")), None)
    if finite is None or finite.i > k:
        return None
    hit = ctx.entity(doc[finite.i - 1]) if finite.i > sent.start else None
    if hit and hit[1].kind == PERSON and (hit[0].start == sent.start or doc[hit[0].start - 1].is_punct):
        return hit[1]  # "Meierhuber übernahm das Amt des Vorsitzenden", "Meierhuber hat das Amt des X inne"
    verb = finite
    if verb.i < k:
        m = verb.i + 1  # "trat (der Sozialdemokrat) Meierhuber das Amt ... an": the subject after the verb
        while m < k and not ctx.entity(doc[m]) and (doc[m].tag_ in ("ART", "ADJA") or (
                doc[m].tag_ == "NN" and m + 1 < k and ctx.entity(doc[m + 1]))):
            m += 1
        hit = ctx.entity(doc[m]) if m < k else None
        if hit and hit[1].kind == PERSON and hit[0].end == k:
            return hit[1]
        if _referring_subject(doc[m]) == 0 and m + 1 == k:
            return _referent(ctx, doc[m])  # "übernahm er das Amt des Vorsitzenden"
    return None


def _before_time(ctx: DocContext, i: int) -> int:
    """The index before time phrases ending at i: "seit 2004", "von 2008 bis 2013", "seit Jahren", "einst"."""
    doc = ctx.doc
    while i >= 1:
        t = doc[i]
        k = i - 1
        if t.tag_ == "CARD" and doc[k].tag_ == "NN" and k >= 2 and not ctx.entity(doc[k]) \
                and doc[k - 1].tag_ == "ART" and doc[k - 2].lower_ in TIME_PREPOSITIONS:
            i = k - 3  # "seit den Wahlen 2014"
            continue
        if t.tag_ == "NN" and doc[k].tag_ in ("CARD", "ADJA", "PIAT") and k >= 1:
            k -= 1  # "seit drei Jahren", "seit vielen Jahren", "seit einigen Monaten"
        if t.tag_ == "NN" and doc[k].tag_ == "ART" and k >= 1 and doc[k - 1].lower_ in ("seit", "nach", "vor", "bis"):
            k -= 1  # "seit der Wahl", "nach den Wahlen"
        if t.tag_ in ("CARD", "NN") and doc[k].lower_ in TIME_PREPOSITIONS and not ctx.entity(t):
            i = k - 1
        elif t.tag_ == "ADV" and t.lower_ in ("einst", "zuletzt", "bisher", "damals", "derzeit", "seither", "noch"):
            i -= 1
        elif t.lower_ in MONTH_NAMES and doc[k].text in ("Anfang", "Mitte", "Ende"):
            i = k - 1  # "ernannte Anfang Oktober X zum Regierungschef"
        else:
            break
    return i


COPULAS = {"sein", "werden", "bleiben"}
TIME_PREPOSITIONS = {"seit", "bis", "ab", "nach", "vor", "im", "am", "von"}
NEGATIONS = {"nicht", "kein", "keine", "nie", "niemals", "nimmer"}


def _copula(token: Token) -> bool:
    return token.tag_ in ("VAFIN", "VVFIN") and token.lemma_ in COPULAS


def _year(token: Token) -> bool:
    return token.tag_ == "CARD" and len(token.text) == 4 and token.text.isdigit()


def _copula_subject(ctx: DocContext, token: Token, j: int, depth: int = 0) -> EntityRef | None:
    """The office as predicate of its holder: "Meierhuber ist seit 2010 Vizekanzler", "Seit Mai ist Meierhuber
    Vizekanzler", "Meierhuber wird dort Landesrat", "..., dass Meierhuber Vizekanzler sei". Only a finite
    "sein", "werden" or "bleiben" ("soll Minister werden" is a wish), not negated ("ist nicht mehr Minister")."""
    doc = ctx.doc
    sent = sentence(token)
    i = token.i - 1
    while i > sent.start and token.i - i <= 6:  # qualifiers, adverbs and a time: "seit 2010", "bis Mai", "dort"
        t = doc[i]
        if t.lower_ in NEGATIONS:
            return None
        if t.tag_ in ("CARD", "NN") and doc[i - 1].lower_ in TIME_PREPOSITIONS and not ctx.entity(t):
            i -= 2  # "seit 2010", "seit Jahren", "im Mai"
        elif _before_time(ctx, i) != i:
            i = _before_time(ctx, i)  # "seit den Wahlen 2014", "seit der Wahl"
        elif t.tag_ in ("ADJA", "ADJD", "ADV", "CARD") or t.lower_ in ("der", "die", "ein", "eine"):
            i -= 1
        else:
            break
    t = doc[i]
    if t.lower_ == "und" and depth == 0:
        # "X ist Präsident des Gerichts und Chef der Vereinigung": the first office's subject
        first = next((doc[m] for m in range(i - 1, max(sent.start, i - 8) - 1, -1) if doc[m].text[:1].isupper()
                      and not ctx.entity(doc[m]) and doc[m].tag_ in ("NN", "NE") and ctx.gaz.office_of(doc[m].text)
                      and all(not (x.is_punct or x.pos_ in ("VERB", "AUX")) for x in doc[m + 1:i])), None)
        return _copula_subject(ctx, first, i, depth=1) if first is not None else None
    hit = ctx.entity(t)
    if hit is None and _referring_subject(t) is not None:
        before = i - _referring_subject(t) - 1
        singular = (doc[before].lower_ in SINGULAR_COPULAS and _copula(doc[before])) or (
            (doc[before].tag_ == "KOUS" or doc[before].lower_ == "dass") and j < len(doc)
            and doc[j].lower_ in SINGULAR_COPULAS and (j + 1 == len(doc) or doc[j + 1].is_punct))
        return _referent(ctx, t) if before >= sent.start and singular else None  # "Seit Mai ist sie Landesrätin"
    if hit and hit[1].kind == PERSON and hit[0].end == i + 1:
        before = hit[0].start - 1
        if before >= sent.start and _copula(doc[before]):
            return hit[1]  # "Seit Mai ist Meierhuber Vizekanzler"
        if before >= sent.start and (doc[before].tag_ == "KOUS" or doc[before].lower_ == "dass") and \
                j < len(doc) and _copula(doc[j]) and (j + 1 == len(doc) or doc[j + 1].is_punct):
            return hit[1]  # "..., dass Meierhuber Vizekanzler sei."
        return None
    if _copula(t) and i - 1 >= sent.start and ctx.entity(doc[i - 1]) is None and t.lower_ in SINGULAR_COPULAS:
        k = i - 2 - (_referring_subject(doc[i - 1]) or 0)  # "Er ist seit 2010 Vizekanzler", "Der 54-Jährige war"
        if _referring_subject(doc[i - 1]) is not None and (k < sent.start or doc[k].is_punct or doc[k].tag_ == "KON"):
            return _referent(ctx, doc[i - 1])
    if _copula(t) and i - 1 >= sent.start:
        k = i - 1
        if doc[k].text == ")":  # "Meierhuber (SPÖ) ist neuer Landesrat", "Meierhuber (47) ist ..."
            k = next((m for m in range(k - 1, max(sent.start, k - 6) - 1, -1) if doc[m].text == "("), k + 1) - 1
        if doc[k].text == "," and k > sent.start:
            k = _subject_of_apposition(ctx, k, sent.start)
        hit = ctx.entity(doc[k]) if sent.start <= k < len(doc) else None
        if hit and hit[1].kind == PERSON and (hit[0].start == sent.start or doc[hit[0].start - 1].is_punct
                                              or doc[hit[0].start - 1].tag_ == "KON"
                                              or _titled_subject(ctx, hit[0].start - 1)):
            return hit[1]  # "Meierhuber ist seit 2010 Vizekanzler", "Die frühere Ministerin X ist Botschafterin"
    if i == sent.start and j + 1 < len(doc) and doc[j].lower_ in SINGULAR_COPULAS and _copula(doc[j]):
        hit = ctx.entity(doc[j + 1])  # "Neuer Bürgermeister ist Meierhuber.": the predicate opens the sentence
        if hit and hit[1].kind == PERSON and hit[0].start == j + 1 and (
                hit[0].end == len(doc) or doc[hit[0].end].is_punct):
            return hit[1]
    return None


def _subject_of_apposition(ctx: DocContext, k: int, start: int) -> int:
    """The last word of the subject whose apposition or relative clause closes with the comma at k:
    "Der Vorsitzende der Partei, Meierhuber, ist ...", "Meierhuber, der früher Lehrer war, ist ..." (the name
    before the opening comma); -1 when there is none. The name before the closing comma counts only when
    what stands before the opening comma is a title without a verb."""
    doc = ctx.doc
    c = next((m for m in range(k - 1, max(start, k - 12) - 1, -1) if doc[m].text == ","), None)
    if c is None or c == start:
        return -1
    named = ctx.entity(doc[k - 1])
    if named and named[1].kind == PERSON and named[0].start == c + 1:
        titled = doc[start:c]
        if any(t.text[:1].isupper() and not ctx.entity(t) and ctx.gaz.office_of(t.text) for t in titled) \
                and not any(t.pos_ in ("VERB", "AUX") or t.tag_ in ("APPR", "APPRART") for t in titled[:1]) \
                and not any(t.pos_ in ("VERB", "AUX") for t in titled):
            return k - 1  # "Der Vorsitzende der Partei, Meierhuber, ist"
        return -1
    return c - 1  # "Meierhuber, der Vorsitzende der Partei, ist", "Meierhuber, der Lehrer war, ist"


def _titled_subject(ctx: DocContext, i: int) -> bool:
    """An office title or adjectives at i opening the clause before the name: "[Die frühere] Außenministerin X ist
    ...", "Der 60-jährige X ist ...", not "Nach dem Treffen mit Kanzler X ist ..."."""
    doc = ctx.doc
    if i < 0:
        return False
    k = i
    if doc[k].text[:1].isupper() and not ctx.entity(doc[k]) and (ctx.gaz.office_of(doc[k].text) or (
            doc[k].tag_ == "NN" and k >= 1 and doc[k - 1].tag_ in ("ART", "ADJA"))):
        k -= 1  # "Der Bürgermeister X ist", "Der stramme Nationalist X ist"
    elif doc[k].tag_ != "ADJA":
        return False
    while k >= 0 and (doc[k].tag_ in ("ADJA", "ADV") or doc[k].lower_ in ("der", "die")):
        k -= 1
    return k < 0 or doc[k].is_punct or doc[k].tag_ == "KON"


SINGULAR_COPULAS = {"ist", "war", "sei", "wäre", "wird", "wurde", "werde", "würde",
                    "bleibt", "bleibe", "blieb", "bliebe"}


def _referring_subject(token: Token) -> int | None:
    """How many words before `token` a subject that refers back to a person begins: 0 for "er"/"sie",
    1 for "der 54-Jährige"/"die 40-Jährige"; None for anything else."""
    if token.tag_ == "PPER" and token.lower_ in ("er", "sie"):
        return 0
    if token.i >= 1 and token.text.endswith("-Jährige") and token.doc[token.i - 1].lower_ in ("der", "die"):
        return 1
    return None


def _referent(ctx: DocContext, token: Token) -> EntityRef | None:
    """The person "er", "sie" or "der 54-Jährige" (`token`, singular) stands for: the one person of that gender
    named in the nearest sentence that names any, up to three sentences back ("Mikl-Leitner ... Die
    52-Jährige gehörte ... an. Davor war sie ..."). With two such persons nobody is meant for sure."""
    doc = ctx.doc
    word = doc[token.i - _referring_subject(token)].lower_
    other = "f" if word in ("er", "der") else "m"
    index = ctx.sentence_of(token)
    fits: set[EntityRef] = set()
    k = token.i - 1
    while k >= 0 and ctx.sent_of_token[k] == index and not (doc[k].is_punct or doc[k].tag_ == "KON"):
        k -= 1  # not a person of its own clause: "Mit Darmann schickt er ..."
    for back in range(index, index - 4, -1):
        while k >= 0 and ctx.sent_of_token[k] == back:
            hit = ctx.entity(doc[k])
            if hit and hit[1].kind == PERSON and _gender(ctx, hit[1]) != other:
                fits.add(hit[1])
            k -= 1
        if fits:
            break
    return next(iter(fits)) if len(fits) == 1 else None


def _pronoun_before_als(ctx: DocContext, i: int) -> EntityRef | None:
    """ "Davor war sie unter Pröll als Landesgeschäftsführerin tätig", "Sie kritisierte als Ministerin ...": the
    subject pronoun of the clause of "als" (at `i`), right after its finite verb or before it at the clause start.
    Between them only adverbs and prepositional phrases: in "schickt er einen Vertrauten als Statthalter" the
    object is the Statthalter."""
    doc = ctx.doc
    start = sentence(doc[i]).start
    phrase = ("NN", "NE", "ART", "ADJA", "PPOSAT", "CARD")
    k = i - 1
    while k >= max(start, i - 8):
        t = doc[k]
        if _referring_subject(t) == 0:
            verb_before = k > start and doc[k - 1].tag_ in ("VVFIN", "VAFIN", "VMFIN")
            verb_after = k + 1 < i and doc[k + 1].tag_ in ("VVFIN", "VAFIN", "VMFIN") and (
                k == start or doc[k - 1].is_punct)
            verb = doc[k - 1] if verb_before else doc[k + 1] if verb_after else None
            plural = verb is not None and (verb.lower_ == "sind" or verb.lower_.endswith(("en", "rn", "ln")))
            if verb is None or (t.lower_ == "sie" and plural):
                return None  # "sie waren", "sie kritisierten": plural
            return _referent(ctx, t)
        if t.tag_ in phrase or ctx.entity(t):
            while k > start and (doc[k].tag_ in phrase or ctx.entity(doc[k])):
                k -= 1  # a noun phrase, read backwards, must hang on a preposition: "unter Pröll"
            if doc[k].tag_ not in ("APPR", "APPRART"):
                return None
        elif t.tag_ not in ("ADV", "ADJD", "PTKNEG", "PROAV", "VVFIN", "VAFIN", "VMFIN"):
            return None
        k -= 1
    return None


def _gender(ctx: DocContext, person: EntityRef) -> str | None:
    """ "f" or "m" when the person's first name tells ("Federica Mogherini" -> "f"), else None."""
    spans = ctx.mentions.get(person, [])
    name = max((s._.kg_name or s.text for s in spans), key=len, default="")
    gender = ctx.gaz.first_name_gender.get(name.split()[0]) if " " in name else None
    return gender if gender in ("f", "m") else None


def _agrees(office, feminine: bool, gender: str | None, article: Token | None, close: bool) -> bool:
    """An office noun written in one gender does not name a holder of the other: in "unter Pröll als
    Landesgeschäftsführerin" or "weil der Finanzlandesrat Mikl-Leitner keinen Platz machen wollte" the name
    is someone else. Only offices with a feminine in "-in" tell. A man never bears the feminine; a woman
    may bear the masculine in an apposition after a comma ("der Chefredakteur von X, Lena Brandt"), not
    in a close one after "der"; "die Außenminister" may be a plural. A bare title ("Premierminister Alix
    Didier") is always the name's own: the first name is one our lexicon knows as a woman's only."""
    if office is None or not office.feminine.endswith("in") or office.feminine == office.lemma:
        return True
    if feminine:
        return gender != "m"
    return gender != "f" or not close or article is None or article.lower_ == "die"


def _feminine_or_masculine(ctx: DocContext, head: str, lemma: str, before: Token | None = None,
                           female: bool = False, male: bool = False) -> str:
    """The written office in the nominative singular: "Präsidenten" -> "Präsident", "Sprecherin" stays,
    "Landeschefs" -> "Landeschef"; an adjectival noun keeps the feminine "-e" where only a woman can be
    meant ("die/EU-Außenbeauftragte X" -> "Außenbeauftragte", "der Außenbeauftragte" -> "Außenbeauftragter")."""
    office = ctx.gaz.offices.get(lemma)
    if head.endswith(("in", "innen")) and office and not lemma.endswith("in"):
        return head.removesuffix("nen") if head.endswith("innen") else head
    low, stem = head.lower(), lemma.lower()
    if lemma.endswith("er") and office is not None and not office.feminine.endswith("in"):
        # adjectival nouns ("Vorsitzender", "Abgeordneter"): any ending after the stem
        stem = stem[:-2]
        for ending in ("en", "em", "es", "er", "e"):
            if low.endswith(stem + ending) and len(head) > len(stem):
                # "-e" after "die" is a woman, whatever the first name ("Die Ko-Vorsitzende ..., Terry Reintke"), and
                # after no article when the first name does not say a man; "-en"/"-em" say nothing: the first name
                # decides
                feminine = (ending == "e" and before is not None and before.lower_ in ("die", "eine")) or (
                    ending == "e" and not male and (before is None or before.lower_ not in ("der", "ein"))) or (
                    ending in ("en", "em") and female)
                return head[: len(head) - len(ending)] + ("e" if feminine else "er")
    if office is not None and office.feminine and low.endswith(office.feminine.lower()):
        prefix = head[: len(head) - len(office.feminine)]  # "Klubobfrau", "Landeshauptfrau": as written
        return prefix + (office.feminine.lower() if prefix else office.feminine)
    for form in ctx.gaz.forms_of_office.get(lemma, ()):
        if low.endswith(form.lower()) and len(head) >= len(form):  # "Landeschefs", "Kremlsprecher"
            prefix = head[: len(head) - len(form)]
            return prefix + (lemma.lower() if prefix else lemma)
    return lemma


def _adjective_title(ctx: DocContext, token: Token, role_head: str, qualifiers: list[str]) -> str:
    """ "der Oberste Führer", "die Regierende Bürgermeisterin", "die Hohe Vertreterin": an office whose name
    is an adjective and a noun keeps the adjective (in the nominative) when the text writes it before the noun."""
    doc = ctx.doc
    prev = doc[token.i - 1] if token.i > 0 else None
    # also lower case: "der ehemalige nationale Sicherheitsberater John Bolton"
    if prev is None or prev.tag_ not in ("ADJA", "NN", "NE") or ctx.entity(prev) or (
            not prev.text[:1].isupper() and prev.tag_ != "ADJA"):
        return role_head
    noun = role_head.removesuffix("in")
    feminine = role_head.endswith("in") and noun in ctx.gaz.titled_offices
    for entry in ctx.gaz.titled_offices.get(noun if feminine else role_head, ()):
        adjective = (entry.feminine if feminine and entry.feminine else entry.lemma).split()[0]
        stem = entry.lemma.split()[0][:-2]  # "Oberster" -> "Oberst", "Hoher" -> "Ho"
        written = prev.text[:1].upper() + prev.text[1:]
        if written.startswith(stem) and len(written) - len(stem) <= 3 and stem.lower() not in qualifiers:
            return adjective + " " + role_head
    return role_head


def _inflect_qualifier(lemma: str, feminine: bool) -> str:
    """ "stellvertretend" -> "stellvertretender"/"stellvertretende" (strong nominative, as gold writes roles)."""
    return lemma + ("e" if feminine else "er")
