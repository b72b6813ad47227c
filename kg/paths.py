"""Where the project's curated data lives."""

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
ONTOLOGY_DIR = PACKAGE_DIR.parent / "ontology"
GAZETTEER_DIR = ONTOLOGY_DIR / "gazetteers"
ONTOLOGY_FILE = ONTOLOGY_DIR / "kg.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
NER_MODEL_DIR = PACKAGE_DIR / "nlp" / "models" / "ner"
PIPELINE_CONFIG = PACKAGE_DIR / "nlp" / "config.cfg"
