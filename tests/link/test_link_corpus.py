"""The linker alone on the annotated corpus: gold incidents in, clusters out, scored against gold labels."""

from __future__ import annotations

from typing import Any

import pytest

from corpusfix import corpus_file, read_jsonl
from otkaz.eval.clusters import bcubed, pairwise
from otkaz.link import canonicalize, link_predictions
from otkaz.models import Article, Prediction

pytestmark = pytest.mark.corpus


def _gold_as_predictions(corpus_set: str) -> tuple[list[Article], list[Prediction], list[str]]:
    articles = [Article(**row) for row in read_jsonl(corpus_file(corpus_set, "articles.jsonl"))]
    predictions, labels = [], []
    for row in read_jsonl(corpus_file(corpus_set, "gold.jsonl")):
        data: dict[str, Any] = dict(row, statistics=[])
        prediction = Prediction(**data)
        for n, incident in enumerate(prediction.incidents):
            labels.append(incident.cluster or f"alone:{prediction.article_id}#{n}")
            incident.cluster = None
        predictions.append(prediction)
    return articles, predictions, labels


@pytest.fixture(scope="module")
def linked_dev() -> tuple[list[Article], list[Prediction], list[str], list[str]]:
    articles, predictions, gold = _gold_as_predictions("dev")
    decisions = link_predictions(articles, predictions)
    return articles, predictions, gold, [d.canonical_id for d in decisions]


def test_dev_linking_meets_its_targets(linked_dev: tuple[Any, Any, list[str], list[str]]) -> None:
    _, _, gold, pred = linked_dev
    assert pairwise(gold, pred).precision >= 0.95
    assert bcubed(gold, pred).f1 >= 0.90


def test_kochenevo_is_one_incident_with_both_counts_kept(
        linked_dev: tuple[list[Article], list[Prediction], list[str], list[str]]) -> None:
    articles, predictions, gold, pred = linked_dev
    ids = {p for g, p in zip(gold, pred, strict=True) if g == "kochenevo-2024-11"}
    assert len(ids) == 1
    by_id = {a.id: a for a in articles}
    reports = [(f"{p.article_id}#{n}", by_id[p.article_id], inc)
               for p in predictions for n, inc in enumerate(p.incidents) if inc.cluster in ids]
    assert len(reports) == 9
    languages = {by_id[p.article_id].language for p in predictions
                 for inc in p.incidents if inc.cluster in ids}
    assert languages == {"en", "ru"}
    canonical = canonicalize(ids.pop(), reports)
    count = canonical.incident.participants
    assert (count.best, count.low, count.high) == (10, 10, 12)
    assert 2 <= canonical.independent_sources < len(reports)


def test_no_seed_incidents_are_merged() -> None:
    articles, predictions, _ = _gold_as_predictions("seeds")
    decisions = link_predictions(articles, predictions)
    assert len({d.canonical_id for d in decisions}) == len(decisions)
