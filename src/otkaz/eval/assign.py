"""Exact one-to-one matching: most pairs first, then most agreement (no scipy needed)."""

from __future__ import annotations

from collections.abc import Sequence

Pair = tuple[int, int]


def _hungarian_min(cost: Sequence[Sequence[float]]) -> list[int]:
    """Rows (n <= m) to columns minimising total cost; returns the column of each row."""
    n, m = len(cost), len(cost[0])
    inf = float("inf")
    u, v = [0.0] * (n + 1), [0.0] * (m + 1)
    owner, way = [0] * (m + 1), [0] * (m + 1)
    for row in range(1, n + 1):
        owner[0] = row
        col0 = 0
        minv, used = [inf] * (m + 1), [False] * (m + 1)
        while True:
            used[col0] = True
            r0, delta, col1 = owner[col0], inf, 0
            for col in range(1, m + 1):
                if used[col]:
                    continue
                reduced = cost[r0 - 1][col - 1] - u[r0] - v[col]
                if reduced < minv[col]:
                    minv[col], way[col] = reduced, col0
                if minv[col] < delta:
                    delta, col1 = minv[col], col
            for col in range(m + 1):
                if used[col]:
                    u[owner[col]] += delta
                    v[col] -= delta
                else:
                    minv[col] -= delta
            col0 = col1
            if owner[col0] == 0:
                break
        while col0:
            col1 = way[col0]
            owner[col0] = owner[col1]
            col0 = col1
    assigned = [0] * n
    for col in range(1, m + 1):
        if owner[col]:
            assigned[owner[col] - 1] = col - 1
    return assigned


def max_weight_matching(weights: Sequence[Sequence[int | None]]) -> list[Pair]:
    """Pairs (row, col) maximising the number of allowed pairs, then their summed weight.

    ``weights[i][j]`` is None when i and j may not be paired, else a non-negative agreement.
    """
    rows = len(weights)
    cols = len(weights[0]) if rows else 0
    if not rows or not cols:
        return []
    top = max((w for line in weights for w in line if w is not None), default=0)
    # One more pair must outweigh any amount of agreement on the other pairs.
    bonus = top * min(rows, cols) + 1
    gain = [[0 if w is None else bonus + w for w in line] for line in weights]
    transpose = rows > cols
    if transpose:
        gain = [list(column) for column in zip(*gain, strict=True)]
    assigned = _hungarian_min([[-g for g in line] for line in gain])
    pairs = [(i, j) for i, j in enumerate(assigned) if gain[i][j] > 0]
    if transpose:
        pairs = [(j, i) for i, j in pairs]
    return sorted(pairs)
