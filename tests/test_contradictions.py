"""Contradictions: conflicting stances of different speakers on the same matter, in a real build."""

from __future__ import annotations

from kg.cli import main
from kg.contradictions import contradictions

TEXT = """Gipfel ungewiss | Test Redaktion. 12.03.2024.

Der französische Außenminister Jean Dupont betonte, dass ein Abkommen über die Grenze bereits vereinbart sei.
Der belgische Regierungschef Marc Peeters sagte dagegen, ein Abkommen über die Grenze sei nie vereinbart worden.
Die Wetterdienste meldeten Regen.
"""


def test_contradiction_is_found_and_listed(tmp_path, capsys):
    source = tmp_path / "text.txt"
    source.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(source), "-o", str(out)]) == 0
    pairs = contradictions(out)
    assert len(pairs) == 1
    a, b = pairs[0]
    assert {a.speaker, b.speaker} == {"Jean Dupont", "Marc Peeters"}
    assert {a.stance, b.stance} == {"assert", "deny"}
    capsys.readouterr()
    assert main(["contradictions", str(out)]) == 0
    assert "Marc Peeters" in capsys.readouterr().out


def test_same_speaker_or_unrelated_matter_is_no_contradiction():
    from kg.extract.contradictions import conflicting
    from kg.types import EntityRef, Statement

    x = EntityRef("person", "x")
    y = EntityRef("person", "y")
    said = Statement(x, "assert", 0, topics=("Abkommen",))
    assert not conflicting(said, Statement(x, "deny", 1, topics=("Abkommen",)))
    assert not conflicting(said, Statement(y, "deny", 1, topics=("Regen",)))
    assert not conflicting(said, Statement(y, "assert", 1, topics=("Abkommen",)))
