"""Name grammar and GermEval conventions of the second round: eras, celestial bodies, acronym compounds, names broken
at a hyphen, English honorifics, persons in the genitive after a noun, towns after "von"/"zu" and by more endings,
spa towns, surnames that are also organizations' short names, newspapers in quotation marks, the singular parties,
given names alone, towns in the genitive, football clubs and broadcasters (made-up sentences; the statistical
model is replaced by fixed spans, or left out, so that only the rules are tested)."""

from __future__ import annotations

import pytest

from tests.test_model_span_rules import entities_with_model_spans


def _tags(nlp, sentence: str) -> list[str]:
    from kg.tagging import tag_tokens

    return tag_tokens(nlp, [sentence.split()])[0]


def test_christ_in_an_era_is_a_person_for_germeval(nlp):
    assert _tags(nlp, "Um 330 v . Chr . lebte dort ein Töpfer .")[4:6] == ["B-PER", "I-PER"]
    assert _tags(nlp, "Im Jahr 68 n. Chr. starb er .")[4] == "B-PER"


def test_sun_moon_and_planets_are_places_for_germeval(nlp):
    assert _tags(nlp, "Die Sonde soll morgen den Mars erreichen .")[5] == "B-LOC"
    assert _tags(nlp, "Die Erde kreist um die Sonne .")[1::4] == ["B-LOC", "B-LOC"]


def test_acronym_compound_is_no_name_for_germeval(nlp):
    assert "B-ORG" not in _tags(nlp, "Das sagte ein Sprecher der EU-Kommission am Montag .")


def test_name_broken_at_its_hyphen_for_germeval(nlp):
    tags = _tags(nlp, "Die Bauern klagen , Schleswig- Holstein helfe nicht .")
    assert tags[4:6] == ["B-LOC", "I-LOC"]


@pytest.mark.parametrize("text, name", [
    ("Gestern traf Mrs Parker den Arzt .", "Parker"),
    ("Am Ende trifft Miss Brandowska den Mörder .", "Brandowska"),
])
def test_english_honorific_before_a_name(nlp, text, name):
    assert (name, "PER") in entities_with_model_spans(nlp, text, [])


def test_given_name_in_the_genitive_after_a_noun(nlp):
    ents = entities_with_model_spans(nlp, "Er wandelte in den Fußstapfen Joaquins , sagte sie .", [])
    assert ("Joaquins", "PER") in ents


def test_town_by_its_ending_after_von_and_zu(nlp):
    assert ("Wendlinghausen", "PLACE") in entities_with_model_spans(
        nlp, "Das Ortsbild von Wendlinghausen ist alt .", [])
    assert ("Geichlingen", "PLACE") in entities_with_model_spans(nlp, "Er ruht im Grab zu Geichlingen .", [])
    # a noble name after a given name stays the person's
    ents = entities_with_model_spans(nlp, "Gestern sprach Karl von Wendlinghausen .", [])
    assert ("Wendlinghausen", "PLACE") not in ents


def test_more_town_endings_but_no_given_name(nlp):
    assert ("Sobotovice", "PLACE") in entities_with_model_spans(nlp, "Die Mühle steht in Sobotovice .", [])
    assert ("Gottfried", "PLACE") not in entities_with_model_spans(nlp, "Sie gebar einen Sohn von Gottfried .", [])


def test_spa_town(nlp):
    ents = entities_with_model_spans(nlp, "Es steht fest , dass Bad Quellwitzau wächst .", [])
    assert ("Bad Quellwitzau", "PLACE") in ents


def test_surname_that_is_also_an_organizations_short_name(nlp):
    ents = entities_with_model_spans(nlp, "Das Finanzgenie Wolfgang Wagner hat das Festival geleitet .", [])
    assert ("Wolfgang Wagner", "PER") in ents and ("Wagner", "ORG") not in ents


@pytest.mark.parametrize("text, name", [
    ('Das sagte er der " Quellwitzer Zeitung " gestern .', "Quellwitzer Zeitung"),
    ("Dem „ Spiegel “ zufolge ist das falsch .", "Spiegel"),
])
def test_newspaper_in_quotation_marks(nlp, text, name):
    assert (name, "ORG") in entities_with_model_spans(nlp, text, [])


def test_singular_party_word_in_politics(nlp):
    ents = entities_with_model_spans(nlp, "Die Fraktionsvorsitzende der Union , Ilse Falkner , widersprach .", [])
    assert ("Union", "ORG") in ents
    ents = entities_with_model_spans(nlp, "Er sagte , dass die Linkspartei das nicht toleriere .", [])
    assert ("Linkspartei", "ORG") in ents


def test_given_name_alone(nlp):
    ents = entities_with_model_spans(nlp, "Sie haben vier Kinder : Xavier , der älteste , lebt hier .", [])
    assert ("Xavier", "PER") in ents


def test_town_in_the_genitive_before_a_noun(nlp):
    ents = entities_with_model_spans(nlp, "Auf diese hofft auch Wetzlars Trainer .", [])
    assert ("Wetzlars", "PLACE") in ents


@pytest.mark.parametrize("text, name", [
    ("Nach dem Spiel blieb Chelsea an der Spitze .", "Chelsea"),
    ("Darüber hinaus produziert der hr eine Serie .", "hr"),
])
def test_clubs_and_broadcasters_are_listed(nlp, text, name):
    assert (name, "ORG") in entities_with_model_spans(nlp, text, [])


def test_listed_place_joined_by_a_hyphen(nlp):
    ents = entities_with_model_spans(nlp, "Die Tafel wurde in Tel-Aviv angebracht .", [])
    assert ("Tel-Aviv", "PLACE") in ents


def test_english_title_is_no_person(nlp):
    ents = entities_with_model_spans(nlp, 'Sein Hit " Take On Me " kam 1985 heraus .', [("Take On Me", "PER")])
    assert ("Take On Me", "PER") not in ents


def test_jesus_is_a_person_for_germeval(nlp):
    assert _tags(nlp, "Das Bild zeigt das Herz Jesu .")[5] == "B-PER"


def test_city_district_joined_by_a_hyphen(nlp):
    ents = entities_with_model_spans(nlp, "Gestern hat Köln-Quellwitz gewählt .", [])
    assert ("Köln-Quellwitz", "PLACE") in ents
    ents = entities_with_model_spans(nlp, "Sie kaufte Nachbauten des Köln-Sessels .", [])
    assert ("Köln-Sessels", "PLACE") not in ents


def test_town_by_its_ending_after_more_prepositions():
    from kg.nlp.toponyms import toponyms

    assert toponyms(["Der", "Zug", "fährt", "über", "Geichlingen", "."]) == [4]
    assert toponyms(["Das", "Dorf", "liegt", "nahe", "Wendlinghausen", "."]) == [4]


def test_party_members_plural_is_no_name_for_germeval(nlp):
    assert "B-ORG" not in _tags(nlp, "Die Sozialdemokraten stimmten am Dienstag dagegen .")


@pytest.mark.parametrize("text, name", [
    ("Die Briefe Hölderlinks wurden später verbrannt .", "Hölderlinks"),
    ("Er ging in der Nachfolge Wiltrams nach Prag .", "Wiltrams"),
    ("Sie gebar ein Kind mit dem Namen Quirrel .", "Quirrel"),
    ("Er wählte den Ordensnamen Bonifor .", "Bonifor"),
    ("Es gab Kritik an der Person Brellmann .", "Brellmann"),
])
def test_model_person_after_a_noun_as_its_possessor_or_named(nlp, text, name):
    assert (name, "PER") in entities_with_model_spans(nlp, text, [(name, "PER")])


def test_model_person_in_a_place_genitive_stays_out(nlp):
    ents = entities_with_model_spans(nlp, "Die Einwohner Hamburgs feierten lange .", [("Hamburgs", "PER")])
    assert ("Hamburgs", "PER") not in ents


def test_acronym_of_a_common_noun_is_no_organization(nlp):
    ents = entities_with_model_spans(nlp, "Die Fabrik stößt Stickstoffdioxidwolken ( SDW ) aus .", [])
    assert ("SDW", "ORG") not in ents


def test_person_noun_compound_taken_for_an_adjective(nlp):
    ents = entities_with_model_spans(nlp, "Fraglich ist , ob sich Handball-Experte Brommler darauf einlässt .", [])
    assert ("Brommler", "PER") in ents


def test_name_after_an_inhabitant_noun_is_a_person(nlp):
    ents = entities_with_model_spans(nlp, "Ein Eigentor des Letten Krumolin entschied das Spiel .",
                                     [("Krumolin", "ORG")])
    assert ("Krumolin", "PER") in ents


def test_unlisted_town_in_a_dateline_is_a_place_for_germeval(nlp):
    assert _tags(nlp, "WOLFSLINDEN - Der Gemeinderat tagte am Montag .")[0] == "B-LOC"


def test_model_organization_named_by_a_town_adjective(nlp):
    ents = entities_with_model_spans(nlp, "Die Kölner Seniorenhilfe sammelt Spenden .",
                                     [("Kölner Seniorenhilfe", "ORG")])
    assert ("Kölner Seniorenhilfe", "ORG") in ents
    ents = entities_with_model_spans(nlp, "Das Kölner Regime schweigt .", [("Kölner Regime", "ORG")])
    assert ("Kölner Regime", "ORG") not in ents
