"""Event rules on made-up sentences (not from any corpus or dev set). Real pipeline."""

from __future__ import annotations

import datetime as dt


def events(facts):
    labels = {e.ref: e.label for e in facts.entities}
    return {(ev.type, frozenset(labels.get(p, p.key) for p in ev.participants)) for ev in facts.events}


def named(facts):
    """The events with their persons only (not the states those act for: "Norwegens Präsident X")."""
    labels = {e.ref: e.label for e in facts.entities}
    return {(ev.type, frozenset(labels.get(p, p.key) for p in ev.participants if p.kind == "person"))
            for ev in facts.events}


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


def test_finite_verb_before_its_object_trigger_makes_its_subjects_take_part(facts_of):
    f = facts_of("Im Mai schlossen Ministerin Karin Lindqvist (SPÖ), Bürgermeister Tomas Berglund sowie die "
                 "Gewerkschafter Anders Holm und Lars Ekdahl einen Kompromiss über die neue Brücke.")
    found = [ps for t, ps in events(f) if t == "Agreement"]
    assert found and {"Karin Lindqvist", "Tomas Berglund", "Anders Holm", "Lars Ekdahl"} <= found[0]


def test_relative_clause_with_a_making_verb_names_the_parties(facts_of):
    f = facts_of("Polen kritisierte den Vertrag, den Deutschland mit Russland unterzeichnet hatte.")
    assert ("Agreement", frozenset({"Deutschland", "Russland"})) in events(f)


def test_relative_clause_with_another_verb_names_no_parties(facts_of):
    f = facts_of("Polen kritisierte den Vertrag, den Deutschland mit Russland diskutiert hatte.")
    assert not any(t == "Agreement" for t, _ in events(f))


def test_pact_is_an_agreement(facts_of):
    f = facts_of("Im Juni hat Norwegen mit Schweden einen Handelspakt geschlossen.")
    assert any(t == "Agreement" and {"Norwegen", "Schweden"} <= ps for t, ps in events(f))


def test_party_congress_is_a_meeting(facts_of):
    f = facts_of("Die Delegierten trafen sich zum Parteitag der SPÖ in Linz.")
    assert any(t == "Meeting" for t, _ in events(f))
    assert not any(t == "Other" for t, _ in events(f))


def test_arrival_of_named_persons_is_a_visit(facts_of):
    f = facts_of("Bei ihrer Ankunft in Schweden dankten die Ministerinnen Karin Lindqvist und Maria Holm den Helfern.")
    assert any(t == "Visit" and {"Karin Lindqvist", "Maria Holm"} <= ps for t, ps in events(f))


def test_troops_of_a_state_adjective_attack_for_that_state(facts_of):
    f = facts_of("Am Montag haben norwegische Soldaten in der Grenzregion drei Schmuggler erschossen.")
    assert any(t == "Attack" and "Norwegen" in ps for t, ps in events(f))


def test_troops_killed_in_a_passive_clause_do_not_attack(facts_of):
    f = facts_of("Am Montag wurden in der Grenzregion drei norwegische Soldaten getötet.")
    assert not any(t == "Attack" and "Norwegen" in ps for t, ps in events(f))


def test_war_delimited_by_its_sides_or_years_is_an_event_without_names(facts_of):
    f = facts_of("Damals war ein blutiger Bürgerkrieg zwischen den Hirten und den Bauern zu Ende gegangen.")
    assert ("War", frozenset()) in events(f)
    f = facts_of("Im Norden herrschen nach dem Krieg von 1991 bis 1995 noch immer Spannungen.")
    assert ("War", frozenset()) in events(f)


def test_war_mentioned_without_sides_or_years_is_no_event(facts_of):
    f = facts_of("Im Norden herrschen nach dem langen Krieg noch immer Spannungen.")
    assert not any(t == "War" for t, _ in events(f))


def test_proceedings_exclusion_and_fall_of_named_actors_are_events(facts_of):
    f = facts_of("Nach dem Sturz von Machthaber Tomas Berglund leitete Norwegen ein Strafverfahren gegen Schweden ein.")
    assert ("Other", frozenset({"Tomas Berglund"})) in events(f)
    assert any(t == "Other" and "Schweden" in ps for t, ps in events(f))


def test_name_after_an_office_in_the_genitive_takes_part(facts_of):
    f = facts_of("Nach dem Ausschluss des Abgeordneten Tomas Berglund verließ die Landespartei den Klub.")
    assert ("Other", frozenset({"Tomas Berglund"})) in events(f)


def test_agent_of_a_passive_making_verb_takes_part(facts_of):
    f = facts_of("Die neuen Sanktionen gegen Belarus wurden am Montag von Norwegen verhängt.")
    assert any(t == "Sanction" and {"Belarus", "Norwegen"} <= ps for t, ps in events(f))


def test_proceedings_opened_by_the_subject(facts_of):
    f = facts_of("Norwegen leitete ein Strafverfahren gegen Schweden ein.")
    assert any(t == "Other" and {"Norwegen", "Schweden"} <= ps for t, ps in events(f))


def test_round_table_the_subject_invites_to_is_a_meeting(facts_of):
    f = facts_of("Die Ministerin Karin Lindqvist lud die Gewerkschaften zu einem runden Tisch ein.")
    assert ("Meeting", frozenset({"Karin Lindqvist"})) in events(f)


def test_arrest_in_the_passive_is_an_event_of_the_one_named(facts_of):
    f = facts_of("Der Oppositionsführer Tomas Berglund wurde am Montag in Oslo festgenommen.")
    assert ("Other", frozenset({"Tomas Berglund"})) in events(f)


def test_sentence_to_prison_is_an_event_but_condemning_is_not(facts_of):
    f = facts_of("Der Journalist Tomas Berglund wurde am Montag zu drei Jahren Haft verurteilt.")
    assert ("Other", frozenset({"Tomas Berglund"})) in events(f)
    f = facts_of("Die Politik von Tomas Berglund wird von vielen Abgeordneten scharf verurteilt.")
    assert not any(t == "Other" for t, _ in events(f))


def test_sentence_to_a_fine_is_only_the_fine(facts_of):
    f = facts_of("Die Partei Volt ist zu einer Geldbuße wegen eines falschen Berichtes verurteilt worden.")
    assert {t for t, _ in events(f)} == {"Sanction"}


def test_press_conference_given_by_the_subject(facts_of):
    f = facts_of("Die Ministerin Karin Lindqvist gab am Montag eine Pressekonferenz in Oslo.")
    assert ("PressConference", frozenset({"Karin Lindqvist"})) in events(f)


def test_condemning_in_the_passive_names_no_event_however_many_are_named(facts_of):
    f = facts_of("Die Niederschlagung durch Norwegen und Schweden wird von vielen Abgeordneten verurteilt.")
    assert not any(t == "Other" for t, _ in events(f))


def test_other_kind_of_mention_with_fewer_parties_is_another_event(facts_of):
    f = facts_of("Karin Lindqvist traf am Montag den Minister Tomas Berglund in Wien. "
                 "Am Dienstag begann Lindqvist in Prag Verhandlungen mit Tomas Berglund.")
    assert sum(1 for ev in f.events if ev.type == "Meeting") == 1
    g = facts_of("Karin Lindqvist traf am Montag den Minister Tomas Berglund in Wien. "
                 "Am Dienstag führte Lindqvist in Prag Verhandlungen mit den Gewerkschaften.")
    assert sum(1 for ev in g.events if ev.type == "Meeting") == 2


def test_same_kind_of_mention_with_fewer_parties_is_the_same_event(facts_of):
    f = facts_of("Karin Lindqvist und Tomas Berglund führten am Montag ein Telefonat. "
                 "In dem Telefonat mit Berglund ging es um den Handel.")
    assert sum(1 for ev in f.events if ev.type == "PhoneCall") == 1


def test_hyphenated_or_council_election_is_an_election(facts_of):
    f = facts_of("Nach der Graz-Wahl am 4. Mai beriet der Vorstand. Die Kreistagswahl am 9. Juni brachte Verluste.")
    assert sum(1 for ev in f.events if ev.type == "Election") == 2


def test_results_reported_some_sentences_after_the_election_name_its_parties(facts_of):
    f = facts_of("Eine Woche nach der Landtagswahl in Kärnten liegt das Endergebnis vor. Die Wahlbehörde prüfte "
                 "die Wahlkarten. Einsprüche gab es keine. Die Auszählung dauerte lange. Der Vorsitzende zeigte "
                 "sich zufrieden. Die ÖVP kommt auf 31 Prozent, die FPÖ auf 24 Prozent.")
    assert any(t == "Election" and len(ps) == 2 for t, ps in events(f))


def test_agency_reporting_results_takes_no_part_in_the_election(facts_of):
    f = facts_of("Bei der Parlamentswahl am 3. März siegte die Partei Nova. Die Nachrichtenagentur Reuters "
                 "meldete am Abend 41 Prozent für Nova.")
    assert not any("Reuters" in ps for _, ps in events(f))


def test_subject_continuing_attacks_takes_part(facts_of):
    f = facts_of("Die Türkei setzte am Montag die Luftangriffe auf Stellungen im Grenzgebiet fort.")
    assert any(t == "Attack" and "Türkei" in ps for t, ps in events(f))


def test_who_is_held_responsible_for_an_attack_takes_part(facts_of):
    f = facts_of("Die Polizei machte für den Anschlag die Hisbollah verantwortlich.")
    assert any(t == "Attack" and "Hisbollah" in ps for t, ps in events(f))
    g = facts_of("Nach Angaben der Polizei ist die Hisbollah für den Anschlag verantwortlich.")
    assert any(t == "Attack" and "Hisbollah" in ps for t, ps in events(g))


def test_second_attack_framing_a_clause_is_another_event(facts_of):
    f = facts_of("Die Hisbollah bekannte sich zu einem Anschlag in Tyros. Bei einem zweiten Anschlag wurden drei "
                 "Menschen verletzt. Die Polizei machte auch für dieses Attentat die Hisbollah "
                 "verantwortlich.")
    assert sum(1 for ev in f.events if ev.type == "Attack") == 2


def test_arrest_and_pardon_of_one_person_are_two_events(facts_of):
    f = facts_of("Der Oppositionsführer Tomas Berglund wurde im Mai festgenommen. Im Juli erhielt Berglund "
                 "eine Begnadigung.")
    assert sum(1 for ev in f.events if ev.type == "Other") == 2
    g = facts_of("Der Oppositionsführer Tomas Berglund wurde am Montag festgenommen. Die Verhaftung von Berglund "
                 "kam überraschend.")
    assert sum(1 for ev in g.events if ev.type == "Other") == 1


def test_participle_before_a_name_tells_of_an_event_done_to_it(facts_of):
    f = facts_of("Im Mittelpunkt steht der im März festgenommene Bürgermeister Tomas Berglund.")
    assert ("Other", frozenset({"Tomas Berglund"})) in events(f)
    g = facts_of("Auf der von Russland annektierten Halbinsel Krim fiel der Strom aus.")
    assert any(t == "Other" and "Russland" in ps for t, ps in events(g))
    h = facts_of("Der im März gewählte Bürgermeister Tomas Berglund eröffnete die Messe.")
    assert not any(t == "Other" for t, _ in events(h))


def test_weapons_test_and_clashes_are_events_but_an_election_campaign_is_none(facts_of):
    f = facts_of("Nordkorea hat am Montag einen Atomtest durchgeführt.")
    assert ("Other", frozenset({"Nordkorea"})) in events(f)
    h = facts_of("Die Kandidatin Karin Lindqvist sammelt nun Spenden für ihren Wahlkampf.")
    assert "Election" not in types(h)  # the campaign goes on; the election is the event
    g = facts_of("Bei Zusammenstößen zwischen Demonstranten und der Hamas wurden zehn Menschen verletzt.")
    assert any(t == "Other" and "Hamas" in ps for t, ps in events(g))


def test_inflected_mentions_of_one_referendum_are_one_event(facts_of):
    f = facts_of("Vier Wochen vor dem Referendum in Schottland gibt es keine Prognose. Der Ausgang des "
                 "Referendums ist offen.")
    assert sum(1 for ev in f.events if ev.type == "Election") == 1


def test_indefinite_attack_framing_a_clause_is_another_event(facts_of):
    f = facts_of("Am Montag griff die Hamas die Stadt Aschdod an. Bei einem Angriff der Hamas auf Sderot wurden "
                 "am Dienstag zwei Menschen verletzt.")
    assert sum(1 for ev in f.events if ev.type == "Attack") == 2
    g = facts_of("Am Montag griff die Hamas die Stadt Aschdod an. Der Angriff der Hamas dauerte zwei Stunden.")
    assert sum(1 for ev in g.events if ev.type == "Attack") == 1


def test_election_only_object_of_an_infinitive_is_no_event(facts_of):
    assert "Election" not in types(facts_of("Kiew weigert sich, Wahlen abzuhalten."))
    assert "Election" in types(facts_of("Kiew hat Wahlen abgehalten."))


def test_winners_and_losers_of_an_election_take_part(facts_of):
    f = facts_of("Andrzej Duda ist als Sieger aus der Präsidentenwahl hervorgegangen.")
    assert ("Election", frozenset({"Andrzej Duda"})) in events(f)
    g = facts_of("Wahlsieger Andrzej Duda kündigte Reformen an.")
    assert "Election" not in types(g)  # a title for the winner, no election the sentence tells of


def test_results_in_a_second_clause_and_prevailing_in_a_runoff_name_parties(facts_of):
    f = facts_of("Bei der Landtagswahl am Sonntag erreichte die SPÖ 30 Prozent, die ÖVP kam auf 25 Prozent.")
    assert any(t == "Election" and len(ps) == 2 for t, ps in events(f))
    g = facts_of("Andrzej Duda setzte sich in der Stichwahl gegen Bronisław Komorowski durch.")
    assert any(t == "Election" and "Andrzej Duda" in ps for t, ps in events(g))


def test_firing_receiving_and_negotiating_verbs_are_events(facts_of):
    e = facts_of("Die Hamas feuerte Raketen auf Israel ab.")
    assert any(t == "Attack" and "Hamas" in ps for t, ps in events(e))
    f = facts_of("Die Kanzlerin Angela Merkel empfing am Montag Emmanuel Macron im Kanzleramt.")
    assert ("Meeting", frozenset({"Angela Merkel", "Emmanuel Macron"})) in events(f)
    g = facts_of("Die EU verhandelt seit Monaten mit der Türkei über Visa.")
    assert any(t == "Meeting" and "Türkei" in ps for t, ps in events(g))


def test_resignation_arrest_by_the_unnamed_and_claimed_deed_are_events(facts_of):
    f = facts_of("Sebastian Kurz trat am Samstag als Bundeskanzler zurück.")
    assert any(t == "Other" and "Sebastian Kurz" in ps for t, ps in events(f))
    g = facts_of("Die Polizei nahm den Oppositionspolitiker Alexej Nawalny fest.")
    assert ("Other", frozenset({"Alexej Nawalny"})) in events(g)
    h = facts_of("Bei einem Anschlag in Kabul starben am Montag 20 Menschen. Die Taliban bekannten sich zu der Tat.")
    assert any(t == "Attack" and "Taliban" in ps for t, ps in events(h))


def test_release_of_a_named_person_is_an_event(facts_of):
    f = facts_of("Die Regierung kündigte am Montag die Freilassung von Raif Badawi an.")
    assert ("Other", frozenset({"Raif Badawi"})) in events(f)


def test_subject_of_attacks_after_a_temporal_phrase_takes_part(facts_of):
    f = facts_of("Saudi-Arabien fliegt seit Monaten Luftangriffe gegen die Rebellen im Jemen.")
    assert any(t == "Attack" and "Saudi-Arabien" in ps for t, ps in events(f))


def test_fighters_of_a_named_group_attack_for_it(facts_of):
    f = facts_of("Kämpfer der Taliban töteten am Montag fünf Polizisten.")
    assert any(t == "Attack" and "Taliban" in ps for t, ps in events(f))
    g = facts_of("Boko Haram überfiel ein Dorf im Nordosten Nigerias.")
    assert any(t == "Attack" and "Boko Haram" in ps for t, ps in events(g))


def test_journey_and_state_visit_of_one_person_are_one_visit(facts_of):
    f = facts_of("Vor ihrer Reise sagte die Ministerin Karin Lindqvist, sie sei zuversichtlich. "
                 "Beim Staatsbesuch in Estland, den Karin Lindqvist am Montag begann, geht es um Energie.")
    visits = [e for e in f.events if e.type == "Visit"]
    assert len(visits) == 1 and visits[0].trigger == "Reise"


def test_circles_and_prices_are_no_journeys(facts_of):
    f = facts_of("Aus Regierungskreisen in Estland hieß es, die Ölpreise der Firma Gazprom seien zu hoch.")
    assert "Visit" not in types(f)


def test_shootout_coup_and_consultations_are_events(facts_of):
    f = facts_of("Bei einem Schusswechsel mit Kämpfern der Hamas wurden drei Soldaten verletzt.")
    assert any(t == "Attack" and "Hamas" in ps for t, ps in events(f))
    g = facts_of("Der Außenminister Tomas Berglund führte am Montag Konsultationen mit der Regierung Estlands.")
    assert "Meeting" in types(g)


def test_the_vote_after_an_election_does_not_end_its_results(facts_of):
    f = facts_of("Bei der Landtagswahl in Tirol am Sonntag war die Beteiligung gering. Der Urnengang verlief ruhig. "
                 "Die SPÖ kam auf 30 Prozent, die ÖVP auf 25 Prozent.")
    assert any(t == "Election" and len(ps) == 2 for t, ps in events(f))
    g = facts_of("Die SPÖ verlor beim Urnengang in Tirol am Sonntag fünf Prozent.")
    assert "Election" in types(g)


def test_agreeing_verb_is_an_agreement_or_makes_parties_of_its_object(facts_of):
    f = facts_of("Die SPÖ und die ÖVP einigten sich am Montag auf eine Reform der Pensionen.")
    assert any(t == "Agreement" and len(ps) == 2 for t, ps in events(f))
    g = facts_of("Die SPÖ einigte sich mit der ÖVP auf einen Kompromiss.")
    agreements = [ps for t, ps in events(g) if t == "Agreement"]
    assert len(agreements) == 1 and len(agreements[0]) == 2


def test_abduction_invasion_and_session_verbs_are_events(facts_of):
    f = facts_of("Kämpfer der Hamas entführten am Montag einen Soldaten.")
    assert any(t == "Attack" and "Hamas" in ps for t, ps in events(f))
    g = facts_of("Russische Truppen marschierten am Montag in Estland ein.")
    assert any(t == "Attack" and "Russland" in ps for t, ps in events(g))


def test_subject_pronoun_after_a_meeting_verb_is_the_person_before(facts_of):
    f = facts_of("Die Ministerin Karin Lindqvist kam am Montag nach Graz. "
                 "Dort traf sie den Bürgermeister Tomas Berglund.")
    assert ("Meeting", frozenset({"Karin Lindqvist", "Tomas Berglund"})) in events(f)


def test_meeting_framing_the_main_clause_is_one_of_its_subject(facts_of):
    f = facts_of("Nach dem Gespräch mit Tomas Berglund sagte die Ministerin Karin Lindqvist, sie sei zufrieden.")
    assert ("Meeting", frozenset({"Karin Lindqvist", "Tomas Berglund"})) in events(f)
    g = facts_of("Nach dem Anschlag in Gorlow verschärfte die Ministerin Karin Lindqvist die Gesetze.")
    assert not any("Karin Lindqvist" in ps for _, ps in events(g))


def test_swearing_in_release_and_verdict_are_events(facts_of):
    f = facts_of("Der Bürgermeister Tomas Berglund wurde am Montag in Graz angelobt.")
    assert any(t == "Other" and "Tomas Berglund" in ps for t, ps in events(f))
    g = facts_of("Das Urteil gegen den Oppositionsführer Tomas Berglund fiel am Montag.")
    assert any(t == "Other" and "Tomas Berglund" in ps for t, ps in events(g))


def test_meeting_a_modal_only_plans_is_no_event(facts_of):
    f = facts_of("Die SPÖ und die ÖVP wollten am Donnerstag zusammenkommen.")
    assert "Meeting" not in types(f)
    g = facts_of("Die SPÖ und die ÖVP kamen am Donnerstag zusammen.")
    assert "Meeting" in types(g)


def test_riots_against_a_state_and_an_impersonal_clause_name_no_party(facts_of):
    f = facts_of("Nachdem Russland die Grenze schloss, kam es in Estland zu antirussischen Ausschreitungen.")
    assert not any("Russland" in ps for _, ps in events(f))
    g = facts_of("In Tallinn gab es anti-russische Proteste der Partei Nova gegen die Regierung.")
    assert not any("Russland" in ps for _, ps in events(g))


def test_visit_verb_with_a_named_visitor_and_a_city_is_a_visit(facts_of):
    f = facts_of("Die Ministerin Karin Lindqvist hat am Montag Graz besucht.")
    assert any(t == "Visit" and "Karin Lindqvist" in ps for t, ps in events(f))


def test_talk_with_a_politician_is_a_meeting_but_with_a_medium_an_interview(facts_of):
    f = facts_of("Im Gespräch mit Tomas Berglund betonte die Ministerin Karin Lindqvist die Bedeutung der Reform.")
    assert ("Meeting", frozenset({"Karin Lindqvist", "Tomas Berglund"})) in events(f)
    g = facts_of("Im Gespräch mit der APA betonte die Ministerin Karin Lindqvist die Bedeutung der Reform.")
    assert "Meeting" not in types(g)


def test_meeting_or_call_verb_with_one_named_party_is_an_event_but_not_a_decision(facts_of):
    f = facts_of("Die Ministerin Karin Lindqvist traf sich am Montag mit Vertretern der Opposition.")
    assert any(t == "Meeting" and "Karin Lindqvist" in ps for t, ps in events(f))
    g = facts_of("Die Ministerin Karin Lindqvist telefonierte am Montag mit dem Premier.")
    assert any(t == "PhoneCall" and "Karin Lindqvist" in ps for t, ps in events(g))
    h = facts_of("Die Ministerin Karin Lindqvist traf am Montag eine schwierige Entscheidung.")
    assert "Meeting" not in types(h)


def test_object_before_the_verb_of_a_subordinate_clause_takes_part(facts_of):
    f = facts_of("Die Ministerin Karin Lindqvist reiste nach Graz, wo sie den Bürgermeister Tomas Berglund traf.")
    assert ("Meeting", frozenset({"Karin Lindqvist", "Tomas Berglund"})) in events(f)


def test_visited_state_after_an_article_and_possessor_before_an_adjective_take_part(facts_of):
    f = facts_of("Die Ministerin Karin Lindqvist will ihren ersten Besuch in der Türkei für Gespräche nutzen.")
    assert ("Visit", frozenset({"Karin Lindqvist", "Türkei"})) in events(f)


def test_opponent_in_an_election_takes_part(facts_of):
    f = facts_of("Bei der Bürgermeisterwahl in Graz trat Karin Lindqvist gegen Tomas Berglund an.")
    assert any(t == "Election" and {"Karin Lindqvist", "Tomas Berglund"} <= ps for t, ps in events(f))


def test_named_person_after_a_kind_noun_in_the_genitive_takes_part(facts_of):
    f = facts_of("Nach der Festnahme des Journalisten Tomas Berglund protestierte die Partei Nova.")
    assert any(t == "Other" and "Tomas Berglund" in ps for t, ps in events(f))


def test_unnamed_office_holders_of_a_body_stand_for_it(facts_of):
    f = facts_of("Beim Treffen der EU-Außenminister in Brüssel ging es um die Lage in Syrien.")
    assert any(t == "Meeting" and ps for t, ps in events(f))


def test_who_takes_part_in_or_claims_an_event_is_its_party(facts_of):
    f = facts_of("Am Gipfel in Graz nahmen Karin Lindqvist und Tomas Berglund teil.")
    assert ("Summit", frozenset({"Karin Lindqvist", "Tomas Berglund"})) in events(f)
    g = facts_of("Zu dem Anschlag in Gorlow bekannte sich die Terrormiliz IS.")
    assert any(t == "Attack" and ps for t, ps in events(g))
    h = facts_of("Die Partei Nova bestreitet, an den Protesten beteiligt gewesen zu sein.")
    assert not any(ps for _, ps in events(h))


def test_occurrence_only_feared_or_considered_is_no_event(facts_of):
    f = facts_of("Die Regierung warnte vor einem drohenden Angriff der Partei Nova auf Estland.")
    assert "Attack" not in types(f)
    g = facts_of("Die Partei Nova sprach über mögliche Sanktionen gegen Estland.")
    assert "Sanction" not in types(g)


def test_campaign_of_nobody_named_is_no_election(facts_of):
    f = facts_of("Der Rechnungshof prüfte Teile des Nationalrats-Wahlkampfes 2013.")
    assert "Election" not in types(f)


def test_charge_ban_and_seizure_in_the_passive_are_events_unless_only_planned(facts_of):
    f = facts_of("Der Oppositionsführer Tomas Berglund wurde am Montag angeklagt.")
    assert ("Other", frozenset({"Tomas Berglund"})) in events(f)
    g = facts_of("Der Oppositionsführer Tomas Berglund soll nächste Woche angeklagt werden.")
    assert not events(g)
    h = facts_of("Die Partei Nova wurde im Mai verboten.")
    assert any(t == "Other" and ps for t, ps in events(h))


def test_trial_is_an_event_but_a_peace_process_and_suicide_are_not(facts_of):
    f = facts_of("Der Prozess gegen den Oppositionsführer Tomas Berglund begann am Montag.")
    assert any(t == "Other" and "Tomas Berglund" in ps for t, ps in events(f))
    g = facts_of("Der Friedensprozess zwischen Estland und Lettland stockt.")
    assert "Other" not in types(g)
    h = facts_of("Der Selbstmord des Oppositionsführers Tomas Berglund erschütterte Estland.")
    assert "Attack" not in types(h)


def test_fights_are_a_war_but_power_struggles_are_not(facts_of):
    f = facts_of("Bei Kämpfen zwischen der Partei Nova und Estland starben zehn Menschen.")
    assert "War" in types(f)
    g = facts_of("Die Machtkämpfe zwischen der SPÖ und der ÖVP lähmen die Regierung.")
    assert "War" not in types(g)


def test_words_ending_like_triggers_are_no_events(facts_of):
    f = facts_of("Die Vorurteile gegen die Partei Nova und gegen Estland sind groß.")
    assert not events(f)


def test_attacks_in_words_are_no_attacks(facts_of):
    f = facts_of("Die Partei Nova richtete am Montag scharfe Angriffe gegen die SPÖ.")
    assert "Attack" not in types(f)
    g = facts_of("Der Frontalangriff der Partei Nova auf die SPÖ überraschte viele.")
    assert "Attack" not in types(g)


def test_conflict_of_interest_is_no_war(facts_of):
    f = facts_of("Die Interessenkonflikte zwischen der SPÖ und der ÖVP sind bekannt.")
    assert "War" not in types(f)


def test_occurrence_only_demanded_is_no_event(facts_of):
    f = facts_of("Die Partei Nova fordert Sanktionen gegen Estland.")
    assert "Sanction" not in types(f)
    g = facts_of("Der Ruf nach einem Waffenstillstand zwischen Estland und Lettland wird lauter.")
    assert "Ceasefire" not in types(g)
    h = facts_of("Nach dem Anschlag auf Estland forderte die Partei Nova mehr Polizei.")
    assert "Attack" in types(h)


def test_invasion_is_an_attack_on_the_state_it_goes_into(facts_of):
    f = facts_of("Die Invasion der Partei Nova in die Tschechoslowakei scheiterte.")
    assert any(t == "Attack" and "Tschechoslowakei" in ps for t, ps in events(f))


def test_actors_of_a_making_participle_before_the_trigger_take_part(facts_of):
    f = facts_of("Das zwischen Estland und Lettland geschlossene Abkommen tritt in Kraft.")
    assert ("Agreement", frozenset({"Estland", "Lettland"})) in events(f)
    g = facts_of("Die von der Partei Nova organisierte Demonstration fand am Samstag statt.")
    assert any(t == "Other" and ps for t, ps in events(g))


def test_subject_governments_of_coordinated_states_all_take_part(facts_of):
    f = facts_of("Die Regierungen Estlands und der Türkei vereinbarten eine Waffenruhe.")
    assert ("Ceasefire", frozenset({"Estland", "Türkei"})) in events(f)


def test_arrival_of_a_named_person_is_a_visit_and_one_with_the_visit(facts_of):
    f = facts_of("Die Ministerin Karin Lindqvist ist am Montag in Graz eingetroffen.")
    assert any(t == "Visit" and "Karin Lindqvist" in ps for t, ps in events(f))
    g = facts_of("Die Ministerin Karin Lindqvist nutzt ihren Besuch in Estland für Gespräche. "
                 "Sie war am Dienstag in Estland eingetroffen, zunächst sprach sie in Tallinn mit Studenten.")
    assert len([e for e in g.events if e.type == "Visit"]) == 1
    h = facts_of("Die Flüchtlinge kamen am Montag in Graz an.")
    assert "Visit" not in types(h)


def test_host_of_a_visit_takes_part(facts_of):
    f = facts_of("Die Ministerin Karin Lindqvist absolvierte am Montag ihren Antrittsbesuch bei Tomas Berglund.")
    assert ("Visit", frozenset({"Karin Lindqvist", "Tomas Berglund"})) in events(f)


def test_strongest_party_of_an_election_takes_part(facts_of):
    f = facts_of("Die SPÖ ging als stärkste Partei aus der Wahl hervor.")
    assert any(t == "Election" and ps for t, ps in events(f))


def test_a_body_voting_is_an_event_but_coordinating_is_not(facts_of):
    f = facts_of("Der Landtag stimmte am Mittwoch über die Reform der Partei Nova ab.")
    assert any(t == "Other" and ps for t, ps in events(f))
    g = facts_of("Die Ministerin Karin Lindqvist stimmte sich am Montag eng mit Tomas Berglund ab.")
    assert "Other" not in types(g)


def test_a_war_fought_in_a_state_has_that_state_as_a_side(facts_of):
    facts = facts_of("Im Bürgerkrieg in Sri Lanka wurden Verbrechen begangen. Der Krieg in der Ukraine dauert an.")
    assert sorted((e.type, tuple(p.key for p in e.participants)) for e in facts.events) == [
        ("War", ("sri-lanka",)), ("War", ("ukraine",))]


def test_a_meeting_of_the_g7_is_a_summit(facts_of):
    facts = facts_of("Der Präsident wird am Sonntag am G7-Treffen in Bayern teilnehmen.")
    assert [(e.type, e.participants[0].key) for e in facts.events] == [("Summit", "g7")]


def test_an_election_is_held_by_the_state_it_is_in_or_the_one_its_sentence_names(facts_of):
    facts = facts_of("Die Amnestie erfolgt zwei Monate vor der Präsidentschaftswahl in Kasachstan. Seine Heimat "
                     "Argentinien besucht der Papst erst nach der Präsidentenwahl. Die Ukraine steht vor der Wahl.")
    assert sorted(tuple(p.key for p in e.participants) for e in facts.events if e.type == "Election") == [
        ("argentinien",), ("kasachstan",)]


def test_sitting_down_together_is_a_meeting_but_consisting_of_is_not(facts_of):
    facts = facts_of("Für 50 Minuten setzten sich Josef Pühringer und Reinhold Entholzer zusammen. Die Regierung "
                     "setzt sich aus der SPÖ und der ÖVP zusammen.")
    assert [(e.type, len(e.participants)) for e in facts.events] == [("Meeting", 2)]


def test_one_attack_told_by_its_noun_and_its_verb(facts_of):
    facts = facts_of("Im November war der Milizenchef Abu Nabil bei einem US-Luftangriff getötet worden.")
    assert [e.type for e in facts.events] == ["Attack"]


def test_speaking_before_journalists_is_no_press_conference(facts_of):
    facts = facts_of("Die Lage sei ernst, sagte Außenminister Karl Moser am Montag vor Journalisten in Wien. Moser "
                     "betonte auf einer Pressekonferenz vor Journalisten, er bleibe. Er fuhr vor der Presse davon.")
    label = {e.ref: e.label for e in facts.entities}
    assert sorted((e.sentence, e.trigger, [label[p] for p in e.participants]) for e in facts.events) == [
        (1, "Pressekonferenz", ["Karl Moser"])]


def test_a_possessive_of_the_other_gender_is_not_the_subjects(facts_of):
    facts = facts_of("Karl Moser rief die Regierung und die Rebellen dazu auf, ihre Angriffe sofort einzustellen. "
                     "Angela Merkel lobte ihren Besuch in China.")
    label = {e.ref: e.label for e in facts.entities}
    assert sorted((e.type, [label[p] for p in e.participants]) for e in facts.events) == [
        ("Attack", []), ("Visit", ["Angela Merkel", "China"])]


def test_an_investigation_against_someone_is_an_event(facts_of):
    facts = facts_of("Die Staatsanwaltschaft leitete Ermittlungen gegen Figen Aydın wegen Propaganda ein.")
    assert [(e.type, e.trigger) for e in facts.events] == [("Other", "Ermittlungen")]


def test_an_attack_is_an_event_when_the_text_names_no_side(facts_of):
    facts = facts_of("Bei dem Anschlag auf den Postzug wurden drei Menschen verletzt.")
    assert [(e.type, e.participants) for e in facts.events] == [("Attack", ())]


def test_name_in_the_genitive_before_the_event_noun_takes_part(facts_of):
    f = facts_of("Russlands Krieg gegen die Ukraine geht weiter. Irans Angriff auf Israel war erwartet worden. "
                 "Wegen Putins erstem Besuch in Peking tagte die Regierung.")
    found = events(f)
    assert ("War", frozenset({"Russland", "Ukraine"})) in found
    assert ("Attack", frozenset({"Iran", "Israel"})) in found
    assert any(t == "Visit" and "Wladimir Putin" in ps for t, ps in found)


def test_round_of_an_election_frames_its_results_and_a_rank_is_no_arrival(facts_of):
    f = facts_of("Der Unternehmer Tomas Berglund landete in der ersten Runde der Präsidentschaftswahl in Chile auf "
                 "dem ersten Platz.")
    assert any(t == "Election" and "Tomas Berglund" in ps for t, ps in events(f))
    assert "Visit" not in types(f)


def test_partner_before_a_clause_final_participle_and_the_source_is_none(facts_of):
    f = facts_of("Der Kanzler Tomas Berglund hat nach Angaben der Regierungspartei SDP am Dienstag mit "
                 "Präsidentin Karin Lindqvist telefoniert.")
    assert ("PhoneCall", frozenset({"Tomas Berglund", "Karin Lindqvist"})) in events(f)


def test_talks_between_the_parties_of_a_summit_are_that_summit(facts_of):
    f = facts_of("Der Gipfel von Tomas Berglund und Karin Lindqvist fand in Oslo statt. Was zwischen Berglund "
                 "und Lindqvist in Oslo verhandelt wurde, bleibt geheim.")
    assert [e.type for e in f.events] == ["Summit"]


def test_travel_to_a_capital_visits_its_state_named_in_the_text(facts_of):
    f = facts_of("Die Ministerin Karin Lindqvist reiste am Montag nach Doha, um mit Vertretern Katars über die "
                 "Lage im Gazastreifen zu beraten.")
    visit = next(e for e in f.events if e.type == "Visit")
    labels = {e.ref: e.label for e in f.entities}
    assert {labels[p] for p in visit.participants} == {"Karin Lindqvist", "Katar"}
    assert labels[visit.place] == "Doha"


def test_talks_one_is_ready_for_have_not_taken_place(facts_of):
    f = facts_of("Die Hamas erklärte, sie sei zu weiteren Gesprächen mit Israel bereit.")
    assert "Meeting" not in types(f)
    f = facts_of("Die Gespräche zwischen Israel und der Hamas verliefen offen.")
    assert "Meeting" in types(f)


def test_candidates_the_text_names_take_part_in_its_election(facts_of):
    f = facts_of("Die Präsidentschaftswahl findet im Oktober statt. Präsidentschaftskandidat Manuel Baldor liegt "
                 "in Umfragen vorne. Der einstige Präsidentschaftskandidat Mikola Statko sitzt in Haft.")
    labels = {e.ref: e.label for e in f.entities}
    assert [(e.type, {labels[p] for p in e.participants}) for e in f.events if e.type == "Election"] == [
        ("Election", {"Manuel Baldor"})]


def test_a_partys_candidates_take_part_in_the_election_and_hold_no_office(facts_of):
    f = facts_of("Eine Woche vor der Bürgermeisterwahl liegt SPD-Kandidat Jonas Albrecht vor der "
                 "CDU-Kandidatin Petra Wendlinger.")
    labels = {e.ref: e.label for e in f.entities}
    assert [{labels[p] for p in e.participants} for e in f.events if e.type == "Election"] == [
        {"Jonas Albrecht", "Petra Wendlinger"}]
    assert f.positions == []  # a candidacy is no office held


def test_mentions_of_one_kind_of_election_are_one_election(facts_of):
    f = facts_of("Kurz vor dem Ende der US-Vorwahlen holt die Demokratin Hillary Clanton ein Skandal ein. Clanton "
                 "liegt bei den Vorwahlen der Demokraten weit vorne.")
    assert len([e for e in f.events if e.type == "Election"]) == 1


def test_an_offensive_of_words_or_charm_attacks_nobody(facts_of):
    assert "Attack" not in types(facts_of("Eine Medienoffensive mit klaren Botschaften ist entscheidend, schrieb der "
                                          "Guardian. Die Regierung startete eine Charmeoffensive."))
    assert "Attack" in types(facts_of("Die Armee begann am Montag eine Bodenoffensive gegen die Rebellen in Idlib."))


def test_parties_a_sentence_about_an_election_names_ran_in_it(facts_of):
    f = facts_of("ÖVP, FPÖ und Grüne hatten sich nach der Gemeinderatswahl im Jänner auf die Zusammenarbeit "
                 "geeinigt.")
    parties = {"Österreichische Volkspartei", "Freiheitliche Partei Österreichs", "Grüne"}
    assert any(t == "Election" and parties <= ps for t, ps in events(f))
    # they join after the mentions are merged: a second mention naming other parties is still the one election
    g = facts_of("Nach der Gemeinderatswahl regieren ÖVP und FPÖ. Bei der Gemeinderatswahl hatte die SPÖ verloren.")
    assert sum(1 for ev in g.events if ev.type == "Election") == 1


def test_a_referendum_is_a_vote_of_type_election(facts_of):
    f = facts_of("Im Juni stimmten die Schotten im Unabhängigkeitsreferendum über ihre Zukunft ab.")
    assert {ev.type for ev in f.events if ev.trigger == "Unabhängigkeitsreferendum"} == {"Election"}


def test_a_planned_referendum_is_no_event_yet(facts_of):
    f = facts_of("Es hakt noch an Details, etwa an einem geplanten Referendum über den Friedensvertrag.")
    assert not [ev for ev in f.events if "Referendum" in ev.trigger]


def test_the_source_of_a_report_gave_its_press_conference(facts_of):
    f = facts_of("Die Pläne seien laut Minister Anton Gruber eine Drohung, wie er am Mittwoch bei einer "
                 "Pressekonferenz sagte.")
    assert events(f) == {("PressConference", frozenset({"Anton Gruber"}))}


def test_a_name_after_a_comma_opens_a_clause_unless_a_list_is_closed(facts_of):
    f = facts_of("Nach dem Treffen mit Kanzler Olaf Scholz erklärte Präsident Recep Tayyip Erdoğan, die Türkei sei "
                 "bereit zu vermitteln.")
    assert named(f) == {("Meeting", frozenset({"Olaf Scholz", "Recep Tayyip Erdoğan"}))}
    g = facts_of("Am Montag trafen sich Lawrow, Wang Yi und Araghtschi in Peking.")
    assert ("Meeting", frozenset({"Sergej Lawrow", "Wang Yi", "Abbas Araghtschi"})) in named(g)


def test_on_the_sidelines_of_an_event_the_partner_is_the_verbs(facts_of):
    f = facts_of("Der chilenische Präsident Gabriel Boric traf am Rande des Gipfels mit Kanzler Olaf Scholz zusammen.")
    assert ("Meeting", frozenset({"Gabriel Boric", "Olaf Scholz"})) in named(f)
    assert ("Summit", frozenset({"Olaf Scholz"})) not in named(f)


def test_those_who_break_or_keep_a_ceasefire_are_its_parties(facts_of):
    f = facts_of("Armenien und Aserbaidschan werfen sich vor, die Feuerpause gebrochen zu haben.")
    assert ("Ceasefire", frozenset({"Armenien", "Aserbaidschan"})) in events(f)


def test_two_words_for_one_visit_in_one_sentence_are_one_event(facts_of):
    f = facts_of("Präsident Lula da Silva ist am Donnerstag zu einem Staatsbesuch in Neu-Delhi eingetroffen. Indien "
                 "und Brasilien wollen enger kooperieren.")
    assert [e.type for e in f.events] == ["Visit"]


def test_the_speaker_is_no_party_to_the_events_he_tells_of(facts_of):
    f = facts_of("Kremlsprecher Dmitri Peskow sagte, die Lieferungen verlängerten nur den Krieg.")
    assert not any("Dmitri Peskow" in ps for _, ps in events(f))


def test_beide_are_the_two_persons_of_the_sentence_before(facts_of):
    f = facts_of("Präsident Gabriel Boric empfing Kanzler Olaf Scholz in Santiago. Beide unterzeichneten ein "
                 "Abkommen über Lithium.")
    assert ("Agreement", frozenset({"Gabriel Boric", "Olaf Scholz"})) in events(f)


def test_subject_before_an_insertion_set_off_by_dashes_takes_part(facts_of):
    f = facts_of("Das verstieß gegen die Abkommen, weshalb der UN-Sicherheitsrat – einschließlich Chinas – neue "
                 "Sanktionen gegen Eritrea verhängte. Istanbul – Der Präsident reiste ab.")
    assert ("Sanction", frozenset({"UN-Sicherheitsrat", "Eritrea"})) in events(f)


def test_visit_framing_the_main_clause_is_its_subjects(facts_of):
    f = facts_of("Zu Besuch in Tirana stellte die Außenministerin Karin Lindqvist am Donnerstag klar: Wir helfen. "
                 "Bei seinem Treffen mit Karin Lindqvist sagte Tomas Berglund, man helfe.")
    found = events(f)
    assert ("Visit", frozenset({"Karin Lindqvist"})) in found
    assert ("Meeting", frozenset({"Karin Lindqvist", "Tomas Berglund"})) in found


def test_new_election_is_not_the_election_before_it(facts_of):
    f = facts_of("Präsident Karl Berger hatte die Neuwahlen nach der Parlamentswahl vom 7. Juni angekündigt, "
                 "bei der die Volkspartei von Eva Roth die Mehrheit verloren hatte.")
    assert sorted(e.trigger for e in f.events if e.type == "Election") == ["Neuwahlen", "Parlamentswahl"]


def test_travel_on_into_a_state_by_a_described_person_is_a_visit(facts_of):
    f = facts_of("Die Ministerin Karin Lindqvist besuchte Chile. Am Dienstag fliegt die 58-Jährige in die USA "
                 "weiter. Tomas Berglund reist in die Türkei.")
    found = events(f)
    assert ("Visit", frozenset({"Karin Lindqvist", "Vereinigte Staaten"})) in found
    assert ("Visit", frozenset({"Tomas Berglund", "Türkei"})) in found


def test_target_after_an_own_source_phrase_takes_part(facts_of):
    f = facts_of("Die israelische Armee hat nach eigenen Angaben Stellungen der Hamas im Gazastreifen angegriffen.")
    assert any(t == "Attack" and "Hamas" in ps for t, ps in events(f))


def test_encounter_with_a_partner_in_the_middle_field_is_the_subjects(facts_of):
    f = facts_of("Präsidentin Karin Lindqvist hat nach einem Telefonat mit dem Kanzler Tomas Berglund neue Zölle "
                 "angekündigt.")
    assert ("PhoneCall", frozenset({"Karin Lindqvist", "Tomas Berglund"})) in events(f)


def test_whom_an_event_is_invited_to_takes_part(facts_of):
    f = facts_of("Die Präsidentin Karin Lindqvist lud Kanzler Tomas Berglund zu einem Besuch nach Oslo ein.")
    assert ("Visit", frozenset({"Karin Lindqvist", "Tomas Berglund"})) in events(f)


def test_agreeing_on_something_that_is_no_event_noun_is_an_agreement(facts_of):
    f = facts_of("Kanzler Tomas Berglund traf Präsidentin Karin Lindqvist. Beide Seiten vereinbarten eine engere "
                 "Zusammenarbeit. Eritrea und Äthiopien vereinbarten eine Waffenruhe.")
    found = events(f)
    assert ("Agreement", frozenset({"Karin Lindqvist", "Tomas Berglund"})) in found
    assert ("Ceasefire", frozenset({"Eritrea", "Äthiopien"})) in found and len(found) == 3


def test_the_meeting_told_of_before_framing_a_sentence_is_not_its_subjects(facts_of):
    f = facts_of("Kanzler Tomas Berglund traf in Oslo Präsidentin Karin Lindqvist. Nach dem Treffen sprach Minister "
                 "Jonas Holm von Fortschritten.")
    assert events(f) == {("Meeting", frozenset({"Karin Lindqvist", "Tomas Berglund"}))}


def test_subject_in_apposition_invites_to_a_summit(facts_of):
    f = facts_of("Die Präsidentin der Kommission, Karin Lindqvist, hat den Kanzler Tomas Berglund zu einem Gipfel "
                 "eingeladen.")
    assert events(f) == {("Summit", frozenset({"Karin Lindqvist", "Tomas Berglund"}))}


def test_deliberating_together_is_a_meeting_and_advising_is_not(facts_of):
    f = facts_of("Kanzler Tomas Berglund und Präsidentin Karin Lindqvist berieten am Montag über die Krise. "
                 "Der Ökonom Jonas Holm berät die Ministerin Eva Roth.")
    assert events(f) == {("Meeting", frozenset({"Karin Lindqvist", "Tomas Berglund"}))}


def test_an_attack_warned_of_or_feared_has_not_happened(facts_of):
    f = facts_of("Der Geheimdienstchef Karl Wendtner warnte vor einer neuen Offensive der Armee Eritreas. Die Angst "
                 "vor einem Krieg zwischen Eritrea und Äthiopien wächst. Eritrea griff Äthiopien an.")
    assert events(f) == {("Attack", frozenset({"Eritrea", "Äthiopien"}))}


def test_attack_on_what_a_state_adjective_names_targets_that_state(facts_of):
    f = facts_of("Der Außenminister Karl Wendtner hat die Angriffe Eritreas auf äthiopische Stellungen verurteilt.")
    assert ("Attack", frozenset({"Eritrea", "Äthiopien"})) in events(f)


def test_conjunct_named_with_his_states_genitive_and_office_is_the_holder(facts_of):
    f = facts_of("Chiles Präsident Tomas Berglund und Perus Präsidentin Karin Lindqvist haben bei einem Treffen in "
                 "Lima ihre Partnerschaft bekräftigt.")
    assert ("Meeting", frozenset({"Karin Lindqvist", "Tomas Berglund"})) in named(f)
    assert {(s.speaker.key, s.verb) for s in f.statements} == {("sk-tomas-berglund", "bekräftigen"),
                                                              ("sk-karin-lindqvist", "bekräftigen")}


def test_a_venue_named_like_a_genitive_before_a_verb_takes_no_part(facts_of):
    f = facts_of("Moskau, 3. März 2025 – Putin und Trump telefonierten am Sonntag. Ein Gipfel in Riad ist für den "
                 "15. März geplant. Am 28. Februar hatten sich Selenskyj und Trump im Weißen Haus getroffen.")
    assert [sorted(p.key for p in e.participants) for e in f.events if e.type == "Meeting"] == [
        ["donald-trump", "wolodymyr-selenskyj"]]


def test_a_journey_told_in_the_perfect_is_a_visit(facts_of):
    facts = facts_of("Ali Laridschani war Mitte August nach Beirut gereist. Die nach Damaskus gereiste Delegation "
                     "schwieg.")
    assert [(e.type, e.trigger) for e in facts.events] == [("Visit", "reisen")]


def test_the_speaker_at_a_press_conference_with_an_adverb_before_its_participle_takes_part(facts_of):
    facts = facts_of("Der indische Außenstaatssekretär Vikram Misri sprach bei einer kurzfristig einberufenen "
                     "Pressekonferenz in Neu-Delhi von Verletzungen.")
    label = {e.ref: e.label for e in facts.entities}
    assert [(e.type, [label[p] for p in e.participants if p.kind == "person"]) for e in facts.events] == [
        ("PressConference", ["Vikram Misri"])]


def test_who_suspends_an_agreement_is_a_party_to_it(facts_of):
    facts = facts_of("Venezuela setzte ein Gasabkommen mit Trinidad und Tobago aus.")
    label = {e.ref: e.label for e in facts.entities}
    assert [(e.type, sorted(label[p] for p in e.participants)) for e in facts.events] == [
        ("Agreement", ["Trinidad und Tobago", "Venezuela"])]


def test_tariffs_one_state_imposes_on_another_are_sanctions(facts_of):
    f = facts_of("Norwegen verhängte neue Zölle gegen Schweden.")
    assert any(t == "Sanction" and {"Norwegen", "Schweden"} <= ps for t, ps in events(f))


def test_calling_someone_is_a_phone_call(facts_of):
    f = facts_of("Norwegens Präsident Tomas Berglund rief den schwedischen Präsidenten Lars Lindqvist am Montag an.")
    assert ("PhoneCall", frozenset({"Tomas Berglund", "Lars Lindqvist"})) in named(f)


def test_those_who_took_part_join_the_meeting_told_of_before(facts_of):
    f = facts_of("Die Außenminister trafen sich am Montag zu Gesprächen über die Ukraine. Neben Außenminister Tomas "
                 "Berglund nahmen die Ministerin Karin Lindqvist und der Minister Lars Olsen teil.")
    assert ("Meeting", frozenset({"Tomas Berglund", "Karin Lindqvist", "Lars Olsen"})) in named(f)


def test_an_attack_named_after_an_unclaimed_one_is_another(facts_of):
    f = facts_of("Bei dem Anschlag in Pahalgam starben 26 Menschen. Die Ermittlungen dauern an. Zwei Wochen später "
                 "griff die norwegische Armee Ziele in Schweden an.")
    assert sum(1 for ev in f.events if ev.type == "Attack") == 2


def test_attacks_of_two_kinds_by_the_same_sides_are_two(facts_of):
    f = facts_of("Norwegen startete am Montag Drohnenangriffe auf Schweden. Am Dienstag flog Norwegen "
                 "Raketenangriffe gegen Schweden.")
    assert sum(1 for ev in f.events if ev.type == "Attack") == 2


def test_what_an_office_is_for_is_no_event(facts_of):
    f = facts_of("Der norwegische Generaldirektor für Militäroperationen Tomas Berglund rief seinen Kollegen an.")
    assert "Attack" not in types(f)


def test_an_oath_of_office_and_a_summoned_diplomat_are_events(facts_of):
    f = facts_of("Präsident Tomas Berglund legte am Montag seinen Amtseid ab. Das norwegische Außenministerium "
                 "bestellte den schwedischen Botschafter Lars Olsen ein.")
    found = events(f)
    assert ("Other", frozenset({"Tomas Berglund"})) in found
    assert any(t == "Other" and "Lars Olsen" in ps for t, ps in found)


def test_a_joint_declaration_is_an_agreement_of_its_signatories(facts_of):
    f = facts_of("Norwegen und Schweden unterzeichneten eine gemeinsame Erklärung über die Partnerschaft. Das "
                 "Außenministerium gab eine Erklärung ab.")
    assert [(t, ps) for t, ps in events(f) if t == "Agreement"] == [("Agreement", frozenset({"Norwegen", "Schweden"}))]


def test_expelling_a_diplomat_is_a_sanction(facts_of):
    f = facts_of("Norwegen wies den schwedischen Botschafter Lars Olsen aus.")
    assert any(t == "Sanction" and "Lars Olsen" in ps for t, ps in events(f))


def test_a_ceasefire_the_talks_are_about_has_the_talks_parties(facts_of):
    f = facts_of("Die Verhandlungen zwischen Norwegen und Schweden über eine Waffenruhe wurden am Mittwoch "
                 "fortgesetzt.")
    assert ("Ceasefire", frozenset({"Norwegen", "Schweden"})) in events(f)


def test_the_one_summit_is_attended_by_the_leaders_the_text_names(facts_of):
    f = facts_of("In Oslo ist am Montag das Gipfeltreffen der Nordischen Union zu Ende gegangen. Gastgeber war der "
                 "norwegische Ministerpräsident Lars Olsen. Die schwedische Delegation leitete Außenministerin Anna "
                 "Lindqvist. Der finnische Präsident Tomas Berglund sprach von einem Erfolg.")
    summit = next(ps for t, ps in events(f) if t == "Summit")
    assert {"Lars Olsen", "Anna Lindqvist", "Tomas Berglund"} <= summit


def test_two_summits_keep_their_own_participants(facts_of):
    f = facts_of("Beim Gipfel in Oslo sprach der norwegische Ministerpräsident Lars Olsen. Beim Gipfel in Riga sprach "
                 "der finnische Präsident Tomas Berglund.")
    assert not any("Tomas Berglund" in ps and "Lars Olsen" in ps for t, ps in events(f) if t == "Summit")


def test_council_sessions_chamber_elections_and_financial_aid(facts_of):
    f = facts_of("Der Nordatlantikrat trat am Mittwoch zu einer Sondersitzung zusammen. Bei der Oberhauswahl in "
                 "Japan verlor die Liberaldemokratische Partei ihre Mehrheit. Die Finanzhilfe der USA für Argentinien "
                 "beträgt 20 Milliarden Dollar.")
    assert ("Meeting", frozenset({"Nordatlantikrat"})) in events(f)
    assert {"Election", "Delivery"} <= types(f)


def test_a_conference_is_a_meeting_not_a_summit(facts_of):
    f = facts_of("Norwegen und Schweden nahmen an der Wiederaufbaukonferenz in Oslo teil.")
    assert ("Meeting", frozenset({"Norwegen", "Schweden"})) in events(f)


def test_both_countries_or_sides_are_the_two_named_before(facts_of):
    f = facts_of("Norwegen und Schweden verhandelten lange. Beide Länder hatten sich im Sommer mit Finnland auf "
                 "Zollsenkungen geeinigt. Lettland und Litauen sprachen in Riga. Konkret vereinbarten beide Seiten, "
                 "dass Litauen der Koalition beitritt.")
    assert {("Agreement", frozenset({"Norwegen", "Schweden", "Finnland"})),
            ("Agreement", frozenset({"Lettland", "Litauen"}))} <= events(f)


def test_sitting_together_with_a_named_person_is_a_meeting(facts_of):
    f = facts_of("Anna Lindqvist hatte mehrfach mit Karin Berg zusammengesessen.")
    assert ("Meeting", frozenset({"Anna Lindqvist", "Karin Berg"})) in events(f)


def test_who_counted_the_votes_takes_no_part_in_the_election(facts_of):
    f = facts_of("Bei der Parlamentswahl siegte die Liberale Partei von Lars Olsen nach Berechnungen der Sender NRK "
                 "und TV2. Bei der Stichwahl setzte sich Anna Lindqvist nach Angaben des Zentralen Wahlbüros gegen "
                 "Tomas Berglund durch.")
    participants = set().union(*(ps for t, ps in events(f) if t == "Election"))
    assert not participants & {"NRK", "TV2", "Zentrales Wahlbüro"}
    assert {"Anna Lindqvist", "Tomas Berglund"} <= participants


def test_a_participle_after_an_apposition_closes_the_clause_that_names_the_partner(facts_of):
    f = facts_of("Anna Lindqvist hatte sich mehrfach mit dem schwedischen Minister für Landwirtschaft, Tomas "
                 "Berglund, getroffen.")
    assert ("Meeting", frozenset({"Anna Lindqvist", "Tomas Berglund"})) in named(f)


def test_an_attack_of_its_own_kind_later_in_the_text_is_another_attack(facts_of):
    f = facts_of("Norwegen flog am Montag Angriffe auf Schweden. Finnland verurteilte später den Bombenanschlag "
                 "in der Hafenstadt.")
    assert sorted(ev.trigger for ev in f.events if ev.type == "Attack") == ["Angriffe", "Bombenanschlag"]


def test_a_war_named_after_where_it_is_fought_is_an_event(facts_of):
    f = facts_of("Seit Beginn des Gaza-Krieges feuert die Miliz immer wieder Raketen ab.")
    assert [ev.trigger for ev in f.events if ev.type == "War"] == ["Gaza-Krieges"]


def test_a_mit_of_its_own_for_each_partner_tells_of_separate_calls(facts_of):
    f = facts_of("Die Außenministerin Anna Lindqvist telefonierte am Montag mit dem finnischen Regierungschef Tomas "
                 "Berglund sowie mit dem norwegischen Nationalen Sicherheitsberater Lars Olsen.")
    assert {("PhoneCall", frozenset({"Anna Lindqvist", "Tomas Berglund"})),
            ("PhoneCall", frozenset({"Anna Lindqvist", "Lars Olsen"}))} <= named(f)


def test_meeting_for_a_summit_is_a_summit(facts_of):
    f = facts_of("Im Oktober hatten sich die Regierungschefs Norwegens, Schwedens und Finnlands in Oslo zu einem "
                 "Dreiergipfel getroffen.")
    assert ("Summit", frozenset({"Norwegen", "Schweden", "Finnland"})) in events(f)
    assert "Meeting" not in types(f)


def test_an_occurrence_in_a_condition_is_no_event(facts_of):
    f = facts_of("Die Regierung werde nicht verhandeln, solange Norwegen seine Angriffe auf Schweden fortsetze. Falls "
                 "Finnland Gespräche mit Schweden aufnimmt, werde man reagieren.")
    assert not {"Attack", "Meeting"} & types(f)


def test_protests_in_a_named_place_are_an_event_of_their_own(facts_of):
    f = facts_of("Die Polizei nahm den Oppositionsführer Tomas Berglund fest. Bei den Protesten in Oslo wurden am "
                 "Abend Dutzende Menschen verletzt.")
    assert sorted(ev.trigger for ev in f.events if ev.type == "Other") == ["Protesten", "festnehmen"]


def test_unrest_in_a_region_is_no_protest_event(facts_of):
    f = facts_of("Er braucht keine Schlagzeilen über ein weiteres Fiasko – zumal vor dem Hintergrund der Unruhen im "
                 "Nahen Osten, die den Waffenstillstand zwischen Israel und der Hamas zunichtemachen könnten.")
    assert "Other" not in types(f)


def test_a_planned_journey_and_a_traveller_named_right_before_the_verb_make_visits(facts_of):
    f = facts_of("Die Gesandte Anna Lindqvist soll im Herbst erneut nach Oslo reisen. Norwegen und Schweden "
                 "übernahmen die Schulden, der finnische Außenminister Tomas Berglund reiste mehrfach nach Riga.")
    assert {("Visit", frozenset({"Anna Lindqvist"})), ("Visit", frozenset({"Tomas Berglund"}))} <= named(f)


def test_a_finite_verb_after_comma_and_und_shares_the_main_clauses_subject(facts_of):
    f = facts_of("Oslo warf ihr vor, sich zum Werkzeug Moskaus zu machen, und setzte ein Abkommen mit dem "
                 "Nachbarland aus.")
    assert ("Agreement", frozenset({"Norwegen"})) in events(f)


def test_listing_a_group_as_terrorists_is_a_sanction_and_a_summons_an_event(facts_of):
    f = facts_of("Norwegen hatte die Bandenallianz Viv Ansanm sowie die Gruppe Gran Grif im Mai als ausländische "
                 "Terrororganisationen eingestuft. Der Botschafter Pawel Iwanow wurde am Montag einbestellt. Er "
                 "erklärte die Lage für ernst.")
    assert ("Sanction", frozenset({"Norwegen", "Viv Ansanm", "Gran Grif"})) in events(f)
    assert ("Other", frozenset({"Pawel Iwanow"})) in events(f)
    assert len(f.events) == 2


def test_an_occurrence_not_recognized_still_took_place(facts_of):
    f = facts_of("Oslo erkennt Tomas Berglunds Wiederwahl im Juli nicht an. Das Treffen von Berglund und Anna "
                 "Lindqvist fand nicht statt.")
    assert events(f) == {("Election", frozenset({"Tomas Berglund"}))}


def test_a_summit_of_an_organizations_member_states_is_the_organizations(facts_of):
    f = facts_of("Tomas Berglund sprach am Rande eines Gipfeltreffens osteuropäischer NATO-Staaten in Vilnius.")
    assert ("Summit", frozenset({"NATO"})) in events(f)


def test_an_occurrence_that_only_may_take_place_is_no_event(facts_of):
    f = facts_of("Ein Besuch von Tomas Berglund in Oslo könne in den kommenden Wochen stattfinden. Der Besuch von Anna "
                 "Lindqvist in Riga hat am Montag stattgefunden.")
    assert events(f) == {("Visit", frozenset({"Anna Lindqvist"}))}


def test_trigger_noun_read_as_foreign_material_before_a_quoted_name(facts_of):
    f = facts_of("Estland schloss kurz darauf mit Blick auf das russisch-belarussische Großmanöver „Sarmat 2024“ "
                 "vorübergehend alle Grenzübergänge zu Belarus.")
    assert any(t == "Other" and "Belarus" in ps for t, ps in events(f))


def test_clause_final_participle_takes_no_object_of_the_next_clause(facts_of):
    f = facts_of("Der norwegische Außenminister Henrik Solbakken war zunächst nach Islamabad gereist, der "
                 "schwedische Außenminister Lennart Åkesson besuchte ebenfalls die Hauptstadt.")
    visits = {ps for t, ps in events(f) if t == "Visit"}
    assert not any({"Henrik Solbakken", "Lennart Åkesson"} <= ps for ps in visits)
    assert any("Lennart Åkesson" in ps for ps in visits)


def test_clause_final_participle_with_those_among_its_subject(facts_of):
    f = facts_of("Neben dem Präsidenten waren zahlreiche Staatschefs nach Oslo gereist, darunter Brasiliens "
                 "Präsident Eduardo Morales und der slowakische Regierungschef Tomas Berglund.")
    assert any(t == "Visit" and {"Eduardo Morales", "Tomas Berglund"} <= ps for t, ps in events(f))





def test_an_agreement_signed_before_a_coordinated_clause(facts_of):
    f = facts_of("Das estnische Finanzministerium unterzeichnete am Montag mit der Weltbank eine Kreditvereinbarung "
                 "und kaufte zudem Anleihen.")
    assert any(t == "Agreement" and "Weltbank" in ps for t, ps in events(f))


def test_an_office_tagged_as_a_name_does_not_end_the_signers(facts_of):
    f = facts_of("Estlands Außenminister Kalle Tamm und NATO-Generalsekretär Eero Vainio unterzeichneten die "
                 "Vereinbarung am Dienstag in Wien.")
    assert any(t == "Agreement" and {"Kalle Tamm", "Eero Vainio"} <= ps for t, ps in events(f))


def test_an_agreement_not_revoked_was_made(facts_of):
    f = facts_of("Der estnische Präsident Kalle Tamm erklärte, er werde die Einigung mit Finnland von 2015 nicht "
                 "aufkündigen.")
    assert "Agreement" in types(f)


def test_an_agreement_one_is_near_to_is_not_reached(facts_of):
    f = facts_of("Man sei einer Einigung mit Norwegen „sehr nahe“, sagte Tomas Berglund. Schweden und Finnland stehen "
                 "kurz vor einer Einigung. Lettland und Estland einigten sich auf ein Abkommen.")
    assert {t for t, _ in events(f)} == {"Agreement"} and len(events(f)) == 1


def test_a_goal_after_a_nach_of_time_makes_a_visit(facts_of):
    f = facts_of("Nach einem Gespräch mit Tomas Berglund war Karin Lindqvist am Freitag nach Oslo gereist.")
    assert any(t == "Visit" and "Karin Lindqvist" in ps for t, ps in events(f))


def test_calling_an_unnamed_person_is_a_call(facts_of):
    f = facts_of("Am Mittwoch rief Tomas Berglund den Wahlsieger an, um ihm zu gratulieren.")
    assert any(t == "PhoneCall" and "Tomas Berglund" in ps for t, ps in events(f))


def test_agreeing_with_a_named_partner_is_an_agreement(facts_of):
    f = facts_of("Mit Norwegen vereinbarte die neue Regierung die Einsetzung gemeinsamer Kommissionen.")
    assert any(t == "Agreement" and "Norwegen" in ps for t, ps in events(f))


def test_an_office_after_the_verb_gives_a_press_conference(facts_of):
    f = facts_of("Präsident Tomas Berglund reiste am Montag ab. „Das ist ein Erfolg“, sagte der Präsident "
                 "bei einer Pressekonferenz.")
    assert any(t == "PressConference" and "Tomas Berglund" in ps for t, ps in events(f))


def test_staying_in_a_capital_is_a_visit(facts_of):
    f = facts_of("Die Ministerin Karin Lindqvist hatte sich in den Wochen zuvor mehrfach in Oslo aufgehalten.")
    assert any(t == "Visit" and "Karin Lindqvist" in ps for t, ps in events(f))


def test_holding_someone_up_is_no_visit(facts_of):
    f = facts_of("Die Polizei hielt Karin Lindqvist in Oslo auf.")
    assert "Visit" not in types(f)


def test_talking_with_a_named_person_is_a_meeting(facts_of):
    f = facts_of("Karin Lindqvist hatte dort mit Präsident Tomas Berglund über die Zukunft des Hafens gesprochen.")
    assert ("Meeting", frozenset({"Karin Lindqvist", "Tomas Berglund"})) in events(f)


def test_a_summit_of_a_body_named_after_its_kind(facts_of):
    f = facts_of("Der Streit soll beim Gipfeltreffen der nordischen Staatengemeinschaft NORDA im Mai in Oslo "
                 "zur Sprache kommen.")
    assert any(t == "Summit" and "NORDA" in ps for t, ps in events(f))


def test_a_relative_clause_summons_its_antecedent(facts_of):
    f = facts_of("Der Botschafter in Oslo, Tomas Berglund, der ins Außenministerium einbestellt wurde, "
                 "erklärte, es gebe keine Belege.")
    assert any(t == "Other" and "Tomas Berglund" in ps for t, ps in events(f))


def test_coordination_with_a_partner_is_no_vote(facts_of):
    f = facts_of("Karin Lindqvist und Tomas Berglund sprachen sich für eine enge Abstimmung mit Norwegen aus.")
    assert "Other" not in types(f)


def test_an_arrest_and_the_detention_are_one_event(facts_of):
    f = facts_of("Der Konflikt wuchs durch die Inhaftierung des Schriftstellers Tomas Berglund, der im Mai in Oslo "
                 "festgenommen worden war.")
    assert [ev.type for ev in f.events].count("Other") == 1


def test_those_who_join_the_talks_take_part_in_them(facts_of):
    f = facts_of("Die Verhandlungen zwischen Norwegen und Schweden begannen am Montag in Bergen. Auch der "
                 "Außenminister Tomas Berglund sowie die Chefin des Geheimdienstes, Karin Lindqvist, schlossen sich "
                 "den Gesprächen an.")
    meetings = [ps for t, ps in events(f) if t == "Meeting"]
    assert len(meetings) == 1 and {"Tomas Berglund", "Karin Lindqvist", "Norwegen"} <= meetings[0]


def test_those_listed_after_darunter_were_talked_with(facts_of):
    f = facts_of("Karin Lindqvist sagte, sie habe mit Vertretern beider Länder gesprochen, darunter mit Präsident "
                 "Tomas Berglund und dessen Stellvertreter Lars Holmgren.")
    assert any(t == "Meeting" and {"Tomas Berglund", "Lars Holmgren"} <= ps for t, ps in events(f))


def test_a_minister_acts_for_his_state(facts_of):
    f = facts_of("Norwegens Außenminister Tomas Berglund und die Generaldirektorin Karin Lindqvist unterzeichneten "
                 "die Vereinbarung am Dienstag in Bergen.")
    assert any(t == "Agreement" and {"Tomas Berglund", "Norwegen"} <= ps for t, ps in events(f))


def test_the_risk_of_an_attack_is_no_attack(facts_of):
    f = facts_of("Präsident Tomas Berglund warnte vor den Folgen eines Angriffs der Armee Schwedens.")
    assert "Attack" not in types(f)


def test_recalling_an_envoy_is_an_event_and_no_meeting(facts_of):
    f = facts_of("Präsident Tomas Berglund rief den Botschafter in Oslo, Lars Holmgren, zu Konsultationen zurück.")
    assert "Meeting" not in types(f)
    assert any(t == "Other" and {"Tomas Berglund", "Lars Holmgren"} <= ps for t, ps in events(f))


def test_a_vote_for_an_acquittal_is_no_acquittal(facts_of):
    f = facts_of("Einzig die Richterin Karin Lindqvist stimmte für einen Freispruch des Angeklagten Tomas Berglund.")
    assert "Other" not in types(f)


def test_a_genitive_name_after_a_participle_phrase(facts_of):
    f = facts_of("Ihnen wird vorgeworfen, an der Entführung des in Oslo lebenden kritischen Bloggers Tomas Berglund "
                 "beteiligt gewesen zu sein.")
    assert any(t == "Attack" and "Tomas Berglund" in ps for t, ps in events(f))


def test_accession_talks_are_no_meeting(facts_of):
    f = facts_of("Norwegen führt seit 2014 Beitrittsverhandlungen mit der Europäischen Union.")
    assert "Meeting" not in types(f) and "Other" in types(f)


def test_a_meeting_scheduled_for_a_day(facts_of):
    f = facts_of("Danach reist Karin Lindqvist nach Oslo, wo sie am Montag mit Präsident Tomas Berglund "
                 "zusammentreffen soll.")
    assert any(t == "Meeting" and "Tomas Berglund" in ps for t, ps in events(f))


def test_a_ceasefire_insisted_on_has_not_come(facts_of):
    f = facts_of("Die Regierung in Oslo bestand stattdessen auf einer mindestens 30-tägigen Waffenruhe.")
    assert "Ceasefire" not in types(f)


def test_who_proclaims_a_ceasefire_takes_part(facts_of):
    f = facts_of("Präsident Tomas Berglund hatte am Freitag eine einseitige Waffenruhe verkündet.")
    assert ("Ceasefire", frozenset({"Tomas Berglund"})) in events(f)


def test_a_definite_agreement_names_the_one_told_of(facts_of):
    f = facts_of("Norwegen und Schweden schlossen im Mai ein Abkommen über die Fischerei. Später warf Schweden dem "
                 "Nachbarn vor, die Vereinbarung gebrochen zu haben.")
    assert [ev.type for ev in f.events].count("Agreement") == 1


def test_the_state_of_those_expelled_is_a_party(facts_of):
    f = facts_of("Oslo weist zwölf schwedische Diplomaten aus. Schweden kündigte eine Antwort an.")
    assert ("Sanction", frozenset({"Norwegen", "Schweden"})) in events(f)
    f = facts_of("Oslo weist zwölf schwedische Diplomaten aus.")  # a state the text names only by its adjective
    assert "Schweden" not in {e.label for e in f.entities}


def test_a_letter_sent_is_an_event_of_all_it_names(facts_of):
    f = facts_of("Zuvor hatte Karl Brenninger dem Präsidenten Jan Kowalczek einen Brief geschickt, den Ilse Wendlinger "
                 "überbrachte. In einem Brief an Kowalczek verlangte Brenninger mehr Geld.")
    assert events(f) == {("Other", frozenset({"Karl Brenninger", "Jan Kowalczek", "Ilse Wendlinger"}))}


def test_an_election_of_a_kind_is_no_event(facts_of):
    f = facts_of("Die Beteiligung lag bei 71 Prozent und damit so hoch wie nie zuvor bei einer Stichwahl in Portugal. "
                 "Die Partei Nova erreichte ihr schlechtestes Ergebnis bei einer Parlamentswahl.")
    assert "Election" not in types(f)


def test_an_indefinite_election_with_a_date_is_an_event(facts_of):
    f = facts_of("In Portugal wird am 12. März 2026 in einer Stichwahl über das Amt des Präsidenten entschieden.")
    assert "Election" in types(f)


def test_a_hit_target_is_no_meeting(facts_of):
    f = facts_of("Das Verteidigungsministerium in Moskau erklärte, es seien Militärobjekte in der Ukraine "
                 "getroffen worden.")
    assert "Meeting" not in types(f)


def test_a_decision_taken_is_no_meeting(facts_of):
    f = facts_of("Die Abgeordneten aus Chile und Peru trafen die Entscheidung am Dienstag in Lima.")
    assert "Meeting" not in types(f)


def test_coordination_between_capitals_is_no_vote(facts_of):
    f = facts_of("Tusk mahnte eine enge Abstimmung zwischen Berlin, Paris und Warschau an.")
    assert "Other" not in types(f)


def test_protests_are_an_event_though_no_one_is_named(facts_of):
    f = facts_of("Die Enthüllungen hatten die größten Proteste in der Geschichte der kleinen Republik ausgelöst.")
    assert ("Other", frozenset()) in events(f)


def test_leaving_in_protest_is_no_event(facts_of):
    f = facts_of("Vor der Schlussabstimmung haben Teile der Opposition den Saal aus Protest verlassen.")
    assert "Other" not in types(f)


def test_a_tariff_targets_the_state_whose_goods_it_taxes(facts_of):
    f = facts_of("Präsident Tomas Berglund verhängte Zölle auf chilenische Waren. "
                 "Die Regierung in Oslo erhebt Zölle von zehn Prozent auf Einfuhren aus Peru.")
    assert any(t == "Sanction" and {"Tomas Berglund", "Chile"} <= ps for t, ps in events(f))
    assert any(t == "Sanction" and "Peru" in ps for t, ps in events(f))


def test_a_meeting_sought_has_not_taken_place(facts_of):
    f = facts_of("Vertreter Chiles bemühen sich nun um ein Treffen mit der peruanischen Regierung in Lima.")
    assert "Meeting" not in types(f)


def test_beside_a_meeting_is_not_in_it(facts_of):
    f = facts_of("Parallel zu dem Treffen setzte das Finanzministerium in Santiago die Zölle aus.")
    assert "Meeting" not in types(f)


def test_a_hearing_before_a_court_is_no_talks(facts_of):
    f = facts_of("Chile mischte sich in die laufende Verhandlung vor dem Obersten Gerichtshof Perus ein.")
    assert "Meeting" not in types(f)
    assert "Other" in types(f)


def test_who_brokers_a_deal_takes_part_in_it(facts_of):
    f = facts_of("Ausgehandelt worden war das Abkommen unter Vermittlung Norwegens, Chiles und der USA.")
    assert ("Agreement", frozenset({"Norwegen", "Chile", "Vereinigte Staaten"})) in events(f)


def test_a_journey_not_made_is_no_visit(facts_of):
    f = facts_of("Präsident Tomas Berglund hatte die Gespräche vorgeschlagen, war aber trotz einer Einladung "
                 "nicht nach Lima gereist.")
    assert "Visit" not in types(f)


def test_aid_suspended_is_no_delivery(facts_of):
    f = facts_of("Präsident Tomas Berglund entschied, die Militärhilfe für Chile auszusetzen.")
    assert "Delivery" not in types(f)
    assert any(t == "Other" and "Chile" in ps for t, ps in events(f))


def test_an_attack_threatened_has_not_happened(facts_of):
    f = facts_of("Präsident Tomas Berglund hatte Chile im März mit Bombardierungen gedroht.")
    assert "Attack" not in types(f)


def test_which_coalition_is_open(facts_of):
    f = facts_of("Peru werde abwarten, welche Koalition sich in Santiago bilde, sagte Tomas Berglund.")
    assert "Agreement" not in types(f)


def test_what_a_step_is_called_is_no_event(facts_of):
    f = facts_of("Chile kritisierte die Ankündigung Perus als Angriff auf das Völkerrecht.")
    assert "Attack" not in types(f)


def test_a_failed_declaration_is_no_agreement(facts_of):
    f = facts_of("Eine gemeinsame Erklärung zur Unterstützung der Republik Moldau scheiterte am Widerstand der "
                 "Slowakei.")
    assert "Agreement" not in types(f)


def test_the_agreement_after_a_ceasefire_is_that_ceasefire(facts_of):
    f = facts_of("Chile und Peru vereinbarten am Montag eine Waffenruhe. Peru warf Chile Verletzungen der "
                 "Vereinbarung durch Chile vor.")
    assert "Agreement" not in types(f)


def test_speaking_before_the_press_is_a_press_conference(facts_of):
    f = facts_of("Tomas Berglund sagte am Montag vor der Presse in Oslo, er sei zuversichtlich.")
    assert ("PressConference", frozenset({"Tomas Berglund"})) in named(f)


def test_appealing_to_a_council_is_no_phone_call(facts_of):
    f = facts_of("Noch am Donnerstag ruft Chile den UN-Sicherheitsrat an.")
    assert "PhoneCall" not in types(f)


def test_a_shooting_in_the_passive_is_an_attack(facts_of):
    f = facts_of("In der Nähe des Dorfes Beit Anon wurde ein 19-jähriger Mann angeschossen und schwer verletzt.")
    assert ("Attack", frozenset()) in events(f)


def test_an_attack_framing_the_clause_is_another_attack(facts_of):
    f = facts_of("Bei mehreren Angriffen im Norden wurden vier Menschen verletzt. Bei einem Messerangriff "
                 "nördlich der Stadt verletzte ein Mann einen Polizisten schwer.")
    assert len([e for e in f.events if e.type == "Attack"]) == 2


def test_an_arrest_warrant_is_an_event(facts_of):
    f = facts_of("Der Internationale Strafgerichtshof erließ einen Haftbefehl gegen Tomas Berglund.")
    assert any(t == "Other" and "Tomas Berglund" in ps for t, ps in events(f))


def test_removal_from_office_is_an_event(facts_of):
    f = facts_of("Das Verfassungsgericht hat Präsident Tomas Berglund am Montag seines Amtes enthoben.")
    assert any(t == "Other" and "Tomas Berglund" in ps for t, ps in events(f))


def test_released_from_a_duty_is_no_removal(facts_of):
    f = facts_of("Das Gericht entband Tomas Berglund am Montag von der Schweigepflicht.")
    assert "Other" not in types(f)


def test_an_interview_and_a_televised_debate_are_events(facts_of):
    f = facts_of("Tomas Berglund sagte in einem Interview mit der Zeitung Aftenposten, er sei zuversichtlich. "
                 "Das TV-Duell zwischen Berglund und Karin Lindqvist sahen vier Millionen Zuschauer.")
    assert any(t == "Other" and "Aftenposten" in ps for t, ps in events(f))
    assert ("Other", frozenset({"Tomas Berglund", "Karin Lindqvist"})) in events(f)


def test_blowing_oneself_up_is_an_attack(facts_of):
    f = facts_of("Tomas Berglund hatte sich am Freitagabend vor dem Stadion in die Luft gesprengt.")
    assert ("Attack", frozenset({"Tomas Berglund"})) in events(f)


def test_breaking_up_a_coalition_is_no_attack(facts_of):
    f = facts_of("Tomas Berglund sprengte mit seinem Rücktritt die Koalition.")
    assert "Attack" not in types(f)


def test_both_after_the_verb_of_a_framed_clause_are_the_two_named_before(facts_of):
    f = facts_of("Präsident Tomas Berglund empfing am Sonntag Ministerin Karin Lindqvist. Nach einem rund "
                 "einstündigen Treffen in Oslo verkündeten beide, dass die Zölle fallen.")
    assert ("Meeting", frozenset({"Tomas Berglund", "Karin Lindqvist"})) in events(f)
    labels = {e.ref: e.label for e in f.entities}
    assert {labels[s.speaker] for s in f.statements} == {"Tomas Berglund", "Karin Lindqvist"}


def test_pronouns_stand_for_the_one_arrested_sentenced_or_wanted(facts_of):
    f = facts_of("Der Blogger Tomas Berglund lebt in Oslo. Er wurde im November festgenommen.")
    assert ("Other", frozenset({"Tomas Berglund"})) in events(f)
    f = facts_of("Der Blogger Tomas Berglund lebt in Oslo. Im März verurteilte ihn ein Gericht zu fünf Jahren Haft.")
    assert ("Other", frozenset({"Tomas Berglund"})) in events(f)
    f = facts_of("Der Blogger Tomas Berglund tauchte unter. Darauf wurde ein Haftbefehl gegen ihn ausgestellt.")
    assert ("Other", frozenset({"Tomas Berglund"})) in events(f)


def test_condemning_with_an_aim_is_no_sentence(facts_of):
    f = facts_of("Ministerin Karin Lindqvist verurteilte ihn, um zur Ruhe zu mahnen.")
    assert "Other" not in types(f)


def test_removal_of_an_apposition_subject_is_an_event(facts_of):
    f = facts_of("Die Bürgermeisterin von Tromsø, Karin Lindqvist, ist am Freitag von ihrem Amt entbunden worden.")
    assert ("Other", frozenset({"Karin Lindqvist"})) in events(f)


def test_investigation_against_someone_is_an_event_finding_out_is_not(facts_of):
    f = facts_of("Gegen den Chef der Partei, Tomas Berglund, wird seit Mai ermittelt.")
    assert any(t == "Other" and "Tomas Berglund" in ps for t, ps in events(f))
    f = facts_of("Die Statistiker ermittelten den Wert für Tomas Berglund.")
    assert "Other" not in types(f)


def test_journey_told_in_a_relative_clause_is_a_visit(facts_of):
    f = facts_of("Der Kommissar Tomas Berglund, der im Mai nach Oslo gereist war, betonte, die Gespräche seien gut.")
    assert any(t == "Visit" and "Tomas Berglund" in ps for t, ps in events(f))


def test_a_person_expected_in_a_place_visits_it(facts_of):
    f = facts_of("Der Generaldirektor der Behörde, Tomas Berglund, wird an diesem Mittwoch in Teheran erwartet.")
    assert any(t == "Visit" and "Tomas Berglund" in ps for t, ps in events(f))
    f = facts_of("In Teheran wird erwartet, dass Tomas Berglund bald einlenkt.")
    assert "Visit" not in types(f)


def test_a_named_body_voting_is_an_event_a_person_voting_is_not(facts_of):
    f = facts_of("Der Bundestag stimmte am Freitag für das Gesetz.")
    assert ("Other", frozenset({"Bundestag"})) in events(f)
    f = facts_of("Die Abgeordnete Karin Lindqvist stimmte am Freitag gegen das Gesetz.")
    assert "Other" not in types(f)


def test_a_talk_with_the_media_is_a_press_conference(facts_of):
    f = facts_of("Finanzminister Tomas Berglund sagte bei einem Mediengespräch am Montag, die Reform komme.")
    assert ("PressConference", frozenset({"Tomas Berglund"})) in events(f)


def test_an_other_event_without_sides_does_not_swallow_another_kind_of_other_event(facts_of):
    f = facts_of("Nach massiven Protesten wurde die Ausgangssperre in Tromsø aufgehoben. Die Bürgermeisterin von "
                 "Tromsø, Karin Lindqvist, ist am Freitag von ihrem Amt entbunden worden.")
    assert any(ev.trigger == "entbinden" and ev.participants for ev in f.events)


def test_a_plural_occurrence_of_risk_or_chance_has_not_happened(facts_of):
    f = facts_of("Ministerin Karin Lindqvist warnte, Chile trage im Falle peruanischer Klagen das Risiko allein. "
                 "Die Gefahr neuer Angriffe Perus auf Chile wachse.")
    assert not [ev for ev in f.events if ev.type in ("Other", "Attack")]


def test_who_calls_together_with_another_makes_one_call(facts_of):
    f = facts_of("Ministerin Karin Lindqvist hatte am Montag gemeinsam mit Präsident Tomas Berglund mit dem "
                 "peruanischen Außenminister Pedro Castillo telefoniert.")
    calls = [ev for ev in f.events if ev.type == "PhoneCall"]
    assert len(calls) == 1 and len(named(f) & {("PhoneCall", frozenset({"Karin Lindqvist", "Tomas Berglund",
                                                                         "Pedro Castillo"}))}) == 1


def test_the_war_of_the_sides_the_text_names_is_the_curated_war_going_on(facts_of):
    text = ("Der ukrainische Präsident Andrij Kowalenko traf in Genf Vertreter Russlands. Es sei unklar, ob Moskau "
            "bereit sei, den Krieg zu beenden.")
    assert ("War", frozenset({"Russland", "Ukraine"})) in events(facts_of(text, dt.date(2025, 3, 1)))
    assert "War" not in types(facts_of(text, dt.date(2012, 3, 1)))  # before that war began
    # the sides of two wars going on: which one is meant is not told
    f = facts_of("Israel griff Ziele im Iran an, die Hamas feuerte Raketen ab. Der Krieg müsse enden, sagte er.",
                 dt.date(2025, 6, 20))
    assert "War" not in types(f)
    f = facts_of("Russland und die Ukraine verhandeln. Ein Krieg sei eine Katastrophe, sagte er.", dt.date(2025, 3, 1))
    assert "War" not in types(f)  # a war, not the war


def test_a_deed_someone_is_said_to_intend_has_not_happened(facts_of):
    f = facts_of("Präsident Karl Wendtner warf einer Gruppe von Offizieren vor, ihn töten zu wollen.")
    assert "Attack" not in types(f)


def test_the_name_in_apposition_to_a_source_office_is_the_source(facts_of):
    f = facts_of("Nach Angaben des UN-Hochkommissars für Menschenrechte, Karl Wendtner, griff die Armee von "
                 "Moldawien die Stadt Tiraspol an.")
    assert not any("Karl Wendtner" in ps for _, ps in events(f))


def test_a_name_after_two_coordinated_titles_in_a_prepositional_phrase_is_no_subject(facts_of):
    f = facts_of("Angesichts der Debatte rund um Kanzler und SPÖ-Chef Peter Malko habe Karl Wendtner eine "
                 "Krisensitzung einberufen.")
    assert not any("Peter Malko" in ps for _, ps in events(f))
