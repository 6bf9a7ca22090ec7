"""Articles per second of the whole extractor (and of linking) on the dev corpus, plus peak memory.

Run: .venv/bin/python bench/bench_extract.py [N]   (N articles, default 500, dev corpus repeated)
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "dev"


def load(name: str) -> list[dict[str, Any]]:
    with (CORPUS / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def repeat(rows: list[dict[str, Any]], n: int) -> list[dict[str, Any]]:
    """``n`` articles cycling through ``rows``, each with its own id."""
    return [rows[i % len(rows)] | {"id": f"{rows[i % len(rows)]['id']}#{i}"} for i in range(n)]


def time_extract(label: str, rows: list[dict[str, Any]]) -> list[Any]:
    from otkaz.extract import extract_article
    from otkaz.models import Article

    articles = [Article.model_validate(row) for row in rows]
    started = time.perf_counter()
    predictions = [extract_article(article) for article in articles]
    elapsed = time.perf_counter() - started
    chars = sum(len(a.text) for a in articles)
    print(f"{label:<28} {len(articles):>5} articles  {elapsed:7.2f} s  "
          f"{len(articles) / elapsed:8.1f} articles/s  {chars / elapsed / 1000:8.1f} kchar/s")
    return [articles, predictions]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def main() -> int:
    if not CORPUS.exists():
        print(f"needs the dev corpus at {CORPUS.resolve()}")
        return 1
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    rows = load("articles.jsonl")
    irrelevant_ids = {g["article_id"] for g in load("gold.jsonl") if not g["relevant"]}
    irrelevant = [row for row in rows if row["id"] in irrelevant_ids]

    from otkaz.extract import extract_article
    from otkaz.models import Article

    started = time.perf_counter()
    extract_article(Article.model_validate(rows[0]))  # loads every model once
    print(f"{'first article (model load)':<28} {time.perf_counter() - started:7.2f} s  "
          f"peak RSS {peak_rss_mb():.0f} MB")
    articles, predictions = time_extract("dev corpus, repeated", repeat(rows, n))
    time_extract("irrelevant articles only", repeat(irrelevant, n))
    try:
        from otkaz.link import link_predictions
    except ImportError:
        print("linking not available")
    else:
        started = time.perf_counter()
        link_predictions(articles, predictions)
        elapsed = time.perf_counter() - started
        print(f"{'linking':<28} {len(articles):>5} articles  {elapsed:7.2f} s  "
              f"{len(articles) / elapsed:8.1f} articles/s")
    print(f"peak RSS {peak_rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
