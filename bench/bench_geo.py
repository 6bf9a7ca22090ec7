"""Geo speed (index load, mention resolutions per second) and dev-set location accuracy.

Run: .venv/bin/python bench/bench_geo.py [--dev] [--verbose] [--acts]
(--acts passes each gold incident's acts to locate_event, as an extractor may.)
"""

from __future__ import annotations

import json
import math
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / ".." / "shared" / "corpus"

_SAMPLES = [
    "Ten soldiers escaped from a military unit in the village of Kochenyovo in the Novosibirsk "
    "region; one of them, born in Tomsk, was later treated in the Krasnoyarsk region.",
    "В селах Трубачево и Широком Газимуро-Заводского района Забайкальского края задержали "
    "солдат, сбежавших из части под Читой.",
    "У Харкові та на Рівненщині затримали військових, які самовільно залишили частину в Києві.",
    "В оккупированной Брянке Луганской области мобилизованные устроили бунт, их отвезли в "
    "Ростов-на-Дону, а потом в Казань и Краснодар.",
]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def bench_speed() -> None:
    import otkaz.geo.gazetteer as gz
    from otkaz.geo.build import load_or_build
    from otkaz.geo.mentions import find_mentions
    from otkaz.geo.resolve import resolve

    load_or_build()  # make sure the cache exists before timing a load
    start = time.perf_counter()
    gz._cached = None
    gaz = gz.get_gazetteer()
    print(f"index load: {time.perf_counter() - start:.3f} s")
    texts = _SAMPLES * 100
    for t in _SAMPLES:  # warm the morphology caches once, as a long run would
        resolve(t, find_mentions(t, gaz, None), None)
    rates = []
    for _ in range(3):  # median of three runs: a busy machine skews a single one
        start = time.perf_counter()
        n = 0
        for i, t in enumerate(texts):
            t = t + f" ({i})"
            n += len(resolve(t, find_mentions(t, gaz, None), None))
        rates.append((n / (time.perf_counter() - start), n))
    rate, n = sorted(rates)[1]
    print(f"mention resolutions: {n} per run, median {rate:,.0f}/s (one core)")


def _sentences_with(text: str, location_text: str | None) -> list[tuple[int, int]]:
    if not location_text:
        return [(0, len(text))]
    spans: list[tuple[int, int]] = []
    for piece in re.split(r"\s*(?:\.\.\.|…|;|\(|\))\s*", location_text):
        piece = piece.strip(" .()")
        if len(piece) < 3:
            continue
        idx = text.find(piece)
        if idx < 0:
            continue
        start = max(text.rfind(". ", 0, idx) + 1, text.rfind("\n", 0, idx) + 1, 0)
        end_candidates = [e for e in (text.find(". ", idx + len(piece)),
                                      text.find("\n", idx + len(piece))) if e >= 0]
        end = min(end_candidates) + 1 if end_candidates else len(text)
        spans.append((start, end))
    return spans or [(0, len(text))]


def bench_dev(verbose: bool, with_acts: bool = False) -> None:
    from otkaz.geo import locate_event
    from otkaz.geo.textnorm import skeleton

    sets = {"seeds": CORPUS / "seeds", "dev": CORPUS / "dev",
            "holdout": ROOT / "tests" / "fixtures" / "holdout",
            "demo": ROOT / "src" / "otkaz" / "data" / "demo"}
    for split, folder in sets.items():
        arts_path, gold_path = folder / "articles.jsonl", folder / "gold.jsonl"
        if not gold_path.exists():
            print(f"{split}: corpus not found at {gold_path}")
            continue
        arts = {}
        for line in open(arts_path, encoding="utf-8"):
            a = json.loads(line)
            arts[a["id"]] = a
        a1_ok = a1_n = pl_ok = pl_n = 0
        for line in open(gold_path, encoding="utf-8"):
            g = json.loads(line)
            art = arts[g["article_id"]]
            text = art["text"]
            for inc in g["incidents"]:
                anchors = _sentences_with(text, inc.get("location_text"))
                loc = locate_event(text, anchors, art.get("language") or "en",
                                   acts=(inc.get("acts") or ()) if with_acts else ())
                bad = []
                if inc.get("admin1"):
                    a1_n += 1
                    if loc.admin1 == inc["admin1"]:
                        a1_ok += 1
                    else:
                        bad.append("admin1")
                if inc.get("place"):
                    pl_n += 1
                    same = loc.place is not None and skeleton(loc.place) == skeleton(inc["place"])
                    near = (loc.lat is not None and inc.get("lat") is not None and loc.place and
                            haversine_km(loc.lat, loc.lon or 0, inc["lat"], inc["lon"]) <= 25)
                    if same or near:
                        pl_ok += 1
                    else:
                        bad.append("place")
                if verbose and bad:
                    print(f"  MISS {g['article_id'][:22]} {bad} gold={inc.get('admin1')}/"
                          f"{inc.get('place')} got={loc.admin1}/{loc.place} "
                          f"[{loc.reason}] lt={inc.get('location_text')!r:.70}")
        print(f"{split}: admin1 {a1_ok}/{a1_n} = {a1_ok / max(a1_n, 1):.3f}; "
              f"place {pl_ok}/{pl_n} = {pl_ok / max(pl_n, 1):.3f}")


if __name__ == "__main__":
    bench_speed()
    if "--dev" in sys.argv:
        bench_dev("--verbose" in sys.argv, "--acts" in sys.argv)
