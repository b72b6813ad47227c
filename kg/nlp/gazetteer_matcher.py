"""Find the curated names of `ontology/gazetteers/` in a doc, inflected forms included.

Writes the matches, longest first and without overlaps, to
`doc.spans["kg_gazetteer"]`: label = kind ("state", "organization", "place",
"person", "capital"), kb_id = curated id, `span._.kg_name` = the base form
that was matched ("Weißen Hauses" -> "Weißes Haus").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..gazetteer import Gazetteer

SPAN_KEY = "kg_gazetteer"
ADJ_ENDING = re.compile(r"^(?!(?:Die|Der|Das|Des|Den|Dem)$)([A-ZÄÖÜ][a-zäöüß]+?)(e|es|er|en|em)$")


# Words that open a name's complement: the case ending goes on the word before them
# ("des Bundesamts für Migration und Flüchtlinge", "des Internationalen Komitees vom Roten Kreuz").
COMPLEMENT_WORDS = {"für", "vom", "von", "der", "des", "ohne", "zur", "zum", "gegen", "in", "im", "auf"}


def inflections(name: str) -> Iterator[str]:
    """Written forms of a name in German cases: the name, adjective endings, genitive -s/-es."""
    words = name.split()
    cut = next((i for i, w in enumerate(words) if i > 0 and w in COMPLEMENT_WORDS), None)
    if cut is not None:
        tail = " ".join(words[cut:])
        for core in inflections(" ".join(words[:cut])):
            yield f"{core} {tail}"
        yield name
        return
    heads = [words[-1]]
    if words[-1][-1:].isalpha() and words[-1][-1:] not in "sxzß" and not words[-1].isupper():
        heads += [words[-1] + "s", words[-1] + "es"] if len(words) > 1 or (
            len(name) >= 6 and name[1:].islower() and name[-1] not in "aeiouy") else [words[-1] + "s"]
    elif words[-1][-1:] in ("s", "x", "z", "ß") and len(words) > 1:
        heads.append(words[-1] + "es")  # "des Weißen Hauses"
    if words[-1].endswith("e") and not words[-1].isupper():
        heads.append(words[-1] + "n")  # dative plural: "den Niederlanden"
    elif words[-1].isupper():
        heads.append(words[-1] + "s")  # "der NATOs" is rare but "des IWFs" occurs
    stems = [ADJ_ENDING.match(w) for w in words[:-1]]
    endings = ("e", "es", "er", "en", "em") if any(stems) else ("",)
    for ending in endings:
        front = [m.group(1) + ending if m else w for m, w in zip(stems, words[:-1], strict=True)]
        for head in heads:
            yield " ".join([*front, head])
    first = words[0]
    if len(words) == 2 and not stems[0] and first[:1].isupper() and first[1:].islower() and first[-1] not in "sxzß" \
            and words[1][:1].isupper():
        yield f"{first}s {words[1]}"  # a kind noun before a name takes the genitive: "des Teams Stronach"
    if len(name) >= 4 and name.isalpha() and name.isupper():
        yield name.capitalize()  # "NATO" is written "Nato" by many German papers
        yield name.capitalize() + "s"


class GazetteerMatcher:
    def __init__(self, vocab, gazetteer: Gazetteer) -> None:
        self.matcher = PhraseMatcher(vocab, attr="ORTH")
        self.names: dict[int, tuple[str, str, str]] = {}  # match key -> (kind, id, base form)
        tokenizer = _Tokenizer(vocab)
        entries: dict[str, tuple[str, str, str]] = {}
        for surface, knowns in gazetteer.surface.items():
            known = knowns[0]  # the first file wins: states, organizations, places, persons
            entries[surface] = (known.kind, known.id, surface)
        for capital, state_id in gazetteer.capitals.items():
            # a capital is also listed as a place; whether it is the city or its government is decided in context
            if entries.get(capital, ("place",))[0] == "place":
                entries[capital] = ("capital", state_id, capital)
        for surface, value in sorted(entries.items()):
            patterns = {form: tokenizer(form) for form in inflections(surface)}
            key = "\t".join(value)
            self.names[vocab.strings.add(key)] = value
            self.matcher.add(key, list(patterns.values()))

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[SPAN_KEY] = self.find(doc)
        return doc

    def find(self, doc: Doc) -> list[Span]:
        spans = [
            Span(doc, start, end, label=self.names[key][0], kb_id=self.names[key][1], span_id=key)
            for key, start, end in self.matcher(doc)
        ]
        spans = filter_spans(spans)
        for span in spans:
            span._.kg_name = self.names[span.id][2]
        return spans


class _Tokenizer:
    """Tokenize pattern strings the way docs are tokenized (without running a pipeline)."""

    def __init__(self, vocab) -> None:
        import spacy

        self.nlp = spacy.blank("de", vocab=vocab)

    def __call__(self, text: str) -> Doc:
        return self.nlp.make_doc(text)
