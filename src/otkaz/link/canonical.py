"""Merge a canonical incident's reports: per field the chosen value, every report's value, and the rule."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from otkaz.link.features import norm_place, norm_via
from otkaz.link.sources import independent_groups
from otkaz.models import VERIFICATIONS, Article, CanonicalIncident, Count, FieldValue, Incident

Report = tuple[str, Article, Incident]
Similarity = Callable[[str, str], float | None]

PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
GEO_RANK = {"place": 0, "admin2": 1, "admin1": 2, "country": 3}
OUTCOMES = ("detained", "at_large", "killed", "injured")
MODE_FIELDS = ("country", "force", "perpetrator")

RULES = {
    "acts": "union of every report's acts, in the order of the report that names the most",
    "date_start": "from the report with the finest date precision; ties: the date most reports give, then the earliest report",
    "admin1": "the region most reports give (reports naming another region cannot be linked)",
    "place": "the settlement most reports give at the finest geo precision; lat/lon, geo_precision and location_text come from that report",
    "participants": "best: the figure most reports give (ties: the lower); low: the lowest figure any report gives; high: the highest",
    "outcomes": "the figure most reports give; ties: the latest-published report (counts grow as a story develops)",
    "personnel": "union of every report's personnel",
    "unit": "the unit most reports give; ties: the most specific (longest) wording",
    "armed": "what most reports say; null when reports are split evenly",
    "via": "union of every report's cited sources",
    "summary": "rebuilt from the chosen acts, participants, personnel, force, place, detained and at_large "
               "(roles and counts only, never names), so it cannot contradict the chosen values",
    "mode": "the value most reports give; ties: the earliest report",
    "verification": "disputed if any report says officials deny; else confirmed if any report is confirmed; "
                    "else corroborated (stored as reported) with two or more independent sources; "
                    "else unverified if every report is; else reported",
    "independent_sources": "reports from one outlet, syndicated or rewritten copies, and reports citing the same original count once",
    "evidence": "kept per report: character offsets point into each report's own article",
}


def _json(value: Any) -> Any:
    if isinstance(value, Count):
        return value.model_dump()
    if isinstance(value, list):
        return list(value)
    return value


def _mode(values: Sequence[Any], tie: Callable[[list[Any]], Any] | None = None) -> Any:
    """Most frequent non-null value; ``tie`` picks among equally frequent ones (default: first seen)."""
    present = [v for v in values if v is not None and v != ""]
    if not present:
        return None
    counts = Counter(present)
    top = max(counts.values())
    tied = [v for v in dict.fromkeys(present) if counts[v] == top]
    return tie(tied) if tie and len(tied) > 1 else tied[0]


def _dates(incs: Sequence[Incident]) -> tuple[str | None, str | None, str | None]:
    dated = [i for i in incs if i.date_start]
    if not dated:
        return None, None, None
    finest = min(PRECISION_RANK.get(i.date_precision or "day", 0) for i in dated)
    pool = [i for i in dated if PRECISION_RANK.get(i.date_precision or "day", 0) == finest]
    span = _mode([(i.date_start, i.date_end or i.date_start, i.date_precision) for i in pool])
    return span  # type: ignore[no-any-return]


def _place(incs: Sequence[Incident], admin1: str | None) -> Incident | None:
    """The report whose place is chosen: most common name at the finest precision, in the chosen region."""
    named = [i for i in incs if i.place and (admin1 is None or i.admin1 in (None, admin1))]
    if not named:
        return None
    finest = min(GEO_RANK.get(i.geo_precision or "place", 0) for i in named)
    pool = [i for i in named if GEO_RANK.get(i.geo_precision or "place", 0) == finest]
    key = _mode([norm_place(i.place) for i in pool])
    return next(i for i in pool if norm_place(i.place) == key)


def merge_counts(counts: Sequence[Count]) -> Count:
    """Kochenevo's 10 and 12 become best 10 (most reports), low 10, high 12."""
    bests = [c.best for c in counts if c.best is not None]
    lows = [c.low if c.low is not None else c.best for c in counts]
    highs = [c.high if c.high is not None else c.best for c in counts]
    best = _mode(bests, tie=min)
    low = min((v for v in lows if v is not None), default=None)
    high = max((v for v in highs if v is not None), default=None)
    if low is not None and high is not None and low > high:
        high = None  # "at least 24" in one report and "up to 20" in another: the upper bound is unknown
    return Count(best=best, low=low, high=high)


def _union(lists: Sequence[Sequence[str]], key: Callable[[str], str] = str) -> list[str]:
    seen: dict[str, str] = {}
    for items in lists:
        for item in items:
            seen.setdefault(key(item), item)
    return list(seen.values())


def _said_exactly(count: Count, incs: Sequence[Incident]) -> Count:
    """The merged figure, left approximate ("about 40") unless some report gave it as exact."""
    if count.best is None or count.low != count.best or count.high != count.best:
        return count
    exact = any(i.participants.best == count.best and i.participants.low == count.best
                and i.participants.high == count.best for i in incs)
    return count if exact else Count(best=count.best)


def _summary(chosen: dict[str, Any], incs: Sequence[Incident]) -> str:
    """One sentence from the chosen values, so the summary never contradicts the fields beside it."""
    # Imported here: the extract package pulls in the whole language stack.
    from otkaz.extract.summary import build_summary

    count = _said_exactly(chosen["participants"], incs)
    return build_summary(list(chosen["acts"]), count, list(chosen["personnel"]),
                         chosen["force"], chosen["place"], detained=chosen["detained"],
                         at_large=chosen["at_large"])


def verification_state(incs: Sequence[Incident], independent: int) -> str:
    """Derived state: reported, unverified, corroborated, confirmed or disputed."""
    states = {i.verification for i in incs}
    if "disputed" in states:
        return "disputed"
    if "confirmed" in states:
        return "confirmed"
    if independent >= 2:
        return "corroborated"
    if states == {"unverified"}:
        return "unverified"
    return "reported"


def _values(reports: Sequence[Report]) -> dict[str, list[FieldValue]]:
    fields = [f for f in Incident.model_fields if f not in ("evidence", "cluster")]
    return {
        name: [FieldValue(report_id=rid, article_id=art.id, outlet=art.outlet, value=_json(getattr(inc, name)))
               for rid, art, inc in reports]
        for name in fields
    }


def _latest_first(reports: Sequence[Report]) -> list[Incident]:
    order = sorted(range(len(reports)), key=lambda n: (reports[n][1].published_at or "", n), reverse=True)
    return [reports[n][2] for n in order]


def canonicalize(canonical_id: str, reports: Sequence[Report],
                 similarity: Similarity | None = None) -> CanonicalIncident:
    """Merge reports (report_id, article, incident) into one record that keeps every report's word."""
    if not reports:
        raise ValueError("canonicalize needs at least one report")
    incs = [inc for _, _, inc in reports]
    admin1 = _mode([i.admin1 for i in incs])
    start, end, precision = _dates(incs)
    where = _place(incs, admin1)
    latest = _latest_first(reports)
    groups = independent_groups(reports, similarity)
    state = verification_state(incs, len(groups))
    merged_count = merge_counts([i.participants for i in incs])
    chosen: dict[str, Any] = {
        "acts": _union(sorted((i.acts for i in incs), key=len, reverse=True)),
        "date_start": start, "date_end": end, "date_precision": precision,
        "admin1": admin1,
        "place": where.place if where else None,
        "lat": where.lat if where else None,
        "lon": where.lon if where else None,
        "geo_precision": where.geo_precision if where else _mode([i.geo_precision for i in incs if not i.place]),
        "location_text": where.location_text if where else _mode([i.location_text for i in incs]),
        "personnel": _union([i.personnel for i in incs]),
        "unit": _mode([i.unit for i in incs], tie=lambda tied: max(tied, key=len)),
        "participants": merged_count,
        "armed": _mode([i.armed for i in incs], tie=lambda tied: None),
        "via": _union([i.via for i in incs], key=norm_via),
        "verification": state if state in VERIFICATIONS else "reported",
        "cluster": canonical_id,
    }
    for name in MODE_FIELDS:
        chosen[name] = _mode([getattr(i, name) for i in incs])
    for name in OUTCOMES:
        chosen[name] = _mode([getattr(i, name) for i in latest])
    chosen["summary"] = _summary(chosen, incs)
    if chosen["lat"] is None and where is None:
        located = next((i for i in incs if i.admin1 == admin1 and i.lat is not None), None)
        chosen["lat"], chosen["lon"] = (located.lat, located.lon) if located else (None, None)
    rules = _rules()
    rules["verification_state"] = state
    rules["independent_groups"] = "; ".join(",".join(g) for g in groups)
    return CanonicalIncident(
        id=canonical_id,
        incident=Incident(**chosen),
        values=_values(reports),
        rules=rules,
        report_ids=[rid for rid, _, _ in reports],
        independent_sources=len(groups),
        verification=chosen["verification"],
    )


def _rules() -> dict[str, str]:
    """Field → the rule that picked its value, so a reader can check every choice."""
    rules = {"acts": RULES["acts"], "admin1": RULES["admin1"], "place": RULES["place"],
             "participants": RULES["participants"], "personnel": RULES["personnel"],
             "unit": RULES["unit"], "armed": RULES["armed"], "via": RULES["via"],
             "summary": RULES["summary"], "verification": RULES["verification"],
             "independent_sources": RULES["independent_sources"], "evidence": RULES["evidence"]}
    for name in ("date_start", "date_end", "date_precision"):
        rules[name] = RULES["date_start"]
    for name in ("lat", "lon", "geo_precision", "location_text"):
        rules[name] = RULES["place"]
    for name in OUTCOMES:
        rules[name] = RULES["outcomes"]
    for name in MODE_FIELDS:
        rules[name] = RULES["mode"]
    return rules
