"""Row shapes the store hands out, and the conversions between models and flat columns."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from otkaz.models import Article, CanonicalIncident, Incident, Statistic
from otkaz.store.filters import pipe_list, unpipe

CANONICAL_COLUMNS: tuple[str, ...] = (
    "id", "acts", "date_start", "date_end", "date_precision", "country", "admin1", "place",
    "lat", "lon", "geo_precision", "location_text", "force", "personnel", "unit", "perpetrator",
    "participants_best", "participants_low", "participants_high", "detained", "at_large",
    "killed", "injured", "armed", "verification", "independent_sources", "n_reports", "summary",
    "data", "created_at", "updated_at",
)
ARTICLE_COLUMNS: tuple[str, ...] = (
    "id", "url", "outlet", "published_at", "language", "title", "text",
)


@dataclass
class ReportRow:
    """One incident as one article reported it, with the article, for linking."""

    id: str
    article_id: str
    canonical_id: str | None
    incident: Incident
    article: Article


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def report_values(report_id: str, article_id: str, idx: int, inc: Incident) -> tuple[Any, ...]:
    """Flat columns of `reports` for one incident (canonical_id set later by linking)."""
    return (
        report_id, article_id, idx, pipe_list(list(inc.acts)), inc.date_start, inc.date_end,
        inc.country, inc.admin1, inc.place, inc.lat, inc.lon, inc.participants.best,
        inc.model_dump_json(),
    )


def statistic_values(stat_id: str, article_id: str, stat: Statistic) -> tuple[Any, ...]:
    return (
        stat_id, article_id, stat.measure, stat.value.best, stat.value.low, stat.value.high,
        stat.period_start, stat.period_end, stat.scope, stat.force, stat.publisher,
        stat.model_dump_json(),
    )


def canonical_values(c: CanonicalIncident, search_text: str, stamp: str) -> dict[str, Any]:
    """Flat columns of `canonical_incidents` from the merged record."""
    inc = c.incident
    return {
        "id": c.id,
        "acts": pipe_list(list(inc.acts)),
        "date_start": inc.date_start,
        "date_end": inc.date_end,
        "date_precision": inc.date_precision,
        "country": inc.country,
        "admin1": inc.admin1,
        "place": inc.place,
        "lat": inc.lat,
        "lon": inc.lon,
        "geo_precision": inc.geo_precision,
        "location_text": inc.location_text,
        "force": inc.force,
        "personnel": pipe_list(list(inc.personnel)),
        "unit": inc.unit,
        "perpetrator": inc.perpetrator,
        "participants_best": inc.participants.best,
        "participants_low": inc.participants.low,
        "participants_high": inc.participants.high,
        "detained": inc.detained,
        "at_large": inc.at_large,
        "killed": inc.killed,
        "injured": inc.injured,
        "armed": None if inc.armed is None else int(inc.armed),
        "verification": c.verification,
        "independent_sources": c.independent_sources,
        "n_reports": max(1, len(c.report_ids)),
        "summary": inc.summary,
        "search_text": search_text,
        "sort_date": inc.date_start or "",
        "data": c.model_dump_json(),
        "created_at": stamp,
        "updated_at": stamp,
    }


def search_text_for(c: CanonicalIncident, outlets: list[str]) -> str:
    """What `q=` searches: summary, location words, outlets and cited sources, lower-cased."""
    inc = c.incident
    parts = [inc.summary, inc.place, inc.location_text, inc.unit, *inc.via, *outlets]
    return " ".join(p for p in parts if p).lower()


def canonical_dict(row: dict[str, Any]) -> dict[str, Any]:
    """A flat canonical row with list/bool columns decoded and `data` parsed."""
    out = {k: row.get(k) for k in CANONICAL_COLUMNS}
    out["acts"] = unpipe(out["acts"])
    out["personnel"] = unpipe(out["personnel"])
    out["armed"] = None if out["armed"] is None else bool(out["armed"])
    out["data"] = json.loads(out["data"]) if out["data"] else {}
    return out


def article_from_row(row: dict[str, Any], prefix: str = "") -> Article:
    """Rebuild an Article from prefixed columns without re-hashing its id."""
    values = {k: row[prefix + k] for k in ARTICLE_COLUMNS}
    return Article.model_validate(values)


def report_row(row: dict[str, Any]) -> ReportRow:
    return ReportRow(
        id=row["id"],
        article_id=row["article_id"],
        canonical_id=row["canonical_id"],
        incident=Incident.model_validate_json(row["data"]),
        article=article_from_row(row, "a_"),
    )
