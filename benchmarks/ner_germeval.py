"""GermEval 2014 exact-span F1 of the full pipeline (gazetteers + rules + statistical NER).

    python benchmarks/ner_germeval.py [--file NER-de-test-a.tsv]

Runs `kg ner` logic on the file and scores it with ../shared/eval/ner_score.py.
The shipped model is trained on dev + test-a; for an honest test-a figure,
retrain on dev only first (benchmarks/ner_statistical.py does that for the model
alone) or pass --model DIR with a dev-only model.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--file", type=Path, default=SHARED / "data" / "germeval2014" / "NER-de-test-a.tsv")
    ap.add_argument("--model", type=Path, default=None, help="statistical NER model dir (default: shipped)")
    ap.add_argument("--no-model", action="store_true", help="gazetteers and rules only")
    args = ap.parse_args()

    from kg.nlp.pipeline import load_pipeline
    from kg.paths import NER_MODEL_DIR
    from kg.tagging import tag_file

    model = None if args.no_model else (args.model or NER_MODEL_DIR)
    nlp = load_pipeline(ner_model=model)
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.tsv"
        t0 = time.perf_counter()
        n = tag_file(nlp, args.file, pred)
        seconds = time.perf_counter() - t0
        print(f"model: {model}; {n} sentences in {seconds:.1f} s")
        subprocess.run([sys.executable, str(SHARED / "eval" / "ner_score.py"), str(args.file), str(pred)], check=True)


if __name__ == "__main__":
    main()
