"""CODEBOOK section 7 as small predicates, so each scoring rule can be read and tested alone.

Decisions the codebook leaves open, made here once:

* Only *gold* nulls relax a constraint or drop a field from scoring. A null predicted
  date or admin1 against a non-null gold one does not match on that constraint, and a
  null predicted field value against a non-null gold one counts as wrong.
* ``date_end`` null means the span is the single day ``date_start``.
* ``personnel: []`` in gold is a value (the text states no category), so it is scored.
* ``place`` agrees when the names are equal ignoring case and diacritics, or when both
  sides name a place and carry coordinates within 25 km of each other.
* Counts use ``best``, else ``low`` on both sides (``Count.point``).
"""

from __future__ import annotations

import math
import unicodedata
from datetime import date
from typing import Any

from otkaz.models import SCORED_MEASURES

MATCH_DATE_SLACK_DAYS = 2
FIELD_DATE_SLACK_DAYS = 1
PLACE_RADIUS_KM = 25.0
COUNT_TOLERANCE = 0.10
STATISTIC_TOLERANCE = 0.05

FIELDS: tuple[str, ...] = (
    "acts",
    "date_start",
    "admin1",
    "place",
    "participants",
    "personnel",
    "detained",
    "verification",
)


def parse_day(value: Any) -> date | None:
    """An ISO date or None; anything unparsable counts as absent rather than crashing a run."""
    if not isinstance(value, str) or not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def day_span(incident: dict[str, Any]) -> tuple[date, date] | None:
    """The incident's date span; a missing end is the start day."""
    start = parse_day(incident.get("date_start"))
    end = parse_day(incident.get("date_end"))
    if start is None:
        return None if end is None else (end, end)
    if end is None or end < start:
        end = start
    return start, end


def point(count: Any) -> int | float | None:
    """The scored value of a count: best, else low."""
    if isinstance(count, dict):
        best = count.get("best")
        return best if best is not None else count.get("low")
    return None


def within(pred: float | None, gold: float, tolerance: float) -> bool:
    """Relative tolerance around the gold value (a gold zero needs an exact zero)."""
    return pred is not None and abs(pred - gold) <= tolerance * abs(gold)


def acts_overlap(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    return bool(set(gold.get("acts") or ()) & set(pred.get("acts") or ()))


def dates_compatible(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    """Spans overlap once the prediction is widened by two days each side; gold null frees it."""
    gold_span = day_span(gold)
    if gold_span is None:
        return True
    pred_span = day_span(pred)
    if pred_span is None:
        return False
    slack = MATCH_DATE_SLACK_DAYS
    return (pred_span[0].toordinal() - slack <= gold_span[1].toordinal()
            and pred_span[1].toordinal() + slack >= gold_span[0].toordinal())


def _code(value: Any) -> str | None:
    return value.strip().upper() if isinstance(value, str) and value.strip() else None


def admin1_compatible(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    gold_code = _code(gold.get("admin1"))
    return gold_code is None or gold_code == _code(pred.get("admin1"))


def can_match(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    """Whether two incidents of one article may be paired at all (acts, dates, admin1)."""
    return acts_overlap(gold, pred) and dates_compatible(gold, pred) and admin1_compatible(gold, pred)


def fold_name(name: Any) -> str:
    """Case- and diacritic-insensitive form of a place name (Kochenyovo = Kochenyövo)."""
    if not isinstance(name, str):
        return ""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.replace("-", " ").split())


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    radius = 6371.0088
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * radius * math.asin(min(1.0, math.sqrt(a)))


def _coords(incident: dict[str, Any]) -> tuple[float, float] | None:
    lat, lon = incident.get("lat"), incident.get("lon")
    if isinstance(lat, int | float) and isinstance(lon, int | float):
        return float(lat), float(lon)
    return None


def place_agrees(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    if not fold_name(pred.get("place")):
        return False
    if fold_name(gold.get("place")) == fold_name(pred.get("place")):
        return True
    gold_xy, pred_xy = _coords(gold), _coords(pred)
    if gold_xy is None or pred_xy is None:
        return False
    return haversine_km(*gold_xy, *pred_xy) <= PLACE_RADIUS_KM


def gold_field_value(gold: dict[str, Any], field: str) -> Any:
    """The gold value that decides whether a field is scored (None = not scored)."""
    if field == "participants":
        return point(gold.get("participants"))
    if field == "place":
        return gold.get("place") or None
    return gold.get(field)


def field_agrees(gold: dict[str, Any], pred: dict[str, Any], field: str) -> bool:
    """One scored field on a matched pair; call only when the gold value is not null."""
    if field in ("acts", "personnel"):
        return set(gold.get(field) or ()) == set(pred.get(field) or ())
    if field == "date_start":
        gold_day, pred_day = parse_day(gold.get("date_start")), parse_day(pred.get("date_start"))
        if gold_day is None or pred_day is None:
            return False
        return abs((gold_day - pred_day).days) <= FIELD_DATE_SLACK_DAYS
    if field == "admin1":
        return _code(gold.get("admin1")) == _code(pred.get("admin1"))
    if field == "place":
        return place_agrees(gold, pred)
    if field == "participants":
        gold_point = point(gold.get("participants"))
        assert gold_point is not None
        return within(point(pred.get("participants")), gold_point, COUNT_TOLERANCE)
    return bool(gold.get(field) == pred.get(field))


def scored_fields(gold: dict[str, Any]) -> list[str]:
    return [field for field in FIELDS if gold_field_value(gold, field) is not None]


def agreement(gold: dict[str, Any], pred: dict[str, Any]) -> int:
    """How many scored fields a pair gets right: the tie-break of one-to-one matching."""
    return sum(field_agrees(gold, pred, field) for field in scored_fields(gold))


def is_scored_measure(measure: Any) -> bool:
    """Scored vocabulary plus its ``_pct`` shares; other measures are neither rewarded nor punished."""
    if not isinstance(measure, str):
        return False
    base = measure[:-4] if measure.endswith("_pct") else measure
    return base in SCORED_MEASURES


def statistics_match(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    gold_point = point(gold.get("value"))
    if gold_point is None or gold.get("measure") != pred.get("measure"):
        return False
    return within(point(pred.get("value")), gold_point, STATISTIC_TOLERANCE)
