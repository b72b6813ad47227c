"""Plain typed facts: what the extraction stage hands to the RDF stage.

Nothing here knows about spaCy or rdflib, so the two stages stay independent
and the facts can be tested, compared and pickled (for worker processes) as
ordinary values.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass, field

# Entity kinds, also the path segment of their IRIs.
PERSON = "person"
STATE = "state"
ORGANIZATION = "organization"
PLACE = "place"
ENTITY_KINDS = (PERSON, STATE, ORGANIZATION, PLACE)

EVENT_TYPES = (
    "PhoneCall", "Meeting", "Summit", "PressConference", "Ceasefire", "Agreement", "Attack",
    "Election", "Visit", "Sanction", "Delivery", "War", "Other",
)
STANCES = ("assert", "deny", "reject", "support", "demand", "warn", "criticize", "propose")


@dataclass(frozen=True)
class Document:
    """A source text with the metadata its first line or its file gave."""

    id: str
    source: str
    text: str
    title: str | None = None
    date: dt.date | None = None
    author: str | None = None
    sha256: str = ""
    # Where `text` differs in length from the file's text (line ends, runs of spaces): sorted
    # (offset in text, shift) pairs; from each offset on, the file's offset is the text's plus shift.
    source_shifts: tuple[tuple[int, int], ...] = ()

    def source_offset(self, i: int) -> int:
        """The character offset in the source file of offset `i` of `text`.

        >>> Document("d", "d.txt", "a b", source_shifts=((2, 2),)).source_offset(2)
        4
        """
        k = bisect_right(self.source_shifts, (i, float("inf"))) - 1
        return i + (self.source_shifts[k][1] if k >= 0 else 0)


@dataclass(frozen=True)
class Sentence:
    doc_id: str
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class EntityRef:
    """A reference to an entity inside one document: its kind and its key.

    The key identifies the entity within the document's facts; resolution
    across documents maps keys to graph nodes.
    """

    kind: str
    key: str


@dataclass
class Entity:
    """One real-world entity as seen in one document (or, after resolution, in many)."""

    kind: str
    key: str
    label: str
    alt_labels: set[str] = field(default_factory=set)
    qid: str | None = None
    sentences: set[int] = field(default_factory=set)
    mentions: int = 0
    # (surface form, rule) pairs: why a surface form was attached to this entity.
    resolutions: set[tuple[str, str]] = field(default_factory=set)

    @property
    def ref(self) -> EntityRef:
        return EntityRef(self.kind, self.key)


@dataclass(frozen=True)
class Position:
    holder: EntityRef
    role: str
    office: str
    sentence: int
    qualifier: str | None = None
    state: EntityRef | None = None
    organization: EntityRef | None = None


@dataclass(frozen=True)
class Event:
    type: str
    trigger: str
    sentence: int
    participants: tuple[EntityRef, ...] = ()
    date: dt.date | None = None
    place: EntityRef | None = None


@dataclass(frozen=True)
class Statement:
    speaker: EntityRef
    stance: str
    sentence: int
    verb: str | None = None
    about: str | None = None
    date: dt.date | None = None
    quote: str | None = None
    # lemmas of the nouns of what is said: what the statement is about, for finding contradictions
    topics: tuple[str, ...] = ()


@dataclass
class DocumentFacts:
    """Everything extracted from one document."""

    document: Document
    sentences: list[Sentence]
    entities: list[Entity]
    positions: list[Position] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    tokens: int = 0
