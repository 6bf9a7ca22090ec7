"""Small builders for store tests: articles, predictions and canonical incidents in our own words."""

from __future__ import annotations

from typing import Any

from otkaz.models import Article, CanonicalIncident, Incident, Prediction, Span, Statistic


def article(n: int, outlet: str = "Test Wire", published_at: str | None = "2024-11-12",
            text: str | None = None) -> Article:
    body = text or f"Report number {n}: a group of soldiers left their unit without leave."
    return Article(url=f"https://example.test/{n}", outlet=outlet, published_at=published_at,
                   language="en", title=f"Story {n}", text=body)


def incident(acts: list[str] | None = None, **fields: Any) -> Incident:
    data: dict[str, Any] = {"acts": acts or ["desertion"], "summary": "Soldiers left their unit."}
    data.update(fields)
    return Incident.model_validate(data)


def prediction(a: Article, incidents: list[Incident] | None = None,
               statistics: list[Statistic] | None = None) -> Prediction:
    incidents = incidents if incidents is not None else [incident()]
    return Prediction(article_id=a.id, relevant=bool(incidents or statistics),
                      incidents=incidents, statistics=statistics or [])


def canonical(cid: str, inc: Incident, report_ids: list[str] | None = None,
              sources: int = 1, verification: str = "reported") -> CanonicalIncident:
    return CanonicalIncident(id=cid, incident=inc.model_copy(update={"cluster": cid}),
                             report_ids=report_ids or [], independent_sources=sources,
                             verification=verification)  # type: ignore[arg-type]


def evidence_incident() -> Incident:
    return incident(["mutiny", "desertion"], date_start="2024-11-02", date_end="2024-11-02",
                    country="RU", admin1="RU-ZAB", place="Chita", lat=52.03, lon=113.5,
                    evidence={"acts": [Span(start=0, end=6, quote="Report")]})
