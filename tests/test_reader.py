"""Reading texts: encodings and the title line."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.errors import KGError
from kg.reader import find_texts, read_document

TEXT = "Die Außenministerin traf in Genf ihren Amtskollegen."


@pytest.mark.parametrize("encoding,prefix", [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("cp1252", b""),
                                             ("latin-1", b"")])
def test_encodings_decode_to_the_same_text(tmp_path, encoding, prefix):
    path = tmp_path / "a.txt"
    path.write_bytes(prefix + TEXT.encode(encoding))
    assert read_document(path).text == TEXT


def test_cp1252_quotes(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("„Wir verhandeln“, sagte sie – heute.".encode("cp1252"))
    assert read_document(path).text == "„Wir verhandeln“, sagte sie – heute."


def test_title_line_sets_title_author_date(tmp_path):
    path = tmp_path / "Bericht Nr. 1.txt"
    path.write_text("Kiew lehnt Plan ab | Anna Beispiel. 03.02.2024.\n\nDer Text.", encoding="utf-8")
    doc = read_document(path)
    assert (doc.title, doc.author, doc.date) == ("Kiew lehnt Plan ab", "Anna Beispiel", dt.date(2024, 2, 3))
    assert doc.id == "bericht-nr-1"


def test_no_title_line(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Ein Satz ohne Kopfzeile.\nNoch einer.", encoding="utf-8")
    doc = read_document(path)
    assert doc.title is None and doc.date is None


def test_folders_are_searched_recursively_and_sorted(tmp_path):
    (tmp_path / "b").mkdir()
    for p in (tmp_path / "b" / "2.txt", tmp_path / "1.txt"):
        p.write_text(TEXT, encoding="utf-8")
    (tmp_path / "x.md").write_text("no")
    assert [p.name for p in find_texts([tmp_path])] == ["1.txt", "2.txt"]


def test_binary_is_refused(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"\x00\x01\x02PNG")
    with pytest.raises(KGError, match="binary"):
        read_document(path)
