"""What every extractor needs to know about one processed document."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..gazetteer import Gazetteer
from ..types import Document, EntityRef, Sentence

# Words that open a subordinate or relative clause: a statement's speaker is not found across them.
CLAUSE_OPENERS = {"dass", "der", "die", "das", "welcher", "welche", "welches", "wenn", "weil", "obwohl", "ob", "wie"}
NEGATIONS = {"nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals", "nirgends",
             "niemand", "nichts", "weder"}


def skeleton(name: str) -> str:
    """A spelling-independent key for transliterated names.

    "Sergei"/"Sergej", "Selenskyj"/"Zelensky", "Lawrow"/"Lavrov" map to the same key.
    """
    s = unicodedata.normalize("NFKD", name.lower().replace("ß", "ss"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    for a, b in (("tsch", "ch"), ("sch", "sh"), ("kh", "ch"), ("ck", "k"), ("ph", "f"), ("w", "v"), ("z", "s"),
                 ("y", "i"), ("j", "i"), ("ie", "i")):
        s = s.replace(a, b)
    s = re.sub(r"[^a-z ]", "", s)
    return re.sub(r"(.)\1+", r"\1", s).strip()


@dataclass
class DocContext:
    doc: Doc
    document: Document
    gaz: Gazetteer
    sentences: list[Sentence] = field(default_factory=list)
    sent_of_token: list[int] = field(default_factory=list)
    # token index -> (entity span, reference) for every token inside an entity
    ent_at: dict[int, tuple[Span, EntityRef]] = field(default_factory=dict)
    # (office lemma, state key) -> holder, filled by the position extractor
    holders: dict[tuple[str, EntityRef | None], EntityRef] = field(default_factory=dict)

    def sentence_of(self, token: Token) -> int:
        return self.sent_of_token[token.i]

    def entity(self, token: Token) -> tuple[Span, EntityRef] | None:
        return self.ent_at.get(token.i)

    def state_of_word(self, token: Token) -> EntityRef | None:
        """The state an adjective ("russischen"), a compound prefix ("US-") or a name refers to."""
        hit = self.ent_at.get(token.i)
        if hit and hit[1].kind == "state":
            return hit[1]
        text = token.text
        if token.tag_.startswith("ADJ") or text[:1].islower():
            lemma = token.lemma_.lower()
            for form in (lemma, re.sub(r"(e|en|er|es|em)$", "", text.lower())):
                if form in self.gaz.adjectives:
                    return EntityRef("state", self.gaz.adjectives[form])
        return None

    def prefix_states(self, token: Token) -> list[EntityRef]:
        """States named by the first parts of a hyphen compound: "US-Präsident", "Russland-Ukraine-Konflikt"."""
        parts = token.text.split("-")[:-1]
        out = []
        for part in parts:
            sid = self.gaz.prefixes.get(part)
            if sid is None and part.lower() in self.gaz.adjectives:
                sid = self.gaz.adjectives[part.lower()]
            if sid is not None:
                out.append(EntityRef("state", sid))
        return out

    def negated(self, span: Span) -> bool:
        return any(t.lower_ in NEGATIONS for t in span)
