"""Reading incidents: filters, full-text search, cursor pagination, counts and the timeline."""

from __future__ import annotations

import pytest
from storefix import article, canonical, incident, prediction

from otkaz.store import IncidentFilter, Store

ACT_CYCLE = (["desertion"], ["mutiny", "desertion"], ["refusal"], ["enforcement"], ["prosecution"])


def fill(store: Store, n: int = 37) -> None:
    """n canonical incidents with repeated dates (ties) and some undated ones."""
    a = article(1, outlet="Sibir Reali")
    rid = store.save_extraction(a, prediction(a))[0]
    with store.transaction():
        for i in range(n):
            dated = i % 6 != 5
            inc = incident(
                ACT_CYCLE[i % 5],
                date_start=f"2024-{1 + i % 12:02d}-{1 + i % 3:02d}" if dated else None,
                country="RU" if i % 4 else "UA",
                admin1="RU-ZAB" if i % 4 == 1 else None,
                personnel=["mobilized"] if i % 2 else ["contract", "convict"],
                summary=f"Incident {i}: servicemen near Чита left the unit"
                if i % 7 == 0 else f"Incident {i}",
            )
            store.save_canonical(canonical(f"inc{i:03d}", inc, [rid], sources=1 + i % 3,
                                           verification="confirmed" if i % 3 == 0 else "reported"))


def walk(store: Store, f: IncidentFilter, limit: int) -> list[str]:
    seen: list[str] = []
    cursor: str | None = None
    while True:
        rows, cursor = store.query_incidents(f, limit=limit, cursor=cursor)
        seen += [r["id"] for r in rows]
        if cursor is None:
            return seen


@pytest.mark.parametrize("limit", [1, 4, 10, 100])
def test_cursor_pagination_walks_every_row_exactly_once(store: Store, limit: int) -> None:
    fill(store)
    ids = walk(store, IncidentFilter(), limit)
    assert len(ids) == len(set(ids)) == 37
    assert ids == [r["id"] for r in store.iter_incidents(IncidentFilter())]


def test_order_is_newest_first_with_undated_last(store: Store) -> None:
    fill(store)
    rows = list(store.iter_incidents(IncidentFilter()))
    dates = [r["date_start"] for r in rows]
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=True)
    assert all(d is None for d in dates[len(dated):])


def test_filters_match_a_plain_python_check(store: Store) -> None:
    fill(store)
    everything = list(store.iter_incidents(IncidentFilter()))
    cases = [
        (IncidentFilter(acts=["desertion"]), lambda r: "desertion" in r["acts"]),
        (IncidentFilter(acts=["refusal", "prosecution"]),
         lambda r: {"refusal", "prosecution"} & set(r["acts"])),
        (IncidentFilter(country="UA"), lambda r: r["country"] == "UA"),
        (IncidentFilter(admin1="RU-ZAB"), lambda r: r["admin1"] == "RU-ZAB"),
        (IncidentFilter(date_from="2024-06-01", date_to="2024-09-30"),
         lambda r: r["date_start"] and "2024-06-01" <= r["date_start"] <= "2024-09-30"),
        (IncidentFilter(personnel=["convict"]), lambda r: "convict" in r["personnel"]),
        (IncidentFilter(verification=["confirmed"]), lambda r: r["verification"] == "confirmed"),
        (IncidentFilter(min_sources=3), lambda r: r["independent_sources"] >= 3),
        (IncidentFilter(acts=["desertion"], country="RU", min_sources=2),
         lambda r: "desertion" in r["acts"] and r["country"] == "RU"
         and r["independent_sources"] >= 2),
    ]
    for f, keep in cases:
        expected = [r["id"] for r in everything if keep(r)]
        assert expected, f
        assert walk(store, f, 3) == expected, f
        assert store.count_incidents(f) == len(expected), f


def test_free_text_search_finds_words_and_prefixes_in_any_script(store: Store) -> None:
    fill(store)
    chita = {f"inc{i:03d}" for i in range(37) if i % 7 == 0}
    assert {r["id"] for r in store.iter_incidents(IncidentFilter(q="Чита"))} == chita
    assert {r["id"] for r in store.iter_incidents(IncidentFilter(q="servicem unit"))} == chita
    assert {r["id"] for r in store.iter_incidents(IncidentFilter(q="sibir"))} == {
        f"inc{i:03d}" for i in range(37)}  # the outlet of the report
    assert store.count_incidents(IncidentFilter(q="nowhere")) == 0
    assert store.count_incidents(IncidentFilter(q='"*) OR (')) == 0  # syntax cannot leak


def test_bad_cursor_is_a_value_error(store: Store) -> None:
    with pytest.raises(ValueError):
        store.query_incidents(IncidentFilter(), cursor="not-a-cursor!")


def test_timeline_counts_each_act_per_week(store: Store) -> None:
    a = article(9)
    rid = store.save_extraction(a, prediction(a))[0]
    for cid, acts, day in [("t1", ["mutiny", "desertion"], "2024-11-11"),
                           ("t2", ["desertion"], "2024-11-17"), ("t3", ["desertion"], "2024-11-18")]:
        store.save_canonical(canonical(cid, incident(acts, date_start=day), [rid]))
    assert store.timeline(IncidentFilter()) == [
        {"period": "2024-11-11", "act": "desertion", "count": 2},
        {"period": "2024-11-11", "act": "mutiny", "count": 1},
        {"period": "2024-11-18", "act": "desertion", "count": 1},
    ]
    assert store.timeline(IncidentFilter(acts=["mutiny"]), bucket="month") == [
        {"period": "2024-11-01", "act": "mutiny", "count": 1}]
    with pytest.raises(ValueError):
        store.timeline(IncidentFilter(), bucket="fortnight")


@pytest.mark.parametrize("bucket", ["day", "week", "month", "year"])
def test_timeline_periods_agree_with_the_calendar(store: Store, bucket: str) -> None:
    """The database's bucketing equals Python's (weeks start on Monday), over leap years and year ends."""
    from datetime import date, timedelta

    from otkaz.store.reading import period_of

    a = article(10)
    rid = store.save_extraction(a, prediction(a))[0]
    days = [(date(2023, 12, 20) + timedelta(days=k * 5)).isoformat() for k in range(90)]
    with store.transaction():
        for k, day in enumerate(days):
            store.save_canonical(canonical(f"d{k:03d}", incident(["refusal"], date_start=day), [rid]))
    expected: dict[str, int] = {}
    for day in days:
        expected[period_of(day, bucket)] = expected.get(period_of(day, bucket), 0) + 1
    got = {r["period"]: r["count"] for r in store.timeline(IncidentFilter(), bucket=bucket)}
    assert got == expected
    if bucket == "week":
        assert all(date.fromisoformat(p).weekday() == 0 for p in got)


@pytest.mark.parametrize("window", [3, 2000])
def test_search_pages_walk_all_matches_once(store: Store, window: int,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """PostgreSQL looks at a window of rows first and falls back to the text index: same answer."""
    import otkaz.store.reading as reading

    monkeypatch.setattr(reading, "_TEXT_WINDOW", window)
    fill(store, 60)
    everything = list(store.iter_incidents(IncidentFilter()))
    for f, keep in [
        (IncidentFilter(q="чита"), lambda r: "Чита" in r["summary"]),
        (IncidentFilter(q="чита", acts=["desertion"]),
         lambda r: "Чита" in r["summary"] and "desertion" in r["acts"]),
        (IncidentFilter(q="incident"), lambda r: True),
    ]:
        expected = [r["id"] for r in everything if keep(r)]
        for limit in (1, 2, 7):
            assert walk(store, f, limit) == expected, (f, limit)
        assert [r["id"] for r in store.iter_incidents(f)] == expected
        assert store.count_incidents(f) == len(expected)


def test_country_and_admin1_together(store: Store) -> None:
    fill(store)
    f = IncidentFilter(country="RU", admin1="RU-ZAB")
    expected = [r["id"] for r in store.iter_incidents(IncidentFilter()) if r["admin1"] == "RU-ZAB"]
    assert expected and walk(store, f, 4) == expected and store.count_incidents(f) == len(expected)
    assert store.count_incidents(IncidentFilter(country="UA", admin1="RU-ZAB")) == 0
