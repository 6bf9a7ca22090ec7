"""Exports of canonical incidents: CSV, ACLED-layout CSV, GeoJSON (RFC 7946), GeoParquet 1.1."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Any

import click

from otkaz.export.acled import write_acled
from otkaz.export.filtering import filter_errors
from otkaz.export.geo import write_geojson, write_parquet
from otkaz.export.tabular import write_csv

Writer = Callable[[Iterable[dict[str, Any]], IO[bytes]], int]

WRITERS: dict[str, Writer] = {
    "csv": write_csv,
    "acled": write_acled,
    "geojson": write_geojson,
    "parquet": write_parquet,
}
MEDIA_TYPES: dict[str, str] = {
    "csv": "text/csv; charset=utf-8",
    "acled": "text/csv; charset=utf-8",
    "geojson": "application/geo+json",
    "parquet": "application/vnd.apache.parquet",
}
FORMATS: tuple[str, ...] = tuple(WRITERS)


def write_export(rows: Iterable[dict[str, Any]], fmt: str, out: IO[bytes]) -> int:
    """Write store rows in ``fmt`` to a binary stream; returns the number of incidents."""
    try:
        writer = WRITERS[fmt]
    except KeyError:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}") from None
    # 100k rows allocate millions of short-lived dicts and lists; the cyclic collector would
    # rescan them again and again for no garbage (a fifth of the export time), so pause it.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return writer(rows, out)
    finally:
        if was_enabled:
            gc.enable()


def export(db: str, fmt: str, output: Path, acts: list[str] | None = None,
           date_from: str | None = None, date_to: str | None = None,
           country: str | None = None, admin1: str | None = None) -> int:
    """Write the incidents matching the filters to ``output``; returns how many were written."""
    from otkaz.store import StoreError, open_store
    from otkaz.store.filters import IncidentFilter

    if fmt not in WRITERS:
        raise click.UsageError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    f = IncidentFilter(acts=list(acts or []), country=country, admin1=admin1,
                       date_from=date_from, date_to=date_to)
    errors = filter_errors(f)
    if errors:  # the CLI prints a UsageError as one line, never a traceback
        raise click.UsageError("; ".join(errors))
    try:
        store = open_store(db, create=False)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None
    tmp = output.with_name(output.name + ".partial")
    try:
        with tmp.open("wb") as out:
            n = write_export(store.iter_incidents(f), fmt, out)
        tmp.replace(output)  # a failed export never leaves a truncated file under the real name
        return n
    except OSError as exc:  # missing folder, no permission, disk full: say where, not a traceback
        reason = exc.strerror or " ".join(str(exc).split())
        raise click.ClickException(f"cannot write {str(output)!r}: {reason} "
                                   "(choose another -o path)") from None
    finally:
        tmp.unlink(missing_ok=True)
        close = getattr(store, "close", None)
        if close is not None:
            close()
