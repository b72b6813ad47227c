import datetime
import itertools

import pytest

from kg.extract.dates import DateMention, find_dates, parse_document_date

D = datetime.date
TUESDAY = D(2025, 10, 21)  # reference used by most tests: Tuesday, 21 Oct 2025


def texts(text, reference=TUESDAY):
    return [m.text for m in find_dates(text, reference)]


def single(text, reference=TUESDAY):
    mentions = find_dates(text, reference)
    assert len(mentions) == 1, mentions
    return mentions[0]


# --- offsets ---------------------------------------------------------------

OFFSET_SENTENCES = [
    "Die Kommission tagte am 20. Oktober in Brüssel.",
    "Am 3. März 2024 und am 1. Mai trafen sich die Minister.",
    "Der Antrag vom 20.10.2025 wurde am 22.10. abgelehnt.",
    "Gestern Abend und vorgestern sprach die Ministerin, heute schweigt sie.",
    "Anfang Oktober, Mitte November und Ende Dezember 2024 gab es Gipfel.",
    "Die Partei verlor 2022 und am vergangenen Dienstag erneut.",
    "Am Montagabend kündigte sie für kommenden Freitag eine Erklärung an.",
    "Laut Protokoll vom 2025-10-20 stimmten 20.000 Menschen ab.",
    "Übermorgen beginnt in Wien die Konferenz, die Ende Jänner endet.",
]


@pytest.mark.parametrize("sentence", OFFSET_SENTENCES)
def test_offsets_match_text(sentence):
    mentions = find_dates(sentence, TUESDAY)
    assert mentions
    for m in mentions:
        assert isinstance(m, DateMention)
        assert sentence[m.start:m.end] == m.text


@pytest.mark.parametrize("sentence", OFFSET_SENTENCES)
def test_mentions_sorted_and_non_overlapping(sentence):
    mentions = find_dates(sentence, TUESDAY)
    for a, b in itertools.pairwise(mentions):
        assert a.end <= b.start


def test_offsets_exact():
    text = "Sie sprach am 20. Oktober."
    m = single(text)
    assert (m.start, m.end, m.text) == (11, 25, "am 20. Oktober")


def test_mention_is_frozen():
    m = single("am 20. Oktober")
    with pytest.raises(AttributeError):
        m.start = 3  # type: ignore[misc]


# --- explicit day + month ----------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected_text", "value"),
    [
        ("Das Treffen fand am 20. Oktober statt.", "am 20. Oktober", D(2025, 10, 20)),
        ("Der Gipfel am 15. August 2025 scheiterte.", "am 15. August 2025",
         D(2025, 8, 15)),
        ("Der Vertrag wurde am 1. Mai unterzeichnet.", "am 1. Mai", D(2025, 5, 1)),
        ("Die Frist endet 9. November 1989.", "9. November 1989", D(1989, 11, 9)),
        ("Bis zum 5.Juni bleibt Zeit.", "5.Juni", D(2025, 6, 5)),
        ("Er trat am 3. Sept. 2024 zurück.", "am 3. Sept. 2024", D(2024, 9, 3)),
        ("Gewählt wurde am 12. Feb. 2023.", "am 12. Feb. 2023", D(2023, 2, 12)),
        ("In Wien war es am 7. Jänner 2025 kalt.", "am 7. Jänner 2025",
         D(2025, 1, 7)),
        ("Stichtag ist der 30. okt. 2024.", "30. okt. 2024", D(2024, 10, 30)),
        ("Am 2. Oktober gab es Streit.", "Am 2. Oktober", D(2025, 10, 2)),
        ("Die Sitzung vom 20.10.2025 dauerte lange.", "20.10.2025", D(2025, 10, 20)),
        ("Die Sitzung am 20.10. dauerte lange.", "am 20.10.", D(2025, 10, 20)),
        ("Seit 1.9.2024 gilt das Gesetz.", "1.9.2024", D(2024, 9, 1)),
        ("Das Dokument trägt das Datum 2025-10-20.", "2025-10-20", D(2025, 10, 20)),
    ],
)
def test_explicit_dates(text, expected_text, value):
    m = single(text)
    assert m.text == expected_text
    assert m.value == value
    assert m.precision == "day"


def test_sentence_final_period_not_part_of_full_month_name():
    assert single("Das war am 1. Mai.").text == "am 1. Mai"


def test_abbreviated_month_keeps_its_period():
    assert single("Beschlossen am 4. Okt. in Berlin").text == "am 4. Okt."


def test_two_dates_in_one_sentence():
    text = "Zwischen dem 3. März und dem 14. April 2024 verhandelten beide Seiten."
    mentions = find_dates(text, TUESDAY)
    assert [m.text for m in mentions] == ["3. März", "14. April 2024"]
    assert [m.value for m in mentions] == [D(2025, 3, 3), D(2024, 4, 14)]


def test_weekday_before_explicit_date_is_merged():
    m = single("Am Dienstag, dem 14. Oktober 2025, tagte der Ausschuss.")
    assert m.text == "Am Dienstag, dem 14. Oktober 2025"
    assert m.value == D(2025, 10, 14)
    assert m.precision == "day"


def test_weekday_before_numeric_date_is_merged():
    m = single("Freitag, 17.10.2025: Die Fraktion berät.")
    assert m.text == "Freitag, 17.10.2025"
    assert m.value == D(2025, 10, 17)


# --- year inference ----------------------------------------------------------

def test_missing_year_taken_from_reference():
    assert single("am 20. Oktober", D(2024, 11, 2)).value == D(2024, 10, 20)


def test_year_rollover_into_previous_year():
    # An article of early January talking about late December.
    assert single("am 28. Dezember", D(2026, 1, 5)).value == D(2025, 12, 28)
    assert single("am 30.12.", D(2026, 1, 5)).value == D(2025, 12, 30)


def test_near_future_stays_in_reference_year():
    # Announcements a few weeks ahead keep the reference year.
    assert single("am 15. November", TUESDAY).value == D(2025, 11, 15)
    assert single("am 24. Dezember", TUESDAY).value == D(2025, 12, 24)


def test_far_future_goes_to_previous_year():
    assert single("am 20. Juli", D(2025, 1, 10)).value == D(2024, 7, 20)


def test_no_reference_no_year():
    m = single("am 20. Oktober", None)
    assert m.value is None
    assert m.precision == "day-no-year"
    assert m.text == "am 20. Oktober"


def test_no_reference_but_explicit_year():
    m = single("am 20. Oktober 2025", None)
    assert m.value == D(2025, 10, 20)
    assert m.precision == "day"


def test_datetime_reference_is_accepted():
    ref = datetime.datetime(2025, 10, 21, 14, 30)
    assert single("gestern", ref).value == D(2025, 10, 20)
    assert single("am 20. Oktober", ref).value == D(2025, 10, 20)


def test_leap_day_without_year_uses_a_leap_year():
    assert single("am 29. Februar", D(2025, 3, 10)).value == D(2024, 2, 29)


# --- invalid dates -----------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Angeblich geschah es am 31. Februar.",
        "Das Formular nennt den 32.10.",
        "Das Formular nennt den 12.13.",
        "Datum: 2025-02-30",
        "Unterschrieben am 30. Feb.",
    ],
)
def test_invalid_dates_are_skipped(text):
    assert all(m.precision != "day" for m in find_dates(text, TUESDAY))
    assert all(m.value is None for m in find_dates(text, TUESDAY))


def test_invalid_leap_day_with_explicit_year_skipped():
    mentions = find_dates("am 29. Februar 2025", TUESDAY)
    assert all(m.precision != "day" for m in mentions)


def test_invalid_date_does_not_raise_without_reference():
    assert find_dates("am 31. April", None) == []


# --- months and years --------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected_text"),
    [
        ("Anfang Oktober wird abgestimmt.", "Anfang Oktober"),
        ("Bis Ende Oktober soll ein Entwurf vorliegen.", "Ende Oktober"),
        ("Mitte März beginnen die Gespräche.", "Mitte März"),
        ("Die Wahl war im Oktober.", "im Oktober"),
        ("Im Mai 2024 trat er zurück.", "Im Mai 2024"),
        ("Seit Juni 2023 regiert die Koalition.", "Juni 2023"),
        ("Ende Jänner legt Wien den Haushalt vor.", "Ende Jänner"),
    ],
)
def test_month_precision(text, expected_text):
    m = single(text)
    assert m.text == expected_text
    assert m.precision == "month"
    assert m.value is None


def test_bare_month_name_is_not_a_date():
    # "August" as a first name, "Mai" without context
    assert find_dates("August Bebel gründete die Partei.", TUESDAY) == []


@pytest.mark.parametrize(
    "text", ["Die Partei verlor 2022 deutlich.", "Seit 1998 ist er Mitglied."]
)
def test_year_only(text):
    m = single(text)
    assert m.precision == "year"
    assert m.value is None
    assert len(m.text) == 4


def test_year_only_without_reference():
    m = single("Im Jahr 2022 gab es Neuwahlen.", None)
    assert (m.text, m.value, m.precision) == ("2022", None, "year")


@pytest.mark.parametrize(
    "text",
    [
        "Es kamen 20.000 Menschen zur Kundgebung.",
        "Der Haushalt umfasst 12.345.678 Euro.",
        "Die Sitzung beginnt um 20.15 Uhr.",
        "Das regelt Paragraf 20. des Gesetzes.",
        "Nach Paragraf 20. wird entschieden.",
        "Es gab 2022 Menschen auf der Liste.",
        "In den 1990er Jahren war das anders.",
        "Die Zahl stieg auf 2022,5 Tonnen.",
        "Er kam auf Platz 3. in der Wertung.",
        "Die Telefonnummer lautet 030123456.",
        "Der Wert 120250 ist keine Jahreszahl.",
    ],
)
def test_numbers_are_not_dates(text):
    assert find_dates(text, TUESDAY) == []


# --- weekdays ----------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected_text", "value"),
    [
        ("Die Ministerin sagte am Montag, ...", "am Montag", D(2025, 10, 20)),
        ("Montag reiste er ab.", "Montag", D(2025, 10, 20)),
        ("Am Sonntag wurde gewählt.", "Am Sonntag", D(2025, 10, 19)),
        ("Am Mittwoch gab es Proteste.", "Am Mittwoch", D(2025, 10, 15)),
        # Bare weekday equal to the reference weekday -> the reference itself.
        ("Am Dienstag erklärte der Kanzler ...", "Am Dienstag", D(2025, 10, 21)),
        ("am vergangenen Dienstag", "am vergangenen Dienstag", D(2025, 10, 14)),
        ("letzten Dienstag", "letzten Dienstag", D(2025, 10, 14)),
        ("Vergangenen Montag", "Vergangenen Montag", D(2025, 10, 20)),
        ("am vorigen Freitag", "am vorigen Freitag", D(2025, 10, 17)),
        ("kommenden Freitag", "kommenden Freitag", D(2025, 10, 24)),
        ("am nächsten Dienstag", "am nächsten Dienstag", D(2025, 10, 28)),
        ("am kommenden Montag", "am kommenden Montag", D(2025, 10, 27)),
        ("Am Montagabend", "Am Montagabend", D(2025, 10, 20)),
        ("Dienstagmorgen", "Dienstagmorgen", D(2025, 10, 21)),
        ("in der Sonntagnacht", "Sonntagnacht", D(2025, 10, 19)),
        ("am Samstagnachmittag", "am Samstagnachmittag", D(2025, 10, 18)),
        ("am späten Donnerstagabend", "am späten Donnerstagabend", D(2025, 10, 16)),
        ("am Sonnabend", "am Sonnabend", D(2025, 10, 18)),
    ],
)
def test_weekday_resolution(text, expected_text, value):
    m = single(text)
    assert m.text == expected_text
    assert m.value == value
    assert m.precision == "weekday-resolved"


def test_weekday_without_reference():
    m = single("am vergangenen Dienstag", None)
    assert m.value is None
    assert m.precision == "weekday-resolved"


@pytest.mark.parametrize(
    "text",
    [
        "Die Sonntagsfrage sieht die Union vorn.",
        "Montags tagt die Fraktion.",
        "Die Montagsdemonstrationen gingen weiter.",
    ],
)
def test_weekday_compounds_that_are_not_dates(text):
    assert find_dates(text, TUESDAY) == []


# --- relative expressions ----------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected_text", "value"),
    [
        ("Das Kabinett berät heute.", "heute", D(2025, 10, 21)),
        ("Heute berät das Kabinett.", "Heute", D(2025, 10, 21)),
        ("Sie trat gestern zurück.", "gestern", D(2025, 10, 20)),
        ("Gestern Abend wurde verhandelt.", "Gestern Abend", D(2025, 10, 20)),
        ("Das war vorgestern.", "vorgestern", D(2025, 10, 19)),
        ("Die Abstimmung ist morgen.", "morgen", D(2025, 10, 22)),
        ("Er reist morgen früh ab.", "morgen früh", D(2025, 10, 22)),
        ("Die Entscheidung fällt übermorgen.", "übermorgen", D(2025, 10, 23)),
        ("Sie sprach heute Morgen im Bundestag.", "heute Morgen", D(2025, 10, 21)),
    ],
)
def test_relative(text, expected_text, value):
    m = single(text)
    assert m.text == expected_text
    assert m.value == value
    assert m.precision == "relative"


@pytest.mark.parametrize(
    "text",
    [
        "Am Morgen trafen sich die Delegationen.",
        "Guten Morgen, Deutschland.",
        "Die morgendliche Sitzung fiel aus.",
        "Die heutige Sitzung fiel aus.",
    ],
)
def test_morgen_noun_is_not_a_date(text):
    assert find_dates(text, TUESDAY) == []


def test_relative_without_reference():
    m = single("gestern", None)
    assert (m.value, m.precision) == (None, "relative")


def test_relative_across_month_boundary():
    assert single("gestern", D(2025, 3, 1)).value == D(2025, 2, 28)
    assert single("morgen", D(2025, 12, 31)).value == D(2026, 1, 1)


# --- longest match -----------------------------------------------------------

def test_year_inside_date_not_reported_separately():
    assert texts("am 15. August 2025") == ["am 15. August 2025"]
    assert texts("20.10.2025") == ["20.10.2025"]
    assert texts("2025-10-20") == ["2025-10-20"]
    assert texts("im Mai 2024") == ["im Mai 2024"]


def test_mixed_sentence():
    text = ("Nach dem Treffen am 20. Oktober kündigte er gestern an, "
            "Anfang November und am kommenden Freitag erneut zu reisen; "
            "schon 2022 war er dort.")
    mentions = find_dates(text, TUESDAY)
    assert [(m.text, m.precision) for m in mentions] == [
        ("am 20. Oktober", "day"),
        ("gestern", "relative"),
        ("Anfang November", "month"),
        ("am kommenden Freitag", "weekday-resolved"),
        ("2022", "year"),
    ]
    assert [m.value for m in mentions] == [
        D(2025, 10, 20), D(2025, 10, 20), None, D(2025, 10, 24), None
    ]


def test_empty_text():
    assert find_dates("", TUESDAY) == []
    assert find_dates("Keine Daten in diesem Satz.", TUESDAY) == []


# --- parse_document_date -----------------------------------------------------

@pytest.mark.parametrize(
    ("s", "value"),
    [
        ("21.10.2025", D(2025, 10, 21)),
        ("21.10.2025.", D(2025, 10, 21)),
        ("  21.10.2025 ", D(2025, 10, 21)),
        ("1.3.2024", D(2024, 3, 1)),
        ("21. Oktober 2025", D(2025, 10, 21)),
        ("21. Okt. 2025", D(2025, 10, 21)),
        ("7. Jänner 2025", D(2025, 1, 7)),
        ("Dienstag, 21. Oktober 2025", D(2025, 10, 21)),
        ("2025-10-21", D(2025, 10, 21)),
        ("2025-10-21T08:15:00+02:00", D(2025, 10, 21)),
        ("21.10.2025, 14:30 Uhr", D(2025, 10, 21)),
        ("21.10.2025 um 14.30 Uhr", D(2025, 10, 21)),
    ],
)
def test_parse_document_date(s, value):
    assert parse_document_date(s) == value


@pytest.mark.parametrize(
    "s",
    [
        "",
        "   ",
        "gestern",
        "21. Oktober",  # no year
        "21.10.",
        "Oktober 2025",
        "2025",
        "31.02.2025",
        "2025-02-30",
        "October 21, 2025",
        "kein Datum",
        "Berlin, 21.10.2025",  # more than a date
    ],
)
def test_parse_document_date_rejects(s):
    assert parse_document_date(s) is None
