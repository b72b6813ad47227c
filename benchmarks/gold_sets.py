"""F1 per category on sets of annotated texts, each text built alone (as the hidden evaluation does).

    python benchmarks/gold_sets.py ROOT SET [SET ...] [--out PREFIX] [--quiet]

ROOT/SET/texts/<id>.txt are the texts and ROOT/SET/gold/<id>.json their gold in
../shared/eval/GOLD_FORMAT.md (see benchmarks/ANNOTATING.md for how such sets are
made); the set name `corpus` means the corpus texts and ../shared/eval/gold.
Graphs go to PREFIX_SET/<id>/graph.ttl (default /tmp/gold_SET/...), so two
versions of the code can be compared graph by graph. Prints one line of F1 per
set (persons states organizations places positions events statements), one for
all sets together, and, for all sets, correct / system / gold per category.
With --quiet only the last two.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def _scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _pairs(root: Path, name: str) -> list[tuple[Path, Path]]:
    """(text, gold) of one set."""
    if name == "corpus":
        golds = sorted((SHARED / "eval" / "gold").glob("*.json"))
        return [(SHARED / "seeds" / json.loads(g.read_text(encoding="utf-8"))["source"], g) for g in golds]
    golds = sorted((root / name / "gold").glob("*.json"))
    return [(root / name / "texts" / f"{g.stem}.txt", g) for g in golds]


def _line(label: str, totals: dict, score) -> str:
    return f"{label:<8}" + " ".join(f"{score.prf(*totals[k])[2]:.3f}" for k in totals)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("root", type=Path)
    ap.add_argument("sets", nargs="+")
    ap.add_argument("--out", default="/tmp/gold")
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args(argv)

    from kg.build import build
    from kg.nlp.pipeline import load_pipeline

    score = _scorer()
    nlp = load_pipeline()
    everything = {k: [0, 0, 0] for k in score.MATCHERS}
    for name in a.sets:
        totals = {k: [0, 0, 0] for k in score.MATCHERS}
        for text, gold in _pairs(a.root, name):
            outdir = Path(f"{a.out}_{name}") / gold.stem
            build([text], outdir, nlp=nlp, reuse=False)
            for k, v in score.score_pair(outdir / "graph.ttl", gold).items():
                totals[k] = [x + y for x, y in zip(totals[k], v, strict=True)]
                everything[k] = [x + y for x, y in zip(everything[k], v, strict=True)]
        if not a.quiet:
            print(_line(name, totals, score))
    print(_line("ALL", everything, score))
    print("counts  " + "  ".join(f"{k[:6]} {'/'.join(map(str, v))}" for k, v in everything.items()))


if __name__ == "__main__":
    main()
