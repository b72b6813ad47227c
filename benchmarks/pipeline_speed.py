"""Speed of the whole pipeline (NLP + extraction) on real German news, one core.

    python benchmarks/pipeline_speed.py [--articles N]

Prints pipeline load time, tokens/s of the full pipeline and, as a baseline
measured in the same run, tokens/s of spaCy's German tokenizer alone (ratio).
Target (issue 3): >= 5,000 tokens/s, load <= 3 s.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

ARTICLES = Path(__file__).resolve().parents[2] / "shared" / "data" / "10kgnad" / "articles.tsv"


def read_articles(n: int) -> list[str]:
    texts = []
    for line in ARTICLES.read_text(encoding="utf-8").splitlines():
        _, _, text = line.partition("\t")
        texts.append(text.strip("'"))
        if len(texts) == n:
            break
    return texts


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=400)
    args = ap.parse_args()
    texts = read_articles(args.articles)

    import spacy

    t0 = time.perf_counter()
    from kg.extract import extract
    from kg.nlp.pipeline import load_pipeline
    from kg.types import Document

    nlp = load_pipeline()
    nlp("Aufwärmen.")  # first call loads HanTa's model and the gazetteer
    load = time.perf_counter() - t0

    tokenizer = spacy.blank("de")
    t0 = time.perf_counter()
    tokens = sum(len(tokenizer(t)) for t in texts)
    base = time.perf_counter() - t0

    t0 = time.perf_counter()
    for i, doc in enumerate(nlp.pipe(texts)):
        extract(doc, Document(id=str(i), source="bench", text=texts[i]))
    full = time.perf_counter() - t0

    print(f"articles: {len(texts)}  tokens: {tokens}")
    print(f"pipeline load: {load:.2f} s (target <= 3 s)")
    print(f"tokenizer alone: {tokens / base:,.0f} tokens/s")
    print(f"full pipeline + extraction: {tokens / full:,.0f} tokens/s (target >= 5,000); "
          f"{base / full:.3f} x the tokenizer's speed")


if __name__ == "__main__":
    main()
