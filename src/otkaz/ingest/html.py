"""One HTML page to one Article: main text, title, date, language (trafilatura)."""

from __future__ import annotations

import re
from typing import Any

import trafilatura
from pydantic import ValidationError

from otkaz.ingest.base import MAX_DOCUMENT_BYTES, Skip, human_size, short_error
from otkaz.ingest.dates import date_from_url, normalise_date
from otkaz.ingest.decode import decode_bytes
from otkaz.ingest.lang import choose_language
from otkaz.models import Article

_HTML_LANG = re.compile(r"<html[^>]*\slang\s*=\s*[\"']?([A-Za-z_-]+)", re.IGNORECASE)
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_MIN_CHARS = 40


def _extract(html: str, url: str | None) -> Any:
    """trafilatura first with its fallbacks off (fast), then with them on when nothing came out."""
    for fast in (True, False):
        doc = trafilatura.bare_extraction(
            html, url=url, fast=fast, include_comments=False,
            include_tables=True, with_metadata=True, date_extraction_params=_DATE_PARAMS,
        )
        if doc is not None and len((getattr(doc, "text", None) or "").strip()) >= _MIN_CHARS:
            return doc
    return doc


def _clean_text(text: str) -> str:
    """Paragraphs separated by one blank line, as in the codebook corpus."""
    paragraphs = [" ".join(line.split()) for line in text.splitlines()]
    return "\n\n".join(p for p in paragraphs if p)


def html_to_article(
    html: str | bytes, url: str | None = None, source: str | None = None,
    declared_charset: str | None = None,
) -> Article | Skip:
    """Main text, title, publication date (metadata, then URL) and language of one page."""
    where = source or url or "<html>"
    if isinstance(html, bytes):
        if len(html) > MAX_DOCUMENT_BYTES:
            return Skip(where, None, f"HTML page is {human_size(len(html))}, over the "
                        f"{human_size(MAX_DOCUMENT_BYTES)} cap; split or trim it")
        html, _ = decode_bytes(html, declared_charset)
    if not html.strip():
        return Skip(where, None, "empty HTML page")
    try:
        doc = _extract(html, url)
    except Exception as exc:  # trafilatura/lxml on hostile markup: a skip, not a crash
        return Skip(where, None, f"could not parse HTML ({short_error(exc)})")
    text = _clean_text(getattr(doc, "text", None) or "") if doc is not None else ""
    if len(text) < _MIN_CHARS:
        return Skip(where, None, "no article text found in the HTML (empty, boilerplate only, "
                    "or rendered by JavaScript); save the page after it loads")
    page_url = url or getattr(doc, "url", None) or None
    published = normalise_date(getattr(doc, "date", None)) or date_from_url(page_url)
    declared = _HTML_LANG.search(html[:4096])
    try:
        return Article(
            url=page_url, outlet=getattr(doc, "sitename", None) or None,
            published_at=published, title=(getattr(doc, "title", None) or None),
            language=choose_language(text, declared.group(1) if declared else None), text=text,
        )
    except ValidationError as exc:
        return Skip(where, None, f"page metadata is invalid ({short_error(exc)})")
