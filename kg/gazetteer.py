"""The curated lists in `ontology/gazetteers/`, loaded once per process.

The files are TSV with a header row and `|` between several values in a cell
(see ontology/gazetteers/README.md). This module only reads them into lookup
tables; what a match means is decided by the NLP components.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

from .paths import GAZETTEER_DIR


@dataclass(frozen=True)
class Known:
    """A curated entity: states, organizations, places, persons."""

    kind: str
    id: str
    name: str
    qid: str | None
    aliases: tuple[str, ...]
    subtype: str = ""
    # persons: the offices the curated data knows them to hold or have held, as (office lemma, state or
    # organization id): "Außenminister@vereinigte-staaten" -> ("Außenminister", "vereinigte-staaten")
    offices: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Office:
    lemma: str
    feminine: str
    kind: str
    scope: str


def slug(text: str) -> str:
    """ASCII slug used in IRIs: "Sergej Lawrow" -> "sergej-lawrow"."""
    text = text.replace("ß", "ss")
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        text = text.replace(a, b)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "x"


class FirstNameGenders(dict):
    """First name -> gender ("m", "f", ...); a hyphenated pair of listed names whose genders agree has
    that gender too: "Karl-Heinz" -> "m", "Anna-Lena" -> "f"."""

    def get(self, name, default=None):
        if name in self:
            return self[name]
        parts = name.split("-") if isinstance(name, str) and "-" in name else []
        genders = {dict.get(self, part) for part in parts}
        if parts and len(genders) == 1 and None not in genders:
            return genders.pop()
        return default


def _rows(name: str, directory: Path) -> list[dict[str, str]]:
    with (directory / name).open(encoding="utf-8", newline="") as fh:
        return [
            {k: (v or "").strip() for k, v in row.items()}
            for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        ]


def _split(cell: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in cell.split("|") if x.strip())


class Gazetteer:
    """Lookup tables over the curated lists."""

    def __init__(self, directory: Path = GAZETTEER_DIR) -> None:
        self.known: dict[tuple[str, str], Known] = {}
        # Surface form (as written) -> the curated entities it names.
        self.surface: dict[str, list[Known]] = {}
        self.capitals: dict[str, str] = {}  # "Moskau" -> "russland"
        self.adjectives: dict[str, str] = {}  # "russisch" -> "russland"
        self.prefixes: dict[str, str] = {}  # "US" -> "vereinigte-staaten"
        self.state_adjective: dict[str, str] = {}  # "russland" -> "russisch"
        for row in _rows("states.tsv", directory):
            entry = self._add("state", row)
            for adj in _split(row.get("adjectives", "")):
                self.adjectives.setdefault(adj.lower(), entry.id)
                self.state_adjective.setdefault(entry.id, adj.lower())
            for prefix in (*_split(row.get("prefixes", "")), entry.name, *entry.aliases):
                if " " not in prefix:
                    self.prefixes.setdefault(prefix, entry.id)
            for capital in _split(row.get("capitals", "")):
                self.capitals.setdefault(capital, entry.id)
        for kind, name in (("organization", "organizations.tsv"), ("place", "places.tsv"), ("person", "persons.tsv")):
            for row in _rows(name, directory):
                self._add(kind, row)

        self.offices: dict[str, Office] = {}
        self.office_forms: dict[str, str] = {}  # any written form -> lemma
        self.office_plurals: set[str] = set()  # lower case: "außenminister", "präsidenten", "chefs"
        for row in _rows("offices.tsv", directory):
            office = Office(row["lemma"], row.get("feminine") or row["lemma"], row.get("kind", ""),
                            row.get("scope", ""))
            self.offices[office.lemma] = office
            self.office_plurals.update(p.lower() for p in _split(row.get("plural", "")) if len(p) >= 4)
            for form in (office.lemma, office.feminine, *_split(row.get("plural", ""))):
                self.office_forms.setdefault(form, office.lemma)
        self.qualifiers = {r["lemma"]: r.get("kind", "") for r in _rows("office_qualifiers.tsv", directory)}
        self.ministries = {r["lemma"]: r["office"] for r in _rows("ministries.tsv", directory)}
        # institution noun -> (gender m/f/n/p, kind): "Parlament" -> ("n", "parliament")
        self.institutions = {r["lemma"]: (r["gender"], r["kind"]) for r in _rows("institutions.tsv", directory)}
        # "steiermärkisch", "Tiroler" -> the region (place id) whose institutions they name
        self.region_adjectives = {r["adjective"]: r["region"] for r in _rows("region_adjectives.tsv", directory)}
        # places and bodies of Germany, Austria or Switzerland: which federal state a text's "Bundes-" means
        self.federal_members = {r["id"]: r["state"] for r in _rows("federal_members.tsv", directory)}
        # wars of recent years: (sides as (kind, id), first year, last year or None while it goes on)
        self.wars = [(tuple(("state" if ("state", side) in self.known else "organization", side)
                            for side in r["sides"].split("|")), int(r["start"]), int(r["end"]) if r["end"] else None)
                     for r in _rows("wars.tsv", directory)]
        # a state's citizen, by gender: "slowenin" -> {"f": "slowenien"}; "deutsche" -> {"f": ..., "m": ...}
        self.demonyms: dict[str, dict[str, str]] = {}
        for r in _rows("demonyms.tsv", directory):
            self.demonyms.setdefault(r["demonym"].lower(), {})[r["gender"]] = r["state"]
        self.first_name_gender = FirstNameGenders((r["name"], r["gender"]) for r in _rows("first_names.tsv", directory))
        self.first_names = set(self.first_name_gender)
        # words inside names of organizations: "Verlag", "GmbH", "FC"
        self.organization_words = {r["word"] for r in _rows("organization_words.tsv", directory)}
        # reporting verb lemma -> (stance, frame); frame "clause": reports only with a clause or quote;
        # "pp": "sich für/gegen X ..." supports/rejects; "evaluation": reports only when what is said
        # evaluates ("nannte das Verhalten absurd"; not "nannte keine Details"); "noun": reports only with a
        # stance noun, whose stance it takes ("übte Kritik", "erhob die Forderung", "Kritik kam von X"); "auf":
        # reports only with "auf"/"darauf" ("bestand auf einer Feuerpause"; not "Es besteht die Gefahr")
        self.reporting_verbs = {r["lemma"]: (r["stance"], r["frame"]) for r in _rows("reporting_verbs.tsv", directory)}
        # idioms among them, by their verb: "stellen" -> {("in", "abrede"): "in Abrede stellen"}
        self.reporting_idioms: dict[str, dict[tuple[str, str], str]] = {}
        for idiom in (lemma for lemma in self.reporting_verbs if " " in lemma):
            *before, word, verb = idiom.lower().split()
            self.reporting_idioms.setdefault(verb, {})[(before[-1] if before else "", word)] = idiom
        self.evaluative = {r["stem"]: r["stance"] for r in _rows("evaluative_words.tsv", directory)}
        self._office_cache: dict[str, tuple[str, str] | None] = {}
        # Office forms as compound heads, looked up by length, longest first, so "Außenminister" wins over
        # "Minister" inside "Vizeaußenminister"; each with its first written form.
        self.office_suffixes = {f.lower() for f in self.office_forms if len(f) >= 4}
        self._suffix_lengths = sorted({len(f) for f in self.office_suffixes}, reverse=True)
        self._written_suffix: dict[str, str] = {}
        for f in self.office_forms:
            self._written_suffix.setdefault(f.lower(), f)

    def _add(self, kind: str, row: dict[str, str]) -> Known:
        entry = Known(
            kind=kind, id=row.get("id") or slug(row["name"]), name=row["name"], qid=row.get("qid") or None,
            aliases=_split(row.get("aliases", "")), subtype=row.get("kind", ""),
            offices=tuple(tuple(o.split("@", 1)) for o in _split(row.get("offices", "")) if "@" in o),
        )
        self.known[(kind, entry.id)] = entry
        for form in (entry.name, *entry.aliases):
            bucket = self.surface.setdefault(form, [])
            if entry not in bucket:
                bucket.append(entry)
        return entry

    def get(self, kind: str, id_: str) -> Known | None:
        return self.known.get((kind, id_))

    def lookup(self, surface: str) -> list[Known]:
        """Curated entities written exactly so (or with a genitive -s)."""
        found = self.surface.get(surface)
        if found:
            return found
        if surface.endswith(("s", "'")) and len(surface) > 3:
            return self.surface.get(surface[:-1], [])
        return []

    def office_of(self, word: str, named: bool = False) -> tuple[str, str] | None:
        """(office lemma, written head) for an office noun, also inside compounds (cached per word).
        Offices of kind "named_only" ("Vertreter") count only with `named`, beside the holder's name."""
        if word not in self._office_cache:
            if len(self._office_cache) > 200_000:
                self._office_cache.clear()
            self._office_cache[word] = self._office_of(word)
        found = self._office_cache[word]
        if found is not None and not named and self.offices[found[0]].kind == "named_only":
            return None
        return found

    @cached_property
    def institution_keys(self) -> frozenset[str]:
        """The keys ("sk-praesidialamt") of institutions and ministries named by their noun alone."""
        return frozenset("sk-" + slug(word) for word in (*self.institutions, *self.ministries))

    @cached_property
    def titled_offices(self) -> dict[str, list[Office]]:
        """Offices named by an adjective and a noun ("Oberster Führer", "Hoher Vertreter"), by the noun."""
        out: dict[str, list[Office]] = {}
        for office in self.offices.values():
            words = office.lemma.split()
            if len(words) == 2 and words[0].endswith("er"):
                out.setdefault(words[1], []).append(office)
        return out

    @cached_property
    def forms_of_office(self) -> dict[str, list[str]]:
        """Office lemma -> its written forms (singular, feminine, plural), longest first."""
        forms: dict[str, list[str]] = {}
        for form, lemma in self.office_forms.items():
            forms.setdefault(lemma, []).append(form)
        return {lemma: sorted(fs, key=len, reverse=True) for lemma, fs in forms.items()}

    @cached_property
    def person_skeletons(self) -> dict[str, str]:
        """Spelling-independent keys of curated persons' full names -> their ids."""
        from .extract.context import skeleton

        return {skeleton(form): k.id for (kind, _), k in self.known.items() if kind == "person"
                for form in (k.name, *k.aliases) if " " in form}

    def _office_of(self, word: str) -> tuple[str, str] | None:
        """(office lemma, written head) for an office noun, also inside compounds.

        "Außenministerin" -> ("Außenminister", "Außenministerin"),
        "Kremlsprecher" -> ("Sprecher", "Kremlsprecher"): the compound's head decides.
        """
        base = word.rsplit("-", 1)[-1]
        for form in dict.fromkeys((base, _uninflect(base))):
            if form in self.office_forms:
                return self.office_forms[form], form
            low = form.lower()
            for length in self._suffix_lengths:
                suffix = low[len(low) - length:]
                # "Kremlsprecher"; "Expräsident": "Ex" is the one shorter prefix that still makes an office
                if length <= len(low) and suffix in self.office_suffixes and (
                        len(low) - length >= 3 or low[: len(low) - length] == "ex"):
                    written = self._written_suffix[suffix]
                    return self.office_forms[written], form[: len(form) - length] + written.lower()
        return None


def _uninflect(word: str) -> str:
    """Strip a case ending from a noun: "Präsidenten" -> "Präsident", "Ministers" -> "Minister"."""
    for ending in ("innen", "en", "es", "n", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            stem = word[: -len(ending)]
            return stem + "in" if ending == "innen" else stem
    return word


@cache
def load() -> Gazetteer:
    """The gazetteer of the installed project (read once per process)."""
    return Gazetteer()
