"""All spaCy registrations of the project, in one place (as spaCy does in `pipeline/factories.py`).

The factories are also declared as `spacy_factories` entry points in
setup.cfg, so `nlp.add_pipe("kg_gazetteer")` works without importing `kg`.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span
from spacy.util import registry

if not Span.has_extension("kg_name"):
    Span.set_extension("kg_name", default=None)


@Language.factory("kg_glued_names")
def make_glued_names(nlp: Language, name: str):
    from .. import gazetteer
    from .glued_names import GluedNames

    return GluedNames(gazetteer.load().first_names)


@Language.factory("kg_sentencizer")
def make_sentencizer(nlp: Language, name: str):
    from .sentencizer import Sentencizer

    return Sentencizer()


@Language.factory("kg_hanta_tagger")
def make_hanta_tagger(nlp: Language, name: str):
    from .hanta_tagger import HantaTagger

    return HantaTagger(nlp.vocab)


@Language.factory("kg_gazetteer")
def make_gazetteer(nlp: Language, name: str):
    from .. import gazetteer
    from .gazetteer_matcher import GazetteerMatcher

    return GazetteerMatcher(nlp.vocab, gazetteer.load())


@Language.factory("kg_entities")
def make_entities(nlp: Language, name: str):
    from .. import gazetteer
    from .entities import EntityRecognizer
    from .name_features import default_table

    return EntityRecognizer(gazetteer.load(), default_table())


@registry.callbacks("kg.tokenizer_rules.v1")
def make_tokenizer_rules():
    """Two changes to spaCy's German tokenizer.

    spaCy splits a final period after a lowercase letter or two capitals, so "AfD." stays one token ("f" then
    "D"): split a period after a lowercase letter and a capital too. Initials ("A.") and abbreviations listed as
    exceptions ("Dr.") are unaffected.

    spaCy splits a name at a typographic apostrophe ("O’Flaherty" -> "O", "’", "Flaherty"; it keeps "O'Brien"):
    a capital, the apostrophe and a capitalised word stay one token ("D’Alema"; not "d’Ivoire", "geht’s").
    """
    import re

    from spacy.util import compile_suffix_regex

    elided = re.compile(r"^[A-ZÄÖÜ]’[A-ZÄÖÜ][\w-]+$")

    def tokenizer_rules(nlp: Language) -> Language:
        suffixes = [*nlp.Defaults.suffixes, r"(?<=[a-zäöü][A-ZÄÖÜ])\."]
        nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
        nlp.tokenizer.token_match = elided.match
        return nlp

    return tokenizer_rules
