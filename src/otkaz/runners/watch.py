"""`otkaz watch`: poll feeds and pages, ingest what is new, survive errors and restarts."""

from __future__ import annotations

import json
import re
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType
from typing import IO, Any

import httpx

from otkaz.ingest import Fetched, Skip, read_source
from otkaz.ingest.feeds import Entry, Feed, entry_article, parse_feed
from otkaz.ingest.fetch import Response, fetch, is_transient, is_url, make_client
from otkaz.ingest.sniff import HEAD_BYTES, sniff
from otkaz.ingest.sources import fetch_article, read_bytes
from otkaz.models import Article

SEEN_LIMIT = 2000  # feed entry keys remembered per source (feeds list the last few dozen)
_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$", re.IGNORECASE)
_UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}


@dataclass(frozen=True)
class _Outcome:
    """Counts of one ingest call."""

    stored: int = 0
    already: int = 0
    skipped: int = 0
    failed: int = 0
    fatal: str | None = None

    def __add__(self, other: _Outcome) -> _Outcome:
        return _Outcome(self.stored + other.stored, self.already + other.already,
                        self.skipped + other.skipped, self.failed + other.failed,
                        self.fatal or other.fatal)

    def summary(self) -> str:
        failed = f", {self.failed} failed" if self.failed else ""
        return f"{self.stored} stored, {self.already} already stored, {self.skipped} skipped{failed}"


@dataclass
class WatchReport:
    """What a watch did, for tests and scripts."""

    polls: int = 0
    stored: int = 0
    skipped: int = 0
    errors: int = 0
    lines: list[str] = field(default_factory=list)


def parse_interval(text: str) -> float:
    """'30s', '10m', '1h', '2' (seconds) → seconds; a bad value is a usage error."""
    match = _INTERVAL.match(text or "")
    if not match or float(match[1]) <= 0:
        raise ValueError(f"interval {text!r} is not like 30s, 10m or 1h")
    return float(match[1]) * _UNITS[(match[2] or "s").lower()]


def read_sources(path: Path) -> list[str]:
    """One source per line; blank lines and # comments are ignored; duplicates once."""
    sources: list[str] = []
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise ValueError(f"{path}: not UTF-8 text; save the list of sources as UTF-8") from None
    for line in text.splitlines():
        entry = line.split(" #", 1)[0].strip()
        if entry and not entry.startswith("#") and entry not in sources:
            sources.append(entry)
    return sources


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class _Poller:
    """Polls each source once per round through the ingest runner's per-article path."""

    def __init__(self, store: Any, client: httpx.Client, log: IO[str], stop: threading.Event,
                 report: WatchReport) -> None:
        self.store, self.client, self.log, self.stop, self.report = store, client, log, stop, report
        from rich.console import Console

        self.console = Console(file=log, highlight=False, markup=False, width=200)

    def say(self, line: str) -> None:
        self.report.lines.append(line)
        print(line, file=self.log, flush=True)

    def ingest(self, items: Iterable[Fetched | Skip]) -> _Outcome:
        """Extract, store and link the items through the ingest runner, one transaction per article."""
        from otkaz.runners.ingest import ingest_items

        result = ingest_items(self.store, self._until_stopped(items), console=self.console)
        return _Outcome(result.stored, result.already, result.skipped, result.failed, result.fatal)

    def _until_stopped(self, items: Iterable[Fetched | Skip]) -> Iterator[Fetched | Skip]:
        for item in items:
            yield item
            if self.stop.is_set():
                return

    def poll(self, source: str) -> str:
        """Poll one source; returns the log line. Errors are logged and retried next round."""
        started = time.perf_counter()
        try:
            outcome = self._poll_url(source) if is_url(source) else self._poll_path(source)
        except Exception as exc:  # one bad source (or a locked database) must not stop the watch
            outcome = f"error ({type(exc).__name__}: {' '.join(str(exc).split())[:160]})"
            self.report.errors += 1
        return f"{_now()} {source}: {outcome} [{time.perf_counter() - started:.2f}s]"

    def _state(self, source: str) -> dict[str, Any]:
        return self.store.get_source_state(source) or {}

    def _poll_url(self, source: str) -> str:
        state = self._state(source)
        response = fetch(source, state.get("etag"), state.get("last_modified"), client=self.client)
        if isinstance(response, Skip):
            self.report.errors += 1
            self.store.set_source_state(source, last_polled=_now(), last_status=response.reason)
            return f"error: {response.reason}"
        if response.not_modified:
            self.store.set_source_state(source, last_polled=_now(), last_status="304 not modified")
            return "not modified (304)"
        kind = sniff(response.content[:HEAD_BYTES], complete=len(response.content) <= HEAD_BYTES)
        if kind == "feed":
            return self._poll_feed(source, response, state)
        outcome = self.ingest(read_bytes(
            response.content, source, url=response.url, content_type=response.content_type))
        return self._finish(source, response, outcome, None, kind)

    def _poll_feed(self, source: str, response: Response, state: dict[str, Any]) -> str:
        """New entries one by one; an entry is remembered as seen only once it is stored or skipped."""
        feed = parse_feed(response.content, source)
        if isinstance(feed, Skip):
            self.report.errors += 1
            self.store.set_source_state(source, last_polled=_now(), last_status=feed.reason)
            return f"error: {feed.reason}"
        seen = _seen(state.get("cursor"))
        fresh = [entry for entry in feed.entries if entry.key not in seen]
        total, done, retry = _Outcome(), [], 0
        for entry in fresh:
            if self.stop.is_set():
                break
            items = self._entry_items(source, feed, entry)
            outcome = self.ingest(items) if items is not None else None
            if outcome is None or outcome.failed or outcome.fatal:
                retry += 1  # page unreachable for now, or the article failed: try again next poll
            else:
                done.append(entry.key)
            if outcome is not None:
                total = total + outcome
            if outcome is not None and outcome.fatal:
                break
        keys = done + [k for k in seen if k not in set(done)]
        detail = f"{len(feed.entries)} entries, {len(fresh)} new"
        if retry:
            detail += f", {retry} retried next poll"
            response = Response(response.url, response.status, b"", None, None, None)  # no 304 next time
        cursor = json.dumps({"seen": keys[:SEEN_LIMIT]}, ensure_ascii=False)
        return self._finish(source, response, total, cursor, detail)

    def _entry_items(self, source: str, feed: Feed, entry: Entry) -> list[Fetched | Skip] | None:
        """The entry's article: its content, or its linked page when it carries only a teaser.

        None when the page failed for a passing reason (timeout, 5xx): the entry waits for the
        next poll instead of being stored as its teaser for good.
        """
        page: Article | Skip | None = None
        if not entry.has_content and entry.link:
            page = fetch_article(entry.link, self.client)
            if isinstance(page, Skip) and is_transient(page):
                return None
        article = entry_article(entry, feed.title, _already(page))
        location = entry.link or entry.key
        if article is None:
            return [Skip(source, location, "feed entry has no text and its page could not be read")]
        if isinstance(article, Skip):
            return [Skip(source, location, article.reason)]
        return [Fetched(article, source, location)]

    def _finish(self, source: str, response: Response, outcome: _Outcome, cursor: str | None,
                detail: str) -> str:
        """Remember ETag/Last-Modified only once everything of this response is stored."""
        self.report.stored += outcome.stored
        self.report.skipped += outcome.skipped
        if outcome.fatal is not None:
            self.report.errors += 1
            self.store.set_source_state(source, last_polled=_now(), last_status=outcome.fatal[:200])
            return f"error: {outcome.fatal}"
        status = f"{detail}: {outcome.summary()}"
        fields: dict[str, Any] = {"etag": response.etag, "last_modified": response.last_modified,
                                  "last_polled": _now(), "last_status": status}
        if cursor is not None:
            fields["cursor"] = cursor
        if self.stop.is_set() or outcome.failed:  # poll this response in full again next time
            fields.update(etag=None, last_modified=None)
        self.store.set_source_state(source, **fields)
        return status

    def _poll_path(self, source: str) -> str:
        """A local file or directory: re-read when its modification time or size changes."""
        path = Path(source).expanduser()
        if not path.exists():
            self.report.errors += 1
            if "://" in source:
                return "error: only http:// and https:// URLs can be watched"
            return "error: no such file or directory (each line is a feed or page URL, or a path)"
        stat = path.stat()
        mark = f"{stat.st_mtime_ns}:{stat.st_size}"
        if self._state(source).get("last_modified") == mark and path.is_file():
            return "not modified"
        outcome = self.ingest(read_source(source))
        self.report.stored += outcome.stored
        self.report.skipped += outcome.skipped
        if outcome.fatal is not None:
            self.report.errors += 1
            return f"error: {outcome.fatal}"
        status = outcome.summary()
        if not outcome.failed and not self.stop.is_set():
            self.store.set_source_state(source, last_modified=mark, last_polled=_now(),
                                        last_status=status)
        return status


def _already(page: Article | Skip | None) -> Callable[[str], Article | Skip] | None:
    """A page fetcher that hands back the page fetched a moment ago."""
    if page is None:
        return None
    return lambda _link: page


def _seen(cursor: str | None) -> list[str]:
    try:
        data = json.loads(cursor or "{}")
    except ValueError:
        return []
    keys = data.get("seen") if isinstance(data, dict) else None
    return [k for k in keys if isinstance(k, str)] if isinstance(keys, list) else []


@contextmanager
def _signals(stop: threading.Event, log: IO[str]) -> Iterator[None]:
    """SIGINT/SIGTERM finish the current article and stop; only the main thread can install them."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: FrameType | None) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        print(f"{_now()} stopping after the current article", file=log, flush=True)

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def watch(sources: Path, db: str, interval: str = "10m", once: bool = False,
          stderr: IO[str] | None = None, stop: threading.Event | None = None) -> WatchReport:
    """Poll every source each interval until stopped (or once), ingesting what is new."""
    log = stderr or sys.stderr
    stop = stop or threading.Event()
    try:
        seconds = parse_interval(interval)
        if not read_sources(Path(sources)):
            raise ValueError(f"{sources}: no sources (one feed or URL per line)")
    except (OSError, ValueError) as exc:
        print(f"otkaz watch: {exc}", file=log, flush=True)
        raise SystemExit(2) from None
    from otkaz.store import StoreError, open_store

    try:
        store = open_store(db)
    except StoreError as exc:
        print(f"otkaz watch: {exc}", file=log, flush=True)
        raise SystemExit(2) from None
    report = WatchReport()
    with store, make_client() as client, _signals(stop, log):
        poller = _Poller(store, client, log, stop, report)
        try:
            _loop(poller, Path(sources), seconds, once)
        except KeyboardInterrupt:
            poller.say(f"{_now()} stopped now; the article in progress was rolled back")
    return report


def _loop(poller: _Poller, sources: Path, seconds: float, once: bool) -> None:
    while not poller.stop.is_set():
        started = time.perf_counter()
        try:
            listed = read_sources(sources)
        except (OSError, ValueError) as exc:  # edited mid-run: deleted, or saved in another encoding
            poller.say(f"{_now()} cannot read {sources} ({exc}); keeping the last list")
            listed = []
        before = (poller.report.stored, poller.report.errors)
        for source in listed:
            if poller.stop.is_set():
                break
            poller.say(poller.poll(source))
        poller.report.polls += 1
        stored, errors = poller.report.stored - before[0], poller.report.errors - before[1]
        elapsed = time.perf_counter() - started
        poller.say(f"{_now()} poll {poller.report.polls}: {len(listed)} sources, {stored} new "
                   f"articles, {errors} errors in {elapsed:.1f}s"
                   + ("" if once else f"; next in {seconds:g}s"))
        if once:
            return
        poller.stop.wait(max(0.0, seconds - elapsed))
