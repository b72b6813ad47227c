"""Sentence boundaries for news text: punctuation and line structure.

spaCy's rule sentencizer ignores line breaks, but news texts put headlines,
bullets and paragraphs on their own lines with no final full stop; a line
break is a boundary unless it only wraps a running sentence.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import SENT_START
from spacy.lang.de.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

FINAL = {".", "!", "?", "…", "?!", "!?", "...", ";", "|"}  # "|" separates a headline from its byline
CLOSING = {"“", "”", '"', "»", "«", "'", "’", ")", "]"}
# spaCy keeps a year's full stop on the token ("2022."), unlike an ordinal ("20."), which never ends a sentence.
YEAR_STOP = re.compile(r"^\d{4}\.$")
LETTER_STOP = re.compile(r"^[A-ZÄÖÜ]\.$")


class Sentencizer:
    """Sets `is_sent_start` on every token of a doc."""

    def __call__(self, doc: Doc) -> Doc:
        starts = find_starts(doc)
        # One array write: spaCy's token.is_sent_start setter checks the whole doc for a parse
        # on every call, which made setting it token by token quadratic in the doc's length.
        values = numpy.full((len(doc), 1), -1, dtype="int32")
        for i in starts:
            values[i, 0] = 1
        if len(doc):
            values[0, 0] = 1
            doc.from_array([SENT_START], values.astype(numpy.uint64))  # spaCy's own int32 -> uint64 cast
        return doc


def find_starts(doc: Doc) -> set[int]:
    """Indices of the tokens that begin a sentence."""
    starts: set[int] = set()
    pending = True  # the next word starts a sentence
    after_final = False  # a sentence-final mark was seen (closing quotes may follow it)
    prev: Token | None = None
    for token in doc:
        if token.is_space:
            if "\n" in token.text and prev is not None and not _wraps(prev, token):
                pending = True
            continue
        if pending or (after_final and token.text not in CLOSING and _can_start(token)):
            if prev is not None:  # leading whitespace stays with the first sentence
                starts.add(token.i)
            pending = False
        if token.text in FINAL or YEAR_STOP.match(token.text) or _dots(token.text) or _letter_at_end(token):
            after_final = True
        elif not (after_final and token.text in CLOSING):
            after_final = False
        prev = token
    return starts


def _letter_at_end(token: Token) -> bool:
    """ "auf der Plattform X. Zugleich betonte er": a capital letter with its full stop (one token for spaCy, as
    an initial is) ends the sentence when a function word follows, which opens a sentence and never a name
    ("Donald J. Trump", "Johann W. von Goethe" go on)."""
    if not LETTER_STOP.match(token.text) or token.i + 1 >= len(token.doc):
        return False
    nxt = token.doc[token.i + 1]
    return nxt.text[:1].isupper() and nxt.text.lower() in STOP_WORDS


def _dots(text: str) -> bool:
    """ "..", "....": a full stop typed twice, or an ellipsis typed long."""
    return len(text) > 1 and not text.strip(".")


def _can_start(token: Token) -> bool:
    first = token.text[:1]
    return first.isupper() or first.isdigit() or first in "„\"»•–-([" or not first.isalnum()


def _wraps(prev: Token, space: Token) -> bool:
    """A single line break between a word and a lowercase word only wraps a running sentence."""
    doc = space.doc
    nxt = doc[space.i + 1] if space.i + 1 < len(doc) else None
    if nxt is None or space.text.count("\n") > 1:
        return False
    return prev.text not in FINAL and prev.text[-1:].isalnum() and nxt.text[:1].islower()
