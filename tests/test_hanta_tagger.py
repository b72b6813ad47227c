"""Tests for kg.nlp.hanta_tagger (invented sentences, not from any corpus)."""

from __future__ import annotations

import pickle

import pytest
import spacy
from spacy.tokens import Doc

from kg.nlp.hanta_tagger import (
    CachedHanoverTagger,
    HantaTagger,
    _copy_case,
    find_particle_verb,
    hanta_to_stts,
)


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("de")


@pytest.fixture(scope="module")
def tagger(nlp):
    return HantaTagger(nlp.vocab)


def run(nlp, tagger, text):
    return tagger(nlp(text))


def by_text(doc):
    return {t.text: t for t in doc}


def test_simple_sentence_tags_and_pos(nlp, tagger):
    doc = run(nlp, tagger, "Die kleine Katze schläft auf dem Sofa.")
    assert [t.tag_ for t in doc] == ["ART", "ADJA", "NN", "VVFIN", "APPR", "ART", "NN", "$."]
    assert [t.pos_ for t in doc] == ["DET", "ADJ", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT"]


def test_auxiliary_and_modal_are_aux(nlp, tagger):
    doc = run(nlp, tagger, "Der Bürgermeister will morgen verreisen und ist dann weg.")
    t = by_text(doc)
    assert t["will"].tag_ == "VMFIN" and t["will"].pos_ == "AUX"
    assert t["ist"].tag_ == "VAFIN" and t["ist"].pos_ == "AUX"


def test_lemmas_of_inflected_noun_and_verb(nlp, tagger):
    doc = run(nlp, tagger, "Die Bürgermeisterinnen besuchten gestern drei Dörfer.")
    t = by_text(doc)
    assert t["besuchten"].lemma_ == "besuchen"
    assert t["Dörfer"].lemma_ == "Dorf"
    assert t["Bürgermeisterinnen"].lemma_ == "Bürgermeisterin"
    assert t["Die"].lemma_ == "der"


@pytest.mark.parametrize(
    "text, verb, lemma",
    [
        ("Die Regierung wies die Vorwürfe gestern zurück.", "wies", "zurückweisen"),
        ("Sie lehnte den Plan ab.", "lehnte", "ablehnen"),
        ("Er kündigte an, dass der Zoo im Winter schließt.", "kündigte", "ankündigen"),
        ("Der Kapitän, der das Schiff verließ, trat später zurück.", "trat", "zurücktreten"),
        ("Sie lehnte den Antrag, den der Verein einreichte, ab.", "lehnte", "ablehnen"),
        # an adjective as the particle, which HanTa tags ADJD
        ("Die Gärtnerin macht sich seit Jahren für den Park stark.", "macht", "starkmachen"),
        # a particle written as one word, which HanTa tags as a verb of its own
        ("Der Verband stellt das Konzept der Stadt infrage.", "stellt", "infragestellen"),
        # a surname HanTa takes for a verb must not take the particle: "Moser" is no "aufmosern"
        ("Karl Moser rief die Regierung auf.", "rief", "aufrufen"),
    ],
)
def test_separable_verb_joining(nlp, tagger, text, verb, lemma):
    doc = run(nlp, tagger, text)
    assert by_text(doc)[verb].lemma_ == lemma
    particles = [t for t in doc if t.tag_ == "PTKVZ"]
    assert particles, "expected a PTKVZ particle"
    # the particle keeps its own lemma
    assert all(p.lemma_ == p.text.lower() for p in particles)


def test_particle_written_onto_a_form_of_haben(nlp, tagger):
    # HanTa reads "vorhat" as an imperative of a verb "vorhat"
    doc = run(nlp, tagger, "Der Verband erklärte, dass er nicht vorhat zu klagen, weil sie das Amt innehatte.")
    t = by_text(doc)
    assert (t["vorhat"].tag_, t["vorhat"].lemma_) == ("VVFIN", "vorhaben")
    assert (t["innehatte"].tag_, t["innehatte"].lemma_) == ("VVFIN", "innehaben")


def test_predicative_adjective_is_no_particle(nlp, tagger):
    doc = run(nlp, tagger, "Der Wind ist heute stark.")
    assert by_text(doc)["stark"].tag_ == "ADJD" and by_text(doc)["ist"].lemma_ == "sein"


def test_no_joining_into_embedded_or_other_clause(nlp, tagger):
    doc = run(nlp, tagger, "Der Kapitän, der das Schiff verließ, trat später zurück.")
    assert by_text(doc)["verließ"].lemma_ == "verlassen"
    doc = run(nlp, tagger, "Wenn der Regen aufhört, reist die Familie ab.")
    t = by_text(doc)
    assert t["aufhört"].lemma_ == "aufhören"
    assert t["reist"].lemma_ == "abreisen"


def test_particle_joins_the_verb_in_second_place():
    # "Sie lehnen die Pläne entschieden ab": HanTa may tag the adverb "entschieden" VVFIN as well
    tags = ["PPER", "VVFIN", "ART", "NN", "VVFIN", "PTKVZ", "$."]
    lemmas = ["sie", "lehnen", "der", "Plan", "entscheiden", "ab", "."]
    assert find_particle_verb(tags, lemmas, 5) == 1
    # a coordinated clause keeps its own verb: "Er geht heim und kauft ein"
    tags = ["PPER", "VVFIN", "PTKVZ", "KON", "VVFIN", "PTKVZ", "$."]
    lemmas = ["er", "gehen", "heim", "und", "kaufen", "ein", "."]
    assert find_particle_verb(tags, lemmas, 5) == 4


def test_no_joining_across_subordinator_or_modal():
    # tag sequences tested directly: "..., dass er es ab ." (no verb in clause)
    tags = ["PPER", "VVFIN", "$,", "KOUS", "PPER", "PPER", "PTKVZ", "$."]
    lemmas = ["er", "sagen", ",", "dass", "er", "es", "ab", "."]
    assert find_particle_verb(tags, lemmas, 6) == -1
    # a modal verb blocks the search ("Er muss heute weg.")
    tags = ["PPER", "VMFIN", "ADV", "PTKVZ", "$."]
    lemmas = ["er", "müssen", "heute", "weg", "."]
    assert find_particle_verb(tags, lemmas, 3) == -1
    # sentence-internal $. (colon) blocks it
    tags = ["PPER", "VVFIN", "$.", "ART", "NN", "PTKVZ"]
    lemmas = ["er", "sagen", ":", "der", "Plan", "ab"]
    assert find_particle_verb(tags, lemmas, 5) == -1


def test_no_joining_across_sentence_boundary(nlp, tagger):
    words = ["Sie", "lachte", ".", "Dann", "ging", "sie", "fort", "."]
    doc = Doc(nlp.vocab, words=words, sent_starts=[True, False, False, True, False, False, False, False])
    tagger(doc)
    assert doc[1].lemma_ == "lachen"


def test_genitive_proper_noun_lemma(nlp, tagger):
    doc = run(nlp, tagger, "Merkels Nachfolger sprach mit Scholz.")
    t = by_text(doc)
    assert t["Merkels"].tag_ == "NE"
    assert t["Merkels"].pos_ == "PROPN"
    assert t["Merkels"].lemma_ == "Merkel"


def test_hyphen_compounds_keep_casing(nlp, tagger):
    doc = run(nlp, tagger, "Die EU-Kommission kritisierte den US-Präsidenten scharf.")
    t = by_text(doc)
    assert t["EU-Kommission"].lemma_ == "EU-Kommission"
    assert t["US-Präsidenten"].lemma_ == "US-Präsident"


def test_copy_case_helper():
    assert _copy_case("Us-präsident", "US-Präsidenten") == "US-Präsident"
    assert _copy_case("Haus", "Häuser") == "Haus"
    assert _copy_case("Nato", "NATO") == "NATO"


def test_hanta_tag_conversion():
    assert hanta_to_stts("ADJ(A)") == "ADJA"
    assert hanta_to_stts("VV(FIN)") == "VVFIN"
    assert hanta_to_stts("VV(IZU)") == "VVIZU"
    assert hanta_to_stts("NNA") == "NN"
    assert hanta_to_stts("$(") == "$("
    assert hanta_to_stts("$.") == "$."
    assert hanta_to_stts("PROAV", proav="PAV") == "PAV"


def test_morph_features(nlp, tagger):
    doc = run(nlp, tagger, "Die schnellsten Läufer haben gewonnen.")
    t = by_text(doc)
    assert t["schnellsten"].morph.get("Degree") == ["Sup"]
    assert t["gewonnen"].morph.get("VerbForm") == ["Part"]
    assert t["Die"].morph.get("Definite") == ["Def"]


def test_whitespace_tokens_and_empty_doc(nlp, tagger):
    doc = run(nlp, tagger, "Ein Satz.  \n\nNoch ein Satz.")
    spaces = [t for t in doc if t.is_space]
    assert spaces and all(t.pos_ == "SPACE" for t in spaces)
    assert all(t.tag_ for t in doc)
    assert len(tagger(nlp(""))) == 0


def test_sentence_boundaries_untouched(nlp, tagger):
    doc = nlp("Das Wetter ist schön. Wir gehen spazieren.")
    assert not doc.has_annotation("SENT_START")
    tagger(doc)
    assert not doc.has_annotation("SENT_START")


def test_pipe_and_pickle(nlp, tagger):
    docs = list(tagger.pipe(nlp.pipe(["Ein Hund bellt.", "Zwei Katzen schlafen."]), batch_size=2))
    assert [t.lemma_ for t in docs[1]][:3] == ["zwei", "Katze", "schlafen"]
    clone = pickle.loads(pickle.dumps(tagger))
    assert clone(nlp("Ein Hund bellt."))[2].lemma_ == "bellen"


def test_cached_tagger_output_identical_to_plain():
    from HanTa import HanoverTagger as ht

    plain = ht.HanoverTagger("morphmodel_ger.pgz")
    cached = CachedHanoverTagger()
    sents = [
        "Der Stadtrat beschloss am Dienstag eine neue Parkgebührenordnung .",
        "Die Bürgerinitiative kündigte Widerstand an , weil die Gebühren steigen .",
        "Die Bürgerinitiative kündigte Widerstand an , weil die Gebühren steigen .",
        "Kryptowährungsbörsen und Windkraftanlagenbetreiber verhandelten über Xylophonschulen .",
        "Ob das klappt , bleibt abzuwarten -- meinte die Oberbürgermeisterin .",
    ]
    for s in sents:
        words = s.split()
        assert cached.tag_sent(words, taglevel=1) == plain.tag_sent(words, taglevel=1)
        assert cached.tag_sent(words, taglevel=3) == plain.tag_sent(words, taglevel=3)


def test_d_word_after_a_comma_is_relative_before_a_final_verb_cluster_and_an_article_before_zu(nlp, tagger):
    doc = run(nlp, tagger, "Er lobte den Bürgermeister, der Anfang Mai gewarnt hatte, die Stadt vom Netz "
                           "abzuschneiden.")
    d_words = [t for t in doc if t.lower_ in ("der", "die")]
    assert [(t.text, t.tag_, t.pos_) for t in d_words] == [("der", "PRELS", "PRON"), ("die", "ART", "DET")]


def test_d_word_before_a_main_clause_of_reported_speech_stays_an_article(nlp, tagger):
    doc = run(nlp, tagger, "Er sagte, die Gespräche seien gescheitert.")
    assert by_text(doc)["die"].tag_ == "ART"


def test_a_verb_read_as_an_adjective_after_the_subject_is_a_verb(nlp, tagger):
    doc = run(nlp, tagger, "Der Linkspopulist verlangte Garantien. Das 60 Kilometer entfernte Dorf blieb ruhig.")
    t = by_text(doc)
    assert (t["verlangte"].tag_, t["verlangte"].lemma_) == ("VVFIN", "verlangen")
    assert t["entfernte"].tag_ == "ADJA"
