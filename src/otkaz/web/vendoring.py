"""Rebuild ``web/static/vendor`` from npm tarballs so the page never needs the network.

Run once by a maintainer (never at run time)::

    cd /tmp/vend && npm pack leaflet@1.9.4 leaflet.markercluster@1.5.3 \
        swagger-ui-dist@5.35.0 world-atlas@2.0.2
    for f in *.tgz; do mkdir -p "${f%.tgz}"; tar xzf "$f" -C "${f%.tgz}"; done
    python -m otkaz.web.vendoring /tmp/vend

Every copied text file goes through :func:`unlink_urls`: the scheme of each absolute
``http(s)://`` URL is dropped (``https://leafletjs.com`` → ``leafletjs.com``), so a vendored
library can mention a site in a comment or an error message but can never make the browser
fetch from it. XML namespace names are kept: DOM calls such as ``createElementNS`` need them
verbatim and browsers never fetch them. The country outlines are Natural Earth 1:50m admin-0
(via world-atlas), cut to the region the dataset covers and converted from TopoJSON.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path
from typing import Any

STATIC = Path(__file__).parent / "static"
VENDOR = STATIC / "vendor"

# An absolute http(s) URL: scheme, then at least one character that can start a host.
URL_RE = re.compile(r"https?://(?=[^\s\"'`)\\<>{}|^])")
# XML namespace names: identifiers required verbatim by DOM APIs, never fetched.
NAMESPACES: tuple[str, ...] = (
    "http://www.w3.org/2000/svg",
    "http://www.w3.org/1999/xhtml",
    "http://www.w3.org/1999/xlink",
    "http://www.w3.org/1998/Math/MathML",
    "http://www.w3.org/XML/1998/namespace",
    "http://www.w3.org/2000/xmlns/",
)
_SOURCEMAP_RE = re.compile(r"\n?/[/*]# sourceMappingURL=[^\n]*")

# ISO 3166-1 numeric → alpha-2 for the countries drawn on the map.
COUNTRIES: dict[str, str] = {
    "643": "RU", "804": "UA", "112": "BY", "498": "MD", "616": "PL", "642": "RO",
    "440": "LT", "428": "LV", "233": "EE", "246": "FI", "578": "NO", "752": "SE",
    "268": "GE", "051": "AM", "031": "AZ", "398": "KZ", "496": "MN", "703": "SK",
    "348": "HU", "792": "TR", "795": "TM", "860": "UZ", "417": "KG", "762": "TJ",
    "100": "BG", "203": "CZ", "276": "DE", "040": "AT", "688": "RS", "364": "IR",
    "156": "CN", "408": "KP", "392": "JP", "004": "AF",
}


def external_urls(text: str) -> list[str]:
    """Absolute http(s) URLs in ``text`` that a browser could fetch (namespace names excluded)."""
    found = []
    for match in URL_RE.finditer(text):
        tail = text[match.start():match.start() + 200]
        if any(tail.startswith(ns) for ns in NAMESPACES):
            continue
        found.append(re.split(r"[\s\"'`)\\<>]", tail, maxsplit=1)[0])
    return found


def unlink_urls(text: str) -> str:
    """Drop the scheme of every absolute URL except XML namespace names."""

    def replace(match: re.Match[str]) -> str:
        tail = match.string[match.start():match.start() + 60]
        return match.group(0) if any(tail.startswith(ns) for ns in NAMESPACES) else ""

    return _SOURCEMAP_RE.sub("", URL_RE.sub(replace, text))


def _copy(src: Path, dst: Path) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    if src.suffix in {".js", ".css", ".html", ".txt", ".json"} or src.name in {"LICENSE", "NOTICE"}:
        dst.write_text(unlink_urls(src.read_text(encoding="utf-8")), encoding="utf-8")
    else:
        shutil.copyfile(src, dst)


def _decode_arcs(topo: dict[str, Any]) -> list[list[tuple[float, float]]]:
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((round(x * sx + tx, 2), round(y * sy + ty, 2)))
        arcs.append(points)
    return arcs


def _ring(arcs: list[list[tuple[float, float]]], indexes: list[int]) -> list[list[float]]:
    ring: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        ring.extend(arc if not ring else arc[1:])
    return [list(p) for p in ring]


def _polygons(geom: dict[str, Any], arcs: list[list[tuple[float, float]]]) -> list[Any]:
    polygons = geom["arcs"] if geom["type"] == "MultiPolygon" else [geom["arcs"]]
    return [[_ring(arcs, ring) for ring in polygon] for polygon in polygons]


def _unwrap(polygon: list[list[list[float]]]) -> list[list[list[float]]]:
    """Chukotka lies across the antimeridian: carry Russia's western-hemisphere points past 180°E."""
    return [[[x + 360 if x < 0 else x, y] for x, y in ring] for ring in polygon]


def _in_crimea(polygon: list[list[list[float]]]) -> bool:
    xs = [p[0] for p in polygon[0]]
    ys = [p[1] for p in polygon[0]]
    return 32.0 < min(xs) and max(xs) < 37.0 and 44.0 < min(ys) and max(ys) < 46.3


def _crimea(topo: dict[str, Any], arcs: list[list[tuple[float, float]]]) -> list[Any]:
    """Natural Earth draws Crimea inside Russia; the codebook codes occupied territory as UA."""
    for geom in topo["objects"]["countries"]["geometries"]:
        if str(geom.get("id")) == "643":
            return [p for p in _polygons(geom, arcs) if _in_crimea(p)]
    return []


def countries_geojson(topojson_path: Path) -> dict[str, Any]:
    """The region's countries as an RFC 7946 FeatureCollection, properties ``iso`` and ``name``."""
    topo = json.loads(topojson_path.read_text(encoding="utf-8"))
    arcs = _decode_arcs(topo)
    features = []
    crimea = _crimea(topo, arcs)
    for geom in topo["objects"]["countries"]["geometries"]:
        iso = COUNTRIES.get(str(geom.get("id")))
        if iso is None:
            continue
        coords = [p for p in _polygons(geom, arcs) if iso != "RU" or not _in_crimea(p)]
        if iso == "RU":
            coords = [_unwrap(p) for p in coords]
        if iso == "UA":
            coords.extend(crimea)
        features.append({
            "type": "Feature",
            "id": iso,
            "properties": {"iso": iso, "name": geom["properties"]["name"]},
            "geometry": {"type": "MultiPolygon", "coordinates": coords},
        })
    return {"type": "FeatureCollection", "features": features}


def build(npm_dir: Path) -> None:
    """Copy the pinned npm dist files into ``static/vendor`` with URLs unlinked."""
    if VENDOR.exists():
        shutil.rmtree(VENDOR)
    leaflet = npm_dir / "leaflet-1.9.4" / "package"
    for name in ("leaflet.js", "leaflet.css"):
        _copy(leaflet / "dist" / name, VENDOR / "leaflet" / name)
    for img in (leaflet / "dist" / "images").iterdir():
        _copy(img, VENDOR / "leaflet" / "images" / img.name)
    _copy(leaflet / "LICENSE", VENDOR / "leaflet" / "LICENSE")
    cluster = npm_dir / "leaflet.markercluster-1.5.3" / "package"
    for name in ("leaflet.markercluster.js", "MarkerCluster.css", "MarkerCluster.Default.css"):
        _copy(cluster / "dist" / name, VENDOR / "markercluster" / name)
    _copy(cluster / "MIT-LICENCE.txt", VENDOR / "markercluster" / "LICENSE")
    swagger = npm_dir / "swagger-ui-dist-5.35.0" / "package"
    for name in ("swagger-ui-bundle.js", "swagger-ui.css", "swagger-ui-bundle.js.LICENSE.txt",
                 "LICENSE", "NOTICE"):
        _copy(swagger / name, VENDOR / "swagger-ui" / name)
    atlas = npm_dir / "world-atlas-2.0.2" / "package"
    outlines = countries_geojson(atlas / "countries-50m.json")
    (VENDOR / "countries.geojson").write_text(
        json.dumps(outlines, separators=(",", ":")), encoding="utf-8")
    _copy(atlas / "LICENSE", VENDOR / "countries.LICENSE")
    (VENDOR / "README.md").write_text(README, encoding="utf-8")


README = """# Vendored assets (generated by `python -m otkaz.web.vendoring`; do not edit by hand)

| files | from (npm) | licence |
|---|---|---|
| leaflet/ | leaflet 1.9.4 (dist) | BSD-2-Clause, leaflet/LICENSE |
| markercluster/ | leaflet.markercluster 1.5.3 (dist) | MIT, markercluster/LICENSE |
| swagger-ui/ | swagger-ui-dist 5.35.0 | Apache-2.0, swagger-ui/LICENSE, NOTICE |
| countries.geojson | world-atlas 2.0.2 countries-50m (Natural Earth 4.1.0, public domain) | countries.LICENSE |

Changes made while copying: the scheme of every absolute http(s) URL is removed (XML namespace
names excepted) so nothing can be fetched from another host; source-map comments are dropped.
countries.geojson keeps the region's countries only, coordinates rounded to 0.01 degree, Crimea
drawn as part of Ukraine (the codebook's rule for occupied territory) and Chukotka joined across
the antimeridian.
"""


if __name__ == "__main__":
    build(Path(sys.argv[1]))
