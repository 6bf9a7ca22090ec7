"""`otkaz watch` against a feed served on 127.0.0.1: new items reach the database within one poll."""

from __future__ import annotations

import io
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from localhttp import serving
from otkaz.runners.watch import parse_interval, read_sources, watch
from otkaz.store import open_store
from otkaz.store.testing import backend_params, database_url


class Feed:
    """An RSS feed whose items the test can add to, with ETag support, plus item pages."""

    def __init__(self) -> None:
        self.items: list[tuple[str, str]] = []  # (slug, title)
        self.base = ""
        self.hits: dict[str, int] = {}
        self.not_modified = 0
        self.failing: set[str] = set()  # item pages answering 503
        self.extra: dict[str, bytes] = {}  # other HTML pages by path
        self.lock = threading.Lock()

    def xml(self) -> bytes:
        items = "".join(
            f"<item><title>{title}</title><link>{self.base}/news/{slug}</link><guid>{slug}</guid>"
            f"<pubDate>Mon, 06 May 2024 10:00:00 GMT</pubDate><description>{title}.</description></item>"
            for slug, title in self.items)
        return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Local Watch Feed</title>'
                f"{items}</channel></rss>").encode()

    def page(self, slug: str) -> bytes | None:
        title = dict(self.items).get(slug)
        if title is None:
            return None
        body = "".join(f"<p>{title}. The regional military prosecutor's office confirmed the "
                       f"detention on Monday, paragraph {n}.</p>" for n in range(4))
        return f"<html><head><title>{title}</title></head><body><article>{body}</article></body></html>".encode()


def _handler(feed: Feed) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            with feed.lock:
                feed.hits[self.path] = feed.hits.get(self.path, 0) + 1
                if self.path == "/feed.xml":
                    body, ctype = feed.xml(), "application/rss+xml"
                elif self.path in feed.extra:
                    body, ctype = feed.extra[self.path], "text/html; charset=utf-8"
                elif self.path.removeprefix("/news/") in feed.failing:
                    self.send_error(503)
                    return
                elif self.path.startswith("/news/"):
                    page = feed.page(self.path.removeprefix("/news/"))
                    if page is None:
                        self.send_error(404)
                        return
                    body, ctype = page, "text/html; charset=utf-8"
                else:
                    self.send_error(404)
                    return
                etag = f'"{len(feed.items)}"'
                if self.path == "/feed.xml" and self.headers.get("If-None-Match") == etag:
                    feed.not_modified += 1
                    self.send_response(304)
                    self.end_headers()
                    return
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            if self.path == "/feed.xml":
                self.send_header("ETag", etag)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            return

    return Handler


@pytest.fixture()
def feed() -> Iterator[Feed]:
    state = Feed()
    with serving(_handler(state)) as base:
        state.base = base
        yield state


@pytest.fixture(params=backend_params())
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with database_url(request.param, tmp_path) as url:
        yield url


def _urls(db: str) -> set[str]:
    with open_store(db) as store:
        return {row["url"] for row in store.conn.query("SELECT url FROM articles")}


def _sources(tmp_path: Path, feed: Feed) -> Path:
    path = tmp_path / "sources.txt"
    path.write_text(f"# feeds to poll\n{feed.base}/feed.xml\n\nhttp://127.0.0.1:9/down.xml  # offline\n")
    return path


def test_new_feed_item_reaches_the_database_within_one_poll(tmp_path: Path, feed: Feed) -> None:
    db = str(tmp_path / "watch.db")
    feed.items.append(("first", "A deserter was detained at a railway station in Chita"))
    stop = threading.Event()
    log = io.StringIO()
    runner = threading.Thread(target=watch, args=(_sources(tmp_path, feed), db),
                              kwargs={"interval": "0.3s", "stderr": log, "stop": stop})
    runner.start()
    try:
        deadline = time.monotonic() + 60
        while f"{feed.base}/news/first" not in _urls(db) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert f"{feed.base}/news/first" in _urls(db), log.getvalue()
        with feed.lock:
            feed.items.append(("second", "Two mobilized soldiers deserted from their unit in Buryatia and were detained by military police"))
        added = time.monotonic()
        while f"{feed.base}/news/second" not in _urls(db) and time.monotonic() < added + 30:
            time.sleep(0.05)
        assert f"{feed.base}/news/second" in _urls(db), log.getvalue()
        while feed.not_modified == 0 and time.monotonic() < added + 30:
            time.sleep(0.05)  # the next poll sends the ETag back and gets 304
    finally:
        stop.set()
        runner.join(timeout=30)
    assert not runner.is_alive()
    text = log.getvalue()
    assert "127.0.0.1:9/down.xml: error" in text  # the offline source is logged, not fatal
    assert feed.not_modified >= 1  # the ETag was sent back and honoured
    assert feed.hits["/news/first"] == 1  # each item page is fetched once, not every poll
    with open_store(db) as store:
        row = store.conn.query_one("SELECT text, outlet FROM articles WHERE url = ?",
                                   (f"{feed.base}/news/second",))
        assert row is not None and "prosecutor's office confirmed" in row["text"]  # page, not teaser
        assert row["outlet"] == "Local Watch Feed"
        # extracted and linked in the same poll: the item is an incident, not just text
        reports = store.conn.query(
            "SELECT r.canonical_id FROM reports r JOIN articles a ON a.id = r.article_id"
            " WHERE a.url = ?", (f"{feed.base}/news/second",))
        assert reports and all(r["canonical_id"] for r in reports)
        state = store.get_source_state(f"{feed.base}/feed.xml")
        assert state is not None and state["etag"] == '"2"'


def test_restart_resumes_from_stored_state(tmp_path: Path, feed: Feed, db: str) -> None:
    feed.items.append(("one", "A court sentenced a contract soldier for leaving his post"))
    sources = _sources(tmp_path, feed)
    first = watch(sources, db, interval="1s", once=True, stderr=io.StringIO())
    assert first.stored == 1 and first.polls == 1
    second = watch(sources, db, interval="1s", once=True, stderr=io.StringIO())
    assert second.stored == 0
    assert any("not modified (304)" in line for line in second.lines)
    with feed.lock:
        feed.items.append(("two", "Soldiers of a battalion refused an assault order near the river"))
    third = watch(sources, db, interval="1s", once=True, stderr=io.StringIO())
    assert third.stored == 1
    assert feed.hits["/news/one"] == 1


def test_interval_and_sources_file(tmp_path: Path) -> None:
    assert parse_interval("30s") == 30 and parse_interval("10m") == 600 and parse_interval("1h") == 3600
    assert parse_interval("2") == 2
    with pytest.raises(ValueError):
        parse_interval("soon")
    path = tmp_path / "s.txt"
    path.write_text("# c\nhttps://a.example/feed\n\nhttps://a.example/feed\n /tmp/x  # local\n")
    assert read_sources(path) == ["https://a.example/feed", "/tmp/x"]
    with pytest.raises(SystemExit):
        watch(path, str(tmp_path / "d.db"), interval="never", once=True, stderr=io.StringIO())


def test_unreachable_item_page_is_retried_not_replaced_by_its_teaser(tmp_path: Path, feed: Feed) -> None:
    db = str(tmp_path / "r.db")
    feed.items.append(("flaky", "A sailor deserted from a ship in port and was caught two days later"))
    feed.failing.add("flaky")
    sources = _sources(tmp_path, feed)
    first = watch(sources, db, interval="1s", once=True, stderr=io.StringIO())
    assert first.stored == 0
    assert any("1 retried next poll" in line for line in first.lines)
    feed.failing.clear()
    second = watch(sources, db, interval="1s", once=True, stderr=io.StringIO())
    assert second.stored == 1
    with open_store(db) as store:
        row = store.conn.query_one("SELECT text FROM articles")
    assert row is not None and "prosecutor's office confirmed" in row["text"]


def test_sigterm_stops_the_watch_cleanly(tmp_path: Path, feed: Feed) -> None:
    feed.items.append(("s1", "A conscript left his unit and was found at home by military police"))
    sources = _sources(tmp_path, feed)
    db = tmp_path / "sig.db"
    otkaz = Path(sys.executable).with_name("otkaz")
    proc = subprocess.Popen([str(otkaz), "watch", str(sources), "--db", str(db), "--interval", "1h"],
                            stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not (db.exists() and f"{feed.base}/news/s1" in _urls(str(db))):
            time.sleep(0.2)
        time.sleep(0.5)  # now asleep until the next poll
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "stopping after the current article" in err
    assert "poll 1: 2 sources, 1 new articles" in err


def test_public_telegram_channel_page_is_watched(tmp_path: Path, feed: Feed) -> None:
    preview = Path(__file__).resolve().parents[1] / "fixtures" / "ingest" / "tme_channel_preview.html"
    feed.extra["/s/ostrogwatch"] = preview.read_bytes()
    sources = tmp_path / "sources.txt"
    sources.write_text(f"{feed.base}/s/ostrogwatch\n")
    db = str(tmp_path / "t.db")
    first = watch(sources, db, interval="1s", once=True, stderr=io.StringIO())
    assert first.stored == 2
    assert {"https://t.me/ostrogwatch/210", "https://t.me/ostrogwatch/211"} <= _urls(db)
    again = watch(sources, db, interval="1s", once=True, stderr=io.StringIO())
    assert again.stored == 0  # the same posts on the next poll are already stored
