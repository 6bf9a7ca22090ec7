"""Linking cost from 10k to 100k synthetic reports on one core (keys only: text similarity is skipped).

Each synthetic event is told by 1-6 reports with realistic noise (missing dates, missing places,
counts off by a few, one act left out); 15% of reports are undated. Prints seconds, reports per
second, the growth factor, and pairwise precision/recall against the synthetic truth.
"""

from __future__ import annotations

import os
import random
import sys
import time
from datetime import date, timedelta

os.environ["OTKAZ_LINK_TEXT"] = "0"

from otkaz.link.cluster import link_all  # noqa: E402
from otkaz.link.features import report_keys  # noqa: E402
from otkaz.models import ACTS, Article, Incident  # noqa: E402

REGIONS = [f"RU-R{n:02d}" for n in range(85)] + [f"UA-{n:02d}" for n in range(25)]
_SYLLABLES = ["ka", "no", "vo", "ro", "shi", "ko", "ye", "lo", "pe", "tri", "va", "gor", "sk", "ba", "zan",
              "mi", "ru", "de", "tu", "bra"]


def _place_name(rng: random.Random) -> str:
    """Letters only, like real settlement names (digits would vanish in place normalisation)."""
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(3, 5))).capitalize() + "ovo"


_PLACES = {region: [_place_name(random.Random(f"{region}{n}")) for n in range(40)] for region in REGIONS}
START = date(2014, 1, 1)
REPORTS_PER_DAY = 25  # constant density: a bigger collection spans more days


def _event(rng: random.Random, days: int) -> dict[str, object]:
    region = rng.choice(REGIONS)
    acts = rng.sample(ACTS, rng.choice((1, 1, 1, 2)))
    return {
        "acts": acts,
        "day": START + timedelta(days=rng.randrange(days)),
        "admin1": region,
        "country": region[:2],
        "place": rng.choice(_PLACES[region]),
        "count": rng.choice((1, 1, 2, 3, 5, 10, 12, 20, 100)),
        "unit": f"military unit {rng.randrange(10000, 99999)}" if rng.random() < 0.3 else None,
    }


def _report(rng: random.Random, ev: dict[str, object], label: int, k: int) -> tuple[Article, Incident, int]:
    day: date = ev["day"]  # type: ignore[assignment]
    published = day + timedelta(days=rng.randrange(0, 6))
    dated = rng.random() >= 0.15
    acts: list[str] = list(ev["acts"])  # type: ignore[call-overload]
    if len(acts) > 1 and rng.random() < 0.3:
        acts = acts[:1]
    count: int = ev["count"]  # type: ignore[assignment]
    if rng.random() < 0.2:
        count = max(1, count + rng.choice((-2, -1, 1, 2)))
    inc = Incident(
        acts=acts,  # type: ignore[arg-type]
        date_start=(day + timedelta(days=rng.choice((0, 0, 0, 1)))).isoformat() if dated else None,
        date_precision="day" if dated else None,
        country=ev["country"],  # type: ignore[arg-type]
        admin1=ev["admin1"] if rng.random() < 0.9 else None,  # type: ignore[arg-type]
        place=ev["place"] if rng.random() < 0.7 else None,  # type: ignore[arg-type]
        participants={"best": count, "low": count, "high": count} if rng.random() < 0.8 else {},
        unit=ev["unit"] if rng.random() < 0.7 else None,  # type: ignore[arg-type]
    )
    art = Article(id=f"a{label}-{k}", text="synthetic", outlet=f"outlet{rng.randrange(300)}",
                  published_at=published.isoformat())
    return art, inc, label


def synthetic(n_reports: int, seed: int = 7, days: int | None = None) -> list[tuple[Article, Incident, int]]:
    """Reports in publication order, each carrying its true event label."""
    rng = random.Random(seed)
    days = days or max(30, n_reports // REPORTS_PER_DAY)
    out: list[tuple[Article, Incident, int]] = []
    label = 0
    while len(out) < n_reports:
        ev = _event(rng, days)
        for k in range(rng.choice((1, 1, 2, 2, 3, 4, 6))):
            out.append(_report(rng, ev, label, k))
        label += 1
    out = out[:n_reports]
    out.sort(key=lambda r: (r[0].published_at or "", r[0].id))
    return out


def _pairs(labels: list[str]) -> set[tuple[int, int]]:
    groups: dict[str, list[int]] = {}
    for i, label in enumerate(labels):
        groups.setdefault(label, []).append(i)
    return {(a, b) for members in groups.values() for n, a in enumerate(members) for b in members[n + 1:]}


def pairwise_pr(gold: list[str], pred: list[str]) -> tuple[float, float]:
    """Pairwise precision and recall, grouped by label (the all-pairs scorer is quadratic)."""
    gp, pp = _pairs(gold), _pairs(pred)
    both = len(gp & pp)
    return both / len(pp) if pp else 1.0, both / len(gp) if gp else 1.0


def run(n: int, days: int | None = None) -> tuple[float, float, float]:
    reports = synthetic(n, days=days)
    started = time.process_time()  # CPU seconds of this process: fair on a busy machine
    keys = [report_keys(f"{a.id}#0", a, inc, order=i) for i, (a, inc, _) in enumerate(reports)]
    decisions = link_all(keys)
    elapsed = time.process_time() - started
    precision, recall = pairwise_pr([str(r[2]) for r in reports], [d.canonical_id for d in decisions])
    return elapsed, precision, recall


def encoder_speed(n: int = 400) -> None:
    """Load time and throughput of the cross-lingual encoder the real linker uses (one thread)."""
    import otkaz.link.text as text

    os.environ["OTKAZ_LINK_TEXT"] = "1"
    started = time.process_time()
    model = text._model()
    loaded = time.process_time() - started
    if model is None:
        print(f"encoder: could not load ({text.load_error()})")
        return
    rng = random.Random(1)
    words = ("soldiers left the unit after a quarrel with officers and police searched the district "
             "солдаты самовольно покинули часть после ссоры полиция ищет военных в районе").split()
    sentences = [" ".join(rng.choice(words) for _ in range(rng.randint(12, 30))) for _ in range(n)]
    started = time.process_time()
    text.embed(sentences)
    spent = time.process_time() - started
    print(f"encoder (USE multilingual v3, from its wheel, offline): load {loaded:.2f}s CPU, "
          f"{n / spent:.0f} sentences/s; a dev article costs ~13 sentences")


def main() -> int:
    sizes = [10_000, 25_000, 50_000, 100_000]
    if len(sys.argv) > 1:
        sizes = [int(x) for x in sys.argv[1:]]
    print("link, keys only (text similarity skipped), 25 reports/day: reports, CPU seconds, reports/s, "
          "pairwise P/R")
    first: tuple[int, float] | None = None
    for n in sizes:
        elapsed, precision, recall = run(n)
        print(f"  {n:>7}  {elapsed:7.2f}s  {n / elapsed:8.0f}/s  P={precision:.3f} R={recall:.3f}")
        if first is None:
            first = (n, elapsed)
    if first and len(sizes) > 1:
        n0, t0 = first
        print(f"  growth {sizes[-1] / n0:.0f}x reports -> {elapsed / t0:.1f}x time")
    if len(sys.argv) == 1:
        elapsed, precision, recall = run(100_000, days=4 * 365)
        print(f"  100000 in a fixed 4-year span (68 reports/day): {elapsed:.2f}s "
              f"P={precision:.3f} R={recall:.3f}")
        encoder_speed()
    return 0


if __name__ == "__main__":
    sys.exit(main())
