"""Building the German pipeline from config.cfg."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from ..paths import NER_MODEL_DIR, PIPELINE_CONFIG
from . import factories  # noqa: F401 - registers the components


def load_pipeline(ner_model: Path | None = NER_MODEL_DIR, spacy_model: str | None = None) -> Language:
    """The kg pipeline: sentences, HanTa tags and lemmas, gazetteers, statistical NER, entities.

    `ner_model` is the project's own trained NER (None: rules and gazetteers only);
    `spacy_model` optionally names an installed spaCy German pipeline (e.g.
    "de_core_news_lg") whose NER is used instead.
    """
    config = spacy.util.load_config(PIPELINE_CONFIG)
    nlp = spacy.util.load_model_from_config(config, auto_fill=True)
    # The pipeline has no parser, so memory grows with tokens only; the reader caps files at 10 MB.
    nlp.max_length = 12_000_000
    source = None
    if spacy_model:
        source = spacy.load(spacy_model, exclude=["parser", "lemmatizer", "senter", "attribute_ruler"])
    elif ner_model is not None and (Path(ner_model) / "config.cfg").exists():
        source = spacy.load(ner_model, exclude=["hanta"])
    if source is not None:
        # the sourced tok2vec reads static vectors (kg's: the word classes of kg/nlp/name_features.py)
        nlp.vocab.vectors = source.vocab.vectors
        for name in source.pipe_names:
            if name in ("tok2vec", "ner"):
                nlp.add_pipe(name, source=source, before="kg_entities",
                             name="ner_tok2vec" if name == "tok2vec" else "ner")
    return nlp


@lru_cache(maxsize=2)
def default_pipeline() -> Language:
    """The default pipeline, loaded once per process."""
    return load_pipeline()
