"""Reading source texts: paths -> `Document`s.

Texts arrive as UTF-8 (with or without BOM) or as Latin-1/CP1252 from older
systems; a first line like "Titel | Autor. 21.10.2025." carries the title,
author and publication date.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import Errors, KGError
from .extract.dates import parse_document_date
from .types import Document

# "Titel | Autor. 21.10.2025." -- the date may also be written "21. Oktober 2025".
HEADER = re.compile(
    r"^(?P<title>[^|\n]{3,300}?)\s*\|\s*(?P<author>[^|\n]*?)[.,]?\s*(?P<date>\d{1,2}\.\s*\S+\s*\d{4})\.?\s*$"
)
# Control characters other than tab/newline/CR/form feed mark a binary file.
HSPACE = re.compile(r"[ \t\u00a0\u2009\u202f]{2,}|[\u00a0\u2009\u202f]")
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


def find_texts(paths: Iterable[Path]) -> list[Path]:
    """The .txt files named by `paths` (files as given, folders searched recursively), sorted."""
    found: list[Path] = []
    for path in paths:
        if not path.exists():
            raise KGError(Errors.E001.format(path=path))
        if path.is_dir():
            texts = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not texts:
                raise KGError(Errors.E002.format(path=path))
            found.extend(texts)
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def decode(data: bytes, path: Path) -> str:
    """Bytes -> text: UTF-8 (BOM stripped) first, then CP1252, then Latin-1."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data:
        raise KGError(Errors.E004.format(path=path))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
    if len(CONTROL.findall(text)) > max(2, len(text) // 100):
        raise KGError(Errors.E004.format(path=path))
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    # Runs of spaces (from joined lines or justified text) and no-break spaces would split names
    # into separate tokens; the stored text, and so every offset, is the normalised one.
    return HSPACE.sub(" ", text)


def doc_id(path: Path) -> str:
    """A stable, IRI-safe document id from the file name."""
    stem = unicodedata.normalize("NFKD", path.stem).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9_-]+", "-", stem).strip("-").lower() or "doc"


def read_document(path: Path) -> Document:
    """Read one text file; raise `KGError` for what is not a usable text."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise KGError(Errors.E005.format(path=path, reason=exc.strerror or exc)) from None
    text = decode(data, path)
    if not text.strip():
        raise KGError(Errors.E003.format(path=path))
    title = author = date = None
    first, _, _ = text.partition("\n")
    match = HEADER.match(first.strip())
    if match and (date := parse_document_date(match["date"])):
        title, author = match["title"].strip(), match["author"].strip() or None
    return Document(
        id=doc_id(path), source=str(path), text=text, title=title, date=date, author=author,
        sha256=hashlib.sha256(data).hexdigest(),
    )


def read_documents(paths: Iterable[Path]) -> Iterator[Document | KGError]:
    """Each file read, or the error that made it unusable (the caller decides what to do)."""
    for path in paths:
        try:
            yield read_document(path)
        except KGError as exc:
            yield exc
