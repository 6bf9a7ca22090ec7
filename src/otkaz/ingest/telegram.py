"""Telegram Desktop channel exports (result.json): each text message becomes an article."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from pydantic import ValidationError

from otkaz.ingest.base import Fetched, Skip, short_error
from otkaz.ingest.dates import normalise_date
from otkaz.ingest.lang import choose_language
from otkaz.models import Article

# Channels publish; chats and groups are people talking, which is not ours to collect.
CHANNEL_TYPES = frozenset({"public_channel", "private_channel", "channel"})
_USERNAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]{3,31}$")


def is_telegram_export(doc: Any) -> bool:
    """A single-chat export (name, id, messages) or a full-account export (chats.list)."""
    if not isinstance(doc, dict):
        return False
    if isinstance(doc.get("messages"), list) and ("id" in doc or "name" in doc):
        return True
    chats = doc.get("chats")
    return isinstance(chats, dict) and isinstance(chats.get("list"), list)


def flatten_text(value: Any) -> str:
    """The `text` field as plain text: a string, or a list of strings and {type, text} entities."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        parts: list[str] = []
        for part in value:
            if isinstance(part, str):
                parts.append(part)
            elif isinstance(part, dict) and isinstance(part.get("text"), str):
                parts.append(part["text"])
        return "".join(parts)
    return ""


def message_text(message: Mapping[str, Any]) -> str:
    """Prefer text_entities (always a list in new exports), else the text field in either form."""
    entities = message.get("text_entities")
    if isinstance(entities, list) and entities:
        text = flatten_text(entities)
        if text.strip():
            return text
    return flatten_text(message.get("text"))


def _message_url(chat: Mapping[str, Any], message_id: Any) -> str | None:
    """t.me/<username>/<id> when the export names the channel's username, else t.me/c/<id>/<id>."""
    username = chat.get("username")
    if isinstance(username, str) and _USERNAME.match(username.lstrip("@")):
        return f"https://t.me/{username.lstrip('@')}/{message_id}"
    chat_id = chat.get("id")
    if isinstance(chat_id, int | str) and str(chat_id).lstrip("-").isdigit():
        bare = str(chat_id)
        bare = bare[4:] if bare.startswith("-100") else bare.lstrip("-")
        return f"https://t.me/c/{bare}/{message_id}"
    return None


def _published(message: Mapping[str, Any]) -> str | None:
    """UTC date from date_unixtime; the local `date` string when that is absent."""
    return normalise_date(message.get("date_unixtime")) or normalise_date(message.get("date"))


def _message_article(chat: Mapping[str, Any], message: Mapping[str, Any], text: str) -> Article:
    first = text.strip().split("\n", 1)[0].strip()
    forwarded = message.get("forwarded_from")
    if isinstance(forwarded, str) and forwarded.strip():
        text = f"Forwarded from {forwarded.strip()}.\n\n{text.strip()}"  # extract reads `via` here
    return Article(
        url=_message_url(chat, message.get("id")),
        outlet=str(chat.get("name") or "") or None,
        published_at=_published(message),
        language=choose_language(text, None),
        title=first[:160] or None,
        text=text.strip(),
    )


def _read_chat(chat: Mapping[str, Any], source: str) -> Iterator[Fetched | Skip]:
    kind = chat.get("type")
    if isinstance(kind, str) and kind not in CHANNEL_TYPES:
        yield Skip(source, f"chat {chat.get('id')}", f"a {kind.replace('_', ' ')}, not a channel: "
                   "otkaz reads channel posts only, never private correspondence")
        return
    messages = chat.get("messages")
    if not isinstance(messages, list):
        yield Skip(source, f"chat {chat.get('id')}", "chat has no messages list")
        return
    ignored = 0
    for index, message in enumerate(messages):
        if not isinstance(message, dict):
            yield Skip(source, f"message #{index}", "message is not a JSON object")
            continue
        location = f"message {message.get('id', '#' + str(index))}"
        if message.get("type", "message") != "message":
            ignored += 1  # service messages: joins, pins, title changes
            continue
        text = message_text(message)
        if not text.strip():
            ignored += 1  # photo, video or sticker with no caption
            continue
        if message.get("edited"):
            location += f" (edited {message.get('edited')})"
        try:
            yield Fetched(_message_article(chat, message, text), source, location)
        except ValidationError as exc:
            yield Skip(source, location, f"invalid message ({short_error(exc)})")
    if ignored:
        yield Skip(source, f"chat {chat.get('name') or chat.get('id')}",
                   f"{ignored} service or media-only messages have no text; not articles")


def read_telegram(doc: Mapping[str, Any], source: str) -> Iterator[Fetched | Skip]:
    """Every chat in the export; a full-account export lists them under chats.list."""
    chats = doc.get("chats")
    if isinstance(chats, dict) and isinstance(chats.get("list"), list):
        for chat in chats["list"]:
            if isinstance(chat, dict):
                yield from _read_chat(chat, source)
        return
    yield from _read_chat(doc, source)
