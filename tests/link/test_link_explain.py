"""The merge log in words: a score beside the threshold it had to reach, and why a 'new' stayed apart."""

from __future__ import annotations

from linkfix import ESCAPE_EN, ESCAPE_RU, article, incident

from otkaz.link import Linker
from otkaz.link.explain import describe, explain_log
from otkaz.link.features import report_keys
from otkaz.link.score import LINK_THRESHOLD


def test_a_link_shows_its_score_against_the_threshold_and_what_added_up() -> None:
    said = describe("link", 8.41, {"admin1_same": 1.0, "place_same": 1.0, "text_sim": 0.64,
                                   "acts_jaccard": 0.5, "matched_report": "r1"})
    assert said["score_text"] == f"8.41 (links at ≥ {LINK_THRESHOLD:g})"
    assert said["reason"].startswith("with r1: ")
    assert "same region +1.5" in said["reason"] and "text +1.2" in said["reason"]
    assert describe("link", 5.0, {"threshold": 4.0})["score_text"] == "5.00 (links at ≥ 4)"


def test_a_new_incident_names_the_nearest_report_and_why_it_did_not_link() -> None:
    early = article("nvs-1", ESCAPE_EN, lang="en", outlet="Example Wire", published="2024-01-05")
    late = article("nvs-2", ESCAPE_RU, lang="ru", outlet="Пример Новости", published="2024-01-22")
    linker = Linker()
    first = linker.add(report_keys("nvs-1#0", early, incident(date_start="2024-01-03", place="Kochenyovo")))
    second = linker.add(report_keys("nvs-2#0", late, incident(date_start="2024-01-20", place="Kochenyovo")))
    assert (first.action, second.action) == ("new", "new")
    logged = second.log_features()
    assert logged["nearest_report"] == "nvs-1#0" and logged["threshold"] == LINK_THRESHOLD
    said = describe(second.action, second.score, logged)
    assert said["score_text"].startswith("nearest ") and f"≥ {LINK_THRESHOLD:g}" in said["score_text"]
    assert said["reason"] == "nearest was nvs-1#0, not linked: dates that cannot overlap"
    assert describe(first.action, first.score, first.log_features())["score_text"] == "—"
    below = describe("new", 0.0, {"nearest_report": "r9", "nearest_score": 2.1,
                                  "nearest_veto": "below_threshold"})
    assert below["score_text"] == f"nearest 2.10 (links at ≥ {LINK_THRESHOLD:g})"
    assert "below the threshold" in below["reason"]


def test_explained_rows_keep_every_stored_field() -> None:
    row = {"id": 7, "report_id": "r2", "canonical_id": "inc_x", "action": "link", "score": 0.87,
           "features": {"same_place": True}, "created_at": "2025-01-01T00:00:00Z"}
    out = explain_log([row])[0]
    assert {k: out[k] for k in row} == row
    assert {"threshold", "score_text", "reason"} <= set(out)
