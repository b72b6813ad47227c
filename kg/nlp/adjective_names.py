"""Names that begin with a capitalised adjective: "Österreichischer Rechtsanwaltskammertag", "Rotes Meer".

German writes adjectives in lower case, except as the first word of a name. So an attributive
adjective (STTS ADJA) with a capital letter inside a sentence starts a name ("des Österreichischen
Rechtsanwaltskammertags", "das Rote Kreuz", "im Schwarzen Meer"); its head noun says what is named:
an organization ("-partei", "-gericht", "-bund") or a place ("-meer", "-gebirge"). Other heads
("Kalter Krieg", "Erster Weltkrieg") name no organization or place and are left alone.

The canonical name is the nominative of a name without article ("Österreichischer
Rechtsanwaltskammertag", "Europäische Zentralbank", "Rotes Kreuz"): the head noun's gender is
known from its suffix, and the genitive -s/-es of masculine and neuter heads is dropped.

    >>> [(n.start, n.end, n.label, n.name) for n in adjective_names(["vom", "Österreichischen",
    ...     "Rechtsanwaltskammertag", "."], ["APPRART", "ADJA", "NN", "$."])]
    [(1, 3, 'ORG', 'Österreichischer Rechtsanwaltskammertag')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# Head-noun suffixes (lower case) by gender (m/f/n, p plural): what a name ending in them names.
ORGANIZATION_HEADS = {
    "f": ("partei kammer bank kommission union front bewegung gewerkschaft stiftung akademie universität "
          "hochschule gesellschaft vereinigung agentur zentrale kirche allianz liga organisation konferenz "
          "versammlung zeitung polizei armee behörde gemeinschaft fraktion galerie stelle sektion schule "
          "klinik bibliothek oper philharmonie messe diözese erzdiözese jugend holding bahn landesregierung "
          "staatsregierung rundschau"),
    "m": ("bund verband kammertag gerichtshof rat verein kongress halbmond senat rundfunk verlag konzern "
          "dienst pakt jugendring chor ausschuss rechnungshof landtag bundestag stab anzeiger kurier bote"),
    "n": ("gericht komitee institut amt kreuz fernsehen museum theater orchester ministerium zentrum "
          "schauspielhaus opernhaus konzerthaus literaturhaus verlagshaus auktionshaus kaufhaus krankenhaus "
          "bankhaus medienhaus klinikum gymnasium archiv festival filmfest kollektiv ensemble bistum erzbistum "
          "präsidium kommando büro sekretariat kommissariat direktorat tagblatt wochenblatt tageblatt"),
    "p": "festspiele werke nachrichten",
}
PLACE_HEADS = {
    "n": "meer gebirge tal becken reich imperium",
    "m": "see ozean wald golf platz osten westen",
    "f": "insel küste bucht straße allee wüste halbinsel republik",
    "p": "inseln",
}
# suffix -> (label, gender); the longest suffix wins
HEADS = {word: (label, gender) for label, heads in (("ORG", ORGANIZATION_HEADS), ("PLACE", PLACE_HEADS))
         for gender, words in heads.items() for word in words.split()}
SUFFIXES = sorted(HEADS, key=len, reverse=True)
SUFFIX_LENGTHS = sorted({len(word) for word in HEADS}, reverse=True)
# Words that end in a head without being one: "Emirat" is no council, "Soldat" no "-rat".
NOT_HEADS = {"emirat", "apparat", "referat", "inserat", "heirat", "vorrat", "unrat", "quadrat", "präparat",
             "zierrat", "hausrat", "karat", "diktat", "kandidat", "soldat", "automat", "format",
             # places, not offices: "-stelle"
             "haltestelle", "baustelle", "tankstelle", "feuerstelle", "fundstelle", "raststelle", "anlegestelle",
             # roads and tracks, not railway companies: "-bahn"
             "autobahn", "rennbahn", "landebahn", "startbahn", "bobbahn", "umlaufbahn", "laufbahn", "fahrbahn",
             "achterbahn", "kegelbahn", "radrennbahn", "eisbahn",
             "bereich", "teilbereich", "geschäftsbereich", "zuständigkeitsbereich"}  # no realm: "-reich"
# Capitalised adjectives that are not the start of a name: ordinals and quantifiers in titles and
# headlines are left to the statistical model.
NOT_NAME_ADJECTIVES = re.compile(r"^(Erst|Zweit|Dritt|Viert|Letzt|Nächst|Neu|Alt|Groß|Klein|Ganz|Viel|Wenig)")
STRONG = {"m": "er", "f": "e", "n": "es", "p": "e"}
DEFINITE = {"der", "die", "das", "des", "dem", "den", "im", "am", "vom", "zum", "zur", "beim", "ins", "ans", "aufs",
            "fürs", "übers", "durchs", "ums"}
ADJECTIVE_ENDING = re.compile(r"(en|em|er|es|e)$")
SENTENCE_OPENERS = {"$.", "$(", ""}
TOWN_ADJECTIVE = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]{2,}er$")
UPPER = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+(-[A-ZÄÖÜ][a-zäöüß]+)?$")


def _lexicon_word(word: str) -> bool:
    """Whether HanTa's lexicon knows the word (a noun such as "Träger"; not a town's adjective "Bayreuther")."""
    from .hanta_tagger import get_hanta

    hanta = get_hanta()
    return hanta.normalize(word) in hanta.cache


@dataclass(frozen=True)
class AdjectiveName:
    start: int
    end: int
    label: str  # "ORG" or "PLACE"
    name: str  # the nominative without article


def head_of(noun: str) -> tuple[str, str, str] | None:
    """(label, gender, nominative) of a head noun, or None: "Rechtsanwaltskammertags" ->
    ("ORG", "m", "Rechtsanwaltskammertag")."""
    low = noun.lower()
    last = low.rsplit("-", 1)[-1]
    if last in NOT_HEADS or last.removesuffix("s").removesuffix("e") in NOT_HEADS:
        return None
    # the longest suffix wins; looked up by length, not tried one by one (this runs for every noun)
    for length in SUFFIX_LENGTHS:
        for ending in ("", "s", "es", "n"):
            stem_end = len(low) - len(ending)
            if stem_end < length or not low.endswith(ending):
                continue
            found = HEADS.get(low[stem_end - length:stem_end])
            if found is None:
                continue
            label, gender = found
            if ending in ("s", "es") and gender in ("f", "p"):
                continue  # feminine and plural nouns take no genitive -s
            if ending == "n" and gender != "p":
                continue  # the dative plural: "an den Münchner Kammerspielen", "bei den Bayreuther Festspielen"
            return label, gender, noun[:stem_end] if ending else noun
    return None


def adjective_names(words: Sequence[str], tags: Sequence[str],
                    sentence_starts: Sequence[bool] | None = None) -> list[AdjectiveName]:
    """Spans of names built as capitalised adjective(s) + head noun, with their nominative names."""
    out = []
    i, n = 0, len(words)
    while i < n:
        first = i == 0 or tags[i - 1] in SENTENCE_OPENERS or (sentence_starts is not None and sentence_starts[i]) \
            or words[i - 1] in ("„", '"', "»", ":", "–")
        if tags[i] == "NN" and not first and TOWN_ADJECTIVE.match(words[i]) and i + 1 < n and i > 0 \
                and words[i - 1].lower() in DEFINITE and tags[i + 1] in ("NN", "NE"):
            # a town's adjective HanTa takes for a noun ("der Bayreuther Festspiele"): German joins two nouns in
            # one word, so a capitalised -er word before a body's noun is the adjective
            head = head_of(words[i + 1])
            if head is not None and head[0] == "ORG" and not _lexicon_word(words[i]):  # not "den Träger Jugendamt"
                out.append(AdjectiveName(i, i + 2, "ORG", f"{words[i]} {head[2]}"))
                i += 2
                continue
        if tags[i] != "ADJA" or first or not UPPER.match(words[i]) or NOT_NAME_ADJECTIVES.match(words[i]):
            i += 1
            continue
        j = i
        while j < n and j - i < 3 and tags[j] == "ADJA" and UPPER.match(words[j]):
            j += 1
        head = head_of(words[j]) if j < n and tags[j] in ("NN", "NE") and words[j][:1].isupper() else None
        if head is None:
            i = j + 1
            continue
        label, gender, noun = head
        # after a definite article a declined adjective ends in -e or -en: an -er there is a town's
        # indeclinable adjective ("der Tiroler Tageszeitung"), kept as it is
        definite = i > 0 and words[i - 1].lower() in DEFINITE
        adjectives = [w if definite and w.endswith("er") else ADJECTIVE_ENDING.sub("", w) + STRONG[gender]
                      for w in words[i:j]]
        out.append(AdjectiveName(i, j + 1, label, " ".join([*adjectives, noun])))
        i = j + 1
    return out
