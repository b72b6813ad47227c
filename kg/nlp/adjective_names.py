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

# Head-noun suffixes (lower case) -> (label, gender m/f/n). Longest suffix wins.
HEADS = {
    # organizations
    "partei": ("ORG", "f"), "bund": ("ORG", "m"), "verband": ("ORG", "m"), "kammer": ("ORG", "f"),
    "kammertag": ("ORG", "m"), "gericht": ("ORG", "n"), "gerichtshof": ("ORG", "m"), "bank": ("ORG", "f"),
    "rat": ("ORG", "m"), "kommission": ("ORG", "f"), "komitee": ("ORG", "n"), "union": ("ORG", "f"),
    "front": ("ORG", "f"), "bewegung": ("ORG", "f"), "gewerkschaft": ("ORG", "f"), "stiftung": ("ORG", "f"),
    "institut": ("ORG", "n"), "akademie": ("ORG", "f"), "universität": ("ORG", "f"), "hochschule": ("ORG", "f"),
    "gesellschaft": ("ORG", "f"), "verein": ("ORG", "m"), "vereinigung": ("ORG", "f"), "kongress": ("ORG", "m"),
    "agentur": ("ORG", "f"), "amt": ("ORG", "n"), "zentrale": ("ORG", "f"), "kirche": ("ORG", "f"),
    "kreuz": ("ORG", "n"), "halbmond": ("ORG", "m"), "allianz": ("ORG", "f"), "liga": ("ORG", "f"),
    "organisation": ("ORG", "f"), "konferenz": ("ORG", "f"), "versammlung": ("ORG", "f"), "senat": ("ORG", "m"),
    "zeitung": ("ORG", "f"), "rundfunk": ("ORG", "m"), "fernsehen": ("ORG", "n"), "verlag": ("ORG", "m"),
    "konzern": ("ORG", "m"), "museum": ("ORG", "n"), "theater": ("ORG", "n"), "orchester": ("ORG", "n"),
    "polizei": ("ORG", "f"), "armee": ("ORG", "f"), "ministerium": ("ORG", "n"), "behörde": ("ORG", "f"),
    "dienst": ("ORG", "m"), "gemeinschaft": ("ORG", "f"), "pakt": ("ORG", "m"), "fraktion": ("ORG", "f"),
    "galerie": ("ORG", "f"), "zentrum": ("ORG", "n"), "stelle": ("ORG", "f"),
    "schauspielhaus": ("ORG", "n"), "opernhaus": ("ORG", "n"), "konzerthaus": ("ORG", "n"),
    "literaturhaus": ("ORG", "n"), "verlagshaus": ("ORG", "n"), "auktionshaus": ("ORG", "n"),
    "kaufhaus": ("ORG", "n"), "krankenhaus": ("ORG", "n"), "bankhaus": ("ORG", "n"), "medienhaus": ("ORG", "n"),
    "sektion": ("ORG", "f"), "schule": ("ORG", "f"), "klinik": ("ORG", "f"), "klinikum": ("ORG", "n"),
    "gymnasium": ("ORG", "n"), "bibliothek": ("ORG", "f"), "archiv": ("ORG", "n"), "oper": ("ORG", "f"),
    "philharmonie": ("ORG", "f"), "festival": ("ORG", "n"), "filmfest": ("ORG", "n"), "festspiele": ("ORG", "p"),
    "messe": ("ORG", "f"), "jugendring": ("ORG", "m"), "werke": ("ORG", "p"), "kollektiv": ("ORG", "n"),
    "ensemble": ("ORG", "n"), "chor": ("ORG", "m"),
    # places
    "meer": ("PLACE", "n"), "see": ("PLACE", "m"), "ozean": ("PLACE", "m"), "gebirge": ("PLACE", "n"),
    "wald": ("PLACE", "m"), "insel": ("PLACE", "f"), "inseln": ("PLACE", "p"), "küste": ("PLACE", "f"),
    "golf": ("PLACE", "m"), "bucht": ("PLACE", "f"), "tal": ("PLACE", "n"), "platz": ("PLACE", "m"),
    "straße": ("PLACE", "f"), "allee": ("PLACE", "f"), "osten": ("PLACE", "m"), "westen": ("PLACE", "m"),
    "wüste": ("PLACE", "f"), "halbinsel": ("PLACE", "f"), "becken": ("PLACE", "n"),
}
SUFFIXES = sorted(HEADS, key=len, reverse=True)
# Words that end in a head without being one: "Emirat" is no council, "Soldat" no "-rat".
NOT_HEADS = {"emirat", "apparat", "referat", "inserat", "heirat", "vorrat", "unrat", "quadrat", "präparat",
             "zierrat", "hausrat", "karat", "diktat", "kandidat", "soldat", "automat", "format"}
# Capitalised adjectives that are not the start of a name: ordinals and quantifiers in titles and
# headlines are left to the statistical model.
NOT_NAME_ADJECTIVES = re.compile(r"^(Erst|Zweit|Dritt|Viert|Letzt|Nächst|Neu|Alt|Groß|Klein|Hoh|Ganz|Viel|Wenig)")
STRONG = {"m": "er", "f": "e", "n": "es", "p": "e"}
ADJECTIVE_ENDING = re.compile(r"(en|em|er|es|e)$")
SENTENCE_OPENERS = {"$.", "$(", ""}
UPPER = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+(-[A-ZÄÖÜ][a-zäöüß]+)?$")


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
    if low.rsplit("-", 1)[-1].removesuffix("s").removesuffix("e") in NOT_HEADS or low.rsplit("-", 1)[-1] in NOT_HEADS:
        return None
    for suffix in SUFFIXES:
        for ending in ("", "s", "es"):
            if low.endswith(suffix + ending) and len(low) >= len(suffix) + len(ending):
                label, gender = HEADS[suffix]
                if ending and gender in ("f", "p"):
                    continue  # feminine and plural nouns take no genitive -s
                return label, gender, noun[: len(noun) - len(ending)] if ending else noun
    return None


def adjective_names(words: Sequence[str], tags: Sequence[str],
                    sentence_starts: Sequence[bool] | None = None) -> list[AdjectiveName]:
    """Spans of names built as capitalised adjective(s) + head noun, with their nominative names."""
    out = []
    i, n = 0, len(words)
    while i < n:
        first = i == 0 or tags[i - 1] in SENTENCE_OPENERS or (sentence_starts is not None and sentence_starts[i]) \
            or words[i - 1] in ("„", '"', "»", ":", "–")
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
        adjectives = [ADJECTIVE_ENDING.sub("", w) + STRONG[gender] for w in words[i:j]]
        out.append(AdjectiveName(i, j + 1, label, " ".join([*adjectives, noun])))
        i = j + 1
    return out
