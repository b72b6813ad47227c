"""`kg ner` (GermEval format in and out) and `kg train ner` on small data the test writes."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from kg.cli import main
from kg.germeval import read_germeval

SENTENCES = [
    ("Die finnische Außenministerin Elina Valtonen sprach in Genf mit Vertretern der OSZE .",
     {"Elina Valtonen": "PER", "Genf": "LOC", "OSZE": "ORG"}),
    ("Kanzler Friedrich Merz reiste nach Warschau .", {"Friedrich Merz": "PER", "Warschau": "LOC"}),
    ("Laut Reuters kritisierte die NATO den Angriff auf Charkiw .", {"NATO": "ORG", "Charkiw": "LOC"}),
]


def write_tsv(path: Path, sentences=SENTENCES) -> Path:
    lines = []
    for text, ents in sentences:
        tokens = text.split()
        tags = ["O"] * len(tokens)
        for name, label in ents.items():
            words = name.split()
            for i in range(len(tokens) - len(words) + 1):
                if tokens[i:i + len(words)] == words:
                    tags[i] = "B-" + label
                    for j in range(i + 1, i + len(words)):
                        tags[j] = "I-" + label
        lines.append(f"# {text}")
        lines += [f"{i + 1}\t{t}\t{g}\tO" for i, (t, g) in enumerate(zip(tokens, tags, strict=True))]
        lines.append("")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_kg_ner_keeps_tokens_and_finds_entities(tmp_path):
    source = write_tsv(tmp_path / "in.tsv")
    out = tmp_path / "out.tsv"
    assert main(["ner", str(source), "-o", str(out)]) == 0
    gold, pred = read_germeval(source), read_germeval(out)
    assert [t for t, _ in gold] == [t for t, _ in pred]
    assert all(line.split("\t")[3] == "O" for line in out.read_text().splitlines() if line and not line[0] == "#")
    hits = sum(g == p for (_, gt), (_, pt) in zip(gold, pred, strict=True) for g, p in zip(gt, pt, strict=True)
               if g != "O")
    total = sum(g != "O" for _, gt in gold for g in gt)
    assert hits >= total - 1


def test_kg_ner_keeps_a_glued_token_whole(tmp_path):
    source = write_tsv(tmp_path / "in.tsv", [("Landeshauptmann HansNiessler sprach .", {})])
    out = tmp_path / "out.tsv"
    assert main(["ner", str(source), "-o", str(out)]) == 0
    assert [t for t, _ in read_germeval(out)] == [["Landeshauptmann", "HansNiessler", "sprach", "."]]


def test_kg_ner_tags_names_not_institution_nouns_and_capital_datelines(tmp_path):
    source = write_tsv(tmp_path / "in.tsv", [("TOKIO ( AP ) – Die Bundesregierung und der Bundestag stritten .", {})])
    out = tmp_path / "out.tsv"
    assert main(["ner", str(source), "-o", str(out)]) == 0
    tags = dict(zip(*read_germeval(out)[0], strict=True))
    assert (tags["TOKIO"], tags["Bundesregierung"], tags["Bundestag"]) == ("B-LOC", "O", "B-ORG")


def test_kg_ner_bad_input_is_one_line_error(tmp_path, capsys):
    assert main(["ner", str(tmp_path / "missing.tsv"), "-o", str(tmp_path / "o.tsv")]) == 2
    assert capsys.readouterr().err.count("\n") == 1


@pytest.mark.slow
def test_train_ner_writes_a_loadable_model(tmp_path):
    from kg.nlp.ner_train import train_ner

    data = write_tsv(tmp_path / "train.tsv", SENTENCES * 5)
    out = tmp_path / "model"
    scores = train_ner([data], out, overrides={"training.max_epochs": 2})
    assert "train_seconds" in scores
    nlp = spacy.load(out)
    assert "ner" in nlp.pipe_names and nlp("Kanzler Friedrich Merz reiste nach Warschau.")
