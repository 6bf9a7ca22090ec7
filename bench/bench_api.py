"""Latency of filtered /incidents pages at 100,000 incidents on SQLite, over real HTTP on loopback.

Run: .venv/bin/python bench/bench_api.py [--n 100000] [--requests 200] [--db PATH]
The server runs in its own process (uvicorn, as `otkaz serve` runs it); a small threaded httpx
load generator sends a bounded number of requests to 127.0.0.1 only and prints p50/p95 per
scenario. Target: p95 < 50 ms for a filtered page.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

from otkaz.api.testing import free_port
from otkaz.models import ACTS, CanonicalIncident, Count, FieldValue, Incident, Span

REGIONS = {"RU-ZAB": (52.0, 113.5), "RU-NVS": (55.0, 82.9), "RU-KDA": (45.0, 39.0),
           "RU-TA": (55.8, 49.1), "RU-MOS": (55.7, 37.6), "RU-BEL": (50.6, 36.6),
           "RU-KRS": (51.7, 36.2), "UA-14": (48.0, 37.8), "UA-09": (48.6, 39.3)}
WORDS = ["soldiers", "unit", "left", "riot", "court", "sentenced", "mobilized", "searched",
         "hospital", "Чита", "батальон", "самовольно", "контрактник", "police", "relatives"]
SCENARIOS: dict[str, str] = {
    "act": "act=mutiny",
    "admin1": "admin1=RU-ZAB",
    "country+dates": "country=UA&from=2024-03-01&to=2024-05-31",
    "act+admin1+year": "act=refusal&admin1=RU-TA&from=2023-01-01&to=2023-12-31",
    "verification+min_sources": "verification=confirmed&min_sources=3",
    "personnel+act": "personnel=convict&act=desertion",
    "q word": "q=самовольно",
    "q+act": "q=court+sentenced&act=prosecution",
    "no filter, count=true": "count=true",
}


def synthetic(i: int, rng: random.Random) -> CanonicalIncident:
    """One plausible merged incident: coordinates, two reports' values, evidence spans."""
    acts = rng.sample(ACTS, k=1 if rng.random() < 0.8 else 2)
    region = rng.choice(list(REGIONS))
    lat, lon = REGIONS[region]
    dated = rng.random() < 0.95
    day = f"{rng.randint(2022, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    best = rng.randint(1, 60)
    inc = Incident(
        acts=acts,  # type: ignore[arg-type]
        date_start=day if dated else None, date_end=day if dated else None,
        date_precision="day" if dated else None, country=region[:2], admin1=region,
        lat=round(lat + rng.uniform(-1, 1), 4) if rng.random() < 0.9 else None,
        lon=round(lon + rng.uniform(-1, 1), 4), geo_precision="admin1",
        personnel=[rng.choice(["mobilized", "contract", "conscript", "convict"])],  # type: ignore[list-item]
        participants=Count(best=best, low=best, high=best), detained=rng.choice([None, 1, 3]),
        verification="reported", summary=" ".join(rng.choices(WORDS, k=10)),
        evidence={"acts": [Span(start=10, end=30, quote="left the unit")],
                  "participants": [Span(start=0, end=9, quote=str(best))]},
    )
    if inc.lat is None:
        inc.lon = None
    values = {name: [FieldValue(report_id=f"a{i}-{k}#0", article_id=f"a{i}-{k}", outlet=f"Outlet {k}",
                                value=getattr(inc, name)) for k in range(2)]
              for name in ("date_start", "admin1", "verification")}
    return CanonicalIncident(id=f"c{i:07d}", incident=inc, values=values,
                             report_ids=[f"a{i}-0#0", f"a{i}-1#0"],
                             independent_sources=rng.randint(1, 4),
                             verification=rng.choice(["reported", "unverified", "confirmed"]))  # type: ignore[arg-type]


def build_db(path: str, n: int, seed: int = 11) -> float:
    """Fill a SQLite database through Store.save_canonical; returns seconds (0 when reused)."""
    from otkaz.store import IncidentFilter, open_store

    store = open_store(path)
    try:
        have = store.count_incidents(IncidentFilter())
        if have >= n:
            return 0.0
        rng = random.Random(seed)
        start = time.perf_counter()
        for k in range(have, n, 5000):
            with store.transaction():
                for i in range(k, min(n, k + 5000)):
                    store.save_canonical(synthetic(i, rng))
        return time.perf_counter() - start
    finally:
        store.close()


def default_db(n: int) -> str:
    """Built once (deterministic data), then reused by bench_api and bench_export."""
    return str(Path(tempfile.gettempdir()) / f"otkaz-bench-serve-{n}.db")


def start_server(db: str) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    code = f"from otkaz.api import serve; serve({db!r}, host='127.0.0.1', port={port})"
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(base + "/incidents?limit=1", timeout=2).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.terminate()
    raise RuntimeError("server did not start")


def run_load(base: str, query: str, requests: int, concurrency: int,
             server: list[float] | None = None) -> list[float]:
    """Bounded: exactly `requests` GETs, split across `concurrency` keep-alive clients."""
    samples: list[float] = []
    lock = threading.Lock()

    def worker(count: int) -> None:
        with httpx.Client(base_url=base, timeout=10) as client:
            client.get(f"/incidents?{query}")  # connection set up outside the timing
            for _ in range(count):
                start = time.perf_counter()
                response = client.get(f"/incidents?{query}")
                elapsed = (time.perf_counter() - start) * 1000
                response.raise_for_status()
                app_ms = float(response.headers["server-timing"].split("dur=")[1])
                with lock:
                    samples.append(elapsed)
                    if server is not None:
                        server.append(app_ms)

    per = requests // concurrency
    threads = [threading.Thread(target=worker, args=(per,)) for _ in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return samples


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process (Linux /proc), to report cost independent of machine load."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=200, help="per scenario and concurrency")
    parser.add_argument("--db", default=None,
                        help="reuse (or create) this SQLite file; default: one shared by both "
                             "serve benchmarks in the system temp folder")
    args = parser.parse_args()
    db = args.db or default_db(args.n)
    took = build_db(db, args.n)
    print(f"database: {args.n} incidents in {db}" + (f" (built in {took:.1f} s)" if took else ""))
    print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    proc, base = start_server(db)
    worst = 0.0
    try:
        for concurrency in (1, 4):
            print(f"\nconcurrency {concurrency}: {args.requests} requests per scenario, limit=50")
            print(f"{'scenario':28} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'app p95':>8} "
                  f"{'cpu/req':>8}")
            page2 = httpx.get(base + "/incidents?act=desertion").json()["next_url"]
            queries = {**SCENARIOS, "act, page 2 (cursor)": page2.split("?", 1)[1]}
            for name, query in queries.items():
                in_app: list[float] = []
                cpu = cpu_seconds(proc.pid)
                samples = run_load(base, query, args.requests, concurrency, in_app)
                cpu_ms = (cpu_seconds(proc.pid) - cpu) * 1000 / (len(samples) + concurrency)
                p95 = pct(samples, 0.95)
                if concurrency == 1:
                    worst = max(worst, p95)
                print(f"{name:28} {statistics.median(samples):8.1f} {p95:8.1f} "
                      f"{max(samples):8.1f} {pct(in_app, 0.95):8.1f} {cpu_ms:8.1f}")
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    verdict = "OK" if worst < 50 else "OVER TARGET"
    print(f"\nworst p95 of a filtered page, one client: {worst:.1f} ms (target < 50 ms): {verdict}")
    print("(p50/p95/max: seen by the client over loopback; app p95: the Server-Timing header;\n"
          " cpu/req: the server process's CPU time per request, which machine load does not inflate)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
