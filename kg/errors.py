"""The errors a user can cause, with the one-line messages they see.

Like spaCy's `Errors` table, messages live in one place; code raises
`KGError(Errors.E001.format(...))` and the CLI prints it on one line with
exit code 2.
"""


class KGError(Exception):
    """Bad input or usage: reported to the user as one line, never as a traceback."""


class Errors:
    E001 = "path not found: {path}"
    E002 = "no .txt files in {path}"
    E003 = "{path}: empty file"
    E004 = "{path}: binary file, not text"
    E005 = "{path}: cannot read: {reason}"
    E006 = "no readable documents among {n} input file(s)"
    E007 = "{path}: not a built graph folder or Turtle file"
    E008 = "{path}: not a parsable RDF graph: {reason}"
    E009 = "SPARQL error: {reason}"
    E010 = "unknown format {fmt!r}; choose one of {choices}"
    E011 = "give a SPARQL query as an argument or with -f FILE, not both"
    E012 = "{path}: not valid GermEval TSV: {reason}"
    E013 = "output {path} is an existing file, not a folder"
    E014 = "query file not found: {path}"
    E015 = "cannot listen on {host}:{port}: {reason}"
    E016 = "{option} must be positive, not {value}"
    E017 = "push to {url} failed: {reason}"
    E018 = "not an http(s) URL: {url}"
    E019 = "--dask needs the optional dask[distributed] packages: pip install 'kg-news[dask]'"
    E020 = "cannot reach the Dask scheduler {address}: {reason}"
    E021 = "kg train ner needs the word clusters of spacy-lookups-data: pip install 'kg-news[train]'"
    E030 = "{path}: too large ({mb:.0f} MB; the limit is {limit} MB a file): split it"
