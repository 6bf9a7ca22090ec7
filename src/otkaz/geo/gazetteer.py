"""The loaded gazetteer: built-in index plus the user's own CSV, consulted first."""

from __future__ import annotations

import csv
import math
import threading
from dataclasses import dataclass
from pathlib import Path

import click

from otkaz.geo.build import data_dir, load_or_build
from otkaz.geo.textnorm import adjective_stems, english_name, noun_stem, skeleton

USER_FIELDS = ("name", "admin1", "lat", "lon", "country", "aliases")


class GazetteerError(ValueError, click.ClickException):
    """Bad user input for the gazetteer: the CLI prints it as one line, never a traceback."""

    def __init__(self, message: str) -> None:
        ValueError.__init__(self, message)
        click.ClickException.__init__(self, message)


@dataclass(frozen=True)
class Place:
    """One gazetteer record: a settlement, district (admin2), region (admin1) or country."""

    idx: int
    geonameid: int | None
    name: str
    kind: str
    country: str
    admin1: str | None
    admin2: str | None
    lat: float | None
    lon: float | None
    population: int
    user: bool = False
    name_like: bool = False  # also a first name or surname (Artyom, Nikita)


def user_csv() -> Path:
    """The user gazetteer file in the data dir."""
    return data_dir() / "gazetteer.csv"


class Gazetteer:
    """Name → place lookups over the compact index; cheap to query, built once per process."""

    def __init__(self, index: dict, user_rows: list[dict[str, str]] | None = None) -> None:
        self._places: list[tuple] = list(index["places"])
        self._names: dict[str, tuple[int, ...]] = dict(index["names"])
        self._names_cyr: dict[str, tuple[int, ...]] = dict(index["names_cyr"])
        self.admin_stems: dict[str, tuple[int, ...]] = index["admin_stems"]
        self.admin_names: dict[str, tuple[int, ...]] = index["admin_names"]
        self.city_stems: dict[str, tuple[int, ...]] = index["city_stems"]
        self._user: set[int] = set()
        self._name_like: frozenset[int] = index.get("name_like", frozenset())
        self._by_admin1: dict[str, list[int]] | None = None
        self._place_cache: dict[int, Place] = {}
        self.memo: dict[object, object] = {}  # per-gazetteer lookups worth keeping
        self._admin1: dict[str, int] = {}
        for i, rec in enumerate(self._places):
            if rec[2] == "admin1" and rec[4]:
                self._admin1.setdefault(rec[4], i)
        for row in user_rows or []:
            self._add_user(row)

    def _add_user(self, row: dict[str, str]) -> None:
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
        except (KeyError, ValueError):
            return
        admin1 = (row.get("admin1") or "").strip().upper() or None
        country = (row.get("country") or "").strip().upper() or (admin1[:2] if admin1 else "")
        idx = len(self._places)
        self._places.append((0, english_name(row["name"].strip()), "settlement", country, admin1,
                             None, lat, lon, 0))
        self._user.add(idx)
        spellings = [row["name"]] + [a for a in (row.get("aliases") or "").split("|") if a.strip()]
        for spelling in spellings:
            key = skeleton(spelling.strip())
            for table in (self._names, self._names_cyr):
                table[key] = (idx,) + tuple(i for i in table.get(key, ()) if i != idx)

    def place(self, idx: int) -> Place:
        cached = self._place_cache.get(idx)
        if cached is None:
            cached = self._place_cache[idx] = self._make_place(idx)
        return cached

    def _make_place(self, idx: int) -> Place:
        rec = self._places[idx]
        lat = None if rec[6] is None or math.isnan(rec[6]) else rec[6]
        lon = None if rec[7] is None or math.isnan(rec[7]) else rec[7]
        return Place(idx, rec[0] or None, rec[1], rec[2], rec[3], rec[4], rec[5], lat, lon,
                     rec[8], idx in self._user, idx in self._name_like)

    def by_name(self, key: str, cyrillic: bool = False) -> list[Place]:
        """Places spelt this way in the script of the text's word."""
        table = self._names_cyr if cyrillic else self._names
        return [self.place(i) for i in table.get(key, ())]

    def settlements_in(self, admin1: str) -> list[Place]:
        """All settlements of one region, for close spellings the context vouches for."""
        if self._by_admin1 is None:
            by: dict[str, list[int]] = {}
            for i, rec in enumerate(self._places):
                if rec[2] == "settlement" and rec[4]:
                    by.setdefault(rec[4], []).append(i)
            self._by_admin1 = by
        return [self.place(i) for i in self._by_admin1.get(admin1, [])]

    def by_admin_stem(self, key: str) -> list[Place]:
        return [self.place(i) for i in self.admin_stems.get(key, ())]

    def by_admin_name(self, key: str) -> list[Place]:
        return [self.place(i) for i in self.admin_names.get(key, ())]

    def by_city_stem(self, key: str) -> list[Place]:
        return [self.place(i) for i in self.city_stems.get(key, ())]

    def has_name(self, key: str) -> bool:
        return key in self._names

    def admin1(self, iso: str | None) -> Place | None:
        if not iso or iso not in self._admin1:
            return None
        return self.place(self._admin1[iso])

    def district_centre(self, district: Place) -> Place | None:
        """The settlement a district is named after (Kochenyovsky District → Kochenyovo)."""
        if district.kind != "admin2":
            return None
        words = skeleton(district.name).split(" ")
        words = [w for w in words if w not in ("district", "raion", "raon", "rajon", "municipal")]
        if not words:
            return None
        best: Place | None = None
        for stem in adjective_stems(" ".join(words).split(" ")[-1]):
            head = " ".join(words[:-1] + [stem])
            for p in self.by_city_stem(head):
                if p.kind == "settlement" and p.admin1 == district.admin1 and \
                        (best is None or p.population > best.population):
                    best = p
            if best is not None:
                return best
        prefix = words[0][:5]
        if len(prefix) == 5 and district.admin1:
            for p in self.settlements_in(district.admin1):
                if skeleton(p.name).startswith(prefix) and \
                        (best is None or p.population > best.population):
                    best = p
        return best

    def noun_stem_hits(self, word: str) -> list[Place]:
        return self.by_city_stem(noun_stem(skeleton(word)))


_lock = threading.Lock()
_cached: Gazetteer | None = None
_cached_key: tuple[str, float] | None = None


def read_user_rows(path: Path | None = None) -> list[dict[str, str]]:
    """Rows of the user gazetteer CSV; a malformed row is skipped, never fatal."""
    path = path or user_csv()
    if not path.exists():
        return []
    rows: list[dict[str, str]] = []
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                if row.get("name"):
                    rows.append(row)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        click.echo(f"{path}: user gazetteer unreadable past row {len(rows) + 1}: {exc}",
                   err=True)
    return rows


def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, reloaded when the user CSV changes."""
    global _cached, _cached_key
    path = user_csv()
    key = (str(path), path.stat().st_mtime if path.exists() else 0.0)
    with _lock:
        if _cached is None or _cached_key != key:
            _cached = Gazetteer(load_or_build(), read_user_rows(path))
            _cached_key = key
        return _cached

