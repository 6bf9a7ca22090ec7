"""Choose the place where the incident happened, not where people came from or were taken."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from otkaz.geo.acts import act_near
from otkaz.geo.gazetteer import Gazetteer, Place, get_gazetteer
from otkaz.geo.mentions import find_mentions
from otkaz.geo.resolve import Resolved, resolve
from otkaz.models import Span

_KIND_RANK = {"settlement": 3.0, "admin2": 2.0, "admin1": 1.0, "country": 0.5}
_ROLE_WEIGHT = {"event": 3.0, "unknown": 0.0, "destination": -5.0, "origin": -14.0,
                "treatment": -14.0, "background": -10.0}
_LEAD_CHARS = 400
_FIRST_BONUS = 2.0
_NEAR_ANCHOR = 6.0  # "A similar incident occurred in X. On Nov. 2, men captured ...": X is next door
_NEAR_CHARS = 300.0
_ACT_MATCH = 3.0
_NOT_EVENT = ("origin", "treatment", "background", "destination")


@dataclass(frozen=True)
class Location:
    """Where an incident happened, at the finest level the text supports, and why."""

    country: str | None
    admin1: str | None
    place: str | None
    lat: float | None
    lon: float | None
    geo_precision: str | None
    location_text: str | None
    geonameid: int | None
    reason: str
    evidence: list[Span] = field(default_factory=list)


@dataclass
class PlaceMention:
    """One place named in the text, resolved against the gazetteer, with its role."""

    start: int
    end: int
    surface: str
    kind: str
    name: str | None
    admin1: str | None
    country: str | None
    geonameid: int | None
    lat: float | None
    lon: float | None
    role: str


NOWHERE = Location(None, None, None, None, None, None, None, None, "no place named")


_memo: dict[tuple[str, str | None, int], tuple[Gazetteer, list[Resolved]]] = {}


def _analyse(text: str, language: str | None, gaz: Gazetteer | None = None) -> list[Resolved]:
    """Mentions of one text, resolved once: the extractor asks again for every incident."""
    gaz = gaz or get_gazetteer()
    key = (text, language, id(gaz))
    hit = _memo.get(key)
    if hit is None or hit[0] is not gaz:
        if len(_memo) >= 16:
            _memo.pop(next(iter(_memo)))
        hit = _memo[key] = (gaz, resolve(text, find_mentions(text, gaz, language), language))
    return hit[1]


def _admin1_of(r: Resolved) -> str | None:
    if r.place is not None:
        return r.place.admin1
    return r.mention.admin1


def _country_of(r: Resolved) -> str | None:
    if r.place is not None:
        return r.place.country
    if r.mention.country:
        return r.mention.country
    a1 = _admin1_of(r)
    return a1[:2] if a1 else None


def to_place_mention(r: Resolved) -> PlaceMention:
    p = r.place
    return PlaceMention(
        start=r.mention.start, end=r.mention.end, surface=r.mention.surface,
        kind=r.mention.kind, name=p.name if p else r.mention.name, admin1=_admin1_of(r),
        country=_country_of(r), geonameid=p.geonameid if p else None,
        lat=p.lat if p else None, lon=p.lon if p else None, role=r.role)


def find_places(text: str, language: str | None, gaz: Gazetteer | None = None
                ) -> list[PlaceMention]:
    """Every place the text names, resolved, with the role it plays."""
    return [to_place_mention(r) for r in _analyse(text, language, gaz)]


def _distance(pos: int, spans: Sequence[tuple[int, int]]) -> float:
    """Characters between a position and the nearest incident sentence."""
    if not spans:
        return float("inf")
    return float(min(a - pos if pos < a else pos - b if pos >= b else 0 for a, b in spans))


def _in_any(pos: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def _key(r: Resolved) -> tuple:
    if r.place is not None:
        return ("p", r.place.idx)
    return ("n", r.mention.kind, r.mention.name or r.mention.country, _admin1_of(r))


def _scores(resolved: list[Resolved], anchors: Sequence[tuple[int, int]], text: str = "",
            acts: Sequence[str] = ()) -> dict[tuple, float]:
    """Score each distinct place: kind, role, inside the incident sentences, first named, repeats,
    and (when the caller says which acts the incident has) whether its verb is one of them."""
    scores: dict[tuple, float] = {}
    counts: dict[tuple, int] = {}
    first = next((r for r in resolved if _in_any(r.mention.start, anchors) and
                  r.role not in _NOT_EVENT and r.mention.kind == "settlement"), None)
    for r in resolved:
        m = r.mention
        s = _KIND_RANK[m.kind] + _ROLE_WEIGHT.get(r.role, 0.0)
        if anchors and _in_any(m.start, anchors):
            s += 12.0
        else:
            if m.start < _LEAD_CHARS:
                s += 2.0
            s += _NEAR_ANCHOR * max(0.0, 1.0 - _distance(m.start, anchors) / _NEAR_CHARS)
        if r is first:
            s += _FIRST_BONUS
        if acts and _in_any(m.start, anchors):
            near = act_near(text, m.start, m.end)
            if near is not None:
                s += _ACT_MATCH if near in acts else -_ACT_MATCH
        k = _key(r)
        repeat = r.role not in _NOT_EVENT and counts.get(k, 0) < 4  # only real repeats count
        counts[k] = counts.get(k, 0) + (1 if repeat else 0)
        scores[k] = max(scores.get(k, -1e9), s) + (1.0 if repeat else 0.0)
    return scores


def locate_event(text: str, anchors: Sequence[tuple[int, int]], language: str | None,
                 gaz: Gazetteer | None = None, acts: Sequence[str] = ()) -> Location:
    """The event place: mentions in the incident's sentences first, minus origins and hospitals.

    ``acts`` (optional, e.g. ["desertion"]) separates two incidents one sentence tells."""
    named = _analyse(text, language, gaz)
    resolved = [r for r in named if r.role not in ("origin", "treatment")]
    if not resolved:
        return NOWHERE if not named else replace(
            NOWHERE, reason="only places people came from or were treated in are named")
    scores = _scores(resolved, anchors, text, acts)
    by_key: dict[tuple, list[Resolved]] = {}
    for r in resolved:
        by_key.setdefault(_key(r), []).append(r)
    order = {k: min(r.mention.start + (0 if _in_any(r.mention.start, anchors) else len(text))
                    for r in group) for k, group in by_key.items()}
    best_key = max(scores, key=lambda k: (scores[k], -order[k]))
    best = by_key[best_key]
    gaz = gaz or get_gazetteer()
    refined = best[0]
    for _ in range(3):  # region → district → settlement
        narrower = _refine(refined, resolved, scores, anchors, gaz)
        if narrower is refined:
            break
        refined = narrower
    chosen = by_key[_key(refined)] if refined is not best[0] else best
    chosen = _headline_city(chosen, resolved, anchors, text, by_key)
    return _to_location(chosen, resolved, gaz, anchors, text)


def _headline_city(chosen: list[Resolved], resolved: list[Resolved],
                   anchors: Sequence[tuple[int, int]], text: str,
                   by_key: dict[tuple, list[Resolved]]) -> list[Resolved]:
    """A regional capital named only in the headline stands for the region the body names."""
    head_end = text.find("\n")
    if head_end < 0 or chosen[0].mention.kind != "settlement" or chosen[0].place is None:
        return chosen
    if any(r.mention.start > head_end for r in chosen if r.role not in _NOT_EVENT):
        return chosen
    region = [r for r in resolved if r.mention.kind == "admin1" and r.mention.start > head_end
              and r.place is not None and r.place.admin1 == chosen[0].place.admin1
              and r.role not in _NOT_EVENT and _in_any(r.mention.start, anchors)]
    return by_key[_key(region[0])] if region else chosen


def _rank(r: Resolved) -> float:
    """How fine a mention is; "near X" counts as a district, not as X itself."""
    if r.mention.kind == "settlement" and r.mention.near:
        return _KIND_RANK["admin2"]
    return _KIND_RANK[r.mention.kind]


def _within(r: Resolved, top: Resolved) -> bool:
    """Whether r lies inside the area top names (same district, region or country)."""
    kind = top.mention.kind
    if kind == "admin2" and top.place is not None:
        return r.place is not None and r.place.admin2 == top.place.admin2 or \
            _admin1_of(r) == _admin1_of(top)
    if kind in ("admin1", "admin2") or (kind == "settlement" and top.mention.near):
        return _admin1_of(r) == _admin1_of(top)
    return _country_of(r) == _country_of(top)


def _refine(top: Resolved, resolved: list[Resolved], scores: dict[tuple, float],
            anchors: Sequence[tuple[int, int]], gaz: Gazetteer) -> Resolved:
    """A region or country choice narrows to a settlement inside it when the text allows."""
    rank = _rank(top)
    centre = gaz.district_centre(top.place) if top.place is not None else None
    top_score = scores[_key(top)]
    best = top
    for r in resolved:
        if _rank(r) <= rank or r.role in ("origin", "treatment", "background", "destination"):
            continue
        if not _within(r, top):
            continue
        score = scores[_key(r)]
        same_district = (top.mention.kind == "admin2" and r.place is not None and
                         top.place is not None and (r.place.admin2 == top.place.admin2 or
                                                    (centre is not None and
                                                     r.place.idx == centre.idx)))
        close_enough = (not anchors or _in_any(r.mention.start, anchors) or
                        score >= top_score - 3 or r.role == "event" or same_district)
        if score >= top_score - 14.0 and close_enough:
            if best is top or score > scores[_key(best)]:
                best = r
    return best


def _to_location(group: list[Resolved], resolved: list[Resolved], gaz: Gazetteer,
                 anchors: Sequence[tuple[int, int]], text: str) -> Location:
    first = min(group, key=lambda r: (not _in_any(r.mention.start, anchors), r.mention.start))
    m, p = first.mention, first.place
    evidence = [Span(start=r.mention.start, end=r.mention.end, quote=r.mention.surface)
                for r in group]
    near = any(r.mention.near for r in group)
    if m.kind == "country":
        return Location(m.country, None, None, None, None, "country", m.surface, None,
                        f"country {m.country} named", evidence)
    if p is not None and m.kind == "settlement":
        precision = "admin2" if near else "place"
        why = f"{p.name} ({p.admin1}) named{' near' if near else ''} in the incident sentences" \
            if _in_any(m.start, anchors) else f"{p.name} ({p.admin1}) named in the article"
        return Location(p.country, p.admin1, p.name, p.lat, p.lon, precision,
                        _location_text(text, first, resolved), p.geonameid, why, evidence)
    if p is not None and m.kind == "admin2":
        return _district(first, p, gaz, anchors, text, evidence)
    if p is not None:
        centre = p if p.lat is not None else gaz.admin1(p.admin1)
        return Location(p.country, p.admin1, None, centre.lat if centre else None,
                        centre.lon if centre else None, m.kind, m.surface, p.geonameid,
                        f"{m.kind} {p.name} named", evidence)
    return _unlisted(first, resolved, gaz, evidence, text)


_DISTRICT_CENTRE = re.compile(r"районн\w* центр|райцентр|district (?:centre|center)|"
                              r"administrative (?:centre|center)", re.IGNORECASE)


def _district(r: Resolved, p: Place, gaz: Gazetteer, anchors: Sequence[tuple[int, int]],
              text: str, evidence: list[Span]) -> Location:
    """A district: its centre when the text says the event was there, else the district."""
    centre = gaz.district_centre(p)
    spans = anchors or [(0, len(text))]
    if centre is not None and any(_DISTRICT_CENTRE.search(text[a:b]) for a, b in spans):
        return Location(centre.country, centre.admin1, centre.name, centre.lat, centre.lon,
                        "place", r.mention.surface, centre.geonameid,
                        f"the centre of {p.name}, which the text names", evidence)
    point = p if p.lat is not None else (centre or gaz.admin1(p.admin1))
    return Location(p.country, p.admin1, None, point.lat if point else None,
                    point.lon if point else None, "admin2", r.mention.surface, p.geonameid,
                    f"district {p.name} named", evidence)


def _unlisted(r: Resolved, resolved: list[Resolved], gaz: Gazetteer,
              evidence: list[Span], text: str) -> Location:
    """A settlement the gazetteer lacks: keep its name, place it at its district or region."""
    m = r.mention
    fallback: Place | None = m.fallback
    if fallback is None:
        fallback = _context_admin(resolved, m.admin1)
    admin1 = m.admin1 or (fallback.admin1 if fallback else None)
    country = fallback.country if fallback else (admin1[:2] if admin1 else None)
    lat: float | None
    lon: float | None
    level: str | None
    district_point = None
    if fallback is not None and fallback.kind == "admin2":
        district_point = fallback if fallback.lat is not None else gaz.district_centre(fallback)
    if fallback is not None and district_point is not None:
        lat, lon, level = district_point.lat, district_point.lon, "admin2"
    else:
        centre = gaz.admin1(admin1)
        lat, lon = (centre.lat, centre.lon) if centre else (None, None)
        level = "admin1" if admin1 else None
    if level == "admin2" and fallback is not None:
        where = f"placed at district {fallback.name}"
    elif level == "admin1":
        where = f"placed at the centre of {admin1}"
    else:
        where = "no region known"
    return Location(country, admin1, m.name, lat, lon, level, _location_text(text, r, resolved), None,
                    f"settlement {m.name} not in gazetteer; {where}", evidence)


def _context_admin(resolved: list[Resolved], admin1: str | None) -> Place | None:
    """The district (else region) the article names, to place an unlisted settlement."""
    admins = [r.place for r in resolved if r.place is not None and
              r.mention.kind in ("admin2", "admin1") and r.role not in ("origin", "treatment")]
    if admin1:
        admins = [p for p in admins if p.admin1 == admin1]
    for kind in ("admin2", "admin1"):
        for p in admins:
            if p.kind == kind:
                return p
    return None


_LEAD_IN = re.compile(
    r"(?:\b(?:in|at|near|outside|from)\s+)?(?:the\s+)?(?:(?:neighbou?ring|nearby|occupied|"
    r"Russian|Ukrainian)\s+)?(?:(?:village|town|city|settlement|hamlet)\s+of\s+)?$|"
    r"(?:\b(?:в|во|у|под|під|из|із|з|около|возле|біля|поблизу)\s+)?"
    r"(?:(?:рабочем|рабочего|рабочий|соседнем|соседнего|оккупированной|оккупированном|"
    r"российской|российском)\s+)?"
    r"(?:(?:поселке|посёлке|поселка|посёлка|поселок|селе|села|село|городе|города|деревне|"
    r"станице|селищі|селища|селі|місті|міста|населенном пункте|населенного пункта|"
    r"населеного пункту)\s+)?$", re.IGNORECASE)


def _location_text(text: str, r: Resolved, resolved: list[Resolved]) -> str:
    """The words naming the place: "the village of Trubachevo", "в Брянке Луганской области"."""
    m = r.mention
    start = m.start
    window = text[max(0, m.start - 60): m.start]
    lead = _LEAD_IN.search(window)
    if lead and lead.group().strip():
        start = m.start - len(lead.group())
        while start < m.start and text[start].isspace():
            start += 1
    end = m.end
    for other in resolved:
        o = other.mention
        if o.kind in ("admin1", "admin2") and m.end < o.start <= m.end + 3 and \
                re.fullmatch(r"[\s,]*", text[m.end:o.start]):
            end = o.end
    return text[start:end]
