"""Event rules on made-up sentences (not from any corpus or dev set). Real pipeline."""

from __future__ import annotations

import datetime as dt


def events(facts):
    labels = {e.ref: e.label for e in facts.entities}
    return {(ev.type, frozenset(labels.get(p, p.key) for p in ev.participants)) for ev in facts.events}


def types(facts):
    return {ev.type for ev in facts.events}


def test_travel_verb_with_a_named_goal_is_a_visit(facts_of):
    f = facts_of("Die Ministerin Karin Lindqvist kam am Dienstag nach Tirol, um die neue Brücke zu eröffnen.")
    assert any(t == "Visit" and "Karin Lindqvist" in ps for t, ps in events(f))


def test_travel_verb_with_a_particle_is_no_visit(facts_of):
    f = facts_of("Karin Lindqvist kam nach langen Beratungen zu keinem Ergebnis, die Reform kam nicht zustande.")
    assert "Visit" not in types(f)


def test_formed_coalition_is_an_agreement(facts_of):
    f = facts_of("Der Bürgermeister Tomas Berglund hat in der Stadt eine Koalition mit den Grünen gebildet.")
    assert any(t == "Agreement" and "Tomas Berglund" in ps for t, ps in events(f))


def test_coalition_talked_about_is_no_agreement(facts_of):
    f = facts_of("Die ÖVP spricht sich gegen eine Koalition mit der FPÖ aus.")
    assert "Agreement" not in types(f)


def test_association_is_no_agreement(facts_of):
    f = facts_of("Die Richtervereinigung mit Präsident Tomas Berglund kritisierte die Reform.")
    assert "Agreement" not in types(f)


def test_panel_discussion_is_a_meeting_of_the_speaker(facts_of):
    f = facts_of("Das sei zu wenig, sagte Tomas Berglund am Montag im Rahmen einer Podiumsdiskussion in Graz.")
    assert any(t == "Meeting" and "Tomas Berglund" in ps for t, ps in events(f))


def test_coalition_only_tried_is_no_agreement(facts_of):
    f = facts_of("Der Partei Nova gelang es nicht, nach der Wahl eine Koalition zu schmieden.")
    assert "Agreement" not in types(f)


def test_reporting_agency_takes_no_part_in_an_attack(facts_of):
    f = facts_of("Die Nachrichtenagentur Reuters meldete am Montag, bei den Angriffen der Rebellen "
                 "seien viele getötet worden.")
    assert not any("Reuters" in ps for _, ps in events(f))


def test_visit_verb_without_a_named_visitor_is_no_visit(facts_of):
    f = facts_of("Zwei Kampfflugzeuge besuchen Estland und Lettland.")
    assert "Visit" not in types(f)
    g = facts_of("Die Ministerin Karin Lindqvist besuchte am Montag Estland und Lettland.")
    assert "Visit" in types(g)


def test_killing_verb_with_a_named_actor_is_an_attack(facts_of):
    f = facts_of("In Gorlow erschoss die russische Armee am Freitag einen Demonstranten.")
    assert any(t == "Attack" and "Russland" in ps for t, ps in events(f))


def test_firefight_is_an_attack(facts_of):
    f = facts_of("Bei einem Feuergefecht mit den Rebellen der Union Kivu wurden drei Soldaten verletzt.")
    assert "Attack" in types(f)


def test_source_of_a_report_takes_no_part(facts_of):
    f = facts_of("Der Organisation Amnesty International zufolge wurden in Gorlow zwei Demonstranten erschossen.")
    assert not any("Amnesty International" in ps for _, ps in events(f))


def test_election_only_hoped_for_is_no_event(facts_of):
    f = facts_of("Die Partei Nova hofft auf eine Wiederwahl ihres Bürgermeisters Tomas Berglund.")
    assert "Election" not in types(f)
    g = facts_of("Die Opposition will Neuwahlen in Gorlow durchsetzen.")
    assert "Election" not in types(g)


def test_election_framing_a_demand_is_an_event(facts_of):
    f = facts_of("Nach der Parlamentswahl am 3. Mai forderte die Partei Nova eine Neuauszählung.",
                 date=dt.date(2021, 5, 10))
    assert "Election" in types(f)


def test_treaty_cited_as_a_text_is_no_event(facts_of):
    f = facts_of("Nach Artikel 12 des NATO-Vertrags kann die Allianz ihre Mitglieder zu Beratungen einladen.")
    assert "Agreement" not in types(f)
