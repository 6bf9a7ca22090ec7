"""Telegram Desktop's default HTML export (messages.html, messages2.html, ...) of a channel."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from lxml import html as lxml_html
from pydantic import ValidationError

from otkaz.ingest.base import Fetched, Skip, short_error
from otkaz.ingest.dates import normalise_date
from otkaz.ingest.lang import choose_language
from otkaz.models import Article

_MARKERS = ('class="history"', 'class="page_header"', 'class="message ')
_MESSAGE_ID = re.compile(r"^message(\d+)$")


def is_telegram_html(text: str) -> bool:
    """The page skeleton Telegram Desktop writes for every exported chat."""
    head = text[:200_000]
    return all(marker in head for marker in _MARKERS)


def _classes(element: Any) -> set[str]:
    return set((element.get("class") or "").split())


def _child(element: Any, wanted: str) -> Any | None:
    for child in element:
        if isinstance(child.tag, str) and wanted in _classes(child):
            return child
    return None


def _text_of(element: Any) -> str:
    """Text with <br> as line breaks, the way the post reads."""
    for br in element.iter("br"):
        br.tail = "\n" + (br.tail or "")
    lines = [" ".join(line.split()) for line in element.text_content().split("\n")]
    return "\n".join(lines).strip()


def _name(element: Any | None) -> str:
    """A from_name without the date span Telegram appends to forwarded names."""
    if element is None:
        return ""
    parts = [element.text or ""] + [c.tail or "" for c in element if "details" in _classes(c)]
    return " ".join("".join(parts).split())


def _message(channel: str, div: Any) -> tuple[str | None, Article | None, str | None]:
    """(message id, article or None when it has no text, sender name if not the channel)."""
    match = _MESSAGE_ID.match(div.get("id") or "")
    body = _child(div, "body")
    if match is None or body is None:
        return None, None, None
    sender = _name(_child(body, "from_name"))
    forwarded = _child(body, "forwarded")
    holder = _child(forwarded, "text") if forwarded is not None else _child(body, "text")
    text = _text_of(holder) if holder is not None else ""
    if not text:
        return match.group(1), None, sender if sender and sender != channel else None
    stamp = _child(body, "date")
    published = normalise_date((stamp.get("title") or "").split(" ")[0]) if stamp is not None else None
    title = text.split("\n", 1)[0][:160]
    if forwarded is not None:
        origin = _name(_child(forwarded, "from_name"))
        text = f"Forwarded from {origin}.\n\n{text}" if origin else text
    article = Article(outlet=channel or None, published_at=published, title=title or None,
                      language=choose_language(text, None), text=text)
    return match.group(1), article, sender if sender and sender != channel else None


def read_telegram_html(text: str, source: str) -> Iterator[Fetched | Skip]:
    """Each text post of a channel's HTML export; chats and groups (several senders) are refused."""
    try:
        root = lxml_html.fromstring(text)
    except Exception as exc:  # lxml on broken pages
        yield Skip(source, None, f"could not parse Telegram HTML export ({short_error(exc)})")
        return
    header = root.find_class("page_header")
    channel = " ".join(header[0].text_content().split()) if header else ""
    items: list[Fetched | Skip] = []
    empty = 0
    for div in root.find_class("message"):
        if "default" not in _classes(div):
            empty += 1  # service messages: dates, pins, joins
            continue
        try:
            message_id, article, other_sender = _message(channel, div)
        except ValidationError as exc:
            items.append(Skip(source, f"message {div.get('id')}", f"invalid post ({short_error(exc)})"))
            continue
        if other_sender:
            yield Skip(source, None, "a chat or group export (posts by several senders), not a "
                       "channel: otkaz reads channel posts only, never private correspondence")
            return
        if article is None:
            empty += 1
            continue
        items.append(Fetched(article, source, f"message {message_id}"))
    yield from items
    if empty:
        yield Skip(source, f"chat {channel}", f"{empty} service or media-only messages have no "
                   "text; not articles")
