"""Feeds as local files, WARC archives built here, gzip and directories of mixed inputs."""

from __future__ import annotations

import gzip
import io
import json
import shutil
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from otkaz.ingest import Fetched, Skip, read_source
from otkaz.ingest.base import MAX_DOCUMENT_BYTES

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def _read(path: Path | str) -> tuple[list[Fetched], list[Skip]]:
    items = list(read_source(str(path)))
    return ([i for i in items if isinstance(i, Fetched)], [i for i in items if isinstance(i, Skip)])


def test_rss_file_uses_entry_content_and_summary() -> None:
    fetched, skipped = _read(FIXTURES / "feed_rss.xml")
    assert not skipped
    assert [f.article.title for f in fetched] == ["Two soldiers absent from barracks",
                                                 "Court hears desertion case"]
    first = fetched[0].article
    assert first.outlet == "Garrison Notes" and first.published_at == "2024-05-02"
    assert first.text.count("\n\n") >= 3  # paragraphs of content:encoded kept apart
    assert fetched[1].article.text.startswith("A garrison court began hearing")


def test_atom_file() -> None:
    fetched, _ = _read(FIXTURES / "feed_atom.xml")
    assert fetched[0].article.url == "https://refusal-monitor.example/battalion-refuses"
    assert fetched[0].article.published_at == "2024-05-30"
    assert fetched[0].article.outlet == "Refusal Monitor"


def test_xml_that_is_not_a_feed(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text("<?xml version='1.0'?><catalog><book>x</book></catalog>")
    _, skipped = _read(path)
    assert "not an RSS or Atom feed" in skipped[0].reason


def _warc(path: Path, pages: list[tuple[str, str, bytes]], gz: bool) -> None:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gz)
        for url, ctype, body in pages:
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=http))
        writer.write_record(writer.create_warc_record(
            "https://site.example/", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))


def _page(sentence: str) -> bytes:
    return f"<html><body><article><p>{sentence}</p><p>{sentence}</p></article></body></html>".encode()


def test_warc_and_warc_gz_keep_html_responses_only(tmp_path: Path) -> None:
    pages = [
        ("https://site.example/2024/02/01/a", "text/html; charset=utf-8",
         _page("A deserter was sentenced to six years by a garrison court on Thursday.")),
        ("https://site.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n"),
        ("https://site.example/ru", "text/html; charset=windows-1251",
         _page("Военнослужащий самовольно оставил часть и был задержан полицией.").decode().encode("cp1251")),
    ]
    for gz in (False, True):
        path = tmp_path / ("archive.warc.gz" if gz else "archive.warc")
        _warc(path, pages, gz)
        fetched, skipped = _read(path)
        assert [f.article.url for f in fetched] == ["https://site.example/2024/02/01/a",
                                                   "https://site.example/ru"]
        assert fetched[0].article.published_at == "2024-02-01"
        assert "самовольно оставил часть" in fetched[1].article.text
        assert not skipped


def test_truncated_warc_gz_reads_what_it_can(tmp_path: Path) -> None:
    path = tmp_path / "a.warc.gz"
    pages = [(f"https://s.example/{n}", "text/html", _page(f"Story number {n} about soldiers who "
                                                           "refused to fight near the border."))
             for n in range(3)]
    _warc(path, pages, gz=True)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])  # cut inside the second record
    fetched, skipped = _read(path)
    assert [f.article.url for f in fetched] == ["https://s.example/0"]
    assert "truncated or corrupt" in skipped[-1].reason


def test_gzipped_html_and_truncated_gzip(tmp_path: Path) -> None:
    good = tmp_path / "page.bin"
    good.write_bytes(gzip.compress((FIXTURES / "page_en.html").read_bytes()))
    fetched, _ = _read(good)
    assert fetched[0].article.title == "Conscripts walk out of training ground"
    bad = tmp_path / "page2.bin"
    bad.write_bytes(good.read_bytes()[:60])
    fetched, skipped = _read(bad)
    assert not fetched and "gzip is truncated or corrupt" in skipped[0].reason


def test_directory_detects_kinds_by_content_not_name(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / "telegram_export", tmp_path / "tg")
    shutil.copy(FIXTURES / "page_en.html", tmp_path / "story.txt")  # HTML despite the name
    shutil.copy(FIXTURES / "feed_atom.xml", tmp_path / "feed.json")  # a feed despite the name
    (tmp_path / "nested").mkdir()
    (tmp_path / "nested" / "lines.html").write_text(
        json.dumps({"id": "k1", "text": "Jsonl despite the name."}) + "\n" + json.dumps({"text": "x y"}))
    (tmp_path / "junk.dat").write_bytes(bytes(range(256)) * 4)
    (tmp_path / ".hidden").write_text("ignored")
    (tmp_path / "empty.txt").write_text("")
    fetched, skipped = _read(tmp_path)
    sources = {Path(f.source).name for f in fetched}
    assert sources == {"result.json", "story.txt", "feed.json", "lines.html"}
    assert any(f.article.id == "k1" for f in fetched)
    assert next(f for f in fetched if f.source.endswith("story.txt")).article.title == \
        "Conscripts walk out of training ground"
    reasons = {Path(s.source).name: s.reason for s in skipped}
    assert "binary data" in reasons["junk.dat"]
    assert reasons["empty.txt"] == "empty file"
    assert "1 media files" in reasons[tmp_path.name]


def test_oversize_file_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "big.html"
    with path.open("wb") as out:
        out.write(b"<html><body><p>")
        out.write(b"word " * (MAX_DOCUMENT_BYTES // 5 + 10))
    _, skipped = _read(path)
    assert "over the 10.0 MB cap" in skipped[0].reason


def test_missing_path_is_a_skip() -> None:
    _, skipped = _read("/nonexistent/otkaz/input")
    assert skipped[0].reason == "no such file or directory"


def test_fifo_and_broken_link_in_a_directory_do_not_hang(tmp_path: Path) -> None:
    import os

    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "dangling").symlink_to(tmp_path / "nowhere")
    (tmp_path / "ok.txt").write_text("A soldier deserted and was detained at the border crossing.")
    fetched, skipped = _read(tmp_path)
    assert [Path(f.source).name for f in fetched] == ["ok.txt"]
    assert sorted(Path(s.source).name for s in skipped) == ["dangling", "pipe"]
    assert all(s.reason == "not a regular file" for s in skipped)
