"""The development gold sets in benchmarks/goldsets/ are in ../shared/eval/GOLD_FORMAT.md and score with
../shared/eval/score.py: every gold file has its text, the keys, types and stances the format allows, and the
scorer reads it."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "benchmarks" / "goldsets"
SCORE = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"
GOLDS = sorted(ROOT.glob("set*/gold/*.json"))
KEYS = {"id", "source", "doc_date", "persons", "states", "organizations", "places", "positions", "events",
        "statements"}


@pytest.fixture(scope="module")
def score():
    if not SCORE.exists():
        pytest.skip("../shared/eval/score.py is not beside the project")
    spec = importlib.util.spec_from_file_location("score", SCORE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_there_are_read_and_held_out_sets():
    assert {p.parent.parent.name for p in GOLDS} == {"set90", "set91", "set92", "set93", "set98", "set99", "set106",
                                                      "set107", "set111", "set112", "set113"}
    assert len(GOLDS) == 66


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.stem)
def test_gold_file_is_in_the_gold_format(path, score):
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert KEYS <= set(gold) and gold["id"] == path.stem
    assert (path.parent.parent / "texts" / gold["source"]).is_file()
    assert {e["type"] for e in gold["events"]} <= set(score.EVENT_TYPES)
    assert {s["stance"] for s in gold["statements"]} <= set(score.STANCES)
    assert all(p["person"] and p["role"] for p in gold["positions"])
    items = score.gold_items(gold)
    assert len(items["persons"]) == len(gold["persons"])


def test_the_real_sets_texts_are_recreated_the_same_way():
    spec = importlib.util.spec_from_file_location("real_texts", ROOT / "real_texts.py")
    real = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(real)
    if not real.ARTICLES.exists():
        pytest.skip("../shared/data/10kgnad is not beside the project")
    sets = {name: real.set_texts(name) for name in real.SETS}
    assert sorted(sets["set94"]) == ["set94_0060", "set94_0175", "set94_0369", "set94_0566", "set94_0624",
                                     "set94_0859"]
    stems = [stem.split("_")[1] for texts in sets.values() for stem in texts]
    assert len(stems) == len(set(stems)) == 6 * len(real.SETS)  # no article in two sets
