"""The evaluation gate: the real pipeline on the dev corpus must not fall below any pinned floor."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from corpusfix import corpus_file, read_jsonl
from otkaz.eval import evaluate, render_report
from otkaz.eval.floors import check_floors, load_floors
from otkaz.models import ACTS, DATE_PRECISIONS, GEO_PRECISIONS, PERSONNEL, VERIFICATIONS, Prediction

FLOORS = Path(__file__).with_name("eval_floors.json")

Pair = tuple[list[dict[str, Any]], list[dict[str, Any]]]


def test_dev_metrics_stay_above_their_floors(dev_predictions: Pair) -> None:
    _, predictions = dev_predictions
    gold = read_jsonl(corpus_file("dev", "gold.jsonl"))
    report = evaluate(gold, predictions)
    floors = load_floors(FLOORS)
    assert floors, f"{FLOORS} pins no metric"
    assert set(floors) == set(report.metrics()), "every section-7 metric must have a floor"
    failures = check_floors(report, floors)
    assert not failures, "metrics below their floors:\n" + "\n".join(failures) + \
        "\n\n" + render_report(report)


def test_one_prediction_per_article_in_input_order(dev_predictions: Pair) -> None:
    articles, predictions = dev_predictions
    assert [p["article_id"] for p in predictions] == [a["id"] for a in articles]


def _check_evidence(item: dict[str, Any], text: str) -> None:
    for name, spans in item.get("evidence", {}).items():
        for span in spans:
            assert 0 <= span["start"] <= span["end"] <= len(text), f"{name} evidence outside the text"
            if span["quote"]:
                assert text[span["start"]:span["end"]] == span["quote"], f"{name} quote is not the text"


def _check_value_sets(prediction: dict[str, Any], text: str) -> None:
    Prediction.model_validate(prediction)
    for item in prediction["incidents"] + prediction["statistics"]:
        _check_evidence(item, text)
    for incident in prediction["incidents"]:
        assert incident["acts"] and set(incident["acts"]) <= set(ACTS)
        assert set(incident["personnel"]) <= set(PERSONNEL)
        assert incident["verification"] in VERIFICATIONS
        assert incident["date_precision"] in (*DATE_PRECISIONS, None)
        assert incident["geo_precision"] in (*GEO_PRECISIONS, None)
    # CODEBOOK section 1: relevant exactly when the article carries an incident or a statistic.
    assert prediction["relevant"] == bool(prediction["incidents"] or prediction["statistics"])


def test_every_prediction_validates_against_the_codebook(dev_predictions: Pair,
                                                         seed_predictions: Pair) -> None:
    for articles, predictions in (dev_predictions, seed_predictions):
        texts = {article["id"]: article["text"] for article in articles}
        for prediction in predictions:
            _check_value_sets(prediction, texts[prediction["article_id"]])


def test_seed_articles_are_all_found_relevant(seed_predictions: Pair) -> None:
    _, predictions = seed_predictions
    gold = read_jsonl(corpus_file("seeds", "gold.jsonl"))
    report = evaluate(gold, predictions)
    assert report.relevance.recall == 1.0, render_report(report, explain=True)
