"""The map page in a real headless Chromium against a real server on 127.0.0.1."""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from otkaz.api.testing import build_sample, live_server

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1400,900")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not Path(p).exists()]
    if missing:
        message = f"browser tests need Debian's chromium and chromium-driver: missing {missing}"
        if os.environ.get("OTKAZ_REQUIRE_SERVICES") == "1":
            pytest.fail(message)
        pytest.skip(message)
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    with tempfile.TemporaryDirectory(prefix="otkaz-chromium-") as profile:
        options.add_argument(f"--user-data-dir={profile}")
        driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
        driver.set_page_load_timeout(30)
        try:
            yield driver
        finally:
            driver.quit()


def wait_for(check: Callable[[], Any], what: str, timeout: float = 20) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def body_attr(driver: Any, name: str) -> str | None:
    from selenium.webdriver.common.by import By

    value: str | None = driver.find_element(By.TAG_NAME, "body").get_attribute(name)
    return value


def wait_ready(driver: Any) -> None:
    wait_for(lambda: body_attr(driver, "data-ready") == "1", "the page to load its data")


def markers_on_map(driver: Any) -> int:
    """Points the user sees: single markers plus the counts written on cluster bubbles."""
    from selenium.webdriver.common.by import By

    singles = len(driver.find_elements(By.CSS_SELECTOR, "#map path.incident-marker"))
    clustered = sum(int(c.get_attribute("data-count"))
                    for c in driver.find_elements(By.CSS_SELECTOR, "#map .cluster"))
    return singles + clustered


def located(base: str, **params: Any) -> list[str]:
    body = httpx.get(base + "/incidents.geojson", params={"limit": 10000, **params}).json()
    return [f["id"] for f in body["features"] if f["geometry"]]


@pytest.fixture(scope="module")
def demo_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from otkaz.runners import demo

    db = str(tmp_path_factory.mktemp("demo") / "demo.db")
    with open(os.devnull, "w") as sink:
        demo(db, out=sink)
    with live_server(db) as base:
        yield base


def test_demo_map_filter_by_act_and_open_an_incident(browser: Any, demo_server: str,
                                                     tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    all_located = located(demo_server)
    assert all_located, "the demo database has no geocoded incident to show"
    browser.get(demo_server + "/")
    wait_ready(browser)
    assert int(body_attr(browser, "data-points") or 0) == len(all_located)
    wait_for(lambda: markers_on_map(browser) == len(all_located), "every demo incident on the map")
    outlines = browser.find_elements(By.CSS_SELECTOR, "#map path.country-outline")
    assert len(outlines) > 20  # the bundled country outlines are drawn with no tile server
    assert browser.find_elements(By.CSS_SELECTOR, "#map img.leaflet-tile") == []

    first = httpx.get(demo_server + "/incidents", params={"limit": 1}).json()["items"][0]
    act = first["acts"][0]
    expected = located(demo_server, act=act)
    browser.find_element(By.ID, f"act-{act}").click()
    wait_for(lambda: "act=" + act in browser.current_url and body_attr(browser, "data-ready"),
             "the act filter to apply")
    wait_for(lambda: markers_on_map(browser) == len(expected), f"only {act} incidents on the map")
    listed = browser.find_elements(By.CSS_SELECTOR, "#incident-list li[data-id]")
    assert listed and all(act in li.text for li in listed)
    assert f"act={act}" in browser.find_element(By.ID, "dl-geojson").get_attribute("href")

    target = listed[0].get_attribute("data-id")
    listed[0].click()
    panel = browser.find_element(By.ID, "incident")
    wait_for(lambda: panel.get_attribute("data-loaded") == "1", "the incident view")
    assert panel.get_attribute("data-id") == target
    reports = panel.find_elements(By.CSS_SELECTOR, ".report")
    detail = httpx.get(f"{demo_server}/incidents/{target}").json()
    assert len(reports) == len(detail["reports"]) >= 1
    quotes = [s["quote"] for r in detail["reports"] for spans in r["evidence"].values()
              for s in spans if s["quote"]]
    marks = [m.text for m in panel.find_elements(By.CSS_SELECTOR, "mark.evidence")]
    if quotes:
        assert marks, "evidence quotes are not highlighted in the source text"
        assert any(q.strip() in " ".join(marks) or any(m in q for m in marks) for q in quotes)
    browser.save_screenshot(str(tmp_path / "incident.png"))
    assert browser.current_url.endswith(f"#incident={target}")

    shared = browser.current_url  # the link is shareable: it reopens the same incident
    browser.get("about:blank")
    browser.get(shared)
    wait_ready(browser)
    panel = browser.find_element(By.ID, "incident")
    wait_for(lambda: panel.get_attribute("data-id") == target, "the linked incident to reopen")
    assert browser.find_element(By.ID, f"act-{act}").is_selected()


def test_hostile_article_text_is_shown_as_text(browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    db = str(tmp_path / "sample.db")
    sample = build_sample(db)
    with live_server(db) as base:
        browser.get(base + "/")
        wait_ready(browser)
        title = browser.title
        hostile = [cid for cid in sample.ids
                   if httpx.get(f"{base}/incidents/{cid}").json()["reports"][0]["article"]["id"]
                   == sample.hostile_article][0]
        browser.find_element(By.CSS_SELECTOR, f'#incident-list li[data-id="{hostile}"]').click()
        panel = browser.find_element(By.ID, "incident")
        wait_for(lambda: panel.get_attribute("data-loaded") == "1", "the incident view")
        assert browser.title == title != "pwned"
        assert panel.find_elements(By.TAG_NAME, "img") == []
        assert panel.find_elements(By.TAG_NAME, "script") == []
        assert "<script>" in panel.text and "onerror" in panel.text  # visible, as text
        assert panel.find_elements(By.CSS_SELECTOR, "a[href^='javascript']") == []
        assert [m.text for m in panel.find_elements(By.CSS_SELECTOR, "mark.evidence")] == [
            "deserted from a unit"]
        browser.save_screenshot(str(tmp_path / "hostile.png"))


def test_timeline_brush_filters_the_map_and_docs_render_offline(browser: Any,
                                                                tmp_path: Path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    db = str(tmp_path / "sample.db")
    build_sample(db)
    with live_server(db) as base:
        browser.get(base + "/")
        wait_ready(browser)
        svg = browser.find_element(By.ID, "timeline")
        width = svg.size["width"]
        # offsets are from the centre: drag from 80% to 98% of the width, the autumn 2024 weeks
        ActionChains(browser).move_to_element_with_offset(svg, int(width * 0.30), 0) \
            .click_and_hold().move_by_offset(int(width * 0.18), 0).release().perform()
        wait_for(lambda: browser.find_element(By.ID, "f-from").get_attribute("value"),
                 "the brush to set the dates")
        date_from = browser.find_element(By.ID, "f-from").get_attribute("value")
        date_to = browser.find_element(By.ID, "f-to").get_attribute("value")
        assert date_from < date_to
        wait_for(lambda: f"from={date_from}" in browser.current_url
                 and body_attr(browser, "data-ready"), "the map to reload")
        expected = located(base, **{"from": date_from, "to": date_to})
        wait_for(lambda: markers_on_map(browser) == len(expected), "the brushed incidents")
        assert len(expected) < len(located(base))
        browser.save_screenshot(str(tmp_path / "brushed.png"))

        browser.get(base + "/docs")
        wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, ".opblock"),
                 "Swagger UI to render the API from vendored files")
        paths = {e.text for e in browser.find_elements(By.CSS_SELECTOR, ".opblock-summary-path")}
        assert "/incidents" in paths


def test_tile_layer_comes_from_configuration(browser: Any, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from selenium.webdriver.common.by import By

    db = str(tmp_path / "sample.db")
    build_sample(db)
    # a "tile server" on this same origin: any image will do to prove the template is used
    monkeypatch.setenv("OTKAZ_TILE_URL", "/static/vendor/leaflet/images/layers.png?z={z}&x={x}&y={y}")
    with live_server(db) as base:
        browser.get(base + "/")
        wait_ready(browser)
        tiles = wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, "#map img.leaflet-tile"),
                         "tiles from the configured URL")
        assert all("layers.png?z=" in t.get_attribute("src") for t in tiles)
        assert all(t.get_attribute("src").startswith(base) for t in tiles)
