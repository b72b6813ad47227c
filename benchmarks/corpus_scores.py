"""Scores of each corpus text built alone, against ../shared/eval/gold (score.py --pairs).

    python benchmarks/corpus_scores.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def main() -> None:
    from kg.build import build

    with tempfile.TemporaryDirectory() as tmp:
        for text in sorted((SHARED / "seeds").glob("*.txt")):
            build([text], Path(tmp) / f"seed-{text.name[:3]}")
        subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "--pairs", tmp,
                        str(SHARED / "eval" / "gold")], check=True)


if __name__ == "__main__":
    main()
