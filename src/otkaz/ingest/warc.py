"""WARC and WARC.gz archives (warcio): HTML responses become articles, other records are passed over."""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

from warcio.archiveiterator import ArchiveIterator

from otkaz.ingest.base import MAX_DOCUMENT_BYTES, Fetched, Skip, human_size, short_error
from otkaz.ingest.decode import charset_from_content_type
from otkaz.ingest.html import html_to_article

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _html_record(record: object) -> tuple[str, str | None] | None:
    """(url, content type) of a record that holds an HTML page, else None."""
    rec_type = getattr(record, "rec_type", None)
    headers = getattr(record, "rec_headers", None)
    if rec_type not in ("response", "resource") or headers is None:
        return None
    url = headers.get_header("WARC-Target-URI")
    http = getattr(record, "http_headers", None)
    if rec_type == "response":
        if http is None:
            return None
        status = http.get_statuscode()
        if not status or not str(status).startswith("2"):
            return None
        content_type = http.get_header("Content-Type")
    else:
        content_type = headers.get_header("Content-Type")
    if not content_type or not content_type.lower().startswith(_HTML_TYPES):
        return None
    return url, content_type


def read_warc(stream: IO[bytes], source: str) -> Iterator[Fetched | Skip]:
    """Every 2xx HTML response in the archive; a truncated archive ends with a Skip, not a crash."""
    records = ArchiveIterator(stream)
    index = pages = 0
    try:
        for record in records:
            index += 1
            found = _html_record(record)
            if found is None:
                continue
            url, content_type = found
            location = f"record {index}" + (f" {url}" if url else "")
            body = record.content_stream().read(MAX_DOCUMENT_BYTES + 1)
            if len(body) > MAX_DOCUMENT_BYTES:
                yield Skip(source, location, f"page over the {human_size(MAX_DOCUMENT_BYTES)} cap")
                continue
            missing = getattr(record.raw_stream, "limit", 0)
            if isinstance(missing, int) and missing > 0:
                yield Skip(source, location, f"archive is truncated or corrupt: this record is cut "
                           f"off ({missing} bytes missing); records before it were read")
                continue
            article = html_to_article(body, url=url, source=source,
                                      declared_charset=charset_from_content_type(content_type))
            if isinstance(article, Skip):
                yield Skip(source, location, article.reason)
            else:
                pages += 1
                yield Fetched(article, source, location)
    except Exception as exc:  # warcio/zlib on truncated or corrupt archives raise many kinds
        yield Skip(source, f"after record {index}",
                   f"archive is truncated or corrupt ({short_error(exc)}); records before it were read")
        return
    unread = _unread_bytes(stream, records.offset)
    if unread:
        yield Skip(source, f"after record {index}", f"archive is truncated or corrupt: the last "
                   f"{unread} bytes hold no complete record; records before them were read")
    elif pages == 0:
        yield Skip(source, None, f"no HTML pages in the archive ({index} records read)")


def _unread_bytes(stream: IO[bytes], offset: int) -> int:
    """Bytes after the last complete record (warcio stops quietly at a cut-off record)."""
    try:
        position = stream.tell()
        size = stream.seek(0, 2)
        stream.seek(position)
    except (OSError, ValueError):
        return 0
    return max(0, size - offset)
