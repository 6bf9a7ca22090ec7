"""URLs and feeds served by a real HTTP server on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from localhttp import serving
from otkaz.ingest import USER_AGENT, Fetched, Skip, read_source
from otkaz.ingest.fetch import Response, fetch

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


class Site:
    """Pages by path, with ETags, and a log of what clients sent."""

    def __init__(self) -> None:
        self.pages: dict[str, tuple[str, bytes]] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.base = ""


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            site.requests.append((self.path, dict(self.headers)))
            if self.path not in site.pages:
                self.send_error(404)
                return
            ctype, body = site.pages[self.path]
            etag = f'"{hash(body) & 0xFFFFFFFF:x}"'
            stamp = "Wed, 01 May 2024 10:00:00 GMT"
            if self.path.startswith("/dated"):  # Last-Modified only, no ETag
                if self.headers.get("If-Modified-Since") == stamp:
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", ctype)
                self.send_header("Last-Modified", stamp)
                self.end_headers()
                self.wfile.write(body)
                return
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            return

    return Handler


@pytest.fixture()
def site() -> Iterator[Site]:
    state = Site()
    with serving(_handler(state)) as base:
        state.base = base
        yield state


def _page(title: str, sentence: str) -> bytes:
    paragraphs = "".join(f"<p>{sentence} Paragraph {n}.</p>" for n in range(5))
    return (f"<html><head><title>{title}</title></head><body><nav>Menu</nav><article><h1>{title}</h1>"
            f"{paragraphs}</article></body></html>").encode()


def _feed(base: str) -> bytes:
    return f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Border Herald</title>
<item><title>Teaser only</title><link>{base}/2024/04/09/story</link><guid>s1</guid>
<pubDate>Tue, 09 Apr 2024 08:00:00 GMT</pubDate><description>Short teaser.</description></item>
<item><title>Dead link</title><link>{base}/gone</link><guid>s2</guid>
<description>Soldiers at a checkpoint refused orders, the teaser says.</description></item>
</channel></rss>""".encode()


def test_url_page_is_fetched_with_our_user_agent(site: Site) -> None:
    site.pages["/news/1"] = ("text/html; charset=windows-1251",
                             (FIXTURES / "page_ru_cp1251.html").read_bytes())
    items = list(read_source(site.base + "/news/1"))
    assert isinstance(items[0], Fetched)
    assert items[0].article.url == site.base + "/news/1"
    assert "Мобилизованные отказались" in items[0].article.text
    assert site.requests[0][1]["User-Agent"] == USER_AGENT
    assert USER_AGENT.startswith("otkaz/") and USER_AGENT.endswith("(+research)")


def test_feed_url_reads_teaser_entries_from_their_pages(site: Site) -> None:
    site.pages["/feed"] = ("application/rss+xml", _feed(site.base))
    site.pages["/2024/04/09/story"] = ("text/html", _page(
        "Checkpoint standoff", "Conscripts at a border checkpoint refused to move forward."))
    items = list(read_source(site.base + "/feed"))
    fetched = [i for i in items if isinstance(i, Fetched)]
    assert len(fetched) == 2
    story = fetched[0].article
    assert "refused to move forward. Paragraph 4." in story.text
    assert story.outlet == "Border Herald" and story.published_at == "2024-04-09"
    # the dead link falls back to the entry's own summary rather than losing it
    assert fetched[1].article.text == "Soldiers at a checkpoint refused orders, the teaser says."


def test_conditional_get_returns_not_modified(site: Site) -> None:
    site.pages["/feed"] = ("application/rss+xml", _feed(site.base))
    first = fetch(site.base + "/feed")
    assert isinstance(first, Response) and first.etag
    second = fetch(site.base + "/feed", etag=first.etag)
    assert isinstance(second, Response) and second.not_modified and second.content == b""
    assert site.requests[1][1]["If-None-Match"] == first.etag


def test_conditional_get_with_last_modified(site: Site) -> None:
    site.pages["/dated"] = ("text/html", b"<html><body><p>x</p></body></html>")
    first = fetch(site.base + "/dated")
    assert isinstance(first, Response) and first.etag is None
    assert first.last_modified == "Wed, 01 May 2024 10:00:00 GMT"
    second = fetch(site.base + "/dated", last_modified=first.last_modified)
    assert isinstance(second, Response) and second.not_modified


def test_http_errors_and_oversize_bodies_are_skips(site: Site) -> None:
    site.pages["/big"] = ("text/html", b"<html>" + b"x" * 5000)
    missing = fetch(site.base + "/missing")
    assert isinstance(missing, Skip) and "HTTP 404" in missing.reason
    big = fetch(site.base + "/big", max_bytes=1000)
    assert isinstance(big, Skip) and "cap" in big.reason
    refused = list(read_source("http://127.0.0.1:9/"))
    assert isinstance(refused[0], Skip) and "try later" in refused[0].reason


def test_feed_url_that_is_not_xml(site: Site) -> None:
    site.pages["/feed"] = ("application/rss+xml", b"\x00\x01\x02 definitely not a feed \xff\xfe")
    items = list(read_source(site.base + "/feed"))
    assert len(items) == 1 and isinstance(items[0], Skip)
    assert "binary" in items[0].reason
