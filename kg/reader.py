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
from html.parser import HTMLParser
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
MAX_MB = 10  # a file above this is skipped: at ~5,000 tokens/s it would take longer than a whole corpus
# An HTML page saved as .txt: its tags are stripped, its text kept.
HTML_START = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<\?xml)", re.IGNORECASE)
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
        size = path.stat().st_size
        if size > MAX_MB * 2**20:
            raise KGError(Errors.E030.format(path=path, mb=size / 2**20, limit=MAX_MB))
        data = path.read_bytes()
    except OSError as exc:
        raise KGError(Errors.E005.format(path=path, reason=exc.strerror or exc)) from None
    text = decode(data, path)
    if HTML_START.match(text):
        text = html_to_text(text)
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


class _TextOfHTML(HTMLParser):
    """Collects the visible text of an HTML page, a block element ending a line."""

    SKIP = {"script", "style", "head", "noscript", "template"}
    BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """The text of an HTML page: tags, scripts and styles removed, blocks on their own lines."""
    parser = _TextOfHTML()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t]+", " ", text)
    return re.sub(r"\n\s*\n+", "\n\n", text).strip() + "\n"
