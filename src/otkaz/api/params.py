"""Query parameters: the incident filter, strict rejection of unknown names, and paging links."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Query, Request, Response
from fastapi.routing import APIRoute

from otkaz.api.problems import Problem
from otkaz.export.filtering import filter_errors
from otkaz.models import ACTS, PERSONNEL, VERIFICATIONS
from otkaz.store.filters import IncidentFilter

_ALLOWED: dict[int, frozenset[str]] = {}


def _allowed_params(route: APIRoute) -> frozenset[str]:
    key = id(route)
    if key not in _ALLOWED:
        names: set[str] = set()
        stack = [route.dependant]
        while stack:  # the route's own parameters and those of every dependency it uses
            dependant = stack.pop()
            names.update(p.alias for p in dependant.query_params)
            stack.extend(dependant.dependencies)
        _ALLOWED[key] = frozenset(names)
    return _ALLOWED[key]


def reject_unknown_params(request: Request) -> None:
    """A misspelt filter must not silently widen the result: unknown names are a 422."""
    route = request.scope.get("route")
    if not isinstance(route, APIRoute):
        return
    allowed = _allowed_params(route)
    unknown = sorted(set(request.query_params) - allowed)
    if unknown:
        raise Problem(422, f"unknown query parameter(s): {', '.join(unknown)}; "
                           f"this endpoint takes: {', '.join(sorted(allowed)) or 'none'}",
                      title="Unknown query parameter", unknown=unknown, allowed=sorted(allowed))


def incident_filter(
    act: Annotated[list[str], Query(description="Act code; repeat for several: "
                                    + ", ".join(ACTS))] = [],  # noqa: B006
    country: Annotated[str | None, Query(description="ISO 3166-1 alpha-2, e.g. RU")] = None,
    admin1: Annotated[str | None, Query(description="ISO 3166-2, e.g. RU-NVS")] = None,
    date_from: Annotated[str | None, Query(alias="from", description="Earliest date, ISO")] = None,
    date_to: Annotated[str | None, Query(alias="to", description="Latest date, ISO")] = None,
    personnel: Annotated[list[str], Query(description="Repeatable: "
                                          + ", ".join(PERSONNEL))] = [],  # noqa: B006
    verification: Annotated[list[str], Query(description="Repeatable: "
                                             + ", ".join(VERIFICATIONS))] = [],  # noqa: B006
    min_sources: Annotated[int | None, Query(ge=1, description="Independent sources, at least")] = None,
    q: Annotated[str | None, Query(description="Words in summary, place, outlets")] = None,
) -> IncidentFilter:
    """The shared filter of /incidents, /incidents.geojson, /timeline and the exports."""
    f = IncidentFilter(acts=list(act), country=country or None, admin1=admin1 or None,
                       date_from=date_from or None, date_to=date_to or None,
                       personnel=list(personnel), verification=list(verification),
                       min_sources=min_sources, q=q if q and q.strip() else None)
    errors = filter_errors(f)
    if errors:
        raise Problem(422, "; ".join(errors), title="Invalid filter", errors=errors)
    return f


def next_url(request: Request, cursor: str | None) -> str | None:
    """This request's URL with the cursor moved on, or None on the last page."""
    if cursor is None:
        return None
    return str(request.url.include_query_params(cursor=cursor))


def set_link(response: Response, url: str | None) -> None:
    if url is not None:
        response.headers["Link"] = f'<{url}>; rel="next"'


def page_body(items: list[Any], cursor: str | None, request: Request) -> dict[str, Any]:
    return {"items": items, "next": cursor, "next_url": next_url(request, cursor)}
