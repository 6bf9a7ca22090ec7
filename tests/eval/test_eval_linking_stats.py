"""Linking (pairwise, B-cubed), statistics and relevance scores on small hand-computed examples."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from otkaz.eval import evaluate
from otkaz.eval.assign import max_weight_matching
from otkaz.eval.clusters import bcubed, pairwise


def linked(article: str, cluster: str | None) -> dict[str, Any]:
    return {"article_id": article, "relevant": True,
            "incidents": [{"acts": ["desertion"], "cluster": cluster}]}


def test_pairwise_and_bcubed_on_a_hand_computed_example() -> None:
    # Gold clusters {0,1,2} {3,4}; predicted {0,1} {2,3,4}.
    gold = ["a", "a", "a", "b", "b"]
    pred = ["x", "x", "y", "y", "y"]
    # Pairs: gold 01 02 12 34, predicted 01 23 24 34, shared 01 34.
    pw = pairwise(gold, pred)
    assert (pw.tp, pw.n_pred, pw.n_gold) == (2, 4, 4)
    assert pw.precision == pw.recall == 0.5
    # B-cubed precision per item 1, 1, 1/3, 2/3, 2/3; recall 2/3, 2/3, 1/3, 1, 1.
    b3 = bcubed(gold, pred)
    assert b3.precision == pytest.approx((1 + 1 + 1 / 3 + 2 / 3 + 2 / 3) / 5)
    assert b3.recall == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5)


def test_bcubed_differs_from_pairwise_when_one_big_cluster_is_split() -> None:
    gold = ["a"] * 4
    pred = ["x", "x", "y", "y"]
    pw, b3 = pairwise(gold, pred), bcubed(gold, pred)
    assert pw.precision == 1.0 and pw.recall == pytest.approx(2 / 6)
    assert b3.precision == 1.0 and b3.recall == pytest.approx(0.5)


def test_linking_over_matched_incidents_with_singletons() -> None:
    gold = [linked("a", "k1"), linked("b", "k1"), linked("c", None), linked("d", None),
            {"article_id": "e", "relevant": True, "incidents": [{"acts": ["mutiny"], "cluster": "k1"}]}]
    # c and d have no gold label: two singletons, so putting them together is a wrong link.
    # e's prediction does not match (acts differ) and so never enters linking.
    pred = [linked("a", "c1"), linked("b", "c1"), linked("c", "c2"), linked("d", "c2"),
            linked("e", "c1")]
    report = evaluate(gold, pred)
    pw = report.linking_pairwise
    assert (pw.tp, pw.n_pred, pw.n_gold) == (1, 2, 1)
    assert report.linking_bcubed.n_gold == 4
    assert report.linking_bcubed.precision == pytest.approx(0.75)
    assert report.linking_bcubed.recall == 1.0


def test_null_predicted_clusters_are_singletons() -> None:
    gold = [linked("a", "k1"), linked("b", "k1")]
    pred = [linked("a", None), linked("b", None)]
    report = evaluate(gold, pred)
    assert report.linking_pairwise.recall == 0.0
    assert report.linking_bcubed.precision == 1.0
    assert report.linking_bcubed.recall == 0.5


def stats_article(*stats: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"article_id": "s", "relevant": True, "incidents": [], "statistics": list(stats)}]


def stat(measure: str, best: float | None, low: float | None = None) -> dict[str, Any]:
    return {"measure": measure, "value": {"best": best, "low": low, "high": None}}


def test_statistics_match_by_measure_and_five_percent() -> None:
    gold = stats_article(stat("cases_opened", 1000))
    assert evaluate(gold, stats_article(stat("cases_opened", 1050))).statistics.tp == 1
    assert evaluate(gold, stats_article(stat("cases_opened", 950))).statistics.tp == 1
    assert evaluate(gold, stats_article(stat("cases_opened", 1051))).statistics.tp == 0
    assert evaluate(gold, stats_article(stat("convictions", 1000))).statistics.tp == 0


def test_statistics_gold_without_best_uses_low() -> None:
    gold = stats_article(stat("convictions", None, low=18000))
    assert evaluate(gold, stats_article(stat("convictions", 18500))).statistics.tp == 1


def test_statistics_are_matched_one_to_one() -> None:
    gold = stats_article(stat("cases_opened", 100), stat("cases_opened", 104))
    report = evaluate(gold, stats_article(stat("cases_opened", 102), stat("cases_opened", 98)))
    assert report.statistics.tp == 2
    report = evaluate(gold, stats_article(stat("cases_opened", 102), stat("cases_opened", 102)))
    assert report.statistics.tp == 2
    report = evaluate(gold, stats_article(stat("cases_opened", 102)))
    assert (report.statistics.tp, report.statistics.recall) == (1, 0.5)


def test_unscored_measures_are_neither_rewarded_nor_punished() -> None:
    gold = stats_article(stat("cases_opened", 10), stat("fines", 3))
    pred = stats_article(stat("cases_opened", 10), stat("suspended_sentences", 7))
    report = evaluate(gold, pred)
    assert (report.statistics.tp, report.statistics.n_pred, report.statistics.n_gold) == (1, 1, 1)
    pct = evaluate(stats_article(stat("convictions_pct", 40.0)),
                   stats_article(stat("convictions_pct", 41.0)))
    assert pct.statistics.tp == 1


def test_relevance_scores_and_missing_predictions_count_as_not_relevant() -> None:
    gold = [{"article_id": i, "relevant": r} for i, r in
            [("1", True), ("2", True), ("3", False), ("4", True)]]
    pred = [{"article_id": "1", "relevant": True}, {"article_id": "2", "relevant": False},
            {"article_id": "3", "relevant": True}, {"article_id": "zzz", "relevant": True}]
    report = evaluate(gold, pred)
    rel = report.relevance
    assert (rel.tp, rel.n_pred, rel.n_gold) == (1, 2, 3)
    assert rel.precision == 0.5 and rel.recall == pytest.approx(1 / 3)
    explained = {a.article_id: a.lines for a in report.articles}
    assert any("no prediction" in line for line in explained["4"])
    assert any("not in gold" in note for note in report.notes)


def brute_force(weights: list[list[int | None]]) -> tuple[int, int]:
    """Best (pairs, agreement) by trying every assignment: the reference for the real solver."""
    best = (0, 0)

    def walk(row: int, used: frozenset[int], pairs: int, total: int) -> None:
        nonlocal best
        if row == len(weights):
            best = max(best, (pairs, total))
            return
        walk(row + 1, used, pairs, total)
        for col, w in enumerate(weights[row]):
            if w is not None and col not in used:
                walk(row + 1, used | {col}, pairs + 1, total + w)

    walk(0, frozenset(), 0, 0)
    return best


cell = st.one_of(st.none(), st.integers(min_value=0, max_value=8))


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 5).flatmap(lambda cols: st.lists(st.lists(cell, min_size=cols, max_size=cols),
                                                       min_size=1, max_size=5)))
def test_matching_is_optimal_against_brute_force(weights: list[list[int | None]]) -> None:
    pairs = max_weight_matching(weights)
    assert len({i for i, _ in pairs}) == len({j for _, j in pairs}) == len(pairs)
    assert all(weights[i][j] is not None for i, j in pairs)
    total = sum(weights[i][j] or 0 for i, j in pairs)
    assert (len(pairs), total) == brute_force(weights)


def test_explain_names_split_and_merged_clusters() -> None:
    gold = [linked("a", "k1"), linked("b", "k1"), linked("c", None), linked("d", None)]
    pred = [linked("a", "c1"), linked("b", "c9"), linked("c", "c2"), linked("d", "c2")]
    notes = evaluate(gold, pred).linking_notes
    assert "split: gold cluster k1 is 2 predicted clusters: a; b" in notes
    assert "merged: predicted cluster c2 joins 2 gold clusters: (unlabelled): c; (unlabelled): d" in notes
    assert len(notes) == 2
