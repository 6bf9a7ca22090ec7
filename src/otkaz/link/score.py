"""Pair score of two reports: hard vetoes first, then weighted agreement of keys and text."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz import fuzz

from otkaz.link.features import ReportKeys

# Weights of the additive score; a pair links when the score reaches LINK_THRESHOLD.
WEIGHTS = {
    "acts_jaccard": 1.5,
    "admin1_same": 1.5,
    "country_same": 0.3,
    "place_same": 1.5,
    "place_differ": -2.5,
    "dates_match": 1.0,
    "dates_day": 1.0,
    "dates_exact": 0.5,
    "published_near": 0.5,
    "stale": -1.5,
    "count_equal": 0.5,
    "count_compatible": 0.5,
    "count_conflict": -2.0,
    "unit_shared": 1.5,
    "unit_differ": -1.5,
    "personnel_conflict": -1.0,
    "via_shared": 0.5,
}
TEXT_WEIGHT = 5.0
TEXT_CENTRE = 0.4
LINK_THRESHOLD = 3.5
# Every link needs an anchor: the same region, settlement or unit number; failing those, one cited
# source, one count and near-identical words (SOURCE_TEXT), or one country, overlapping dates, one
# count and strong text similarity. Undated pairs also need this much text similarity.
STRONG_TEXT = 0.45
# With no place, region or unit to anchor them, undated reports of one count from one cited
# source link only when their words are this close (rewrites and translations of one story).
SOURCE_TEXT = 0.65
# Differently spelt names this close are one settlement; farther apart they are neighbours.
PLACE_SAME_KM = 5.0
PLACE_SAME_RATIO = 90  # spelling variants without coordinates: Kochenevo / Kochenyovo
PUBLISHED_FAR_DAYS = 365
STALE_DAYS = 120
# Best counts within this share of each other are one report's "10" and another's "12".
COUNT_TOLERANCE = 0.25


@dataclass
class PairScore:
    """Why two reports are (not) the same incident, in numbers a reader can check."""

    score: float
    features: dict[str, float]
    veto: str | None = None
    matched: int | None = None  # set by the linker: which earlier report this pair is with

    @property
    def links(self) -> bool:
        return self.veto is None and self.score >= LINK_THRESHOLD


def _km(a: ReportKeys, b: ReportKeys) -> float | None:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def geo_veto(a: ReportKeys, b: ReportKeys) -> str | None:
    """Different countries or regions are different incidents, whatever the text says."""
    if a.country and b.country and a.country != b.country:
        return "country_differ"
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return "admin1_differ"
    return None


def _time(a: ReportKeys, b: ReportKeys, feats: dict[str, float]) -> str | None:
    """Dates that cannot overlap veto; a dated event after the other's publication vetoes too."""
    wa, wb = a.time_window(), b.time_window()
    if a.dated and b.dated:
        assert wa is not None and wb is not None
        if wa[1] < wb[0] or wb[1] < wa[0]:
            return "dates_apart"
        feats["dates_match"] = 1.0
        if a.precision in ("day", None) and b.precision in ("day", None):
            feats["dates_day"] = 1.0
        if a.precision == b.precision == "day" and a.date_lo == b.date_lo:
            feats["dates_exact"] = 1.0
        return None
    for dated, other in ((a, b), (b, a)):
        if dated.dated and other.published is not None:
            assert dated.date_lo is not None and dated.date_hi is not None
            if dated.date_lo > other.published + 2:
                return "after_publication"
            if other.published - dated.date_hi > STALE_DAYS:
                feats["stale"] = 1.0
    if a.published is not None and b.published is not None:
        gap = abs(a.published - b.published)
        feats["published_gap_days"] = float(gap)
        if gap > PUBLISHED_FAR_DAYS:
            return "published_far_apart"
        if gap <= 14:
            feats["published_near"] = 1.0
        elif gap > STALE_DAYS:
            feats["stale"] = 1.0
    return None


def _place(a: ReportKeys, b: ReportKeys, feats: dict[str, float]) -> None:
    if a.admin1 and a.admin1 == b.admin1:
        feats["admin1_same"] = 1.0
    elif a.country and a.country == b.country:
        feats["country_same"] = 1.0
    if not (a.place and b.place):
        return
    km = _km(a, b)
    if km is not None:
        feats["place_km"] = round(km, 1)
    if km is not None:  # coordinates decide when both reports have them
        same = km <= PLACE_SAME_KM
    else:
        same = a.place == b.place or fuzz.ratio(a.place, b.place) >= PLACE_SAME_RATIO
    if same:
        feats["place_same"] = 1.0
    else:
        feats["place_differ"] = 1.0


def _counts(a: ReportKeys, b: ReportKeys, feats: dict[str, float]) -> None:
    if a.participants is None or b.participants is None:
        return
    if (a.point is not None and a.point == b.point) or a.participants == b.participants:
        feats["count_equal"] = 1.0
        return
    if a.best is not None and b.best is not None:
        gap = abs(a.best - b.best)
        ok = gap <= max(1, COUNT_TOLERANCE * max(a.best, b.best))
        feats["count_compatible" if ok else "count_conflict"] = 1.0
        return
    (alo, ahi), (blo, bhi) = a.participants, b.participants

    def widen(lo: float, hi: float) -> tuple[float, float]:
        return lo - max(1.0, 0.2 * lo), hi + max(1.0, 0.2 * hi) if hi != math.inf else hi

    (alo, ahi), (blo, bhi) = widen(alo, ahi), widen(blo, bhi)
    if alo <= bhi and blo <= ahi:
        feats["count_compatible"] = 1.0
    else:
        feats["count_conflict"] = 1.0


def _details(a: ReportKeys, b: ReportKeys, feats: dict[str, float]) -> None:
    if a.units and b.units:
        feats["unit_shared" if a.units & b.units else "unit_differ"] = 1.0
    if a.personnel and b.personnel and not a.personnel & b.personnel:
        feats["personnel_conflict"] = 1.0
    if a.via & b.via:
        feats["via_shared"] = 1.0


TextSim = Callable[[], float | None]


def score_pair(a: ReportKeys, b: ReportKeys, text: TextSim | float | None = None) -> PairScore:
    """Score two reports; ``text`` gives their cross-lingual similarity, asked only past the vetoes."""
    if a.article_id == b.article_id:
        return PairScore(0.0, {}, "same_article")
    shared = a.acts & b.acts
    if not shared:
        return PairScore(0.0, {}, "acts_disjoint")
    veto = geo_veto(a, b)
    if veto:
        return PairScore(0.0, {}, veto)
    feats: dict[str, float] = {"acts_jaccard": round(len(shared) / len(a.acts | b.acts), 3)}
    veto = _time(a, b, feats)
    if veto:
        return PairScore(0.0, feats, veto)
    _place(a, b, feats)
    _counts(a, b, feats)
    _details(a, b, feats)
    score = sum(WEIGHTS.get(name, 0.0) * value for name, value in feats.items())
    anchored = bool(feats.get("admin1_same") or feats.get("place_same") or feats.get("unit_shared"))
    same_story = bool(feats.get("via_shared") and feats.get("count_equal"))
    same_day_count = bool(feats.get("dates_match") and feats.get("count_equal") and feats.get("country_same"))
    if not (anchored or same_story or same_day_count):
        return PairScore(score, feats, "no_anchor")  # nothing but acts and dates in common
    text_sim = text() if callable(text) else text
    if text_sim is not None:
        feats["text_sim"] = round(text_sim, 3)
        score += TEXT_WEIGHT * (text_sim - TEXT_CENTRE)
    if not anchored:
        needed = SOURCE_TEXT if not same_day_count else STRONG_TEXT
        if text_sim is None or text_sim < needed:
            return PairScore(score, feats, "no_anchor")  # the words do not tell the same story
    if "dates_match" not in feats:
        if text_sim is None or text_sim < STRONG_TEXT:
            return PairScore(score, feats, "undated_weak_text")
        if feats.get("count_conflict") or feats.get("personnel_conflict"):
            return PairScore(score, feats, "undated_conflict")
    return PairScore(round(score, 3), feats)
