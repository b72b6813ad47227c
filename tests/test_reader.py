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


def test_html_saved_as_txt_is_stripped(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("<!DOCTYPE html><html><head><title>T</title><script>var x='<b>';</script></head>"
                    "<body><p>Der Kanzler reiste &amp; sprach.</p><p>Zweiter Absatz.</p></body></html>",
                    encoding="utf-8")
    text = read_document(path).text
    assert "Der Kanzler reiste & sprach." in text and "Zweiter Absatz." in text
    assert "<" not in text and "var x" not in text


def test_too_large_file_is_refused_with_its_size(tmp_path, monkeypatch):
    import kg.reader

    monkeypatch.setattr(kg.reader, "MAX_MB", 0)
    path = tmp_path / "big.txt"
    path.write_text(TEXT * 100, encoding="utf-8")
    with pytest.raises(KGError, match="too large"):
        read_document(path)


def test_paths_with_spaces_and_umlauts(tmp_path):
    folder = tmp_path / "Nachrichten März 2024"
    folder.mkdir()
    (folder / "Bericht über Kiew.txt").write_text(TEXT, encoding="utf-8")
    doc = read_document(find_texts([folder])[0])
    assert doc.id == "bericht-uber-kiew" and doc.text == TEXT


def test_symlink_loop_is_not_followed_forever(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert [p.name for p in find_texts([tmp_path])] == ["a.txt"]


def test_sentence_offsets_point_into_the_file(tmp_path, nlp):
    """Runs of spaces, no-break spaces, Windows line ends and decomposed umlauts are normalised for the
    pipeline, but kg:start/kg:end are offsets into the file's own text."""
    from rdflib import Graph

    from kg.build import build
    from kg.vocab import KG

    raw = ("Landeshauptmann Erwin  Pröll kam nach Wien.\r\n\r\nDer Bundeskanzler\u00a0traf ihn dort.\r\n"
           "Sie sprachen u\u0308ber   die Lage in St.\u202fPölten.\r\n")
    path = tmp_path / "a.txt"
    path.write_bytes(raw.encode("utf-8"))
    build([path], tmp_path / "out", nlp=nlp)
    g = Graph().parse(tmp_path / "out" / "graph.ttl")
    sentences = {str(g.value(s, KG.text)): (int(g.value(s, KG.start)), int(g.value(s, KG.end)))
                 for s in g.subjects(KG.sentenceIndex, None)}
    assert len(sentences) == 3
    for text, (start, end) in sentences.items():
        assert " ".join(raw[start:end].split()).replace("u\u0308", "ü") == text
    assert raw[sentences["Sie sprachen über die Lage in St. Pölten."][1] - 1] == "."
