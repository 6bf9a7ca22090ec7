"""One HTML page to one Article: main text (trafilatura), title, date, outlet, language."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

import trafilatura
from htmldate import find_date
from lxml import etree
from lxml import html as lxml_html
from pydantic import ValidationError
from trafilatura.utils import load_html

from otkaz.ingest.base import MAX_DOCUMENT_BYTES, Skip, human_size, short_error
from otkaz.ingest.dates import date_from_url, normalise_date
from otkaz.ingest.decode import decode_bytes
from otkaz.ingest.lang import choose_language
from otkaz.models import Article

_MIN_CHARS = 40
_TITLE_SEPARATORS = re.compile(r"\s+[|–—•:»-]\s+")
_DATE_META = (
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
    "date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
)


def _meta(tree: Any, *names: str) -> str | None:
    """The content of the first <meta property|name|itemprop=…> among names (case-insensitive)."""
    wanted = {n.lower() for n in names}
    for element in tree.iter("meta"):
        key = (element.get("property") or element.get("name") or element.get("itemprop") or "").lower()
        if key in wanted and (element.get("content") or "").strip():
            return str(element.get("content")).strip()
    return None


def _jsonld_date(tree: Any) -> str | None:
    """datePublished from JSON-LD, which many CMSs emit and few put in meta tags."""
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        match = re.search(r'"datePublished"\s*:\s*"([^"]+)"', script.text)
        if match:
            return normalise_date(match.group(1))
    return None


def _title(tree: Any) -> str | None:
    """og:title, else a single <h1>, else <title> without its ' | Site name' tail."""
    found = _meta(tree, "og:title", "twitter:title")
    if found:
        return " ".join(found.split())
    headings = [" ".join(h.text_content().split()) for h in tree.iter("h1")]
    if len(headings) == 1 and headings[0]:
        return headings[0]
    titles = [t.text_content() for t in tree.iter("title")]
    if not titles or not titles[0].strip():
        return None
    title = " ".join(titles[0].split())
    parts = _TITLE_SEPARATORS.split(title)
    return max(parts, key=len) if len(parts) > 1 else title


def _host(url: str | None) -> str | None:
    """news.example.org for pages that do not name their site: outlets count independent sources."""
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host and "." in host else None


def _canonical(tree: Any) -> str | None:
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and (link.get("href") or "").startswith("http"):
            return str(link.get("href")).strip()
    found = _meta(tree, "og:url")
    return found if found and found.startswith("http") else None


def _published(tree: Any, url: str | None) -> str | None:
    """Publication date: meta tags and JSON-LD, then htmldate's quick search, then the URL."""
    found = normalise_date(_meta(tree, *_DATE_META)) or _jsonld_date(tree)
    if found:
        return found
    for time_el in tree.iter("time"):
        found = normalise_date(time_el.get("datetime"))
        if found:
            return found
    try:
        found = find_date(tree, extensive_search=False, original_date=True, url=url)
    except Exception:  # htmldate on odd trees: no date is an answer, not an error
        found = None
    return normalise_date(found) or date_from_url(url)


def _text(html: str, tree: Any, url: str | None) -> str:
    """Main text, trafilatura's fast path first, its fallbacks (on a fresh tree) only when needed."""
    text = ""
    for fast in (True, False):
        doc = trafilatura.bare_extraction(
            _without_boilerplate(tree if fast else _parse(html)), url=url, fast=fast,
            include_comments=False,
            include_tables=True, with_metadata=False,
        )
        text = _clean_text(getattr(doc, "text", None) or "") if doc is not None else ""
        if len(text) >= _MIN_CHARS:
            return text
    return text


def _clean_text(text: str) -> str:
    """Paragraphs separated by one blank line, as in the codebook corpus."""
    paragraphs = [" ".join(line.split()) for line in text.splitlines()]
    return "\n\n".join(p for p in paragraphs if p)


# Tags trafilatura deletes anyway; dropping them first, in C, spares its XPath passes on menus.
_BOILERPLATE_TAGS = ("script", "style", "noscript", "svg", "iframe", "nav", "aside", "footer",
                     "form", "menu", "select", "button", "template")


def _parse(html: str) -> Any:
    tree = load_html(html)
    if tree is None:
        tree = lxml_html.fromstring(html)
    return tree


def _without_boilerplate(tree: Any) -> Any:
    etree.strip_elements(tree, *_BOILERPLATE_TAGS, with_tail=False)
    return tree


def html_to_article(
    html: str | bytes, url: str | None = None, source: str | None = None,
    declared_charset: str | None = None,
) -> Article | Skip:
    """Main text, title, publication date (metadata, then URL), outlet and language of one page."""
    where = source or url or "<html>"
    if isinstance(html, bytes):
        if len(html) > MAX_DOCUMENT_BYTES:
            return Skip(where, None, f"HTML page is {human_size(len(html))}, over the "
                        f"{human_size(MAX_DOCUMENT_BYTES)} cap; split or trim it")
        html, _ = decode_bytes(html, declared_charset)
    if not html.strip():
        return Skip(where, None, "empty HTML page")
    try:
        tree = _parse(html)
        meta = _metadata(tree, url)  # before extraction, which prunes the tree
        text = _text(html, tree, url)
    except Exception as exc:  # lxml/trafilatura on hostile markup: a skip, not a crash
        return Skip(where, None, f"could not parse HTML ({short_error(exc)})")
    if len(text) < _MIN_CHARS:
        return Skip(where, None, "no article text found in the HTML (empty, boilerplate only, "
                    "or rendered by JavaScript); save the page after it loads")
    declared = meta.pop("declared_language")
    try:
        return Article(**meta, language=choose_language(text, declared), text=text)
    except (ValidationError, ValueError) as exc:
        return Skip(where, None, f"page metadata is invalid ({short_error(exc)})")


def _metadata(tree: Any, url: str | None) -> dict[str, Any]:
    page_url = url or _canonical(tree)
    return {
        "url": page_url, "outlet": _meta(tree, "og:site_name", "application-name") or _host(page_url),
        "published_at": _published(tree, page_url), "title": _title(tree),
        "declared_language": tree.get("lang") if hasattr(tree, "get") else None,
    }


