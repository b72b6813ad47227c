"""`kg train ner`"""

from __future__ import annotations

from pathlib import Path

import typer

from ..paths import NER_MODEL_DIR
from . import app

train_app = typer.Typer(help="Train the project's own models.", no_args_is_help=True)
app.add_typer(train_app, name="train")
GERMEVAL = Path(__file__).resolve().parents[3] / "shared" / "data" / "germeval2014"


@train_app.command("ner")
def train_ner_cli(
    data: list[Path] = typer.Argument(None, help="GermEval 2014 TSV files (default: dev and test-a from ../shared)."),
    out: Path = typer.Option(NER_MODEL_DIR, "-o", "--out", help="Where to save the model."),
    dev: Path = typer.Option(None, "--dev", help="A GermEval file to report scores on."),
    seed: int = typer.Option(0, "--seed"),
) -> None:
    """Train the statistical NER on GermEval 2014 (reproducible: fixed seed, kg/nlp/ner.cfg)."""
    from ..errors import Errors, KGError
    from ..nlp.ner_train import train_ner

    files = data or [GERMEVAL / "NER-de-dev.tsv", GERMEVAL / "NER-de-test-a.tsv"]
    for f in files:
        if not f.is_file():
            raise KGError(Errors.E001.format(path=f))
    scores = train_ner(files, out, dev_path=dev, seed=seed)
    typer.echo(f"saved {out}; scores: {scores}")
