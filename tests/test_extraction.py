"""Extraction on sentences that are not from the corpus: new names, new states, feminine titles,
genitives, capitals acting for governments. Real pipeline (HanTa, gazetteers, NER)."""

from __future__ import annotations

import datetime as dt

import pytest


def names(facts, kind):
    return {e.label for e in facts.entities if e.kind == kind}


def by_key(facts):
    return {e.ref: e for e in facts.entities}


def positions(facts):
    ents = by_key(facts)
    return {(ents[p.holder].label, p.role, ents[p.state].label if p.state in ents else None)
            for p in facts.positions}


def statements(facts):
    ents = by_key(facts)
    return {(ents[s.speaker].label, s.stance, s.verb) for s in facts.statements}


def events(facts):
    ents = by_key(facts)
    return {(e.type, frozenset(ents[p].label for p in e.participants)) for e in facts.events}


# --- entities -------------------------------------------------------------------------------------
def test_persons_states_places(facts_of):
    f = facts_of("Die finnische Ministerpräsidentin Sanna Marin traf in Helsinki den kanadischen "
                 "Premierminister Justin Trudeau.")
    assert {"Sanna Marin", "Justin Trudeau"} <= names(f, "person")
    assert "Helsinki" in names(f, "place")
    assert {"Finnland", "Kanada"} <= names(f, "state")  # referenced by the offices' adjectives


def test_person_names_end_before_lower_case_words(facts_of):
    f = facts_of("Das Urteil sei unwiderruflich, sagte seine nach Kanada geflüchtete Ehefrau Ensaf Haidar am Sonntag "
                 "der Nachrichtenagentur AFP.")
    persons = names(f, "person")
    assert "Ensaf Haidar" in persons
    assert not any("Sonntag" in p for p in persons)


def test_arabic_name_particles_after_a_title_and_a_papers_kind(facts_of):
    f = facts_of("Das sagte der Kommandeur Abdul Kadr al-Nadschdi. Die Zeitschrift Meridyen berichtete, zwei "
                 "Redakteure seien festgenommen worden.")
    assert "Abdul Kadr al-Nadschdi" in names(f, "person")
    assert "Meridyen" in names(f, "organization")
    assert ("Meridyen", "assert", "berichten") in statements(f)


def test_surnames_that_look_like_verbs_pronouns_or_titles(facts_of):
    f = facts_of("Das sagte Landeshauptmann Peter Moser. Bürgermeisterin Jana Holt und Landesrat Tobias Kaiser "
                 "kamen. Sie traf Präsident Emmanuel Macron und Vizepräsidentin Renate Anderl.")
    persons = names(f, "person")
    assert {"Peter Moser", "Jana Holt", "Tobias Kaiser", "Emmanuel Macron", "Renate Anderl"} <= persons


def test_east_asian_family_names_and_short_state_names(facts_of):
    f = facts_of("Hanoi – Nguyen Van Thanh, mit 71 Jahren über dem Limit, wird die Partei führen. In der "
                 "Demokratischen Republik Kongo wurden 30 Menschen getötet. Eine EU-Mission im Kongo hilft.")
    assert "Nguyen Van Thanh" in names(f, "person")
    assert "Kongo" not in names(f, "place")
    congo = next(e for e in f.entities if e.key == "demokratische-republik-kongo")
    assert "Kongo" in congo.alt_labels


def test_curated_entities_carry_their_curated_names(facts_of):
    f = facts_of("Die USA protestierten, die FPÖ schwieg.")
    labels = {e.label: e.alt_labels for e in f.entities}
    assert {"USA", "Amerika"} <= labels["Vereinigte Staaten"]
    assert "FPÖ" in labels["Freiheitliche Partei Österreichs"]


def test_unknown_name_after_title(facts_of):
    f = facts_of("Der moldauische Außenminister Mihai Popsoi sprach in Wien mit Vertretern der OSZE.")
    assert "Mihai Popsoi" in names(f, "person")
    assert "OSZE" in names(f, "organization")
    assert ("Mihai Popsoi", "Außenminister", "Moldau") in positions(f)


def test_genitive_surname_resolves_to_full_name(facts_of):
    f = facts_of("Der französische Präsident Emmanuel Macron reiste nach Rom. Macrons Vorschlag stieß dort "
                 "auf Skepsis, aber Macron blieb optimistisch.")
    persons = [e for e in f.entities if e.kind == "person"]
    assert len(persons) == 1 and persons[0].label == "Emmanuel Macron"
    assert "Macrons" not in persons[0].alt_labels


def test_capital_acts_for_its_state(facts_of):
    f = facts_of("Peking wies die Vorwürfe aus Washington am Dienstag scharf zurück.")
    states = {e.label: e for e in f.entities if e.kind == "state"}
    assert "China" in states and "Peking" in states["China"].alt_labels
    assert "Vereinigte Staaten" in states
    assert ("China", "reject", "zurückweisen") in statements(f)


def test_capital_opening_a_subordinate_clause_acts_for_its_state(facts_of):
    f = facts_of("Die Sprecherin wies Berichte zurück, wonach Rom die Lieferungen gestoppt habe.")
    states = {e.label: e for e in f.entities if e.kind == "state"}
    assert "Rom" in states["Italien"].alt_labels and not names(f, "place")


def test_a_capital_whose_reaction_is_reported_is_its_state(facts_of):
    f = facts_of("In Hanoi stieß die Bemerkung auf Unverständnis. Ganz anders klang es aus Lissabon. Rückendeckung "
                 "erhielt der Minister aus Oslo. In Kairo demonstrierten Tausende.")
    assert {"Vietnam", "Portugal", "Norwegen"} <= names(f, "state") and names(f, "place") == {"Kairo"}


def test_brussels_acting_is_the_eu(facts_of):
    f = facts_of("Kritik an den Plänen kam auch aus Brüssel. In Brüssel trafen sich die Minister.")
    assert "Europäische Union" in names(f, "organization") and "Belgien" not in names(f, "state")


def test_a_ministry_in_a_capital_is_its_states(facts_of):
    f = facts_of("Nach Angaben des Verteidigungsministeriums in Ankara wurden zwei Drohnen abgeschossen.")
    assert names(f, "organization") == {"türkisches Verteidigungsministerium"}


def test_a_state_and_an_organization_joined_speak_together(facts_of):
    f = facts_of("Israel und die Hisbollah werfen sich gegenseitig vor, die Vereinbarung verletzt zu haben.")
    assert {("Israel", "criticize", "vorwerfen"), ("Hisbollah", "criticize", "vorwerfen")} <= statements(f)


def test_institutions_named_by_a_plain_noun(facts_of):
    f = facts_of("Der Sicherheitsrat tagte, das Kanzleramt schwieg. Die kenianische Wahlkommission und der "
                 "Rechnungshof prüften, im Landtag gab es Streit. Die Zeit berichtete, die Linke auch.")
    orgs = names(f, "organization")
    assert {"UN-Sicherheitsrat", "Bundeskanzleramt", "kenianische Wahlkommission", "Rechnungshof", "Landtag"} <= orgs
    assert "Die Linke" not in orgs  # a party named like an ordinary word needs more than the word


def test_a_states_government_acts_for_the_state(facts_of):
    f = facts_of("Die argentinische Regierung wies die Forderung am Montag zurück. "
                 "Die Führung Perus forderte dagegen neue Verhandlungen.")
    states = {e.label: e for e in f.entities if e.kind == "state"}
    assert "argentinische Regierung" in states["Argentinien"].alt_labels
    assert not names(f, "organization")  # a government is its state, not an organization of its own
    assert {("Argentinien", "reject", "zurückweisen"), ("Peru", "demand", "fordern")} <= statements(f)


def test_the_federal_government_is_the_federal_state(facts_of):
    f = facts_of("Die Bundesregierung begrüßte die Einigung.")
    assert statements(f) == {("Deutschland", "support", "begrüßen")} and not names(f, "organization")
    g = facts_of("Österreich verhandelt. Die Bundesregierung begrüßte die Einigung. Die deutsche Bundesregierung "
                 "begrüßte sie auch.")
    assert {("Österreich", "support", "begrüßen"), ("Deutschland", "support", "begrüßen")} <= statements(g)


def test_a_first_name_alone_after_a_quotation_and_its_verb_is_the_speaker(facts_of):
    f = facts_of("Alles fein und friedlich hier, sagt Adrian, als er durch das Camp führt. Ich hoffe, es bleibt so "
                 "ruhig, sagt Melanie. Melanie lacht.")
    assert names(f, "person") == {"Adrian", "Melanie"}
    assert {s[0] for s in statements(f)} == {"Adrian", "Melanie"}


def test_regional_institutions_are_named_with_their_region(facts_of):
    f = facts_of("Der Kärntner Landtag tagte. Die AfD klagt gegen die hessische Landesregierung. Am Montag trat "
                 "der neue burgenländische Landtag zur ersten Sitzung zusammen. Die Landesregierung schwieg.")
    assert {"Kärntner Landtag", "hessische Landesregierung", "burgenländischer Landtag"} <= names(f, "organization")
    assert "Landesregierung" not in names(f, "organization")  # which one: the text does not say
    h = facts_of("Die Führung der Krim forderte die Bewohner zum Energiesparen auf.")
    assert statements(h) == {("Führung der Krim", "demand", "auffordern")}
    g = facts_of("Die römische Staatsanwaltschaft ermittelt. Das sagte er der Tiroler Tageszeitung.")
    assert {"römische Staatsanwaltschaft", "Tiroler Tageszeitung"} <= names(g, "organization")
    assert ("Meeting", frozenset({"burgenländischer Landtag"})) in events(f)


def test_government_without_a_state_is_nobody(facts_of):
    f = facts_of("Die Regierung wies die Forderung zurück.")
    assert not f.statements and not names(f, "state")


def test_capital_after_in_is_a_place(facts_of):
    f = facts_of("Die Konferenz fand in Berlin statt.")
    assert "Berlin" in names(f, "place") and "Deutschland" not in names(f, "state")


def test_capital_after_in_and_an_adjective_before_the_verb_is_a_place(facts_of):
    f = facts_of("Vor dem Gipfel im estnischen Tallinn hat die Regierung die Hilfe erhöht.")
    assert "Tallinn" in names(f, "place") and "Estland" not in names(f, "state")


def test_capital_after_in_before_the_verb_is_a_place(facts_of):
    # "In Lissabon haben ...": the verb after the city does not make the city its subject
    f = facts_of("In Lissabon haben tausende Menschen gegen die Reform protestiert.")
    assert "Lissabon" in names(f, "place") and "Portugal" not in names(f, "state")


# --- positions ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Außenministerin Sabine Kötter landete in Kairo.", ("Sabine Kötter", "Außenministerin", None)),
    ("Der frühere georgische Präsident Michail Saakaschwili bleibt in Haft.",
     ("Michail Saakaschwili", "früherer Präsident", "Georgien")),
    ("Die stellvertretende Regierungschefin Kanadas, Chrystia Freeland, trat zurück.",
     ("Chrystia Freeland", "stellvertretende Regierungschefin", "Kanada")),
    ("Brasiliens Präsident Luiz Inácio Lula da Silva empfing Gäste.",
     ("Luiz Inácio Lula da Silva", "Präsident", "Brasilien")),
    # an organization's prefix stays in the role as written (and names kg:ofOrganization); a state's goes to kg:ofState
    ("UN-Generalsekretär António Guterres mahnte zur Ruhe.", ("António Guterres", "UN-Generalsekretär", None)),
    ("Chinas Staats- und Parteichef Xi Jinping reiste ab.", ("Xi Jinping", "Staats- und Parteichef", "China")),
    ("Der designierte SPD-Vorsitzende Lars Klingbeil sprach.",
     ("Lars Klingbeil", "designierter SPD-Vorsitzender", None)),
])
def test_position_patterns(facts_of, text, expected):
    assert expected in positions(facts_of(text))


def test_regional_and_other_offices(facts_of):
    f = facts_of("Die Soziallandesrätin Gertraud Jahn und der Präfekt Franco Gabrielli kamen. Chefredakteur "
                 "Tarik Toros wurde entlassen.")
    assert {("Gertraud Jahn", "Soziallandesrätin", None), ("Franco Gabrielli", "Präfekt", None),
            ("Tarik Toros", "Chefredakteur", None)} <= positions(f)


def test_holder_in_apposition_after_a_complement_and_several_qualifiers(facts_of):
    f = facts_of("Das sagte der Sprecher von Premierminister Ivan Horvat, Marko Kovac, am Freitag. Der Chefredakteur "
                 "von Radio Zeta, Lena Brandt, sagte, die Polizei sei gekommen. Die bisherige Zweite "
                 "Landtagspräsidentin Gerda Hollmann tritt ab.")
    found = positions(f)
    assert ("Marko Kovac", "Sprecher von Premierminister Ivan Horvat", None) in found
    assert ("Lena Brandt", "Chefredakteur", None) in found  # Radio Zeta is its organization
    assert ("Gerda Hollmann", "bisherige zweite Landtagspräsidentin", None) in found
    assert not any(holder == "Ivan Horvat" and role.startswith("Sprecher") for holder, role, _ in found)


def test_irregular_feminine_offices_and_damalig(facts_of):
    f = facts_of("Das sagt Klubobfrau Helga Brunner. Der damalige Landeshauptmann Josef Gruber kam.")
    found = positions(f)
    assert ("Helga Brunner", "Klubobfrau", None) in found
    assert ("Josef Gruber", "damaliger Landeshauptmann", None) in found


def test_colleague_of_a_person_whose_office_was_given_earlier(facts_of):
    f = facts_of("Der kenianische Präsident Daniel Mwangi kam am Montag nach Berlin. Die Gespräche dauerten lange. Am "
                 "Abend gab es ein Essen. Danach reisten alle ab. Im November hatten Mwangi "
                 "und sein ugandischer Amtskollege Joseph Okello ein Treffen.")
    assert ("Joseph Okello", "Präsident", "Uganda") in positions(f)


def test_the_person_an_office_serves_does_not_hold_it(facts_of):
    f = facts_of("Ein Sprecher von Erwin Pröll bestätigte das. Die Bürgermeisterin von Cizre Leyla Imret kam.")
    found = positions(f)
    assert not any(holder == "Erwin Pröll" for holder, _, _ in found)
    assert ("Leyla Imret", "Bürgermeisterin", None) in found


def test_office_with_its_field_and_the_holders_gender(facts_of):
    f = facts_of("Der UN-Hochkommissar für Menschenrechte Zeid Raad al-Hussein befürchtet eine Eskalation. "
                 "Das sagte die Sprecherin der EU-Außenbeauftragten Federica Mogherini in Brüssel.")
    assert {("Zeid Raad al-Hussein", "UN-Hochkommissar für Menschenrechte", None),
            ("Federica Mogherini", "EU-Außenbeauftragte", None)} <= positions(f)
    assert {("Zeid Raad al-Hussein", "warn", "befürchten"), ("Federica Mogherini", "assert", "sagen")} <= \
        statements(f)


def test_plural_office_with_coordinated_names_and_rank(facts_of):
    f = facts_of("Anwesend waren die früheren Landeschefs Anton Reisinger und Maria Gruber sowie die Zweite "
                 "Landtagspräsidentin Eva Holzer. Die EU-Außenbeauftragte Laura Kessler und der neue "
                 "Fraktionsvorsitzende Jan Olsen sprachen.")
    assert {("Anton Reisinger", "früherer Landeschef", None), ("Maria Gruber", "früherer Landeschef", None),
            ("Eva Holzer", "zweite Landtagspräsidentin", None), ("Laura Kessler", "EU-Außenbeauftragte", None),
            ("Jan Olsen", "Fraktionsvorsitzender", None)} <= positions(f)
    f = facts_of("Der russische Außenminister Sergej Lawrow und Marco Rubio telefonierten.")
    assert ("Marco Rubio", "Außenminister", "Russland") not in positions(f)


def test_possessive_ties_the_office_to_the_state_before_it(facts_of):
    f = facts_of("Chile schickte seinen Außenminister Alberto van Klaveren, Peru seine Botschafterin "
                 "Rosa Quispe. Kuba und sein Präsident schwiegen, Putin und sein Sprecher Igor Lenz auch.")
    assert {("Alberto van Klaveren", "Außenminister", "Chile"), ("Rosa Quispe", "Botschafterin", "Peru"),
            ("Igor Lenz", "Sprecher", None)} <= positions(f)


def test_curated_office_gives_the_state_the_text_leaves_out(facts_of):
    f = facts_of("Außenminister John Kerry reiste am Montag nach Havanna. Die USA wollen helfen.")
    assert ("John Kerry", "Außenminister", "Vereinigte Staaten") in positions(f)
    f = facts_of("Außenministerin Annalena Baerbock landete in Kairo, um über Deutschlands Hilfe zu sprechen.")
    assert ("Annalena Baerbock", "Außenministerin", "Deutschland") in positions(f)  # the feminine form
    f = facts_of("Außenminister John Kerry reiste am Montag nach Havanna.")  # the text names no state
    assert ("John Kerry", "Außenminister", None) in positions(f) and not names(f, "state")
    f = facts_of("Präsident John Kerry sprach.")  # no curated office of that name: no state
    assert ("John Kerry", "Präsident", None) in positions(f)


def test_apposition_after_the_name_with_organization(facts_of):
    f = facts_of("Mark Rutte, der Generalsekretär der NATO, warnte vor neuen Angriffen.")
    ents = by_key(f)
    p = next(p for p in f.positions if ents[p.holder].label == "Mark Rutte")
    assert p.role == "Generalsekretär" and ents[p.organization].label == "NATO"
    assert ("Mark Rutte", "warn", "warnen") in statements(f)


# --- statements -----------------------------------------------------------------------------------
def test_quote_then_reporting_verb_with_weekday_date(facts_of):
    f = facts_of("„Die Gespräche waren konstruktiv“, sagte der polnische Präsident Andrzej Duda am Montag.",
                 date=dt.date(2024, 3, 14))
    st = next(s for s in f.statements if s.verb == "sagen")
    assert st.stance == "support" and st.date == dt.date(2024, 3, 11)  # "konstruktiv" approves
    assert by_key(f)[st.speaker].label == "Andrzej Duda"


@pytest.mark.parametrize("text,expected", [
    ("Ankara dementierte die Berichte über Truppenbewegungen.", ("Türkei", "deny", "dementieren")),
    ("Die Europäische Union forderte Serbien auf, die Grenze zu öffnen.",
     ("Europäische Union", "demand", "auffordern")),
    ("Olaf Scholz, der am Dienstag in Paris war, kritisierte die Entscheidung.",
     ("Olaf Scholz", "criticize", "kritisieren")),
    ("Der ukrainische Präsident Wolodymyr Selenskyj lehnte den Plan ab.",
     ("Wolodymyr Selenskyj", "reject", "ablehnen")),
    # the reported clause's own stance verb gives the stance ("begrüßte": support)
    ("Die Regierung in Tokio begrüßte die Einigung, sagte Japans Regierungssprecher Yoshimasa Hayashi.",
     ("Yoshimasa Hayashi", "support", "sagen")),
    # the name in apposition is the subject; what is said follows the verb
    ("Die Vorsitzende der Kammer, Greta Lindqvist, hält den Entwurf für verfassungswidrig.",
     ("Greta Lindqvist", "criticize", "halten")),
    ("Der Oppositionsführer Tomás Ferreira nannte die Wahl eine Farce.", ("Tomás Ferreira", "criticize", "nennen")),
    ("Die Regierung in Warschau wehrte sich gegen die Auflagen aus Brüssel.", ("Polen", "reject", "wehren")),
    # a party before an office qualifies it: the named holder speaks
    ("Der SPD-nahe Abgeordnete Karl Brenner erklärte: Wir stimmen zu.", ("Karl Brenner", "support", "erklären")),
    ("Die Partei lehnt das ab, meldete die Nachrichtenagentur Tasnim.", ("Tasnim", "reject", "melden")),
    ("Die FPÖ kündigte an, den Bescheid anzufechten.", ("Freiheitliche Partei Österreichs", "reject",
                                                      "ankündigen")),
    # a negated obligation is still a demand, not a denial
    ("Der Parteichef Marek Nowak sagte, solange es keinen Frieden gebe, müsse die Wahl ausfallen und es "
     "dürfe keine Abstimmung stattfinden.", ("Marek Nowak", "demand", "sagen")),
    ("Nordkorea unterstellte den USA, einen Angriff vorzubereiten.", ("Nordkorea", "criticize", "unterstellen")),
    # a phrase "bei X und Y" is inside the clause: the subject before it speaks
    ("Parteichef Tomás Ferreira hatte bei Chega und Livre erfolglos für eine Zusammenarbeit geworben.",
     ("Tomás Ferreira", "demand", "werben")),
    ("Der Rechnungshof wertete das Fehlen der Belege als Verstoß gegen die Regeln.",
     ("Rechnungshof", "criticize", "werten")),
    ("Die FPÖ verzichtete auf eine Beteiligung an der Regierung.",
     ("Freiheitliche Partei Österreichs", "reject", "verzichten")),
    # a clause-taking verb with an infinitive clause after its particle
    ("Die Hamas gab auf ihrer Website an, die Rakete abgefeuert zu haben.", ("Hamas", "assert", "angeben")),
    # "sich zeigen", "reagieren" with how: the feeling is the stance
    ("Die FPÖ zeigte sich entsetzt über das Urteil.", ("Freiheitliche Partei Österreichs", "criticize", "zeigen")),
    ("Die EU reagierte besorgt auf das Vorgehen der Behörden.", ("Europäische Union", "warn", "reagieren")),
    ("Außenministerin Beate Meinl-Reisinger bezeichnete das Urteil als Unrecht.",
     ("Beate Meinl-Reisinger", "criticize", "bezeichnen")),
    # "werde" belongs to the reported clause: the participle is active, the subject speaks
    ("Ministerin Greta Lindqvist hatte im März erklärt, sie werde erneut kandidieren.",
     ("Greta Lindqvist", "assert", "erklären")),
])
def test_statement_patterns(facts_of, text, expected):
    assert expected in statements(facts_of(text))


def test_nameless_representatives_speak_for_their_state_or_paper(facts_of):
    f = facts_of("Ein chilenischer Diplomat erklärte, man sei besorgt. Ein Leitartikel in der New York Times "
                 "forderte ein Ende der Gewalt. Welcher chilenische Beamte sagt die Wahrheit?")
    assert {("Chile", "warn", "erklären"), ("New York Times", "demand", "fordern")} == statements(f)


def test_naming_without_an_evaluation_is_no_statement(facts_of):
    assert not facts_of("Die Ministerin Greta Lindqvist nannte keine Einzelheiten.").statements


def test_office_without_a_name_speaks_as_its_curated_holder(facts_of):
    f = facts_of("Alexander Lukaschenko begnadigte sechs Gefangene. Der seit Jahren amtierende Machthaber "
                 "hatte erklärt, er werde erneut kandidieren.")
    assert ("Alexander Lukaschenko", "assert", "erklären") in statements(f)


def test_coordinated_capitals_all_speak(facts_of):
    f = facts_of("Pjöngjang unterstellt Kanada, mit Japan einen Angriff vorzubereiten, was Ottawa und Tokio "
                 "bestreiten.")
    assert {("Kanada", "deny", "bestreiten"), ("Japan", "deny", "bestreiten")} <= statements(f)


def test_coordinated_parties_with_articles_and_adjectives_all_speak(facts_of):
    f = facts_of("Da die liberale FDP und die konservative CSU ihren Verzicht auf eine Kandidatur erklärt "
                 "haben, bleibt nur die SPD.")
    assert {("FDP", "reject", "erklären"), ("CSU", "reject", "erklären")} <= statements(f)


def test_a_name_and_a_colon_open_what_the_person_says(facts_of):
    f = facts_of("Für die Gewerkschaft reagierte Vizepräsidentin Renate Anderl. Anderl: Die Aufforderung entbehrt "
                 "jeder Grundlage. Ukraine: Russland habe nichts getan.")
    assert ("Renate Anderl", "reject", None) in statements(f)
    assert not {speaker for speaker, _, _ in statements(f)} & {"Ukraine"}


def test_austrian_and_colloquial_reporting_verbs(facts_of):
    f = facts_of("Das Paket kommt zu spät, deponierte Wirtschaftskammerpräsident Karl Huber. Helga Brunner wetterte "
                 "gegen die Reform. Die SPD beantragte eine Sondersitzung.")
    assert {("Karl Huber", "criticize", "deponieren"), ("Helga Brunner", "criticize", "wettern"),
            ("SPD", "demand", "beantragen")} <= statements(f)


def test_a_name_keeps_its_particle_whose_apostrophe_was_lost(facts_of):
    f = facts_of("Davor warnt auch Susan le Jeune dAllegeershecque, britische Botschafterin in Wien.")
    assert ("Susan le Jeune dAllegeershecque", "warn", "warnen") in statements(f)


def test_an_obligation_inside_a_subordinate_clause_is_no_demand(facts_of):
    f = facts_of("Gewerkschaftschef Erich Huber sprach. Es sei belegt, dass die Ausgaben steigen, da immer höhere "
                 "Beihilfen ausbezahlt werden müssen, sagte Huber. Das ist letztklassig, meint Helga Brunner.")
    assert {("Erich Huber", "assert", "sagen"), ("Helga Brunner", "criticize", "meinen")} <= statements(f)


def test_an_army_or_a_parliament_speaks_for_itself(facts_of):
    # the speaker is whom the text names: the institution, which is its state's (not the state itself)
    f = facts_of("Die ägyptische Armee erklärte, die Soldaten hätten Warnschüsse abgegeben. Das ungarische "
                 "Parlament erklärte, es sei bereit.")
    said = statements(f)
    # "es sei bereit": willing, so it offers
    assert {("ägyptische Armee", "assert", "erklären"), ("ungarisches Parlament", "propose", "erklären")} <= said
    assert not {("Ägypten", "assert", "erklären"), ("Ungarn", "propose", "erklären")} & said


def test_a_negated_adjective_judges_rather_than_denies(facts_of):
    f = facts_of("Ein Kompromiss sei nicht einfach, sagte Peter Moser. Das Gerede sei nicht wahr, sagte Helga Brunner.")
    assert {("Peter Moser", "assert", "sagen"), ("Helga Brunner", "deny", "sagen")} <= statements(f)


def test_the_subject_before_the_verb_leaves_the_object_after_it_silent(facts_of):
    f = facts_of("Kritiker werfen Merkel immer wieder vor, die Pressefreiheit zu beschneiden. Der "
                 "SPD-Generalsekretär Lars Klingbeil sprach. Der SPD-Generalsekretär rief die FDP dazu auf, die "
                 "Arbeitslosigkeit zu bekämpfen. Den Vorwurf wies Scholz zurück.")
    said = statements(f)
    assert ("Lars Klingbeil", "demand", "aufrufen") in said
    assert ("Olaf Scholz", "reject", "zurückweisen") in said
    assert not {speaker for speaker, _, _ in said} & {"Angela Merkel", "FDP"}


def test_conjoined_names_after_the_verb_all_speak(facts_of):
    f = facts_of("Das Treffen sei gut gewesen, erklärten die Präsidenten Wladimir Putin und Donald Trump.")
    assert {("Wladimir Putin", "support", "erklären"), ("Donald Trump", "support", "erklären")} <= statements(f)


def test_a_reporter_of_a_medium_reports_for_it(facts_of):
    f = facts_of("Die Polizei setzte Tränengas ein, wie eine Reporterin der Nachrichtenagentur AFP berichtete.")
    assert ("Agence France-Presse", "assert", "berichten") in statements(f)


def test_indirect_speech_goes_on_in_the_subjunctive(facts_of):
    f = facts_of("Die Regierung in Caracas warf Kolumbien vor, einen Angriff zu planen. Kolumbien müsse sich "
                 "entschuldigen. Es gebe keinen Spielraum mehr. Der Präsident reist am Montag nach Quito.")
    said = {(by_key(f)[s.speaker].label, s.stance, s.verb) for s in f.statements}
    assert said == {("Venezuela", "criticize", "vorwerfen"), ("Venezuela", "demand", None),
                    ("Venezuela", "deny", None)}


def test_reports_by_sources_and_representatives(facts_of):
    f = facts_of("Die Zeitung Le Monde berichtete am Freitag, der Plan sehe neue Truppen vor. Im Monde-Bericht hieß "
                 "es, die Regierung wolle das verhindern. Die Männer seien frei, hieß es aus dem Kreml. Der Ort heißt "
                 "Minsk. Wir erwarten Taten, sagte ein chilenischer Diplomat.")
    assert {("Le Monde", "assert", "berichten"), ("Le Monde", "assert", None), ("Kreml", "assert", None),
            ("Chile", "demand", "sagen")} <= statements(f)  # "Wir erwarten Taten" asks for them


def test_speakers_behind_a_parenthesis_or_a_possessive(facts_of):
    f = facts_of("Außenministerin Beate Meinl-Reisinger (NEOS) hat das Urteil als Unrecht bezeichnet. Das Urteil sei "
                 "endgültig, sagte Badawis nach Kanada geflüchtete Ehefrau Ensaf Haidar. Das sei falsch, sagte "
                 "Trumps Berater.")
    assert statements(f) == {("Beate Meinl-Reisinger", "criticize", "bezeichnen"), ("Ensaf Haidar", "assert", "sagen")}


def test_the_paper_told_is_not_the_speaker(facts_of):
    f = facts_of("Seine Frau bestätigte der Nachrichtenagentur AFP, der Politiker sei frei. Die Lage sei ernst, "
                 "meldete die Nachrichtenagentur AFP.")
    assert statements(f) == {("Agence France-Presse", "assert", "melden")}
    # a nameless officer speaks for the state of his adjective, not for the agency he told
    f = facts_of("Bei den Einsätzen seien 15 Kämpfer festgenommen worden, sagte ein malischer Offizier am Dienstag der "
                 "Nachrichtenagentur AFP.")
    assert statements(f) == {("Mali", "assert", "sagen")}


def test_a_relative_clause_neither_speaks_nor_sets_the_stance(facts_of):
    f = facts_of("Dmitri Peskow verwies auf eine Umfrage, derzufolge sich 93 Prozent gegen ein Abkommen "
                 "ausgesprochen hätten.")
    assert statements(f) == {("Dmitri Peskow", "assert", "verweisen")}


def test_criticism_in_a_negated_claim_criticizes(facts_of):
    f = facts_of("Die Ministerin Greta Lindqvist sagte, das sei keine gute Sitte und völlig unverhältnismäßig.")
    assert ("Greta Lindqvist", "criticize", "sagen") in statements(f)


def test_negated_claim_is_a_denial(facts_of):
    f = facts_of("Kremlsprecher Dmitri Peskow sagte, es gebe keine Pläne für ein Treffen.")
    assert ("Dmitri Peskow", "deny", "sagen") in statements(f)


def test_negated_claim_about_another_actor_accuses_it(facts_of):
    f = facts_of("Die Regierungschefin Anna Berglund habe die Klage nicht eingereicht, sagte der Grünen-Politiker "
                 "Tobias Wehner. Russland habe keine Truppen geschickt, sagte der russische Außenminister Pawel "
                 "Grigorjew. Zwischen Berlin und Paris sei kein Datum vereinbart worden, sagte Tobias Wehner.")
    found = statements(f)
    assert ("Tobias Wehner", "criticize", "sagen") in found  # the subject is someone else
    assert ("Pawel Grigorjew", "deny", "sagen") in found  # his own state's side
    assert ("Tobias Wehner", "deny", "sagen") in found  # names in a prepositional phrase are no subject


def test_what_must_not_be_or_is_needed_is_demanded(facts_of):
    f = facts_of("Es dürfe keine Probleme geben, sagte Landesrat Reinhold Altmann. Wir brauchen einen Hubschrauber, "
                 "erklärte Bürgermeisterin Eva Lindner. Das Kabinett soll bis Freitag stehen, sagte Jonas Weber.")
    found = statements(f)
    assert {("Reinhold Altmann", "demand", "sagen"), ("Eva Lindner", "demand", "erklären")} <= found
    assert ("Jonas Weber", "assert", "sagen") in found  # "soll" reports a plan


def test_a_name_in_s_before_a_noun_is_a_genitive_not_the_speaker(facts_of):
    f = facts_of("Der Parteichef Tomas Vidal, der vom Präsidenten beauftragt worden war, lehnte wiederum Morales "
                 "Forderung nach Neuwahlen ab. Die Lage sei ernst, sagte Kostas Andreadis Journalisten.")
    found = statements(f)
    assert ("Tomas Vidal", "reject", "ablehnen") in found
    assert not any(speaker == "Morales" for speaker, _, _ in found)
    assert ("Kostas Andreadis", "assert", "sagen") in found  # a dative plural, not a possession


def test_figures_named_by_a_source(facts_of):
    f = facts_of("Der Konzern Boeing beziffert den Schaden auf mehr als 40 Millionen Dollar.")
    assert ("Boeing", "assert", "beziffern") in statements(f)


def test_an_unnamed_official_is_not_the_holder_named_elsewhere(facts_of):
    f = facts_of("Marko Kovac ist Sprecher von Präsident Ivan Horvat. Die Lage sei unklar, sagte ein Behördensprecher "
                 "am Donnerstag in Kiew. Ein Sprecher von Erwin Pröll bestätigte, dass die Ministerin wechselt.")
    found = statements(f)
    assert ("Ukraine", "assert", "sagen") in found
    assert ("Erwin Pröll", "assert", "bestätigen") in found
    assert not any(speaker == "Marko Kovac" for speaker, _, _ in found)


def test_evaluative_words_give_criticism_and_support(facts_of):
    f = facts_of("Das ist ein Wahnsinn, sagt die Klubobfrau Helga Brunner. Die Einigung sei ein historischer "
                 "Meilenstein, sagte Landeshauptmann Peter Moser.")
    found = statements(f)
    assert ("Helga Brunner", "criticize", "sagen") in found
    assert ("Peter Moser", "support", "sagen") in found


def test_an_evaluative_stem_counts_only_as_a_word_part(facts_of):
    f = facts_of("Die meisten neuen Minister kommen aus dem linken Parteiflügel, sagte Peter Moser. Das sei eine "
                 "Desinformationskampagne, sagte Helga Brunner.")
    assert {("Peter Moser", "assert", "sagen"), ("Helga Brunner", "deny", "sagen")} <= statements(f)


def test_who_asked_is_not_who_answered(facts_of):
    f = facts_of("Der FPÖ-Chef Heinz-Christian Strache kam. Die Terminkollision sei reiner Zufall, heißt es auf "
                 "STANDARD-Anfrage aus dem Büro von Strache. Die Lage sei ernst, hieß es auf Anfrage der APA aus dem "
                 "Kanzleramt.")
    speakers = {speaker for speaker, _, _ in statements(f)}
    assert "Heinz-Christian Strache" in speakers
    assert not speakers & {"STANDARD", "Austria Presse Agentur", "APA"}


def test_negated_praise_criticizes(facts_of):
    f = facts_of("Es macht kein gutes Bild, wenn er auf Kosten anderer kommt, sagt Katrin Lenz. Das sei nicht "
                 "hilfreich, sagte Peter Berg. Es gebe keine Pläne, sagte Anna Roth.")
    assert statements(f) == {("Katrin Lenz", "criticize", "sagen"), ("Peter Berg", "criticize", "sagen"),
                             ("Anna Roth", "deny", "sagen")}


def test_a_first_person_sentence_after_a_persons_statement_is_his_quote(facts_of):
    f = facts_of("Den Vorschlag des Ministers lehnte Landeshauptmann Karl Brunner ab. Ich beharre darauf. Wir sehen "
                 "das anders.")
    found = [(s.sentence, s.stance) for s in f.statements]
    assert (1, "demand") in found  # "Ich beharre darauf" is Brunner's, and insists
    assert not any(sentence == 2 for sentence, _ in found)  # "wir" may be the author's


def test_expectations_are_statements(facts_of):
    f = facts_of("Der Ökonom Rajiv Sharma erwartet einen vorsichtigeren Ansatz zu Reformen. Auch die Analystin Mira "
                 "Lange rechnet mit einer Annäherung an die USA.")
    found = statements(f)
    assert {("Rajiv Sharma", "assert", "erwarten"), ("Mira Lange", "assert", "rechnen")} <= found


def test_indignation_and_litotes(facts_of):
    f = facts_of("Es könne nicht sein, dass die Stadt allein zahle, sagte Bürgermeisterin Jana Kessler. "
                 "Dass er antritt, ist kein Geheimnis, sagte Parteichef Lukas Brandner.")
    found = statements(f)
    assert ("Jana Kessler", "criticize", "sagen") in found
    assert ("Lukas Brandner", "assert", "sagen") in found


def test_source_phrase(facts_of):
    f = facts_of("Laut dem Pentagon wurden keine Soldaten verletzt.")
    assert {s.stance for s in f.statements} == {"deny"}


# --- events ---------------------------------------------------------------------------------------
def test_phone_call_with_date(facts_of):
    f = facts_of("Bundeskanzler Friedrich Merz telefonierte am Freitag mit dem französischen Präsidenten "
                 "Emmanuel Macron.", date=dt.date(2025, 6, 3))
    call = next(e for e in f.events if e.type == "PhoneCall")
    # the persons who called (and the states they act for)
    assert {by_key(f)[p].label for p in call.participants if p.kind == "person"} == {"Friedrich Merz",
                                                                                   "Emmanuel Macron"}
    assert call.date == dt.date(2025, 5, 30)


def test_meeting_between_with_place(facts_of):
    f = facts_of("Das Treffen zwischen Xi Jinping und Joe Biden fand am 15. November 2023 in San Francisco statt.")
    meeting = next(e for e in f.events if e.type == "Meeting")
    assert {by_key(f)[p].label for p in meeting.participants} >= {"Xi Jinping"}
    assert len(meeting.participants) == 2
    assert meeting.date == dt.date(2023, 11, 15)
    assert by_key(f)[meeting.place].label == "San Francisco"


@pytest.mark.parametrize("text,etype,participants", [
    ("Israel und die Hamas einigten sich auf eine Waffenruhe.", "Ceasefire", {"Israel", "Hamas"}),
    ("Die Lieferung von Kampfjets an die Ukraine verzögert sich.", "Delivery", {"Ukraine"}),
    ("Der Krieg Russlands gegen die Ukraine dauert an.", "War", {"Russland", "Ukraine"}),
    ("Beim NATO-Gipfel in Vilnius sprach Jens Stoltenberg.", "Summit", {"Jens Stoltenberg"}),
    ("Die chinesischen Strafzölle gegen Kanada treten morgen in Kraft.", "Sanction", {"China", "Kanada"}),
    ("Der Außenminister kritisierte die Einreiseverbote Moskaus gegen Politiker aus Estland.", "Sanction",
     {"Russland"}),
    ("Nach dem Wahlsieg der Likud-Partei in Israel gratulierte Washington.", "Election", {"Likud"}),
    ("Außenministerin Penny Wong traf in Canberra Vertreter der indonesischen Regierung.", "Meeting",
     {"Penny Wong", "Indonesien"}),
    ("Nach der Annexion der Westsahara durch Marokko protestierte Algerien.", "Other", {"Marokko"}),
    ("Die Grünen reichten Klage gegen die Bundesregierung ein.", "Other", {"Grüne", "Deutschland"}),
    ("Die EU verhängte neue Sanktionen gegen Belarus.", "Sanction", {"Europäische Union", "Belarus"}),
    ("Die Behörde verhängte eine Geldbuße gegen die AfD.", "Sanction", {"Alternative für Deutschland"}),
    ("Präsident Emmanuel Macron beauftragte Michel Barnier mit der Regierungsbildung.", "Other",
     {"Emmanuel Macron", "Michel Barnier"}),
    ("Die CDU wählte Anna Berger am Samstag zur Vorsitzenden.", "Election", {"CDU", "Anna Berger"}),
    ("Präsident Gabriel Boric hat Carolina Tohá mit der Regierungsbildung beauftragt.", "Other",
     {"Gabriel Boric", "Carolina Tohá"}),
    ("Die AfD erhielt eine Geldstrafe wegen falscher Angaben.", "Sanction", {"Alternative für Deutschland"}),
    ("Im Herbst will sich Olaf Scholz der Wiederwahl stellen.", "Election", {"Olaf Scholz"}),
    # a passive: the agent after "von" and the relative clause's antecedent
    ("Der CDU-Chef Friedrich Merz, der von Präsident Frank-Walter Steinmeier mit der Regierungsbildung beauftragt "
     "worden war, schwieg.", "Other", {"Friedrich Merz", "Frank-Walter Steinmeier"}),
    ("Xi Jinping sprach bei der Generaldebatte der UN-Vollversammlung.", "Summit", {"Xi Jinping"}),
    ("Die Jets fliegen Luftangriffe auf Stellungen der Hisbollah im Libanon.", "Attack", {"Hisbollah"}),
    ("Die CDU gewann die Landtagswahl in Sachsen.", "Election", {"CDU"}),
    # the light verb closes the clause far after the trigger
    ("Die Grünen haben Klage gegen die Bundesregierung wegen des Vorwurfs der Untätigkeit bei der "
     "Grenzsicherung eingereicht.", "Other", {"Grüne", "Deutschland"}),
])
def test_event_patterns(facts_of, text, etype, participants):
    assert (etype, frozenset(participants)) in events(facts_of(text)) or any(
        t == etype and participants <= set(p) for t, p in events(facts_of(text)))


def test_election_to_an_office_and_attacks_by_a_states_army(facts_of):
    f = facts_of("Johanna Reiter wurde am Dienstag im Landtag zur Landeshauptfrau gewählt. Die Wähler wählten am "
                 "Sonntag. Die israelische Armee flog daraufhin einen Vergeltungsangriff auf Stellungen der Hamas.")
    found = events(f)
    assert ("Election", ("Johanna Reiter",)) in {(t, tuple(p)) for t, p in found}
    attack = next(p for t, p in found if t == "Attack")
    assert {"Israel", "Hamas"} <= set(attack)  # the state acts through its army
    assert len([t for t, _ in found if t == "Election"]) == 1  # voting without anyone elected is no event


def test_attacks_by_one_named_attacker_interventions_and_press_talks(facts_of):
    f = facts_of("Das Dorf war im Juni von der Rebellengruppe Tarkan angegriffen worden. Eine französische "
                 "Militärintervention stoppte den Vormarsch. Die FPÖ lud zu einem Pressegespräch in die Bar.")
    found = {(t, frozenset(p)) for t, p in events(f)}
    assert ("Attack", frozenset({"Tarkan"})) in found
    assert ("Attack", frozenset({"Frankreich"})) in found
    assert ("PressConference", frozenset({"Freiheitliche Partei Österreichs"})) in found


def test_a_talk_with_a_paper_is_an_interview(facts_of):
    f = facts_of("Brunner sagte in einem Gespräch mit dem STANDARD, das sei falsch. Das Gespräch zwischen Merz und "
                 "Macron fand in Paris statt.")
    assert events(f) == {("Meeting", frozenset({"Friedrich Merz", "Emmanuel Macron"}))}  # not one with the paper
    assert "Der Standard" in names(f, "organization")


def test_an_event_placed_by_its_complement_needs_no_participants(facts_of):
    f = facts_of("Am Sonntag gab es eine Demonstration in Bujumbura. Nach dem Treffen in Genf reiste er ab.")
    ents = by_key(f)
    assert [(e.type, e.trigger, ents[e.place].label) for e in f.events] == [("Other", "Demonstration", "Bujumbura")]


def test_no_event_when_negated(facts_of):
    assert not facts_of("Es gab kein Treffen zwischen Scholz und Macron.").events
    assert not facts_of("Das Treffen zwischen Scholz und Macron fand nicht statt. Die Grünen haben ihre Klage "
                        "gegen die Bundesregierung nicht eingereicht. Die Partei denkt nicht an Neuwahlen.").events


def test_election_results_name_its_participants(facts_of):
    f = facts_of("Bei der Parlamentswahl in Portugal hatte die Sozialistische Partei 120 von 230 Mandaten "
                 "gewonnen. Die AfD kam auf 20 Prozent, die SPD auf 16 Prozent. Eine mögliche Neuwahl im "
                 "Herbst schloss die CDU aus. Die Präsidentschaftswahl findet am 11. Oktober 2026 statt.")
    elections = [e for e in f.events if e.type == "Election"]
    assert len(elections) == 2
    parliament = next(e for e in elections if e.trigger == "Parlamentswahl")
    assert {"Alternative für Deutschland", "SPD"} <= {by_key(f)[p].label for p in parliament.participants}
    president = next(e for e in elections if e.trigger == "Präsidentschaftswahl")
    assert president.date == dt.date(2026, 10, 11) and not president.participants


def test_name_particles_and_organization_genitive_apposition(facts_of):
    f = facts_of("Die Präsidentin der EU-Kommission, Ursula von der Leyen, warnte vor neuen Zöllen.")
    ents = by_key(f)
    p = next(p for p in f.positions if ents[p.holder].label == "Ursula von der Leyen")
    assert p.role.startswith("Präsidentin") and ents[p.organization].label == "Europäische Kommission"
    assert ("Ursula von der Leyen", "warn", "warnen") in statements(f)


def test_common_noun_alias_is_not_an_organization(facts_of):
    f = facts_of("Im Laufe der Zeit hat sich die Welt verändert, schreibt der Spiegel.")
    assert not names(f, "organization") - {"Der Spiegel"}


def test_curated_surname_that_is_no_german_word_is_the_person_alone(facts_of):
    # HanTa tags "Macron" a noun; the lexicon knows no such word, so it is the curated president's name
    f = facts_of("Das Treffen mit Macron in Rom dauerte eine Stunde. Der Kern der Sache blieb offen.")
    assert names(f, "person") == {"Emmanuel Macron"}


def test_surface_forms_differing_in_case_stay_valid(facts_of):
    from kg.build import graph_of
    from kg.validate import validate

    f = facts_of("Die UNO-Truppen zogen ab. Die Uno-Beobachter blieben.")
    assert validate(graph_of([f])) == []


def test_capital_as_city_is_its_own_place_node(facts_of):
    f = facts_of("Die Konferenz fand in Kiew statt. Später griff Russland die Stadt an.")
    place = next(e for e in f.entities if e.kind == "place")
    assert (place.label, place.key) == ("Kiew", "kiew")


def test_according_to_statements(facts_of):
    f = facts_of("Nach Angaben des ukrainischen Militärs wurden in der Nacht 40 Drohnen abgeschossen.")
    assert statements(f) == {("ukrainisches Militär", "assert", None)}  # the army speaks, not its state


def test_conditional_clause_is_no_statement(facts_of):
    f = facts_of("Der Kanzler wird erst handeln, wenn die Ministerin Eva Beispiel offen mit Sanktionen droht.")
    assert not any(s.verb == "drohen" for s in f.statements)


def test_bases_and_camps_are_places(facts_of):
    f = facts_of("Die Präsidenten trafen sich auf der Joint Base Elmendorf-Richardson. Danach ging es nach Camp David.")
    assert {"Joint Base Elmendorf-Richardson", "Camp David"} <= names(f, "place")
    assert not names(f, "person") & {"Base Elmendorf-Richardson", "David"}


def test_an_adverb_that_is_also_a_first_name_opens_no_person(facts_of):
    f = facts_of("Nur Flüchtlinge, die in Deutschland um Asyl ansuchen, dürfen weiter.")
    assert not names(f, "person")


def test_migration_routes_are_places(facts_of):
    f = facts_of("Die Menschen kamen über die Balkanroute, andere über die Mittelmeerroute.")
    assert {"Balkanroute", "Mittelmeerroute"} <= names(f, "place")


def test_title_listed_with_a_curated_name_is_still_an_office(facts_of):
    f = facts_of("König Charles empfing am Montag Papst Leo XIV. in London.")
    assert {"Charles III.", "Leo XIV."} <= names(f, "person")
    assert {("Charles III.", "König"), ("Leo XIV.", "Papst")} <= {(h, r) for h, r, _ in positions(f)}


def test_administrative_unit_named_with_its_kind(facts_of):
    f = facts_of("Die Armee meldete Kämpfe in der Provinz Kassel. Kassel liegt im Norden.")
    places = {e.label: e for e in f.entities if e.kind == "place"}
    assert "Provinz Kassel" in places["Kassel"].alt_labels


def test_one_word_names_resolve_by_genitive_surname_or_first_name():
    from kg.extract.context import skeleton
    from kg.extract.entities import _person_key

    by_surname = {skeleton("Quandari"): {"sk-omar-quandari"}, skeleton("Brodel"): {"sk-ina-brodel"}}
    by_first = {skeleton("Omar"): {"sk-omar-quandari"}, skeleton("Ina"): {"sk-ina-brodel"}}
    assert _person_key("Quandaris", by_surname, by_first, {}, {}) == ("sk-omar-quandari", "surname")  # genitive
    assert _person_key("Omar", by_surname, by_first, {}, {}) == ("sk-omar-quandari", "first-name")
    assert _person_key("Zoltan", by_surname, by_first, {}, {})[0] != "sk-omar-quandari"


def test_a_surname_without_its_arabic_article_is_the_full_name(facts_of):
    facts = facts_of("Der Oppositionsführer Hassan al-Turabi darf das Land nicht verlassen. Turabi hält sich in "
                     "Kapstadt auf.")
    persons = [e for e in facts.entities if e.ref.kind == "person"]
    assert [(e.label, sorted(e.alt_labels)) for e in persons] == [("Hassan al-Turabi", ["Turabi"])]


def test_a_surname_with_its_arabic_article_written_small_is_the_full_name(facts_of):
    facts = facts_of("Der Sprecher Farid al-Mansuri äußerte sich. „Wir sind nahe“, sagte al-Mansuri.")
    assert [(s.speaker.key, s.verb) for s in facts.statements if s.verb == "sagen"] == [("sk-farid-almansuri", "sagen")]


def test_von_before_a_state_is_no_name_particle(facts_of):
    facts = facts_of("Die Reise soll Franziskus von Ecuador aus nach Bolivien führen. Otto von Habsburg starb.")
    assert sorted(e.label for e in facts.entities if e.ref.kind == "person") == ["Franziskus", "Otto von Habsburg"]


def test_a_saints_name_opening_a_place_name_is_the_place(facts_of):
    facts = facts_of("Der Papst will in Santa Cruz de la Sierra eine Messe halten. Danach fliegt er nach San Pedro "
                     "Sula. José de San Martín ist ein Held.")
    kinds = {e.label: e.ref.kind for e in facts.entities}
    assert (kinds["Santa Cruz de la Sierra"], kinds["San Pedro Sula"], kinds["José de San Martín"]) == (
        "place", "place", "person")


def test_first_names_of_a_person_named_in_full_are_that_person(facts_of):
    f = facts_of("Maria Giulia Sergio ist nach Syrien ausgewandert. Maria Giulia nennt sich jetzt anders. Die Sorge "
                 "hinderte Maria Giulias Eltern daran, nachzureisen.")
    persons = [e for e in f.entities if e.kind == "person"]
    assert [(e.label, sorted(e.alt_labels)) for e in persons] == [
        ("Maria Giulia Sergio", ["Maria Giulia", "Maria Giulias"])]


def test_every_mention_of_a_part_of_a_full_name_is_that_person(facts_of):
    f = facts_of("Pedro Luis Alvarado ist nach Syrien ausgewandert. Pedro Luis nennt sich jetzt anders. Dann heiratete "
                 "Pedro Luis eine Frau. Die Eltern Pedro Luis' hofften. Später schrieb Pedro Luis an die Eltern.")
    persons = [e for e in f.entities if e.kind == "person"]
    assert [e.label for e in persons] == ["Pedro Luis Alvarado"]


def test_given_names_with_and_without_a_hyphen_are_one_person(facts_of):
    f = facts_of("Finanzminister Hans Jörg Schelling (ÖVP) hat die Reform erlassen. Für Hans-Jörg Schelling ist das "
                 "gut. Für Schelling ist das kein Widerspruch.")
    persons = [(e.label, sorted(e.alt_labels)) for e in f.entities if e.kind == "person"]
    assert persons == [("Hans Jörg Schelling", ["Hans-Jörg Schelling", "Schelling"])]


def test_capital_after_von_an_event_or_aus_as_origin_is_the_city(nlp):
    kinds = lambda text: {e.text: e.label_ for e in nlp(text).ents}  # noqa: E731
    assert kinds("Nach den Terroranschlägen von Brüssel und Paris wächst die Sorge.")["Paris"] == "PLACE"
    assert kinds("Das Abkommen von Minsk gilt weiter.")["Minsk"] == "PLACE"
    assert kinds("Melanie, die aus Berlin angereist ist, protestiert.")["Berlin"] == "PLACE"
    assert kinds("Russland weist „Friedenssignale“ aus Washington zurück.")["Washington"] == "STATE"
    assert kinds("Scharfe Kritik aus Moskau blieb aus.")["Moskau"] == "STATE"
    assert kinds("Aus Moskau hieß es, man sei bereit.")["Moskau"] == "STATE"
    assert kinds("Ähnlich äußerte sich Peking.")["Peking"] == "STATE"


def test_the_end_of_a_full_name_is_that_person(facts_of):
    f = facts_of("Jemens Präsident Abd Rabbo Mansour Hadi kehrte zurück. Mansour Hadi war im Exil. Hadi schwieg.")
    persons = [(e.label, sorted(e.alt_labels)) for e in f.entities if e.kind == "person"]
    assert persons == [("Abd Rabbo Mansour Hadi", ["Hadi", "Mansour Hadi"])]


def test_a_paper_named_with_an_article_at_a_sentence_start_reports_or_is_no_paper(nlp):
    ents = lambda text: {e.text for e in nlp(text).ents}  # noqa: E731
    assert "Die Welt" not in ents("„Die Welt hat sich verändert“, sagte der Präsident.")
    assert "Die Zeit" not in ents("Die Zeit drängt, sagte er.")
    assert "Die Welt" in ents("Die Welt berichtete am Montag über den Gipfel.")


def test_a_nickname_in_quotes_is_part_of_the_name_and_the_surname_names_the_person_later(facts_of):
    f = facts_of("Der frühere Staatschef Jorge „Tuto“ Quiroga erreichte 45 Prozent. Quiroga räumte seine "
                 "Niederlage ein.")
    persons = [(e.label, sorted(e.alt_labels)) for e in f.entities if e.kind == "person"]
    assert persons == [("Jorge „Tuto“ Quiroga", ["Quiroga"])]
    assert [s.verb for s in f.statements] == ["einräumen"]


def test_bodies_named_with_a_capitalised_adjective(nlp):
    ents = {(e.text, e.label_) for e in nlp("Das Zentrale Wahlbüro teilte mit, nach Angaben des Operativen "
                                            "Kommandos seien Drohnen abgeschossen worden.").ents}
    assert {("Zentrale Wahlbüro", "ORG"), ("Operativen Kommandos", "ORG")} <= ents


def test_a_bare_name_several_persons_share_is_the_one_introduced_first(facts_of):
    f = facts_of("Der Wahlsieger Lee Jae-myung sprach in Seoul. Bildungsminister Lee Ju-ho trat zurück. Lee sagte, "
                 "die Wirtschaft habe Vorrang.")
    assert [next(e.label for e in f.entities if e.ref == s.speaker) for s in f.statements] == ["Lee Jae Myung"]


def test_an_airport_named_after_its_place_is_also_named_with_the_noun(facts_of):
    f = facts_of("Die Maschine landete am Flughafen Wnukowo bei Moskau.")
    places = {e.label: sorted(e.alt_labels) for e in f.entities if e.kind == "place"}
    assert "Flughafen Wnukowo" in places.get("Wnukowo", [])


def test_a_generational_suffix_is_part_of_the_name_of_another_person(facts_of):
    f = facts_of("Präsident Tomas Berglund Jr. sei unterrichtet worden. Berglund sagte, die Lage sei ernst. "
                 "Donald Trump Jr. kam nach Oslo.")
    persons = {e.label: sorted(e.alt_labels) for e in f.entities if e.kind == "person"}
    assert persons["Tomas Berglund Jr."] == ["Berglund"]
    assert "Donald Trump Jr." in persons and "Donald Trump" not in persons


def test_a_seat_of_government_is_a_place_where_things_happen_and_an_organization_that_acts(facts_of):
    f = facts_of("Der Präsident empfing Karl Wendtner am Freitag im Élysée-Palast.")
    assert names(f, "place") == {"Élysée-Palast"} and "Élysée-Palast" not in names(f, "organization")
    f = facts_of("Das Weiße Haus wies den Bericht zurück. Karl Wendtner war am Montag im Weißen Haus zu Gast.")
    assert "Weißes Haus" in names(f, "place") and "Weißes Haus" in names(f, "organization")


def test_a_states_national_assembly_and_prison_service_are_its_institutions(facts_of):
    f = facts_of("Die kenianische Nationalversammlung stimmte ab. Die israelische Gefängnisbehörde entließ Häftlinge.")
    assert {"kenianische Nationalversammlung", "israelische Gefängnisbehörde"} <= names(f, "organization")
