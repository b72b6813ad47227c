"""Who speaks when the clause names no one before its verb (made-up sentences)."""

from __future__ import annotations


def test_unnamed_subject_after_an_adverbial_prefield_takes_no_earlier_speaker(facts_of):
    facts = facts_of("Müller hat den Antrag zurückgezogen, am Freitag bestätigte die Behörde den Eingang.")
    assert not [s for s in facts.statements if s.verb == "bestätigen"]


def test_named_subject_after_an_adverbial_prefield_speaks(facts_of):
    facts = facts_of("Am Freitag bestätigte Anna Müller den Eingang der Klage.")
    assert [(s.speaker.kind, s.verb) for s in facts.statements] == [("person", "bestätigen")]
