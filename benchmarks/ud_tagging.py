"""Evaluate the HanTa tagger component on UD German GSD (gold tokenisation).

Usage::

    python benchmarks/ud_tagging.py [--data DIR] [--split test dev] [--check-identical]

Prints UPOS, XPOS (STTS) and lemma accuracy (exact and case-insensitive)
against the gold columns, plus throughput of the component alone.  Multiword
token ranges ("3-4 im") are skipped; the syntactic words are used.  GSD
spells the pronominal adverb tag "PAV" while the component emits the STTS
1999 / TIGER spelling "PROAV"; the two are treated as equal.

Data: Universal Dependencies German GSD (CC BY-SA 4.0), read from
``../shared/data/ud-german-gsd/``; nothing is copied into the repository.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "ud-german-gsd"


def read_conllu(path: Path) -> list[list[tuple[str, str, str, str]]]:
    """Sentences as lists of (form, lemma, upos, xpos) for the word lines."""
    sents: list[list[tuple[str, str, str, str]]] = []
    cur: list[tuple[str, str, str, str]] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 10:
                continue
            tid = cols[0]
            if "-" in tid or "." in tid:  # multiword range or empty node
                continue
            cur.append((cols[1], cols[2], cols[3], cols[4]))
    if cur:
        sents.append(cur)
    return sents


def _norm_xpos(tag: str) -> str:
    return "PROAV" if tag == "PAV" else tag


def evaluate(split: str, sents, nlp, component) -> dict:
    from spacy.tokens import Doc

    docs = []
    for sent in sents:
        words = [w[0] for w in sent]
        starts = [True] + [False] * (len(words) - 1)
        docs.append(Doc(nlp.vocab, words=words, sent_starts=starts))
    ntok = sum(len(d) for d in docs)

    t0 = time.perf_counter()
    for doc in docs:
        component(doc)
    elapsed = time.perf_counter() - t0

    n = upos_ok = xpos_ok = lem_ok = lem_ci_ok = 0
    upos_err: Counter = Counter()
    xpos_err: Counter = Counter()
    for doc, sent in zip(docs, sents, strict=True):
        for tok, (_form, g_lemma, g_upos, g_xpos) in zip(doc, sent, strict=True):
            n += 1
            upos_ok += tok.pos_ == g_upos
            if _norm_xpos(tok.tag_) == _norm_xpos(g_xpos):
                xpos_ok += 1
            else:
                xpos_err[(g_xpos, tok.tag_)] += 1
            if tok.pos_ != g_upos:
                upos_err[(g_upos, tok.pos_)] += 1
            lem_ok += tok.lemma_ == g_lemma
            lem_ci_ok += tok.lemma_.lower() == g_lemma.lower()
    return {
        "split": split,
        "sentences": len(sents),
        "tokens": n,
        "upos": upos_ok / n,
        "xpos": xpos_ok / n,
        "lemma": lem_ok / n,
        "lemma_ci": lem_ci_ok / n,
        "seconds": elapsed,
        "tok_per_s": ntok / elapsed if elapsed else float("inf"),
        "upos_err": upos_err,
        "xpos_err": xpos_err,
    }


def check_identical(sents) -> tuple[int, int, float, float]:
    """Compare plain HanoverTagger.tag_sent with the cached subclass."""
    from HanTa import HanoverTagger as ht

    from kg.nlp.hanta_tagger import MODEL_NAME, CachedHanoverTagger

    plain = ht.HanoverTagger(MODEL_NAME)
    cached = CachedHanoverTagger(MODEL_NAME)
    words = [[w[0] for w in s] for s in sents]
    t0 = time.perf_counter()
    a = [plain.tag_sent(ws, taglevel=1) for ws in words]
    t_plain = time.perf_counter() - t0
    t0 = time.perf_counter()
    b = [cached.tag_sent(ws, taglevel=1) for ws in words]
    t_cached = time.perf_counter() - t0
    diff = sum(x != y for x, y in zip(a, b, strict=True))
    ntok = sum(len(ws) for ws in words)
    return diff, len(words), ntok / t_plain, ntok / t_cached


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--split", nargs="+", default=["test", "dev"])
    ap.add_argument("--errors", type=int, default=10, help="show the N most frequent confusions")
    ap.add_argument("--check-identical", action="store_true",
                    help="also compare plain HanTa tag_sent with the cached tagger")
    args = ap.parse_args(argv)

    import spacy

    t0 = time.perf_counter()
    from kg.nlp.hanta_tagger import HantaTagger

    nlp = spacy.blank("de")
    component = HantaTagger(nlp.vocab)
    print(f"load: {time.perf_counter() - t0:.2f}s")

    for split in args.split:
        path = args.data / f"de_gsd-ud-{split}.conllu"
        sents = read_conllu(path)
        r = evaluate(split, sents, nlp, component)
        print(
            f"{split}: {r['sentences']} sentences, {r['tokens']} tokens | "
            f"UPOS {r['upos']:.2%}  XPOS {r['xpos']:.2%}  "
            f"lemma {r['lemma']:.2%}  lemma(ci) {r['lemma_ci']:.2%} | "
            f"{r['tok_per_s']:,.0f} tokens/s"
        )
        if args.errors:
            print("  top UPOS confusions (gold->pred):",
                  ", ".join(f"{g}->{p} {c}" for (g, p), c in r["upos_err"].most_common(args.errors)))
            print("  top XPOS confusions (gold->pred):",
                  ", ".join(f"{g}->{p} {c}" for (g, p), c in r["xpos_err"].most_common(args.errors)))
        if args.check_identical:
            diff, nsent, tps_plain, tps_cached = check_identical(sents)
            print(f"  identical check: {nsent - diff}/{nsent} sentences identical; "
                  f"tag_sent plain {tps_plain:,.0f} tok/s, cached {tps_cached:,.0f} tok/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
