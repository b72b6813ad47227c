#!/usr/bin/env python3
"""Benchmark kg's statistical NER on GermEval 2014 test-a.

Retrains the NER on GermEval 2014 dev only (with the shipped config
``kg/nlp/ner.cfg`` and seed 0) into a temporary directory, tags test-a,
writes the predictions in GermEval format and scores them with the shared
scorer (``ner_score.py``, exact-span P/R/F1 for PER, LOC, ORG).

    python benchmarks/ner_statistical.py [--data DIR] [--scorer PATH]
        [--seed N] [--keep-pred FILE] [--json]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.germeval import read_germeval, write_germeval  # noqa: E402
from kg.nlp.ner_train import DEFAULT_CONFIG, tag_sentences, train_ner  # noqa: E402

SHARED = Path(os.environ.get("KG_SHARED", "/work/shared"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=SHARED / "data" / "germeval2014")
    ap.add_argument("--scorer", type=Path, default=SHARED / "eval" / "ner_score.py")
    ap.add_argument("--config", type=Path, default=DEFAULT_CONFIG)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--keep-pred", type=Path, help="also copy the predictions here")
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    a = ap.parse_args(argv)

    import spacy

    train_path = a.data / "NER-de-dev.tsv"
    test_path = a.data / "NER-de-test-a.tsv"
    with tempfile.TemporaryDirectory(prefix="kg-ner-bench-") as tmp:
        tmp = Path(tmp)
        model_dir = tmp / "model"
        t0 = time.perf_counter()
        train_ner([train_path], model_dir, dev_path=None, seed=a.seed, config_path=a.config)
        train_seconds = time.perf_counter() - t0

        gold = read_germeval(test_path)
        nlp = spacy.load(model_dir)
        t1 = time.perf_counter()
        pred_tags = tag_sentences(nlp, [toks for toks, _ in gold])
        tag_seconds = time.perf_counter() - t1
        n_tokens = sum(len(toks) for toks, _ in gold)

        pred_path = tmp / "pred.tsv"
        write_germeval(pred_path, [(toks, tags) for (toks, _), tags in zip(gold, pred_tags, strict=False)])
        if a.keep_pred:
            a.keep_pred.write_text(pred_path.read_text(encoding="utf-8"), encoding="utf-8")
        out = subprocess.run(
            [sys.executable, str(a.scorer), str(test_path), str(pred_path), "--json"],
            check=True, capture_output=True, text=True,
        ).stdout
        rows = json.loads(out)

    result = {
        "train": str(train_path), "test": str(test_path), "config": str(a.config), "seed": a.seed,
        "train_seconds": round(train_seconds, 1), "tag_seconds": round(tag_seconds, 2),
        "tokens_per_second": round(n_tokens / tag_seconds), "scores": rows,
    }
    if a.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"kg statistical NER: train on {train_path.name}, test on {test_path.name} (seed {a.seed})")
    print(f"{'label':<6}{'P':>8}{'R':>8}{'F1':>8}{'tp':>7}{'pred':>7}{'gold':>7}")
    for lab, r in rows.items():
        print(f"{lab:<6}{r['precision']:>8.4f}{r['recall']:>8.4f}{r['f1']:>8.4f}"
              f"{r['tp']:>7}{r['predicted']:>7}{r['gold']:>7}")
    print(f"training seconds: {train_seconds:.1f}")
    print(f"tagging: {n_tokens} tokens in {tag_seconds:.2f} s ({n_tokens / tag_seconds:.0f} tokens/s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
