"""One public shape of an incident, shared by the API and every export format."""

from __future__ import annotations

from typing import Any

# Flat columns every tabular export starts with, in order (CSV, GeoParquet, GeoJSON properties).
FLAT_COLUMNS: tuple[str, ...] = (
    "id", "acts", "date_start", "date_end", "date_precision", "country", "admin1", "place",
    "latitude", "longitude", "geo_precision", "location_text", "force", "personnel", "unit",
    "perpetrator", "participants_best", "participants_low", "participants_high", "detained",
    "at_large", "killed", "injured", "armed", "via", "verification", "independent_sources",
    "n_reports", "outlets", "summary", "updated_at",
)
LIST_COLUMNS: frozenset[str] = frozenset({"acts", "personnel", "via", "outlets"})
INT_COLUMNS: frozenset[str] = frozenset({
    "participants_best", "participants_low", "participants_high", "detained", "at_large",
    "killed", "injured", "independent_sources", "n_reports",
})
FLOAT_COLUMNS: frozenset[str] = frozenset({"latitude", "longitude"})
BOOL_COLUMNS: frozenset[str] = frozenset({"armed"})


def _merged(row: dict[str, Any]) -> dict[str, Any]:
    data = row.get("data") or {}
    incident = data.get("incident") if isinstance(data, dict) else None
    return incident if isinstance(incident, dict) else {}


def outlets_of(row: dict[str, Any]) -> list[str]:
    """Outlets whose reports back the incident, from the per-field values, in first-seen order."""
    data = row.get("data") or {}
    seen: dict[str, None] = {}
    for values in (data.get("values") or {}).values():
        for value in values or []:
            outlet = value.get("outlet") if isinstance(value, dict) else None
            if outlet:
                seen.setdefault(outlet, None)
    return list(seen)


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v for v in value.split("|") if v]
    return [str(v) for v in value]


def public_incident(row: dict[str, Any]) -> dict[str, Any]:
    """The API's incident object: codebook field names, nested participants, no internals."""
    merged = _merged(row)
    armed = row.get("armed")
    return {
        "id": row["id"],
        "acts": _as_list(row.get("acts")),
        "date_start": row.get("date_start"),
        "date_end": row.get("date_end"),
        "date_precision": row.get("date_precision"),
        "country": row.get("country"),
        "admin1": row.get("admin1"),
        "place": row.get("place"),
        "lat": row.get("lat"),
        "lon": row.get("lon"),
        "geo_precision": row.get("geo_precision"),
        "location_text": row.get("location_text"),
        "force": row.get("force"),
        "personnel": _as_list(row.get("personnel")),
        "unit": row.get("unit"),
        "perpetrator": row.get("perpetrator"),
        "participants": {
            "best": row.get("participants_best"),
            "low": row.get("participants_low"),
            "high": row.get("participants_high"),
        },
        "detained": row.get("detained"),
        "at_large": row.get("at_large"),
        "killed": row.get("killed"),
        "injured": row.get("injured"),
        "armed": None if armed is None else bool(armed),
        "via": list(merged.get("via") or []),
        "verification": row.get("verification"),
        "independent_sources": row.get("independent_sources"),
        "n_reports": row.get("n_reports"),
        "outlets": outlets_of(row),
        "summary": row.get("summary") or "",
        "updated_at": row.get("updated_at"),
    }


def flat_record(row: dict[str, Any]) -> dict[str, Any]:
    """Tabular form: participants split into columns, coordinates named latitude/longitude."""
    pub = public_incident(row)
    participants = pub.pop("participants")
    pub["participants_best"] = participants["best"]
    pub["participants_low"] = participants["low"]
    pub["participants_high"] = participants["high"]
    pub["latitude"] = pub.pop("lat")
    pub["longitude"] = pub.pop("lon")
    return {name: pub.get(name) for name in FLAT_COLUMNS}


def has_point(record: dict[str, Any]) -> bool:
    """Geocoded: both coordinates known (a zero is a coordinate, not a gap)."""
    return record.get("latitude") is not None and record.get("longitude") is not None
