"""The linker's view of the store: blocks, canonical upserts, merge log, redirects."""

from __future__ import annotations

import pytest
from storefix import article, canonical, incident, prediction

from otkaz.store import IncidentFilter, Store


def seed(store: Store) -> dict[str, str]:
    """Four reports in three regions and two months; returns name -> report id."""
    specs = {
        "chita": incident(["desertion"], date_start="2024-11-02", country="RU", admin1="RU-ZAB"),
        "chita_riot": incident(["mutiny", "desertion"], date_start="2024-11-03",
                               date_end="2024-11-05", country="RU", admin1="RU-ZAB"),
        "kazan": incident(["refusal"], date_start="2024-11-02", country="RU", admin1="RU-TA"),
        "old": incident(["desertion"], date_start="2024-08-19", country="UA", admin1="UA-14"),
    }
    ids = {}
    for n, (name, inc) in enumerate(specs.items()):
        a = article(100 + n, outlet=f"Outlet {n}")
        ids[name] = store.save_extraction(a, prediction(a, [inc]))[0]
    return ids


def test_reports_in_block_filters_by_act_region_and_date_overlap(store: Store) -> None:
    ids = seed(store)
    block = store.reports_in_block(["desertion"], "RU", "RU-ZAB", "2024-11-04", "2024-11-10")
    assert [r.id for r in block] == [ids["chita_riot"]]  # its span reaches into the window
    wide = store.reports_in_block(["desertion", "refusal"], "RU", None, "2024-10-01", "2024-12-01")
    assert {r.id for r in wide} == {ids["chita"], ids["chita_riot"], ids["kazan"]}
    assert {r.id for r in store.reports_in_block([], None, None, None, None)} == set(ids.values())
    assert len(store.reports_in_block([], None, None, None, None, limit=2)) == 2


def test_get_reports_keeps_the_order_asked_and_drops_unknown(store: Store) -> None:
    ids = seed(store)
    order = [ids["old"], "nope#0", ids["chita"]]
    assert [r.id for r in store.get_reports(order)] == [ids["old"], ids["chita"]]


def test_assign_save_and_read_back_a_canonical_incident(store: Store) -> None:
    ids = seed(store)
    inc = store.get_reports([ids["chita"]])[0].incident
    store.save_canonical(canonical("inc-a", inc, [ids["chita"], ids["chita_riot"]], sources=2))
    store.assign_report(ids["chita"], "inc-a", "new", None, {})
    store.assign_report(ids["chita_riot"], "inc-a", "link", 0.91, {"date_gap": 1, "same_admin1": True})
    assert [r.id for r in store.reports_of("inc-a")] == [ids["chita"], ids["chita_riot"]]
    full = store.get_incident("inc-a")
    assert full is not None
    assert full["independent_sources"] == 2 and full["n_reports"] == 2
    assert [r["id"] for r in full["reports"]] == [ids["chita"], ids["chita_riot"]]
    assert full["reports"][0]["article"]["outlet"] == "Outlet 0"
    assert full["merge_log"][1]["features"] == {"date_gap": 1, "same_admin1": True}
    assert full["merge_log"][1]["score"] == pytest.approx(0.91)
    with pytest.raises(KeyError):
        store.assign_report("missing#0", "inc-a", "link", 0.5, {})


def test_save_canonical_upserts_and_keeps_created_at(store: Store) -> None:
    ids = seed(store)
    inc = store.get_reports([ids["kazan"]])[0].incident
    store.save_canonical(canonical("inc-k", inc, [ids["kazan"]]))
    created = store.get_incident("inc-k")["created_at"]  # type: ignore[index]
    changed = inc.model_copy(update={"place": "Kazan", "acts": ["refusal", "prosecution"]})
    store.save_canonical(canonical("inc-k", changed, [ids["kazan"]], verification="confirmed"))
    again = store.get_incident("inc-k")
    assert again is not None
    assert again["place"] == "Kazan" and again["acts"] == ["refusal", "prosecution"]
    assert again["verification"] == "confirmed" and again["created_at"] == created
    assert store.count_incidents(IncidentFilter()) == 1


def test_redirects_are_followed_through_chains(store: Store) -> None:
    ids = seed(store)
    inc = store.get_reports([ids["chita"]])[0].incident
    store.save_canonical(canonical("c3", inc, [ids["chita"]]))
    store.add_redirect("c1", "c2")
    store.add_redirect("c2", "c3")
    assert store.resolve_id("c1") == "c3"
    assert store.resolve_id("c3") == "c3"
    shown = store.get_incident("c1")
    assert shown is not None and shown["id"] == "c3" and shown["redirected_from"] == "c1"
    assert store.get_incident("never") is None


def test_delete_canonical_unlinks_its_reports(store: Store) -> None:
    ids = seed(store)
    inc = store.get_reports([ids["old"]])[0].incident
    store.save_canonical(canonical("gone", inc, [ids["old"]]))
    store.assign_report(ids["old"], "gone", "new", None, {})
    store.delete_canonical("gone")
    assert store.get_incident("gone") is None
    assert store.get_reports([ids["old"]])[0].canonical_id is None
