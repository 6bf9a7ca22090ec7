"""read_source: a file, a directory or a URL in; articles and skips out, kind decided by content."""

from __future__ import annotations

import gzip
import io
import json
import os
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import httpx

from otkaz.ingest.base import (
    MAX_DOCUMENT_BYTES,
    MAX_JSON_BYTES,
    Fetched,
    Skip,
    human_size,
    short_error,
)
from otkaz.ingest.decode import charset_from_content_type, decode_bytes, stream_encoding
from otkaz.ingest.feeds import PageFetcher, read_feed
from otkaz.ingest.fetch import fetch, is_url, make_client
from otkaz.ingest.html import html_to_article
from otkaz.ingest.records import (
    read_csv,
    read_json_articles,
    read_jsonl,
    record_to_article,
    resolve_columns,
    text_to_article,
)
from otkaz.ingest.sniff import HEAD_BYTES, sniff
from otkaz.ingest.telegram import is_telegram_export, read_telegram
from otkaz.ingest.telegram_html import is_telegram_html, read_telegram_html
from otkaz.ingest.telegram_web import is_telegram_web, read_telegram_web
from otkaz.ingest.warc import read_warc
from otkaz.models import Article

Item = Fetched | Skip


def read_source(source: str, mapping: dict[str, str] | None = None) -> Iterator[Item]:
    """Everything readable in a file, directory (recursive) or http(s) URL; never raises on bad input."""
    if is_url(source):
        yield from read_url(source, mapping)
        return
    path = Path(source).expanduser()
    if path.is_dir():
        yield from read_directory(path, mapping)
    elif path.is_file():
        yield from read_file(path, mapping)
    elif path.exists():
        yield Skip(source, None, "not a regular file or directory")
    else:
        yield Skip(source, None, "no such file or directory")


def read_directory(root: Path, mapping: Mapping[str, str] | None) -> Iterator[Item]:
    """Files under root in a stable order; hidden files and media (images, video) are passed over."""
    media = seen = 0
    unreadable: list[OSError] = []
    for folder, dirs, files in os.walk(root, onerror=unreadable.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        yield from (Skip(str(e.filename or folder), None, f"cannot read folder ({short_error(e)})")
                    for e in unreadable)
        unreadable.clear()
        for name in sorted(files):
            path = Path(folder) / name
            if name.startswith("."):
                continue
            seen += 1
            if not path.is_file():  # sockets, FIFOs, broken links: opening a FIFO would hang
                yield Skip(str(path), None, "not a regular file")
                continue
            for item in read_file(path, mapping, in_directory=True):
                if item is _MEDIA:
                    media += 1
                else:
                    yield item
    yield from (Skip(str(e.filename or root), None, f"cannot read folder ({short_error(e)})")
                for e in unreadable)
    if media:
        yield Skip(str(root), None, f"{media} media files (images, audio, video, archives) are not articles")
    if not seen and not unreadable:
        yield Skip(str(root), None, "empty folder: no files to read (hidden files are passed over)")


_MEDIA = Skip("", None, "media")


def _or_note(items: Iterator[Item], source: str) -> Iterator[Item]:
    """Every input accounts for itself: one that held nothing says so instead of vanishing."""
    empty = True
    for item in items:
        empty = False
        yield item
    if empty:
        yield Skip(source, None, "no articles or records in it (empty feed, list or table)")


def read_file(path: Path, mapping: Mapping[str, str] | None, in_directory: bool = False) -> Iterator[Item]:
    """One file, by what its first bytes say it is."""
    yield from _or_note(_read_file(path, mapping, in_directory), str(path))


def _read_file(path: Path, mapping: Mapping[str, str] | None, in_directory: bool) -> Iterator[Item]:
    source = str(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError as exc:
        yield Skip(source, None, f"cannot read file ({short_error(exc)})")
        return
    kind = sniff(head, complete=size <= len(head), mapping=mapping)
    if kind == "media" and in_directory:
        yield _MEDIA
    elif kind == "warc":
        with path.open("rb") as handle:
            yield from read_warc(handle, source)
    elif kind == "gzip":
        yield from _read_gzip_file(path, source, mapping)
    elif kind in ("jsonl", "csv"):
        yield from _read_lines_file(path, head, size, kind, source, mapping)
    else:
        cap = MAX_JSON_BYTES if kind == "json" else MAX_DOCUMENT_BYTES
        if size > cap:
            yield Skip(source, None, f"file is {human_size(size)}, over the {human_size(cap)} cap "
                       f"for {kind}; split it")
            return
        try:
            data = path.read_bytes()
        except OSError as exc:
            yield Skip(source, None, f"cannot read file ({short_error(exc)})")
            return
        yield from read_bytes(data, source, mapping, kind=kind)


def _read_lines_file(path: Path, head: bytes, size: int, kind: str, source: str,
                     mapping: Mapping[str, str] | None) -> Iterator[Item]:
    """JSONL and CSV are streamed, so a large corpus never sits in memory."""
    encoding = stream_encoding(head, complete=size <= len(head))
    try:
        with path.open("r", encoding=encoding, errors="replace", newline="") as stream:
            if kind == "jsonl":
                yield from read_jsonl(stream, source, mapping)
            else:
                sample, _ = decode_bytes(head)
                yield from read_csv(stream, sample.lstrip("\ufeff"), source, mapping)
    except OSError as exc:
        yield Skip(source, None, f"cannot read file ({short_error(exc)})")


def _read_gzip_file(path: Path, source: str, mapping: Mapping[str, str] | None) -> Iterator[Item]:
    """WARC.gz streams through warcio; any other gzip is unpacked (capped) and read by content."""
    try:
        with gzip.open(path, "rb") as packed:
            if packed.read(5) == b"WARC/":
                inner = None
            else:
                packed.seek(0)
                inner = packed.read(MAX_DOCUMENT_BYTES + 1)
    except (OSError, EOFError, zlib.error) as exc:
        yield Skip(source, None, f"gzip is truncated or corrupt ({short_error(exc)})")
        return
    if inner is None:  # a WARC.gz: streamed record by record, so a damaged tail loses only itself
        with path.open("rb") as handle:
            yield from read_warc(handle, source)
        return
    if len(inner) > MAX_DOCUMENT_BYTES:
        yield Skip(source, None, f"unpacked gzip is over the {human_size(MAX_DOCUMENT_BYTES)} cap")
        return
    kind = sniff(inner[:HEAD_BYTES], complete=True, mapping=mapping)
    if kind == "gzip":
        yield Skip(source, None, "gzip inside gzip; unpack it first")
        return
    yield from read_bytes(inner, source, mapping, kind=kind)


def read_bytes(
    data: bytes, source: str, mapping: Mapping[str, str] | None = None, kind: str | None = None,
    url: str | None = None, content_type: str | None = None, fetch_page: PageFetcher | None = None,
) -> Iterator[Item]:
    """A whole document held in memory (a small file, an HTTP response)."""
    kind = kind or sniff(data[:HEAD_BYTES], complete=len(data) <= HEAD_BYTES, mapping=mapping)
    charset = charset_from_content_type(content_type)
    if kind == "html":
        text, _ = decode_bytes(data, charset)
        if is_telegram_html(text):
            yield from read_telegram_html(text, source)
            return
        if is_telegram_web(text):
            yield from read_telegram_web(text, source)
            return
        article = html_to_article(text, url=url, source=source)
        yield article if isinstance(article, Skip) else Fetched(article, source, None)
    elif kind == "feed":
        yield from read_feed(data, source, fetch_page)
    elif kind == "warc":
        yield from read_warc(io.BytesIO(data), source)
    elif kind == "gzip":
        yield from _read_gzip_bytes(data, source, mapping)
    elif kind in ("json", "jsonl", "csv", "text"):
        yield from _read_text_kind(data, kind, source, mapping, charset)
    else:
        yield Skip(source, None, _UNREADABLE.get(kind, f"unsupported input ({kind})"))


_UNREADABLE = {
    "empty": "empty file",
    "binary": "binary data, not text; expected HTML, text, JSON, CSV, a feed or a WARC",
    "media": "an image, audio, video or archive file, not an article",
    "xml": "XML that is not an RSS or Atom feed",
}


def _read_gzip_bytes(data: bytes, source: str, mapping: Mapping[str, str] | None) -> Iterator[Item]:
    try:
        inner = gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as exc:
        yield Skip(source, None, f"gzip is truncated or corrupt ({short_error(exc)})")
        return
    if inner.startswith(b"\x1f\x8b"):
        yield Skip(source, None, "gzip inside gzip; unpack it first")
        return
    yield from read_bytes(inner, source, mapping)


def _read_text_kind(data: bytes, kind: str, source: str, mapping: Mapping[str, str] | None,
                    charset: str | None) -> Iterator[Item]:
    text, _ = decode_bytes(data, charset)
    text = text.lstrip("\ufeff")
    if kind == "jsonl":
        yield from read_jsonl(text.splitlines(), source, mapping)
    elif kind == "csv":
        yield from read_csv(io.StringIO(text, newline=""), text[:HEAD_BYTES], source, mapping)
    elif kind == "text":
        yield text_to_article(text, source)
    else:
        yield from _read_json_document(text, source, mapping)


def _read_json_document(text: str, source: str, mapping: Mapping[str, str] | None) -> Iterator[Item]:
    """A Telegram export, a JSON array of articles, or one article object."""
    try:
        doc = json.loads(text)
    except ValueError as exc:
        yield Skip(source, None, f"not valid JSON ({short_error(exc, 80)})")
        return
    if is_telegram_export(doc):
        yield from read_telegram(doc, source)
    elif isinstance(doc, list):
        yield from read_json_articles(doc, source, mapping)
    elif isinstance(doc, dict) and "text" in resolve_columns(doc.keys(), mapping):
        yield record_to_article(doc, resolve_columns(doc.keys(), mapping), source, None)
    elif isinstance(doc, dict) and _wrapped_list(doc) is not None:
        yield from read_json_articles(_wrapped_list(doc) or [], source, mapping)
    else:
        keys = ", ".join(list(doc)[:8]) if isinstance(doc, dict) else type(doc).__name__
        yield Skip(source, None, f"JSON of an unknown shape (keys: {keys}); expected a Telegram "
                   "export (name, id, messages), an array of articles, or articles as JSON lines")


_WRAPPERS = ("articles", "items", "data", "results", "posts", "entries", "documents", "news")


def _wrapped_list(doc: dict[str, Any]) -> list[Any] | None:
    """The article list of API dumps shaped {"articles": [...]} (or items, data, results...)."""
    for key in _WRAPPERS:
        value = doc.get(key)
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value[:20]):
            return value
    return None


def read_url(url: str, mapping: Mapping[str, str] | None = None,
             client: httpx.Client | None = None) -> Iterator[Item]:
    """Fetch one URL and read what came back; a feed's teaser-only entries are read from their pages."""
    own = client is None
    http = client or make_client()
    try:
        response = fetch(url, client=http)
        if isinstance(response, Skip):
            yield response
            return
        yield from _or_note(read_bytes(
            response.content, url, mapping, url=response.url,
            content_type=response.content_type, fetch_page=lambda link: fetch_article(link, http),
        ), url)
    finally:
        if own:
            http.close()


def fetch_article(url: str, client: httpx.Client | None = None) -> Article | Skip:
    """The article on one web page, or the Skip saying why there is none."""
    response = fetch(url, client=client)
    if isinstance(response, Skip):
        return response
    items = list(read_bytes(response.content, url, url=response.url,
                            content_type=response.content_type))
    for item in items:
        if isinstance(item, Fetched):
            return item.article
    if items and isinstance(items[0], Skip):
        return items[0]
    return Skip(url, None, "page has no article")
