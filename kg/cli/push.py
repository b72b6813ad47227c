"""`kg push OUTDIR --endpoint URL [--graph IRI]`"""
