"""Small builders for hand-coded gold lines in the codebook's shape (used by our fixture scripts)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def inc(acts, date=None, end=None, prec=None, country="RU", admin1=None, place=None, lat=None,
        lon=None, geo="place", loc=None, force="RU", personnel=(), unit=None, perpetrator=None,
        best=None, low=None, high=None, detained=None, at_large=None, killed=None, injured=None,
        armed=None, via=(), verification="reported", summary="", cluster=None) -> dict[str, Any]:
    """One gold incident; scored fields first in the argument list."""
    return {"acts": list(acts), "date_start": date, "date_end": end or date,
            "date_precision": prec or ("day" if date else None), "country": country,
            "admin1": admin1, "place": place, "lat": lat, "lon": lon, "geo_precision": geo,
            "location_text": loc, "force": force, "personnel": list(personnel), "unit": unit,
            "perpetrator": perpetrator, "participants": {"best": best, "low": low, "high": high},
            "detained": detained, "at_large": at_large, "killed": killed, "injured": injured,
            "armed": armed, "via": list(via), "verification": verification, "summary": summary,
            "cluster": cluster}


def stat(measure, best=None, low=None, high=None, start=None, end=None, scope=None, force=None,
         publisher=None, description="") -> dict[str, Any]:
    """One gold statistic."""
    return {"measure": measure, "value": {"best": best, "low": low, "high": high},
            "period_start": start, "period_end": end, "scope": scope, "force": force,
            "publisher": publisher, "description": description}


class Corpus:
    """Articles and their gold, written side by side so each text sits next to its coding."""

    def __init__(self) -> None:
        self.articles: list[dict[str, Any]] = []
        self.gold: dict[str, dict[str, Any]] = {}

    def article(self, id, lang, outlet, published, url, title, text, incidents=(), statistics=()):
        self.articles.append({"id": id, "url": url, "outlet": outlet, "published_at": published,
                              "language": lang, "title": title, "text": text.strip()})
        self.gold[id] = {"article_id": id, "relevant": bool(incidents or statistics),
                         "incidents": list(incidents), "statistics": list(statistics)}

    def write(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        with (directory / "articles.jsonl").open("w", encoding="utf-8") as fh:
            for a in self.articles:
                fh.write(json.dumps(a, ensure_ascii=False) + "\n")
        with (directory / "gold.jsonl").open("w", encoding="utf-8") as fh:
            for a in self.articles:
                fh.write(json.dumps(self.gold[a["id"]], ensure_ascii=False) + "\n")
        print(f"wrote {len(self.articles)} articles and gold to {directory}")
