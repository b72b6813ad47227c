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

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Span, Token

from ..types import ORGANIZATION, PERSON, PLACE, STATE, EntityRef, Event
from .context import ACTORS as ACTOR_KINDS
from .context import (
    SOURCE_NOUNS,
    DocContext,
    clause_bounds,
    clause_subject,
    first_entity,
    holder_after_genitive_state,
    in_prepositional_phrase,
    pronoun_antecedent,
    sentence,
    skip_attributes,
    the_two_before,
)
from .dates import find_dates

# Head nouns (lowercase, as compound suffixes) -> event type. Longest suffix wins.
TRIGGERS = {
    "telefongespräch": "PhoneCall", "telefonat": "PhoneCall", "anruf": "PhoneCall", "telefonkonferenz": "PhoneCall",
    "treffen": "Meeting", "begegnung": "Meeting", "gespräch": "Meeting", "gespräche": "Meeting",
    "verhandlung": "Meeting", "verhandlungen": "Meeting", "zusammenkunft": "Meeting", "unterredung": "Meeting",
    "gesprächsrunde": "Meeting", "verhandlungsrunde": "Meeting",
    "gipfel": "Summit", "gipfeltreffen": "Summit", "gipfelkonferenz": "Summit",
    "pressekonferenz": "PressConference", "medienkonferenz": "PressConference", "pressebriefing": "PressConference",
    "pressegespräch": "PressConference", "pressetermin": "PressConference", "mediengespräch": "PressConference",
    "hintergrundgespräch": "PressConference", "medientermin": "PressConference",
    "waffenstillstand": "Ceasefire", "waffenruhe": "Ceasefire", "feuerpause": "Ceasefire",
    "feuereinstellung": "Ceasefire",
    "abkommen": "Agreement", "vereinbarung": "Agreement", "einigung": "Agreement", "vertrag": "Agreement",
    "verträge": "Agreement", "übereinkunft": "Agreement",
    "deal": "Agreement", "kompromiss": "Agreement", "pakt": "Agreement",
    "angriff": "Attack", "anschlag": "Attack", "attentat": "Attack", "beschuss": "Attack", "offensive": "Attack",
    "luftschlag": "Attack", "bombardierung": "Attack", "anschläge": "Attack", "luftschläge": "Attack",
    "überfall": "Attack", "bombardement": "Attack", "massaker": "Attack", "militärintervention": "Attack",
    "militäreinsatz": "Attack", "luftangriff": "Attack", "gefecht": "Attack",
    "wahl": "Election", "wahlen": "Election", "referendum": "Election", "stichwahl": "Election",
    "wahlsieg": "Election", "wahlerfolg": "Election", "wahlniederlage": "Election", "volksabstimmung": "Election",
    "besuch": "Visit", "staatsbesuch": "Visit", "antrittsbesuch": "Visit", "visite": "Visit",
    "auslandsreise": "Visit", "staatsreise": "Visit", "besuchsreise": "Visit", "ankunft": "Visit",
    "sanktion": "Sanction", "sanktionen": "Sanction", "sanktionspaket": "Sanction", "embargo": "Sanction",
    "einreiseverbot": "Sanction", "einreisesperre": "Sanction", "strafzoll": "Sanction", "strafzölle": "Sanction",
    "strafmaßnahme": "Sanction", "strafmaßnahmen": "Sanction", "exportverbot": "Sanction",
    "importverbot": "Sanction", "ausfuhrverbot": "Sanction", "einfuhrverbot": "Sanction",
    "lieferung": "Delivery", "lieferungen": "Delivery", "hilfspaket": "Delivery", "militärhilfe": "Delivery",
    "finanzhilfe": "Delivery", "finanzhilfen": "Delivery", "wirtschaftshilfe": "Delivery", "waffenhilfe": "Delivery",
    "krieg": "War", "konflikt": "War", "angriffskrieg": "War", "invasion": "Attack",
    "geiselnahme": "Attack", "entführung": "Attack",
    # other concrete occurrences the contract names no type for
    "abstimmung": "Other", "annexion": "Other", "putsch": "Other", "putschversuch": "Other", "umsturz": "Other",
    "festnahme": "Other", "festnahmen": "Other", "verhaftung": "Other", "klage": "Other", "anklage": "Other",
    "abschiebung": "Other", "ausweisung": "Sanction", "rücktritt": "Other", "amtseinführung": "Other",
    "angelobung": "Other", "vereidigung": "Other", "amtsantritt": "Other", "demonstration": "Other",
    "protest": "Other", "proteste": "Other", "streik": "Other", "blockade": "Other", "stationierung": "Other",
    "truppenabzug": "Other", "evakuierung": "Other", "hinrichtung": "Other", "manöver": "Other",
    "misstrauensvotum": "Other", "amtsenthebung": "Other", "parteitag": "Meeting", "kundgebung": "Other",
    "unruhen": "Other", "razzia": "Other", "durchsuchung": "Other", "protestaktion": "Other",
    "amnestie": "Other", "begnadigung": "Other", "verfahren": "Other", "ermittlungen": "Other", "interview": "Other",
    "fernsehdebatte": "Other", "tvdebatte": "Other", "tvduell": "Other", "fernsehduell": "Other",
    "abendessen": "Other", "staatsbankett": "Other", "briefwechsel": "Other",
    "entmachtung": "Other",
    "haftbefehl": "Other", "ermittlungsverfahren": "Other",
    "ausschluss": "Other", "sturz": "Other",
    "geldbuße": "Sanction", "geldstrafe": "Sanction", "bußgeld": "Sanction",
    "sitzung": "Meeting", "konferenz": "Meeting", "generaldebatte": "Summit",
    "podiumsdiskussion": "Meeting", "diskussionsrunde": "Meeting",
    "koalition": "Agreement",
    "zusammenstoß": "Other", "zusammenstöße": "Other", "atomtest": "Other", "raketentest": "Other",
    "atomwaffentest": "Other", "raketenstart": "Other",
    "bluttat": "Attack", "ermordung": "Attack", "freilassung": "Other", "auslieferung": "Other",
    # more of the kinds political news tell of
    "videokonferenz": "Meeting", "tagung": "Meeting", "klausur": "Meeting", "aussprache": "Meeting",
    "konsultation": "Meeting", "konsultationen": "Meeting", "meinungsaustausch": "Meeting",
    "gedankenaustausch": "Meeting", "arbeitsessen": "Meeting", "anhörung": "Meeting",
    "übereinkommen": "Agreement", "absichtserklärung": "Agreement", "friedensschluss": "Agreement",
    "friedensplan": "Agreement", "abmachung": "Agreement",
    "attacke": "Attack", "attacken": "Attack", "schießerei": "Attack", "schusswechsel": "Attack",
    "militärschlag": "Attack", "vergeltungsschlag": "Attack", "gegenschlag": "Attack", "raketenschlag": "Attack",
    "präventivschlag": "Attack", "militäroperation": "Attack", "mord": "Attack", "morde": "Attack",
    "tötung": "Attack", "amoklauf": "Attack", "einmarsch": "Attack", "bombenexplosion": "Attack",
    "kämpfe": "War", "kampfhandlungen": "War",
    "urnengang": "Election", "wahlgang": "Election", "volksbefragung": "Election",
    "reise": "Visit", "reisen": "Visit", "rundreise": "Visit", "stippvisite": "Visit",
    "boykott": "Sanction", "zoll": "Sanction", "zölle": "Sanction", "zöllen": "Sanction",  # tariffs punish a state
    "ernennung": "Other", "nominierung": "Other", "abberufung": "Other", "absetzung": "Other",
    "entlassung": "Other", "suspendierung": "Other", "machtübernahme": "Other",
    "staatsstreich": "Other", "revolte": "Other", "strafanzeige": "Other", "volksbegehren": "Other",
    "misstrauensantrag": "Other", "gefangenenaustausch": "Other", "prozess": "Other",
    "gerichtsverhandlung": "Other", "hauptverhandlung": "Other", "berufungsverhandlung": "Other",
    "abschuss": "Attack", "militärübung": "Other", "gefangennahme": "Other",
    "anschlagsserie": "Attack", "terrorakt": "Attack", "gewalttat": "Attack", "übergriff": "Attack",
    "übergriffe": "Attack", "ausschreitungen": "Other", "krawalle": "Other", "tumulte": "Other",
    "demo": "Other", "demos": "Other", "großdemo": "Other", "großdemos": "Other", "gegendemo": "Other",
    "gegendemos": "Other", "mahnwache": "Other",
    "caucus": "Election", "caucuses": "Election", "wahlwiederholung": "Election",
    "urteil": "Other", "schuldspruch": "Other", "freispruch": "Other", "haftstrafe": "Other",
    "anfechtung": "Other", "inauguration": "Other",
    "zeremonie": "Other", "festakt": "Other", "gedenkfeier": "Other", "trauerfeier": "Other",
    "begräbnis": "Other", "beisetzung": "Other", "militärparade": "Other", "regierungsumbildung": "Other",
    "memorandum": "Agreement", "videoschalte": "Meeting", "hearing": "Meeting",
    "amtseid": "Other", "inhaftierung": "Other", "einbestellung": "Other",
    "beitrittsverhandlungen": "Other", "beitrittsgespräche": "Other",  # a state's way into a union, no one meeting
    "pressestatement": "PressConference", "pressefoyer": "PressConference",
    "aufenthalt": "Visit",  # "während seines Aufenthalts in Peking"
}
NOT_TRIGGERS = ("besitzung", "grundbesitz")  # "Besitzung" is an estate, not a session
# Words that end like a trigger but name something else: "Richtervereinigung" (an association), "Reinigung".
NOT_TRIGGER_ENDS = ("vereinigung", "reinigung", "begründung", "selbstmord", "vorurteil", "vorurteile",
                    "frontalangriff", "generalangriff",  # a "Frontalangriff auf die SPÖ" is words
                    # conflicts that are no fighting
                    *(kind + "konflikt" for kind in ("interessen", "ziel", "generationen", "loyalitäts", "tarif",
                                                     "rollen", "gewissens", "koalitions", "handels")))
# What an "-offensive" compound must begin with to be an attack ("Militäroffensive", "Bodenoffensive"); the bare
# "Offensive" is one too.
MILITARY_OFFENSIVES = {"", "militär", "boden", "groß", "gegen", "luft", "frühjahr", "sommer", "herbst", "winter",
                       "panzer", "land", "raketen", "armee", "regierung", "rebellen", "bomben", "großangelegte"}
FIGHTS = ("kämpfe", "straßenkämpfe", "häuserkämpfe", "bodenkämpfe", "stellungskämpfe")
# "Prozess" is a trial, and so are these compounds; "Friedensprozess", "Reformprozess" are no occurrences.
TRIALS = ("prozess", "strafprozess", "mordprozess", "korruptionsprozess", "terrorprozess", "schauprozess",
          "gerichtsprozess", "betrugsprozess", "spionageprozess", "hochverratsprozess")
# "Regierungskreise", "Ölpreise", "Greise" end like "Reise"; an entry or exit of people is no visit.
NOT_A_JOURNEY = ("kreise", "preise", "greise", "einreise", "ausreise", "durchreise")
# A coalition is an agreement only where the text says it was made ("bildeten eine Koalition"), not
# where one is talked about ("gegen eine Koalition mit der FPÖ", "die Parteien meiner Koalition").
COALITION_VERBS = {"bilden", "eingehen", "schmieden", "schließen", "vereinbaren", "besiegeln"}
# Parts of a text that cite a treaty as a document: "Artikel 50 des EU-Vertrags".
CITED_PARTS = ("artikel", "paragraf", "paragraph", "absatz", "kapitel", "anhang", "präambel", "klausel", "wortlaut")
# Verbs of travel that make a visit when their goal is a named place or state: "kam nach Kärnten".
TRAVEL_VERBS = {"kommen", "reisen", "fliegen", "weiterreisen", "weiterfliegen"}
# The members an organization's prefix names: "NATO-Staaten", "EU-Länder".
MEMBER_NOUNS = {"staaten", "länder", "mitglieder", "mitgliedstaaten", "mitgliedsstaaten", "mitgliedsländer",
                "partner", "partnerländer", "partnerstaaten", "regierungen"}
# Verbs whose negation refuses an occurrence rather than denying it: "erkennt die Wahl nicht an".
UNACCEPTED = {"anerkennen", "akzeptieren", "hinnehmen", "billigen",
              # what is not kept, ended or broken was made: "werde die Einigung nicht aufkündigen"
              "aufkündigen", "kündigen", "brechen", "verletzen", "einhalten", "umsetzen", "aussetzen", "aufheben"}
# Verbs that list a group as terrorists, a sanction of the state that lists it: "stufte X als Terrororganisation ein".
DESIGNATING_VERBS = {"einstufen", "erklären", "deklarieren", "designieren", "listen"}
# Verbs of arriving that make a visit when a named person arrives in a named place or state.
ARRIVALS = {"eintreffen", "landen", "ankommen", "aufhalten"}
# Verbs of calling an envoy home, and the words for envoys: "rief den Botschafter zu Konsultationen zurück" is an
# occurrence of its own (a state's protest), and the consultations are its pretext, no meeting told of.
RECALLS = {"zurückrufen", "zurückbeordern", "abziehen"}
ENVOYS = ("botschafter", "botschafterin", "gesandte", "gesandten", "geschäftsträger", "geschäftsträgerin")
# Verbs of talking that tell of a meeting when the one talked with is named: "hatte mit Putin über X gesprochen".
TALKING_VERBS = {"sprechen", "reden"}
# Of those, verbs of staying that are one only with "sich": "hielt sich in Washington auf" (not "hielt X auf").
STAYS = {"aufhalten"}
RANKS = {"platz", "rang", "rängen", "plätzen", "spitze"}  # "landete auf Platz zwei", "kam an die Spitze"
CEASEFIRE_PARTS = ("waffenstillstand", "waffenruhe", "feuerpause")
ELECTIONS = ("präsidentschaftswahl", "parlamentswahl", "wahlen", "kommunalwahl", "bundestagswahl", "landtagswahl",
             "europawahl", "stichwahl", "neuwahl", "präsidentenwahl", "regionalwahl", "nationalratswahl",
             "wiederwahl", "gemeinderatswahl", "bürgermeisterwahl", "kanzlerwahl", "vorwahl", "urwahl", "direktwahl",
             "gemeindewahl", "senatswahl", "kongresswahl", "zwischenwahl", "parlamentsneuwahl",
             "bundespräsidentenwahl", "bundespräsidentschaftswahl", "hofburgwahl", "gouverneurswahl", "ratswahl",
             "tagswahl", "vertretungswahl", "kammerwahl", "hauswahl", "provinzwahl", "lokalwahl")
# Verbs that report an event themselves: "telefonierte mit", "trafen sich".
VERB_TRIGGERS = {"telefonieren": "PhoneCall", "anrufen": "PhoneCall", "treffen": "Meeting", "besuchen": "Visit",
                 "liefern": "Delivery",
                 "angreifen": "Attack", "attackieren": "Attack", "bombardieren": "Attack", "beschießen": "Attack",
                 "töten": "Attack", "erschießen": "Attack", "ermorden": "Attack", "anschießen": "Attack",
                 "niederschießen": "Attack", "umbringen": "Attack", "abfeuern": "Attack", "überfallen": "Attack",
                 "empfangen": "Meeting", "zusammentreffen": "Meeting",
                 "verhandeln": "Meeting", "zurücktreten": "Other",
                 "sanktionieren": "Sanction", "wählen": "Election", "wiederwählen": "Election",
                 "beauftragen": "Other", "betrauen": "Other", "begnadigen": "Other", "ernennen": "Other",
                 "entlassen": "Other", "festnehmen": "Other", "verhaften": "Other", "ausweisen": "Sanction",
                 "einigen": "Agreement", "verständigen": "Agreement", "vereinbaren": "Agreement",
                 "entführen": "Attack",
                 "einmarschieren": "Attack", "tagen": "Meeting", "zusammenkommen": "Meeting",
                 "konferieren": "Meeting", "zusammensetzen": "Meeting", "beraten": "Meeting",
                 "zusammensitzen": "Meeting",
                 "abschießen": "Attack", "ausliefern": "Other", "freilassen": "Other",
                 # HanTa lemmatizes "angelobt" as "anloben"
                 "angeloben": "Other", "anloben": "Other", "vereidigen": "Other", "abstimmen": "Other",
                 "einbestellen": "Other", "annullieren": "Other", "entheben": "Other", "entbinden": "Other"}
# "X und Y einigten sich auf ein Abkommen": the verb of agreeing makes its subjects parties of the event noun after
# "auf"; without one it is itself the agreement ("einigten sich auf eine Reform").
AGREEING_VERBS = {"einigen", "verständigen"}
# "X und Y trafen sich zu einem Gipfel": the verb of meeting is an event of the kind of the noun after "zu".
GATHERING_VERBS = {"treffen", "zusammenkommen", "zusammentreffen", "versammeln"}
# Verbs that report an event in the passive only: "X wurde zu drei Jahren Haft verurteilt" (but "Merkel
# verurteilte den Angriff" condemns), "die Zentrale wurde gestürmt".
PASSIVE_TRIGGERS = {"verurteilen", "durchsuchen", "stürmen", "verschleppen", "inhaftieren", "abschieben", "entheben",
                    "entbinden", "suspendieren", "absetzen", "anklagen", "freisprechen", "verbieten", "sperren",
                    "beschlagnahmen", "entmachten", "stürzen", "hinrichten", "exekutieren", "auspeitschen",
                    "ausbürgern", "enteignen"}
# Participles used as adjectives that tell of an event done to what they qualify: "der im Mai festgenommene
# Oppositionsführer X", "die von Russland annektierte Halbinsel" (lemma of the adjective -> type).
PARTICIPLES = {"festgenommen": "Other", "verhaftet": "Other", "inhaftiert": "Other", "verurteilt": "Other",
               "abgeschoben": "Other", "ausgewiesen": "Other", "begnadigt": "Other", "annektiert": "Other",
               "entführt": "Attack", "verschleppt": "Attack", "ermordet": "Attack", "getötet": "Attack",
               "erschossen": "Attack", "angegriffen": "Attack", "bombardiert": "Attack", "beschossen": "Attack",
               "sanktioniert": "Sanction"}
# Verbs whose one named subject is the whole event: "X trat am Montag zurück".
# Verbs of meeting or calling whose one named party is enough: "X telefonierte mit dem Premier".
MET = {"zusammentreffen", "zusammenkommen", "telefonieren", "anrufen"}  # "rief den Wahlsieger an"
SOLO_VERBS = {"zurücktreten", "tagen", "abstimmen"}  # "Der Landtag tagte am Dienstag"
ARRESTS = {"festnehmen", "verhaften", "ausweisen", "entlassen", "begnadigen", "freilassen", "ausliefern", "angeloben",
           "anloben", "vereidigen", "einbestellen"}
# Letters, and the verbs that send them: a letter sent is an event ("schickte ihm einen Brief").
LETTERS = ("brief", "briefe", "schreiben")
SENDING_VERBS = {"schicken", "senden", "übersenden", "übermitteln", "überbringen", "überreichen", "zustellen",
                 "richten"}
# Verbs whose object event their subject takes part in ("Klage einreichen", "ein Abkommen unterzeichnen").
# (the verbs of sending a letter are of them: their subject, also a pronoun, sent it)
LIGHT_VERBS = {*SENDING_VERBS, "einreichen", "erheben", "verhängen", "schließen", "unterzeichnen", "führen",
               "abhalten", "starten", "beginnen", "vereinbaren", "aushandeln", "besiegeln", "beschließen",
               "durchführen", "verüben",
               "fliegen", "organisieren", "ausrufen", "abschließen", "eröffnen", "verlängern", "erhalten",
               "bekommen", "kassieren", "gewinnen", "verlieren", "stellen", "paktieren", "einladen",
               "laden", "einleiten", "veranstalten", "einberufen", "unternehmen", "ausrichten", "anstrengen",
               "ratifizieren", "unterschreiben", "geben", "fortsetzen", "fortführen", "aufnehmen", "wiederaufnehmen",
               "reklamieren", "verkünden",
               # the parties of a ceasefire or an agreement keep, break, suspend or end it
               "brechen", "verletzen", "einhalten", "respektieren", "aufkündigen", "kündigen", "aussetzen"}
# An election's results name who took part: "Bei der Wahl hatte die PP 119 Mandate gewonnen",
# "Die PSOE kam auf 89 Sitze, Podemos stellt 65".
ROUNDS = ("runde", "durchgang", "wahlgang")  # the part of an election that results are told of
RESULT_NOUNS = ("prozent", "stimmen", "mandat", "mandate", "mandaten", "sitz", "sitze", "sitzen", "wählerstimmen")
RESULT_VERBS = {"gewinnen", "verlieren", "siegen", "erreichen", "erzielen", "holen", "verfehlen", "verpassen",
                "scheitern", "antreten", "kandidieren", "landen", "stellen", "durchsetzen", "unterliegen",
                "triumphieren", "zulegen", "einbüßen"}
# Who won or lost an election took part in it.
WINNERS = ("sieger", "siegerin", "gewinner", "gewinnerin", "verlierer", "verliererin")
RESULT_SENTENCES = 8  # sentences after an election mention that may report its results (a report may first
# tell of the count or of objections: "Zehn Tage nach der Wahl liegt das Endergebnis vor ...")
# Words for the vote itself, which in the sentences after an election's mention is that election.
SAME_VOTE = ("urnengang", "wahlgang")
# Elections the text only considers are no events ("mögliche Wahlen im Donbass").
HYPOTHETICAL = ("möglich", "etwaig", "eventuell", "allfällig", "denkbar", "hypothetisch", "geplant")
# Participles of verbs that make an event, used before it: "das geschlossene Abkommen".
MAKING_PARTICIPLES = {"geschlossen", "unterzeichnet", "vereinbart", "ausgehandelt", "besiegelt", "beschlossen",
                      "organisiert", "veranstaltet", "einberufen", "abgehalten", "durchgeführt", "verübt", "verhängt",
                      "gestartet", "eingeleitet", "angestrengt", "eingereicht", "erhoben", "ausgerufen",
                      "abgeschlossen", "ratifiziert", "unterschrieben", "angeordnet", "initiiert", "geführt"}
MAKERS = ("von", "vom", "durch", "zwischen", "mit")
# Nouns of demanding: "Forderung nach", "Ruf nach", "Druck für".
DEMANDS = {"Forderung", "Forderungen", "Ruf", "Rufe", "Druck", "Wunsch", "Appell", "Aufruf"}
# Adjectives of attacks made in words.
VERBAL = ("verbal", "scharf", "heftig", "persönlich", "rhetorisch", "wüst", "untergriffig")
# Adjectives that make any occurrence one only feared or considered.
UNREAL = ("drohend", "möglich", "etwaig", "eventuell", "allfällig", "denkbar", "hypothetisch", "befürchtet",
          "angedroht", "potenziell", "potentiell")
# Verbs whose object is an election only hoped for or demanded: "hoffe auf eine Wiederwahl", "wollen
# Neuwahlen durchsetzen", "fordert Neuwahlen".
FEARS = {"Angst", "Sorge", "Sorgen", "Furcht", "Warnung", "Warnungen", "Befürchtung", "Befürchtungen"}
WISH_VERBS = {"hoffen", "fordern", "verlangen", "anstreben", "wünschen", "durchsetzen", "erzwingen", "erwirken",
              "bemühen", "vorschlagen", "anbieten", "werben"}
# Verbs that call something by what it is taken for: "kritisierten die Ankündigung als Angriff auf das Völkerrecht".
CHARACTERIZING = {"bezeichnen", "kritisieren", "verurteilen", "werten", "sehen", "betrachten", "empfinden",
                  "brandmarken", "einstufen", "interpretieren", "verstehen", "darstellen", "beschreiben"}
WEEKDAYS = {"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "sonnabend"}  # "am Montag"
INSISTING = {"bestehen", "drängen", "pochen", "beharren", "dringen"}  # "bestehen auf", "drängen auf"
VOTING_VERBS = {"stimmen", "votieren", "plädieren"}  # "stimmte für einen Freispruch": one voice, no verdict
POSSIBLE = {"könne", "könnte", "könnten", "dürfte", "dürften"}  # modals of what may happen
READY = {"bereit", "offen", "gewillt", "willens"}  # "sei zu weiteren Gesprächen bereit": none has taken place
# Armed men of a state: "malische Soldaten", "russische Truppen", "ukrainische Streitkräfte".
TROOPS = ("soldat", "truppe", "truppen", "streitkraft", "streitkräfte", "armee", "militär", "luftwaffe", "marine",
          "sicherheitskraft", "sicherheitskräfte", "kampfjet", "kampfflugzeug", "kämpfer", "milizionär", "rebell",
          "terrorist", "extremist", "dschihadist", "jihadist", "angreifer", "attentäter")
# Verbs that call their object to an event their subject holds: "lud die Lehrer zu einem Treffen".
INVITING_VERBS = {"einladen", "laden", "bitten", "rufen"}
# Words for one kind of occurrence: "festgenommen" and "verhaftet" in one text tell of one arrest.
SAME_KIND = {"verhaften": "festnehmen", "festnahme": "festnehmen", "festnahmen": "festnehmen",
             "verhaftung": "festnehmen", "inhaftieren": "festnehmen", "inhaftierung": "festnehmen",
             "militärübung": "manöver", "rückruf": "zurückrufen", "zurückbeordern": "zurückrufen",
             # "vor seiner Reise ... beim Staatsbesuch in China": one journey
             **dict.fromkeys(("staatsbesuch", "antrittsbesuch", "besuchsreise", "auslandsreise", "staatsreise",
                              "reise", "reisen", "rundreise", "visite", "stippvisite", "eintreffen", "landen",
                              "ankommen", "ankunft", "aufenthalt", "aufhalten"), "besuch")}
# Adjectives that count an occurrence as another one: "ein zweiter Anschlag", "weitere Angriffe".
ANOTHER = ("zweit", "dritt", "viert", "weiter", "erneut")
# Verbs whose subject takes part in the event after "an": "nahmen am Gipfel teil".
PARTAKING = {"teilnehmen", "beteiligen", "mitwirken", "mitmachen"}
# Events that who frames a clause with them took part in: "Nach dem Treffen mit X sagte Y".
ENCOUNTERS = {"Meeting", "PhoneCall", "Visit", "PressConference", "Summit"}
# Words before "zu" that set what the clause tells beside an occurrence, not in it ("parallel zu dem Treffen").
ALONGSIDE = {"parallel", "zusätzlich", "ergänzend", "gegenüber", "analog", "alternativ"}
# Prepositions by which an occurrence frames what a clause reports (not "zu einem Besuch erwartet").
FRAMES = {"bei", "nach", "während", "seit", "durch", "in"}
TAKING_PART_SENTENCES = 2  # sentences back to the meeting a bare "nahmen X und Y teil" tells more of
MERGE_LOOKBACK = 40  # events back within which a mention may repeat an earlier event
PARTICIPANT_PREPS = {"mit", "zwischen", "gegen", "an", "von", "durch", "für"}
ATTACK_PREPS = PARTICIPANT_PREPS | {"auf"}
SUFFIXES = sorted(TRIGGERS, key=len, reverse=True)
SUFFIX_LENGTHS = sorted({len(word) for word in TRIGGERS}, reverse=True)
# Who makes up a summit's delegations (with the foreign ministers).
SUMMIT_OFFICE_KINDS = ("head_of_state", "head_of_government")
# Forums of heads of state and government: whenever they meet, it is a summit.
SUMMIT_FORUMS = {"g7", "g20", "g8"}


@lru_cache(maxsize=65536)  # a pure function of the word, asked for every noun
def event_type(word: str) -> str | None:
    """The event type a (compound, inflected) noun names, or None: "Besuchs" -> Visit."""
    low = word.lower().replace("-", "")
    forms = [low]
    for ending in ("es", "s", "en", "n", "e"):  # genitive and plural endings: "Gipfels", "Angriffen"
        if low.endswith(ending) and len(low) - len(ending) >= 4:
            forms.append(low[: -len(ending)])
    if low.startswith(NOT_TRIGGERS) or any(form.endswith(NOT_TRIGGER_ENDS) for form in forms):
        return None
    for form in forms:
        for length in SUFFIX_LENGTHS:  # the longest trigger the form ends with, looked up by length
            suffix = form[len(form) - length:]
            if length > len(form) or suffix not in TRIGGERS:
                continue
            if any(part in form for part in CEASEFIRE_PARTS):
                return "Ceasefire"
            if suffix in ("reise", "reisen") and form.removesuffix("n").endswith(NOT_A_JOURNEY):
                return None
            if suffix in ("demo", "demos") and form not in ("demo", "demos") and "-" not in word:
                return None  # "Podemos" ends like "Demos"
            if suffix == "kämpfe" and form not in FIGHTS:
                return None  # "Machtkämpfe", "Wahlkämpfe", "Richtungskämpfe" are no war
            if suffix == "offensive" and form[: -len(suffix)].removesuffix("s") not in MILITARY_OFFENSIVES:
                return None  # "Medienoffensive", "Charmeoffensive", "Bildungsoffensive" attack nobody
            if suffix == "prozess" and form not in TRIALS and not word.lower().rsplit("-", 1)[-1].startswith(TRIALS):
                return None  # "Strache-Prozess" is a trial too
            named = word.lower().endswith(("-wahl", "-wahlen")) or form in ("wahl", "wahlen")
            if suffix in ("wahl", "wahlen") and not form.endswith(ELECTIONS) and not named:
                return None  # "Auswahl", "Qualwahl": not elections (but a named "Wien-Wahl" is)
            return TRIGGERS[suffix]
    return None


def extract_events(ctx: DocContext) -> list[Event]:
    """Events with named participants, merged within the document.

    Mentions of one type are merged when one's participants include the other's ("Gipfel mit
    Putin" and "Trump-Putin-Gipfel"); a mention without participants ("der Gipfel in Alaska")
    only adds its place and date to the latest event of its type.
    """
    events: list[Event] = []
    located: set[int] = set()  # events with no participants that the text places ("Unruhen in Burundi")
    another: set[int] = set()  # mentions the text counts as another occurrence ("bei einem zweiten Anschlag")
    definite: set[int] = set()  # mentions with a definite article, which may name an event told of before
    joined: set[int] = set()  # the event told of before that a clause's subjects join ("schlossen sich ... an")
    parties: dict[int, list[EntityRef]] = {}  # the parties an election's sentence names
    talks: tuple[Token, Event] | None = None  # the last talks with named parties, which an agreement may be about
    for token in ctx.doc:
        etype = None
        # the tagger reads a noun before a quoted foreign name as foreign material ("das Großmanöver „Sapad 2025“")
        if token.tag_ in ("NN", "NE", "FM", "") and token.text[:1].isupper() and not ctx.entity(token):
            etype = event_type(token.text) or _round_table(token) or _claimed_deed(token) or _joint_declaration(token) \
                or _before_the_press(token) \
                or _envoy_recall(token) or _letter_sent(token)
        elif token.pos_ == "VERB" and token.lemma_ in VERB_TRIGGERS and not _infinitive_with_zu(token) and not (
                _intended(token)):
            etype = VERB_TRIGGERS[token.lemma_]
        elif token.pos_ == "VERB" and token.lemma_ in PASSIVE_TRIGGERS and _passive(token) and _sentenced(token) and (
                not _modal_clause(token, passive=True)) or _sentenced_active(token) or _investigated(ctx, token) or (
                _body_voted(ctx, token)):
            etype = "Other"
        elif token.pos_ == "VERB" and token.lemma_ in DESIGNATING_VERBS and _designated_terrorists(token):
            etype = "Sanction"
        elif token.pos_ == "VERB" and token.lemma_ in TRAVEL_VERBS and _travel_goal(ctx, token):
            etype = "Visit"
        elif token.pos_ == "VERB" and token.lemma_ in ARRIVALS and _arrived(ctx, token) or _expected_in(ctx, token):
            etype = "Visit"
        elif token.pos_ == "VERB" and token.lemma_ in TALKING_VERBS and _talked_with(ctx, token):
            etype = "Meeting"
        elif token.pos_ == "VERB" and token.lemma_ in RECALLS and _envoy_recall(token):
            etype = "Other"
        elif token.pos_ == "VERB" and token.lemma_ == "sprengen" and _blown_up(token):
            etype = "Attack"  # "hatte sich vor dem Stadion in die Luft gesprengt"
        elif token.tag_ == "ADJA" and token.lemma_.lower() in PARTICIPLES:
            participle = _participle_event(ctx, token, PARTICIPLES[token.lemma_.lower()])
            if participle is not None:
                events.append(participle)
            continue
        court = _court_heard_before(ctx, token) if etype == "Meeting" and _head(token.text) == "verhandlung" else None
        if court is not None:
            etype = "Other"  # "die Verhandlung vor dem Obersten Gerichtshof": a hearing, not talks
        if etype == "Delivery" and token.pos_ != "VERB" and _stopped(token):
            etype = "Other"  # "die Militärhilfe für die Ukraine auszusetzen": a suspension, no delivery
        if etype is None or _negated(token) or _document_part(token) or _office_complement(ctx, token) or (
                _conditional(token)):
            continue
        if token.pos_ == "VERB" and token.lemma_ in AGREEING_VERBS and _agreed_on_event(token):
            continue  # the event noun after "auf" is the event
        if token.pos_ == "VERB" and token.lemma_ in GATHERING_VERBS:
            # "trafen sich zu einem Dreiergipfel": the kind of meeting is the event noun's after "zu"
            etype = next((event_type(t.text) for t in _clause(token)
                          if t.tag_ == "NN" and event_type(t.text) and _gathering_verb(t) == token), etype)
        if token.pos_ == "VERB" and token.lemma_ == "beraten" and not any(
                t.lower_ in ("über", "mit") for t in _clause(token)):
            continue  # "X und Y berieten über die Krise" meet; "X berät die Regierung" advises it
        if token.pos_ == "VERB" and token.lemma_ == "vereinbaren" and _event_object(token):
            continue  # "vereinbarten eine Waffenruhe": the noun is the event, the verb makes them its parties
        if token.i > 0 and token.doc[token.i - 1].lower_ == "aus" and _head(token.text) in PROTESTS:
            continue  # "verließ aus Protest den Saal": a motive
        if token.pos_ == "VERB" and token.lemma_ in ("entheben", "entbinden") and not any(t.lower_.startswith(
                ("amt", "ämter", "posten", "funktion")) for t in _clause(token)):
            continue  # "seines Amtes enthoben" removes from office; "von der Schweigepflicht entbunden" does not
        if token.pos_ == "VERB" and token.lemma_ == "anrufen" and _appealed_body(ctx, token):
            continue  # "ruft die Türkei den UN-Sicherheitsrat an": an appeal to a council or court, no call
        if token.pos_ == "VERB" and token.lemma_ == "treffen" and (_passive(token) or _support_verb_object(token)):
            continue  # "Militärobjekte seien getroffen worden" were hit; "traf eine Entscheidung" decided
        if token.pos_ == "VERB" and token.lemma_ == "abstimmen" and _reflexive(token):
            continue  # "Merkel stimmte sich mit Hollande ab": coordinating, not voting
        if token.pos_ == "VERB" and token.lemma_ == "zusammensetzen" and (not _reflexive(token) or _consists(token)):
            continue  # "X und Y setzten sich zusammen" meet; "Die Regierung setzt sich aus X und Y zusammen" does not
        if _coalition(token) and not _coalition_made(ctx, token):
            continue
        if _coordination(token) or _recalled_for(token):
            continue
        event = _event_at(ctx, token, etype)
        if court is not None and (hit := ctx.entity(court)) is not None:
            event = _with_participants(event, [hit[1]])  # the court named: "vor dem Obersten Gerichtshof der USA"
        if etype == "Other" and token.lower_ in LETTERS:  # the sender, the addressee and the carrier: all named
            event = _with_participants(event, _actors_in_clause(ctx, token))
        if etype == "War" and not event.participants and _the_war(token):
            event = _with_participants(event, _known_war_sides(ctx))
        if etype in ("Ceasefire", "Agreement") and not event.participants and talks is not None \
                and _talked_about(token, talks[0]):
            # "Verhandlungen zwischen Israel und der Hamas über eine Waffenruhe": its parties are the talks'
            event = _with_participants(event, list(talks[1].participants))
        if etype == "Meeting" and token.pos_ != "VERB" and event.participants:
            talks = (token, event)
        if _interview(ctx, token, event):
            continue
        if token.pos_ == "VERB" and etype == "Visit" and not _visitor(ctx, token):
            continue  # "Kampfjets besuchen Litauen": a visit needs a named visitor
        if token.pos_ == "VERB" and etype == "Attack" and not event.participants and _passive(token):
            located.add(id(event))  # "wurde ein 19-jähriger Israeli angeschossen": an attack, its sides unnamed
        elif token.pos_ == "VERB" and len(event.participants) < 2 and not (
                event.participants and (_elected_to(token) or etype in ("Attack", "Visit") or (
                    token.lemma_ in MET | TRAVEL_VERBS | SOLO_VERBS | ARRIVALS) or _met_with(token) or (
                    _agreed_with(ctx, token, event)) or (
                    _done_to_one(ctx, token, event)) or _arrested(ctx, token) or _investigated(ctx, token) or (
                    _body_voted(ctx, token)))):
            continue  # "Putin traf ..." without whom: too vague to be an event
        if token.pos_ != "VERB" and (_unreal(token) or _risked(token) or etype == "Attack" and _verbal(token) or (
                etype != "Election" and _wished(token))):
            continue
        if etype in ("Agreement", "Ceasefire") and token.pos_ != "VERB" and any(
                t.lemma_ == "scheitern" for t in _clause(token)):
            continue  # "Eine gemeinsame Erklärung scheiterte am Widerstand Ungarns": none was made
        if token.pos_ != "VERB" and (etype == "Election" or _referendum(token.text)) and _hypothetical(token):
            continue  # "Über das Abkommen soll in einem Referendum abgestimmt werden"
        if etype == "Election" and token.pos_ != "VERB" and _indefinite(token) and not (event.date or event.place):
            continue  # "so hoch wie nie zuvor bei einer Stichwahl": an election of that kind, none in particular
        if etype == "Election" and token.pos_ != "VERB":
            event = _with_results(ctx, token, event)
            parties[id(event)] = _parties_in(ctx, sentence(token))  # joined after merging: they do not tell
        if not event.participants and event.place and _placed_by_next_words(ctx, token, event.place) and not (
                _definite(token)):
            located.add(id(event))
        if not event.participants and etype == "War" and token.pos_ != "VERB" and (
                _delimited(token) or _named_war(ctx, token)):
            located.add(id(event))
        if not event.participants and event.place is not None and _head(token.text) in PROTESTS:
            located.add(id(event))  # "Bei den Protesten in Belgrad", "kam es in Belgrad zu Protesten": crowds
        if token.pos_ != "VERB" and (_another(token) or _framing_indefinite(token) and (
                event.participants or etype == "Attack")):  # "Bei einem Messerangriff verletzte ein Mann ..."
            another.add(id(event))
        elif token.pos_ != "VERB" and _joined(token) and _definite(token):
            joined.add(id(event))
        elif token.pos_ != "VERB" and _definite(token) and etype in REFERRED_BACK:
            definite.add(id(event))
        events += _separate_calls(ctx, token, event) if etype == "PhoneCall" else [event]
    events = _with_those_taking_part(ctx, events)
    merged: list[Event] = []
    merged_parties: list[list[EntityRef]] = []
    for event in events:
        # the latest mergeable event among the last few (a long text would make this quadratic)
        lookback = range(len(merged) - 1, max(-1, len(merged) - 1 - MERGE_LOOKBACK), -1)
        target = None if id(event) in another else next((i for i in lookback if _mergeable(merged[i], event)), None)
        if id(event) in joined:  # those who join the talks join the talks told of last
            target = next((i for i in lookback if merged[i].type == event.type), target)
        if target is None and id(event) in definite:
            target = next((i for i in lookback if _referred_back(merged[i], event)), None)
        if target is None:
            # an attack is an occurrence even when the text names no side: "Bei dem Anschlag starben drei"
            if event.participants or _concrete_election(event) or id(event) in located | another or (
                    event.type == "Attack" and event.trigger[:1].isupper()) or (
                    # "die größten Proteste in der Geschichte des Landes": crowds, though the text names no one
                    event.type == "Other" and event.trigger[:1].isupper() and _head(event.trigger) in PROTESTS):
                merged.append(event)
                merged_parties.append(list(parties.get(id(event), ())))
            continue
        old = merged[target]
        if not event.participants and event.place and old.place and old.place != event.place:
            # "der zweite Gipfel in Budapest": the same kind of meeting of the same parties, elsewhere
            merged.append(Event(event.type, event.trigger, event.sentence, old.participants, event.date, event.place))
            merged_parties.append(list(parties.get(id(event), ())))
            continue
        merged_parties[target] += parties.get(id(event), ())
        old = merged[target]
        participants = old.participants + tuple(p for p in event.participants if p not in old.participants)
        merged[target] = Event(old.type, old.trigger, old.sentence, participants, old.date or event.date,
                               old.place or event.place)
    merged = [_with_participants(event, extra) for event, extra in zip(merged, merged_parties, strict=True)]
    merged = _summit_delegations(ctx, merged)
    merged = [_with_principals(ctx, event) for event in merged]
    return [_with_candidates(ctx, event) if event.type == "Election" else event for event in merged]


def _with_principals(ctx: DocContext, event: Event) -> Event:
    """ "Irans Außenminister X und IAEA-Generaldirektor Y unterzeichneten die Vereinbarung": who acts in an office
    the text ties to a state or organization acts for it, so that state or organization takes part too (not for a
    former office; nor an envoy, whose office's state may be the one he is sent to)."""
    persons = [p for p in event.participants if p.kind == PERSON]
    principals = [ref for position in ctx.positions if position.holder in persons and not position.qualifier
                  and not position.office.lower().startswith(ENVOYS)  # an ambassador's state: sender or host?
                  for ref in (position.state, position.organization) if ref is not None]
    return _with_participants(event, principals)


def _office_lemma(ctx: DocContext, office: str) -> str:
    """ "Außenministerin" -> "außenminister": the office's masculine lemma, lower case."""
    known = ctx.gaz.office_of(office)
    return (known[0] if known else office).lower()


def _summit_delegations(ctx: DocContext, events: list[Event]) -> list[Event]:
    """The one summit a text tells of is attended by the heads of state and government and the foreign ministers
    the text names as such ("Gastgeber war Präsident Lula ... ließ sich von Ministerpräsident Li Qiang vertreten
    ... die Delegation leitete Außenminister Sergej Lawrow"): a summit is their meeting, whoever of them the
    sentence of the word "Gipfel" names. A text of several summits leaves each its own."""
    summits = [k for k, event in enumerate(events) if event.type == "Summit"]
    if len(summits) != 1:
        return events
    leaders = [p.holder for p in ctx.positions if p.holder.kind == PERSON and not p.qualifier and (
        ctx.office_kind(p.office) in SUMMIT_OFFICE_KINDS or _office_lemma(ctx, p.office).endswith("außenminister"))]
    k = summits[0]
    events[k] = _with_participants(events[k], list(dict.fromkeys(leaders)))
    return events


def _with_those_taking_part(ctx: DocContext, events: list[Event]) -> list[Event]:
    """ "Die G7-Außenminister trafen sich in Charlevoix. Neben Rubio nahmen Baerbock, Barrot und Lammy teil.": who
    takes part in a clause that names no event ("an dem Treffen" makes its own) takes part in the last meeting,
    summit or press conference of the sentences before (TAKING_PART_SENTENCES)."""
    out = list(events)
    for token in ctx.doc:
        if token.lemma_ != "teilnehmen" or token.tag_ != "VVFIN":
            continue
        start, end, _ = clause_bounds(token)
        if any(t.lower_ in ("an", "am") for t in ctx.doc[start:end]):
            continue  # "nahm an einem Essen teil": the event it names, or one that is none
        index = ctx.sentence_of(token)
        target = next((k for k in range(len(out) - 1, -1, -1) if out[k].type in ("Meeting", "Summit", "PressConference")
                       and index - TAKING_PART_SENTENCES <= out[k].sentence <= index), None)
        if target is None:
            continue
        actors = [hit[1] for t in ctx.doc[start:end] if (hit := ctx.entity(t)) and hit[0].start == t.i
                  and hit[1].kind in ACTOR_KINDS]
        out[target] = _with_participants(out[target], actors)
    return out


def _separate_calls(ctx: DocContext, token: Token, event: Event) -> list[Event]:
    """ "telefonierte mit X sowie mit Y": a "mit" of its own for each partner tells of one call with each."""
    doc = ctx.doc
    start, end, _ = clause_bounds(token)
    partners: list[EntityRef] = []
    for i in range(start, end - 1):
        if doc[i].lower_ != "mit" or doc[i - 1].lower_ in ("gemeinsam", "zusammen"):
            continue  # HanTa tags some "mit" as an adverb; "gemeinsam mit X": X calls too, no partner of its own
        k = skip_attributes(doc, i + 1, 1, i + 1, ctx)  # "mit dem indischen Sicherheitsberater X"
        hit = ctx.entity(doc[k]) if k < end else None
        if hit and hit[1] in event.participants and hit[1] not in partners:
            partners.append(hit[1])
    if len(partners) < 2:
        return [event]
    callers = tuple(p for p in event.participants if p not in partners)
    return [replace(event, participants=callers + (partner,)) for partner in partners]


def _with_participants(event: Event, participants: list[EntityRef]) -> Event:
    """The event with the participants it does not have yet, in order, once each."""
    extra = tuple(p for p in dict.fromkeys(participants) if p not in event.participants)
    return replace(event, participants=event.participants + extra) if extra else event


def _with_candidates(ctx: DocContext, event: Event) -> Event:
    """The candidates the text names take part in its election: "Präsidentschaftskandidat X" in the presidential
    election (or one of no named kind), "Spitzenkandidat Y" in any."""
    kind = _election_kind(event.trigger)
    return _with_participants(event, [person for person, office in ctx.candidates.items()
                                      if not kind or _candidacy_kind(office) in ("", kind[:6])])


def _candidacy_kind(office: str) -> str:
    """ "Präsidentschaftskandidat" -> "präsid" (the first letters an election's kind shares with it:
    "Präsidentenwahl"); "Spitzenkandidat", "Oppositionskandidat" -> "" (any election)."""
    stem = office.rsplit("-", 1)[-1].lower()
    stem = stem[: stem.rfind("kandidat")]
    return stem[:6] if stem.startswith(("präsident", "kanzler", "bürgermeister", "gouverneur")) else ""


def _participle_event(ctx: DocContext, token: Token, etype: str) -> Event | None:
    """ "der im Mai festgenommene Oppositionsführer X": an event with the actor the participle qualifies (a
    name, or a name after its title) and the agent "von Y" before it ("die von Russland annektierte Krim")."""
    doc = ctx.doc
    sent = sentence(token)
    k = token.i + 1
    while k < sent.end and doc[k].tag_ in ("ADJA", "NN") and not ctx.entity(doc[k]) and k <= token.i + 3:
        k += 1
    hit = ctx.entity(doc[k]) if k < sent.end else None
    participants = [hit[1]] if hit and hit[1].kind in ACTOR_KINDS else []
    i = token.i - 1
    while i > sent.start and doc[i].tag_ not in ("ART", "APPR", "APPRART", "$,") and token.i - i < 8:
        i -= 1
    for j in range(i, token.i):
        agent = ctx.entity(doc[j])
        if agent and agent[1].kind in ACTOR_KINDS and doc[j - 1].lower_ in ("von", "vom", "durch"):
            participants.append(agent[1])
    if not participants:
        return None
    return Event(type=etype, trigger=token.text, sentence=ctx.sentence_of(token),
                 participants=tuple(dict.fromkeys(participants)), date=_date_near(ctx, token, sent),
                 place=_place(ctx, token, sent))


def _passive(verb: Token) -> bool:
    """ "X wurde am Montag festgenommen": a participle with a form of "werden" in its clause; what was done
    to the one person named is an event of its own."""
    if verb.tag_ != "VVPP":
        return False
    start, end, _ = clause_bounds(verb)
    return any(t.lemma_ == "werden" and t.pos_ == "AUX" for t in verb.doc[start:end])


def _done_to_one(ctx: DocContext, verb: Token, event: Event) -> bool:
    """ "Der Oppositionsführer X wurde am Montag festgenommen": an arrest, a sentence, a search in the passive
    is an event with the one actor it was done to, when the clause names it (not "weil er verurteilt wurde").
    A sentence to what the text names as an event of its own ("zu einer Geldbuße verurteilt") is that event."""
    if not (verb.lemma_ in PASSIVE_TRIGGERS or verb.lemma_ in ARRESTS) or not _passive(verb):
        return False
    start, end, opener = clause_bounds(verb)
    # "Er wurde im November festgenommen": the subject pronoun stands for the one named before
    pronoun = any(t.tag_ == "PPER" and t.lower_ in ("er", "sie") and pronoun_antecedent(ctx, t) == event.participants[0]
                  for t in ctx.doc[start:verb.i])
    # "Die Bürgermeisterin von Cizre, Leyla Imret, ist ... entbunden worden": the apposition before a main clause
    apposition = opener is None and start > sentence(verb).start and clause_subject(ctx, verb) == event.participants[0]
    return bool(ctx.mentions_between(event.participants[0], start, end)) or pronoun or apposition or _relative_to(
        ctx, opener, event)


def _relative_to(ctx: DocContext, opener: Token | None, event: Event) -> bool:
    """ "Der Geschäftsträger X, der ins Außenministerium einbestellt wurde": a relative clause right after its
    one participant's name is about that name."""
    if opener is None or opener.tag_ != "PRELS" or opener.i < 2 or ctx.doc[opener.i - 1].text != ",":
        return False
    hit = ctx.entity(ctx.doc[opener.i - 2])
    return hit is not None and hit[1] == event.participants[0]


def _arrested(ctx: DocContext, verb: Token) -> bool:
    """ "Die Polizei nahm den Politiker X fest": an arrest of a named object by an unnamed subject."""
    if verb.lemma_ not in ("festnehmen", "verhaften", "inhaftieren", "abschieben", "ausweisen", "verurteilen") or (
            verb.tag_ != "VVFIN"):
        return False
    start, _, _ = clause_bounds(verb)
    named_before = any(ctx.entity(t) and ctx.entity(t)[1].kind in ACTOR_KINDS for t in ctx.doc[start:verb.i])
    return not named_before and bool(_objects(ctx, verb))


# What a court sentences someone to: "zu fünf Jahren Haft", "zum Tode", "zu einer Geldstrafe".
PENALTIES = ("haft", "jahr", "monat", "gefängnis", "tod", "geldstrafe", "strafe", "arbeitslager", "zuchthaus")


def _sentenced_active(verb: Token) -> bool:
    """ "Ein Gericht verurteilte ihn zu fünf Jahren Haft": the active finite verb with a penalty after it (not
    "Merkel verurteilte den Angriff", which condemns)."""
    if verb.lemma_ != "verurteilen" or verb.tag_ != "VVFIN":
        return False
    _, end, _ = clause_bounds(verb)
    doc = verb.doc
    to = next((i for i in range(verb.i + 1, end) if doc[i].lower_ in ("zu", "zur", "zum")), None)
    return to is not None and any(t.lower_.startswith(PENALTIES) or t.lower_.endswith(("haft", "strafe"))
                                  for t in doc[to + 1:min(end, to + 6)])


def _body_voted(ctx: DocContext, verb: Token) -> bool:
    """ "Der Bundestag stimmte am Freitag für das Gesetz": a named body's vote for or against something is an
    event (not a person's: "Y stimmte für einen Freispruch" is one voice)."""
    if verb.lemma_ not in ("stimmen", "votieren") or verb.tag_ != "VVFIN":
        return False
    start, end, opener = clause_bounds(verb)
    side = next((t.i for t in verb.doc[verb.i + 1:end] if t.lower_ in ("für", "gegen", "dagegen", "dafür")), None)
    if opener is not None or side is None:
        return False
    subject = clause_subject(ctx, verb)
    # the body votes, not one named in what it votes for ("für den Vorstoß der AKP")
    return subject is not None and subject.kind == "organization" and bool(ctx.mentions_between(subject, start, side))


def _investigated(ctx: DocContext, verb: Token) -> list[EntityRef]:
    """ "Gegen den Chef der HDP, X, wird ermittelt", "Die Staatsanwaltschaft ermittelt gegen X": those an
    investigation is against (not "ermittelte den Wert", which finds out)."""
    if verb.lemma_ != "ermitteln" or verb.pos_ != "VERB":
        return []
    doc = verb.doc
    start, end, opener = clause_bounds(verb)
    if opener is None:  # "Gegen den Chef der Partei, X, wird ermittelt": the main clause around an apposition
        start = sentence(verb).start
    out = []
    for i in range(start, end):
        if doc[i].lower_ != "gegen":
            continue
        for j in range(i + 1, min(end, i + 8)):
            hit = ctx.entity(doc[j])
            if hit is not None and hit[1].kind in ACTOR_KINDS:
                out.append(hit[1])
                break
            if doc[j].lower_ in OBJECT_PRONOUNS:
                out += _man_meant(ctx, doc[j])  # "Gegen ihn wird ermittelt"
                break
            if doc[j].pos_ in ("VERB", "AUX") or doc[j].tag_ in ("APPR", "APPRART", "KON"):
                break
    return out


OBJECT_PRONOUNS = ("ihn", "ihm")  # of a man; "sie" and "ihr" may be plural or a woman's, a subject or a possessive


def _man_meant(ctx: DocContext, token: Token) -> list[EntityRef]:
    """The man named before whom an object pronoun "ihn" or "ihm" stands for ("verurteilte ihn ein Gericht", "ein
    Haftbefehl gegen ihn"), as a list of one, or []."""
    if token.lower_ not in OBJECT_PRONOUNS or token.tag_ != "PPER":
        return []
    antecedent = pronoun_antecedent(ctx, token)
    return [antecedent] if antecedent is not None else []


def _talked_about(token: Token, talks: Token) -> bool:
    """The event noun is what the talks earlier in its sentence are about: "Verhandlungen ... über eine Waffenruhe"."""
    doc = token.doc
    k = token.i - 1
    while k > talks.i and doc[k].tag_ in ("ART", "ADJA", "PIAT"):
        k -= 1
    return k > talks.i and doc[k].lower_ == "über" and k - talks.i <= 12 and token.i < sentence(talks).end


def _joint_declaration(token: Token) -> str | None:
    """ "eine gemeinsame Erklärung", "die Abschlusserklärung des Gipfels": a declaration its parties agreed on."""
    low = token.lower_
    if "erklärung" not in low:
        return None
    if low.startswith("abschlusserklärung"):
        return "Agreement"
    before = token.doc[token.i - 1] if token.i > 0 else None
    return "Agreement" if before is not None and before.lower_.startswith("gemeinsam") else None


def _claimed_deed(token: Token) -> str | None:
    """ "Die Taliban bekannten sich zu der Tat": the deed a group claims is an attack."""
    if token.lower_ not in ("tat", "taten"):
        return None
    start, end, _ = clause_bounds(token)
    doc = token.doc
    prev = doc[token.i - 1] if token.i > 0 else None
    while prev is not None and prev.tag_ in ("ART", "PDAT", "ADJA") and prev.i > start:
        prev = doc[prev.i - 1]
    claimed = prev is not None and prev.lower_ in ("zu", "zur") and any(t.lemma_ == "bekennen" for t in doc[start:end])
    return "Attack" if claimed else None


def _sentenced(verb: Token) -> bool:
    """ "verurteilt" is sentenced "zu drei Jahren Haft" ("von Politikern verurteilt" condemns); a sentence to
    what the text names as an event of its own ("zu einer Geldbuße verurteilt") is that event."""
    if verb.lemma_ != "verurteilen":
        return True
    doc = verb.doc
    start, _, _ = clause_bounds(verb)
    to = [i for i in range(start, verb.i) if doc[i].lower_ in ("zu", "zur", "zum")]
    return bool(to) and not any(event_type(t.text) for t in doc[to[0]:verb.i] if t.tag_ == "NN")


def _clause(token: Token) -> Span:
    """The clause `token` stands in (context.clause_bounds)."""
    start, end, _ = clause_bounds(token)
    return token.doc[start:end]


def _actors_in_clause(ctx: DocContext, token: Token) -> list[EntityRef]:
    """The persons, states and organizations named in the clause of `token` and in the relative clause after it
    ("einen Brief geschickt, den X überbrachte")."""
    start, end, _ = clause_bounds(token)
    doc = token.doc
    if end < len(doc) and doc[end].text == "," and end + 1 < len(doc) and doc[end + 1].tag_ == "PRELS":
        end = clause_bounds(doc[end + 2])[1] if end + 2 < len(doc) else end
    found: list[EntityRef] = []
    for t in doc[start:end]:
        hit = ctx.entity(t)
        if hit is not None and hit[1].kind in (PERSON, STATE, ORGANIZATION) and hit[1] not in found:
            found.append(hit[1])
    return found


def _letter_sent(token: Token) -> str | None:
    """ "schickte Chamenei einen Brief", "richtete einen Brief an den Präsidenten": a letter sent is an occurrence
    (not one quoted from: "in einem Brief an Costa verlangte er ...")."""
    if token.lower_ not in LETTERS:
        return None
    return "Other" if any(t.lemma_ in SENDING_VERBS and t.pos_ == "VERB" for t in _clause(token)) else None


def _envoy_recall(token: Token) -> str | None:
    """ "rief den Botschafter in X zurück", "der Rückruf des Botschafters": a state calls its envoy home."""
    if token.pos_ != "VERB" and token.lower_ not in ("rückruf", "rückrufs", "abberufung"):
        return None
    start, end, _ = clause_bounds(token)
    if token.pos_ != "VERB":
        start, end = token.i + 1, min(end, token.i + 5)  # "des Botschafters": the recall's genitive
    return "Other" if any(t.lower_.startswith(ENVOYS) for t in token.doc[start:end]) else None


def _recalled_for(token: Token) -> bool:
    """ "rief den Botschafter zu Konsultationen zurück": the consultations an envoy is called home for."""
    doc = token.doc
    start, end, _ = clause_bounds(token)
    return token.lower_.startswith("konsultation") and token.i > 0 and doc[token.i - 1].lower_ == "zu" and any(
        t.lemma_ in RECALLS for t in doc[start:end])


# Heads of the bodies one appeals to ("den Sicherheitsrat anrufen", "das Verfassungsgericht anrufen").
APPEALED_BODIES = ("rat", "gericht", "gerichtshof", "tribunal", "kommission", "schiedsstelle")


def _appealed_body(ctx: DocContext, verb: Token) -> bool:
    """ "anrufen" with a council or a court as its object invokes that body."""
    return any((hit := ctx.entity(t)) is not None and hit[1].kind == ORGANIZATION
               and hit[0].text.lower().rsplit("-", 1)[-1].endswith(APPEALED_BODIES) for t in _clause(verb))


def _blown_up(verb: Token) -> bool:
    """ "sprengte sich in die Luft", "ein Gebäude in die Luft gesprengt": "in die Luft" in the verb's clause (not
    "sprengte die Koalition")."""
    words = [t.lower_ for t in _clause(verb)]
    return any(words[k:k + 3] == ["in", "die", "luft"] for k in range(len(words) - 2))


def _before_the_press(token: Token) -> str | None:
    """ "trat vor die Presse", "sagte vor der Presse": speaking to the press is a press conference."""
    doc = token.doc
    if token.lower_ != "presse" or token.i < 2 or doc[token.i - 1].lower_ not in ("die", "der"):
        return None
    return "PressConference" if doc[token.i - 2].lower_ == "vor" else None


def _round_table(token: Token) -> str | None:
    """ "zu einem runden Tisch": a meeting."""
    prev = token.doc[token.i - 1] if token.i > 0 else None
    return "Meeting" if token.lower_ == "tisch" and prev is not None and prev.lemma_.lower() == "rund" else None


def _framing_indefinite(token: Token) -> bool:
    """ "bei einem Messerangriff", "nach einem Anschlag auf X": an indefinite occurrence that frames what the
    clause reports is one not told of before."""
    article = _article(token)
    return _indefinite(token) and article.i >= 1 and token.doc[article.i - 1].lower_ in FRAMES


def _indefinite(token: Token) -> bool:
    """ "bei einer Bundestagswahl", "eine neue Wahl": the article before the noun (and its attributes) is "ein"."""
    article = _article(token)
    return article is not None and article.tag_ == "ART" and article.lower_.startswith("ein")


def _article(token: Token) -> Token | None:
    """The word before the noun's attributes ("einer" of "bei einer vorgezogenen Wahl"), where its article
    stands; None at the document's start."""
    i = token.i - 1
    while i >= 0 and token.doc[i].tag_ in ("ADJA", "ADV", "CARD"):
        i -= 1
    return token.doc[i] if i >= 0 else None


def _another(token: Token) -> bool:
    """ "bei einem zweiten Anschlag", "nach weiteren Angriffen": an occurrence other than the one told of
    before, framing what the clause reports (not "ein weiteres Treffen anstreben", "der zweite Gipfel")."""
    doc = token.doc
    i = token.i - 1
    counted = False
    while i >= 0 and doc[i].tag_ in ("ADJA", "ADV"):
        counted = counted or doc[i].lower_.startswith(ANOTHER)
        i -= 1
    if i >= 0 and doc[i].tag_ == "ART" and doc[i].lower_.startswith("ein"):
        i -= 1
    return counted and i >= 0 and doc[i].lower_ in FRAMES


def _placed_by_next_words(ctx: DocContext, token: Token, place: EntityRef) -> bool:
    """ "Kundgebung in Budapest", "Unruhen im Osten Kongos": the place is the trigger's own complement."""
    doc = ctx.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].lower_ not in ("in", "im"):
        return False
    for i in range(token.i + 2, min(len(doc), token.i + 4)):
        hit = ctx.entity(doc[i])
        if hit:
            return hit[1] == place
    return False


def _delimited(token: Token) -> bool:
    """ "ein Bürgerkrieg zwischen der Hutu-Mehrheit und der Tutsi-Minderheit", "nach dem Krieg von 1998 bis
    2003": a war the text delimits by its sides or its years is a concrete one, though no side is a name."""
    doc = token.doc
    end = sentence(token).end
    nxt = [t for t in doc[token.i + 1:min(end, token.i + 5)]]
    if nxt and nxt[0].lower_ == "zwischen":
        return True
    return len(nxt) >= 4 and nxt[0].lower_ == "von" and nxt[1].like_num and nxt[2].lower_ == "bis" and nxt[3].like_num


WAR_NOUNS = ("krieg", "krieges", "kriegs", "angriffskrieg", "angriffskrieges", "angriffskriegs")


def _the_war(token: Token) -> bool:
    """ "den Krieg zu beenden", "in diesem schrecklichen Krieg", "seit Beginn des Angriffskriegs": a definite
    war the text assumes known, not "einen Krieg" nor a named one ("Weltkrieg", "Bürgerkrieg")."""
    article = _article(token)
    return token.lower_ in WAR_NOUNS and article is not None and (
        _definite(token) or article.lower_.startswith("dies"))


def _known_war_sides(ctx: DocContext) -> list[EntityRef]:
    """The sides of the one curated war (ontology/gazetteers/wars.tsv) going on at the text's date whose sides
    the text all names, or the offices it gives: "der ukrainische Präsident Selenskyj ... Russland ... den Krieg
    zu beenden" is Russia's war against Ukraine. None when the text names the sides of no such war, or of two."""
    year = getattr(ctx.reference_date, "year", None)
    named = set(ctx.mentions) | {ref for p in ctx.positions for ref in (p.state, p.organization)
                                 if ref is not None and not p.qualifier}  # "Präsident Selenskyj" names Ukraine
    found = [sides for sides, start, end in ctx.gaz.wars
             if (year is None or start <= year <= (end or year))
             and all(EntityRef(kind, key) in named for kind, key in sides)]
    return [EntityRef(kind, key) for kind, key in found[0]] if len(found) == 1 else []


def _named_war(ctx: DocContext, token: Token) -> bool:
    """ "seit Beginn des Gaza-Krieges", "im Tschetschenien-Krieg": a war named after where it is fought is a
    concrete one."""
    prefix = token.text.rsplit("-", 1)[0] if "-" in token.text else ""
    return any(known.kind in (PLACE, STATE) for known in ctx.gaz.lookup(prefix)) if prefix else False


def _definite(token: Token) -> bool:
    """ "nach dem Treffen in Alaska": an event the text has told of (or assumes known)."""
    article = _article(token)
    return article is not None and (article.tag_ == "APPRART" or article.lower_ in (
        "der", "die", "das", "dem", "den", "des"))


def _interview(ctx: DocContext, token: Token, event: Event) -> bool:
    """A talk with the press is an interview, not a meeting: "sagte er im Gespräch mit der APA", "in einem
    Gespräch mit dem STANDARD" (a participant the gazetteer lists as a medium)."""
    if "gespräch" not in token.lower_:
        return False
    if token.lower_.startswith("gespräch") and token.i > 0 and token.doc[token.i - 1].lower_ == "im":
        # "sagte er im Gespräch mit der APA", "im Gespräch mit Journalisten"; not "im Gespräch mit Merkel"
        return not event.participants or any(_medium(ctx, p) for p in event.participants)
    # "im APA-Gespräch", "das STANDARD-Gespräch": a compound whose first part is a medium
    return event.type == "Meeting" and any(_medium(ctx, p) for p in event.participants)


def _source(ctx: DocContext, ref: EntityRef, sent: Span) -> bool:
    """ "der Organisation X zufolge", "laut X": the sentence names X as the source of the report, not as a party."""
    doc = ctx.doc
    for span in ctx.mentions_between(ref, sent.start, sent.end):
        if span.end < len(doc) and doc[span.end].lower_ == "zufolge":
            return True
        k = span.start - 1
        while k > sent.start + 1 and doc[k].lower_ in ("und", "sowie") and ctx.entity(doc[k - 1]):
            k = ctx.entity(doc[k - 1])[0].start - 1  # "nach Berechnungen der Sender CBC und CTV": both are sources
        while k > sent.start and doc[k].tag_ in ("ART", "ADJA", "NN") and not ctx.entity(doc[k]) \
                and not (doc[k].tag_ == "NN" and doc[k - 1].tag_ == "NN"):
            k -= 1  # not past two nouns in a row: "nach eigenen Angaben | Stellungen der Hisbollah angegriffen"
        if k > sent.start + 1 and doc[k].text == ",":
            # "nach Angaben des UN-Hochkommissars für Menschenrechte, Volker Türk,": past the office the name is
            # in apposition to
            j = k - 1
            while j > max(sent.start, k - 9) and (doc[j].tag_ in ("NN", "NE", "ADJA", "ART", "APPR", "APPRART")
                                                  or ctx.entity(doc[j])) and doc[j].lower_ not in ("nach", "laut"):
                j -= 1
            if doc[j].lower_ in ("nach", "gemäß", "laut") and any(doc[m].tag_ == "NN" and ctx.gaz.office_of(
                    doc[m].text) for m in range(j + 1, k)):
                k = j
        if k >= sent.start and doc[k].lower_ == "laut":
            return True
        if k >= sent.start and doc[k].lower_ in ("nach", "gemäß") and any(
                t.text in SOURCE_NOUNS for t in doc[k + 1:span.start]):
            return True  # "nach Angaben des Kremls", "nach Darstellung der Armee"
    return False


def _parliament(ctx: DocContext, ref: EntityRef) -> bool:
    known = ctx.gaz.get(ref.kind, ref.key)
    return known is not None and known.subtype in ("parliament", "regional_parliament")


def _medium(ctx: DocContext, ref: EntityRef) -> bool:
    known = ctx.gaz.get(ref.kind, ref.key)
    return known is not None and known.subtype == "medium"


def _elected_to(token: Token) -> bool:
    """ "wurde zum Landeshauptmann gewählt", "wählten sie zur Präsidentin": an election to an office,
    an event with the one person elected."""
    if token.lemma_ not in ("wählen", "wiederwählen"):
        return False
    start, end, _ = clause_bounds(token)
    return any(t.lower_ in ("zum", "zur") for t in token.doc[start:end])


# Votes of the people on a question: type Election, the nearest of the contract's types (the annotators of the
# gold sets in the official convention type them so), and named as concretely as an election of a kind.
REFERENDUMS = ("referendum", "volksabstimmung", "volksbefragung")


def _referendum(word: str) -> bool:
    """ "Brexit-Referendum", "Volksabstimmungen": a vote of the people on a question."""
    return _head(word).startswith(REFERENDUMS)


def _concrete_election(event: Event) -> bool:
    """An election named by its kind ("Parlamentswahl", "Referendum") or dated or placed ("die Wahl am
    11. Oktober") is an event even when the text names nobody who runs."""
    low = event.trigger.lower()
    if "wahlkampf" in low:
        return False  # "Teile des Nationalrats-Wahlkampfes": a campaign of nobody named is no occurrence
    if _referendum(low):
        return True  # a vote of the people on a question, named as concretely as a kind of election
    return event.type == "Election" and (low not in ("wahl", "wahlen") and not low.startswith(SAME_VOTE) or bool(
        event.date or event.place))


def _election_kind(trigger: str) -> str:
    """ "Parlamentswahlen" -> "parlaments"; "Wahl", "Neuwahl", "Referendums" -> "" (any kind);
    "Unabhängigkeitsreferendum" -> "unabhängigkeits"; "US-Vorwahlen" -> "vor", as "Vorwahlen" (the state's
    prefix names where, not which kind), but "Bundespräsidentschafts-Wahl" -> "bundespräsidentschafts"."""
    last = trigger.rsplit("-", 1)[-1]
    if last != trigger and _election_kind(last):
        return _election_kind(last)
    low = trigger.lower().replace("-", "")
    head = "wahl" if "wahl" in low else _head(low)
    kind = low[: low.rfind(head)] if head in low else low
    return "" if kind in ("", "neu", "vorgezogene") else kind


def _attribute_begins(token: Token, prefixes: tuple[str, ...], tags: tuple[str, ...] = ("ADJA", "ADV")) -> bool:
    """An adjective or adverb right before the noun (walking back over `tags`) begins with one of `prefixes`."""
    doc = token.doc
    i = token.i - 1
    while i >= 0 and doc[i].tag_ in tags:
        if doc[i].lower_.startswith(prefixes):
            return True
        i -= 1
    return False


def _risked(token: Token) -> bool:
    """ "die Gefahr eines Krieges", "im Fall einer Einigung", "warnte vor den Folgen eines Angriffs": an occurrence
    in the indefinite genitive of a word of risk or chance is one that may come, not one that came."""
    doc = token.doc
    i = token.i - 1
    while i >= 0 and doc[i].tag_ in ("ADJA", "ADV"):
        i -= 1
    # or in the plural, its adjective in the genitive: "im Falle russischer Klagen", "die Gefahr neuer Angriffe"
    bare_plural = i >= 0 and i < token.i - 1 and doc[i].text in RISKS and doc[token.i - 1].lower_.endswith("er")
    return i >= 1 and doc[i].lower_ in ("eines", "einer") and doc[i - 1].text in RISKS or bare_plural


def _verbal(token: Token) -> bool:
    """ "scharfe Angriffe auf die Regierung", "verbale Attacken": attacks in words are criticism, not events."""
    return _attribute_begins(token, VERBAL, ("ADJA", "ADV", "KON", "$,"))


# Heads of words for crowds protesting, events though the text names no one in them ("die Proteste in Belgrad").
PROTESTS = {"protest", "proteste", "protesten", "demonstration", "kundgebung", "ausschreitungen",
            "ausschreitung", "krawall", "krawalle", "demo", "demos", "mahnwache"}
# Kinds of event done to someone, whose object may be named by a state's adjective only ("algerische Diplomaten").
DONE_TO = {"Attack", "Sanction", "Other"}
# Kinds of event a definite mention names again whatever word it uses ("das Rahmenabkommen ... die Einigung").
REFERRED_BACK = {"Agreement", "Ceasefire"}
# Words of what may come, whose indefinite genitive is no occurrence: "die Gefahr eines Krieges".
RISKS = {"Gefahr", "Risiko", "Risikos", "Folgen", "Fall", "Falle", "Möglichkeit", "Szenario", "Drohung", "Androhung",
         "Aussicht", "Aussichten", "Chance", "Chancen", "Wahrscheinlichkeit"}
# Conjunctions that open a condition: what the clause tells of may not happen ("falls Russland angreift").
CONDITIONS = {"wenn", "falls", "sofern", "solange", "sobald"}


def _conditional(token: Token) -> bool:
    """ "solange Israel seine Angriffe fortsetze", "wenn Teheran Gespräche aufnimmt": an occurrence in a condition."""
    _, _, opener = clause_bounds(token)
    return opener is not None and opener.lower_ in CONDITIONS


def _unreal(token: Token) -> bool:
    """ "ein drohender Umsturz", "mögliche Angriffe", "ein befürchteter Krieg": an occurrence only feared or
    considered."""
    return _attribute_begins(token, UNREAL)


def _wished(token: Token) -> bool:
    """ "fordert Sanktionen gegen X", "die Forderung nach einem Waffenstillstand", "der Druck für seinen Rücktritt":
    an occurrence demanded or hoped for has not happened; nor one warned of ("warnte vor einer Offensive"), threatened
    ("mit Bombardierungen gedroht"), asked about ("welche Koalition") or named what something is taken for ("als
    Angriff auf das Völkerrecht")."""
    doc = token.doc
    i = token.i - 1
    while i >= 0 and doc[i].tag_ in ("ART", "PIAT", "ADJA", "ADV", "CARD", "PPOSAT"):
        i -= 1
    if i >= 1 and doc[i].lower_ in ("nach", "für", "auf") and doc[i - 1].lemma_ in DEMANDS:
        return True
    if i >= 1 and doc[i].lower_ == "auf" and any(t.lemma_ in INSISTING for t in _clause(token)):
        return True  # "bestand auf einer Feuerpause", "drängt auf Neuwahlen": what one insists on has not come
    if i >= 1 and doc[i].lower_ in ("für", "gegen") and doc[i - 1].lemma_ in VOTING_VERBS and doc[
            i + 1].lower_ in ("ein", "eine", "einen"):
        # "Einzig Richter X stimmte für einen Freispruch": what one votes or pleads for is not decided (but "das
        # Parlament stimmte für seine Amtsenthebung" decided it)
        return True
    if i >= 1 and doc[i].lower_ == "vor" and (doc[i - 1].lemma_ in FEARS or any(
            t.lemma_ == "warnen" for t in _clause(token))):
        return True  # "warnte vor einer neuen Offensive", "die Angst vor einem Krieg": feared, not happened
    if i >= 0 and doc[i].lower_ in ("zu", "zum", "zur", "für") and any(
            t.lower_ in READY and t.tag_ in ("ADJD", "PTKVZ") for t in doc[token.i + 1:clause_bounds(token)[1]]):
        return True  # "sei zu weiteren Gesprächen bereit", "für Verhandlungen offen"
    if i >= 1 and doc[i].lower_ == "vor" and doc[i - 1].lower_ in ("kurz", "knapp", "unmittelbar"):
        return True  # "kurz vor einer Einigung": not yet reached
    if i >= 0 and doc[i].lower_ == "als" and any(t.pos_ == "VERB" and t.lemma_ in CHARACTERIZING
                                                 for t in _clause(token)):
        return True  # "kritisierten die Ankündigung als Angriff auf das Völkerrecht": what it is called
    if i >= 0 and doc[i].lower_ == "mit" and any(t.lemma_ == "drohen" for t in _clause(token)):
        return True  # "hatte dem Iran mit Bombardierungen gedroht": threatened, not done
    if i >= 0 and doc[i].tag_ in ("PWAT", "PRELAT") or i >= 0 and doc[i].lower_ in ("welche", "welcher", "welches"):
        return True  # "abwarten, welche Koalition sich in Berlin bilde": which one, if any, is open
    if i >= 0 and doc[i].tag_ in ("APPR", "APPRART") and doc[i].lower_ not in ("auf", "um"):
        return False  # "nach dem Anschlag forderte X ...": the event frames the demand
    start, end, _ = clause_bounds(token)
    if token.i >= 1 and doc[token.i - 1].lower_ in ("einer", "einem") and any(
            t.lower_ in ("nahe", "näher", "nah") for t in doc[token.i + 1:min(end, token.i + 8)]):
        return True  # "Man sei einer Einigung sehr nahe": not yet reached
    if any(t.lemma_ == "stattfinden" for t in doc[start:end]) and any(t.lower_ in POSSIBLE for t in doc[start:end]):
        return True  # "ein Besuch in Washington könne in den kommenden Wochen stattfinden": only possible
    return any(t.lemma_ in WISH_VERBS for t in doc[start:end])


def _hypothetical(token: Token) -> bool:
    if _attribute_begins(token, HYPOTHETICAL):
        return True
    doc = token.doc
    i = token.i - 1
    while i >= 0 and doc[i].tag_ in ("ART", "PIAT", "ADJA", "ADV", "CARD"):
        i -= 1
    if i >= 0 and doc[i].tag_ in ("APPR", "APPRART") and doc[i].lower_ not in ("auf", "um"):
        return False  # "nach der Wahl fordert X ...": the election is the frame, not what is wished
    start, end, _ = clause_bounds(token)
    if any(t.lemma_ in WISH_VERBS for t in doc[start:end]):
        return True
    # "weigert sich, Wahlen abzuhalten", "versprach, eine Wahl durchzuführen": only the object of an infinitive
    verb = next((t for t in doc[token.i + 1:end] if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.lemma_ in LIGHT_VERBS and _infinitive_with_zu(verb)


def _with_results(ctx: DocContext, token: Token, event: Event) -> Event:
    """The election with the parties and candidates its results name: in its own clause when the
    election is the frame ("Bei der Wahl hatte X ... gewonnen"), and in the next sentences that
    count votes or seats ("Die PSOE kam auf 89 Sitze, Podemos stellt 65")."""
    doc = ctx.doc
    found: list[EntityRef] = []
    start, end, _ = clause_bounds(token)
    head = token
    if token.i >= 2 and doc[token.i - 1].lower_ in ("der", "des") and doc[token.i - 2].lower_ in ROUNDS:
        head = doc[token.i - 2]  # "in der ersten Runde der Präsidentschaftswahl": the round frames it
    framed = head.i > start and any(doc[k].lower_ in ("bei", "beim", "in", "aus") for k in range(
        max(start, head.i - 4), head.i))
    sent = sentence(token)
    if framed and any(t.lemma_ in RESULT_VERBS or t.lower_ in RESULT_NOUNS for t in doc[start:end]):
        found += _result_actors(ctx, doc[start:end])
        if any(t.lower_ in RESULT_NOUNS for t in doc[end:sent.end]):  # ", die ÖVP kam auf 25 Prozent"
            found += _result_actors(ctx, doc[end:sent.end])
    if any(t.lemma_.lower().endswith(WINNERS) or t.lower_.startswith("stärkste") for t in doc[start:end]):
        # "X ist als Sieger aus der Wahl hervorgegangen", "die Grünen sind die Verlierer der Wahl", "X wurde bei der
        # Wahl stärkste Kraft"
        subject = clause_subject(ctx, token)
        found += [subject] if subject else []
    for _ in range(RESULT_SENTENCES):  # the next sentences, walked to directly (not from the doc's start)
        if sent.end >= len(doc):
            break
        sent = doc[sent.end].sent
        if any(event_type(t.text) == "Election" and not t.lower_.startswith(SAME_VOTE) for t in sent if t.tag_ == "NN"):
            break  # another election is talked about now (not "der Urnengang": the same one)
        if any(t.lower_ in RESULT_NOUNS for t in sent):
            found += _result_actors(ctx, sent)
    return _with_participants(event, found)


def _result_actors(ctx: DocContext, span: Span) -> list[EntityRef]:
    """Parties and persons of a results clause that are not inside another preposition's phrase; not the
    agency that reports them."""
    out = []
    for t in span:
        hit = ctx.entity(t)
        if not hit or hit[0].start != t.i or hit[1].kind not in ("organization", "person") or _medium(ctx, hit[1]) \
                or _source(ctx, hit[1], sentence(t)):
            continue  # "nach Angaben des Zentralen Wahlbüros": who counted, not who ran
        if in_prepositional_phrase(ctx, t.i, span.start) and ctx.doc[t.i - 1].lower_ not in ("auf", "für", "gegen"):
            continue
        out.append(hit[1])
    return out


def _mergeable(old: Event, new: Event) -> bool:
    if old.type == "Summit" and new.type == "Meeting" and new.trigger[:1].islower() and new.participants \
            and set(new.participants) == set(old.participants):
        # "der Gipfel von Putin und Trump ... was zwischen Putin und Trump verhandelt wurde": the summit's talks
        return not (old.place and new.place and old.place != new.place)
    if old.type != new.type:
        return False
    elsewhen = _elsewhen(old, new)
    if old.type == "Election":
        if ("neuwahl" in old.trigger.lower()) != ("neuwahl" in new.trigger.lower()):
            return False  # "kündigte Neuwahlen nach der Parlamentswahl vom 7. Juni an": the new vote is another
        kinds = _election_kind(old.trigger), _election_kind(new.trigger)
        if kinds[0] != kinds[1] and "" not in kinds:
            return False  # "Parlamentswahl" and "Präsidentschaftswahl" are two elections; "die Wahl" is either
        if kinds[0] and kinds[0] == kinds[1]:
            return not elsewhen  # "US-Vorwahlen" (the state's) and "bei den Vorwahlen" (who leads): one vote
    if old.type == "Other" and _head(old.trigger) != _head(new.trigger):
        # "Other" is no kind: protests are not the arrest told before, nor the removal from office told after them
        return False
    if not new.participants:
        # "Angriffe auf Iran ... den Terroranschlag in Pahalgam": an attack of its own named kind later in the
        # text is another one, not the same attack named again
        return not (old.type == "Attack" and old.participants and old.sentence != new.sentence and (
            _modifier(new.trigger) and (_modifier(new.trigger), _head(new.trigger)) != (
                _modifier(old.trigger), _head(old.trigger))))
    modifiers = (_modifier(old.trigger), _modifier(new.trigger)) if old.type == "Attack" else ("", "")
    if old.participants and all(modifiers) and modifiers[0] != modifiers[1]:
        # "Drohnenangriffe" and "Raketenangriffe" of the same sides are two attacks; "der Angriff" is either
        return False
    a, b = set(old.participants), set(new.participants)
    if not a and old.type == "Attack" and _head(old.trigger) != _head(new.trigger) and old.sentence != new.sentence:
        return False  # "Bei dem Anschlag starben 26 Menschen. ... griff die Armee Ziele an": another attack
    if a and (a != b or old.type == "Other") and _head(old.trigger) != _head(new.trigger) and not (
            old.sentence == new.sentence and old.type != "Other"):
        # "Treffen" of X and Y, later "Gespräche" of X: another occurrence the text tells of (in one sentence, one:
        # "zu einem Staatsbesuch in Neu-Delhi eingetroffen"); and "Other" is no kind, so its arrest and its pardon
        # of X are two events
        return False
    return (a <= b or b <= a) and not elsewhen


def _referred_back(old: Event, new: Event) -> bool:
    """ "Israel und die Hamas schlossen ein Abkommen ... Israel warf der Hamas vor, die Vereinbarung zu brechen": a
    definite mention of an agreement or a ceasefire whose parties include or are included in those of the last one
    told of (one at least shared) is that one, whatever word names it."""
    a, b = set(old.participants), set(new.participants)
    # "die Vereinbarung" after "die Waffenruhe" of the same sides: a ceasefire is an agreement
    same = old.type == new.type or (old.type, new.type) == ("Ceasefire", "Agreement")
    return same and bool(a & b) and (a <= b or b <= a) and not _elsewhen(old, new)


def _elsewhen(old: Event, new: Event) -> bool:
    """The two mentions tell of another day or another place."""
    return bool(old.date and new.date and old.date != new.date or old.place and new.place and old.place != new.place)


def _head(trigger: str) -> str:
    """The trigger word that a (compound, inflected) trigger ends in: "Ukraine-Konflikts" -> "konflikt",
    "Treffen" and the verb "treffen" -> "treffen"."""
    low = trigger.lower().replace("-", "")
    forms = [low] + [low[: -len(e)] for e in ("es", "s", "en", "n", "e") if low.endswith(e) and len(low) - len(e) >= 4]
    head = next((suffix for form in forms for suffix in SUFFIXES if form.endswith(suffix)), low)
    return SAME_KIND.get(head, head)


def _modifier(trigger: str) -> str:
    """What a compound trigger says before its head: "Drohnenangriffe" -> "drohnen", "Angriff" -> ""."""
    low = trigger.lower().replace("-", "")
    head = _head(trigger)
    at = low.rfind(head[:4]) if head else -1  # the head's first letters: a plural's umlaut comes after them
    return low[:at] if at > 0 else ""


def _infinitive_with_zu(token: Token) -> bool:
    return token.i > 0 and token.doc[token.i - 1].tag_ == "PTKZU" or "zu" in token.text[1:-2] and token.tag_ == "VVIZU"


def _negated(token: Token) -> bool:
    """ "kein Treffen", "liefert keine Waffen mehr": nothing happened."""
    doc = token.doc
    if token.pos_ == "VERB":
        window = doc[token.i + 1: min(sentence(token).end, token.i + 6)]
        if any(t.lower_ in ("keine", "keinen", "nicht", "nie") for t in window):
            return True
        if token.tag_ in ("VVPP", "VVINF"):
            # "war aber trotz einer Aufforderung nicht nach Istanbul gereist": the middle field before the verb
            # at the clause's end (not "nicht nur", "nicht zuletzt")
            start = clause_bounds(token)[0]
            return any(t.lower_ in ("nicht", "nie") and doc[t.i + 1].lower_ not in ("nur", "zuletzt", "erst")
                       for t in doc[start:token.i])
        return False
    # "kein Treffen", "keine Pläne für ein Treffen", "keine reale Grundlage für Vereinbarungen"
    window = doc[max(sentence(token).start, token.i - 6):token.i]
    if any(t.lower_.startswith("kein") for t in window):
        return True
    # "hat die Klage nicht eingereicht", "das Treffen fand nicht statt", "nicht an Neuwahlen denke"
    if token.i > 1 and doc[token.i - 2].lower_ in ("nicht", "nie") and doc[token.i - 1].tag_ in ("APPR", "APPRART"):
        return True
    for k in range(token.i + 1, min(sentence(token).end - 1, token.i + 16)):
        if doc[k].is_punct:
            break
        if doc[k].lower_ in ("nicht", "nie") and (doc[k + 1].pos_ == "VERB" or doc[k + 1].tag_ == "PTKVZ"):
            verb = doc[k + 1] if doc[k + 1].pos_ == "VERB" else next(
                (t for t in reversed(doc[sentence(token).start:token.i]) if t.tag_ == "VVFIN"), None)
            # "erkennt Maduros Wiederwahl nicht an": who does not accept an occurrence does not deny it
            return verb is None or verb.lemma_ not in UNACCEPTED
    return False


def _event_at(ctx: DocContext, token: Token, etype: str) -> Event:
    sent = sentence(token)
    participants: list[EntityRef] = list(ctx.prefix_states(token))
    # "Nationalrats-Wahlkampf": the body elected does not run in the election
    participants += [p for p in _compound_persons(ctx, token) if etype != "Election" or not _parliament(ctx, p)]
    participants += _adjective_states(ctx, token)
    participants += _prepositional(ctx, token, sent, etype)
    participants += _blamed(ctx, token)
    participants += _investigated(ctx, token)
    verbs = COALITION_VERBS if _coalition(token) else LIGHT_VERBS
    participants += _relative_makers(ctx, token, verbs)
    participants += _attributive_makers(ctx, token)
    light = _light_verb(ctx, token, verbs) or _agreeing_verb(token) if token.pos_ != "VERB" else None
    framed = token.pos_ == "VERB" or _embedded(ctx, token) or light is not None or _joined(token) or (
        etype in ENCOUNTERS and _framing_encounter(token))
    owner = _genitive_owner(ctx, token)
    if owner is not None:  # "Russlands Krieg gegen die Ukraine", "Putins Besuch in Peking"
        participants.insert(0, owner)
    possessive = None if framed else _possessive(token)  # "sein Besuch": the possessor takes part
    if owner is None and (framed or possessive is not None):
        for subject in _subjects(ctx, token, frozenset(participants)):
            if possessive is not None and not _owner_agrees(ctx, token, possessive, subject):
                continue  # "Er rief X und Y auf, ihre Angriffe einzustellen": theirs, not his
            if not _medium(ctx, subject):  # "meldete die Agentur Anadolu, bei den Luftangriffen ...": the reporter
                participants.insert(0, subject)
    if light is not None:
        participants += _partners(ctx, light)
        agent = _passive_agent(ctx, light) if light.tag_ == "VVPP" else None
        if agent is not None:  # "Die Sanktionen wurden von der EU verhängt"
            participants.append(agent)
    if etype in ENCOUNTERS and token.pos_ != "VERB":
        participants += _invited(ctx, token)  # "X lud Y zu einem Besuch ein": Y comes too
    place = _place(ctx, token, sent)
    goal = _arrival_goal(ctx, token) if token.pos_ == "VERB" and token.lemma_ in ARRIVALS else None
    if goal is not None:  # "war in den USA eingetroffen, zunächst führte er in Seattle Gespräche": the goal
        place = goal if goal.kind == PLACE else None
        participants += [goal] if goal.kind == STATE else []
    if etype == "Visit":
        participants += _destination_states(ctx, token, sent)
        if token.pos_ == "VERB" and token.lemma_ in TRAVEL_VERBS:
            place = _travel_destination(ctx, token) or place
    if etype in ("War", "Election") and token.pos_ != "VERB":
        participants += _war_state(ctx, token, sent)
    if etype in MEDIATED:
        participants += _mediators(ctx, token)
    if etype == "Sanction" and token.pos_ != "VERB" and _head(token.text) in TARIFFS:
        participants += _tariffed(ctx, token, sent)
    if token.pos_ == "VERB":
        participants += _objects(ctx, token) + _agents(ctx, token) + _partners_before(ctx, token, sent, etype)
        if etype in DONE_TO and not _passive(token):  # "wurden drei norwegische Soldaten getötet": no side named
            participants += _object_states(ctx, token)
    # the source of what a sentence reports is no party to its events, but gave its press conference ("laut X
    # ..., wie er bei einer Pressekonferenz sagte")
    participants = [p for p in dict.fromkeys(participants) if p.kind in ACTOR_KINDS and p != place and not (
        (_source(ctx, p, sent) and etype != "PressConference") or (token.pos_ == "VERB" and _medium(ctx, p)))]
    if etype == "Election" and not participants and token.pos_ != "VERB" and token.lower_ not in ("wahl", "wahlen"):
        # "Seine Heimat Argentinien besucht er erst nach der Präsidentenwahl": the one state the sentence names
        # (not for a bare "Wahl", which can be a choice: "Die Ukraine steht vor der Wahl")
        states = {hit[1] for t in sent if (hit := ctx.entity(t)) and hit[1].kind == STATE}
        participants = list(states) if len(states) == 1 else []
    participants += [state for state in map(ctx.institution_state, participants) if state and state not in participants]
    if etype == "Meeting" and any(p.key in SUMMIT_FORUMS for p in participants):
        etype = "Summit"  # "das G7-Treffen in Elmau": the forum's meetings are summits
    return Event(type=etype, trigger=token.text if token.pos_ != "VERB" else token.lemma_,
                 sentence=ctx.sentence_of(token), participants=tuple(participants),
                 date=_date_near(ctx, token, sent), place=place)


# Kinds of event that a third party may broker: "unter Vermittlung Ägyptens, Katars und der USA".
MEDIATED = {"Agreement", "Ceasefire", "Meeting", "Summit"}


def _mediators(ctx: DocContext, token: Token) -> list[EntityRef]:
    """ "Ausgehandelt worden war das Abkommen unter Vermittlung Ägyptens, Katars und der USA", "Gespräche, die
    unter amerikanischer Vermittlung laufen": who brokers talks or a deal takes part in them."""
    doc = ctx.doc
    start, end, _ = clause_bounds(token)
    for k in range(max(start, token.i - 8), min(end, token.i + 12)):
        if doc[k].lower_ != "unter" or k + 1 >= end:
            continue
        m = k + 1
        while m < end and doc[m].tag_ in ("ADJA", "PPOSAT", "ART") and doc[m].lower_ != "vermittlung":
            m += 1
        if m >= end or not doc[m].lower_.endswith("vermittlung"):
            continue
        found = [state for t in doc[k + 1:m] if (state := ctx.state_of_word(t))]  # "unter amerikanischer"
        found += ctx.prefix_states(doc[m])  # "unter US-Vermittlung"
        owner = ctx.entity(doc[m - 1]) if m - 1 > k else None  # "unter Katars Vermittlung"
        if owner is not None and owner[1].kind in ACTOR_KINDS:
            found.append(owner[1])
        i = m + 1
        while i < end:  # "Vermittlung Ägyptens, Katars und der USA", "Vermittlung von Norwegen"
            hit = ctx.entity(doc[i])
            if hit is not None and hit[1].kind in ACTOR_KINDS:
                found.append(hit[1])
                i = hit[0].end
            elif doc[i].lower_ in ("der", "des", "von", "und", "sowie") or doc[i].text == "," and i + 1 < end and (
                    ctx.entity(doc[i + 1]) is not None or doc[i + 1].tag_ == "ART"):
                i += 1  # on through the list ("Ägyptens, Katars und der USA"), not past a comma that ends it
            else:
                break
        return list(dict.fromkeys(found))
    return []


# Heads of words for tariffs, and nouns for the goods they are laid on ("Zölle auf kanadische Waren").
TARIFFS = {"zoll", "zölle", "zöllen", "zollsatz", "zollsätze"}
GOODS = ("waren", "produkte", "produkten", "einfuhren", "importe", "importen", "güter", "gütern", "exporte",
         "exporten", "ausfuhren", "erzeugnisse", "erzeugnissen", "lieferungen", "autos", "fahrzeuge")
GOODS_WINDOW = 8  # words after the tariff noun within which "auf"/"gegen" names the goods


def _tariffed(ctx: DocContext, token: Token, sent: Span) -> list[EntityRef]:
    """ "Zölle gegen kanadische Waren", "ein Zollsatz auf EU-Waren", "Zölle auf Einfuhren aus China": the state
    (or union) whose goods a tariff is laid on is its target, named by the goods' adjective, prefix or origin."""
    doc = ctx.doc
    end = min(sent.end, token.i + GOODS_WINDOW)
    for i in range(token.i + 1, end):
        if doc[i].lower_ not in ("auf", "gegen"):
            continue
        k = i + 1
        while k < end and doc[k].tag_ in ("ART", "ADJA", "PIAT", "PIDAT", "ADV") and not ctx.state_of_word(doc[k]):
            k += 1
        if k >= end:
            return []
        adjective = ctx.state_of_word(doc[k]) if doc[k].tag_ == "ADJA" else None
        goods = doc[k + 1] if adjective is not None and k + 1 < end else doc[k]
        if not goods.lower_.rsplit("-", 1)[-1].endswith(GOODS):
            return []
        if adjective is not None:
            return [adjective]
        prefix = goods.text.rsplit("-", 1)[0] if "-" in goods.text else ""
        known = [EntityRef(hit.kind, hit.id) for hit in ctx.gaz.lookup(prefix) if hit.kind in (STATE, ORGANIZATION)]
        if known:
            return known[:1]  # "auf EU-Waren"
        if goods.i + 2 < sent.end and doc[goods.i + 1].lower_ == "aus":
            origin = first_entity(ctx, goods.i + 2, min(sent.end, goods.i + 4))
            return [origin[1]] if origin and origin[1].kind in (STATE, ORGANIZATION) else []
        return []
    return []


def _parties_in(ctx: DocContext, sent: Span) -> list[EntityRef]:
    """ "ÖVP, FPÖ und Grüne hatten sich nach der Gemeinderatswahl geeinigt", "bei den Wahlen 2012 hinter ÖVP und
    KPÖ": the parties a sentence about an election names ran in it."""
    out = []
    for t in sent:
        hit = ctx.entity(t)
        if hit and hit[0].start == t.i and hit[1].kind == "organization":
            known = ctx.gaz.get(hit[1].kind, hit[1].key)
            if (known is not None and known.subtype == "party") or "partei" in hit[0].text.lower():
                out.append(hit[1])
    return out


def _war_state(ctx: DocContext, token: Token, sent: Span) -> list[EntityRef]:
    """ "der Krieg in der Ukraine", "im Bürgerkrieg in Sri Lanka": the state a war is fought in fights in it."""
    doc = ctx.doc
    i = token.i + 1
    if i >= sent.end or doc[i].lower_ not in ("in", "im"):
        return []
    i += 1
    while i < sent.end and doc[i].tag_ in ("ART", "ADJA"):
        i += 1
    hit = ctx.entity(doc[i]) if i < sent.end else None
    return [hit[1]] if hit and hit[1].kind == STATE else []


def _blamed(ctx: DocContext, token: Token) -> list[EntityRef]:
    """ "Die Armee machte für den Anschlag die Miliz X verantwortlich", "X sei für den Angriff verantwortlich":
    who is held responsible for the event took part in it (the one who blames did not)."""
    doc = token.doc
    i = token.i - 1
    while i >= 0 and doc[i].tag_ in ("ART", "ADJA", "PDAT", "PIAT", "CARD"):
        i -= 1
    if i < 0 or doc[i].lower_ != "für":
        return []
    start, end, _ = clause_bounds(token)
    if not any(t.lower_.startswith("verantwortlich") for t in doc[start:end]):
        return []
    if not any(t.lemma_ == "machen" for t in doc[start:end]):
        subject = clause_subject(ctx, token)
        return [subject] if subject else []
    out = []  # "machte für X die Miliz verantwortlich": the object after the event
    for k in range(token.i + 1, end):
        hit = ctx.entity(doc[k])
        if hit and hit[0].start == k and hit[1].kind in ACTOR_KINDS and not (
                in_prepositional_phrase(ctx, k, token.i + 1)):
            out.append(hit[1])
    return out


def _compound_persons(ctx: DocContext, token: Token) -> list[EntityRef]:
    """ "Trump-Putin-Gipfel", "G-20-Gipfel", "NATO-Gipfel": the compound's first parts that name actors."""
    prefix = token.text.rsplit("-", 1)[0] if "-" in token.text else ""
    if not prefix:
        return []
    out = []
    names = ctx.surnames
    for part in [prefix] if ctx.gaz.lookup(prefix) else prefix.split("-"):
        if part in names:
            out.append(names[part])
            continue
        known = [k for k in ctx.gaz.lookup(part) if k.kind in ("organization", "person")]
        if known:
            out.append(EntityRef(known[0].kind, known[0].id))
    return out


def _adjective_states(ctx: DocContext, token: Token) -> list[EntityRef]:
    """ "des russisch-ukrainischen Krieges" -> Russland, Ukraine."""
    out = []
    i = token.i - 1
    while i >= 0 and ctx.doc[i].tag_ in ("ADJA", "ADJD"):
        if ctx.doc[i].lower_.startswith("anti"):  # "antichinesische Ausschreitungen" are against China
            i -= 1
            continue
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


def _prepositional(ctx: DocContext, token: Token, sent: Span, etype: str) -> list[EntityRef]:
    """Entities in "mit X", "zwischen X und Y", "gegen X", genitives right after the trigger; not "mit X" after a
    trigger that names where something else happens ("am Rande des Gipfels mit X zusammentreffen")."""
    out: list[EntityRef] = []
    doc = ctx.doc
    sidelines = token.pos_ != "VERB" and _sidelines(token)
    i = token.i + 1
    end = min(sent.end, token.i + 14)
    in_pp = False
    while i < end:
        t = doc[i]
        if t.pos_ in ("VERB", "AUX") or t.text in (".", ";", ":", "–", "—") or t.lower_ in ("dass", "weil", "ob"):
            break
        if t.text == "," and _including(doc, i) and (in_pp or token.pos_ == "VERB" and any(
                doc[k].lower_ in PARTICIPANT_PREPS for k in range(clause_bounds(token)[0], token.i))):
            # "hatte mit Vertretern beider Staaten gesprochen, darunter mit X, Y und Z": some of those the phrase
            # named before (not "verließen die Minister den Saal, darunter X": the list of another noun)
            in_pp, end = True, min(sent.end, i + 30)
            i += 2
            continue
        if t.text == "," and not in_pp:
            break
        if t.tag_ == "NN" and event_type(t.text) and not ctx.entity(t) and not _sidelines(t):
            break  # "nach seinem Telefonat mit X und seinem Treffen mit Y": Y belongs to the next event
        preps = ATTACK_PREPS if etype == "Attack" else PARTICIPANT_PREPS  # "Angriff auf X" names the target
        if etype == "Visit":
            preps = preps | {"bei", "beim"}  # "Antrittsbesuch bei Juncker": the host
        if sidelines:
            preps = preps - {"mit"}
        if t.lower_ in preps and doc[i - 1].lower_ in ("und", "sowie") and out:
            end = min(sent.end, i + 10)  # "mit X sowie mit dem indischen Sicherheitsberater Y": the list goes on
        if t.lower_ in preps or (etype == "Attack" and t.lower_ == "in" and i + 1 < end and doc[i + 1].lower_ in (
                "die", "den", "das")):  # "Invasion in die Tschechoslowakei": the direction is the target
            in_pp = True
        elif t.tag_ in ("APPR", "APPRART") and t.lower_ not in preps:
            in_pp = False
        hit = ctx.entity(t)
        meant = _man_meant(ctx, t) if not hit and doc[i - 1].lower_ in preps else []
        if meant:
            out += meant  # "ein Haftbefehl gegen ihn", "ein Treffen mit ihm"
            i += 1
            continue
        coordinated = bool(out) and doc[i - 1].lower_ in ("und", "sowie")
        genitive = _after_genitive_article(doc, i) or (  # "des EU-Abgeordneten X", "des Journalisten X"
            doc[i - 1].tag_ == "NN" and not ctx.entity(doc[i - 1]) and _after_genitive_article(doc, i - 1) and (
                bool(ctx.gaz.office_of(doc[i - 1].text)) or _article_before(doc, i - 1) == "des"
                or _genitive_of_trigger(doc, token, i - 1)))
        if hit and (in_pp or coordinated or i == token.i + 1 or genitive):
            if hit[1].kind != PLACE:
                out.append(hit[1])
            i = hit[0].end
            continue
        if not hit and etype == "Attack" and in_pp and t.tag_ == "ADJA" and doc[i - 1].lower_ in ("auf", "gegen"):
            state = ctx.state_of_word(t)  # "Angriffe auf iranische Atomanlagen": the state attacked
            if state is not None:
                out.append(state)
                i += 1
                continue
        members = _members_of(ctx, t) if not hit and etype in ("Summit", "Meeting") and (
            genitive or all(x.tag_ == "ADJA" for x in doc[token.i + 1:i])) else None
        if members is not None:  # "ein Gipfeltreffen osteuropäischer NATO-Staaten", "das Treffen der EU-Länder"
            out.append(members)
            i += 1
            continue
        if not hit and t.text[:1].isupper() and ctx.gaz.office_of(t.text):
            refs = _office_holders(ctx, t, end) or _office_prefix(ctx, t)
            if refs and (in_pp or genitive or i <= token.i + 2 and not sidelines):
                out.extend(refs)
                i = max(i + 1, _skip_genitive_states(ctx, i + 1, end))
                continue
        i += 1
    return out


def _including(doc, i: int) -> bool:
    """ ", darunter": a list of some of the group named before follows."""
    return i + 1 < len(doc) and doc[i + 1].lower_ == "darunter"


def _members_of(ctx: DocContext, token: Token) -> EntityRef | None:
    """ "NATO-Staaten", "EU-Länder", "G7-Mitglieder": the organization whose members the word names."""
    prefix, _, head = token.text.rpartition("-")
    if token.tag_ != "NN" or head.lower() not in MEMBER_NOUNS:
        return None
    known = next((k for k in ctx.gaz.lookup(prefix) if k.kind == "organization"), None)
    return EntityRef("organization", known.id) if known is not None else None


def _sidelines(token: Token) -> bool:
    """ "am Rande des Gipfels", "am Rande der UN-Vollversammlung": the event a meeting happens beside."""
    doc = token.doc
    k = token.i - 1
    while k > 0 and doc[k].tag_ == "ADJA":
        k -= 1
    return k >= 2 and doc[k].lower_ in ("des", "der") and doc[k - 1].lower_ == "rande" and doc[k - 2].lower_ == "am"


def _partners_before(ctx: DocContext, verb: Token, sent: Span, etype: str) -> list[EntityRef]:
    """A verb at the end of its clause has its "mit X", "gegen X" before it: "hat mit US-Präsident Donald
    Trump telefoniert", "wo er mit Juncker zusammentraf"."""
    start, _, opener = clause_bounds(verb)
    if not (verb.tag_ in ("VVPP", "VVINF", "VVIZU") or opener is not None):
        return []  # "telefonierte mit X": the phrase follows the verb, which _prepositional reads
    preps = ATTACK_PREPS if etype == "Attack" else PARTICIPANT_PREPS - {"von", "durch"}  # agents: _agents
    out: list[EntityRef] = []
    for i in range(start + 1, verb.i):
        if ctx.doc[i].lower_ in preps and ctx.doc[i].tag_ in ("APPR", "APPRART"):
            out += [ref for ref in _prepositional(ctx, ctx.doc[i - 1], sent, etype) if ref not in out]
    return out


def _after_genitive_article(doc, i: int) -> bool:
    """ "des (russischen) Außenministers", "des in Frankreich lebenden Journalisten", but not "in der Ukraine"."""
    k = _before_adjectives(doc, i - 1)
    return doc[k].lower_ in ("des", "der") and doc[k - 1].tag_ not in ("APPR", "APPRART")


def _genitive_of_trigger(doc, token: Token, i: int) -> bool:
    """ "beim Gipfeltreffen der südostasiatischen Staatengemeinschaft ASEAN": the noun at i opens the genitive
    right after the trigger (its article follows the trigger at once), so the name after that kind noun is the
    trigger's genitive too, whatever the article's gender."""
    k = i - 1
    while k > token.i and doc[k].tag_ == "ADJA":
        k -= 1
    return k == token.i + 1 and doc[k].lower_ in ("des", "der")


def _office_prefix(ctx: DocContext, token: Token) -> list[EntityRef]:
    """ "beim Treffen der EU-Außenminister", "mit dem US-Außenminister": unnamed office holders of a body or state
    named by the compound's first part stand for it."""
    nxt = ctx.doc[token.i + 1] if token.i + 1 < len(ctx.doc) else None
    if "-" not in token.text or (nxt is not None and ctx.entity(nxt)):
        return []  # "des EU-Abgeordneten Ewald Stadler": the named holder takes part
    states = ctx.prefix_states(token)
    if states:
        return states[:1]
    known = [k for k in ctx.gaz.lookup(token.text.rsplit("-", 1)[0]) if k.kind == "organization"]
    return [EntityRef(known[0].kind, known[0].id)] if known else []


def _article_before(doc, i: int) -> str:
    return doc[_before_adjectives(doc, i - 1)].lower_


def _before_adjectives(doc, k: int) -> int:
    """The word before the adjectives that end at k, a participle's own phrase included: "des | in Frankreich
    lebenden bekannten Journalisten"."""
    while k > 0:
        if doc[k].tag_ == "ADJA":
            k -= 1
        elif k > 1 and doc[k + 1].tag_ == "ADJA" and doc[k].tag_ in ("NE", "NN") and doc[k - 1].tag_ == "APPR":
            k -= 2  # "in Frankreich" before "lebenden"
        else:
            break
    return k


def _office_holders(ctx: DocContext, token: Token, end: int) -> list[EntityRef]:
    """ "dem US-Außenminister" -> its holder; "der Präsidenten der USA und Russlands" -> both presidents."""
    single = ctx.office_holder(token)
    if single is not None:
        return [single]
    office = ctx.gaz.office_of(token.text)
    states = _genitive_states(ctx, token.i + 1, end)
    return [ctx.holders.get((office[0], s), s) for s in states] if office else []


def _genitive_states(ctx: DocContext, i: int, end: int) -> list[EntityRef]:
    out = []
    doc = ctx.doc
    while i < end:
        t = doc[i]
        hit = ctx.entity(t)
        if hit and hit[1].kind == STATE:
            out.append(hit[1])
            i = hit[0].end
        elif t.lower_ in ("der", "des", "und", "sowie"):
            i += 1
        else:
            break
    return out


def _skip_genitive_states(ctx: DocContext, i: int, end: int) -> int:
    doc = ctx.doc
    while i < end and (doc[i].lower_ in ("der", "des", "und", "sowie") or (
            ctx.entity(doc[i]) and ctx.entity(doc[i])[1].kind == STATE)):
        i += 1
    return i


def _visitor(ctx: DocContext, verb: Token) -> bool:
    """A visit verb's clause names who travels: a subject that is a person or body, or a state named before the
    verb ("Merkel besuchte Polen"; not "Kampfjets besuchen Litauen und Rumänien", where the states are visited)."""
    if verb.tag_ == "VVPP" and _passive_agent(ctx, verb):
        return True
    subject = clause_subject(ctx, verb)
    if subject is None:
        return False
    return subject.kind != STATE or bool(ctx.mentions_between(subject, sentence(verb).start, verb.i))


def _document_part(token: Token) -> bool:
    """ "Artikel 50 des EU-Vertrags", "Absatz 3 des Abkommens": a treaty cited as a text, not an event."""
    doc = token.doc
    i = token.i - 1
    while i >= 0 and doc[i].tag_ == "ADJA":
        i -= 1
    if i < 1 or doc[i].lower_ not in ("des", "der"):
        return False
    i -= 1
    while i >= 0 and (doc[i].tag_ == "CARD" or doc[i].like_num):
        i -= 1
    return i >= 0 and doc[i].lower_.startswith(CITED_PARTS)


def _office_complement(ctx: DocContext, token: Token) -> bool:
    """ "der Generaldirektor für Militäroperationen", "die Beauftragte für Wahlen": the noun names what an office
    is for, no event."""
    doc = ctx.doc
    k = token.i - 1
    while k > 0 and doc[k].tag_ == "ADJA":
        k -= 1
    return k > 0 and doc[k].lower_ == "für" and doc[k - 1].tag_ == "NN" and bool(ctx.gaz.office_of(doc[k - 1].text))


def _coalition(token: Token) -> bool:
    return token.pos_ != "VERB" and token.lower_.replace("-", "").endswith(("koalition", "koalitionen"))


def _travel_goal(ctx: DocContext, verb: Token) -> bool:
    """ "Schüssel kam eigens nach Kärnten", "Merkel reiste am Montag nach Kiew": a finite travel verb without a
    particle ("kam ... an", "kam ... zustande" are other verbs) whose clause names a place or state after "nach"."""
    start, end, _ = clause_bounds(verb)
    doc = ctx.doc
    # the auxiliary ends a subordinate clause: "X, der im Mai nach Washington gereist war"
    perfect = verb.tag_ == "VVPP" and any(t.lemma_ == "sein" and t.tag_ == "VAFIN" for t in doc[start:end])
    planned = verb.tag_ == "VVINF" and any(t.tag_ == "VMFIN" for t in doc[start:end])
    if verb.tag_ != "VVFIN" and not perfect and not planned or _infinitive_with_zu(verb):
        return False  # "war nach Beirut gereist", "soll nach Nikosia reisen" (not "die nach Beirut gereiste ...")
    if any(t.tag_ == "PTKVZ" and t.lower_ != "weiter" for t in doc[verb.i + 1:end]):
        return False  # "kam zustande"; but "fliegt in die USA weiter" goes on to a goal
    subject = _subject_before_verb(ctx, verb, frozenset()) or clause_subject(ctx, verb)
    if subject is None or subject.kind != "person":
        return False
    goal = _goal(ctx, verb)
    return goal is not None and goal.kind in (PLACE, STATE)


def _expected_in(ctx: DocContext, verb: Token) -> bool:
    """ "X wird am Mittwoch in Teheran erwartet": a person expected in a named place or state is to visit it (not
    "In Teheran wird erwartet, dass ...", nor "Ein Urteil wird in Kürze erwartet")."""
    if verb.lemma_ != "erwarten" or not _passive(verb):
        return False
    _, end, _ = clause_bounds(verb)
    subject = clause_subject(ctx, verb)
    if subject is None or subject.kind != "person" or any(t.lower_ in ("dass", "ob") for t in ctx.doc[verb.i:end + 1]):
        return False
    return _arrival_goal(ctx, verb) is not None  # where one is expected, as where one arrives


def _goal(ctx: DocContext, verb: Token) -> EntityRef | None:
    """Where a travel verb's clause goes: the name after "nach" ("nach Kiew"), or after "in" with an article
    ("in die USA", "in den Iran")."""
    doc = ctx.doc
    start, end, _ = clause_bounds(verb)
    for i in range(verb.i + 1 if verb.tag_ == "VVFIN" else start, end - 1):
        k = i + 1 if doc[i].lower_ == "nach" else i + 2 if (
            doc[i].lower_ == "in" and doc[i + 1].lower_ in ("die", "den", "das")) else None
        hit = ctx.entity(doc[k]) if k is not None and k < end else None
        if hit and hit[0].start == k:
            return hit[1]
        # otherwise a "nach" of time ("Nach einem Telefonat ... war X nach Algier gereist"): the goal may follow
    return None


def _designated_terrorists(verb: Token) -> bool:
    """ "hatte X und Y als ausländische Terrororganisationen eingestuft", "kündigte an, X als terroristische
    Vereinigung einzustufen": "als" before a word of terror in the verb's clause."""
    start, end, _ = clause_bounds(verb)
    doc = verb.doc
    return any(doc[i].lower_ == "als" and any("terror" in t.lower_ for t in doc[i + 1:min(end, i + 4)])
               for i in range(start, end))


def _arrived(ctx: DocContext, verb: Token) -> bool:
    """ "Merkel ist am Montag in Peking eingetroffen", "Obama landete in Havanna": a named person arriving in a
    named place or state (not "wird in Hannover erwartet", not an infinitive of what is planned)."""
    if verb.tag_ not in ("VVFIN", "VVPP") or _infinitive_with_zu(verb) or _modal_clause(verb):
        return False
    if verb.lemma_ in STAYS and not _reflexive(verb):
        return False
    start, end, _ = clause_bounds(verb)
    if any(t.lower_ in RANKS and t.tag_ == "NN" for t in ctx.doc[start:end]):
        return False  # "X landete in der ersten Runde auf dem ersten Platz": a rank reached, not a place
    subject = clause_subject(ctx, verb)
    return subject is not None and subject.kind == "person" and _arrival_goal(ctx, verb) is not None


def _arrival_goal(ctx: DocContext, verb: Token) -> EntityRef | None:
    """The place or state after "in" in the clause of a verb of arriving."""
    start, end, _ = clause_bounds(verb)
    doc = ctx.doc
    for i in range(start, end - 1):
        if doc[i].lower_ in ("in", "im"):
            k = i + 1 + (doc[i + 1].lower_ in ("der", "den"))
            hit = ctx.entity(doc[k]) if k < end else None
            if hit and hit[1].kind in (PLACE, STATE):
                return hit[1]
    return None


def _coalition_made(ctx: DocContext, token: Token) -> bool:
    """ "hat eine Koalition gebildet", "bildeten eine Koalition", but not "eine Koalition zu bilden" (tried,
    failed, promised) or "will eine Koalition bilden" (only wanted)."""
    verb = _light_verb(ctx, token, COALITION_VERBS)
    return verb is not None and verb.tag_ in ("VVFIN", "VVPP") and not _infinitive_with_zu(verb)


def _light_verb(ctx: DocContext, token: Token, verbs: set[str]) -> Token | None:
    """ "Die Grünen reichten Klage ein", "Brüssel verhängte Sanktionen": the trigger is the object of a
    verb that says its subject does it, so the subject takes part ("Putin sprach über den Krieg" is no such verb)."""
    doc = token.doc
    sent = sentence(token)
    if _governed(token):
        return None
    i = token.i - 1
    while i >= sent.start and doc[i].tag_ in ("ART", "ADJA", "ADJD", "PIAT", "CARD", "PPOSAT", "ADV", "PROAV"):
        i -= 1
    if i >= sent.start and doc[i].pos_ == "VERB":  # "verhängte neue Sanktionen"
        return doc[i] if doc[i].lemma_ in verbs and doc[i + 1].lower_ not in ("des", "der") else None
    for k in range(token.i + 1, sent.end):  # "Sanktionen gegen Belarus verhängt hatte"
        if doc[k].pos_ == "AUX" and doc[k].lemma_ in ("werden", "haben", "sein"):
            continue  # "Die Sanktionen wurden von der EU verhängt": the participle ends the clause
        if doc[k].tag_ == "PTKVZ":
            break  # "setzte die Angriffe fort": the finite verb before carries the particle
        if doc[k].tag_ == "KON" and k + 1 < sent.end and doc[k + 1].tag_ in ("VVFIN", "VAFIN", "VMFIN"):
            break  # "unterzeichnete ... eine Vereinbarung und kaufte zudem Pesos": the next verb is another clause's
        if doc[k].pos_ in ("VERB", "AUX"):
            return doc[k] if doc[k].pos_ == "VERB" and doc[k].lemma_ in verbs else None
        if doc[k].text in (",", ";", ":", "."):
            break
    return _finite_before(token, verbs)


def _met_with(verb: Token) -> bool:
    """ "Putin traf sich mit Vertretern der Opposition": "treffen" with "sich" and "mit" is a meeting (not "traf eine
    Entscheidung", "die Sanktionen treffen Russland")."""
    if verb.lemma_ != "treffen":
        return False
    start, end, _ = clause_bounds(verb)
    words = {t.lower_ for t in verb.doc[start:end]}
    return "sich" in words and "mit" in words


# Nouns with which "treffen" makes one verb of them ("eine Entscheidung treffen" = entscheiden): no meeting.
SUPPORT_VERB_OBJECTS = {"entscheidung", "entscheidungen", "vorkehrungen", "vorkehrung", "maßnahmen", "vereinbarung",
                        "vereinbarungen", "absprache", "absprachen", "wahl", "auswahl", "regelung", "regelungen",
                        "vorbereitungen", "feststellung", "festlegung", "verabredung", "übereinkunft", "abmachung"}


def _support_verb_object(verb: Token) -> bool:
    """ "Die Abgeordneten trafen die Entscheidung", "eine Vereinbarung getroffen": "treffen" with such an object
    is the act the noun names."""
    return any(t.lower_ in SUPPORT_VERB_OBJECTS for t in _clause(verb))


# Nouns for courts: "vor dem Verfassungsgericht", "vor dem Strafgerichtshof", "vor dem Tribunal".
COURTS = ("gericht", "gerichts", "gerichtshof", "gerichtshofs", "tribunal", "tribunals", "richter", "richterin")


def _court_heard_before(ctx: DocContext, token: Token) -> Token | None:
    """ "die Verhandlung vor dem Obersten Gerichtshof der USA": "vor" and a court right after the noun (the
    court's first word)."""
    doc = ctx.doc
    end = min(sentence(token).end, token.i + 6)
    k = token.i + 1
    if k >= end or doc[k].lower_ != "vor":
        return None
    k += 1
    while k < end and doc[k].tag_ in ("ART", "ADJA") and ctx.entity(doc[k]) is None:
        k += 1
    if k >= end:
        return None
    hit = ctx.entity(doc[k])
    words = hit[0] if hit is not None else [doc[k]]
    return doc[k] if any(t.lower_.endswith(COURTS) for t in words) else None


# Verbs of stopping what goes on: "die Hilfe aussetzen", "stoppt Militärhilfe", "fror die Lieferungen ein".
STOPPING = {"aussetzen", "stoppen", "einstellen", "einfrieren", "streichen", "blockieren", "unterbrechen",
            "beenden", "kürzen", "zurückhalten", "verweigern"}


def _stopped(token: Token) -> bool:
    """The noun is the object of a verb of stopping in its clause ("die Militärhilfe für die Ukraine auszusetzen",
    "Washington stoppt Militärhilfe für Kiew")."""
    return any(t.pos_ == "VERB" and t.lemma_ in STOPPING for t in _clause(token))


def _coordination(token: Token) -> bool:
    """ "eine enge Abstimmung im Dreierformat mit den USA", "zwischen Berlin und Paris": an "Abstimmung" with
    someone is coordination, not a vote (which is taken by a body, not with a partner)."""
    if token.pos_ == "VERB" or _head(token.text) != "abstimmung":
        return False
    doc = token.doc
    for t in doc[token.i + 1: min(sentence(token).end, token.i + 6)]:
        if t.lower_ in ("mit", "zwischen"):
            return True
        if t.pos_ in ("VERB", "AUX") or t.is_punct or t.lower_ == "über":
            break  # "Abstimmung über den Umgang mit X" is a vote on it
    return False


def _talked_with(ctx: DocContext, verb: Token) -> bool:
    """ "X hatte dort mit Kremlchef Putin über die Stützpunkte gesprochen": a finite or perfect verb of talking
    with a named person, state or body after "mit" (not a medium: "sprach mit der Zeitung X" is an interview,
    which _interview drops)."""
    if verb.tag_ not in ("VVFIN", "VVPP") or _infinitive_with_zu(verb) or _modal_clause(verb):
        return False
    return any(ref.kind in ACTOR_KINDS and not _medium(ctx, ref) for ref in _named_after_mit(ctx, verb))


def _agreed_with(ctx: DocContext, verb: Token, event: Event) -> bool:
    """ "Mit dem Libanon vereinbarte die neue Führung ...", "Beide Länder hatten sich mit Washington geeinigt": a
    verb of agreeing whose partner after "mit" is named makes an agreement even when the other side is only
    described; the one named party is the partner."""
    if verb.lemma_ not in AGREEING_VERBS | {"vereinbaren"} or len(event.participants) != 1:
        return False
    return event.participants[0] in _named_after_mit(ctx, verb)


def _named_after_mit(ctx: DocContext, verb: Token) -> list[EntityRef]:
    """What the verb's clause names right after each "mit" (past its article and attributes): its partners."""
    doc = verb.doc
    start, end, _ = clause_bounds(verb)
    out = []
    for i in range(start, end - 1):
        if doc[i].lower_ == "mit":
            k = skip_attributes(doc, i + 1, 1, i + 1, ctx)
            hit = ctx.entity(doc[k]) if k < end else None
            if hit and hit[0].start == k:
                out.append(hit[1])
    return out


def _modal_clause(verb: Token, passive: bool = False) -> bool:
    """ "X will Y treffen", "X soll angeklagt werden": a clause under a modal of will or plan (not "X soll
    festgenommen worden sein", which reports what is said to have happened)."""
    start, end, _ = clause_bounds(verb)
    clause = verb.doc[start:end]
    if passive and not any(t.tag_ == "VAINF" and t.lemma_ == "werden" for t in clause):
        return False
    return any(t.tag_ == "VMFIN" and t.lemma_ in ("wollen", "sollen", "möchten", "mögen") for t in clause)


def _intended(verb: Token) -> bool:
    """ "Das Parlament wollte am Donnerstag zusammenkommen", "X soll Y treffen": an infinitive under a modal
    of will or plan tells of what has not happened; but one that "soll" on a named day is scheduled ("wo er am
    Montag mit X zusammentreffen soll")."""
    doc = verb.doc
    if verb.tag_ == "VVINF" and verb.i + 2 < len(doc) and doc[verb.i + 1].tag_ == "PTKZU" \
            and doc[verb.i + 2].tag_ == "VMINF":
        return True  # "warf ihnen vor, ihn töten zu wollen"
    return verb.tag_ == "VVINF" and _modal_clause(verb) and not _scheduled(verb)


def _scheduled(verb: Token) -> bool:
    """ "soll am Montag ...": a plan with its day fixed, as a programme reports it."""
    start, end, _ = clause_bounds(verb)
    clause = verb.doc[start:end]
    return any(t.tag_ == "VMFIN" and t.lemma_ == "sollen" for t in clause) and any(
        t.lower_ in WEEKDAYS and t.i > 0 and verb.doc[t.i - 1].lower_ == "am" for t in clause)


def _reflexive(verb: Token) -> bool:
    start, end, _ = clause_bounds(verb)
    return any(t.lower_ == "sich" for t in verb.doc[start:end])


def _consists(verb: Token) -> bool:
    """ "setzt sich aus X zusammen": what something is made of."""
    start, end, _ = clause_bounds(verb)
    return any(t.lower_ == "aus" for t in verb.doc[start:end])


def _agreed_on_event(verb: Token) -> bool:
    """ "einigten sich am Montag auf ein neues Abkommen": an event noun after "auf" in the verb's clause."""
    doc = verb.doc
    start, end, _ = clause_bounds(verb)
    for i in range(start, end - 1):
        if doc[i].lower_ != "auf":
            continue
        k = i + 1
        while k < end and doc[k].tag_ in ("ART", "ADJA", "PIAT", "CARD"):
            k += 1
        if k < end and doc[k].tag_ == "NN" and event_type(doc[k].text):
            return True
    return False


def _event_object(verb: Token) -> bool:
    """An event noun in the verb's clause: "vereinbarten eine Waffenruhe", "ein Treffen wurde vereinbart"."""
    start, end, _ = clause_bounds(verb)
    return any(t.tag_ == "NN" and event_type(t.text) for t in verb.doc[start:end])


def _gathering_verb(token: Token) -> Token | None:
    """ "X, Y und Z trafen sich zu einem Dreiergipfel", "kamen zum Gipfel zusammen": the verb of meeting whose "zu"
    governs the trigger."""
    doc = token.doc
    start, end, _ = clause_bounds(token)
    i = token.i - 1
    while i > start and doc[i].tag_ in ("ART", "ADJA", "PIAT", "CARD"):
        i -= 1
    if doc[i].lower_ not in ("zu", "zum", "zur"):
        return None
    return next((t for t in doc[start:end] if t.pos_ == "VERB" and t.lemma_ in GATHERING_VERBS), None)


def _agreeing_verb(token: Token) -> Token | None:
    """ "X und Y einigten sich auf einen Kompromiss": the verb of agreeing whose "auf" governs the trigger."""
    doc = token.doc
    start, end, _ = clause_bounds(token)
    i = token.i - 1
    while i > start and doc[i].tag_ in ("ART", "ADJA", "PIAT", "CARD"):
        i -= 1
    if doc[i].lower_ != "auf":
        return None
    return next((t for t in doc[start:end] if t.pos_ == "VERB" and t.lemma_ in AGREEING_VERBS), None)


def _governed(token: Token) -> bool:
    """ "bei den Luftangriffen": the trigger is in a prepositional phrase (not "fliegt seit Monaten Luftangriffe",
    where the phrase ends before it)."""
    doc = token.doc
    i = token.i - 1
    while i >= sentence(token).start and doc[i].tag_ in ("ART", "ADJA", "PPOSAT", "CARD", "ADV", "PIAT"):
        i -= 1
    return i >= sentence(token).start and doc[i].tag_ in ("APPR", "APPRART", "APPO")


def _finite_before(token: Token, verbs: set[str]) -> Token | None:
    """ "Am Montag schlossen X, Y und Z nach langen Gesprächen einen Kompromiss": with the clause's last verb
    after the trigger missing, the finite verb in second position before it governs it as its object."""
    doc = token.doc
    start, _, _ = clause_bounds(token)
    for k in range(token.i - 1, start - 1, -1):
        if doc[k].pos_ in ("VERB", "AUX"):
            return doc[k] if doc[k].tag_ == "VVFIN" and doc[k].lemma_ in verbs else None
    return None


def _partners(ctx: DocContext, verb: Token) -> list[EntityRef]:
    """ "X hat mit Y ein Abkommen geschlossen": the actors after "mit" in the making verb's clause."""
    doc = ctx.doc
    start, end, _ = clause_bounds(verb)
    out = []
    for i in range(start, end - 1):
        if doc[i].lower_ != "mit":
            continue
        k = i + 1
        while k < end and doc[k].tag_ in ("ART", "ADJA"):
            k += 1
        hit = ctx.entity(doc[k]) if k < end else None
        if hit and hit[1].kind in ACTOR_KINDS:
            out.append(hit[1])
            out += _enumerated(ctx, hit[0].end, end)
    return out


def _invited(ctx: DocContext, token: Token) -> list[EntityRef]:
    """ "Modi lud Starmer zu einem Besuch ein", "X hat Y zu einem Gipfel eingeladen": who invites (the subject), and
    the actor invited, before the event it is invited to."""
    start, end, _ = clause_bounds(token)
    verb = next((t for t in ctx.doc[start:end] if t.pos_ == "VERB" and t.lemma_ in INVITING_VERBS), None)
    if verb is None:
        return []
    host = clause_subject(ctx, verb)
    lo = verb.i + 1 if verb.i < token.i else start
    hits = [ctx.entity(t) for t in ctx.doc[lo:token.i]]
    invited = [hit[1] for hit in hits if hit and hit[0].start >= lo and hit[1].kind in ACTOR_KINDS
               and hit[1] != host and not in_prepositional_phrase(ctx, hit[0].start, lo)][:1]
    return ([host] if host is not None and host.kind in ACTOR_KINDS else []) + invited


def _relative_makers(ctx: DocContext, token: Token, verbs: set[str]) -> list[EntityRef]:
    """ "ein Abkommen, das X mit Y geschlossen hat": a relative clause on the trigger whose verb says its
    subject makes the event names who takes part — its actors outside other prepositions than "mit"."""
    doc = token.doc
    sent = sentence(token)
    if token.i + 3 >= sent.end or doc[token.i + 1].text != "," or doc[token.i + 2].lower_ not in ("den", "die", "das"):
        return []
    if doc[token.i + 2].tag_ != "PRELS" and (doc[token.i + 2].tag_ != "ART" or doc[token.i + 3].tag_ in ("NN", "ADJA")):
        return []  # HanTa tags "den" of "den Deutschland ... schloss" as an article; "den Vertrag" is one
    start, end, _ = clause_bounds(doc[token.i + 3])
    verb = next((t for t in doc[token.i + 3:end] if t.pos_ == "VERB"), None)
    if verb is None or verb.lemma_ not in verbs:
        return []
    out = []
    for i in range(token.i + 3, verb.i):
        hit = ctx.entity(doc[i])
        if hit and hit[0].start == i and hit[1].kind in ACTOR_KINDS and (
                not in_prepositional_phrase(ctx, i, token.i + 3) or doc[i - 1].lower_ == "mit" or (
                doc[i - 2].lower_ == "mit" and doc[i - 1].tag_ == "ART")):
            out.append(hit[1])
    return out


def _attributive_makers(ctx: DocContext, token: Token) -> list[EntityRef]:
    """ "das zwischen Iran und den USA geschlossene Abkommen", "die von der FPÖ organisierte Demonstration": a
    participle of making before the trigger; the actors of its agent or "zwischen"/"mit" phrase take part."""
    doc = ctx.doc
    i = token.i - 1
    made = False
    while i >= 0 and doc[i].tag_ in ("ADJA", "ADJD", "ADV"):
        made = made or doc[i].lemma_.lower() in MAKING_PARTICIPLES
        i -= 1
    if not made:
        return []
    out = []
    sent_start = sentence(token).start
    k = i
    while k > sent_start and token.i - k < 12 and doc[k].pos_ not in ("VERB", "AUX") and doc[k].text not in (
            ",", ".", ";", ":"):
        if doc[k].tag_ in ("ART", "PDAT", "PPOSAT") and doc[k + 1].lower_ in MAKERS:
            break  # "Das | zwischen Iran und den USA geschlossene Abkommen": the phrase's own article
        hit = ctx.entity(doc[k])
        if hit and hit[0].start == k and hit[1].kind in ACTOR_KINDS:
            j = k - 1
            while j > sent_start and (doc[j].tag_ in ("ART", "ADJA") or (  # "von der Partei X"
                    doc[j].tag_ == "NN" and not ctx.entity(doc[j]))):
                j -= 1
            if doc[j].lower_ in MAKERS or doc[j].lower_ == "und":
                out.append(hit[1])
        k -= 1
    return out


def _before_attributes(token: Token) -> int:
    """The index of the word before the noun's adjectives and numbers: "seinen [ersten] Besuch"."""
    doc = token.doc
    i = token.i - 1
    while i > 0 and doc[i].tag_ in ("ADJA", "CARD") and token.i - i < 4:
        i -= 1
    return i


def _possessive(token: Token) -> Token | None:
    """The possessive before the noun: "sein Besuch", "seinen ersten Besuch"."""
    i = _before_attributes(token)
    return token.doc[i] if i >= 0 and token.doc[i].tag_ == "PPOSAT" else None


def _genitive_owner(ctx: DocContext, token: Token) -> EntityRef | None:
    """A name in the genitive right before the event noun is its doer: "Russlands Krieg", "Putins erster
    Besuch", "Irans Angriff" (a Saxon genitive: no article before the name; "Paris'" ends in an apostrophe)."""
    doc = ctx.doc
    if token.pos_ == "VERB":
        return None  # "hatten sich im Weißen Haus getroffen": a verb has no genitive
    i = _before_attributes(token)
    hit = ctx.entity(doc[i]) if 0 <= i < token.i else None
    if hit is None or hit[0].end != i + 1 or hit[1].kind not in ACTOR_KINDS or not hit[0].text.endswith(("s", "'")):
        return None
    before = doc[hit[0].start - 1] if hit[0].start > 0 else None
    if before is not None and before.tag_ in ("ART", "PDAT", "PIAT", "PPOSAT", "CARD", "APPRART"):
        return None  # "die Bundes Angriffe", "im Weißen Haus": no Saxon genitive after an article
    if hit[0].text.endswith("s") and ctx.gaz.lookup(hit[0].text) and not ctx.gaz.lookup(hit[0].text[:-1]) \
            and not hit[0].text.endswith("'"):
        return None  # a name that ends in -s itself ("die USA", "Paris") is no genitive
    return hit[1]


def _owner_agrees(ctx: DocContext, token: Token, possessive: Token, subject: EntityRef) -> bool:
    """The possessive before the event noun can be the subject's: not "ihre" for a man ("er", or a man's first
    name), not "sein" for a woman."""
    if subject.kind != "person":
        return True
    doc = token.doc
    he = any(t.lower_ == "er" and t.tag_ == "PPER" for t in doc[sentence(token).start:token.i])
    gender = "m" if he else ctx.person_gender(subject)
    if possessive.lower_.startswith("ihr"):
        return gender != "m"
    return gender != "f" if possessive.lower_.startswith("sein") else True


def _destination_states(ctx: DocContext, token: Token, sent: Span) -> list[EntityRef]:
    """ "Besuch ... in Kuba", "Reise nach China": the visited state takes part."""
    doc = ctx.doc
    for i in range(token.i + 1, min(sent.end, token.i + 10)):
        hit = ctx.entity(doc[i])
        before = doc[hit[0].start - 1].lower_ if hit else ""
        if before in ("den", "die", "der") and hit[0].start >= 2:  # "in den USA", "in die Türkei"
            before = doc[hit[0].start - 2].lower_
        if hit and hit[1].kind == STATE and before in ("in", "nach"):
            return [hit[1]]
        if hit and hit[1].kind == PLACE and before in ("in", "nach"):
            state = ctx.capital_state(hit[0].text)  # "reiste nach Doha": the host is Katar
            return [state] if state is not None else []
    return []


def _travel_destination(ctx: DocContext, verb: Token) -> EntityRef | None:
    """ "reiste am Montag nach Doha, um ... im Gazastreifen zu beraten": the place after "nach"."""
    goal = _goal(ctx, verb)
    return goal if goal is not None and goal.kind == PLACE else None


def _objects(ctx: DocContext, verb: Token) -> list[EntityRef]:
    """ "Kerry traf die Vertreter der FARC": actors after a verb trigger, outside other prepositions;
    before a clause-final participle or infinitive too ("hat Davutoğlu mit der Regierungsbildung beauftragt")."""
    out = []
    start, end, opener = clause_bounds(verb)
    # "wo er Juncker traf": in a clause with the verb at its end, the objects stand before it
    first = start if verb.tag_ in ("VVPP", "VVINF") or (opener is not None and opener.tag_ != "PRELS") else verb.i + 1
    doc = ctx.doc
    if first == start and not (verb.i + 2 < len(doc) and doc[verb.i + 1].text == "," and doc[verb.i + 2].lower_ in (
            "darunter", "unter")):
        # and a clause ends with that verb: "X war nach Islamabad gereist, der Minister Y besuchte ..." (not Y); but
        # "waren nach Moskau gereist, darunter X und Y" names who
        end = min(end, verb.i + 1)
    for i in range(first, end):
        if i == verb.i:
            continue
        hit = ctx.entity(ctx.doc[i])
        if hit and hit[1].kind in ACTOR_KINDS and hit[0].start == i and not in_prepositional_phrase(
                ctx, i, first if i < verb.i else verb.i + 1):
            out.append(hit[1])
        elif doc[i].lower_ == "ihn" and doc[i - 1].tag_ not in ("APPR", "APPRART"):
            out += _man_meant(ctx, doc[i])  # "Im März verurteilte ihn ein Gericht"
    return out


def _object_states(ctx: DocContext, verb: Token) -> list[EntityRef]:
    """ "Paris weist zwölf algerische Diplomaten aus", "hat russische Stellungen angegriffen": the state whose
    adjective qualifies the verb's unnamed object is the one the act is done to."""
    doc = ctx.doc
    start, end, opener = clause_bounds(verb)
    if verb.tag_ == "VVFIN" and opener is None:  # the object follows the finite verb
        k = verb.i + 1
        while k < end and doc[k].tag_ in ("ART", "CARD", "PIAT", "ADV"):
            k += 1
        first = k
        while k < end and doc[k].tag_ == "ADJA":
            k += 1
        words = range(first, k)
    else:  # "... Diplomaten auszuweisen", "... Stellungen angegriffen": the object ends right before the verb
        k = verb.i - 1 - (verb.i > 0 and doc[verb.i - 1].tag_ == "PTKZU")
        first = k
        while first - 1 > start and doc[first - 1].tag_ == "ADJA":
            first -= 1
        words = range(first, k)
    if not (start <= k < end) or doc[k].tag_ != "NN" or ctx.entity(doc[k]):
        return []
    # only a state the text names (an adjective alone makes no node of its state)
    return list(dict.fromkeys(state for i in words if (state := ctx.state_of_word(doc[i])) in ctx.mentions))


def _agents(ctx: DocContext, verb: Token) -> list[EntityRef]:
    """A passive participle's agent takes part, and so, in a relative clause, does the antecedent it
    happened to: "Sanchez, der von König Felipe VI. mit der Regierungsbildung betraut worden war"."""
    agent = _passive_agent(ctx, verb) if verb.tag_ == "VVPP" else None
    if agent is None:
        return []
    _, _, opener = clause_bounds(verb)
    doc = ctx.doc
    antecedent = ctx.entity(doc[opener.i - 2]) if opener is not None and opener.tag_ == "PRELS" \
        and opener.i >= 2 and doc[opener.i - 1].text == "," else None
    return [agent, antecedent[1]] if antecedent and antecedent[1].kind in ACTOR_KINDS else [agent]


def _passive_agent(ctx: DocContext, verb: Token) -> EntityRef | None:
    """The agent after von/vom/durch in the participle's clause; a title or a kind noun before its name is
    skipped ("von König Felipe VI.", "von der Islamistengruppe Ansar Dine"). (Statements find their agent
    with the plain walk of statements._agent: with this one, "von Präsidentin X begrüßt" — greeted — became
    a statement.)"""
    start, end, _ = clause_bounds(verb)
    doc = ctx.doc
    for i in range(start, end - 1):
        if doc[i].lower_ not in ("von", "vom", "durch"):
            continue
        k = i + 1
        while k < end and (doc[k].tag_ in ("ART", "ADJA") or (doc[k].tag_ in ("NN", "NE") and not ctx.entity(
                doc[k]) and (ctx.gaz.office_of(doc[k].text) or (k + 1 < end and ctx.entity(doc[k + 1]))))):
            k += 1
        hit = ctx.entity(doc[k]) if k < end else None
        if hit and hit[1].kind in ACTOR_KINDS:
            return hit[1]
    return None


def _embedded(ctx: DocContext, token: Token) -> bool:
    """ "auf einer Pressekonferenz", "bei einem Treffen": the clause's subject took part."""
    doc = token.doc
    i = token.i - 1
    while i >= sentence(token).start and (doc[i].tag_ in ("ART", "ADJA", "PIAT", "PPOSAT") or (
            doc[i].tag_ in ("ADJD", "ADV") and i + 1 < token.i and doc[i + 1].tag_ == "ADJA")):
        i -= 1  # "bei einer kurzfristig einberufenen Pressekonferenz"
    if i > sentence(token).start and doc[i].lower_ in ("zu", "zum", "zur") and doc[i - 1].lower_ in ALONGSIDE:
        return False  # "Parallel zu dem Treffen setzte das Ministerium ... aus": at the same time, not there
    if i > sentence(token).start and doc[i].lower_ in ("zu", "zum", "zur") and not _it_came_to(token):
        # "trat zur Sitzung zusammen", "ist in der Hauptstadt zu Besuch" (the verb's), not "die Möglichkeit
        # zur Feuereinstellung" (a noun's complement)
        if doc[i - 1].tag_ != "NN" or ctx.entity(doc[i - 1]):
            return True  # "der Landtag trat zur Sitzung zusammen"
        k = i - 1
        while k > sentence(token).start and doc[k].tag_ in ("NN", "ADJA", "ART", "CARD"):
            k -= 1
        return doc[k].tag_ in ("APPR", "APPRART") or doc[k].lemma_ in INVITING_VERBS  # "lud Lehrer zum Gipfel"
    if i > sentence(token).start and doc[i].lower_ == "rahmen" and doc[i - 1].lower_ == "im":
        return True  # "sagte X im Rahmen einer Podiumsdiskussion"
    if i >= sentence(token).start and doc[i].lower_ == "vor" and token.lower_ == "presse":
        return True  # "Merz sagte vor der Presse": the speaker holds it
    return i >= sentence(token).start and doc[i].lower_ in ("auf", "bei", "beim", "während")


def _framing_encounter(token: Token) -> bool:
    """ "Nach dem Treffen mit X sagte Y", "Im Gespräch mit X betonte Y", "Zu Besuch in Z sagte Y": a meeting or visit
    that frames the main clause before its verb is one its subject took part in (not an attack: "nach dem Anschlag
    verschärfte Frankreich die Gesetze")."""
    doc = token.doc
    sent = sentence(token)
    i = token.i - 1
    while i >= sent.start and (doc[i].tag_ in ("ART", "ADJA", "PPOSAT", "CARD") or (
            doc[i].tag_ == "ADV" and i + 1 < token.i and doc[i + 1].tag_ == "ADJA")):
        i -= 1  # "Nach einem rund einstündigen Treffen": an adverb of the adjective too
    # "Zu Besuch in Sarajevo stellte X klar", "Bei seinem Treffen mit Y sagte X"
    if i < sent.start or doc[i].lower_ not in ("nach", "vor", "im", "in", "zu", "bei", "beim"):
        return False
    if i > sent.start and doc[i - 1].lower_ in ALONGSIDE:
        return False  # "Parallel zu dem Treffen setzte X ... aus": beside it
    if i > sent.start + 1:
        # in the middle field with its partner: "X hat nach einem Telefonat mit Y neue Zölle angekündigt", "sagte X
        # nach dem Treffen mit Y"
        k = i - 1
        while k > sent.start and i - k <= 3 and doc[k].tag_ == "NE":
            k -= 1  # past the subject after the verb: "sagte Donald Trump nach dem Treffen mit Y"
        return doc[k].tag_ in ("VVFIN", "VAFIN", "VMFIN") and token.i + 1 < sent.end \
            and doc[token.i + 1].lower_ == "mit"
    if doc[token.i - 1].lower_ in ("dem", "der", "diesem", "dieser") and doc[i].lower_ in ("nach", "vor") and not (
            token.i + 1 < sent.end and doc[token.i + 1].lower_ in ("mit", "zwischen")):
        return False  # "Nach dem Treffen sprach X von ...": the meeting told of before, which X may not have attended
    verb = next((t for t in doc[token.i + 1:sent.end] if t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":")),
                None)
    return verb is not None and verb.tag_ in ("VVFIN", "VAFIN", "VMFIN")


def _joined(token: Token) -> bool:
    """ "Am Gipfel nahmen X, Y und Z teil", "an der Demonstration beteiligten sich X und Y", "X schloss sich den
    Gesprächen an", "zu dem Anschlag bekannte sich X": the subject of a verb of taking part in (or claiming) the
    event governed by its preposition (or its dative object)."""
    doc = token.doc
    i = token.i - 1
    while i >= sentence(token).start and doc[i].tag_ in ("ART", "ADJA", "PIAT", "PPOSAT", "CARD"):
        i -= 1
    if i < sentence(token).start:
        return False
    start, end, _ = clause_bounds(token)
    if any(t.tag_ in ("PTKZU", "VVIZU") for t in doc[start:end]):
        return False  # "bestreitet, an den Angriffen beteiligt gewesen zu sein": no subject of its own
    verbs = {t.lemma_ for t in doc[start:end] if t.pos_ == "VERB"}
    if doc[i].lower_ in ("an", "am"):
        return bool(verbs & PARTAKING)
    if doc[i].tag_ == "PRF" and "anschließen" in verbs:
        return True  # "X und Y schlossen sich den Gesprächen an": the event is the dative object of joining
    return doc[i].lower_ in ("zu", "zum", "zur") and "bekennen" in verbs


def _it_came_to(token: Token) -> bool:
    """ "Danach kam es in Vietnam zu Ausschreitungen": an impersonal clause, its "es" names nobody."""
    start, end, _ = clause_bounds(token)
    clause = token.doc[start:end]
    return any(t.lower_ == "es" for t in clause) and any(t.lemma_ == "kommen" for t in clause)


def _subjects(ctx: DocContext, token: Token, exclude: frozenset) -> list[EntityRef]:
    """The clause subject, and those coordinated with it ("Lawrow und Rubio"); a subject pronoun right after a
    verb trigger stands for the person mentioned last ("Dort traf sie Kanzler X")."""
    doc = ctx.doc
    after = doc[token.i + 1] if token.pos_ == "VERB" and token.i + 1 < len(doc) else None
    if after is not None and after.tag_ == "PPER" and after.lower_ in ("er", "sie"):
        antecedent = pronoun_antecedent(ctx, after)
        if antecedent is not None and antecedent not in exclude:
            return [antecedent]
    both = the_two_before(ctx, token)
    if both:
        return [r for r in both if r not in exclude]
    first = _subject_before_verb(ctx, token, exclude) or clause_subject(ctx, token, exclude) \
        or _troops_subject(ctx, token) or _office_subject(ctx, token)
    if first is None or first in exclude:
        return []
    out = [first]
    sent = sentence(token)
    spans = ctx.mentions_between(first, sent.start, sent.end)
    if spans and spans[0].end < token.i and any(
            t.tag_ == "VVFIN" and t.lemma_ in ctx.gaz.reporting_verbs and doc[t.i + 1].text == ","
            for t in doc[spans[0].end:token.i - 1]):
        return []  # "Peskow sagte, die Lieferungen verlängerten den Krieg": the speaker is no party to what he tells
    if spans:
        k = spans[0].end
        while k < sent.end and ctx.entity(ctx.doc[k]) and ctx.entity(ctx.doc[k])[1] == first:
            k = ctx.entity(ctx.doc[k])[0].end  # "die Regierungen | Russlands | und der Türkei"
        out += _enumerated(ctx, k, sent.end)
        before = _coordinated_before_apposition(ctx, spans[0], exclude)
        if before is not None and before not in out:
            out.insert(0, before)
    return [r for r in out if r not in exclude]


def _coordinated_before_apposition(ctx: DocContext, span: Span, exclude: frozenset) -> EntityRef | None:
    """ "X sowie der Chef des Geheimdienstes, Y, schlossen sich an": a subject named in an apposition closes a
    coordination that opens the sentence; its first member X (outside any preposition or genitive) is a subject
    too."""
    doc = ctx.doc
    comma = span.start - 1
    sent = sentence(doc[span.start])
    if comma <= sent.start or doc[comma].text != "," or span.end >= sent.end or doc[span.end].text != ",":
        return None
    before = doc[sent.start:comma]
    if any(t.pos_ in ("VERB", "AUX") and not ctx.entity(t) or t.text == "," for t in before):
        return None  # a clause of its own, or a list that the apposition does not close
    joint = [t.i for t in before if t.lower_ in ("und", "sowie")]
    if not joint:
        return None
    first = clause_subject(ctx, doc[joint[-1] - 1], exclude)
    if first is None or not ctx.mentions_between(first, sent.start, joint[-1]):
        return None
    return first


def _subject_before_verb(ctx: DocContext, verb: Token, exclude: frozenset) -> EntityRef | None:
    """ "..., Jordaniens Außenminister Aiman Safadi reiste nach Damaskus": in a main clause, the actor named right
    before the finite verb in second place is its subject, whatever the clause's first words were (a clause
    joined by a comma alone). Not in a clause with the verb at its end ("als Xi Putin traf")."""
    if verb.pos_ != "VERB" or verb.tag_ != "VVFIN" or verb.i == 0:
        return None
    start, end, opener = clause_bounds(verb)
    if opener is not None or verb.i + 1 >= end or verb.doc[verb.i + 1].is_punct:
        return None
    doc = verb.doc
    hit = ctx.entity(doc[verb.i - 1])
    if hit is None or hit[0].end != verb.i or hit[1].kind not in ACTOR_KINDS or hit[1] in exclude:
        return None
    k = hit[0].start - 1
    while k > start and (doc[k].tag_ in ("ART", "ADJA") or ctx.entity(doc[k]) or ctx.gaz.office_of(doc[k].text)):
        k -= 1
    return None if doc[k].lower_ in ("und", "sowie", "oder") else hit[1]  # "X und Y einigten sich": both


def _office_subject(ctx: DocContext, token: Token) -> EntityRef | None:
    """ "sagte der Präsident bei einer Pressekonferenz", "Der Außenminister reiste nach Kiew": an office noun with a
    nominative article that opens the clause or follows its finite verb is its subject, and stands for the one
    holder of that office the text named before."""
    doc = ctx.doc
    start, end, _ = clause_bounds(token)
    for i in range(start, end):
        t = doc[i]
        if t.tag_ != "NN" or ctx.entity(t) or not ctx.gaz.office_of(t.text):
            continue
        k = i - 1
        while k >= start and doc[k].tag_ == "ADJA":
            k -= 1
        if k < start or doc[k].lower_ not in ("der", "die"):
            continue
        if k == start or doc[k - 1].tag_ in ("VVFIN", "VAFIN", "VMFIN"):
            holder = ctx.office_holder(t)
            return holder if holder is not None and holder.kind == PERSON else None
    return None


def _troops_subject(ctx: DocContext, token: Token) -> EntityRef | None:
    """ "malische Soldaten töteten ...", "russische Truppen starteten eine Offensive": the state whose
    adjective qualifies the troops that are the clause's subject (outside any preposition or genitive)."""
    doc = ctx.doc
    start, end, _ = clause_bounds(token)
    clause = doc[start:end]
    if any(t.lemma_ == "werden" for t in clause) and any(t.tag_ == "VVPP" for t in clause):
        return None  # "wurden acht kongolesische Soldaten getötet": a passive's subject is who it happened to
    for i in range(start, end):
        t = doc[i]
        if t.tag_ != "NN" or not t.lemma_.lower().endswith(TROOPS) or ctx.entity(t):
            continue
        k = i - 1
        state = None
        while k >= start and doc[k].tag_ in ("ADJA", "ADJD"):
            state = state or ctx.state_of_word(doc[k])
            k -= 1
        if state is not None and not in_prepositional_phrase(ctx, k + 1, start) and not (
                k >= start and doc[k].lower_ in ("des", "der") and k > start and doc[k - 1].tag_ == "NN"):
            return state
        if state is None and i + 2 < end and doc[i + 1].lower_ in ("des", "der"):
            owner = ctx.entity(doc[i + 2])  # "Kämpfer der Taliban töteten ...": the group the fighters belong to
            first = k < start or (k == start and doc[k].tag_ in ("ART", "PIAT", "CARD"))
            if owner and owner[1].kind in ACTOR_KINDS and first:
                return owner[1]
    return None


def _enumerated(ctx: DocContext, k: int, end: int) -> list[EntityRef]:
    """The actors enumerated after a first one: "X und Y", "X (SPÖ), Landeshauptmann Y sowie die Vertreter Z,
    W und V"; a title or kind noun before a name is skipped, anything else ends the enumeration. Names after a
    comma count only when an "und" or "sowie" closes the list ("Erdoğan, die Türkei sei bereit": a new clause)."""
    doc = ctx.doc
    out: list[EntityRef] = []
    pending: list[EntityRef] = []  # names after commas, until "und" or "sowie" closes the list
    while k + 1 < end:
        if doc[k].text == "(":  # "X (SPÖ)": the party of the one before
            close = next((j for j in range(k + 1, min(end, k + 6)) if doc[j].text == ")"), None)
            if close is None:
                break
            k = close + 1
            continue
        if doc[k].lower_ not in ("und", "sowie", ","):
            break
        j = k + 1
        while j < min(end, k + 4) and not ctx.entity(doc[j]) and (doc[j].tag_ in ("ART", "ADJA") or (
                doc[j].tag_ == "NN" and doc[j].text[:1].isupper()) or bool(ctx.gaz.office_of(doc[j].text))):
            j += 1  # "sowie die Slowenenvertreter", ", Landeshauptmann", "und IAEA-Generaldirektor" (tagged NE)
        hit = ctx.entity(doc[j]) if j < end else None
        if not hit or hit[1].kind not in ACTOR_KINDS or hit[0].start != j:
            break
        hit = holder_after_genitive_state(ctx, hit)  # "und Russlands Präsident Wladimir Putin": not his state
        pending.append(hit[1])
        if doc[k].text != ",":
            out += pending
            pending = []
        k = hit[0].end
    return out


def _place(ctx: DocContext, token: Token, sent: Span) -> EntityRef | None:
    """ "Gipfel in Budapest", "Pressekonferenz in Moskau": the first place after "in"/"auf" following the trigger."""
    doc = ctx.doc
    for i in range(token.i + 1, min(sent.end, token.i + 18)):
        hit = ctx.entity(doc[i])
        if hit and hit[1].kind == PLACE and i > 0 and doc[hit[0].start - 1].lower_ in ("in", "im", "auf", "bei", ","):
            return hit[1]
        if doc[i].text == "," and i + 1 < sent.end and doc[i + 1].tag_ in ("PRELS", "KOUS"):
            break
    return None


def _date_near(ctx: DocContext, token: Token, sent: Span) -> object:
    """A day-precise date in the trigger's sentence, nearest to the trigger."""
    base = sent.start_char
    best = None
    for mention in find_dates(sent.text, ctx.reference_date):
        if mention.value is None:
            continue
        distance = abs(base + mention.start - token.idx)
        if best is None or distance < best[0]:
            best = (distance, mention.value)
    return best[1] if best else None
