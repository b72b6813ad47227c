"""Streets, squares and buildings named after people and towns: "Moritzstraße", "Bayreuther Straße".

German names them in two ways, both places (GermEval's LOC):
- one compound word whose first part is a name: "Pestalozzistraße", "Margaretenplatz",
  "Friedrich-Ebert-Straße" (hyphenated names are always names);
- a town's indeclinable adjective in -er before the noun: "die Bayreuther Straße", "das Brandenburger
  Tor", "die Walder Kirche". After a definite article a declined adjective never ends in -er
  ("die Rote Kirche"), so "-er" there marks the town adjective.

A compound's first part counts as a name when the project's word lists know it as a first name,
town, region, state or person, or as a surname of five letters or more: "Parkplatz", "Holzweg" and
"Königsweg" are common nouns although Park, Holz and König are surnames too.

    >>> from kg.nlp.name_features import BIT
    >>> names = {"Moritz": BIT["first"]}
    >>> [(s.start, s.end, s.name) for s in street_names(
    ...     ["in", "der", "Moritzstraße", "und", "am", "Brandenburger", "Tor"],
    ...     ["APPR", "ART", "NN", "KON", "APPRART", "ADJA", "NN"], names)]
    [(2, 3, 'Moritzstraße'), (5, 7, 'Brandenburger Tor')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .name_features import BIT

# Suffixes of compound street and building names (lower case).
# ("-tor" and "-ring" are left out: "Direktor", "Motor", "Hearing".)
COMPOUND_HEADS = ("straße", "strasse", "gasse", "allee", "platz", "weg", "damm", "ufer", "chaussee", "brücke",
                  "kirche", "park", "bahnhof", "stadion", "halle", "tal", "see")
# Nouns after a town adjective: "Bayreuther Straße", "Kölner Dom".
PLACE_NOUNS = {"Straße", "Strasse", "Platz", "Allee", "Gasse", "Weg", "Ring", "Damm", "Ufer", "Chaussee", "Brücke",
               "Tor", "Kirche", "Dom", "Münster", "Kathedrale", "Schloss", "Burg", "Berg", "Tal", "See", "Bucht",
               "Bahnhof", "Hauptbahnhof", "Hafen", "Park", "Stadion", "Halle", "Arena", "Markt", "Marktplatz"}
NAME_PART_BITS = BIT["first"] | BIT["city"] | BIT["region"] | BIT["state"] | BIT["capital"] | BIT["place"] \
    | BIT["person"]
NOT_NAME_PARTS = {"Park", "Berg", "Wald", "König", "Holz", "Stein", "Feld", "Bach", "See", "Markt", "Burg", "Kirch",
                  "Dom", "Haupt", "Stadt", "Land", "Dorf", "Kaiser", "Heim", "Kreis", "Ring", "Haus", "Hof",
                  "Garten", "Wasser", "Mittel", "Sonder", "Schul", "Spiel", "Sport", "Kampf", "Lehr", "Fuß",
                  "West", "Ost", "Nord", "Süd", "National", "Zentral", "Linden", "Schmuck", "Neben", "Seiten"}
# "eine Lindenallee", "mehrere Marktplätze": a common noun, not a name.
INDEFINITE = re.compile(r"^(ein|eine|einer|einen|einem|eines|kein\w*|viele\w*|mehrere\w*|jede\w*|manche\w*)$")
TOWN_ADJECTIVE = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]{2,}er$")
LINKING = ("en", "n", "s", "e")
# After these a declined adjective never ends in -er: there, "-er" is a town's adjective.
DEFINITE = {"der", "die", "das", "den", "dem", "des", "im", "am", "vom", "zum", "zur", "beim", "ins", "ans"}


@dataclass(frozen=True)
class StreetName:
    start: int
    end: int
    name: str


def _name_part(part: str, names: dict[str, int]) -> bool:
    if "-" in part:  # "Friedrich-Ebert-", "Susa-"
        return all(p[:1].isupper() for p in part.split("-") if p)
    for form in (part, *(part[: -len(e)] for e in LINKING if part.endswith(e) and len(part) - len(e) >= 3)):
        if form in NOT_NAME_PARTS:
            return False
        mask = names.get(form, 0)
        if mask & NAME_PART_BITS or (mask & BIT["surname"] and len(form) >= 5):
            return True
    return False


# Streets are named, whatever the first part ("Kirchenstraße", "Feldstraße", "Heugasse"), except the kinds of street:
# "eine Durchgangsstraße", "die Seitenstraße", "die Einkaufsstraße".
STREET_HEADS = ("straße", "strasse", "gasse")
STREET_KINDS = ("durchgangs", "umgehungs", "seiten", "neben", "einkaufs", "einbahn", "quer", "fern", "wasser",
                "zufahrts", "verbindungs", "bundes", "staats", "kreis", "gemeinde", "schnell", "auto", "verkehrs",
                "ausfall", "zubringer", "anlieger", "sack", "geschäfts", "wohn", "privat", "handels", "seiden",
                "küsten", "gebirgs", "pass", "pracht", "stadt", "fußgänger", "zoll", "maut", "militär",
                "versorgungs", "nachschub", "roll", "start")


def named_street(word: str) -> bool:
    """A compound on "-straße" or "-gasse" that is not a kind of street: "Kirchenstraße", "Heugasse"."""
    low = word.lower()
    for ending in ("", "s", "n"):
        base = low.removesuffix(ending) if ending else low
        if ending == "n" or not base.endswith(STREET_HEADS):
            continue
        head = next(h for h in STREET_HEADS if base.endswith(h))
        first = base[: len(base) - len(head)].rstrip("-")
        return len(first) >= 3 and not first.endswith(STREET_KINDS)
    return False


def compound_street(word: str, names: dict[str, int]) -> bool:
    """Whether one word is a street or building named after a name: "Moritzstraße", "Richard-Wagner-Straße"."""
    low = word.lower()
    if named_street(word):
        return True
    if "-" in word:  # "Richard-Wagner-Straße", "Susa-Tal"; not "Mit-Organisator", "Co-Editor"
        first, _, last = word.rpartition("-")
        return last.lower() in COMPOUND_HEADS and last[:1].isupper() and _name_part(first, names)
    for head in COMPOUND_HEADS:
        if low.endswith(head) and len(word) > len(head) + 2:
            return _name_part(word[: len(word) - len(head)], names)
    return False


# Words that open a street's or square's name in other languages: "Boulevard Voltaire", "Rue de Rivoli", "Avenue
# Habib Bourguiba", "Piazza Venezia" ("Via" is left out: it is also "via Twitter").
FOREIGN_STREETS = {"Boulevard", "Avenue", "Rue", "Piazza", "Plaza", "Calle", "Praça", "Largo"}
# The particles inside such a name, one token each ("Rue de la Paix").
STREET_PARTICLES = {"de", "du", "des", "del", "della", "di", "do", "da", "dos", "la", "le"}


def _foreign_street(words: Sequence[str], i: int) -> int:
    """The end of a street's name that opens with a foreign street word at i ("Rue de la Paix"), or i."""
    if words[i] not in FOREIGN_STREETS or i + 1 >= len(words):
        return i
    k = i + 1
    while k < len(words) and (words[k][:1].isupper() and words[k].replace("-", "").isalpha() or (
            words[k] in STREET_PARTICLES and k + 1 < len(words) and words[k + 1][:1].isupper())):
        k += 1
    return k if k > i + 1 and words[k - 1][:1].isupper() else i


def street_names(words: Sequence[str], tags: Sequence[str], names: dict[str, int]) -> list[StreetName]:
    """Spans of street and building names (one word, town adjective + noun, or a foreign street word + name)."""
    out = []
    for i, word in enumerate(words):
        if not word[:1].isupper() or tags[i] not in ("NN", "NE", "ADJA", "ADJD", "FM"):
            continue
        end = _foreign_street(words, i)
        if end > i:  # "am Boulevard Voltaire"
            out.append(StreetName(i, end, " ".join(words[i:end])))
            continue
        if tags[i] == "FM":
            continue
        if i > 0 and INDEFINITE.match(words[i - 1].lower()):
            continue
        after_article = i > 0 and words[i - 1].lower() in DEFINITE
        if i + 1 < len(words) and words[i + 1] in PLACE_NOUNS and TOWN_ADJECTIVE.match(word) and (
                after_article or names.get(word[:-2], 0) & NAME_PART_BITS):
            out.append(StreetName(i, i + 2, f"{word} {words[i + 1]}"))
        elif tags[i] in ("NN", "NE") and compound_street(word, names):
            out.append(StreetName(i, i + 1, word))
    return out
