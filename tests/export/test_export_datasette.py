"""`otkaz publish datasette` gives a useful Datasette site: checked with Datasette's own client."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import click
import pytest
import yaml

from otkaz.api.testing import build_sample
from otkaz.export.datasette import QUERIES, VIEW, publish_datasette
from otkaz.models import CanonicalIncident, Incident
from otkaz.store import open_store


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("datasette")
    db = root / "otkaz.db"
    build_sample(str(db))
    store = open_store(str(db))
    try:  # one enforcement with abuse, so the named query has something to find
        store.save_canonical(CanonicalIncident(id="inc-pit", incident=Incident(
            acts=["enforcement"], date_start="2024-07-01", country="RU", admin1="RU-ROS",
            summary="Commanders held returned deserters in a pit for several days.")))
    finally:
        store.close()
    paths = publish_datasette(str(db), root / "site")
    assert [p.name for p in paths] == ["metadata.yaml", "datasette.yaml"]
    return db, root / "site"


def fetch(db: Path, site: Path, *paths: str) -> list[Any]:
    from datasette.app import Datasette

    metadata = yaml.safe_load((site / "metadata.yaml").read_text(encoding="utf-8"))
    ds = Datasette([str(db)], metadata=metadata)

    async def run() -> list[Any]:
        return [await ds.client.get(p) for p in paths]

    return asyncio.run(run())


def test_map_view_has_latitude_longitude_and_facets(site: tuple[Path, Path]) -> None:
    db, directory = site
    [rows, facets] = fetch(db, directory, f"/otkaz/{VIEW}.json?_shape=array",
                           f"/otkaz/{VIEW}.json")
    assert rows.status_code == 200
    by_id = {r["id"]: r for r in rows.json()}
    assert (by_id["inc-01"]["latitude"], by_id["inc-01"]["longitude"]) == (52.03, 113.5)
    assert json.loads(by_id["inc-01"]["acts"]) == ["mutiny", "desertion"]
    results = facets.json()["facet_results"]
    acts = {v["value"]: v["count"] for v in results["acts"]["results"]}
    assert acts["desertion"] == 2 and acts["enforcement"] == 2
    assert "country" in results and "verification" in results


def test_named_queries(site: tuple[Path, Path]) -> None:
    db, directory = site
    [months, abuse] = fetch(db, directory, "/otkaz/incidents_by_month.json?_shape=array",
                            "/otkaz/enforcement_with_abuse.json?_shape=array")
    by_month = {r["month"]: r for r in months.json()}
    assert by_month["2024-11"]["mutiny"] == 1 and by_month["2024-11"]["desertion"] == 1
    assert [r["id"] for r in abuse.json()] == ["inc-pit"]  # searches of homes are not abuse


def test_article_texts_and_raw_sql_are_closed(site: tuple[Path, Path]) -> None:
    db, directory = site
    responses = fetch(db, directory, "/otkaz/articles.json", "/otkaz/reports.json",
                      "/otkaz.json?sql=select+text+from+articles")
    assert [r.status_code for r in responses] == [403, 403, 403]


def test_config_file_carries_the_same_queries_for_datasette_1(site: tuple[Path, Path]) -> None:
    config = yaml.safe_load((site[1] / "datasette.yaml").read_text(encoding="utf-8"))
    db = config["databases"]["otkaz"]
    assert set(db["queries"]) == set(QUERIES)
    assert db["tables"]["articles"]["allow"] is False
    assert {"array": "acts"} in db["tables"][VIEW]["facets"]


def test_postgres_url_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(click.UsageError, match="SQLite"):
        publish_datasette("postgresql://u@127.0.0.1/x", tmp_path)
