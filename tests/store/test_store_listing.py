"""`otkaz incidents` and `otkaz incident` as a user reads them: table, CSV, JSON, errors."""

from __future__ import annotations

import csv
import io
import json

import click
import pytest
from storefix import article, canonical, incident, prediction

from otkaz.link.score import LINK_THRESHOLD
from otkaz.models import FieldValue, Span
from otkaz.store import Store
from otkaz.store.listing import incident as show_incident
from otkaz.store.listing import incidents as list_incidents


def seed(store: Store) -> str:
    a, b = article(1, outlet="Steppe Courier"), article(2, outlet="Уральский вестник")
    said = incident(["mutiny", "desertion"], evidence={"participants": [Span(start=0, end=5, quote="forty")]})
    r1 = store.save_extraction(a, prediction(a, [said]))[0]
    r2 = store.save_extraction(b, prediction(b, [incident(["desertion"])]))[0]
    inc = incident(["mutiny", "desertion"], date_start="2025-03-03", country="RU", admin1="RU-ORE",
                   place="Orenburg", participants={"best": 40}, summary="About forty held servicemen broke out.")
    c = canonical("inc-orenburg", inc, [r1, r2], sources=2)
    c.values = {"participants": [FieldValue(report_id=r1, article_id=a.id, outlet="Steppe Courier", value=40),
                                 FieldValue(report_id=r2, article_id=b.id, outlet="Уральский вестник", value=38)],
                "armed": [FieldValue(report_id=r1, article_id=a.id, value=None)]}
    c.rules = {"participants": "earliest report with a count"}
    store.save_canonical(c)
    store.assign_report(r1, "inc-orenburg", "new", None, {})
    store.assign_report(r2, "inc-orenburg", "link", 0.87, {"same_place": True, "date_gap_days": 0})
    store.save_canonical(canonical("inc-old", incident(["refusal"], date_start="2022-10-05",
                                                        country="RU", admin1="RU-KR"), [r2]))
    store.add_redirect("inc-retired", "inc-orenburg")
    return "inc-orenburg"


def test_table_csv_and_json_listings(store: Store, db_url: str) -> None:
    seed(store)
    table = list_incidents(db_url)
    assert "inc-orenburg" in table and "Orenburg, RU-ORE" in table and "2 of 2 incidents" in table
    assert table.index("inc-orenburg") < table.index("inc-old")  # newest first
    rows = list(csv.DictReader(io.StringIO(list_incidents(db_url, fmt="csv"))))
    assert [r["id"] for r in rows] == ["inc-orenburg", "inc-old"]
    assert rows[0]["acts"] == "mutiny|desertion" and rows[0]["participants_best"] == "40"
    data = json.loads(list_incidents(db_url, acts=["refusal"], fmt="json"))
    assert [d["id"] for d in data] == ["inc-old"]
    assert "1 of 2" in list_incidents(db_url, limit=1)
    assert "no incidents match" in list_incidents(db_url, country="UA")


def test_one_incident_shows_values_reports_and_link_reasons(store: Store, db_url: str) -> None:
    seed(store)
    text = show_incident(db_url, "inc-retired")
    assert "incident inc-orenburg (was inc-retired)" in text
    assert "earliest report with a count" in text and "38" in text and "Уральский вестник" in text
    assert "link reasons" in text and "same_place" in text
    assert f"0.87 (links at ≥ {LINK_THRESHOLD:g})" in text  # a score means little without its bar
    assert "forty" in text.split("evidence")[1]  # the supporting words, by field
    assert "armed" not in text  # a field no report speaks about is not listed
    full = json.loads(show_incident(db_url, "inc-orenburg", as_json=True))
    assert len(full["reports"]) == 2 and full["merge_log"][1]["action"] == "link"
    logged = full["merge_log"][1]
    assert logged["score"] == 0.87 and logged["features"]["same_place"] is True  # stored fields kept
    assert logged["threshold"] == LINK_THRESHOLD and logged["score_text"].startswith("0.87")


def test_a_new_incident_shows_the_nearest_candidate_and_why_it_stayed_apart(
        store: Store, db_url: str) -> None:
    seed(store)
    a = article(3, outlet="Third Wire")
    r3 = store.save_extraction(a, prediction(a, [incident(["desertion"])]))[0]
    store.save_canonical(canonical("inc-third", incident(["desertion"], country="RU"), [r3]))
    store.assign_report(r3, "inc-third", "new", 0.0,
                        {"candidates": 1.0, "nearest_report": "art-1#0", "nearest_score": 2.345,
                         "nearest_veto": "below_threshold", "threshold": 3.5})
    text = show_incident(db_url, "inc-third")
    assert "nearest 2.35 (links at ≥ 3.5)" in text and "0.00" not in text.split("link reasons")[1]
    assert "below the threshold" in text


def test_errors_are_one_line_cli_errors(store: Store, db_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    seed(store)
    with pytest.raises(click.ClickException, match="no incident 'nope'"):
        show_incident(db_url, "nope")
    with pytest.raises(click.ClickException, match="no database at"):  # reading never creates one
        list_incidents(str(tmp_path / "no" / "such" / "dir.db"))
