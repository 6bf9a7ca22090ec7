"""Linking scores: pairwise and B-cubed precision/recall of predicted against gold clusters."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations


@dataclass(frozen=True)
class PRF:
    """Precision, recall, F1 and the counts behind them, so a reader can check the arithmetic."""

    precision: float
    recall: float
    f1: float
    tp: float = 0
    n_pred: float = 0
    n_gold: float = 0


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def prf(tp: float, n_pred: float, n_gold: float) -> PRF:
    """P/R/F1; with nothing predicted and nothing to find the score is perfect, else an empty side scores 0."""
    if n_pred == 0 and n_gold == 0:
        return PRF(1.0, 1.0, 1.0, tp, n_pred, n_gold)
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    return PRF(precision, recall, f1(precision, recall), tp, n_pred, n_gold)


def _same_cluster_pairs(labels: Sequence[str]) -> set[tuple[int, int]]:
    return {(i, j) for i, j in combinations(range(len(labels)), 2) if labels[i] == labels[j]}


def pairwise(gold: Sequence[str], pred: Sequence[str]) -> PRF:
    """Pairs of items placed together: how many of the system's pairs are gold pairs, and vice versa."""
    gold_pairs, pred_pairs = _same_cluster_pairs(gold), _same_cluster_pairs(pred)
    return prf(len(gold_pairs & pred_pairs), len(pred_pairs), len(gold_pairs))


def bcubed(gold: Sequence[str], pred: Sequence[str]) -> PRF:
    """Per-item overlap of its predicted and gold clusters, averaged over items (Bagga & Baldwin)."""
    n = len(gold)
    if n == 0:
        return prf(0, 0, 0)
    both = Counter(zip(gold, pred, strict=True))
    gold_size, pred_size = Counter(gold), Counter(pred)
    precision = sum(both[(g, p)] / pred_size[p] for g, p in zip(gold, pred, strict=True)) / n
    recall = sum(both[(g, p)] / gold_size[g] for g, p in zip(gold, pred, strict=True)) / n
    return PRF(precision, recall, f1(precision, recall), 0, n, n)
