"""Write the texts of the real-news gold sets (10kGNAD International articles) into a folder.

    python benchmarks/goldsets/real_texts.py OUT [SET ...]

10kGNAD may not be copied into the repository (../shared/data/README.md), so its annotated sets live
outside it and are lost with their folder; this recreates their texts, the same ones every time, for
annotating again (prompts/prompt_annot_official.txt). The candidates are the articles of one category
(International, or Inland for domestic Austrian politics) of 250 to 800 words in
../shared/data/10kgnad/articles.tsv, shuffled with a fixed seed; each set takes the next six of its category.
OUT/SET/texts/SET_NNNN.txt is article line NNNN (from 0) with a newline.

| set | articles | use |
|---|---|---|
| set94, set96, set100, set102, set104 | International | read: error analysis |
| set95, set97, set101, set103, set105 | International | held out: aggregate figures only |
| set108, set110, set114, set115 | Inland | read (none held out: unannotated Inland articles were read for errors) |
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ARTICLES = Path(__file__).resolve().parents[3] / "shared" / "data" / "10kgnad" / "articles.tsv"
SEED = 2711
SET_SIZE = 6
# each set's category and first candidate in that category's shuffled order
SETS = {"set94": ("International", 0), "set95": ("International", 6), "set96": ("International", 12),
        "set97": ("International", 18), "set100": ("International", 24), "set101": ("International", 30),
        "set102": ("International", 36), "set103": ("International", 42), "set104": ("International", 48),
        "set105": ("International", 54), "set108": ("Inland", 0), "set110": ("Inland", 6),
        "set114": ("Inland", 12), "set115": ("Inland", 18)}


def candidates(articles: Path = ARTICLES, category: str = "International") -> list[tuple[int, str]]:
    """(line number, text) of the articles of a category of 250 to 800 words, in the fixed shuffled order."""
    lines = articles.read_text(encoding="utf-8").splitlines()
    found = [(i, text) for i, (cat, _, text) in enumerate(line.partition("\t") for line in lines)
             if cat == category and 250 <= len(text.split()) <= 800]
    random.Random(SEED).shuffle(found)
    return found


def set_texts(name: str, articles: Path = ARTICLES) -> dict[str, str]:
    """{"set94_0060": text, ...} for one set."""
    category, first = SETS[name]
    return {f"{name}_{i:04d}": text + "\n" for i, text in candidates(articles, category)[first:first + SET_SIZE]}


def main(argv: list[str]) -> int:
    if not argv or any(name not in SETS for name in argv[1:]):
        print(f"usage: real_texts.py OUT [SET ...]; sets: {', '.join(SETS)}", file=sys.stderr)
        return 2
    for name in argv[1:] or list(SETS):
        folder = Path(argv[0]) / name / "texts"
        folder.mkdir(parents=True, exist_ok=True)
        for stem, text in set_texts(name).items():
            (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
