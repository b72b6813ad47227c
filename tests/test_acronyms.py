"""Acronyms of organizations: bracketed after the name, and before an office (made-up sentences)."""

from __future__ import annotations


def test_bracketed_acronym_is_the_organizations_other_name(facts_of):
    facts = facts_of("Der Präsident des Steirischen Imkerbundes (STIB), Karl Mauer, warnte. Das sei falsch, sagte "
                     "STIB-Präsident Mauer. Die STIB tagte am Montag.")
    orgs = [e for e in facts.entities if e.kind == "organization"]
    assert len(orgs) == 1 and "STIB" in orgs[0].alt_labels
    assert not [e for e in facts.entities if e.kind == "place"]
    assert {p.organization.key for p in facts.positions if p.organization} == {orgs[0].key}


def test_unlisted_acronym_before_an_office_is_an_organization(facts_of):
    facts = facts_of("KVB-Präsident Karl Mauer warf dem Minister vor, die Bauern zu vergessen.")
    assert [(e.kind, e.label) for e in facts.entities if e.kind == "organization"] == [("organization", "KVB")]
    assert [p.organization.key for p in facts.positions] == ["sk-kvb"]


def test_state_prefix_is_no_organization(facts_of):
    facts = facts_of("US-Präsident Tom Baker sprach in Rom.")
    assert not [e for e in facts.entities if e.kind == "organization"]


def test_compound_of_a_listed_body_with_its_bracketed_acronym(facts_of):
    facts = facts_of("Die slowakische Antikorruptionsstaatsanwaltschaft (USKP) erhob am Freitag Anklage. Die USKP "
                     "kritisierte die Regierung scharf.")
    orgs = [e for e in facts.entities if e.kind == "organization"]
    assert [(e.label, e.alt_labels) for e in orgs] == [("slowakische Antikorruptionsstaatsanwaltschaft",
                                                        {"USKP", "Antikorruptionsstaatsanwaltschaft"})]
    assert {s.speaker for s in facts.statements} == {orgs[0].ref}
