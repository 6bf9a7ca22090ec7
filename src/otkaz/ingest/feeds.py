"""RSS and Atom feeds (feedparser): entries become articles, from their content or linked page."""

from __future__ import annotations

import calendar
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import feedparser
from lxml import html as lxml_html
from pydantic import ValidationError

from otkaz.ingest.base import Fetched, Skip, short_error
from otkaz.ingest.lang import choose_language
from otkaz.models import Article

FULL_TEXT_CHARS = 600  # an entry body shorter than this is a teaser: the page has the article


@dataclass(frozen=True)
class Entry:
    """One feed item as far as ingest cares."""

    key: str
    link: str | None
    title: str | None
    published_at: str | None
    body_html: str
    has_content: bool
    language: str | None


@dataclass(frozen=True)
class Feed:
    title: str | None
    entries: list[Entry]


PageFetcher = Callable[[str], "Article | Skip"]


def _iso(parsed: time.struct_time | None) -> str | None:
    if not parsed:
        return None
    try:
        return time.strftime("%Y-%m-%d", time.gmtime(calendar.timegm(parsed)))
    except (OverflowError, ValueError, TypeError):
        return None


def html_fragment_text(fragment: str) -> str:
    """Text of an entry's HTML body, paragraph breaks kept."""
    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml on broken fragments: fall back to the raw string
        return fragment.strip()
    for block in root.iter("p", "br", "div", "li", "h1", "h2", "h3", "blockquote"):
        block.tail = "\n\n" + (block.tail or "")
    lines = [" ".join(line.split()) for line in root.text_content().splitlines()]
    return "\n\n".join(line for line in lines if line)


def _entry(raw: dict) -> Entry:
    content = raw.get("content") or []
    body = "".join(str(part.get("value", "")) for part in content if isinstance(part, dict))
    summary = str(raw.get("summary") or "")
    link = raw.get("link") or None
    published = _iso(raw.get("published_parsed")) or _iso(raw.get("updated_parsed"))
    key = str(raw.get("id") or link or raw.get("title") or summary[:200])
    text_len = len(html_fragment_text(body)) if body else 0
    return Entry(
        key=key, link=link, title=(raw.get("title") or None), published_at=published,
        body_html=body if len(body) >= len(summary) else summary,
        has_content=text_len >= FULL_TEXT_CHARS, language=raw.get("language"),
    )


def parse_feed(data: bytes, source: str) -> Feed | Skip:
    """Entries of an RSS/Atom document; a document that is not a feed is a Skip."""
    try:
        parsed = feedparser.parse(data)
    except Exception as exc:  # feedparser is lenient, but sgmllib fallbacks can still raise
        return Skip(source, None, f"could not parse feed ({short_error(exc)})")
    version = getattr(parsed, "version", "")
    if not version and not parsed.entries:
        why = short_error(parsed.get("bozo_exception") or ValueError("no rss/feed element"))
        return Skip(source, None, f"not an RSS or Atom feed ({why})")
    title = parsed.feed.get("title") if isinstance(parsed.feed, dict) else None
    return Feed(title=title or None, entries=[_entry(e) for e in parsed.entries])


def entry_article(
    entry: Entry, outlet: str | None, fetch_page: PageFetcher | None = None,
) -> Article | Skip | None:
    """The article behind an entry: its full content, else its linked page, else its summary."""
    page_skip: Skip | None = None
    if not entry.has_content and entry.link and fetch_page is not None:
        page = fetch_page(entry.link)
        if isinstance(page, Article):
            return page.model_copy(update={
                "title": page.title or entry.title, "outlet": outlet or page.outlet,
                "published_at": page.published_at or entry.published_at,
            })
        page_skip = page
    text = html_fragment_text(entry.body_html)
    if not text.strip():
        return page_skip
    try:
        return Article(url=entry.link, outlet=outlet, published_at=entry.published_at,
                       title=entry.title, language=choose_language(text, entry.language), text=text)
    except ValidationError as exc:
        return Skip(entry.link or entry.key, None, f"invalid feed entry ({short_error(exc)})")


def read_feed(
    data: bytes, source: str, fetch_page: PageFetcher | None = None,
) -> Iterator[Fetched | Skip]:
    """Every entry of a feed; with fetch_page, teaser-only entries are read from their pages."""
    feed = parse_feed(data, source)
    if isinstance(feed, Skip):
        yield feed
        return
    for entry in feed.entries:
        location = entry.link or entry.key
        article = entry_article(entry, feed.title, fetch_page)
        if article is None:
            yield Skip(source, location, "feed entry has no text and its page could not be read")
        elif isinstance(article, Skip):
            yield Skip(source, location, article.reason)
        else:
            yield Fetched(article, source, location)
