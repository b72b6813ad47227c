"""Tagging pre-tokenized sentences with the full pipeline, for GermEval-style evaluation.

The pipeline's labels map to GermEval's: PER -> PER, STATE and PLACE -> LOC, ORG -> ORG.
"""

from __future__ import annotations

import re
from pathlib import Path

from spacy.tokens import Doc

from .errors import Errors, KGError
from .germeval import guess_spaces, read_germeval, write_germeval

GERMEVAL_LABEL = {"PER": "PER", "STATE": "LOC", "PLACE": "LOC", "ORG": "ORG"}
# GermEval (NoSta-D) tags names, not the common nouns that designate an institution: "die Bundesregierung", "der
# Kongress", "der Senat" are O there, though the graph keeps them as organizations ("Bundestag" is a name).
GENERIC_INSTITUTIONS = ("regierung", "parlament", "kongress", "senat", "senats", "landtag", "verfassungsgericht",
                        "verfassungsgerichts", "polizei", "staatsanwaltschaft", "verfassungsschutz", "armee",
                        "militär", "justiz")


# Nor a town's adjective before such a generic noun: "der Wülfrather Polizei", "der Schweizer Armee", "des Bremer
# Senates" are the adjective (LOCderiv) and a common noun; "die Berliner Zeitung", "der Hamburger Mieterverein" are
# names.
LOCAL_GENERIC_HEADS = (*GENERIC_INSTITUTIONS, "gemeinderat", "gemeinderats", "stadtrat", "stadtrats", "konzern",
                       "konzerns", "kommission", "zentrum", "zentrums", "schule", "amt", "amts", "amtes", "behörde",
                       "verwaltung", "feuerwehr", "tageszeitung", "senates")
TOWN_ADJECTIVE = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+er$")


def _generic_institution(ent) -> bool:
    """A single common noun ending in an institution's generic head: "Bundesregierung", "Senat"; or a town's
    adjective before one: "Wülfrather Polizei"."""
    if len(ent) == 2 and TOWN_ADJECTIVE.match(ent[0].text) and ent[1].tag_ == "NN":
        return ent[1].lower_.endswith(LOCAL_GENERIC_HEADS)
    return len(ent) == 1 and ent[0].tag_ == "NN" and ent[0].lower_.endswith(GENERIC_INSTITUTIONS)


def tag_tokens(nlp, sentences: list[list[str]]) -> list[list[str]]:
    """BIO tags (PER/LOC/ORG) for each sentence of tokens, keeping the tokens as given."""
    docs = (Doc(nlp.vocab, words=words, spaces=guess_spaces(words)) for words in sentences)
    out = []
    # the tokens are given: none may be split ("HansNiessl" stays one token, one tag)
    with nlp.select_pipes(disable=[name for name in ("kg_glued_names",) if name in nlp.pipe_names]):
        tagged = list(nlp.pipe(docs))
    for doc in tagged:
        tags = ["O"] * len(doc)
        for ent in doc.ents:
            label = GERMEVAL_LABEL.get(ent.label_)
            if label is None or (label == "ORG" and _generic_institution(ent)):
                continue
            tags[ent.start] = "B-" + label
            for i in range(ent.start + 1, ent.end):
                tags[i] = "I-" + label
        out.append(tags)
    return out


def tag_file(nlp, source: Path, target: Path) -> int:
    """Tag a GermEval TSV file into another; returns the number of sentences."""
    if not source.is_file():
        raise KGError(Errors.E001.format(path=source))
    try:
        sentences = read_germeval(source)
    except (ValueError, IndexError, UnicodeDecodeError) as exc:
        raise KGError(Errors.E012.format(path=source, reason=exc)) from None
    tags = tag_tokens(nlp, [tokens for tokens, _ in sentences])
    from .build import atomic_write

    atomic_write(target, lambda tmp: write_germeval(tmp, [(t, g) for (t, _), g in zip(sentences, tags, strict=True)]))
    return len(sentences)
