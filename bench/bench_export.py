"""Seconds to export 100,000 incidents from SQLite as GeoJSON and GeoParquet (and CSV, ACLED).

Run: .venv/bin/python bench/bench_export.py [--n 100000] [--db PATH]
Target: GeoJSON and Parquet each < 10 s for all 100k incidents.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_api import build_db, default_db  # noqa: E402

from otkaz.export import export  # noqa: E402

TARGETS = {"geojson": 10.0, "parquet": 10.0}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--db", default=None,
                        help="reuse (or create) this SQLite file; default: one shared by both "
                             "serve benchmarks in the system temp folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="otkaz-bench-export-") as tmp:
        db = args.db or default_db(args.n)
        took = build_db(db, args.n)
        print(f"database: {args.n} incidents in {db}" + (f" (built in {took:.1f} s)" if took else ""))
        print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        print(f"{'format':10} {'incidents':>10} {'seconds':>8} {'cpu s':>8} {'MB':>8}  target")
        ok = True
        for fmt, suffix in (("geojson", "geojson"), ("parquet", "parquet"), ("csv", "csv"),
                            ("acled", "acled.csv")):
            out = Path(tmp) / f"all.{suffix}"
            start, cpu = time.perf_counter(), time.process_time()
            n = export(db, fmt, out)
            seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
            target = TARGETS.get(fmt)
            verdict = "" if target is None else (f"< {target:.0f} s " +
                                                 ("OK" if seconds < target else "OVER"))
            ok = ok and (target is None or seconds < target)
            size = out.stat().st_size / 1e6
            print(f"{fmt:10} {n:10d} {seconds:8.2f} {cpu:8.2f} {size:8.1f}  {verdict}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
