"""The page works with no network: nothing it serves points the browser at another host."""

from __future__ import annotations

import json
import re
import warnings
from pathlib import Path
from typing import Any

import pytest

from otkaz.api.testing import build_sample

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

WEB = Path(__file__).resolve().parents[2] / "src" / "otkaz" / "web"
# Any absolute http(s) URL: a scheme and at least one character that can start a host.
EXTERNAL = re.compile(r"https?://[^\s\"'`)\\<>{}|^]")
# XML namespace names: DOM APIs need them verbatim; browsers never fetch them.
NAMESPACES = ("http://www.w3.org/2000/svg", "http://www.w3.org/1999/xhtml",
              "http://www.w3.org/1999/xlink", "http://www.w3.org/1998/Math/MathML",
              "http://www.w3.org/XML/1998/namespace", "http://www.w3.org/2000/xmlns/")


def external_references(text: str) -> list[str]:
    found = []
    for match in EXTERNAL.finditer(text):
        tail = text[match.start():match.start() + 120]
        if not any(tail.startswith(ns) for ns in NAMESPACES):
            found.append(tail.split()[0][:80])
    return found


def test_the_checker_catches_what_it_must() -> None:
    assert external_references('<script src="https://cdn.example.org/x.js">')
    assert external_references("url(http://fonts.example/x.woff)")
    assert external_references("// see https://leafletjs.com")
    assert not external_references('createElementNS("http://www.w3.org/2000/svg", "g")')
    assert not external_references('if (u.startsWith("https://")) {}')


def test_no_static_file_or_template_references_an_external_url() -> None:
    files = [p for p in (WEB / "static").rglob("*") if p.is_file()]
    files += [p for p in (WEB / "templates").rglob("*") if p.is_file()]
    assert len(files) > 10
    offenders = {}
    for path in files:
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue  # images
        found = external_references(text)
        if found:
            offenders[str(path.relative_to(WEB))] = found[:3]
    assert offenders == {}


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Any:
    db = str(tmp_path_factory.mktemp("web") / "otkaz.db")
    build_sample(db)
    from otkaz.api import create_app

    with TestClient(create_app(db)) as c:
        yield c


def test_pages_and_every_asset_they_load_are_local(client: Any) -> None:
    for page in ("/", "/docs"):
        response = client.get(page)
        assert response.status_code == 200
        assert external_references(response.text) == []
        refs = re.findall(r'(?:src|href)="([^"]+)"', response.text)
        assert refs
        for ref in refs:
            assert ref.startswith("/"), ref
            asset = client.get(ref)
            assert asset.status_code == 200, ref
            if ref.startswith("/static/"):
                assert external_references(asset.text) == [], ref


def test_content_security_policy_allows_only_this_origin(client: Any) -> None:
    csp = client.get("/").headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert "http" not in csp


def test_tile_url_comes_from_configuration_and_is_escaped(client: Any,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OTKAZ_TILE_URL", "https://{s}.tiles.example.org/{z}/{x}/{y}.png")
    monkeypatch.setenv("OTKAZ_TILE_ATTRIBUTION", "</script><script>alert(1)</script>")
    response = client.get("/")
    blob = re.search(r'<script id="otkaz-config" type="application/json">(.*?)</script>',
                     response.text, re.S)
    assert blob is not None
    config = json.loads(blob.group(1))
    assert config["tileUrl"] == "https://{s}.tiles.example.org/{z}/{x}/{y}.png"
    assert config["tileAttribution"] == "</script><script>alert(1)</script>"
    assert "<script>alert(1)" not in response.text
    assert "https://*.tiles.example.org" in response.headers["content-security-policy"]


def _inside(point: tuple[float, float], ring: list[list[float]]) -> bool:
    x, y = point
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            inside = not inside
    return inside


def test_country_outlines_code_crimea_as_ukraine_and_cover_the_region() -> None:
    outlines = json.loads((WEB / "static" / "vendor" / "countries.geojson").read_text())
    shapes = {f["id"]: f["geometry"]["coordinates"] for f in outlines["features"]}
    assert {"RU", "UA", "BY", "KZ", "GE", "MD"} <= set(shapes)

    def country_of(point: tuple[float, float]) -> set[str]:
        return {iso for iso, polys in shapes.items() if any(_inside(point, p[0]) for p in polys)}

    assert country_of((34.10, 44.95)) == {"UA"}  # Simferopol
    assert country_of((37.62, 55.75)) == {"RU"}  # Moscow
    assert country_of((30.52, 50.45)) == {"UA"}  # Kyiv
    assert country_of((172.0, 66.0)) == {"RU"}  # inland Chukotka
    assert country_of((185.0, 66.0)) == {"RU"}  # Chukotka past 180°, joined, not a world-wide band


def test_our_scripts_never_parse_strings_as_html() -> None:
    ours = [p for p in (WEB / "static").glob("*.js")]
    assert {p.name for p in ours} >= {"app.js", "incident.js", "timeline.js", "dom.js"}
    for path in ours:
        code = [line for line in path.read_text(encoding="utf-8").splitlines()
                if not line.strip().startswith("//")]
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
            assert not any(sink in line for line in code), f"{path.name} uses {sink}"
