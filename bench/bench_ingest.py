"""Ingest speed: HTML pages to clean text per second on one core, and feed-item-to-database latency.

Run: .venv/bin/python bench/bench_ingest.py [--pages 600] [--interval 2s] [--items 5]
"""

from __future__ import annotations

import argparse
import io
import random
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from otkaz.ingest import html_to_article
from otkaz.ingest.dedupe import NearDuplicateIndex
from otkaz.ingest.sources import read_bytes
from otkaz.models import Article

WORDS_EN = ("soldiers unit command refused order court military police detained region village "
            "brigade relatives said officials report the of and in on with after before near").split()
WORDS_RU = ("солдаты часть командование отказались приказ суд военная полиция задержали область "
            "село бригада родственники сообщили чиновники и в на с после до около").split()


def make_page(n: int, rng: random.Random) -> bytes:
    """A news page of realistic shape: navigation, article of 6-12 paragraphs, sidebar, footer."""
    words = WORDS_RU if n % 3 == 0 else WORDS_EN
    paragraphs = "".join(
        "<p>" + " ".join(rng.choice(words) for _ in range(rng.randint(30, 70))) + ".</p>"
        for _ in range(rng.randint(6, 12)))
    links = "".join(f'<li><a href="/n/{k}">Headline {k}</a></li>' for k in range(25))
    page = (f'<!DOCTYPE html><html lang="{"ru" if n % 3 == 0 else "en"}"><head><meta charset="utf-8">'
            f"<title>Story {n}</title><meta property='article:published_time' content='2024-05-{n % 28 + 1:02d}'>"
            f"<script>var x = {n};</script></head><body><header><nav><ul>{links}</ul></nav></header>"
            f"<main><article><h1>Story {n}</h1>{paragraphs}</article></main>"
            f"<aside><ul>{links}</ul></aside><footer>Footer text {n}</footer></body></html>")
    return page.encode("cp1251" if n % 3 == 0 and n % 2 == 0 else "utf-8", errors="ignore")


def make_big_page(n: int, rng: random.Random, wrapper: str = "aside") -> bytes:
    """A heavier page (~55 KB): inline scripts, styles, 250 related-story cards in `wrapper`."""
    small = make_page(n, rng).decode("cp1251" if n % 6 == 0 else "utf-8")
    script = "<script>" + "var cfg = {a: 1, b: [1, 2, 3], c: 'tracking'};" * 300 + "</script>"
    style = "<style>" + ".c{margin:0;padding:0;color:#333}" * 300 + "</style>"
    related = "".join(f'<div class="card"><a href="/r/{k}"><img src="/i/{k}.jpg">'
                      f"<span>Related headline number {k}</span></a></div>" for k in range(250))
    return small.replace("</head>", style + script + "</head>").replace(
        "<footer>", f"<{wrapper}>{related}</{wrapper}><footer>").encode("utf-8")


def bench_pages(count: int, big: str = "") -> None:
    """big: '' for article-sized pages, else the tag wrapping 250 related links ('aside', 'div')."""
    rng = random.Random(7)
    pages = [make_big_page(n, rng, big) if big else make_page(n, rng) for n in range(count)]
    html_to_article(pages[0])  # load the language model once, outside the timing
    size = sum(len(p) for p in pages)
    started = time.process_time()
    good = sum(isinstance(html_to_article(p), Article) for p in pages)
    cpu = time.process_time() - started
    print(f"html_to_article{f' (heavy pages, links in <{big}>)' if big else ''}: {count} pages ({size / count / 1024:.1f} KB avg), {good} articles, "
          f"{cpu:.2f} s CPU, {count / cpu:.0f} pages/s on one core")
    started = time.process_time()
    for page in pages:
        list(read_bytes(page, "bench"))
    cpu = time.process_time() - started
    print(f"read_bytes (sniff + decode + extract): {count / cpu:.0f} pages/s on one core")
    if big:
        return
    texts = [html_to_article(p) for p in pages]
    index = NearDuplicateIndex()
    started = time.process_time()
    for n, article in enumerate(texts):
        if isinstance(article, Article):
            index.add(str(n), article.text)
    cpu = time.process_time() - started
    print(f"near-duplicate index: {count / cpu:.0f} articles/s")


class _Feed:
    def __init__(self) -> None:
        self.items: list[tuple[str, float]] = []
        self.base = ""
        self.lock = threading.Lock()


def _handler(feed: _Feed) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            with feed.lock:
                items = list(feed.items)
            if self.path == "/feed.xml":
                body = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Bench</title>' + "".join(
                    f"<item><title>Item {slug}</title><link>{feed.base}/n/{slug}</link><guid>{slug}</guid>"
                    "<description>teaser</description></item>" for slug, _ in items)
                    + "</channel></rss>").encode()
            else:
                slug = self.path.rsplit("/", 1)[-1]
                body = (f"<html><body><article><p>Item {slug}: two mobilized soldiers deserted from "
                        "their unit in Buryatia and were detained by military police on Monday, the "
                        "regional prosecutor's office said.</p><p>A criminal case was opened.</p>"
                        "</article></body></html>").encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html" if self.path != "/feed.xml" else "application/rss+xml")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            return

    return Handler


def bench_watch(interval: str, items: int) -> None:
    from otkaz.runners.watch import parse_interval, watch
    from otkaz.store import open_store

    feed = _Feed()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(feed))
    feed.base = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    tmp = Path(tempfile.mkdtemp())
    sources = tmp / "sources.txt"
    sources.write_text(f"{feed.base}/feed.xml\n")
    db = str(tmp / "watch.db")
    feed.items.append(("warmup", time.time()))
    log = io.StringIO()
    stop = threading.Event()
    runner = threading.Thread(target=watch, args=(sources, db),
                              kwargs={"interval": interval, "stderr": log, "stop": stop})
    runner.start()
    latencies: list[float] = []
    store = open_store(db)

    def stored(slug: str) -> bool:
        return store.conn.query_one("SELECT 1 AS x FROM articles WHERE url = ?",
                                    (f"{feed.base}/n/{slug}",)) is not None

    while not stored("warmup"):
        time.sleep(0.05)  # first poll loads the extraction models
    with feed.lock:  # a second similar item makes the linker load its sentence encoder now
        feed.items.append(("warmup2", time.time()))
    while not stored("warmup2"):
        time.sleep(0.05)
    for n in range(items):
        time.sleep(random.Random(n).uniform(0, parse_interval(interval)))
        slug = f"i{n}"
        added = time.monotonic()
        with feed.lock:
            feed.items.append((slug, time.time()))
        while not stored(slug):
            time.sleep(0.01)
        latencies.append(time.monotonic() - added)
    stop.set()
    runner.join()
    store.close()
    _decompose(feed.base)
    server.shutdown()
    polls = [line for line in log.getvalue().splitlines() if "/feed.xml:" in line and "new: 1 stored" in line
             and not line.split(": ", 1)[1].startswith(("1 entries", "2 entries"))]
    work = [float(line.rsplit("[", 1)[1].rstrip("s]")) for line in polls]
    mean = sum(latencies) / len(latencies)
    print(f"watch latency at interval {interval}: {items} items, mean {mean:.2f} s, "
          f"max {max(latencies):.2f} s; of which poll work (feed + page fetch, extract, store, link) "
          f"mean {sum(work) / max(1, len(work)):.2f} s, the rest is waiting for the next poll "
          f"(expected interval/2 = {parse_interval(interval) / 2:.1f} s)")
    secs = parse_interval("30s")
    print(f"=> at --interval 30s: expected mean ≈ {secs / 2 + sum(work) / max(1, len(work)):.1f} s, "
          f"worst ≈ {secs + max(work, default=0):.1f} s")


def _decompose(base: str) -> None:
    """Where one item's poll time goes: fetch the page, HTML to text, extract, store and link."""
    from otkaz.extract import extract_article
    from otkaz.ingest.sources import fetch_article
    from otkaz.link import link_new_reports
    from otkaz.store import open_store

    tmp = Path(tempfile.mkdtemp())
    store = open_store(str(tmp / "d.db"))
    timings: dict[str, list[float]] = {"fetch feed": [], "fetch page + html": [], "extract": [],
                                       "store": [], "link": []}
    from otkaz.ingest.fetch import fetch, make_client

    client = make_client()  # one per watch process, as in runners/watch.py
    for n in range(5):
        t0 = time.perf_counter()
        fetch(f"{base}/feed.xml", client=client)
        t1 = time.perf_counter()
        article = fetch_article(f"{base}/n/d{n}", client)
        t2 = time.perf_counter()
        assert isinstance(article, Article)
        prediction = extract_article(article)
        t3 = time.perf_counter()
        with store.transaction():
            ids = store.save_extraction(article, prediction, "bench")
            t4 = time.perf_counter()
            if ids:
                link_new_reports(store, ids)
        t5 = time.perf_counter()
        for key, value in zip(timings, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4), strict=True):
            timings[key].append(value)
    client.close()
    store.close()
    print("per-item poll work: " + ", ".join(
        f"{key} {1000 * sum(v) / len(v):.0f} ms" for key, v in timings.items()))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=600)
    parser.add_argument("--interval", default="2s")
    parser.add_argument("--items", type=int, default=5)
    args = parser.parse_args()
    bench_pages(args.pages)
    bench_pages(args.pages // 2, big="aside")
    bench_pages(args.pages // 4, big="div")
    if args.items > 0:
        bench_watch(args.interval, args.items)


if __name__ == "__main__":
    main()
