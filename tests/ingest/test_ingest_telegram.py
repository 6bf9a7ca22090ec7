"""Telegram Desktop channel exports."""

from __future__ import annotations

import json
from pathlib import Path

from otkaz.ingest import Fetched, Skip, read_source
from otkaz.ingest.telegram import flatten_text

EXPORT = Path(__file__).resolve().parents[1] / "fixtures" / "ingest" / "telegram_export"


def _read(path: Path) -> tuple[list[Fetched], list[Skip]]:
    items = list(read_source(str(path)))
    return ([i for i in items if isinstance(i, Fetched)], [i for i in items if isinstance(i, Skip)])


def test_each_text_message_is_an_article_with_channel_and_link() -> None:
    fetched, skipped = _read(EXPORT / "result.json")
    by_id = {f.article.url: f for f in fetched}
    assert sorted(by_id) == [f"https://t.me/c/1987654321/{n}" for n in (2, 3, 4)]
    first = by_id["https://t.me/c/1987654321/2"].article
    assert first.outlet == "Ostrog Watch"
    assert first.published_at == "2024-01-12"
    assert "refused to board a transport" in first.text
    # two service messages and one captionless photo are counted, not turned into articles
    assert [s.reason for s in skipped] == ["3 service or media-only messages have no text; not articles"]


def test_entity_list_text_is_joined_and_edits_are_noted() -> None:
    fetched, _ = _read(EXPORT / "result.json")
    update = next(f for f in fetched if f.article.url.endswith("/3"))  # type: ignore[union-attr]
    assert update.article.text.startswith("Update. A military court opened a case")
    assert "according to a court registry entry." in update.article.text
    assert update.location == "message 3 (edited 2024-01-14T08:05:00)"


def test_forwarded_message_names_the_original_channel() -> None:
    fetched, _ = _read(EXPORT / "result.json")
    forwarded = next(f for f in fetched if f.article.url.endswith("/4")).article  # type: ignore[union-attr]
    assert forwarded.text.startswith("Forwarded from Frontline Wives Council.")
    assert forwarded.title is not None and forwarded.title.startswith("We are collecting")


def test_username_gives_public_links_and_text_field_alone_is_enough(tmp_path: Path) -> None:
    export = {"name": "Open Channel", "type": "public_channel", "id": 55, "username": "openchan",
              "messages": [{"id": 9, "type": "message", "date": "2023-03-03T10:00:00",
                            "text": ["Soldiers of a unit ", {"type": "italic", "text": "refused"},
                                     " to go on an assault, a relative said."]}]}
    path = tmp_path / "result.json"
    path.write_text(json.dumps(export), encoding="utf-8")
    fetched, _ = _read(path)
    assert fetched[0].article.url == "https://t.me/openchan/9"
    assert fetched[0].article.text == "Soldiers of a unit refused to go on an assault, a relative said."
    assert fetched[0].article.published_at == "2023-03-03"


def test_full_account_export_reads_every_chat(tmp_path: Path) -> None:
    chat = {"name": "A", "type": "public_channel", "id": 1,
            "messages": [{"id": 1, "type": "message", "date": "2024-01-01T00:00:00",
                          "text": "A soldier was detained after leaving his post."}]}
    path = tmp_path / "result.json"
    path.write_text(json.dumps({"about": "x", "chats": {"about": "y", "list": [chat, chat | {"id": 2}]}}))
    fetched, _ = _read(path)
    assert [f.article.url for f in fetched] == ["https://t.me/c/1/1", "https://t.me/c/2/1"]


def test_export_of_another_shape_is_a_skip(tmp_path: Path) -> None:
    path = tmp_path / "result.json"
    path.write_text(json.dumps({"name": "Chat", "chats_count": 3, "data": []}))
    fetched, skipped = _read(path)
    assert not fetched
    assert "unknown shape" in skipped[0].reason and "Telegram" in skipped[0].reason


def test_flatten_text_ignores_odd_parts() -> None:
    assert flatten_text(["a", {"type": "bold", "text": "b"}, {"type": "x"}, 3, None]) == "ab"
    assert flatten_text(None) == ""


def test_private_chats_and_groups_are_never_read(tmp_path: Path) -> None:
    chats = [
        {"name": "Someone", "type": "personal_chat", "id": 7,
         "messages": [{"id": 1, "type": "message", "from": "Someone", "text": "private words here"}]},
        {"name": "Family", "type": "private_group", "id": 8,
         "messages": [{"id": 1, "type": "message", "from": "Relative", "text": "more private words"}]},
        {"name": "News", "type": "public_channel", "id": 9,
         "messages": [{"id": 3, "type": "message", "date": "2024-02-02T10:00:00",
                       "text": "A channel post about a unit that refused to advance."}]},
    ]
    path = tmp_path / "result.json"
    path.write_text(json.dumps({"chats": {"list": chats}}))
    fetched, skipped = _read(path)
    assert [f.article.outlet for f in fetched] == ["News"]
    assert not any("private words" in f.article.text for f in fetched)
    assert [s.reason.split(",")[0] for s in skipped] == ["a personal chat", "a private group"]


HTML_EXPORT = EXPORT.parent / "telegram_html" / "messages.html"


def test_html_export_posts_become_articles() -> None:
    fetched, skipped = _read(HTML_EXPORT)
    assert [f.location for f in fetched] == ["message 2", "message 4"]
    first = fetched[0].article
    assert first.outlet == "Ostrog Watch" and first.published_at == "2024-01-12"
    assert first.text == ("Near the garrison town three contract servicemen refused to board a "
                          "transport to the front on Thursday.\nTheir commander had them locked in "
                          "a basement overnight, their families say.")
    assert fetched[1].article.text.startswith("Forwarded from Frontline Wives Council.\n\nWe are")
    assert skipped[0].reason.startswith("2 service or media-only messages")


def test_html_export_of_a_group_chat_is_refused(tmp_path: Path) -> None:
    page = HTML_EXPORT.read_text(encoding="utf-8").replace(
        '<div class="from_name">\nOstrog Watch', '<div class="from_name">\nSome Person', 1)
    path = tmp_path / "messages.html"
    path.write_text(page, encoding="utf-8")
    fetched, skipped = _read(path)
    assert not fetched
    assert "not a channel" in skipped[0].reason


def test_public_channel_preview_page() -> None:
    fetched, skipped = _read(EXPORT.parent / "tme_channel_preview.html")
    assert [f.article.url for f in fetched] == ["https://t.me/ostrogwatch/210",
                                               "https://t.me/ostrogwatch/211"]
    first = fetched[0].article
    assert first.outlet == "Ostrog Watch" and first.published_at == "2024-03-02"
    assert first.text == ("A garrison court in the east sentenced a mobilized soldier to six years "
                          "for leaving his unit.\n\nHe had been found at a relative's house, the court said.")
    assert fetched[1].article.text.startswith("Forwarded from River Post.\n\nSoldiers at a training")
    assert skipped[0].reason.startswith("1 posts without text")
