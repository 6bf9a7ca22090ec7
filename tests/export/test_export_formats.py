"""Exports as a user opens them: CSV in a spreadsheet, ACLED layout, GeoJSON, GeoParquet."""

from __future__ import annotations

import csv
import io
import json
import struct
from pathlib import Path

import click
import pyarrow.parquet as pq
import pytest

from otkaz.api.testing import Sample
from otkaz.export import export
from otkaz.export.acled import ACLED_COLUMNS
from otkaz.export.tabular import cell

# ACLED's public column list and order since its 2023 restructuring.
ACLED_31 = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
]


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_csv_has_every_incident_and_codebook_columns(sample_db: tuple[str, Sample],
                                                     tmp_path: Path) -> None:
    db, sample = sample_db
    out = tmp_path / "all.csv"
    assert export(db, "csv", out) == len(sample.ids)
    rows = {r["id"]: r for r in read_csv(out)}
    assert sorted(rows) == sorted(sample.ids)
    chita = rows["inc-01"]
    assert chita["acts"] == "mutiny; desertion"
    assert chita["latitude"] == "52.03" and chita["longitude"] == "113.5"
    assert chita["participants_best"] == "20" and chita["participants_low"] == ""
    assert rows["inc-02"]["latitude"] == ""  # unknown stays empty, never 0


def test_export_filters(sample_db: tuple[str, Sample], tmp_path: Path) -> None:
    db, _ = sample_db
    out = tmp_path / "f.csv"
    assert export(db, "csv", out, acts=["desertion"]) == 2
    assert export(db, "csv", out, country="RU", date_from="2024-09-01") == 3
    assert export(db, "csv", out, admin1="RU-TA") == 1
    assert export(db, "csv", out, date_to="2024-01-01") == 0
    assert read_csv(out) == []


def test_bad_filter_is_a_one_line_usage_error_and_writes_nothing(sqlite_sample: tuple[str, Sample],
                                                                 tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    with pytest.raises(click.UsageError, match="act 'riot' is not one of"):
        export(sqlite_sample[0], "csv", out, acts=["riot"])
    with pytest.raises(click.UsageError, match="not an ISO date"):
        export(sqlite_sample[0], "geojson", out, date_from="02/11/2024")
    assert not out.exists()


def test_spreadsheet_formulas_from_articles_are_neutralised() -> None:
    assert cell("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")"
    assert cell("@SUM(A1)") == "'@SUM(A1)"
    assert cell(-3.5) == "-3.5"  # numbers are numbers
    assert cell(None) == "" and cell(True) == "true"


def test_acled_layout_and_faithful_event_types(sample_db: tuple[str, Sample],
                                               tmp_path: Path) -> None:
    db, sample = sample_db
    out = tmp_path / "acled.csv"
    assert export(db, "acled", out) == len(sample.ids)
    with out.open(encoding="utf-8", newline="") as f:
        header = next(csv.reader(f))
    assert header[:31] == ACLED_31 == list(ACLED_COLUMNS)
    assert all(h.startswith("x_") for h in header[31:])
    rows = {r["event_id_cnty"]: r for r in read_csv(out)}
    mutiny = rows["inc-01"]  # twenty people rioted: ACLED's mob violence
    assert (mutiny["event_type"], mutiny["sub_event_type"]) == ("Riots", "Mob violence")
    assert mutiny["disorder_type"] == "Political violence"
    assert mutiny["iso"] == "643" and mutiny["country"] == "Russia"
    assert mutiny["time_precision"] == "1" and mutiny["geo_precision"] == "2"
    assert mutiny["year"] == "2024" and mutiny["event_date"] == "2024-11-02"
    assert "Chita Wire" in mutiny["source"]
    assert mutiny["fatalities"] == ""  # not reported: blank, not a guessed zero
    assert mutiny["x_acled_rule"] == "mutiny: participants >= 3"
    for cid in ("inc-02", "inc-03", "inc-05"):  # prosecution, refusal, desertion: no faithful type
        assert rows[cid]["event_type"] == "" and rows[cid]["x_acled_rule"] == ""
    searches = rows["inc-04"]  # enforcement that detained no one is not an ACLED arrest
    assert searches["event_type"] == ""
    assert rows["inc-05"]["region"] == "Europe" and rows["inc-05"]["iso"] == "804"
    assert rows["inc-05"]["admin1"] == "Donetsk" and rows["inc-05"]["x_admin1"] == "UA-14"


def test_geojson_file_is_rfc7946(sample_db: tuple[str, Sample], tmp_path: Path) -> None:
    db, sample = sample_db
    out = tmp_path / "all.geojson"
    assert export(db, "geojson", out) == len(sample.ids)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection"
    features = {f["id"]: f for f in data["features"]}
    assert sorted(features) == sorted(sample.ids)
    assert features["inc-04"]["geometry"]["coordinates"] == [49.12, 55.79]  # [lon, lat]
    assert features["inc-02"]["geometry"] is None
    assert all(f["type"] == "Feature" for f in data["features"])
    again = tmp_path / "again.geojson"
    export(db, "geojson", again)
    assert [f["id"] for f in json.loads(again.read_text())["features"]] == list(features)


def test_geoparquet_1_1(sample_db: tuple[str, Sample], tmp_path: Path) -> None:
    db, sample = sample_db
    out = tmp_path / "all.parquet"
    assert export(db, "parquet", out) == len(sample.ids)
    table = pq.read_table(out)
    geo = json.loads(table.schema.metadata[b"geo"])
    assert geo["version"] == "1.1.0" and geo["primary_column"] == "geometry"
    column = geo["columns"]["geometry"]
    assert column["encoding"] == "WKB" and column["geometry_types"] == ["Point"]
    assert "crs" not in column  # omitted means OGC:CRS84 (lon, lat)
    rows = {r["id"]: r for r in table.to_pylist()}
    chita = rows["inc-01"]
    order, kind, x, y = struct.unpack("<BIdd", chita["geometry"])
    assert (order, kind, x, y) == (1, 1, 113.5, 52.03)
    assert (chita["longitude"], chita["latitude"]) == (113.5, 52.03)
    assert chita["acts"] == ["mutiny", "desertion"]
    assert rows["inc-02"]["geometry"] is None and rows["inc-02"]["latitude"] is None
    lons = [r["longitude"] for r in rows.values() if r["longitude"] is not None]
    assert column["bbox"][0] == min(lons) and column["bbox"][2] == max(lons)


def test_api_downloads_match_the_cli_export(sample_db: tuple[str, Sample], tmp_path: Path) -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from otkaz.api import create_app

    db, _ = sample_db
    with TestClient(create_app(db)) as client:
        for path, fmt in (("/export.csv", "csv"), ("/export.acled.csv", "acled"),
                          ("/export.geojson", "geojson"), ("/export.parquet", "parquet")):
            response = client.get(path, params={"act": "desertion"})
            assert response.status_code == 200, response.text
            assert "attachment" in response.headers["content-disposition"]
            assert response.headers["x-incident-count"] == "2"
            out = tmp_path / f"cli.{fmt}"
            export(db, fmt, out, acts=["desertion"])
            if fmt == "parquet":
                api_ids = pq.read_table(io.BytesIO(response.content)).column("id").to_pylist()
                assert api_ids == pq.read_table(out).column("id").to_pylist()
            else:
                assert response.content == out.read_bytes()
        bad = client.get("/export.csv", params={"act": "riot"})
        assert bad.status_code == 422
        assert client.get("/export.csv", params={"format": "x"}).status_code == 422

