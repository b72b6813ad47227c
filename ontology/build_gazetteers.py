#!/usr/bin/env python3
"""Build the gazetteers in ``ontology/gazetteers/`` from installed packages and
the curated tables in ``ontology/gazetteers/curated/``.

Run from the project root::

    /work/main/.venv/bin/python ontology/build_gazetteers.py

The script is deterministic (every output is sorted), works offline, and
fails loudly (non-zero exit) when the curated data is inconsistent: duplicate
ids, unknown office lemmas or targets, capitals without a place entry, places
that clash with state names, malformed rows.

Derived parts
  * states.tsv      German short and official names from Babel/CLDR
                    (``babel.Locale('de').territories``) and pycountry's German
                    ISO 3166-1 translation; everything else is curated.
  * places.tsv      capitals listed in states.tsv that have no curated place row
                    are added as cities.
  * first_names.tsv names from the first-name dictionary shipped with the
                    ``gender-guesser`` package (nam_dict.txt by Jörg Michael,
                    GNU FDL 1.2), filtered to names in use in Germany and in
                    countries that are frequent in German political news, plus
                    curated additions and the plain spelling of names with
                    other alphabets' diacritics ("Lukasz"), minus a curated stoplist.
All other files are the curated tables, validated and sorted.
"""
from __future__ import annotations

import gettext
import os
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
GAZ = HERE / "gazetteers"
CUR = GAZ / "curated"

STATE_COLS = ["id", "name", "qid", "iso2", "aliases", "adjectives", "prefixes", "capitals"]
ORG_COLS = ["id", "name", "qid", "kind", "aliases"]
PLACE_COLS = ["id", "name", "qid", "kind", "aliases"]
OFFICE_COLS = ["lemma", "feminine", "plural", "kind", "scope"]
QUAL_COLS = ["lemma", "kind"]
MINISTRY_COLS = ["lemma", "office"]
PERSON_COLS = ["id", "name", "qid", "aliases", "offices"]
FIRST_NAME_COLS = ["name", "gender"]

ORG_KINDS = {"international", "alliance", "party", "ministry", "government", "parliament",
             "medium", "company", "armed_group", "military", "ngo", "court", "agency", "other"}
PLACE_KINDS = {"city", "region", "continent", "water", "base", "other"}
OFFICE_KINDS = {"head_of_state", "head_of_government", "minister", "deputy", "diplomat",
                "spokesperson", "military", "party", "parliament", "judiciary", "royal",
                "religious", "official", "other", "named_only", "rank"}
# "rank": a military rank ("General", "Oberst") or a title ("Scheich"): before a name, but no office held
# "named_only": a role only beside its holder's name ("die Slowenenvertreter X, Y"); "ein US-Vertreter"
# alone is no office whose holder could speak
OFFICE_SCOPES = {"state", "organization", "either"}
# "descriptive": said of the holder, not part of the office ("der neue Präsident" is the president)
QUAL_KINDS = {"deputy", "former", "designate", "acting", "outgoing", "descriptive", "rank", "field"}

QID_RE = re.compile(r"^Q[1-9][0-9]*$")

errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


# --------------------------------------------------------------------------- helpers
def slugify(name: str) -> str:
    """ASCII slug: lowercase, ä->ae ö->oe ü->ue ß->ss, other accents stripped,
    every run of non-alphanumerics -> '-'."""
    s = name.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("&", " und "), ("+", " plus ")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.encode("ascii", "ignore").decode("ascii")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def split(cell: str) -> list[str]:
    return [v.strip() for v in cell.split("|") if v.strip()] if cell else []


def join(values) -> str:
    return "|".join(values)


def uniq(values) -> list[str]:
    seen: set[str] = set()
    out = []
    for v in values:
        v = v.strip()
        if v and v not in seen:
            seen.add(v)
            out.append(v)
    return out


def read_tsv(path: Path, cols: list[str]) -> list[dict[str, str]]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        if header != cols:
            err(f"{path.name}: header {header} != {cols}")
            return rows
        for n, line in enumerate(fh, start=2):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if len(cells) != len(cols):
                err(f"{path.name}:{n}: {len(cells)} columns, expected {len(cols)}: {line!r}")
                continue
            rows.append({c: v.strip() for c, v in zip(cols, cells, strict=True)})
    return rows


def write_tsv(name: str, cols: list[str], rows: list[dict[str, str]], key) -> None:
    rows = sorted(rows, key=key)
    for r in rows:
        for c in cols:
            v = r.get(c, "")
            if "\t" in v or "\n" in v:
                err(f"{name}: tab/newline in {c}={v!r}")
    with (GAZ / name).open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("\t".join(cols) + "\n")
        for r in rows:
            fh.write("\t".join(r.get(c, "") for c in cols) + "\n")
    print(f"{name}: {len(rows)} rows")


def check_qid(fname: str, key: str, qid: str) -> None:
    if qid and not QID_RE.match(qid):
        err(f"{fname}: {key}: bad qid {qid!r}")


def check_unique(fname: str, rows, field: str) -> None:
    seen: dict[str, int] = {}
    for r in rows:
        seen[r[field]] = seen.get(r[field], 0) + 1
    for k, n in sorted(seen.items()):
        if n > 1:
            err(f"{fname}: duplicate {field} {k!r} ({n}x)")


# --------------------------------------------------------------------------- states
# derived (CLDR/ISO) names that are too ambiguous to use as aliases (a curated alias decides: "Kongo" alone is
# the Democratic Republic in today's news)
DERIVED_ALIAS_EXCLUDE = {"Kongo"}
# former states (ISO 3166-3 codes) that news still name: curated rows, no derived names
FORMER_STATES = {"SU", "CS", "YU", "DD"}

def build_states() -> list[dict[str, str]]:
    import babel
    import pycountry

    cldr = babel.Locale("de").territories
    iso_de = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
    cols = ["iso2", "name", "qid", "aliases", "adjectives", "prefixes", "capitals"]
    out = []
    for r in read_tsv(CUR / "states_curated.tsv", cols):
        iso2 = r["iso2"]
        derived: list[str] = []
        if iso2 in cldr:
            derived.append(cldr[iso2])
        c = pycountry.countries.get(alpha_2=iso2)
        if c is not None:
            # ISO short names like "Korea, Republik" or "Taiwan, Chinesische Provinz"
            # are list forms, not running-text names: skip names with a comma.
            for attr in ("name", "official_name"):
                v = getattr(c, attr, None)
                if v:
                    v = iso_de.gettext(v)
                    if "," not in v and "(" not in v and "Provinz" not in v:
                        derived.append(v)
        elif iso2 not in ("XK", *FORMER_STATES):
            err(f"states: unknown ISO code {iso2}")
        name = r["name"] or (derived[0] if derived else "")
        if not name:
            err(f"states: {iso2}: no name")
            continue
        aliases = uniq([a for a in split(r["aliases"]) + [d for d in derived if d not in DERIVED_ALIAS_EXCLUDE]
                        if a != name])
        prefixes = split(r["prefixes"])
        if " " not in name:
            prefixes.insert(0, name)
        # all-caps abbreviations (USA, UK, BRD, VAE) work as compound prefixes too
        prefixes += [a for a in aliases if re.fullmatch(r"[A-ZÄÖÜ]{2,5}", a)]
        adjectives = split(r["adjectives"])
        for a in adjectives:
            if a != a.lower():
                err(f"states: {iso2}: adjective not lowercase: {a}")
        check_qid("states", iso2, r["qid"])
        out.append({
            "id": slugify(name), "name": name, "qid": r["qid"], "iso2": iso2,
            "aliases": join(aliases), "adjectives": join(uniq(adjectives)),
            "prefixes": join(uniq(prefixes)), "capitals": join(uniq(split(r["capitals"]))),
        })
    check_unique("states", out, "id")
    check_unique("states", out, "iso2")
    check_unique("states", out, "qid")
    # a surface form may name only one state
    owner: dict[str, str] = {}
    for s in out:
        for form in [s["name"]] + split(s["aliases"]):
            if form in owner and owner[form] != s["id"]:
                err(f"states: {form!r} names both {owner[form]} and {s['id']}")
            owner[form] = s["id"]
        for adj in split(s["adjectives"]):
            key = "adj:" + adj
            if key in owner and owner[key] != s["id"]:
                err(f"states: adjective {adj!r} used by {owner[key]} and {s['id']}")
            owner[key] = s["id"]
    return out


def build_demonyms(states: list[dict[str, str]]) -> list[dict[str, str]]:
    """A state's citizen in the singular, by gender: "Slowene"/"Slowenin" (from demonyms_curated.tsv, by ISO
    code); an adjectival noun also in its weak form after "der" ("Deutscher", "der Deutsche")."""
    by_iso = {s["iso2"]: s["id"] for s in states}
    out = []
    for r in read_tsv(CUR / "demonyms_curated.tsv", ["iso2", "masculine", "feminine"]):
        state = by_iso.get(r["iso2"])
        if state is None:
            err(f"demonyms: unknown ISO code {r['iso2']}")
            continue
        for gender, word in (("m", r["masculine"]), ("f", r["feminine"])):
            if word and (" " in word or not word[:1].isupper()):
                err(f"demonyms: {r['iso2']}: not one capitalised word: {word!r}")
            elif word:
                out.append({"demonym": word, "gender": gender, "state": state})
        if r["masculine"].endswith("er") and r["feminine"] == r["masculine"][:-1]:
            out.append({"demonym": r["feminine"], "gender": "m", "state": state})
    check_unique("demonyms", [{"key": (r["demonym"], r["gender"])} for r in out], "key")
    return out


# --------------------------------------------------------------------------- organizations
def build_orgs(state_forms: set[str]) -> list[dict[str, str]]:
    out = []
    for r in read_tsv(CUR / "organizations_curated.tsv", ["name", "qid", "kind", "aliases"]):
        if r["kind"] not in ORG_KINDS:
            err(f"organizations: {r['name']}: bad kind {r['kind']}")
        check_qid("organizations", r["name"], r["qid"])
        aliases = uniq(a for a in split(r["aliases"]) if a != r["name"])
        for form in [r["name"]] + aliases:
            if form in state_forms:
                err(f"organizations: {r['name']}: form {form!r} is a state name")
        out.append({"id": slugify(r["name"]), "name": r["name"], "qid": r["qid"],
                    "kind": r["kind"], "aliases": join(aliases)})
    check_unique("organizations", out, "id")
    check_unique("organizations", out, "name")
    check_unique("organizations", [r for r in out if r["qid"]], "qid")
    check_forms_unique("organizations", out)
    return out


def check_forms_unique(fname: str, rows) -> None:
    owner: dict[str, str] = {}
    for r in rows:
        for form in [r["name"]] + split(r["aliases"]):
            if form in owner and owner[form] != r["id"]:
                err(f"{fname}: {form!r} used by {owner[form]} and {r['id']}")
            owner[form] = r["id"]


# --------------------------------------------------------------------------- places
def build_places(states, state_forms: set[str]) -> list[dict[str, str]]:
    out = []
    for r in read_tsv(CUR / "places_curated.tsv", ["name", "qid", "kind", "aliases"]):
        if r["kind"] not in PLACE_KINDS:
            err(f"places: {r['name']}: bad kind {r['kind']}")
        check_qid("places", r["name"], r["qid"])
        out.append({"id": slugify(r["name"]), "name": r["name"], "qid": r["qid"],
                    "kind": r["kind"], "aliases": join(uniq(a for a in split(r["aliases"]) if a != r["name"]))})
    known = {f for r in out for f in [r["name"]] + split(r["aliases"])}
    # every capital variant must be a place; unknown ones become plain cities
    for s in states:
        for cap in split(s["capitals"]):
            if cap not in known:
                out.append({"id": slugify(cap), "name": cap, "qid": "", "kind": "city", "aliases": ""})
                known.add(cap)
    for r in out:
        for form in [r["name"]] + split(r["aliases"]):
            if form in state_forms:
                err(f"places: {r['name']}: form {form!r} is also a state name/alias")
    check_unique("places", out, "id")
    check_unique("places", [r for r in out if r["qid"]], "qid")
    check_forms_unique("places", out)
    return out


# --------------------------------------------------------------------------- offices
def build_offices():
    offices = read_tsv(CUR / "offices_curated.tsv", OFFICE_COLS)
    for r in offices:
        if r["kind"] not in OFFICE_KINDS:
            err(f"offices: {r['lemma']}: bad kind {r['kind']}")
        if r["scope"] not in OFFICE_SCOPES:
            err(f"offices: {r['lemma']}: bad scope {r['scope']}")
    check_unique("offices", offices, "lemma")
    fem = [r for r in offices if r["feminine"]]
    check_unique("offices(feminine)", fem, "feminine")
    quals = read_tsv(CUR / "office_qualifiers_curated.tsv", QUAL_COLS)
    for r in quals:
        if r["kind"] not in QUAL_KINDS:
            err(f"office_qualifiers: {r['lemma']}: bad kind {r['kind']}")
    check_unique("office_qualifiers", quals, "lemma")
    lemmas = {r["lemma"] for r in offices}
    mins = read_tsv(CUR / "ministries_curated.tsv", MINISTRY_COLS)
    for r in mins:
        if r["office"] not in lemmas:
            err(f"ministries: {r['lemma']}: unknown office {r['office']}")
    check_unique("ministries", mins, "lemma")
    return offices, quals, mins


# --------------------------------------------------------------------------- persons
def build_persons(office_lemmas: set[str], target_ids: set[str]):
    out = []
    for r in read_tsv(CUR / "persons_curated.tsv", ["name", "qid", "aliases", "offices"]):
        check_qid("persons", r["name"], r["qid"])
        for o in split(r["offices"]):
            lemma, _, target = o.partition("@")
            if lemma not in office_lemmas:
                err(f"persons: {r['name']}: unknown office {lemma!r}")
            if not target or target not in target_ids:
                err(f"persons: {r['name']}: unknown office target {target!r}")
        out.append({"id": slugify(r["name"]), "name": r["name"], "qid": r["qid"],
                    "aliases": join(uniq(a for a in split(r["aliases"]) if a != r["name"])),
                    "offices": join(uniq(split(r["offices"])))})
    check_unique("persons", out, "id")
    check_unique("persons", [r for r in out if r["qid"]], "qid")
    check_forms_unique("persons", out)
    return out


# --------------------------------------------------------------------------- first names
# countries of nam_dict.txt (order of its frequency columns, as in gender_guesser)
NEWS_COUNTRIES = {
    # name used in these countries at all (frequency >= 1) -> keep
    "core": ["germany", "austria", "swiss", "east_frisia"],
    # keep if at least "common" (frequency >= MIN_FREQ_NEWS) in one of these
    "news": ["great_britain", "ireland", "usa", "italy", "spain", "portugal", "france",
             "belgium", "luxembourg", "the_netherlands", "denmark", "norway", "sweden",
             "finland", "poland", "czech_republic", "slovakia", "hungary", "romania",
             "bulgaria", "croatia", "serbia", "slovenia", "bosniaand", "greece", "russia",
             "belarus", "ukraine", "moldova", "georgia", "armenia", "azerbaijan",
             "the_stans", "turkey", "arabia", "israel", "estonia", "latvia", "lithuania"],
}
MIN_FREQ_NEWS = 4


def load_nam_dict():
    import gender_guesser.detector as gd

    countries = gd.Detector.COUNTRIES
    path = Path(os.path.dirname(gd.__file__)) / "data" / "nam_dict.txt"
    names: dict[str, set[str]] = {}
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\r\n")
            if not line or line[0] in "#=":
                continue
            if len(line) > 29 and line[29] == "+":  # duplicate entry with expanded umlauts
                continue
            code = line[:3].strip()
            name = line[3:29].strip()
            freqs = line[30:].rstrip("$").rstrip()
            f = {c: int(ch, 16) for c, ch in zip(countries, freqs, strict=False) if ch.strip()}
            keep = any(f.get(c, 0) >= 1 for c in NEWS_COUNTRIES["core"]) or \
                any(f.get(c, 0) >= MIN_FREQ_NEWS for c in NEWS_COUNTRIES["news"])
            if not keep:
                continue
            g = {"M": "m", "1M": "m", "?M": "m", "F": "f", "1F": "f", "?F": "f", "?": "u"}.get(code)
            if g is None:
                continue
            variants = [name.replace("+", sep) for sep in ("-", " ")] if "+" in name else [name]
            for v in variants:
                names.setdefault(v, set()).add(g)
    return names


PLAIN_LETTERS = str.maketrans({"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d", "ı": "i"})
GERMAN_COMMON_PLAIN = {"liga"}  # "Līga": the plain spelling is the German noun


def plain_spelling(name: str) -> str:
    """ "Łukasz" -> "Lukasz", "Frédéric" -> "Frederic"; German umlauts and ß stay ("Jörg")."""
    if "ß" in name:
        return name
    decomposed = unicodedata.normalize("NFD", name.translate(PLAIN_LETTERS))
    return unicodedata.normalize("NFC", "".join(
        c for c in decomposed if unicodedata.category(c) != "Mn" or c == "\u0308"))


def build_first_names(block: set[str]):
    names = load_nam_dict()
    stop = {r["name"] for r in read_tsv(CUR / "first_names_stoplist.tsv", ["name", "reason"])}
    merged: dict[str, str] = {}
    for n, gs in names.items():
        if n in stop or n in block or len(n) < 2 or not n[0].isupper():
            continue
        merged[n] = gs.pop() if len(gs) == 1 else "u"
    # German news often drops the diacritics of other alphabets ("Lukasz Kaminski", "Jaroslaw"):
    # the plain spelling is the same name, unless it is a word of its own
    for n in list(merged):
        plain = plain_spelling(n)
        if plain != n and plain not in merged and plain not in stop and plain not in block \
                and plain.lower() not in GERMAN_COMMON_PLAIN:
            merged[plain] = merged[n]
    for r in read_tsv(CUR / "first_names_curated.tsv", FIRST_NAME_COLS):
        if r["gender"] not in {"m", "f", "u"}:
            err(f"first_names_curated: {r['name']}: bad gender {r['gender']}")
        merged[r["name"]] = r["gender"]  # curated wins over stoplist and derived gender
    return [{"name": n, "gender": g} for n, g in merged.items()]


# --------------------------------------------------------------------------- main
def main() -> int:
    states = build_states()
    state_forms = {f for s in states for f in [s["name"]] + split(s["aliases"])}
    orgs = build_orgs(state_forms)
    places = build_places(states, state_forms)
    offices, quals, mins = build_offices()
    persons = build_persons({r["lemma"] for r in offices},
                            {s["id"] for s in states} | {o["id"] for o in orgs})
    ids_states = {s["id"] for s in states}
    for p in places:
        if p["id"] in ids_states:
            err(f"places: id {p['id']} is also a state id")
    block = state_forms | {p["name"] for p in places if p["kind"] in {"continent", "region"}}
    first = build_first_names(block)
    org_words = read_tsv(CUR / "organization_words_curated.tsv", ["word", "note"])
    check_unique("organization_words", org_words, "word")
    institutions = read_tsv(CUR / "institutions_curated.tsv", ["lemma", "gender", "kind"])
    for r in institutions:
        if r["gender"] not in ("m", "f", "n", "p"):
            err(f"institutions: {r['lemma']}: bad gender {r['gender']}")
    check_unique("institutions", institutions, "lemma")
    region_adjectives = read_tsv(CUR / "region_adjectives_curated.tsv", ["adjective", "region"])
    place_ids = {r["id"] for r in places}
    for r in region_adjectives:
        if r["region"] not in place_ids:
            err(f"region_adjectives: {r['adjective']}: unknown place {r['region']}")
        if r["adjective"] != r["adjective"].lower():
            err(f"region_adjectives: {r['adjective']}: write adjectives in lower case")
    check_unique("region_adjectives", region_adjectives, "adjective")
    # places and bodies of one federal state, which tell which one a text's "Bundes-" means
    federal_members = read_tsv(CUR / "federal_members_curated.tsv", ["id", "state"])
    org_ids = {r["id"] for r in orgs}
    for r in federal_members:
        if r["id"] not in place_ids | org_ids:
            err(f"federal_members: {r['id']}: no such place or organization")
        if r["state"] not in ("deutschland", "oesterreich", "schweiz"):
            err(f"federal_members: {r['id']}: {r['state']} is no federal state")
    check_unique("federal_members", federal_members, "id")
    # wars and their sides: which war a text's bare "der Krieg" is
    wars = read_tsv(CUR / "wars_curated.tsv", ["id", "name", "sides", "start", "end"])
    state_ids = {r["id"] for r in states}
    for r in wars:
        for side in r["sides"].split("|"):
            if side not in state_ids | org_ids:
                err(f"wars: {r['id']}: {side}: no such state or organization")
        if not r["start"].isdigit() or r["end"] and not (r["end"].isdigit() and r["end"] >= r["start"]):
            err(f"wars: {r['id']}: bad years {r['start']}-{r['end']}")
    check_unique("wars", wars, "id")
    demonyms = build_demonyms(states)
    stances = {"assert", "deny", "reject", "support", "demand", "warn", "criticize", "propose"}
    verbs = read_tsv(CUR / "reporting_verbs_curated.tsv", ["lemma", "stance", "frame"])
    words = read_tsv(CUR / "evaluative_words_curated.tsv", ["stem", "stance"])
    for r in verbs + words:
        if r["stance"] not in stances:
            err(f"stance lexicon: {r}: bad stance")
    check_unique("reporting_verbs", verbs, "lemma")
    check_unique("evaluative_words", words, "stem")
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} error(s); nothing written", file=sys.stderr)
        return 1
    write_tsv("states.tsv", STATE_COLS, states, key=lambda r: r["id"])
    write_tsv("organizations.tsv", ORG_COLS, orgs, key=lambda r: r["id"])
    write_tsv("places.tsv", PLACE_COLS, places, key=lambda r: r["id"])
    write_tsv("offices.tsv", OFFICE_COLS, offices, key=lambda r: r["lemma"])
    write_tsv("office_qualifiers.tsv", QUAL_COLS, quals, key=lambda r: r["lemma"])
    write_tsv("ministries.tsv", MINISTRY_COLS, mins, key=lambda r: r["lemma"])
    write_tsv("institutions.tsv", ["lemma", "gender", "kind"], institutions, key=lambda r: r["lemma"])
    write_tsv("region_adjectives.tsv", ["adjective", "region"], region_adjectives, key=lambda r: r["adjective"])
    write_tsv("demonyms.tsv", ["demonym", "gender", "state"], demonyms, key=lambda r: (r["demonym"], r["gender"]))
    write_tsv("federal_members.tsv", ["id", "state"], federal_members, key=lambda r: r["id"])
    write_tsv("wars.tsv", ["id", "name", "sides", "start", "end"], wars, key=lambda r: r["id"])
    write_tsv("reporting_verbs.tsv", ["lemma", "stance", "frame"], verbs, key=lambda r: r["lemma"])
    write_tsv("evaluative_words.tsv", ["stem", "stance"], words, key=lambda r: r["stem"])
    write_tsv("persons.tsv", PERSON_COLS, persons, key=lambda r: r["id"])
    write_tsv("first_names.tsv", FIRST_NAME_COLS, first, key=lambda r: r["name"])
    write_tsv("organization_words.tsv", ["word", "note"], org_words, key=lambda r: r["word"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
