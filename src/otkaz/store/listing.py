"""`otkaz incidents` and `otkaz incident`: what is stored, as a table, CSV or JSON."""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import click
from rich import box
from rich.console import Console
from rich.table import Table

from otkaz.store.db import StoreError
from otkaz.store.filters import IncidentFilter
from otkaz.store.store import Store, open_store

CSV_COLUMNS = (
    "id", "date_start", "date_end", "date_precision", "acts", "country", "admin1", "place", "lat",
    "lon", "geo_precision", "force", "personnel", "unit", "perpetrator", "participants_best",
    "participants_low", "participants_high", "detained", "at_large", "killed", "injured", "armed",
    "verification", "independent_sources", "n_reports", "summary",
)


@contextmanager
def _opened(db: str) -> Iterator[Store]:
    """The store, or a one-line CLI error (exit 1) saying what to do."""
    try:
        store = open_store(db, create=False)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None
    with store:
        yield store


def _render(table: Table, width: int | None = None) -> str:
    """Plain text at the terminal's width (160 columns when piped)."""
    width = width or shutil.get_terminal_size((160, 24)).columns
    console = Console(file=io.StringIO(), width=width, no_color=True, force_terminal=False)
    console.print(table)
    text: str = console.file.getvalue()  # type: ignore[attr-defined]
    return "\n".join(line.rstrip() for line in text.splitlines()) + "\n"


def _where(row: dict[str, Any]) -> str:
    return ", ".join(str(v) for v in (row.get("place"), row.get("admin1") or row.get("country")) if v)


def _people(row: dict[str, Any]) -> str:
    best, low, high = row["participants_best"], row["participants_low"], row["participants_high"]
    if best is not None:
        return str(best)
    if low is not None or high is not None:
        return f"{low if low is not None else '?'}–{high if high is not None else '?'}"
    return ""


def _dates(row: dict[str, Any]) -> str:
    start, end = row.get("date_start"), row.get("date_end")
    if not start:
        return "undated"
    return start if not end or end == start else f"{start}…{end}"


def incidents(db: str, acts: list[str] | None = None, date_from: str | None = None,
              date_to: str | None = None, country: str | None = None, admin1: str | None = None,
              fmt: str = "table", limit: int = 200) -> str:
    """Stored incidents, newest first, as a table, CSV or JSON."""
    f = IncidentFilter(acts=list(acts or []), country=country, admin1=admin1,
                       date_from=date_from, date_to=date_to)
    from otkaz.export.filtering import filter_errors

    errors = filter_errors(f)
    if errors:  # a typo must not look like "no incidents"
        raise click.UsageError("; ".join(errors))
    with _opened(db) as store:
        rows, _ = store.query_incidents(f, limit=limit)
        total = store.count_incidents(f)
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        return _csv(rows)
    if not rows and any((acts, date_from, date_to, country, admin1)):
        return "no incidents match these filters\n"
    if not rows:
        return "no incidents stored yet (ingest articles with `otkaz ingest PATH` or run `otkaz demo`)\n"
    # ids are copied into `otkaz incident ID`: never folded; a narrow terminal drops the summary
    wide = shutil.get_terminal_size((160, 24)).columns >= 120
    table = Table(box=box.SIMPLE_HEAD, show_lines=False, pad_edge=False,
                  padding=(0, 1) if wide else (0, 0))
    min_widths = {"acts": 11, "where": 10, "verification": 10}  # "prosecution", "unverified"
    for name in ("id", "date", "acts", "where", "people", "sources", "verification", "summary"):
        if name == "summary" and not wide:
            continue
        header = name if wide or name != "sources" else "src"
        table.add_column(header, overflow="fold", max_width=60 if name == "summary" else None,
                         no_wrap=name in ("id", "date"), min_width=min_widths.get(name))
    for r in rows:
        cells = [r["id"], _dates(r), ", ".join(r["acts"]), _where(r), _people(r),
                 str(r["independent_sources"]), r["verification"] or "", r["summary"] or ""]
        table.add_row(*(cells if wide else cells[:-1]))
    shown = f"{len(rows)} of {total} incidents" + (" (raise --limit for more)" if total > len(rows) else "")
    shown += "" if wide else "; summaries need a terminal 120 columns wide"
    return _render(table) + shown + "\n"


def _csv(rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for r in rows:
        writer.writerow(["|".join(r[c]) if isinstance(r[c], list) else ("" if r[c] is None else r[c])
                         for c in CSV_COLUMNS])
    return out.getvalue()


def incident(db: str, incident_id: str, as_json: bool = False) -> str:
    """One canonical incident: chosen values, what each report said, and why reports were linked."""
    with _opened(db) as store:
        found = store.get_incident(incident_id)
    if found is None:
        raise click.ClickException(
            f"no incident {incident_id!r} (list ids with `otkaz incidents`)")
    if as_json:
        from otkaz.link.explain import explain_log

        found["merge_log"] = explain_log(found["merge_log"])  # adds fields, renames none
        return json.dumps(found, ensure_ascii=False, indent=2) + "\n"
    parts = [_header(found), _values_table(found), _evidence_table(found), _reports_table(found),
             _log_table(found)]
    return "".join(p for p in parts if p)


def _header(found: dict[str, Any]) -> str:
    lines = [f"incident {found['id']}"]
    if found.get("redirected_from"):
        lines[0] += f" (was {found['redirected_from']})"
    lines += [
        f"  {found['summary'] or ''}",
        f"  acts: {', '.join(found['acts'])}   dates: {_dates(found)}   where: {_where(found) or '?'}",
        f"  people: {_people(found) or '?'}   verification: {_verification(found)}   "
        f"independent sources: {found['independent_sources']}   reports: {found['n_reports']}",
    ]
    return "\n".join(lines) + "\n\n"


def _verification(found: dict[str, Any]) -> str:
    """The codebook value, plus the state derived across reports when it says more (corroborated)."""
    state = ((found.get("data") or {}).get("rules") or {}).get("verification_state")
    coded = found["verification"] or ""
    return f"{coded} ({state} across reports)" if state and state != coded else coded


def _values_table(found: dict[str, Any]) -> str:
    values: dict[str, list[dict[str, Any]]] = found["data"].get("values") or {}
    rules: dict[str, str] = found["data"].get("rules") or {}
    if not values:
        return ""
    table = Table(title="what each report said", box=box.SIMPLE_HEAD, title_justify="left")
    for name in ("field", "value", "outlet", "report", "chosen by"):
        table.add_column(name, overflow="fold")
    for name, said in sorted(values.items()):
        if all(v.get("value") in (None, [], "") for v in said):
            continue  # no report says anything about this field
        for n, v in enumerate(said):
            table.add_row(name if n == 0 else "", _short(v.get("value")), v.get("outlet") or "",
                          v.get("report_id", ""), rules.get(name, "") if n == 0 else "")
    return _render(table)


def _evidence_table(found: dict[str, Any]) -> str:
    """The words in each article that support each field: what a reader checks first."""
    table = Table(title="evidence", box=box.SIMPLE_HEAD, title_justify="left")
    for name in ("field", "quote", "report"):
        table.add_column(name, overflow="fold")
    shown = 0
    for r in found["reports"]:
        evidence: dict[str, list[dict[str, Any]]] = r["incident"].get("evidence") or {}
        for name, spans in sorted(evidence.items()):
            quotes = [str(sp["quote"]) for sp in spans if sp.get("quote")]
            if quotes:
                table.add_row(name, _short(" … ".join(quotes), 120), r["id"])
                shown += 1
    return _render(table) if shown else ""


def _reports_table(found: dict[str, Any]) -> str:
    table = Table(title="reports", box=box.SIMPLE_HEAD, title_justify="left")
    for name in ("report", "outlet", "published", "title", "url"):
        table.add_column(name, overflow="fold")
    for r in found["reports"]:
        a = r["article"]
        table.add_row(r["id"], a.get("outlet") or "", a.get("published_at") or "",
                      a.get("title") or "", a.get("url") or "")
    return _render(table) if found["reports"] else ""


def _log_table(found: dict[str, Any]) -> str:
    if not found["merge_log"]:
        return ""
    from otkaz.link.explain import explain_log

    table = Table(title="link reasons", box=box.SIMPLE_HEAD, title_justify="left")
    for name in ("report", "action", "into", "score", "why", "features"):
        table.add_column(name, overflow="fold")
    for m in explain_log(found["merge_log"]):
        table.add_row(m["report_id"], m["action"], m["canonical_id"], m["score_text"], m["reason"],
                      _short(m["features"], 60))
    return _render(table)


def _short(value: Any, limit: int = 80) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"
