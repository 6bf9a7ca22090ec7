"""One incident in full (reports, per-field values, evidence), articles, redirects, docs."""

from __future__ import annotations

from typing import Any

from otkaz.api.testing import Sample


def test_incident_has_reports_values_and_evidence_that_point_into_the_text(
        client: Any, sample: Sample) -> None:
    body = client.get(f"/incidents/{sample.two_report_id}").json()
    assert body["id"] == "inc-01"
    assert len(body["reports"]) == 2
    outlets = {r["article"]["outlet"] for r in body["reports"]}
    assert outlets == {"Chita Wire", "Забайкальский вестник"}
    said = {v["outlet"]: v["value"] for v in body["values"]["verification"]}
    assert said == {"Chita Wire": "unverified", "Забайкальский вестник": "reported"}
    assert {m["action"] for m in body["merge_log"]} == {"new", "link"}
    linked = next(m for m in body["merge_log"] if m["action"] == "link")
    assert linked["score"] == 0.91 and "(links at ≥ " in linked["score_text"]  # added, none renamed
    for report in body["reports"]:
        article = client.get(report["article"]["href"]).json()
        assert report["evidence"], report
        for spans in report["evidence"].values():
            for span in spans:
                assert article["text"][span["start"]:span["end"]] == span["quote"]


def test_retired_id_redirects_permanently(client: Any, sample: Sample) -> None:
    old, new = sample.redirect
    response = client.get(f"/incidents/{old}", follow_redirects=False)
    assert response.status_code == 301
    assert response.headers["location"].endswith(f"/incidents/{new}")
    assert client.get(f"/incidents/{old}").json()["id"] == new


def test_missing_incident_and_article_are_404_problems(client: Any) -> None:
    for path in ("/incidents/no-such-id", "/articles/a000"):
        response = client.get(path)
        assert response.status_code == 404
        assert response.headers["content-type"].startswith("application/problem+json")
        assert response.json()["title"].endswith("not found")


def test_article_returns_the_stored_text(client: Any, sample: Sample) -> None:
    article = client.get(f"/articles/{sample.hostile_article}").json()
    assert article["text"] == sample.articles[sample.hostile_article].text
    assert "<script>" in article["text"]  # stored as written; the page escapes it


def test_unknown_parameter_on_detail_is_rejected(client: Any, sample: Sample) -> None:
    response = client.get("/incidents/inc-01?verbose=1")
    assert response.status_code == 422


def test_openapi_and_offline_docs(client: Any) -> None:
    schema = client.get("/openapi.json").json()
    for path in ("/incidents", "/incidents/{incident_id}", "/incidents.geojson", "/statistics",
                 "/articles/{article_id}", "/timeline", "/export.csv", "/export.parquet"):
        assert path in schema["paths"], path
    params = {p["name"] for p in schema["paths"]["/incidents"]["get"]["parameters"]}
    assert {"act", "country", "admin1", "from", "to", "personnel", "verification",
            "min_sources", "q", "limit", "cursor"} <= params
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs.text
    assert client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200


def test_every_answer_carries_nosniff_and_server_timing(client: Any) -> None:
    for path in ("/incidents", "/nothing-here", "/static/app.js"):
        headers = client.get(path).headers
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["server-timing"].startswith("app;dur=")
