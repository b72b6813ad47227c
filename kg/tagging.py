"""Tagging pre-tokenized sentences with the full pipeline, for GermEval-style evaluation.

The pipeline's labels map to GermEval's: PER -> PER, STATE and PLACE -> LOC, ORG -> ORG.
"""

from __future__ import annotations

import re
from pathlib import Path

from spacy.tokens import Doc

from .errors import Errors, KGError
from .germeval import guess_spaces, read_germeval, write_germeval
from .nlp.party_plurals import FORMS as PARTY_PLURALS

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
# NoSta-D tags Christ in the era's abbreviation as a person: "330 v. Chr.", "68 n . Chr ." (the graph has no use
# for him).
ERA_MARKS = {"v", "n", "v.", "n."}
# and Jesus by his names: "das Herz Jesu", "Jesus Christus"
CHRIST_NAMES = {"Jesus", "Jesu", "Christus"}
# and the sun, the moon and the planets as places: "den Mond betrat", "die Erde reflektiert", "um die Sonne"
CELESTIAL = {"Sonne", "Mond", "Erde", "Mars", "Jupiter", "Saturn", "Uranus", "Neptun", "Pluto"}
DEFINITE = {"der", "die", "das", "des", "dem", "den", "am", "im", "vom", "zum", "zur", "beim"}


ACRONYM_COMPOUND = re.compile(r"^[A-Z]{2,5}-([A-ZÄÖÜ][a-zäöüß]+)$")


def _acronym_compound(ent) -> bool:
    """One word of an acronym and a common noun: "EU-Kommission", "US-Notenbank". NoSta-D tags such a compound as
    containing a name (ORGpart, LOCpart), not as one."""
    if len(ent) != 1:
        return False
    m = ACRONYM_COMPOUND.match(ent[0].text)
    if m is None:
        return False
    from .nlp.entities import _lexical

    return _lexical(m.group(1))


def _party_members(ent) -> bool:
    """A political family's plural alone: "die Sozialdemokraten", "den Republikanern". The graph takes it for the
    party the text names (kg.nlp.party_plurals); NoSta-D tags the members' plural, a common noun, as no name (it
    tags the parties' own names "die Grünen", "die Linke")."""
    return len(ent) == 1 and ent[0].text in PARTY_PLURALS


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
    gaz = nlp.get_pipe("kg_entities").gaz if "kg_entities" in nlp.pipe_names else None
    for doc in tagged:
        tags = ["O"] * len(doc)
        for ent in doc.ents:
            label = GERMEVAL_LABEL.get(ent.label_)
            if label is None or (label == "ORG" and (_generic_institution(ent) or _party_members(ent))) \
                    or _acronym_compound(ent):
                continue
            tags[ent.start] = "B-" + label
            for i in range(ent.start + 1, ent.end):
                tags[i] = "I-" + label
        _era_persons(doc, tags)
        for i, token in enumerate(doc):
            if token.text in CHRIST_NAMES and tags[i] == "O":
                tags[i] = "I-PER" if i > 0 and tags[i - 1] != "O" and tags[i - 1].endswith("PER") else "B-PER"
        if gaz is not None:
            _broken_names(doc, tags, gaz)
        for i in range(1, len(doc)):
            if doc[i].text in CELESTIAL and tags[i] == "O" and doc[i - 1].lower_ in DEFINITE \
                    and not (i + 1 < len(doc) and doc[i + 1].text[:1].isupper()):
                tags[i] = "B-LOC"
        out.append(tags)
    return out


def _broken_names(doc, tags: list[str], gaz) -> None:
    """A name broken at its hyphen across two tokens ("Mecklenburg- Vorpommern", a line's end in the source) that the
    curated lists know whole is tagged as that name."""
    for i in range(len(doc) - 1):
        first, second = doc[i].text, doc[i + 1].text
        if len(first) < 3 or not first.endswith("-") or not first[:1].isupper() or not second[:1].isupper() \
                or tags[i] != "O" or tags[i + 1] not in ("O", "B-LOC", "B-ORG", "B-PER") \
                or (i + 2 < len(doc) and tags[i + 2].startswith("I-")):
            continue
        kinds = {k.kind for k in gaz.lookup(first + second)}
        label = "LOC" if kinds & {"place", "state"} else "ORG" if "organization" in kinds else None
        if label is not None:
            tags[i], tags[i + 1] = "B-" + label, "I-" + label


def _era_persons(doc, tags: list[str]) -> None:
    """ "Chr." after "v." or "n." (as one token or with its period apart) is tagged PER, its period included."""
    for i, token in enumerate(doc):
        if token.text not in ("Chr", "Chr.") or tags[i] != "O":
            continue
        before = [t.text for t in doc[max(0, i - 2):i]]
        if not (before[-1:] and before[-1] in ERA_MARKS or before[-2:] in (["v", "."], ["n", "."])):
            continue
        tags[i] = "B-PER"
        if token.text == "Chr" and i + 1 < len(doc) and doc[i + 1].text == "." and tags[i + 1] == "O":
            tags[i + 1] = "I-PER"


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
