"""The incident view's merge log, in real headless Chromium: scores beside their threshold, in words."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from test_web_browser import browser, wait_for, wait_ready  # noqa: F401 - the shared fixture

from otkaz.api.testing import Sample, build_sample, live_server
from otkaz.link.score import LINK_THRESHOLD

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def merge_log_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Sample]]:
    db = str(tmp_path_factory.mktemp("merge-log") / "sample.db")
    sample = build_sample(db)
    with live_server(db) as base:
        yield base, sample


def test_merge_log_shows_score_with_threshold_and_reason(
        browser: Any, merge_log_server: tuple[str, Sample]) -> None:  # noqa: F811
    from selenium.webdriver.common.by import By

    base, sample = merge_log_server
    browser.get(f"{base}/#incident={sample.two_report_id}")
    wait_ready(browser)
    panel = browser.find_element(By.ID, "incident")
    wait_for(lambda: panel.get_attribute("data-loaded") == "1", "the incident view")
    lines = [li.text for li in panel.find_elements(By.CSS_SELECTOR, "ul.merge-log li")]
    assert len(lines) == 2, lines
    new, link = lines
    assert f"link — score 0.91 (links at ≥ {LINK_THRESHOLD:g})" in link
    assert "new" in new and "score" not in new and "no earlier report" in new
