"""Contradictions: statements of different speakers that take conflicting stances on the same matter.

Two statements are about the same matter when the nouns of what they say
overlap enough (Jaccard >= 0.2: "Einigung über ein Treffen" / "ein solches
Treffen sei nie vereinbart worden"); their stances conflict when one asserts what the other denies, or
one supports or proposes what the other rejects.

>>> from kg.types import EntityRef, Statement
>>> a = Statement(EntityRef("person", "a"), "assert", 0, topics=("Treffen",))
>>> b = Statement(EntityRef("person", "b"), "deny", 1, topics=("Datum", "Treffen"))
>>> conflicting(a, b)
True
"""

from __future__ import annotations

from ..types import Statement

MIN_OVERLAP = 0.2
CONFLICTS = {
    ("assert", "deny"), ("support", "reject"), ("propose", "reject"), ("support", "criticize"),
    ("demand", "reject"),
}


def conflicting(a: Statement, b: Statement) -> bool:
    """Whether two statements (speakers already resolved) contradict each other."""
    if a.speaker == b.speaker:
        return False
    stances = (a.stance, b.stance)
    if stances not in CONFLICTS and stances[::-1] not in CONFLICTS:
        return False
    x, y = set(a.topics), set(b.topics)
    return bool(x & y) and len(x & y) / len(x | y) >= MIN_OVERLAP
