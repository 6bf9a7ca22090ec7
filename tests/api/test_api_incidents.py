"""The /incidents contract: filters, strict parameters, cursor paging, problem details."""

from __future__ import annotations

from typing import Any

import pytest

from otkaz.api.schemas import IncidentPage
from otkaz.api.testing import Sample

PROBLEM = "application/problem+json"


def ids(body: dict[str, Any]) -> list[str]:
    return [item["id"] for item in body["items"]]


def assert_problem(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    body = response.json()
    assert {"type", "title", "status", "detail"} <= set(body)
    assert body["status"] == status
    assert body["detail"]
    return body


def test_lists_every_incident_newest_first(client: Any, sample: Sample) -> None:
    body = client.get("/incidents", params={"count": "true"}).json()
    IncidentPage.model_validate(body)  # the documented response schema holds
    assert sorted(ids(body)) == sorted(sample.ids)
    assert body["total"] == len(sample.ids)
    dates = [i["date_start"] for i in body["items"] if i["date_start"]]
    assert dates == sorted(dates, reverse=True)
    first = body["items"][0]
    assert first["id"] == "inc-01"
    assert first["acts"] == ["mutiny", "desertion"]
    assert first["participants"] == {"best": 20, "low": None, "high": None}
    assert first["independent_sources"] == 2
    assert set(first["outlets"]) == {"Chita Wire", "Забайкальский вестник"}


def test_cursor_paging_walks_all_rows_once_via_next_url_and_link(client: Any,
                                                                sample: Sample) -> None:
    seen: list[str] = []
    url: str | None = "/incidents?limit=2"
    pages = 0
    while url:
        response = client.get(url)
        assert response.status_code == 200
        body = response.json()
        seen += ids(body)
        pages += 1
        if body["next"] is None:
            assert body["next_url"] is None
            assert "link" not in response.headers
        else:
            assert response.headers["link"] == f'<{body["next_url"]}>; rel="next"'
            assert "limit=2" in body["next_url"]
        url = body["next_url"]
    assert pages == 3
    assert len(seen) == len(set(seen)) == len(sample.ids)


def test_paging_keeps_the_filter(client: Any, sample: Sample) -> None:
    first = client.get("/incidents", params={"act": "desertion", "limit": 1}).json()
    second = client.get(first["next_url"]).json()
    assert ids(first) + ids(second) == ["inc-01", "inc-05"]
    assert second["next"] is None


@pytest.mark.parametrize(("params", "expected"), [
    ({"act": "mutiny"}, ["inc-01"]),
    ([("act", "refusal"), ("act", "prosecution")], ["inc-02", "inc-03"]),
    ({"country": "UA"}, ["inc-05"]),
    ({"admin1": "RU-TA"}, ["inc-04"]),
    ({"from": "2024-09-01", "to": "2024-10-31"}, ["inc-02", "inc-03"]),
    ({"personnel": "conscript"}, ["inc-03"]),
    ({"verification": "confirmed"}, ["inc-02"]),
    ({"min_sources": 2}, ["inc-01"]),
    ({"q": "garrison court"}, ["inc-02"]),
    ({"q": "Chita"}, ["inc-01"]),
    ({"act": "mutiny", "country": "UA"}, []),
])
def test_filters(client: Any, params: Any, expected: list[str]) -> None:
    response = client.get("/incidents", params=params)
    assert response.status_code == 200, response.text
    assert sorted(ids(response.json())) == expected


@pytest.mark.parametrize("query", ["acts=mutiny", "limt=5", "country=RU&colour=red", "page=2"])
def test_unknown_query_parameter_is_a_422_problem(client: Any, query: str) -> None:
    body = assert_problem(client.get(f"/incidents?{query}"), 422)
    assert body["unknown"]
    assert "act" in body["allowed"]


@pytest.mark.parametrize("query", [
    "act=riot", "country=Russia", "admin1=Chita", "from=2024-13-01", "to=yesterday",
    "verification=true", "personnel=general", "min_sources=0", "limit=0", "limit=501",
    "from=2024-05-01&to=2024-01-01", "cursor=not-a-cursor", "count=maybe",
])
def test_invalid_values_are_422_problems_naming_the_parameter(client: Any, query: str) -> None:
    body = assert_problem(client.get(f"/incidents?{query}"), 422)
    name = query.split("=")[0]
    assert name in body["detail"] or name == "cursor"


def test_unknown_path_is_a_404_problem(client: Any) -> None:
    assert_problem(client.get("/nothing-here"), 404)


def test_geojson_is_rfc7946(client: Any, sample: Sample) -> None:
    response = client.get("/incidents.geojson")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/geo+json")
    body = response.json()
    assert body["type"] == "FeatureCollection"
    by_id = {f["id"]: f for f in body["features"]}
    assert sorted(by_id) == sorted(sample.ids)
    assert by_id["inc-01"]["geometry"] == {"type": "Point", "coordinates": [113.5, 52.03]}
    assert by_id["inc-02"]["geometry"] is None  # not geocoded
    assert by_id["inc-01"]["properties"]["acts"] == ["mutiny", "desertion"]


def test_geojson_pages_with_links_and_filters(client: Any) -> None:
    body = client.get("/incidents.geojson", params={"limit": 1, "act": "desertion"}).json()
    assert [f["id"] for f in body["features"]] == ["inc-01"]
    [link] = body["links"]
    assert link["rel"] == "next"
    rest = client.get(link["href"]).json()
    assert [f["id"] for f in rest["features"]] == ["inc-05"]
    assert rest["links"] == []
    assert_problem(client.get("/incidents.geojson?bbox=1,2,3,4"), 422)


def test_timeline_counts_by_week_and_month(client: Any) -> None:
    week = client.get("/timeline", params={"bucket": "week"}).json()
    assert week["bucket"] == "week"
    points = {(p["period"], p["act"]): p["count"] for p in week["items"]}
    assert points[("2024-10-28", "mutiny")] == 1  # 2 Nov 2024 is in the week of Monday 28 Oct
    assert points[("2024-10-28", "desertion")] == 1
    month = client.get("/timeline", params={"bucket": "month", "act": "desertion"}).json()
    assert {(p["period"], p["act"]) for p in month["items"]} == {
        ("2024-11-01", "desertion"), ("2024-05-01", "desertion")}
    assert_problem(client.get("/timeline?bucket=day"), 422)
    assert_problem(client.get("/timeline?bucket=week&limit=5"), 422)


def test_statistics(client: Any) -> None:
    body = client.get("/statistics", params={"measure": "cases_opened"}).json()
    [stat] = body["items"]
    assert stat["value"]["best"] == 1100
    assert stat["scope"] == "RU-KDA"
    assert stat["evidence"]["value"][0]["quote"] == "1,100 criminal cases"
    assert client.get("/statistics", params={"measure": "convictions"}).json()["items"] == []
    assert_problem(client.get("/statistics?measur=x"), 422)
