"""Reading source texts: paths -> `Document`s.

Texts arrive as UTF-8 (with or without BOM) or as Latin-1/CP1252 from older
systems; a first line like "Titel | Autor. 21.10.2025." carries the title,
author and publication date.
"""

from __future__ import annotations

import hashlib
import re
import stat
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
# What the reader normalises: line ends, runs of horizontal space and no-break spaces, a letter with
# combining accents (decomposed text from some systems).
COMBINING = "\u0300\u0301\u0302\u0303\u0304\u0306\u0307\u0308\u030a\u030b\u030c\u0327\u0328"
NORMALIZED = re.compile(rf"\r\n?|[ \t\u00a0\u2009\u202f]{{2,}}|[\u00a0\u2009\u202f]|.[{COMBINING}]+", re.DOTALL)
MAX_MB = 10  # a file above this is skipped: at ~5,000 tokens/s it would take longer than a whole corpus
# An HTML page saved as .txt: its tags are stripped, its text kept.
HTML_START = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<\?xml)", re.IGNORECASE)
# Control characters other than tab/newline/CR/form feed mark a binary file.
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
# A run this long without a sentence end or line break is no sentence (a text whose punctuation was lost):
# the extractors' cost grows with the square of a sentence's length, so the reader breaks such runs into
# lines of about BREAK_EVERY characters. A space becomes a line break: every offset stays where it was.
MAX_RUN = 2000
BREAK_EVERY = 1000
LONG_RUN = re.compile(rf"[^.!?…;|\n]{{{MAX_RUN},}}")


def find_texts(paths: Iterable[Path]) -> list[Path]:
    """The .txt files named by `paths` (files as given, folders searched recursively), sorted.

    Entries named *.txt in a folder that are not folders themselves (FIFOs, dangling symbolic links,
    symbolic link loops) are listed too: reading them fails, so the build names them as skipped.
    A path given that does not exist, not even as a symbolic link, is an error.
    """
    found: list[Path] = []
    for path in paths:
        if not path.exists() and not path.is_symlink():
            raise KGError(Errors.E001.format(path=path))
        if path.is_dir():
            texts = sorted(p for p in path.rglob("*.txt") if not p.is_dir())
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
    return text


def normalize(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The text with line ends as "\\n", composed umlauts (NFC) and runs of spaces and no-break spaces
    as one space (they would split names into separate tokens), and where its offsets shift against
    the given text (see `Document.source_shifts`), so that sentence offsets point into the file.

    >>> normalize("Erwin  Pröll\\r\\nWien")
    ('Erwin Pröll\\nWien', ((6, 1), (12, 2)))
    """
    parts: list[str] = []
    shifts: list[tuple[int, int]] = []
    done = shift = length = 0
    for match in NORMALIZED.finditer(text):
        found = match.group()
        new = "\n" if found[0] == "\r" else unicodedata.normalize("NFC", found) if found[-1] in COMBINING else " "
        parts.append(text[done:match.start()])
        length += match.start() - done
        parts.append(new)
        length += len(new)
        done = match.end()
        if len(found) != len(new):
            shift += len(found) - len(new)
            shifts.append((length, shift))
    parts.append(text[done:])
    out = "".join(parts)
    if not unicodedata.is_normalized("NFC", out):  # rarer compositions than a letter's accents: offsets may drift
        out = unicodedata.normalize("NFC", out)
    return out, tuple(shifts)


def break_long_runs(text: str) -> str:
    """Runs of MAX_RUN characters without a sentence end or line break, broken into lines (same length).

    A break goes where the sentencizer ends a sentence at a line break: at a space before a word that does
    not start lowercase or after a character that is no letter or digit. A run of lowercase words only
    stays whole.

    Examples
    --------
    >>> broken = break_long_runs("und Wort " * 400)
    >>> len(broken) == 3600 and broken.count("\\n") == 3 and broken.replace("\\n", " ") == "und Wort " * 400
    True
    """
    return LONG_RUN.sub(_break_run, text)


def _break_run(match: re.Match) -> str:
    run = match.group()
    out, start = [], 0
    pos = BREAK_EVERY
    while pos < len(run) - 1:
        i = run.find(" ", pos)
        while i != -1 and i < len(run) - 1 and run[i + 1].islower() and run[i - 1].isalnum():
            i = run.find(" ", i + 1)
        if i == -1 or i >= len(run) - 1:
            break
        out.append(run[start:i])
        start = i + 1
        pos = i + BREAK_EVERY
    out.append(run[start:])
    return "\n".join(out)


def doc_id(path: Path) -> str:
    """A stable, IRI-safe document id from the file name."""
    stem = unicodedata.normalize("NFKD", path.stem).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9_-]+", "-", stem).strip("-").lower() or "doc"


def read_document(path: Path) -> Document:
    """Read one text file; raise `KGError` for what is not a usable text."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a FIFO or device would block or never end
            raise KGError(Errors.E005.format(path=path, reason="not a regular file"))
        size = info.st_size
        if size > MAX_MB * 2**20:
            raise KGError(Errors.E030.format(path=path, mb=size / 2**20, limit=MAX_MB))
        data = path.read_bytes()
    except OSError as exc:
        raise KGError(Errors.E005.format(path=path, reason=exc.strerror or exc)) from None
    text = decode(data, path)
    if HTML_START.match(text):  # offsets are the extracted text's: a page's markup has no sentences
        text, shifts = normalize(html_to_text(text))[0], ()
    else:
        text, shifts = normalize(text)
    if not text.strip():
        raise KGError(Errors.E003.format(path=path))
    text = break_long_runs(text)
    title = author = date = None
    first, _, _ = text.partition("\n")
    match = HEADER.match(first.strip())
    if match and (date := parse_document_date(match["date"])):
        title, author = match["title"].strip(), match["author"].strip() or None
    return Document(
        id=doc_id(path), source=str(path), text=text, title=title, date=date, author=author,
        sha256=hashlib.sha256(data).hexdigest(), source_shifts=shifts,
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
