"""Greedy incremental clustering of reports into canonical incidents, with blocking so cost stays near-linear."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from otkaz.link.features import ReportKeys
from otkaz.link.score import LINK_THRESHOLD, PairScore, score_pair

Similarity = Callable[[str, str], float | None]

# Vetoes that rule a whole canonical incident out, not just one pair of its reports.
HARD_VETOES = frozenset({"same_article", "country_differ", "admin1_differ", "dates_apart",
                         "after_publication", "published_far_apart"})
MONTH = 30
MAX_CANDIDATES = 500
MAX_MEMBERS_SCORED = 50


def canonical_id_for(report_id: str) -> str:
    """Stable id from the report that founded the incident: same input, same id, on any machine."""
    return "inc_" + hashlib.blake2b(report_id.encode("utf-8"), digest_size=6).hexdigest()


@dataclass
class LinkDecision:
    """Where one report went and why: the merge log row."""

    report_id: str
    canonical_id: str
    action: str  # 'new' | 'link'
    score: float
    features: dict[str, float] = field(default_factory=dict)
    matched_report: str | None = None  # the already-linked report that scored best
    nearest_report: str | None = None  # for 'new': the closest report that did not link ...
    nearest_veto: str | None = None  # ... and why not (a veto code or 'below_threshold')

    def log_features(self) -> dict[str, object]:
        """What the merge log stores: the numbers plus the reports that decided the outcome."""
        out: dict[str, object] = dict(self.features)
        if self.action in ("new", "link") and not out.get("already_linked") and not out.get("preloaded"):
            out["threshold"] = LINK_THRESHOLD  # the bar in force when this was decided
        for name in ("matched_report", "nearest_report", "nearest_veto"):
            if getattr(self, name):
                out[name] = getattr(self, name)
        return out


def anchor_keys(k: ReportKeys) -> list[str]:
    """Block keys: every link needs a shared region, settlement, unit number or cited source, or
    (dated reports) the same country and count."""
    keys = [f"A:{k.admin1}"] if k.admin1 else []
    if k.place:
        keys.append("P:" + k.place)
    keys += ["U:" + u for u in sorted(k.units)]
    keys += ["V:" + v for v in sorted(k.via)]
    if k.dated and k.country and k.point is not None:
        keys.append(f"D:{k.country}:{k.point}")  # same country, dates and count, told alike
    return keys


def _buckets(window: tuple[int, int] | None, pad: int = 0) -> list[str]:
    """Month buckets a time window covers; 'U' holds reports nothing dates at all."""
    if window is None:
        return ["U"]
    first, last = (window[0] // MONTH) - pad, (window[1] // MONTH) + pad
    return [str(m) for m in range(first, min(last, first + 14) + 1)]


class Linker:
    """Links reports one at a time to the best compatible canonical incident, or founds a new one."""

    def __init__(self, similarity: Similarity | None = None) -> None:
        self.similarity = similarity
        self.reports: list[ReportKeys] = []
        self.cluster_of: list[str] = []
        self.members: dict[str, list[int]] = {}
        self._index: dict[tuple[str, str, str], list[int]] = {}
        self._all: dict[tuple[str, str], list[int]] = {}

    def _insert(self, i: int) -> None:
        k = self.reports[i]
        buckets = _buckets(k.time_window())
        for act in k.acts:
            for key in anchor_keys(k):
                self._all.setdefault((act, key), []).append(i)
                for bucket in buckets:
                    self._index.setdefault((act, key, bucket), []).append(i)

    def candidates(self, k: ReportKeys) -> list[int]:
        """Reports in the same block: a shared act and anchor key, in overlapping months."""
        found: set[int] = set()
        window = k.time_window()
        buckets = _buckets(window, pad=1) + ["U"] if window is not None else None
        for act in k.acts:
            for key in anchor_keys(k):
                if buckets is None:
                    found.update(self._all.get((act, key), ())[-MAX_CANDIDATES:])
                    continue
                for bucket in buckets:
                    found.update(self._index.get((act, key, bucket), ())[-MAX_CANDIDATES:])
        return sorted(found)[-MAX_CANDIDATES:]

    def _pair(self, k: ReportKeys, j: int) -> PairScore:
        other = self.reports[j]
        sim = self.similarity
        if sim is None:
            return score_pair(k, other)
        return score_pair(k, other, lambda: sim(k.report_id, other.report_id))

    def _score_cluster(self, k: ReportKeys, cid: str) -> tuple[PairScore | None, PairScore | None]:
        """Best linking pair with any member (None if a member rules the incident out), and the
        closest pair that did not link, which explains a 'new' decision."""
        best: PairScore | None = None
        near: PairScore | None = None
        for j in self.members[cid][-MAX_MEMBERS_SCORED:]:
            pair = self._pair(k, j)
            pair.matched = j
            if pair.veto in HARD_VETOES:
                return None, pair
            if pair.links and (best is None or pair.score > best.score):
                best = pair
            elif not pair.links and (near is None or pair.score > near.score):
                near = pair
        return best, near

    def add(self, k: ReportKeys, canonical_id: str | None = None) -> LinkDecision:
        """Link ``k``; with ``canonical_id`` it is placed there as is (reports already in the store)."""
        if canonical_id is not None:
            return self._place(k, canonical_id, "link", 0.0, {"preloaded": 1.0})
        best_cid, best, near = None, None, None
        clusters = sorted({self.cluster_of[j] for j in self.candidates(k)})
        for cid in clusters:
            pair, miss = self._score_cluster(k, cid)
            if pair is not None and (best is None or pair.score > best.score):
                best_cid, best = cid, pair
            if miss is not None and (near is None or miss.score > near.score):
                near = miss
        if best_cid is None or best is None:
            decision = self._place(k, canonical_id_for(k.report_id), "new", 0.0,
                                   {"candidates": float(len(clusters))})
            if near is not None and near.matched is not None:
                decision.nearest_report = self.reports[near.matched].report_id
                decision.nearest_veto = near.veto or "below_threshold"
                decision.features["nearest_score"] = round(near.score, 3)
            return decision
        feats = dict(best.features, candidates=float(len(clusters)))
        matched = self.reports[best.matched].report_id if best.matched is not None else None
        return self._place(k, best_cid, "link", best.score, feats, matched)

    def _place(self, k: ReportKeys, cid: str, action: str, score: float,
               feats: dict[str, float], matched: str | None = None) -> LinkDecision:
        i = len(self.reports)
        self.reports.append(k)
        self.cluster_of.append(cid)
        self.members.setdefault(cid, []).append(i)
        self._insert(i)
        return LinkDecision(k.report_id, cid, action, round(score, 3), feats, matched)

    def rename(self, old: str, new: str) -> None:
        """Give a canonical incident another id (a salted one when its natural id is taken)."""
        members = self.members.pop(old, [])
        self.members.setdefault(new, []).extend(members)
        for i in members:
            self.cluster_of[i] = new

    def clusters(self) -> dict[str, list[str]]:
        """Canonical id → report ids, in the order they were linked."""
        return {cid: [self.reports[i].report_id for i in idx] for cid, idx in self.members.items()}


def link_all(keys: Iterable[ReportKeys], similarity: Similarity | None = None) -> list[LinkDecision]:
    """Batch linking in input order: deterministic, so re-runs give the same ids."""
    linker = Linker(similarity)
    return [linker.add(k) for k in keys]


__all__ = ["LINK_THRESHOLD", "LinkDecision", "Linker", "canonical_id_for", "link_all"]
