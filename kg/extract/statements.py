"""Statements: who said, denied, rejected, demanded ... what.

A reporting verb (by its lemma, separable particle joined: "wies ... zurück"
-> "zurückweisen") gives the stance; its speaker is found by German word
order: the subject before the finite verb ("Lawrow betonte"), after it in
inversion (", sagte Lawrow", "betonte der russische Außenminister Sergei
Lawrow"), the antecedent of a relative clause ("Dmitrijew, der betont"), or
a source phrase ("laut X", "X zufolge"). An assertion whose reported clause
is negated is a denial ("sagte, es sei kein Datum besprochen worden").
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Span, Token

from ..nlp.entities import HEADED_BY, ORG_NOUNS
from ..nlp.hanta_tagger import get_hanta
from ..types import PERSON, PLACE, STATE, EntityRef, Statement
from .context import (
    ACTORS,
    ANTECEDENT_SENTENCES,
    NEGATIONS,
    RELATIVE_ADVERBS,
    SOURCE_NOUNS,
    TIME_NOUNS,
    DocContext,
    clause_bounds,
    clause_subject,
    described_person,
    first_entity,
    holder_after_genitive_state,
    in_genitive,
    in_prepositional_phrase,
    its_people,
    male_antecedent,
    possessive_before_noun,
    pronoun_antecedent,
    quoted_phrase,
    sentence,
    sentence_before_start,
    skip_attributes,
    the_two_before,
)
from .dates import find_dates

SOURCE_PREPOSITIONS = {"laut", "zufolge"}
# Feminine nouns for media: after "der" they are dative, told something, not telling it.
FEMININE_MEDIA = ("agentur", "zeitung", "zeitschrift", "illustrierte", "website", "webseite", "plattform")
# Verbs of deciding: negated, they refuse ("entschied, dass keine Treffen nötig seien").
DECIDING = {"entscheiden", "beschließen", "festlegen"}
# Nouns for proposals: asserting that one is not acceptable rejects it rather than denying a fact.
PASSIVE_AUX = {"werden"}
# Participles that after "sein" tell the subject's own mind ("Er ist überzeugt, dass ..."), not what was done to it
STATES_OF_MIND = {"überzeugen", "besorgen", "beunruhigen", "erfreuen", "enttäuschen", "empören", "entsetzen",
                  "alarmieren", "irritieren", "erleichtern", "verärgern"}
GOVERNMENTS = {*HEADED_BY, "Regime"}  # "die Regierung Kreisky": the government speaks, not its head
# Prepositions that stand for the clause of a verb that reports only with one: "hält X für Y", "droht mit
# Sanktionen" (not "ihm drohen 24 Jahre Haft", where nobody speaks).
CLAUSE_VERB_PREPOSITIONS = {"halten": ("für",), "drohen": ("mit", "damit")}
SOURCE_FRAMES = {(stance, frame) for stance in ("assert", "support") for frame in ("", "clause")}
PASSIVE_DEEDS = {"erwarten", "zitieren"}  # "wird in Hanoi erwartet", "wird ins Ministerium zitiert": no speech
UNNAMED = EntityRef("unnamed", "")  # a subject that is there but not an entity: look no further
OBLIQUE_ARTICLES = {"den", "dem", "des", "einen", "einem", "eines"}
# Nameless people who speak for their state ("ein US-Vertreter", "ein russischer Diplomat").
REPRESENTATIVES = ("vertreter", "diplomat", "beamter", "beamte", "offizieller", "offizielle", "offizier",
                   "unterhändler")
# People who speak for the body they work for when the text names it after them ("Ökonomen der Bank of Canada",
# "Experten des Internationalen Währungsfonds"), but for no state by its adjective ("ein russischer Experte").
MEMBERS = ("mitarbeiter", "mitarbeiterin", "mitarbeiterinnen", "ökonom", "ökonomen", "ökonomin", "experte",
           "experten", "expertin", "expertinnen", "analyst", "analysten", "analystin", "ermittler", "ermittlerin",
           "ermittlerinnen", "forscher", "forscherin", "forscherinnen", "wissenschaftler", "wissenschaftlerin",
           "wissenschaftlerinnen", "diplomaten", "vertreterin", "vertreterinnen")
# The members of a union or alliance, which speak as it after its name's prefix ("die EU-Staaten", "die Nato-Partner").
MEMBER_STATES = {"staaten", "länder", "mitgliedstaaten", "mitgliedsstaaten", "mitgliedsländer", "mitglieder",
                 "partner", "verbündeten", "alliierten", "regierungen"}
# People who report for a medium ("eine Reporterin der Nachrichtenagentur AFP").
JOURNALISTS = ("reporter", "reporterin", "korrespondent", "korrespondentin", "journalist", "journalistin")
# Texts that speak for the paper that prints them ("ein Leitartikel in der Washington Post").
TEXT_NOUNS = {"leitartikel", "bericht", "artikel", "kommentar", "editorial", "meldung"}
# what a source publishes: "laut einem Bericht der Times", "laut einer Umfrage des Instituts"
PUBLICATIONS = ("bericht", "berichten", "umfrage", "studie", "mitteilung", "aussendung", "erklärung", "analyse",
                "schätzung", "schätzungen", "statistik", "prognose", "angaben", "informationen", "meldung")
PUBLICATIONS_LONGEST_FIRST = sorted(PUBLICATIONS, key=len, reverse=True)  # "berichten" before "bericht"
# Nouns naming a kind of organization before its name ("die Nachrichtenagentur Anadolu").
KIND_NOUNS = (*ORG_NOUNS, "behörde", "dienst")
# The head of a body the text named before, as the speaker's noun says it ("die Partei", "das Gericht",
# "eine Kommissionssprecherin", "die Parteispitze"), with the curated kinds of organization it can mean.
BODY_HEADS = {"partei": ("party",), "gericht": ("court",), "gerichtshof": ("court",), "ministerium": ("ministry",),
              "ressort": ("ministry",), "kommission": (), "gruppe": ("armed_group",), "miliz": ("armed_group",),
              "organisation": ("ngo", "international"), "agentur": ("agency", "medium"), "zeitung": ("medium",),
              "sender": ("medium",), "konzern": ("company",), "unternehmen": ("company",), "gewerkschaft": (),
              "bewegung": (), "behörde": ("agency",), "armee": ("military",), "militär": ("military",),
              "rechnungshof": ()}
# Nouns for the leaders or spokespeople of a body: "die Parteispitze", "der Landesparteivorstand",
# "eine Gerichtssprecherin".
BODY_VOICES = ("spitze", "vorstand", "führung", "präsidium", "leitung", "zentrale", "sprecher", "sprecherin")
PROPOSAL_NOUNS = ("vorschlag", "plan", "angebot", "forderung", "waffenstillstand", "waffenruhe", "initiative",
                  "idee", "option", "signal", "friedensplan", "ultimatum", "resolution")

# Words of praise: negated ("kein gutes Bild", "nicht hilfreich") they criticize.
# What one speaks of approvingly besides what is praised: "sprach von einem historischen Tag, einem starken Signal".
SIGNIFICANT = {"historisch", "positiv", "wichtig", "stark"}
# What one names a thing when speaking of it ("sprach von einem Neubeginn", "von einem terroristischen Akt"): as
# a name given, a crime or a new beginning judges it, though in a plain report the words only tell what happened.
HOPEFUL_NAMES = ("neubeginn", "neuanfang", "wendepunkt", "durchbruch", "meilenstein", "fortschritt", "lichtblick",
                 "hoffnungszeichen")
DAMNING_NAMES = ("terror", "kriminell", "verbrecher", "verbrechen", "einflussnahme", "einmischung", "ausrede",
                 "vorwand", "verletzung", "farbrevolution", "staatsstreich", "putsch", "hexenjagd", "schauprozess",
                 "völkermord", "genozid", "kriegsverbrechen", "piraterie", "staatsterror")
PRAISE = {"gut", "hilfreich", "sinnvoll", "richtig", "fair", "akzeptabel", "angemessen", "vernünftig", "klug",
          "zielführend", "seriös", "konstruktiv", "glücklich", "ideal", "förderlich", "zumutbar", "verantwortlich",
          "redlich", "ehrlich", "stolz"}
# Willing to: "Man sei zu Gesprächen bereit", "zeigte sich verhandlungsbereit" (not "kampfbereit").
WILLING = {"bereit", "gesprächsbereit", "verhandlungsbereit", "kompromissbereit", "dialogbereit", "hilfsbereit"}
# Negated nouns that affirm ("kein Geheimnis", "kein Zufall"): litotes, not denial.
NORMATIVE = {"wichtig", "entscheidend", "nötig", "notwendig", "erforderlich", "unerlässlich", "unabdingbar", "geboten",
             "dringend", "zentral", "wesentlich", "vordringlich", "unumgänglich"}
NECESSARY = {"nötig", "notwendig", "erforderlich", "unerlässlich", "unabdingbar", "unumgänglich", "dringlich"}
NEEDS = {"Bedarf", "Grund", "Anlass", "Notwendigkeit", "Veranlassung", "Handlungsbedarf", "Interesse"}
# Verbs of foretelling: what they foretell is a warning when it is a harm ("sagte eine Rezession voraus")
FORETELLING = {"voraussagen", "vorhersagen", "prognostizieren", "erwarten", "rechnen", "vorausberechnen"}
HARMS = ("rezession", "krise", "verlust", "einbruch", "einbußen", "schaden", "schäden", "schock", "arbeitslos",
         "pleite", "insolvenz", "chaos", "engpass", "engpässe", "rückgang", "abschwung", "inflation", "defizit",
         "kosten", "gewalt", "unruhen", "krieg", "hunger", "dürre", "tote", "opfer", "stagnation", "flaute",
         "teuerung", "mangel", "zusammenbruch", "kollaps", "eskalation", "niederlage", "abstieg")
# Members of an alliance or a meeting, who speak together for it: "bekräftigen die Alliierten"
ALLIES = {"Alliierten", "Verbündeten", "Mitgliedstaaten", "Mitgliedsstaaten", "Bündnispartner", "Gipfelteilnehmer"}
# Who speaks for a person when the person's name stands before them in the genitive: "Badawis Ehefrau sagte"
RELATIVES = {"Ehefrau", "Frau", "Witwe", "Ehemann", "Mann", "Witwer", "Sohn", "Tochter", "Vater", "Mutter", "Bruder",
             "Schwester", "Anwalt", "Anwältin", "Verteidiger", "Verteidigerin", "Rechtsanwalt", "Rechtsanwältin"}
CONFIDENT = {"zuversichtlich", "optimistisch", "überzeugt", "hoffnungsvoll", "sicher", "gewiss", "siegessicher"}
ADMITTING = {"einräumen", "zugeben", "eingestehen", "gestehen"}
# Those to whom a hope or call is addressed: "hoffe, dass alle Seiten Zurückhaltung üben".
APPEALED = {"seiten", "beteiligten", "parteien", "konfliktparteien", "kriegsparteien", "akteure"}
HARM_VERBS = {"schaden", "gefährden", "belasten", "schwächen", "destabilisieren", "bedrohen", "zerstören",
              "verschärfen", "eskalieren", "ruinieren", "lähmen", "untergraben"}
# Verbs that confirm or assure: a negation in what they say is part of the claim ("bestätigte, dass Kiew kein
# Territorium verlieren werde"), no denial of another's.
# Finite verbs that open a condition without "wenn": "Sollte ..., werde ...", "Wäre ..., hätte ...".
CONDITION_OPENERS = {"sollte", "sollten", "wäre", "wären", "hätte", "hätten", "würde", "würden"}
CONSEQUENCES = {"werde", "würde", "werden", "würden"}
INTENDING = {"vorhaben", "planen", "beabsichtigen", "gedenken"}
AFFIRMING = {"bestätigen", "versichern", "zusichern", "garantieren", "bekräftigen"}
# What a side will do in return, foretold as a threat: "werde seine Souveränität verteidigen", "werde scheitern".
RETALIATION_VERBS = {"verteidigen", "vergelten", "zurückschlagen", "bestrafen", "scheitern", "stürzen", "abschlagen",
                     "schützen"}
FIRM_MANNER = {"entsprechend", "entschlossen", "hart", "scharf", "entschieden", "militärisch", "konsequent"}
RESOLVE_PHRASES = ("mit allen mitteln", "mit aller entschlossenheit", "mit aller härte", "mit aller kraft",
                   "unter allen umständen", "mit aller konsequenz")
THREATS = ("angriff", "schlag", "einmarsch", "invasion", "intervention", "sanktion", "vergeltung", "einsatz")
LITOTES = {"geheimnis", "zufall", "frage", "wunder", "ausnahme"}
DEGREE_WORDS = {"so", "zu", "ganz", "sehr", "allzu", "besonders", "mehr", "gar", "wirklich"}
TRUTH_WORDS = {"wahr", "zutreffend", "korrekt", "wahrheitsgemäß", "stichhaltig", "belegt", "erwiesen"}
# Nouns for groups of unnamed people: as subjects they leave the named object after the verb unspoken for.
PEOPLE_NOUNS = {"Kritiker", "Gegner", "Beobachter", "Experte", "Experten", "Analyst", "Analysten", "Demonstrant",
                "Demonstranten", "Befürworter", "Anhänger", "Aktivist", "Aktivisten", "Ermittler", "Anwohner",
                "Bürger", "Einwohner", "Opfer", "Angehörige", "Angehörigen", "Augenzeuge", "Augenzeugen",
                "Zeuge", "Zeugen", "Menschenrechtler", "Oppositionelle", "Oppositionellen", "Politiker",
                "Politikerinnen", "Teilnehmer", "Teilnehmerinnen", "Mitglieder"}
# "X zum STANDARD:", "X gegenüber der APA:", "X im Interview:": to whom or where a colon statement was said
ADDRESSED = {"zum", "zur", "gegenüber", "im", "in", "bei", "vor"}
VERDICT_NOUNS = {"Fazit", "Urteil", "Resümee", "Conclusio", "Bilanz", "Antwort", "Kommentar", "Einschätzung"}
# A state's bodies named with its genitive: "Mexikos Regierung", "Russlands Außenministerium"
STATE_BODIES = {"Regierung", "Staatsführung", "Führung", "Behörden", "Außenministerium", "Seite", "Justiz"}
# A party's bodies that a possessive gives to a person's party: "seine Fraktion", "ihre Partei".
PARTY_BODIES = {"Partei", "Fraktion", "Bewegung", "Parlamentsfraktion"}
# What an about phrase does not begin or end with: spaces, commas, a full stop and the quotation marks of every
# convention („…“, "…", »…«, «…», ‚…‘).
ABOUT_EDGES = " \n,.„“”\"»«‚‘’|"
QUOTES_AND_QUESTION = {"„", "“", "\"", "»", "«", "?"}  # direct speech or a question: no reported speech
SKIP_BEFORE_NAME = {"der", "die", "das", "den", "dem", "des", "ein", "eine"}
INFLECTIONS = {"", "e", "en", "er", "es", "em", "n", "s", "ns"}
INDEFINITE_ARTICLES = {"ein", "eine", "einer", "einem", "einen", "eines"}
FINITE_TAGS = ("VVFIN", "VAFIN", "VMFIN")
JUDGES = {"Richter", "Richterinnen", "Verfassungsrichter", "Verfassungsrichterinnen"}  # who speak for their court
ENTOURAGE = {"Büro", "Umfeld", "Team", "Lager", "Sprecher", "Sprecherin"}  # "sein Büro": whom a person speaks through
FUTURE_AUXILIARIES = {"werde", "werden", "würde", "würden", "wird"}  # what a side says it will not do, it refuses
LIKEWISE = {"ähnlich", "ebenso", "genauso", "gleichlautend", "ähnlicher"}
FIRST_PERSON = {"ich", "wir", "mir", "mich", "uns", "unser", "unsere", "unseren", "unserer", "unserem",
                "mein", "meine", "meinen", "meiner", "meinem"}
PLURAL_PAST_SUBJUNCTIVES = {"hätten", "wären", "würden", "müssten", "könnten", "dürften",
                            # umlauted, so never the indicative past ("kamen", "gaben")
                            "kämen", "gäben", "stünden", "lägen", "bräuchten", "wüssten", "fänden"}
# The singular past subjunctive, which no indicative looks like ("sollte" does): a speaker's "Das wäre vernünftig";
# "dürfte" is left out: "Die Reformfreude dürfte nachlassen" is mostly the writer's own guess
SINGULAR_PAST_SUBJUNCTIVES = {"hätte", "wäre", "würde", "müsste", "könnte"}
# Nouns that carry a stance into a verb of frame "noun" ("übte Kritik", "erhob die Forderung", "Kritik kam
# von den Grünen") and into a verb that says them ("äußerte Kritik"); compounds too
# ("Rücktrittsforderung").
# "äußerte Kritik", "signalisierte Gesprächsbereitschaft": the noun they utter says the stance
UTTERANCE_VERBS = {"äußern", "bekräftigen", "wiederholen", "erneuern", "formulieren", "bekunden", "signalisieren"}
# Adverbs between a verb and what it reports: "betonte aber, ...", "fügte jedoch hinzu".
LINKING_ADVERBS = {"aber", "jedoch", "zugleich", "gleichzeitig", "allerdings", "auch", "zudem", "außerdem", "indes"}
STANCE_NOUNS = {"bedenken": "criticize", "kritik": "criticize", "vorwurf": "criticize", "forderung": "demand",
                "appell": "demand", "aufruf": "demand", "ultimatum": "demand", "warnung": "warn", "drohung": "warn",
                "dementi": "deny", "absage": "reject", "abfuhr": "reject", "ablehnung": "reject",
                "vorschlag": "propose", "zustimmung": "support", "lob": "support", "rückendeckung": "support",
                "widerstand": "reject", "empörung": "criticize", "unterstützung": "support", "solidarität": "support",
                "anspruch": "demand", "bekenntnis": "support", "hoffnung": "support", "sympathie": "support",
                "verständnis": "support", "bereitschaft": "support", "sorge": "warn", "besorgnis": "warn",
                "vorbehalt": "criticize"}


# Verbs of commenting, which negated say that nothing was said: "äußerte sich zunächst nicht", "wollte den Vorgang
# nicht kommentieren".
COMMENTING = {"äußern", "kommentieren"}


def _no_comment(verb: Token, lemma: str | None) -> bool:
    """ "Das Weiße Haus wollte sich nicht äußern": a refusal to comment reports nothing (but "äußerte sich nicht
    dazu, sagte aber, ..." goes on to a claim of its verb)."""
    if lemma not in COMMENTING:
        return False
    start, end, _ = clause_bounds(verb)
    words = verb.doc[start:end]
    return any(t.lower_ in ("nicht", "nie", "niemals") for t in words) and not any(
        t.lower_ in ("dass", "ob") or t.text in ("„", "\"", ":") for t in words)


def extract_statements(ctx: DocContext) -> list[Statement]:
    out: list[Statement] = []
    owned: list[Statement] = []
    seen = set()
    for token in ctx.doc:
        if token.lemma_ in ("heißen", "verlauten") and token.tag_.endswith("FIN"):
            st = _impersonal_report(ctx, token)
            if st is not None:
                out.append(st)
            continue
        if token.lemma_ in ("haben", "zeigen", "äußern", "bekunden", "signalisieren") and token.tag_ in (
                "VAFIN", "VVFIN"):
            st = _understanding(ctx, token)
            if st is not None:
                out.append(st)
                continue
        if token.lemma_ in OWN_CONSTRUCTIONS and token.pos_ == "VERB":
            st = OWN_CONSTRUCTIONS[token.lemma_](ctx, token)
            if st is not None:
                out.append(st)
            continue
        if token.lower_ == "für":
            st = _opinion_holder(ctx, token)
            if st is not None:
                out.append(st)
            continue
        if token.tag_ == "ADJA":
            st = _attributive_report(ctx, token)
            if st is not None:
                out.append(st)
            continue
        if token.tag_ == "NN" and token.i + 2 < len(ctx.doc) and (ctx.doc[token.i + 1].lower_ in ("der", "des")
                                                                  or ctx.doc[token.i - 1].tag_ in ("PPOSAT", "ADJA")
                                                                  or ctx.doc[token.i - 2].lower_ == "mit"):
            st = _owned_stance(ctx, token)
            if st is not None:
                owned.append(st)
                continue
        lemma = _report_lemma(ctx, token) if token.pos_ in ("VERB", "AUX") else None
        if lemma not in ctx.gaz.reporting_verbs:
            if token.lower_ in SOURCE_PREPOSITIONS or (token.text.rsplit("-", 1)[-1] in SOURCE_NOUNS and any(
                    t.lower_ in ("nach", "gemäß") for t in ctx.doc[max(0, token.i - 2):token.i])):
                st = _source_statement(ctx, token)
                if st:
                    out.append(st)
                    # "nach seinen Worten", "laut Fico": the one who speaks in this sentence, as a verb's subject does
                    ctx.speakers.setdefault(st.sentence, set()).add(st.speaker)
            continue
        if token.pos_ == "AUX" or _no_comment(token, lemma):
            continue
        found = _statement_at(ctx, token, lemma)
        if found is None:
            continue
        claims = found if isinstance(found, list) else [found]
        statement = claims[0]
        if statement.stance == "assert" and _likewise(token):  # "Ähnlich äußerte sich X": as the one before
            previous = next((st for st in reversed(out) if st.sentence < statement.sentence), None)
            claims[0] = replace(statement, stance=previous.stance) if previous is not None else statement
        for speaker in (statement.speaker, *_coordinated(ctx, statement.speaker, token)):
            if (speaker, statement.verb, statement.sentence) not in seen:
                seen.add((speaker, statement.verb, statement.sentence))
                out += [replace(claim, speaker=speaker) for claim in claims]
                ctx.speakers.setdefault(statement.sentence, set()).add(speaker)
    # "Kritik der Grünen" says no more than a verb of theirs in the same sentence does
    out += [st for st in owned if not any((o.speaker, o.sentence) == (st.speaker, st.sentence) for o in out)]
    for token in ctx.doc:
        st = None
        if token.lower_ == "so" and token.i > 0 and ctx.doc[token.i - 1].text == ",":
            st = _so_statement(ctx, token)
        elif token.text == ":":
            st = _colon_statement(ctx, token)
            if st is None and not any(said.sentence == ctx.sentence_of(token) for said in out):
                st = _speech_after_colon(ctx, token)
        if st is not None:
            out.append(st)
    out += _continued_speech(ctx, out)
    own = _own_reported_speech(ctx, out)
    out += own
    if own:
        out += _continued_speech(ctx, out)
    between = _between_statements(ctx, out)
    out += between
    if between:  # "Die Täter müssen bestraft werden. Die Zunahme sei dramatisch.": the subjunctive goes on after it
        out += _continued_speech(ctx, out)
    out += _quoted_sentences(ctx, out)
    speakers: dict[int, set[EntityRef]] = {}
    for st in out:
        speakers.setdefault(st.sentence, set()).add(st.speaker)
    known = {(st.speaker, st.sentence, st.about) for st in out}
    for said in [st for st in out if len(speakers[st.sentence]) == 1]:  # two speakers: whose is which part?
        for st in _colon_parts(ctx, said):
            if (st.speaker, st.sentence, st.about) not in known:
                known.add((st.speaker, st.sentence, st.about))
                out.append(st)
    return _without_repeats(out)


def _without_repeats(said: list[Statement]) -> list[Statement]:
    """One statement where two rules found the same ("Und: Die Partnerschaft funktioniert" and "Die Partnerschaft
    funktioniert"): same speaker, sentence, verb and stance, one's words the end of the other's (not "hat erklärt,
    dass er bekräftigt habe, dass ...", two reports)."""
    out: list[Statement] = []
    for st in said:
        same = next((k for k, o in enumerate(out) if (o.speaker, o.sentence, o.verb, o.stance) == (
            st.speaker, st.sentence, st.verb, st.stance) and o.about and st.about and (
                o.about.endswith(st.about) or st.about.endswith(o.about))), None)
        if same is None:
            out.append(st)
        elif len(st.about) < len(out[same].about):
            out[same] = st
    return out


def _likewise(verb: Token) -> bool:
    """ "Ähnlich äußerte sich X", "Ebenso argumentierte Y": the verb says what the statement before said."""
    start, _, _ = clause_bounds(verb)
    return any(t.lower_ in LIKEWISE for t in verb.doc[start:verb.i])


def _opinion_holder(ctx: DocContext, fuer: Token) -> Statement | None:
    """ "Für die Grünen ist das ein Skandal", "Die Lösung ist für den Landeshauptmann ein Meilenstein": the one
    "für" names judges what the sentence says, when it praises, criticizes or warns (a plain "ist neu" says
    nothing, and "Für X ist keine Berufung möglich" is about X, not X's view)."""
    doc, sent = ctx.doc, sentence(fuer)
    inside = fuer.i > sent.start  # "ist für X ein ...": the copula comes before
    k = fuer.i + 1
    while k < sent.end and doc[k].tag_ in ("ART", "ADJA", "PPOSAT"):
        k += 1
    if k >= sent.end:
        return None
    hit = ctx.entity(doc[k])
    if hit is not None:
        speaker, end = (hit[1] if hit[1].kind in ACTORS else None), hit[0].end
    elif doc[k].tag_ == "NN" and ctx.gaz.office_of(doc[k].text):
        speaker, end = _office_speaker(ctx, doc[k]), k + 1
    else:
        return None
    copula = doc[fuer.i - 1] if inside else doc[end] if end < sent.end else None
    if speaker is None or copula is None or copula.lemma_ != "sein" or copula.tag_ != "VAFIN":
        return None
    said = doc[sent.start if inside else end + 1:sent.end - 1 if sent[-1].is_punct else sent.end]
    stance = _stance(ctx, "assert", "", said, copula, sent, speaker) if len(said) else "assert"
    return _said(ctx, speaker, stance, said, sent) if stance in ("criticize", "support", "warn") else None


def _understanding(ctx: DocContext, verb: Token) -> Statement | None:
    """ "Kein Verständnis hat er für die Aussage" rejects it; "zeigte Verständnis für die Proteste", "äußerte
    Verständnis für die Sicherheitsinteressen" supports them: the subject's view of what follows "für"."""
    start, end, _ = clause_bounds(verb)
    noun = next((t for t in ctx.doc[start:end] if t.text == "Verständnis"), None)
    if noun is None or not any(t.lower_ == "für" for t in ctx.doc[noun.i + 1:end]):
        return None
    sent = sentence(verb)
    speaker = _speaker(ctx, verb, sent)
    if speaker is None or speaker == UNNAMED:
        return None
    negated = any(t.lower_.startswith("kein") or t.lower_ in ("nicht", "wenig")
                  for t in ctx.doc[max(start, noun.i - 3):noun.i])
    return _said(ctx, speaker, "reject" if negated else "support", ctx.doc[noun.i:end], sent, verb.lemma_)


def _blame(ctx: DocContext, verb: Token) -> Statement | None:
    """ "Die Armee machte die PKK für das Attentat verantwortlich": the subject blames (criticizes) the object.
    Not in the passive ("wird verantwortlich gemacht"), where the subject is the one blamed."""
    start, end, _ = clause_bounds(verb)
    clause = ctx.doc[start:end]
    if not any(t.lower_ == "verantwortlich" for t in clause) or _passive(verb):
        return None
    sent = sentence(verb)
    speaker = _speaker(ctx, verb, sent)
    if speaker is None or speaker == UNNAMED:
        return None
    # "Die Behörden machten die PKK verantwortlich": a noun in the first field is the subject, and a name
    # after the verb is the one blamed; after a prepositional first field the subject follows the verb
    # ("Für den Anschlag machten Ermittler die PKK verantwortlich")
    prefield = ctx.doc[start:verb.i]
    said_by = ctx.mentions_between(speaker, start, end)
    if not any(m.start < verb.i for m in said_by):
        first = skip_attributes(ctx.doc, verb.i + 1, 1, verb.i + 1)
        if any(t.tag_ == "NN" for t in prefield) and prefield[0].tag_ not in ("APPR", "APPRART") \
                or not any(m.start == first for m in said_by):
            return None
    return _said(ctx, speaker, "criticize", ctx.doc[verb.i + 1:end] if verb.i + 1 < end else clause, sent, "machen")


def _attributive_report(ctx: DocContext, participle: Token) -> Statement | None:
    """ "die von Putin 2022 angekündigte Spezialoperation", "der von der SPÖ geforderte Ausschuss": the
    agent of a reporting verb's participle before a noun said it."""
    doc = ctx.doc
    k = participle.i - 1
    while k > participle.i - 8 and k > 0 and (doc[k].tag_ in ("ADV", "CARD", "ADJD", "ART", "ADJA", "NN", "NE")
                                             or ctx.entity(doc[k])) and doc[k].lower_ not in ("von", "vom"):
        k -= 1
    if doc[k].lower_ not in ("von", "vom") or k == 0 or doc[k - 1].tag_ not in ("ART", "PDAT", "PPOSAT", "APPRART"):
        return None
    lemma = _participle_verb(participle.lemma_)
    # support and propose are deeds as often as words: "die von Russland unterstützten Separatisten",
    # "ein von Kiew angestrebtes Abkommen"; but "die von den USA vorgeschlagene Waffenruhe" was said
    if lemma is None or lemma != "vorschlagen" and ctx.gaz.reporting_verbs.get(lemma, ("support", ""))[0] in (
            "support", "propose") or ctx.gaz.reporting_verbs[lemma][1] != "":
        return None
    j = skip_attributes(doc, k + 1, 1, k + 1)
    hit = ctx.entity(doc[j]) if j < participle.i else None
    if not hit or hit[1].kind not in (PERSON, STATE, "organization"):
        return None
    end = next((t.i + 1 for t in doc[participle.i + 1:min(len(doc), participle.i + 4)] if t.tag_ in ("NN", "NE")),
               None)
    if end is None:
        return None
    return _said(ctx, hit[1], ctx.gaz.reporting_verbs[lemma][0], doc[participle.i + 1:end], sentence(participle),
                 lemma)


def _attributive_misread(verb: Token) -> bool:
    """ "Die vom Iran unterstützte Huthi-Miliz": a word in -t/-te between "von X" after an article and a noun is
    the noun's participle, which the tagger may read as a finite verb."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or doc[verb.i + 1].tag_ not in ("NN", "NE") or not verb.lower_.endswith(
            ("t", "te", "ten", "tes", "ter", "tem")):
        return False
    k = verb.i - 1
    while k > 0 and k > verb.i - 6 and doc[k].tag_ in ("NE", "NN", "ART", "ADJA", "CARD", "ADV") \
            and doc[k].lower_ not in ("von", "vom"):
        k -= 1
    return k > 0 and doc[k].lower_ in ("von", "vom") and doc[k - 1].tag_ in ("ART", "PDAT", "PPOSAT")


@lru_cache(maxsize=4096)
def _participle_verb(word: str) -> str | None:
    """The verb of a past participle ("angekündigt" -> "ankündigen"), by HanTa's analysis, or None."""
    lemma, tag = get_hanta().analyze(word)
    return lemma if tag == "VV(PP)" else None


def _colon_statement(ctx: DocContext, colon: Token) -> Statement | None:
    """ "Anderl: Die Aufforderung entbehrt jeder Grundlage." A person's name (with an office before
    it) opening a sentence and followed by a colon introduces what the person says. A state or an
    organization before a colon is a topic ("Mali: Soldaten zerstören Lager"), not a speaker."""
    doc = ctx.doc
    sent = sentence(doc[colon.i - 1]) if colon.i > 0 else None
    if sent is None or colon.i - sent.start > 12:
        return None
    hit = next((ctx.entity(t) for t in doc[sent.start:colon.i] if ctx.entity(t)), None)
    if not hit or hit[1].kind != PERSON or hit[0].start - sent.start > 6 or not _speaker_heading(doc, hit[0], colon):
        return None
    if any(t.tag_ not in ("NN", "ART", "ADJA") for t in doc[sent.start:hit[0].start]):
        return None  # "Dazu sagte Anderl:" has its verb; the verb's rule takes it
    end = colon.i + 1
    while end < len(doc) and doc[end].text not in (".", "?", "!"):
        end += 1
    said = doc[colon.i + 1:end]
    if len(said) < 3:
        return None
    return _said(ctx, hit[1], _stance(ctx, "assert", "", said, colon, said, hit[1]), said, said)


def _speaker_heading(doc, name: Span, colon: Token) -> bool:
    """What stands between a name and the colon of what it says: nothing ("Anderl:"), whom it is said to
    ("Euler-Rolle zum STANDARD:", "Kaske im Gespräch mit der APA:"), or a verdict of the name's ("Mayers
    Fazit im STANDARD-Gespräch:"). No verb: "Anderl sagte dazu:" is the verb's."""
    between = doc[name.end:colon.i]
    if any(t.pos_ in ("VERB", "AUX") for t in between) or len(between) > 6:
        return False
    if between and between[0].text in VERDICT_NOUNS and name.text.endswith(("s", "’")):
        between = between[1:]
    return not between or between[0].lower_ in ADDRESSED


def _speech_after_colon(ctx: DocContext, colon: Token) -> Statement | None:
    """ "Den Vorwurf will X so nicht stehen lassen: Wir schauen immer auf den Standort." A main clause
    with a person or organization as its subject, then a colon and speech in the first person or the
    subjunctive of reported speech: the subject says it, though no reporting verb says so."""
    doc, sent = ctx.doc, sentence(colon)
    verb = next((t for t in _top_level(doc[sent.start:colon.i]) if t.tag_ in FINITE_TAGS), None)
    said = doc[colon.i + 1:sent.end - 1 if sent[-1].text in (".", "!") else sent.end]
    if verb is None or len(said) < 3 or any(t.text in (":", "?") for t in said):
        return None
    if not any(t.lower_ in FIRST_PERSON for t in _top_level(said)) and _subjunctive_main_verb(said) is None:
        return None
    speaker = clause_subject(ctx, verb)
    if speaker is None or speaker.kind not in (PERSON, "organization"):
        return None
    return _said(ctx, speaker, _stance(ctx, "assert", "", said, colon, said, speaker), said, sent)


def _impersonal_report(ctx: DocContext, verb: Token) -> Statement | None:
    """ "In dem Times-Bericht hieß es, ...", "..., hieß es aus dem Außenministerium", "Aus dem Kreml verlautete,
    ...": the source the clause names (after in/aus/von, or a compound "Times-Bericht") asserts what is
    reported; unnamed circles ("aus Diplomatenkreisen") are nobody's."""
    doc, sent = ctx.doc, sentence(verb)
    near = {doc[k].lower_ for k in (verb.i - 1, verb.i + 1) if sent.start <= k < sent.end}
    if "es" not in near and verb.lemma_ == "heißen":
        return None  # "Der Ort heißt Minsk": a name, not a report
    # the "hieß es" segment runs from the comma before it to the comma after it; what is said is the rest
    start = next((k + 1 for k in range(verb.i - 1, sent.start - 1, -1) if doc[k].text == ","), sent.start)
    # "Aus dem Ministerium hieß es nur: ..." ends at the colon
    end = next((k for k in range(verb.i + 1, sent.end) if doc[k].text in (",", ":")), sent.end)
    asker = _asker(ctx, start, end)
    circles = [k for k in range(start, end) if doc[k].lower_.endswith(("kreisen", "kreise"))]
    # "hieß es aus Sicherheitskreisen in Jerusalem", "aus ägyptischen Regierungskreisen": a government's circles
    # speak for its state; others ("aus Diplomatenkreisen", "aus Parteikreisen") for no one the text names
    speaker = _circles_state(ctx, doc[circles[0]], start, end) if circles else None
    for k in range(start, end) if not circles else ():
        t = doc[k]
        if k in asker:
            continue
        hit = ctx.entity(t)
        if hit and hit[1].kind in (PERSON, STATE, "organization") and hit[0].start == k:
            speaker = hit[1]
            break
        if "-" in t.text and t.tag_ == "NN":  # "im Times-Bericht", "in einer Kreml-Erklärung"
            speaker = _compound_source(ctx, t)
            if speaker is not None:
                break
    if speaker is None:
        return None
    said = doc[sent.start:start - 1] if start > sent.start else doc[end + 1:sent.end]
    if not len(said):
        return None
    return _said(ctx, speaker, _stance(ctx, "assert", "", said, verb, sent, speaker), said, sent,
                 "verlauten" if verb.lemma_ == "verlauten" else None)


# Circles of a state's government, which speak for the state ("Regierungskreise", "Sicherheitskreise").
STATE_CIRCLES = ("regierungs", "sicherheits", "militär", "armee", "geheimdienst", "präsidial", "kreml")


def _circles_state(ctx: DocContext, circles: Token, start: int, end: int) -> EntityRef | None:
    """The state whose government's circles the segment [start, end) names: by an adjective before them
    ("aus ägyptischen Sicherheitskreisen") or a capital in it ("aus Regierungskreisen in Neu-Delhi", "In
    Jerusalem hieß es aus Regierungskreisen"); None for other circles or without a state."""
    if not circles.lower_.startswith(STATE_CIRCLES):
        return None
    doc = ctx.doc
    before = doc[circles.i - 1] if circles.i > start else None
    state = ctx.state_of_word(before) if before is not None and before.tag_ == "ADJA" else None
    for k in range(start, end):
        if state is not None:
            break
        hit = ctx.entity(doc[k])
        if hit is not None and hit[0].start == k and doc[k - 1].lower_ == "in":
            capital = ctx.gaz.capitals.get(hit[0].text)
            state = EntityRef(STATE, capital) if capital else hit[1] if hit[1].kind == STATE else None
    return state


def _compound_source(ctx: DocContext, t: Token) -> EntityRef | None:
    """The state or organization a compound's first part names: "Times-Bericht" (after "The Times"),
    "Kreml-Erklärung", "STANDARD-Informationen"."""
    prefix = t.text.rsplit("-", 1)[0]
    return _named_by(ctx, prefix) or next(
        (ref for text, ref in ctx.ent_at_text.items() if text.endswith(" " + prefix)), None)


def _named_by(ctx: DocContext, prefix: str) -> EntityRef | None:
    """The curated state or organization, else the entity of the text, written as the compound's first part."""
    known = [x for x in ctx.gaz.lookup(prefix) if x.kind in ("organization", STATE)]
    if known:
        return EntityRef(known[0].kind, known[0].id)
    return ctx.ent_at_text.get(prefix)


def _closed_compound_source(ctx: DocContext, t: Token) -> EntityRef | None:
    """The state or organization a closed compound's first part names: "Rechnungshofbericht",
    "Regierungsangaben" (with the linking -s)."""
    low = t.lower_
    suffix = next((p for p in PUBLICATIONS_LONGEST_FIRST if low.endswith(p)), None)
    if suffix is None or len(low) - len(suffix) < 3:
        return None
    prefix = t.text[: len(low) - len(suffix)]
    body = _body_speaker(ctx, t)  # "Rechnungshofbericht" after "der Burgenländische Landesrechnungshof"
    if body is not None:
        return body
    return _named_by(ctx, prefix) or (_named_by(ctx, prefix[:-1]) if prefix.endswith("s") else None)


def _asker(ctx: DocContext, start: int, end: int) -> set[int]:
    """Tokens in [start, end) that name who asked, not who answered: "auf STANDARD-Anfrage", "auf Anfrage
    der APA"."""
    doc = ctx.doc
    out = set()
    for k in range(start, end):
        if doc[k].lower_.endswith("anfrage"):
            out.add(k)
            hit = ctx.entity(doc[k + 2]) if k + 2 < end and doc[k + 1].lower_ in ("der", "des") else None
            if hit:
                out |= set(range(k + 1, hit[0].end))
    return out


def _continued_speech(ctx: DocContext, said: list[Statement]) -> list[Statement]:
    """Indirect speech goes on without a reporting verb: a sentence in the present subjunctive right
    after a statement is that speaker's too ("Nordkorea warf Seoul vor, ... Südkorea müsse sich
    entschuldigen."), and so is the next one in the subjunctive after it."""
    by_sentence: dict[int, list[Statement]] = {}
    for st in said:
        last = by_sentence.setdefault(st.sentence, [])
        if last and (last[-1].verb, last[-1].about) != (st.verb, st.about):
            last.clear()  # the last statement of a sentence speaks on, with every speaker it has
        last.append(st)
    out: list[Statement] = []
    for sent in ctx.doc.sents:
        index = ctx.sent_of_token[sent.start]
        before = by_sentence.get(index - 1)
        if not before and index >= 2 and _fragment(ctx, index - 1):
            before = by_sentence.get(index - 2)  # "... mitgegangen. Von der Reform bis hin zur Novelle. Mit X gebe es"
        if not before or index in by_sentence or _reported_by_next(ctx, sent):
            continue
        passive = _agentless_report(ctx, sent)
        if passive is not None:  # "Es wird lückenlose Transparenz zugesichert": the source goes on speaking
            by_sentence[index] = []
            said = _complement(passive, sent)
            for speaker in dict.fromkeys(st.speaker for st in before):
                stance = _stance(ctx, ctx.gaz.reporting_verbs[passive.lemma_][0], passive.lemma_, said, passive,
                                 sent, speaker)
                st = _said(ctx, speaker, stance, said if said is not None else sent, sent, passive.lemma_)
                by_sentence[index].append(st)
                out.append(st)
            continue
        verb = _subjunctive_main_verb(sent) or _first_person_quote(before[-1], sent)
        if verb is None or any(t.pos_ == "VERB" and t.lemma_ in ctx.gaz.reporting_verbs and t.i > sent.start
                               and ctx.doc[t.i - 1].text == "," for t in sent):
            continue  # "..., sagte Trumps Berater": the sentence names its own speaker, one we do not know
        by_sentence[index] = []
        # "Diese würden ... führen: Dort würden ...": the clause after a colon is a statement of its own
        colon = next((t.i for t in sent if t.text == ":" and t.i > verb.i), sent.end)
        said = ctx.doc[sent.start:colon]
        for speaker in dict.fromkeys(st.speaker for st in before):
            st = _said(ctx, speaker, _stance(ctx, "assert", "", said, verb, sent, speaker), said, sent)
            by_sentence[index].append(st)
            out.append(st)
    return out


def _fragment(ctx: DocContext, index: int) -> bool:
    """Sentence `index` has no finite verb: a list or an afterthought ("Von der Reform bis hin zur Novelle.")."""
    start = bisect_left(ctx.sent_of_token, index)
    return not any(t.tag_ in FINITE_TAGS for t in sentence(ctx.doc[start]))


def _own_reported_speech(ctx: DocContext, said: list[Statement]) -> list[Statement]:
    """ "Pühringer war bemüht, jeden Eindruck zu vermeiden. Er sei auf der Suche nach einer breiten Zusammenarbeit.":
    a main clause in the present subjunctive whose subject is "er"/"sie" reports that person's own words, though no
    statement comes before it (after one, it goes on with that speaker's speech)."""
    spoken = {st.sentence for st in said}
    out = []
    for sent in ctx.doc.sents:
        index = ctx.sent_of_token[sent.start]
        if index in spoken or index - 1 in spoken or _reported_by_next(ctx, sent):
            continue
        verb = _subjunctive_main_verb(sent)
        if verb is None:
            continue
        # the subject pronoun right before the verb ("Er sei") or right after it ("Daher begegne er")
        pronoun = next((t for t in (ctx.doc[verb.i - 1], ctx.doc[verb.i + 1])
                        if t.tag_ == "PPER" and t.lower_ in ("er", "sie") and sent.start <= t.i < sent.end
                        and (t.i == sent.start or t.i > verb.i)), None)
        if pronoun is None or (pronoun.lower_ == "sie" and verb.lower_.endswith("en")):
            continue  # "sie seien": they, not she
        if any(ctx.entity(t) for t in ctx.doc[sent.start:pronoun.i]):
            continue  # "Strache habe er nie verunglimpfen wollen": the name is the object
        speaker = pronoun_antecedent(ctx, pronoun)
        if speaker is None or speaker.kind != PERSON or _last_subject(ctx, sent) != speaker:
            continue
        out.append(_said(ctx, speaker, _stance(ctx, "assert", "", sent, verb, sent, speaker), sent, sent))
    return out


def _last_subject(ctx: DocContext, sent: Span) -> EntityRef | None:
    """The subject of the nearest sentence before `sent` that names a person: whom the text is about there ("Für
    Griss fand Abwerzger lobende Worte" is about Abwerzger, not Griss)."""
    k = sent.start - 1
    while k >= 0 and ctx.sent_of_token[k] >= ctx.sent_of_token[sent.start] - ANTECEDENT_SENTENCES:
        before = sentence(ctx.doc[k])
        if any(ctx.entity(t) and ctx.entity(t)[1].kind == PERSON for t in before):
            verb = next((t for t in before if t.tag_ in FINITE_TAGS), None)
            return clause_subject(ctx, verb) if verb is not None else None
        k = before.start - 1
    return None


def _between_statements(ctx: DocContext, said: list[Statement]) -> list[Statement]:
    """Direct speech whose quotation marks the source dropped: one or two sentences in the present between two
    sentences in which the same one speaker speaks are that speaker's ("Das ist erschreckend, erklärte X. Die
    Täter dürfen nicht davonkommen. Sie müssen bestraft werden, forderte er."), and so is one sentence before
    continued speech in the subjunctive ("..., sagte X. Jetzt müssen Wege gefunden werden. Dazu sei Druck
    nötig."). Not a sentence in the past, one that asks or quotes, or one that names the speaker."""
    by_sentence: dict[int, set[EntityRef]] = {}
    for st in said:
        by_sentence.setdefault(st.sentence, set()).add(st.speaker)
    sents = list(ctx.doc.sents)
    speakers = [by_sentence.get(ctx.sentence_of(sent[0])) for sent in sents]
    out: list[Statement] = []
    taken: set[int] = set()  # sentences already given to the speaker: each is said once
    for width in (1, 2):
        for k in range(1, len(sents) - width):
            before, after = speakers[k - 1], speakers[k + width]
            if before is None or len(before) != 1 or any(speakers[k:k + width]):
                continue
            if after != before and not (width == 1 and after is None
                                          and _subjunctive_main_verb(sents[k + 1]) is not None):
                continue
            speaker = next(iter(before))
            verbs = [_speech_verb(ctx, sent, speaker) for sent in sents[k:k + width]]
            if all(verb is not None for verb in verbs):
                out += [_said(ctx, speaker, _stance(ctx, "assert", "", sent, verb, sent, speaker), sent, sent)
                        for j, sent, verb in zip(range(k, k + width), sents[k:k + width], verbs, strict=True)
                        if j not in taken]
                taken.update(range(k, k + width))
    return out


def _speech_verb(ctx: DocContext, sent: Span, speaker: EntityRef) -> Token | None:
    """The finite verb of a sentence that can be the speaker's speech without quotation marks: in the present or
    the subjunctive, no question or quotation, not naming the speaker ("Vor der Übernahme hat Premier Fico ..."
    is the writer's); else None."""
    if any(t.text in QUOTES_AND_QUESTION or (ctx.entity(t) and ctx.entity(t)[1] == speaker) for t in sent):
        return None
    verb = next((t for t in sent if t.tag_ in FINITE_TAGS), None)
    if verb is None or not (_present_indicative(verb) or verb.lower_ in SINGULAR_PAST_SUBJUNCTIVES
                            or _subjunctive_main_verb(sent) is not None):
        return None
    return verb


# Present forms that do not end like the infinitive's stem: "ist", "gibt", "muss".
IRREGULAR_PRESENT = {"ist", "sind", "hat", "wird", "kann", "muss", "darf", "soll", "will", "mag", "weiß", "gibt",
                     "nimmt", "hält", "lässt", "sieht", "steht", "geht", "tut", "trägt", "fährt", "läuft", "spricht",
                     "bleibt", "liegt", "scheint", "heißt", "braucht", "kommt", "bringt", "denkt", "kennt", "nennt"}


def _present_indicative(t: Token) -> bool:
    """A finite verb in the present indicative: "dürfen", "bezeugt", "ist"; not the past "sagte", "kam", "war"."""
    word, lemma = t.lower_, t.lemma_.lower()
    if word in IRREGULAR_PRESENT or word == lemma.rsplit(" ", 1)[-1]:
        return True
    # "sein", "tun": their present forms are irregular ("seien" is a subjunctive)
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1] if lemma.endswith(("ln", "rn")) else None
    # a separated particle is joined to the lemma: "bezeugt" of "bezeugen", "stimmt" (... zu) of "zustimmen"
    return bool(stem) and len(word) > 2 and any((stem + ending).endswith(word) for ending in ("t", "et", "en"))


def _colon_parts(ctx: DocContext, st: Statement) -> list[Statement]:
    """A colon joins two main clauses of one speaker, and each says something of its own: continued
    speech goes on after it ("Diese würden ... führen: Dort würden ..."), and reported speech before it
    is the speaker's too when the verb follows the clause after it ("Zuletzt habe man ... vorgelegt, aber:
    Bis heute hat die Regierung nicht geantwortet, beklagte sich X"). Not the clause after "sagte X:",
    which is what the verb says, nor a narrative clause before a quote ("Neben Kritik von ... kam
    Ablehnung von X: Wir lehnen das ab, sagte er")."""
    sent = sentence(ctx.doc[bisect_left(ctx.sent_of_token, st.sentence)])
    colons = [t.i for t in sent if t.text == ":"]
    if not colons:
        return []
    bounds = [sent.start, *(c + 1 for c in colons)]
    parts = [ctx.doc[a:b] for a, b in zip(bounds, [*colons, sent.end], strict=True)]
    if st.verb is not None:
        verb = next((t for t in sent if t.lemma_ == st.verb), None)
        # only a verb after what it says ("..., beklagte sich X") says the clause before the colon too
        own = next((k for k, part in enumerate(parts) if part.start <= verb.i < part.end), None) \
            if verb is not None and ctx.doc[verb.i - 1].text == "," else None
    else:
        at = sent.text.find(st.about or "\0")
        own = next((k for k, part in enumerate(parts) if at >= 0 and part.start_char - sent.start_char <= at
                    < part.end_char - sent.start_char), None)
    if own is None:
        return []
    out = []
    for k, part in enumerate(parts):
        if not len(part):
            continue  # a sentence that opens with its colon (":„Wir lehnen das ab“, erklärte X")
        part = part if part[-1].text not in (".", "?", "!") else part[:-1]
        if k == own or len(part) < 3 or not any(t.tag_ in FINITE_TAGS for t in part):
            continue
        if (k > own and st.verb is not None) or (k < own and _subjunctive_main_verb(part) is None):
            continue
        out.append(_said(ctx, st.speaker, _stance(ctx, "assert", "", part, part[0], sent, st.speaker),
                             part, sent))
    return out


def _quoted_sentences(ctx: DocContext, said: list[Statement]) -> list[Statement]:
    """A quotation over several sentences is the speaker's in each of them: "„Wir haben alles versucht. Das
    ist ein Skandal“, sagte X" and "X sagte: „Wir lehnen das ab. Es ist zu spät.“" (one statement per
    sentence, like continued speech)."""
    sents = list(ctx.doc.sents)
    index = {ctx.sentence_of(s[0]): k for k, s in enumerate(sents)}
    by_sentence: dict[int, list[Statement]] = {}
    for st in said:
        by_sentence.setdefault(st.sentence, []).append(st)
    out: list[Statement] = []
    for number, statements in by_sentence.items():
        k = index.get(number)
        if k is None:
            continue
        marks = [t.text for t in sents[k] if t.text in ("„", "“")]
        step = -1 if marks[:1] == ["“"] else 1 if marks[-1:] == ["„"] else 0  # a quote open to the left/right
        while step:
            k += step
            if not 0 <= k < len(sents) or ctx.sentence_of(sents[k][0]) in by_sentence:
                break
            inside = sents[k]
            marks = [t.text for t in inside if t.text in ("„", "“")]
            if marks:  # the quote's first sentence (its opening mark) or last one (its closing mark), or another quote
                if not (marks[-1] == "„" if step == -1 else marks[0] == "“" and marks[-1] != "„"):
                    break
                step = 0
            for speaker in dict.fromkeys(st.speaker for st in statements):
                out.append(_said(ctx, speaker, _stance(ctx, "assert", "", inside, inside[0], inside, speaker),
                                     inside, inside))
    return out


def _agentless_report(ctx: DocContext, sent: Span) -> Token | None:
    """A reporting verb in the passive that names no one ("wird Transparenz zugesichert", "wurde betont"),
    or None."""
    for t in sent:
        # a source explains and assures ("wird betont", "wird zugesichert"); "wird kritisiert" is anyone's
        if ctx.gaz.reporting_verbs.get(t.lemma_, ("", "noun")) in SOURCE_FRAMES and t.tag_ == "VVPP" \
                and t.lemma_ not in PASSIVE_DEEDS | DECIDING and clause_bounds(t)[2] is None and _passive(t) \
                and _agent(ctx, t) is None:
            # not in a subordinate clause ("..., dass ihr Name nicht genannt werden soll"); said now, in the
            # present ("wurde abgesagt", "müssen beschlossen werden" report deeds)
            start, end, _ = clause_bounds(t)
            finite = [w.lower_ for w in t.doc[start:end] if w.tag_ in ("VAFIN", "VMFIN")]
            return t if finite in (["wird"], ["werden"]) else None
    return None


def _first_person_quote(before: Statement, sent: Span) -> Token | None:
    """Direct speech whose quotation marks the source dropped: after a person's statement, a sentence in
    which someone says "ich" is that person's ("Ich beharre darauf."). Not "wir", which a commentary's
    author uses of himself and his readers. Its finite verb, or None."""
    if before.speaker.kind != PERSON or sent[0].lower_ in ("wenn", "falls", "ob") or any(t.text == "?" for t in sent):
        return None
    if not any(t.tag_ in ("PPER", "PRF") and t.lower_ in ("ich", "mich", "mir") for t in sent):
        return None
    return next((t for t in sent if t.tag_ in FINITE_TAGS), None)


def _said(ctx: DocContext, speaker: EntityRef, stance: str, said: Span, sent: Span,
          verb: str | None = None) -> Statement:
    """The statement that `speaker` says `said` in `sent`, with the lemma of the verb that reports it if there
    is one ("..., so Lawrow", "hieß es" and continued speech have none)."""
    return Statement(speaker=speaker, stance=stance, sentence=ctx.sentence_of(sent[0]), verb=verb,
                     about=said.text.strip(ABOUT_EDGES)[:300] or None, date=_date(ctx, sent), quote=_quote(sent),
                     topics=_topics(said))


def _present_subjunctive(t: Token) -> bool:
    """ "sei", "seien", "müsse", "habe", "gebe": the stem with -e, not after or before "ich"."""
    word, lemma = t.lower_, t.lemma_.lower()
    if word in ("sei", "seien"):
        return True
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1] if lemma.endswith("n") else None
    doc = t.doc
    previous = doc[t.i - 1].lower_ if t.i > 0 else ""
    following = doc[t.i + 1].lower_ if t.i + 1 < len(doc) else ""
    # a separated particle is joined to the lemma: "sehe" (... vor) of "vorsehen"
    return bool(stem) and len(word) > 2 and (stem + "e").endswith(word) and "ich" not in (previous, following)


def _direct_speech(sent: Span) -> bool:
    """A question, or a quotation mark that is not part of a short quoted phrase: "Das Volk werde „in Waffen“
    seine Souveränität verteidigen" is reported speech that quotes two words, not direct speech."""
    doc = sent.doc
    closing: set[int] = set()
    for t in sent:
        if t.text == "„":
            end = quoted_phrase(doc, sent, t.i, 1)
            if end is None:
                return True
            closing.add(end)
        elif t.text in QUOTES_AND_QUESTION and t.i not in closing:
            return True
    return False


def _inserted_relative_clause(sent: Span, t: Token) -> int | None:
    """The comma that closes a relative clause opening at `t` inside the first field, when the finite verb of the
    main clause follows it ("Serbien, das seit 2014 verhandelt, müsse ..."); else None."""
    doc = sent.doc
    if t.tag_ != "PRELS" or t.i == sent.start or doc[t.i - 1].text != ",":
        return None
    closing = next((j for j in range(t.i + 1, sent.end) if doc[j].text == ","), None)
    return closing if closing is not None and closing + 1 < sent.end and doc[closing + 1].tag_ in FINITE_TAGS \
        else None


def _subjunctive_main_verb(sent: Span) -> Token | None:
    """The finite verb in second place when it is a present subjunctive ("sei", "müsse", "habe", "gebe"):
    the mood of reported speech. Not in direct speech, questions or conditions."""
    if _direct_speech(sent):
        return None
    if sent[0].lower_ in ("wenn", "falls", "sofern", "ob"):
        return None
    start = sent.start
    if sent[0].tag_ in FINITE_TAGS and sent[0].lower_ in CONDITION_OPENERS:
        # "Sollte das Land angegriffen werden, werde das Volk ... verteidigen": past the condition
        start = next((t.i + 1 for t in sent if t.text == ","), sent.end)
    k = start
    while k < sent.end:
        t = sent.doc[k]
        k += 1
        if t.tag_ in FINITE_TAGS:
            # the first finite verb decides; the past subjunctive stands in where the present one would look
            # like the indicative ("sie müssten", "würden", "hätten")
            return t if _present_subjunctive(t) or t.lower_ in PLURAL_PAST_SUBJUNCTIVES else None
        closing = _inserted_relative_clause(sent, t)
        if closing is not None:
            k = closing + 1  # "Serbien, das seit 2014 verhandelt, müsse ...": past the clause on the subject
            continue
        if t.tag_ in ("KOUS", "PRELS", "PWAV") or t.lower_ in RELATIVE_ADVERBS:
            # a sentence that opens with a subordinate clause, or has one inside its first field
            # ("Den Vorwurf, wonach die Arbeitgeber ... fordern würden, will X ..."): too loose to tell
            return None
    return None


def _coordinated(ctx: DocContext, speaker: EntityRef, verb: Token) -> list[EntityRef]:
    """ "Slowenien, Kroatien und Mazedonien haben vorgeschlagen": every conjunct speaks; so do both of "Beide"."""
    pair = the_two_before(ctx, verb)
    if pair and speaker == pair[0]:
        return pair[1:]
    start, end, _ = clause_bounds(verb)
    spans = ctx.mentions_between(speaker, start, verb.i)
    doc = ctx.doc
    if not spans:
        after = ctx.mentions_between(speaker, verb.i + 1, min(end, verb.i + 8))
        return _conjuncts_after(ctx, speaker, after[0].end, end) if after else []
    out: list[EntityRef] = []
    # conjuncts before the speaker ("X, Y und Speaker") and after it ("Speaker und Y")
    # the mention nearest the verb is the subject ("mit Südkorea ..., was Washington und Seoul bestreiten")
    for direction in (-1, 1):
        k = spans[-1].start - 1 if direction < 0 else spans[-1].end
        if direction < 0:
            k = skip_attributes(doc, k, -1, start, ctx)  # "die säkularistische CHP", "Ministerin Eva Roth"
        else:
            k = _after_party(doc, k, verb.i)
        while start <= k < verb.i and doc[k].text in (",", "und", "sowie", "als"):
            if doc[k].text == "als":  # "Sowohl X als auch Y"
                if direction < 0 or doc[k + 1].lower_ != "auch":
                    break
                k += 1
            j = skip_attributes(doc, k + direction, direction, start, ctx)
            if j < 0 or j >= len(doc):
                break
            hit = ctx.entity(doc[j])
            if hit and direction > 0:
                hit = holder_after_genitive_state(ctx, hit)  # "Xi und Russlands Präsident Putin bekräftigten"
            if not hit or not _same_side(hit[1], speaker):
                break
            out.append(hit[1])
            k = skip_attributes(doc, hit[0].start - 1, -1, start, ctx) if direction < 0 \
                else _after_party(doc, hit[0].end, verb.i)
    return out


def _same_side(ref: EntityRef, speaker: EntityRef) -> bool:
    """Whether a name joined to the speaker can speak with it: persons with persons, states and organizations
    with each other ("Israel und die Hamas werfen sich vor")."""
    return ref.kind == speaker.kind or {ref.kind, speaker.kind} == {STATE, "organization"}


def _after_party(doc, k: int, limit: int) -> int:
    """The token after a party in brackets that follows a name ("Werner Faymann (SPÖ) als auch ..."), else k."""
    if k + 2 < limit and doc[k].text == "(" and doc[k + 2].text == ")":
        return k + 3
    return k


def _conjuncts_after(ctx: DocContext, speaker: EntityRef, k: int, end: int) -> list[EntityRef]:
    """ "sagten Merkel und Macron": the names joined to an inverted subject after it."""
    doc, out = ctx.doc, []
    k = _after_party(doc, k, end)  # "sagten Kanzler X (SPÖ) und Vize Y (ÖVP)"
    while k + 1 < end and doc[k].text in (",", "und", "sowie"):
        hit = ctx.entity(doc[skip_attributes(doc, k + 1, 1, k + 1, ctx)])
        if not hit or not _same_side(hit[1], speaker):
            break
        out.append(hit[1])
        k = _after_party(doc, hit[0].end, end)
    return out


def _so_statement(ctx: DocContext, token: Token) -> Statement | None:
    """ "..., so der Sozialdemokrat." / "..., so Lawrow.": the clause before is the speaker's."""
    doc, sent = ctx.doc, sentence(token)
    k = token.i + 1
    while k < sent.end and doc[k].tag_ in ("ART", "ADJA"):
        k += 1
    if k >= sent.end:
        return None
    hit = ctx.entity(doc[k])
    speaker = hit[1] if hit and hit[1].kind in (PERSON, STATE, "organization") else None
    noun_stance = _noun_stance(doc[k])
    if speaker is None and (noun_stance or doc[k].text in SOURCE_NOUNS):
        # "..., so der Vorwurf der römischen Staatsanwaltschaft": whose accusation it is says it
        j = skip_attributes(doc, k + 1, 1, k + 1)
        owner = ctx.entity(doc[j]) if j < sent.end and doc[k + 1].lower_ in ("der", "des") else None
        if not owner or owner[1].kind not in (PERSON, STATE, "organization"):
            return None
        speaker = owner[1]
    elif speaker is None and doc[k].text[:1].isupper() and doc[k].tag_ == "NN":
        speaker = pronoun_antecedent(ctx, doc[k]) if not ctx.gaz.office_of(doc[k].text) else (
            ctx.office_holder(doc[k]) or pronoun_antecedent(ctx, doc[k]))
    if speaker is None:
        return None
    # "Die Grünen verweigerten ...: Wer ..., dürfe ..., so X": X says what follows the colon
    start = max((t.i + 1 for t in doc[sent.start:token.i - 1] if t.text == ":"), default=sent.start)
    said = doc[start:token.i - 1]
    stance = noun_stance or _stance(ctx, "assert", "", said, token, sent, speaker)
    return _said(ctx, speaker, stance, said, sent)


def _statement_at(ctx: DocContext, verb: Token, lemma: str) -> Statement | list[Statement] | None:
    """The statement a reporting verb (or idiom, `lemma`) makes (one per claim it joins with ", und dass"), or
    None."""
    sent = sentence(verb)
    if (verb.tag_ == "VVIZU" or verb.i > 0 and verb.doc[verb.i - 1].tag_ == "PTKZU") and not (
            verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].text == ":"):
        return None  # "rief sie auf, am Friedensprozess festzuhalten": what is asked for, not said
    start, end, opener = clause_bounds(verb)
    if opener is not None and opener.lower_ in ("wenn", "falls", "sofern", "sobald", "ob"):
        return None  # "wenn Trump mit Worten droht": a condition; "ob X ihn hätte auffordern müssen": a question
    if _asks(verb, sent):
        return None  # "Warum kritisieren Sie die Regierung?": a question, nobody's statement
    first = ctx.doc[start]
    if first.i != verb.i and first.tag_ in FINITE_TAGS and (start == sent.start or ctx.doc[start - 1].text in (
            ":", "–")) and end + 1 < sent.end and ctx.doc[end].text == "," and ctx.doc[end + 1].tag_ in FINITE_TAGS:
        return None  # "Sollte das Gesetz so beschlossen werden, könne ...": a condition without "wenn"
    k = verb.i - 1
    while k > sent.start and ctx.doc[k].tag_ == "ADV":
        k -= 1
    if k >= sent.start and ctx.doc[k].lower_ == "wie":
        return None  # "wie (bereits) berichtet": the paper's own earlier report, nobody's statement
    if _reported_inside(ctx, verb, sent):
        return None
    if verb.tag_ == "VVFIN" and _attributive_misread(verb):
        return None  # "Die vom Iran unterstützte Huthi-Miliz": a participle before its noun, not a finite verb
    if lemma == "befinden" and any(t.lower_ == "sich" for t in ctx.doc[max(start, verb.i - 3):verb.i + 3]):
        return None  # "wo sie sich befinden": where they are, not what they found
    if lemma == "unterstellen" and verb.tag_ == "VVPP" and any(t.lemma_ == "sein" for t in ctx.doc[start:end]):
        return None  # "die dem Innenministerium unterstellt sind": subordinate to it, not insinuated
    complement = _complement(verb, sent, said_before=_appositive_subject(ctx, verb, sent) is None
                             and _subject_before_relative(ctx, verb, sent) is None
                             and _subject_before_apposition(ctx, verb, sent) is None)
    stance, frame = ctx.gaz.reporting_verbs[lemma]
    noun = _stance_noun(ctx, verb)
    if frame == "noun":  # "übte Kritik an der Reform", "Kritik kam von den Grünen": the noun says what
        if noun is None:
            return None
        if lemma == "kommen":
            speaker = _source_of_coming(ctx, verb)
        else:  # "gegen die Vorwürfe erhoben werden": by someone the clause does not name
            speaker = _agent(ctx, verb) if _passive(verb) else _speaker(ctx, verb, sent)
        if speaker is None:
            return None
        said = _noun_phrase(ctx, noun, verb, sent)
        return Statement(speaker=speaker, stance=_noun_stance(noun), sentence=ctx.sentence_of(verb), verb=lemma,
                         about=said.text, date=_date(ctx, sent), quote=_quote(sent), topics=_topics(said))
    demonstrative = _demonstrative_prefield(verb, sent)
    if demonstrative:  # "Das meldete die Agentur Belga.": what the sentence before says
        complement = sentence(ctx.doc[sent.start - 1])
    elif frame == "clause" and not (_has_clause(verb, sent) or _governs(verb, ("von", "über"))
                                    or _governs(verb, CLAUSE_VERB_PREPOSITIONS.get(lemma, ()))):
        return None
    elif frame == "auf" and not _governs(verb, ("auf", "darauf")):
        return None
    if lemma == "sprechen" and not demonstrative and _talks_with(ctx, verb) and not _has_clause(verb, sent) \
            and not _governs(verb, ("von", "vom")):
        return None  # "hatte mit Kremlchef Putin über die Stützpunkte gesprochen": a talk, nobody's claim
    if lemma == "halten" and _regard(verb):
        complement = _von_phrase(verb) or complement  # "Von der Variante hält er nichts": what he rejects
    if frame == "pp":  # "sich für X aussprechen" supports, "sich gegen X aussprechen" rejects, also "dafür"/"dagegen";
        # the first of them governs: "für Sanktionen gegen Russland" supports
        first = _first_governed(verb, ("für", "dafür", "gegen", "dagegen"))
        if first is None:
            return None
        if first in ("gegen", "dagegen"):
            stance = "reject"
    if _passive(verb):
        # "wurde von der Regierung dementiert", "wurde in Moskau betont"; no agent: nobody to attribute
        speaker = _agent(ctx, verb) or _capital_source(ctx, verb)
    else:
        speaker = _speaker(ctx, verb, sent) or next(iter(the_two_before(ctx, verb)), None)  # "Beide betonten"
    if speaker is None:
        return None
    if frame == "evaluation" or noun is not None and lemma in UTTERANCE_VERBS or demonstrative:
        return _said_by(ctx, verb, lemma, stance, frame, noun, speaker, complement, demonstrative)
    # "sagte, dass die Lage ernst sei, und dass weitere Angriffe die Gespräche gefährden könnten": two claims
    # (one statement where they take one stance: "betonte, dass beide Seiten bleiben sollten, und dass ...")
    parts = _conjoined_claims(complement) if complement is not None else []
    said = [_said_by(ctx, verb, lemma, stance, frame, noun, speaker, part, demonstrative) for part in parts]
    said = list({st.stance: st for st in reversed(said) if st is not None}.values())[::-1]
    if len(said) > 1:
        return said
    return _said_by(ctx, verb, lemma, stance, frame, noun, speaker, complement, demonstrative)


def _conjoined_claims(complement: Span) -> list[Span]:
    """The clauses of a complement that goes on with ", und dass ..." (", sowie dass", ", oder dass"), each
    its own claim; [] when it is one clause."""
    doc = complement.doc
    if complement.start == 0 or doc[complement.start - 1].lower_ != "dass":
        return []  # an object ("wies den Vorschlag zurück, der ..."), not a reported clause
    cuts = [t.i for t in complement if t.lower_ == "dass" and t.i - 2 > complement.start
            and doc[t.i - 1].lower_ in ("und", "sowie", "oder") and doc[t.i - 2].text == ","]
    if not cuts:
        return []
    starts = [complement.start] + [c + 1 for c in cuts]
    ends = [c - 2 for c in cuts] + [complement.end]
    return [doc[a:b] for a, b in zip(starts, ends, strict=True) if b > a]


def _said_by(ctx: DocContext, verb: Token, lemma: str, stance: str, frame: str, noun: Token | None,
             speaker: EntityRef, complement: Span | None, demonstrative: bool) -> Statement | None:
    """The statement of `speaker` with what the verb says: its stance from the verb and the complement."""
    sent = sentence(verb)
    if frame == "evaluation":  # "nannte das Verhalten absurd"; "nannte keine Details" says nothing
        manner = _manner_noun(ctx, verb)  # "reagierte mit scharfer Kritik"
        stance = _evaluation(ctx, complement, verb) or (_noun_stance(manner) if manner is not None else None)
        if stance is None and any(t.lower_ in CONFIDENT for t in ctx.doc[verb.i + 1:min(sent.end, verb.i + 4)]):
            stance = "assert"  # "zeigte sich zuversichtlich, dass eine Einigung gelingt": expects it
        judged = [t for t in complement if t.tag_ != "PTKVZ"] if complement is not None else []
        top = [t for t in _top_level(complement) if t.tag_ != "PTKVZ"] if complement is not None else []
        if stance is None and lemma != "zeigen" and (_praise(top) or any(
                t.tag_ == "ADJD" and t.lemma_.lower() in NECESSARY for t in top) and not _negated_claim(complement)):
            stance = "support"  # "nannte die Sanktionen notwendig", "nannte den Schritt richtig": approves (not
            # "als Chance für eine Veränderung, die notwendig sei", which a relative clause judges)
        if stance is None and any(t.lemma_ in ("ausreichen", "genügen") and any(
                w.lower_ in NEGATIONS for w in judged[max(0, k - 3):k]) for k, t in enumerate(judged)):
            stance = "criticize"  # "nannte die Vereinbarung einen ersten Schritt, der nicht ausreiche": too little
        if stance is None:
            return None
    elif noun is not None and lemma in UTTERANCE_VERBS and not (complement is not None
                                                              and _hope(lemma, verb, complement)):
        # "äußerte scharfe Kritik an der Reform"; not "äußerte die Hoffnung, ihn bald zu treffen", a hope of
        # what to do (below)
        stance = _noun_stance(noun)
        complement = _noun_phrase(ctx, noun, verb, sent)
    else:
        stance = _stance(ctx, stance, lemma, complement, verb, sent, speaker)
    if demonstrative and ctx.speakers.get(ctx.sentence_of(verb) - 1, {speaker}) - {speaker}:
        stance = "assert"  # "X befürchtet eine Eskalation. Das sagte Y.": Y tells what X fears
    particle = next((t for t in complement if t.tag_ == "PTKVZ" and lemma.startswith(t.lower_)), None) \
        if complement is not None else None
    if particle is not None:  # "stimmten dem Plan zu", "wies die Vorwürfe zurück und erklärte, ...": the verb ends
        complement = complement.doc[complement.start:particle.i]
    about = complement.text.strip(ABOUT_EDGES) if complement is not None and len(complement) else None
    return Statement(speaker=speaker, stance=stance, sentence=ctx.sentence_of(verb), verb=lemma,
                     about=about[:300] if about else None, date=_date(ctx, sent),
                     quote=_quote(sent), topics=_topics(complement))


def _asks(verb: Token, sent: Span) -> bool:
    """The verb asks: its sentence ends in a question mark and opens (after an interview's "STANDARD:") with a
    question word or the verb ("Warum kritisieren Sie ...?"); not a quoted question ("„Warum?“, fragte er.")."""
    words = [t for t in sent if not t.is_space and (t.text == "?" or t.text not in QUOTES_AND_QUESTION)]
    if not words or words[-1].text != "?":
        return False
    colon = next((k for k, t in enumerate(words[:4]) if t.text == ":"), None)
    first = words[colon + 1] if colon is not None and colon + 1 < len(words) else words[0]
    return first.i == verb.i or first.tag_ in ("PWAV", "PWS", "PWAT")


def _report_lemma(ctx: DocContext, verb: Token) -> str:
    """The verb's lemma, or the reporting idiom it is part of: "stellte das in Abrede" -> "in Abrede stellen",
    "gab zu bedenken", "ließ ihn wissen" (the idiom's words in the verb's clause)."""
    idioms = ctx.gaz.reporting_idioms.get(verb.lemma_)
    if idioms:
        start, end, _ = clause_bounds(verb)
        doc = ctx.doc
        for k in range(start, end):
            before = doc[k - 1].lower_ if k > start else ""
            idiom = idioms.get((before, doc[k].lower_)) or idioms.get(("", doc[k].lower_))
            if idiom is not None and k != verb.i:
                return idiom
    lemma = verb.lemma_
    if lemma.startswith("weiter") and lemma not in ctx.gaz.reporting_verbs and lemma[6:] in ctx.gaz.reporting_verbs:
        return lemma[6:]  # "sagte X weiter": went on to say ("weitersagen" is to pass on)
    return lemma


def _reports(ctx: DocContext, verb: Token) -> bool:
    """The verb is a reporting verb or ends a reporting idiom: "sagte", "ließ ... wissen"."""
    if _report_lemma(ctx, verb) in ctx.gaz.reporting_verbs:
        return True
    start, _, _ = clause_bounds(verb)
    return any(t.pos_ == "VERB" and t.lemma_ in ctx.gaz.reporting_idioms and _report_lemma(ctx, t)
               in ctx.gaz.reporting_verbs for t in ctx.doc[start:verb.i])


def _reported_inside(ctx: DocContext, verb: Token, sent: Span) -> bool:
    """A reporting verb inside what another one reports, with no speaker in its own clause: "Gruber sagte,
    die Regierung habe nicht geantwortet" reports no answer of Gruber's. A pronoun as its subject is the
    outer speaker, whose statement already takes this verb's stance: "Gruber ließ wissen, dass er den Plan
    nicht unterstützen werde" is one statement."""
    doc = ctx.doc
    if doc[verb.i - 1].lower_ in (",", "und", "sowie", "aber", "sondern"):
        return False  # "..., sagte er", "und kritisierte die Regierung": a clause of its own
    # not a zu-infinitive: "Von einer Vision sei kaum etwas zu bemerken, daher glaubt er" reports nothing before
    outer = [t for t in doc[sent.start:verb.i - 1] if t.pos_ == "VERB" and doc[t.i + 1].text == ","
             and _reports(ctx, t) and doc[t.i - 1].lower_ != "zu" and t.tag_ != "VVIZU"]
    if outer and doc[outer[-1].i + 2].tag_ in ("PRELS", "PRELAT"):
        return False  # "hatte eine Waffenruhe verkündet, die Kiew zurückwies": a relative clause is no report
    if outer:
        inner = doc[outer[-1].i + 2:verb.i]
    elif any(t.pos_ == "VERB" and t.lemma_ in ctx.gaz.reporting_verbs and doc[t.i - 1].text == ","
             and not _second_verb(t) and _subject_before_relative(ctx, t, sent) is None
             for t in doc[verb.i + 1:sent.end]):
        # "Bis heute hat die Regierung nicht geantwortet, beklagte sich X": said before the verb that reports it
        inner = doc[max((t.i + 1 for t in doc[sent.start:verb.i] if t.text in (":", "„", "»")), default=sent.start)
                    :verb.i]
    else:
        return False
    if verb.tag_ == "VVFIN" and _present_subjunctive(verb):
        return True  # "Russland unterstütze die Führung in Belgrad, sagte sie": her words, not Russia's statement
    # a name inside a phrase of a preposition is none of the verb's speakers: "beide hätten über eine
    # Waffenruhe in der Ukraine gesprochen"
    return not any((t.tag_ == "PPER" and not (outer and t.lower_ in ("er", "sie")))
                   or (ctx.entity(t) and ctx.entity(t)[1].kind in ACTORS
                       and not in_prepositional_phrase(ctx, t.i, inner.start)) for t in inner)


def _stance_noun(ctx: DocContext, verb: Token) -> Token | None:
    """A stance noun that is the verb's subject or object: in its clause, not inside a prepositional
    phrase ("übte Kritik an der Reform"; not "reagierte auf die Kritik")."""
    start, end, _ = clause_bounds(verb)
    for t in ctx.doc[start:end]:
        if t.tag_ == "NN" and _noun_stance(t) and not in_prepositional_phrase(ctx, t.i, start):
            return t
    return None


def _manner_noun(ctx: DocContext, verb: Token) -> Token | None:
    """A stance noun after "mit" in the verb's clause: "reagierte mit scharfer Kritik", "mit Ablehnung"."""
    start, end, _ = clause_bounds(verb)
    doc = ctx.doc
    for k in range(start, end - 1):
        if doc[k].lower_ == "mit":
            j = k + 1
            while j < end and doc[j].tag_ in ("ADJA", "ADV", "ADJD"):
                j += 1
            if j < end and doc[j].tag_ == "NN" and _noun_stance(doc[j]):
                return doc[j]
    return None


def _noun_phrase(ctx: DocContext, noun: Token, verb: Token, sent: Span) -> Span:
    """The stance noun with what follows it up to the verb or punctuation: "Kritik an der Reform"."""
    end = next((k for k in range(noun.i + 1, sent.end) if ctx.doc[k].is_punct or k == verb.i
                or ctx.doc[k].tag_ == "PTKVZ"), sent.end)  # not the verb's particle: "meldete Vorbehalte an"
    return ctx.doc[noun.i:end]


def _noun_stance(t: Token) -> str | None:
    word = t.lemma_.lower().rsplit("-", 1)[-1]
    return next((stance for noun, stance in STANCE_NOUNS.items() if word == noun or (
        word.endswith(noun) and len(word) > len(noun) + 3)), None)


def _met_with(ctx: DocContext, verb: Token) -> Statement | None:
    """ "Der Vorschlag stieß bei der Opposition auf Kritik", "stößt in Moskau auf Ablehnung": who receives the
    subject so judges it, with the stance of the noun after "auf"."""
    start, end, _ = clause_bounds(verb)
    doc = ctx.doc
    noun = speaker = None
    for k in range(start, end - 1):
        if doc[k].lower_ == "auf" and noun is None:
            j = skip_attributes(doc, k + 1, 1, k + 1)
            noun = doc[j] if j < end and doc[j].tag_ == "NN" and _noun_stance(doc[j]) else None
        elif doc[k].lower_ in ("bei", "beim", "in") and speaker is None:
            j = skip_attributes(doc, k + 1, 1, k + 1, ctx)  # also "bei Landeshauptmann Günther Platter"
            hit = ctx.entity(doc[j]) if j < end else None
            if hit and hit[0].start == j and hit[1].kind == PLACE and doc[k].lower_ == "in":
                state = ctx.capital_state(hit[0].text)  # "in Kiew": the capital acts for its state
                hit = (hit[0], state) if state is not None else None
            if hit and hit[0].start == j and hit[1].kind in (PERSON, STATE, "organization"):
                speaker = hit[1]
    if noun is None or speaker is None:
        return None
    return _judged(ctx, speaker, noun, verb, doc[start:verb.i] if verb.i > start else doc[verb.i + 1:end])


def _reaped(ctx: DocContext, verb: Token) -> Statement | None:
    """ "Zustimmung erntete der Kanzler von den Grünen", "erntete Kritik von der FPÖ": who gives the praise or
    criticism the subject reaps speaks, with the noun's stance."""
    start, end, _ = clause_bounds(verb)
    doc = ctx.doc
    noun = next((t for t in doc[start:end] if t.tag_ == "NN" and _noun_stance(t)), None)
    speaker = _source_of_coming(ctx, verb)
    if noun is None or speaker is None:
        return None
    return _judged(ctx, speaker, noun, verb, doc[start:end])


# Stance nouns whose genitive names who takes the stance: "die Forderung der Wiener SPÖ", "ein Vorschlag der
# EU-Kommission" (not "die Zustimmung der Grünen", which is often only needed or hoped for).
OWNED_STANCES = ("kritik", "vorwurf", "vorwürfe", "forderung", "vorschlag", "warnung", "drohung", "appell", "aufruf",
                 "ablehnung", "absage", "dementi")


def _owned_stance(ctx: DocContext, noun: Token) -> Statement | None:
    """ "Ende der Woche tauchte die Forderung der Wiener SPÖ auf, ...": the actor in the genitive after a stance
    noun, or the person its possessive stands for, takes its stance (not after "keine Kritik der ...")."""
    doc = ctx.doc
    word = noun.lemma_.lower().rsplit("-", 1)[-1]
    if not word.endswith(OWNED_STANCES) or _noun_stance(noun) is None or doc[noun.i - 1].lower_ in NEGATIONS:
        return None
    sent = sentence(noun)
    k = noun.i - 1
    while k > sent.start and doc[k].tag_ == "ADJA":
        k -= 1
    if doc[k].tag_ == "PPOSAT" and doc[k].lower_.startswith(("sein", "ihr")) and doc[k].text[:1].islower():
        found = _possessor(ctx, noun, doc[k], sent)
    else:
        found = _genitive_owner(ctx, noun, sent)
    if found is None and k > sent.start and doc[k - 1].lower_ == "mit" and doc[k].lower_ in ("der", "seiner", "ihrer") \
            and not (noun.i + 1 < sent.end and doc[noun.i + 1].lower_ in ("der", "des", "von")):
        # "Zuletzt sorgte er mit der Forderung nach einem Einreiseverbot für Empörung": the subject's demand
        speaker = clause_subject(ctx, noun)
        end = next((j for j in range(noun.i + 1, sent.end) if doc[j].is_punct or doc[j].pos_ in ("VERB", "AUX")),
                   sent.end)
        found = (speaker, doc[noun.i + 1:end]) if speaker is not None else None
    if found is None:
        return None
    speaker, about = found
    return Statement(speaker=speaker, stance=_noun_stance(noun), sentence=ctx.sentence_of(noun), verb=None,
                     about=about.text.strip(" \n,.") or None, date=_date(ctx, sent), quote=_quote(sent),
                     topics=_topics(about))


def _possessor(ctx: DocContext, noun: Token, possessive: Token, sent: Span) -> tuple[EntityRef, Span] | None:
    """ "Auch sein Vorschlag, dass Tirol einen Hubschrauber ankaufe, sei abgelehnt worden": (the person, what the
    clause after the noun says, else the noun phrase)."""
    doc = ctx.doc
    start = clause_bounds(noun)[0]
    if any((hit := ctx.entity(t)) and hit[1].kind != PERSON for t in doc[start:possessive.i]):
        return None  # "weil Russland auf seinen Forderungen beharrt": the state's own, which it states itself
    # the person the clause names before the possessive ("Eva Lang erneuerte ihre Forderung"), else its antecedent
    ref = next((hit[1] for t in doc[start:possessive.i] if (hit := ctx.entity(t)) and hit[1].kind == PERSON
                and not in_prepositional_phrase(ctx, hit[0].start, start)), None) \
        or pronoun_antecedent(ctx, possessive)
    if ref is None or ref.kind != PERSON:
        return None
    comma = noun.i + 1 < sent.end - 1 and doc[noun.i + 1].text == ","
    return ref, doc[noun.i + 2:clause_bounds(doc[noun.i + 2])[1]] if comma else doc[possessive.i:noun.i + 1]


def _genitive_owner(ctx: DocContext, noun: Token, sent: Span) -> tuple[EntityRef, Span] | None:
    """ "die Kritik der Grünen an der Reform": (the actor in the genitive, the complement after it, else the
    noun phrase)."""
    doc = ctx.doc
    if noun.i + 1 >= sent.end or doc[noun.i + 1].lower_ not in ("der", "des"):
        return None
    j = skip_attributes(doc, noun.i + 2, 1, noun.i + 2)
    hit = ctx.entity(doc[j]) if j < sent.end else None
    if hit is None or hit[0].start != j or hit[1].kind not in (PERSON, STATE, "organization"):
        return None
    _, end, _ = clause_bounds(noun)
    about = doc[hit[0].end:end] if hit[0].end < end and doc[hit[0].end].lower_ in (
        "nach", "an", "zu", "zur", "zum", "gegen", "für", "über") else doc[noun.i:hit[0].end]
    while len(about) > 1 and about[-1].is_punct:
        about = about[:-1]
    if len(about) > 1 and about[-1].tag_ == "PTKVZ":
        about = about[:-1]  # "wies die Kritik der Grünen an der Reform zurück"
    return hit[1], about


def _judged(ctx: DocContext, speaker: EntityRef, noun: Token, verb: Token, about: Span) -> Statement:
    """The statement of one who judges `about` with the stance of `noun` ("Kritik", "Zustimmung"), told by `verb`."""
    sent = sentence(verb)
    return Statement(speaker=speaker, stance=_noun_stance(noun), sentence=ctx.sentence_of(verb), verb=verb.lemma_,
                     about=about.text.strip(" \n,.") or None, date=_date(ctx, sent), quote=_quote(sent),
                     topics=_topics(about))


def _source_of_coming(ctx: DocContext, verb: Token) -> EntityRef | None:
    """ "Kritik kam von den Grünen", "Von der FPÖ kam eine Absage": the actor after "von"."""
    start, end, _ = clause_bounds(verb)
    doc = ctx.doc
    for k in range(start, end - 1):
        if doc[k].lower_ in ("von", "vom"):
            j = skip_attributes(doc, k + 1, 1, k + 1)
            hit = ctx.entity(doc[j]) if j < end else None
            if hit and hit[1].kind in (PERSON, STATE, "organization") and hit[0].start == j:
                return hit[1]
    return None


def _passive(verb: Token) -> bool:
    """ "wurde dementiert", "wird kritisiert", "ist ... besprochen worden": the subject is not the speaker."""
    if verb.tag_ != "VVPP":
        return False
    start, end, _ = clause_bounds(verb)
    # the auxiliary precedes the participle, or follows it at the clause's end ("dementiert worden war");
    # one after a comma is another clause's ("hatte erklärt, er werde kandidieren")
    after = verb.doc[verb.i + 1:min(end, verb.i + 3)]
    after = after[:next((t.i - after.start for t in after if t.is_punct), len(after))]
    # "war nach Beirut gereist und hatte Unterstützung bekundet": an auxiliary after "und" is the second
    # conjunct's own; the first one's "war" makes it no passive
    joined = next((t.i for t in reversed(verb.doc[start:verb.i]) if t.lower_ in ("und", "sowie", "oder")
                   and any(a.pos_ == "AUX" for a in verb.doc[t.i + 1:verb.i])), None)
    if joined is not None:
        start = joined + 1
    auxiliaries = [t for t in (*verb.doc[start:verb.i], *after) if t.pos_ == "AUX"]
    if any(t.lemma_ in PASSIVE_AUX for t in auxiliaries):
        return True
    # "Die Ministerin sei gefordert": the state a demand leaves; not "ist überzeugt" (a state of mind, the
    # subject's own) or "bestätigt hat" (the perfect, after a "wäre" of another clause)
    return verb.lemma_ not in STATES_OF_MIND and any(t.lemma_ == "sein" for t in auxiliaries) and not any(
        t.lemma_ == "haben" for t in after)


def _agent(ctx: DocContext, verb: Token) -> EntityRef | None:
    start, end, _ = clause_bounds(verb)
    doc = ctx.doc
    for i in range(start, end - 1):
        if doc[i].lower_ in ("von", "vom", "durch"):
            k = i + 1
            while k < end and doc[k].tag_ in ("ART", "ADJA"):
                k += 1
            hit = ctx.entity(doc[k]) if k < end else None
            if hit and hit[1].kind in (PERSON, STATE, "organization"):
                return hit[1]
    return None


def _capital_source(ctx: DocContext, verb: Token) -> EntityRef | None:
    """ "wurde in Moskau betont", "hieß es aus Peking": the state whose capital the passive report comes from."""
    start, end, _ = clause_bounds(verb)
    doc = ctx.doc
    # before the participle, or after the finite verb up to a comma ("hieß es aus Peking"); not in the report
    # after it ("wurde gemeldet, er sei in Brüssel verhaftet worden")
    end = verb.i if verb.tag_ == "VVPP" else next((t.i for t in doc[verb.i:end] if t.text == ","), end)
    for i in range(start, end - 1):
        if doc[i].lower_ in ("in", "aus") and (hit := ctx.entity(doc[i + 1])) and hit[0].start == i + 1:
            capital = ctx.gaz.capitals.get(hit[0].text)
            if capital and (hit[0].end == verb.i or (i > start and doc[i - 1].tag_ == "VAFIN")):
                # right before the participle or after the auxiliary: the report's source, not part of its subject
                # ("Die Lage in Kiew wurde als ernst bezeichnet")
                return EntityRef(STATE, capital)
    return None


def _stance(ctx: DocContext, stance: str, lemma: str, complement: Span | None, verb: Token, sent: Span,
            speaker: EntityRef | None) -> str:
    """The verb's stance, refined by what the reported clause says.

    An assertion takes the stance of a stance verb inside its clause ("erklärte, man weise
    das zurück" rejects); a claim with "sollte" proposes, one with "müsse", "nur ... wenn", "darf
    nicht" or "wir brauchen" demands, one that calls something a threat warns. A negated claim
    denies; it rejects when it is about a proposal, criticizes when it is indignant or about an
    actor other than the speaker's side, and asserts when it is a litotes ("kein Geheimnis").
    """
    if stance in ("support", "propose") and _verb_negated(verb, sent):
        return "reject"  # "stimmte nicht zu", "hat keinen Kandidaten nominiert"
    if lemma == "ausschließen" and (_verb_negated(verb, sent) or _negated_before_particle(verb, sent)):
        # "schloss einen Atomangriff nicht aus" threatens one; "schließt eine Kandidatur nicht aus" says it may be
        said = [t.lower_ for t in complement] if complement is not None else []
        return "warn" if any(stem in w for w in said for stem in HARMS + THREATS) else "assert"
    if _declines(verb, sent):
        return "reject"  # "wollte dazu nichts sagen", "wollte sich nicht äußern": declines to comment
    if complement is not None and (hoped := _hope(lemma, verb, complement)):
        return hoped
    if lemma == "halten" and (regard := _regard(verb)):
        return regard  # "Von der Variante hält er nichts"
    if stance != "assert" or complement is None or lemma in ADMITTING:
        return stance  # "räumte ein, dass Fehler gemacht worden seien": an admission asserts, whatever it judges
    if len(complement) and complement[0].lower_ in CONDITION_OPENERS and complement[0].tag_ in FINITE_TAGS and any(
            t.text == "," and t.i + 1 < complement.end and complement.doc[t.i + 1].lower_ in CONSEQUENCES
            for t in complement):
        return "warn"  # "Sollte das Land angegriffen werden, werde das Volk es verteidigen": a threat
    condition = next((t for t in complement if t.lower_.startswith("sollte") and t.tag_ == "VMFIN"
                      and t.i > complement.start + 2 and _conditional(t, complement)), None)
    if condition is not None:  # "stellten X in Aussicht, sollte die Türkei nicht ...": the condition says nothing
        complement = complement.doc[complement.start:condition.i - 1]
    words = [t.lower_ for t in complement]
    if "wünschen" in words and "übrig" in words[words.index("wünschen"):]:
        return "criticize"  # "lasse zu wünschen übrig"
    if lemma in ("äußern", "zeigen") and "kritisch" in words[:6]:
        return "criticize"  # "äußerte sich kritisch über Japan" (not "die Lage sei kritisch")
    # not the words of a relative clause ("eine Umfrage, derzufolge ..."), nor of a clause with the claim
    # ("Es sei belegt, dass Beihilfen ausbezahlt werden müssen" demands nothing)
    top = _top_level(complement)
    conditional = any(t.lower_ in ("würde", "würden", "könnte", "könnten") for t in top)
    # "Die Militarisierung werde Europa schwächen": a harm in the future is foretold too
    future_harm = any(t.lower_ in ("werde", "werden", "wird") for t in top) and any(
        t.lemma_ in HARM_VERBS and t.tag_ == "VVINF" for t in top)
    if (lemma in FORETELLING or conditional or future_harm) and not _negated_claim(complement) \
            and not any(w.startswith("niemand") for w in words) and (
            any(stem in w and _stem_at_part(w, stem) for w in words for stem in HARMS)
            or any(t.lemma_ in HARM_VERBS for t in top)):
        # a harm foretold ("sagte hohe Zollkosten voraus") or said to follow ("würde einen Schock auslösen",
        # "könnten die Wirtschaft gefährden")
        return "warn"
    if _threat(top, words) and not _negated_claim(complement):
        return "warn"  # "Ägypten werde seine Interessen mit allen Mitteln schützen", "würden einen hohen Preis zahlen"
    if len(top) > 2 and top[0].lower_ == "man" and top[1].lower_ in ("könnte", "sollte") and not _negated_claim(
            complement):
        return "propose"  # "Man könnte die Frist verlängern"
    for t in top:
        inner, frame = ctx.gaz.reporting_verbs.get(t.lemma_, ("assert", ""))
        if inner != "assert" and t.pos_ == "VERB" and frame != "pp" and not (
                frame == "auf" and not _governs(t, ("auf", "darauf"))) and not (
                t.tag_ == "VVPP" and any(w.lemma_ in ("haben", "sein") and w.tag_ == "VAFIN" for w in top)):
            # "setzte Tränengas ein" supports nothing; "man habe Polen rechtzeitig gewarnt" tells of a past act;
            # "dass er die Kandidatur nicht unterstützen würde" rejects it
            return "reject" if inner == "support" and _negated_claim(complement) else inner
    # "sollten keine Wahlen stattfinden", "müsse aufhören": a demand or proposal, even when negated
    future = any(t.lower_ in ("wird", "werden") and t.tag_ == "VAFIN" for t in top)  # "wird ... anerkennen müssen"
    if any(t.lemma_ == "müssen" and t.tag_ == "VMFIN" and not t.lower_.startswith("musste") and not future
           for t in top) \
            or ("nur" in words and "wenn" in words) or _obligation(complement) or _bidden(top):
        return "demand"  # not the past "musste notlanden", a report of what happened
    if "notfalls" in words or "andernfalls" in words:
        return "warn"  # "kündigte an, notfalls vor Gericht zu ziehen": a threat
    if any(t.lemma_ == "sollen" and t.tag_ == "VMFIN" and t.lower_.startswith("sollte")
           and not _conditional(t, complement) for t in top):
        return "propose"  # not the condition "Sollte die Regierung das planen, ..."
    if _negated_claim(complement) and lemma == "ankündigen" and any(t.tag_ in ("PTKZU", "VVIZU") for t in top) \
            and not any(t.tag_ in FINITE_TAGS for t in top):
        return "assert"  # "kündigte an, nicht mehr anzutreten": announces a plan of one's own, denies nothing
    if _negated_claim(complement):
        if any(t.lower_.startswith("kein") and k + 1 < len(top) and top[k + 1].text in NEEDS
               for k, t in enumerate(top)):
            return "reject"  # "sehe keinen Bedarf für Änderungen", "es gebe keinen Grund dafür"
        if any(t.lemma_ in ("zögern", "zurückschrecken") for t in top):
            return "warn"  # "würden nicht zögern, die notwendigen Schritte zu ergreifen": a threat
        if lemma in DECIDING or any(w.startswith(PROPOSAL_NOUNS) for w in words[:8]) \
                and not (words[:1] == ["es"] and complement[1].lemma_ == "geben"):  # "Es gibt keinen Plan" denies
            return "reject"
        if _criticism_beside_negation(ctx, complement):
            return "criticize"  # "sagt nicht die Wahrheit ... eine Farce", "keine gute Sitte, ... unverantwortlich"
        if _indignation(complement) or _third_party_subject(ctx, complement, speaker):
            return "criticize"
        if any(w in LITOTES for w in words) or _negated_judgment(complement) or _own_view(complement):
            return "assert"  # "ist kein Geheimnis" says that it is so; "sei nicht einfach" judges
        if any(t.lemma_ in INTENDING and t.tag_ == "VVFIN" for t in top):
            return "assert"  # "dass Russland nicht vorhat, den Krieg zu beenden": tells its own plan
        if any(t.lemma_ in ("wollen", "sollen") and t.tag_ == "VMFIN" for t in top):
            return "reject"  # "er wolle keine Wahlempfehlung abgeben", "Heime sollen nicht hier errichtet werden"
        if lemma in AFFIRMING:
            return "assert"  # "bestätigte, dass Kiew kein Territorium verlieren werde": an assurance
        if any(t.lower_ in FUTURE_AUXILIARIES for t in top) and not any(t.tag_ == "VVPP" for t in top):
            return "reject"  # "werde über seine Souveränität nicht verhandeln": refuses what is asked of it
        return "deny"
    evaluation = _evaluation(ctx, complement, verb) or ("criticize" if _excess(top) or _blames(top) else None)
    if evaluation == "criticize" and any(t.lower_ in ("würde", "würden") for t in top):
        return "warn"  # "ein Ausstieg würde das Wachstum beeinträchtigen": a bad consequence foretold
    if evaluation is None and any(t.tag_ == "ADJD" and t.lemma_.lower() in NECESSARY for t in top) \
            and not _negated_claim(complement):
        return "demand"  # "Nötig seien ein Waffenstillstand und Garantien"
    if evaluation is None and lemma == "sprechen" and len(top) > 2 and top[0].lower_ in ("von", "vom"):
        named = [t.lower_ for t in top[1:7]]
        if any(t.tag_ == "ADJA" and t.lemma_.lower() in PRAISE | SIGNIFICANT for t in top[1:7]) or any(
                w.startswith(HOPEFUL_NAMES) for w in named):
            return "support"  # "sprach von einem guten Ergebnis", "von einem Neubeginn"
        if any(w.startswith(DAMNING_NAMES) for w in named):
            return "criticize"  # "sprach von einem terroristischen Akt", "von ausländischer Einflussnahme"
    if evaluation is None and _praise(top):
        # "zielführender wären Integrationsmaßnahmen", "besser wäre es, ...": what would be good proposes, and so
        # does being ready for something ("Man sei zu Gesprächen bereit": an offer)
        return "propose" if any(t.lower_ in ("wäre", "wären") or t.lemma_.lower() in WILLING for t in top) \
            else "support"
    return evaluation or stance


def _hope(lemma: str, verb: Token, complement: Span) -> str | None:
    """What a hope says ("hoffe, dass ...", "äußerte die Hoffnung, dass ..."): hoping that something be done
    ("dass die Frage gelöst werde") or that the sides act ("dass beide Seiten Zurückhaltung üben") appeals to
    those who must do it, a demand; hoping to do something oneself ("hofft, ihn bald zu treffen") proposes it.
    None when no hope is said or it says neither."""
    if lemma != "hoffen" and not (lemma in UTTERANCE_VERBS and any(
            t.lemma_ == "Hoffnung" for t in verb.doc[verb.i + 1:complement.start])):
        return None
    top = _top_level(complement)
    passive = any(t.lemma_ == "werden" and t.tag_ == "VAFIN" for t in top) and any(t.tag_ == "VVPP" for t in top)
    if passive or any(t.lower_ in APPEALED for t in top[:4]):
        return "demand"
    if any(t.tag_ in ("PTKZU", "VVIZU") for t in top) and not any(t.tag_ in FINITE_TAGS for t in top):
        return "propose"
    return None


def _bidden(top: list[Token]) -> bool:
    """ "solle" in reported speech, with an active infinitive: what someone is told to do ("Paris solle die
    Wahlen vorziehen"). "solle ... werden" is left out: a passive tells a plan as often ("Das Lager solle
    geschlossen werden")."""
    return any(t.lower_ == "solle" and t.tag_ == "VMFIN" for t in top) and not any(
        t.lemma_ == "werden" and t.tag_ == "VAINF" for t in top)


def _threat(top: list[Token], words: list[str]) -> bool:
    """A claim in the future that the speaker's side will strike back: a retaliation ("werde sich verteidigen",
    "werde scheitern", "würden zur Rechenschaft gezogen"), a price to pay, or resolve ("mit allen Mitteln",
    "unter allen Umständen")."""
    if not any(t.lower_ in CONSEQUENCES | {"wird"} and t.tag_ == "VAFIN" for t in top):
        return False
    text = " ".join(words)
    return any(t.lemma_ in RETALIATION_VERBS and t.tag_ in ("VVINF", "VVPP") for t in top) \
        or any(t.lemma_ in ("reagieren", "antworten") for t in top) and any(w in FIRM_MANNER for w in words) \
        or "rechenschaft" in words or "konsequenzen" in words or "preis" in words and any(
            w.endswith(("zahlen", "zahlt")) for w in words) or any(phrase in text for phrase in RESOLVE_PHRASES)


def _regard(verb: Token) -> str | None:
    """ "hält nichts/wenig von X" rejects X, "hält viel von X" supports it; None for another "halten"."""
    start, end, _ = clause_bounds(verb)
    # the "von" phrase may come before a relative clause: "Von einer Koalition, die ..., hält er wenig"
    if not {t.lower_ for t in verb.doc[verb.sent.start:end]} & {"von", "vom", "davon"}:
        return None
    words = {t.lower_ for t in verb.doc[start:end]}
    return "reject" if words & {"nichts", "wenig"} else "support" if "viel" in words else None


def _von_phrase(verb: Token) -> Span | None:
    """The "von" phrase of the verb's clause, up to the verb or the clause's next punctuation."""
    _, end, _ = clause_bounds(verb)
    doc = verb.doc
    von = next((t for t in doc[verb.sent.start:end] if t.lower_ in ("von", "vom")), None)
    if von is None:
        return None
    stop = verb.i if von.i < verb.i else next((t.i for t in doc[von.i:end] if t.is_punct), end)
    return doc[von.i:stop] if stop > von.i + 1 else None


def _conditional(verb: Token, span: Span) -> bool:
    """A finite verb that opens a condition: first in what is said or after a colon ("Sollte die Regierung das
    planen, ..."), or after a comma that ends a main clause ("stellten X in Aussicht, sollte die Türkei nicht
    ..."); not after a subordinate clause, where it is the main clause's ("Solange ..., sollten keine Wahlen")."""
    doc = verb.doc
    if verb.i == span.start or doc[verb.i - 1].text in (":", "–"):
        return True
    if doc[verb.i - 1].text != ",":
        return False
    k = verb.i - 2
    while k >= span.start and doc[k].text not in (",", ":"):
        k -= 1
    return doc[k + 1].tag_ not in ("KOUS", "PWAV", "PRELS")


def _blames(top: list[Token]) -> bool:
    """What is missing or someone has to answer for: "zum Teil fehle der Praxisbezug", "den Stillstand hat
    die Regierung zu verantworten", "für die Schlappe sei der Bund verantwortlich"."""
    return any((t.lemma_ == "fehlen" and t.tag_ == "VVFIN") or (
        t.lemma_ == "verantworten" and k > 0 and top[k - 1].lower_ == "zu") or (
        # "für die Armut seien die Systeme verantwortlich": to blame
        t.lower_ == "verantwortlich" and any(w.lower_ == "für" for w in top[:k])
        and not any(w.lower_ in NEGATIONS for w in top[max(0, k - 2):k])) for k, t in enumerate(top))


def _praise(top: list[Token]) -> bool:
    """A predicate that approves, not negated: "hält das für richtig", "die Partnerschaft ist wichtig",
    "offen für ein Angebot", "zu Gesprächen bereit"."""
    for k, t in enumerate(top):
        # "bereit" closing a clause is often read as a verb particle ("Man sei zu Gesprächen bereit")
        approves = (t.tag_ == "ADJD" or t.lower_ == "bereit") and (
            t.lemma_.lower() in PRAISE | WILLING | {"wichtig", "positiv"}
            or (t.lower_ == "offen" and k + 1 < len(top) and top[k + 1].lower_ == "für"))  # "offen für ein Angebot"
        if approves and not any(w.lower_ in NEGATIONS for w in top[max(0, k - 2):k]) \
                and not (k > 0 and top[k - 1].lower_ == "zu"):
            return True
    return False


def _declines(verb: Token, sent: Span) -> bool:
    """A reporting verb negated under "wollen": the speaker declines to say."""
    start, end, _ = clause_bounds(verb)
    clause = verb.doc[start:end]
    return any(t.lemma_ == "wollen" and t.tag_ == "VMFIN" for t in clause) and (
        _verb_negated(verb, sent) or any(t.lower_ == "nichts" for t in verb.doc[start:verb.i]))


def _excess(top: list[Token]) -> bool:
    """Too much of something: "der Zeitdruck sei zu groß", "sie schauten zu sehr auf ...", "viel zu spät".
    Not "nicht zu komplex", which plays a worry down."""
    return any(t.lower_ == "zu" and k + 1 < len(top)
               and (t.tag_ in ("PTKA", "ADV") and top[k + 1].tag_ in ("ADJD", "ADV")
                    or top[k + 1].lower_ in ("wenig", "viel"))  # "zu wenig", tagged as a preposition
               and top[k + 1].lower_ not in ("hause", "ende")
               and not any(w.lower_ in NEGATIONS for w in top[max(0, k - 2):k])
               for k, t in enumerate(top))


def _own_view(complement: Span) -> bool:
    """A negated clause about what "man" or "wir" do or can, or what can be, or a negated belief: a view,
    not the denial of a fact ("das Amt brauche man nicht", "wir leiden nicht an ...", "Das Geld kann es nicht
    sein", "Er glaube nicht, dass ...")."""
    return any(t.lower_ in ("man", "wir") or (t.tag_ == "VMFIN" and t.lemma_ in ("können", "brauchen"))
               or (t.tag_ == "VVFIN" and t.lemma_ in ("brauchen", "glauben", "denken"))  # "Er glaube nicht, dass"
               for t in _top_level(complement))


def _negated_judgment(complement: Span) -> bool:
    """Every negation of the clause negates a predicative adjective ("sei nicht einfach", "es läuft nicht
    schlecht", "nicht eindeutig geklärt"): a judgment, not the denial of a fact ("nicht wahr" denies)."""
    top = _top_level(complement)
    negations = [k for k, t in enumerate(top) if t.lower_ in NEGATIONS]
    if not negations:
        return False
    for k in negations:
        nxt = next((t for t in top[k + 1:k + 4] if t.lower_ not in DEGREE_WORDS), None)
        if top[k].lower_ != "nicht" or nxt is None or nxt.tag_ != "ADJD" or nxt.lemma_.lower() in TRUTH_WORDS:
            return False
    return True


def _obligation(complement: Span) -> bool:
    """What someone must not do or needs, said without "müssen": "es dürfe keine Probleme geben",
    "Wir brauchen einen Hubschrauber", "Wir erwarten Taten". ("soll" and "ist ... zu tun" are left out:
    as often they report a plan or a rule: "soll ein Kabinett zusammenstellen".)"""
    top = _top_level(complement)
    if _normative_frame(complement):
        return True
    for k, t in enumerate(top):
        if t.tag_ == "VMFIN" and t.lemma_ == "dürfen" and any(w.lower_ in NEGATIONS for w in top[k + 1:k + 5]):
            return True
        if t.lemma_ in ("brauchen", "benötigen", "erwarten") and t.tag_ == "VVFIN" and k > 0 \
                and top[k - 1].lower_ in ("wir", "ich") and not any(w.lower_ in NEGATIONS for w in top[k + 1:k + 4]):
            return True  # not "Wir brauchen keine neuen Steuern", which rejects them
        beside = {w.lower_ for w in top[max(0, k - 1):k + 2]}
        if t.lower_ == "brauche" and "es" in beside and not any(w.lower_ in NEGATIONS for w in top[k + 1:k + 4]):
            return True  # reported "Es brauche mehr Personal"; not the rule "es braucht sechs Abgeordnete"
    return False


def _normative_frame(complement: Span) -> bool:
    """What is said opens by calling something needed: "Es sei wichtig, dass ...", "Entscheidend sei, dass ...",
    "Das Wichtigste sei, ... zu geben", "Es gelte, ... zu schützen", "Es komme darauf an, ..." (a demand)."""
    words = [t for t in complement[:6] if not t.is_punct]
    low = [t.lower_ for t in words]
    if len(low) < 2 or any(w in NEGATIONS for w in low[:4]):
        return False
    if low[0] == "es" and low[1] in ("gelte", "gilt"):
        return True
    if low[0] == "es" and low[1] in ("komme", "kommt") and "darauf" in low[2:5] and "an" in low[2:6]:
        return True
    copula = next((k for k, w in enumerate(low[:4]) if w in ("sei", "ist", "seien", "sind", "wäre")), None)
    if copula is None:
        return False
    before, after = low[:copula], low[copula + 1:copula + 3]
    judged = set(before) | (set(after) if before in (["es"], ["das"]) else set())
    nominal = len(before) == 2 and before[0] in ("das", "am") and before[1].startswith(
        ("wichtigst", "entscheidend", "notwendigst", "dringendst", "nötigst"))  # "Das Wichtigste sei"
    return nominal or bool(judged & NORMATIVE) and (complement[-1].i > words[copula].i + 1)


def _indignation(complement: Span) -> bool:
    """ "Es kann nicht sein, dass ...", "Man kann nicht ... und dann sagen": German for "this is wrong"."""
    top = [t.lower_ for t in _top_level(complement)]
    for k, word in enumerate(top[:-2]):
        if word in ("es", "das", "man") and top[k + 1] in ("kann", "könne", "darf", "dürfe") and top[k + 2] == "nicht":
            return word == "man" or "sein" in top[k + 3:k + 5]
    return False


def _third_party_subject(ctx: DocContext, complement: Span, speaker: EntityRef | None) -> bool:
    """A negated claim about what another actor did or is ("Seehofer habe die Klage nicht eingereicht")
    accuses it: the subject before the clause's finite verb is a person, state or organization that is
    neither the speaker nor a state or organization the speaker holds an office of. One's own side
    denies ("Russland habe keine Truppen geschickt", "weder er noch seine Frau hätten ...")."""
    if speaker is None:
        return False
    side = {speaker} | {state for (_, state), holder in ctx.holders.items() if holder == speaker and state}
    top = _top_level(complement)
    first_verb = next((t for t in top if t.tag_ in (*FINITE_TAGS, "PTKZU", "VVIZU")), None)
    if first_verb is not None and first_verb.tag_ in ("PTKZU", "VVIZU"):
        return False  # "angekündigt, Van der Bellen zu wählen": an infinitive with zu has no subject; names are objects
    attribute_end = -1  # the end of the last name in a prepositional phrase or genitive, and its conjuncts
    for t in top:
        if t.tag_ in FINITE_TAGS:
            return False
        hit = ctx.entity(t)
        if not hit or hit[1].kind not in ACTORS or hit[0].start != t.i:
            continue
        start = hit[0].start
        if (start == attribute_end + 1 and t.doc[attribute_end].lower_ in ("und", "oder", ",")) \
                or in_prepositional_phrase(ctx, start, complement.start) or in_genitive(ctx, start, complement.start):
            attribute_end = hit[0].end  # "zwischen Moskau und Washington sei ...": neither is the subject
            continue
        return hit[1] not in side
    return False


def _criticism_beside_negation(ctx: DocContext, complement: Span) -> bool:
    """A criticizing word in a negated claim that the negation does not itself deny ("kein Skandal"),
    or praise the negation takes back ("Es macht kein gutes Bild", "nicht hilfreich")."""
    def negated(t: Token) -> bool:
        return any(w.lower_ in NEGATIONS for w in t.doc[max(complement.start, t.i - 2):t.i])

    words = [t.lower_ for t in complement]
    for k, word in enumerate(words[:-1]):
        # "nicht einmal genug Kreide", "hat noch immer nicht geantwortet": a complaint, not a denial
        if (word, words[k + 1]) == ("nicht", "einmal") or (word == "nicht" and k > 1 and words[k - 2:k] in (
                ["noch", "immer"], ["immer", "noch"])):
            return True

    for t in complement:
        if _evaluative(ctx, t.lower_) == "criticize":
            return not negated(t)
        if t.tag_ in ("ADJA", "ADJD") and t.lemma_.lower() in PRAISE and negated(t):
            return True
    return False


def _evaluation(ctx: DocContext, complement: Span | None, verb: Token) -> str | None:
    """The stance of an evaluative word in what is said ("als fragwürdig", "eine Farce"), or None."""
    words = [t.lower_ for t in complement] if complement is not None else []
    start, end, _ = clause_bounds(verb)
    if verb.i > start:  # verb-final clauses say it before the verb: "der die Pläne als fragwürdig bezeichnete"
        words += [t.lower_ for t in verb.doc[start:verb.i]]
    if complement is not None and verb.i < complement.start:
        # "nannte es einen schweren Fehler, Zugeständnisse zu machen": the judgment comes before what is judged
        words += [t.lower_ for t in verb.doc[verb.i + 1:min(complement.start, end)]]
    return next((stance for stance in (_evaluative(ctx, w) for w in words) if stance), None)


def _evaluative(ctx: DocContext, word: str) -> str | None:
    """The stance of the longest evaluative stem inside a lower-case word, also inside compounds
    ("Grundrechtseingriff"), or None."""
    return _evaluative_in(ctx.gaz.evaluative, word)


# the stems of the gazetteer last asked and the stance per word (every stem is tried on a word)
_EVALUATIVE_MEMO: tuple[dict, dict] = ({}, {})


def _evaluative_in(stems: dict[str, str], word: str) -> str | None:
    global _EVALUATIVE_MEMO
    owner, memo = _EVALUATIVE_MEMO
    if owner is not stems:
        owner, memo = _EVALUATIVE_MEMO = (stems, {})
    if word in memo:
        return memo[word]
    # the longest stem decides: "Unwahrheit" (spreading untruths) criticizes, "unwahr" denies
    found = [(len(stem), stance) for stem, stance in stems.items() if stem in word and _stem_at_part(word, stem)]
    stance = max(found)[1] if found else None
    if len(memo) >= 100_000:
        memo.clear()
    memo[word] = stance
    return stance


def _stem_at_part(word: str, stem: str) -> bool:
    """The stem begins the word or ends one of its compound parts: "Lügen", "Kriegsverbrechen",
    "Desinformationskampagne", but not "Parteiflügel" nor "Deeskalation"."""
    if word.startswith(stem):
        return True
    if word.startswith("de" + stem):
        return False  # "Deeskalation" undoes the escalation: the reversing prefix "de-" is no compound part
    rest = word[word.index(stem) + len(stem):]
    return rest in INFLECTIONS or (rest[:1] in ("s", "-") and len(rest) > 3) or (
        rest[:2] in ("en", "es") and len(rest) > 4)


def _past_inverted_subject(doc, i: int, sent: Span) -> int:
    """After a verb with an empty prefield: past the subject named there (with its article, adjectives and title),
    where what is said begins; i when no name follows the verb."""
    k = i
    while k < sent.end and k - i < 4 and doc[k].tag_ in ("ART", "ADJA", "NN") and not doc[k].ent_type_:
        k += 1
    if k >= sent.end or doc[k].ent_iob_ != "B" or doc[k].ent_type_ not in ("PER", "ORG", "STATE"):
        return i
    k += 1
    while k < sent.end and doc[k].ent_iob_ == "I":
        k += 1
    return k if k < sent.end and not doc[k].is_punct else i


def _inline_quote(doc, opening: int, comma: int) -> bool:
    """Whether the quote opening at `opening` closes before words that still precede the comma at `comma`: a
    quoted phrase inside what is said ("Russland unterstütze die „legitime Führung“ in Belgrad, sagte sie"), not
    the quotation itself."""
    close = next((k for k in range(opening + 1, comma) if doc[k].text in ("“", "«")), None)
    return close is not None and close < comma - 1


def _complement(verb: Token, sent: Span, said_before: bool = True) -> Span | None:
    """What is said: the clause or object after the verb, or the quote before it (`said_before`:
    a comma right before the verb may close what was said)."""
    doc = verb.doc
    prev = doc[verb.i - 1] if verb.i > sent.start else None
    if said_before and prev is not None and prev.text in (",", "“", "\"", "»") and verb.i - sent.start > 3 \
            and not _second_verb(verb):
        # "„...“, sagte Lawrow" / "Das Treffen war produktiv, sagte er": what was said comes first,
        # from a colon or an opening quote on ("..., Rupert Wolff: Wir lehnen das ab, sagte er")
        start = next((k + 1 for k in range(verb.i - 3, sent.start - 1, -1)
                      if doc[k].text == ":" or (doc[k].text in ("„", "»") and not _inline_quote(doc, k, verb.i - 1))
                      or (doc[k].text == '"' and k < verb.i - 2)), sent.start)
        # "Angesprochen auf die Übergriffe, sagt X, diese seien indiskutabel": what was said follows the verb
        if not _nonfinite_prefield(doc[start:verb.i - 1]):
            return doc[start:verb.i - 1]
    if verb.tag_ == "VVPP" and said_before:
        # "Ein solches Treffen sei nie vereinbart worden, wurde in Moskau betont": what was said comes first
        comma = next((k for k in range(verb.i - 1, sent.start + 2, -1) if doc[k].text == ","
                      and doc[k + 1].tag_ == "VAFIN" and doc[k + 1].lemma_ == "werden"), None)
        if comma is not None and not any(t.text in (",", ":") for t in doc[comma + 1:verb.i]):
            start = next((k + 1 for k in range(comma - 1, sent.start - 1, -1) if doc[k].text in (":", "„", "»")),
                         sent.start)
            return doc[start:comma]
    final = _final_in_subordinate_clause(verb, sent)
    if final is not None:
        return final
    joined = _joined_participle_object(verb, sent)
    if joined is not None:
        return joined
    i = verb.i + 1
    if verb.tag_ in ("VVPP", "VVINF"):
        while i < sent.end - 1 and doc[i].tag_ in ("VAFIN", "VMFIN", "VAINF", "VMINF"):
            i += 1  # "betont hatte, dass ...", "gesagt haben soll, dass ...": the auxiliaries end the verb
    # "betonte der Minister X, dass ...": the subject after the verb is not part of what was said
    for k in range(i, min(sent.end - 1, verb.i + 12)):
        if doc[k].tag_ in FINITE_TAGS:
            break  # the comma of a later verb's clause ("bezeichnete und X bat, das Gesetz ...")
        if doc[k].text == ":" or (doc[k].text == "," and (doc[k + 1].lower_ in ("dass", "ob")
                                                          or _reported_clause_after(doc[k], sent))):
            i = k
            break
    relative = i + 2 < sent.end and doc[i].text == "," and (doc[i + 1].tag_ in ("PRELS", "PRELAT") or (
        doc[i + 1].tag_ in ("APPR", "APPRART") and doc[i + 2].tag_ in ("PRELS", "PRELAT")))
    while i < sent.end and (doc[i].text in (",", ":") or doc[i].lower_ in ("dass", "ob", "jedoch", "insbesondere")):
        i += 1
    if i == verb.i + 1 and not any(t.ent_type_ in ("PER", "ORG", "STATE") for t in doc[sent.start:verb.i]):
        # "Nach dem Treffen sprach Kremlberater Juri Uschakow von einem Gespräch": no subject before the verb
        i = _past_inverted_subject(doc, i, sent)
    end = i
    while not relative and end < sent.end and doc[end].text not in (".", ";", "?", "!") and not (
            doc[end].text == "–" and end > i + 3) and not (  # "bekennt sich zu X, warnt vor Y": Y is the next verb's
            end + 1 < sent.end and doc[end + 1].tag_ == "VVFIN" and _second_verb(doc[end + 1])) and not (
            doc[end].lower_ == "und" and (_main_verb_again(doc, end + 1, sent) and not _same_form_before(doc, i, end)
                                          or (
                verb.tag_ in ("VVPP", "VVINF") and _joined_participle(doc, end, verb.tag_, sent)))):
        end += 1
    if end > i:
        return doc[i:end]
    # "Peking hat Taiwan vor einer Unabhängigkeitserklärung gewarnt": between the auxiliary and the participle
    aux = next((t for t in doc[sent.start + 1:verb.i] if t.tag_ in ("VAFIN", "VMFIN")), None) \
        if verb.tag_ in ("VVPP", "VVINF") else None
    if aux is not None and verb.i - aux.i > 2 and not any(t.text in ("„", "“", "\"", "»", "«", ":")
                                                          for t in doc[sent.start:verb.i]) and not any(
            t.text == "," for t in doc[aux.i:verb.i]):
        return doc[aux.i + 1:verb.i]
    # "„...“, sagte Lawrow": the quote before the verb
    start = sent.start
    return doc[start:verb.i] if verb.i - start > 2 else None


def _quoted_word(verb: Token) -> bool:
    """ "hat den Plan „begrüßt“": the verb alone in quotation marks (the writer quotes the word)."""
    doc = verb.doc
    return 0 < verb.i < len(doc) - 1 and doc[verb.i - 1].text == "„" and doc[verb.i + 1].text == "“"


def _joined_participle(doc, und: int, tag: str, sent: Span) -> bool:
    """Whether the clause joined by "und" at `und` ends in a participle (or infinitive) that shares the verb's
    auxiliary: "hatte sich kritisch geäußert und die Politik als nachgiebig bezeichnet"."""
    for t in doc[und + 1:min(sent.end, und + 15)]:
        if t.text in (",", ";", ":", "„", "“") or t.tag_ in FINITE_TAGS:
            return False
        if t.tag_ == tag and t.pos_ == "VERB":
            return True
    return False


def _first_participle(verb: Token, sent: Span) -> Token | None:
    """The participle (or infinitive) that a second one joins with "und" and shares its auxiliary with: "hatte
    sich kritisch geäußert und die Politik seines Vorgängers X als nachgiebig bezeichnet" -> "geäußert"."""
    doc = verb.doc
    if verb.tag_ not in ("VVPP", "VVINF"):
        return None
    k = _segment_boundary(doc, verb.i - 1, sent.start)
    first = doc[k - 1] if k > sent.start else None
    return first if first is not None and doc[k].lower_ in ("und", "sowie") and first.tag_ == verb.tag_ \
        and first.pos_ == "VERB" else None


def _joined_participle_object(verb: Token, sent: Span) -> Span | None:
    """What the second of two participles sharing an auxiliary says: the words between "und" and it."""
    first = _first_participle(verb, sent)
    return verb.doc[first.i + 2:verb.i] if first is not None and first.i + 2 < verb.i else None


def _same_form_before(doc, start: int, und: int) -> bool:
    """ "sagte, die USA verfolgten die Lage genau und lehnten Gewalt ab": the reported clause before "und" has a
    plural verb in -ten too (the subjunctive of reported speech in the past's form), so the verb after "und" goes
    on with it."""
    after = doc[und + 1]
    return after.lower_.endswith("ten") and any(t.tag_ == "VVFIN" and t.lower_.endswith("ten") for t in doc[start:und])


def _main_verb_again(doc, k: int, sent: Span) -> bool:
    """ "erklärte, Indien werde X verteidigen, und wies Kritik zurück": a finite verb in the indicative past right
    after "und" goes on with the reporting clause, not with what it reports (which speaks in the subjunctive)."""
    if k >= sent.end or doc[k].tag_ != "VVFIN":
        return False
    t = doc[k]
    return not _present_subjunctive(t) and not _present_indicative(t) and t.lower_ not in PLURAL_PAST_SUBJUNCTIVES


def _nonfinite_prefield(span: Span) -> bool:
    """A participle phrase ("Angesprochen auf die Übergriffe", "Darauf angesprochen") or an infinitive with zu
    ("Eine Meldepflicht einzuführen, hält er für populistisch") without a finite verb: a circumstance or the
    verb's object, not a quote, not even a verbless one ("Eine Katastrophe, sagte er")."""
    words = [t for t in span if t.tag_ not in ("ADV", "PROAV")]
    return bool(words) and (words[0].tag_ == "VVPP" or words[-1].tag_ == "VVIZU" or (
        len(words) > 1 and words[-2].tag_ == "PTKZU")) and not any(t.tag_ in FINITE_TAGS for t in span)


def _final_in_subordinate_clause(verb: Token, sent: Span) -> Span | None:
    """What a verb at the end of a relative or subordinate clause says: the words between the clause's
    opener and the verb ("X, der die Pläne als fragwürdig bezeichnete und ...", "nachdem er den Vorschlag
    abgelehnt hatte"), or None when the verb is not clause-final or a clause follows it ("der sagte, dass")."""
    doc = verb.doc
    _, _, opener = clause_bounds(verb)
    if opener is None or opener.i >= verb.i - 1 or opener.lower_ in ("dass", "ob", "wie") or verb.i + 1 >= sent.end:
        return None
    nxt = verb.i + 1
    while nxt < sent.end and doc[nxt].tag_ in ("VAFIN", "VMFIN", "VAINF", "VMINF"):
        nxt += 1  # "abgelehnt hatte", "bezeichnet haben soll"
    if nxt >= sent.end:
        return None
    after = doc[nxt]
    if after.text == ":" or after.text == "," and nxt + 1 < sent.end and (
            doc[nxt + 1].lower_ in ("dass", "ob") or _reported_clause_after(after, sent)):
        return None
    if not (after.text in (",", ".", ";", "–") or after.lower_ in ("und", "oder", "sowie")):
        return None  # the verb is not last in its clause (HanTa took a second-position verb for one)
    return doc[opener.i + 1:verb.i]


def _talks_with(ctx: DocContext, verb: Token) -> bool:
    """Whether the verb's clause names whom it is spoken with: "mit" before a person, state or organization
    (past an article, adjectives and an office: "mit dem russischen Präsidenten Wladimir Putin")."""
    start, end, _ = clause_bounds(verb)
    doc = ctx.doc
    for t in doc[start:end]:
        if t.lower_ == "mit":
            k = t.i + 1
            while k < end and (doc[k].tag_ in ("ART", "ADJA", "PPOSAT") or doc[k].tag_ == "NN" and ctx.gaz.office_of(
                    doc[k].text)):
                k += 1
            hit = ctx.entity(doc[k]) if k < end else None
            if hit is not None and hit[1].kind in (PERSON, STATE, "organization"):
                return True
    return False


def _governs(verb: Token, prepositions: tuple[str, ...]) -> bool:
    """Whether the verb's clause contains one of the prepositions ("sprach von", "sprach sich für ... aus")."""
    start, end, _ = clause_bounds(verb)
    return any(t.lower_ in prepositions for t in verb.doc[start:end])


def _first_governed(verb: Token, prepositions: tuple[str, ...]) -> str | None:
    """The first of the prepositions in the verb's clause, lower-cased, or None."""
    start, end, _ = clause_bounds(verb)
    return next((t.lower_ for t in verb.doc[start:end] if t.lower_ in prepositions), None)


def _has_clause(verb: Token, sent: Span) -> bool:
    """The verb reports speech: a clause or quote follows (", dass ...", ": ...") or precedes it ("…, sagte er")."""
    doc = verb.doc
    nxt = doc[verb.i + 1] if verb.i + 1 < sent.end else None
    prev = doc[verb.i - 1] if verb.i > sent.start else None
    if (nxt is not None and nxt.text in (",", ":")) or (prev is not None and prev.text in ("“", "\"")):
        return True
    if prev is not None and prev.text == "," and not _condition_before(prev, sent):
        return True
    _, _, opener = clause_bounds(verb)
    if opener is not None and opener.lower_ == "wie" and opener.i > sent.start:
        return True  # "..., wie eine Reporterin der AFP berichtete": the main clause is what was reported
    # the first comma after the verb opens its complement clause ("entschied ..., dass"), not a later one
    comma = next((t.i for t in doc[verb.i + 1:sent.end] if t.text == ","), None)
    if comma is None or comma + 1 >= sent.end:
        return False
    return doc[comma + 1].lower_ in ("dass", "ob") or _reported_clause_after(doc[comma], sent)


def _reported_by_next(ctx: DocContext, sent: Span) -> bool:
    """ "Die Lage sei katastrophal. Das sagte X.": the next sentence says whose this one is."""
    doc = ctx.doc
    k = sent.end
    while k < len(doc) and doc[k].is_space:
        k += 1
    if k + 1 >= len(doc):
        return False
    verb = doc[k + 1]
    return verb.pos_ == "VERB" and _report_lemma(ctx, verb) in ctx.gaz.reporting_verbs \
        and _demonstrative_prefield(verb, sentence(verb))


def _demonstrative_prefield(verb: Token, sent: Span) -> bool:
    """ "Das meldete die Agentur Belga", "Dies teilte das Ministerium am Montag mit": a demonstrative alone before
    the verb stands for the sentence before it, which is what is reported."""
    doc = verb.doc
    return verb.i == sent.start + 1 and sent.start > 0 and doc[sent.start].lower_ in ("das", "dies") \
        and doc[sent.start].tag_ == "PDS" and not doc[sent.start - 1].is_space


def _condition_before(comma: Token, sent: Span) -> bool:
    """The clause before the comma opens the sentence as a condition or subordinate clause ("Sollte es zu einem
    Prozess kommen, drohen ihm 24 Jahre Haft", "Wenn ..., droht"): the verb after it is the main clause's."""
    doc = comma.doc
    if any(t.text in (",", ":", "–") for t in doc[sent.start:comma.i]):
        return False
    first = doc[sent.start]
    return first.tag_ in FINITE_TAGS or first.tag_ == "KOUS" and first.lower_ not in ("dass", "ob")


def _reported_clause_after(comma: Token, sent: Span) -> bool:
    """The comma opens indirect speech in the subjunctive ("berichtete am Freitag, der Plan beinhalte
    Schritte") or an infinitive with zu ("gaben auf ihrer Website an, den Hubschrauber abgeschossen
    zu haben"); not a relative clause (", mit der eine Intervention gerechtfertigt werden solle")."""
    doc = comma.doc
    first = doc[comma.i + 1] if comma.i + 1 < sent.end else None
    if first is None or first.tag_ in ("PRELS", "PRELAT", "PWAV") or (
            first.tag_ in ("APPR", "APPRART") and comma.i + 2 < sent.end and doc[comma.i + 2].tag_ in (
                "PRELS", "PRELAT", "PWS")):
        return False
    for t in comma.doc[comma.i + 1:min(sent.end, comma.i + 12)]:
        if t.text == ",":
            return False
        if t.tag_ in ("PTKZU", "VVIZU"):
            return True
        if t.tag_ in FINITE_TAGS:
            return _present_subjunctive(t)
    return False


def _negated_claim(span: Span) -> bool:
    """A negation in the reported clause itself (not in a nested relative clause); "nicht X, sondern Y"
    contrasts rather than denies."""
    if any(t.lower_ == "sondern" for t in span):
        return False
    # inside a relative or subordinate clause opened by ", der ..." / ", um ...", or by the span's
    # first word ("Wenn das nicht reicht, gibt es ..." negates the condition, not the claim);
    # nor after ", aber": "sei zu Gesprächen bereit, aber nicht unter Druck" restricts the claim
    top = [t for k, t in enumerate(_top_level(span)) if not (  # "so gut wie nie zuvor", "wie noch nie": a comparison
        t.lower_ == "nie" and t.doc[t.i - 1].lower_ in ("wie", "noch") and t.i > span.start)]
    but = next((k for k, t in enumerate(top[:-1]) if t.lower_ == "aber" and k > 1 and t.doc[t.i - 1].text == ","
                and top[k + 1].lower_ in NEGATIONS), len(top))
    return any(t.lower_ in NEGATIONS for t in top[:but])


def _top_level(span: Span) -> list[Token]:
    """The words of a reported clause outside the relative or subordinate clauses nested in it."""
    nested = len(span) > 0 and span[0].tag_ in ("KOUS", "KOUI")
    out = []
    for t in span:
        if t.text == ",":
            nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
            # a clause opened by a subordinator is nested; a second one right after it is nested too
            # ("belegt, dass die Ausgaben steigen, da Beihilfen ausbezahlt werden müssen")
            after = t.doc[t.i + 2] if t.i + 2 < len(t.doc) else None
            nested = nxt is not None and (nxt.tag_ in ("PRELS", "PRELAT", "KOUS", "KOUI", "PWAV", "PWS")
                                          or nxt.lower_ in RELATIVE_ADVERBS or (  # ", mit der ...", ", in dem ..."
                                              nxt.tag_ in ("APPR", "APPRART") and after is not None
                                              and after.tag_ in ("PRELS", "PRELAT", "PWS")))
            continue
        if not nested:
            out.append(t)
    return out


def _negated_before_particle(verb: Token, sent: Span) -> bool:
    """ "schloss einen präventiven Atomangriff nicht aus": a negation between the verb and its particle."""
    particle = next((t for t in verb.doc[verb.i + 1:sent.end] if t.tag_ == "PTKVZ"), None)
    return particle is not None and any(t.lower_ in ("nicht", "nie", "niemals")
                                        for t in verb.doc[verb.i + 1:particle.i])


def _verb_negated(verb: Token, sent: Span) -> bool:
    """ "stimmt nicht zu", "nicht unterstützen würde", "keinen Kandidaten unterstützen"."""
    after = verb.doc[verb.i + 1: min(sent.end, verb.i + 4)]
    if any(t.lower_ in ("nicht", "nie", "niemals") for t in after):
        return True
    start, end, _ = clause_bounds(verb)
    particle = next((t.i for t in verb.doc[verb.i + 1:end] if t.tag_ == "PTKVZ"), None)
    if particle is not None and any(t.lower_ in ("nicht", "nie", "niemals") for t in verb.doc[verb.i + 1:particle]):
        return True  # "stimmte dem Plan nach langen Beratungen nicht zu"
    before = verb.doc[max(start, verb.i - 6): verb.i]
    return any(t.lower_ in ("nicht", "nie", "niemals") or t.lower_.startswith("kein") for t in before)


def _speaker(ctx: DocContext, verb: Token, sent: Span) -> EntityRef | None:
    """The reporting verb's subject, found by German word order.

    First the words just before the verb back to the last comma ("..., Premier Robert Fico
    fürchtet"), then inversion right after it (", sagte er", "betonte der russische
    Außenminister Sergei Lawrow"), then the whole clause (relative clauses, inserted clauses).
    """
    doc = ctx.doc
    if verb.lemma_ == "zitieren":  # "zitierte die Agentur TASR Fico": the quoted person speaks
        _, end, _ = clause_bounds(verb)
        quoted = [ctx.entity(t)[1] for t in doc[verb.i + 1:end] if ctx.entity(t) and ctx.entity(t)[1].kind == PERSON]
        return quoted[-1] if quoted else None
    appositive = _appositive_subject(ctx, verb, sent) or _subject_before_relative(ctx, verb, sent) \
        or _subject_before_apposition(ctx, verb, sent)
    if appositive is not None:
        return appositive
    first = _first_relative_conjunct(verb, sent)
    if first is not None:
        # "Fidan, der die Sitzung eröffnete und beide Seiten aufrief": the first verb's subject, which is the
        # relative pronoun's antecedent when the first verb reports nothing
        return _speaker(ctx, first, sent) or clause_subject(ctx, first)
    first_participle = _first_participle(verb, sent)
    if first_participle is not None:
        # "hatte sich kritisch geäußert und die Politik seines Vorgängers X als nachgiebig bezeichnet": the
        # participles share the auxiliary and its subject; a name before the second is its object
        return _speaker(ctx, first_participle, sent)
    k = _segment_boundary(doc, verb.i - 1 - _quoted_word(verb), sent.start, ("–",))
    if k > sent.start and doc[k].text == "–":
        # "Demirtas – dem die Immunität entzogen werden soll – hatte gewarnt": skip the inserted clause
        opening = next((j for j in range(k - 1, sent.start - 1, -1) if doc[j].text == "–"), None)
        if opening is not None:
            k = _segment_boundary(doc, opening - 1, sent.start)
    segment_start = k + 1
    k = segment_start
    pronoun = doc[segment_start - 1] if segment_start > sent.start else None
    antecedent = male_antecedent(ctx, pronoun) if pronoun is not None else None
    if antecedent is not None:
        return antecedent
    if pronoun is not None and pronoun.tag_ == "PRELS" and pronoun.lower_ == "die" and _plural_verb(verb) \
            and not any(t.lower_ in ("und", "sowie") for t in doc[segment_start:verb.i]):
        return None  # "Staaten, die Kiew dabei unterstützten": the plural pronoun is the subject, Kiev the object
    unnamed = _unnamed_representative(ctx, segment_start, verb.i)
    if unnamed is not None:
        return unnamed
    if pronoun is not None and pronoun.lower_ in ("und", "sowie") and segment_start < verb.i \
            and doc[segment_start].tag_ in ("VAFIN", "VMFIN"):
        # "Doria Medina war Dritter geworden und hatte Paz unterstützt": a conjunct that opens with its
        # auxiliary shares the subject of the one before; the name after the auxiliary is an object
        shared = _coordinated_verb_subject(ctx, doc[segment_start], sent)
        if shared is not None:
            return shared
    auxiliary = next((t for t in doc[segment_start + 1:verb.i] if t.tag_ in ("VAFIN", "VMFIN")), None) \
        if verb.tag_ in ("VVPP", "VVINF") else None
    if auxiliary is not None and ctx.entity(doc[segment_start]) is None:
        # "Die Außenminister der G7-Staaten haben Russland aufgefordert": the prefield before the auxiliary is
        # the subject; a name after the auxiliary is an object
        prefield = _prefield_subject(ctx, segment_start, auxiliary)
        if prefield is not None:
            return prefield if prefield != UNNAMED else None
    skipped = -1  # where the last name passed over (in a phrase of a preposition, a genitive) ends
    while k < verb.i:
        if doc[k].text == "(":  # "Nach seiner Prüfung der X GmbH (XG) übt ...": what is in brackets is no subject
            k = next((j for j in range(k + 1, verb.i) if doc[j].text == ")"), k) + 1
            continue
        if doc[k].tag_ == "PPER" and doc[k].lower_ in ("ich", "wir") or doc[k].lower_ == "man" and doc[k].tag_ == "PIS":
            # speech inside a quote: the quote's speaker is reported by the outer verb; "Man habe Polen gewarnt":
            # the subject is "man", Poland the one warned
            return None
        if doc[k].tag_ == "PPER" and doc[k].lower_ in ("er", "sie"):
            return pronoun_antecedent(ctx, doc[k])  # "dass er ... bekräftigt habe"
        if k == segment_start and (k == verb.i - 1 or auxiliary is not None and auxiliary.i == k + 1) \
                and doc[k].lower_ in ("dieser", "diese") and doc[k].tag_ == "PDS":
            # "Dieser lehnt die Entsendung ab", "Dieser hatte behauptet, ..."
            return _demonstrative_antecedent(ctx, doc[k], auxiliary or verb)
        if doc[k].lower_ in ("dieser", "diese") and doc[k].tag_ in ("PDS", "PDAT") and k > sent.start \
                and doc[k - 1].tag_ in ("PRELS", "KOUS") and doc[k + 1].tag_ not in ("NN", "NE", "ADJA", "CARD"):
            # "eine Ansprache Reagans, in der dieser vor Zöllen warnt", "nachdem dieser gewarnt hatte": the
            # demonstrative right after the clause's opener is its subject (HanTa may read it as an article)
            return _demonstrative_antecedent(ctx, doc[k], verb)
        hit = ctx.entity(doc[k])
        if hit and hit[1].kind in (PERSON, STATE, "organization") and not its_people(hit[0]):
            s = hit[0].start
            genitive_name = hit[0].text != hit[0]._.kg_name and hit[0].text.endswith("s")
            body = doc[hit[0].end] if hit[0].end < verb.i else None
            if genitive_name and hit[1].kind == STATE and body is not None and body.tag_ == "NN" and (
                    body.text in STATE_BODIES or body.lemma_ in ctx.gaz.institutions) \
                    and not in_prepositional_phrase(ctx, s, segment_start):
                return hit[1]  # "Mexikos Regierung verurteilte den Vorfall": the state speaks through it
            if hit[1].kind == PERSON and hit[0].text.endswith(("s", "'")) and body is not None \
                    and body.i == verb.i - 1 and body.lemma_ in RELATIVES:
                # "Badawis Ehefrau sagte": the wife speaks, named where she was introduced ("Badawis Ehefrau
                # Ensaf Haidar"), not Badawi
                return _named_relative(ctx, body)
            if not (in_prepositional_phrase(ctx, s, segment_start) or in_genitive(ctx, s, segment_start)
                    or genitive_name or _feminine_dative(ctx, s, segment_start) or _conjunct_of(doc, s, skipped)
                    or _oblique(doc, s, segment_start)):
                holder = _holder_after_office(ctx, hit[0].end, verb.i) if hit[1].kind != PERSON else None
                return holder or hit[1]
            k = skipped = hit[0].end
            continue
        k += 1
    if doc[verb.i - 1].lower_ in ("und", "sowie") or doc[clause_bounds(verb)[0] - 1].lower_ in ("und", "sowie"):
        shared = _coordinated_verb_subject(ctx, verb, sent)
        if shared is not None:
            return shared
    prefield = _prefield_subject(ctx, segment_start, verb)
    if prefield is None and auxiliary is not None:  # "Der 61-Jährige hat wiederholt angekündigt"
        prefield = _prefield_subject(ctx, segment_start, auxiliary)
    if prefield is not None:
        return prefield if prefield != UNNAMED else None
    inverted = _inverted_subject(ctx, verb, sent)
    if inverted == UNNAMED and doc[verb.i - 1].text == "," and any(
            t.lower_ == "und" and doc[t.i + 1].tag_ == "VVFIN" for t in doc[verb.i + 1:sent.end - 1]):
        inverted = _coordinated_verb_subject(ctx, verb, sent) or UNNAMED  # "verurteilte A, forderte B und warnte C"
    elif inverted is None and _second_verb(verb):
        inverted = _coordinated_verb_subject(ctx, verb, sent)  # "bekennt er sich zu X, warnt vor Y"
    if inverted is not None:
        if inverted.kind == PERSON and _plural_verb(verb) and not _coordinated(ctx, inverted, verb):
            return None  # "Kritiker werfen Erdogan vor": a plural verb's subject is not one person
        return inverted if inverted != UNNAMED else None
    speaker = clause_subject(ctx, verb)
    if speaker is not None and verb.i + 1 < sent.end and doc[verb.i + 1].text == "," and not ctx.mentions_between(
            speaker, sent.start, verb.i) and ctx.mentions_between(speaker, verb.i + 1, sent.end):
        speaker = None  # "Ein EU-Diplomat sagte, Europa brauche eine Regierung in Berlin": named in what is said
    if speaker is not None:
        return speaker
    start, end, opener = clause_bounds(verb)
    if start > sent.start and doc[start - 1].text == "," and doc[start].pos_ in ("VERB", "AUX") and opener is None:
        start = sent.start  # "Der Vorsitzende der Partei X, der als starker Mann gilt, wies Kritik zurück"
    for k in range(start, end):
        t = ctx.doc[k]
        if t.text[:1].isupper() and t.tag_ == "NN" and ctx.gaz.office_of(t.text) and not ctx.entity(t) \
                and not in_prepositional_phrase(ctx, k, start) and not in_genitive(ctx, k, start):
            nxt = ctx.doc[k + 1] if k + 1 < len(ctx.doc) else None
            if nxt is not None and ctx.entity(nxt) and ctx.entity(nxt)[1].kind == PERSON:
                continue  # the office of a named person, who was not a possible subject (not "der Botschafter
                # Japans": its state's)
            return _office_speaker(ctx, t)
    return None


def _oblique(doc, i: int, start: int) -> bool:
    """The name at i follows "den" or "dem" (over adjectives and a title): an object, no subject ("Den früheren
    Premierminister X bezeichnete Trump als Gouverneur", "und den früheren Premierminister X ... bezeichnet")."""
    k = i - 1
    while k > start and doc[k].tag_ in ("ADJA", "NN"):
        k -= 1
    return k >= start and doc[k].lower_ in ("den", "dem") and doc[k].tag_ == "ART"


def _conjunct_of(doc, i: int, end: int) -> bool:
    """The name at i is coordinated with one passed over that ends at `end` ("im Konflikt zwischen Israel und dem
    Iran sagte der Generalsekretär": Iran is in the phrase of "zwischen" too)."""
    if end < 0 or i <= end or doc[end].lower_ not in ("und", "sowie", "oder"):
        return False
    return all(t.tag_ in ("ART", "ADJA") for t in doc[end + 1:i])


def _feminine_dative(ctx: DocContext, i: int, start: int) -> bool:
    """ "Der Unterrichtsministerin X wirft Lugar ... vor": "der" before a woman's office is no nominative, so the
    woman named after it is an object (in the first field it can be no genitive either)."""
    doc = ctx.doc
    office = ctx.gaz.office_of(doc[i - 1].text, named=True) if i - 1 > start and doc[i - 1].tag_ == "NN" else None
    if office is None or not office[1].lower().endswith(office[0].lower() + "in"):
        return False
    k = i - 2
    while k > start and doc[k].tag_ == "ADJA":
        k -= 1
    return k == start and doc[k].lower_ == "der"


def _named_relative(ctx: DocContext, noun: Token) -> EntityRef | None:
    """The person an earlier "Ehefrau X", "Anwalt X" named, for a later bare "Ehefrau", "Anwalt"; or None."""
    for t in reversed(ctx.doc[:noun.i]):
        if t.lemma_ == noun.lemma_ and t.i + 1 < noun.i:
            hit = ctx.entity(ctx.doc[t.i + 1])
            if hit is not None and hit[1].kind == PERSON and hit[0].start == t.i + 1:
                return hit[1]
    return None


def _first_relative_conjunct(verb: Token, sent: Span) -> Token | None:
    """ "X, der die Pläne als fragwürdig bezeichnete und Bundespräsident Y bat, ...": the second verb at the end of
    a relative clause shares the relative pronoun with the first; the name before it is its object. The first
    verb, or None."""
    _, _, opener = clause_bounds(verb)
    if opener is None or opener.tag_ != "PRELS":
        return None
    if _final_in_subordinate_clause(verb, sent) is None and verb.i + 1 < sent.end and verb.doc[verb.i + 1].text != ",":
        return None  # not at the end of the relative clause
    doc = verb.doc
    for k in range(verb.i - 1, opener.i + 1, -1):
        if doc[k].lower_ in ("und", "sowie") and doc[k - 1].tag_ == "VVFIN":
            return doc[k - 1]
    return None


def _second_verb(verb: Token) -> bool:
    """ "bekennt sich zu X, warnt vor Y": a verb after a comma and right before a preposition is a second verb of the
    subject before it; it has no subject after it, so it is not "..., sagte X" closing a quote."""
    doc = verb.doc
    if not (0 < verb.i and verb.i + 1 < verb.sent.end and doc[verb.i - 1].text == ","):
        return False
    k = verb.i + 1
    while k + 1 < verb.sent.end and doc[k].lower_ in LINKING_ADVERBS:
        k += 1  # "sprach von X, betonte aber, ...": a second verb of the same subject, then what it reports
    if doc[k].tag_ == "PTKVZ" and k + 1 < verb.sent.end and doc[k + 1].text in (",", ":"):
        return True  # "betonte X, räumte aber ein, dass ...": the particle ends the second verb's clause
    return doc[k].tag_ in ("APPR", "APPRART") or (k > verb.i + 1 and doc[k].text in (",", ":"))


def _coordinated_verb_subject(ctx: DocContext, verb: Token, sent: Span) -> EntityRef | None:
    """ "X verurteilte den Anschlag und forderte eine Untersuchung", "X traf Y und forderte": a verb joined to an
    earlier finite verb of the same clause shares its subject."""
    doc = ctx.doc
    start = clause_bounds(verb)[0]
    if doc[start].tag_ in ("VAFIN", "VMFIN") and start - 2 >= sent.start and doc[start - 1].lower_ in (
            "und", "sowie") and doc[start - 2].text == ",":
        verb = doc[start]  # "X arbeitet für Y, und wird am 12. November sprechen": the auxiliary is the joined verb
    if doc[verb.i - 1].lower_ not in ("und", "sowie", ",") or verb.tag_ not in ("VVFIN", "VAFIN", "VMFIN"):
        return None
    k = verb.i - 1
    while k > sent.start:
        k -= 1
        t = doc[k]
        quoted = quoted_phrase(doc, sent, k, -1)
        if quoted is not None:
            k = quoted  # "begrüßte die Einigung als „positiven Schritt“ und hoffte": a quoted phrase is passed
            continue
        if t.tag_ == "KOUS" and doc[k - 1].text == "," and k - 1 > sent.start:
            continue  # "X betonte, dass ..., und bestätigte": the subordinate clause is passed
        if t.tag_ in ("KOUS", "PRELS", "PWAV") or t.text in (":", "„", "“", "\""):
            return None  # "..., der forderte, dass": another clause
        if (t.tag_ == "VVFIN" or t.tag_ in ("VAFIN", "VMFIN") and verb.tag_ in ("VAFIN", "VMFIN")) \
                and clause_bounds(t)[2] is None:
            return _speaker(ctx, t, sent)  # "X war gereist und hatte ... bekundet": also an auxiliary's subject
    return None


def _prefield_subject(ctx: DocContext, start: int, verb: Token) -> EntityRef | None:
    """A clause that opens with an office or a noun for people right before its finite verb has that
    as subject ("Der SPÖ-Bundesgeschäftsführer rief die ÖVP dazu auf", "Kritiker werfen Erdogan vor"):
    the holder speaks, or an unnamed one (UNNAMED), not the object after the verb. None if the clause
    opens otherwise (with an object: "Den Vorwurf wies er zurück").

    So does a plural noun before a plural verb ("Westliche Regierungen werfen Russland vor": not Russia) and
    a body, also with a genitive after it ("Das Militär des Landes drohte Südkorea"): the body named before,
    or an unnamed one."""
    doc = ctx.doc
    if verb.tag_ not in FINITE_TAGS or verb.i == start or doc[start].lower_ in OBLIQUE_ARTICLES \
            or doc[start].lower_ in ("dieser", "diesen", "diesem"):
        return None
    if doc[start].tag_ == "PPOSAT" and doc[start].lower_.startswith(("sein", "ihr")) and start + 2 == verb.i \
            and doc[start + 1].text in PARTY_BODIES:
        # "Mélenchon ... seine Fraktion forderte": the party the text gives the owner an office of
        spoke = {ref for ref in ctx.speakers.get(ctx.sentence_of(verb), ()) if ref.kind == PERSON}
        owner = next(iter(spoke)) if len(spoke) == 1 else pronoun_antecedent(ctx, doc[start])  # the one who spoke
        bodies = ctx.holder_organizations.get(owner, set()) if owner is not None else set()
        return next(iter(bodies)) if len(bodies) == 1 else UNNAMED
    k = start
    while k < verb.i and doc[k].tag_ in ("ART", "ADJA", "CARD"):
        k += 1  # "Die drei Politiker forderten Moskau auf": not Moscow
    if k < verb.i and k == verb.i - 1 and doc[k].tag_ in ("PIS", "CARD") and _plural_verb(verb):
        return UNNAMED  # "Die beiden forderten X auf", "Alle drei forderten": not X
    if k == verb.i and doc[k - 1].tag_ == "CARD" and _plural_verb(verb):
        return UNNAMED  # "Die drei forderten X auf"
    if k == verb.i and k - 1 > start and doc[k - 1].text.rsplit("-", 1)[-1][:1].isupper():
        described = described_person(ctx, doc[k - 1])  # "Die 62-Jährige sagte": an adjective as a noun
        return described if described is not None and not _plural_verb(verb) else None
    head = doc[k]
    if head.tag_ != "NN" or ctx.entity(head) or k - start > 4:
        return None
    seat = ctx.entity(doc[k + 2]) if k + 2 < verb.i and doc[k + 1].lower_ == "in" else None
    capital = ctx.gaz.capitals.get(seat[0].text) if seat is not None and seat[1].kind == PLACE else None
    if (head.lower_.endswith("regierung") or head.text in ("Junta", "Führung", "Staatsführung")) and seat is not None \
            and (seat[1].kind == STATE or capital) and seat[0].end == verb.i and not _plural_verb(verb):
        # "Die Militärregierung in Mali hat ... zurückgewiesen", "die Regierung in Warschau sieht sich bedroht":
        # the state it governs speaks
        return seat[1] if seat[1].kind == STATE else EntityRef(STATE, capital)
    body = head.lemma_ in ctx.gaz.institutions or head.lower_.endswith(tuple(BODY_HEADS))
    # "Ein Sprecher des State Department sagte": an office of the body in the genitive speaks, not a name after
    # the verb
    last = ctx.entity(doc[verb.i - 1])
    of_body = bool(ctx.gaz.office_of(head.text)) and doc[k + 1].lower_ in ("des", "der") and last is not None \
        and last[1].kind == "organization" and last[0].end == verb.i and all(
            t.tag_ in ("ART", "ADJA") for t in doc[k + 2:last[0].start])
    if k < verb.i - 1 and not (body and _genitive_attribute(ctx, k + 1, verb.i)) and not of_body and not (
            ctx.gaz.office_of(head.text) and _genitive_states(ctx, k + 1, verb.i)):
        return None
    if head.text in JUDGES and _plural_verb(verb):
        return _court_before(ctx, head.i) or UNNAMED  # "Die Richter befanden, ...": the court named before
    if ctx.gaz.office_of(head.text):
        return _office_speaker(ctx, head) or UNNAMED
    if head.lemma_ in PEOPLE_NOUNS or head.text in PEOPLE_NOUNS:
        return UNNAMED
    described = described_person(ctx, head) if not _plural_verb(verb) else None
    if described is not None:
        return described  # "Der SPD-Politiker forderte ..."
    if _plural_verb(verb) and (head.lower_ != head.lemma_.lower() or doc[start].lower_ == "die") \
            and doc[verb.i + 1].tag_ != "PPER":
        # "Westliche Regierungen werfen Russland vor", "Die Partner bezeichneten Russland als Bedrohung" (a plural
        # like its singular); not "Die Vorwürfe wiesen sie zurück"
        return UNNAMED
    if doc[start].lower_ not in ("der", "die", "das"):
        return None
    if doc[start].lower_ == "der" and not _plural_verb(verb) and head.text[:1].isupper() and not body:
        # "Der SPD-Politiker forderte Moskau auf": "der" before a noun and a singular verb opens the subject
        return _body_speaker(ctx, head) or UNNAMED
    if doc[start].lower_ in ("die", "das") and not _plural_verb(verb) and head.lower_ == head.lemma_.lower() \
            and k == start + 1 and verb.tag_ in FINITE_TAGS and doc[verb.i + 1].tag_ != "PPER":
        # "Die Regierung kritisierte Russland": a singular noun before a singular verb is its subject (not "Die
        # Forderung wies sie zurück", where the pronoun after the verb is)
        return _body_speaker(ctx, head) or UNNAMED
    return _body_speaker(ctx, head) or (UNNAMED if body else None)


def _court_before(ctx: DocContext, i: int) -> EntityRef | None:
    """The court the text named last before token i ("das Verfassungsgericht ... Die Richter befanden")."""
    courts = [(max(s.start for s in before), ref) for ref, spans in ctx.mentions.items()
              if ref.kind == "organization" and ref.key.endswith(("gericht", "gerichtshof"))
              and (before := [s for s in spans if s.start < i])]
    return max(courts)[1] if courts else None


def _genitive_states(ctx: DocContext, start: int, end: int) -> bool:
    """doc[start:end] names states in the genitive and nothing else: "Frankreichs und Deutschlands" after "Die
    Außenminister" (whose holders speak for them)."""
    doc, k = ctx.doc, start
    while k < end:
        hit = ctx.entity(doc[k])
        if hit is None or hit[1].kind != STATE or hit[0].start != k or not doc[hit[0].end - 1].text.endswith("s"):
            return False
        k = hit[0].end
        if k < end and doc[k].lower_ not in ("und", "sowie", ","):
            return False
        k += k < end
    return k == end and end > start


def _genitive_attribute(ctx: DocContext, start: int, end: int) -> bool:
    """doc[start:end] is a genitive attribute that names no actor: "des international isolierten Landes"."""
    doc = ctx.doc
    return doc[start].lower_ in ("des", "der") and doc[end - 1].tag_ == "NN" and all(
        t.tag_ in ("ART", "ADJA", "ADJD", "ADV", "NN") and not ctx.entity(t) for t in doc[start:end])


def _plural_verb(verb: Token) -> bool:
    """ "werfen", "warfen", "sagten", "erklärten": a finite verb in the third person plural."""
    return verb.tag_ == "VVFIN" and verb.lower_.endswith("en") and verb.lower_ != verb.lemma_.lower() \
        or verb.tag_ == "VVFIN" and verb.lower_.endswith("ten")


def _unnamed_representative(ctx: DocContext, start: int, end: int) -> EntityRef | None:
    """ "Ein US-Vertreter sagte", "ein russischer Diplomat erklärte": a nameless representative speaks for
    the state of the prefix or adjective; "ein Leitartikel in der Washington Post" for the paper; "ein
    Clinton-Sprecher" for the person."""
    doc = ctx.doc
    if any(t.tag_ in ("PWAT", "PWS") for t in doc[start:end]):
        return None  # "Welcher russische Beamte sagt die Wahrheit?": a question, nobody in particular
    for k in range(start, end):
        t = doc[k]
        if t.tag_ != "NN" or ctx.entity(t):
            continue
        if "-" in t.text and t.lower_.rsplit("-", 1)[-1] in MEMBER_STATES and not in_prepositional_phrase(
                ctx, k, start):
            # "Die 32 NATO-Staaten haben sich verständigt", "Die EU-Länder betonten": the union of its members
            body = ctx.prefix_organization(t)
            if body is not None:
                return body
        if t.lower_.rsplit("-", 1)[-1].endswith(MEMBERS) and k + 2 < end and doc[k + 1].lower_ in ("des", "der") \
                and not in_prepositional_phrase(ctx, k, start):
            # "Ökonomen der Bank of Canada warnten": the body they work for
            hit = first_entity(ctx, k + 2, min(end, k + 4))
            if hit and hit[1].kind in ("organization", "state"):
                return hit[1]
        if t.lower_.rsplit("-", 1)[-1].endswith(REPRESENTATIVES):
            if k + 1 < end and ctx.entity(doc[k + 1]) and ctx.entity(doc[k + 1])[1].kind == PERSON:
                return None  # "Der dänische Diplomat Peter Sörensen kritisierte": the named man speaks
            states = ctx.prefix_states(t)
            if not states and k > start and doc[k - 1].tag_ == "ADJA":
                state = ctx.state_of_word(doc[k - 1])
                states = [state] if state else []
            if states and not in_prepositional_phrase(ctx, k, start):
                return states[0]
            if not states and k + 2 < end and doc[k + 1].lower_ in ("des", "der") and not in_prepositional_phrase(
                    ctx, k, start):
                # "Ein Vertreter des Außenministeriums sagte": the body the representative is of
                hit = first_entity(ctx, k + 2, min(end, k + 4))
                if hit and hit[1].kind == "organization":
                    return hit[1]
        if "-" in t.text and t.lower_.rsplit("-", 1)[-1] in ("sprecher", "sprecherin") \
                and t.text.rsplit("-", 1)[0] in ctx.surnames and not in_prepositional_phrase(ctx, k, start):
            return ctx.surnames[t.text.rsplit("-", 1)[0]]  # "Ein Clinton-Sprecher erklärte": for Clinton
        if t.lower_.endswith(JOURNALISTS) and k + 1 < end and doc[k + 1].lower_ in ("der", "des", "von"):
            # "wie eine Reporterin der Nachrichtenagentur AFP berichtete": the medium reports
            hit = first_entity(ctx, k + 2, min(end, k + 5))
            if hit and hit[1].kind == "organization":
                return hit[1]
        if t.lower_ in TEXT_NOUNS and k + 2 < end and doc[k + 1].lower_ in ("in", "im"):
            hit = ctx.entity(doc[k + 2]) or (ctx.entity(doc[k + 3]) if k + 3 < end else None)
            if hit and hit[1].kind == "organization":
                return hit[1]
    return None


def _holder_after_office(ctx: DocContext, i: int, limit: int) -> EntityRef | None:
    """ "Der Grüne Abgeordnete Lambert Schönleitner erklärte", "die Nachrichtenagentur Anadolu meldete":
    the party or state before an office or kind noun qualifies it; the name after it is the subject."""
    doc = ctx.doc
    j = i
    while j < limit and (doc[j].tag_ == "ADJA" or doc[j].text[:1].isupper() and doc[j].tag_ == "NN"
                         and (ctx.gaz.office_of(doc[j].text) or doc[j].lower_.endswith(KIND_NOUNS))):
        j += 1
    hit = ctx.entity(doc[j]) if i < j < limit else None
    return hit[1] if hit and hit[1].kind == PERSON and hit[0].start == j else None


def _appositive_subject(ctx: DocContext, verb: Token, sent: Span) -> EntityRef | None:
    """ "Der Präsident der Kammer, Rupert Wolff, kritisierte": the name in apposition right before the
    verb is its subject (and no quote or clause was said before it)."""
    doc = ctx.doc
    if verb.i - 2 <= sent.start or doc[verb.i - 1].text != ",":
        return None
    hit = ctx.entity(doc[verb.i - 2])
    if hit and hit[1].kind in (PERSON, STATE, "organization") and hit[0].end == verb.i - 1 \
            and hit[0].start > sent.start and doc[hit[0].start - 1].text == ",":
        return hit[1]
    return None


def _subject_before_relative(ctx: DocContext, verb: Token, sent: Span) -> EntityRef | None:
    """ "UN-Generalsekretär António Guterres, der zuvor „maximale Zurückhaltung“ angemahnt hatte, begrüßte die
    Einigung": after a relative clause that the comma before the verb closes, the name the sentence opens with
    (after its title) is the verb's subject."""
    doc = ctx.doc
    if verb.tag_ in ("VVPP", "VVINF"):  # "Lee, der ..., hatte sich kritisch geäußert": the auxiliary after the comma
        verb = next((t for t in reversed(doc[max(sent.start, verb.i - 15):verb.i]) if t.tag_ in FINITE_TAGS), verb)
    if verb.i - 5 <= sent.start or doc[verb.i - 1].text != "," or verb.tag_ not in FINITE_TAGS:
        return None
    k = verb.i - 2
    # the relative pronoun after the comma, or after a preposition after it ("Baerbock, für die es das letzte
    # Treffen war, warf Putin vor"), or the relative article ("X, dessen Partei ..., forderte")
    while k > sent.start + 1 and not (doc[k].tag_ in ("PRELS", "PRELAT") and (doc[k - 1].text == "," or (
            doc[k - 1].tag_ == "APPR" and k > sent.start + 2 and doc[k - 2].text == ","))):
        if doc[k].text in (",", ":", ";", "–") or doc[k].tag_ in ("KOUS", "PRELS", "PRELAT"):
            return None  # another clause in between: whose verb is it?
        k -= 1
    k -= doc[k - 1].tag_ == "APPR"
    hit = ctx.entity(doc[k - 2]) if k > sent.start + 1 else None
    if not hit or hit[1].kind not in (PERSON, STATE, "organization") or hit[0].end != k - 1:
        return None
    before = doc[sent.start:hit[0].start - (doc[hit[0].start - 1].text == ",")]
    if any(t.pos_ in ("VERB", "AUX") or t.text in (",", ":", "„", "“") for t in before):
        return None  # the name is no subject in the sentence's first field (but it may be an apposition: "Der
        # Geschäftsträger in Warschau, Andrej Ordasch, der ..., erklärte")
    return hit[1]


def _subject_before_apposition(ctx: DocContext, verb: Token, sent: Span) -> EntityRef | None:
    """ "Kim Yo-jong, die Schwester von Machthaber Kim Jong-un, hatte erklärt", "Sein Sohn, der Senator Flávio
    Bolsonaro, sprach von": a first field of a noun phrase and its apposition between commas is the subject, named
    in the noun phrase or else in the apposition; no clause was said before the verb."""
    doc = ctx.doc
    if verb.tag_ in ("VVPP", "VVINF"):
        verb = next((t for t in reversed(doc[max(sent.start, verb.i - 15):verb.i]) if t.tag_ in FINITE_TAGS), verb)
    if verb.tag_ not in FINITE_TAGS or verb.i - 4 <= sent.start or doc[verb.i - 1].text != ",":
        return None
    field = doc[sent.start:verb.i - 1]
    commas = [t.i for t in field if t.text == ","]
    if len(commas) != 1 or field[0].tag_ not in ("ART", "PPOSAT", "ADJA", "NN", "NE") or any(
            t.pos_ in ("VERB", "AUX") or t.tag_ in ("KOUS", "PRELS", "PWS", "PWAV") or t.text in ":;–„“\"»«()"
            for t in field):
        return None  # a clause or a quote before the verb: what is said, not who says it
    for start, end in ((sent.start, commas[0]), (commas[0] + 1, verb.i - 1)):
        for k in range(start, end):
            hit = ctx.entity(doc[k])
            if hit and hit[1].kind in (PERSON, STATE, "organization") and hit[0].end <= end \
                    and not in_prepositional_phrase(ctx, hit[0].start, start) \
                    and not in_genitive(ctx, hit[0].start, start):
                return holder_after_genitive_state(ctx, hit)[1]  # "Russlands Verhandlungsführer X, ein Berater"
    return None


def _reported_before(verb: Token) -> bool:
    """ "Das war produktiv, sagte ...": a main clause (no relative or subordinate clause) ends right before."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text not in (",", "“", "\"", "»"):
        return False
    if doc[verb.i - 2].text in ("“", "«") and doc[verb.i - 1].text == ",":
        return True  # "„... das Beste, das wir bekommen konnten“, sagte": a quotation, whatever clauses it has
    _, _, opener = clause_bounds(doc[verb.i - 2])
    return opener is None


def _segment_boundary(doc, k: int, limit: int, extra: tuple[str, ...] = ()) -> int:
    """Walking back from k: the index of the punctuation or clause word that ends the segment before it."""
    while k >= limit:
        if doc[k].text == "“":  # "der zuvor „maximale Zurückhaltung“ angemahnt hatte": a quoted phrase is passed
            opening = quoted_phrase(doc, doc[k].sent, k, -1)
            if opening is None:
                break
            k = opening - 1
            continue
        if doc[k].text in (",", ";", ":", "„", "(", *extra) or (
                doc[k].tag_ in ("KOUS", "PRELS", "KON") and not _joins_names(doc, k)):
            break
        if doc[k].text == ")":  # "Sebastian Kurz (ÖVP) hat ... bezeichnet": a parenthesis inside the segment
            opening = next((j for j in range(k - 1, max(limit, k - 8) - 1, -1) if doc[j].text == "("), None)
            if opening is not None:
                k = opening
        k -= 1
    return k


def _joins_names(doc, k: int) -> bool:
    """ "bei PSOE und Ciudadanos": "und" between two names joins a phrase, not two clauses."""
    return doc[k].tag_ == "KON" and 0 < k < len(doc) - 1 and doc[k - 1].tag_ in ("NE", "NN") and \
        doc[k + 1].tag_ in ("NE", "NN", "ART")


def _inverted_subject(ctx: DocContext, verb: Token, sent: Span) -> EntityRef | None:
    """The subject right after the finite verb: ", sagte Lawrow", ", erklärte der Premierminister"."""
    doc = ctx.doc
    k = verb.i + 1
    while k < min(sent.end, verb.i + 8):
        t = doc[k]
        hit = ctx.entity(t)
        genitive = hit and hit[0].text != hit[0]._.kg_name and hit[0].text.endswith("s")
        if hit and hit[0].text.endswith("s") and hit[1].kind == PERSON:
            later = _possessed_person(ctx, hit[0].end, sent.end)
            if later is not None:
                return later  # "sagte Badawis nach Kanada geflüchtete Ehefrau Ensaf Haidar"
        if genitive:
            k = hit[0].end  # a genitive before the subject: "sagte Japans Regierungssprecher X"
            continue
        if hit and hit[0].text.endswith("s") and hit[1].kind == PERSON:
            if possessive_before_noun(ctx, hit[0]):
                k = hit[0].end  # "lehnte Iglesias Forderung ab"
                continue
        if hit:
            return hit[1] if hit[1].kind in (PERSON, STATE, "organization") else None
        if t.tag_ == "PPER" and t.lower_ in ("er", "sie"):
            return pronoun_antecedent(ctx, t)
        if t.text[:1].isupper() and t.tag_ == "NN" and ctx.gaz.office_of(t.text):
            nxt = doc[k + 1] if k + 1 < sent.end else None
            if nxt is None or not ctx.entity(nxt):
                # "sagte die Sprecherin der EU-Außenbeauftragten Federica Mogherini": the person the
                # genitive names speaks (through the spokesperson)
                j = k + 1
                while j < min(sent.end, k + 5) and (doc[j].tag_ in ("ART", "ADJA") or (
                        doc[j].tag_ == "NN" and ctx.gaz.office_of(doc[j].text))) and not ctx.entity(doc[j]):
                    j += 1
                hit = ctx.entity(doc[j]) if j < sent.end and j > k + 1 and doc[k + 1].lower_ in ("des", "der") \
                    else None
                if hit and hit[1].kind == PERSON:
                    return hit[1]
                named = _named_after_office(ctx, k + 1, sent.end) or _office_apposition(ctx, k + 1, sent.end) \
                    or _apposition_after_complement(ctx, k + 1, sent.end)
                if named is not None:
                    return named
                if nxt is not None and nxt.lower_ in ("und", "sowie"):  # "ÖVP-Chef und Wirtschaftsminister X"
                    j = skip_attributes(doc, k + 2, 1, k + 2, ctx)
                    hit = ctx.entity(doc[j]) if j < sent.end else None
                    if hit and hit[1].kind == PERSON:
                        return hit[1]
                return _office_speaker(ctx, t) or UNNAMED  # an office holder the text does not name
            k += 1
            continue
        if t.lower_ in OBLIQUE_ARTICLES:
            return None  # "riefen den Außenminister auf": an object, not the subject
        if t.lower_ == "der" and k + 1 < sent.end and doc[k + 1].lower_.endswith(FEMININE_MEDIA):
            return UNNAMED  # "bestätigte der Nachrichtenagentur AFP": a feminine noun after "der" is the addressee
        if t.tag_ == "NN" and t.lower_.rsplit("-", 1)[-1].endswith(REPRESENTATIVES):
            return _unnamed_representative(ctx, k - 1 if doc[k - 1].tag_ == "ADJA" else k, k + 1) or UNNAMED
        if t.tag_ == "NN" and t.lower_.endswith(KIND_NOUNS) and k + 1 < sent.end and ctx.entity(doc[k + 1]):
            k += 1  # "meldete die Nachrichtenagentur Anadolu": the kind of organization before its name
            continue
        nxt = ctx.entity(doc[k + 1]) if k + 1 < sent.end else None
        if t.tag_ == "NN" and nxt and nxt[1].kind == PERSON and nxt[0].start == k + 1:
            if t.text in GOVERNMENTS:
                return UNNAMED  # "beschloss die Regierung Kreisky": the government, not its head
            k += 1  # "sagte der AfD-Politiker Peter Bystron": a noun that describes the person named after it
            continue
        if t.tag_ == "NN" and t.text[:1].isupper() and k > verb.i + 1 and doc[k - 1].lower_ in ("ein", "eine") \
                and not (k + 1 < sent.end and ctx.entity(doc[k + 1])):
            return UNNAMED  # "sagte ein Teilnehmer dem Sender X": someone the text does not name speaks
        if t.text in ALLIES and k > verb.i + 1 and doc[k - 1].lower_ == "die":
            return _office_group(ctx, t) or UNNAMED  # "bekräftigen die Alliierten": the alliance named before
        if t.tag_ == "NN" and t.text[:1].isupper() and k > verb.i + 1 and doc[k - 1].lower_ in ("der", "die") \
                and (_reported_before(verb) or _adverbial_prefield(doc, verb, sent)):
            # "..., sagte die Angeklagte", "am Dienstag bestätigte die Landesregierung den Beschluss": a
            # subject the text does not name here, or a body it named before ("erklärte die Parteispitze")
            return _body_speaker(ctx, t) or described_person(ctx, t) or UNNAMED
        if t.tag_ == "ADJA" and t.text.rsplit("-", 1)[-1][:1].isupper() and doc[k - 1].lower_ in ("der", "die") \
                and not (k + 1 < sent.end and doc[k + 1].tag_ == "NN"):
            return described_person(ctx, t) or UNNAMED  # "sagte der 60-Jährige": an adjective as a noun
        if t.tag_ == "PPOSAT" and k + 1 < sent.end and doc[k + 1].text in ENTOURAGE:
            return pronoun_antecedent(ctx, t)  # "..., teilte sein Büro mit": he speaks through his office
        if t.tag_ in ("ART", "ADJA", "ADJD", "ADV", "PTKNEG", "PIAT", "PPOSAT") or t.lower_ in ("demnach", "zudem") or (
                t.pos_ == "AUX" and k == verb.i + 1 and verb.tag_ == "VVPP"):  # "Betont hat er, dass ..."
            k += 1
            continue
        return None
    return None


def _office_apposition(ctx: DocContext, k: int, end: int) -> EntityRef | None:
    """ "sagt Odessas Gouverneur, der georgische Expräsident Michail Saakaschwili.": a person named after another
    office in apposition (not a clause: the name ends the sentence or its part)."""
    doc = ctx.doc
    if k >= end or doc[k].text != ",":
        return None
    j, office = k + 1, False
    while j < min(end, k + 8) and not ctx.entity(doc[j]) and (doc[j].tag_ in ("ART", "ADJA") or (
            doc[j].tag_ == "NN" and ctx.gaz.office_of(doc[j].text))):
        office = office or doc[j].tag_ == "NN"
        j += 1
    hit = ctx.entity(doc[j]) if j < end and office and doc[k + 1].tag_ == "ART" else None
    if hit is None or hit[1].kind != PERSON:
        return None
    after = doc[hit[0].end] if hit[0].end < len(doc) else None
    return hit[1] if after is None or after.text in (".", ",", "(", "!", "?") else None


def _apposition_after_complement(ctx: DocContext, k: int, end: int) -> EntityRef | None:
    """ "erklärte der Sprecher der Küstenwache für das Westphilippinische Meer, Jay Tarriela.": the person named
    in apposition after the office's genitive and prepositional complement (which names no person)."""
    doc = ctx.doc
    if k >= end or doc[k].lower_ not in ("des", "der"):
        return None
    j = k
    while j < min(end, k + 12) and doc[j].text != ",":
        hit = ctx.entity(doc[j])
        if hit and hit[1].kind == PERSON or doc[j].pos_ in ("VERB", "AUX") or doc[j].is_punct \
                or doc[j].tag_ in ("KOUS", "PRELS", "KON"):
            return None
        j += 1
    hit = ctx.entity(doc[j + 1]) if j + 1 < end and doc[j].text == "," else None
    if hit is None or hit[1].kind != PERSON or hit[0].start != j + 1:
        return None
    after = doc[hit[0].end] if hit[0].end < len(doc) else None
    return hit[1] if after is None or after.text in (".", ",", "!", "?", ";") else None


def _named_after_office(ctx: DocContext, k: int, end: int) -> EntityRef | None:
    """The person named at the end of an office's noun phrase: "die Präsidentin des Verbands Cinzia Franchini",
    "der Vizepräsident des Senats und Lega-Spitzenpolitiker Roberto Calderoli"."""
    doc = ctx.doc
    if k >= end or doc[k].lower_ not in ("des", "der"):
        return None  # not "kritisierte der Landeschef die Vorgangsweise von Minister X": an object follows
    for j in range(k + 1, min(end, k + 9)):
        t = doc[j]
        hit = ctx.entity(t)
        if hit and hit[1].kind == PERSON:
            return hit[1]
        if t.is_punct or t.pos_ in ("VERB", "AUX") or not (
                hit or t.tag_ in ("ADJA", "NN") or t.lower_ in ("des", "der", "und")):
            return None
    return None


def _adverbial_prefield(doc, verb: Token, sent: Span) -> bool:
    """The words before the finite verb, back to a comma, are a time or place adverbial ("am Dienstag
    bestätigte", "In Berlin erklärte"): then the subject follows the verb."""
    start = next((k + 1 for k in range(verb.i - 1, sent.start - 1, -1) if doc[k].text == ","), sent.start)
    words = doc[start:verb.i]
    return 0 < len(words) <= 5 and words[0].tag_ in ("APPR", "APPRART", "ADV") \
        and all(t.tag_ in ("APPR", "APPRART", "ART", "ADJA", "NN", "NE", "CARD", "ADV") for t in words)


def _possessed_person(ctx: DocContext, i: int, end: int) -> EntityRef | None:
    """After a possessive genitive ("Badawis"), the person its noun phrase names: "nach Kanada geflüchtete
    Ehefrau Ensaf Haidar" -> Ensaf Haidar (a noun right before the name), also in an apposition to the
    noun ("Mitterlehners früherer Chef, Wirtschaftskammerpräsident Christoph Leitl")."""
    doc = ctx.doc
    apposition = False
    for k in range(i, min(end, i + 10)):
        if doc[k].text == "," and not apposition and k > i and doc[k - 1].tag_ == "NN":
            apposition = True
            continue
        if doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX"):
            return None
        hit = ctx.entity(doc[k])
        if hit and hit[1].kind == PERSON and k > i and (doc[k - 1].tag_ == "NN" or doc[k - 1].text == ","):
            return hit[1]
    return None


def _office_owner(ctx: DocContext, token: Token) -> EntityRef | None:
    """ "ein Sprecher des Innenministeriums erläuterte": the spokesperson speaks for the institution."""
    doc = ctx.doc
    k = token.i + 1
    while k < len(doc) and doc[k].tag_ in ("ART", "ADJA"):
        k += 1
    hit = ctx.entity(doc[k]) if k < len(doc) and k > token.i + 1 and doc[token.i + 1].lower_ in ("des", "der") \
        else None
    if hit and hit[1].kind in ("organization", STATE):
        return hit[1]
    return None


def _demonstrative_antecedent(ctx: DocContext, token: Token, verb: Token) -> EntityRef | None:
    """ "... ohne die Einwilligung von Präsident X zu entsenden. Dieser lehnt die Entsendung ab": a demonstrative
    subject is the person named last before it (in its sentence or the one before), not the topic "er" would
    take; "diese" with a plural verb is others."""
    if token.lower_ == "diese" and _plural_verb(verb):
        return None
    gender = "m" if token.lower_ == "dieser" else "f"
    for k in range(token.i - 1, sentence_before_start(token) - 1, -1):
        hit = ctx.entity(ctx.doc[k])
        if hit and hit[1].kind == PERSON:
            return hit[1] if ctx.person_gender(hit[1]) in (gender, None) else None
    return None


def _body_speaker(ctx: DocContext, token: Token) -> EntityRef | None:
    """ "die Partei erklärte", "eine Gerichtssprecherin bestätigte", "die Parteispitze": a body of that kind
    the text named in the sentences before. The last whose name has the noun's head ("die EU-Kommission",
    "das Verwaltungsgericht München"), else the one named most often of those the curated data knows to be
    of its kind (a party). Not a plural ("die Behörden")."""
    word = token.lower_.rsplit("-", 1)[-1]
    forms = (word,)
    for voice in (*BODY_VOICES, *PUBLICATIONS):  # "Rechnungshofbericht": what the body published
        if word.endswith(voice) and len(word) > len(voice) + 3:
            word = word[:-len(voice)]
            forms = (word, word.removesuffix("s"))  # "Gerichtssprecherin": the linking -s
            break
    head = next((h for h in BODY_HEADS for form in forms if form.endswith(h)), None)
    if head is None:
        return None
    named, kinds = [], Counter()
    sent_index = ctx.sentence_of(token)
    for k in range(token.i - 1, -1, -1):
        if ctx.sent_of_token[k] < sent_index - 8:
            break
        hit = ctx.entity(ctx.doc[k])
        if hit is None or hit[0].start != k or hit[1].kind != "organization":
            continue
        known = ctx.gaz.get("organization", hit[1].key)
        if head in hit[0].text.lower():
            named.append(hit[1])
        elif known is not None and known.subtype in BODY_HEADS[head]:
            kinds[hit[1]] += 1
    return named[0] if named else max(kinds, key=kinds.get) if kinds else None


def _office_speaker(ctx: DocContext, token: Token) -> EntityRef | None:
    """An office without a name speaks as its holder named elsewhere ("der Außenminister"), else for
    its state ("Der ukrainische Führer betonte") or its institution ("der Sprecher des Ministeriums");
    with an indefinite article it is someone else, unnamed ("ein Behördensprecher")."""
    if _indefinite(token):
        return _unnamed_office_speaker(ctx, token)
    group = _office_group(ctx, token)
    if group is not None:
        return group
    holder = ctx.office_holder(token)
    if holder is None and ctx.called_former(token):
        return None  # "der frühere niederländische Regierungschef" speaks for no state
    return holder or ctx.office_state(token) or ctx.genitive_state_after(token) \
        or _office_owner(ctx, token) or _body_speaker(ctx, token) or _office_of_last_subject(ctx, token)


def _office_of_last_subject(ctx: DocContext, token: Token) -> EntityRef | None:
    """ "Poilievre reagierte scharf. „...“, schrieb der Oppositionsführer": a definite office whose holder the
    text does not give takes up the person the sentence before is about (the one who spoke there, else its
    subject), as "der 65-Jährige" does; not one the text gives another office ("Carney ... der Oppositionsführer"
    is someone else). Not with "ein" or in the plural (those are others)."""
    k = token.i - 1
    while k >= 0 and ctx.doc[k].tag_ == "ADJA":
        k -= 1
    if k < 0 or ctx.doc[k].lower_ not in ("der", "die") or ctx.called_former(token):
        return None
    gender = "m" if ctx.doc[k].lower_ == "der" else "f"
    index = ctx.sentence_of(token)
    spoke = {ref for ref in ctx.speakers.get(index - 1, ()) if ref.kind == PERSON}
    person = next(iter(spoke)) if len(spoke) == 1 else None
    if person is None and not ctx.speakers.get(index - 1):
        start = bisect_left(ctx.sent_of_token, index - 1)
        before = sentence(ctx.doc[start]) if index > 0 else None
        verb = next((t for t in before if t.tag_ in FINITE_TAGS), None) if before is not None else None
        person = clause_subject(ctx, verb) if verb is not None else None
    if person is None or person.kind != PERSON or ctx.person_gender(person) not in (gender, None):
        return None
    kind = ctx.office_kind(token.text)
    if any(p.holder == person and (kind is None or ctx.office_kind(p.office) != kind) for p in ctx.positions):
        return None
    return person


def _office_group(ctx: DocContext, token: Token) -> EntityRef | None:
    """ "Die Außenminister der G7-Staaten haben ... In ihrer Erklärung begrüßten die Minister ...": holders of an
    office in the plural ("die", no "-in", no name or genitive after them), or members ("die Alliierten"), speak
    for the organization the text named after such holders or members before (the organization of the meeting),
    not for one holder."""
    doc = ctx.doc
    k = token.i - 1
    while k >= 0 and doc[k].tag_ == "ADJA":
        k -= 1
    if k < 0 or doc[k].lower_ != "die" or token.lower_.endswith(("in", "innen")) and token.text not in ALLIES or (
            token.i + 1 < len(doc) and (doc[token.i + 1].lower_ in ("des", "der") or ctx.entity(doc[token.i + 1]))):
        return None
    for j in range(token.i - 1, 0, -1):
        if doc[j].lower_ not in ("der", "des") or doc[j - 1].tag_ != "NN" or doc[j - 1].text not in ALLIES and (
                not ctx.gaz.office_of(doc[j - 1].text) or doc[j - 1].lower_.endswith(("in", "innen"))):
            continue
        m = j + 1
        while m < len(doc) and doc[m].tag_ in ("ART", "ADJA", "CARD"):
            m += 1
        hit = ctx.entity(doc[m]) if m < len(doc) else None
        if hit is not None and hit[1].kind == "organization" and hit[0].start == m:
            return hit[1]
        if hit is None and m < len(doc) and doc[m].tag_ == "NN" and "-" in doc[m].text \
                and doc[m].lemma_.endswith(("Staat", "Land")):
            member = _compound_source(ctx, doc[m])  # "der 32 NATO-Staaten": the alliance of the prefix
            if member is not None and member.kind == "organization":
                return member
    return None


def _indefinite(token: Token) -> bool:
    """ "ein Behördensprecher", "eine hochrangige Beamtin": the noun has an indefinite article."""
    doc = token.doc
    k = token.i - 1
    while k >= 0 and doc[k].tag_ in ("ADJA", "ADJD"):
        k -= 1
    return k >= 0 and doc[k].lower_ in INDEFINITE_ARTICLES


def _unnamed_office_speaker(ctx: DocContext, token: Token) -> EntityRef | None:
    """ "ein Behördensprecher in Kiew": someone not named, not the one holder of the office the text names
    elsewhere; speaks for whom the complement names ("ein Sprecher von Erwin Pröll"), else for its state,
    institution or seat."""
    doc = ctx.doc
    j = token.i + 1
    while j < len(doc) and (doc[j].lower_ in ("von", "des", "der") or doc[j].tag_ in ("ART", "ADJA")
                            or (doc[j].tag_ == "NN" and ctx.gaz.office_of(doc[j].text))):
        j += 1
    named = ctx.entity(doc[j]) if j < len(doc) and j > token.i + 1 and doc[token.i + 1].lower_ in (
        "von", "des", "der") else None
    if named and named[1].kind in ACTORS:
        return named[1]
    return ctx.office_state(token) or _office_owner(ctx, token) or _office_seat(ctx, token) \
        or _body_speaker(ctx, token) or _spokesperson_of_body_before(ctx, token)


def _spokesperson_of_body_before(ctx: DocContext, token: Token) -> EntityRef | None:
    """ "Die Räumung war aus Sicht der EU-Kommission richtig. ..., sagte ein Sprecher": a bare spokesperson
    speaks for the organization named last, in this sentence or the one before (not a medium, which reports)."""
    if token.text not in ("Sprecher", "Sprecherin"):
        return None
    sent_index = ctx.sentence_of(token)
    for k in range(token.i - 1, -1, -1):
        if ctx.sent_of_token[k] < sent_index - 1:
            break
        hit = ctx.entity(ctx.doc[k])
        if hit and hit[1].kind == "organization":
            known = ctx.gaz.get("organization", hit[1].key)
            return None if known is not None and known.subtype in ("medium", "agency") else hit[1]
    return None


def _office_seat(ctx: DocContext, token: Token) -> EntityRef | None:
    """ "ein Behördensprecher am Donnerstag in Kiew": the state whose capital or country the office is in."""
    doc = ctx.doc
    for k in range(token.i + 1, min(len(doc) - 1, token.i + 6)):
        if doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX"):
            return None
        if doc[k].lower_ in ("in", "aus"):
            hit = ctx.entity(doc[k + 1])
            if hit is None:
                return None
            if hit[1].kind == STATE:
                return hit[1]
            capital = ctx.gaz.capitals.get(hit[0].text)
            return EntityRef(STATE, capital) if capital else None
    return None


def _source_statement(ctx: DocContext, token: Token) -> Statement | None:
    """ "laut dem Weißen Haus ...", "Beobachtern zufolge ...": the source asserts (or denies) the sentence."""
    doc = ctx.doc
    sent = sentence(token)
    after = token.lower_ == "laut" or token.text.rsplit("-", 1)[-1] in SOURCE_NOUNS
    if after and token.text not in SOURCE_NOUNS and token.lower_ != "laut":
        ref = _compound_source(ctx, token)  # "nach UNO-Angaben": the compound names its source
        hit = (doc[token.i:token.i + 1], ref) if ref is not None else None
    elif after:
        # "laut dem Kreml", "nach Angaben des ukrainischen Militärs", "gemäß den Worten des Außenministers Lawrow",
        # "laut einem Bericht der Times", "laut STANDARD-Informationen", "laut einer Yougov-Umfrage"
        k = token.i + 1
        while k < sent.end and (doc[k].lower_ in SKIP_BEFORE_NAME or doc[k].lower_ in ("von", "einer", "einem")
                                or doc[k].tag_ == "ADJA" or (doc[k].tag_ == "NN" and ctx.gaz.office_of(doc[k].text))
                                # a kind of body, unless it is the name ("nach Angaben der Weltgesundheitsorganisation")
                                or (doc[k].tag_ == "NN" and doc[k].lower_.endswith(PUBLICATIONS + KIND_NOUNS)
                                    and "-" not in doc[k].text and ctx.entity(doc[k]) is None)
                                # "laut einer am Mittwoch veröffentlichten Umfrage": the time of publishing
                                or (doc[k].tag_ == "APPRART" and k + 1 < sent.end and doc[k + 1].lower_ in TIME_NOUNS
                                    and k + 2 < sent.end and doc[k + 2].tag_ == "ADJA")
                                or (doc[k].lower_ in TIME_NOUNS and doc[k - 1].tag_ == "APPRART")
                                # "laut dem UN-Flüchtlingshochkommissariat UNHCR": a noun before the name
                                or (doc[k].tag_ == "NN" and k + 1 < sent.end and ctx.entity(doc[k + 1]) is not None
                                    and ctx.entity(doc[k]) is None)):
            k += 1
        hit = ctx.entity(doc[k]) if k < sent.end else None
        if hit is not None and hit[0].end < sent.end and doc[hit[0].end].tag_ == "ADJA" and any(
                t.lower_ in ("von", "vom") for t in doc[token.i + 1:hit[0].start]):
            # "nach Angaben der von der Hamas kontrollierten Gesundheitsbehörde": the body the attribute is of
            k = hit[0].end
            while k < sent.end and doc[k].tag_ == "ADJA":
                k += 1
            if k + 1 < sent.end and doc[k].tag_ == "NN" and ctx.entity(doc[k]) is None:
                k += 1  # "der von Russland kontrollierten Zeitung Iswestija": the kind before the name
            hit = ctx.entity(doc[k]) if k < sent.end else None
            if hit is None:
                return None
        if hit is None and k + 2 < sent.end and doc[k].text[:1].isupper() and doc[k].text.endswith("s") \
                and doc[k + 1].tag_ == "NN" and not ctx.entity(doc[k + 1]):
            named = ctx.entity(doc[k + 2])  # "laut Meiers Anwältin Sabine Roth", Meier named nowhere in full
            hit = named if named is not None and named[1].kind == PERSON else None
        if hit is not None and hit[0].end + 1 < sent.end and doc[hit[0].end].tag_ == "NN" \
                and not ctx.entity(doc[hit[0].end]):
            # "laut Prieths Anwalt Mathias Kapferer": the name before the noun is its possessor, the one after speaks
            named = ctx.entity(doc[hit[0].end + 1])
            hit = named if named is not None and named[1].kind == PERSON else hit
        closed = next((t for t in doc[token.i + 1:k] if t.tag_ == "NN" and "-" not in t.text), None)
        ref = _closed_compound_source(ctx, closed) if closed is not None and closed.i + 1 < sent.end and (
            doc[closed.i + 1].lower_ not in ("der", "des", "von", "vom")) and not ctx.entity(doc[closed.i + 1]) \
            else None
        if ref is not None:  # "laut Rechnungshofbericht die BLh": the report's body, not the name after it
            hit = (doc[closed.i:closed.i + 1], ref)
        if hit is None and k < sent.end and "-" in doc[k].text and doc[k].lower_.endswith(PUBLICATIONS):
            ref = _compound_source(ctx, doc[k])
            hit = (doc[k:k + 1], ref) if ref is not None else None
        if hit is None and any(ctx.gaz.office_of(t.text) for t in doc[token.i + 1:k] if t.tag_ == "NN"):
            # "nach Angaben des Chefredakteurs von Bugün TV, Tarik Toros,": the office holder in apposition
            comma = next((j for j in range(k, min(sent.end - 1, k + 8)) if doc[j].text == ","), None)
            named = ctx.entity(doc[comma + 1]) if comma is not None else None
            hit = named if named and named[1].kind == PERSON else None
        possessive = doc[token.i - 1]
        if hit is None and possessive.tag_ == "ADJA" and token.lower_ != "laut":
            state = ctx.state_of_word(possessive)  # "Nach iranischen Angaben", "nach russischer Darstellung"
            hit = (doc[possessive.i:token.i + 1], state) if state is not None else None
        if hit is None and possessive.lower_ in ("eigenen", "eigener") and token.lower_ != "laut":
            # "Der SBU hat nach eigenen Angaben Dutzende Bomber zerstört": the clause's subject speaks of itself
            start, end, _ = clause_bounds(token)
            verb = next((t for t in doc[start:end] if t.tag_ in FINITE_TAGS), None)
            ref = clause_subject(ctx, verb) if verb is not None else None
            hit = (doc[possessive.i:token.i + 1], ref) if ref is not None else None
        owner = ctx.entity(possessive)
        if hit is None and owner is not None and owner[0].end == token.i and possessive.text.endswith("s") \
                and owner[1].kind in (PERSON, STATE, "organization") and token.lower_ != "laut":
            hit = owner  # "Nach Zschäpes Darstellung", "nach Putins Worten"
        if hit is None and possessive.tag_ == "PPOSAT" and possessive.lower_.startswith(("sein", "ihr")):
            # "Nach seiner Einschätzung würde ein Ausstieg ...": the person the possessive refers to
            ref = pronoun_antecedent(ctx, possessive)
            hit = (doc[possessive.i:token.i + 1], ref) if ref is not None else None
    else:
        hit = ctx.entity(doc[token.i - 1]) if token.i > sent.start else None
        before = doc[token.i - 1] if token.i > sent.start else None
        if hit is None and before is not None and "-" in before.text and before.lower_.endswith(PUBLICATIONS):
            ref = _compound_source(ctx, before)  # "US-Informationen zufolge"
            hit = (doc[before.i:token.i], ref) if ref is not None else None
        if hit is None and before is not None and before.tag_ == "PPER" and before.lower_ in ("ihm", "ihr"):
            ref = pronoun_antecedent(ctx, before)  # "Ihm zufolge instrumentalisiert die Führung ...": he says so
            hit = (doc[before.i:token.i], ref) if ref is not None else None
    if not hit or hit[1].kind not in (PERSON, STATE, "organization"):
        return None
    rest = doc[max(hit[0].end, token.i + 1):sent.end] if after else doc[token.i + 1:sent.end]
    known = ctx.gaz.get(hit[1].kind, hit[1].key)
    if known is not None and known.subtype in ("medium", "agency"):
        start, end, _ = clause_bounds(token)
        if any(t.pos_ == "VERB" and t.tag_ == "VVFIN" and _report_lemma(ctx, t) in ctx.gaz.reporting_verbs
               for t in doc[start:end]):
            return None  # "sagte Direktor X der Agentur PAP zufolge": the agency only relays what X said
        # a medium reports what others do and say ("Dem Konzern wird nach Angaben von Anadolu vorgeworfen")
        stance = "deny" if _negated_claim(rest) else "assert"
    else:  # "Die Krise droht nach Einschätzung der UN zu eskalieren" warns
        stance = _stance(ctx, "assert", "", rest, token, sent, hit[1])
    return Statement(speaker=hit[1], stance=stance, sentence=ctx.sentence_of(token), verb=None,
                     about=rest.text.strip(ABOUT_EDGES)[:300] or None, date=_date(ctx, sent), quote=_quote(sent),
                     topics=_topics(rest))


def _topics(span: Span | None) -> tuple[str, ...]:
    """The nouns of what is said, as lemmas: "ein solches Treffen sei nie vereinbart worden" -> ("Treffen",)."""
    if span is None:
        return ()
    return tuple(sorted({t.lemma_ for t in span if t.tag_ == "NN" and len(t.lemma_) > 2}))


def _date(ctx: DocContext, sent: Span):
    for mention in find_dates(sent.text, ctx.reference_date):
        if mention.value is not None:
            return mention.value
    return None


def _quote(sent: Span) -> str | None:
    text = sent.text
    if "„" in text and "“" in text:
        a, b = text.index("„"), text.rindex("“")
        if b > a + 1:
            return text[a + 1:b]
    return None


# Verbs whose own construction names who judges: "stieß bei X auf Kritik", "erntete Lob von X", "machte X
# verantwortlich".
OWN_CONSTRUCTIONS = {"stoßen": _met_with, "ernten": _reaped, "machen": _blame}
