"""`otkaz ingest`: sources in, extracted and linked incidents stored, one transaction per article."""

from __future__ import annotations

import signal
import sqlite3
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import import_module
from types import FrameType
from typing import IO, Any, cast

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from otkaz.models import Article, Prediction
from otkaz.store import IncidentFilter, Store, StoreError, open_store
from otkaz.store.db import is_postgres_url, redact_url

MAX_SHOWN_SKIPS = 1000
Extractor = Callable[[Article], Prediction]
Linker = Callable[[Store, list[str]], Any]


@dataclass
class IngestReport:
    """What one run did: the CLI's exit code and a script's counts."""

    db: str
    read: int = 0  # articles read from the sources
    stored: int = 0  # new articles saved
    already: int = 0  # articles found in the database (re-ingest, or resuming a stopped run)
    relevant: int = 0
    reports: int = 0
    statistics: int = 0
    skipped: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    interrupted: bool = False
    linked: bool = True
    incidents_total: int = 0
    elapsed: float = 0.0
    fatal: str | None = None

    @property
    def ok(self) -> bool:
        nothing_usable = self.read == 0 and self.skipped > 0
        return self.fatal is None and not self.interrupted and self.failed == 0 and not nothing_usable

    def summary(self) -> str:
        rate = self.read / self.elapsed if self.elapsed > 0 else 0.0
        # after a database error the total is unknown: "0 incidents" would read as data lost
        total = f"{self.incidents_total} incidents in" if self.fatal is None else "database"
        return (
            f"{self.stored} new articles ({self.relevant} relevant, {self.reports} reports, "
            f"{self.statistics} statistics), {self.already} already stored, {self.skipped} skipped, "
            f"{self.failed} failed; {total} {self.db} "
            f"({rate:.1f} articles/s{', interrupted' if self.interrupted else ''})"
        )


class _Stop:
    """First Ctrl-C: finish the current article, then stop. Second: stop now (rolls it back)."""

    def __init__(self, console: Console) -> None:
        self.requested = False
        self.console = console

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True
        self.console.print("stopping after the current article (Ctrl-C again to stop now)",
                           markup=False, highlight=False)

    @contextmanager
    def installed(self) -> Iterator[None]:
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        previous = signal.signal(signal.SIGINT, self)
        try:
            yield
        finally:
            signal.signal(signal.SIGINT, previous)


def _stage(module: str, name: str) -> Any:
    """A public stage function, imported late so `otkaz incidents` never loads the NLP models."""
    try:
        return getattr(import_module(module), name)
    except (ImportError, AttributeError) as exc:
        raise ImportError(f"{module}.{name}: {exc}") from exc


def _stages(console: Console) -> tuple[Extractor, Linker | None] | str:
    """The extractor and linker, or why the extractor cannot be loaded."""
    try:
        extractor = cast(Extractor, _stage("otkaz.extract", "extract_article"))
    except ImportError as exc:
        return f"the extractor could not be loaded ({exc}) — reinstall otkaz"
    try:
        linker = cast(Linker, _stage("otkaz.link", "link_new_reports"))
    except ImportError as exc:
        console.print(f"linking unavailable ({exc}): reports are stored unlinked", markup=False)
        return extractor, None
    return extractor, linker


def _operational(exc: BaseException) -> bool:
    """Errors of the database itself (gone, locked, full): stop the run instead of every article failing."""
    if isinstance(exc, sqlite3.OperationalError):
        return True
    try:
        import psycopg
    except ImportError:
        return False
    return isinstance(exc, psycopg.OperationalError)


class _Run:
    """One ingest run's moving parts, so each step stays a small method."""

    def __init__(self, store: Store, report: IngestReport, console: Console,
                 extractor: Extractor, linker: Linker | None) -> None:
        self.store, self.report, self.console = store, report, console
        self.extractor, self.linker = extractor, linker
        from otkaz.ingest.duplicates import DuplicateMarker

        self.duplicates = DuplicateMarker.for_store(store)  # fills articles.near_duplicate_of

    def say(self, message: str) -> None:
        self.console.print(message, markup=False, highlight=False, soft_wrap=True)

    def skip(self, source: str, location: str | None, reason: str) -> None:
        self.report.skipped += 1
        self.store.record_skip(source, location, reason)
        where = f"{source}:{location}" if location else source
        if self.report.skipped <= MAX_SHOWN_SKIPS:
            self.say(f"{where}: {reason}")
        elif self.report.skipped == MAX_SHOWN_SKIPS + 1:
            self.say("… further skips are recorded in the skipped_inputs table but not shown")

    def fail(self, message: str) -> None:
        self.report.failed += 1
        self.report.errors.append(message)
        self.say(message)

    def article(self, article: Article, source: str, location: str | None) -> None:
        """Extract, store and link one article, all or nothing."""
        self.report.read += 1
        stored = self.store.get_article(article.id)
        if stored is not None and stored.text != article.text:  # a reused id must not hide a story
            self.skip(source, location, f"id {article.id!r} is already stored with a different "
                      "text; give this article its own id (or drop 'id' to use a content hash)")
            return
        if stored is not None:
            self.report.already += 1
            return
        where = f"{source}:{location}" if location else source
        try:
            prediction = self.extractor(article)
        except Exception as exc:  # noqa: BLE001 - one article must not cost the others
            self.fail(f"{where}: extractor failed on article {article.id} "
                      f"({type(exc).__name__}: {exc}) — not stored; please report it")
            return
        try:
            with self.store.transaction():
                report_ids = self.store.save_extraction(article, prediction, source)
                self.duplicates.note(article)
                if report_ids and self.linker is not None:
                    self.linker(self.store, report_ids)
        except Exception as exc:
            if _operational(exc):
                raise
            self.fail(f"{where}: could not store article {article.id} "
                      f"({type(exc).__name__}: {' '.join(str(exc).split())}) — nothing of it was kept")
            return
        self.report.stored += 1
        self.report.relevant += int(prediction.relevant)
        self.report.reports += len(prediction.incidents)
        self.report.statistics += len(prediction.statistics)


def _items(paths: list[str], mapping: dict[str, str] | None) -> Iterator[Any]:
    from otkaz.ingest import read_source

    for path in paths:
        yield from read_source(path, mapping)


def _parse_mapping(mapping: str | None) -> dict[str, str] | None:
    from otkaz.ingest import parse_mapping

    return parse_mapping(mapping)


def _shown_db(db: str) -> str:
    return redact_url(db) if is_postgres_url(db) else db


def ingest(paths: list[str], db: str, mapping: str | None = None,
           stderr: IO[str] | None = None) -> IngestReport:
    """Read every source, extract and link each new article, store it; Ctrl-C stops cleanly."""
    console = Console(file=stderr or sys.stderr, stderr=stderr is None)
    report = IngestReport(db=_shown_db(db))
    started = time.perf_counter()
    try:
        columns = _parse_mapping(mapping)
    except ValueError as exc:
        return _fatal(report, console, f"--mapping: {exc} (example: text=body,url=link)")
    stages = _stages(console)
    if isinstance(stages, str):
        return _fatal(report, console, stages)
    try:
        store = open_store(db)
    except StoreError as exc:
        return _fatal(report, console, str(exc))
    report.linked = stages[1] is not None
    with store:
        run = _Run(store, report, console, *stages)
        try:
            _loop(run, paths, columns)
        except KeyboardInterrupt:
            report.interrupted = True
            run.say("stopped: the article in progress was rolled back; everything before it is kept")
        except Exception as exc:
            if not _operational(exc):
                raise
            reason = " ".join(str(exc).split())
            advice = ("check the permissions of the file and its folder, or pass --db with "
                      "another path") if "readonly" in reason else "re-run to resume"
            report.fatal = f"database error, stopped ({reason}); " \
                f"everything stored before it is kept — {advice}"
            run.say(report.fatal)
        report.incidents_total = store.count_incidents(IncidentFilter()) if report.fatal is None else 0
    report.elapsed = time.perf_counter() - started
    console.print(report.summary(), markup=False, highlight=False, soft_wrap=True)
    return report


def _loop(run: _Run, paths: list[str], columns: dict[str, str] | None) -> None:
    from otkaz.ingest import Fetched, Skip

    stop = _Stop(run.console)
    progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                        console=run.console, transient=True, disable=not run.console.is_terminal)
    with stop.installed(), progress:
        task = progress.add_task("ingesting")
        for item in _items(paths, columns):
            if isinstance(item, Skip):
                run.skip(item.source, item.location, item.reason)
            elif isinstance(item, Fetched):
                run.article(item.article, item.source, item.location)
            r = run.report
            progress.update(task, description=f"ingesting: {r.stored} new, {r.already} already "
                            f"stored, {r.skipped} skipped, {r.failed} failed")
            if stop.requested:
                run.report.interrupted = True
                return


def ingest_items(store: Store, items: Iterable[Any], console: Console | None = None) -> IngestReport:
    """Extract, store and link already-read items (Fetched or Skip): `otkaz watch` feeds polls here."""
    from otkaz.ingest import Fetched, Skip

    console = console or Console(stderr=True)
    report = IngestReport(db="")
    stages = _stages(console)
    if isinstance(stages, str):
        return _fatal(report, console, stages)
    run = _Run(store, report, console, *stages)
    for item in items:
        if isinstance(item, Skip):
            run.skip(item.source, item.location, item.reason)
        elif isinstance(item, Fetched):
            run.article(item.article, item.source, item.location)
    return report


def _fatal(report: IngestReport, console: Console, message: str) -> IngestReport:
    report.fatal = message
    console.print(message, markup=False, highlight=False, soft_wrap=True)
    return report
