"""German date expressions in news text: find them, resolve them to dates.

``find_dates`` reports every date-like expression with character offsets
(``text[m.start:m.end] == m.text``).  ``value`` is only set when day and month
are known; the year comes from the text or is inferred from the reference
(publication) date.  Weekday and relative expressions ("am Montag", "gestern")
need the reference date to be resolved; without it they are reported with
``value=None``.

Precision values:

* ``"day"``              – day and month (and year, given or inferred) known
* ``"day-no-year"``      – day and month known, year unknown (no reference)
* ``"month"``            – "im Oktober", "Ende Oktober", "Oktober 2025"
* ``"year"``             – a bare year such as "2022"
* ``"weekday-resolved"`` – "am Montag", "kommenden Freitag", "Dienstagmorgen"
* ``"relative"``         – "heute", "gestern", "vorgestern", "morgen", ...

Only "day" / "weekday-resolved" / "relative" mentions ever carry a value.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

__all__ = ["DateMention", "find_dates", "parse_document_date"]


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    value: datetime.date | None
    precision: str


# A year-less date that would lie more than this many days after the reference
# is taken from the previous year: news mostly reports the past, so an article
# of 2026-01-05 saying "am 28. Dezember" means 2025-12-28.
_MAX_FUTURE_DAYS = 183

_MONTHS = {
    "januar": 1, "jänner": 1, "jaenner": 1, "jan": 1, "jän": 1,
    "februar": 2, "feber": 2, "febr": 2, "feb": 2,
    "märz": 3, "maerz": 3, "mär": 3, "mrz": 3,
    "april": 4, "apr": 4,
    "mai": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "okt": 10,
    "november": 11, "nov": 11,
    "dezember": 12, "dez": 12,
}  # fmt: skip
# Only abbreviations may swallow a following period; for "am 1. Mai." the
# period ends the sentence and must stay outside the mention.
_MONTH_ABBREVIATIONS = {"jan", "jän", "febr", "feb", "mär", "mrz", "apr", "jun",
                        "jul", "aug", "sept", "sep", "okt", "nov", "dez"}


# The months' full names in lower case: "oktober", "jänner" (also written "jaenner").
MONTH_NAMES = frozenset(w for w in _MONTHS if w not in _MONTH_ABBREVIATIONS)


def _alternation(words: Iterable[str]) -> str:
    # Longest first, so that "Juni" is not cut down to "Jun".
    return "|".join(sorted(words, key=len, reverse=True))


_FULL_MONTHS = _alternation([w for w in _MONTHS if w not in _MONTH_ABBREVIATIONS])
# Case-insensitive only for the month word itself; (?!\w) stops "Jun" matching
# inside "Junior".
_MONTH = (rf"(?P<month>(?i:{_FULL_MONTHS}|(?:{_alternation(_MONTH_ABBREVIATIONS)})\.?))"
          r"(?!\w)")
_YEAR4 = r"(?P<year>(?:19|20)\d\d)(?!\w)"

_WEEKDAYS = {"montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3,
             "freitag": 4, "samstag": 5, "sonnabend": 5, "sonntag": 6}
_WEEKDAY = rf"(?P<weekday>{_alternation([w.capitalize() for w in _WEEKDAYS])})"
# "Montagabend", "Dienstagmorgen": compounds with a part of the day are still
# the same day.  "Montags" / "Sonntagsfrage" are not dates and are excluded by
# the (?!\w) that follows every weekday.
_DAYPART_SUFFIX = "(?:früh|morgen|vormittag|nachmittag|mittag|abend|nacht)"
_WEEKDAY_MODIFIERS = {
    "vergangenen": "past", "letzten": "past", "vorigen": "past",
    "kommenden": "future", "nächsten": "future",
    "frühen": "bare", "späten": "bare",  # "am späten Montagabend"
}
# An explicit date may be introduced by "am" and/or a weekday
# ("am Dienstag, dem 21. Oktober"); the whole phrase becomes one mention.
_DATE_PREFIX = (rf"(?:(?:[Aa]m\s+)?{_WEEKDAY},?\s+(?:(?:den|dem)\s+)?"
                r"|[Aa]m\s+)?")

# "20. Oktober", "am 1. Mai", "15. August 2025", "Dienstag, 21. Okt. 2025".
# (?<![\w.]) stops matches starting inside a longer number ("1.20. Oktober").
_TEXT_DATE_RE = re.compile(
    rf"(?<![\w.]){_DATE_PREFIX}(?P<day>\d{{1,2}})\.\s*{_MONTH}(?:\s+{_YEAR4})?")
# "20.10.2025" and "20.10." -- the second period is mandatory so that
# "20.000 Menschen" or "20.15 Uhr" never match, and (?!\d) rejects
# longer digit runs ("1.2.345").
_NUMERIC_DATE_RE = re.compile(
    rf"(?<![\w.]){_DATE_PREFIX}(?P<day>\d{{1,2}})\.(?P<month>\d{{1,2}})\."
    r"(?P<year>\d{4})?(?!\d)")
_ISO_DATE_RE = re.compile(
    r"(?<![\w.\-])(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)(?!\d)")
# A bare month name is too ambiguous ("August Bebel", "Mai" as a name), so it
# needs a preposition / "Anfang|Mitte|Ende" in front or a year behind.
_MONTH_ONLY_RE = re.compile(
    rf"(?<!\w)(?:(?P<pre>[Ii]m|Anfang|Mitte|Ende)\s+)?{_MONTH}(?:\s+{_YEAR4})?")
# Bare years: not part of a longer number ("12.2022", "2022,5"), not a decade
# ("1990er") and not an obvious count ("2022 Menschen").
_COUNT_NOUNS = ("Menschen|Personen|Euro|Dollar|Prozent|Stimmen|Mitglieder|"
                "Soldaten|Tote|Opfer|Fälle|Kilometer|Meter|Tonnen|Stück")
_YEAR_RE = re.compile(
    rf"(?<![\w.,])(?P<year>(?:19|20)\d\d)(?!\w|[.,]\d)(?!\s+(?:{_COUNT_NOUNS})(?!\w))")
_WEEKDAY_RE = re.compile(
    rf"(?<!\w)(?:[Aa]m\s+)?(?:(?P<mod>(?i:{_alternation(_WEEKDAY_MODIFIERS)}))\s+)?"
    rf"{_WEEKDAY}{_DAYPART_SUFFIX}?(?!\w)")
_RELATIVE_OFFSETS = {"vorgestern": -2, "gestern": -1, "heute": 0,
                     "morgen": 1, "übermorgen": 2}
# Lowercase "morgen" only: capitalised "Morgen" is the noun ("am Morgen").
# A following part of the day ("gestern Abend", "heute Morgen") is included.
_RELATIVE_RE = re.compile(
    r"(?<!\w)(?P<word>[Vv]orgestern|[Gg]estern|[Hh]eute|[Üü]bermorgen|morgen)"
    r"(?:\s+(?:früh|[Mm]orgen|Vormittag|Nachmittag|Mittag|Abend|Nacht))?(?!\w)")


def _is_possible(day: int, month: int) -> bool:
    """Whether day/month exists in some year (2000 is a leap year)."""
    try:
        datetime.date(2000, month, day)
    except ValueError:
        return False
    return True


def _infer_year(day: int, month: int, reference: datetime.date) -> datetime.date | None:
    for year in (reference.year, reference.year - 1):
        try:
            candidate = datetime.date(year, month, day)
        except ValueError:  # 29 February in a non-leap year
            continue
        if year < reference.year or (candidate - reference).days <= _MAX_FUTURE_DAYS:
            return candidate
    return None


def _day_mention(m: re.Match[str], month: int,
                 reference: datetime.date | None) -> DateMention | None:
    day = int(m["day"])
    if not _is_possible(day, month):
        return None  # "31. Februar", "32.13."
    value: datetime.date | None = None
    precision = "day"
    if m["year"]:
        try:
            value = datetime.date(int(m["year"]), month, day)
        except ValueError:  # 29.02. of a non-leap year
            return None
    elif reference is not None:
        value = _infer_year(day, month, reference)
    if value is None:
        precision = "day-no-year"
    return _mention(m, value, precision)


def _mention(m: re.Match[str], value: datetime.date | None, precision: str) -> DateMention:
    return DateMention(m.start(), m.end(), m.group(), value, precision)


def _text_date(m: re.Match[str], ref: datetime.date | None) -> DateMention | None:
    return _day_mention(m, _MONTHS[m["month"].rstrip(".").lower()], ref)


def _numeric_date(m: re.Match[str], ref: datetime.date | None) -> DateMention | None:
    return _day_mention(m, int(m["month"]), ref)


def _month_only(m: re.Match[str], ref: datetime.date | None) -> DateMention | None:
    if not (m["pre"] or m["year"]):
        return None
    return _mention(m, None, "month")


def _year(m: re.Match[str], ref: datetime.date | None) -> DateMention | None:
    return _mention(m, None, "year")


def _weekday(m: re.Match[str], ref: datetime.date | None) -> DateMention | None:
    if ref is None:
        return _mention(m, None, "weekday-resolved")
    weekday = _WEEKDAYS[m["weekday"].lower()]
    direction = _WEEKDAY_MODIFIERS[m["mod"].lower()] if m["mod"] else "bare"
    if direction == "future":  # next such day strictly after the reference
        value = ref + datetime.timedelta(days=(weekday - ref.weekday() - 1) % 7 + 1)
    else:
        back = (ref.weekday() - weekday) % 7
        if direction == "past" and back == 0:  # strictly before the reference
            back = 7
        # A bare weekday is the most recent one, the reference day included.
        value = ref - datetime.timedelta(days=back)
    return _mention(m, value, "weekday-resolved")


def _relative(m: re.Match[str], ref: datetime.date | None) -> DateMention | None:
    if ref is None:
        return _mention(m, None, "relative")
    offset = _RELATIVE_OFFSETS[m["word"].lower()]
    return _mention(m, ref + datetime.timedelta(days=offset), "relative")


_Builder = Callable[[re.Match[str], datetime.date | None], DateMention | None]
_PATTERNS: list[tuple[re.Pattern[str], _Builder]] = [
    (_TEXT_DATE_RE, _text_date),
    (_NUMERIC_DATE_RE, _numeric_date),
    (_ISO_DATE_RE, _numeric_date),
    (_MONTH_ONLY_RE, _month_only),
    (_YEAR_RE, _year),
    (_WEEKDAY_RE, _weekday),
    (_RELATIVE_RE, _relative),
]


def find_dates(text: str, reference: datetime.date | None = None) -> list[DateMention]:
    """All date expressions in ``text``, sorted, non-overlapping, longest wins."""
    if isinstance(reference, datetime.datetime):
        reference = reference.date()  # date - datetime arithmetic would raise
    candidates = []
    for pattern, build in _PATTERNS:
        for m in pattern.finditer(text):
            mention = build(m, reference)
            if mention is not None:
                candidates.append(mention)
    chosen: list[DateMention] = []
    for cand in sorted(candidates, key=lambda c: (c.start - c.end, c.start)):
        if all(cand.end <= c.start or cand.start >= c.end for c in chosen):
            chosen.append(cand)
    return sorted(chosen, key=lambda c: c.start)


_ISO_TIMESTAMP_RE = re.compile(
    r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)(?:[T ][\d:.,+\-Z]*)?")
# "21.10.2025, 14:30 Uhr" -- a trailing time of day is ignored.
_TRAILING_TIME_RE = re.compile(r"[,\s]+(?:um\s+)?\d{1,2}[:.]\d\d(?::\d\d)?(?:\s*Uhr)?$")


def parse_document_date(s: str) -> datetime.date | None:
    """Parse a publication date such as "21.10.2025.", "21. Oktober 2025",
    "Dienstag, 21. Oktober 2025", "2025-10-21" or "2025-10-21T08:15:00+02:00".

    The whole string (apart from surrounding punctuation and a trailing time
    of day) must be one complete date; anything else gives None.
    """
    if not s:
        return None
    cleaned = s.strip().strip(".,;|").strip()
    iso = _ISO_TIMESTAMP_RE.fullmatch(cleaned)
    if iso:
        try:
            return datetime.date(int(iso["year"]), int(iso["month"]), int(iso["day"]))
        except ValueError:
            return None
    cleaned = _TRAILING_TIME_RE.sub("", cleaned)
    mentions = find_dates(cleaned)
    if (len(mentions) == 1 and mentions[0].precision == "day"
            and (mentions[0].start, mentions[0].end) == (0, len(cleaned))):
        return mentions[0].value
    return None
