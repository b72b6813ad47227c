"""What every extractor needs to know about one processed document."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from ..gazetteer import Gazetteer
from ..types import Document, EntityRef, Position, Sentence

NEGATIONS = {"nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals", "nirgends",
             "niemand", "nichts", "weder"}


def sentence(token: Token | Span) -> Span:
    """The sentence of a token or span. spaCy's `token.sent` walks all sentences on every call;
    the bounds are computed once per doc here."""
    doc = token.doc
    bounds = doc.user_data.get("kg_sentence_bounds")
    if bounds is None:
        sents = list(doc.sents)
        bounds = doc.user_data["kg_sentence_bounds"] = ([s.start for s in sents], [s.end for s in sents])
    i = token.i if isinstance(token, Token) else token.start
    k = bisect_right(bounds[0], i) - 1
    return doc[bounds[0][k]:bounds[1][k]]


def sentence_before_start(token: Token) -> int:
    """The index of the first token of the sentence before the token's (its own when it is the first): where
    "the person just named" may stand."""
    start = sentence(token).start
    return sentence(token.doc[start - 1]).start if start > 0 else start


def skeleton(name: str) -> str:
    """A spelling-independent key for transliterated names.

    "Sergei"/"Sergej", "Selenskyj"/"Zelensky", "Lawrow"/"Lavrov" map to the same key.
    """
    s = unicodedata.normalize("NFKD", name.lower().replace("ß", "ss"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    for a, b in (("tsch", "ch"), ("sch", "sh"), ("kh", "ch"), ("ck", "k"), ("ph", "f"), ("w", "v"), ("z", "s"),
                 ("y", "i"), ("j", "i"), ("ie", "i")):
        s = s.replace(a, b)
    s = re.sub(r"[^a-z ]", "", s)
    return re.sub(r"(.)\1+", r"\1", s).strip()


# The federal states whose institutions and offices open with "Bundes-", Germany first.
FEDERAL_STATES = ("deutschland", "oesterreich", "schweiz")


@dataclass
class DocContext:
    doc: Doc
    document: Document
    gaz: Gazetteer
    sentences: list[Sentence] = field(default_factory=list)
    sent_of_token: list[int] = field(default_factory=list)
    # token index -> (entity span, reference) for every token inside an entity
    ent_at: dict[int, tuple[Span, EntityRef]] = field(default_factory=dict)
    # (office lemma, state key) -> holder, filled by the position extractor
    holders: dict[tuple[str, EntityRef | None], EntityRef] = field(default_factory=dict)
    # holder -> the organizations the text gives them an office of ("SPD-Chef X"), filled by the position extractor
    holder_organizations: dict[EntityRef, set[EntityRef]] = field(default_factory=dict)
    # person -> the candidacy the text gives them ("Präsidentschaftskandidat"), filled by the position extractor
    candidates: dict[EntityRef, str] = field(default_factory=dict)
    # the offices the text gives, filled by the position extractor
    positions: list[Position] = field(default_factory=list)
    # office noun's token index -> the person the position extractor found holding it, named or referred back to
    office_refs: dict[int, EntityRef] = field(default_factory=dict)
    # acronyms the text introduces in brackets after an organization's name: "OERAK" -> its organization
    acronyms: dict[str, EntityRef] = field(default_factory=dict)
    # sentence index -> who speaks in it, filled by the statement extractor as it goes through the document
    speakers: dict[int, set[EntityRef]] = field(default_factory=dict)

    reference_date: object = None  # the document's date, else the latest full date its text gives

    # The indexes below are built once, after collect_entities has filled ent_at (extractors only read it).
    @cached_property
    def ent_at_text(self) -> dict[str, EntityRef]:
        """Entities by the text of their mentions (for compound parts that name them: "HDP-Chef")."""
        return {span.text: ref for span, ref in self.ent_at.values()}

    @cached_property
    def surnames(self) -> dict[str, EntityRef]:
        """Persons by the last word of their names ("Trump" in "Trump-Putin-Gipfel")."""
        return {span._.kg_name.split()[-1]: ref for span, ref in self.ent_at.values()
                if ref.kind == "person" and span._.kg_name}

    def mentions_between(self, ref: EntityRef, start: int, end: int) -> list[Span]:
        """The mentions of `ref` that begin in tokens [start, end) (binary search, not a scan)."""
        spans = self.mentions.get(ref, [])
        starts = self._mention_starts.setdefault(ref, [s.start for s in spans])
        return spans[bisect_left(starts, start):bisect_left(starts, end)]

    @cached_property
    def _mention_starts(self) -> dict[EntityRef, list[int]]:
        return {}

    @cached_property
    def mentions(self) -> dict[EntityRef, list[Span]]:
        """The mention spans of each entity, in document order."""
        out: dict[EntityRef, list[Span]] = {}
        for span, ref in sorted({(s.start, s.end): (s, r) for s, r in self.ent_at.values()}.values(),
                                key=lambda x: x[0].start):
            out.setdefault(ref, []).append(span)
        return out

    def sentence_of(self, token: Token) -> int:
        return self.sent_of_token[token.i]

    def entity(self, token: Token) -> tuple[Span, EntityRef] | None:
        return self.ent_at.get(token.i)

    def state_of_word(self, token: Token) -> EntityRef | None:
        """The state an adjective ("russischen"), a compound prefix ("US-") or a name refers to."""
        hit = self.ent_at.get(token.i)
        if hit and hit[1].kind == "state":
            return hit[1]
        text = token.text
        if token.tag_.startswith("ADJ") or text[:1].islower():
            lemma = token.lemma_.lower()
            for form in (lemma, re.sub(r"(e|en|er|es|em)$", "", text.lower())):
                if form in self.gaz.adjectives:
                    return EntityRef("state", self.gaz.adjectives[form])
        return None

    def federal_state(self) -> EntityRef:
        """The state "Bundes-" means in this text ("Bundesregierung", "Bundesaußenministerin"): of the federal
        states (Germany, Austria, Switzerland), the one its mentions point to most, by the state's name or by its
        towns, regions, parties and bodies ("Wien", "Steiermark", "ÖVP": an Austrian text names Austria rarely);
        Germany on a tie or without any."""
        votes = Counter()
        for ref in {(span.start, span.end): ref for span, ref in self.ent_at.values()}.values():  # each mention once
            if ref.kind == "state" and ref.key in FEDERAL_STATES:
                votes[ref.key] += 1
            elif ref.key in self.gaz.federal_members:
                votes[self.gaz.federal_members[ref.key]] += 1
        best = max(FEDERAL_STATES, key=lambda key: votes[key])  # the first of a tie: Germany
        return EntityRef("state", best)

    def prefix_states(self, token: Token) -> list[EntityRef]:
        """States named by the first parts of a hyphen compound: "US-Präsident", "Russland-Ukraine-Konflikt"."""
        parts = token.text.split("-")[:-1]
        out = []
        for part in parts:
            sid = self.gaz.prefixes.get(part)
            if sid is None and part.lower() in self.gaz.adjectives:
                sid = self.gaz.adjectives[part.lower()]
            if sid is not None:
                out.append(EntityRef("state", sid))
        return out

    def office_state(self, token: Token) -> EntityRef | None:
        """The state an office noun is tied to by a compound prefix ("US-Außenminister") or an
        adjective before it ("der russische Außenminister")."""
        states = self.prefix_states(token)
        if states:
            return states[0]
        i = token.i - 1
        while i >= 0 and self.doc[i].tag_ in ("ADJA", "ADJD"):
            state = self.state_of_word(self.doc[i])
            if state is not None:
                return state
            i -= 1
        return None

    def genitive_state_after(self, token: Token) -> EntityRef | None:
        """ "die Außenminister Frankreichs und Deutschlands", "der Botschafter der USA": a state in the genitive
        right after the office."""
        doc, i = self.doc, token.i + 1
        article = i < len(doc) and doc[i].lower_ in ("der", "des")
        i += article
        hit = self.entity(doc[i]) if i < len(doc) else None
        if hit is None or hit[1].kind != "state" or hit[0].start != i:
            return None
        return hit[1] if article or doc[hit[0].end - 1].text.endswith("s") else None

    def office_holder(self, token: Token) -> EntityRef | None:
        """ "dem US-Außenminister" without a name: the holder of that office named elsewhere in the document."""
        if token.i in self.office_refs:
            return self.office_refs[token.i]  # "Kaczyński ... der ehemalige Ministerpräsident"
        office = self.gaz.office_of(token.text)
        if office is None:
            return None
        if self.called_former(token):
            # "sagte der frühere niederländische Regierungschef": not the one who holds the office now
            former = {p.holder for p in self.positions if self._former(p) and self._named_before(p.holder, token.i)
                      and (p.office in office or self.gaz.office_of(p.office) == office)}
            if not former:
                # "Rutte sprach von einem Quantensprung. ..., sagte der frühere niederländische Regierungschef": a
                # description of the one person who spoke in the sentence before, if no one holds the office now
                current = {p.holder for p in self.positions if p.office in office or self.office_kind(
                    p.office) == self.office_kind(office[0])}
                former = {ref for ref in self.speakers.get(self.sentence_of(token) - 1, set())
                          if ref.kind == "person" and ref not in current}
            return next(iter(former)) if len(former) == 1 else None
        state = self.office_state(token)
        if state is None:  # "der Kremlchef": the head of the state whose seat of government the compound names
            state = next((EntityRef("state", at) for seat, at in GOVERNMENT_SEATS.items()
                          if token.text.startswith(seat) and len(token.text) > len(seat)), None)
        holder = self.holders.get((office[0], state)) or self.holders.get((office[1], state))
        if holder is not None and state is None:
            # "der Präsident" with no state, when the text gives that office to several persons named before (the
            # holders keep the first)
            holders = self._recent_holders(office, token, {holder})
            holder = next(iter(holders)) if len(holders) == 1 else None
        if holder is None and office[0] in OFFICE_SYNONYMS:
            # "der französische Chefdiplomat" after "Außenminister Jean-Noël Barrot" (of France)
            same = {h for (o, at), h in self.holders.items() if o == OFFICE_SYNONYMS[office[0]]
                    and (at == state or state is None) and self._named_before(h, token.i)}
            holder = next(iter(same)) if len(same) == 1 else None
        entry = self.gaz.offices.get(office[0])
        if holder is None and state is not None and entry is not None and entry.kind in ONE_PER_BODY:
            # "der äthiopische Regierungschef" after "Ministerpräsident Abiy Ahmed" of Ethiopia: one office of a kind
            # that a state has once
            same = {h for (o, at), h in self.holders.items() if at == state and self.office_kind(o) == entry.kind
                    and not o.startswith(("Ex-", "Alt-"))}
            holder = next(iter(same)) if len(same) == 1 else None
        if holder is None and state is None:
            # "der Premierminister" alone: the one holder of that office in the document, if there is one;
            # "der Kanzler" is the one "Bundeskanzler" (a compound's head names its office); "der Vorsitzende"
            # is the one "Parteichef", "der Regierungschef" the one "Premierminister" (offices of one kind that
            # a party or a state has once)
            forms = tuple(form.lower() for form in office)
            kind = entry.kind if entry is not None and entry.kind in ONE_PER_BODY else None
            # only holders named before the office: "der Staatschef" is not a head of state the text names later
            holders = {h for (o, _), h in self.holders.items()
                       if (o in office or self.gaz.office_of(o) == office or o.lower().endswith(forms))
                       and self._named_before(h, token.i)}
            if len(holders) > 1:
                holders = self._recent_holders(office, token, holders)
            if not holders and kind is not None:
                holders = {h for (o, _), h in self.holders.items()
                           if self.office_kind(o) == kind and not o.startswith(("Ex-", "Alt-"))
                           and self._named_before(h, token.i)}
                # "..., sagte Fico. ... Zugleich betonte der Regierungschef": of several heads of government the
                # text names, the one who spoke in the sentence before
                spoke = holders & self.speakers.get(self.sentence_of(token) - 1, set())
                holders = spoke if len(spoke) == 1 else holders
            body = _chief_of(token.text)
            if not holders and body is not None:
                # "die Kommissionschefin" after "Kommissionspräsidentin Ursula von der Leyen": the chief of the
                # same body, whichever word names the head
                holders = {h for (o, _), h in self.holders.items()
                           if _chief_of(o) == body and self._named_before(h, token.i)}
            body = self.office_organization(token)
            if body is not None:  # "der PiS-Vorsitzende" is no chief the text gives another party
                own = {h for h in holders if body in self.holder_organizations.get(h, ())}
                holders = own or {h for h in holders if h not in self.holder_organizations}
            holder = next(iter(holders)) if len(holders) == 1 else None
        return holder

    def called_former(self, token: Token) -> bool:
        """ "der frühere Regierungschef", "der Ex-Präsident": an office noun its text calls a former one."""
        if token.text.startswith(("Ex-", "Alt-")):
            return True
        i = token.i - 1
        while i >= 0 and self.doc[i].tag_ in ("ADJA", "ADJD"):
            if self.former_qualifier(self.qualifier(self.doc[i])):
                return True
            i -= 1
        return False

    def qualifier(self, token: Token) -> str | None:
        """The lemma of an office's qualifier: "früheren" -> "früher" (HanTa reads a comparative of "früh"),
        "stellvertretende" -> "stellvertretend"; an adverb of former office stands for its adjective: "X (vormals
        Bürgermeister)" -> "vormalig"."""
        low = token.text.lower()
        if low in ADVERB_QUALIFIERS and ADVERB_QUALIFIERS[low] in self.gaz.qualifiers:
            return ADVERB_QUALIFIERS[low]
        for form in (token.lemma_.lower(), low, low[:-1], low[:-2]):
            if form in self.gaz.qualifiers:
                return form
        return None

    def former_qualifier(self, qualifiers: str | None) -> bool:
        """Whether qualifiers of an office ("früher", "stellvertretend früher") call it a former one."""
        return any(self.gaz.qualifiers.get(q) == "former" for q in (qualifiers or "").split())

    def _former(self, position: Position) -> bool:
        return self.former_qualifier(position.qualifier) or position.role.startswith(("Ex-", "Alt-"))

    def _recent_holders(self, office: tuple[str, str], token: Token, holders: set[EntityRef]) -> set[EntityRef]:
        """Of the persons named before `token` who hold `office` (`holders` and those the positions give it),
        the one who spoke in the sentence before ("Lula selbst äußerte sich zurückhaltend. ... sagte der
        Präsident"), else those not called former ("der frühere Präsident Jair Bolsonaro")."""
        held = [p for p in self.positions if p.office in office and self._named_before(p.holder, token.i)]
        holders = holders | {p.holder for p in held}
        if len(holders) < 2:
            return holders
        spoke = holders & self.speakers.get(self.sentence_of(token) - 1, set())
        if len(spoke) == 1:
            return spoke
        former = {p.holder for p in held if self._former(p)}
        current = {h for h in holders if h not in former or any(p.holder == h and not p.qualifier for p in held)}
        return current or holders

    def _named_before(self, ref: EntityRef, i: int) -> bool:
        return any(span.start < i for span in self.mentions.get(ref, []))

    def office_kind(self, office: str) -> str | None:
        """The kind of an office ("head_of_government" for "Regierungschef"), None when it is not curated."""
        known = self.gaz.office_of(office)
        entry = self.gaz.offices.get(known[0]) if known else None
        return entry.kind if entry is not None else None

    def office_organization(self, token: Token) -> EntityRef | None:
        """The organization an office noun names as its own: by a prefix ("PiS-Vorsitzender") or a genitive
        after it ("der Vorsitzende der Partei Recht und Gerechtigkeit")."""
        if "-" in token.text:
            return self.prefix_organization(token)
        k = token.i + 1
        doc = self.doc
        if k < len(doc) and doc[k].lower_ in ("der", "des"):
            k += 1
            while k < len(doc) and (doc[k].tag_ == "ADJA" or doc[k].text in ("Partei", "Fraktion")):
                k += 1
            hit = self.ent_at.get(k)
            if hit is not None and hit[1].kind == "organization":
                return hit[1]
        return None

    def prefix_organization(self, token: Token) -> EntityRef | None:
        """The organization a compound's first parts name, curated or named in the text: "SPÖ-Chef",
        "Ex-ÖVP-Chef" (past the qualifying prefix), "HDP-Chef"."""
        parts = token.text.split("-")[:-1]
        body = "-".join(parts[1:] if parts and parts[0] in QUALIFYING_PREFIXES else parts)
        if not body:
            return None
        known = next((x for x in self.gaz.lookup(body) if x.kind == "organization"), None)
        if known is not None:
            return EntityRef("organization", known.id)
        named = self.ent_at_text.get(body)
        return named if named is not None and named.kind == "organization" else None

    def capital_state(self, name: str) -> EntityRef | None:
        """The state whose capital `name` is ("Doha" -> Katar), when the text names that state too: the graph
        holds only what the text speaks of."""
        state = EntityRef("state", self.gaz.capitals.get(name, ""))
        return state if state in self.mentions else None

    def institution_state(self, ref: EntityRef) -> EntityRef | None:
        """The state of a state's institution ("institution-israel-armee" -> Israel): the state acts through
        it ("die israelische Armee flog einen Angriff": Israel takes part)."""
        if not ref.key.startswith("institution-"):
            return None
        rest = ref.key.removeprefix("institution-")
        for k in range(len(rest) - 1, 0, -1):
            if rest[k] == "-" and self.gaz.get("state", rest[:k]) is not None:
                return EntityRef("state", rest[:k])
        return None

    def body_state(self, body: EntityRef) -> EntityRef | None:
        """The state whose institution `body` is: "institution-israel-aussenministerium", or a curated one whose
        name has the state's prefix ("US-Außenministerium")."""
        state = self.institution_state(body)
        known = self.gaz.get("organization", body.key) if state is None else None
        if known is None or "-" not in known.name:
            return state
        prefixed = next((x for x in self.gaz.lookup(known.name.split("-")[0]) if x.kind == "state"), None)
        return EntityRef("state", prefixed.id) if prefixed is not None else None

    def person_gender(self, ref: EntityRef) -> str | None:
        """ "m" or "f" by the first name of the person's fullest mention, None when it is not known."""
        names = [span._.kg_name for span in self.mentions.get(ref, []) if span._.kg_name]
        if not names:
            return None
        first = max(names, key=len).split()[0]
        gender = self.gaz.first_name_gender.get(first)
        if gender in ("m", "f"):
            return gender
        for span in self.mentions.get(ref, []):
            # "Unterrichtsministerin Gabriele Heinisch-Hosek": an office's feminine form before the name tells (a
            # first name like "Gabriele" does not)
            before = self.doc[span.start - 1] if span.start > 0 else None
            office = self.gaz.office_of(before.text, named=True) if before is not None and before.tag_ == "NN" \
                else None
            if office is not None and office[1].lower().endswith(office[0].lower() + "in"):
                return "f"  # (a masculine form tells nothing: "die Abgeordnete", "der Abgeordnete")
        return None

    def negated(self, span: Span) -> bool:
        return any(t.lower_ in NEGATIONS for t in span)


ACTORS = ("person", "state", "organization")
# Adverbs of former office that stand for their adjective: "X (vormals Bürgermeister)"
ADVERB_QUALIFIERS = {"vormals": "vormalig", "ehemals": "ehemalig", "einst": "einstig"}
# Offices named by another word for the same office: "der Chefdiplomat" is the foreign minister
OFFICE_SYNONYMS = {"Chefdiplomat": "Außenminister"}
# Heads of compounds that name the chief of the body their first part names: "Kommissionschefin",
# "Kommissionspräsidentin", "Fraktionsvorsitzende", "Institutsleiter" (longest forms first)
CHIEF_HEADS = ("präsidentin", "präsidenten", "präsident", "vorsitzender", "vorsitzenden", "vorsitzende",
               "leiterin", "leiter", "chefin", "chefs", "chef")


def _chief_of(office: str) -> str | None:
    """The body a compound office names the chief of ("EU-Kommissionschefin" -> "kommissions"), None for other
    offices and for a qualifier as the first part ("Vizepräsident", "Ex-Chef")."""
    word = office.rsplit("-", 1)[-1].lower()
    head = next((h for h in CHIEF_HEADS if word.endswith(h)), None)
    body = word[:-len(head)] if head else ""
    return body if len(body) >= 4 and not body.startswith(("vize", "ehren", "stell", "alt")) else None


# Prefixes that qualify an office rather than name whose it is: "Ex-ÖVP-Chef", "Vize-Präsident"
QUALIFYING_PREFIXES = ("Ex", "Alt", "Vize")
# Seats of government that form offices of their state in closed compounds ("Kremlchef", "Kremlsprecher").
GOVERNMENT_SEATS = {"Kreml": "russland"}
# Kinds of office that one party or state has one holder of at a time: "der Vorsitzende" is the "Parteichef" named.
ONE_PER_BODY = ("party", "head_of_government", "head_of_state")
# Nouns that name a source of what a sentence reports: "nach Angaben des Militärs", "nach Einschätzung der
# Vereinten Nationen", "nach Informationen des STANDARD" (a source speaks, and takes no part in an event told)
SOURCE_NOUNS = {"Angaben", "Angabe", "Worten", "Informationen", "Einschätzung", "Darstellung", "Ansicht", "Auffassung",
                "Erkenntnissen", "Schätzungen", "Berichten", "Argumentation", "Lesart", "Sichtweise", "Meinung",
                "Bericht", "Recherchen", "Schätzung", "Berechnungen", "Aussagen", "Zählung", "Mitteilung"}
SUBORDINATORS = {"PRELS", "KOUS", "PWAV", "PRELAT"}
# Words that open a relative clause and that HanTa may tag otherwise ("derzufolge": VVFIN).
RELATIVE_ADVERBS = {"derzufolge", "demzufolge", "wonach", "weshalb", "wodurch", "womit", "worauf", "wobei"}


def _opens_clause(token: Token) -> bool:
    return token.tag_ in SUBORDINATORS or token.lower_ in RELATIVE_ADVERBS


CLAUSE_CONJUNCTIONS = {"und", "oder", "aber", "sowie"}


def _conjoined_clause(doc, sent: Span, i: int) -> bool:
    """Whether a clause of its own opens at i: ", und bestätigte, dass ..." (a finite verb whose subject is the
    main clause's) or ", und dass ..." (a second subordinate clause) after a clause that the comma closes."""
    return sent.start + 1 < i < sent.end and doc[i - 1].lower_ in CLAUSE_CONJUNCTIONS and doc[i - 2].text == "," \
        and (doc[i].tag_ in ("VVFIN", "VAFIN", "VMFIN") or _opens_clause(doc[i]))


def _closes_clause(doc, sent: Span, i: int) -> bool:
    """A participle or infinitive at i that ends its clause ("getroffen." or "getroffen hatte"): the verbal bracket's
    right part, after an apposition's closing comma, not a clause of its own."""
    nxt = doc[i + 1] if i + 1 < sent.end else None
    return doc[i].tag_ in ("VVPP", "VVINF", "VAPP", "VAINF") and (
        nxt is None or nxt.is_sent_end or nxt.text in (".", "!", "?") or nxt.tag_ in ("VAFIN", "VMFIN"))


def skip_attributes(doc, k: int, direction: int, start: int, ctx: DocContext | None = None) -> int:
    """The first index from k, walking in direction, that is not an article, possessive or attributive adjective
    (nor, given ctx, an office before a name: "und Sozialsprecherin Judith Schwentner", "und seine Stellvertreterin
    X")."""
    while start <= k < len(doc) and (doc[k].tag_ in ("ART", "ADJA", "PPOSAT") or (
            ctx is not None and doc[k].tag_ == "NN" and ctx.gaz.office_of(doc[k].text) and not ctx.entity(doc[k]))):
        k += direction
    return k


def clause_bounds(token: Token) -> tuple[int, int, Token | None]:
    """(start, end, opener) of the clause around `token`; opener is the relative pronoun or
    conjunction that opens a subordinate clause ("der", "dass"), else None.

    Clauses are cut at a comma that is followed by a subordinating word, at colons, semicolons
    and dashes; a plain comma (an apposition, an enumeration) does not end a clause.
    """
    sent = sentence(token)
    doc = token.doc
    start = token.i
    opener = None
    while start > sent.start:
        prev = doc[start - 1]
        inserted = _dash_pair(doc, sent, start - 1, -1)
        if inserted is None and prev.text == "“":
            inserted = quoted_phrase(doc, sent, start - 1, -1)
        if inserted is not None:  # "der Sicherheitsrat – einschließlich China und Russland – verhängte"
            start = inserted
            continue
        if prev.text in (";", ":", "–", "—", "„", "“") or (prev.text == "," and _opens_clause(doc[start])):
            if _opens_clause(doc[start]):
                opener = doc[start]
            break
        if prev.text == "," and doc[start].pos_ in ("VERB", "AUX") and not _closes_clause(doc, sent, start):
            break  # ", sagte Lawrow"; but "hatte sich mit dem Minister, Ron Dermer, getroffen" is one clause
        if _conjoined_clause(doc, sent, start):
            if _opens_clause(doc[start]):
                opener = doc[start]
            break
        start -= 1
    if start == sent.start and doc[start].tag_ in SUBORDINATORS:
        opener = doc[start]
    end = token.i + 1
    while end < sent.end:
        inserted = _dash_pair(doc, sent, end, 1)
        if inserted is None and end > token.i and doc[end].text == "„":
            inserted = quoted_phrase(doc, sent, end, 1)
        if inserted is not None:
            end = inserted + 1
            continue
        if doc[end].text in (";", ":", "–", "—") or (
                doc[end].text == "," and end + 1 < sent.end and (_opens_clause(doc[end + 1]) or (
                    doc[end + 1].tag_ in ("VVFIN", "VAFIN", "VMFIN") and end > token.i + 1))) or (
                doc[end].text == "," and _conjoined_clause(doc, sent, end + 2)):
            break  # "Das Establishment sagt nicht die Wahrheit, schrieb Farage": the report is a clause of its own
        end += 1
    return start, end, opener


DASHES = ("–", "—")
MAX_QUOTED_PHRASE = 8


def quoted_phrase(doc, sent: Span, i: int, step: int) -> int | None:
    """Where a short quoted phrase without a finite verb ends (step 1, from its "„") or begins (step -1, from its
    "“"): "der zuvor „maximale Zurückhaltung“ angemahnt hatte", "nannte die Vereinbarung „unausgewogen“ und
    forderte" are one clause (HanTa may tag such a word a participle); a quoted sentence is not skipped."""
    opening, closing = ("„", "“") if step == 1 else ("“", "„")
    if doc[i].text != opening:
        return None
    for j in range(i + step, i + step * (MAX_QUOTED_PHRASE + 1), step):
        if not sent.start <= j < sent.end or doc[j].text in (",", ":", ";", ".", opening) or doc[j].tag_ in (
                "VVFIN", "VAFIN", "VMFIN", "VVIMP", "VAIMP"):
            return None
        if doc[j].text == closing:
            return j
    return None


def _dash_pair(doc, sent: Span, i: int, step: int) -> int | None:
    """Where a short insertion set off by two dashes ends (step 1) or begins (step -1), when the dash at i opens
    (closes) one: "der UN-Sicherheitsrat – einschließlich China und Russland – die Strafmaßnahmen verhängte".
    No finite verb inside (a dash before a clause ends the clause), and no dateline ("Istanbul – Der ...")."""
    if doc[i].text not in DASHES:
        return None
    k = i + step
    while sent.start <= k < sent.end and abs(k - i) <= 8:
        if doc[k].text in DASHES:
            first = min(i, k)
            inside = doc[first + 1:max(i, k)]
            if len(inside) == 0 or any(t.tag_ in ("VVFIN", "VAFIN", "VMFIN", "$.") or t.text in (",", ":", ";")
                                       for t in inside):
                return None
            if all(t.text[:1].isupper() or not t.is_alpha for t in doc[sent.start:first]):
                return None  # "Istanbul – ...": a dateline before the first dash
            return k
        k += step
    return None


# Nouns that end a temporal phrase: "am Montag X empfangen" names X outside the phrase.
TIME_NOUNS = {"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "sonnabend",
              "wochenende", "abend", "morgen", "vormittag", "nachmittag", "mittag", "januar", "jänner", "februar",
              "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"}


def _walk_back(ctx: DocContext, start: int, limit: int, tags: tuple[str, ...]) -> int:
    """Index of the first word before `start` that is not an office title or one of `tags`."""
    doc = ctx.doc
    i = start - 1
    while i >= limit and (doc[i].tag_ in tags or (
            doc[i].text[:1].isupper() and doc[i].tag_ == "NN" and ctx.gaz.office_of(doc[i].text))):
        i -= 1
    return i


def first_entity(ctx: DocContext, start: int, end: int) -> tuple[Span, EntityRef] | None:
    """The first entity from token `start` to before `end` ("der Bank of Canada", "aus der EU")."""
    return next((hit for j in range(start, end) if (hit := ctx.entity(ctx.doc[j]))), None)


def in_prepositional_phrase(ctx: DocContext, start: int, limit: int) -> bool:
    """Whether the entity starting at `start` is governed by a preposition ("mit dem US-Außenminister X")."""
    i = _walk_back(ctx, start, limit, ("ART", "ADJA", "PPOSAT", "CARD", "ADV"))
    skipped_noun = False
    while i >= limit and (ctx.doc[i].text in ("Herrn", "Herr", "Frau") or (
            ctx.doc[i].tag_ == "NN" and i == start - 1 and ctx.doc[i].lower_ not in TIME_NOUNS)):
        # "im Schwarzmeerort Rize", "mit Herrn X"; not "am Montag X", where the phrase ends with the day
        skipped_noun = skipped_noun or ctx.doc[i].tag_ == "NN"
        i -= 1
        while i >= limit and ctx.doc[i].tag_ in ("ART", "ADJA", "PPOSAT"):
            i -= 1
    if i - 1 >= limit and i < start - 1 and ctx.doc[i].lower_ == "und" and ctx.doc[i - 1].tag_ == "NN" \
            and ctx.doc[i - 1].text[:1].isupper() and ctx.gaz.office_of(ctx.doc[i - 1].text):
        # "rund um Kanzler und SPÖ-Chef Werner Faymann": past the first of two coordinated titles
        i = _walk_back(ctx, i, limit, ("ART", "ADJA", "PPOSAT"))
    if skipped_noun and i - 1 >= limit and ctx.doc[i - 1].tag_ == "NN" and ctx.gaz.office_of(ctx.doc[i - 1].text):
        return False  # "der UN-Hochkommissar für Menschenrechte Zeid": the phrase belongs to the office
    return i >= limit and ctx.doc[i].tag_ in ("APPR", "APPRART", "APPO")


def in_genitive(ctx: DocContext, start: int, limit: int) -> bool:
    """ "der Vorschlag des US-Präsidenten Donald Trump": an attribute, not the subject."""
    i = _walk_back(ctx, start, limit, ("ADJA",))
    if i == start - 1 and i > limit and ctx.doc[i].tag_ == "NN" and not ctx.entity(ctx.doc[i]):
        i = _walk_back(ctx, i, limit, ("ADJA",))  # past the kind of name: "der Vorsitzende der Partei X"
    if i >= limit + 1 and ctx.doc[i].lower_ in ("der", "einer") and ctx.doc[i - 1].tag_ == "NN":
        return True  # feminine or plural genitive after a noun: "die Präsidentin der EU-Kommission"
    return i >= limit and ctx.doc[i].lower_ in ("des", "eines")


def pronoun_antecedent(ctx: DocContext, token: Token) -> EntityRef | None:
    """ "er"/"sie" as a subject: the nearest person mentioned before (in this or the three sentences before), by
    name or by an office whose holder the text names, whose first name is not of the other gender ("Anna Berger
    traf Hans Gruber. Sie sagte ..." -> Anna Berger)."""
    if token.text == "Sie" and not token.is_sent_start:
        return None  # "sehen Sie in dieser Animation": the reader, addressed
    gender = {"er": "m", "ihn": "m", "ihm": "m", "sie": "f", "sein": "m", "seine": "m", "seiner": "m", "seinen": "m",
              "seinem": "m", "ihrer": "f", "ihren": "f", "ihrem": "f"}.get(token.lower_)
    # "Eine Debatte über X sieht er nicht": a name in a phrase of the pronoun's own clause is not its antecedent
    # (the same person would be "über sich")
    clause_start = token.i
    while clause_start > 0 and not ctx.doc[clause_start - 1].is_sent_end and ctx.doc[clause_start - 1].text not in (
            ",", ";", ":", "–", "„", "“", '"'):
        clause_start -= 1
    hits = ((k, ctx.entity(ctx.doc[k])) for k in range(clause_start, token.i))
    skip = {k for k, hit in hits if hit and in_prepositional_phrase(ctx, hit[0].start, clause_start)}
    found = _speaker_before(ctx, token, gender)
    if found is not None:
        return found
    # "X erwähnte ... Die Sonne stehe für Jesus. ..., warnte er": a person named outside a phrase of a preposition
    # before one named only inside one
    index = ctx.sentence_of(token)
    window = bisect_left(ctx.sent_of_token, index - ANTECEDENT_SENTENCES)
    # so before one named only in a genitive attribute ("Paz, Sohn des früheren Präsidenten Jaime Paz Zamora, war
    # ... In seiner Siegesrede versprach er": Paz)
    inside = _named_in_phrases(ctx, window, clause_start)
    return _person_before(ctx, token.i - 1, index, gender, _person_by_noun, skip | inside) \
        or _person_before(ctx, token.i - 1, index, gender, _person_by_noun, skip)


def _speaker_before(ctx: DocContext, token: Token, gender: str | None) -> EntityRef | None:
    """ "X hatte Y vorgeworfen, er unterhalte Kontakte. Er forderte ...": the subject of a main clause stays the
    one person who spoke in the sentence before, though another was named after them."""
    sent = sentence(token)
    if not (token.i == sent.start or token.i - 1 > sent.start and ctx.doc[token.i - 1].tag_ in (
            "VVFIN", "VAFIN", "VMFIN")):
        return None  # "Er forderte", "Dann forderte er"; not "..., dass er"
    persons = {ref for ref in ctx.speakers.get(ctx.sentence_of(token) - 1, ())
               if ref.kind == "person" and (gender is None or ctx.person_gender(ref) in (gender, None))}
    return next(iter(persons)) if len(persons) == 1 else None


def _person_by_noun(ctx: DocContext, token: Token) -> EntityRef | None:
    """The person a noun refers back to: the holder of an office that opens its sentence ("Die Innenministerin
    hatte das angekündigt. ..., betonte sie"; not "Sollte der FPÖ-Chef geklagt haben", someone spoken of) or is
    the subject after a verb ("..., betonte der Kanzler. Einmal mehr forderte er"), or the one a description
    stands for ("setzt der 71-Jährige auf Optimismus. ... bekennt er"). Not an office in an "als" phrase
    ("Als Ministerpräsidenten nominierte er X": what X becomes)."""
    if token.tag_ == "NN" and ctx.gaz.office_of(token.text) and (
            token.i - sentence(token).start <= 2 or _subject_after_verb(token)) and not _as_office(token):
        holder = ctx.office_holder(token)
        return holder if holder is not None and holder.kind == "person" else None
    if token.tag_ in ("NN", "ADJA") and token.text.rsplit("-", 1)[-1][:1].isupper():
        return described_person(ctx, token)
    return None


def _as_office(token: Token) -> bool:
    """ "Als (neuer) Ministerpräsident": an office in an "als" phrase."""
    k = token.i - 1
    while k >= 0 and token.doc[k].tag_ in ("ADJA", "ADJD"):
        k -= 1
    return k >= 0 and token.doc[k].lower_ == "als"


def _subject_after_verb(token: Token) -> bool:
    """ "betonte der Kanzler": a noun with a nominative article right after a finite verb."""
    doc = token.doc
    k = token.i - 1
    while k > 0 and doc[k].tag_ == "ADJA":
        k -= 1
    return k > 0 and doc[k].lower_ in ("der", "die") and doc[k - 1].tag_ in ("VVFIN", "VAFIN", "VMFIN")


# How far back a pronoun or a description looks for its person, in sentences before its own.
ANTECEDENT_SENTENCES = 3


def _person_before(ctx: DocContext, k: int, sent_index: int, gender: str | None,
                   by_noun=None, skip: set[int] = frozenset()) -> EntityRef | None:
    """The nearest person named at or before token k (not at a token in `skip`), back to ANTECEDENT_SENTENCES
    sentences before `sent_index`, whose first name is not of the other gender; `by_noun` also finds one
    through a noun."""
    for j in range(k, -1, -1):
        if ctx.sent_of_token[j] < sent_index - ANTECEDENT_SENTENCES:
            break
        if j in skip:
            continue
        hit = ctx.entity(ctx.doc[j])
        ref = hit[1] if hit else by_noun(ctx, ctx.doc[j]) if by_noun else None
        if ref is not None and ref.kind == "person" and (gender is None or ctx.person_gender(ref) in (gender, None)):
            return ref
    return None


# Nouns that describe a person named before, by party, age or trade: "der SPD-Politiker", "die 62-Jährige",
# "der Sozialdemokrat". Not offices, which have holders of their own ("der Außenminister" may be another).
DESCRIPTION_ENDINGS = ("politiker", "politikerin", "jährige", "jähriger", "demokrat", "demokratin", "abgeordnete",
                       "abgeordneter", "mandatar", "mandatarin", "populist", "populistin", "sozialist", "sozialistin",
                       "kommunist", "kommunistin", "nationalist", "nationalistin", "republikaner", "republikanerin")


def described_person(ctx: DocContext, token: Token) -> EntityRef | None:
    """ "erklärte der SPD-Politiker", "Die 62-Jährige sagte": a singular description after "der"/"die" stands for
    the nearest person before it (in this or the three sentences before) of the article's gender."""
    doc = ctx.doc
    k = token.i - 1
    while k >= 0 and doc[k].tag_ == "ADJA":
        k -= 1
    article = doc[k].lower_ if k >= 0 else ""
    gender = "m" if article == "der" else "f"
    demonym = gender in ctx.gaz.demonyms.get(token.lower_, {}) and not (  # "erklärte die Slowenin"
        token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper())  # not "die Deutsche Bank"
    if article not in ("der", "die") or not (token.lower_.endswith(DESCRIPTION_ENDINGS) or demonym):
        return None
    # a description does not take up a name of its own sentence: "Er habe Paz angerufen, sagte der 65-Jährige",
    # "In einem Schreiben an Präsident X begründete der 73-Jährige": X and Paz are spoken of, the one described
    # was named before (a writer would say "er" or the name again, not describe someone he has just named)
    # nor a name inside a quotation ("„Präsident Trump versucht, uns zu brechen.“ ... versprach der 60-Jährige"):
    # the one quoted speaks of him
    # and a subject before a name in a phrase of a preposition or a genitive ("X, der mit US-Handelsminister Y
    # verhandelt hatte, verteidigte das Ergebnis. ..., sagte der Slowake": X), as for "er"
    start = sentence(token).start
    index = ctx.sentence_of(token)
    window = bisect_left(ctx.sent_of_token, index - ANTECEDENT_SENTENCES)
    quoted = _quoted_between(ctx.doc, window, start)
    inside = _named_in_phrases(ctx, window, start, relative=True)
    return _person_before(ctx, start - 1, index, gender, skip=quoted | inside) \
        or _person_before(ctx, start - 1, index, gender, skip=quoted)


def _named_in_phrases(ctx: DocContext, start: int, end: int, relative: bool = False) -> set[int]:
    """The tokens of persons named between start and end inside a phrase of a preposition or a genitive
    attribute (with `relative`, also inside a relative clause): spoken of, so taken up last by "er" or "der
    73-Jährige"."""
    doc = ctx.doc
    return {j for j in range(start, end) if (hit := ctx.entity(doc[j])) and hit[1].kind == "person"
            and (in_prepositional_phrase(ctx, hit[0].start, sentence(doc[j]).start)
                 or in_genitive(ctx, hit[0].start, sentence(doc[j]).start)
                 or relative and _in_relative_clause(doc[j]))}


def _in_relative_clause(token: Token) -> bool:
    """ "X, der mit Y verhandelt hatte": a token inside a relative clause (on someone else)."""
    opener = clause_bounds(token)[2]
    return opener is not None and opener.tag_ == "PRELS"


def _quoted_between(doc, start: int, end: int) -> set[int]:
    """The tokens between start and end that stand inside a quotation („...“)."""
    inside, depth = set(), 0
    for t in doc[start:end]:
        if t.text == "„":
            depth = 1
        elif t.text == "“":
            depth = 0
        elif depth:
            inside.add(t.i)
    return inside


def possessive_before_noun(ctx: DocContext, span: Span) -> bool:
    """A person's name in -s right before a common noun is a genitive: "Iglesias Forderung", "Trumps Plan".
    A dative plural (always in -n) is no possession: "sagte Tsipras Journalisten"."""
    doc = ctx.doc
    after = doc[span.end] if span.end < len(doc) else None
    hit = ctx.entity(doc[span.start])
    return (span.text.endswith("s") and after is not None and after.tag_ == "NN" and not ctx.entity(after)
            and not after.lower_.endswith("n") and hit is not None and hit[1].kind == "person")


# Words that count people: "tausende Ungarn" are Hungarians, not Hungary.
QUANTIFIERS = {"tausende", "hunderte", "zehntausende", "hunderttausende", "viele", "zahlreiche", "einige", "mehrere",
               "wenige", "etliche", "tausenden", "hunderten", "vielen", "zahlreichen", "einigen", "mehreren"}


def its_people(span: Span) -> bool:
    """ "tausende Ungarn", "viele Libanesen", "300 Afghanen": a number of a state's people, not the state."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and (before.tag_ == "CARD" or before.lower_ in QUANTIFIERS)


def clause_subject(ctx: DocContext, token: Token, exclude: frozenset = frozenset()) -> EntityRef | None:
    """The actor that is the subject of the clause around `token`, approximated without a parser.

    The first person, state or organization of the clause that is neither governed by a
    preposition nor a genitive attribute; a subject pronoun ("er") stands for the person
    mentioned last; in a relative clause without such a subject, the antecedent
    ("Dmitrijew, der betont").
    """
    doc = ctx.doc
    start, end, opener = clause_bounds(token)
    if opener is not None and opener.tag_ == "PRELS":
        antecedent = male_antecedent(ctx, opener)
        if antecedent is not None and antecedent not in exclude:
            return antecedent
        end = token.i  # in a relative clause a subject of its own stands before the verb
    sent = sentence(token)
    if opener is None and start - 3 >= sent.start and _conjoined_clause(doc, sent, start) and (
            clause_bounds(doc[start - 3])[2] is None):
        # "Caracas warf ihr vor, sich zum Werkzeug der USA zu machen, und setzte ein Abkommen aus": a finite verb
        # right after ", und" has no subject of its own; it is the main clause's before the comma
        return clause_subject(ctx, doc[start - 3], exclude)
    if opener is None and start >= 3 and doc[start - 1].text == "," and doc[start].tag_ in ("VVFIN", "VAFIN", "VMFIN"):
        hit = ctx.entity(doc[start - 2])
        if hit and hit[0].start > 0 and doc[hit[0].start - 1].text == "," and hit[1].kind in ACTORS \
                and hit[1] not in exclude:
            # "Die Präsidentin der Kommission, Ursula von der Leyen, hat X eingeladen": the apposition is the subject
            return hit[1]
    i = start
    while i < end:
        t = doc[i]
        if t.text == "(" and i > start and ctx.entity(doc[i - 1]):  # "Recht und Gerechtigkeit (PiS)": the name again
            i = next((j for j in range(i + 1, min(end, i + 8)) if doc[j].text == ")"), i) + 1
            continue
        hit = ctx.entity(t)
        if hit and hit[1].kind in ACTORS and hit[1] not in exclude:
            s = hit[0].start
            genitive_name = hit[0]._.kg_name and hit[0].text != hit[0]._.kg_name and hit[0].text.endswith("s")
            if not (in_prepositional_phrase(ctx, s, start) or in_genitive(ctx, s, start) or genitive_name
                    or possessive_before_noun(ctx, hit[0]) or its_people(hit[0])):
                return hit[1]
            i = hit[0].end
            continue
        if t.tag_ == "PPER" and t.lower_ in ("er", "sie") and i <= token.i:
            return pronoun_antecedent(ctx, t)
        if (t.tag_ == "NN" or t.text.rsplit("-", 1)[-1][:1].isupper()) and t.lower_.endswith(DESCRIPTION_ENDINGS) \
                and not in_prepositional_phrase(ctx, i, start) and not in_genitive(ctx, i, start):
            described = described_person(ctx, t)  # "fliegt der 78-Jährige in die USA weiter"
            if described is not None and described not in exclude:
                return described
        i += 1
    first = sentence(token).start
    if start > first and doc[start - 1].text == "," and doc[start].pos_ in ("VERB", "AUX") and opener is None:
        # "Scholz, der in Paris war, kritisierte": the subject stands before the inserted clause
        # "Die Präsidentin der EU-Kommission, Ursula von der Leyen, warnte": anywhere before the verb
        k = first - 1
        while k + 1 < start:
            k += 1
            if doc[k].tag_ == "PRELS" and k > first and doc[k - 1].text == ",":
                # "Der Präsident, der Serbien seit 2012 prägt, hat angekündigt": a name inside the relative clause on
                # the subject is not the subject
                k = next((j for j in range(k + 1, start) if doc[j].text == ","), start)
                continue
            hit = ctx.entity(doc[k])
            if hit and hit[1].kind in ACTORS and hit[1] not in exclude and not in_prepositional_phrase(
                    ctx, hit[0].start, first) and not in_genitive(ctx, hit[0].start, first) \
                    and doc[hit[0].start - 1].text != "(":
                return hit[1]
            if doc[k].text in ("„", "\"", "»"):
                break
    if opener is not None and opener.tag_ == "PRELS" and start >= 2:
        k = start - 2
        while k > sentence(token).start and doc[k].pos_ in ("VERB", "AUX") or doc[k].tag_ == "PTKVZ":
            k -= 1  # "den Vorschlag ... zurückgewiesen, der": the antecedent stands before the verb group
        for j in range(k, max(sentence(token).start, k - 8) - 1, -1):
            hit = ctx.entity(doc[j])
            if hit and hit[1].kind in ACTORS:
                return hit[1]
            if doc[j].pos_ in ("VERB", "AUX"):
                break
    return None


def male_antecedent(ctx: DocContext, opener: Token) -> EntityRef | None:
    """ "US-Präsident Donald Trump, der Südkorea mit Zöllen gedroht hat": a relative "der" after a man's name is
    nominative (a feminine dative would need a woman), so he is the subject and a name in the clause an object."""
    doc = ctx.doc
    if opener.lower_ != "der" or opener.tag_ != "PRELS" or opener.i < 2 or doc[opener.i - 1].text != ",":
        return None
    hit = ctx.entity(doc[opener.i - 2])
    if hit is None or hit[1].kind != "person" or hit[0].end != opener.i - 1:
        return None
    return hit[1] if ctx.person_gender(hit[1]) == "m" else None


def holder_after_genitive_state(ctx: DocContext, hit: tuple[Span, EntityRef]) -> tuple[Span, EntityRef]:
    """ "Russlands Präsident Wladimir Putin": for a state named in the genitive before an office and its holder,
    the holder (a conjunct of persons: "Xi Jinping und Russlands Präsident Wladimir Putin"); else the hit."""
    doc = ctx.doc
    m = hit[0].end
    if hit[1].kind == "state" and hit[0].text.endswith("s") and m + 1 < len(doc) and doc[m].tag_ == "NN" \
            and ctx.gaz.office_of(doc[m].text):
        holder = ctx.entity(doc[m + 1])
        if holder is not None and holder[1].kind == "person" and holder[0].start == m + 1:
            return holder
    return hit


# "Beide Länder", "die beiden Präsidenten": the kind of the two named before.
PAIR_NOUNS = {"seiten": ("person", "state"), "länder": ("state",), "staaten": ("state",), "regierungen": ("state",),
              "nachbarn": ("state",), "nachbarländer": ("state",), "präsidenten": ("person",),
              "politiker": ("person",), "minister": ("person",), "staatschefs": ("person",)}


def the_two_before(ctx: DocContext, token: Token) -> list[EntityRef]:
    """ "X empfing Y. Beide unterzeichneten ein Abkommen": "Beide", "Die beiden", "Beide Seiten" or "Beide
    Länder" as the subject of the sentence (before its verb, or right after it when adverbs open the sentence:
    "Konkret vereinbarten beide Seiten") are the two persons (else the two states) the sentence before names;
    [] elsewhere."""
    doc = ctx.doc
    sent = sentence(token)
    finite = ("VVFIN", "VAFIN", "VMFIN")
    k = sent.start + (doc[sent.start].lower_ == "die")
    inverted = False
    if doc[k].lower_ not in ("beide", "beiden"):
        j = sent.start
        while j < sent.end and doc[j].tag_ in ("ADV", "ADJD"):
            j += 1
        if not (sent.start < j < sent.end - 2 and doc[j].tag_ in finite and doc[j + 1].lower_ in ("beide", "beiden")):
            # "Nach einem Treffen am Sonntag in Turnberry verkündeten beide, ...": "beide" right after the finite
            # verb of a main clause whatever its first phrase
            j = next((t.i for t in doc[sent.start + 1:sent.end - 2] if t.tag_ in finite), None)
            if j is None or doc[j + 1].lower_ != "beide" or clause_bounds(doc[j])[2] is not None:
                return []
        k, inverted = j + 1, True
    if sent.start == 0:
        return []
    kinds = ("person", "state")
    if k + 2 < sent.end and doc[k + 1].lower_ in PAIR_NOUNS:
        kinds = PAIR_NOUNS[doc[k + 1].lower_]
        k += 1  # "Beide Seiten vereinbarten ...", "Beide Länder hatten sich geeinigt"
    if not inverted and (k + 1 >= sent.end or doc[k + 1].tag_ not in finite):
        return []
    before = sentence(doc[sent.start - 1])
    named = list(dict.fromkeys(hit[1] for t in before if (hit := ctx.entity(t)) and hit[0].start == t.i))
    for kind in kinds:
        of_kind = [ref for ref in named if ref.kind == kind]
        if len(of_kind) == 2:
            return of_kind
    return []
