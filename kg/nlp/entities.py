"""Decide the doc's entities: curated names, person grammar and the statistical model.

Precedence, because each source is right about different things:
1. curated names (`kg_gazetteer` spans) name states, organizations, places and
   well-known persons exactly;
2. German person grammar finds the persons no list knows: an office title or
   "Herr/Frau" before capitalised names ("Außenminister Sergei Lawrow"), a
   first name from the lexicon before a surname ("Kirill Dmitrijew"), and
   later mentions of a surname already seen ("Lawrow", genitive "Trumps");
3. the statistical NER (trained on GermEval 2014) fills in the rest.
Longer spans win over shorter ones; on equal length the higher source wins.

Labels written to `doc.ents`: PER, STATE, ORG, PLACE. `span._.kg_name` holds
the base form ("Trumps" -> "Trump", "Russlands" -> "Russland").
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from spacy.lang.de.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from ..gazetteer import Gazetteer
from .adjective_names import ADJECTIVE_ENDING, STRONG, adjective_names, head_of
from .gazetteer_matcher import SPAN_KEY
from .hanta_tagger import get_hanta
from .local_organizations import SAINT_WORDS, join_towns
from .name_features import BIT
from .party_plurals import FAMILIES, family_party, party_plurals
from .street_names import street_names
from .toponyms import toponyms

NAME_BITS = BIT["first"] | BIT["surname"] | BIT["person"]
NAME_PLACE_BITS = NAME_BITS | BIT["city"] | BIT["city_part"] | BIT["region"]

PER, STATE, ORG, PLACE = "PER", "STATE", "ORG", "PLACE"
KIND_LABEL = {"person": PER, "state": STATE, "organization": ORG, "place": PLACE}
# A capital right after these prepositions is the city; elsewhere it acts for its government.
# A capital acts for its government after these words ("Signale aus Washington", "zwischen Moskau und Kiew").
ACTOR_PREPOSITIONS = {"aus", "zwischen", "von", "gegenüber", "mit", "an", "gegen", "für", "seitens", "dass", "ob",
                      "laut", "und", "sowie", "oder", "weil", "wenn", "da", "obwohl", "nachdem", "was",
                      # subordinators: the capital opens the clause as its subject ("wonach Berlin ... gestoppt habe")
                      "wonach", "damit", "sodass", "bevor", "während", "falls", "sobald", "solange", "indem",
                      "weshalb", "woraufhin", "zumal"}
INSTITUTION_KINDS = {"government", "parliament", "international", "agency", "court", "ministry", "alliance", "military"}
# Party aliases that are also common nouns for any such party's people or camp ("die Linke" is the
# political left, "die Union" the EU, "die Demokraten" democrats at large, "die spanische Linkspartei
# Podemos" a kind): these need more than the word.
GENERIC_PARTY_WORDS = {"Linke", "Linken", "Linkspartei", "Union", "Demokraten", "Republikaner", "Christdemokraten",
                       "Sozialdemokraten", "Liberaldemokraten"}
# the singular ones name the party among parties or in politics' words; the plurals name their people too
SINGULAR_PARTY_WORDS = {"Linke", "Linken", "Linkspartei", "Union"}
PARTY_CONTEXT = re.compile(r"(?i)(fraktion|koalition|wahl|kanzler|bundestag|landtag|opposition|regierung"
                           r"|parlament|abgeordnete|minister|politik)")
# The two parties of the USA, called by their people's plural ("die Demokraten", "die Republikaner") in news
# about the USA.
US_PARTIES = {"demokratische-partei", "republikanische-partei"}
CITY_PREPOSITIONS = {"in", "nach", "bei", "im", "über"}
CLOSING_QUOTES = {"“", "”", '"', "«", "»", "’", "'"}
# Nouns whose "von <capital>" is the city where they happen or hold office: "die Anschläge von Paris", "das
# Abkommen von Minsk", "der Gipfel von Paris", "der Bürgermeister von Kiew".
PLACE_BOUND_NOUNS = ("anschlag", "anschläge", "anschlägen", "anschlags", "attentat", "attentate", "attentaten",
                     "attentats", "abkommen", "abkommens", "vertrag", "vertrags", "vertrages", "verträge", "plan",
                     "plans", "planes", "protokoll", "protokolls", "gipfel", "gipfels", "konferenz", "format",
                     "formats", "treffen", "treffens", "übereinkommen", "übereinkommens", "bürgermeister",
                     "bürgermeisterin", "bürgermeisters", "massaker", "massakers")
# Nouns whose "aus <capital>" is the government speaking or acting: "Kritik aus Moskau", "Signale aus Washington"
# (elsewhere "aus Berlin" is where someone or something comes from).
VOICE_NOUNS = ("kritik", "signal", "signale", "signalen", "reaktion", "reaktionen", "stimmen", "warnung", "warnungen",
               "drohung", "drohungen", "töne", "tönen", "protest", "proteste", "widerstand", "zustimmung", "lob",
               "druck", "antwort", "unterstützung", "forderung", "forderungen", "vorwürfe", "vorwürfen", "dementi",
               "angebot", "angebote", "vorschlag", "vorschläge", "hilfe", "geld", "mitteilung", "erklärung",
               "seite", "regierungskreisen", "kreisen", "richtung", "angaben", "rückendeckung")
# Capitals that, acting, stand for the body seated there rather than for their state.
SEATS_OF_BODIES = {"Brüssel": "europaeische-union"}
# Nouns of a reaction felt or voiced "in <capital>" by its government: "In Peking stieß das auf Unverständnis",
# "Die Vorfälle hatten in Ankara Besorgnis ausgelöst", "Erleichterung in Brüssel".
REACTION_NOUNS = ("besorgnis", "unverständnis", "erleichterung", "empörung", "verärgerung", "irritation", "unmut",
                  "genugtuung", "skepsis", "beunruhigung", "entrüstung", "befremden", "verstimmung", "zufriedenheit")
# Verbs before "aus <capital>" that tell what is heard from there: "Ganz anders klang es aus Moskau".
HEARD_VERBS = {"klingen", "tönen", "verlauten", "heißen", "schallen"}
# A state's government acts for the state ("die Regierung in Warschau"; kg.extract.entities for
# "die kolumbianische Regierung").
GOVERNMENTS = ("Regierung", "Regierungen", "Staatsführung", "Führung", "Administration", "Staatsspitze", "Seite")
# the words of a state's government after a town's adjective ("das Kiewer Regime", "die Moskauer Führung")
STATE_VOICES = ("regime", *(g.lower() for g in GOVERNMENTS))
INDEFINITE_ARTICLES = {"ein", "eine", "einer", "einem", "einen", "eines"}
ARTICLES = {"der", "die", "das", "des", "dem", "den", "beim", "vom", "zum", "zur", "im", "am"}
# the head words of newspapers' and magazines' names, and the titles that are one such word
NEWSPAPER_HEADS = {"Zeitung", "Presse", "Kurier", "Rundschau", "Anzeiger", "Tagblatt", "Nachrichten", "Allgemeine",
                   "Allgemeinen", "Morgenpost", "Abendblatt", "Abendzeitung", "Volksstimme", "Volkszeitung", "Post",
                   "Bote", "Boten", "Echo", "Neuesten", "Tageblatt", "Landeszeitung", "Stimme"}
ONE_WORD_NEWSPAPERS = {"Spiegel", "Bild", "Zeit", "Welt", "Stern", "Focus", "Tagesspiegel", "Handelsblatt", "Express",
                       "Standard", "Kurier", "Presse", "Blick", "Bunte", "Cicero", "Freitag", "Merkur"}
ENGLISH_FUNCTION_WORDS = {"The", "Of", "On", "Do", "Us", "Me", "To", "And", "Is", "My", "You", "Your", "It", "We",
                          "Are", "Be", "Not", "All", "For", "With", "Will", "Can", "Don't", "I'm"}
HONORIFICS = {"Herr", "Herrn", "Frau", "Dr.", "Prof.", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Sir"}
PARTICLE_NAME = re.compile(r"^(al|el|as|ad|ar|an|at|az|bin|ibn|abu|ben)-[A-ZÄÖÜ]")  # "al-Hussein", "el-Sisi"
ELIDED_PARTICLE = re.compile(r"^d[’']?[A-ZÄÖÜ][a-zäöüéè]{2,}$")
# Closed word classes: a capitalised word after a first name that HanTa puts in one is a surname.
CLOSED_CLASS_TAGS = ("PIAT", "PIS", "PDAT", "PDS", "PPOSAT", "PPOSS", "PRELS", "PWS", "ADV", "PTKVZ")
NAME_PARTICLES = {"von", "van", "de", "der", "al", "bin", "ben", "da", "di", "del", "le", "la", "zu", "ibn"}
# Lower-case words a person's name may hold inside: the particles, and those of foreign names
# only ("José Eduardo dos Santos", "Ortega y Gasset").
INNER_PARTICLES = NAME_PARTICLES | {"dos", "do", "du", "y", "della", "degli", "dei", "el", "af", "ter", "ten", "vom",
                                    "bint", "ould", "op", "'t", "d'", "zur"}
INITIAL = re.compile(r"^[A-ZÄÖÜ]\.$")
# A capitalised word: any upper-case first letter, also of other Latin alphabets ("Šefčovič", "Łukasz", "Ólafur").
NAME_WORD = re.compile(r"^[A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽȘȚ][\w'’-]*\w$"
                       r"|^[A-ZÄÖÜ]$")
LEAK_NAMES = {"Papers", "Leaks", "Files"}  # "Panama Papers", "Paradise Papers", "Lux Leaks", "Epstein Files"
NOT_NAMES = {
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
    "November", "Dezember", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
    "Sonntag", "Jänner", "Feber", "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Er", "Sie", "Es", "Wir",
    "Anm",  # "(... ; Anm. d. Red.)": the editor's note
    "Abrede",  # "stellte in Abrede": an idiom (denied), no place
}
# Latin, French and English phrases of German prose the model may take for names: "des Status quo", "Persona non
# grata", "die frühere First Lady".
FOREIGN_PHRASES = {"status quo", "ad hoc", "persona non grata", "modus vivendi", "modus operandi", "carte blanche",
                   "fait accompli", "conditio sine qua non", "ultima ratio", "de facto", "de jure", "pro forma",
                   "quid pro quo", "casus belli", "terra incognita", "tabula rasa", "alma mater", "agent provocateur",
                   "first lady", "first ladies", "first gentleman", "elder statesman", "lame duck"}
# A party's colour standing for it ("die Presseabteilungen von Schwarz und Grün"), no person alone; a
# surname "Schwarz" of a person named in full elsewhere in the text is still found as that person.
COLOURS = {"Schwarz", "Rot", "Grün", "Blau", "Pink", "Türkis", "Orange", "Gelb", "Lila"}
# Endings of German abstract nouns, which no surname has: "Zynismus", "Zurückhaltung".
NOUN_SUFFIXES = ("ismus", "ung", "heit", "keit", "schaft", "tät", "tion", "ität", "nis")
# Plural endings of German common nouns, which no surname has: "Rezensionen", "Regierungen".
PLURAL_ENDINGS = ("ungen", "ionen", "heiten", "keiten", "schaften", "täten", "nisse")
FOREIGN_ACCENTS = {"\u0300", "\u0301", "\u0302", "\u0303", "\u0327", "\u030c"}  # grave, acute, ^, ~, cedilla, caron
KUNYA = {"Abu", "Umm", "Abou"}  # "father/mother of", opening Arabic names
DETERMINERS = ("ART", "APPRART", "PDAT", "PPOSAT", "PIAT")
MONTHS = {"Januar", "Jänner", "Februar", "Feber", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember"}
TIME_PARTS = {"Anfang", "Mitte", "Ende"}
MODEL_TRIM_TAGS = {"ART", "KON", "APPR", "APPRART", "PDAT", "PIAT", "PPOSAT", "ADV", "KOUS", "PPER", "PIS", "PDS",
                   "PWS", "PWAV", "VVFIN", "VAFIN", "VMFIN", "$(", "$,", "$."}
# English bodies' nouns before "of" and a name: "Bank of England", "House of Commons".
ENGLISH_BODIES = {"Bank", "Council", "Institute", "University", "Church", "House", "Department", "Office", "Ministry",
                  "Academy", "College", "Court", "Chamber", "Board", "Association", "Federation", "League", "Society"}
# Nouns for kinds of organizations that precede a name in apposition ("die Zeitung Danas").
ORG_NOUNS = ("zeitung", "zeitschrift", "publikation", "agentur", "sender", "magazin", "partei", "organisation",
             "miliz", "konzern", "bewegung", "gruppe", "gewerkschaft", "stiftung", "bank", "allianz", "koalition",
             "plattform", "blatt", "portal", "kanal", "verein", "firma", "unternehmen", "institut", "hilfswerk",
             # firms named by their trade: "der Spielzeughersteller Lego", "der Netzbetreiber Tennet"
             "hersteller", "anbieter", "betreiber", "versicherer", "dienstleister", "autobauer", "reederei",
             "kellerei", "brauerei", "ensemble", "zentrum")
# Of those, the media: their names may look like persons' ("die Satirezeitschrift Charlie Hebdo").
MEDIA_NOUNS = ("zeitung", "zeitschrift", "publikation", "agentur", "sender", "magazin", "plattform", "blatt", "portal",
               "kanal")
# Of those, the kinds whose name may stand in quotation marks after them: 'das Magazin " Paris-Match "'.
QUOTED_ORG_NOUNS = ("zeitung", "zeitschrift", "magazin", "blatt", "verein", "sender", "verlag", "zentrum", "partei",
                    "firma", "unternehmen", "gruppe", "club", "ensemble", "theater")
OPENING_QUOTES = {'"', "„", "»", "«", "“"}
# A compound on the head noun of a body, with the definite article, names that body: "die Arbeiterkammer",
# "der Richtervereinigung", "des Bauernverbandes", "der Seniorenbund" (not "der Verbund": four letters before
# -bund). Not "partei" or "behörde", whose compounds are mostly kinds ("die Regierungspartei", "die
# Aufsichtsbehörde"); not a bare "die Kammer".
BODY_COMPOUND = re.compile(r"^(.{2,}[^-](?:vereinigung|kammer|gewerkschaft|verband)|.{3,}[^-]bund)(?:es|s)?$")
# A compound on "-partei" with the definite article names a party ("die Arbeiterpartei", "der Fortschrittspartei"),
# but for the kinds of party these first parts make ("die Regierungspartei", "die Schwesterpartei").
PARTY_COMPOUND = re.compile(r"^([A-ZÄÖÜ][a-zäöüß]{3,})partei$")
# (checked with and without a linking -s: "Regierungspartei" -> "regierung")
PARTY_KINDS = {"regierung", "opposition", "koalition", "schwester", "partner", "klein", "kleinst", "splitter", "kader",
               "einheit", "volk", "link", "recht", "mitte", "protest", "staat", "mehrheit", "minderheit", "nachfolge",
               "nachfolger", "tradition", "masse", "massen", "region", "regional", "regionen", "land", "landes", "bund",
               "bundes", "alt", "konkurrenz", "junior", "kanzler", "ein", "gegen", "haupt", "mitglied", "muster",
               "lieblings", "anti", "ex", "öko", "bauer", "mutter", "tochter", "landtag", "parlament", "fraktion",
               "stadt", "bezirk", "orts", "kreis", "gemeinde", "wiener", "heimat", "grün", "rechtspopulist"}
# Compounds on those heads that name no body: an event ("die Wiedervereinigung") or a room or chamber of a
# thing ("die Brennkammer", "die Herzkammer", "die Schatzkammer").
NOT_BODY_COMPOUNDS = ("wiedervereinigung", "brennkammer", "kartuschenkammer", "gaskammer", "herzkammer",
                      "schatzkammer", "dunkelkammer", "folterkammer", "druckkammer", "kältekammer", "kühlkammer",
                      "speisekammer", "rumpelkammer", "grabkammer", "schlafkammer", "vorkammer", "wunderkammer",
                      "kunstkammer", "klimakammer", "räucherkammer")
# A parliament's inquiry committee named by its subject: "der Hypo-U-Ausschuss", "im NSA-Untersuchungsausschuss".
INQUIRY_COMMITTEE = re.compile(r"^([A-ZÄÖÜ][\w]*(?:-[A-ZÄÖÜ][\w]*)*-(?:U-Ausschuss|Untersuchungsausschuss))(?:es|s)?$")
# Heads of bodies named with a "für" complement ("Institut für Wirtschaftsforschung").
COMPLEMENT_HEADS = ("institut", "zentrum", "amt", "stiftung", "agentur", "behörde", "kommission", "komitee",
                    "hochkommissariat", "büro", "forum", "akademie", "gesellschaft", "verband", "verein", "gericht",
                    "ministerium", "gerichtshof", "rat", "bund", "kammer", "organisation", "dienst", "netzwerk",
                    "allianz", "stelle")
# Nouns of kinship and relation that precede a person's name in apposition ("seine Tochter Marie").
KIN_NOUNS = {"Bruder", "Brüder", "Schwester", "Schwestern", "Sohn", "Söhne", "Tochter", "Töchter", "Vater", "Mutter",
             "Ehefrau", "Ehemann", "Gattin", "Gatte", "Witwe", "Witwer", "Onkel", "Tante", "Neffe", "Nichte", "Enkel",
             "Enkelin", "Cousin", "Cousine", "Ehepaar", "Familie", "Freund", "Freundin", "Kollege", "Kollegin",
             "Großvater", "Großmutter", "Halbbruder", "Halbschwester", "Stiefvater", "Stiefmutter", "Lebensgefährtin",
             "Lebensgefährte", "Verlobte", "Verlobten"}
# Nouns that introduce a name ("ein Kind mit dem Namen Leo", "wählte den Ordensnamen Johannes", "Kritik an der
# Person Bauwens"): the statistical model's person after them is one.
NAME_NOUNS = {"Name", "Namen", "Namens", "Vorname", "Vornamen", "Vornamens", "Rufname", "Rufnamen", "Taufname",
              "Taufnamen", "Ordensname", "Ordensnamen", "Spitzname", "Spitznamen", "Künstlername", "Künstlernamen",
              "Beiname", "Beinamen", "Deckname", "Decknamen", "Person"}
# Nouns of occupations and roles that precede a person's name in apposition, also as the head of a compound ("der
# Schriftsteller Thomas Mann", "CSU-Politiker Straubinger", "der Menschenrechtsaktivist Barghuti"); unlike the offices
# of the gazetteer they hold no position of a state or a body. Words that are also common surnames ("Müller",
# "Fischer", "Schneider", "Bauer") are left out.
PERSON_NOUNS = ("politiker", "experte", "expertin", "aktivist", "keeper", "torhüter", "torwart", "stürmer",
                "verteidiger", "abwehrspieler", "mittelfeldspieler", "spieler", "trainer", "coach", "kapitän",
                "sieger", "weltmeister", "europameister", "olympionike", "sportler", "athlet", "läufer", "schwimmer",
                "boxer", "rennfahrer", "radprofi", "profi", "regisseur", "schauspieler", "sänger", "rapper",
                "musiker", "komponist", "dirigent", "pianist", "gitarrist", "schlagzeuger", "bassist", "produzent",
                "schriftsteller", "autor", "dichter", "lyriker", "dramatiker", "romancier", "maler", "bildhauer",
                "künstler", "fotograf", "architekt", "journalist", "reporter", "korrespondent", "moderator",
                "kommentator", "kritiker", "kolumnist", "historiker", "philosoph", "soziologe", "psychologe",
                "theologe", "ökonom", "wissenschaftler", "forscher", "physiker", "chemiker", "biologe", "mathematiker",
                "astronom", "geograph", "geograf", "archäologe", "mediziner", "arzt", "ärztin", "chirurg", "anwalt",
                "anwältin", "jurist", "unternehmer", "manager", "investor", "bankier", "ingenieur", "erfinder",
                "lehrer", "professor", "dozent", "inspektor", "detektiv", "ermittler", "polizist", "soldat",
                "offizier", "surrealist", "impressionist", "kollege", "kollegin", "genosse", "genossin", "star",
                "sternchen", "legende", "idol", "genie", "theoretiker", "sprinter", "skispringer")
PERSON_NOUN_ENDINGS = ("innen", "in", "en", "n", "s", "")
# Nouns for kinds of places that precede a place's name in apposition ("die Gemeinde Löhne", "Schloss Cléron"),
# also as the head of a compound ("im Schwarzmeerort Rize"); the short ones only as words of their own.
PLACE_NOUNS = ("dorf", "stadt", "städtchen", "gemeinde", "provinz", "region", "bezirk", "kanton", "schloss",
               "gebirge", "hofgut", "weiler", "ortsteil", "stadtteil", "landkreis", "distrikt", "grafschaft",
               "herzogtum", "bundesstaat", "halbinsel", "ortschaft", "siedlung", "flughafen", "bahnhof", "kloster",
               "stützpunkt", "militärbasis", "luftwaffenbasis", "marinebasis", "haltestelle", "fluss", "hafen",
               "raffinerie", "gebiet", "gebiets")
# Ships are named after persons: "der Zerstörer Donald Cook" is no person.
SHIP_NOUNS = ("zerstörer", "schiff", "flugzeugträger", "fregatte", "kreuzer", "korvette", "tanker", "frachter")
# A government or an era named by its head: "die Regierung Kreisky", "das Kabinett Merkel", "die Ära Kohl".
HEADED_BY = {"Regierung", "Kabinett", "Ära", "Administration"}
PLACE_WORDS = {"Ort", "Tal", "Berg", "Burg", "Kreis", "Turm", "Insel", "Fluss", "Wohnort", "Geburtsort", "Heimatort",
               "Nachbarort", "Badeort", "Kurort", "Küstenort", "Urlaubsort", "Vorort", "Grenzort", "Fischerort"}
FACILITIES = {"Base", "Airbase", "Camp", "Fort", "Airport"}
PALACES = ("Palast", "palast", "Palais")
# Heads of a named landmark's compound: "Scarborough-Riff", "Spratly-Inseln", "Guanabara-Bucht", "Bekaa-Ebene".
LANDMARKS = {"Riff", "Insel", "Inseln", "Bucht", "Ebene", "Halbinsel", "Meerenge", "Moschee", "Staudamm", "Damm",
             "Gebirge", "Wüste", "Kathedrale", "Brücke"}
ROMAN = re.compile(r"^(I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI)\.?$")
EPITHET = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+e$")  # "der Große", "die Katholische"
LEGAL_FORMS = {"GmbH", "AG", "KG", "OG", "SE", "OHG", "KGaA", "Inc.", "Inc", "Ltd.", "Ltd", "Corp.", "Corp", "LLC",
               "plc", "PLC", "S.A.", "S.p.A.", "N.V.", "B.V.", "e.V.", "eG", "GesmbH", "Ges.m.b.H."}
# "street" before "grammar": "die Walder Kirche" is the church building, not the church as organization.
PRIORITY = {"gazetteer": 0, "street": 1, "grammar": 2, "surname": 3, "model": 4, "shape": 5}
ACRONYM = re.compile(r"^[A-ZÄÖÜ][A-ZÄÖÜ0-9]{1,5}(-[0-9]{1,2})?$")
# All-capital words that are not names of organizations.
NOT_ACRONYMS = {"AKW", "KI", "EM", "WM", "BIP", "USD", "EUR", "PKW", "LKW", "TV", "CEO", "PR", "IT", "ID", "OK",
                "DNA", "HIV", "SMS", "PDF", "CO2", "GPS", "PC", "UKW", "MEZ", "UTC", "AG", "GMBH", "II", "III",
                "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "USA", "NEIN", "JA", "UND", "DER", "DIE", "DAS",
                # stock indices and currencies
                "DAX", "MDAX", "SDAX", "TECDAX", "DM", "ATX", "SMI", "CHF", "GBP", "JPY"}
# Finite verbs of speaking that follow a quotation, its speaker after them: '" , sagte Thoben .'.
SPEECH_VERBS = {"sagte", "sagt", "meinte", "meint", "erklärte", "erklärt", "betonte", "betont", "erläuterte",
                "erläutert", "bemerkte", "bemerkt", "ergänzte", "ergänzt", "fuhr", "so", "schrieb", "schreibt",
                "warnte", "warnt", "kritisierte", "kritisiert", "versicherte", "versichert", "forderte", "fordert",
                "unterstrich", "unterstreicht", "argumentierte", "argumentiert", "urteilte", "urteilt", "resümierte",
                "resümiert", "bilanzierte", "bilanziert", "lobte", "lobt", "antwortete", "antwortet", "entgegnete",
                "entgegnet", "klagte", "klagt", "beklagte", "beklagt", "mahnte", "mahnt", "räumte", "räumt",
                "berichtete", "berichtet", "sagten", "fügte", "fügt", "kommentierte", "kommentiert", "befand",
                "befindet", "verriet", "verrät", "gab", "gibt", "kündigte", "kündigt", "stellte", "stellt"}
# Institutions that a name before a hyphen names: "Lehmbruck-Museum", "Eulenspiegel-Verlag", "Bethanien-Krankenhaus".
INSTITUTION_HEADS = ("museum", "verlag", "zeitung", "krankenhaus", "hospital", "klinik", "klinikum", "theater",
                     "gymnasium", "schule", "universität", "hochschule", "partei", "bank", "stiftung",
                     "bibliothek", "akademie", "institut", "orchester", "oper", "galerie", "brauerei", "kolleg")
# The legal forms of German sports clubs, which open their names: "SV Werder Bremen", "TSV 1860 München".
CLUB_FORMS = {"FC", "SV", "TSV", "SC", "VfB", "VfL", "VfR", "TuS", "SpVgg", "SpVg", "BSC", "SG", "ERC", "WSV", "FSV",
              "TSG", "SSV", "MSV", "TSC", "DJK", "ESV", "PSV", "SuS", "EHC", "KSV", "ASV", "SSC", "HSG", "TGV", "SpG",
              "TuRa", "SGV", "FV", "BV", "ETB", "TuSpo", "SKV", "KFC", "FK", "SK", "AC", "AS", "CF"}
TOWN_ADJECTIVE = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]{2,}er$")
COMPASS = re.compile(r"^(Nord|Süd|Ost|West|Nordost|Nordwest|Südost|Südwest|Zentral|Mittel)([a-zäöü]\w+)$")


class EntityRecognizer:
    def __init__(self, gazetteer: Gazetteer, names: dict[str, int]) -> None:
        self.gaz = gazetteer
        self.names = names  # word -> bit mask of kg/nlp/name_features.py (first names included)
        self._names: dict[int, tuple[Span, str]] = {}

    def __call__(self, doc: Doc) -> Doc:
        spans = self.find(doc)
        doc.ents = spans
        return doc

    def find(self, doc: Doc) -> list[Span]:
        candidates: list[tuple[Span, str]] = []
        for span in doc.spans.get(SPAN_KEY, []):
            if len(span) == 1 and span[0].tag_ == "NN" and not span.text.isupper() and span.label_ != "state" \
                    and self._only_alias(span):
                continue  # "Zeit", "Spiegel": a common noun here, not the newspaper "Die Zeit"
            if len(span) == 1 and span[0].tag_ == "NN" and self._common_noun_use(span):
                continue  # "eine Allianz freier Völker", "die Allianz beider Länder": not the insurer
            if len(span) == 1 and span[0].tag_ == "ADJA" and span.end < len(doc) and doc[span.end].tag_ == "NN":
                continue  # "Grüne Politik": an adjective opening the sentence, not the party
            if span.end < len(doc) and doc[span.end].text in LEAK_NAMES:
                continue  # "die Panama Papers": a leak of documents, not the state
            label = self._gazetteer_label(span)
            if label == ORG and len(span) == 1 and span.end < len(doc) and self.gaz.office_of(span.text) \
                    and self._is_first_name(doc[span.end]):
                continue  # "Bundesrat Gottfried Kneifel": a member's title before the name, not the chamber
            kb_id = span.kb_id_
            if label == ORG and span.start >= 2 and doc[span.start - 1].lower_ in ("und", "oder") \
                    and doc[span.start - 2].tag_ == "TRUNC" and span[0].tag_ == "NN" \
                    and not self._known_expansion(doc[span.start - 2].text, span[0].text):
                # "der Friedens- und Sicherheitsrat der Afrikanischen Union": another body than the Security
                # Council, named by the whole coordination
                whole = doc[span.start - 2:span.end]
                candidates.append((self._span(whole, ORG, whole.text), "gazetteer"))
                continue
            if label == PER and len(span) > 1 and self.gaz.office_of(span[0].text):
                # "Papst Leo", "König Charles": listed with the title, which is no part of the name
                # (the office stays outside for kg.extract.positions)
                name = " ".join((span._.kg_name or span.text).split()[1:])  # also "des Königs Salman"
                span = _named_span(doc, span.start + 1, span.end, span.label_, name, kb_id)
            if span.label_ == "capital" and label == PLACE:
                # the city itself: its own curated place entry, not its state's id
                city = next((k for k in self.gaz.lookup(span._.kg_name or span.text) if k.kind == "place"), None)
                kb_id = city.id if city else ""
            elif span.label_ == "capital" and (span._.kg_name or span.text) in SEATS_OF_BODIES:
                label, kb_id = ORG, SEATS_OF_BODIES[span._.kg_name or span.text]  # "Kritik kam aus Brüssel": the EU
            candidates.append((self._span(span, label, span._.kg_name or span.text, kb_id), "gazetteer"))
        appositions = self._organization_grammar(doc)
        place_appositions = self._place_appositions(doc)
        roads = [self._span(road, PLACE, road.text.rstrip(".")) for road in _road_names(doc)]
        # "im Kanton Thurgau": the kind's noun before a place's name is no place of its own (not the city "Kanton")
        kinds = {s.start - 1 for s in place_appositions}
        candidates = [(s, source) for s, source in candidates
                      if not (source == "gazetteer" and len(s) == 1 and s.start in kinds)]
        # a name after a medium's noun is that medium's, also where it looks like a person's ("die Satirezeitschrift
        # Charlie Hebdo"); a genitive there is the owner ("die Zeitung Silvio Berlusconis"), and after other kinds a
        # person's name is the usual reading ("der Chef der Fortschrittspartei Gustav Brandlhuber")
        named_by_kind = {(a.start, a.end) for a in appositions if not a[-1].text.endswith("s")
                         and doc[a.start - 1].lower_.endswith(MEDIA_NOUNS)}
        persons = [p for p in self._person_grammar(doc) if (p.start, p.end) not in named_by_kind]
        candidates += [(span, "grammar") for span in (
            *persons, *self._role_names(doc), *appositions, *self._body_compounds(doc),
            *self._complement_names(doc),
            *self._facility_grammar(doc), *self._legal_form_grammar(doc), *self._club_names(doc),
            *self._hyphenated_institutions(doc), *self._quoted_speakers(doc), *roads, *place_appositions,
            *self._genitive_adjective_names(doc), *self._english_of_names(doc), *self._saint_names(doc),
            *self._genitive_persons(doc), *self._genitive_persons_after_noun(doc), *self._dateline_agencies(doc),
            *self._quoted_newspapers(doc), *self._genitive_towns(doc))]
        words, tags = [t.text for t in doc], [t.tag_ for t in doc]
        for found in street_names(words, tags, self.names):
            candidates.append((self._span(doc[found.start:found.end], PLACE, found.name), "street"))
        for found in party_plurals(words, tags):
            candidates.append((self._span(doc[found.start:found.end], ORG, found.name), "grammar"))
        for i in _squares_after_contraction(doc):
            candidates.append((self._span(doc[i:i + 1], PLACE, doc[i].text), "street"))
        surnames = {doc[k].text for k in range(1, len(doc)) if self._is_first_name(doc[k - 1])}
        for i in toponyms(words, tags):
            if self._is_first_name(doc[i]) or doc[i].text in surnames and doc[i - 1].lower_ not in ("in", "nach"):
                continue  # "von Gottfried": a given name, not a town in -ried; "zwischen Sobotka und Pröll": the
                # surname of "Wolfgang Sobotka", whom the text names (but "nach Quellinghausen" goes to a town)
            if doc[i].tag_ == "NN" and _lexical(doc[i].text) and not self._place_name(doc[i].text):
                continue  # "zwischen Kriegsflüchtlingen und ...": a noun of the lexicon, not a town in -ingen
            candidates.append((self._span(doc[i:i + 1], PLACE, doc[i].text), "grammar"))
        for t in doc:  # a listed place's words joined by a hyphen: "Tel-Aviv", "Den-Haag"
            if "-" in t.text and t.text[:1].isupper() and not self.gaz.lookup(t.text):
                known = next((k for k in self.gaz.lookup(t.text.replace("-", " ")) if k.kind in ("place", "state")),
                             None)
                if known is not None:
                    candidates.append((self._span(doc[t.i:t.i + 1], KIND_LABEL[known.kind], known.name, known.id),
                                       "grammar"))
        for t in doc:  # a city's district joined by a hyphen: "Bremen-Vegesack", "Köln-Porz" (not "Barcelona-Sessels")
            parts = t.text.split("-")
            if len(parts) == 2 and all(p[:1].isupper() and p[1:].islower() and p.isalpha() for p in parts) \
                    and not self.gaz.lookup(t.text) and not _lexical(t.text) \
                    and not any(_lexical(parts[1][:len(parts[1]) - k]) for k in (0, 1, 2)) \
                    and self._listed_city(parts[0]) \
                    and not self.gaz.lookup(parts[1]) and not self._is_first_name(t) \
                    and parts[1] not in self.gaz.first_names:
                candidates.append((self._span(doc[t.i:t.i + 1], PLACE, t.text), "grammar"))
        for i in self._spa_towns(doc):
            candidates.append((self._span(doc[i:i + 2], PLACE, doc[i:i + 2].text), "grammar"))
        for t in doc:  # a dateline in capitals: "WASHINGTON (AP) –", "TOKIO"
            if len(t.text) >= 4 and t.text.isalpha() and t.text.isupper() and not self.gaz.lookup(t.text):
                known = next((k for k in self.gaz.lookup(t.text.title()) if k.kind in ("place", "state")), None)
                if known is not None:
                    candidates.append((self._span(doc[t.i:t.i + 1], KIND_LABEL[known.kind], known.name, known.id),
                                       "grammar"))
                elif _unlisted_dateline(t):
                    candidates.append((self._span(doc[t.i:t.i + 1], PLACE, t.text.title()), "grammar"))
            elif self._titled_dateline(t) or self._place_of_its_land(t):
                candidates.append((self._span(doc[t.i:t.i + 1], PLACE, t.text), "grammar"))
        adjective_heads = {}
        for found in adjective_names(words, tags, [t.is_sent_start is True for t in doc]):
            candidates.append((self._span(doc[found.start:found.end], found.label, found.name), "grammar"))
            adjective_heads[found.start] = found
        for span in self._model_spans(doc):
            candidates.append((span, "model"))
        for span in self._shapes(doc):
            candidates.append((span, "shape"))
        # a name after its kind's noun that the model reads as part of a longer organization name is that name:
        # "der Firma Harles und Jentzsch", "des Handels- und Gewerbevereins Limbach-Oberfrohna"
        inside = {id(a) for a in appositions for span, source in candidates if source == "model"
                  and span.label_ == ORG and span.start <= a.start and a.end <= span.end and len(span) > len(a)}
        candidates = [c for c in candidates if id(c[0]) not in inside]
        rules = [c for c in candidates if c[1] in ("gazetteer", "street", "grammar")]
        # the model's organization names built on an organization word ("SC Freiburg", "London Telegram
        # Verlag") outrank the place names inside them
        rules += [(span, "grammar") for span, source in candidates if source == "model" and span.label_ == ORG
                  and any(t.text in self.gaz.organization_words for t in span)]
        # the model's longer organization name around a listed one is the more specific name: "der Deutschen
        # Lufthansa", "vom ERC Ingolstadt" (a club of the listed "ERC"'s letters), "Fujitsu Siemens Computers"
        listed_orgs = [s for s, source in candidates if source == "gazetteer" and s.label_ == ORG]
        rules += [(span, "grammar") for span, source in candidates if source == "model" and span.label_ == ORG
                  and span[0].lower_ not in ARTICLES  # not "Die Financial Times" opening a sentence
                  and any(span.start <= o.start and o.end <= span.end and len(o) < len(span) for o in listed_orgs)
                  and all(t.text[:1].isupper() and (t.tag_ in ("NE", "FM", "ADJA") or any(
                      o.start <= t.i < o.end for o in listed_orgs)) for t in span)
                  and not _name_and_short_name(span, listed_orgs)]
        chosen = self._generations(doc, _nicknamed(doc, self._split_known_surnames(doc, self._named(_select(rules)))))
        chosen += self._named(_select([(s, "surname") for s in self._surname_mentions(doc, chosen)], taken=chosen))
        # the statistical model and word shapes only fill the gaps the rules left
        chosen += self._named(_select([c for c in candidates if c[1] == "model"], taken=chosen))
        chosen += self._named(_select([c for c in candidates if c[1] == "shape"], taken=chosen))
        guessed = {id(s) for s, source in candidates if source in ("model", "shape")}
        # a guessed place gives way to a person coordinated with the full name the rules found ("die Außenminister
        # Kasem Gharibabadi und Madschid Tacht-Rawantschi": no place; "am Lake Calhoun und Lake Harriet": no persons)
        sure = [s for s in chosen if id(s) not in guessed or s.label_ == ORG]  # a guessed person is no anchor
        coordinated = self._named(_select([(s, "grammar") for s in self._coordinated_persons(doc, sure)], taken=sure))
        chosen = [s for s in chosen if not any(s.start < c.end and c.start < s.end for c in coordinated)] + coordinated
        chosen = self._one_sense(doc, self._coordinated_kinds(doc, chosen, guessed), guessed)
        chosen = self._named_after_persons(doc, chosen)
        chosen = _organization_tails(doc, chosen)
        chosen = _whole_person_names(doc, chosen)
        self._names.clear()
        chosen = self._national_sections(doc, self._join_towns(doc, words, self._regnal_names(doc, chosen)))
        chosen = self._team_names(doc, self._organization_towns(doc, chosen))
        chosen = [s for s in chosen if not self._town_adjective(doc, s) and not _english_title(s)]
        chosen = [_saint_place(doc, s, {o.end for o in chosen}) for s in chosen]
        chosen = [_nominative_adjective(doc, s, adjective_heads.get(s.start)) for s in chosen]
        return sorted(self._family_parties(doc, chosen), key=lambda s: s.start)

    def _family_parties(self, doc: Doc, chosen: list[Span]) -> list[Span]:
        """ "die Sozialdemokraten" in a text that names the SPÖ, "die Liberalen" after "die Liberale Partei":
        the party of the plural's family that the text names (of party_plurals), not another."""
        parties, names = [], []
        for span in chosen:
            known = self.gaz.get("organization", span.kb_id_) if span.label_ == ORG and span.kb_id_ else None
            if known is not None and known.subtype == "party":
                parties.append(span)
                names.append([known.name, *known.aliases])
            elif span.label_ == ORG and not span.kb_id_ and "Partei" in span.text.split():
                parties.append(span)
                names.append([span._.kg_name or span.text])
        out = []
        for span in chosen:
            if span.label_ == ORG and not span.kb_id_ and (span._.kg_name or "").rsplit(" ", 1)[-1] in FAMILIES:
                index = family_party(span._.kg_name, names)
                if index is not None:
                    party = parties[index]
                    span = _named_span(doc, span.start, span.end, ORG, party._.kg_name or party.text, party.kb_id_)
            out.append(span)
        return out

    def _generations(self, doc: Doc, chosen: list[Span]) -> list[Span]:
        """ "Ferdinand Marcos Jr.", "Donald Trump Jr.": the suffix is part of the name, which is another person's
        than the name without it (the curated "Donald Trump" is the father)."""
        out = []
        for span in chosen:
            if span.label_ == PER and span.end < len(doc) and doc[span.end].text in GENERATIONS:
                name = f"{span._.kg_name or span.text} {doc[span.end].text}"
                known = next((k for k in self.gaz.lookup(name) if k.kind == "person"), None)
                span = _named_span(doc, span.start, span.end + 1, PER, name, known.id if known else "")
            out.append(span)
        return out

    def _coordinated_persons(self, doc: Doc, chosen: list[Span]) -> list[Span]:
        """Two to four proper nouns that no list knows, joined by "und"/"sowie" to a person's full name, name
        a person too: "als Ibrahim El Bakraoui und Najim Laachraoui identifiziert"."""
        taken = {i for span in chosen for i in range(span.start, span.end)}

        def person_run(start: int, end: int) -> bool:
            return 2 <= end - start <= 4 and start >= 0 and end <= len(doc) \
                and not any(i in taken for i in range(start, end)) \
                and all(NAME_WORD.match(t.text) and t.tag_ in ("NE", "FM") and not self.gaz.lookup(t.text)
                        and not self.gaz.office_of(t.text) for t in doc[start:end]) \
                and not (end < len(doc) and doc[end].text[:1].isupper() and doc[end].tag_ in ("NN", "NE"))

        out = []
        for span in chosen:
            if span.label_ != PER or len(span) < 2:
                continue
            if span.end + 1 < len(doc) and doc[span.end].lower_ in ("und", "sowie"):
                end = self._name_end(doc, span.end + 1)
                if person_run(span.end + 1, end):
                    out.append(self._span(doc[span.end + 1:end], PER, _name_of(doc[span.end + 1:end])))
            if span.start >= 3 and doc[span.start - 1].lower_ in ("und", "sowie"):
                start = next((k for k in range(max(0, span.start - 5), span.start - 2)
                              if self._name_end(doc, k) == span.start - 1
                              and not (doc[k - 1].text[:1].isupper() and doc[k - 1].tag_ in ("NE", "FM"))), None)
                if start is not None and person_run(start, span.start - 1):
                    out.append(self._span(doc[start:span.start - 1], PER, _name_of(doc[start:span.start - 1])))
        return out

    def _coordinated_kinds(self, doc: Doc, chosen: list[Span], guessed: set[int]) -> list[Span]:
        """Names coordinated with "und", "oder" or a comma name things of one kind: an unknown word the model took
        for a person or an organization beside a place is a place too ("zwischen Gudme und Lundborg", "die Dörfer
        Boesby, Holzdorf, Hümark und Söby")."""
        at = {s.start: s for s in chosen}
        ending = {s.end: s for s in chosen}

        def place(other) -> bool:
            return other is not None and other.label_ == PLACE

        def listed(span) -> bool:
            """A list of names ends in "und", "oder" or "sowie": "Boesby, Holzdorf und Söby" (not "Ribhegge,
            Preußen im Westen", an author and a title)."""
            k = span.end
            while k < len(doc) and k - span.end < 20 and (doc[k].text == "," or doc[k].text[:1].isupper()):
                k += 1
            return k < len(doc) and doc[k].lower_ in ("und", "oder", "sowie") or any(
                doc[m].lower_ in ("und", "oder", "sowie") for m in (span.start - 1, span.end) if 0 <= m < len(doc))

        out = []
        for span in chosen:
            before = ending.get(span.start - 1) if span.start >= 1 and doc[span.start - 1].lower_ in (
                "und", "oder", ",") else None
            after = at.get(span.end + 1) if span.end < len(doc) and doc[span.end].lower_ in ("und", "oder", ",") \
                else None
            if id(span) in guessed and span.label_ in (PER, ORG) and len(span) == 1 \
                    and (place(before) or place(after)) \
                    and not self._is_first_name(span[0]) and not self.gaz.lookup(span.text) \
                    and not self.gaz.office_of(span.text) \
                    and span.text[:1].isalpha() and not span.text.endswith(".") and listed(span):
                out.append(_named_span(doc, span.start, span.end, PLACE, span.text))
            else:
                out.append(span)
        return out

    def _known_expansion(self, truncated: str, word: str) -> bool:
        """Whether the truncated first part, completed by an ending of the second word, is a listed name:
        "Wirtschafts- und Arbeiterkammer" -> "Wirtschaftskammer" (two bodies, both listed)."""
        stem = truncated.rstrip("-")
        return any(self.gaz.lookup(stem + word[k:]) for k in range(1, len(word) - 2))

    def _town_adjective_name(self, span: Span) -> bool:
        """A listed town's -er adjective before nouns is a name's word, as a capital adjective is: the model's
        "Hamburger Frauenhilfe", "Kölner Verkehrsbetriebe" are organizations, though HanTa tags no proper noun."""
        head = span[-1].lower_
        if head.endswith(PLACE_BOUND_NOUNS) or head.startswith(STATE_VOICES):
            return False  # "die Brüsseler Anschläge", "das Kiewer Regime": an event or a state's government
        return len(span) >= 2 and bool(TOWN_ADJECTIVE.match(span[0].text)) \
            and all(t.tag_ == "NN" for t in span[1:]) and self._listed_town_adjective(span[0].text)

    def _listed_town_adjective(self, word: str) -> bool:
        """Whether an -er word is the adjective of a listed town ("Pöltner" of "St. Pölten")."""
        stem = word[:-2]
        towns = [stem, stem[:-1] + "en"] if stem.endswith("n") else [stem]  # "Pöltner" -> "Pölten"
        return any(k.kind == "place" for town in towns for k in self.gaz.lookup(town))

    def _town_adjective(self, doc: Doc, span: Span) -> bool:
        """ "im St. Pöltner Landtag", "Wiener Polizei": a listed town's indeclinable -er adjective before a noun is
        no mention of the town as a place."""
        if span.label_ != PLACE or span.kb_id_ or not span.text.endswith("er") or span.end >= len(doc) \
                or doc[span.end].tag_ != "NN" or not doc[span.end].text[:1].isupper():
            return False
        return self._listed_town_adjective(span.text)

    def _national_sections(self, doc: Doc, chosen: list[Span]) -> list[Span]:
        """ "Amnesty International Österreich", "Greenpeace Schweiz": an NGO or a company with a state's name
        right after it (not the genitive "Österreichs") is its national section or branch."""
        at = {s.start: s for s in chosen}
        out, dropped = [], set()
        for span in sorted(chosen, key=lambda s: s.start):
            if id(span) in dropped:
                continue
            state = at.get(span.end)
            known = self.gaz.get("organization", span.kb_id_) if span.label_ == ORG and span.kb_id_ else None
            if known is not None and known.subtype in ("ngo", "company") and state is not None \
                    and state.label_ == STATE and len(state) == 1 and state.text == state._.kg_name:
                dropped.add(id(state))
                name = f"{known.name if span.text == span._.kg_name else span._.kg_name} {state.text}"
                out.append(_named_span(doc, span.start, state.end, ORG, name))
            else:
                out.append(span)
        return out

    def _one_sense(self, doc: Doc, chosen: list[Span], guessed: set[int]) -> list[Span]:
        """A name the lists or the grammar typed somewhere in the document has that type everywhere in it:
        "die Linkspartei Podemos ... Podemos stellt 65 Sitze" is not a party and then a place."""
        known = {s.text: (s.label_, s.kb_id_, s._.kg_name) for s in chosen if id(s) not in guessed}
        covered = {i for s in chosen for i in range(s.start, s.end)}
        for token in doc:  # "Podemos stellt 65 Sitze": a later mention the model missed
            typed = known.get(token.text)
            if typed is not None and token.i not in covered and typed[0] in (ORG, PLACE) and token.text[:1].isupper():
                chosen = [*chosen, _named_span(doc, token.i, token.i + 1, typed[0], typed[2], typed[1])]
        # a name only the model typed takes the type it gave most of its mentions ("nach Cizre" five times a
        # place, "der 120.000-Einwohner-Stadt Cizre" once an organization)
        votes: dict[str, Counter] = {}
        for span in chosen:
            if id(span) in guessed and span.text not in known:
                votes.setdefault(span.text, Counter())[span.label_] += 1
        majority = {text: count.most_common(1)[0][0] for text, count in votes.items()
                    if len(count) > 1 and count.most_common(1)[0][1] * 2 > sum(count.values())}
        out = []
        for span in chosen:
            typed = known.get(span.text) if id(span) in guessed else None
            if typed is None and id(span) in guessed and majority.get(span.text, span.label_) != span.label_:
                out.append(_named_span(doc, span.start, span.end, majority[span.text], span._.kg_name or span.text))
            elif typed is None or typed[0] == span.label_:
                out.append(span)
            else:
                out.append(_named_span(doc, span.start, span.end, typed[0], typed[2], typed[1]))
        return out

    def _split_known_surnames(self, doc: Doc, chosen: list[Span]) -> list[Span]:
        """ "soll Bettina Lancester Lindinger ablösen" with "Ewald Lindinger" named before: a name of three
        words whose last is another person's surname, and whose middle is no first name or particle, is
        two persons (the surname alone then is that person's mention). So is one whose middle word is another
        person's surname: "warf Lech Kaczyński Wałęsa Spionage vor" with "Jarosław Kaczyński" named."""
        surnames: dict[str, set[str]] = {}
        for span in chosen:
            if span.label_ == PER and len(span) >= 2:
                surnames.setdefault(span[-1].text, set()).add(span[0].text)
        out = []
        for span in chosen:
            if span.label_ == PER and len(span) == 3 and self._is_first_name(span[0]) \
                    and (span[1].text in surnames or surnames.get(span[-1].text, set()) - {span[0].text}) \
                    and not self._is_first_name(span[1]) \
                    and span[1].lower_ not in INNER_PARTICLES and not PARTICLE_NAME.match(span[2].text):
                out.append(_named_span(doc, span.start, span.end - 1, PER, doc[span.start:span.end - 1].text))
            else:
                out.append(span)
        return out

    def _named_after_persons(self, doc: Doc, chosen: list[Span]) -> list[Span]:
        """A person's name in apposition to a noun for a place or a ship names that thing: "auf dem
        Luftwaffenstützpunkt Mihail Kogalniceanu" is a place, "der Zerstörer Donald Cook" a ship."""
        out = []
        for span in chosen:
            prev = doc[span.start - 1] if span.start > 0 else None
            if span.label_ != PER or prev is None or prev.tag_ != "NN" or self.gaz.office_of(prev.text) \
                    or prev.text in KIN_NOUNS:
                out.append(span)
            elif prev.lower_.endswith(SHIP_NOUNS):
                continue
            elif _place_noun(prev.text):
                out.append(_named_span(doc, span.start, span.end, PLACE, span.text))
            else:
                out.append(span)
        return out

    def _regnal_names(self, doc: Doc, chosen: list[Span]) -> list[Span]:
        """Rulers' names go on with a number or an epithet: "Ludwig XIV.", "Johannes Paul II.", "Karl der Große"."""
        taken = {i for s in chosen for i in range(s.start, s.end)}
        out = []
        for span in chosen:
            end = span.end
            if span.label_ == PER and end < len(doc) and ROMAN.match(doc[end].text):
                end += 1 + (not doc[end].text.endswith(".") and end + 1 < len(doc) and doc[end + 1].text == ".")
            elif span.label_ == PER and len(span) == 1 and end + 1 < len(doc) and doc[end].lower_ in ("der", "die") \
                    and EPITHET.match(doc[end + 1].text) and self._is_first_name(span[0]):
                end += 2
            if end == span.end or taken & set(range(span.end, end)):
                out.append(span)
            else:
                out.append(_named_span(doc, span.start, end, PER, doc[span.start:end].text, span.kb_id_))
        return out

    def _organization_towns(self, doc: Doc, chosen: list[Span]) -> list[Span]:
        """An organization's name right before a city's, in the nominative, takes the city in: "die TU Berlin", "der
        THW Kiel", "gegen Juventus Turin", "Air Berlin" (the seat names the club, the school, the branch; a genitive
        "der Zentrale Berlins" is of the city)."""
        at = {s.start: s for s in chosen}
        covered = {i for s in chosen for i in range(s.start, s.end)}

        def town(span) -> bool:
            return span is not None and span.label_ in (PLACE, STATE) and len(span) == 1 \
                and span.text == (span._.kg_name or span.text) and span.text.isalpha() \
                and self._listed_city(span.text)

        out, dropped = [], set()
        for span in sorted(chosen, key=lambda s: s.start):
            if id(span) in dropped:
                continue
            seat = at.get(span.end)
            if span.label_ == ORG and town(seat):
                dropped.add(id(seat))
                name = f"{span._.kg_name or span.text} {seat.text}"
                out.append(_named_span(doc, span.start, seat.end, ORG, name))
                continue
            k = span.start - 1
            if town(span) and k >= 1 and k not in covered and self._club_before_town(doc[k]):
                # "gegen Panathinaikos Athen", "mit Juventus Turin": a name no list knows before its town
                out.append(_named_span(doc, k, span.end, ORG, doc[k:span.end].text))
                continue
            out.append(span)
        return [s for s in out if id(s) not in dropped]

    def _club_before_town(self, token) -> bool:
        """A single proper noun that no lexicon or list knows, not a given name, not after another name word."""
        prev = token.doc[token.i - 1]
        return token.tag_ in ("NE", "FM") and bool(NAME_WORD.match(token.text)) and token.text.isalpha() \
            and not _lexical(token.text) and not self._is_first_name(token) and not self.gaz.lookup(token.text) \
            and not self.gaz.office_of(token.text) and token.text not in NOT_NAMES and not token.is_sent_start \
            and not (self.names.get(token.text, 0) & NAME_BITS) \
            and not (prev.text[:1].isupper() and prev.tag_ in ("NE", "FM", "NN"))

    def _listed_city(self, text: str) -> bool:
        """Whether the curated places list the words as a city."""
        return any(k.kind == "place" and k.subtype == "city" for k in self.gaz.lookup(text))

    def _team_names(self, doc: Doc, chosen: list[Span]) -> list[Span]:
        """A city's name before an English plural is a North American team's name: "die Chicago Bulls", "der Detroit
        Red Wings", "die Miami Dolphins" (one English word may come between; none of German's lexicon: not
        "Sachsen Haus")."""
        def city(start: int, end: int) -> bool:
            return self._listed_city(doc[start:end].text)

        out, dropped = [], set()
        for span in sorted(chosen, key=lambda s: s.start):
            if id(span) in dropped:
                continue
            city_end = span.end
            if span.label_ == PLACE and len(span) >= 2 and ENGLISH_PLURAL.match(span[-1].text) \
                    and not city(span.start, span.end):
                city_end = span.end - 1  # the model's place "Boston Celtics" (not "Los Angeles")
            end = next((k + 1 for k in range(city_end, min(city_end + 2, len(doc)))
                        if ENGLISH_PLURAL.match(doc[k].text)), None)
            if span.label_ != PLACE or end is None or end < span.end or not city(span.start, city_end) \
                    or not all(t.text[:1].isupper() and t.is_alpha and not _lexical(t.text)
                               for t in doc[city_end:end]) \
                    or any(o.start < end and o.end > end for o in chosen):
                out.append(span)
                continue
            inner = [o for o in chosen if o is not span and span.end <= o.start and o.end <= end]
            if any(o.label_ != ORG and o.label_ != PER for o in inner):
                out.append(span)
                continue
            dropped.update(id(o) for o in inner)
            out.append(_named_span(doc, span.start, end, ORG, doc[span.start:end].text))
        return [s for s in out if id(s) not in dropped]

    def _join_towns(self, doc: Doc, words: list[str], chosen: list[Span]) -> list[Span]:
        """ "Verwaltungsgericht München", "Hansa Rostock": the organization, not the town inside it."""
        joins = join_towns(words, [(s.start, s.end, s.label_, s._.kg_name or s.text) for s in chosen])
        replaced = {start for j in joins for start in j.replaces}
        return [s for s in chosen if s.start not in replaced] + [
            _named_span(doc, j.start, j.end, ORG, j.name) for j in joins]

    def _only_alias(self, span: Span) -> bool:
        """A plain word ("Zeit", "Spiegel", "Linke") that is only an alias of a curated name ("Die Zeit").

        Institutions named by a plain noun ("Kanzleramt", "Sicherheitsrat", "Kongress") mean the
        institution in the news; papers, firms and parties named like ordinary words need more."""
        known = self.gaz.get(span.label_, span.kb_id_)
        word = span.text
        if span.label_ == "person" and _unknown_word(word):
            return False  # "mit Macron": a curated person's surname that is no German word
        if known is not None and known.subtype == "party" and word not in GENERIC_PARTY_WORDS:
            return False  # a party's short name is its name in the news: "die Grünen", "die Neos", "Labour"
        if known is not None and known.subtype == "party" and word in SINGULAR_PARTY_WORDS \
                and self._party_context(span):
            return False  # "die Fraktionsvorsitzende der Union", "das Koalitionsverbot mit der Linken"
        if known is not None and known.id in US_PARTIES and _american(span.doc) and _plural_party(span):
            return False  # "die Vorwahlen der Demokraten", "Kandidat der Republikaner" in news from the USA
        if known is not None and known.subtype == "medium" and _cited(span):
            return False  # "nach Informationen des Spiegel", "laut Zeit": a medium cited as a source
        # the base form decides: "des Bundesheeres" is the name "Bundesheer", "Zeit" only an alias of "Die Zeit"
        return known is not None and known.name != (span._.kg_name or word) and word.isalpha() and word[1:].islower() \
            and known.subtype not in INSTITUTION_KINDS

    def _party_context(self, span: Span) -> bool:
        """Whether the sentence names another party or has a word of parliamentary politics ("Fraktion",
        "Koalition", "Wahl", "Bundestag"); "Linkspartei" right after its article is the party. "Linke" needs its
        article."""
        doc = span.doc
        if span.text == "Linkspartei":  # the German party, not a kind: "die spanische Linkspartei Podemos"
            return span.start > 0 and doc[span.start - 1].lower_ in ARTICLES and not (
                span.end < len(doc) and NAME_WORD.match(doc[span.end].text) and doc[span.end].tag_ in ("NE", "FM"))
        if span.text.startswith("Link") and not (span.start > 0 and doc[span.start - 1].lower_ in (
                "die", "der", "den")):
            return False
        if span.text == "Union" and any(t.text.startswith(("CDU", "CSU")) for t in doc):
            return True  # "mit wem die Union zusammenarbeite" in a text that names the CDU or CSU ("CDU-Chef")
        sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
        if any(PARTY_CONTEXT.search(t.text) for t in sent if t.i not in range(span.start, span.end)):
            return True
        for other in doc.spans.get(SPAN_KEY, []):
            if other.start != span.start and sent.start <= other.start < sent.end \
                    and other.text not in GENERIC_PARTY_WORDS:
                k = self.gaz.get(other.label_, other.kb_id_)
                if k is not None and k.subtype == "party":
                    return True
        return False

    def _common_noun_use(self, span: Span) -> bool:
        """A firm named by a plain noun ("Allianz") is that noun after an indefinite article or before a complement
        (a genitive, "für", an attribute in the genitive): "eine Allianz freier Völker", "die Allianz beider
        Länder"."""
        known = self.gaz.get(span.label_, span.kb_id_)
        if known is None or known.subtype != "company" or not span.text[1:].islower():
            return False
        doc = span.doc
        before = doc[span.start - 1].lower_ if span.start > 0 else ""
        after = doc[span.end] if span.end < len(doc) else None
        return before in INDEFINITE_ARTICLES or after is not None and (
            after.lower_ in ("der", "des", "für", "zwischen", "gegen") or after.tag_ in ("PIAT", "ADJA"))

    # -- sources -----------------------------------------------------------------------------
    def _gazetteer_label(self, span: Span) -> str:
        if span.label_ != "capital":
            return KIND_LABEL[span.label_]
        return STATE if _acts(span) else PLACE

    def _span(self, span: Span, label: str, name: str, kb_id: str = "") -> Span:
        # The name is kept aside until the span is chosen: span extensions are stored by character
        # offsets, so two candidates over the same words would overwrite each other's name.
        out = Span(span.doc, span.start, span.end, label=label, kb_id=kb_id)
        self._names[id(out)] = (out, name)
        return out

    def _named(self, spans: list[Span]) -> list[Span]:
        for span in spans:
            span._.kg_name = _respaced(span, self._names[id(span)][1])
        return spans

    def _person_grammar(self, doc: Doc) -> list[Span]:
        spans = []
        for token in doc:
            if token.is_space or not token.text[:1].isupper():
                continue
            starts_name = None
            # an office the tagger reads as foreign ("SDF-Kommandeur Maslum Abdi"), but not an English word before
            # English ones ("GNU General Public License")
            foreign = token.tag_ == "FM" and not (token.i > 0 and doc[token.i - 1].tag_ == "FM")
            if token.text in HONORIFICS or ((token.tag_ in ("NN", "NE", "") or foreign)
                                            and self.gaz.office_of(token.text)):
                starts_name = token.i + 1  # title or honorific, the name follows
                if token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "von" and token.text not in HONORIFICS:
                    # "der Gouverneur von Florida Jeb Bush": past the listed state or place the office is of
                    starts_name = next((span.end for span in doc.spans.get(SPAN_KEY, []) if span.start == token.i + 2
                                        and span.label_ in ("state", "place", "capital")), starts_name)
            elif self._is_first_name(token):
                starts_name = token.i
            elif token.text in HEADED_BY and token.i + 1 < len(doc) and doc[token.i + 1].tag_ == "NE" \
                    and not doc[token.i + 1].text.endswith("s") and not self.gaz.lookup(doc[token.i + 1].text):
                starts_name = token.i + 1  # "die Regierung Kreisky", not "die Regierung Kolumbiens"
            if starts_name is None:
                continue
            if starts_name == token.i + 1 and token.text not in HONORIFICS:
                spans.extend(self._name_after_office_genitive(doc, token))
                starts_name = _past_academic_title(doc, starts_name)  # "dem Gründer Dr . Bernd Rödl"
            end = self._name_end(doc, starts_name, after_title=starts_name == token.i + 1)
            # a first name alone is no full name; after a title one capitalised word suffices
            minimum = 2 if starts_name == token.i else 1
            if starts_name == token.i and token.i > 0 and doc[token.i - 1].text in KUNYA:
                starts_name -= 1  # "Abu Mohammed al-Dschaulani": the name begins with "Abu"
            if end - starts_name >= minimum and self._plausible_name(doc[starts_name:end]):
                if doc[end - 1].text in LEGAL_FORMS:  # "Karl Meisenbach KG": the name took the legal form in
                    spans.append(self._span(doc[starts_name:end], ORG, doc[starts_name:end].text))
                elif end < len(doc) and doc[end].text in self.gaz.organization_words:
                    # a firm named after its founder: "Leopold Stocker Verlag", "Karl Meisenbach KG"
                    spans.append(self._span(doc[starts_name:end + 1], ORG, doc[starts_name:end + 1].text))
                else:
                    spans.append(self._span(doc[starts_name:end], PER, _name_of(doc[starts_name:end])))
        return spans

    def _role_names(self, doc: Doc) -> list[Span]:
        """A noun of an occupation or role before capitalised name words names a person: "der Schriftsteller Thomas
        Mann", "CSU-Politiker Straubinger", "Oberarzt Dr. Meier" (past the academic title). Not a name cut short
        before another capitalised word ("Professor Walter | Wagner"), nor a single word in the genitive, which a
        name in apposition never takes ("der bedeutendste Autor Hohenlohes", "den Regisseuren Hollywoods")."""
        spans = []
        for token in doc:
            if not self._person_noun(token):
                continue
            start = _past_academic_title(doc, token.i + 1)
            if start >= len(doc):
                continue
            end = self._name_end(doc, start, after_title=True)
            if end == start or not self._plausible_name(doc[start:end]):
                continue
            nxt = doc[end] if end < len(doc) else None
            if nxt is not None and (nxt.text == "&" or nxt.text[:1].isupper() and nxt.is_alpha
                                    and nxt.tag_ in ("NE", "FM", "NN")):
                continue
            if end - start == 1 and self._genitive_after_noun(doc[start].text):
                continue
            spans.append(self._span(doc[start:end], PER, _name_of(doc[start:end])))
        return spans

    def _genitive_after_noun(self, word: str) -> bool:
        """A single word after a noun that is a genitive rather than a name in apposition: it ends in -s and is no
        listed first name or surname, or is a listed place's genitive ("Hollywoods")."""
        return word.endswith("s") and (not self.names.get(word, 0) & NAME_BITS or self._place_name(word[:-1]))

    def _place_name(self, word: str) -> bool:
        """Whether a word is a place's or a state's name, by the name lists or the gazetteer."""
        return bool(self.names.get(word, 0) & (NAME_PLACE_BITS & ~NAME_BITS)) \
            or any(k.kind in ("place", "state") for k in self.gaz.lookup(word))

    def _name_after_office_genitive(self, doc: Doc, office) -> list[Span]:
        """ "der Fraktionschef der Wahren Finnen, Sampo Terho, sagte": two or more capitalised words set off
        by commas after an office and its genitive are the holder's name, also when no list knows them."""
        k = office.i + 1
        if k >= len(doc) or doc[k].lower_ not in ("des", "der"):
            return []
        while k < len(doc) and k - office.i <= 7 and doc[k].tag_ in ("ART", "ADJA", "NN", "NE", "FM", "XY"):
            k += 1
        if k >= len(doc) or doc[k].text != "," or k == office.i + 2:
            return []
        start = k + 1
        end = self._name_end(doc, start)
        after = doc[end] if end < len(doc) else None
        if end - start < 2 or after is None or after.text not in (",", ".", "(") \
                or not self._plausible_name(doc[start:end]):
            return []
        return [self._span(doc[start:end], PER, _name_of(doc[start:end]))]

    def _shapes(self, doc: Doc) -> list[Span]:
        """Unknown acronyms are organizations ("HDP", "TASR"); "Ostukraine", "Nordsyrien" are regions."""
        out = []
        for token in doc:
            if ACRONYM.match(token.text) and token.text not in NOT_ACRONYMS and token.tag_ in ("NE", "NN", "FM", "XY") \
                    and not self.gaz.lookup(token.text) and token.text not in self.gaz.prefixes \
                    and _named_like_an_organization(token) and not _term_abbreviation(token):
                out.append(self._span(doc[token.i:token.i + 1], ORG, token.text))
                continue
            if self._listed_town_after_preposition(token):
                out.append(self._span(doc[token.i:token.i + 1], PLACE, token.text))
                continue
            if self._lone_first_name(token):
                out.append(self._span(doc[token.i:token.i + 1], PER, token.text))
                continue
            m = COMPASS.match(token.text)
            if m:
                country = m.group(2)[:1].upper() + m.group(2)[1:]
                if any(k.kind in ("state", "place") for k in self.gaz.lookup(country)):
                    out.append(self._span(doc[token.i:token.i + 1], PLACE, token.text))
        return out

    def _lone_first_name(self, token) -> bool:
        """A listed first name alone, between words that are no names, that no lexicon or other list knows is a
        person called by the first name: "Um Edward wiederzusehen", "mit Yvonne in Frankreich" (only where the
        model and the rules found nothing)."""
        doc, i = token.doc, token.i
        text = token.text
        if not NAME_WORD.match(text) or not token.is_alpha or token.is_sent_start or not self._is_first_name(token) \
                or token.tag_ not in ("NE", "FM") or _lexical(text) or self.gaz.lookup(text) \
                or self.gaz.office_of(text) or text in NOT_NAMES \
                or self.names.get(text, 0) & (NAME_PLACE_BITS & ~NAME_BITS):
            return False
        prev, nxt = doc[i - 1], doc[i + 1] if i + 1 < len(doc) else None
        return not (prev.text[:1].isupper() and prev.tag_ in ("NE", "FM")) and prev.lower_ not in ARTICLES \
            and prev.text not in NAME_PARTICLES and not (nxt is not None and (nxt.text in NAME_PARTICLES or (
                nxt.text[:1].isupper() and nxt.tag_ in ("NE", "FM", "NN"))))

    def _spa_towns(self, doc: Doc) -> list[int]:
        """ "Bad" before a proper noun that is no common word names a spa town: "in Bad Schussenried", "dass Bad
        Niedernau" (not "das Bad Wasser"; "Bad Religion" stays English)."""
        out = []
        for token in doc[:-1]:
            nxt = doc[token.i + 1]
            if token.text == "Bad" and NAME_WORD.match(nxt.text) and nxt.is_alpha and not _lexical(nxt.text) \
                    and nxt.text not in NOT_NAMES and not (token.i > 0 and doc[token.i - 1].lower_ in (
                        "ein", "einem", "einen", "eines", "vom", "im", "ins", "beim", "dem", "den", "des")) \
                    and not any(k.kind != "place" for k in self.gaz.lookup(nxt.text)) \
                    and not (token.i + 2 < len(doc) and NAME_WORD.match(doc[token.i + 2].text)) \
                    and not (token.i > 0 and doc[token.i - 1].tag_ == "NN"):  # "des Vereins Bad X": its name
                out.append(token.i)
        return out

    def _listed_town_after_preposition(self, token) -> bool:
        """A word the name lists know as a town or region, no word of German's lexicon and no given name, alone after
        "in", "nach", "aus" or "bei" is that place: "ein Sieg in Witten", "in Charlottesville"."""
        doc, i = token.doc, token.i
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        return i > 0 and doc[i - 1].lower_ in ("in", "nach", "aus", "bei") and bool(NAME_WORD.match(token.text)) \
            and bool(self.names.get(token.text, 0) & (BIT["city"] | BIT["city_part"] | BIT["region"])) \
            and not _lexical(token.text) and not (token.text.endswith("s") and _lexical(token.text[:-1])) \
            and not self._is_first_name(token) and token.text not in NOT_NAMES \
            and not (nxt is not None and nxt.text[:1].isupper())  # "in Kitas", "in Cloud Computing-Umgebungen"

    def _organization_grammar(self, doc: Doc) -> list[Span]:
        """A kind of organization before its name: "die Zeitung Danas", "die Nachrichtenagentur TASR"; also a name in
        quotation marks: 'das Magazin " Paris-Match "', 'die Zeitschrift „ Der Einzelhandelsdienst “'."""
        spans = []
        for token in doc:
            if token.tag_ != "NN" or not _org_noun(token.lower_):
                continue
            if token.i + 2 < len(doc) and doc[token.i + 1].text in OPENING_QUOTES and token.lower_.endswith(
                    QUOTED_ORG_NOUNS) and doc[token.i + 2].text[:1].isupper():
                close = next((k for k in range(token.i + 3, min(len(doc), token.i + 10))
                              if doc[k].text in CLOSING_QUOTES), None)
                if close is not None and not any(t.is_punct for t in doc[token.i + 2:close]):
                    spans.append(self._span(doc[token.i + 2:close], ORG, doc[token.i + 2:close].text))
                    continue
            end = token.i + 1
            while end < len(doc) and end - token.i <= 3 and doc[end].tag_ in ("NE", "FM", "XY") \
                    and doc[end].text[:1].isupper() and (not self.gaz.lookup(doc[end].text) or (
                        end > token.i + 1 and doc[end].text.isupper())):
                end += 1  # an acronym goes on the name: "die Firma Walan ICC"
            nxt = doc[end + 1] if end + 1 < len(doc) else None
            if end == token.i + 1 and end < len(doc) and doc[end].tag_ == "NN" and NAME_WORD.match(doc[end].text) \
                    and not doc[end].lower_.endswith(NOUN_SUFFIXES) and not self.gaz.lookup(doc[end].text) \
                    and token.i > 0 and doc[token.i - 1].lower_ in ARTICLES and nxt is not None \
                    and nxt.tag_ in ("$,", "$.", "$("):
                end += 1  # a word of the lexicon as a name: "des Vereins Lichtblick, ..." (no article before it)
            # "die Partei A": a letter names a variable, except a platform's ("auf der Plattform X")
            if end > token.i + 1 and (len(doc[token.i + 1:end].text) > 1 or token.lower_.endswith(PLATFORMS)):
                spans.append(self._span(doc[token.i + 1:end], ORG, doc[token.i + 1:end].text))
        return spans

    def _body_compounds(self, doc: Doc) -> list[Span]:
        """ "die Arbeiterkammer", "der Richtervereinigung", "des Bauernverbandes": a definite compound on a
        body's head noun names that body (a bare "die Kammer" or "der Verband" does not); before a name it is the
        name's kind ("der Sozialverband VdK")."""
        spans = []
        for token in doc:
            m = BODY_COMPOUND.match(token.text) if token.tag_ == "NN" and not token.lower_.startswith(
                NOT_BODY_COMPOUNDS) else None
            nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
            kind_of_name = nxt is not None and (nxt.tag_ == "NE" or ACRONYM.match(nxt.text))
            if m and kind_of_name:
                continue
            if m and token.i > 0 and doc[token.i - 1].lower_ in ARTICLES:
                spans.append(self._span(doc[token.i:token.i + 1], ORG, m.group(1)))
            m = PARTY_COMPOUND.match(token.text) if token.tag_ == "NN" else None
            first = m.group(1).lower() if m else ""
            if m and first not in PARTY_KINDS and first.removesuffix("s") not in PARTY_KINDS and token.i > 0 \
                    and doc[token.i - 1].lower_ in ("die", "der") and not kind_of_name:
                spans.append(self._span(doc[token.i:token.i + 1], ORG, token.text))  # "der Fortschrittspartei"
            m = INQUIRY_COMMITTEE.match(token.text)
            if m and not m.group(1).startswith("U-"):
                spans.append(self._span(doc[token.i:token.i + 1], ORG, m.group(1)))
        return spans

    def _complement_names(self, doc: Doc) -> list[Span]:
        """A body's noun with a "für" complement after an article is a name: "das Institut für ökonomische und
        politische Forschung", "des Abdullah-Zentrums für interreligiösen Dialog" (not "ein Institut für ...")."""
        spans = []
        for token in doc:
            head = head_of(token.text) if token.tag_ in ("NN", "NE") and token.text[:1].isupper() else None
            if head is None or head[0] != ORG or not head[2].lower().endswith(COMPLEMENT_HEADS) \
                    or token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "für":
                continue
            start = token.i
            while start > 0 and doc[start - 1].tag_ == "ADJA" and doc[start - 1].text[:1].isupper():
                start -= 1  # "das Österreichische Institut für Wirtschaftsforschung"
            if start == 0 or (not self._after_article(doc, start) and start == token.i and "-" not in token.text):
                continue
            end, last_noun = token.i + 2, None
            while end < len(doc) and end - token.i <= 9 and (doc[end].tag_ in ("ADJA", "NN", "NE") or (
                    doc[end].lower_ in ("und", "sowie") and end + 1 < len(doc)
                    and doc[end + 1].tag_ in ("ADJA", "NN", "NE")) or (  # "für Kosovo und Metochien"
                    doc[end].text == "," and end + 3 < len(doc) and doc[end + 1].tag_ == "NN"
                    and doc[end + 2].lower_ in ("und", ","))):  # "für Interkulturalität, Migration und ..."
                if doc[end].tag_ in ("NN", "NE"):
                    last_noun = end
                end += 1
            if last_noun is None or not doc[last_noun].text[:1].isupper():
                continue
            words = [t.text for t in doc[start:token.i]]
            if start < token.i:  # the nominative of the adjectives before the head
                words = [ADJECTIVE_ENDING.sub("", w) + STRONG[head[1]] for w in words]
            name = " ".join([*words, head[2], doc[token.i + 1:last_noun + 1].text])
            if start == token.i and any(k.kind == "organization" for k in self.gaz.lookup(token.text)) \
                    and not self.gaz.lookup(name):
                continue  # "der EU-Kommission für Reformen": a known body's name, and what it is for
            spans.append(self._span(doc[start:last_noun + 1], ORG, name))
        return spans

    @staticmethod
    def _after_article(doc: Doc, start: int) -> bool:
        """An article before the noun phrase, past adjectives, numbers and adverbs: "am vietnamesischen Institut",
        "Das 2013 gegründete Bundeszentrum"."""
        k = start - 1
        while k > 0 and start - k <= 4 and doc[k].tag_ in ("ADJA", "ADJD", "CARD", "ADV"):
            k -= 1
        return doc[k].lower_ in ARTICLES

    def _genitive_adjective_names(self, doc: Doc) -> list[Span]:
        """A body's noun followed by a capitalised adjective in the genitive plural and the people it gathers is a
        name: "der Zentralrat Deutscher Sinti und Roma", "der Verein Deutscher Ingenieure" (German writes such an
        adjective in lower case unless it is part of a name)."""
        spans = []
        for token in doc:
            head = head_of(token.text) if token.tag_ in ("NN", "NE") and token.text[:1].isupper() else None
            adjective = doc[token.i + 1] if token.i + 2 < len(doc) else None
            if head is None or head[0] != ORG or adjective is None or adjective.tag_ != "ADJA" \
                    or not adjective.text.endswith("er") or not adjective.text[:1].isupper() \
                    or token.i == 0 or doc[token.i - 1].lower_ not in ARTICLES:
                continue
            end = token.i + 2
            while end < len(doc) and end - token.i <= 6 and (
                    doc[end].tag_ in ("NN", "NE") and doc[end].text[:1].isupper()
                    or doc[end].lower_ == "und" and end + 1 < len(doc) and doc[end + 1].tag_ in ("NN", "NE")):
                end += 1
            if end == token.i + 2 or doc[end - 1].lower_ == "und":
                continue
            if self.gaz.lookup(doc[token.i + 1:end].text):
                continue  # "die Jihadistenorganisation Islamischer Staat": the kind, then a listed name
            name = " ".join([head[2], *(t.text for t in doc[token.i + 1:end])])
            spans.append(self._span(doc[token.i:end], ORG, name))
        return spans

    def _english_of_names(self, doc: Doc) -> list[Span]:
        """An English body's noun with "of" and a name is an organization: "die Bank of England", "das House of
        Commons", "die Royal Bank of Scotland", "die University of Oxford"."""
        spans = []
        for token in doc:
            if token.text not in ENGLISH_BODIES or token.i + 2 >= len(doc) or doc[token.i + 1].text != "of":
                continue
            end = token.i + 2
            while end < len(doc) and end - token.i <= 5 and doc[end].text[:1].isupper() and doc[end].is_alpha:
                end += 1
            if end == token.i + 2:
                continue
            start = token.i
            while start > 0 and token.i - start < 2 and doc[start - 1].text[:1].isupper() \
                    and doc[start - 1].tag_ in ("NE", "FM", "ADJA", "NN") and doc[start - 1].text.isalpha() \
                    and not doc[start - 1].is_sent_start and doc[start - 1].lower_ not in ARTICLES:
                start -= 1  # "Royal Bank of Scotland"
            spans.append(self._span(doc[start:end], ORG, doc[start:end].text))
        return spans

    def _place_of_its_land(self, token) -> bool:
        """A proper noun no list knows after "im" and a land's adjective is a place of that land: "im kanadischen
        Kananaskis", "im elsässischen Mülhausen" (not "im russischen Staatsfernsehen": a word of the lexicon)."""
        doc, i = token.doc, token.i
        if i < 2 or doc[i - 2].lower_ not in ("im", "ins", "vom", "zum", "beim") or doc[i - 1].tag_ != "ADJA" \
                or not doc[i - 1].lower_.endswith(("ischen", "ische", "ischem")):
            return False
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        return self._unlisted_proper_noun(token) \
            and not (nxt is not None and nxt.text[:1].isupper() and nxt.tag_ in ("NN", "NE"))

    def _titled_dateline(self, token) -> bool:
        """A proper noun no list knows, alone before the dash that opens a report, is the dateline's town: "Puebla –
        Erstmals muss sich ..." (the model may take it for anything)."""
        doc, i = token.doc, token.i
        return token.is_sent_start and self._unlisted_proper_noun(token) \
            and i + 2 < len(doc) and doc[i + 1].text in ("–", "—", "-") and doc[i + 2].text[:1].isupper()

    def _unlisted_proper_noun(self, token) -> bool:
        """A capitalised word that neither the name lists nor German's lexicon know (nor as a compound of its nouns),
        and no first name: a name the lists miss."""
        return token.text.isalpha() and token.text[:1].isupper() and token.text[1:].islower() \
            and (token.tag_ in ("NE", "FM") or token.tag_ == "NN" and _unknown_word(token.text)) \
            and not self.gaz.lookup(token.text) and not self._is_first_name(token)

    def _dateline_agencies(self, doc: Doc) -> list[Span]:
        """The source in brackets before the dash of a dateline is an agency or a paper: "Berlin ( ots ) -",
        "AUGSBURG ( ddp ) -", "Berlin ( dpa/tmn ) -" (as written lower case as upper)."""
        spans = []
        for token in doc:
            i = token.i
            if i == 0 or i + 2 >= len(doc) or doc[i - 1].text != "(" or doc[i + 1].text != ")" \
                    or doc[i + 2].text not in ("-", "–", "—") or not token.text[:1].isalpha() \
                    or len(token.text) > 12 or token.text in NOT_NAMES or token.lower_ in STOP_WORDS \
                    or any(k.kind != "organization" for k in self.gaz.lookup(token.text)):
                continue
            spans.append(self._span(doc[i:i + 1], ORG, token.text))
        return spans

    def _genitive_persons(self, doc: Doc) -> list[Span]:
        """A proper noun that no list knows as a place, in the genitive before a noun and without an article, names a
        person: "Bismarcks konservative Wende", "Tiganjs Version", "Milsers Stärken" (German puts a common noun's
        genitive after its article, "des Bogens"; a listed place's genitive is the place's: "Erfurts Trainer"). The
        model's organization stays one ("Twitters Chef")."""
        model_orgs = {i for e in doc.ents if e.label_ == "ORG" for i in range(e.start, e.end)}
        spans = []
        for token in doc:
            text, i = token.text, token.i
            if not GENITIVE_NAME.match(text) or i == 0 or i + 1 >= len(doc) or i in model_orgs \
                    or token.is_sent_start or _lexical(text) or text in NOT_NAMES:
                continue
            prev, nxt = doc[i - 1], doc[i + 1]
            if prev.lower_ in ARTICLES or prev.tag_ in DETERMINERS or prev.lower_ in INDEFINITE_ARTICLES \
                    or prev.text[:1].isupper() and prev.tag_ in ("NE", "FM"):
                continue  # "des Spielers", "Urgyen Trinley Dorjes": a common noun, or the end of a longer name
            if nxt.tag_ == "ADJA" and i + 2 < len(doc):
                nxt = doc[i + 2]
            if nxt.tag_ != "NN" or not nxt.text[:1].isupper():
                continue
            stem = text[:-1]
            known = self.gaz.lookup(stem) or self.gaz.lookup(text)
            bits = self.names.get(stem, 0)
            if any(k.kind != "person" for k in known) or self.gaz.office_of(stem) or _lexical(stem) \
                    or bits & (NAME_PLACE_BITS & ~NAME_BITS) or text.endswith(("ss", "us", "itis")):
                continue  # "Hollywoods", "Mutters", "Einfluss", "Hepatitis"
            if not (bits & NAME_BITS or _unknown_word(text) and len(text) <= 13) or any(
                    tag.startswith("ADJ") for _, tag in get_hanta().analyze(text, taglevel=3)[1]):
                continue  # "Sächsisches Mozartfest": an adjective; "Bauchspeicheldrüsenkrebs": a compound
            spans.append(self._span(doc[i:i + 1], PER, stem))
        return spans

    def _genitive_persons_after_noun(self, doc: Doc) -> list[Span]:
        """A listed first name or surname in the genitive right after a common noun, with no noun after it, is that
        person: "die Aussprüche Luthers", "in der Nachfolge Ottos zum Herzog" (the genitive of a common noun would
        take an article: "die Aussprüche des Lehrers"); not a listed place's ("die Einwohner Hamburgs")."""
        spans = []
        for token in doc:
            text, i = token.text, token.i
            if not GENITIVE_NAME.match(text) or i == 0 or text in NOT_NAMES or _lexical(text) \
                    or text.endswith(("ss", "us")):
                continue
            prev, nxt = doc[i - 1], doc[i + 1] if i + 1 < len(doc) else None
            if prev.tag_ != "NN" or not prev.text[:1].isupper() or prev.text in HONORIFICS \
                    or self.gaz.office_of(prev.text) or nxt is not None and nxt.tag_ == "NN":
                continue
            stem = text[:-1]
            bits = self.names.get(stem, 0)
            if not bits & NAME_BITS or bits & (NAME_PLACE_BITS & ~NAME_BITS) or _lexical(stem) \
                    or any(k.kind != "person" for k in self.gaz.lookup(stem) + self.gaz.lookup(text)):
                continue
            spans.append(self._span(doc[i:i + 1], PER, stem))
        return spans

    def _genitive_towns(self, doc: Doc) -> list[Span]:
        """A town the lists know, in the genitive before a noun, is the town: "Wetzlars Trainer", "Erfurts
        Bürgermeister" (not a word of the lexicon, a given name or a name the lists also know otherwise)."""
        spans = []
        for token in doc[:-1]:
            text, nxt = token.text, doc[token.i + 1]
            if not GENITIVE_NAME.match(text) or text.endswith(("ss", "us")) or nxt.tag_ != "NN" \
                    or not nxt.text[:1].isupper() or _lexical(text) or text in NOT_NAMES:
                continue
            stem = text[:-1]
            known = self.gaz.lookup(stem)
            bits = self.names.get(stem, 0)
            listed_town = any(k.kind == "place" for k in known) or (
                not known and bits & BIT["city"] and not bits & NAME_BITS)
            if listed_town and not any(k.kind != "place" for k in known) and not _lexical(stem) \
                    and stem not in self.gaz.first_names:
                spans.append(self._span(doc[token.i:token.i + 1], PLACE, stem))
        return spans

    def _quoted_newspapers(self, doc: Doc) -> list[Span]:
        """A newspaper's title in quotation marks: "der „ Mittelbayerischen Zeitung “", "dem " Berliner Kurier "",
        "dem „ Spiegel “" (a one-word title only from a short list of well-known ones)."""
        spans = []
        for token in doc:
            i = token.i
            if token.text not in OPENING_QUOTES or i + 2 >= len(doc):
                continue
            k = i + 1
            while k < len(doc) and k - i <= 4 and doc[k].text[:1].isupper() and doc[k].is_alpha:
                k += 1
            if k == i + 1 or k >= len(doc) or doc[k].text not in CLOSING_QUOTES:
                continue
            words = [t.text for t in doc[i + 1:k]]
            if (len(words) == 1 and words[0] in ONE_WORD_NEWSPAPERS) or (
                    len(words) > 1 and words[-1] in NEWSPAPER_HEADS):
                spans.append(self._span(doc[i + 1:k], ORG, " ".join(words)))
        return spans

    def _saint_names(self, doc: Doc) -> list[Span]:
        """ "St." or "Sankt" and a saint's name name a place, a church or a town: "die Kirche St. Nikolaus", "in St.
        Moritz", "St. Veitskapelle", "Sankt Johann Baptist" (also with the period apart: "St . Anton"); not the town's
        adjective before a noun ("der St. Galler Regierung")."""
        spans = []
        for token in doc:
            if token.text in SAINT_WORDS and token.text != "St":
                start = token.i + 1
            elif token.text == "St" and token.i + 1 < len(doc) and doc[token.i + 1].text == ".":
                start = token.i + 2
            else:
                continue
            if start >= len(doc) or not NAME_WORD.match(doc[start].text) or not doc[start].is_alpha \
                    or doc[start].lower_ in STOP_WORDS:
                continue
            end = start + 1
            while end < len(doc) and end - start < 3 and NAME_WORD.match(doc[end].text) and doc[end].is_alpha \
                    and doc[end].tag_ in ("NE", "FM") and not self.gaz.lookup(doc[end].text):
                end += 1  # "St. Johann Baptist"
            if end == start + 1 and TOWN_ADJECTIVE.match(doc[start].text) and end < len(doc) \
                    and doc[end].text[:1].isupper():
                continue
            spans.append(self._span(doc[token.i:end], PLACE, doc[token.i:end].text))
        return spans

    def _legal_form_grammar(self, doc: Doc) -> list[Span]:
        """A company's legal form ends its name: "der Merckle GmbH", "Fujitsu Siemens Computers AG"."""
        spans = []
        for token in doc:
            if token.text not in LEGAL_FORMS or token.i == 0:
                continue
            start, words = token.i, 0
            while start > 0 and words < 4 and not doc[start - 1].is_sent_start and (
                    doc[start - 1].text in ("&", "Co.") or NAME_WORD.match(doc[start - 1].text)
                    and doc[start - 1].lower_ not in STOP_WORDS and doc[start - 1].tag_ not in MODEL_TRIM_TAGS):
                start -= 1
                # "Landesholding Vermögensverwaltungs GmbH & Co OG": a partnership's name holds its partner's
                words += doc[start].text not in ("&", "Co", "Co.") and doc[start].text not in LEGAL_FORMS
            if start < token.i and doc[start].text != "&":
                spans.append(self._span(doc[start:token.i + 1], ORG, doc[start:token.i + 1].text))
        return spans

    def _place_appositions(self, doc: Doc) -> list[Span]:
        """A kind of place before its name names a place: "die Gemeinde Löhne", "das Schloss Oselce", "im Kanton
        Thurgau", "der Ortsteil Böhmdörfel" (the name alone, as GermEval marks it); not after an indefinite
        article ("ein Dorf Namens ...") and not a common noun after the kind ("die Stadt Menschen")."""
        spans = []
        for token in doc:
            if not token.text[:1].isupper() or token.tag_ not in ("NN", "NE") or not _place_noun(token.text) \
                    or (token.i > 0 and doc[token.i - 1].lower_ in INDEFINITE_ARTICLES):
                continue
            end = token.i + 1
            while end < len(doc) and end - token.i <= 3 and self._place_name_word(doc, end, end == token.i + 1):
                end += 1
            if end > token.i + 1:
                spans.append(self._span(doc[token.i + 1:end], PLACE, doc[token.i + 1:end].text))
        return spans

    def _place_name_word(self, doc: Doc, i: int, first: bool) -> bool:
        """A word of a place's name after its kind: a proper noun or a word HanTa does not know; a word of its
        lexicon only alone before a comma, a full stop or a bracket ("Gemeinde Löhne , Kreis Herford")."""
        t = doc[i]
        if not NAME_WORD.match(t.text) or t.lower_ in STOP_WORDS or t.text in NOT_NAMES or self.gaz.office_of(t.text) \
                or _place_noun(t.text) or any(k.kind == "organization" for k in self.gaz.lookup(t.text)):
            return False
        if t.tag_ in ("NE", "FM") or "-" in t.text or _unknown_word(t.text) \
                or self.names.get(t.text, 0) & NAME_PLACE_BITS:
            return True
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        return first and t.tag_ == "NN" and not t.lower_.endswith(NOUN_SUFFIXES + PLURAL_ENDINGS) \
            and (nxt is None or nxt.text in (",", ".", "(", ")"))

    def _quoted_speakers(self, doc: Doc) -> list[Span]:
        """After a quotation, the speaking verb and a bare capitalised word name the speaker: '" , sagte Thoben .',
        '" , so Blecha abschließend', '" , meinte Bauermann ,'. A common noun there would need its article ("sagte
        der Minister")."""
        spans = []
        for token in doc:
            if not speech_after_quotation(token) or token.i + 2 >= len(doc):
                continue
            name, nxt = doc[token.i + 1], doc[token.i + 2]
            if not NAME_WORD.match(name.text) or not name.is_alpha or name.text in NOT_NAMES \
                    or name.lower_ in STOP_WORDS or self.gaz.office_of(name.text) \
                    or any(k.kind != "person" for k in self.gaz.lookup(name.text)) \
                    or not (nxt.text in (",", ".", ":", "(", ";") or nxt.text[:1].islower()):
                continue
            if name.text.endswith(("e", "en")) and any(
                    tag.startswith(("ADJ", "VV")) for _, tag in get_hanta().analyze(name.text, taglevel=3)[1]):
                continue  # an adjective's plural needs no article: '" , so Sachverständige'
            spans.append(self._span(doc[name.i:name.i + 1], PER, name.text))
        return spans

    def _hyphenated_institutions(self, doc: Doc) -> list[Span]:
        """A name joined by a hyphen to an institution's noun names that institution: "im Lehmbruck-Museum", "vom
        Eulenspiegel-Verlag", "der Albert-Ludwigs-Universität" (not "der Hacker-Konferenz": a common noun before it;
        not "des Riva-Konzerns", "der Grünen-Fraktion": a part or kind of a named body, GermEval's ORGpart)."""
        spans = []
        for token in doc:
            text = token.text
            if "-" not in text or not text[:1].isupper() or token.tag_ not in ("NN", "NE") \
                    or (token.i > 0 and doc[token.i - 1].lower_ in INDEFINITE_ARTICLES):
                continue
            *parts, head = text.split("-")
            low = head.lower()
            if not head[:1].isupper() \
                    or not any(low.removesuffix(e).endswith(INSTITUTION_HEADS) for e in ("", "s", "es")):
                continue
            if all(p[:1].isupper() and not p.isupper() and not any(k.kind == "organization" for k in self.gaz.lookup(p))
                   and (_unknown_word(p) or self.names.get(p, 0) & NAME_PLACE_BITS
                        or any(k.kind in ("place", "state", "person") for k in self.gaz.lookup(p))) for p in parts):
                spans.append(self._span(doc[token.i:token.i + 1], ORG, text))
        return spans

    def _club_names(self, doc: Doc) -> list[Span]:
        """A sports club's name is its legal form's letters with the town or name and the founding year: "der SV
        Wehen-Wiesbaden", "beim MSV Duisburg", "die SG 01 Höchst", "1. FC Nürnberg", "Naumburger SV 1905"."""
        spans = []
        for token in doc:
            if token.text not in CLUB_FORMS:
                continue
            start, end = token.i, token.i + 1
            if start >= 2 and doc[start - 1].text == "." and doc[start - 2].text.isdigit():
                start -= 2  # "1 . FC" as tokenized apart
            elif start >= 1 and re.fullmatch(r"[1-9]\.", doc[start - 1].text):
                start -= 1  # "1. FC Köln"
            elif start >= 1 and TOWN_ADJECTIVE.match(doc[start - 1].text) and doc[start - 1].tag_ != "NN" \
                    and not doc[start - 1].is_sent_start:
                start -= 1  # "Naumburger SV", "Hamburger SV"
            while end < len(doc) and end - token.i <= 4 and (
                    re.fullmatch(r"\d{2}|\d{4}", doc[end].text) or self._club_name_word(doc[end])):
                end += 1
            if end - start >= 2:
                spans.append(self._span(doc[start:end], ORG, doc[start:end].text))
        return spans

    def _club_name_word(self, token) -> bool:
        """A word of a club's name after its form: a town, a proper noun, a name HanTa does not know."""
        text = token.text
        if not NAME_WORD.match(text) or text.lower() in STOP_WORDS or text in NOT_NAMES or self.gaz.office_of(text):
            return False
        if token.tag_ in ("NE", "FM") or any(k.kind in ("place", "state", "capital") for k in self.gaz.lookup(text)):
            return True
        return token.tag_ == "NN" and ("-" in text or _unknown_word(text)
                                        or bool(self.names.get(text, 0) & NAME_PLACE_BITS))

    def _facility_grammar(self, doc: Doc) -> list[Span]:
        """English names of bases and camps are places ("Joint Base Elmendorf-Richardson", "Ramstein Air Base"); so
        are palaces ("der Çırağan-Palast", "im Präsidentenpalast Miraflores") and landmarks named in a compound
        ("das Scarborough-Riff", "die Spratly-Inseln")."""
        spans = []
        for token in doc:
            if token.text not in FACILITIES:
                continue
            start, end = token.i, token.i + 1
            while start > 0 and start > token.i - 3 and doc[start - 1].text[:1].isupper() \
                    and doc[start - 1].lower_ not in STOP_WORDS and not doc[start - 1].is_sent_start:
                start -= 1  # "Joint", "Ramstein Air"
            while end < len(doc) and end - token.i <= 3 and NAME_WORD.match(doc[end].text) \
                    and doc[end].tag_ in ("NE", "FM", "NN") and doc[end].lower_ not in STOP_WORDS:
                end += 1  # "Elmendorf-Richardson", "David"
            if end - start >= 2:
                spans.append(self._span(doc[start:end], PLACE, doc[start:end].text))
        for token in doc:  # palaces: "der Çırağan-Palast", "im Präsidentenpalast Miraflores"
            head = token.text.rsplit("-", 1)[-1]
            if "-" in token.text and head in PALACES and token.text[:1].isupper():
                spans.append(self._span(doc[token.i:token.i + 1], PLACE, token.text))
            elif "-" in token.text and head in LANDMARKS and any(
                    _unknown_word(part) or any(x.kind == "place" for x in self.gaz.lookup(part))
                    for part in token.text.split("-")[:-1]):
                # a name before the landmark's kind, not a noun or a body: not "Plastik-Insel", "EU-Ebene"
                spans.append(self._span(doc[token.i:token.i + 1], PLACE, token.text))
            elif token.text.endswith(PALACES) and token.i + 1 < len(doc) and NAME_WORD.match(doc[token.i + 1].text) \
                    and doc[token.i + 1].tag_ in ("NE", "FM") and not self.gaz.lookup(doc[token.i + 1].text):
                spans.append(self._span(doc[token.i:token.i + 2], PLACE, doc[token.i:token.i + 2].text))
        return spans

    def _person_noun(self, token) -> bool:
        """A noun of an occupation or role, also in a compound ("Fußball-Experte", "Menschenrechtsaktivist"), that
        is no listed name itself ("Richter", "Fischer" are surnames too)."""
        text = token.text
        # HanTa takes an unknown compound ending in "-e" for an adjective ("Fußball-Experte"); an adjective's last
        # part after a hyphen is written small ("schwarz-rote")
        compound = token.tag_ == "ADJA" and "-" in text and text.rsplit("-", 1)[1][:1].isupper()
        if (token.tag_ not in ("NN", "") and not compound) or not text[:1].isupper() \
                or self.names.get(text, 0) & NAME_PLACE_BITS \
                or self.gaz.lookup(text):
            return False
        low = text.lower()
        # a state's inhabitant too: "der Franzose Eric Cantona", "des Esten Rahn", "die Australierin Jodie Henry"
        return any(low.endswith(e) and (low[:len(low) - len(e)].endswith(PERSON_NOUNS)
                                        or low[:len(low) - len(e)] in self.gaz.demonyms) for e in PERSON_NOUN_ENDINGS)

    def _is_first_name(self, token) -> bool:
        """A listed first name, also with accents the list leaves off ("Fábio"), or a hyphenated pair of them
        ("Karl-Heinz", "Anna-Lena")."""
        text = token.text
        names = self.gaz.first_names
        listed = text in names or _unaccented(text) in names or (
            "-" in text and all(part in names for part in text.split("-")))
        if not listed or token.tag_.startswith(("ART", "APPR", "KO", "P")):
            return False
        if token.tag_.startswith("V"):  # HanTa reads "Ahmet" as "ahmen": no verb is capitalised inside a sentence
            nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
            return not token.is_sent_start or (nxt is not None and nxt.tag_ in ("NE", "FM") and nxt.text[:1].isupper())
        return True

    def _name_end(self, doc: Doc, i: int, after_title: bool = False) -> int:
        """End of a run of name words starting at i (at most four words, particles inside). After a title the
        first may be a place's name when an unlisted name word follows ("Verteidigungsminister Wellington Koo",
        "Präsidentin Victoria Nuland")."""
        j = i
        while j < len(doc) and j - i < 5:
            t = doc[j]
            if j > i and _time_phrase(doc, j):
                break  # "musste Badawi Anfang Jänner ...": a time, not the rest of the name
            if j == i and after_title and self._place_as_first_name(doc, j):
                j += 1
            elif j > i and len(t.text) == 1 and t.text.isupper() and j + 1 < len(doc) and doc[j + 1].text == ".":
                j += 2  # an initial with its period apart: "Robert R . Livingston", "Andreas R ."
            elif INITIAL.match(t.text) or (NAME_WORD.match(t.text) and self._name_word(t)
                                         and (t.tag_ != "NN" or self._surname_place(doc, i, j))):
                j += 1
            elif j > i and self._surname_after_first_name(doc, j):
                j += 1
            elif j > i and self._surname_like_organization(doc, j):
                j += 1
            elif j >= i + 2 and self._last_name_word(doc, j):
                j += 1
            elif ELIDED_PARTICLE.match(t.text) and j > i:
                j += 1  # "Valéry dEstaing", "le Jeune dAllegeershecque": d' with its apostrophe lost
            elif PARTICLE_NAME.match(t.text) and j > i:
                j += 1  # "Said Raad al-Hussein", "Abdul Kadr al-Nadschdi" (HanTa may tag it a verb)
            elif t.text in NAME_PARTICLES and j > i:
                k = j
                while k < len(doc) and doc[k].text in NAME_PARTICLES:
                    k += 1  # "von der", "de la"
                if j - i >= 2 and not self._is_first_name(doc[j - 1]) and k + 1 < len(doc) \
                        and doc[k].text.endswith("s") and doc[k + 1].tag_ == "NN" and doc[k + 1].text[:1].isupper():
                    break  # "Rafał Trzaskowski von Tusks Bürgerkoalition": a full name, then a possessor's genitive
                if k < len(doc) and NAME_WORD.match(doc[k].text) and (doc[k].tag_ in ("NE", "FM") or (
                        doc[k].tag_ == "NN" and self._first_names_only(doc, i, j))) \
                        and doc[k].text not in SAINT_WORDS \
                        and not self.gaz.office_of(doc[k].text) and k - j <= 2 and not any(
                            x.kind == "state" for x in self.gaz.lookup(doc[k].text)):
                    # not "Franziskus von Ecuador aus": a journey from a state
                    j = k + (doc[k].tag_ == "NN")  # the noun taken as the surname: "Joseph Victor von Scheffel"
                else:
                    break
            else:
                break
        return j

    def _last_name_word(self, doc: Doc, j: int) -> bool:
        """The third word of a name after two proper nouns that HanTa takes for a capitalised adverb, verb or
        pronoun (no such word is capitalised inside a sentence) or guesses a noun it does not know: "Walter Braga
        Netto", "Prithvi Subba Gurung". Not a known noun after a name ("Putin Waffen geliefert")."""
        t = doc[j]
        if not NAME_WORD.match(t.text) or t.is_sent_start or doc[j - 1].tag_ not in ("NE", "FM") \
                or doc[j - 2].tag_ not in ("NE", "FM") or self.gaz.office_of(t.text) \
                or t.text in NOT_NAMES or t.text in HONORIFICS:
            return False
        if self.gaz.lookup(t.text):
            return self._town_in_prefield_name(doc, j)
        if self.names.get(t.text, 0) & (NAME_PLACE_BITS & ~NAME_BITS):
            return False  # "plünderte Matthias Corvinus Heiligenstadt": a town's name
        nxt = doc[j + 1] if j + 1 < len(doc) else None
        if nxt is not None and nxt.tag_ in ("NE", "FM") and NAME_WORD.match(nxt.text):
            return False  # "Hasan Salihamidzic Nationalspieler Sebastian Schweinsteiger": a title of the next name
        return t.tag_ in CLOSED_CLASS_TAGS or t.tag_.startswith("V") or (
            t.tag_ == "NN" and _unknown_word(t.text) and not t.lower_.endswith(NOUN_SUFFIXES + PLURAL_ENDINGS)
            and not (t.lemma_ != t.text and _lexical(t.lemma_)))  # "Merz Glückwünsche": a plural of "Glückwunsch"

    def _town_in_prefield_name(self, doc: Doc, j: int) -> bool:
        """A town's name as the third word of a name after a title ("des Unternehmers Samuel Doria Medina") or
        that fills a main clause's first field before its finite verb ("Samuel Doria Medina unterstützte Paz": two
        constituents cannot stand before the verb; but "weil Matthias Corvinus Heiligenstadt plünderte" ends a
        subordinate clause on its object)."""
        if any(k.kind != "place" for k in self.gaz.lookup(doc[j].text)) or not self._is_first_name(doc[j - 2]):
            return False
        title = doc[j - 3] if j >= 3 else None
        if title is not None and title.tag_ == "NN" and (self._person_noun(title) or self.gaz.office_of(title.text)):
            return True  # "des Unternehmers Samuel Doria Medina": the name after a title runs on
        nxt = doc[j + 1] if j + 1 < len(doc) else None
        if nxt is None or nxt.tag_ not in ("VVFIN", "VAFIN", "VMFIN"):
            return False
        k = j - 3
        while k >= 0 and doc[k].tag_ in ("NN", "ADJA", "ART") and not doc[k].is_sent_start:
            k -= 1  # "Der bolivianische Unternehmer": the title before the name
        return k < 0 or doc[k].is_sent_start and doc[k].tag_ in ("NN", "ADJA", "ART") or doc[k].text in (".", "–", ":")

    def _surname_after_first_name(self, doc: Doc, j: int) -> bool:
        """After a first name, a capitalised word HanTa takes for a verb, a pronoun or an adverb, or for an
        office, is a surname ("Peter Moser", "Renate Anderl", "Peter Kaiser"); an office followed by a name
        is that name's title instead."""
        t = doc[j]
        if not (NAME_WORD.match(t.text) and self._is_first_name(doc[j - 1])):
            return False
        if t.tag_.startswith("V") or t.tag_ in CLOSED_CLASS_TAGS:
            return True  # "Renate Anderl": HanTa reads "ander-", but a pronoun is not capitalised mid-sentence
        title_before_name = j + 1 < len(doc) and NAME_WORD.match(doc[j + 1].text) and doc[j + 1].tag_ == "NE"
        return bool(self.gaz.office_of(t.text)) and t.tag_ in ("NN", "NE") and not title_before_name

    def _surname_like_organization(self, doc: Doc, j: int) -> bool:
        """After a first name, a listed surname that the lists also know as an organization's short name is the
        surname: "Wolfgang Wagner", "Walter Wagner" (not the mercenaries "Wagner")."""
        t = doc[j]
        known = self.gaz.lookup(t.text)
        return bool(NAME_WORD.match(t.text)) and t.tag_ in ("NE", "FM") and self._is_first_name(doc[j - 1]) \
            and bool(known) and all(k.kind == "organization" for k in known) \
            and bool(self.names.get(t.text, 0) & BIT["surname"]) and not t.text.isupper()

    def _surname_place(self, doc: Doc, i: int, j: int) -> bool:
        """Whether a common noun at j still belongs to the name starting at i: the first word, the word
        after a first name ("Dieter Althaus"), or a listed name ("Joschka Martin Fischer"); not the noun
        after a full name ("Mary Gebhards Betreiben", "Albert Wirz Doktor")."""
        if j == i or (j == i + 1 and self._is_first_name(doc[i])) or self._first_names_only(doc, i, j):
            return True  # also "Fritz Rudolf Körper": a noun after two first names is the surname
        return bool(self.names.get(doc[j].text, 0) & NAME_BITS)

    def _first_names_only(self, doc: Doc, i: int, j: int) -> bool:
        """Whether the words from i to j are two or more listed first names ("Joseph Victor", "Amalie Zephyrine"),
        after which the surname follows, whatever HanTa makes of it ("von Scheffel")."""
        return j - i >= 2 and all(self._is_first_name(t) for t in doc[i:j])

    def _place_as_first_name(self, doc: Doc, j: int) -> bool:
        t = doc[j]
        nxt = doc[j + 1] if j + 1 < len(doc) else None
        known = self.gaz.lookup(t.text)
        return bool(known) and all(k.kind == "place" for k in known) and NAME_WORD.match(t.text) is not None \
            and nxt is not None and NAME_WORD.match(nxt.text) is not None and nxt.tag_ in ("NE", "FM", "NN", "") \
            and not self.gaz.lookup(nxt.text) and not self.gaz.office_of(nxt.text) and nxt.text not in NOT_NAMES

    def _name_word(self, token) -> bool:
        text = token.text
        if text in NOT_NAMES or text in HONORIFICS or self.gaz.office_of(text):
            return False
        known = self.gaz.lookup(text)
        if known and not any(k.kind == "person" for k in known) and not (
                text in self.gaz.first_names and all(k.name != text for k in known)):
            return False  # a state or organization, e.g. "Präsident Russlands"; but "Nils" is no genitive of "Nil"
        return token.tag_ in ("NE", "FM", "NN", "XY", "ADJA", "ADJD", "") or text in self.gaz.first_names

    def _plausible_name(self, span: Span) -> bool:
        last = span[-1]
        if last.tag_ == "NN" and last.text not in self.gaz.first_names and len(span) == 1:
            return self._surname_after_office(span)
        return not all(t.text in NAME_PARTICLES for t in span)

    def _surname_after_office(self, span: Span) -> bool:
        """Whether a word HanTa takes for a noun, alone after an office (at span.start - 1), is the holder's
        surname. "Präsident Frieden schaffen", "warf dem Finanzminister Zynismus vor": nouns. A word of no
        lexicon right after an office without its article is a surname ("Gesundheitsministerin Oberhauser"),
        with the article too when a finite verb or a punctuation mark follows ("sagte die Ministerin
        Oberhauser."); a word of the lexicon only after an office without article, before a finite verb
        or a punctuation mark ("Laut SPÖ-Chef Kern ist das falsch")."""
        doc, word = span.doc, span[0]
        if word.lower_.endswith(NOUN_SUFFIXES):
            return False
        k = span.start - 2
        while k >= 1 and doc[k].tag_ == "ADJA" and span.start - k <= 4:
            k -= 1  # "dem verstorbenen früheren Bundespräsidenten Respekt": the article before the adjectives
        article = k >= 0 and doc[k].tag_ in DETERMINERS
        nxt = doc[span.end] if span.end < len(doc) else None
        closes = nxt is None or nxt.tag_ in ("$,", "$.", "VVFIN", "VAFIN", "VMFIN", "KON")
        if _unknown_word(word.text):
            return not article or closes
        return not article and closes

    def _model_spans(self, doc: Doc) -> list[Span]:
        out = []
        for ent in doc.ents:
            start, end = ent.start, ent.end
            # the model sometimes includes a title, an article or a conjunction: "Oder Sergei Rjabkow"
            while start < end and (not doc[start].text[:1].isupper() or doc[start].tag_ in MODEL_TRIM_TAGS
                                   or (ent.label_ == "PER" and self.gaz.office_of(doc[start].text))
                                   or (end - start > 1 and doc[start].tag_ == "NN"
                                       and doc[start].lower_.endswith(ORG_NOUNS))
                                   or self._known_other(doc[start], ent.label_)
                                   or (end - start > 1 and ent.label_ != "PER"
                                       and self._listed_person_genitive(doc[start]))):
                start += 1  # "Orbáns Fidesz", "Putins Partei": the possessor is no part of the name
            if start >= end:
                continue
            if ent.label_ == "PER":  # names are capitalised words and particles: "Ensaf Haidar | am Sonntag der ..."
                end = next((k for k in range(start + 1, end) if not doc[k].text[:1].isupper()
                            and doc[k].text not in INNER_PARTICLES and not PARTICLE_NAME.match(doc[k].text)
                            or _time_phrase(doc, k)), end)
                while end < len(doc) and PARTICLE_NAME.match(doc[end].text):
                    end += 1  # the model left off "al-Hussein" (HanTa took it for a verb)
            elif end - start == 2 and end < len(doc) and PARTICLE_NAME.match(doc[end].text):
                end += 1  # "Abu Bakr | al-Baghdadi" read as a place: with its "al-" it is a person's (below)
            while ent.label_ == "PER" and start > 0 and self._unlisted_name_word(doc[start - 1]):
                start -= 1  # the model cut off an unlisted first name: "sagte Gudni Johannesson"
            span = doc[start:end]
            label_given = ent.label_
            if len(span) >= 2 and INITIAL.match(span[1].text) and span[0].tag_ in ("NE", "FM") \
                    and (len(span) == 2 or not span[2].text[:1].isupper()):
                # "ein Mann namens Fayçal C. der Komplize": a name with its surname cut to an initial, as
                # crime reports write it, ends at the initial and is a person's
                span, label_given = doc[start:start + 2], "PER"
            if len(span) == 1 and (span.text in NOT_NAMES or ent.label_ == "PER" and span.text in COLOURS):
                continue  # "Ende Jänner": a month, whatever the model says; "Schwarz und Grün": parties
            if span.text.lower() in FOREIGN_PHRASES or span[-1].text in LEAK_NAMES:
                continue  # "die Änderung des Status quo", "die Panama Papers"
            if ent.label_ == "PER" and span.start > 0 and doc[span.start - 1].text in ("&", "+"):
                continue  # "GmbH & Co OG": the rest of a company's name, no person
            if len(span) == 1 and span.text in NOT_ACRONYMS and ent.label_ == "ORG":
                continue  # "52.381 USD", "15 Uhr MEZ": a unit or a common abbreviation, not an organization
            if not any(t.tag_ in ("NE", "FM", "XY", "") or t.text.isupper() for t in span) \
                    and not self._unlexicalized_name(doc, span) \
                    and not (ent.label_ == "ORG" and self._town_adjective_name(span)):
                continue  # only common nouns ("Haft", "Vorwürfe"): not a name
            if len(span) == 1 and _closed_class(span[0].text.lower()):
                continue  # a capitalised function word (at the start of a sentence): "Oder ist es ..."
            if len(span) == 1 and ent.label_ != "PER" and self.gaz.office_of(span.text):
                continue  # "in Ankara und Sondergesandte für Syrien": an office, no organization or place
            label = self._model_label(span, label_given)
            if label is None:
                continue
            if label != PER and len(span) >= 3 and PARTICLE_NAME.match(span[-1].text) \
                    and not any(self.gaz.lookup(t.text) for t in span):
                label = PER  # given names and "al-...": "Abu Bakr al-Baghdadi" (places have two words: "Ras al-Ain")
            prev = doc[span.start - 1] if span.start > 0 else None
            if label == ORG and prev is not None and prev.tag_ == "NN" and _place_noun(prev.text):
                label = PLACE  # "Schloss Ouchy", "die Region Bristol Bay"
            nxt = doc[span.end] if span.end < len(doc) else None
            if label == PER and len(span) == 1 and prev is not None and prev.lower_ == "in" \
                    and not self._is_first_name(span[0]) and not self.gaz.lookup(span.text) \
                    and not (nxt is not None and nxt.tag_ in ("NN", "ADJA")):
                label = PLACE  # "das Erdbeben in Shaanxi": in a place, not in a person (but "in Papens Kabinett")
            if label == PER and len(span) == 1 and prev is not None and prev.tag_ == "NN" \
                    and not self.gaz.office_of(prev.text) and prev.text not in HONORIFICS:
                # a name in apposition to a noun is of the noun's kind: "im Schwarzmeerort Rize",
                # "des Fastenmonats Ramadan" are no persons; "seine Schwester Connie" is one
                if _place_noun(prev.text):
                    label = PLACE  # "das Schloss Oselce", "die Provinz Shanxi"
                elif prev.text not in KIN_NOUNS and prev.text not in NAME_NOUNS and not (
                        self._person_noun(prev) and span.text not in ("Dr", "Prof")
                        and not self._genitive_after_noun(span.text)) and not self._possessor_genitive(span):
                    continue  # "der Psychologe Baldwin" is a person; "der Autor Hohenlohes" is none
            # "France24." at a sentence's end is one token for the tokenizer (as an ordinal "24." is)
            name = _name_of(span) if label == PER else re.sub(r"(?<=\d)\.$", "", span.text)
            known = self.gaz.lookup(span.text)
            out.append(self._span(span, label, known[0].name if known and label != PER else name,
                                  known[0].id if known and label != PER else ""))
        return out

    def _listed_person_genitive(self, token) -> bool:
        """ "Orbáns", "Putins": the genitive of a person the lists know."""
        return len(token.text) > 3 and token.text.endswith("s") and any(
            k.kind == "person" for k in self.gaz.lookup(token.text[:-1]))

    def _possessor_genitive(self, span: Span) -> bool:
        """A name in the genitive after a noun, with no noun after it, is the noun's possessor, not a name in
        apposition (which takes no ending): "die Aussprüche Luthers", "in der Nachfolge Wiltrams zum Herzog";
        not a place's genitive ("die Einwohner Hamburgs"), nor the end of a longer name or a common noun's
        genitive, which would take an article ("die Aussagen des Lehrers")."""
        doc, text = span.doc, span.text
        nxt = doc[span.end] if span.end < len(doc) else None
        if not GENITIVE_NAME.match(text) or text.endswith(("ss", "us")) or nxt is not None and nxt.tag_ == "NN":
            return False
        return not self._place_name(text[:-1]) and not any(k.kind in ("place", "state") for k in self.gaz.lookup(text))

    def _unlexicalized_name(self, doc: Doc, span: Span) -> bool:
        """A single word HanTa tags NN only because it guesses unknown capitalised words as nouns: it is
        not in HanTa's lexicon, and it is either a name the word lists know ("Soltau", "Kremer") or
        stands bare after a preposition ("aus Züschen", "in Altaussee"), where a German common noun in
        the singular would need its article ("aus dem Dorf")."""
        if len(span) != 1 or span[0].tag_ != "NN" or "-" in span.text or not span.text[1:].islower():
            return False
        if get_hanta().normalize(span.text) in get_hanta().cache:
            return False  # a word of the lexicon: "Kürze", "Mission", "Sparkasse"
        if bool(self.names.get(span.text, 0) & NAME_PLACE_BITS):
            return True
        if not _unknown_word(span.text):
            return False  # a compound of known nouns is a common noun: "aus Parteikreisen"
        prev = doc[span.start - 1] if span.start > 0 else None
        return (prev is not None and (
            prev.tag_ == "APPR" or prev.tag_ == "NN" and _place_noun(prev.text)))  # "Schloss Weilburg"

    def _unlisted_name_word(self, token) -> bool:
        """A proper noun (HanTa's NE) that no list knows as a state, place, organization or office."""
        return token.tag_ == "NE" and bool(NAME_WORD.match(token.text)) and not self.gaz.lookup(token.text) \
            and not self.gaz.office_of(token.text)

    def _known_other(self, token, label: str) -> bool:
        """A leading word that the gazetteer knows as something else: "Russlands Sergei Rjabkow"."""
        return label == "PER" and any(k.kind != "person" for k in self.gaz.lookup(token.text))

    def _model_label(self, span: Span, label: str) -> str | None:
        if label == "PER":  # a name with a digit is a station's or a company's: "berichtete France24"
            return ORG if any(c.isdigit() for c in span.text) else PER
        if label == "ORG":
            return ORG
        if label == "LOC":
            known = self.gaz.lookup(span.text)
            if any(k.kind == "state" for k in known):
                return STATE
            return PLACE
        return None

    def _surname_mentions(self, doc: Doc, chosen: list[Span]) -> list[Span]:
        """Later (or earlier) mentions of a surname of a person found in this doc."""
        surnames = {}
        for span in chosen:
            if span.label_ == PER and len(span) > 1:
                last = surname_index([t.text for t in span])
                surnames[span[last].text] = span._.kg_name.split()[last]
        out = []
        for token in doc:
            base = token.text
            if base not in surnames and token.text.endswith(("s", "'", "’")):
                base = token.text[:-1]  # genitive of a known surname: "Sobotkas Wunsch"
            if base not in surnames and PARTICLE_NAME.match(base[:1].lower() + base[1:]):
                base = base[:1].lower() + base[1:]  # "der Sunnit Al-Asir" is "Ahmed al-Asir"
            if base in surnames and (token.text[:1].isupper() or PARTICLE_NAME.match(token.text)):
                # "sagte al-Ansari" after "Madschid al-Ansari": the Arabic article written small
                out.append(self._span(doc[token.i:token.i + 1], PER, surnames[base]))
        return out


GENERATIONS = {"Jr.", "Sr.", "Junior", "Senior"}


def surname_index(words: list[str]) -> int:
    """Where the surname is among a full name's words: the last, or the one before a generational suffix
    ("Marcos" of "Ferdinand Marcos Jr.")."""
    return -2 if len(words) > 2 and words[-1] in GENERATIONS else -1


def _past_academic_title(doc: Doc, i: int) -> int:
    """Where a name begins past an academic title at i: "Dr. Meier", "Prof . Hübner" (the period apart)."""
    if i < len(doc) and doc[i].text in ("Dr.", "Prof."):
        return i + 1
    if i + 1 < len(doc) and doc[i].text in ("Dr", "Prof") and doc[i + 1].text == ".":
        return i + 2
    return i


def _nicknamed(doc: Doc, chosen: list[Span]) -> list[Span]:
    """ "Jorge „Tuto“ Quiroga", "Luiz Inácio „Lula“ da Silva": a first name, a nickname in quotes and the
    surname are one person's name (the surname, which no list knows, then names them later on its own)."""
    out = list(chosen)
    for span in chosen:
        i = span.end
        if span.label_ != PER or i + 3 >= len(doc) or doc[i].text != "„" or doc[i + 2].text != "“" \
                or not doc[i + 1].text[:1].isupper() or not doc[i + 1].is_alpha:
            continue
        end = i + 3
        # only the particles of Romance surnames ("da Silva"): NAME_PARTICLES would take "der", "zu", "vom" and the
        # noun after them ("Quiroga vom Bündnis Libre")
        while end < len(doc) and (doc[end].text[:1].isupper() and doc[end].is_alpha and doc[end].tag_ in ("NE", "NN")
                                  or doc[end].lower_ in ("da", "de", "dos", "del") and end + 1 < len(doc)
                                  and doc[end + 1].text[:1].isupper()):
            end += 1
        if end == i + 3 or any(o is not span and o.start < end and o.end > i and o.label_ != PER for o in chosen):
            continue
        out = [o for o in out if o is not span and not (o.start < end and o.end > i)]
        out.append(_named_span(doc, span.start, end, PER, doc[span.start:end].text, span.kb_id_))
    return sorted(out, key=lambda s: s.start)


# Nouns that end a firm's name after its proper name: "WGZ Bank", "Roadrunner Records", "Generali Versicherung".
ORGANIZATION_TAILS = {"Bank", "Verlag", "Records", "Group", "Holding", "Versicherung", "Versicherungen", "Media",
                      "Pictures", "Studios", "Entertainment", "Motors", "Airlines", "Airways", "Corporation",
                      "Brauerei", "Reederei", "Company", "Capital", "Partners", "Electronics", "Systems", "Software",
                      "Telecom",
                      # English heads of bodies' and firms' names: "Danish Refugee Council", "Jet Propulsion
                      # Laboratory", "Lee Strasberg Theatre", "Roger Douglas Associates", "Plenum Press"
                      "Council", "Laboratory", "Laboratories", "Theatre", "Associates", "Dynamics", "Automation",
                      "Industries", "Technologies", "Solutions", "Services", "Surveys", "Indexes", "Magazine",
                      "Foundation", "Institute", "Agency", "Exchange", "Press", "Ventures", "Holdings", "Publishing",
                      "Communications", "Networks"}


def _organization_tails(doc: Doc, chosen: list[Span]) -> list[Span]:
    """An organization's name goes on over the noun of its trade that follows it: "die WGZ Bank", "bei Roadrunner
    Records", "die HSH Nordbank" (a compound on "-bank"), and over its legal form ("die ratiopharm GmbH"); a person's
    or a place's name before such a noun names a firm ("über Capitol Records"). The model's person ending in such a
    noun is a firm too ("Jato Dynamics")."""
    covered = {i for s in chosen for i in range(s.start, s.end)}
    out = []
    for span in chosen:
        end = span.end
        while end < len(doc) and end not in covered and (doc[end].text in ORGANIZATION_TAILS or (
                span.label_ == ORG and end == span.end and doc[end].text in LEGAL_FORMS) or (
                doc[end].tag_ == "NN" and doc[end].text[:1].isupper() and doc[end].text.endswith("bank")
                and end == span.end)):
            end += 1
        named_on = end < len(doc) and doc[end].text[:1].isupper() and doc[end].tag_ in ("NE", "FM")
        if end > span.end and (span.label_ == ORG or doc[span.end].text in ORGANIZATION_TAILS) and not named_on:
            out.append(_named_span(doc, span.start, end, ORG, doc[span.start:end].text))
        elif span.label_ == PER and not span.kb_id_ and len(span) >= 2 and span[-1].text in ORGANIZATION_TAILS:
            # the model's person ending in a firm's noun: "Jato Dynamics", "Jet Propulsion Laboratory"
            out.append(_named_span(doc, span.start, span.end, ORG, span.text))
        else:
            out.append(span)
    return out


# What follows a dateline's town: a dash, or the agency's parenthesis ("OBERNDORF (dpa)").
DATELINE_MARKS = {"-", "–", "—", "("}


def _unlisted_dateline(token) -> bool:
    """A word in capitals opening a sentence before a dash or an agency's parenthesis is the dateline's town, also
    a town no list knows: "RIEDLINGEN - Der Gemeinderat ...", "OBERNDORF (dpa)"; not a word of the lexicon
    ("ACHTUNG - ...") nor an acronym (at most four letters)."""
    doc, i = token.doc, token.i
    return len(token.text) >= 5 and token.is_sent_start and i + 1 < len(doc) \
        and doc[i + 1].text in DATELINE_MARKS and not _lexical(token.text.title())


def _term_abbreviation(token) -> bool:
    """An acronym in parentheses after a common noun of its initial, not an institution's, abbreviates that noun:
    "Fluorchlorkohlenwasserstoffe (FCKW)", "den Jagdgeschwadern (JG)" are no organizations ("das
    Landeskriminalamt (LKA)" is one)."""
    doc, i = token.doc, token.i
    if i < 2 or i + 1 >= len(doc) or doc[i - 1].text != "(" or doc[i + 1].text != ")":
        return False
    noun = doc[i - 2]
    low = noun.lower_.rstrip("ns")
    letters = iter(low)
    return noun.tag_ in ("NN", "NE") and noun.text[:1] == token.text[:1] and noun.text[1:].islower() \
        and all(c in letters for c in token.text.lower()) \
        and not low.endswith((*COMPLEMENT_HEADS, *ORG_NOUNS, *INSTITUTION_HEADS))


# Words that open Romance place names after a saint: "Santa Cruz de la Sierra", "San Pedro Sula", "São Paulo"
SAINTS = {"San", "Santa", "Santo", "São"}


def _nominative_adjective(doc: Doc, span: Span, adjective_name) -> Span:
    """ "der Pädagogischen Hochschule Wien" -> "Pädagogische Hochschule Wien": a longer name that opens with an
    adjective name takes that name's nominative (`adjective_name`), whichever rule found the whole."""
    if adjective_name is None or span.label_ != ORG or adjective_name.end >= span.end \
            or (span._.kg_name or span.text) != span.text:
        return span
    name = f"{adjective_name.name} {doc[adjective_name.end:span.end].text}"
    return _named_span(doc, span.start, span.end, span.label_, name, span.kb_id_)


def _saint_place(doc: Doc, span: Span, ends: set[int]) -> Span:
    """A person's name that is a saint's, opening a place name, is the place: "in Santa Cruz de la Sierra",
    "nach San Pedro Sula" (where "San" was left out of the name)."""
    if span.label_ != PER:
        return span
    start = span.start - 1 if span.start > 0 and doc[span.start - 1].text in SAINTS and span.start not in ends \
        else span.start
    if doc[start].text not in SAINTS:
        return span
    return _named_span(doc, start, span.end, PLACE, doc[start:span.end].text, "")


def _named_span(doc: Doc, start: int, end: int, label: str, name: str, kb_id: str = "") -> Span:
    """A final entity span with its name (set at once: names are stored by character offsets)."""
    span = Span(doc, start, end, label=label, kb_id=kb_id)
    span._.kg_name = _respaced(span, name)
    return span


def _respaced(span: Span, name: str) -> str:
    """The name with the space back between two words the source glued ("HansNiessl", split by
    kg_glued_names into "Hans" and "Niessl", is "Hans Niessl")."""
    if name != span.text:
        return name
    doc = span.doc
    return "".join(t.text + (t.whitespace_ or (" " if t.i + 1 < span.end and t.text[:1].isupper() and t.is_alpha
                                                and doc[t.i + 1].text[:1].isupper() and doc[t.i + 1].is_alpha
                                                else "")) for t in span).strip()


# Nouns of what a medium found or published: "nach Informationen des Spiegels", "einem Bericht der Zeit zufolge".
REPORT_NOUNS = {"Informationen", "Angaben", "Bericht", "Berichten", "Berichts", "Recherchen", "Interview",
                "Umfrage", "Meldung", "Darstellung"}


def _cited(span: Span) -> bool:
    """A medium's plain-word name cited as the source of a report: "laut Spiegel", "Spiegel zufolge",
    "nach Informationen des Spiegel(s)", "des Spiegel" (a common noun would take the genitive -s)."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    nxt = doc[span.end] if span.end < len(doc) else None
    if prev is not None and prev.lower_ == "laut" or nxt is not None and nxt.lower_ == "zufolge":
        return True
    if prev is None or prev.lower_ not in ("des", "der"):
        return False
    return (prev.lower_ == "des" and not span.text.endswith("s")) or (
        span.start >= 2 and doc[span.start - 2].text in REPORT_NOUNS)


# Adverbs that may follow a subject in the first field ("Peking seinerseits äußert ...", "Kiew hingegen wies ...").
TURN_ADVERBS = {"seinerseits", "ihrerseits", "hingegen", "dagegen", "wiederum", "indes", "jedoch", "allerdings"}


def speech_after_quotation(token) -> bool:
    """Whether the token is a verb of speaking right after a quotation's comma or closing quote: '" , sagte'."""
    return token.i >= 2 and token.lower_ in SPEECH_VERBS and token.doc[token.i - 1].text in (",", *CLOSING_QUOTES)


def _acts(span: Span) -> bool:
    """Whether a capital stands for its government: it acts (is a subject), speaks or is a party.

    "Moskau wies zurück", "hat Washington erreicht", "Moskaus Position", "Gespräche mit Kiew"
    -> the state; "in Moskau", a dateline "Wien –" -> the city.
    """
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    nxt = doc[span.end] if span.end < len(doc) else None
    if span.text.endswith("s") and span.text != span._.kg_name:
        return True  # genitive: "Moskaus Forderungen"
    if (nxt is not None and nxt.text == "/") or (prev is not None and prev.text == "/"):
        return False  # a dateline of two cities: "London/Brüssel –"
    if prev is not None and prev.lower_.endswith(("stadt", "metropole")):
        return False  # "in der saudischen Hauptstadt Riad": the text calls it a city
    # the preposition before the capital, or before the list it ends ("die Anschläge von Brüssel und Paris")
    k = span.start - 1
    while k > 0 and span.start - k < 12 and (doc[k].text in (",", "und", "sowie", "oder") or doc[k].text[:1].isupper()):
        k -= 1
    if prev is not None and (prev.lower_ in ("und", "sowie", "oder") or prev.text == ",") \
            and doc[k].lower_ in CITY_PREPOSITIONS:
        return False  # "in Budapest, London, Rom und Warschau": the list's first preposition decides
    preposition = doc[k].lower_ if k >= 0 and doc[k].tag_ in ("APPR", "APPRART") else None
    j = k - 1 - (k > 1 and doc[k - 1].text in CLOSING_QUOTES)  # „Friedenssignale“ aus Washington
    noun = doc[j].lower_ if preposition is not None and j >= 0 and doc[j].tag_ == "NN" else ""
    if preposition == "von" and noun.endswith(PLACE_BOUND_NOUNS):
        return False  # "die Anschläge von Paris", "das Abkommen von Minsk", "der Bürgermeister von Kiew"
    if preposition == "aus" and not noun.endswith(VOICE_NOUNS) and not (
            nxt is not None and nxt.lower_ in ("hieß", "heißt", "verlautete", "kam", "kommt", "kamen", "kommen")) \
            and not _heard_from(doc, k):
        return False  # "die aus Berlin angereist ist", "eine Stiftung aus Berlin"; not "Kritik aus Moskau"
    if prev is not None and prev.lower_ in ACTOR_PREPOSITIONS:
        return True
    if prev is not None and prev.lower_ == "in" and span.start >= 2 and doc[span.start - 2].text in GOVERNMENTS:
        return True  # "die Regierung in Warschau": the seat of government names the state
    if prev is not None and prev.lower_ == "in" and _reaction_in_clause(span):
        return True  # "In Peking stieß die Bemerkung auf Unverständnis": the government's reaction
    if prev is not None and prev.lower_ in CITY_PREPOSITIONS:
        return False  # "In Budapest haben tausende Ungarn protestiert": the city
    k = span.start - 1
    while k > 0 and doc[k].tag_ == "ADJA":
        k -= 1
    if k < span.start - 1 and doc[k].lower_ in CITY_PREPOSITIONS:
        return False  # "im maltesischen Valletta hat der Ministerrat beschlossen": the city
    if nxt is not None and nxt.tag_ in ("VVFIN", "VMFIN", "VAFIN") and nxt.lemma_ != "sein":
        return True  # subject: "Peking wies ... zurück" ("Berlin ist eine Stadt" describes the city)
    verb = doc[span.end + 1] if nxt is not None and nxt.lower_ in TURN_ADVERBS and span.end + 1 < len(doc) else None
    if verb is not None and verb.tag_ in ("VVFIN", "VMFIN", "VAFIN") and verb.lemma_ != "sein":
        return True  # "Peking seinerseits äußert Verständnis": the subject and an adverb before the verb
    after = doc[span.end + 2] if span.end + 2 < len(doc) else None
    if after is not None and nxt.lower_ in ("und", "sowie") and doc[span.end + 1].text[:1].isupper() \
            and after.lemma_ != "sein" and (after.tag_ in ("VVFIN", "VMFIN", "VAFIN") or (
                after.tag_ == "VVINF" and after.i + 1 < len(doc) and doc[after.i + 1].is_punct)):
        return True  # the first of two subjects: "was Washington und Seoul bestreiten"
    if prev is not None and prev.tag_ in ("VVFIN", "VMFIN", "VAFIN"):
        return True  # inversion: "entschied Washington"
    if prev is not None and prev.tag_ == "PRELS" and span.start >= 2 and doc[span.start - 2].text == ",":
        final = next((t for t in doc[span.end:min(len(doc), span.end + 15)] if t.is_punct and t.text != "„"
                      and t.text != "“" or t.tag_ in ("VVFIN", "VMFIN", "VAFIN")), None)
        if final is not None and final.tag_ in ("VVFIN", "VMFIN", "VAFIN") and final.lemma_ != "sein" and (
                final.i + 1 == len(doc) or doc[final.i + 1].is_punct):
            return True  # the subject of a relative clause: "eine Waffenruhe, die Kiew als „Theater“ zurückwies"
    if prev is not None and prev.lower_ == "sich" and span.start >= 2 and doc[span.start - 2].tag_ in (
            "VVFIN", "VMFIN", "VAFIN"):
        return True  # inversion after the reflexive: "Ähnlich äußerte sich Peking"
    return False


def _clause_around(doc, start: int, end: int):
    """The tokens of the clause around doc[start:end]: up to the nearest comma, colon, semicolon or sentence end."""
    sent = doc[start].sent if doc.has_annotation("SENT_START") else doc[:]
    a = next((k + 1 for k in range(start - 1, sent.start - 1, -1) if doc[k].text in (",", ":", ";")), sent.start)
    b = next((k for k in range(end, sent.end) if doc[k].text in (",", ":", ";")), sent.end)
    return doc[a:b]


def _heard_from(doc, k: int) -> bool:
    """ "aus <capital>" at k in a clause of something voiced ("Kritik kam auch aus Brüssel", "Rückendeckung
    erhielt er aus Ankara", "nach Angaben aus Peking") or heard ("Ganz anders klang es aus Moskau")."""
    clause = _clause_around(doc, k, k + 1)
    return any(t.tag_ == "NN" and t.lower_.endswith(VOICE_NOUNS) or (
        t.pos_ == "VERB" and t.lemma_ in HEARD_VERBS) for t in clause if t.i < k)


def _reaction_in_clause(span: Span) -> bool:
    """Whether the clause of "in <capital>" names a reaction ("Besorgnis", "Unverständnis")."""
    clause = _clause_around(span.doc, span.start, span.end)
    return any(t.tag_ == "NN" and t.lower_.endswith(REACTION_NOUNS) for t in clause)


def _named_like_an_organization(token) -> bool:
    """An acronym used as a name: after an article ("die HDP", "beim IWF") or a noun naming its kind
    ("Info-Kanal TVP"), or in parentheses after the full name ("Demokratische Partei der Völker (HDP)");
    not a unit or code ("ISBN 3-...", "150 PS")."""
    doc = token.doc
    prev = doc[token.i - 1] if token.i > 0 else None
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if any(c.isdigit() for c in token.text) or (nxt is not None and nxt.text.startswith("-")) or (
            prev is not None and (prev.lower_ in INDEFINITE_ARTICLES or prev.tag_ == "CARD"
                                  or prev.lower_ in ("millionen", "milliarden", "tausend"))):
        return False  # a type or a unit: "die VC1541", "ein EDGE -fähiges", "ein EPS von", "210 Millionen DM"
    if prev is not None and (prev.tag_ in ("ART", "APPRART", "NN") or prev.lower_ in ARTICLES):
        return True
    return prev is not None and prev.text == "(" and nxt is not None and nxt.text == ")"


ROAD_NOUNS = {"Bundesstraße", "Bundesautobahn", "Landesstraße", "Staatsstraße", "Kreisstraße", "Europastraße",
              "Bundesfernstraße"}
ROAD_KINDS = {"Autobahn", "Autobahnen", "Anschlussstelle", "Abfahrt", "Ausfahrt", "Kreuz", "Dreieck"}
ROAD_NUMBER = re.compile(r"^\d{1,3}\.?$")


def _road_names(doc: Doc) -> list[Span]:
    """Roads named by their number: "die Bundesstraße 105", "der A 45", "die Autobahnen A 2 und A 7", "der B 277",
    "an der A12". A letter with a number is a road after an article, a preposition or a road's kind (not "B 5
    aktuell", a radio station; not "Vitamin B 12")."""
    spans = []
    for token in doc:
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        prev = doc[token.i - 1] if token.i > 0 else None
        if token.text in ROAD_NOUNS and nxt is not None and ROAD_NUMBER.match(nxt.text):
            spans.append(doc[token.i:token.i + 2])
            continue
        after = prev is not None and (prev.tag_ in ("ART", "APPR", "APPRART") or prev.text in ROAD_KINDS or (
            prev.lower_ in ("und", "oder", "bis", ",") and token.i >= 3 and doc[token.i - 3].text in ("A", "B")))
        if not after:
            continue
        if token.text in ("A", "B") and nxt is not None and ROAD_NUMBER.match(nxt.text) and nxt.text != "0":
            spans.append(doc[token.i:token.i + 2])
        elif re.fullmatch(r"[AB]\d{1,3}", token.text):
            spans.append(doc[token.i:token.i + 1])
    return spans


SQUARE_HEAD = re.compile(r"^([A-ZÄÖÜ][a-zäöüß-]{2,})(weg|platz|gasse|allee|damm|ufer|markt)(es|s)?$")


def _squares_after_contraction(doc: Doc) -> list[int]:
    """A compound on a street's or square's noun that German's lexicon does not hold, after "am", "vom" or "zum",
    names that street or square: "am Philosophenweg", "vom Michaelkirchplatz", "zum Gendarmenmarkt" (not "am
    Arbeitsmarkt", a word of the lexicon; not "am Ostufer", a side)."""
    out = []
    for token in doc[1:]:
        m = SQUARE_HEAD.match(token.text)
        if m is None or doc[token.i - 1].lower_ not in ("am", "vom", "zum") or token.tag_ not in ("NN", "NE") \
                or COMPASS_PARTS.match(m.group(1)) or _lexical(token.text) or _lexical(m.group(1) + m.group(2)):
            continue
        out.append(token.i)
    return out


COMPASS_PARTS = re.compile(r"^(Nord|Süd|Ost|West|Nordost|Nordwest|Südost|Südwest)$")


def _org_noun(word: str) -> bool:
    """Whether a lower-case noun names a kind of organization, also in the genitive ("des Vereins")."""
    return word.endswith(ORG_NOUNS) or word.endswith("s") and word[:-1].endswith(ORG_NOUNS) \
        or word.endswith("es") and word[:-2].endswith(ORG_NOUNS)


def _place_noun(word: str) -> bool:
    """Whether a noun names a kind of place: "Gemeinde", "Provinz", "Schloss", "Badeort"."""
    low = word.lower()
    return word in PLACE_WORDS or low.endswith(PLACE_NOUNS) or (
        low.endswith("es") and low[:-2].endswith(PLACE_NOUNS))  # "des Dorfes", "des Flusses"


def _unaccented(word: str) -> str:
    """ "Fábio" -> "Fabio", "François" -> "Francois"; umlauts stay ("Jörg")."""
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", word)
                                                 if c not in FOREIGN_ACCENTS))


def _time_phrase(doc: Doc, i: int) -> bool:
    """ "Anfang Jänner", "Mitte 2015", "Ende März": a part of a month or year, which no name goes on with."""
    if doc[i].text not in TIME_PARTS or i + 1 >= len(doc):
        return False
    nxt = doc[i + 1].text
    return nxt in MONTHS or (nxt.isdigit() and len(nxt) == 4)


ENGLISH_PLURAL = re.compile(r"^[A-Z][a-z]+s$")
GENITIVE_NAME = re.compile(r"^[A-ZÄÖÜ][a-zäöüßáàéèíóúñçščžćłø]{2,}s$")


def _lexical(word: str) -> bool:
    """Whether a word is in HanTa's German lexicon."""
    hanta = get_hanta()
    return hanta.normalize(word) in hanta.cache


@lru_cache(maxsize=8192)  # a morphological analysis per call: the same names come back in every article
def _unknown_word(word: str) -> bool:
    """A capitalised word that is neither in HanTa's lexicon nor a compound of its nouns: "Oberhauser",
    "Grundböck" (HanTa guesses them nouns); not "Frieden", "Gesundheitsreform", "Parteikreisen"."""
    hanta = get_hanta()
    if "-" in word or not word[1:].islower() or hanta.normalize(word) in hanta.cache:
        return False
    return sum(tag == "NN" for _, tag in hanta.analyze(word, taglevel=3)[1]) <= 1


def _closed_class(word: str) -> bool:
    """Whether the lowercase word is a German function word (spaCy's German stop words: "oder", "doch")."""
    return word in STOP_WORDS


PLATFORMS = ("plattform", "netzwerk", "dienst")


def _name_of(span: Span) -> str:
    """A person's name without the genitive ending, which German marks only before a noun ("Trumps Plan")."""
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if nxt is not None and nxt.tag_ == "NN":
        return _strip_genitive(span.text)
    return span.text


def _strip_genitive(text: str) -> str:
    """"Trumps" -> "Trump", "Merz'" -> "Merz"; only for names (callers decide)."""
    if text.endswith(("'", "’")):
        return text[:-1]
    if text.endswith("s") and len(text) > 3 and not text.endswith(("ss", "us", "as", "is", "os")):
        return text[:-1]
    return text


def _name_and_short_name(span: Span, listed: list[Span]) -> bool:
    """The span is one listed organization named twice, by its name and its short name: "der Demokratischen
    Bürgerpartei ODS" (two names of one party, not a longer name)."""
    inside = [o for o in listed if span.start <= o.start and o.end <= span.end]
    return len(inside) > 1 and len({o.kb_id_ for o in inside}) == 1 and sum(len(o) for o in inside) == len(span)


def _select(candidates: list[tuple[Span, str]], taken: list[Span] | None = None) -> list[Span]:
    """Longest spans first, ties broken by source precedence; no overlaps."""
    used = set()
    for span in taken or []:
        used.update(range(span.start, span.end))
    out = []
    for span, _source in sorted(candidates, key=lambda c: (-(c[0].end - c[0].start), PRIORITY[c[1]], c[0].start)):
        if used.isdisjoint(range(span.start, span.end)):
            out.append(span)
            used.update(range(span.start, span.end))
    return out


def _english_title(span: Span) -> bool:
    """A "person" of several words with English function words is a title: "Take On Me", "Till Death Do Us"."""
    return span.label_ == PER and len(span) >= 3 and sum(t.text in ENGLISH_FUNCTION_WORDS for t in span) >= 1


def _american(doc: Doc) -> bool:
    """The text speaks of the USA: "USA", "US-Präsident", "Vereinigten Staaten", "Amerika", "Washington"."""
    return any(t.text in ("USA", "US", "Amerika", "Washington") or t.text.startswith("US-")
               or (t.text == "Staaten" and t.i > 0 and t.doc[t.i - 1].text.startswith("Vereinigte")) for t in doc)


def _plural_party(span: Span) -> bool:
    """ "die Demokraten", "bei den Republikanern", "der Kandidat der Republikaner": the plural, not "der Republikaner
    Ted Cruz" or "der Republikaner sagte" (one of them)."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is None or (after is not None and after.tag_ == "NE"):
        return False
    if before.lower_ in ("die", "den"):
        return True
    return before.lower_ == "der" and span.start > 1 and doc[span.start - 2].tag_ == "NN"


def _whole_person_names(doc: Doc, chosen: list[Span]) -> list[Span]:
    """A person's name goes on over a doubled space ("Helmut  Kukacka", as 10kGNAD's texts have it) and never ends
    in a particle or article ("Andreas Khol von der ÖVP" names Andreas Khol)."""
    at = {s.start: s for s in chosen}
    covered = {i for s in chosen for i in range(s.start, s.end)}
    out, merged = [], set()
    for span in sorted(chosen, key=lambda s: s.start):
        if id(span) in merged:
            continue
        if span.label_ == PER:
            end = span.end
            while end > span.start + 1 and doc[end - 1].text.islower():
                end -= 1  # "von der"
            gap = doc[end] if end == span.end and end + 1 < len(doc) else None
            if gap is not None and gap.is_space and "\n" not in gap.text and doc[end + 1].is_alpha \
                    and doc[end + 1].text[:1].isupper() and (end + 1 not in covered or (
                        end + 1 in at and at[end + 1].label_ == PER)):
                rest = at.get(end + 1)
                stop = rest.end if rest is not None else end + 2
                if rest is not None:
                    merged.add(id(rest))
                surname = (rest._.kg_name or rest.text) if rest is not None else doc[end + 1].text
                name = f"{span._.kg_name or span.text} {surname}"
                out.append(_named_span(doc, span.start, stop, PER, name, span.kb_id_))
                continue
            if end < span.end:
                out.append(_named_span(doc, span.start, end, PER, doc[span.start:end].text, span.kb_id_))
                continue
        out.append(span)
    return out
