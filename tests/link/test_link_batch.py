"""Batch linking as `otkaz extract` uses it: which reports become one incident, and which never do."""

from __future__ import annotations

from linkfix import (
    ESCAPE_EN,
    FLOOD_STORY,
    REFUSAL_2022,
    article,
    escape_pair,
    incident,
)

from otkaz.link import link_predictions
from otkaz.models import Prediction


def _clusters(predictions: list[Prediction]) -> list[str | None]:
    return [inc.cluster for p in predictions for inc in p.incidents]


def test_same_event_in_english_and_russian_is_one_incident() -> None:
    articles, predictions = escape_pair()
    decisions = link_predictions(articles, predictions)
    en, ru = _clusters(predictions)
    assert en is not None and en == ru
    assert [d.action for d in decisions] == ["new", "link"]
    why = decisions[1].features
    assert why["admin1_same"] == 1.0 and why["place_same"] == 1.0 and why["text_sim"] > 0.45
    assert decisions[1].matched_report == "esc-en#0"


def test_same_place_and_size_two_years_apart_are_not_merged() -> None:
    articles, predictions = escape_pair()
    old = article("ref-2022", REFUSAL_2022, lang="en", outlet="Other Outlet", published="2022-11-16")
    articles.append(old)
    twelve = {"best": 12, "low": 12, "high": 12}
    predictions.append(Prediction(article_id="ref-2022", relevant=True, incidents=[
        incident(acts=["refusal", "desertion"], date_start="2022-11-08", date_end="2022-11-08",
                 date_precision="day", participants=twelve, personnel=["mobilized"]),
    ]))
    dated_2024 = incident(acts=["desertion"], date_start="2024-11-12", date_end="2024-11-12",
                          date_precision="day", participants=twelve, place="Kochenyovo")
    articles.append(article("esc-dated", ESCAPE_EN, lang="en", outlet="Third", published="2024-11-13"))
    predictions.append(Prediction(article_id="esc-dated", relevant=True, incidents=[dated_2024]))
    link_predictions(articles, predictions)
    en, ru, refusal, dated = _clusters(predictions)
    assert refusal not in (en, ru, dated)
    assert dated == en == ru


def test_undated_weak_match_is_not_linked() -> None:
    articles, predictions = escape_pair()
    other = article("roads", FLOOD_STORY, lang="en", outlet="Roads Daily", published=None)
    articles.append(other)
    predictions.append(Prediction(article_id="roads", relevant=True, incidents=[
        incident(participants={"best": 1, "low": 1, "high": 1}),
    ]))
    decisions = link_predictions(articles, predictions)
    assert decisions[2].action == "new"
    assert decisions[2].nearest_veto in ("undated_weak_text", "undated_conflict", "no_anchor")
    assert decisions[2].log_features()["nearest_report"] in ("esc-en#0", "esc-ru#0")
    assert _clusters(predictions)[2] not in _clusters(predictions)[:2]


def test_two_incidents_of_one_article_are_never_merged() -> None:
    articles, predictions = escape_pair()
    predictions[0].incidents.append(predictions[0].incidents[0].model_copy())
    link_predictions(articles, predictions)
    first, second, _ = _clusters(predictions)
    assert first != second


def test_ids_are_stable_across_reruns_and_appended_articles() -> None:
    articles, predictions = escape_pair()
    link_predictions(articles, predictions)
    before = _clusters(predictions)
    again_articles, again = escape_pair()
    link_predictions(again_articles, again)
    assert _clusters(again) == before
    assert all(c is not None and c.startswith("inc_") for c in before)
    more_articles, more = escape_pair()
    more_articles.append(article("roads", FLOOD_STORY, lang="en", outlet="Roads", published=None))
    more.append(Prediction(article_id="roads", relevant=True, incidents=[incident(acts=["refusal"])]))
    link_predictions(more_articles, more)
    assert _clusters(more)[:2] == before


def test_empty_input_links_nothing() -> None:
    assert link_predictions([], []) == []


def test_undated_report_without_publication_date_keeps_apart_from_an_old_look_alike() -> None:
    twelve = {"best": 12, "low": 12, "high": 12}
    undated = article("esc-nodate", ESCAPE_EN, lang="en", outlet="Wire", published=None)
    old = article("ref-2022", REFUSAL_2022, lang="en", outlet="Other", published="2022-11-16")
    predictions = [
        Prediction(article_id="esc-nodate", relevant=True, incidents=[
            incident(acts=["mutiny", "desertion"], participants=twelve, personnel=["contract"])]),
        Prediction(article_id="ref-2022", relevant=True, incidents=[
            incident(acts=["refusal", "desertion"], date_start="2022-11-08", date_end="2022-11-08",
                     date_precision="day", participants=twelve, personnel=["mobilized"])]),
    ]
    decisions = link_predictions([undated, old], predictions)
    assert [d.action for d in decisions] == ["new", "new"]
