"""GermEval 2014 NER data: reading, writing and conversion to spaCy Docs.

GermEval 2014 (Benikova, Biemann, Reznicek; CC BY 4.0) is a tab-separated
format: comment lines start with '#', sentences are separated by a blank line,
token lines are ``index<TAB>token<TAB>outer<TAB>inner``.  Only the outer column
is used, and only the labels PER, LOC and ORG; the ``*deriv``, ``*part`` and
``OTH`` labels are mapped to ``O`` (no entity), as the project's scorer does.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

LABELS = ("PER", "LOC", "ORG")

Sentence = tuple[list[str], list[str]]


def _norm_tag(tag: str) -> str:
    prefix, _, label = tag.partition("-")
    if prefix in ("B", "I") and label in LABELS:
        return f"{prefix}-{label}"
    return "O"


def _repair_bio(tags: list[str]) -> list[str]:
    """Turn an I- tag that does not continue an entity of its label into B-."""
    out: list[str] = []
    prev = "O"
    for tag in tags:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        out.append(tag)
        prev = tag
    return out


def read_germeval(path: str | Path) -> list[Sentence]:
    """Read a GermEval 2014 file as ``[(tokens, outer BIO tags)]``.

    Tags are restricted to B-/I- PER, LOC, ORG; everything else becomes ``O``.
    """
    sents: list[Sentence] = []
    toks: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n").rstrip("\r")
            if line.startswith("#"):
                continue
            if not line.strip():
                if toks:
                    sents.append((toks, _repair_bio(tags)))
                    toks, tags = [], []
                continue
            cols = line.split("\t")
            if len(cols) < 3:
                raise ValueError(f"{path}: malformed line: {line!r}")
            toks.append(cols[1])
            tags.append(_norm_tag(cols[2]))
    if toks:
        sents.append((toks, _repair_bio(tags)))
    return sents


def write_germeval(path: str | Path, sentences: Iterable[Sentence]) -> None:
    """Write ``[(tokens, tags)]`` in GermEval format (inner column is ``O``)."""
    with open(path, "w", encoding="utf-8") as fh:
        first = True
        for toks, tags in sentences:
            if len(toks) != len(tags):
                raise ValueError("tokens and tags differ in length")
            if not first:
                fh.write("\n")
            first = False
            for i, (tok, tag) in enumerate(zip(toks, tags, strict=False), 1):
                fh.write(f"{i}\t{tok}\t{tag}\tO\n")
        if not first:
            fh.write("\n")


# --- spaCy conversion -------------------------------------------------------

_NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", ")", "]", "}", "%", "'"}
_NO_SPACE_AFTER = {"(", "[", "{"}


def guess_spaces(tokens: Sequence[str]) -> list[bool]:
    """Heuristic whitespace after each token (only affects ``doc.text``)."""
    spaces = []
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is None:
            spaces.append(False)
        elif tok in _NO_SPACE_AFTER or nxt in _NO_SPACE_BEFORE:
            spaces.append(False)
        else:
            spaces.append(True)
    return spaces


def bio_to_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """BIO tags -> ``[(start, end, label)]`` token spans (end exclusive)."""
    spans = []
    start, label = None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, lab = tag.partition("-")
        lab = lab if lab in LABELS else None
        if label is not None and not (prefix == "I" and lab == label):
            spans.append((start, i, label))
            label = None
        if lab is not None and (prefix == "B" or (prefix == "I" and label is None)):
            start, label = i, lab
    return spans


def spans_to_bio(n: int, spans: Iterable[tuple[int, int, str]]) -> list[str]:
    tags = ["O"] * n
    for start, end, label in spans:
        tags[start] = f"B-{label}"
        for j in range(start + 1, end):
            tags[j] = f"I-{label}"
    return tags


def to_doc(vocab, tokens: Sequence[str], tags: Sequence[str] | None = None):
    """Build a spaCy ``Doc`` from tokens (and optional BIO tags as ``ents``)."""
    from spacy.tokens import Doc

    words = list(tokens)
    spaces = guess_spaces(words)
    if tags is None:
        return Doc(vocab, words=words, spaces=spaces)
    ents = ["O" if t == "O" else t for t in tags]
    return Doc(vocab, words=words, spaces=spaces, ents=ents)


def to_docs(vocab, sentences: Iterable[Sentence]) -> list:
    return [to_doc(vocab, toks, tags) for toks, tags in sentences]


def doc_to_tags(doc) -> list[str]:
    """BIO tags (PER/LOC/ORG only) of a Doc's entities."""
    spans = [(e.start, e.end, e.label_) for e in doc.ents if e.label_ in LABELS]
    return spans_to_bio(len(doc), spans)


def to_docbin(vocab, sentences: Iterable[Sentence], path: str | Path) -> int:
    """Save sentences as a spaCy ``DocBin`` (``.spacy``); returns the count."""
    from spacy.tokens import DocBin

    db = DocBin(store_user_data=False)
    n = 0
    for doc in to_docs(vocab, sentences):
        db.add(doc)
        n += 1
    db.to_disk(path)
    return n
