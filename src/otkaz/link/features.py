"""Language-independent keys of one report, computed once so pair scoring stays cheap."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date

from otkaz.models import Article, Incident

# Reports of one event disagree by a day or two (time zones, "yesterday" resolved differently).
DATE_SLACK_DAYS = 2

_UNIT_NUMBER = re.compile(r"(?<![\d.,])(\d{1,6})(?![\d.,])")
_NOT_LETTER = re.compile(r"[^a-z]+")
_VIA_NOISE = re.compile(r"\((?:.*?)\)|\b(?:telegram|channel|vk|vkontakte|the|of|for|and|ru|com|net|ua)\b")


def day_number(iso: str | None) -> int | None:
    """Proleptic ordinal of an ISO date, or None: integers make window arithmetic trivial."""
    if not iso:
        return None
    try:
        return date.fromisoformat(iso[:10]).toordinal()
    except ValueError:
        return None


def coarse_span(lo: int, hi: int, precision: str | None) -> tuple[int, int]:
    """Widen dates within one unit to the whole unit: 'in September' is all of September, whatever
    day was stored. A span across units (21 Sep to 2 Nov) was stated explicitly and stays as it is."""
    first, last = date.fromordinal(lo), date.fromordinal(hi)
    if precision == "week":
        return lo, max(hi, lo + 6)
    if precision == "month" and (first.year, first.month) == (last.year, last.month):
        after = date(first.year + first.month // 12, first.month % 12 + 1, 1).toordinal()
        return date(first.year, first.month, 1).toordinal(), after - 1
    if precision == "year" and first.year == last.year:
        return date(first.year, 1, 1).toordinal(), date(first.year, 12, 31).toordinal()
    return lo, hi


def norm_place(name: str | None) -> str:
    """Fold the transliteration variants outlets use (Kochenyovo, Kochenevo, Kocheneve) to one key."""
    if not name:
        return ""
    text = name.lower()
    for src, dst in (("yo", "e"), ("ye", "e"), ("ie", "e"), ("iy", "i"), ("yi", "i"), ("ii", "i"),
                     ("kh", "h"), ("ts", "c"), ("y", "i"), ("j", "i")):
        text = text.replace(src, dst)
    return _NOT_LETTER.sub("", text)


def norm_via(name: str) -> str:
    """Outlet names as cited differ in suffixes and brackets ("NGS" / "NGS.RU"); keep the core."""
    text = _VIA_NOISE.sub(" ", name.lower().replace(".", " "))
    return " ".join(text.split())


def unit_numbers(unit: str | None) -> frozenset[str]:
    """Unit numbers ("military unit 06705", "56th brigade") are the same in every language."""
    if not unit:
        return frozenset()
    return frozenset(m.lstrip("0") or "0" for m in _UNIT_NUMBER.findall(unit))


def count_interval(incident: Incident) -> tuple[float, float] | None:
    """Participants as a closed interval; 'at least 24' is [24, inf)."""
    count = incident.participants
    if count.is_empty():
        return None
    low = count.low if count.low is not None else count.best
    high = count.high if count.high is not None else count.best
    if low is None:
        low = 0
    return float(low), float(high) if high is not None else math.inf


@dataclass
class ReportKeys:
    """Everything the scorer compares, normalised once per report."""

    report_id: str
    article_id: str
    order: int
    acts: frozenset[str]
    date_lo: int | None
    date_hi: int | None
    precision: str | None
    published: int | None
    country: str | None
    admin1: str | None
    place: str
    lat: float | None
    lon: float | None
    participants: tuple[float, float] | None
    point: int | None
    best: int | None
    personnel: frozenset[str]
    units: frozenset[str]
    via: frozenset[str]
    outlet: str

    @property
    def dated(self) -> bool:
        return self.date_lo is not None

    def time_window(self) -> tuple[int, int] | None:
        """Days the event may have happened on: its dates with slack, else up to a year before publication."""
        if self.date_lo is not None and self.date_hi is not None:
            lo, hi = coarse_span(self.date_lo, self.date_hi, self.precision)
            return lo - DATE_SLACK_DAYS, hi + DATE_SLACK_DAYS
        if self.published is not None:
            return self.published - 365, self.published + 1
        return None


def report_keys(report_id: str, article: Article | None, incident: Incident,
                order: int = 0) -> ReportKeys:
    """Normalise one report for scoring."""
    lo = day_number(incident.date_start)
    hi = day_number(incident.date_end) if incident.date_end else lo
    if lo is None and hi is not None:
        lo = hi
    return ReportKeys(
        report_id=report_id,
        article_id=article.id if article is not None else report_id.split("#", 1)[0],
        order=order,
        acts=frozenset(incident.acts),
        date_lo=lo,
        date_hi=hi,
        precision=incident.date_precision,
        published=day_number(article.published_at) if article is not None else None,
        country=incident.country,
        admin1=incident.admin1,
        place=norm_place(incident.place),
        lat=incident.lat if incident.geo_precision in ("place", "admin2") else None,
        lon=incident.lon if incident.geo_precision in ("place", "admin2") else None,
        participants=count_interval(incident),
        point=incident.participants.point(),
        best=incident.participants.best,
        personnel=frozenset(incident.personnel),
        units=unit_numbers(incident.unit),
        via=frozenset(v for v in (norm_via(x) for x in incident.via) if v),
        outlet=(article.outlet or "").strip().lower() if article is not None else "",
    )
