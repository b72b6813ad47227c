"""Find the curated names of `ontology/gazetteers/` in a doc, inflected forms included.

Writes the matches, longest first and without overlaps, to
`doc.spans["kg_gazetteer"]`: label = kind ("state", "organization", "place",
"person", "capital"), kb_id = curated id, `span._.kg_name` = the base form
that was matched ("Weißen Hauses" -> "Weißes Haus").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

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
    """Matches the written forms as token sequences. A dict from a form's first token to its forms, rather than
    spaCy's PhraseMatcher: that needs every form as a Doc, and making the 60,000 forms' lexemes was most of the
    pipeline's load time."""

    def __init__(self, vocab, gazetteer: Gazetteer) -> None:
        self.names: dict[int, tuple[str, str, str]] = {}  # match key -> (kind, id, base form)
        self.forms: dict[str, list[tuple[tuple[str, ...], int]]] = {}  # first token -> (tokens, key)
        self.article_media: set[str] = set()
        tokenizer = _Tokenizer()
        entries: dict[str, tuple[str, str, str]] = {}
        for surface, knowns in gazetteer.surface.items():
            known = knowns[0]  # the first file wins: states, organizations, places, persons
            entries[surface] = (known.kind, known.id, surface)
            if known.subtype == "medium" and surface.split(" ", 1)[0] in ARTICLES:
                self.article_media.add(surface)  # "Die Welt", "Die Zeit": words too at a sentence start
        for capital, state_id in gazetteer.capitals.items():
            # a capital is also listed as a place; whether it is the city or its government is decided in context
            if entries.get(capital, ("place",))[0] == "place":
                entries[capital] = ("capital", state_id, capital)
        keys = {}
        for surface, value in sorted(entries.items()):
            keys[surface] = vocab.strings.add("\t".join(value))
            self.names[keys[surface]] = value
        # a name written as listed comes before another name's inflected form that reads the same: "Freiheitlichen"
        # is the listed alias, not the dative of "Freiheitliche"
        exact = {surface: tokenizer(surface) for surface in keys}
        for surface, key in keys.items():
            self.forms.setdefault(exact[surface][0], []).append((exact[surface], key))
        for surface, key in keys.items():
            forms = [variant for form in inflections(surface) for variant in (form, *particle_variants(form))]
            for tokens in dict.fromkeys(tokenizer(form) for form in forms):
                if tokens != exact[surface]:
                    self.forms.setdefault(tokens[0], []).append((tokens, key))

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[SPAN_KEY] = self.find(doc)
        return doc

    def find(self, doc: Doc) -> list[Span]:
        words = [t.text for t in doc]
        spans = []
        for start, word in enumerate(words):
            for tokens, key in self.forms.get(word, ()):
                end = start + len(tokens)
                if end <= len(words) and (len(tokens) == 1 or tuple(words[start:end]) == tokens):
                    spans.append(Span(doc, start, end, label=self.names[key][0], kb_id=self.names[key][1],
                                      span_id=key))
        spans = [span for span in filter_spans(spans) if not (
            self.names[span.id][2] in self.article_media and _article_at_sentence_start(span))]
        for span in spans:
            span._.kg_name = self.names[span.id][2]
        return spans


# Particles that open names: "von der Leyen" opens a sentence as "Von der Leyen"; the Arabic article is
# written "Al-Kaida" and "al-Kaida".
NAME_PARTICLES = {"von", "van", "de", "da", "del", "della", "di", "du", "dos", "ter", "zu"}
ARABIC_ARTICLE = re.compile(r"^([Aa]l|[Ee]l|[Aa]s|[Aa]d|[Aa]r|[Aa]n|[Aa]t|[Aa]z)-(?=[A-ZÄÖÜ])")


def particle_variants(form: str) -> list[str]:
    """The other capitalisation of a name's opening particle: "Von der Leyen" for "von der Leyen" (at a
    sentence start), "al-Kaida" for "Al-Kaida" and back.

    >>> particle_variants("von der Leyen"), particle_variants("Al-Kaida"), particle_variants("Kanada")
    (['Von der Leyen'], ['al-Kaida'], [])
    """
    first = form.split(" ", 1)[0]
    if first in NAME_PARTICLES and " " in form:
        return [form[:1].upper() + form[1:]]
    if ARABIC_ARTICLE.match(form):
        return [form[:1].swapcase() + form[1:]]
    return []


ARTICLES = {"Die", "Der", "Das"}
REPORTING = {"berichten", "schreiben", "melden", "zitieren", "veröffentlichen", "titeln", "kommentieren"}


def _article_at_sentence_start(span: Span) -> bool:
    """A paper's name that begins with an article ("Die Welt", "Die Zeit") at the start of a sentence, where every
    article is capitalized: the words, not the paper ("„Die Welt hat sich verändert“"), unless the paper reports
    ("Die Welt berichtete")."""
    doc = span.doc
    first = doc[span.start]
    opening = span.start > 0 and doc[span.start - 1].text in ("„", "\"", "»") and doc[span.start - 1].is_sent_start
    if not (first.is_sent_start or opening):
        return False
    return span.end >= len(doc) or doc[span.end].lemma_ not in REPORTING


# Forms of letters and spaces only, which spaCy's German tokenizer splits at the spaces and nowhere else.
PLAIN = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+)*$")


class _Tokenizer:
    """The tokens of a pattern string, as docs are tokenized (spaCy's tokenizer for forms with punctuation or
    digits, in a vocab of its own so that the pipeline's vocab gets no lexemes for them)."""

    def __init__(self) -> None:
        import spacy

        self.nlp = spacy.blank("de")

    def __call__(self, text: str) -> tuple[str, ...]:
        if PLAIN.match(text):
            return tuple(text.split(" "))
        return tuple(t.text for t in self.nlp.make_doc(text))
