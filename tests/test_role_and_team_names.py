"""Name grammar for persons after their occupation, teams and bodies named with their city, saints' places,
genitive persons, long given names, English firms' heads and dateline agencies (made-up sentences and names;
the statistical model is replaced by fixed spans, or left out, so that only the rules are tested)."""

from __future__ import annotations

import pytest

from tests.test_model_span_rules import entities_with_model_spans


@pytest.mark.parametrize("text, model, expected", [
    # a noun of an occupation or role before a name no list knows, also as the head of a compound
    ("Der Menschenrechtsaktivist Brandowski sprach gestern.", [], {("Brandowski", "PER")}),
    ("Das sagte der CSU-Politiker Brandowski am Montag.", [], {("Brandowski", "PER")}),
    # past an academic title, also with its period apart (as GermEval's tokens have it)
    ("Es behandelte ihn der Oberarzt Dr . Brandowski.", [], {("Brandowski", "PER")}),
])
def test_names_after_a_role_noun(nlp, text, model, expected):
    assert entities_with_model_spans(nlp, text, model) == expected


def test_a_genitive_after_a_role_noun_is_no_name(nlp):
    assert not entities_with_model_spans(nlp, "Er galt als der bedeutendste Autor Quellwitzlands.", [])


def test_city_and_english_plural_is_a_team(nlp):
    ents = entities_with_model_spans(nlp, "Gestern verloren die Chicago Wolverines ihr Heimspiel.", [])
    assert ("Chicago Wolverines", "ORG") in ents and ("Chicago", "PLACE") not in ents
    ents = entities_with_model_spans(nlp, "Gestern verloren die Los Angeles Wolverines ihr Heimspiel.", [])
    assert ("Los Angeles Wolverines", "ORG") in ents


def test_organization_and_its_city_are_one_name(nlp):
    ents = entities_with_model_spans(nlp, "Sie lehrt seit Jahren an der FH Hamburg.", [])
    assert ("FH Hamburg", "ORG") in ents
    # a proper noun no list knows before a city: a club
    ents = entities_with_model_spans(nlp, "Das Spiel gegen Tarnowko Hamburg endete torlos.", [])
    assert ("Tarnowko Hamburg", "ORG") in ents


def test_saint_and_name_are_a_place(nlp):
    ents = entities_with_model_spans(nlp, "Die Kirche St. Quirinus wurde renoviert, in Sankt Brandolf ist Markt.", [])
    assert {("St. Quirinus", "PLACE"), ("Sankt Brandolf", "PLACE")} <= ents


def test_genitive_before_a_noun_names_a_person(nlp):
    ents = entities_with_model_spans(nlp, "Gestern wurde Brandowskis Rede gelobt.", [])
    assert ("Brandowskis", "PER") in ents
    # a common noun's genitive takes its article
    assert not entities_with_model_spans(nlp, "Gestern wurde des Spielers Rede gelobt.", [])


def test_noun_after_two_given_names_is_the_surname(nlp):
    ents = entities_with_model_spans(nlp, "Gestern sprach Hans Peter Kessel über die Lage.", [])
    assert ("Hans Peter Kessel", "PER") in ents
    ents = entities_with_model_spans(nlp, "Hier war Joseph Anton von Kessel oft zu Gast.", [])
    assert ("Joseph Anton von Kessel", "PER") in ents


def test_english_head_makes_the_models_person_a_firm(nlp):
    ents = entities_with_model_spans(nlp, "Das Quenby Marsh Laboratory meldete Erfolge.",
                                     [("Quenby Marsh Laboratory", "PER")])
    assert ("Quenby Marsh Laboratory", "ORG") in ents


def test_source_in_a_dateline_is_an_organization(nlp):
    ents = entities_with_model_spans(nlp, "Quellstadt (ots) - Die Polizei meldet einen Unfall.", [])
    assert ("ots", "ORG") in ents


def test_models_person_after_in_is_a_place(nlp):
    ents = entities_with_model_spans(nlp, "Das Fest findet in Brandowski statt.", [("Brandowski", "PER")])
    assert ("Brandowski", "PLACE") in ents


def test_listed_town_alone_after_a_preposition_is_a_place(nlp):
    # a town of the name lists that no curated list has and the model may miss
    ents = entities_with_model_spans(nlp, "Das Turnier fand gestern in Lemgo statt.", [])
    assert ("Lemgo", "PLACE") in ents
    assert not entities_with_model_spans(nlp, "Das Turnier fand gestern in Lemgo Nord statt.", [])


def test_organizations_name_goes_on_over_its_legal_form(nlp):
    # a listed name written in lower case, which the legal form's own grammar (capitalised words) cannot take
    ents = entities_with_model_spans(nlp, "Die ratiopharm GmbH meldete Verluste.", [])
    assert ("ratiopharm GmbH", "ORG") in ents


def test_well_known_companies_are_listed(nlp):
    ents = entities_with_model_spans(nlp, "Gestern meldeten Panasonic und Vattenfall Verluste.", [])
    assert {("Panasonic", "ORG"), ("Vattenfall", "ORG")} <= ents


def test_town_adjective_and_generic_body_are_no_name_for_germeval(nlp):
    from kg.tagging import tag_tokens

    # GermEval (NoSta-D) tags the adjective LOCderiv and the common noun nothing; a paper's name stays a name
    assert tag_tokens(nlp, ["Beamte der Emdener Polizei ermitteln .".split()]) == [["O"] * 6]
    assert tag_tokens(nlp, ["Die Emdener Zeitung berichtete .".split()]) == [["O", "B-ORG", "I-ORG", "O", "O"]]


def test_academic_title_after_an_office_is_no_name(nlp):
    ents = entities_with_model_spans(nlp, "Die Firma leitet der Gründer Dr . Bernd Quellwitz .", [])
    assert ("Dr", "PER") not in ents and ("Bernd Quellwitz", "PER") in ents


def test_initial_with_its_period_apart_goes_on_the_name(nlp):
    ents = entities_with_model_spans(nlp, "Gestern sandte er Robert K . Brandowski nach Paris .", [])
    assert ("Robert K . Brandowski", "PER") in ents


def test_unknown_word_coordinated_with_places_is_a_place(nlp):
    ents = entities_with_model_spans(nlp, "Die Straße führt von Hamburg über Tarnowko und Bremen nach Kiel.",
                                     [("Tarnowko", "PER")])
    assert ("Tarnowko", "PLACE") in ents
    # an author and a title are no list
    ents = entities_with_model_spans(nlp, "Brandowski , Hamburg im Wandel .", [("Brandowski", "PER")])
    assert ("Brandowski", "PER") in ents


def test_unlisted_square_after_a_contraction_is_a_place(nlp):
    ents = entities_with_model_spans(nlp, "Die Schule zog an den Brandowskiplatz, dann vom Quellenbrunnweg weg.", [])
    assert ("Quellenbrunnweg", "PLACE") in ents
    # a word of the lexicon, or a side
    assert not entities_with_model_spans(nlp, "Die Lage am Arbeitsmarkt und am Ostufer ist gut.", [])
