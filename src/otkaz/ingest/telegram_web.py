"""Public Telegram channel previews (https://t.me/s/<channel>): each post on the page is an article."""

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

_POST = re.compile(r"^[A-Za-z][A-Za-z0-9_]{3,31}/\d+$")


def is_telegram_web(text: str) -> bool:
    """The markup of t.me/s/ pages: message widgets carrying data-post="channel/id"."""
    head = text[:400_000]
    return "tgme_widget_message" in head and 'data-post="' in head


def _first(element: Any, cls: str) -> Any | None:
    found = element.find_class(cls)
    return found[0] if found else None


def _text_of(element: Any) -> str:
    for br in element.iter("br"):
        br.tail = "\n" + (br.tail or "")
    lines = [" ".join(line.split()) for line in element.text_content().split("\n")]
    return "\n".join(lines).strip()


def _channel_title(root: Any) -> str | None:
    header = _first(root, "tgme_channel_info_header_title")
    if header is not None and header.text_content().strip():
        return " ".join(header.text_content().split())
    for meta in root.iter("meta"):
        if meta.get("property") == "og:title" and (meta.get("content") or "").strip():
            return " ".join(str(meta.get("content")).split())
    return None


def _post(widget: Any, outlet: str | None) -> Article | None:
    """The article of one post widget, or None for a post without text (photo, sticker)."""
    body = _first(widget, "tgme_widget_message_text")
    text = _text_of(body) if body is not None else ""
    if not text:
        return None
    title = text.split("\n", 1)[0][:160]
    forwarded = _first(widget, "tgme_widget_message_forwarded_from_name")
    if forwarded is not None and forwarded.text_content().strip():
        text = f"Forwarded from {' '.join(forwarded.text_content().split())}.\n\n{text}"
    dated = _first(widget, "tgme_widget_message_date")
    stamp = next(iter((dated if dated is not None else widget).iter("time")), None)
    return Article(
        url=f"https://t.me/{widget.get('data-post')}", outlet=outlet,
        published_at=normalise_date(stamp.get("datetime")) if stamp is not None else None,
        title=title or None, language=choose_language(text, None), text=text,
    )


def read_telegram_web(text: str, source: str) -> Iterator[Fetched | Skip]:
    """Every text post on a t.me/s/ page, linked as https://t.me/<channel>/<id>."""
    try:
        root = lxml_html.fromstring(text)
    except Exception as exc:  # lxml on broken pages
        yield Skip(source, None, f"could not parse Telegram page ({short_error(exc)})")
        return
    outlet = _channel_title(root)
    empty = 0
    for widget in root.find_class("tgme_widget_message"):
        post = widget.get("data-post") or ""
        if not _POST.match(post):
            continue
        try:
            article = _post(widget, outlet)
        except ValidationError as exc:
            yield Skip(source, f"post {post}", f"invalid post ({short_error(exc)})")
            continue
        if article is None:
            empty += 1
            continue
        yield Fetched(article, source, f"post {post}")
    if empty:
        yield Skip(source, None, f"{empty} posts without text (photos, videos, stickers); not articles")
