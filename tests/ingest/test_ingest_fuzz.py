"""Hostile input never crashes a reader: every case ends as articles or skips."""

from __future__ import annotations

import gzip
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from otkaz.ingest import Fetched, Skip, html_to_article, read_source
from otkaz.ingest.decode import decode_bytes
from otkaz.ingest.sources import read_bytes
from otkaz.ingest.telegram import read_telegram
from otkaz.models import Article

FAST = settings(max_examples=600, deadline=None, suppress_health_check=list(HealthCheck))

_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
_prefixes = st.sampled_from([b"", b"WARC/1.0\r\n", b"\x1f\x8b\x08", b"<?xml version='1.0'?><rss>",
                             b"<feed>", b"<html><body>", b"{", b"[", b"\xef\xbb\xbf", b"\xff\xfe",
                             b"id,text,url\n", b"<",
                             b'<html><div class="page_header">x</div><div class="history">'
                             b'<div class="message default" id="message1"><div class="body">'
                             b'<div class="from_name">A</div><div class="text">',
                             b'<html><div class="tgme_widget_message" data-post="chan/1">'
                             b'<div class="tgme_widget_message_text">'])


def _all_items(data: bytes) -> list[Fetched | Skip]:
    items = list(read_bytes(data, "fuzz"))
    assert all(isinstance(i, Fetched | Skip) for i in items)
    for item in items:
        if isinstance(item, Skip):
            assert item.reason and "\n" not in item.reason
    return items


@settings(max_examples=1000, deadline=None, suppress_health_check=list(HealthCheck))
@given(_prefixes, st.binary(max_size=600))
def test_any_bytes(prefix: bytes, tail: bytes) -> None:
    _all_items(prefix + tail)


@FAST
@given(st.text(max_size=400))
def test_any_text_in_common_encodings(text: str) -> None:
    for codec in ("utf-8", "cp1251", "koi8-r", "utf-16"):
        data = text.encode(codec, errors="ignore")
        decoded, _ = decode_bytes(data)
        assert isinstance(decoded, str)
        _all_items(data)


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from(["<p>", "</p>", "<div>", "<article>", "<script>", "<!--", "&amp;",
                                 "<br/>", "<table><tr><td>", "Солдаты", "refused", " ", "\x00", "<meta"
                                 " charset='koi8-r'>", "<title>", "<html lang='xx'>"]), max_size=60))
def test_html_fragments(parts: list[str]) -> None:
    result = html_to_article("".join(parts))
    assert isinstance(result, Article | Skip)


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(_json_values, max_size=5))
def test_json_lines_of_any_shape(values: list[object]) -> None:
    _all_items("\n".join(json.dumps(v) for v in values).encode())


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.dictionaries(st.sampled_from(["name", "id", "type", "messages", "chats", "username"]),
                       _json_values, max_size=5),
       st.lists(st.dictionaries(st.sampled_from(["id", "type", "date", "date_unixtime", "text",
                                                 "text_entities", "edited", "forwarded_from"]),
                                _json_values, max_size=8), max_size=4))
def test_telegram_exports_of_any_shape(chat: dict[str, object], messages: list[dict[str, object]]) -> None:
    chat = dict(chat, messages=messages)
    items = list(read_telegram(chat, "fuzz"))
    assert all(isinstance(i, Fetched | Skip) for i in items)
    _all_items(json.dumps(chat).encode())


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.binary(max_size=300), st.integers(min_value=0, max_value=400))
def test_truncated_gzip(payload: bytes, cut: int) -> None:
    packed = gzip.compress(b"<html><body><p>" + payload + b"</p></body></html>")
    _all_items(packed[:cut])


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(_prefixes, st.binary(max_size=400), st.sampled_from(["", "\n", "\n{\"text\": \"x y z\"}\n"]))
def test_files_on_disk(tmp_path_factory: pytest.TempPathFactory, prefix: bytes, tail: bytes,
                       suffix: str) -> None:
    """The streaming paths (JSONL, CSV, WARC, gzip files) see the same junk as in-memory input."""
    path = tmp_path_factory.mktemp("fuzz") / "input"
    path.write_bytes(prefix + tail + suffix.encode())
    items = list(read_source(str(path)))
    assert items and all(isinstance(i, Fetched | Skip) for i in items)
