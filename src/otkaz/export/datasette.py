"""Publish a SQLite database with Datasette: a map-ready view, facets, named queries, descriptions.

``otkaz publish datasette --db otkaz.db -d site/`` then::

    datasette otkaz.db -m site/metadata.yaml                        # Datasette 0.65
    datasette otkaz.db -m site/metadata.yaml -c site/datasette.yaml  # Datasette 1.0

Datasette 0.65 reads facets and named queries from metadata; 1.0 moved them to the
configuration file, so both files carry them. The published site shows incidents and
statistics. Article texts and raw reports are closed (``allow: false``) and arbitrary SQL is
off: they hold other people's writing and can name private people, and otkaz offers no way to
look a person up.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import yaml

from otkaz.store.db import is_postgres_url

VIEW = "incidents_map"
_ACTS = ("desertion", "mutiny", "refusal", "enforcement", "prosecution")


def _json_list(column: str) -> str:
    """'|a|b|' → '["a","b"]' in SQL, so Datasette can facet on each act separately."""
    return (f"CASE WHEN trim({column}, '|') = '' THEN '[]' ELSE "
            f"'[\"' || replace(trim({column}, '|'), '|', '\",\"') || '\"]' END")


VIEW_SQL = f"""
CREATE VIEW {VIEW} AS
SELECT id, {_json_list('acts')} AS acts, date_start, date_end, date_precision, country, admin1,
       place, lat AS latitude, lon AS longitude, geo_precision, location_text, force,
       {_json_list('personnel')} AS personnel, unit, perpetrator, participants_best,
       participants_low, participants_high, detained, at_large, killed, injured, armed,
       verification, independent_sources, n_reports, summary, updated_at
FROM canonical_incidents
"""

_MONTH_COUNTS = ",\n       ".join(
    f"sum(acts LIKE '%|{act}|%') AS {act}" for act in _ACTS)
# Coercion beyond a search or an arrest: harm, or holding people where the law does not.
ABUSE_WORDS: tuple[str, ...] = (
    " pit", "basement", "cellar", "beaten", "tortur", "handcuff", "shackl",
    " яма", " яму", " яме", "подвал", "избил", "избиен", "пытк", "наручник", "зиндан",
)

QUERIES: dict[str, dict[str, Any]] = {
    "incidents_by_month": {
        "title": "Incidents by month and act",
        "description": "Counts of canonical incidents per month of their start date; an incident "
                       "with two acts counts under each act column once.",
        "sql": "SELECT substr(date_start, 1, 7) AS month, count(*) AS incidents,\n       "
               f"{_MONTH_COUNTS}\nFROM canonical_incidents WHERE date_start IS NOT NULL\n"
               "GROUP BY month ORDER BY month",
    },
    "enforcement_with_abuse": {
        "title": "Enforcement with abuse",
        "description": "Enforcement against deserters or relatives where people were killed or "
                       "injured, or held in pits, basements or cuffs, or beaten: found by words "
                       "in the summary and location (English and Russian), so check each one.",
        "sql": "SELECT id, date_start, country, admin1, place, perpetrator, detained, killed,\n"
               "       injured, verification, independent_sources, summary\n"
               "FROM canonical_incidents WHERE acts LIKE '%|enforcement|%' AND (\n"
               "  coalesce(killed, 0) > 0 OR coalesce(injured, 0) > 0 OR\n  "
               + " OR\n  ".join(f"search_text LIKE '%{w}%'" for w in ABUSE_WORDS)
               + ")\nORDER BY date_start DESC",
    },
    "incidents_by_region": {
        "title": "Incidents by region",
        "description": "Canonical incidents per ISO 3166-2 region, with how many are confirmed.",
        "sql": "SELECT country, admin1, count(*) AS incidents,\n"
               "       sum(verification = 'confirmed') AS confirmed,\n"
               "       sum(participants_best) AS participants_reported\n"
               "FROM canonical_incidents GROUP BY country, admin1 ORDER BY incidents DESC",
    },
}

FACETS: list[Any] = [{"array": "acts"}, "country", "admin1", "verification", "geo_precision"]

COLUMNS: dict[str, str] = {
    "acts": "What happened: desertion, mutiny, refusal, enforcement, prosecution",
    "date_start": "First day of the acts (ISO date)",
    "date_precision": "Coarsest unit the sources support: day, week, month, year",
    "admin1": "ISO 3166-2 region, e.g. RU-NVS",
    "latitude": "Of the place, else of the region's centre (WGS84)",
    "longitude": "Of the place, else of the region's centre (WGS84)",
    "participants_best": "People who did the act (targeted, for enforcement/prosecution)",
    "verification": "reported, unverified, confirmed or disputed",
    "independent_sources": "Outlets that reported it independently",
    "summary": "One neutral sentence naming roles, never private persons",
}


def _tables() -> dict[str, Any]:
    return {
        VIEW: {"description": "One row per real-world incident, coordinates as latitude/"
                              "longitude for map plugins.",
               "facets": FACETS, "sort_desc": "date_start", "columns": COLUMNS},
        "canonical_incidents": {"description": "Merged incidents with every field and its JSON "
                                               "record (per-report values and rules).",
                                "facets": ["country", "verification"], "sort_desc": "date_start"},
        "statistics": {"description": "Aggregate figures (cases opened, convictions, …) and who "
                                      "published them.", "facets": ["measure", "scope"]},
        "merge_log": {"description": "Why each report was linked to its incident."},
        "articles": {"hidden": True, "allow": False},
        "reports": {"hidden": True, "allow": False},
        "skipped_inputs": {"hidden": True},
        "source_state": {"hidden": True},
    }


def metadata(name: str) -> dict[str, Any]:
    """Datasette 0.65 metadata: descriptions plus facets and named queries."""
    return {
        "title": "otkaz incidents",
        "description": "Desertion, mutiny, refusal, and the enforcement and prosecution that "
                       "follow, merged across news reports with evidence for every field.",
        "source": "otkaz",
        "allow_sql": False,
        "databases": {name: {"tables": _tables(), "queries": QUERIES}},
    }


def config(name: str) -> dict[str, Any]:
    """Datasette 1.0 configuration: the same facets, queries and permissions."""
    tables = {t: {k: v for k, v in spec.items() if k != "description" and k != "columns"}
              for t, spec in _tables().items()}
    return {
        "settings": {"default_facet_size": 20, "facet_time_limit_ms": 500},
        "allow_sql": False,
        "databases": {name: {"tables": tables, "queries": QUERIES}},
    }


def ensure_view(db: str) -> None:
    """(Re)create the map view so it always matches the current schema."""
    con = sqlite3.connect(db)
    try:
        with con:
            con.execute(f"DROP VIEW IF EXISTS {VIEW}")
            con.execute(VIEW_SQL)
    finally:
        con.close()


def publish_datasette(db: str, directory: Path) -> list[Path]:
    """Write metadata.yaml and datasette.yaml for ``db`` into ``directory``; returns their paths."""
    import click

    if is_postgres_url(db):
        raise click.UsageError("Datasette serves SQLite files: export or copy to a .db first")
    if not Path(db).exists():
        raise click.UsageError(f"no database at {db}")
    from otkaz.store import StoreError, open_store

    try:
        open_store(db).close()  # brings the schema up to date before the view is made
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None
    ensure_view(db)
    name = Path(db).stem
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for filename, content in (("metadata.yaml", metadata(name)), ("datasette.yaml", config(name))):
        path = directory / filename
        path.write_text(yaml.safe_dump(content, sort_keys=False, allow_unicode=True),
                        encoding="utf-8")
        written.append(path)
    return written
