"""`otkaz extract`: codebook article JSONL in, one prediction line per good article out, in order."""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from pydantic import ValidationError
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from otkaz.models import Article, Prediction

MAX_SHOWN_ERRORS = 20


@dataclass
class ExtractReport:
    """What one run did, so the CLI can set its exit code and a script can check counts."""

    source: str
    output: str | None = None
    articles: int = 0
    relevant: int = 0
    incidents: int = 0
    statistics: int = 0
    bad_lines: int = 0
    errors: list[str] = field(default_factory=list)
    elapsed: float = 0.0
    linked: bool = False
    fatal: str | None = None

    @property
    def ok(self) -> bool:
        return self.fatal is None and self.bad_lines == 0 and self.articles > 0

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.elapsed if self.elapsed > 0 else 0.0

    def summary(self) -> str:
        """The closing line on stderr."""
        return (f"{self.articles} articles, {self.relevant} relevant, {self.incidents} incidents, "
                f"{self.statistics} statistics, {self.bad_lines} bad lines, "
                f"{self.articles_per_second:.1f} articles/s")


class _Errors:
    """Bad-line messages on stderr, capped so a wrong file does not flood the terminal."""

    def __init__(self, report: ExtractReport, console: Console) -> None:
        self.report, self.console = report, console

    def bad(self, message: str) -> None:
        self.report.bad_lines += 1
        self.report.errors.append(message)
        if self.report.bad_lines <= MAX_SHOWN_ERRORS:
            self.console.print(message, markup=False, highlight=False, soft_wrap=True)
        elif self.report.bad_lines == MAX_SHOWN_ERRORS + 1:
            self.console.print("… further bad lines are counted but not shown", markup=False)


def _parse_line(raw: bytes, where: str, first: bool) -> Article | str:
    """An Article, or the one-line problem with this input line."""
    try:
        text = raw.decode("utf-8-sig" if first else "utf-8")
    except UnicodeDecodeError:
        return f"{where}: not UTF-8 text — re-save the file as UTF-8"
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return f"{where}: not JSON ({exc.msg}, column {exc.colno}) — fix or remove the line"
    if not isinstance(data, dict):
        return f"{where}: expected a JSON object — one article per line (CODEBOOK section 6)"
    try:
        return Article.model_validate(data)
    except ValidationError as exc:
        first_error = exc.errors()[0]
        loc = ".".join(str(p) for p in first_error.get("loc", ())) or "article"
        return (f"{where}: {loc}: {first_error.get('msg', 'invalid')} — every article needs "
                "a non-empty text; published_at must be an ISO date")


def _read_articles(path: Path, errors: _Errors, progress: Progress) -> Iterator[Article]:
    """Stream good articles; bad lines are reported through ``errors`` and skipped."""
    size = path.stat().st_size
    task = progress.add_task("extracting", total=size or None)
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            progress.advance(task, len(raw))
            if not raw.strip():
                continue
            parsed = _parse_line(raw, f"{path}:{number}", number == 1)
            if isinstance(parsed, str):
                errors.bad(parsed)
            else:
                yield parsed


Extractor = Callable[[Article], Prediction]


def _load_extractor() -> Extractor | str:
    """The extractor, or why it cannot be loaded (models come in wheels; a broken install says so)."""
    try:
        from otkaz.extract import extract_article
    except ImportError as exc:
        return f"the extractor could not be loaded ({exc}) — reinstall otkaz"
    return extract_article


def _extract_one(extractor: Extractor, article: Article, errors: _Errors) -> Prediction:
    """The extractor's prediction; a crash on one article costs that article, not the run."""
    try:
        return extractor(article)
    except Exception as exc:  # noqa: BLE001 - one article must not lose the others
        errors.bad(f"article {article.id}: extractor failed ({type(exc).__name__}: {exc}) — "
                   "please report this with the article")
        return Prediction(article_id=article.id, relevant=False, reason="extractor_error")


def _link(articles: list[Article], predictions: list[Prediction], console: Console) -> bool:
    """Cross-article clusters, set in place on each incident; False when linking is unavailable."""
    try:
        from otkaz.link import link_predictions
    except ImportError as exc:
        console.print(f"linking skipped: {exc} — clusters stay null", markup=False)
        return False
    incidents = sum(len(p.incidents) for p in predictions)
    waiting = (console.status(f"linking {incidents} incidents across {len(articles)} articles")
               if console.is_terminal else nullcontext())
    with waiting:
        link_predictions(articles, predictions)
    return True


def _write(predictions: list[Prediction], output: Path | None) -> None:
    """All lines at once; a file is written beside the target and renamed, so it is never half-written."""
    lines = (json.dumps(p.to_json_dict(), ensure_ascii=False) + "\n" for p in predictions)
    if output is None:
        sys.stdout.writelines(lines)
        sys.stdout.flush()
        return
    partial = output.with_name(output.name + ".partial")
    with partial.open("w", encoding="utf-8") as handle:
        handle.writelines(lines)
    os.replace(partial, output)


def _fatal(report: ExtractReport, console: Console, message: str) -> ExtractReport:
    report.fatal = message
    console.print(message, markup=False, highlight=False, soft_wrap=True)
    return report


def _check_input(path: Path) -> str | None:
    if not path.exists():
        return f"{path}: no such file — give the path of an article JSONL file"
    if path.is_dir():
        return f"{path}: is a directory — give the path of an article JSONL file"
    if not os.access(path, os.R_OK):
        return f"{path}: not readable — check its permissions"
    return None


def extract(articles: Path, output: Path | None = None, link: bool = True,
            stderr: IO[str] | None = None) -> ExtractReport:
    """Extract every article of a JSONL file, link across articles, write predictions in input order."""
    path = Path(articles)
    console = Console(file=stderr or sys.stderr, stderr=stderr is None)
    report = ExtractReport(source=str(path), output=None if output is None else str(output))
    problem = _check_input(path)
    if problem:
        return _fatal(report, console, problem)
    started = time.perf_counter()
    extractor = _load_extractor()
    if isinstance(extractor, str):
        return _fatal(report, console, extractor)
    errors = _Errors(report, console)
    good: list[Article] = []
    predictions: list[Prediction] = []
    progress = Progress(TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn(),
                        console=console, transient=True, disable=not console.is_terminal)
    with progress:
        for article in _read_articles(path, errors, progress):
            good.append(article)
            predictions.append(_extract_one(extractor, article, errors))
    if not good:
        what = "has no valid articles" if report.bad_lines else "is empty"
        return _fatal(report, console, f"{path}: {what} — expected one JSON article per line "
                      "(CODEBOOK section 6)")
    if link:
        report.linked = _link(good, predictions, console)
    try:
        _write(predictions, None if output is None else Path(output))
    except OSError as exc:
        return _fatal(report, console, f"{output}: cannot write ({exc.strerror or exc}) — "
                      "check the directory exists and is writable")
    report.elapsed = time.perf_counter() - started
    _count(report, predictions)
    console.print(report.summary(), markup=False, highlight=False, soft_wrap=True)
    return report


def _count(report: ExtractReport, predictions: list[Prediction]) -> None:
    report.articles = len(predictions)
    report.relevant = sum(p.relevant for p in predictions)
    report.incidents = sum(len(p.incidents) for p in predictions)
    report.statistics = sum(len(p.statistics) for p in predictions)


def read_predictions(path: Path) -> list[dict[str, Any]]:
    """Prediction lines written by ``extract`` (for tests and benchmarks)."""
    with Path(path).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]
