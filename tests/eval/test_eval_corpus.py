"""The scorer on the real gold files: gold against itself is perfect, and known damage costs what it should."""

from __future__ import annotations

import copy
from datetime import date, timedelta
from typing import Any

import pytest

from corpusfix import corpus_file, read_jsonl
from otkaz.eval import evaluate


@pytest.fixture(scope="module")
def gold() -> list[dict[str, Any]]:
    return read_jsonl(corpus_file("dev", "gold.jsonl")) + read_jsonl(corpus_file("seeds", "gold.jsonl"))


def test_gold_against_itself_is_perfect(gold: list[dict[str, Any]]) -> None:
    report = evaluate(gold, gold)
    assert report.metrics() == dict.fromkeys(report.metrics(), 1.0)
    assert report.incidents.tp == sum(len(g["incidents"]) for g in gold)


def _shift(day: str | None, days: int) -> str | None:
    return None if day is None else (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def test_dates_two_days_off_still_match_but_start_day_is_wrong(gold: list[dict[str, Any]]) -> None:
    pred = copy.deepcopy(gold)
    for row in pred:
        for incident in row["incidents"]:
            incident["date_start"] = _shift(incident["date_start"], 2)
            incident["date_end"] = _shift(incident["date_end"], 2)
    report = evaluate(gold, pred)
    assert report.incidents.f1 == 1.0
    assert report.fields["date_start"].n > 0
    assert report.fields["date_start"].correct == 0


def test_dropping_every_cluster_leaves_only_singletons(gold: list[dict[str, Any]]) -> None:
    pred = copy.deepcopy(gold)
    for row in pred:
        for incident in row["incidents"]:
            incident["cluster"] = None
    report = evaluate(gold, pred)
    assert report.linking_pairwise.n_pred == 0
    assert report.linking_pairwise.recall == 0.0
    assert report.linking_bcubed.precision == 1.0
    assert report.linking_bcubed.recall < 1.0


def test_predicting_nothing_scores_zero_recall(gold: list[dict[str, Any]]) -> None:
    report = evaluate(gold, [])
    assert report.relevance.recall == report.incidents.recall == report.statistics.recall == 0.0
    assert sum("no prediction" in a.lines[0] for a in report.articles) == len(gold)
