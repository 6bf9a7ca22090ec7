"""The read API: incidents (list, one, GeoJSON), articles, statistics and the timeline."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse, RedirectResponse

from otkaz.api.params import (
    incident_filter,
    next_url,
    page_body,
    reject_unknown_params,
    set_link,
)
from otkaz.api.problems import Problem
from otkaz.api.schemas import (
    ArticleOut,
    IncidentDetail,
    IncidentPage,
    StatisticPage,
    TimelineOut,
)
from otkaz.export.geo import feature
from otkaz.export.records import flat_record, public_incident
from otkaz.store import Store
from otkaz.store.filters import IncidentFilter

router = APIRouter(dependencies=[Depends(reject_unknown_params)])
Filter = Annotated[IncidentFilter, Depends(incident_filter)]
Cursor = Annotated[str | None, Query(description="The `next` token of the previous page")]


def store_of(request: Request) -> Store:
    store: Store = request.app.state.stores.get()
    return store


StoreDep = Annotated[Store, Depends(store_of)]


def _page(store: Store, f: IncidentFilter, limit: int,
          cursor: str | None) -> tuple[list[dict[str, Any]], str | None]:
    try:
        return store.query_incidents(f, limit=limit, cursor=cursor)
    except ValueError as exc:
        raise Problem(422, str(exc), title="Invalid cursor") from None


@router.get("/incidents", response_model=IncidentPage, summary="Incidents, filtered and paged",
            tags=["incidents"])
def list_incidents(request: Request, store: StoreDep, f: Filter,
                   limit: Annotated[int, Query(ge=1, le=500)] = 50, cursor: Cursor = None,
                   count: Annotated[bool, Query(description="Also return the total")] = False,
                   ) -> JSONResponse:
    """Newest first (undated last). Follow `next_url` (or the `Link: rel=next` header) for more."""
    rows, token = _page(store, f, limit, cursor)
    body = page_body([public_incident(r) for r in rows], token, request)
    body["total"] = store.count_incidents(f) if count else None
    response = JSONResponse(body)  # already in the documented shape: skip re-validation (speed)
    set_link(response, body["next_url"])
    return response


@router.get("/incidents.geojson", summary="Incidents as an RFC 7946 FeatureCollection",
            tags=["incidents"], response_class=JSONResponse,
            responses={200: {"content": {"application/geo+json": {}}}})
def incidents_geojson(request: Request, store: StoreDep, f: Filter,
                      limit: Annotated[int, Query(ge=1, le=10000)] = 1000,
                      cursor: Cursor = None) -> JSONResponse:
    """Same filters and paging as /incidents; `geometry` is null for incidents not geocoded."""
    rows, token = _page(store, f, limit, cursor)
    url = next_url(request, token)
    body: dict[str, Any] = {
        "type": "FeatureCollection",
        "features": [feature(flat_record(r)) for r in rows],
        "next": token,
        "links": [{"rel": "next", "href": url, "type": "application/geo+json"}] if url else [],
    }
    headers = {"Link": f'<{url}>; rel="next"'} if url else None
    return JSONResponse(body, media_type="application/geo+json", headers=headers)


def _report(report: dict[str, Any]) -> dict[str, Any]:
    incident = dict(report.get("incident") or {})
    evidence = incident.pop("evidence", {}) or {}
    article = dict(report.get("article") or {})
    article["href"] = f"/articles/{article.get('id')}"
    return {"id": report["id"], "article": article, "incident": incident, "evidence": evidence}


@router.get("/incidents/{incident_id}", response_model=IncidentDetail, tags=["incidents"],
            summary="One incident with its reports, per-field values and evidence",
            responses={301: {"description": "The id was retired by a merge; Location names the "
                                             "incident it now belongs to"},
                       404: {"description": "No such incident"}})
def get_incident(request: Request, store: StoreDep,
                 incident_id: Annotated[str, Path(max_length=200)]) -> Any:
    """A retired id (merged into another incident) answers 301 to the current id."""
    record = store.get_incident(incident_id)
    if record is None:
        raise Problem(404, f"no incident {incident_id!r}", title="Incident not found")
    if record.get("redirected_from"):
        target = request.url_for("get_incident", incident_id=record["id"])
        return RedirectResponse(str(target.include_query_params(**request.query_params)),
                                status_code=301)
    data = record.get("data") or {}
    body = public_incident(record)
    body["values"] = data.get("values") or {}
    body["rules"] = data.get("rules") or {}
    body["reports"] = [_report(r) for r in record.get("reports") or []]
    from otkaz.link.explain import explain_log  # here: the link stage is heavy to import

    body["merge_log"] = explain_log(record.get("merge_log") or [])  # + threshold, score_text, reason
    return body


@router.get("/articles/{article_id}", response_model=ArticleOut, tags=["articles"],
            summary="One stored article: the text evidence offsets point into")
def get_article(store: StoreDep, article_id: Annotated[str, Path(max_length=200)]) -> Any:
    article = store.get_article(article_id)
    if article is None:
        raise Problem(404, f"no article {article_id!r}", title="Article not found")
    return article.model_dump(mode="json")


@router.get("/statistics", response_model=StatisticPage, tags=["statistics"],
            summary="Aggregate figures (cases opened, convictions, …) with who published them")
def list_statistics(store: StoreDep,
                    measure: Annotated[str | None, Query(max_length=80)] = None,
                    scope: Annotated[str | None, Query(max_length=10)] = None,
                    limit: Annotated[int, Query(ge=1, le=500)] = 500) -> dict[str, Any]:
    rows = store.query_statistics(measure=measure or None, scope=scope or None, limit=limit)
    items = []
    for r in rows:
        data = r.get("data") or {}
        items.append({
            "id": r["id"], "article_id": r["article_id"], "measure": r["measure"],
            "value": {"best": r["value_best"], "low": r["value_low"], "high": r["value_high"]},
            "period_start": r["period_start"], "period_end": r["period_end"],
            "scope": r["scope"], "force": r["force"], "publisher": r["publisher"],
            "description": data.get("description") or "", "evidence": data.get("evidence") or {},
            "url": r.get("url"), "outlet": r.get("outlet"), "published_at": r.get("published_at"),
        })
    return {"items": items}


@router.get("/timeline", response_model=TimelineOut, tags=["incidents"],
            summary="Incident counts per week or month, by act, for the same filters")
def timeline(store: StoreDep, f: Filter,
             bucket: Annotated[Literal["week", "month"], Query()] = "week") -> dict[str, Any]:
    """An incident with two acts counts under each; undated incidents are left out."""
    return {"bucket": bucket, "items": store.timeline(f, bucket=bucket)}
