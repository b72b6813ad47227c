"""What the curated lists know about a word, as static vectors for the statistical NER.

2,200 annotated sentences cannot teach a model which of "Kempen", "Spirovski" and "Haribo"
are a town, a surname and a company.  The lists in ``ontology/gazetteers/`` can: this module
turns them into one multi-hot vector per written word ("Kempen" -> surname + city), stored
as the NER pipeline's ``vocab.vectors`` and read by spaCy's ``StaticVectors`` layer
(``include_static_vectors = true`` in ``kg/nlp/ner.cfg``).  The model learns how far to
trust each class in context; unlike the rules, a listed word is only a hint.

Each word also gets a fixed random code of its German Brown cluster (spacy-lookups-data).
Words share rows: the table holds one row per distinct (cluster, classes) pair (2,422 rows
of 61 numbers in the shipped model) and a hash key for every word, so the model grows by
its word keys only.

    >>> from kg.gazetteer import load
    >>> table = feature_table(load())
    >>> sorted(FEATURES[i] for i in range(len(FEATURES)) if table["Kempen"] >> i & 1)
    ['city', 'surname']
"""
from __future__ import annotations

import csv
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import numpy
from spacy.vocab import Vocab

from kg.gazetteer import Gazetteer
from kg.nlp.gazetteer_matcher import inflections
from kg.paths import GAZETTEER_DIR

FEATURES = ("first", "surname", "city", "city_part", "region", "state", "state_adjective", "capital", "place",
            "organization", "organization_word", "office", "person")
BIT = {name: 1 << i for i, name in enumerate(FEATURES)}
CLUSTER_DIMS = 48
CLUSTER_MIN_LOG_PROB = -15.0  # the 103,000 most frequent words with a cluster
ADJECTIVE_ENDINGS = ("", "e", "en", "er", "es", "em")


def _words(text: str) -> Iterable[str]:
    for word in text.split():
        word = word.strip(",;:()\"„“")
        if word[:1].isupper():
            yield word


def _inflected(name: str) -> Iterable[str]:
    """Every word of every case form of a name ("Vereinigte Staaten" -> "Vereinigten", "Staaten", ...)."""
    for form in inflections(name):
        yield from _words(form)


def feature_table(gaz: Gazetteer, directory: Path = GAZETTEER_DIR) -> dict[str, int]:
    """Written word -> bit mask of FEATURES, from the curated gazetteers and name_words.tsv."""
    table: dict[str, int] = {}

    def mark(words: Iterable[str], feature: str) -> None:
        for word in words:
            table[word] = table.get(word, 0) | BIT[feature]

    with (directory / "name_words.tsv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            for cls in row["classes"].split("|"):
                mark([row["word"]], cls)
                if cls in ("surname", "city", "region"):
                    mark([row["word"] + "s"], cls)  # genitive: "Spirovskis", "Kempens"
    mark(gaz.first_names, "first")
    for known in gaz.known.values():
        for form in (known.name, *known.aliases):
            mark(_inflected(form), known.kind)
            if known.kind == "person" and " " in form:
                mark(_inflected(form.split()[-1]), "surname")
    for adjective in gaz.adjectives:
        mark((adjective[:1].upper() + adjective[1:] + ending for ending in ADJECTIVE_ENDINGS), "state_adjective")
        mark((adjective + ending for ending in ADJECTIVE_ENDINGS), "state_adjective")
    mark((form for capital in gaz.capitals for form in _inflected(capital)), "capital")
    for form in gaz.office_forms:
        mark((form, form + "s", form + "n", form + "en"), "office")
    for word in gaz.organization_words:
        mark((word, word + "s", word + "es", word + "en"), "organization_word")
    return table


def word_clusters(min_log_prob: float = CLUSTER_MIN_LOG_PROB) -> dict[str, int]:
    """German Brown clusters of spacy-lookups-data (MIT; from spaCy's former German models),
    for the words at least as frequent as `min_log_prob`: word -> cluster number."""
    import gzip
    import json

    try:
        import spacy_lookups_data
    except ImportError:
        from kg.errors import Errors, KGError

        raise KGError(Errors.E021) from None
    data = Path(spacy_lookups_data.__file__).parent / "data"
    with gzip.open(data / "de_lexeme_cluster.json.gz", "rt", encoding="utf-8") as fh:
        clusters = json.load(fh)
    with gzip.open(data / "de_lexeme_prob.json.gz", "rt", encoding="utf-8") as fh:
        probs = json.load(fh)
    return {w: c for w, c in clusters.items() if c and probs.get(w, -99.0) >= min_log_prob}


def set_vectors(vocab: Vocab, table: dict[str, int], clusters: dict[str, int] | None = None) -> None:
    """Store the word classes (and Brown clusters) as `vocab.vectors`.

    A word's vector is its FEATURES bits, then a fixed random code of its cluster
    (CLUSTER_DIMS numbers, seeded by the cluster number): the model's projection learns
    what each code means.  One row per distinct (cluster, bits) pair; words are keys only
    (hashes, so the string store does not grow).
    """
    from spacy.strings import get_string_id
    from spacy.vectors import Vectors

    clusters = clusters or {}
    words = sorted(set(table) | set(clusters))
    pairs = sorted({(clusters.get(w, 0), table.get(w, 0)) for w in words})
    row_of = {pair: i for i, pair in enumerate(pairs)}
    data = numpy.zeros((len(pairs), len(FEATURES) + CLUSTER_DIMS), dtype="float32")
    for (cluster, mask), row in row_of.items():
        data[row, :len(FEATURES)] = [(mask >> i) & 1 for i in range(len(FEATURES))]
        if cluster:
            code = numpy.random.default_rng(cluster).standard_normal(CLUSTER_DIMS) / CLUSTER_DIMS ** 0.5
            data[row, len(FEATURES):] = code
    vectors = Vectors(strings=vocab.strings, data=data, name="kg_name_features")
    for word in words:
        vectors.add(get_string_id(word), row=row_of[(clusters.get(word, 0), table.get(word, 0))])
    vocab.vectors = vectors


@cache
def default_table() -> dict[str, int]:
    from kg.gazetteer import load

    return feature_table(load())
