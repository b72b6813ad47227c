"""Organizations named with their town: "Staatsgalerie Stuttgart", "Jugendamt Mannheim", "Hansa Rostock".

German names many institutions, firms and clubs by a kind of organization and the town it sits
in, with no preposition: "das Verwaltungsgericht München", "des Islamischen Zentrums Aachen",
"der 1. FC Kaiserslautern", "Manchester City". Recognized one word at a time, the town comes out
as a place and the organization is lost; this step joins them, after the entities are chosen.

The kind is a noun whose head names an organization ("-gericht", "-theater", "-amt": the
organization heads of kg/nlp/adjective_names.py) or a club's prefix ("FC", "Hansa", "Dynamo");
a few words after a town make a club of it ("City", "United", "FF").

    >>> [(j.start, j.end, j.name) for j in join_towns(
    ...     ["Das", "Verwaltungsgericht", "München", "entschied", "."],
    ...     [(2, 3, "PLACE", "München")])]
    [(1, 3, 'Verwaltungsgericht München')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .adjective_names import head_of

CLUB_PREFIXES = {"FC", "SC", "SV", "TSV", "TV", "MSV", "VfB", "VfL", "SpVgg", "TuS", "BSC", "SSV", "FSV", "KSC", "HSV",
                 "Hansa", "Dynamo", "Real", "Borussia", "Eintracht", "Fortuna", "Hertha", "Werder", "Arminia",
                 "Alemannia", "Sparta", "Slavia", "Lokomotive", "Spartak", "Zenit", "Olympique", "Sporting",
                 "Atlético", "Inter", "AC", "AS", "SSC", "FK", "NK", "Rapid", "Austria", "Admira", "Sturm",
                 "Makedonija", "Ural"}
CLUB_SUFFIXES = {"City", "United", "FF", "IF", "BK", "FC"}
ORDINAL = re.compile(r"^[1-9]\.$")  # "1. FC Kaiserslautern"
# A saint's title ("St" before its period split off): "die Kirche St. Anna" is a building, no body with a town
SAINT_WORDS = {"St.", "St", "Sankt", "Saint", "Sainte"}


@dataclass(frozen=True)
class Joined:
    start: int
    end: int
    name: str
    replaces: tuple[int, ...]  # starts of the chosen spans the organization replaces


def organization_kind(word: str) -> str | None:
    """The nominative of a noun naming a kind of organization ("Zentrums" -> "Zentrum"), or None."""
    if word in CLUB_PREFIXES:
        return word
    head = head_of(word)  # "-kreis", "-stadt", "-gemeinde" are no heads: "Landkreis Celle" is a territory
    return head[2] if head is not None and head[0] == "ORG" else None


def join_towns(words: Sequence[str], chosen: Sequence[tuple[int, int, str, str]]) -> list[Joined]:
    """Organizations made of a kind noun (or a chosen organization) and a chosen town right after it.

    `chosen` holds the entities already found, as (start, end, label, name); labels "PLACE",
    "STATE" (a capital) and "ORG" are used.
    """
    at = {start: (start, end, label, name) for start, end, label, name in chosen}
    ending_at = {end: (start, end, label, name) for start, end, label, name in chosen}
    covered = {i for start, end, _, _ in chosen for i in range(start, end)}
    out = []
    for start, end, label, name in chosen:
        if label == "ORG" and words[start] in CLUB_PREFIXES and start > 0 and ORDINAL.match(words[start - 1]) \
                and start - 1 not in covered:
            out.append(Joined(start - 1, end, f"{words[start - 1]} {name}", (start,)))  # "1. FC Köln"
            continue
        if label not in ("PLACE", "STATE") or end - start > 2 or words[end - 1] != name.split()[-1] \
                or len(words[start]) < 3 or words[start] in SAINT_WORDS:
            continue  # a genitive ("im Zentrum Berlins") is of the town; "die Kirche St. Anna" is a building
        before = ending_at.get(start)
        if before is not None and before[2] == "ORG" and organization_kind(words[start - 1]):
            # "des Islamischen Zentrums Aachen": the organization found before the town
            out.append(Joined(before[0], end, f"{before[3]} {name}", (before[0], start)))
            continue
        k = start - 1
        if k >= 0 and k not in covered and words[k][:1].isupper():
            kind = organization_kind(words[k])
            if kind is not None:
                first = k - 1 if k > 0 and ORDINAL.match(words[k - 1]) else k
                prefix = words[first] + " " if first < k else ""
                out.append(Joined(first, end, f"{prefix}{kind} {name}", (start,)))
                continue
        if end < len(words) and words[end] in CLUB_SUFFIXES and end not in at and end not in covered:
            out.append(Joined(start, end + 1, f"{name} {words[end]}", (start,)))  # "Manchester City"
    return out
