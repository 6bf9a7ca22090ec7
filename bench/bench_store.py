"""How fast the store answers the /incidents page at 100k canonical incidents (p50/p95 in ms).

Run: .venv/bin/python bench/bench_store.py [--n 100000] [--pg postgresql://...]
SQLite always; PostgreSQL too when --pg or OTKAZ_TEST_PG_URL is given (in a throwaway schema).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from otkaz.models import ACTS, CanonicalIncident, Incident
from otkaz.store import IncidentFilter, Store, open_store
from otkaz.store.testing import temporary_pg_schema

REGIONS = ["RU-ZAB", "RU-NVS", "RU-KDA", "RU-TA", "RU-MOS", "RU-BEL", "RU-KRS", "UA-14", "UA-09"]
WORDS = ["soldiers", "unit", "left", "riot", "court", "sentenced", "mobilized", "searched",
         "hospital", "Чита", "батальон", "самовольно", "контрактник", "police", "relatives"]


def synthetic(n: int, seed: int = 7) -> list[CanonicalIncident]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        acts = rng.sample(ACTS, k=1 if rng.random() < 0.8 else 2)
        region = rng.choice(REGIONS)
        dated = rng.random() < 0.95
        day = f"{rng.randint(2022, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        inc = Incident(
            acts=acts,  # type: ignore[arg-type]
            date_start=day if dated else None,
            date_precision="day" if dated else None,
            country=region[:2], admin1=region,
            personnel=[rng.choice(["mobilized", "contract", "conscript", "convict"])],  # type: ignore[list-item]
            summary=" ".join(rng.choices(WORDS, k=8)),
        )
        out.append(CanonicalIncident(
            id=f"c{i:07d}", incident=inc, independent_sources=rng.randint(1, 4),
            verification=rng.choice(["reported", "unverified", "confirmed"]),  # type: ignore[arg-type]
        ))
    return out


def load(store: Store, items: list[CanonicalIncident]) -> float:
    start = time.perf_counter()
    for k in range(0, len(items), 5000):
        with store.transaction():
            for c in items[k : k + 5000]:
                store.save_canonical(c)
    return time.perf_counter() - start


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(0.95 * (len(samples) - 1))]


def scenarios() -> dict[str, IncidentFilter]:
    return {
        "no filter": IncidentFilter(),
        "act": IncidentFilter(acts=["mutiny"]),
        "admin1": IncidentFilter(admin1="RU-ZAB"),
        "act+admin1+year": IncidentFilter(acts=["refusal"], admin1="RU-TA",
                                          date_from="2023-01-01", date_to="2023-12-31"),
        "country+dates": IncidentFilter(country="UA", date_from="2024-03-01", date_to="2024-05-31"),
        "min_sources+verif": IncidentFilter(min_sources=4, verification=["confirmed"]),
        "q word": IncidentFilter(q="самовольно"),
        "q + act": IncidentFilter(q="court sentenced", acts=["prosecution"]),
        "rare: 2 filters deep": IncidentFilter(acts=["mutiny"], personnel=["convict"],
                                               admin1="UA-09", min_sources=4),
        "no match: personnel": IncidentFilter(personnel=["officer"]),
        "no match: future": IncidentFilter(date_from="2030-01-01"),
        "no match: q": IncidentFilter(q="nowhere"),
    }


def run(name: str, store: Store, n: int, repeat: int) -> None:
    seconds = load(store, synthetic(n))
    print(f"\n[{name}] loaded {n} canonical incidents in {seconds:.1f} s "
          f"({n / seconds:.0f}/s)")
    print(f"{'filter':24} {'page1 p50':>10} {'p95':>7} {'page5 p95':>10} {'count p95':>10} {'rows':>7}")
    for label, f in scenarios().items():
        p50, p95 = timed(lambda f=f: store.query_incidents(f, limit=50), repeat)
        cursor = None
        for _ in range(4):
            _, cursor = store.query_incidents(f, limit=50, cursor=cursor)
            if cursor is None:
                break
        c = cursor
        _, deep95 = timed(lambda f=f, c=c: store.query_incidents(f, limit=50, cursor=c), repeat)
        _, count95 = timed(lambda f=f: store.count_incidents(f), max(3, repeat // 4))
        total = store.count_incidents(f)
        print(f"{label:24} {p50:10.1f} {p95:7.1f} {deep95:10.1f} {count95:10.1f} {total:7d}")
    start = time.perf_counter()
    exported = sum(1 for _ in store.iter_incidents(IncidentFilter()))
    print(f"iter_incidents (all): {exported} rows in {time.perf_counter() - start:.2f} s")
    _, t95 = timed(lambda: store.timeline(IncidentFilter(), bucket="week"), 5)
    print(f"timeline week (all) p95: {t95:.0f} ms")


def run_writes(name: str, store: Store, n: int, repeat: int) -> None:
    """save_extraction throughput (one transaction per article) and the linker's block queries."""
    from otkaz.models import Article, Prediction

    rng = random.Random(11)
    articles = []
    for i in range(n):
        inc = synthetic(1, seed=i)[0].incident
        text = f"Bulletin {i}: " + " ".join(rng.choices(WORDS, k=60))
        a = Article(url=f"https://bench.test/{i}", outlet=f"Outlet {i % 40}", text=text,
                    published_at=inc.date_start)
        articles.append((a, Prediction(article_id=a.id, relevant=True, incidents=[inc])))
    start = time.perf_counter()
    for a, p in articles:
        store.save_extraction(a, p, "bench")
    seconds = time.perf_counter() - start
    print(f"\n[{name}] save_extraction: {n} articles in {seconds:.1f} s ({n / seconds:.0f}/s, "
          "one transaction each)")
    start = time.perf_counter()
    already = sum(store.has_article(a.id) for a, _ in articles[:5000])
    print(f"has_article (resume fast path): {already / (time.perf_counter() - start):.0f}/s")
    blocks = {
        "acts+admin1+90 days": (["desertion"], "RU", "RU-ZAB", "2023-03-01", "2023-05-30"),
        "acts+admin1, no dates": (["desertion"], "RU", "RU-ZAB", None, None),
        "acts+country, no dates": (["mutiny"], "RU", None, None, None),
    }
    for label, args in blocks.items():
        p50, p95 = timed(lambda args=args: store.reports_in_block(*args, limit=500), repeat)
        got = len(store.reports_in_block(*args, limit=500))
        print(f"reports_in_block {label:24} p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  ({got} rows)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--articles", type=int, default=20_000, help="for the write benchmark")
    parser.add_argument("--pg", default=os.environ.get("OTKAZ_TEST_PG_URL"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, open_store(str(Path(tmp) / "bench.db")) as s:
        run("sqlite", s, args.n, args.repeat)
        run_writes("sqlite", s, args.articles, args.repeat)
    if args.pg:
        with temporary_pg_schema(args.pg) as url, open_store(url) as s:
            run("postgres", s, args.n, args.repeat)
            run_writes("postgres", s, args.articles, args.repeat)
            s.conn.execute("ANALYZE")
            run_queries_only = scenarios()  # after ANALYZE the planner knows the table
            for label, f in run_queries_only.items():
                _, p95 = timed(lambda f=f: s.query_incidents(f, limit=50), args.repeat)
                print(f"[postgres analyzed] {label:24} page1 p95 {p95:6.1f} ms")


if __name__ == "__main__":
    main()
