"""What kind of input a file or response is, decided from its first bytes, never its name."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping

from otkaz.ingest.decode import decode_bytes, looks_binary
from otkaz.ingest.records import looks_like_csv

HEAD_BYTES = 65536

# Formats that are not text articles; in a directory they are passed over quietly.
_MEDIA_MAGIC: tuple[bytes, ...] = (
    b"\xff\xd8\xff", b"\x89PNG", b"GIF87a", b"GIF89a", b"RIFF", b"OggS", b"ID3", b"\x1aE\xdf\xa3",
    b"%PDF", b"PK\x03\x04", b"\x00\x00\x00\x18ftyp", b"\x00\x00\x00\x1cftyp", b"\x00\x00\x00 ftyp",
    b"fLaC", b"BM", b"\x7fELF", b"SQLite format 3",
)
_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HTML_MARK = re.compile(r"<(?:!doctype\s+html|html|head|body|article|div|p|meta|title)[\s>/]",
                        re.IGNORECASE)


def is_media(head: bytes) -> bool:
    """Images, audio, video, PDFs and archives that sit next to articles (Telegram export media)."""
    return head.startswith(_MEDIA_MAGIC) or head[4:8] == b"ftyp"


def _skip_xml_prolog(text: str) -> str:
    """The markup after XML declarations, comments and processing instructions."""
    rest = text.lstrip()
    while rest.startswith(("<?", "<!--")):
        end = rest.find("?>" if rest.startswith("<?") else "-->")
        if end < 0:
            return rest
        rest = rest[end + (2 if rest.startswith("<?") else 3):].lstrip()
    return rest


def _json_kind(text: str, complete: bool) -> str:
    """'json' for one document, 'jsonl' when one of the first lines is an object on its own."""
    if complete:
        try:
            json.loads(text)
            return "json"
        except ValueError:
            pass
    lines = [line.strip() for line in text.split("\n")[:6] if line.strip()]
    for line in lines[:-1] if not complete else lines:
        if line.startswith("{") and line.endswith("}"):
            try:
                if isinstance(json.loads(line), dict):
                    return "jsonl"
            except ValueError:
                continue
    return "json"


def sniff(head: bytes, complete: bool, mapping: Mapping[str, str] | None = None) -> str:
    """Kind of input from its first bytes; complete says head is the whole input."""
    if not head.strip():
        return "empty"
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if is_media(head):
        return "media"
    if looks_binary(head[:4096]):
        return "binary"
    text, _ = decode_bytes(head)
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith(("{", "[")):
        return _json_kind(stripped, complete)
    if stripped.startswith("<"):
        markup = _skip_xml_prolog(stripped)
        if _FEED_ROOT.match(markup):
            return "feed"
        if _HTML_MARK.search(stripped[:8192]):
            return "html"
        return "xml"
    if looks_like_csv(stripped[:HEAD_BYTES], mapping):
        return "csv"
    return "text"
