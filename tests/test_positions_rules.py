"""Office-holder rules on made-up sentences (real pipeline): office list completeness, tags the tagger
gets wrong on office nouns, relative clauses and coordinated offices, gender agreement."""

from __future__ import annotations


def positions(facts):
    ents = {e.ref: e for e in facts.entities}
    return {(ents[p.holder].label, p.role, ents[p.state].label if p.state in ents else None)
            for p in facts.positions}


def roles_of(facts, person):
    return {role for holder, role, _ in positions(facts) if holder == person}


# --- office list ----------------------------------------------------------------------------------
def test_city_councillor_and_district_head(facts_of):
    f = facts_of("Im Büro der für Verkehr zuständigen Stadträtin Martina Kollerbauer hieß es, man prüfe das.")
    assert roles_of(f, "Martina Kollerbauer") == {"Stadträtin"}


def test_representatives_of_a_group_plural(facts_of):
    f = facts_of("Im Mai einigten sich die Bauernvertreter Anton Gruberhofer, Markus Steinwendtner und "
                 "Josef Lindmayr auf einen Kompromiss.")
    for name in ("Anton Gruberhofer", "Markus Steinwendtner", "Josef Lindmayr"):
        assert roles_of(f, name) == {"Bauernvertreter"}


def test_campaign_manager(facts_of):
    f = facts_of("Die Spenden seien eingelangt, sagte Wahlkampfmanager Florian Hubmeier zur Presse.")
    assert roles_of(f, "Florian Hubmeier") == {"Wahlkampfmanager"}


def test_ex_prefix_without_hyphen(facts_of):
    f = facts_of("Bisher galt Chiles Expräsident Eduardo Morales als unantastbar.")
    assert ("Eduardo Morales", "Expräsident", "Chile") in positions(f)


# --- tags, coordination, relative clauses, appositions --------------------------------------------
def test_office_opening_a_sentence_and_party_member_read_as_adjective(facts_of):
    f = facts_of("ÖVP-Chef Markus Wallner – dem die Immunität entzogen werden soll – hatte gewarnt. "
                 "Grünen-Abgeordneter Stefan Kaltenbrunner kritisierte die Ausfuhren.")
    assert roles_of(f, "Markus Wallner") == {"ÖVP-Chef"}
    assert roles_of(f, "Stefan Kaltenbrunner") == {"Grünen-Abgeordneter"}


def test_two_coordinated_offices_before_the_name(facts_of):
    f = facts_of("Erste Aussagen der neuen Ministerin und designierten SPÖ-Chefin Petra Gruberova deuten darauf hin.")
    assert roles_of(f, "Petra Gruberova") == {"Ministerin", "designierte SPÖ-Chefin"}


def test_two_coordinated_offices_in_apposition(facts_of):
    f = facts_of("Linz – Tomas Hrubek, der ehemalige tschechische Innenminister und frühere Vorsitzende der "
                 "Kommission, kann nicht mit Unterstützung rechnen.")
    assert ("Tomas Hrubek", "ehemaliger Innenminister", "Tschechien") in positions(f)
    assert "früherer Vorsitzender" in roles_of(f, "Tomas Hrubek")


def test_office_in_a_relative_clause_with_als(facts_of):
    f = facts_of("Stefan Lechner sprach. Kritik gab es von Lechner, der zuletzt als Bahn-Chef bekannt war.")
    assert roles_of(f, "Stefan Lechner") == {"Bahn-Chef"}


def test_apposition_with_an_adverb(facts_of):
    f = facts_of("Das sei überzogen, sagte Karl Wiesinger, ebenfalls Vizepräsident der Richtervereinigung.")
    assert roles_of(f, "Karl Wiesinger") == {"Vizepräsident"}


def test_office_with_a_local_complement_before_the_apposition(facts_of):
    f = facts_of("Wien – Eine Änderung wünscht sich der Vorsitzende im Finanzausschuss, Herbert Kogler.")
    assert roles_of(f, "Herbert Kogler") == {"Vorsitzender im Finanzausschuss"}
    f = facts_of("Das sagte der Außenminister am Montag, Claudia Huber habe recht.")
    assert not roles_of(f, "Claudia Huber")


def test_office_and_name_must_agree_in_gender(facts_of):
    f = facts_of("Davor war Claudia Huber unter Martin Gruber als Landesgeschäftsführerin tätig.")
    assert not roles_of(f, "Martin Gruber")
    f = facts_of("Weil der Finanzlandesrat Claudia Huber keinen Platz machen wollte, gab es Streit.")
    assert not roles_of(f, "Claudia Huber")
