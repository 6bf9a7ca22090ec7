"""Incremental linking against a real database: stable ids, merge log, redirects after merge and split."""

from __future__ import annotations

import json

from linkfix import FLOOD_STORY, REFUSAL_2022, article, escape_pair, incident

from otkaz.link import link_new_reports, link_predictions, merge, split
from otkaz.models import Prediction
from otkaz.store import Store


def _save_escape(store: Store) -> list[str]:
    articles, predictions = escape_pair()
    ids: list[str] = []
    for art, pred in zip(articles, predictions, strict=True):
        ids += store.save_extraction(art, pred)
    return ids


def _add(store: Store, aid: str, text: str, inc_fields: dict[str, object], published: str | None) -> list[str]:
    art = article(aid, text, lang="en", outlet=f"outlet {aid}", published=published)
    return store.save_extraction(art, Prediction(article_id=aid, relevant=True,
                                                 incidents=[incident(**inc_fields)]))


def test_new_reports_link_into_one_canonical_incident_with_a_merge_log(link_store: Store) -> None:
    ids = _save_escape(link_store)
    decisions = link_new_reports(link_store, ids)
    assert [d.action for d in decisions] == ["new", "link"]
    cid = decisions[0].canonical_id
    assert decisions[1].canonical_id == cid
    shown = link_store.get_incident(cid)
    assert shown is not None
    assert {r["id"] for r in shown["reports"]} == set(ids)
    logged = {row["report_id"]: row for row in shown["merge_log"]}
    assert logged[ids[1]]["action"] == "link"
    features = logged[ids[1]]["features"]
    features = json.loads(features) if isinstance(features, str) else features
    assert features["matched_report"] == ids[0] and features["admin1_same"] == 1.0


def test_existing_incident_keeps_its_id_when_new_articles_arrive(link_store: Store) -> None:
    ids = _save_escape(link_store)
    first = link_new_reports(link_store, ids[:1])[0].canonical_id
    later = link_new_reports(link_store, ids[1:])
    assert later[0].canonical_id == first and later[0].action == "link"
    other = _add(link_store, "ref", REFUSAL_2022, {"acts": ["refusal"], "date_start": "2022-11-08",
                                                  "date_end": "2022-11-08", "date_precision": "day"},
                 "2022-11-16")
    new = link_new_reports(link_store, other)
    assert new[0].action == "new" and new[0].canonical_id != first
    again = link_new_reports(link_store, ids)  # re-running ingest moves nothing
    assert {d.canonical_id for d in again} == {first}
    assert all(d.features.get("already_linked") for d in again)


def test_merge_redirects_the_retired_id(link_store: Store) -> None:
    ids = _save_escape(link_store)
    ids += _add(link_store, "roads", FLOOD_STORY, {"participants": {"best": 1}}, None)
    decisions = link_new_reports(link_store, ids)
    escape_id, roads_id = decisions[0].canonical_id, decisions[2].canonical_id
    assert escape_id != roads_id
    merged = merge(link_store, escape_id, roads_id)
    assert merged is not None and merged.id == escape_id and len(merged.report_ids) == 3
    assert link_store.resolve_id(roads_id) == escape_id
    shown = link_store.get_incident(roads_id)
    assert shown is not None and shown["id"] == escape_id


def test_split_keeps_the_old_id_for_the_reports_left_behind(link_store: Store) -> None:
    ids = _save_escape(link_store)
    decisions = link_new_reports(link_store, ids)
    cid = decisions[0].canonical_id
    moved = split(link_store, cid, [ids[1]])
    assert moved.id != cid and moved.report_ids == [ids[1]]
    assert [r.id for r in link_store.reports_of(cid)] == [ids[0]]
    assert link_store.resolve_id(cid) == cid
    merged = merge(link_store, cid, moved.id)  # and back again: the split-off id redirects home
    assert merged is not None and link_store.resolve_id(moved.id) == cid
    again = split(link_store, cid, [ids[1]])
    assert again.id not in (cid, moved.id)  # a retired id is never handed out twice


def test_incremental_linking_gives_the_batch_ids(link_store: Store) -> None:
    articles, predictions = escape_pair()
    roads = article("roads", FLOOD_STORY, lang="en", outlet="Roads", published=None)
    articles.append(roads)
    predictions.append(Prediction(article_id="roads", relevant=True,
                                  incidents=[incident(participants={"best": 1})]))
    ids: list[str] = []
    for art, pred in zip(articles, predictions, strict=True):
        ids += link_store.save_extraction(art, pred)
    incremental = [d.canonical_id for rid in ids for d in link_new_reports(link_store, [rid])]
    batch = [d.canonical_id for d in link_predictions(articles, predictions)]
    assert incremental == batch
