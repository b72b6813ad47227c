"""Parties called by their members' plural: "die Sozialisten", "den Republikanern", "die Konservativen".

News name a party of any state by the plural of its political family once its full name has been
given, or instead of it: "Die Sozialisten um Parteichef Olivier Faure", "seine Sozialdemokraten
verließen die Koalition", "Die Konservativen unter Pierre Poilievre". The plural after a
determiner (adjectives may come between) is that party; one member ("der Republikaner Ted Cruz",
"ein Sozialist") and the plural with no determiner ("Sozialisten und Grüne") are not. Which party
it is depends on the state, so the name is the plural's nominative, with no curated id.

    >>> [(f.start, f.end, f.name) for f in party_plurals(
    ...     ["Die", "Konservativen", "unter", "Pierre", "Poilievre", "gewannen", "."],
    ...     ["ART", "NN", "APPR", "NE", "NE", "VVFIN", "$."])]
    [(1, 2, 'Konservative')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# Political families whose plural names a party ("Linke", "Grüne" are parties' own names: the gazetteer
# has them; "Nationalisten", "Peronisten" name camps, not parties), each with the start of a word in
# the full names of such a party ("Sozialdemokratische Partei Österreichs", "Christlich Demokratische
# Union", "Liberale Partei"), for the plural to name that party when the text has named it.
FAMILIES = {"Sozialisten": ("sozialist",), "Sozialdemokraten": ("sozialdemokrat",),
            "Christdemokraten": ("christdemokrat", "christlich demokrat", "christlich-demokrat"),
            "Liberaldemokraten": ("liberaldemokrat", "liberal demokrat", "liberal-demokrat"),
            "Freidemokraten": ("freidemokrat", "freie demokrat"), "Kommunisten": ("kommunist",),
            "Demokraten": ("demokrat",), "Republikaner": ("republikan",), "Tories": ("konservativ", "tory"),
            "Konservative": ("konservativ",), "Liberale": ("liberal",),
            "Christsoziale": ("christsozial", "christlich-sozial", "christlich sozial")}
# Each written form -> the nominative plural.
FORMS = {**{f: f for f in FAMILIES},
         **{f + "n": f for f in FAMILIES if f.endswith(("e", "er"))}}  # "den Konservativen", "den Republikanern"
ADJECTIVE_ENDING = re.compile(r"(?:e|en|er|es|em)$")
# Determiners before the plural: "die", "den" (dative), "der" only as a genitive after a noun ("der
# Kandidat der Republikaner"; "der Republikaner" before a verb is one of them).
PLURAL_DETERMINERS = {"die", "den", "seine", "ihre", "deren", "dessen", "unsere"}


@dataclass(frozen=True)
class PartyPlural:
    start: int
    end: int
    name: str


def party_plurals(words: Sequence[str], tags: Sequence[str]) -> list[PartyPlural]:
    """The parties named by a family's plural after a determiner (STTS ``tags``)."""
    found = []
    for i, word in enumerate(words):
        name = FORMS.get(word)
        if name is None or (i + 1 < len(words) and tags[i + 1] in ("NE", "NN")):
            continue  # "die Republikaner Cruz und Rubio": members named; "die Liberale Partei": a name's word
        k = i - 1
        while k >= 0 and tags[k] == "ADJA":  # "die oppositionellen Sozialisten"
            k -= 1
        if k < 0:
            continue
        before = words[k].lower()
        genitive = before == "der" and k > 0 and tags[k - 1] in ("NN", "NE")
        if before in PLURAL_DETERMINERS or genitive:
            start = i
            while start - 1 > k and words[start - 1][:1].isupper():
                start -= 1  # "die Neuen Demokraten": an adjective written capital is the name's
            adjectives = [ADJECTIVE_ENDING.sub("e", w) for w in words[start:i]]
            found.append(PartyPlural(start, i + 1, " ".join([*adjectives, name])))
    return found


def family_party(name: str, parties: Sequence[Sequence[str]]) -> int | None:
    """The index of the first party, given by its names, whose full name says it is of the family of the
    plural ``name``; None when there is none.

    >>> family_party("Sozialdemokraten", [["ÖVP", "Österreichische Volkspartei"],
    ...                                   ["SPÖ", "Sozialdemokratische Partei Österreichs"]])
    1
    >>> family_party("Demokraten", [["SPÖ", "Sozialdemokratische Partei Österreichs"]]) is None
    True
    """
    stems = FAMILIES.get(name.rsplit(" ", 1)[-1], ())
    for index, names in enumerate(parties):
        if any(re.search(r"(?:^|[\s-])" + re.escape(stem), n.lower()) for n in names for stem in stems):
            return index
    return None
