"""Train kg's statistical German NER (PER, LOC, ORG) on GermEval 2014.

The model is a spaCy pipeline on ``spacy.blank("de")`` with three components
(config ``kg/nlp/ner.cfg``):

* ``hanta`` (factory ``kg_hanta_tagger``, kg/nlp/hanta_tagger.py): HanTa's German
  part-of-speech tagger (PyPI ``HanTa``, its own TIGER-trained model) writes
  STTS tags to the built-in ``token.tag_``; not trainable, nothing on disk;
* ``tok2vec``: MultiHashEmbed over NORM, PREFIX, SUFFIX, SHAPE and TAG,
  MaxoutWindowEncoder (width 96, depth 4);
* ``ner``: spaCy's transition-based NER, listening to that ``tok2vec``.

It is trained with spaCy's own loop (``spacy.training.loop.train``) on a
fixed schedule (``training.max_epochs``, no early stopping, no model
selection on held-out data) with a fixed seed; the saved directory holds the
averaged parameters after the last epoch.

Loading: ``nlp = spacy.load(out_dir)`` (the ``kg_hanta_tagger`` factory is a
``spacy_factories`` entry point) runs on pre-tokenized Docs
(``kg.germeval.to_doc``) or on text. ``kg.nlp.pipeline.load_pipeline`` sources
``tok2vec`` and ``ner`` into the kg pipeline, whose own tagger runs first.

    from kg.nlp.ner_train import train_ner
    scores = train_ner([Path("NER-de-dev.tsv")], Path("out"),
                       dev_path=Path("NER-de-test-a.tsv"), seed=0)
"""
from __future__ import annotations

import io
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from kg.gazetteer import load as load_gazetteer
from kg.germeval import LABELS, bio_to_spans, doc_to_tags, read_germeval, to_doc, to_docbin
from kg.nlp.name_features import feature_table, set_vectors, word_clusters

DEFAULT_CONFIG = Path(__file__).with_name("ner.cfg")

# HanTa's STTS tags are a feature of the NER (its proper-noun tag NE is the strongest cue):
# the training pipeline runs the project's own tagger component (kg_hanta_tagger), so the
# model sees exactly the tags the kg pipeline gives it at run time.
from kg.nlp import factories  # noqa: E402,F401 - registers kg_hanta_tagger


def augment_mentions(sentences, copies: int, seed: int):
    """Honest mention-replacement augmentation (training data only).

    For each copy, every sentence that has entities is duplicated with each
    entity replaced by a random mention of the same label taken from the same
    training data.  Returns only the new sentences.
    """
    rng = random.Random(seed)
    mentions: dict[str, list[list[str]]] = {lab: [] for lab in LABELS}
    for toks, tags in sentences:
        for s, e, lab in bio_to_spans(tags):
            mentions[lab].append(toks[s:e])
    out = []
    for _ in range(copies):
        for toks, tags in sentences:
            spans = bio_to_spans(tags)
            if not spans:
                continue
            new_t, new_g, pos = [], [], 0
            for s, e, lab in spans:
                new_t += toks[pos:s]
                new_g += tags[pos:s]
                m = rng.choice(mentions[lab])
                new_t += m
                new_g += [f"B-{lab}"] + [f"I-{lab}"] * (len(m) - 1)
                pos = e
            new_t += toks[pos:]
            new_g += tags[pos:]
            out.append((new_t, new_g))
    return out


def tag_sentences(nlp, token_lists: Iterable[Sequence[str]], batch_size: int = 256) -> list[list[str]]:
    """Run a loaded pipeline on pre-tokenized sentences; return BIO tags."""
    docs = (to_doc(nlp.vocab, toks) for toks in token_lists)
    return [doc_to_tags(doc) for doc in nlp.pipe(docs, batch_size=batch_size)]


def score(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]) -> dict[str, dict[str, float]]:
    """Exact-span P/R/F1 per label and ALL (same logic as the shared scorer)."""
    counts = {lab: [0, 0, 0] for lab in LABELS}
    for g_tags, p_tags in zip(gold, pred, strict=True):
        g, p = set(bio_to_spans(g_tags)), set(bio_to_spans(p_tags))
        for lab in LABELS:
            gl = {s for s in g if s[2] == lab}
            pl = {s for s in p if s[2] == lab}
            counts[lab][0] += len(gl & pl)
            counts[lab][1] += len(pl)
            counts[lab][2] += len(gl)
    counts["ALL"] = [sum(c[i] for c in counts.values()) for i in range(3)]
    rows = {}
    for lab, (tp, np_, ng) in counts.items():
        p = tp / np_ if np_ else 0.0
        r = tp / ng if ng else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        rows[lab] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                     "tp": tp, "predicted": np_, "gold": ng}
    return rows


def _finish_model_dir(out_dir: Path, train_paths, seed: int, config_path: Path, augment: int) -> None:
    """Drop temporary corpus paths from the saved config; fill in meta.json."""
    import json

    from spacy.util import load_config

    cfg = load_config(out_dir / "config.cfg", interpolate=False)
    cfg["paths"]["train"] = None
    cfg["paths"]["dev"] = None
    cfg["paths"]["vectors"] = None
    cfg.to_disk(out_dir / "config.cfg")
    meta_path = out_dir / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update({
        "name": "kg_ner_de",
        "version": "0.1.0",
        "description": "kg statistical German NER (PER, LOC, ORG) trained on GermEval 2014 "
                       f"({', '.join(Path(p).name for p in train_paths)}); seed {seed}, "
                       f"config {Path(config_path).name}, augment {augment}",
        "license": "CC BY 4.0 (training data: GermEval 2014)",
        "sources": [{
            "name": "GermEval 2014 NER Shared Task data",
            "author": "Darina Benikova, Chris Biemann, Marc Reznicek",
            "license": "CC BY 4.0",
        }],
    })
    meta.pop("performance", None)
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf-8")


def train_ner(
    train_paths: list[Path],
    out_dir: Path,
    dev_path: Path | None = None,
    seed: int = 0,
    config_path: Path | None = None,
    overrides: dict[str, Any] | None = None,
    augment: int = 0,
    verbose: bool = False,
) -> dict:
    """Train the NER on GermEval files, save it to ``out_dir``, return scores.

    train_paths: GermEval 2014 TSV files to train on (concatenated).
    out_dir: where the pipeline is saved (``nlp.to_disk``); replaced if present.
    dev_path: optional GermEval file to evaluate the final model on (it is
        not used for model selection: the schedule is fixed by the config).
    seed: random seed (``training.seed``).
    config_path: spaCy config, ``kg/nlp/ner.cfg`` by default.
    overrides: extra config overrides, e.g. ``{"training.max_epochs": 40}``.
    augment: number of mention-replacement copies of the training data
        (0 = none).

    Returns ``{"train_seconds", "n_train", "scores"}`` where ``scores`` is the
    per-label/ALL P/R/F1 dict on ``dev_path`` (empty without one).
    """
    import spacy
    from spacy.training.initialize import init_nlp
    from spacy.training.loop import train as spacy_train
    from spacy.util import load_config

    out_dir = Path(out_dir)
    config_path = Path(config_path) if config_path else DEFAULT_CONFIG
    sents = []
    for p in train_paths:
        sents += read_germeval(p)
    if augment:
        sents = sents + augment_mentions(sents, augment, seed)
    vocab = spacy.blank("de").vocab
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kg-ner-") as tmp:
        tmp = Path(tmp)
        to_docbin(vocab, sents, tmp / "train.spacy")
        # The training loop wants a dev corpus; the schedule is fixed, so a
        # small slice of the training data is enough (only for its log).
        to_docbin(vocab, sents[:50], tmp / "dev.spacy")
        # The curated lists' word classes, as the static vectors the tok2vec reads.
        vectors_nlp = spacy.blank("de")
        set_vectors(vectors_nlp.vocab, feature_table(load_gazetteer()), word_clusters())
        vectors_nlp.to_disk(tmp / "vectors")
        ov = {
            "paths.train": str(tmp / "train.spacy"),
            "paths.dev": str(tmp / "dev.spacy"),
            "paths.vectors": str(tmp / "vectors"),
            "system.seed": seed,
            "training.seed": seed,
        }
        ov.update(overrides or {})
        config = load_config(config_path, overrides=ov, interpolate=False)
        out = sys.stdout if verbose else io.StringIO()
        nlp = init_nlp(config, use_gpu=-1)
        (tmp / "run").mkdir()
        spacy_train(nlp, tmp / "run", use_gpu=-1, stdout=out, stderr=out)
        readme = out_dir / "README.md"
        keep = readme.read_text(encoding="utf-8") if readme.exists() else None
        if out_dir.exists():
            shutil.rmtree(out_dir)
        shutil.copytree(tmp / "run" / "model-last", out_dir)
        if keep is not None:  # the model card survives retraining
            readme.write_text(keep, encoding="utf-8")
    train_seconds = time.perf_counter() - t0
    _finish_model_dir(out_dir, train_paths, seed, config_path, augment)
    result: dict[str, Any] = {"train_seconds": round(train_seconds, 1), "n_train": len(sents), "scores": {}}
    if dev_path is not None:
        gold = read_germeval(dev_path)
        nlp = spacy.load(out_dir)
        t1 = time.perf_counter()
        pred = tag_sentences(nlp, [t for t, _ in gold])
        secs = time.perf_counter() - t1
        ntok = sum(len(t) for t, _ in gold)
        result["scores"] = score([g for _, g in gold], pred)
        result["tokens_per_second"] = round(ntok / secs)
    return result


def main(argv: list[str] | None = None) -> int:
    import argparse
    import json

    ap = argparse.ArgumentParser(description="Train kg's German NER on GermEval 2014 files.")
    ap.add_argument("train", nargs="+", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--dev", type=Path)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--config", type=Path)
    ap.add_argument("--augment", type=int, default=0)
    ap.add_argument("--set", action="append", default=[], metavar="KEY=JSON",
                    help="config override, e.g. training.max_epochs=40")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args(argv)
    overrides = {}
    for kv in a.set:
        k, _, v = kv.partition("=")
        overrides[k] = json.loads(v)
    res = train_ner(a.train, a.out, a.dev, a.seed, a.config, overrides, a.augment, a.verbose)
    print(json.dumps(res, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
