"""Map page defects found by hand, in real headless Chromium: lone bars, followed links, narrow windows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_web_browser import browser, wait_for, wait_ready  # noqa: F401 - the shared fixture

from otkaz.api.testing import Sample, build_sample, live_server

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def sample_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Sample]]:
    db = str(tmp_path_factory.mktemp("qa-web") / "sample.db")
    sample = build_sample(db)
    with live_server(db) as base:
        yield base, sample


def _js(driver: Any, script: str) -> Any:
    return driver.execute_script(script)


def test_a_single_week_is_a_bar_not_the_whole_timeline(browser: Any,  # noqa: F811
                                                        sample_server: tuple[str, Sample]) -> None:
    base, sample = sample_server
    act = next(a for a, ids in sorted(sample.by_act.items()) if len(ids) == 1)
    browser.set_window_size(1400, 900)
    browser.get(f"{base}/?act={act}")
    wait_ready(browser)
    widths = wait_for(lambda: _js(browser, "return [...document.querySelectorAll('#timeline rect[data-act]')]"
                                           ".map(r => r.getBBox().width)"), "the timeline bar")
    svg_width = _js(browser, "return document.getElementById('timeline').clientWidth")
    assert len(widths) == 1 and widths[0] < svg_width / 10, (widths, svg_width)
    labels = _js(browser, "const w = document.getElementById('timeline').clientWidth; return "
                          "[...document.querySelectorAll('#timeline .axis text')].filter(t => "
                          "t.getBBox().x + t.getBBox().width > w).length")
    assert labels == 0, "an axis label runs off the right edge"


def test_following_an_incident_link_on_an_open_page_opens_it(browser: Any,  # noqa: F811
                                                             sample_server: tuple[str, Sample]) -> None:
    base, sample = sample_server
    browser.set_window_size(1400, 900)
    browser.get(base + "/")
    wait_ready(browser)
    target = sample.ids[-1]
    _js(browser, f"location.hash = 'incident={target}'")
    wait_for(lambda: _js(browser, "const p = document.getElementById('incident'); "
                                  "return !p.hidden && p.getAttribute('data-id')") == target,
             "the linked incident to open")


def test_a_narrow_window_keeps_the_map_usable_with_an_incident_open(
        browser: Any, sample_server: tuple[str, Sample], tmp_path: Path) -> None:  # noqa: F811
    base, sample = sample_server
    browser.set_window_size(800, 900)
    try:
        browser.get("about:blank")  # a real page load, not a same-page hash change
        browser.get(f"{base}/#incident={sample.ids[0]}")
        wait_ready(browser)
        wait_for(lambda: _js(browser, "return !document.getElementById('incident').hidden"), "the panel")
        width = _js(browser, "return document.getElementById('map').clientWidth")
        browser.save_screenshot(str(tmp_path / "narrow.png"))
        assert width > 400, f"the map is squeezed to {width}px"
    finally:
        browser.set_window_size(1400, 900)


def test_an_empty_database_says_how_to_fill_it(browser: Any, tmp_path: Path) -> None:  # noqa: F811
    from otkaz.store import open_store

    db = str(tmp_path / "empty.db")
    open_store(db).close()
    with live_server(db) as base:
        browser.get("about:blank")
        browser.get(base + "/")
        wait_ready(browser)
        text = _js(browser, "return document.getElementById('incident-list').innerText")
        assert "No incidents stored yet" in text and "otkaz ingest" in text
        browser.get(base + "/?act=mutiny")
        wait_ready(browser)
        text = _js(browser, "return document.getElementById('incident-list').innerText")
        assert text.strip() == "No incidents match these filters."
