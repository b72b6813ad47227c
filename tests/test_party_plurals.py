"""Parties called by their members' plural (made-up names and states)."""

from __future__ import annotations

from kg.nlp.party_plurals import family_party, party_plurals


def orgs(nlp, text: str) -> dict[str, tuple[str, str]]:
    return {e.text: (e._.kg_name, e.kb_id_) for e in nlp(text).ents if e.label_ == "ORG"}


def test_plural_after_a_determiner_is_a_party(nlp):
    found = orgs(nlp, "Die Sozialisten um Parteichef Marek Wollny stimmten dagegen. Der Streit mit den "
                      "Konservativen hält an. Kandidat der Christdemokraten wird Ilja Borsow.")
    assert found["Sozialisten"] == ("Sozialisten", "")
    assert found["Konservativen"] == ("Konservative", "")  # the nominative plural
    assert found["Christdemokraten"][0] == "Christdemokraten"


def test_one_member_or_a_plural_without_determiner_is_no_party(nlp):
    found = orgs(nlp, "Der Sozialist Marek Wollny sprach. Sozialisten und Kommunisten marschierten. "
                      "Die Republikaner Tom Bell und Ann Gray stimmten zu.")
    assert not found


def test_capital_adjective_belongs_to_the_name():
    words = ["erlitten", "die", "Neuen", "Demokraten", "eine", "Niederlage"]
    tags = ["VVFIN", "ART", "ADJA", "NN", "ART", "NN"]
    assert [(f.start, f.end, f.name) for f in party_plurals(words, tags)] == [(2, 4, "Neue Demokraten")]


def test_plural_names_the_party_of_its_family_that_the_text_names(nlp):
    found = orgs(nlp, "Die Liberale Partei von Premier Tom Fenwick siegte. Die Liberalen kamen auf 169 Sitze. "
                      "In Wien verlor die SPÖ, die Sozialdemokraten waren enttäuscht.")
    assert found["Liberalen"][0] == "Liberale Partei"
    assert found["Sozialdemokraten"][1] == found["SPÖ"][1] != ""


def test_family_is_the_start_of_a_word():
    parties = [["Sozialdemokratische Partei Freedonias"], ["Demokratische Union"]]
    assert family_party("Demokraten", parties) == 1
    assert family_party("Sozialdemokraten", parties) == 0
    assert family_party("Kommunisten", parties) is None
