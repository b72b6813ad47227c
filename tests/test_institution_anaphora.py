"""A bare institution noun after the same institution named with its owner (made-up sentences)."""

from __future__ import annotations


def speakers(facts) -> list[str]:
    return [s.speaker.key for s in facts.statements]


def test_bare_institution_is_the_one_named_before(facts_of):
    facts = facts_of("Die sächsische Landesregierung hatte mit einer Klage gedroht. Am Dienstag bestätigte "
                     "die Landesregierung den Beschluss.")
    assert speakers(facts) == ["institution-sachsen-landesregierung"] * 2


def test_bare_government_is_the_state_named_before(facts_of):
    facts = facts_of("Die peruanische Regierung verhandelt mit den Rebellen. Die Regierung erklärte, "
                     "der Konflikt sei vorbei.")
    assert "peru" in speakers(facts)


def test_bare_institution_named_nowhere_before_stays_unnamed(facts_of):
    facts = facts_of("Am Dienstag bestätigte die Landesregierung den Beschluss.")
    assert not any(key.startswith("institution-") for key in speakers(facts))
