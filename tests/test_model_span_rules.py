"""How kg_entities treats the statistical model's spans, given as if the model had proposed them.

The sentences are made up; the model is replaced by fixed spans so that only the rules are tested.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span


def entities_with_model_spans(nlp, text: str, model: list[tuple[str, str]]) -> set[tuple[str, str]]:
    """Run the pipeline without the statistical NER, give it `model` spans (word, label) instead."""
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name in ("ner_tok2vec", "ner", "kg_entities"):
            continue
        doc = proc(doc)
    words = [t.text for t in doc]
    spans = []
    for word, label in model:
        first = word.split()[0]
        i = words.index(first)
        spans.append(Span(doc, i, i + len(word.split()), label=label))
    doc.ents = spans
    doc = nlp.get_pipe("kg_entities")(doc)
    return {(e.text, e.label_) for e in doc.ents}


def test_unknown_name_tagged_as_noun_after_a_preposition(nlp):
    # HanTa guesses unknown capitalised words as nouns; bare after a preposition, such a word is a name
    ents = entities_with_model_spans(nlp, "Die Wanderer kamen gestern aus Merlitzen zurück.", [("Merlitzen", "LOC")])
    assert ("Merlitzen", "PLACE") in ents


def test_compound_common_noun_after_a_preposition_is_no_name(nlp):
    ents = entities_with_model_spans(nlp, "Das wurde uns aus Vereinskreisen bestätigt.", [("Vereinskreisen", "LOC")])
    assert not ents
    ents = entities_with_model_spans(nlp, "Die Haft wurde verlängert.", [("Haft", "LOC")])
    assert not ents  # a word of HanTa's lexicon


def test_name_in_apposition_takes_the_kind_of_its_noun(nlp):
    ents = entities_with_model_spans(nlp, "Ihr Bruder Tibor kam erst am Abend.", [("Tibor", "PER")])
    assert ("Tibor", "PER") in ents  # kinship noun: a person
    ents = entities_with_model_spans(nlp, "Das Dorf Welkowo liegt an einem See.", [("Welkowo", "PER")])
    assert ("Welkowo", "PLACE") in ents  # a kind of place: the place, not a person
    ents = entities_with_model_spans(nlp, "Wir besuchten das Schloss Bellardin im Mai.", [("Bellardin", "ORG")])
    assert ("Bellardin", "PLACE") in ents
    ents = entities_with_model_spans(nlp, "Der Auftakt des Festmonats Zorvan war laut.", [("Zorvan", "PER")])
    assert ("Zorvan", "PER") not in ents  # other nouns: still no person


def test_units_and_common_abbreviations_are_no_organizations(nlp):
    ents = entities_with_model_spans(nlp, "Der Umsatz lag bei 12,5 Mio. USD und stieg um 15 Uhr MEZ.",
                                     [("USD", "ORG"), ("MEZ", "ORG")])
    assert not ents


def test_given_names_before_an_arabic_particle_name_are_a_person(nlp):
    ents = entities_with_model_spans(nlp, "Der Chef der Miliz, Abu Qirdash al-Hamdani, sei verletzt.",
                                     [("Abu Qirdash al-Hamdani", "LOC")])
    assert ("Abu Qirdash al-Hamdani", "PER") in ents


def test_a_persons_name_ends_before_a_time_phrase(nlp):
    ents = entities_with_model_spans(nlp, "Bisher musste Quandari Anfang Jänner zahlen.", [("Quandari Anfang", "PER")])
    assert ("Quandari", "PER") in ents



def test_model_persons_that_are_no_persons(nlp):
    ents = entities_with_model_spans(nlp, "Das Verbot wurde nicht eingehalten, berichtete Kanal24.",
                                     [("Kanal24.", "PER")])
    assert ents == {("Kanal24.", "ORG")}  # a name with a digit: a station's or a company's
    ents = entities_with_model_spans(nlp, "Die Presseabteilungen von Schwarz und Grün sehen das anders.",
                                     [("Schwarz", "PER")])
    assert not ents  # a party's colour
    ents = entities_with_model_spans(nlp, "Die Holding Berger & Mauritz wurde geprüft.", [("Mauritz", "PER")])
    assert not [e for e in ents if e[1] == "PER"]  # the rest of a company's name
    ents = entities_with_model_spans(nlp, "Sie ging (Anm. d. Red.) heim.", [("Anm", "PER")])
    assert not ents  # the editor's note
    ents = entities_with_model_spans(nlp, "Der Abgeordnete Hans Schwarz kam, Schwarz sagte nichts.",
                                     [("Hans Schwarz", "PER")])
    assert ents == {("Hans Schwarz", "PER"), ("Schwarz", "PER")}  # the surname of a person named in full


def test_unknown_name_set_off_after_an_office_and_its_genitive(nlp):
    ents = entities_with_model_spans(nlp, "Das sei hart, sagte der Fraktionschef der Sozialdemokraten, Sampo Kettula, "
                                          "am Abend. Der Sprecher des Ministeriums, Sprachrohr der Regierung, schwieg.",
                                     [])
    assert {e for e in ents if e[1] == "PER"} == {("Sampo Kettula", "PER")}


@pytest.mark.parametrize("text, model, expected", [
    # a club's legal form with its town, without the model
    ("Er spielte beim 1. FC Kleinholzingen.", [], {("1. FC Kleinholzingen", "ORG")}),
    # a trade's noun after a place makes a firm, and continues a listed organization
    ("Das Album erschien bei Hamburg Records.", [], {("Hamburg Records", "ORG")}),
    ("Der Kredit kam von der Nordhessen Bank.", [], {("Nordhessen Bank", "ORG")}),
    # the model's longer name around a listed organization is the more specific name
    ("Er flog mit der Deutschen Lufthansa.", [("Deutschen Lufthansa", "ORG")], {("Deutschen Lufthansa", "ORG")}),
])
def test_clubs_trades_and_longer_names_of_listed_organizations(nlp, text, model, expected):
    assert entities_with_model_spans(nlp, text, model) == expected


def test_a_guessed_place_gives_way_only_to_a_person_the_rules_found(nlp):
    ents = entities_with_model_spans(nlp, "Die Außenminister Kasem Gharibabadi und Madschid Tacht-Rawantschi kamen.",
                                     [("Madschid Tacht-Rawantschi", "LOC")])
    assert ("Madschid Tacht-Rawantschi", "PER") in ents
    ents = entities_with_model_spans(nlp, "Das Haus liegt am Lake Calhoun und Pond Harriet.",
                                     [("Lake Calhoun", "LOC"), ("Pond Harriet", "PER")])
    assert ("Lake Calhoun", "PLACE") in ents
