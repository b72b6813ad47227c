"""Towns nobody listed, by their German place-name endings: "nach Wendlinghausen", "bei Geichlingen".

Most German place names end in one of a few old words for settlements and landmarks (-hausen,
-ingen, -dorf, -bach, -berg, -burg, -heim, -stedt, ...) or, east of the Elbe and in Austria, in
Slavic -ow/-itz/-ice/-ov, in the south in -ried/-reuth/-wil/-ikon/-kofen/-ach/-zell. After a preposition of
place ("in", "nach", "bei", "aus", "über", "nahe", "zwischen", "ab", "via") such a word, alone and
capitalised, is the place: a common noun would need an article there ("im Altersheim"), and a
person would be followed by more of the name. Surnames share these endings ("Klingenberg"), which is
why the preposition is required.

    >>> toponyms(["Sie", "zog", "nach", "Wendlinghausen", "."])
    [3]
    >>> toponyms(["Sie", "zog", "nach", "Hans", "Klingenberg", "."])
    []
"""

from __future__ import annotations

import re
from collections.abc import Sequence

PREPOSITIONS = {"in", "nach", "bei", "aus", "über", "nahe", "zwischen", "ab", "via"}
# "von" and "zu" also open a noble name ("Karl von Rosenberg"): a place only after no proper noun ("das Ortsbild von
# Helmarshausen", "im Grab zu Holungen")
NOBLE_PREPOSITIONS = {"von", "zu"}
ENDINGS = re.compile(r"(hausen|ingen|dorf|bach|berg|burg|heim|stedt|stadt|rode|hagen|felde?|leben|kirchen|weiler"
                     r"|brück|furt|hofen|beuren|wangen|walde?|born|brunn|münster|ow|itz|au|a|ried|reuth|roda|wil|ikon|kofen|ach|zell|ice|ov)$")
MIN_LENGTH = 6  # "Pisa", "Area" and "Bassa" are too short to tell


def toponyms(words: Sequence[str], tags: Sequence[str] | None = None) -> list[int]:
    """Indexes of the words that are towns by their ending, after a preposition of place (with the part-of-speech
    tags, also after "von" or "zu" that follow no proper noun)."""
    out = []
    for i in range(1, len(words)):
        word = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        place_preposition = words[i - 1] in PREPOSITIONS or tags is not None and words[i - 1] in NOBLE_PREPOSITIONS \
            and i >= 2 and tags[i - 2] not in ("NE", "FM")
        if place_preposition and _town_shaped(word) and not nxt[:1].isupper():
            out.append(i)
    return out


def _town_shaped(word: str) -> bool:
    """A capitalised word with a place-name ending; a double name ("Villingen-Schwenningen", "Garmisch-
    Partenkirchen") when each part is a capitalised word and the last has the ending ("EU-Staaten" is none).

    >>> _town_shaped("Villingen-Schwenningen"), _town_shaped("Grenz-Stadt"), _town_shaped("Hamburg")
    (True, False, True)
    """
    parts = word.split("-")
    if not all(part[:1].isupper() and part[1:].isalpha() and part[1:].islower() for part in parts):
        return False
    return len(parts[-1]) >= MIN_LENGTH and bool(ENDINGS.search(parts[-1])) and len(parts) <= 2
