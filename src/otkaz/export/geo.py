"""GeoJSON (RFC 7946) and GeoParquet 1.1 exports of incidents."""

from __future__ import annotations

import json
import struct
from collections.abc import Iterable, Iterator
from typing import IO, Any

from otkaz.export.records import (
    BOOL_COLUMNS,
    FLAT_COLUMNS,
    FLOAT_COLUMNS,
    INT_COLUMNS,
    LIST_COLUMNS,
    flat_record,
    has_point,
)


def feature(record: dict[str, Any]) -> dict[str, Any]:
    """One Feature: stable ``id``, ``[lon, lat]`` Point, or ``geometry: null`` when not geocoded."""
    geometry = None
    if has_point(record):
        geometry = {"type": "Point", "coordinates": [record["longitude"], record["latitude"]]}
    properties = {k: v for k, v in record.items() if k not in ("latitude", "longitude")}
    return {"type": "Feature", "id": record["id"], "geometry": geometry, "properties": properties}


def geojson_chunks(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """A FeatureCollection as text pieces, so 100k incidents never sit in memory as one string."""
    yield '{"type":"FeatureCollection","features":['
    first = True
    for row in rows:
        text = json.dumps(feature(flat_record(row)), ensure_ascii=False, separators=(",", ":"))
        yield text if first else "," + text
        first = False
    yield "]}\n"


def write_geojson(rows: Iterable[dict[str, Any]], out: IO[bytes]) -> int:
    n = 0

    def counted() -> Iterator[dict[str, Any]]:
        nonlocal n
        for row in rows:
            n += 1
            yield row

    buffer: list[str] = []
    size = 0
    for chunk in geojson_chunks(counted()):
        buffer.append(chunk)
        size += len(chunk)
        if size > 1 << 20:
            out.write("".join(buffer).encode("utf-8"))
            buffer, size = [], 0
    out.write("".join(buffer).encode("utf-8"))
    return n


def wkb_point(lon: float, lat: float) -> bytes:
    """ISO WKB, little-endian, 2D point."""
    return struct.pack("<BIdd", 1, 1, lon, lat)


def _arrow_schema() -> Any:
    import pyarrow as pa

    fields = []
    for name in FLAT_COLUMNS:
        if name in LIST_COLUMNS:
            kind = pa.list_(pa.string())
        elif name in INT_COLUMNS:
            kind = pa.int64()
        elif name in FLOAT_COLUMNS:
            kind = pa.float64()
        elif name in BOOL_COLUMNS:
            kind = pa.bool_()
        else:
            kind = pa.string()
        fields.append(pa.field(name, kind))
    fields.append(pa.field("geometry", pa.binary()))
    return pa.schema(fields)


def geo_metadata(bbox: list[float] | None) -> dict[str, Any]:
    """The ``geo`` file metadata of GeoParquet 1.1.0; crs omitted means OGC:CRS84."""
    column: dict[str, Any] = {"encoding": "WKB", "geometry_types": ["Point"]}
    if bbox is not None:
        column["bbox"] = bbox
    return {"version": "1.1.0", "primary_column": "geometry", "columns": {"geometry": column}}


def write_parquet(rows: Iterable[dict[str, Any]], out: IO[bytes] | str) -> int:
    """GeoParquet 1.1: WKB ``geometry`` (null when not geocoded) plus plain latitude/longitude."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns: dict[str, list[Any]] = {name: [] for name in FLAT_COLUMNS}
    geometry: list[bytes | None] = []
    lons: list[float] = []
    lats: list[float] = []
    for row in rows:
        record = flat_record(row)
        for name in FLAT_COLUMNS:
            columns[name].append(record[name])
        if has_point(record):
            geometry.append(wkb_point(record["longitude"], record["latitude"]))
            lons.append(record["longitude"])
            lats.append(record["latitude"])
        else:
            geometry.append(None)
    bbox = [min(lons), min(lats), max(lons), max(lats)] if lons else None
    schema = _arrow_schema().with_metadata(
        {b"geo": json.dumps(geo_metadata(bbox)).encode("utf-8")})
    arrays = [pa.array(columns[name], type=schema.field(name).type) for name in FLAT_COLUMNS]
    arrays.append(pa.array(geometry, type=pa.binary()))
    table = pa.Table.from_arrays(arrays, schema=schema)
    pq.write_table(table, out, compression="zstd")
    return table.num_rows
