"""Plain-text answer for `otkaz locate`: every candidate, the chosen place and why."""

from __future__ import annotations

from otkaz.geo.select import find_places, locate_event


def _guess_language(text: str) -> str:
    if any(ch in "іїєґ" for ch in text.lower()):
        return "uk"
    if any("\u0400" <= ch <= "\u04ff" for ch in text):
        return "ru"
    return "en"


def locate(text: str, language: str | None = None) -> str:
    """Candidates with their roles, then the event place the whole text points to."""
    language = language or _guess_language(text)
    lines = ["candidates:"]
    mentions = find_places(text, language)
    if not mentions:
        lines.append("  (none)")
    for m in mentions:
        where = ", ".join(x for x in (m.name, m.admin1, m.country) if x)
        coords = f" @ {m.lat:.4f},{m.lon:.4f}" if m.lat is not None and m.lon is not None else ""
        gid = f" geonames:{m.geonameid}" if m.geonameid else ""
        lines.append(f"  [{m.start}:{m.end}] {m.surface!r} {m.kind} -> {where or '?'}"
                     f"{coords}{gid} role={m.role}")
    loc = locate_event(text, [(0, len(text))], language)
    lines.append("chosen:")
    coords = f"{loc.lat:.4f},{loc.lon:.4f}" if loc.lat is not None and loc.lon is not None \
        else "-"
    lines.append(f"  country={loc.country or '-'} admin1={loc.admin1 or '-'} "
                 f"place={loc.place or '-'} precision={loc.geo_precision or '-'} at {coords}")
    lines.append(f"  text: {loc.location_text or '-'}")
    lines.append(f"reason: {loc.reason}")
    return "\n".join(lines)
