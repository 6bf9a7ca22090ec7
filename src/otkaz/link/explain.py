"""Merge-log rows in words: a link score next to the threshold it had to reach, and why a 'new' did not link."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from otkaz.link.score import LINK_THRESHOLD, TEXT_CENTRE, TEXT_WEIGHT, WEIGHTS

VETOES = {
    "below_threshold": "its score stayed below the threshold",
    "same_article": "it is another incident in the same article",
    "acts_disjoint": "no act in common",
    "country_differ": "a different country",
    "admin1_differ": "a different region",
    "dates_apart": "dates that cannot overlap",
    "after_publication": "an event dated after the other report was published",
    "published_far_apart": "published more than a year apart",
    "no_anchor": "no shared region, settlement, unit or cited source, and text not close enough",
    "undated_weak_text": "undated, and the texts are not similar enough",
    "undated_conflict": "undated, with conflicting counts or personnel",
}
FEATURE_WORDS = {
    "acts_jaccard": "acts", "admin1_same": "same region", "country_same": "same country",
    "place_same": "same settlement", "place_differ": "other settlement", "dates_match": "dates overlap",
    "dates_day": "day dates", "dates_exact": "same day", "published_near": "published within 2 weeks",
    "stale": "stale", "count_equal": "same count", "count_compatible": "close counts",
    "count_conflict": "conflicting counts", "unit_shared": "same unit", "unit_differ": "other unit",
    "personnel_conflict": "other personnel", "via_shared": "same cited source", "text_sim": "text",
}


def contributions(features: Mapping[str, Any]) -> list[tuple[str, float]]:
    """Each feature's share of the score (weight × value; text around its centre), largest first."""
    out: list[tuple[str, float]] = []
    for name, value in features.items():
        if not isinstance(value, int | float):
            continue
        if name == "text_sim":
            out.append((name, TEXT_WEIGHT * (float(value) - TEXT_CENTRE)))
        elif name in WEIGHTS and value:
            out.append((name, WEIGHTS[name] * float(value)))
    return sorted(out, key=lambda item: -abs(item[1]))


def _fmt(score: float) -> str:
    return f"{score:.2f}"


def describe(action: str, score: float | None, features: Mapping[str, Any]) -> dict[str, Any]:
    """Fields added to a merge-log row: ``threshold``, ``score_text`` and ``reason`` (plain words)."""
    threshold = float(features.get("threshold", LINK_THRESHOLD))
    at = f"links at ≥ {threshold:g}"
    if features.get("already_linked") or features.get("preloaded"):
        return {"threshold": threshold, "score_text": "", "reason": "linked in an earlier run"}
    if action == "link" and score is not None:
        top = ", ".join(f"{FEATURE_WORDS.get(n, n)} {c:+.1f}" for n, c in contributions(features)[:4])
        matched = features.get("matched_report")
        reason = (f"with {matched}: " if matched else "") + (top or "score reached the threshold")
        return {"threshold": threshold, "score_text": f"{_fmt(score)} ({at})", "reason": reason}
    if action == "new":
        nearest, near = features.get("nearest_report"), features.get("nearest_score")
        if nearest is None or not isinstance(near, int | float):
            return {"threshold": threshold, "score_text": "—",
                    "reason": "no earlier report shared a region, settlement, unit or cited source"}
        why = VETOES.get(str(features.get("nearest_veto")), str(features.get("nearest_veto")))
        return {"threshold": threshold, "score_text": f"nearest {_fmt(near)} ({at})",
                "reason": f"nearest was {nearest}, not linked: {why}"}
    if action == "merge":
        return {"threshold": threshold, "score_text": "",
                "reason": f"merged by hand from {features.get('merged_from', '?')}"}
    if action == "split":
        return {"threshold": threshold, "score_text": "",
                "reason": f"split by hand from {features.get('split_from', '?')}"}
    return {"threshold": threshold, "score_text": "" if score is None else f"{_fmt(score)} ({at})",
            "reason": ""}


def explain_log(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Merge-log rows with the added fields; every stored field kept as it was."""
    return [{**row, **describe(str(row.get("action")), row.get("score"), row.get("features") or {})}
            for row in rows]
