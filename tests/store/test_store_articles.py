"""Saving extractions: one transaction per article, idempotent, nothing half-written."""

from __future__ import annotations

import pytest
from storefix import article, evidence_incident, incident, prediction

from otkaz.models import Count, Statistic
from otkaz.store import Store

TABLES = ("articles", "reports", "statistics")


def counts(store: Store) -> dict[str, int]:
    return {t: store.conn.query(f"SELECT COUNT(*) AS n FROM {t}")[0]["n"] for t in TABLES}


def test_save_extraction_stores_article_reports_and_statistics(store: Store) -> None:
    a = article(1)
    stat = Statistic(measure="convictions", value=Count(best=120), scope="RU", period_end="2024-06-30")
    ids = store.save_extraction(a, prediction(a, [evidence_incident(), incident()], [stat]), "feed.xml")
    assert ids == [f"{a.id}#0", f"{a.id}#1"]
    assert counts(store) == {"articles": 1, "reports": 2, "statistics": 1}
    rows = store.get_reports(ids)
    assert rows[0].incident.evidence["acts"][0].quote == "Report"
    assert rows[0].incident.acts == ["mutiny", "desertion"]
    assert rows[0].article.outlet == "Test Wire"
    assert store.get_article(a.id) == a
    stats = store.query_statistics(measure="convictions")
    assert stats[0]["value_best"] == 120 and stats[0]["outlet"] == "Test Wire"


def test_reingest_is_a_noop_that_leaves_the_same_rows(store: Store) -> None:
    a = article(2)
    first = store.save_extraction(a, prediction(a), "a.jsonl")
    before = counts(store)
    assert store.has_article(a.id)
    assert store.save_extraction(a, prediction(a, [incident(), incident()]), "a.jsonl") == []
    assert counts(store) == before
    assert [r.id for r in store.get_reports(first)] == first


def test_a_failing_article_leaves_no_partial_rows(store: Store) -> None:
    good, bad = article(3), article(4)
    store.save_extraction(good, prediction(good))
    broken = Statistic.model_construct(measure=None, value=Count(), evidence={})  # NOT NULL breaks
    with pytest.raises(Exception):  # noqa: B017 - the driver's IntegrityError differs per dialect
        store.save_extraction(bad, prediction(bad, [incident(), incident()], [broken]))
    assert not store.has_article(bad.id)
    assert counts(store) == {"articles": 1, "reports": 1, "statistics": 0}
    # the store is still usable after the failure
    assert store.save_extraction(bad, prediction(bad)) == [f"{bad.id}#0"]


def test_outer_transaction_rolls_back_everything(store: Store) -> None:
    a, b = article(5), article(6)
    with pytest.raises(RuntimeError), store.transaction():
        store.save_extraction(a, prediction(a))
        store.save_extraction(b, prediction(b))
        raise RuntimeError("interrupted")
    assert counts(store) == {"articles": 0, "reports": 0, "statistics": 0}


def test_irrelevant_article_keeps_its_reason(store: Store) -> None:
    a = article(7, text="Прогноз погоды на выходные: без осадков.")
    p = prediction(a, [])
    p.reason = "not_relevant"
    assert store.save_extraction(a, p) == []
    row = store.conn.query_one("SELECT relevant, reason FROM articles WHERE id = ?", (a.id,))
    assert row == {"relevant": 0, "reason": "not_relevant"}
    assert store.get_article(a.id).text.startswith("Прогноз")  # type: ignore[union-attr]


def test_skips_and_source_state_are_kept(store: Store) -> None:
    store.record_skip("dump.jsonl", "line 7", "invalid_json")
    rows = store.conn.query("SELECT source, location, reason FROM skipped_inputs")
    assert rows == [{"source": "dump.jsonl", "location": "line 7", "reason": "invalid_json"}]
    assert store.get_source_state("https://feed.test/rss") is None
    store.set_source_state("https://feed.test/rss", etag='"abc"', last_status="200")
    store.set_source_state("https://feed.test/rss", cursor="line 40")
    state = store.get_source_state("https://feed.test/rss")
    assert state is not None
    assert (state["etag"], state["last_status"], state["cursor"]) == ('"abc"', "200", "line 40")
    with pytest.raises(ValueError):
        store.set_source_state("x", colour="red")


def test_two_writers_on_one_database_wait_for_each_other(db_url: str) -> None:
    """`otkaz watch` and `otkaz ingest` may write at once: the second waits, nothing is lost."""
    import threading
    import time

    from otkaz.store import open_store

    first, second = open_store(db_url), open_store(db_url)
    a, b = article(20), article(21)
    inside = threading.Event()

    def slow_writer() -> None:
        with first.transaction():
            first.save_extraction(a, prediction(a))
            inside.set()
            time.sleep(0.5)

    worker = threading.Thread(target=slow_writer)
    worker.start()
    inside.wait(5)
    assert second.has_article(b.id) is False
    assert second.save_extraction(b, prediction(b)) == [f"{b.id}#0"]
    worker.join()
    assert first.has_article(b.id) and second.has_article(a.id)
    first.close()
    second.close()
