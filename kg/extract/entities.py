"""Entities of one document: doc.ents -> `Entity` records with keys, labels and evidence.

Within a document, a surname alone ("Lawrow") is the person whose full name
ends in it, and transliteration variants ("Sergei"/"Sergej") share a key.
"""

from __future__ import annotations

from ..gazetteer import slug
from ..nlp.adjective_names import ADJECTIVE_ENDING, SUFFIXES, head_of
from ..nlp.entities import (
    ACRONYM,
    GOVERNMENTS,
    HONORIFICS,
    KIN_NOUNS,
    NOT_ACRONYMS,
    ORG,
    PARTICLE_NAME,
    PER,
    PLACE,
    STATE,
    speech_after_quotation,
    surname_index,
)
from ..types import ORGANIZATION, PERSON, Entity, EntityRef
from ..types import PLACE as PLACE_KIND
from ..types import STATE as STATE_KIND
from .context import DocContext, skeleton

# Administrative units named together with their kind: "die Provinz Faryab", "im Bezirk Sisli".
# Nouns before a place's name that are its name too: "die Provinz Faryab", "am Flughafen Wnukowo"
ADMINISTRATIVE_UNITS = {"Provinz", "Region", "Bezirk", "Gemeinde", "Kanton", "Distrikt", "Département", "Flughafen",
                        "Hafen", "Militärflugplatz", "Stützpunkt", "Luftwaffenstützpunkt"}
KIND_OF_LABEL = {PER: PERSON, STATE: STATE_KIND, ORG: ORGANIZATION, PLACE: PLACE_KIND}


def _located_in(ctx: DocContext, ent) -> bool:
    """An organization's seat named as where something happens: "im Weißen Haus", "vor dem Weißen Haus" (not
    "aus dem Weißen Haus hieß es", which names who speaks)."""
    doc = ctx.doc
    before = [t.lower_ for t in doc[max(0, ent.start - 2):ent.start]]
    return before[-1:] in (["im"], ["ins"], ["am"]) or (
        len(before) == 2 and before[0] in ("vor", "in") and before[1] in ("dem", "den", "die", "das"))


def collect_entities(ctx: DocContext) -> list[Entity]:
    """Fill `ctx.ent_at` and return the document's entities, one per real-world entity."""
    gaz = ctx.gaz
    by_key: dict[tuple[str, str], Entity] = {}
    persons_by_surname: dict[str, set[str]] = {}
    persons_by_first_name: dict[str, set[str]] = {}
    persons_by_full: dict[str, str] = {}
    first_seen: dict[str, int] = {}  # person key -> where the text first gives the full name
    known_person_skeletons = gaz.person_skeletons
    ents = list(ctx.doc.ents)
    # Full names first, so that a surname alone can find its person.
    # Longer full names before shorter ones, so that "Maria Giulia" finds "Maria Giulia Sergio".
    ents.sort(key=lambda e: (e.label_ != PER or len(e) == 1, -len(e) if e.label_ == PER else 0, e.start))
    for ent in ents:
        kind = KIND_OF_LABEL.get(ent.label_)
        if kind is None or _state_institution(ctx, ent, kind):
            continue  # "des russischen Sicherheitsrates": the state's own body (below), not the listed UN one
        if kind == ORGANIZATION and ent.kb_id_ and gaz.get(PLACE_KIND, ent.kb_id_) and _located_in(ctx, ent):
            kind = PLACE_KIND  # "empfing ihn im Weißen Haus": the building where, not the office that acts
        name = ent._.kg_name or ent.text
        rule = "gazetteer" if ent.kb_id_ else "name"
        bilingual = None
        if kind == PLACE_KIND and not ent.kb_id_ and "/" in name and name.split("/")[0].strip():
            bilingual, name = name, name.split("/")[0].strip()  # "Windisch Bleiberg / Slovenj Plajberg"
        if ent.kb_id_:
            known = gaz.get(kind, ent.kb_id_)
            key, label = ent.kb_id_, known.name if known else name
            if kind == STATE_KIND and name in gaz.capitals:
                rule = "capital-metonymy"
        elif kind == PERSON:
            key, rule = _person_key(name, persons_by_surname, persons_by_first_name, known_person_skeletons,
                                    persons_by_full, first_seen)
            known = gaz.get(PERSON, key)
            label = known.name if known else name
        else:
            key, label = "sk-" + slug(name), name
        entity = by_key.get((kind, key))
        if entity is None:
            entity = by_key[(kind, key)] = Entity(kind=kind, key=key, label=label)
            known = gaz.get(kind, key)
            entity.qid = known.qid if known else None
            entity.alt_labels.update(known.aliases if known else ())  # the curated names are its names too
        if kind == PERSON and " " in name and entity.label != name and len(name) > len(entity.label) \
                and not gaz.get(PERSON, key):
            entity.alt_labels.add(entity.label)
            entity.label = name  # the fullest form seen
        elif name != entity.label:
            entity.alt_labels.add(name)
            entity.resolutions.add((name, rule))
        if bilingual is not None:
            entity.alt_labels.add(bilingual)
        prev = ctx.doc[ent.start - 1] if ent.start > 0 else None
        if kind == PLACE_KIND and prev is not None and prev.text in ADMINISTRATIVE_UNITS:
            entity.alt_labels.add(f"{prev.text} {name}")  # "die Provinz Faryab" is also the unit's name
        if kind == PERSON and " " in name:
            persons_by_surname.setdefault(skeleton(name.split()[surname_index(name.split())]), set()).add(key)
            if PARTICLE_NAME.match(name.split()[-1]):  # "Bashir" is "Omar al-Bashir", as "Sisi" is "el-Sisi"
                persons_by_surname.setdefault(skeleton(name.split()[-1].split("-", 1)[1]), set()).add(key)
            persons_by_first_name.setdefault(skeleton(name.split()[0]), set()).add(key)
            if rule not in ("first-names", "surname"):
                # a part of another's full name ("Maria Giulia" of "Maria Giulia Sergio") is no full name: its
                # next mention must find that person again, not this mention's key
                persons_by_full.setdefault(skeleton(name), key)
            first_seen[key] = min(first_seen.get(key, ent.start), ent.start)
        entity.sentences.add(ctx.sent_of_token[ent.start])
        entity.mentions += 1
        ref = EntityRef(kind, key)
        for i in range(ent.start, ent.end):
            ctx.ent_at[i] = (ent, ref)
    _short_state_names(ctx, by_key)
    _drop_lone_names(ctx, by_key)
    named: dict[str, tuple] = {}  # an institution's head noun -> the last institution named with it
    heads = _organization_heads(ctx, by_key)
    for token in ctx.doc:
        if token.i in ctx.ent_at or not token.text[:1].isupper():
            continue
        for kind, key, name, rule in _unnamed_mentions(ctx, token, named, heads):
            entity = by_key.get((kind, key))
            if entity is None:
                known = gaz.get(kind, key)
                entity = by_key[(kind, key)] = Entity(kind=kind, key=key, label=known.name if known else name,
                                                      alt_labels=set(known.aliases) if known else set(),
                                                      qid=known.qid if known else None)
            if rule == "head-noun":  # a common noun is no name of the body: no label, but the merge explained
                entity.resolutions.add((token.text, rule))
            elif name != entity.label:
                entity.alt_labels.add(name)
                entity.resolutions.add((name, rule))
            written = token.lemma_ if token.lemma_[:1].isupper() else token.text
            if rule == "institution" and written != entity.label and entity.label.endswith(" " + written):
                # "dem Verteidigungsministerium in Moskau" -> "russisches Verteidigungsministerium": the word as
                # written is a name of it too
                entity.alt_labels.add(written)
                seat = ctx.doc[token.i + 2] if token.i + 2 < len(ctx.doc) else None
                if seat is not None and ctx.doc[token.i + 1].lower_ == "in" and seat.text in ctx.gaz.capitals:
                    entity.alt_labels.add(f"{written} in {seat.text}")  # "Parlament in Teheran" is a name too
            entity.sentences.add(ctx.sent_of_token[token.i])
            entity.mentions += 1
            if rule in ("institution", "government", "head-noun"):  # the word names the actor: it can speak and act
                ctx.ent_at[token.i] = (ctx.doc[token.i:token.i + 1], EntityRef(kind, key))
    _alliance_again(ctx, by_key)
    _bracketed_acronyms(ctx, by_key)
    _other_forms_of_organizations(ctx, by_key)
    return list(by_key.values())


def _bracketed_acronyms(ctx: DocContext, by_key: dict[tuple[str, str], Entity]) -> None:
    """ "des Österreichischen Rechtsanwaltskammertags (OERAK)": the acronym in brackets is the organization's
    other name, here and wherever else the text uses it, whatever it was taken for there; also after a body
    named by its kind ("die rumänische Antikorruptionsstaatsanwaltschaft (DNA)")."""
    doc = ctx.doc
    named = sorted({(span.start, span.end): ref for span, ref in ctx.ent_at.values()}.items())
    for (_, end), org in named:
        if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")" \
                or not ACRONYM.match(doc[end + 1].text):
            continue
        acronym = doc[end + 1].text
        if acronym in ctx.acronyms or org.kind != ORGANIZATION or (org.kind, org.key) not in by_key:
            continue
        ctx.acronyms[acronym] = org
        target = by_key[(org.kind, org.key)]
        target.alt_labels.add(acronym)
        target.resolutions.add((acronym, "bracketed-acronym"))
        for i, (span, ref) in list(ctx.ent_at.items()):
            if span.text != acronym or ref == org:
                continue
            other = by_key.pop((ref.kind, ref.key), None)
            if other is not None:
                target.sentences |= other.sentences
                target.mentions += other.mentions
            ctx.ent_at[i] = (span, org)


def _other_forms_of_organizations(ctx: DocContext, by_key: dict[tuple[str, str], Entity]) -> None:
    """An unlisted organization name that is another form of an organization the document names is that
    organization: the name in other capitals ("RoG" for "ROG"), its first two or more words ("Koza Ipek"
    for "Koza Ipek Holding"), or the initials of its words ("KP" for "Kommunistische Partei", "JG" for
    "Junge Generation der SPÖ")."""
    orgs = [e for e in by_key.values() if e.kind == ORGANIZATION]
    for org in sorted(orgs, key=lambda e: len(e.label)):
        if not org.key.startswith("sk-") or (org.kind, org.key) not in by_key:
            continue
        target = next((o for o in orgs if o is not org and (o.kind, o.key) in by_key
                       and _other_form(org.label, (o.label, *o.alt_labels))), None)
        owned = [o for o in orgs if o.key.startswith("institution-") and o.key.endswith("-" + org.key[3:])
                 and (o.kind, o.key) in by_key]
        if target is None and len(owned) == 1:
            target = owned[0]  # "das Verteidigungsministerium in Kabul" and "das afghanische Verteidigungsministerium"
        courts = [o for o in orgs if (o.kind, o.key) in by_key and getattr(ctx.gaz.get(o.kind, o.key), "subtype", "")
                  == "court"]
        if target is None and org.label in HIGHEST_COURT_WORDS and len(courts) == 1:
            target = courts[0]  # "das Höchstgericht" after "der Verfassungsgerichtshof"
        if target is not None:
            _absorb(ctx, by_key, org, target, {org.label, *org.alt_labels}, "other-form")


# Words for a state's highest court that name the one court of the text.
HIGHEST_COURT_WORDS = {"Höchstgericht", "Verfassungsgericht", "Oberstes Gericht", "Verfassungsgerichtshof"}


def _other_form(name: str, names: tuple[str, ...]) -> bool:
    """Whether `name` is another form of one of `names` (see _other_forms_of_organizations)."""
    words = name.split()
    for other in names:
        if other == name:
            continue
        if other.casefold() == name.casefold():
            return True
        parts = other.split()
        if len(words) >= 2 and len(parts) > len(words) and parts[:len(words)] == words:
            return True
        if ACRONYM.match(name) and name not in NOT_ACRONYMS and len(parts) >= 2:
            capitalised = []
            for part in parts:
                if not part[:1].isupper():
                    break  # "Junge Generation | der SPÖ"
                capitalised.append(part)
            if len(capitalised) >= 2 and "".join(p[0] for p in capitalised) == name:
                return True
    return False


def _drop_lone_names(ctx: DocContext, by_key: dict[tuple[str, str], Entity]) -> None:
    """A one-word person name that is no surname of a full name in the text, no curated person, and never
    follows a title, a relation or a government (`_titled`) is no person: news name a person in full before
    naming them short, and what the model takes for a lone name is mostly a word ("Ernst zu nehmende
    Ökonomen", "die Tarnkappenjets", "Wordscores")."""
    for (kind, key), entity in list(by_key.items()):
        if kind != PERSON or " " in entity.label or ctx.gaz.get(PERSON, key) is not None:
            continue
        spans = {span.start: span for span, ref in ctx.ent_at.values() if ref == entity.ref}
        if any(_titled(ctx, span) for span in spans.values()):
            continue
        del by_key[(kind, key)]
        for span in spans.values():
            for i in range(span.start, span.end):
                ctx.ent_at.pop(i, None)


# Nouns of relation before a name: "Parteikollege Huber", "sein Vorgänger Gruber".
RELATIONS = ("kollege", "kollegin", "vorgänger", "vorgängerin", "nachfolger", "nachfolgerin", "partner", "partnerin")


def _titled(ctx: DocContext, span) -> bool:
    """A name after a title, a relation or a government: "Papst Franziskus", "Frau Huber", "Parteikollege
    Gruber", "die Regierung Kreisky"; or the speaker of words just quoted, whom a reportage may name by the first
    name alone ("Alles friedlich hier, sagt Adrian, ...")."""
    before = ctx.doc[span.start - 1] if span.start > 0 else None
    return before is not None and (
        speech_after_quotation(before) or before.text in HONORIFICS or before.text in GOVERNMENTS
        or before.text in KIN_NOUNS or before.lower_.endswith(RELATIONS)
        or (before.text[:1].isupper() and bool(ctx.gaz.office_of(before.text, named=True))))


def _short_state_names(ctx: DocContext, by_key: dict[tuple[str, str], Entity]) -> None:
    """ "im Kongo" after "die Demokratische Republik Kongo": an unlisted place named like the last word of a
    state the text names in full is that state (one entity, the short form an alias)."""
    states = [e for e in by_key.values() if e.kind == STATE_KIND]
    for (kind, key), place in list(by_key.items()):
        if kind != PLACE_KIND or ctx.gaz.get(kind, key) is not None:
            continue
        state = next((e for e in states if any(" " in n and n.split()[-1] == place.label
                                               for n in (e.label, *e.alt_labels))), None)
        if state is not None:
            _absorb(ctx, by_key, place, state, {place.label}, "short-form")


def _absorb(ctx: DocContext, by_key: dict[tuple[str, str], Entity], entity: Entity, target: Entity,
            labels: set[str], rule: str) -> None:
    """`entity` is another name of `target`: one node with `labels` as its aliases, merged by `rule`, and every
    mention of `entity` refers to `target`."""
    del by_key[(entity.kind, entity.key)]
    target.alt_labels |= labels - {target.label}
    target.resolutions.add((entity.label, rule))
    target.sentences |= entity.sentences
    target.mentions += entity.mentions
    for i, (span, ref) in list(ctx.ent_at.items()):
        if ref == entity.ref:
            ctx.ent_at[i] = (span, target.ref)


# Common nouns for a military alliance: "die Allianz", "das Bündnis" after NATO is named are NATO again.
ALLIANCE_NOUNS = {"Allianz", "Bündnis", "Bündnisses", "Militärbündnis", "Militärbündnisses", "Militärallianz",
                  "Verteidigungsbündnis", "Verteidigungsbündnisses"}


def _alliance_again(ctx: DocContext, by_key: dict[tuple[str, str], Entity]) -> None:
    """ "NATO-Generalsekretär Mark Rutte sprach von einem Quantensprung für die Allianz": a definite alliance noun
    after one alliance is named is that alliance (not the insurer "Allianz"); an explanation, no name of it."""
    doc = ctx.doc
    if "Allianz" not in doc.text and "ündnis" not in doc.text:
        return  # most texts name no alliance by a common noun
    named = []  # (where, alliance): its name, or a compound on it ("NATO-Generalsekretär")
    for token in doc:
        hit = ctx.ent_at.get(token.i)
        refs = [hit[1]] if hit else [EntityRef(ORGANIZATION, known.id) for known in ctx.gaz.lookup(
            token.text.rsplit("-", 1)[0])[:1] if "-" in token.text and known.kind == ORGANIZATION]
        named += [(token.i, ref) for ref in refs if ref.kind == ORGANIZATION and (
            known := ctx.gaz.get(ORGANIZATION, ref.key)) is not None and known.subtype == "alliance"
            and (ref.kind, ref.key) in by_key]
    for token in doc:
        if token.text not in ALLIANCE_NOUNS or token.i == 0 or doc[token.i - 1].lower_ not in DEFINITE_ARTICLES | {
                "im", "vom", "zum", "beim"}:
            continue
        before = {ref for start, ref in named if start < token.i}
        if len(before) != 1:
            continue
        alliance = next(iter(before))
        old = ctx.ent_at.get(token.i)
        if old is not None:
            if old[0].start != token.i or old[0].end != token.i + 1 or old[1] == alliance:
                continue  # part of a longer name ("Nordatlantische Allianz")
            entity = by_key.get((old[1].kind, old[1].key))
            if entity is not None:
                entity.mentions -= 1
                if entity.mentions <= 0:
                    del by_key[(old[1].kind, old[1].key)]
        ctx.ent_at[token.i] = (doc[token.i:token.i + 1], alliance)
        target = by_key[(alliance.kind, alliance.key)]
        target.resolutions.add((token.text, "head-noun"))
        target.sentences.add(ctx.sent_of_token[token.i])
        target.mentions += 1


def _organization_heads(ctx: DocContext,
                        by_key: dict[tuple[str, str], Entity]) -> dict[str, list[tuple[int, EntityRef]]]:
    """The head noun of each organization name the text writes out, with where it is named and what it names:
    "Beobachtungsstelle" of "die Syrische Beobachtungsstelle für Menschenrechte" (the first common noun, after
    capitalised adjectives only). Heads of institutions, which `_institution` resolves, are left out."""
    heads: dict[str, list[tuple[int, EntityRef]]] = {}
    for start in sorted({span.start for span, _ in ctx.ent_at.values()}):
        span, ref = ctx.ent_at[start]
        if ref.kind != ORGANIZATION or (ref.kind, ref.key) not in by_key:
            continue
        k = span.start
        while k < span.end and span.doc[k].tag_ == "ADJA" and span.doc[k].text[:1].isupper():
            k += 1
        word = span.doc[k].text if k < span.end and span.doc[k].tag_ == "NN" else ""
        if k + 1 < span.end and span.doc[k + 1].text[:1].isupper() or len(word) < 5 or "-" in word \
                or word in GOVERNMENTS or word in ctx.gaz.institutions:
            continue  # "Pädagogische Hochschule Wien": a place in the name; a bare "die Hochschule" may be another
        heads.setdefault(word, []).append((span.start, ref))
    return heads


def _named_by_head(ctx: DocContext, token, heads: dict[str, list[tuple[int, EntityRef]]]):
    """ "die Beobachtungsstelle" after "die Syrische Beobachtungsstelle für Menschenrechte": a definite noun
    that is the head of one organization named before it is that organization again, also after adjectives
    ("die renommierte Beobachtungsstelle"); not with a state's adjective ("die russische Beobachtungsstelle")
    nor with a name after it ("die Kommission für ...")."""
    doc = ctx.doc
    k = token.i - 1
    while k > 0 and doc[k].tag_ == "ADJA" and doc[k].text[:1].islower() and ctx.state_of_word(doc[k]) is None:
        k -= 1
    if token.tag_ != "NN" or k < 0 or doc[k].lower_ not in DEFINITE_ARTICLES:
        return None
    word = token.text
    found = heads.get(word) or heads.get(word.removesuffix("s")) or heads.get(word.removesuffix("es"))
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if not found or nxt is not None and (nxt.lower_ == "für" or nxt.lower_ in ("der", "des") and nxt.i + 1 < len(doc)
                                         and doc[nxt.i + 1].text[:1].isupper()):
        return None
    before = {ref for start, ref in found if start < token.i}
    if len(before) != 1:
        return None
    ref = next(iter(before))
    return ORGANIZATION, ref.key, word, "head-noun"


def _unnamed_mentions(ctx: DocContext, token, named: dict[str, tuple], heads: dict):
    """Entities named inside a word: compound parts ("NATO-Partner", "Gaza-Vereinbarung") and ministries; an
    organization named again by its head noun."""
    gaz = ctx.gaz
    truncated = _truncated_organization(ctx, token)
    if truncated is not None:
        yield truncated
        return
    if "-" in token.text:
        prefix = token.text.rsplit("-", 1)[0]
        parts = [prefix] if gaz.lookup(prefix) or prefix in gaz.prefixes else prefix.split("-")  # "G-20-Gipfel"
        for part in parts:
            if part in gaz.prefixes:
                yield STATE_KIND, gaz.prefixes[part], part, "compound"
                continue
            for known in gaz.lookup(part)[:1]:
                body = _kind_of_body(token.text) if known.kind == ORGANIZATION and len(parts) == 1 else None
                if body:
                    yield known.kind, known.id, body, "compound"  # "Magna-Konzern" is Magna
                elif known.kind in (ORGANIZATION, PLACE_KIND, STATE_KIND):
                    yield known.kind, known.id, part, "compound"
        body = office_body(ctx, token)
        if body is not None:
            yield ORGANIZATION, body.key, prefix, "compound"
    institution = _institution(ctx, token, named)
    if institution:
        yield institution
        return
    again = _named_by_head(ctx, token, heads)
    if again:
        yield again


# Heads of a compound on an organization's name that name the organization itself: "Magna-Konzern",
# "Hisbollah-Miliz" (not "Magna-Chef", "Hamas-Führung").
BODY_KINDS = ("konzern", "holding", "gruppe", "partei", "miliz", "milizen", "bewegung", "organisation",
              "gewerkschaft", "stiftung", "bank", "verlag", "sender", "zeitung", "agentur", "unternehmen")


def _kind_of_body(word: str) -> str | None:
    """ "Magna-Konzerns" -> "Magna-Konzern": the compound, in the nominative, when its head is a kind of body."""
    head = word.rsplit("-", 1)[-1].lower()
    for ending in ("", "s", "es"):
        if head.endswith(ending) and head[:len(head) - len(ending)] in BODY_KINDS:
            return word[:len(word) - len(ending)]
    return None


def _truncated_organization(ctx: DocContext, token):
    """ "des Wissenschafts- und Wirtschaftsministeriums", "Wirtschafts- und Arbeiterkammer": a truncated first
    compound shares the head of the second, and names a ministry or a listed organization with it."""
    doc = ctx.doc
    if not token.text.endswith("-") or len(token.text) < 4 or token.i + 2 >= len(doc) \
            or doc[token.i + 1].lower_ not in ("und", "oder", "sowie"):
        return None
    j = token.i + 2 + (doc[token.i + 2].lower_ in DEFINITE_ARTICLES and token.i + 3 < len(doc))
    second = doc[j]  # "das Innen- und das Außenministerium"
    head = head_of(second.text)
    suffix = next((s for s in SUFFIXES if head and head[2].lower().endswith(s)), None)
    if head is None or head[0] != ORG or suffix is None or len(head[2]) == len(suffix):
        return None
    full = token.text[:-1] + suffix
    known = next((k for k in ctx.gaz.lookup(full) if k.kind == ORGANIZATION), None)
    if known is not None:
        return ORGANIZATION, known.id, full, "truncation"
    found = _owned_institution(ctx, second) if suffix == "ministerium" else None
    if found is None or found[0] != ORGANIZATION:
        return None
    other = head[2]
    return ORGANIZATION, found[1].replace(slug(other), slug(full)), found[2].replace(other, full), "institution"


def office_body(ctx: DocContext, token) -> EntityRef | None:
    """An unlisted acronym before an office ("ÖGB-Präsident", "OERAK-Präsident") names the body the office
    is of: an organization."""
    if "-" not in token.text:
        return None
    prefix, tail = token.text.rsplit("-", 1)
    if prefix in ctx.acronyms and ctx.gaz.office_of(tail):
        return ctx.acronyms[prefix]  # "OERAK-Präsident" after "Rechtsanwaltskammertag (OERAK)"
    if not ACRONYM.match(prefix) or prefix in NOT_ACRONYMS or ctx.gaz.lookup(prefix) or prefix in ctx.gaz.prefixes \
            or not ctx.gaz.office_of(tail):
        return None
    return EntityRef(ORGANIZATION, "sk-" + slug(prefix))


STRONG_ENDING = {"m": "er", "f": "e", "n": "es", "p": "e"}
DEFINITE_ARTICLES = {"der", "die", "das", "den", "dem", "des"}
# Institutions named by their noun alone ("das Verfassungsgericht", "das Innenministerium");
# others ("Parlament", "Armee") are named only with their state ("das türkische Parlament").
NAMED_ALONE = ("ministry", "court", "regional_parliament", "presidential_office")
# Institutions of a whole state: "in" and its capital names that state's ("das Parlament in Teheran").
SEATED_KINDS = ("ministry", "parliament", "military", "agency", "presidential_office")


def _institution(ctx: DocContext, token, named: dict[str, tuple]):
    """ "des russischen Außenministeriums" -> organization "russisches Außenministerium";
    "das türkische Parlament", "die US-Armee", "das Verfassungsgericht" likewise. A bare "die
    Landesregierung" after "die bayerische Landesregierung" is that one again (`named`, head -> last)."""
    found = _owned_institution(ctx, token)
    head = token.lemma_.rsplit("-", 1)[-1].lower()
    head = SYNONYMS.get(head, head)
    if head in ("ministerium", "ministeriums"):
        # a bare "das Ministerium" is the ministry named last; named nowhere before, it names none
        return named.get("ministerium")
    if found is not None:
        if found[1].startswith("sk-") and head in named and not named[head][1].startswith("sk-"):
            return named[head]  # "im Landtag" after "der steiermärkische Landtag": that one again
        if "-" not in token.text:
            named[head] = found
            if found[1].endswith("ministerium") and found[0] == ORGANIZATION:
                named["ministerium"] = found
        return found
    prev = ctx.doc[token.i - 1] if token.i > 0 else None
    if prev is not None and prev.lower_ in DEFINITE_ARTICLES and head in named:
        return named[head]
    return None


def _state_institution(ctx: DocContext, ent, kind: str) -> bool:
    """A listed organization named by an institution's word alone, after a state's adjective: "der russische
    Sicherheitsrat" is Russia's, not the UN's (the word is the listed one's short name)."""
    if kind != ORGANIZATION or len(ent) != 1 or ent.start == 0:
        return False
    token, prev = ent[0], ctx.doc[ent.start - 1]
    listed = token.text in ctx.gaz.institutions or token.lemma_ in ctx.gaz.institutions
    return listed and prev.tag_ == "ADJA" and ctx.state_of_word(prev) is not None


def _owned_institution(ctx: DocContext, token):
    low = token.text.lower()
    base = token.text
    head = base.rsplit("-", 1)[-1]
    if low == "bundesregierung" and token.tag_ == "NN":
        # the federal government is its state, as "die kolumbianische Regierung" is: the adjective's ("die deutsche
        # Bundesregierung" in an Austrian paper), or the text's federal state
        prev = ctx.doc[token.i - 1] if token.i > 0 else None
        state = ctx.state_of_word(prev) if prev is not None and prev.tag_ == "ADJA" else None
        return STATE_KIND, (state or ctx.federal_state()).key, token.text, "government"
    if head in GOVERNMENTS:  # "die kolumbianische Regierung" is a mention of the state, as "Moskau" is
        gender, kind = "f", "government"
    elif low.endswith(("ministerium", "ministeriums")):
        head = head.removesuffix("s") if low.endswith("s") else head
        base = base.removesuffix("s") if low.endswith("s") else base
        gender, kind = "n", "ministry"
    elif low.endswith(("ressort", "ressorts")) and _ministry_of_ressort(ctx, head) is not None:
        # "das Innenressort" is the Innenministerium (the word names the ministry in the Austrian press)
        head = head.removesuffix("s") if low.endswith("s") else head
        base = base.removesuffix("s") if low.endswith("s") else base
        gender, kind = "n", "ministry"
    else:
        lemma = token.lemma_.rsplit("-", 1)[-1]
        found = ctx.gaz.institutions.get(head) or ctx.gaz.institutions.get(lemma)
        if found is not None:
            head = head if head in ctx.gaz.institutions else lemma
        else:  # "die rumänische Antikorruptionsstaatsanwaltschaft": a compound of a listed one is of its kind
            found = _compound_institution(ctx, head)
            if found is None:
                return None
        gender, kind = found
        base = base[: len(base) - len(token.text.rsplit("-", 1)[-1])] + head
    state = (ctx.prefix_states(token) or [None])[0]
    prev = ctx.doc[token.i - 1] if token.i > 0 else None
    region = _region_of(ctx, prev) if prev is not None and (state is None or kind.startswith("regional")) else None
    if region is not None:  # "der steiermärkische Landtag", "die Tiroler Landesregierung"
        adjective = prev.text if prev.text[:1].isupper() else ADJECTIVE_ENDING.sub("", prev.text) + STRONG_ENDING[
            gender]
        return ORGANIZATION, f"institution-{region}-{_key_word(ctx, head)}", f"{adjective} {head}", "institution"
    if state is None and prev is not None and prev.text.endswith("er") and prev.text[:-2] in ctx.gaz.capitals:
        # "das Prager Außenministerium": the capital's indeclinable adjective
        state_id = ctx.gaz.capitals[prev.text[:-2]]
        return ORGANIZATION, f"institution-{state_id}-{_key_word(ctx, head)}", f"{prev.text} {head}", "institution"
    i = token.i - 1
    while state is None and i >= 0 and ctx.doc[i].tag_ in ("ADJA", "ADJD"):
        state = ctx.state_of_word(ctx.doc[i]) or (_state_named_before(ctx, i) if ctx.doc[i].lower_.startswith(
            "dortig") else None)  # "hieß es aus dem dortigen Außenministerium": of the state named just before
        i -= 1
    owner = ctx.ent_at.get(i) if state is None and i >= 0 else None
    if owner is not None and owner[1].kind == STATE_KIND and owner[0].end == i + 1 and owner[0].text.endswith("s") \
            and owner[0].text != owner[0]._.kg_name:
        state = owner[1]  # "Chinas Außenministerium", "Russlands Armee": a state's in the Saxon genitive
    nxt = ctx.doc[token.i + 1] if token.i + 1 < len(ctx.doc) else None
    if state is None and nxt is not None and nxt.i in ctx.ent_at and ctx.ent_at[nxt.i][1].kind == STATE_KIND \
            and nxt.text.endswith("s"):
        state = ctx.ent_at[nxt.i][1]  # "das Außenministerium Russlands"
    if state is None and kind == "government" and nxt is not None and nxt.lower_ == "in":
        seat = ctx.ent_at.get(nxt.i + 1)  # "die Regierung in Warschau" (the embassy in Moscow is not Russia's)
        state = seat[1] if seat and seat[1].kind == STATE_KIND else None
    if state is None and kind in SEATED_KINDS and nxt is not None and nxt.lower_ == "in" and nxt.i + 1 < len(ctx.doc):
        capital = ctx.gaz.capitals.get(ctx.doc[nxt.i + 1].text)  # "das Außenministerium in Washington",
        # "das Parlament in Teheran" (not "die Botschaft in Moskau", "die Staatsanwaltschaft in Paris": a city's)
        state = EntityRef(STATE_KIND, capital) if capital else None
    if state is None and kind in SEATED_KINDS:
        state = _capital_opening_clause(ctx, token)  # "In Washington verurteilte das Außenministerium ..."
    if state is None and kind == "government" and nxt is not None and nxt.lower_ in ("der", "des", "in"):
        place = ctx.ent_at.get(nxt.i + 1)  # "die Führung der Krim", "die Regierung in Donezk": a region's
        if place and place[1].kind == PLACE_KIND and place[0].start == nxt.i + 1:
            return ORGANIZATION, f"institution-{place[1].key}-{slug(head)}", \
                f"{head} {nxt.text} {place[0].text}", "institution"
    if state is None:
        if kind not in NAMED_ALONE or "-" in base:
            return None
        return ORGANIZATION, f"sk-{_key_word(ctx, head)}", head, "institution"
    adjective = ctx.gaz.state_adjective.get(state.key)
    name = f"{adjective}{STRONG_ENDING[gender]} {head}" if adjective and "-" not in base else base
    if kind == "government":
        return STATE_KIND, state.key, name, "government"
    return ORGANIZATION, f"institution-{state.key}-{_key_word(ctx, head)}", name, "institution"


def _capital_opening_clause(ctx: DocContext, token) -> EntityRef | None:
    """The state whose capital opens the sentence of `token` after "In" ("In Washington verurteilte das
    Außenministerium die Übungen"): where the institution sits, when no other place comes between."""
    sent = ctx.doc[token.i].sent
    first = sent[0] if sent[0].text not in ("„", '"', "»") else sent[1] if len(sent) > 1 else sent[0]
    if first.lower_ != "in" or first.i + 2 > token.i:
        return None
    capital = ctx.gaz.capitals.get(ctx.doc[first.i + 1].text)
    if capital is None or any(ctx.doc[k].lower_ in ("in", "im", "aus", "nach") for k in range(first.i + 2, token.i)):
        return None
    return EntityRef(STATE_KIND, capital)


THERE_WINDOW = 40  # tokens back to the place that "dortig" points to: the sentence before at most


def _state_named_before(ctx: DocContext, i: int) -> EntityRef | None:
    """The state named last before token i (by its name or its capital), within THERE_WINDOW tokens."""
    for k in range(i - 1, max(-1, i - 1 - THERE_WINDOW), -1):
        hit = ctx.ent_at.get(k)
        if hit is None:
            continue
        if hit[1].kind == STATE_KIND:
            return hit[1]
        capital = ctx.gaz.capitals.get(hit[0].text) if hit[1].kind == PLACE_KIND else None
        if capital:
            return EntityRef(STATE_KIND, capital)
    return None


def _compound_institution(ctx: DocContext, word: str) -> tuple[str, str] | None:
    """(gender, kind) of the listed institution a compound noun ends in ("Antikorruptionsstaatsanwaltschaft",
    "Verkehrspolizei"), or None; the listed word must be long enough to name a body by itself."""
    for k in range(3, len(word) - 5):
        found = ctx.gaz.institutions.get(word[k].upper() + word[k + 1:])
        if found is not None:
            return found
    return None


# Other words for an institution: "das Außenamt" is the Außenministerium.
SYNONYMS = {"außenamt": "außenministerium", "militär": "streitkräfte", "armee": "streitkräfte"}


def _ministry_of_ressort(ctx: DocContext, word: str) -> str | None:
    """ "Innenressort(s)" -> "Innenministerium" when that is a listed ministry."""
    stem = word.removesuffix("s").removesuffix("ressort")
    ministry = stem + "ministerium"
    return ministry if len(stem) > 2 and ministry in ctx.gaz.ministries else None


def _key_word(ctx: DocContext, head: str) -> str:
    """The slug an institution's key is made of: one for all the words of one institution ("Außenamt",
    "Außenressort" and "Außenministerium")."""
    word = _ministry_of_ressort(ctx, head) if head.lower().endswith("ressort") else None
    word = word or head
    return slug(SYNONYMS.get(word.lower(), word))


def _region_of(ctx: DocContext, word) -> str | None:
    """The region a word before an institution names: "steiermärkischen" (an adjective), "Tiroler"."""
    low = word.text.lower()
    if word.text[:1].islower():  # HanTa may not know a rare adjective ("steiermärkische": NN)
        return ctx.gaz.region_adjectives.get(ADJECTIVE_ENDING.sub("", low))
    return ctx.gaz.region_adjectives.get(low) if low.endswith("er") else None


def _person_key(name, persons_by_surname, persons_by_first_name, known_skeletons, persons_by_full,
                first_seen=None) -> tuple[str, str]:
    """A one-word name is the person of the document whose full name ends in it ("Lawrow"), also in the
    genitive ("Badawis": the name found as such when the model took the -s in), or else begins with it
    ("Zeid" for "Zeid Raad al-Hussein", "Frank pflegte ..." for "Frank Stronach", "Lee" for "Lee Jae-myung",
    whose family name comes first). Of several such persons it is the one the text introduced first ("Lee"
    after "Lee Jae-myung" and later "Lee Ju-ho"; "Bolsonaro" after "Jair Bolsonaro" and then his sons), whom a
    news text names by the bare name. Several words that begin the full name of one person of the document are
    that person: "Maria Giulia", genitive "Maria Giulias", after "Maria Giulia Sergio"."""
    def first(owners: set[str]) -> str:
        return min(owners, key=lambda key: ((first_seen or {}).get(key, 0), key))

    sk = skeleton(name)
    if sk in known_skeletons:
        return known_skeletons[sk], "transliteration"
    *given, last = name.split()
    for variant in (" ".join(w.replace("-", " ") for w in given), "-".join(given)) if given else ():
        if variant != " ".join(given) and skeleton(variant + " " + last) in persons_by_full:
            # "Hans-Jörg Schelling" after "Hans Jörg Schelling": one person, the given names written two ways
            return persons_by_full[skeleton(variant + " " + last)], "spelling"
    if " " in name and sk not in persons_by_full:
        for base in (sk, skeleton(name[:-1]) if name.endswith("s") else None):
            owners = {key for full, key in persons_by_full.items() if base and full.startswith(base + " ")}
            if len(owners) == 1:
                return next(iter(owners)), "first-names"
        # "Mansour Hadi" after "Abd Rabbo Mansour Hadi": the end of one person's full name
        owners = {key for full, key in persons_by_full.items() if full.endswith(" " + sk)}
        if len(owners) == 1:
            return next(iter(owners)), "surname"
    if " " not in name:
        owners = persons_by_surname.get(sk, set())
        if owners:
            return first(owners), "surname"
        if name.endswith(("s", "'", "’")) and not owners:
            owners = persons_by_surname.get(skeleton(name[:-1]), set())
            if owners:
                return first(owners), "surname"
        if not owners:
            owners = persons_by_first_name.get(sk, set())
            if owners:
                return first(owners), "first-name"
    return "sk-" + sk.replace(" ", "-"), "name"
