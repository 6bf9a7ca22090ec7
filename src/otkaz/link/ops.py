"""Incremental linking against the store, and the manual split and merge that keep ids stable."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from otkaz.link.canonical import canonicalize
from otkaz.link.cluster import LinkDecision, Linker, canonical_id_for
from otkaz.link.features import report_keys
from otkaz.link.text import TextBank, text_enabled
from otkaz.models import CanonicalIncident

BLOCK_LIMIT = 500
WINDOW_PAD_DAYS = 45


def _iso(day: int) -> str:
    return date.fromordinal(max(1, day)).isoformat()


def _candidate_rows(store: Any, row: Any) -> list[Any]:
    """Reports already linked that could be the same incident: same acts and region, near in time."""
    inc = row.incident
    keys = report_keys(row.id, row.article, inc)
    window = keys.time_window() if keys.dated else None
    queries: list[tuple[str | None, str | None, str | None, str | None]] = []
    if window is not None:
        span = (_iso(window[0] - WINDOW_PAD_DAYS), _iso(window[1] + WINDOW_PAD_DAYS))
        queries.append((inc.country, inc.admin1, *span))
        if inc.admin1:
            queries.append((inc.country, None, *span))  # same-day reports that name no region
    queries.append((inc.country, inc.admin1, None, None))
    if inc.admin1:
        queries.append((inc.country, None, None, None))
    elif inc.country is None:
        queries.append((None, None, None, None))
    found: dict[str, Any] = {}
    for country, admin1, date_from, date_to in queries:
        for cand in store.reports_in_block(list(inc.acts), country, admin1, date_from, date_to,
                                           limit=BLOCK_LIMIT):
            if cand.canonical_id and cand.id != row.id:
                found.setdefault(cand.id, cand)
    return list(found.values())


def recanonicalize(store: Any, canonical_id: str, bank: TextBank | None = None) -> CanonicalIncident | None:
    """Rebuild and save one canonical incident from its reports; delete it when none are left."""
    rows = store.reports_of(canonical_id)
    if not rows:
        store.delete_canonical(canonical_id)
        return None
    reports = [(r.id, r.article, r.incident) for r in rows]
    # Rewrite detection uses only texts already embedded while linking: re-embedding every
    # article of a large incident on each new report would cost seconds.
    canonical = canonicalize(canonical_id, reports, bank.known_similarity if bank is not None else None)
    store.save_canonical(canonical)
    return canonical


def link_new_reports(store: Any, report_ids: Sequence[str]) -> list[LinkDecision]:
    """Link reports just saved to existing canonical incidents (existing ids never change) or new ones."""
    bank = TextBank() if text_enabled() else None
    linker = Linker(bank.similarity if bank is not None else None)
    loaded: set[str] = set()
    resolved: dict[str, str] = {}
    decisions: list[LinkDecision] = []
    for row in store.get_reports(report_ids):
        if row.canonical_id:  # linked before: re-running ingest must not move it
            decisions.append(LinkDecision(row.id, store.resolve_id(row.canonical_id), "link", 0.0,
                                          {"already_linked": 1.0}))
            continue
        for cand in _candidate_rows(store, row):
            if cand.id in loaded:
                continue
            loaded.add(cand.id)
            if bank is not None:
                bank.add(cand.id, cand.article, cand.incident)
            if cand.canonical_id not in resolved:
                resolved[cand.canonical_id] = store.resolve_id(cand.canonical_id)
            linker.add(report_keys(cand.id, cand.article, cand.incident),
                       canonical_id=resolved[cand.canonical_id])
        if bank is not None:
            bank.add(row.id, row.article, row.incident)
        decision = linker.add(report_keys(row.id, row.article, row.incident))
        loaded.add(row.id)
        if decision.action == "new":
            free = _free_id(store, decision.canonical_id)
            if free != decision.canonical_id:
                linker.rename(decision.canonical_id, free)
                decision.canonical_id = free
        store.assign_report(row.id, decision.canonical_id, decision.action, decision.score,
                            decision.log_features())
        decisions.append(decision)
    for canonical_id in dict.fromkeys(d.canonical_id for d in decisions if "already_linked" not in d.features):
        recanonicalize(store, canonical_id, bank)
    return decisions


def _taken(store: Any, canonical_id: str) -> bool:
    return store.resolve_id(canonical_id) != canonical_id or bool(store.reports_of(canonical_id)) \
        or store.get_incident(canonical_id) is not None


def _free_id(store: Any, wanted: str) -> str:
    """The founding report's id, salted only if a retired or living incident already holds it."""
    candidate, n = wanted, 1
    while _taken(store, candidate):
        candidate = canonical_id_for(f"{wanted}~{n}")
        n += 1
    return candidate


def merge(store: Any, keep_id: str, other_id: str) -> CanonicalIncident | None:
    """Fold ``other_id`` into ``keep_id``; the retired id redirects to the kept one."""
    keep, other = store.resolve_id(keep_id), store.resolve_id(other_id)
    if keep == other:
        return recanonicalize(store, keep)
    rows = store.reports_of(other)
    if not rows and store.get_incident(other) is None:
        raise KeyError(f"no canonical incident {other_id!r}")
    if not store.reports_of(keep) and store.get_incident(keep) is None:
        raise KeyError(f"no canonical incident {keep_id!r}")
    with store.transaction():
        for row in rows:
            store.assign_report(row.id, keep, "merge", None, {"merged_from": other})
        store.delete_canonical(other)
        store.add_redirect(other, keep)
    return recanonicalize(store, keep)


def split(store: Any, canonical_id: str, report_ids: Sequence[str]) -> CanonicalIncident:
    """Move ``report_ids`` out into a new incident; the old id stays with the reports left behind."""
    current = store.resolve_id(canonical_id)
    members = {r.id for r in store.reports_of(current)}
    moving = [rid for rid in dict.fromkeys(report_ids) if rid in members]
    if not moving:
        raise KeyError(f"none of {list(report_ids)!r} belongs to {canonical_id!r}")
    if len(moving) == len(members):
        raise ValueError(f"splitting every report out of {canonical_id!r} would leave it empty")
    new_id = _free_id(store, canonical_id_for(moving[0]))
    with store.transaction():
        for rid in moving:
            store.assign_report(rid, new_id, "split", None, {"split_from": current})
    recanonicalize(store, current)
    result = recanonicalize(store, new_id)
    assert result is not None
    return result
