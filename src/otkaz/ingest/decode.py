"""Bytes to text: BOMs, declared charsets and legacy Cyrillic encodings (cp1251, koi8-r)."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_CYRILLIC_FALLBACKS = ("cp1251", "koi8-r")


def bom_encoding(data: bytes) -> tuple[str | None, int]:
    """The encoding a byte-order mark announces, and the mark's length."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    return None, 0


def _codec(name: str | None) -> str | None:
    """A Python codec name for a declared charset, or None when Python does not know it."""
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML meta tag or XML declaration claims, from the first 4 KB."""
    head = data[:4096]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return _codec(match.group(1).decode("ascii", "ignore")) if match else None


def charset_from_content_type(content_type: str | None) -> str | None:
    """The charset parameter of an HTTP Content-Type header."""
    if not content_type:
        return None
    match = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", content_type, re.IGNORECASE)
    return _codec(match.group(1)) if match else None


def _strict(data: bytes, codec: str | None) -> str | None:
    if not codec:
        return None
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode a document, trusting the BOM, then valid UTF-8, then what it declares, then a guess."""
    bom, skip = bom_encoding(data)
    if bom:
        return data[skip:].decode(bom, errors="replace"), bom
    text = _strict(data, "utf-8")
    if text is not None:
        return text, "utf-8"
    for codec in (_codec(declared), declared_charset(data)):
        if codec and codec not in ("utf-8", "ascii"):
            text = _strict(data, codec)
            if text is not None:
                return text, codec
    best = from_bytes(data[:65536]).best()
    guessed = _codec(best.encoding) if best is not None else None
    if guessed and guessed not in ("utf-8", "ascii"):
        text = _strict(data, guessed)
        if text is not None:
            return text, guessed
    for codec in _CYRILLIC_FALLBACKS:
        text = _strict(data, codec)
        if text is not None:
            return text, codec
    return data.decode("utf-8", errors="replace"), "utf-8"


def looks_binary(head: bytes) -> bool:
    """True for bytes that are not text in any encoding we read (NULs without a UTF-16/32 BOM)."""
    if not head:
        return False
    if bom_encoding(head)[0]:
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > len(head) // 20


def stream_encoding(head: bytes, complete: bool) -> str:
    """Codec for reading a large file line by line, judged from its first bytes."""
    bom, _ = bom_encoding(head)
    if bom:
        return {"utf-8": "utf-8-sig", "utf-16-le": "utf-16", "utf-16-be": "utf-16",
                "utf-32-le": "utf-32", "utf-32-be": "utf-32"}[bom]
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if not complete and exc.start >= len(head) - 3 and exc.reason == "unexpected end of data":
            return "utf-8"
    return decode_bytes(head)[1]
