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

