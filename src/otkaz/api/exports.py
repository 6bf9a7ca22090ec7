"""Download endpoints: the CLI's export formats for any filter the API accepts."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from typing import IO, Annotated

from fastapi import APIRouter, Depends
from fastapi.responses import StreamingResponse

from otkaz.api.params import incident_filter, reject_unknown_params
from otkaz.api.routes import StoreDep
from otkaz.export import MEDIA_TYPES, write_export
from otkaz.store.filters import IncidentFilter

router = APIRouter(dependencies=[Depends(reject_unknown_params)], tags=["exports"])
Filter = Annotated[IncidentFilter, Depends(incident_filter)]
_CHUNK = 1 << 16

DESCRIPTIONS: dict[str, str] = {
    "csv": "Codebook fields, one row per incident; lists joined with '; '.",
    "acled": "ACLED's 31 columns in ACLED's order, then ours as x_*. Event types only where "
             "ACLED's definitions fit: mutiny with 3+ participants → Riots/Mob violence; "
             "enforcement that detained someone → Strategic developments/Arrests; desertion, "
             "refusal and prosecution are left blank (x_acled_rule says which rule applied).",
    "geojson": "RFC 7946 FeatureCollection: [lon, lat] points, geometry null when not geocoded, "
               "the incident id as the feature id.",
    "parquet": "GeoParquet 1.1: WKB `geometry` (OGC:CRS84) plus plain latitude/longitude.",
}

ENDPOINTS: dict[str, tuple[str, str]] = {
    # path → (format, download file name)
    "/export.csv": ("csv", "otkaz-incidents.csv"),
    "/export.acled.csv": ("acled", "otkaz-incidents-acled.csv"),
    "/export.geojson": ("geojson", "otkaz-incidents.geojson"),
    "/export.parquet": ("parquet", "otkaz-incidents.parquet"),
}


def _stream(spool: IO[bytes]) -> Iterator[bytes]:
    try:
        spool.seek(0)
        while chunk := spool.read(_CHUNK):
            yield chunk
    finally:
        spool.close()


def _download(store: StoreDep, f: IncidentFilter, fmt: str, filename: str) -> StreamingResponse:
    """Written whole before the first byte goes out, so a failure is a clean 500, not a torn file."""
    spool = tempfile.SpooledTemporaryFile(max_size=16 << 20)
    try:
        n = write_export(store.iter_incidents(f), fmt, spool)
    except BaseException:
        spool.close()
        raise
    headers = {"Content-Disposition": f'attachment; filename="{filename}"',
               "X-Incident-Count": str(n)}
    return StreamingResponse(_stream(spool), media_type=MEDIA_TYPES[fmt], headers=headers)


def _make(path: str, fmt: str, filename: str) -> None:
    def endpoint(store: StoreDep, f: Filter) -> StreamingResponse:
        return _download(store, f, fmt, filename)

    endpoint.__name__ = "export_" + fmt
    router.add_api_route(path, endpoint, methods=["GET"], summary=f"All matching incidents, {fmt}",
                         description=DESCRIPTIONS[fmt],
                         response_class=StreamingResponse,
                         responses={200: {"content": {MEDIA_TYPES[fmt].split(";")[0]: {}}}})


for _path, (_fmt, _name) in ENDPOINTS.items():
    _make(_path, _fmt, _name)
